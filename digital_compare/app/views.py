"""Every dashboard chart as data: which rows it plots, its figure, its summary and sources.

A :class:`ChartSpec` turns the built tables into the exact DataFrame a chart
plots (the Table tab and the CSV show the same frame) and hands it to a pure
builder in :mod:`digital_compare.app.charts`. The dashboard pages and
``digital-compare export`` both read this one registry.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import Callable

import pandas as pd
import plotly.graph_objects as go

from digital_compare.app import charts
from digital_compare.app.charts import figures_of
from digital_compare.app.formatting import (
    QUALIFIER_BOUNDS,
    day_words,
    format_figure,
    format_number,
    format_unit,
    is_count_unit,
    mark_years,
    quoted,
    scale_of,
    year_words,
)
from digital_compare.app.i18n import label, t
from digital_compare.app.layout import beside_tabs, current_canvas, wrap_words
from digital_compare.tables.steps.checks import top_list_size
from digital_compare.text.thai_dates import BE_OFFSET

__all__ = [
    "CHARTS", "EXPLORE_DEFAULT", "ChartSpec", "Filters", "apply_filters", "article_name", "article_source", "article_sources",
    "cell_text", "chart_alt_text", "chart_by_id", "chart_facts", "chart_sources", "check_text", "column_name", "display_frame",
    "download_frame",
    "explore_frame", "explore_options", "explore_variable", "story_figures", "fact_figure", "fact_period", "fact_scope", "fact_source",
    "column_help", "fact_statement", "fact_statements", "glossed_term", "keywords_filter", "kpi_rows", "markup_text", "source_line",
    "table_tab_frame", "thai_words", "DEFAULT_FILTERS", "WIDE_CHARTS",
    "variable_name",
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
    """An article's date as a citation writes it: "11 มิถุนายน ค.ศ. 2024", not the code 2024-06-11."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return t("date_not_given", lang)
    return day_words(value, lang)


def _outlet(article, lang: str) -> str:
    outlet = article.get("outlet_th") if lang == "th" else None
    outlet = outlet if isinstance(outlet, str) and outlet.strip() else article.get("outlet")
    return outlet if isinstance(outlet, str) and outlet.strip() else t("outlet_not_given", lang)


def article_name(article, lang: str, untitled: str | None = None) -> str:
    """The article's title in ``lang``, else in the other language; else ``untitled`` if given, else
    "untitled article, <outlet>, <date>". Never its id: a reader cannot look an id up.

    ``article``: a row (a Series named by its id) or a mapping.
    """
    order = ("title_en", "title") if lang == "en" else ("title", "title_en")
    for column in order:
        value = article.get(column)
        if isinstance(value, str) and value.strip():
            return value
    if untitled is not None:
        return untitled
    return t("untitled_article", lang, outlet=_outlet(article, lang), date=_fmt_date(article.get("published"), lang))


def article_source(article: pd.Series, lang: str) -> str:
    """"<outlet>, “<title>”, <date>" of one article row, the outlet named in ``lang`` where the manifest
    gives it; "untitled" where the article has no title."""
    title = article_name(article, lang, untitled="")
    title = quoted(title) if title else t("title_not_given", lang)
    return f"{_outlet(article, lang)}, {title}, {_fmt_date(article.get('published'), lang)}"


def article_sources(articles: pd.DataFrame, ids, lang: str, with_id: bool = False) -> dict[str, str]:
    """Each of ``ids`` that ``articles`` holds, cited as :func:`article_source` does, in the order first given
    (ids it does not hold are left out). ``with_id``: the id beside the citation, in brackets, where a reader
    also needs the code (/data, a refusal naming the article it copies)."""
    by_id = articles if articles.index.name == "id" else articles.set_index("id")
    return {i: f"{article_source(by_id.loc[i], lang)} ({i})" if with_id else article_source(by_id.loc[i], lang)
            for i in dict.fromkeys(ids) if isinstance(i, str) and i in by_id.index}


def source_line(tables: Tables, df: pd.DataFrame, lang: str) -> str:
    """"Source: <outlet>, <date>; …" for the articles behind the plotted rows."""
    ids = df["article_id"] if "article_id" in df else []
    parts = [charts.plain(name) for name in article_sources(tables["articles"], ids, lang).values()]
    return t("source_line", lang, sources="; ".join(parts) or "—")


_BY_FACT: list[tuple[pd.DataFrame, pd.DataFrame]] = []


def _metric(tables: Tables, fact: str) -> pd.Series:
    metrics = tables["metrics"]
    # the table indexed by fact once per table read: a filter of thousands of added figures per curated
    # fact cost a page or a build 0.4 s
    indexed = next((by_fact for frame, by_fact in _BY_FACT if frame is metrics), None)
    if indexed is None:
        indexed = metrics.drop_duplicates("fact").set_index("fact", drop=False)
        _BY_FACT[:] = [(metrics, indexed), *_BY_FACT[:3]]
    if fact not in indexed.index:
        raise KeyError(f"fact {fact} is not in the metrics table")
    return indexed.loc[fact]


def _provenance(row: pd.Series, lang: str) -> dict:
    """Where a metrics row comes from (article, span, quote, gloss) and its statement in ``lang``."""
    return {
        "article_id": row["article_id"], "start": int(row["start"]), "end": int(row["end"]), "quote": row["quote"],
        "gloss_en": row.get("gloss_en"), "mention_id": row.get("mention_id"), "fact": row.get("fact"),
        "statement": fact_statement(row, lang),
    }


# ---- One claim, one wording ---------------------------------------------------------------
# Every surface that shows a metrics row (chart label, hover, summary, alt text, /explore
# point, deck notes) renders it through these functions, so a figure never loses its
# qualifier, scope, period or source on one surface while keeping it on another.

def _text(value) -> str | None:
    return value if isinstance(value, str) and value else None


def fact_scope(row, lang: str) -> str:
    """Where a figure holds, in ``lang``: a curated scope ("Fujian province") or a subject code's name."""
    from digital_compare.text.labeller import subject_name

    if row.get("source", "annotated") == "annotated" and _text(row.get("scope")):
        return label("scope", row["scope"], lang)
    subject = _text(row.get("subject")) or _text(row.get("scope")) or ""
    return subject_name(subject, lang) if subject else t("not_given", lang)


def fact_period(row, lang: str) -> str:
    """"2023" / "ปี 2023", "2022–2023" for a claim over years ("2 ปีซ้อน"), "at the 2023 assessment" for a figure
    of an assessment (62 targets), "by the end of 2023" for a total reached by then (red tape cut), or "year not given" / "year unclear" when the text ties no single year to it."""
    status = row.get("year_status") if _text(row.get("year_status")) else "given"
    if status != "given":
        return t(f"year_status_{status}", lang)
    year = year_words(row["year"], lang)
    if row.get("year_basis") in ("assessment", "year_end"):
        return t(f"period_{row['year_basis']}", lang, year=year)
    first = row.get("year_first")
    if first is not None and not pd.isna(first) and int(first) != int(row["year"]):
        return t("period_years", lang, first=int(first), last=int(row["year"]))
    return t("period_year", lang, year=year)


def _written_be(year, quote) -> bool:
    """Whether the quote writes ``year`` in the Buddhist era ("ปี พ.ศ. 2566" for 2023): a quote of it then
    keeps that year as written."""
    return isinstance(quote, str) and bool(re.search(rf"(?<!\d){int(year) + BE_OFFSET}(?!\d)", quote))


def fact_source(row, lang: str) -> str:
    """Who the text says the figure comes from ("per a Google report"), in ``lang``."""
    source = row.get("source", "annotated")
    if source in ("accepted", "corrected"):  # an analyst's review says nothing of who the text cites
        return t("attribution_reviewed", lang)
    if source != "annotated":
        return t("attribution_auto", lang)
    if row.get("method") == "derived":  # computed from a stated change: not the ranking body's own figure
        phrase = _text(row.get("quote")) if lang == "th" else _text(row.get("gloss_en"))
        return f"{t('attribution_derived', lang)} “{phrase or row.get('quote')}”"
    key = _text(row.get("attribution")) or "not_named"
    return t(f"attribution_{key}", lang)


def our_wording(text, source, lang: str):
    """A row's Thai name with its years as our wording writes them, where the name is ours (a curated row's);
    an automatic row's name is the article's own words and keeps its years as written."""
    return mark_years(text, lang) if (source or "annotated") == "annotated" else text


def fact_name(row, lang: str) -> str:
    """A figure's curated name; in Thai each year in it named as a Christian year ("ภารกิจในแผนงานปี ค.ศ. 2023").
    An automatic figure's Thai name is the article's own phrase: quoted, its years as written."""
    source = row.get("source", "annotated")
    if source != "annotated":
        return _added_fact_name(row, lang)
    if lang == "en":
        return row["label_en"]
    return our_wording(row["label_th"], source, lang)


def _added_fact_name(row, lang: str) -> str:
    """An added figure named by what its label says it measures, in the vocabulary's words and with its part
    ("Innovation index rank", "เป้าหมาย — บรรลุแล้ว"): the labeller's measure is a few words cut from the
    sentence («ลดลงจาก», «… นอกจากนี้») and its English name was the code ("gdp growth"). The article's own
    words are its quote. A figure labelled ``other`` names nothing, so its measure is quoted."""
    indicator, part = row.get("indicator"), row.get("part")
    names = indicator_names(lang)
    if indicator not in names or indicator == "other":
        measure = row.get("label_th")
        return f"“{measure}”" if isinstance(measure, str) and measure.strip() else names.get("other", "other")
    return f"{names[indicator]} — {label('part', part, lang)}" if isinstance(part, str) and part else names[indicator]


#: figures the text gives in words, worded so on every surface ("2 years running", not "2")
FIGURE_WORDING = {"app_downloads_top_n": "figure_top", "digital_economy_fastest_in_region_years": "figure_years",
                  "upu_postal_index_rank_claim": "figure_rank", "gii_top50_since": "figure_since"}


#: what a curated figure's Thai classifier counts, in English (one, many): ฉบับ names no thing, so "1,086 ฉบับ"
#: is 1,086 procedures, never "documents"; the Thai keeps the classifier as the text writes it
COUNTED_EN = {"business_regulations_cut": ("business regulation", "business regulations"),
              "administrative_procedures_simplified": ("administrative procedure", "administrative procedures")}


def _counted_en(row) -> tuple[str, str] | None:
    if row.get("source", "annotated") != "annotated":
        return None
    return COUNTED_EN.get(row.get("indicator"))


def thai_words(values: pd.Series | None) -> list[str]:
    """The distinct values holding a Thai letter, in order of first appearance (a table's units as its
    articles counted them: "เป้าหมาย", "ภารกิจ")."""
    from pythainlp.util import countthai

    if values is None:
        return []
    return [v for v in dict.fromkeys(values.dropna().astype(str)) if countthai(v, ignore_chars="") > 0]


def fact_unit(row, lang: str) -> str:
    """A figure's unit as the reader of ``lang`` names it: "ฉบับ" of 528 and 1,086 procedures is
    "administrative procedures" in English; else :func:`format_unit`."""
    counted = _counted_en(row) if lang == "en" else None
    return counted[1] if counted else format_unit(row.get("unit"), lang)


def fact_figure(row, lang: str) -> str:
    """The value with its qualifier and unit ("more than 45 %", "เกือบ 2,500 ฉบับ", "nearly 2,500 business regulations")."""
    if row.get("source", "annotated") == "annotated" and row.get("indicator") in FIGURE_WORDING:
        value = row["value"]
        # "since 2018", never "2,018"; in Thai named as a Christian year ("ตั้งแต่ปี ค.ศ. 2018")
        n = (year_words(value, lang) if row.get("unit") == "year"
             else format_number(value))
        return t(FIGURE_WORDING[row["indicator"]], lang, n=n)
    counted = _counted_en(row) if lang == "en" else None
    if counted:
        return f"{format_figure(row['value'], None, row.get('qualifier'), lang)} {counted[0] if row['value'] == 1 else counted[1]}"
    return format_figure(row["value"], row.get("unit"), row.get("qualifier"), lang)


def fact_statement(row, lang: str, *, name: str | None = None, figure: str | None = None) -> str:
    """The whole claim in one line: what, the figure, status, scope, period, source.

    :Example: "Digital economy share of GDP: more than 45 % — Fujian province · 2020 · “data show”, source not named"
    """
    status = row.get("status") or "actual"
    name = name or fact_name(row, lang)
    # a name that states the status ("… in the proposed 2024 theme") is not followed by a "(proposed)" tag
    status_text = f" ({label('status', status, lang)})" if status != "actual" and label("status", status, lang) not in name else ""
    source = fact_source(row, lang)
    if not status_text and status == "proposed" and row.get("attribution") == "mic_proposal":
        # "… in the proposed 2024 theme: 9 tasks — … · as proposed by the ministry" said "proposed" twice
        source = t("attribution_mic_proposal_by", lang)
    return (f"{name}: {figure or fact_figure(row, lang)}{status_text} — "
            f"{fact_scope(row, lang)} · {fact_period(row, lang)} · {source}")


_BRACKETS = {"(": ")", "[": "]", "“": "”", "«": "»"}


def shown_quote(quote: str) -> str:
    """A quote as a reader is shown it: a bracket opened at its start that it never closes, or closed at its
    end that it never opened, left out ("(28% ในปี 2565" → "28% ในปี 2565"); the words stay the text's.
    A stored quote keeps its offsets; only what is displayed is trimmed.

    :Example:

        >>> shown_quote("19% ในปี 2566)"), shown_quote("(28% ในปี 2565"), shown_quote("18 เป้าหมาย (29%)")
        ('19% ในปี 2566', '28% ในปี 2565', '18 เป้าหมาย (29%)')
    """
    text = quote.strip()
    while text:
        unmatched = _unmatched_brackets(text)
        if unmatched and unmatched[0] == 0 and text[0] in _BRACKETS:
            text = text[1:].strip()
        elif unmatched and unmatched[-1] == len(text) - 1 and text[-1] in _BRACKETS.values():
            text = text[:-1].strip()
        else:
            return text
    return text


def _unmatched_brackets(text: str) -> list[int]:
    """Positions of the brackets of ``text`` that have no partner inside it."""
    closers = {close: open_ for open_, close in _BRACKETS.items()}
    stack, unmatched = [], []
    for i, ch in enumerate(text):
        if ch in _BRACKETS:
            stack.append(i)
        elif ch in closers:
            if stack and text[stack[-1]] == closers[ch]:
                stack.pop()
            else:
                unmatched.append(i)
    return sorted(unmatched + stack)


def fact_statements(tables: Tables, facts, lang: str) -> list[str]:
    """The statements of ``facts`` (metrics fact ids), in order, each once."""
    return [fact_statement(_metric(tables, f), lang) for f in dict.fromkeys(f for f in facts if isinstance(f, str))]


def chart_facts(spec: "ChartSpec", df: pd.DataFrame) -> list[str]:
    """The curated metrics facts a chart states: its rows' and the ones it states beyond them."""
    rows = [f for f in df["fact"].tolist() if isinstance(f, str) and not f.startswith("auto:")] if "fact" in df else []
    return list(dict.fromkeys([*rows, *spec.facts]))


def chart_sources(spec: "ChartSpec", df: pd.DataFrame, tables: Tables, lang: str) -> pd.DataFrame:
    """Every quote a chart draws or writes, once each, for its Sources tab: its rows' and those of the facts it
    states beyond them (the 62 in the donut's centre, the 126 and 81 % of the tasks bar, the 3.5x and 3x of
    the growth subtitle). Columns: article_id, quote, statement, gloss_en, mention_id, start."""
    columns = ["article_id", "quote", "statement", "gloss_en", "mention_id", "start"]
    rows = df.dropna(subset=["article_id"]) if "article_id" in df and "quote" in df else df.iloc[0:0]
    rows = rows.reindex(columns=columns)
    metrics = tables["metrics"]
    stated = [_metric(tables, fact) for fact in spec.facts if fact in set(metrics["fact"])]
    extra = pd.DataFrame([{"article_id": m["article_id"], "quote": m["quote"], "statement": fact_statement(m, lang),
                           "gloss_en": m.get("gloss_en"), "mention_id": m.get("mention_id"), "start": m.get("start")}
                          for m in stated], columns=columns)
    both = pd.concat([frame for frame in (rows, extra) if len(frame)] or [rows], ignore_index=True)
    return both.dropna(subset=["quote"]).drop_duplicates(subset=["quote"]).reset_index(drop=True)


# ---- Figures named in fixed wording -------------------------------------------------
# Titles, subtitles, notes and caveats name figures ("62 targets", "3.5×", "rank 46", "2023"): each is
# read here from the tables, never typed into a string, so a rebuilt table cannot leave a title behind.

_ORDINALS_EN = {1: "1st", 2: "2nd", 3: "3rd"}


def _year(year: int, lang: str) -> str:
    """A year as the wording around it counts (:func:`formatting.year_words`): in Thai named as a Christian year."""
    return year_words(year, lang)


def _years(years, lang: str, joiner: str) -> str:
    """Several Christian years in one phrase, the era named once in Thai: "ค.ศ. 2022, 2023"."""
    text = joiner.join(str(int(y)) for y in years)
    return text if lang == "en" else f"ค.ศ. {text}"


def _number_in_quote(quote: str, after: str = "") -> str:
    """The first number in ``quote`` (after the words ``after``), as the text writes it."""
    found = re.search(re.escape(after) + r"\s*(\d[\d,.]*)", quote)
    if not found:
        raise KeyError(f"no number after {after!r} in «{quote}»")
    return found.group(1)


def _event(tables: Tables, event: str) -> pd.Series:
    events = tables["events"]
    rows = events[events["event"] == event]
    if rows.empty:
        raise KeyError(f"event {event} is not in the events table")
    return rows.iloc[0]


def _day(date: str, lang: str) -> str:
    """"2023-12-28" → "28 ธันวาคม ค.ศ. 2023" / "28 December 2023"."""
    return day_words(date, lang)


def _ordinal(quote: str, lang: str) -> str:
    """"ครั้งแรก" / "ครั้งที่ 3" in the quote → "ครั้งแรก" / "ครั้งที่ 3" in Thai, "1st" / "3rd" in English."""
    number = 1 if "ครั้งแรก" in quote else int(_number_in_quote(quote, "ครั้งที่"))
    if lang == "en":
        return _ORDINALS_EN.get(number, f"{number}th")
    return "ครั้งแรก" if number == 1 else f"ครั้งที่ {number}"


def with_story_figures(df: pd.DataFrame, tables: Tables, lang: str) -> pd.DataFrame:
    """``df`` carrying :func:`story_figures` for the chart's title, subtitle and summary (``df.attrs["figures"]``)."""
    df.attrs["figures"] = story_figures(tables, lang)
    return df


def chart_caution(chart_id: str, tables: Tables, lang: str) -> str | None:
    """The page's caution that a chart's own drawing does not carry, for a surface that shows the chart without the
    page around it (a deck's notes, a slide in presentation mode): the province-vs-nation, 2020-vs-2022–2023 caveat
    belongs to the growth bars, the share caveat to the share bars."""
    if chart_id == "compare_growth":
        return t("caveat", lang, **story_figures(tables, lang))
    if chart_id == "compare_share":
        return t("share_caveat", lang)
    return None


def story_figures(tables: Tables, lang: str) -> dict[str, str]:
    """The figures the story pages' fixed wording names, from the tables, worded for ``lang``."""
    fujian = _metric(tables, "cn_fujian_digital_economy_size")
    share = _metric(tables, "cn_fujian_digital_economy_gdp_share")
    review = _metric(tables, "vn_targets_total")
    tasks = _metric(tables, "vn_tasks_total")
    growth = [_metric(tables, f) for f in ("vn_digital_economy_growth_2022", "vn_digital_economy_growth_2023")]
    growth_years = sorted(int(m["year"]) for m in growth)
    annual = _metric(tables, "vn_digital_economy_growth_annual")
    upu_claim = _metric(tables, "vn_upu_rank_claim")
    upu_level, upu_previous = _metric(tables, "vn_upu_level"), _metric(tables, "vn_upu_level_previous")
    top50 = _metric(tables, "vn_gii_top50_since")
    redtape = _metric(tables, "vn_business_regulations_cut")
    plan = _metric(tables, "vn_2024_infrastructure_tasks")
    plan_start, summit_1, summit_3 = (_event(tables, e) for e in
                                      ("cn_digital_fujian_plan", "cn_digital_china_summit_1", "cn_digital_china_summit_3"))
    meeting = _event(tables, "vn_committee_2023_review")
    and_word = " and " if lang == "en" else " และ "
    return {
        "fujian_year": _year(fujian["year"], lang),
        "fujian_gdp_share": format_figure(share["value"], "%", share.get("qualifier"), lang),
        "vn_review_year": _year(review["year"], lang),
        "vn_review_year_ad": _year(review["year"], lang),
        "vn_targets_total": format_number(review["value"]),
        "vn_tasks_year": _year(tasks["year"], lang),
        "vn_tasks_year_ad": _year(tasks["year"], lang),
        "vn_tasks_total": format_number(tasks["value"]),
        "vn_tasks_done": format_number(_metric(tables, "vn_tasks_done")["value"]),
        # Christian era in Thai too: the growth chart's year axis, under this subtitle, counts so
        "vn_growth_years": _years(growth_years, lang, ", "),
        "vn_growth_years_and": _years(growth_years, lang, and_word),
        "vn_growth_span": _years((growth_years[0], growth_years[-1]), lang, "–"),
        "vn_fastest_years": format_number(_metric(tables, "vn_digital_economy_fastest_sea_years")["value"]),
        "vn_growth_multiple": format_number(_metric(tables, "vn_digital_economy_growth_vs_gdp")["value"]),
        "vn_annual_growth": format_figure(annual["value"], "%", annual.get("qualifier"), lang),
        "vn_upu_rank": format_number(upu_claim["value"]),
        "vn_upu_year": _year(upu_level["year"], lang),
        "vn_upu_previous_year": _year(upu_previous["year"], lang),
        "vn_gii_top_n": top_list_size(top50["quote"]),
        "vn_gii_top_since": _year(top50["value"], lang),
        # inside a Thai quote of the article the year stays as the article writes it ("ตั้งแต่ปี 2561")
        "vn_gii_top_since_as_written": (str(int(top50["value"]) + BE_OFFSET) if lang == "th" and _written_be(top50["value"], top50["quote"])
                                        else str(int(top50["value"]))),
        "vn_redtape_year": _year(redtape["year"], lang),
        "vn_redtape_year_ad": _year(redtape["year"], lang),
        "vn_plan_year": _year(plan["year"], lang),
        "cn_plan_year": _year(plan_start["year"], lang),
        "cn_summit_1": _ordinal(summit_1["quote"], lang), "cn_summit_1_year": _year(summit_1["year"], lang),
        "cn_summit_3": _ordinal(summit_3["quote"], lang), "cn_summit_3_year": _year(summit_3["year"], lang),
        "vn_meeting_day": _day(meeting["date"], lang),
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
    # a curated title is our wording, its years marked; a dated sentence's title is the article's own words, as written
    df["label"] = [our_wording(_title(lang, row), row.get("source", "annotated"), lang) for _, row in df.iterrows()]
    # a year-only date named with its era in Thai ("ค.ศ. 2000"); a full date stays ISO (2018-04-22)
    # a date as a reader writes it, in Thai with its era: "22 เมษายน ค.ศ. 2018", not the code 2018-04-22
    df["date_label"] = [year_words(int(d), lang) if len(d) == 4 else _day(d, lang) for d in df["date"]]
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
    # counted by kind: an anniversary and a key figure are dated items, not events of their own
    kinds = " · ".join(f"{label('cat', category, lang)} {n}" for category, n in df["category"].value_counts(sort=False).items())
    # each end named by its date, then what happened: "ค.ศ. 2000 — …" (a bracket would hold the label's own brackets)
    return t("timeline_summary", lang, n=len(df), kinds=kinds, first=f"{first['date_label']} — {first['label']}",
             last=f"{last['date_label']} — {last['label']}")


def fujian_data(tables: Tables, lang: str) -> pd.DataFrame:
    rows = []
    for fact, key in (("cn_fujian_digital_economy_size", "label_size"), ("cn_fujian_digital_economy_growth", "label_growth"),
                      ("cn_fujian_digital_economy_gdp_share", "label_gdp_share")):
        m = _metric(tables, fact)
        is_money = m["unit"] == "CNY"
        rows.append({
            "label": t(key, lang), "value": m["value"], "unit": m["unit"], "qualifier": m["qualifier"], "year": m["year"],
            "display_value": m["value"] / 1e12 if is_money else m["value"],
            # in words: "17.6 % > 45 %" side by side read as an inequality
            "prefix": f"{t('qualifier_>', lang)} " if m["qualifier"] == ">" else "",
            "suffix": "" if is_money else " %",
            "figure": format_figure(m["value"], m["unit"], m["qualifier"], lang), **_provenance(m, lang),
            "scope_text": fact_scope(m, lang), "period": fact_period(m, lang), "attribution_text": fact_source(m, lang),
        })
    return with_story_figures(pd.DataFrame(rows), tables, lang)


def fujian_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    # the scope, year and source under the three numbers, so the picture states them without the subtitle
    first = df.iloc[0]
    return charts.fujian_economy_figure(df, lang, source,
                                        note=f"{first['scope_text']} · {first['period']} · {first['attribution_text']}")


def fujian_summary(df: pd.DataFrame, lang: str) -> str:
    size, growth, share = df["figure"].tolist()
    first = df.iloc[0]
    if lang == "en":
        return (f"{first['scope_text']}, {first['period']}: the digital economy was {size}, grew {growth} and made up "
                f"{share} of provincial GDP ({first['attribution_text']}).")
    return (f"{first['scope_text']} {first['period']}: เศรษฐกิจดิจิทัลมีขนาด{size} เติบโต {growth} และคิดเป็น{share} ของ GDP มณฑล "
            f"({first['attribution_text']})")


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
    # "4 รายแรกในจีน" read as "the first four in China": the claim first, then how many items make it
    verbs = {"first_in_china": "เป็นรายแรกในจีน", "led": "เป็นผู้นำ", "improved": "ได้รับการปรับปรุงให้ดีขึ้น"}
    parts = [f"{verbs[c]} {int(counts.get(c, 0))} รายการ" for c in verbs if counts.get(c)]
    listed = parts[0] if len(parts) == 1 else f"{' '.join(parts[:-1])} และ{parts[-1]}"
    return f"บทความระบุผลงานของฝูเจี้ยน {len(df)} รายการ ได้แก่ {listed}"


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
    df["statement"] = [fact_statement(_metric(tables, f), lang) for f in df["fact"]]
    return with_story_figures(df, tables, lang)


def targets_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    fig = charts.targets_figure(df, lang, source)
    # each slice's hover: its whole statement (scope, period, source) after the counts
    fig.update_traces(hovertext=[f"{hover}<br>{wrap_words(statement, 70)}"
                                 for hover, statement in zip(fig.data[0].hovertext, df["statement"])])
    return fig


def targets_summary(df: pd.DataFrame, lang: str) -> str:
    total = int(df["total"].iloc[0])
    parts = [f"{row.count} {row.label} ({format_number(row.share_reported)} %)" for row in df.itertuples()]
    note = t("share_note", lang, gap=format_number(float(df["gap"].max())))
    source = t("targets_source", lang)
    figures = figures_of(df)
    if lang == "en":
        # the Thai's "จากการประเมินของกระทรวง… ในปี 2566": the ministry's assessment, not the meeting that reviewed it
        return (f"Of the {total} targets of Vietnam's National Digital Transformation Programme and national strategy, "
                f"{source} in {figures['vn_review_year']}: {', '.join(parts)}. {note}.")
    return (f"จากเป้าหมาย {total} ข้อของโครงการเปลี่ยนผ่านสู่ดิจิทัลแห่งชาติและยุทธศาสตร์ชาติของเวียดนาม ณ การประเมินปี "
            f"{figures['vn_review_year']} {source}: {', '.join(parts)} — {note}")


def vn_tasks_data(tables: Tables, lang: str) -> pd.DataFrame:
    done = _targets_frame(tables, "tasks").iloc[0]
    meta = _metric(tables, done["fact"])
    remaining = int(done["total"] - done["count"])
    base = {"total": int(done["total"]), **_provenance(meta, lang)}
    return with_story_figures(pd.DataFrame([
        {"status": "completed", "label": label("status", "completed", lang), "count": int(done["count"]),
         "share": float(done["share_reported"]), "share_reported": float(done["share_reported"]),
         "share_computed": float(done["share_computed"]), **base},
        # "share" labels the bar (100 − the reported share); the Table tab shows no reported share for a row the
        # article does not report, only the computed one
        {"status": "remaining", "label": label("status", "remaining", lang), "count": remaining,
         "share": round(100 - float(done["share_reported"]), 2), "share_reported": None,
         "share_computed": round(100 - float(done["share_computed"]), 2), **base, "fact": None, "statement": None},
    ]), tables, lang)


def tasks_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    fig = charts.tasks_figure(df, lang, source)
    for trace, row in zip(fig.data, df.itertuples()):
        if isinstance(row.statement, str):  # the computed remainder has no statement of its own
            trace.hovertemplate = trace.hovertemplate.replace("<extra>", f"<br>{wrap_words(row.statement, 70)}<extra>")
    return fig


def tasks_summary(df: pd.DataFrame, lang: str) -> str:
    done, rest = df.iloc[0], df.iloc[1]
    source = t("targets_source", lang)
    year, year_th = figures_of(df)["vn_tasks_year_ad"], figures_of(df)["vn_tasks_year"]
    if lang == "en":
        return (f"Vietnam, {year}: {done['count']} of {done['total']} tasks in the {year} plan were completed "
                f"({format_number(done['share'])} % reported, {format_number(done['share_computed'])} % computed), {source}; "
                f"{rest['count']} ({format_number(rest['share'])} %) not completed, computed as the difference.")
    return (f"เวียดนาม: ภารกิจในแผนปี {year_th} เสร็จแล้ว {done['count']} จาก {done['total']} ภารกิจ "
            f"(รายงาน {format_number(done['share'])} %, คำนวณได้ {format_number(done['share_computed'])} %) {source} "
            f"ยังไม่เสร็จ {rest['count']} ภารกิจ ({format_number(rest['share'])} %) คำนวณจากผลต่าง")


def vn_rankings_data(tables: Tables, lang: str) -> pd.DataFrame:
    rows = []
    for fact, series in (("vn_gii_rank_previous", "gii"), ("vn_gii_rank", "gii"), ("vn_upu_level_previous", "upu"), ("vn_upu_level", "upu")):
        m = _metric(tables, fact)
        rows.append({"series": series, "year": int(m["year"]), "value": m["value"], "unit": m["unit"],
                     "derived": m["method"] == "derived", "method": m["method"], "gloss_en": m["gloss_en"],
                     **_provenance(m, lang)})
    df = pd.DataFrame(rows)
    df["label"] = df["statement"]  # the hover: the whole claim
    return df


def rankings_summary(df: pd.DataFrame, lang: str) -> str:
    gii = df[df["series"] == "gii"].sort_values("year")
    upu = df[df["series"] == "upu"].sort_values("year")
    g0, g1, u0, u1 = gii.iloc[0], gii.iloc[-1], upu.iloc[0], upu.iloc[-1]
    wipo, upu = t("attribution_wipo", lang), t("attribution_upu", lang)
    # the earlier figures are computed from the stated change, not WIPO's or UPU's: said so, with the change quoted
    g0_source, u0_source = (fact_source(r, lang) if r.get("derived") else wipo if r is g0 else upu for r in (g0, u0))
    if lang == "en":
        return (f"Vietnam's Global Innovation Index (GII) rank went from {format_number(g0['value'])} ({g0['year']}) to "
                f"{format_number(g1['value'])} ({g1['year']}): {format_number(g1['value'])} {wipo}, "
                f"{format_number(g0['value'])} {g0_source}. Its postal index level went from {format_number(u0['value'])} of {u0['unit'].lstrip('/')} "
                f"({u0['year']}) to {format_number(u1['value'])} of {u1['unit'].lstrip('/')} ({u1['year']}): {format_number(u1['value'])} {upu}, "
                f"{format_number(u0['value'])} {u0_source}. Hollow markers are derived from the stated change.")
    y = lambda row: year_words(row["year"], lang)  # noqa: E731
    return (f"อันดับดัชนีนวัตกรรมโลก (GII) ของเวียดนามดีขึ้นจาก {format_number(g0['value'])} (ปี {y(g0)}) เป็น {format_number(g1['value'])} "
            f"(ปี {y(g1)}) · อันดับ {format_number(g1['value'])} {wipo} ส่วนอันดับ {format_number(g0['value'])} {g0_source} · "
            f"ระดับดัชนีไปรษณีย์ของสหภาพไปรษณีย์สากล (UPU) เพิ่มจาก {format_number(u0['value'])}{u0['unit']} (ปี {y(u0)}) เป็น "
            f"{format_number(u1['value'])}{u1['unit']} (ปี {y(u1)}) · ระดับ {format_number(u1['value'])} {upu} ส่วนระดับ {format_number(u0['value'])} {u0_source} "
            "· จุดกลวงคำนวณจากส่วนต่างที่บทความระบุ")


def vn_growth_data(tables: Tables, lang: str) -> pd.DataFrame:
    multiple = _metric(tables, "vn_digital_economy_growth_vs_gdp")
    annual_multiple = _metric(tables, "vn_digital_economy_growth_annual_vs_gdp")
    rows = []
    for fact in ("vn_digital_economy_growth_2022", "vn_digital_economy_growth_2023"):
        m = _metric(tables, fact)
        # each bar's hover is its own claim; the 3.5x is said of both years together, so it is in the subtitle
        row = {"series": "yearly", "year": int(m["year"]), "period": fact_period(m, lang), "value": m["value"], "unit": "%",
               "qualifier": None, "multiple": None, **_provenance(m, lang)}
        # the Table tab's note: the 3.5x the subtitle states, said of both years together (not the bar's own claim again)
        rows.append({**row, "note": row["statement"],
                     "table_note": t("growth_two_year_note", lang, statement=fact_statement(multiple, lang))})
    m = _metric(tables, "vn_digital_economy_growth_annual")
    # "period", not the review's year the tables keep: the Table tab said 2023 of "about 20 % a year"
    row = {"series": "annual", "year": int(m["year"]), "period": fact_period(m, lang), "value": m["value"], "unit": "%",
           "qualifier": m["qualifier"],
           "multiple": t("gdp_multiple", lang, value=format_number(annual_multiple["value"])), **_provenance(m, lang)}
    rows.append({**row, "note": row["multiple"], "table_note": row["multiple"]})  # beside the dashed line; its period and source are in the subtitle
    df = pd.DataFrame(rows)
    df.attrs["two_year_multiple"] = fact_statement(multiple, lang)
    return with_story_figures(df, tables, lang)


def growth_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.growth_figure(df, lang, source)


def growth_summary(df: pd.DataFrame, lang: str) -> str:
    yearly = df[df["series"] == "yearly"].sort_values("year")
    annual = df[df["series"] == "annual"].iloc[0]
    pairs = ", ".join(f"{format_number(r.value)} % ({year_words(r.year, lang)})" for r in yearly.itertuples())
    multiple, running = figures_of(df)["vn_growth_multiple"], figures_of(df)["vn_fastest_years"]
    if lang == "en":
        return (f"Per a Google report, Vietnam's digital-economy growth was the fastest in Southeast Asia {running} years running: "
                f"{pairs}, {multiple}× GDP growth (in the same sentence; which year is not said). In the next clause "
                f"({t('year_status_not_given', lang)}; {t('attribution_google_paragraph', lang)}) the article puts growth at about {format_number(annual['value'])} % a year, {annual['multiple']}.")
    return (f"ตามรายงานของ Google การเติบโตของเศรษฐกิจดิจิทัลเวียดนามเร็วที่สุดในเอเชียตะวันออกเฉียงใต้ {running} ปีซ้อน: {pairs} "
            f"สูงกว่าการเติบโตของ GDP {multiple} เท่า (ในประโยคเดียวกัน ไม่ระบุว่าเป็นของปีใด) ส่วนข้อความถัดมา"
            f"ระบุว่าเติบโตประมาณ {format_number(annual['value'])} % ต่อปี {annual['multiple']} ({t('year_status_not_given', lang)} · {t('attribution_google_paragraph', lang)})")


def _bar_rows(tables: Tables, facts: list[tuple[str, str | None]], lang: str) -> pd.DataFrame:
    rows = []
    for fact, label_key in facts:
        m = _metric(tables, fact)
        text = format_figure(m["value"], None, m["qualifier"], lang)
        rows.append({"label": t(label_key, lang) if label_key else (m["label_en"] if lang == "en" else m["label_th"]),
                     "value": m["value"], "text": text, "qualifier": m["qualifier"], "year": int(m["year"]), **_provenance(m, lang)})
    return pd.DataFrame(rows)


def vn_redtape_data(tables: Tables, lang: str) -> pd.DataFrame:
    """Nearly 2,500 regulations; 528 and 1,086 procedures as one statement, never two bars to add."""
    regulations = _metric(tables, "vn_business_regulations_cut")
    first, second = _metric(tables, "vn_procedures_simplified_a"), _metric(tables, "vn_procedures_simplified_b")
    joiner = " and " if lang == "en" else " และ "
    both = format_number(first["value"]) + joiner + format_number(second["value"])
    procedures = _provenance(second, lang)
    procedures["statement"] = fact_statement(second, lang, name=t("label_procedures", lang),
                                             figure=f"{both} {fact_unit(second, lang)}".strip())
    regulation_row = _provenance(regulations, lang)
    return with_story_figures(pd.DataFrame([
        {"figure": format_figure(regulations["value"], None, regulations["qualifier"], lang),
         "label": fact_name(regulations, lang), "note": None,
         "value": regulations["value"], "qualifier": regulations["qualifier"], "year": int(regulations["year"]),
         **regulation_row},
        {"figure": both, "label": t("label_procedures", lang), "note": t("procedures_note", lang),
         "value": None, "qualifier": None, "year": int(second["year"]), **procedures},
    ]), tables, lang)


def redtape_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.statements_figure(df, lang, source, title=t("redtape_title", lang, **figures_of(df)),
                                    subtitle=t("redtape_subtitle", lang, **figures_of(df)),
                                    color=charts.COUNTRY_COLORS["VN"])


def redtape_summary(df: pd.DataFrame, lang: str) -> str:
    regulations, procedures = df.iloc[0], df.iloc[1]
    source = t("attribution_ministries_agencies", lang)
    year = figures_of(df)["vn_redtape_year"]
    if lang == "en":
        return (f"Vietnam, by the end of {year} ({source}): {regulations['figure']} business regulations were cut and simplified, "
                f"and the text gives {procedures['figure']} for administrative procedures concerning citizens simplified, "
                "without saying how the two figures differ.")
    return (f"เวียดนาม ภายในสิ้นปี {year} ({source}): ลดและปรับลดข้อบังคับธุรกิจ{regulations['figure']} ฉบับ "
            f"และบทความให้ตัวเลข {procedures['figure']} ฉบับ สำหรับขั้นตอนการบริหารที่เกี่ยวข้องกับประชาชนที่ลดความซับซ้อน "
            "โดยไม่บอกว่าสองตัวเลขต่างกันอย่างไร")


def vn_claims_data(tables: Tables, lang: str) -> pd.DataFrame:
    """Figures the article gives in words more than in numbers: app downloads, fastest in the region, the UPU rank claim."""
    rows = []
    for fact in ("vn_app_downloads_top", "vn_digital_economy_fastest_sea_years", "vn_upu_rank_claim"):
        m = _metric(tables, fact)
        figure = fact_figure(m, lang)
        row = _provenance(m, lang)
        # the picture: name, then period and source (Vietnam is in the title); the full statement is in the summary
        note = f"{fact_period(m, lang)} · {fact_source(m, lang)}"
        if m.get("year_status") == "unclear":
            note += f" · {t('upu_rank_note_short', lang, **story_figures(tables, lang))}"
        rows.append({"figure": figure, "label": fact_name(m, lang), "value": m["value"], "year": int(m["year"]),
                     "period": fact_period(m, lang), **row,
                     "note": note, "caveat": t("upu_rank_note", lang, **story_figures(tables, lang)) if m.get("year_status") == "unclear" else None})
    return pd.DataFrame(rows)


def vn_claims_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.statements_figure(df, lang, source, title=t("vn_claims_title", lang),
                                    subtitle=" · ".join([t("vn_claims_subtitle", lang), *_quotes_pointer(lang)]),
                                    color=charts.COUNTRY_COLORS["VN"])


def _quotes_pointer(lang: str) -> list[str]:
    """Where the reader finds a chart's Thai text: the page's Sources tab, a slide's speaker notes;
    an exported picture, and a page's drawing in presentation mode (no tabs), point nowhere."""
    drawn = current_canvas()
    if drawn is None:
        return [t("quotes_in_sources_tab", lang)] if beside_tabs() else []
    return [t("quotes_in_speaker_notes", lang)] if drawn.bare else []


def vn_claims_summary(df: pd.DataFrame, lang: str) -> str:
    caveats = [n for n in df["caveat"] if isinstance(n, str)]
    return " · ".join([*df["statement"], *caveats]) + ("." if lang == "en" else "")


def vn_plan2024_data(tables: Tables, lang: str) -> pd.DataFrame:
    # short bar names; each bar's hover is its whole statement
    return with_story_figures(_bar_rows(tables, [("vn_2024_infrastructure_tasks", "plan_infrastructure"),
                                                 ("vn_2024_digital_economy_tasks", "plan_economy"),
                                                 ("vn_2024_key_problems", "plan_problems")], lang), tables, lang)


def plan2024_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.count_bar_figure(df, lang, source, title=t("plan2024_title", lang, **figures_of(df)),
                                   subtitle=t("plan2024_subtitle", lang),
                                   axis_title=t("axis_count", lang), color=charts.PALETTE[2], hover_col="statement")


def plan2024_summary(df: pd.DataFrame, lang: str) -> str:
    a, b, c = (format_number(v) for v in df["value"])
    source = t("attribution_mic_proposal", lang)
    year = figures_of(df)["vn_plan_year"]
    if lang == "en":
        return (f"Vietnam, {year} theme (universalising digital infrastructure and building digital applications to develop "
                f"the digital economy) {source} to the National Committee (not said to be adopted): {a} tasks to universalise "
                f"digital infrastructure, {b} tasks to universalise the digital economy's foundations, and {c} key problems of "
                "building digital applications for Vietnam's telecom and digital-technology firms, to focus on solving.")
    # the theme named in the article's words ("ว่าด้วย …"), up to its dash; "ซึ่งรวมถึง" hung on an unnamed หัวข้อ
    return (f"เวียดนาม หัวข้อปี {year} ว่าด้วยการทำให้โครงสร้างพื้นฐานดิจิทัลเป็นสากลและการสร้างแอปพลิเคชันดิจิทัลเพื่อพัฒนาเศรษฐกิจดิจิทัล "
            f"{source}ต่อคณะกรรมการแห่งชาติ (บทความไม่ได้ระบุว่ารับรองแล้ว) ซึ่งรวมถึง {a} ภารกิจของการทำให้โครงสร้างพื้นฐานดิจิทัลเป็นสากล "
            f"{b} ภารกิจของการทำให้ปัจจัยพื้นฐานเป็นสากลสำหรับเศรษฐกิจดิจิทัล และ {c} ปัญหาหลักของการสร้างแอปพลิเคชันดิจิทัล"
            "สำหรับบริษัทโทรคมนาคมและเทคโนโลยีดิจิทัลของเวียดนามเพื่อมุ่งเน้นการแก้ไข")


# ---- Compare -----------------------------------------------------------------------

#: the places the China-vs-Vietnam comparison takes every matching figure for
COMPARE_SUBJECTS = ("CN", "CN-FJ", "VN")
COMPARE_PLACE_KEYS = {"CN": "country_CN", "CN-FJ": "label_fujian_province", "VN": "label_vietnam"}


def _compare_rows(tables: Tables, lang: str, indicators: tuple[str, ...]) -> pd.DataFrame:
    """Every percentage of these indicators for China, Fujian and Vietnam, curated or reviewed by an analyst:
    an added article's automatic labels stay off the story's comparison until reviewed (/explore shows them
    when asked), where they were drawn like the curated bars."""
    metrics = tables["metrics"]
    part = metrics[metrics["indicator"].isin(indicators) & metrics["subject"].isin(COMPARE_SUBJECTS)
                   & (metrics["unit"] == "%") & (metrics["status"] == "actual") & (metrics["source"] != "auto")]
    rows = []
    for m in part.sort_values(["subject", "year", "article_id"], kind="stable").to_dict("records"):
        place = t(COMPARE_PLACE_KEYS[m["subject"]], lang)
        rows.append({"country": m["country"], "subject": m["subject"], "place": place, "label": f"{place} {year_words(m['year'], lang)}",
                     "year": int(m["year"]), "value": m["value"], "unit": "%", "source": m["source"],
                     "qualifier": m["qualifier"], "text": format_figure(m["value"], "%", m["qualifier"], lang),
                     "scope_label": fact_scope(m, lang), **_provenance(pd.Series(m), lang)})
    df = pd.DataFrame(rows)
    if len(df) and df["label"].duplicated().any():  # two articles, one place and year: told apart by outlet, never by id
        articles = tables["articles"].set_index("id")
        outlet = {i: _outlet(articles.loc[i], lang) if i in articles.index else t("outlet_not_given", lang)
                  for i in df["article_id"].unique()}
        df["label"] = [f"{lab} · {outlet[aid]}" if dup else lab
                       for lab, aid, dup in zip(df["label"], df["article_id"], df["label"].duplicated(keep=False))]
    return with_story_figures(df, tables, lang)


def compare_growth_data(tables: Tables, lang: str) -> pd.DataFrame:
    return _compare_rows(tables, lang, ("digital_economy_growth",))


def compare_share_data(tables: Tables, lang: str) -> pd.DataFrame:
    return _compare_rows(tables, lang, ("digital_economy_gdp_share", "digital_economy_share_of_gdp"))


def _compare_subtitle(df: pd.DataFrame, lang: str, curated_key: str) -> str:
    """The curated wording (scope, year, source) while every bar is a curated figure; a general caveat otherwise."""
    return t(curated_key if (df["source"] == "annotated").all() else "compare_any_subtitle", lang, **figures_of(df))


def compare_growth_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.compare_growth_figure(df, lang, source, subtitle=_compare_subtitle(df, lang, "compare_growth_subtitle"))


def compare_share_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    return charts.compare_growth_figure(df, lang, source, title=t("compare_share_title", lang),
                                        subtitle=_compare_subtitle(df, lang, "compare_share_subtitle"),
                                        axis_title=t("axis_share_gdp", lang))


def _compare_caveat(df: pd.DataFrame, lang: str, curated_key: str) -> str:
    return t(curated_key if (df["source"] == "annotated").all() else "compare_caveat_general", lang, **figures_of(df))


# each statement opens with its measure's name ("Digital economy growth: 17.6 % — …"): a title before them said it twice
def compare_share_summary(df: pd.DataFrame, lang: str) -> str:
    parts = "; ".join(df["statement"])
    return (f"{parts}. {_compare_caveat(df, lang, 'share_caveat')}" if lang == "en"
            else f"{parts} {_compare_caveat(df, lang, 'share_caveat')}")


def compare_growth_summary(df: pd.DataFrame, lang: str) -> str:
    parts = "; ".join(df["statement"])
    return (f"{parts}. {_compare_caveat(df, lang, 'caveat')}" if lang == "en"
            else f"{parts} {_compare_caveat(df, lang, 'caveat')}")


THEMES = ("e_government", "data_sharing", "digital_economy", "rankings", "security_data_quality")


THEME_HOVER_CHARS = 60


def theme_matrix_data(tables: Tables, lang: str) -> pd.DataFrame:
    themes = tables["themes"]
    rows = []
    for theme in THEMES:
        for country in ("CN", "VN"):
            part = themes[(themes["theme"] == theme) & (themes["country"] == country)]
            first = part.iloc[0] if len(part) else None
            # each quote its own “…” (two were joined by " | "); an English page glosses each beside/under it
            glossed = [(shown_quote(q), _text(g) if lang == "en" else None) for q, g in zip(part["quote"], part["gloss_en"])]
            rows.append({
                "theme": theme, "theme_label": label("cat", theme, lang), "country": country,
                "country_label": label("country", country, lang), "quotes": len(part),
                "article_id": None if first is None else first["article_id"],
                "start": None if first is None else int(first["start"]), "end": None if first is None else int(first["end"]),
                "quote": " · ".join(quoted(q) + (f" ({g})" if g else "") for q, g in glossed) if len(part) else t("no_evidence", lang),
                "gloss_en": " · ".join(part["gloss_en"]) if len(part) else None, "mention_id": None,
                "hover": "<br>".join(wrap_words(quoted(q), THEME_HOVER_CHARS) + (f"<br><i>{wrap_words(g, THEME_HOVER_CHARS)}</i>" if g else "")
                                     for q, g in glossed) if len(part) else wrap_words(t("no_evidence", lang), THEME_HOVER_CHARS),
            })
    return pd.DataFrame(rows)


def theme_matrix_summary(df: pd.DataFrame, lang: str) -> str:
    both = df.groupby("theme", sort=False)["quotes"].apply(lambda q: (q > 0).all())
    # each theme not in both, with the article that addresses it: "rankings (Vietnam only)", or neither
    only = []
    for theme, ok in both.items():
        if ok:
            continue
        who = df[(df["theme"] == theme) & (df["quotes"] > 0)]["country_label"].tolist()
        if lang == "en":
            only.append(f"{label('cat', theme, lang)} ({who[0] + ' only' if who else 'neither'})")
        else:
            only.append(f"{label('cat', theme, lang)} ({'เฉพาะ' + who[0] if who else 'ไม่มีบทความใดกล่าวถึง'})")
    if lang == "en":
        return f"Both articles address {int(both.sum())} of {len(both)} themes; not both: {', '.join(only) or 'none'}."
    return f"ทั้งสองบทความกล่าวถึง {int(both.sum())} จาก {len(both)} ประเด็น ประเด็นอื่น: {', '.join(only) or 'ไม่มี'}"


KEYWORDS_MAX_TOP = 15  # more bars than this per side stop being readable on a slide
KEYWORDS_DEFAULT_TOP = 10


def keywords_filter(top: int) -> Filters:
    return (("keywords", "rank", tuple(range(1, top + 1))),)


#: the filters a page draws a chart with until its visitor changes them; the chart's pictures
#: (:mod:`digital_compare.outputs.pictures`) are drawn with them
DEFAULT_FILTERS: dict[str, Filters] = {"compare_keywords": keywords_filter(KEYWORDS_DEFAULT_TOP)}


def story_articles(tables: Tables) -> list[str]:
    """The China and Vietnam story's articles: the first of each country, the seeds, however many are added."""
    articles = tables["articles"].sort_values("id")
    return [articles[articles["country"] == c]["id"].iloc[0] for c in ("CN", "VN") if (articles["country"] == c).any()]


@functools.cache
def keyword_glosses() -> dict[str, str]:
    """Thai keyword → English gloss (annotations/keyword_glosses.yaml, and the names' English forms)."""
    import yaml

    from digital_compare.paths import ANNOTATIONS_DIR

    glosses = {}
    names = ANNOTATIONS_DIR / "names.yaml"
    if names.exists():
        glosses.update({str(e["th"]): str(e["en"]) for e in yaml.safe_load(names.read_text("utf-8")) or [] if e.get("en")})
    path = ANNOTATIONS_DIR / "keyword_glosses.yaml"
    if path.exists():
        glosses.update({str(k): str(v) for k, v in (yaml.safe_load(path.read_text("utf-8")) or {}).items()})
    return glosses


def glossed_term(term: str, lang: str) -> str:
    """A Thai keyword as an English reader sees it: the term with its gloss beside it."""
    gloss = keyword_glosses().get(term) if lang == "en" else None
    return f"{term} ({gloss})" if gloss else term


def keywords_compare_data(tables: Tables, lang: str) -> pd.DataFrame:
    keywords = tables["keywords"]
    keywords = keywords[keywords["article_id"].isin(story_articles(tables))]
    part = keywords[keywords["rank"] <= KEYWORDS_MAX_TOP].copy()
    part["quote"] = part["term"]
    part["gloss_en"] = [keyword_glosses().get(term) for term in part["term"]]  # the English deck's notes gloss each word
    part["term"] = [glossed_term(term, lang) for term in part["term"]]
    part["start"] = None
    part["end"] = None
    part["mention_id"] = None
    return part.reset_index(drop=True)


def keywords_summary(df: pd.DataFrame, lang: str) -> str:
    """Each article's most distinctive word, or all the words tied for first place."""
    score = "log_odds_z" if "log_odds_z" in df else "per_1000_tokens"
    parts = []
    for country, group in df.groupby("country"):
        best = group[group[score] == group[score].max()].sort_values("rank")
        per = "per 1,000 words" if lang == "en" else "ครั้งต่อ 1,000 คำ"
        rates = best["per_1000_tokens"]
        if len(best) > 1 and rates.nunique() == 1:
            # tied on distinctiveness, not on frequency: another word may be as frequent and less distinctive
            each = "each " if lang == "en" else "คำละ "
            words = (", ".join(quoted(term) for term in best["term"])
                     + f" ({t('keywords_tie', lang)}), {each}{format_number(rates.iloc[0])} {per}")
        else:
            words = ", ".join(f"{quoted(term)} {format_number(rate)} {per}" for term, rate in zip(best["term"], rates))
            if len(best) > 1:
                words += f" ({t('keywords_tie', lang)})"
        parts.append(f"{label('country', country, lang)}: {words}")
    return ("Most distinctive words — " if lang == "en" else "คำที่โดดเด่นที่สุด — ") + "; ".join(parts)


# ---- Explore -----------------------------------------------------------------------

def vocabulary_indicator(indicator: str) -> str:
    """A metrics row's indicator in the labeller's vocabulary (hand annotations use their own names)."""
    from digital_compare.text.labeller import indicator_aliases, indicator_vocabulary

    known = {entry["id"] for entry in indicator_vocabulary()}
    return indicator if indicator in known else indicator_aliases().get(indicator, "other")


@functools.cache
def _curated_indicator_names(lang: str) -> dict[str, str]:
    """Indicator → the label its first hand annotation gives it (data/annotations/metrics.yaml)."""
    from digital_compare.paths import ANNOTATIONS_DIR
    from digital_compare.tables.provenance import load_annotations

    names: dict[str, str] = {}
    for ann in load_annotations(ANNOTATIONS_DIR, "metrics"):
        names.setdefault(ann["indicator"], ann["label_en"] if lang == "en" else ann["label_th"])
    return names


def indicator_names(lang: str) -> dict[str, str]:
    from digital_compare.text.labeller import indicator_vocabulary

    return {e["id"]: e["label_en"] if lang == "en" else e.get("label_th", e["label_en"]) for e in indicator_vocabulary()}


#: curated indicators that are one part of a whole the labeller names as (indicator, part)
CURATED_PARTS = {
    "targets_total": ("targets", "total"), "targets_achieved": ("targets", "achieved"),
    "targets_likely": ("targets", "likely"), "targets_at_risk": ("targets", "at_risk"),
    "tasks_total": ("tasks", "total"), "tasks_done": ("tasks", "done"),
}
#: the view a bare /explore shows, whatever articles are added: a comparison across places
EXPLORE_DEFAULT = "digital_economy_share_of_gdp"


def _sole_aliases() -> dict[str, str]:
    """Curated indicator → vocabulary id where the curated name is that entry's only alias: a rename of
    one quantity. An entry with several aliases (targets: total, achieved, ...) names several quantities."""
    from digital_compare.text.labeller import indicator_vocabulary

    return {e["aliases"][0]: e["id"] for e in indicator_vocabulary() if len(e.get("aliases") or ()) == 1}


def curated_variable(indicator: str) -> str:
    """The explorer's variable of a curated indicator: the vocabulary's quantity it renames (``gii_rank`` is
    ``innovation_index_rank``) or the whole it is a part of (``targets_achieved`` is ``targets.achieved``);
    any other name as it is."""
    if indicator in CURATED_PARTS:
        return ".".join(CURATED_PARTS[indicator])
    return _sole_aliases().get(indicator, indicator)


def explore_variable(row) -> str:
    """The quantity a metrics row measures, one definition each: ``indicator`` or ``indicator.part``.

    A curated figure keeps its own indicator unless it is the vocabulary's quantity under another name;
    a part of a whole (18 targets achieved of 62) is never the whole. An automatic label's ``part``
    column, where the labeller gives one, splits its indicator the same way.
    """
    return _variable(row["indicator"], row.get("source", "annotated") == "annotated", row.get("part"))


def _variable(indicator: str, annotated: bool, part) -> str:
    """:func:`explore_variable` of a row's three fields."""
    if annotated:
        return curated_variable(indicator)
    vocabulary = vocabulary_indicator(indicator)
    return f"{vocabulary}.{part}" if isinstance(part, str) and part else vocabulary


def _explore_variables(metrics: pd.DataFrame) -> list[str]:
    """:func:`explore_variable` of every row, read a column at a time (row by row, as dicts, took /explore's
    rerun with 1,000 added articles to 0.23 s)."""
    annotated = (metrics["source"].eq("annotated").fillna(False).astype(bool).tolist() if "source" in metrics
                 else [True] * len(metrics))
    parts = metrics["part"].tolist() if "part" in metrics else [None] * len(metrics)
    return [_variable(*fields) for fields in zip(metrics["indicator"].tolist(), annotated, parts)]


def explore_frame(metrics: pd.DataFrame) -> pd.DataFrame:
    """Every metrics row with the variable it measures; the explorer's pool. ``other`` (an automatic
    label the vocabulary could not name) is no single quantity and is left out."""
    variables = _explore_variables(metrics)
    pool = metrics.assign(variable=variables, vocabulary=[v.split(".")[0] for v in variables])
    pool = pool[pool["vocabulary"] != "other"]
    if len(pool):  # "528 and 1,086 ฉบับ": the classifier after the last figure is every figure's unit
        # "first" is the first unit given in the statement; one vectorised pass (a lambda per group took
        # half a second for a thousand added articles)
        first = pool.groupby(["article_id", "quote", "variable"], sort=False)["unit"].transform("first")
        pool = pool.assign(unit=pool["unit"].fillna(first))
    return pool


def variable_name(variable: str, lang: str, metrics: pd.DataFrame | None = None) -> str:
    """A variable's name: the vocabulary's, with its part; else the curated label of its rows."""
    names = indicator_names(lang)
    indicator, _, part = variable.partition(".")
    if indicator in names:
        return f"{names[indicator]} — {t(f'part_{part}', lang)}" if part else names[indicator]
    if metrics is not None:
        rows = metrics[metrics["indicator"] == variable]
        if len(rows):
            name = fact_name(rows.iloc[0], lang)
            # the variable holds every figure of the statement: "one of two figures" names one row, not the variable
            return _ONE_OF_A_STATEMENT.sub("", name) if rows["fact"].nunique() > 1 else name
    return variable.replace("_", " ")


_ONE_OF_A_STATEMENT = re.compile(r"\s*\((?:one of \w+ figures of one statement|หนึ่งใน\S+ตัวเลขของข้อความเดียว)\)")


def explore_options(metrics: pd.DataFrame, include_auto: bool = False) -> list[str]:
    """Variables with at least one figure: the default first, then the most populated. Unreviewed
    automatic figures count only when ``include_auto``."""
    pool = explore_frame(metrics)
    if not include_auto:
        pool = pool[pool["source"] != "auto"]
    counts = pool["variable"].value_counts()
    return sorted(counts.index, key=lambda v: (v != EXPLORE_DEFAULT, -counts[v], v))


#: curated figures that are no yearly measured value, and why: a place in a top list ("1 ใน 10 ประเทศ",
#: "ใน 50 ประเทศแรก ... ตั้งแต่ปี 2561") or a streak of years ("สองปีซ้อน"). Listed under /explore's chart with
#: their wording and source, never drawn as a value of 10, of 2018 or of 2 at a year
NOT_YEARLY_VALUES = {"app_downloads_top_n": "explore_membership", "gii_top50_since": "explore_membership",
                     "digital_economy_fastest_in_region_years": "explore_streak"}


def _not_a_yearly_value(row) -> str:
    """The labeller's figures that are no yearly value either: a place in a top group (unit "top") or the
    length of a streak ("สองปีซ้อน"), found in the row's own quote by the labeller's own streak words."""
    from digital_compare.text.labeller import STREAK_AFTER

    if row.get("unit") == "top":
        return "explore_membership"
    quote, start, end = row.get("quote"), row.get("start"), row.get("mention_end")
    if isinstance(quote, str) and end is not None and not pd.isna(end) and STREAK_AFTER.match(quote, int(end) - int(start)):
        return "explore_streak"
    return ""


def _plottable(part: pd.DataFrame) -> list[str]:
    """Why each row is or is not drawn: "" (drawn), or the i18n key of the reason it is only listed."""
    shared = part.duplicated(subset=["article_id", "quote", "variable", "year"], keep=False)
    reasons = []
    for row, several in zip(part.to_dict("records"), shared):
        status = row.get("year_status") if isinstance(row.get("year_status"), str) else "given"
        if row.get("source", "annotated") == "annotated" and row.get("indicator") in NOT_YEARLY_VALUES:
            reasons.append(NOT_YEARLY_VALUES[row["indicator"]])
            continue
        not_yearly = _not_a_yearly_value(row) if row.get("source", "annotated") != "annotated" else ""
        if not_yearly:
            reasons.append(not_yearly)
            continue
        reasons.append(f"explore_year_{status}" if status != "given" else "explore_two_figures" if several else "")
    return reasons


def explore_data(tables: Tables, lang: str) -> pd.DataFrame:
    """One variable's figures, subject by year, each with its whole statement. With the page's filters the
    metrics hold one variable and unit; unfiltered (the build's drawing, an export) the default variable
    of curated figures and its commonest unit. ``plotted`` is false for a figure the chart only lists:
    no year given, an unclear year, or one of several figures of one statement."""
    from digital_compare.text.labeller import subject_name

    metrics = tables["metrics"]
    pool = explore_frame(metrics)
    narrowed = pool["variable"].nunique() == 1  # the page's filters chose one variable, and the sources to show
    options = explore_options(metrics, include_auto=narrowed)
    variable = options[0] if options else EXPLORE_DEFAULT
    part = pool[(pool["variable"] == variable) & (narrowed | (pool["source"] != "auto"))]
    part = part.assign(reason=_plottable(part))  # before the unit: "528 and 1,086 ฉบับ" gives one figure a unit
    units = part["unit"].fillna("").value_counts()
    unit = units.index[0] if len(units) else ""
    part = part[part["unit"].fillna("") == unit]
    reasons = list(part["reason"])
    records = part.to_dict("records")
    return pd.DataFrame({
        "subject": part["subject"], "subject_label": [subject_name(s, lang) for s in part["subject"]],
        "variable": variable, "variable_label": variable_name(variable, lang, metrics), "indicator": part["indicator"], "year": part["year"].astype(int), "value": part["value"],
        "unit": part["unit"], "qualifier": part["qualifier"],
        # a figure computed from a stated change (rank 48 from "up 2 places") is not the article's: its table
        # row, CSV and hover say so, never "actual"
        "status": part["status"].where(part["method"] != "derived", "derived"), "source": part["source"],
        "confidence": part["confidence"], "method": part["method"], "figure": [fact_figure(r, lang) for r in records],
        "period": [fact_period(r, lang) for r in records],
        "statement": [fact_statement(r, lang) for r in records],
        "said_by": [fact_source(r, lang) for r in records],
        "plotted": [not reason for reason in reasons],
        "not_plotted_because": [t(reason, lang) if reason else "" for reason in reasons],
        "article_id": part["article_id"], "start": part["start"], "end": part["end"],
        "quote": quotes_as_shown(part, tables.get("mentions")),
        "gloss_en": part["gloss_en"], "mention_id": part["mention_id"], "fact": part["fact"],
    }).sort_values(["subject_label", "year"]).reset_index(drop=True)


def quotes_as_shown(rows: pd.DataFrame, mentions: pd.DataFrame | None) -> list:
    """Each row's quote, an added figure's marked "…" where it is cut inside its sentence (a long sentence is
    quoted about 150 characters either side of its figure), as /sources marks its excerpts; the offsets still
    give the quote itself. A curated quote is the span its annotation chose."""
    quotes = list(rows["quote"])
    if mentions is None or mentions.empty or "mention_id" not in rows:
        return quotes
    sentences = mentions.set_index("id")[["sentence_start", "sentence_end"]]
    shown = []
    for quote, mention, start, end, source in zip(quotes, rows["mention_id"], rows["start"], rows["end"],
                                                  rows.get("source", pd.Series("annotated", index=rows.index))):
        if source == "annotated" or not isinstance(quote, str) or mention not in sentences.index:
            shown.append(quote)
            continue
        sentence_start, sentence_end = sentences.loc[mention]
        shown.append(("…" if int(start) > int(sentence_start) else "") + quote
                     + ("…" if int(end) < int(sentence_end) else ""))
    return shown


def _money_scale(values: pd.Series) -> tuple[float, str, str]:
    return scale_of(values.abs().max()) or (1.0, "", "")


def explore_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    variable = df["variable"].iloc[0] if len(df) else "other"
    unit = df["unit"].dropna().iloc[0] if df["unit"].notna().any() else ""
    scale = _level_scale(unit)
    # the variable's counted thing in English where its classifier names none ("ฉบับ": procedures)
    unit_name = fact_unit({"unit": unit, "indicator": df["indicator"].iloc[0]}, lang) if len(df) else format_unit(unit, lang)
    drawn = df[df["plotted"].astype(bool)].copy()
    if unit in ("CNY", "THB", "USD", "VND"):  # trillions on the axis, never Plotly's "2T" or "200B"
        size, th_word, en_word = _money_scale(drawn["value"] if len(drawn) else df["value"])
        drawn["value"] = drawn["value"] / size
        unit_name = f"{en_word} {unit_name}".strip() if lang == "en" else f"{th_word}{unit_name}"
    # a bound ("มากกว่า 45 %", "nearly 2,500") is written beside its point: drawn bare at 45 it reads as 45
    bounded = drawn["qualifier"].isin(list(QUALIFIER_BOUNDS)) if "qualifier" in drawn else pd.Series(False, index=drawn.index)
    drawn["point_label"] = drawn["figure"].where(bounded, "")
    drawn["figure"] = drawn["statement"]  # the hover names the whole claim
    # a top-list membership or a streak has no unit to read a value in: no unit line, no value axis name
    unitless = len(df) > 0 and (~df["plotted"].astype(bool)).all() and df["indicator"].isin(list(NOT_YEARLY_VALUES)).all()
    if unitless:
        unit_name = ""
    elif scale:  # "Level (of 10)", as /vietnam's axis names it, not "of 10" alone
        unit_name = t("axis_level", lang, scale=unit[1:])
    subtitle = t("explore_legend", lang) if unitless else t("explore_subtitle", lang, unit=unit_name or "—",
                                                              legend=t("explore_legend", lang))
    if unit == "rank":
        subtitle += " · " + t("explore_rank_note", lang)
    caveat = explore_scope_caveat(df, lang)
    if caveat:
        subtitle += " · " + caveat
    # who the text says each drawn series comes from, in the picture itself: an exported PNG has no summary
    said_by = dict.fromkeys(f"{row['subject_label']}: {row['said_by']}" for row in drawn.to_dict("records") if row.get("said_by"))
    if 0 < len(said_by) <= 3:
        subtitle += " · " + " · ".join(said_by)
    fig = charts.explorer_figure(drawn, lang, source, title=df["variable_label"].iloc[0] if len(df) else variable,
                                 subtitle=subtitle,
                                 axis_title=(unit_name if scale else _explore_axis_title(unit, unit_name, lang)) if unit_name else None,
                                 # rank 1 at the top, as on /vietnam
                                 whole_numbers=is_count_unit(unit) or unit == "rank", reversed_axis=unit == "rank",
                                 scale=scale)
    fig.update_yaxes(exponentformat="none", separatethousands=True)
    return fig


def _level_scale(unit: str) -> float | None:
    """The top of a level's scale, as the text gives it ("/10" → 10), else None."""
    matched = re.fullmatch(r"/(\d+(?:\.\d+)?)", unit or "")
    return float(matched.group(1)) if matched else None


def _explore_axis_title(unit: str, unit_name: str, lang: str) -> str:
    """The value axis's name: a count is a number of things ("จำนวน (เป้าหมาย)"), a rank a rank, else a value in its unit."""
    if unit == "rank":
        return t("axis_rank", lang)
    if is_count_unit(unit):
        return t("axis_count_of", lang, unit=unit_name)
    return f"{t('axis_value', lang)} ({unit_name})"


def explore_scope_caveat(df: pd.DataFrame, lang: str) -> str:
    """Where a province's figure sits beside a nation's (Fujian's growth beside Vietnam's), the caveat /compare
    carries: a province is not a country, and their years may differ; else ""."""
    drawn = df[df["plotted"].astype(bool)] if "plotted" in df else df
    provinces = drawn[drawn["subject"].str.contains("-", na=False)]
    countries = drawn[drawn["subject"].str.fullmatch(r"[A-Z]{2}", na=False)]
    if provinces.empty or countries.empty:
        return ""
    from digital_compare.text.labeller import place_label

    # plain names in the sentence (ISO codes read oddly in prose); "มณฑล" once, by the sentence ("ฝูเจี้ยนเป็นมณฑล")
    names = lambda part: ", ".join(dict.fromkeys(place_label(code, lang).removeprefix("มณฑล") for code in part["subject"]))  # noqa: E731
    spans = [_years(sorted({part["year"].min(), part["year"].max()}), lang, "–") for part in (provinces, countries)]
    years = t("explore_scope_years", lang, years=(" vs " if lang == "en" else " กับ ").join(spans)) if spans[0] != spans[1] else ""
    return t("explore_scope_caveat", lang, provinces=names(provinces), countries=names(countries), years=years)


def explore_summary(df: pd.DataFrame, lang: str) -> str:
    if df.empty:
        return t("no_rows", lang)
    drawn = df[df["plotted"].astype(bool)]
    # the latest figure that happened where a place has one: a 2030 target is the furthest year, not the latest
    # value; a place with proposals or targets alone keeps its latest of those
    happened = (drawn["status"] == "actual") if "status" in drawn else pd.Series(True, index=drawn.index)
    latest = drawn.assign(_happened=happened).sort_values(["_happened", "year"]).groupby("subject_label").tail(1)
    n_subjects = df["subject"].nunique()
    what = t("word_country" if n_subjects == 1 else "word_countries", lang)
    figures = t("explore_figure_one" if len(df) == 1 else "explore_figures", lang, n=len(df))
    summary = t("explore_summary", lang, figures=figures, subjects=n_subjects, what=what,
                auto=int((df["source"] == "auto").sum()))
    if len(latest):
        summary += " " + t("explore_latest", lang, latest="; ".join(latest["statement"]))
    caveat = explore_scope_caveat(df, lang)
    if caveat:
        summary += " " + caveat
    listed = df[~df["plotted"].astype(bool)]
    if len(listed):
        summary += " " + t("explore_not_plotted", lang) + " " + "; ".join(
            t("explore_not_plotted_item", lang, statement=r.statement, reason=r.not_plotted_because) for r in listed.itertuples())
    return summary


CHARTS: list[ChartSpec] = [
    ChartSpec("china_timeline", "china", china_timeline_data,
              lambda df, lang, src: charts.timeline_figure(df, lang, src), timeline_summary,
              ("date_label", "date_precision", "category_label", "label")),
    ChartSpec("fujian_digital_economy_2020", "china", fujian_data, fujian_figure, fujian_summary,
              ("label", "figure", "statement")),
    ChartSpec("fujian_firsts", "china", firsts_data, firsts_figure, firsts_summary, ("claim", "label", "category")),
    ChartSpec("vn_targets_2023", "vietnam", vn_targets_data, targets_figure, targets_summary,
              ("label", "count", "total", "share_reported", "share_computed", "gap", "statement"),
              facts=("vn_targets_total", "vn_targets_achieved_share", "vn_targets_likely_share", "vn_targets_at_risk_share")),
    ChartSpec("vn_tasks_2023", "vietnam", vn_tasks_data, tasks_figure, tasks_summary,
              ("label", "count", "total", "share_reported", "share_computed", "statement"), facts=("vn_tasks_total", "vn_tasks_done_share")),
    ChartSpec("vn_rankings", "vietnam", vn_rankings_data, charts.rankings_figure, rankings_summary,
              ("series", "year", "value", "unit", "derived", "statement")),
    ChartSpec("vn_digital_economy_growth", "vietnam", vn_growth_data, charts.growth_figure, growth_summary,
              ("series", "period", "value", "unit", "qualifier", "table_note", "statement"),
              facts=("vn_digital_economy_growth_vs_gdp", "vn_digital_economy_growth_annual_vs_gdp")),
    ChartSpec("vn_red_tape_2023", "vietnam", vn_redtape_data, redtape_figure, redtape_summary,
              ("figure", "label", "note", "statement"), facts=("vn_procedures_simplified_a",)),
    ChartSpec("vn_other_claims", "vietnam", vn_claims_data, vn_claims_figure, vn_claims_summary,
              # no bare value column: 10 is the size of the "1 ใน 10" list, not a figure of Vietnam's
              ("figure", "label", "period", "statement")),
    ChartSpec("vn_plan_2024", "vietnam", vn_plan2024_data, plan2024_figure, plan2024_summary, ("label", "value", "statement")),
    ChartSpec("compare_growth", "compare", compare_growth_data, compare_growth_figure, compare_growth_summary,
              ("label", "value", "qualifier", "unit", "scope_label", "source", "statement")),
    ChartSpec("compare_share", "compare", compare_share_data, compare_share_figure, compare_share_summary,
              ("label", "value", "qualifier", "unit", "scope_label", "source", "statement")),
    ChartSpec("compare_themes", "compare", theme_matrix_data, charts.theme_matrix_figure, theme_matrix_summary,
              ("theme_label", "country_label", "quote")),
    ChartSpec("compare_keywords", "compare", keywords_compare_data, charts.keywords_compare_figure, keywords_summary,
              ("country", "rank", "term", "count", "per_1000_tokens")),
    ChartSpec("explore", "explore", explore_data, explore_figure, explore_summary,
              # the period, not the year column: an unplotted figure's year is one the text may not give
              ("subject_label", "period", "figure", "status", "source", "statement", "plotted", "not_plotted_because", "quote")),
]


#: charts whose card spans the page: from :data:`~digital_compare.app.layout.WIDE_COLUMN_PX` of card up, a variant
#: laid out for that column is shown instead of the narrowest
WIDE_CHARTS = ("vn_other_claims", "explore")


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
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    title = meta.get("title") or markup_text(fig.layout.title.text)  # as written: rejoined Thai lines gain spaces
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
    """Headline figures per country, each with its scope, year and a change where the text gives one
    (``delta_color`` "off" for a change the dashboard computed, "normal" for one the article states)."""
    rows = []
    for country, facts in KPI_FACTS.items():
        for fact in facts:
            m = _metric(tables, fact)
            value = format_figure(m["value"], m["unit"], m["qualifier"], lang)
            if fact in _KPI_TOTALS:
                total = _metric(tables, _KPI_TOTALS[fact])
                value = f"{format_number(m['value'])} / {format_number(total['value'])}"
            delta, delta_color = None, "normal"
            if fact in _KPI_PREVIOUS:
                prev = _metric(tables, _KPI_PREVIOUS[fact])
                change = m["value"] - prev["value"]
                # a previous value derived from the stated change ("+2 places") gives back the article's own change;
                # two stated figures (28 % and 19 %) give a difference the article never states: ours, said so,
                # and in a neutral colour, not framed as a gain or a loss
                stated_change = prev.get("method") == "derived"
                if m["unit"] == "rank":  # a smaller rank number is a gain of places
                    delta = t("places_delta", lang, change=f"{-change:+g}", year=year_words(prev["year"], lang))
                elif not stated_change and m["unit"] == "%":
                    delta = t("points_delta_computed", lang, change=f"{change:+g}", year=year_words(prev["year"], lang),
                              previous=format_figure(prev["value"], prev["unit"], prev["qualifier"], lang))
                else:
                    delta = t("points_delta" if m["unit"] == "%" else "value_delta", lang, change=f"{change:+g}",
                              year=year_words(prev["year"], lang))
                delta_color = "normal" if stated_change else "off"
            rows.append({
                "country": country, "fact": fact, "label": fact_name(m, lang),
                "value": value, "scope_year": t("kpi_scope_year", lang, scope=fact_scope(m, lang), year=fact_period(m, lang),
                                                source=fact_source(m, lang)),
                "statement": fact_statement(m, lang),
                "delta": delta, "delta_color": delta_color, "mention_id": m["mention_id"], "article_id": m["article_id"],
            })
    return rows


# ---- Tables in the reader's language -------------------------------------------------

#: columns whose cells are codes of a vocabulary, and the i18n prefix that names each code
VOCABULARY_COLUMNS = {
    "kind": "kind", "status": "status", "country": "country", "category": "cat", "theme": "cat", "claim": "claim",
    "severity": "severity", "method": "method", "era": "era", "date_precision": "precision", "group": "group",
    "series": "series", "year_status": "year_status", "attribution": "attribution", "qualifier": "qualifier",
    "year_basis": "year_basis", "language": "language",
    "source": "source", "scope": "scope",
}
#: columns whose names are vocabulary-free codes a reader needs to see beside their Thai name (in /data)
BOOLEAN_COLUMNS = ("inferred", "passed", "derived", "plotted")
#: columns holding an ISO date (or a year alone): a page writes it as a reader does, a CSV file keeps the code
DATE_COLUMNS = ("published", "date")


def column_name(column: str, lang: str, table: str | None = None) -> str:
    """A column's heading in ``lang``: its name in ``table`` (``col_<table>.<column>``: the events' ``title_en``
    is an event's name, the articles' an article's title), else its i18n name (``col_<column>``), else the column."""
    from digital_compare.app.i18n import STRINGS

    for key in ((f"col_{table}.{column}",) if table else ()) + (f"col_{column}", column):
        if key in STRINGS:
            return t(key, lang)
    return column.replace("_", " ")


def column_help(column: str, text: str, lang: str) -> str:
    """A column's help on a Thai page with each of its codes followed by the very words its cells show:
    "actual (ค่าที่เกิดขึ้นจริง)", from the vocabulary :func:`cell_text` names cells with, so help and cells
    cannot drift apart (the help said "actual (จริง)" over cells reading "ค่าที่เกิดขึ้นจริง"). What a code
    means beyond its name goes after the bracket. An English page lists the CSV's codes as they are.

    :Example:

        >>> column_help("status", "actual (จริง) หรือ proposed (ที่เสนอ)", "th")
        'actual (ค่าที่เกิดขึ้นจริง) หรือ proposed (ที่เสนอ)'
    """
    from digital_compare.app.i18n import STRINGS

    prefix = VOCABULARY_COLUMNS.get(column)
    if lang != "th" or prefix is None or not isinstance(text, str):
        return text
    codes = sorted((key[len(prefix) + 1:] for key in STRINGS if key.startswith(f"{prefix}_")), key=len, reverse=True)
    if not codes:
        return text
    named = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, codes)) + r") \([^()]*\)")
    return named.sub(lambda found: f"{found.group(1)} ({label(prefix, found.group(1), lang)})", text)


def cell_text(column: str, value, lang: str):
    """One cell as a reader of ``lang`` reads it: a code named, a flag as yes/no, a missing value empty."""
    from digital_compare.text.labeller import subject_name

    if value is None or (not isinstance(value, (str, list, tuple, dict)) and pd.isna(value)):
        return ""
    if column in BOOLEAN_COLUMNS or isinstance(value, bool):
        return t("yes" if bool(value) else "no", lang)
    if column == "subject" and isinstance(value, str):
        return subject_name(value, lang)
    if column == "indicator" and isinstance(value, str):
        # a curated indicator outside the vocabulary is named by its annotation's label, its code beside
        names = indicator_names(lang)
        named = names.get(value) or names.get(_sole_aliases().get(value, ""))
        if named:
            return named
        curated = _curated_indicator_names(lang).get(value)
        # the name's years in the page's wording (/data puts every row's code beside it, see display_frame)
        return mark_years(curated, lang) if curated else value
    if column == "unit" and isinstance(value, str):
        return format_unit(value, lang) or value
    if column == "term" and isinstance(value, str):
        return glossed_term(value, lang)
    if column == "attribution" and value == "derived":  # in a statement it is followed by the quoted change
        return t("attribution_derived_cell", lang)
    if column in DATE_COLUMNS and isinstance(value, str):
        return day_words(value, lang)
    if column in VOCABULARY_COLUMNS and isinstance(value, str):
        return label(VOCABULARY_COLUMNS[column], value, lang)
    return value


#: columns that hold an article's id: named by outlet, title and date where the articles table is at hand
ARTICLE_ID_COLUMNS = ("article_id", "article")


def _reader_number(value) -> str:
    """A number in a column of text as a reader writes it: 2018 and 48, 2,000,000,000,000 and 43.5 (a year
    beside a fraction was written 2,024); beyond 2**53 a float holds no exact whole number, so it is written
    as approximate (≈1e+19), not to a last digit it does not have; a gap empty."""
    if pd.isna(value):
        return ""
    if float(value).is_integer() and abs(value) < 10_000:
        return str(int(value))
    return format_number(value) if abs(value) < 2**53 else f"≈{value:.3g}"


def display_frame(df: pd.DataFrame, lang: str, columns: list[str] | tuple[str, ...] | None = None,
                  with_codes: bool = False, articles: pd.DataFrame | None = None, table: str | None = None) -> pd.DataFrame:
    """``df`` (or its ``columns``) for a table on the page: headings and coded cells in ``lang``.

    ``with_codes``: each heading keeps its column name beside it ("ประเภท (kind)"), for /data, whose
    CSV and pandas snippet use the names. ``articles``: the articles table; an article id cell then reads
    "<outlet>, “<title>”, <date> (<id>)", the id only beside what a reader can look up. ``table``: the built
    table ``df`` is, for the headings a column has in that table only (:func:`column_name`).
    """
    shown = df[list(columns)] if columns is not None else df

    def cells(column: str):
        values = shown[column]
        if articles is not None and "id" in articles and column in ARTICLE_ID_COLUMNS:
            # one name per article, not per row: a table of figures repeats each id many times
            names = article_sources(articles, values, lang, with_id=True)
            return [names[v] if v in names else cell_text(column, v, lang) for v in values]
        if column in ("label_th", "title_th"):
            # our own Thai names, their years as every other surface writes them ("ภารกิจในแผนงานปี ค.ศ. 2023");
            # a dated sentence's title is the article's own words and keeps its years as written. The column is
            # Thai on the English page too, so it reads there as on the Thai page (not "ปี 2565" beside Year 2023)
            sources = df.loc[shown.index, "source"] if "source" in df else ["annotated"] * len(values)
            return [our_wording(cell_text(column, v, lang), source, "th") for v, source in zip(values, sources)]
        if column == "indicator" and with_codes:
            # on /data every row's name has its code beside it, as the CSV holds it ("plan_2024_…", never
            # "plan_ค.ศ. 2024_…"); some rows with a code and some without read as two kinds of indicator
            return [f"{name} ({v})" if isinstance(v, str) and name != v else name
                    for v, name in ((v, cell_text(column, v, lang)) for v in values)]
        if column == "unit" and "indicator" in df and lang == "en":  # "ฉบับ" of procedures reads "administrative procedures"
            rows = df.loc[shown.index]
            return [fact_unit({"unit": u, "indicator": i, "source": s}, lang) or cell_text(column, u, lang)
                    for u, i, s in zip(values, rows["indicator"], rows["source"] if "source" in rows else ["annotated"] * len(rows))]
        statuses = df.loc[shown.index, "year_status"].fillna("given") if column == "year" and "year_status" in df else None
        if statuses is not None and (statuses != "given").any():
            # a year the text does not give is not shown as if it did: "ไม่ระบุปี", not the 2023 the row is filed under;
            # an unclear one keeps the year read beside its doubt (the CSV keeps both columns as stored)
            return [t("year_status_not_given", lang) if status == "not_given"
                    else f"{int(v)} ({t('year_status_unclear', lang)})" if status == "unclear" and pd.notna(v)
                    else "" if pd.isna(v) else str(int(v))
                    for v, status in zip(values, statuses)]
        if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values) \
                and column not in VOCABULARY_COLUMNS and column not in BOOLEAN_COLUMNS:
            # numbers stay numbers (they sort and align), but on /data a float column is written as a reader
            # writes it, as its gaps already were: 2,000,000,000,000 and 2018, not 2000000000000.0 and 2018.0
            if values.notna().all() and not pd.api.types.is_float_dtype(values):
                return values
            # as the article prints them: 48 and 9, not 48.0 and 9.0; beyond 2**53 a float holds no exact whole
            # number, and Int64 refuses it (a text's 9999999999999999999 broke /analyze's table)
            if values.notna().all() and not with_codes and (values % 1 == 0).all() and (values.abs() < 2**53).all():
                return values.astype("Int64")
            # else text as a reader writes it: 29 beside 43.5, not 29.0; a missing number left empty, not "None"
            return [_reader_number(v) for v in values]
        return [cell_text(column, v, lang) for v in values]

    out = pd.DataFrame({column: cells(column) for column in shown.columns}, index=shown.index)
    if {"check", "detail", "expected", "observed"} <= set(shown.columns):  # the checks table: named and told in lang
        rows = shown.to_dict("records")
        texts = [check_text(row, lang) for row in rows]
        out["check"] = [f"{name} ({row['check']})" if with_codes else name for name, row in zip((n for n, _ in texts), rows)]
        out["detail"] = [detail for _, detail in texts]
        # the detail's template and values are worded into the detail above; the raw file keeps them
        out = out.drop(columns=[c for c in ("detail_template", "detail_values") if c in out])
        out["expected"] = [check_value(v, lang) for v in shown["expected"]]
        out["observed"] = [check_value(v, lang) for v in shown["observed"]]
        if "passed" in shown:  # a note that sets its figure against nothing has not "passed" a comparison
            out["passed"] = [t("check_not_compared", lang) if pd.isna(e) and pd.isna(o) else p
                             for e, o, p in zip(shown["expected"], shown["observed"], out["passed"])]
    names = {c: column_name(c, lang, table) for c in out.columns}
    if with_codes:
        names = {c: (n if n == c else f"{n} ({c})") for c, n in names.items()}
    return out.rename(columns=names)


def download_frame(df: pd.DataFrame, lang: str, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """A raw table (/sources' figures, /analyze's) as a download from a page in ``lang``: on a Thai page every
    heading and coded cell in Thai, as :func:`display_frame` shows them on screen (ประเภท จำนวนเงิน, หน่วย หยวน,
    ใช่/ไม่), numbers left as numbers for a spreadsheet; on an English page the table's own names and codes.

    :Example: a ``kind`` column of ``money`` downloads from a Thai page as ``ประเภท`` of ``จำนวนเงิน``.
    """
    if lang != "th":
        return df
    out = display_frame(df, lang, articles=articles)
    for position, column in enumerate(df.columns):
        values = df[column]
        if (pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)
                and column not in VOCABULARY_COLUMNS and column not in BOOLEAN_COLUMNS):
            out.isetitem(position, values.to_numpy())  # display_frame writes a column with gaps as text
        elif column in DATE_COLUMNS:  # a spreadsheet sorts and reads the ISO code; "11 มิถุนายน ค.ศ. 2024" it cannot
            out.isetitem(position, values.to_numpy())
    return out


def table_tab_frame(df: pd.DataFrame, tables: Tables, lang: str, columns) -> pd.DataFrame:
    """What a chart's Table tab shows and its CSV holds: the plotted ``columns`` named and told in ``lang``, and
    each row's article as "<outlet>, “<title>”, <date>" (never by its id). Raw codes stay on /data."""
    shown = display_frame(df, lang, columns)
    ids = df["article_id"] if "article_id" in df else df["article"] if "article" in df else None
    if ids is not None and ids.notna().any():
        names = article_sources(tables["articles"], ids, lang)
        shown[t("col_article", lang)] = [names.get(i, "") if isinstance(i, str) else "" for i in ids.loc[shown.index]]
    return shown


def check_text(check, lang: str) -> tuple[str, str]:
    """(name, detail) of a checks row in ``lang``: the English detail is the build's; another language words
    the row's ``detail_values`` with its own ``check_detail_<detail_template>``."""
    from digital_compare.app.i18n import STRINGS

    name = check["check"]
    key = f"check_{name}"
    title = t(key, lang) if key in STRINGS else name.replace("_", " ")
    if lang == "en":
        return title, str(check["detail"])
    values = {k: " และ ".join(v) if isinstance(v, list) else v for k, v in json.loads(check["detail_values"]).items()}
    if "unit" in values:
        values["unit"] = format_unit(values["unit"], lang) or values["unit"]
    quote = check.get("quote")
    return title, t(f"check_detail_{check['detail_template']}", lang, **values, quote=quote if isinstance(quote, str) else "")


_CHECK_WORDS_TH = {"UPU figures only": "มีเฉพาะตัวเลขของดัชนีไปรษณีย์ของสหภาพไปรษณีย์สากล (UPU)",
                   "no GII figures": "ไม่มีตัวเลขของดัชนีนวัตกรรมโลก (GII)", "none": "ไม่มี"}


def check_value(value, lang: str) -> str:
    """An expected or observed cell of the checks table in ``lang``: "> 45 %" → "มากกว่า 45 %" / "more than 45 %"."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = str(value)
    for symbol, (th_word, en_word) in (("> ", ("มากกว่า ", "more than ")), ("≈ ", ("ประมาณ ", "about "))):
        if text.startswith(symbol):
            text = (th_word if lang == "th" else en_word) + text[len(symbol):]
    if lang == "th":
        repeated = re.fullmatch(r"rank (\d+) repeated", text)
        if repeated:
            return f"อันดับ {repeated.group(1)} ซ้ำ"
        text = _CHECK_WORDS_TH.get(text, text.replace("share", "สัดส่วน"))  # "0 < share < 100"
    return text
