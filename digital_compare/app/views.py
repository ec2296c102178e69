"""Every dashboard chart as data: which rows it plots, its figure, its summary and sources.

A :class:`ChartSpec` turns the built tables into the exact DataFrame a chart
plots (the Table tab and the CSV show the same frame) and hands it to a pure
builder in :mod:`digital_compare.app.charts`. The dashboard pages and
``digital-compare export`` both read this one registry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pandas as pd
import plotly.graph_objects as go

from digital_compare.app import charts
from digital_compare.app.formatting import format_figure, format_number
from digital_compare.app.i18n import label, t

__all__ = [
    "CHARTS", "ChartSpec", "Filters", "apply_filters", "article_name", "article_source", "chart_alt_text", "chart_by_id",
    "markup_text", "keywords_filter", "kpi_rows",
    "source_line",
]

Tables = dict[str, pd.DataFrame]
Filters = tuple[tuple[str, str, tuple], ...]  # (table, column, allowed values); () shows everything


def apply_filters(tables: Tables, filters: Filters) -> Tables:
    filtered = dict(tables)
    for table, column, values in filters:
        filtered[table] = filtered[table][filtered[table][column].isin(values)]
    return filtered


@dataclass(frozen=True)
class ChartSpec:
    id: str
    page: str
    data: Callable[[Tables, str], pd.DataFrame]
    figure: Callable[[pd.DataFrame, str, str], go.Figure]
    summary: Callable[[pd.DataFrame, str], str]
    columns: tuple[str, ...]  # the plotted columns, shown in the Table tab
    #: facts the chart states beyond its rows (the 62 in the donut's centre), quoted in a deck's notes
    facts: tuple[str, ...] = ()

    def draw(self, tables: Tables, df: pd.DataFrame, lang: str) -> go.Figure:
        """The figure of ``df``, the rows :attr:`data` chose, with their articles as source line."""
        return self.figure(df, lang, source_line(tables, df, lang))

    def build(self, tables: Tables, lang: str) -> tuple[pd.DataFrame, go.Figure, str]:
        df = self.data(tables, lang)
        return df, self.draw(tables, df, lang), self.summary(df, lang)


def _fmt_date(value, lang: str) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return t("date_not_given", lang)
    return str(value)


def article_name(article, lang: str, untitled: str | None = None) -> str:
    """The article's title in ``lang``, else in the other language; else ``untitled`` if given,
    else its outlet, else its id.

    ``article``: a row (a Series named by its id) or a mapping with an ``id``.
    """
    order = ("title_en", "title") if lang == "en" else ("title", "title_en")
    for column in order if untitled is not None else (*order, "outlet"):
        value = article.get(column)
        if isinstance(value, str) and value.strip():
            return value
    return untitled if untitled is not None else str(article.get("id", getattr(article, "name", "")))


def article_source(article: pd.Series, lang: str) -> str:
    """"<outlet>, <date>" of one article row, the outlet named in ``lang`` where the manifest gives it."""
    outlet = article.get("outlet_th") if lang == "th" else None
    outlet = outlet if isinstance(outlet, str) and outlet else article.get("outlet")
    outlet = outlet if isinstance(outlet, str) and outlet else str(article.name)
    return f"{outlet}, {_fmt_date(article.get('published'), lang)}"


def source_line(tables: Tables, df: pd.DataFrame, lang: str) -> str:
    """"Source: <outlet>, <date>; …" for the articles behind the plotted rows."""
    ids = list(dict.fromkeys(df["article_id"])) if "article_id" in df else []
    articles = tables["articles"].set_index("id")
    parts = [charts.plain(article_source(articles.loc[i], lang)) for i in ids if i in articles.index]
    return t("source_line", lang, sources="; ".join(parts) or "—")


def _metric(tables: Tables, fact: str) -> pd.Series:
    rows = tables["metrics"][tables["metrics"]["fact"] == fact]
    if rows.empty:
        raise KeyError(f"fact {fact} is not in the metrics table")
    return rows.iloc[0]


def _provenance(row: pd.Series) -> dict:
    return {
        "article_id": row["article_id"], "start": int(row["start"]), "end": int(row["end"]), "quote": row["quote"],
        "gloss_en": row.get("gloss_en"), "mention_id": row.get("mention_id"),
    }


def _title(lang: str, row: pd.Series) -> str:
    return row["title_en"] if lang == "en" and isinstance(row.get("title_en"), str) else row["title_th"]


# ---- China -------------------------------------------------------------------------

def events_plot_frame(events: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Events with a plottable date (year-only events sit on 1 July) and labels."""
    df = events.copy()
    df["date_plot"] = pd.to_datetime(
        [d if len(d) == 10 else f"{d}-07-01" for d in df["date"]], format="%Y-%m-%d"
    )
    df["category_label"] = [label("cat", c, lang) for c in df["category"]]
    df["label"] = [_title(lang, row) for _, row in df.iterrows()]
    df["mention_id"] = None
    return df.sort_values("date_plot", kind="stable").reset_index(drop=True)


def china_timeline_data(tables: Tables, lang: str) -> pd.DataFrame:
    """China's curated events: an added article's dated sentences belong on /explore, not on the story's timeline."""
    events = tables["events"]
    return events_plot_frame(events[(events["country"] == "CN") & (events["source"] == "annotated")], lang)


def timeline_summary(df: pd.DataFrame, lang: str) -> str:
    if df.empty:
        return t("no_rows", lang)
    first, last = df.iloc[0], df.iloc[-1]
    if lang == "en":
        return f"{len(df)} dated events from {first['date']} ({first['label']}) to {last['date']} ({last['label']})."
    return f"{len(df)} เหตุการณ์ ตั้งแต่ {first['date']} ({first['label']}) ถึง {last['date']} ({last['label']})"


def fujian_data(tables: Tables, lang: str) -> pd.DataFrame:
    rows = []
    for fact, key in (("cn_fujian_digital_economy_size", "label_size"), ("cn_fujian_digital_economy_growth", "label_growth"),
                      ("cn_fujian_digital_economy_gdp_share", "label_gdp_share")):
        m = _metric(tables, fact)
        is_money = m["unit"] == "CNY"
        rows.append({
            "label": t(key, lang), "value": m["value"], "unit": m["unit"], "qualifier": m["qualifier"], "year": m["year"],
            "display_value": m["value"] / 1e12 if is_money else m["value"],
            "prefix": "> " if m["qualifier"] == ">" else "",
            "suffix": "" if is_money else " %",
            "figure": format_figure(m["value"], m["unit"], m["qualifier"], lang), **_provenance(m),
        })
    return pd.DataFrame(rows)


def fujian_summary(df: pd.DataFrame, lang: str) -> str:
    size, growth, share = df["figure"].tolist()
    if lang == "en":
        return f"In 2020 Fujian's digital economy was {size}, grew {growth} and made up {share} of provincial GDP."
    return f"ปี 2020 เศรษฐกิจดิจิทัลของฝูเจี้ยนมีขนาด{size} เติบโต {growth} และคิดเป็น{share}ของ GDP มณฑล"


#: the claim a "firsts" clause makes, by the words it uses; checked in this order
CLAIM_WORDS = (("first_in_china", "เป็นรายแรกในจีน"), ("led", "เป็นผู้นำ"))


def claim_type(quote: str) -> str:
    """"first_in_china", "led" or, for a clause that says neither, "improved"."""
    for claim, words in CLAIM_WORDS:
        if words in quote:
            return claim
    return "improved"


def firsts_data(tables: Tables, lang: str) -> pd.DataFrame:
    firsts = tables["firsts"].sort_values("order")
    claims = [claim_type(q) for q in firsts["quote"]]
    return pd.DataFrame({
        "claim": claims, "figure": [label("claim", c, lang) for c in claims],
        "label": list(firsts["label_en"]) if lang == "en" else list(firsts["quote"]),
        "category": [label("cat", c, lang) for c in firsts["category"]],
        "article_id": firsts["article_id"].tolist(), "start": firsts["start"].astype(int).tolist(),
        "end": firsts["end"].astype(int).tolist(), "quote": firsts["quote"].tolist(),
        "gloss_en": firsts["label_en"].tolist(), "mention_id": None,
    })


def firsts_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.statements_figure(df, lang, source, title=t("firsts_title", lang), subtitle=t("firsts_subtitle", lang),
                                    color=charts.COUNTRY_COLORS["CN"])


def firsts_summary(df: pd.DataFrame, lang: str) -> str:
    counts = df["claim"].value_counts()
    parts = [f"{int(counts.get(c, 0))} {label('claim', c, lang)}" for c in ("first_in_china", "led", "improved") if counts.get(c)]
    if lang == "en":
        return f"The article credits Fujian with {len(df)} achievements: {', '.join(parts)}."
    return f"บทความระบุผลงานของฝูเจี้ยน {len(df)} รายการ: {', '.join(parts)}"


# ---- Vietnam -----------------------------------------------------------------------

def _targets_frame(tables: Tables, group: str) -> pd.DataFrame:
    targets = tables["targets"]
    return targets[targets["group"] == group].reset_index(drop=True)


def vn_targets_data(tables: Tables, lang: str) -> pd.DataFrame:
    df = _targets_frame(tables, "targets")
    df["label"] = [label("status", s, lang) for s in df["status"]]
    df["gap"] = (df["share_reported"] - df["share_computed"]).abs().round(2)
    df["gloss_en"] = [_metric(tables, f).get("gloss_en") for f in df["fact"]]
    df["mention_id"] = [_metric(tables, f).get("mention_id") for f in df["fact"]]
    return df


def targets_summary(df: pd.DataFrame, lang: str) -> str:
    total = int(df["total"].iloc[0])
    parts = [f"{row.count} {row.label} ({format_number(row.share_reported)} %)" for row in df.itertuples()]
    note = t("share_note", lang, gap=format_number(float(df["gap"].max())))
    if lang == "en":
        return (f"Of the {total} targets of Vietnam's National Digital Transformation Programme and national strategy, "
                f"at the 2023 review: {', '.join(parts)}. {note}.")
    return f"จากเป้าหมาย {total} ข้อของโครงการเปลี่ยนผ่านสู่ดิจิทัลแห่งชาติและยุทธศาสตร์ชาติ ณ การประเมินปี 2566: {', '.join(parts)} — {note}"


def vn_tasks_data(tables: Tables, lang: str) -> pd.DataFrame:
    done = _targets_frame(tables, "tasks").iloc[0]
    meta = _metric(tables, done["fact"])
    remaining = int(done["total"] - done["count"])
    base = {"total": int(done["total"]), **_provenance(meta)}
    return pd.DataFrame([
        {"status": "completed", "label": label("status", "completed", lang), "count": int(done["count"]),
         "share": float(done["share_reported"]), "share_computed": float(done["share_computed"]), **base},
        {"status": "remaining", "label": label("status", "remaining", lang), "count": remaining,
         "share": round(100 - float(done["share_reported"]), 2), "share_computed": round(100 - float(done["share_computed"]), 2), **base},
    ])


def tasks_summary(df: pd.DataFrame, lang: str) -> str:
    done = df.iloc[0]
    if lang == "en":
        return f"{done['count']} of {done['total']} tasks in the 2023 plan were completed ({format_number(done['share'])} % reported, {format_number(done['share_computed'])} % computed)."
    return f"ภารกิจในแผนปี 2566 เสร็จแล้ว {done['count']} จาก {done['total']} ภารกิจ (รายงาน {format_number(done['share'])} %, คำนวณได้ {format_number(done['share_computed'])} %)"


def vn_rankings_data(tables: Tables, lang: str) -> pd.DataFrame:
    rows = []
    for fact, series in (("vn_gii_rank_previous", "gii"), ("vn_gii_rank", "gii"), ("vn_upu_level_previous", "upu"), ("vn_upu_level", "upu")):
        m = _metric(tables, fact)
        rows.append({"series": series, "year": int(m["year"]), "value": m["value"], "unit": m["unit"],
                     "derived": m["method"] == "derived", "label": m["label_en"] if lang == "en" else m["label_th"],
                     **_provenance(m)})
    return pd.DataFrame(rows)


def rankings_summary(df: pd.DataFrame, lang: str) -> str:
    gii = df[df["series"] == "gii"].sort_values("year")
    upu = df[df["series"] == "upu"].sort_values("year")
    g0, g1, u0, u1 = gii.iloc[0], gii.iloc[-1], upu.iloc[0], upu.iloc[-1]
    if lang == "en":
        return (f"Vietnam's Global Innovation Index rank rose from {format_number(g0['value'])} ({g0['year']}) to "
                f"{format_number(g1['value'])} ({g1['year']}); its UPU postal level rose from {format_number(u0['value'])} "
                f"({u0['year']}) to {format_number(u1['value'])} of 10 ({u1['year']}). Hollow markers are derived from the stated change.")
    return (f"อันดับ GII ของเวียดนามดีขึ้นจาก {format_number(g0['value'])} ({g0['year']}) เป็น {format_number(g1['value'])} ({g1['year']}) "
            f"ระดับ UPU เพิ่มจาก {format_number(u0['value'])} ({u0['year']}) เป็น {format_number(u1['value'])}/10 ({u1['year']}) — จุดโปร่งคำนวณจากส่วนต่างที่บทความระบุ")


def vn_growth_data(tables: Tables, lang: str) -> pd.DataFrame:
    multiple = _metric(tables, "vn_digital_economy_growth_vs_gdp")
    annual_multiple = _metric(tables, "vn_digital_economy_growth_annual_vs_gdp")
    rows = []
    for fact in ("vn_digital_economy_growth_2022", "vn_digital_economy_growth_2023"):
        m = _metric(tables, fact)
        rows.append({"series": "yearly", "year": int(m["year"]), "value": m["value"], "unit": "%", "qualifier": None,
                     "note": t("gdp_multiple", lang, value=format_number(multiple["value"])), **_provenance(m)})
    m = _metric(tables, "vn_digital_economy_growth_annual")
    rows.append({"series": "annual", "year": int(m["year"]), "value": m["value"], "unit": "%", "qualifier": m["qualifier"],
                 "note": t("gdp_multiple", lang, value=format_number(annual_multiple["value"])), **_provenance(m)})
    return pd.DataFrame(rows)


def growth_summary(df: pd.DataFrame, lang: str) -> str:
    yearly = df[df["series"] == "yearly"].sort_values("year")
    annual = df[df["series"] == "annual"].iloc[0]
    pairs = ", ".join(f"{format_number(r.value)} % ({r.year})" for r in yearly.itertuples())
    two_year = yearly.iloc[-1]["note"]
    if lang == "en":
        return (f"Per a Google report, Vietnam's digital economy grew fastest in Southeast Asia two years running: {pairs}, "
                f"{two_year}. In a separate sentence the article puts growth at about {format_number(annual['value'])} % "
                f"a year, {annual['note']}.")
    return (f"รายงานของ Google ประเมินว่าเศรษฐกิจดิจิทัลเวียดนามเติบโตเร็วที่สุดในเอเชียตะวันออกเฉียงใต้สองปีซ้อน: {pairs} "
            f"{two_year} อีกประโยคหนึ่งระบุว่าเติบโตประมาณ {format_number(annual['value'])} % ต่อปี {annual['note']}")


def _bar_rows(tables: Tables, facts: list[tuple[str, str | None]], lang: str) -> pd.DataFrame:
    rows = []
    for fact, label_key in facts:
        m = _metric(tables, fact)
        text = {"≈": "≈ ", "≲": "≲ "}.get(m["qualifier"], "") + format_number(m["value"])
        rows.append({"label": t(label_key, lang) if label_key else (m["label_en"] if lang == "en" else m["label_th"]),
                     "value": m["value"], "text": text, "qualifier": m["qualifier"], "year": int(m["year"]), **_provenance(m)})
    return pd.DataFrame(rows)


def vn_redtape_data(tables: Tables, lang: str) -> pd.DataFrame:
    """Nearly 2,500 regulations; 528 and 1,086 procedures as one statement, never two bars to add."""
    regulations = _metric(tables, "vn_business_regulations_cut")
    first, second = _metric(tables, "vn_procedures_simplified_a"), _metric(tables, "vn_procedures_simplified_b")
    joiner = " and " if lang == "en" else " และ "
    return pd.DataFrame([
        {"figure": format_figure(regulations["value"], None, regulations["qualifier"], lang),
         "label": regulations["label_en"] if lang == "en" else regulations["label_th"], "note": None,
         "value": regulations["value"], "qualifier": regulations["qualifier"], "year": int(regulations["year"]),
         **_provenance(regulations)},
        {"figure": format_number(first["value"]) + joiner + format_number(second["value"]),
         "label": t("label_procedures", lang), "note": t("procedures_note", lang),
         "value": None, "qualifier": None, "year": int(second["year"]), **_provenance(second)},
    ])


def redtape_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.statements_figure(df, lang, source, title=t("redtape_title", lang), subtitle=t("redtape_subtitle", lang),
                                    color=charts.COUNTRY_COLORS["VN"])


def redtape_summary(df: pd.DataFrame, lang: str) -> str:
    regulations, procedures = df.iloc[0], df.iloc[1]
    if lang == "en":
        return (f"By the end of 2023, {regulations['figure']} business regulations were cut or simplified, and the text gives "
                f"{procedures['figure']} for administrative procedures simplified, without saying how the two differ.")
    return (f"ภายในสิ้นปี 2566 ลดและปรับลดข้อบังคับธุรกิจ{regulations['figure']} ฉบับ และบทความให้ตัวเลข {procedures['figure']} ฉบับ "
            "สำหรับขั้นตอนการบริหารที่ลดความซับซ้อน โดยไม่บอกว่าต่างกันอย่างไร")


def vn_claims_data(tables: Tables, lang: str) -> pd.DataFrame:
    """Figures the article gives in words more than in numbers: app downloads, fastest in the region, the UPU rank claim."""
    rows = []
    for fact, figure_key in (("vn_app_downloads_top", "figure_top"), ("vn_digital_economy_fastest_sea_years", "figure_years"),
                             ("vn_upu_rank_claim", "figure_rank")):
        m = _metric(tables, fact)
        rows.append({"figure": t(figure_key, lang, n=format_number(m["value"])),
                     "label": m["gloss_en"] if lang == "en" else m["quote"], "note": None, "value": m["value"],
                     "year": int(m["year"]), **_provenance(m)})
    return pd.DataFrame(rows)


def vn_claims_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.statements_figure(df, lang, source, title=t("vn_claims_title", lang),
                                    subtitle=t("vn_claims_subtitle", lang), color=charts.COUNTRY_COLORS["VN"])


def vn_claims_summary(df: pd.DataFrame, lang: str) -> str:
    return ("; ".join(df["figure"]) + (" — as the article words them." if lang == "en" else " — ตามถ้อยคำของบทความ"))


def vn_plan2024_data(tables: Tables, lang: str) -> pd.DataFrame:
    return _bar_rows(tables, [("vn_2024_infrastructure_tasks", None), ("vn_2024_digital_economy_tasks", None),
                              ("vn_2024_key_problems", None)], lang)


def plan2024_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.count_bar_figure(df, lang, source, title=t("plan2024_title", lang), subtitle=t("plan2024_subtitle", lang),
                                   axis_title=t("axis_count", lang), color=charts.PALETTE[2], hover_col="quote")


def plan2024_summary(df: pd.DataFrame, lang: str) -> str:
    a, b, c = (format_number(v) for v in df["value"])
    if lang == "en":
        return f"The proposed 2024 theme has {a} tasks on digital infrastructure, {b} on digital-economy foundations and {c} key problems for Vietnamese tech firms."
    return f"หัวข้อปี 2024 มี {a} ภารกิจด้านโครงสร้างพื้นฐานดิจิทัล {b} ภารกิจด้านปัจจัยพื้นฐานเศรษฐกิจดิจิทัล และ {c} ปัญหาหลักสำหรับบริษัทเทคโนโลยีเวียดนาม"


# ---- Compare -----------------------------------------------------------------------

#: the places the China-vs-Vietnam comparison takes every matching figure for
COMPARE_SUBJECTS = ("CN", "CN-FJ", "VN")
COMPARE_PLACE_KEYS = {"CN": "country_CN", "CN-FJ": "label_fujian_province", "VN": "label_vietnam"}


def _compare_rows(tables: Tables, lang: str, indicators: tuple[str, ...]) -> pd.DataFrame:
    """Every percentage of these indicators for China, Fujian and Vietnam, curated or labelled automatically."""
    metrics = tables["metrics"]
    part = metrics[metrics["indicator"].isin(indicators) & metrics["subject"].isin(COMPARE_SUBJECTS)
                   & (metrics["unit"] == "%") & (metrics["status"] == "actual")]
    rows = []
    for m in part.sort_values(["subject", "year", "article_id"], kind="stable").to_dict("records"):
        place = t(COMPARE_PLACE_KEYS[m["subject"]], lang)
        rows.append({"country": m["country"], "subject": m["subject"], "place": place, "label": f"{place} {m['year']}",
                     "year": int(m["year"]), "value": m["value"], "unit": "%", "source": m["source"],
                     "scope_label": label("scope", m["scope"], lang), **_provenance(pd.Series(m))})
    df = pd.DataFrame(rows)
    if len(df) and df["label"].duplicated().any():  # two articles, one place and year: tell the bars apart
        df["label"] = [f"{lab} · {aid[:3]}" if dup else lab
                       for lab, aid, dup in zip(df["label"], df["article_id"], df["label"].duplicated(keep=False))]
    return df


def compare_growth_data(tables: Tables, lang: str) -> pd.DataFrame:
    return _compare_rows(tables, lang, ("digital_economy_growth",))


def compare_share_data(tables: Tables, lang: str) -> pd.DataFrame:
    return _compare_rows(tables, lang, ("digital_economy_gdp_share", "digital_economy_share_of_gdp"))


def _compare_subtitle(df: pd.DataFrame, lang: str, curated_key: str) -> str:
    """The curated wording (scope, year, source) while every bar is a curated figure; a general caveat otherwise."""
    return t(curated_key if (df["source"] == "annotated").all() else "compare_any_subtitle", lang)


def compare_growth_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.compare_growth_figure(df, lang, source, subtitle=_compare_subtitle(df, lang, "compare_growth_subtitle"))


def compare_share_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.compare_growth_figure(df, lang, source, title=t("compare_share_title", lang),
                                        subtitle=_compare_subtitle(df, lang, "compare_share_subtitle"),
                                        axis_title=t("axis_share_gdp", lang))


def compare_share_summary(df: pd.DataFrame, lang: str) -> str:
    parts = ", ".join(f"{r.label}: {format_number(r.value)} %" for r in df.itertuples())
    return (f"Digital economy as a share of GDP — {parts}. {t('caveat', lang)}" if lang == "en"
            else f"สัดส่วนเศรษฐกิจดิจิทัลต่อ GDP — {parts} {t('caveat', lang)}")


def compare_growth_summary(df: pd.DataFrame, lang: str) -> str:
    parts = ", ".join(f"{r.label}: {format_number(r.value)} %" for r in df.itertuples())
    return (f"Digital-economy growth — {parts}. {t('caveat', lang)}" if lang == "en"
            else f"การเติบโตของเศรษฐกิจดิจิทัล — {parts} {t('caveat', lang)}")


THEMES = ("e_government", "data_sharing", "digital_economy", "rankings", "security_data_quality")


def theme_matrix_data(tables: Tables, lang: str) -> pd.DataFrame:
    themes = tables["themes"]
    rows = []
    for theme in THEMES:
        for country in ("CN", "VN"):
            part = themes[(themes["theme"] == theme) & (themes["country"] == country)]
            first = part.iloc[0] if len(part) else None
            rows.append({
                "theme": theme, "theme_label": label("cat", theme, lang), "country": country,
                "country_label": label("country", country, lang), "quotes": len(part),
                "article_id": None if first is None else first["article_id"],
                "start": None if first is None else int(first["start"]), "end": None if first is None else int(first["end"]),
                "quote": " | ".join(part["quote"]) if len(part) else t("no_evidence", lang),
                "gloss_en": " | ".join(part["gloss_en"]) if len(part) else None, "mention_id": None,
            })
    return pd.DataFrame(rows)


def theme_matrix_summary(df: pd.DataFrame, lang: str) -> str:
    both = df.groupby("theme")["quotes"].apply(lambda q: (q > 0).all())
    only = [label("cat", th, lang) for th, ok in both.items() if not ok]
    if lang == "en":
        return f"Both articles address {int(both.sum())} of {len(both)} themes; not both: {', '.join(only) or 'none'}."
    return f"ทั้งสองบทความกล่าวถึง {int(both.sum())} จาก {len(both)} ประเด็น ประเด็นที่มีเพียงบทความเดียว: {', '.join(only) or 'ไม่มี'}"


KEYWORDS_MAX_TOP = 15  # more bars than this per side stop being readable on a slide
KEYWORDS_DEFAULT_TOP = 10


def keywords_filter(top: int) -> Filters:
    return (("keywords", "rank", tuple(range(1, top + 1))),)


def story_articles(tables: Tables) -> list[str]:
    """The China and Vietnam story's articles: the first of each country, the seeds, however many are added."""
    articles = tables["articles"].sort_values("id")
    return [articles[articles["country"] == c]["id"].iloc[0] for c in ("CN", "VN") if (articles["country"] == c).any()]


def keywords_compare_data(tables: Tables, lang: str) -> pd.DataFrame:
    keywords = tables["keywords"]
    keywords = keywords[keywords["article_id"].isin(story_articles(tables))]
    part = keywords[keywords["rank"] <= KEYWORDS_MAX_TOP].copy()
    part["quote"] = part["term"]
    part["start"] = None
    part["end"] = None
    part["gloss_en"] = None
    part["mention_id"] = None
    return part.reset_index(drop=True)


def keywords_summary(df: pd.DataFrame, lang: str) -> str:
    tops = {c: g.sort_values("rank").iloc[0] for c, g in df.groupby("country")}
    parts = [f"{label('country', c, lang)} «{r['term']}» ({format_number(r['per_1000_tokens'])}/1,000)" for c, r in tops.items()]
    return ("Most distinctive word — " if lang == "en" else "คำที่โดดเด่นที่สุด — ") + "; ".join(parts)


# ---- Explore -----------------------------------------------------------------------

def vocabulary_indicator(indicator: str) -> str:
    """A metrics row's indicator in the labeller's vocabulary (hand annotations use their own names)."""
    from digital_compare.text.labeller import indicator_aliases, indicator_vocabulary

    known = {entry["id"] for entry in indicator_vocabulary()}
    return indicator if indicator in known else indicator_aliases().get(indicator, "other")


def indicator_names(lang: str) -> dict[str, str]:
    from digital_compare.text.labeller import indicator_vocabulary

    return {e["id"]: e["label_en"] if lang == "en" else e.get("label_th", e["label_en"]) for e in indicator_vocabulary()}


def explore_frame(metrics: pd.DataFrame) -> pd.DataFrame:
    """Every metrics row with its vocabulary indicator; the explorer's pool."""
    return metrics.assign(vocabulary=[vocabulary_indicator(i) for i in metrics["indicator"]])


def explore_options(metrics: pd.DataFrame) -> list[str]:
    """Indicators with at least one figure, the most populated first; ``other`` last."""
    counts = explore_frame(metrics)["vocabulary"].value_counts()
    return sorted(counts.index, key=lambda i: (i == "other", -counts[i], i))


def explore_data(tables: Tables, lang: str) -> pd.DataFrame:
    """One indicator's figures, subject by year. With the page's filters the metrics hold one indicator and
    unit; unfiltered (the build's drawing, an export) the most populated indicator and its commonest unit."""
    from digital_compare.text.labeller import subject_name

    pool = explore_frame(tables["metrics"])
    if pool.empty:
        return pool
    indicator = explore_options(tables["metrics"])[0]
    part = pool[pool["vocabulary"] == indicator]
    unit = part["unit"].fillna("").value_counts().index[0]
    part = part[part["unit"].fillna("") == unit]
    return pd.DataFrame({
        "subject": part["subject"], "subject_label": [subject_name(s, lang) for s in part["subject"]],
        "indicator": indicator, "year": part["year"].astype(int), "value": part["value"], "unit": part["unit"],
        "qualifier": part["qualifier"], "status": part["status"], "source": part["source"],
        "confidence": part["confidence"], "figure": [format_figure(v, u, q, lang) for v, u, q in
                                                     zip(part["value"], part["unit"], part["qualifier"])],
        "article_id": part["article_id"], "start": part["start"], "end": part["end"], "quote": part["quote"],
        "gloss_en": part["gloss_en"], "mention_id": part["mention_id"],
    }).sort_values(["subject_label", "year"]).reset_index(drop=True)


def explore_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    names = indicator_names(lang)
    indicator = df["indicator"].iloc[0] if len(df) else "other"
    unit = df["unit"].dropna().iloc[0] if df["unit"].notna().any() else ""
    return charts.explorer_figure(df, lang, source, title=names.get(indicator, indicator),
                                  subtitle=t("explore_subtitle", lang, unit=unit or "—"),
                                  axis_title=f"{t('axis_value', lang)} ({unit})" if unit else None)


def explore_summary(df: pd.DataFrame, lang: str) -> str:
    if df.empty:
        return t("no_rows", lang)
    latest = df.sort_values("year").groupby("subject_label").tail(1)
    parts = ", ".join(f"{r.subject_label} {r.figure} ({r.year}, {label('status', r.status, lang)})" for r in latest.itertuples())
    automatic = int((df["source"] == "auto").sum())
    return t("explore_summary", lang, n=len(df), subjects=df["subject"].nunique(), latest=parts, auto=automatic)


CHARTS: list[ChartSpec] = [
    ChartSpec("china_timeline", "china", china_timeline_data,
              lambda df, lang, src: charts.timeline_figure(df, lang, src), timeline_summary,
              ("date", "date_precision", "category_label", "label")),
    ChartSpec("fujian_digital_economy_2020", "china", fujian_data, charts.fujian_economy_figure, fujian_summary,
              ("label", "value", "unit", "qualifier", "year")),
    ChartSpec("fujian_firsts", "china", firsts_data, firsts_figure, firsts_summary, ("figure", "label", "category")),
    ChartSpec("vn_targets_2023", "vietnam", vn_targets_data, charts.targets_figure, targets_summary,
              ("label", "count", "total", "share_reported", "share_computed", "gap"), facts=("vn_targets_total",)),
    ChartSpec("vn_tasks_2023", "vietnam", vn_tasks_data, charts.tasks_figure, tasks_summary,
              ("label", "count", "total", "share", "share_computed"), facts=("vn_tasks_total", "vn_tasks_done_share")),
    ChartSpec("vn_rankings", "vietnam", vn_rankings_data, charts.rankings_figure, rankings_summary,
              ("series", "year", "value", "unit", "derived")),
    ChartSpec("vn_digital_economy_growth", "vietnam", vn_growth_data, charts.growth_figure, growth_summary,
              ("series", "year", "value", "qualifier", "note"),
              facts=("vn_digital_economy_growth_vs_gdp", "vn_digital_economy_growth_annual_vs_gdp")),
    ChartSpec("vn_red_tape_2023", "vietnam", vn_redtape_data, redtape_figure, redtape_summary,
              ("figure", "label", "note", "value", "qualifier", "year")),
    ChartSpec("vn_other_claims", "vietnam", vn_claims_data, vn_claims_figure, vn_claims_summary,
              ("figure", "label", "value", "year")),
    ChartSpec("vn_plan_2024", "vietnam", vn_plan2024_data, plan2024_figure, plan2024_summary, ("label", "value", "year")),
    ChartSpec("compare_growth", "compare", compare_growth_data, compare_growth_figure, compare_growth_summary,
              ("label", "country", "year", "value", "unit", "scope_label", "source")),
    ChartSpec("compare_share", "compare", compare_share_data, compare_share_figure, compare_share_summary,
              ("label", "country", "year", "value", "unit", "scope_label", "source")),
    ChartSpec("compare_themes", "compare", theme_matrix_data, charts.theme_matrix_figure, theme_matrix_summary,
              ("theme_label", "country_label", "quote")),
    ChartSpec("compare_keywords", "compare", keywords_compare_data, charts.keywords_compare_figure, keywords_summary,
              ("country", "rank", "term", "count", "per_1000_tokens")),
    ChartSpec("explore", "explore", explore_data, explore_figure, explore_summary,
              ("subject_label", "year", "figure", "status", "source", "confidence", "quote")),
]


def markup_text(markup, line_break: str = " ") -> str:
    """Plotly's little HTML as plain text: each <br> becomes ``line_break``, tags go, entities are decoded.

    :Example:

        >>> markup_text("<b>ที่มา: CMG</b><br>Extracted &amp; drawn", " · ")
        'ที่มา: CMG · Extracted & drawn'
    """
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", line_break, str(markup or "")))).strip()


def chart_alt_text(fig: go.Figure, summary: str) -> str:
    """What a screen reader announces for a chart: its title, then its one-sentence summary."""
    title = markup_text(fig.layout.title.text)
    return f"{title}. {summary}" if title else summary


def chart_by_id(chart_id: str) -> ChartSpec:
    for spec in CHARTS:
        if spec.id == chart_id:
            return spec
    raise KeyError(chart_id)


# ---- Overview KPIs -----------------------------------------------------------------

KPI_FACTS = {
    "CN": ("cn_fujian_digital_economy_size", "cn_fujian_digital_economy_growth", "cn_fujian_digital_economy_gdp_share"),
    "VN": ("vn_targets_achieved", "vn_tasks_done", "vn_gii_rank", "vn_digital_economy_growth_2023"),
}
_KPI_TOTALS = {"vn_targets_achieved": "vn_targets_total", "vn_tasks_done": "vn_tasks_total"}
_KPI_PREVIOUS = {"vn_gii_rank": "vn_gii_rank_previous", "vn_digital_economy_growth_2023": "vn_digital_economy_growth_2022"}


def kpi_rows(tables: Tables, lang: str) -> list[dict]:
    """Headline figures per country, each with its scope, year and a change where the text gives one."""
    rows = []
    for country, facts in KPI_FACTS.items():
        for fact in facts:
            m = _metric(tables, fact)
            value = format_figure(m["value"], m["unit"], m["qualifier"], lang)
            if fact in _KPI_TOTALS:
                total = _metric(tables, _KPI_TOTALS[fact])
                value = f"{format_number(m['value'])} / {format_number(total['value'])}"
            delta = None
            if fact in _KPI_PREVIOUS:
                prev = _metric(tables, _KPI_PREVIOUS[fact])
                change = m["value"] - prev["value"]
                if m["unit"] == "rank":  # a smaller rank number is a gain of places
                    delta = t("places_delta", lang, change=f"{-change:+g}", year=prev["year"])
                else:
                    delta = t("points_delta" if m["unit"] == "%" else "value_delta", lang, change=f"{change:+g}",
                              year=prev["year"])
            rows.append({
                "country": country, "fact": fact, "label": m["label_en"] if lang == "en" else m["label_th"],
                "value": value, "scope_year": t("kpi_scope_year", lang, scope=label("scope", m["scope"], lang), year=m["year"]),
                "delta": delta, "mention_id": m["mention_id"], "article_id": m["article_id"],
            })
    return rows
