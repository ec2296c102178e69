"""One claim, one wording: every curated figure keeps its qualifier, scope, period and source on every
surface that shows it (the chart's picture and hover, its summary, its alt text, the deck's notes and
/explore), in Thai and in English; /explore plots one variable per series."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest

from digital_compare.app.i18n import label, t
from digital_compare.app.views import (
    CHARTS,
    EXPLORE_DEFAULT,
    apply_filters,
    chart_alt_text,
    chart_by_id,
    chart_facts,
    explore_frame,
    explore_options,
    fact_statement,
)
from digital_compare.tables.store import TABLE_NAMES, read_table

LANGS = ("th", "en")
QUALIFIER_WORDS = {">": ("มากกว่า", "more than"), "<": ("น้อยกว่า", "less than"), "≈": ("ประมาณ", "about"),
                   "≲": ("เกือบ", "nearly")}
PLACE_WORDS = {"CN-FJ": ("ฝูเจี้ยน", "Fujian"), "VN": ("เวียดนาม", "Vietnam"), "CN": ("จีน", "China")}


@pytest.fixture(scope="module")
def tables():
    return {name: read_table(name, validate=False) for name in TABLE_NAMES}


@pytest.fixture(scope="module")
def curated(tables):
    metrics = tables["metrics"]
    return metrics[metrics["source"] == "annotated"].set_index("fact", drop=False)


def squash(text: str) -> str:
    """Text as a reader sees it, whitespace and line breaks aside: hover text breaks lines anywhere."""
    text = re.sub(r"<br\s*/?>", "", str(text))
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return re.sub(r"\s+", "", text).casefold()  # "Per a Google report" opening a sentence is the same words


def figure_text(fig) -> str:
    """Every string in a figure: titles, annotations, labels, hover text."""
    out = []

    def walk(node):
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, (list, tuple)):
            for value in node:
                walk(value)
        elif hasattr(node, "tolist"):  # hover text arrives as a numpy array
            walk(node.tolist())

    walk(fig.to_plotly_json())
    return "\n".join(out)


def missing_parts(row: pd.Series, text: str, lang: str, symbols_allowed: bool = False) -> list[str]:
    """What of the claim's qualifier, scope, period and source ``text`` does not carry."""
    i = 0 if lang == "th" else 1
    flat = squash(text)
    missing = []
    qualifier = row["qualifier"] if isinstance(row["qualifier"], str) else None
    if qualifier in QUALIFIER_WORDS:
        words = [QUALIFIER_WORDS[qualifier][i]] + ([qualifier] if symbols_allowed else [])
        if not any(squash(w) in flat for w in words):
            missing.append(f"qualifier {qualifier}")
    if squash(PLACE_WORDS[row["subject"]][i]) not in flat:
        missing.append(f"scope {row['subject']}")
    if row["year_status"] == "given":
        year = int(row["year"])
        if str(year) not in flat and not (lang == "th" and str(year + 543) in flat):
            missing.append(f"period {year}")
    elif squash(t(f"year_status_{row['year_status']}", lang)) not in flat:
        missing.append(f"period {row['year_status']}")
    sources = [t(f"attribution_{row['attribution']}", lang)]
    if row["attribution"] == "mic_proposal" and squash(t("status_proposed", lang)) in flat:
        sources.append(t("attribution_mic_proposal_by", lang))  # "the proposed … theme … by the ministry": proposed once
    if not any(squash(source) in flat for source in sources):
        missing.append(f"source {row['attribution']}")
    return missing


@pytest.fixture(scope="module")
def built(tables):
    return {(spec.id, lang): spec.build(tables, lang) for spec in CHARTS for lang in LANGS}


@pytest.fixture(scope="module")
def deck_notes(tables):
    from digital_compare.outputs.deck import deck_chart_ids, deck_notes

    return {(chart_id, lang): notes for lang in LANGS
            for chart_id, notes in deck_notes(tables, lang, deck_chart_ids()).items()}


STORY_CHARTS = [spec.id for spec in CHARTS if spec.page in ("china", "vietnam", "compare")]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chart_id", STORY_CHARTS)
def test_every_curated_fact_keeps_its_claim_on_every_surface(built, deck_notes, curated, chart_id, lang):
    df, fig, summary = built[(chart_id, lang)]
    facts = chart_facts(chart_by_id(chart_id), df)
    surfaces = {"figure": figure_text(fig), "summary": summary, "alt text": chart_alt_text(fig, summary),
                "deck notes": deck_notes.get((chart_id, lang), "")}
    lost = {}
    for fact in facts:
        row = curated.loc[fact]
        for surface, text in surfaces.items():
            # the picture may write a qualifier as its sign ("> 45 %"); prose says it in words
            missing = missing_parts(row, text, lang, symbols_allowed=surface == "figure")
            if missing:
                lost[(fact, surface)] = missing
    assert not lost, lost


def test_the_story_charts_state_every_curated_figure_shown_on_them(built):
    """The test above is only as good as the facts each chart declares: the growth chart, for one, states
    the two GDP multiples beyond its bars, and the other-claims chart the UPU rank of an unclear year."""
    stated = {chart_id: set(chart_facts(chart_by_id(chart_id), built[(chart_id, "en")][0])) for chart_id in STORY_CHARTS}
    assert {"vn_digital_economy_growth_vs_gdp", "vn_digital_economy_growth_annual_vs_gdp",
            "vn_digital_economy_growth_annual"} <= stated["vn_digital_economy_growth"]
    assert "vn_upu_rank_claim" in stated["vn_other_claims"]
    assert {"vn_targets_total", "vn_targets_at_risk"} <= stated["vn_targets_2023"]
    assert "cn_fujian_digital_economy_gdp_share" in stated["compare_share"]
    assert {"vn_procedures_simplified_b", "vn_business_regulations_cut"} <= stated["vn_red_tape_2023"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_statement_says_year_not_given_where_the_text_gives_none(curated, lang):
    about_20 = fact_statement(curated.loc["vn_digital_economy_growth_annual"], lang)
    assert t("year_status_not_given", lang) in about_20 and "2023" not in about_20
    upu = fact_statement(curated.loc["vn_upu_rank_claim"], lang)
    assert t("year_status_unclear", lang) in upu and "2021" not in upu
    plan = fact_statement(curated.loc["vn_2024_key_problems"], lang)
    # the proposal is said once, by the name ("the proposed 2024 theme"), and the ministry named as who made it
    # ("by the Ministry"): not again as "as proposed by the Ministry", nor as a "(proposed)" tag
    assert t("attribution_mic_proposal_by", lang) in plan and f"({t('status_proposed', lang)})" not in plan
    assert plan.lower().count("เสนอ" if lang == "th" else "propos") == 1, plan


def test_growth_bars_do_not_each_carry_the_two_year_multiple(built):
    """"3.5× GDP growth" is said of 2022 and 2023 together; a bar's hover is its own year's claim."""
    df, fig, _ = built[("vn_digital_economy_growth", "en")]
    bar = fig.data[0]
    assert all("3.5" not in str(hover) for hover in bar.hovertext)
    assert "3.5×" in fig.layout.title.subtitle.text


def explore_build(tables, variable: str, lang: str, include_auto: bool = False):
    pool = explore_frame(tables["metrics"])
    part = pool[(pool["variable"] == variable) & (include_auto | (pool["source"] != "auto"))]
    narrowed = apply_filters(tables, (("metrics", "fact", tuple(part["fact"])),))
    return chart_by_id("explore").build(narrowed, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_explore_shows_every_curated_fact_with_its_claim(tables, curated, lang):
    pool = explore_frame(tables["metrics"])
    lost = {}
    for variable in explore_options(tables["metrics"]):
        df, fig, summary = explore_build(tables, variable, lang)
        drawn = figure_text(fig)
        for row in df.itertuples():
            if row.fact not in curated.index:
                continue
            # a drawn point carries its claim in the hover; a figure without a year is listed in the summary
            surface = drawn if row.plotted else summary
            missing = missing_parts(curated.loc[row.fact], surface, lang, symbols_allowed=row.plotted)
            if missing:
                lost[row.fact] = missing
    assert not lost, lost
    shown = {f for v in explore_options(tables["metrics"]) for f in pool[pool["variable"] == v]["fact"]}
    assert set(curated.index) <= shown  # every curated figure is reachable


@pytest.mark.parametrize("lang", LANGS)
def test_explores_latest_is_a_figure_that_happened_not_a_later_target(tables, lang):
    """An added article's 2030 target was named as Vietnam's latest figure on /explore (here, Fujian's)."""
    import pandas as pd

    from digital_compare.app.views import explore_summary

    df, _, _ = explore_build(tables, EXPLORE_DEFAULT, lang)
    actual = df[(df["status"] == "actual") & df["plotted"].astype(bool)].sort_values("year").iloc[-1]
    target = actual.copy()
    target["year"], target["status"], target["statement"], target["fact"] = 2030, "target", "A TARGET FOR 2030", "auto:t:1"
    summary = explore_summary(pd.concat([df, target.to_frame().T], ignore_index=True), lang)
    latest = summary.split(t("explore_latest", lang, latest="\0").split("\0")[0], 1)[1]
    assert actual["statement"] in latest and "A TARGET FOR 2030" not in latest
    # and it is called so: "Latest:" read as the chart's newest point, a forecast drawn after it
    assert label("status", "actual", lang) in t("explore_latest", lang, latest="")


def test_explore_series_are_single_variables(tables):
    """Parts never join their whole: the 62, 18, 27 and 17 targets are four variables; the 2023 plan's
    tasks and the proposed 2024 theme's tasks are not one series."""
    pool = explore_frame(tables["metrics"]).set_index("fact")
    variables = {fact: pool.loc[fact, "variable"] for fact in
                 ("vn_targets_total", "vn_targets_achieved", "vn_targets_likely", "vn_targets_at_risk",
                  "vn_tasks_total", "vn_tasks_done", "vn_2024_infrastructure_tasks", "vn_2024_digital_economy_tasks")}
    assert len(set(variables.values())) == len(variables), variables
    # a rename of one quantity joins the vocabulary's: the curated share of GDP is the labeller's share of GDP
    assert pool.loc["cn_fujian_digital_economy_gdp_share", "variable"] == EXPLORE_DEFAULT


@pytest.mark.parametrize("fact, reason", [
    ("vn_digital_economy_growth_annual", "explore_year_not_given"),
    ("vn_digital_economy_growth_vs_gdp", "explore_year_not_given"),
    ("vn_upu_rank_claim", "explore_year_unclear"),
    ("vn_procedures_simplified_a", "explore_two_figures"),
    ("vn_procedures_simplified_b", "explore_two_figures"),
])
def test_explore_lists_without_plotting_what_has_no_single_dated_value(tables, fact, reason):
    variable = explore_frame(tables["metrics"]).set_index("fact").loc[fact, "variable"]
    df, fig, summary = explore_build(tables, variable, "en")
    row = df.set_index("fact").loc[fact]
    assert not row["plotted"] and row["not_plotted_because"] == t(reason, "en")
    plotted_x = [x for trace in fig.data for x in (trace.x if trace.x is not None else ())]
    assert len(plotted_x) == 0 or int(row["year"]) not in plotted_x or df["plotted"].sum() > 0
    assert row["statement"] in summary


def test_explore_default_view_is_share_of_gdp_and_hides_unreviewed_labels(tables):
    df, fig, summary = chart_by_id("explore").build(tables, "en")
    assert set(df["variable"]) == {EXPLORE_DEFAULT}
    assert (df["source"] != "auto").all()
    assert "more than 45 %" in summary and "Fujian" in summary
    # a proposal is never drawn as a dated actual
    df, fig, _ = explore_build(tables, "plan_2024_key_problems", "en")
    assert list(df["status"]) == ["proposed"]
    assert all(symbol == "circle-open" for trace in fig.data if trace.mode == "markers" for symbol in trace.marker.symbol)


def test_explore_with_an_added_article_keeps_variables_apart(tables):
    """An automatic label of the labeller's `part` (when the column exists) joins its curated part, and
    an automatic label without one stays its own variable, never the whole's."""
    metrics = tables["metrics"]
    auto = metrics[metrics["fact"] == "vn_targets_achieved"].assign(
        fact="auto:x:1", source="auto", indicator="targets", article_id="005_x", subject="TH", country="TH")
    unlabelled = auto.assign(fact="auto:x:2")
    with_parts = pd.concat([metrics.assign(part=None), auto.assign(part="achieved"), unlabelled.assign(part=None)])
    pool = explore_frame(with_parts).set_index("fact")
    assert pool.loc["auto:x:1", "variable"] == pool.loc["vn_targets_achieved", "variable"] == "targets.achieved"
    assert pool.loc["auto:x:2", "variable"] == "targets"
    assert "targets" not in explore_options(with_parts)  # unreviewed: only when asked
    assert "targets" in explore_options(with_parts, include_auto=True)


@pytest.mark.parametrize("fact, lang, says, never", [
    # computed from "up 2 places vs 2022", not WIPO's figure
    ("vn_gii_rank_previous", "th", "คำนวณจาก “เพิ่มขึ้น 2 อันดับเมื่อเทียบกับปี 2565”", "WIPO"),
    ("vn_gii_rank_previous", "en", "derived from “up 2 places vs 2022”", "WIPO"),
    ("vn_upu_level_previous", "th", "คำนวณจาก “เพิ่มขึ้น 1 ระดับเมื่อเทียบกับการประเมินครั้งก่อนในปี 2564”", "ตามการจัดอันดับ"),
    ("vn_upu_level_previous", "en", "derived from “up 1 level", "per the Universal Postal Union"),
    # "2 ปีซ้อน": the claim is over 2022 and 2023, not of 2023
    ("vn_app_downloads_top", "th", "ปี ค.ศ. 2022–2023", "· ปี ค.ศ. 2023 ·"),
    ("vn_app_downloads_top", "en", "one of the top 10 countries — Vietnam · 2022–2023", "· 2023 ·"),
    ("vn_digital_economy_fastest_sea_years", "th", "ปี ค.ศ. 2022–2023", "· ปี ค.ศ. 2023 ·"),
    ("vn_digital_economy_fastest_sea_years", "en", "· 2022–2023 · per a Google report", "· 2023 ·"),
    # "ใน 50 ประเทศแรก…นับตั้งแต่ปี 2561", said of the 2566 ranking: from 2018 to 2023, not a claim about 2018
    ("vn_gii_top50_since", "th", "ตั้งแต่ปี ค.ศ. 2018 — เวียดนาม · ปี ค.ศ. 2018–2023 ·", "· ปี ค.ศ. 2018 ·"),
    ("vn_gii_top50_since", "en", "since 2018 — Vietnam · 2018–2023 ·", "· 2018 ·"),
    # the Ministry's 2566 assessment of the programme's and strategy's 62 targets: 2023 is the assessment's
    # year, not the targets'; the 2023 plan's 126 tasks are of 2023
    ("vn_targets_total", "th", "62 เป้าหมาย — เวียดนาม · ณ การประเมินปี ค.ศ. 2023 ·", "· ปี ค.ศ. 2023 ·"),
    ("vn_targets_total", "en", "62 targets — Vietnam · at the 2023 assessment ·", "· 2023 ·"),
    ("vn_targets_achieved", "th", "18 เป้าหมาย — เวียดนาม · ณ การประเมินปี ค.ศ. 2023 ·", "· ปี ค.ศ. 2023 ·"),
    ("vn_targets_likely_share", "en", "43.5 % — Vietnam · at the 2023 assessment ·", "· 2023 ·"),
    ("vn_targets_at_risk", "en", "17 targets — Vietnam · at the 2023 assessment ·", "· 2023 ·"),
    ("vn_targets_at_risk_share", "th", "27.5 % — เวียดนาม · ณ การประเมินปี ค.ศ. 2023 ·", "· ปี ค.ศ. 2023 ·"),
    # the 2023 plan's 126 tasks ("แผนงานปี พ.ศ. 2566"): the Christian year, named as such
    ("vn_tasks_total", "th", "126 ภารกิจ — เวียดนาม · ปี ค.ศ. 2023 ·", "ณ การประเมินปี"),
    ("vn_tasks_done", "en", "102 tasks — Vietnam · 2023 ·", "at the 2023 assessment"),
    # "ภายในสิ้นปี พ.ศ. 2566": totals reached by the end of 2023, not said to be the cuts of 2023 alone
    ("vn_business_regulations_cut", "th", "เกือบ 2,500 ฉบับ — เวียดนาม · ภายในสิ้นปี ค.ศ. 2023 ·", "· ปี ค.ศ. 2023 ·"),
    ("vn_business_regulations_cut", "en", "nearly 2,500 business regulations — Vietnam · by the end of 2023 ·", "· 2023 ·"),
    ("vn_procedures_simplified_a", "th", "· ภายในสิ้นปี ค.ศ. 2023 ·", "· ปี ค.ศ. 2023 ·"),
    ("vn_procedures_simplified_b", "en", "· by the end of 2023 ·", "· 2023 ·"),
])
def test_a_statement_keeps_how_the_text_gives_the_figure(tables, fact, lang, says, never):
    from digital_compare.app.views import _metric, fact_statement

    statement = fact_statement(_metric(tables, fact), lang)
    assert says in statement and never not in statement


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fact, reason", [("vn_app_downloads_top", "explore_membership"),
                                          ("vn_gii_top50_since", "explore_membership"),
                                          ("vn_digital_economy_fastest_sea_years", "explore_streak"),
                                          ("vn_gii_rank", None)])
def test_explore_lists_top_list_membership_and_streaks_and_draws_derived_ranks_hollow_on_a_reversed_axis(
        tables, lang, fact, reason):
    variable = explore_frame(tables["metrics"]).set_index("fact").loc[fact, "variable"]
    df, fig, summary = explore_build(tables, variable, lang)
    assert bool(df["plotted"].any()) == (reason is None)
    subtitle = fig.layout.title.subtitle.text
    unit_line = t("explore_subtitle", lang, unit="", legend="").split(":")[0]  # "หน่วย" / "Unit"
    if reason:  # listed under the chart with its wording, period and source, never a point at 10, 2018 or 2
        row = df.set_index("fact").loc[fact]
        assert row["not_plotted_because"] == t(reason, lang)
        assert t("explore_not_plotted_item", lang, statement=row["statement"], reason=t(reason, lang)) in summary
        assert not any(len(trace.x or ()) for trace in fig.data)
        # no unit to read a membership or a streak in: no "หน่วย: อันดับแรก", no value axis name
        assert unit_line not in subtitle and not fig.layout.yaxis.title.text
        return
    assert f"{unit_line}:" in subtitle
    points = next(trace for trace in fig.data if trace.mode == "markers" and trace.showlegend is False)
    symbols = dict(zip(points.x, points.marker.symbol))
    assert symbols == {2022: "circle-open", 2023: "circle"}  # 48 is computed, 46 is WIPO's
    assert fig.layout.yaxis.autorange == "reversed"
    assert squash(t("explore_rank_note", lang)) in squash(fig.layout.title.subtitle.text)


@pytest.mark.parametrize("lang, derived, actual", [("th", "คำนวณจากส่วนต่าง", "ค่าที่เกิดขึ้นจริง"),
                                                   ("en", "derived from the stated change", "actual")])
@pytest.mark.parametrize("fact, computed", [("vn_gii_rank_previous", "vn_gii_rank"),
                                            ("vn_upu_level_previous", "vn_upu_level")])
def test_explore_table_and_hover_mark_a_point_computed_from_a_stated_change(tables, lang, derived, actual, fact, computed):
    """48 (2022) from "+2 places" and 5/10 (2021) from "+1 level": the table (and so its CSV) and the hover
    say derived, never "actual"; the article's own 46 and 6/10 stay actual."""
    from digital_compare.app.views import display_frame

    variable = explore_frame(tables["metrics"]).set_index("fact").loc[fact, "variable"]
    spec = chart_by_id("explore")
    df, fig, _ = explore_build(tables, variable, lang)
    shown = display_frame(df, lang, spec.columns)
    status = dict(zip(df["fact"], shown[t("col_status", lang)]))
    assert status[fact] == derived and status[computed] == actual
    # the Table tab's CSV download is the table shown: the computed point's status says derived there too
    from digital_compare.app.views import table_tab_frame
    from digital_compare.csv_safe import dataframe_to_safe_csv

    csv = pd.read_csv(__import__("io").BytesIO(dataframe_to_safe_csv(table_tab_frame(df, tables, lang, spec.columns))))
    csv_status = dict(zip(df["fact"], csv[t("col_status", lang)]))
    assert csv_status[fact] == derived and csv_status[computed] == actual
    hover = {x: h for trace in fig.data if trace.hovertext is not None for x, h in zip(trace.x, trace.hovertext)}
    year = int(df.set_index("fact").loc[fact, "year"])
    # the hover says derived once, with the change it comes from (the statement's source), never "actual"
    assert f"· {t('attribution_derived', lang)} “" in hover[year] and f"· {actual}<br>" not in hover[year]
    assert derived not in hover[year]


@pytest.mark.parametrize("lang", LANGS)
def test_explore_growth_says_a_province_sits_beside_a_nation(tables, lang):
    _, fig, summary = explore_build(tables, "digital_economy_growth", lang)
    caveat = squash("เป็นมณฑล" if lang == "th" else "is a province")
    assert caveat in squash(summary) and caveat in squash(fig.layout.title.subtitle.text)


@pytest.mark.parametrize("lang", LANGS)
def test_deck_notes_gloss_keywords_in_english_only(deck_notes, lang):
    keywords = deck_notes[("compare_keywords", lang)]
    glosses = keywords.count("\n  EN: ")
    assert glosses == (keywords.count("\n• “") if lang == "en" else 0)
    themes = deck_notes[("compare_themes", lang)]
    assert f"“{t('no_evidence', lang)}”" not in themes  # the dashboard's note, not a quote


@pytest.mark.parametrize("check, says, never", [
    ("vn_growth_mean_vs_about_20", "บทความไม่ได้บอกว่าเป็นค่าเฉลี่ย จึงไม่นำไปเทียบกับค่าเฉลี่ยของ 28 % และ 19 %", "ไม่ใช่ค่าเฉลี่ย"),
    # the arithmetic the English gives, not "expected 29.03 · observed 29"
    ("targets_achieved_share", "18/62 = 29.03 % · บทความรายงาน 29 % (ต่างกัน 0.03 จุด เกณฑ์ 0.5)", "ค่าที่คาด"),
    ("tasks_completed_share", "102/126 = 80.95 % · บทความรายงาน 81 %", "ค่าที่พบ"),
    ("targets_sum_to_total", "18 + 27 + 17 = 62 ตรงกับ 62 เป้าหมายที่บทความระบุ", "ค่าที่คาด"),
    ("target_shares_sum_to_100", "ร้อยละที่บทความรายงานรวมกันได้ 100 %", "ค่าที่คาด"),
    ("fujian_size_vs_gdp_share", "มากกว่า 45 %", "4.44"),
])
def test_thai_checks_say_what_the_english_says(tables, check, says, never):
    from digital_compare.app.views import check_text

    row = tables["checks"].set_index("check").loc[check].to_dict() | {"check": check}
    _, detail = check_text(row, "th")
    assert says in detail and never not in detail
    assert "implies a provincial GDP" not in check_text(row, "en")[1]


def test_thai_check_details_carry_every_figure_of_the_english(tables):
    """Each figure of the build's English detail is in the Thai detail (the UPU one quotes the sentence instead)."""
    from digital_compare.app.views import check_text

    for row in tables["checks"].to_dict("records"):
        if row["check"] == "upu_sentence_repeats_gii":
            continue
        english, thai = check_text(row, "en")[1], check_text(row, "th")[1]
        figures = set(re.findall(r"\d[\d,.]*\d|\d", english))
        assert figures and {f for f in figures if f not in thai} == set(), (row["check"], thai)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_check_that_compares_nothing_is_not_shown_as_passed(tables, lang):
    from digital_compare.app.views import column_name, display_frame

    shown = display_frame(tables["checks"], lang).set_index(tables["checks"]["check"])
    row = shown.loc["vn_growth_mean_vs_about_20"]
    assert row[column_name("passed", lang)] == t("check_not_compared", lang)
    assert row[column_name("expected", lang)] == row[column_name("observed", lang)] == ""
    assert shown.loc["targets_achieved_share", column_name("passed", lang)] == t("yes", lang)


THAI_LETTERS = re.compile(r"[\u0e00-\u0e7f]")


def _units_of(tables) -> list[str]:
    return sorted({u for u in tables["metrics"]["unit"].dropna() if isinstance(u, str) and u})


@pytest.mark.parametrize("unit", _units_of({"metrics": read_table("metrics", validate=False)}))
def test_every_unit_is_named_in_english_on_english_pages(tables, unit):
    """/explore's unit box, subtitle and axis, and each statement, name the unit: on an English page a Thai
    classifier ("ปี", "ภารกิจ") is translated, the Thai kept at most in brackets beside the English."""
    from digital_compare.app.formatting import format_figure, format_unit

    for shown in (format_unit(unit, "en"), format_figure(2.0, unit, None, "en")):
        outside_brackets = re.sub(r"\([^)]*\)", "", shown)
        assert not THAI_LETTERS.search(outside_brackets), f"{unit!r} shown as {shown!r} on an English page"


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_thai_table_descriptions_name_columns_in_thai(tables, table):
    """/data's Thai description names a column as the Thai page's heading does, its code only in brackets beside
    that name ("วิธีได้ค่า (method)"); no bare code such as ``content_chars`` or ``not_given`` between Thai words."""
    from digital_compare.app.views import column_name
    from digital_compare.tables.store import step_meta_template

    text = " ".join(str(step_meta_template(table).get("description_th", "")).split())
    assert text, f"{table} has no Thai description"
    for column in tables[table].columns:
        for found in re.finditer(rf"(?<![\w/.(]){re.escape(column)}(?![\w/.])", text):
            raise AssertionError(f"{table}: bare column code {column!r} at «{text[max(0, found.start() - 30):found.end() + 10]}»")
        for found in re.finditer(rf"\({re.escape(column)}\)", text):
            thai = column_name(column, "th").split(" (")[0]
            before = text[max(0, found.start() - len(thai) - 12):found.start()]
            assert thai in before, f"{table}: ({column}) without its Thai name «{thai}» before it: «{before}»"
    bare_codes = [w for w in re.findall(r"(?<![\w/.(])[a-z]+_[a-z_0-9]+(?![\w/.])", text)]
    assert bare_codes == [], f"{table}: codes outside brackets {bare_codes}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("table", [name for name in TABLE_NAMES if name != "articles"])
def test_data_names_an_article_by_outlet_title_and_date_never_by_its_id_alone(tables, table, lang):
    """/data's article cells: "<outlet>, “<title>”, <date> (<id>)", as the charts' source lines cite it."""
    from digital_compare.app.views import ARTICLE_ID_COLUMNS, article_source, display_frame

    columns = [c for c in ARTICLE_ID_COLUMNS if c in tables[table].columns]
    if not columns:
        pytest.skip(f"{table} names no article")
    shown = display_frame(tables[table], lang, with_codes=True, articles=tables["articles"])
    by_id = tables["articles"].set_index("id")
    for column in columns:
        heading = next(h for h in shown.columns if h.endswith(f"({column})"))
        for raw, cell in zip(tables[table][column], shown[heading]):
            assert cell == f"{article_source(by_id.loc[raw], lang)} ({raw})", cell
            assert cell != raw


def _article_text(article_id: str) -> str:
    from digital_compare.paths import ARTICLES_DIR
    from digital_compare.text.decode import read_article_path

    return read_article_path(ARTICLES_DIR / f"{article_id}.txt")


@pytest.mark.parametrize("lang", ["th"])
@pytest.mark.parametrize("key", ["upu_rank_note", "upu_rank_note_short"])
def test_thai_words_in_quotation_marks_are_the_articles_words(tables, key, lang):
    """A Thai note that puts the article's words in “…” quotes them as written: the UPU note quoted
    “50 ประเทศแรกตั้งแต่ปี 2561”, dropping อย่างต่อเนื่อง ("continuously") from «ใน 50 ประเทศแรกอย่างต่อเนื่องตั้งแต่ปี 2561»."""
    from digital_compare.app.views import story_figures

    note = t(key, lang, **story_figures(tables, lang))
    quoted = [q for q in re.findall(r"“([^”]+)”", note) if THAI_LETTERS.search(q)]
    article = _article_text("004_448656d886171038")
    assert [q for q in quoted if q not in article] == []


@pytest.mark.parametrize("quote, size", [("ใน 50 ประเทศแรกได้อย่างต่อเนื่องนับตั้งแต่ปี 2561", "50"),
                                         ("ใน 100 ประเทศแรก", "100"), ("ติดอันดับ 1,000 แห่งแรก", "1,000")])
def test_the_upu_check_reads_the_top_lists_size_from_its_quote(quote, size):
    from digital_compare.tables.steps.checks import top_list_size

    assert top_list_size(quote) == size


def test_the_upu_check_detail_names_only_the_tables_figures(tables):
    from digital_compare.tables.steps.checks import top_list_size

    """The build's English detail of the UPU check: its rank, list size and years come from the rows
    (it typed "top 50" and "the 2023 index")."""
    checks = tables["checks"]
    detail = checks[checks["check"] == "upu_sentence_repeats_gii"]["detail"].iloc[0]
    metrics = tables["metrics"].set_index("fact")
    stated = {str(int(metrics.loc[f, c])) for f, c in [("vn_gii_rank", "value"), ("vn_gii_top50_since", "value"),
                                                         ("vn_upu_level", "year")]}
    stated.add(top_list_size(metrics.loc["vn_gii_top50_since", "quote"]))  # the list's size, as its quote writes it
    assert set(re.findall(r"\d+", detail)) <= stated


@pytest.mark.parametrize("event, lang, says", [
    # the theme is two things: universal digital infrastructure AND digital applications; and it was proposed
    # dated as the meeting that heard the proposal: the year the theme is for stays in the title
    ("vn_2024_theme", "th", ["กระทรวงสารสนเทศและการสื่อสารเสนอ", "สำหรับปี ค.ศ. 2024", "โครงสร้างพื้นฐานดิจิทัล", "แอปพลิเคชันดิจิทัล"]),
    ("vn_2024_theme", "en", ["Ministry of Information and Communications proposes", "for 2024", "infrastructure", "applications"]),
    ("vn_red_tape_cut_2023", "th", ["เกือบ", "ลดและปรับลด", "ภายในสิ้นปี"]),
    ("vn_red_tape_cut_2023", "en", ["Nearly", "cut and simplified", "by end-"]),
    ("cn_digital_china_summit_3", "th", ["อีกครั้ง"]),
    ("cn_digital_china_summit_3", "en", ["again"]),
])
def test_event_titles_keep_what_the_thai_says(tables, event, lang, says):
    events = tables["events"]
    rows = events[events["event"] == event]
    assert len(rows) == 1, f"{event} not in the events table"
    title = rows.iloc[0]["title_en" if lang == "en" else "title_th"]
    assert [word for word in says if word not in title] == [], title


# ---- a fresh Thai reading (reader4): wordings that said more, or other, than the Thai ----------------

@pytest.mark.parametrize("table, key_column, key, column, says, never", [
    # สร้างฐานข้อมูลที่ “ถูกต้อง เพียงพอ สะอาด และใช้งานได้จริง”: usable in practice, not the Vietnamese slogan's "live"
    ("themes", "quote", "ใช้งานได้จริง", "gloss_en", "truly usable", "and live"),
    # เป็นผู้นำในการส่งเสริมการใช้หนังสือรับรองฉบับอิเล็กทรอนิกส์: led in promoting their use; and no more than the
    # quote (the ID number and the credit code are in the clause after it, which the quote does not hold)
    ("firsts", "first", "electronic_certificates", "label_en", "Led in promoting the use of electronic certificates",
     "credit code"),
])
def test_glosses_say_what_the_thai_says(tables, table, key_column, key, column, says, never):
    rows = tables[table]
    rows = rows[rows[key_column].astype(str).str.contains(key, regex=False)]
    assert len(rows) == 1, f"no single {table} row for {key}"
    text = rows.iloc[0][column]
    assert says in text and never not in text, text


def test_thai_upu_check_shows_the_claim_without_ruling_it_no_error(tables):
    """The English says the repeated words are "shown as the source's claim, not as an error"; the Thai said
    ไม่ใช่ข้อผิดพลาด ("it is not an error"), a ruling nobody made: it is unproven either way."""
    from digital_compare.app.views import check_text

    row = tables["checks"].set_index("check").loc["upu_sentence_repeats_gii"].to_dict() | {"check": "upu_sentence_repeats_gii"}
    _, detail = check_text(row, "th")
    assert "โดยไม่ถือว่าเป็นข้อผิดพลาด" in detail
    assert "ไม่ใช่ข้อผิดพลาด" not in detail.replace("โดยไม่ถือว่าเป็นข้อผิดพลาด", "")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chart_id, heading", [
    ("compare_keywords", "deck_notes_terms"),  # words the chart counts, not quotes behind figures
    ("fujian_firsts", "deck_notes_quotes"),
    ("vn_targets_2023", "deck_notes_quotes"),
])
def test_deck_notes_name_what_they_list(deck_notes, chart_id, heading, lang):
    notes = deck_notes[(chart_id, lang)]
    assert t(heading, lang) in notes
    # ตัวเลข is "numbers": the Thai heading over a list of words or clauses must not call them numbers
    assert "ข้อความต้นฉบับของตัวเลข" not in notes


def test_thai_rank_labels_on_the_rankings_chart_are_thai(built):
    """“#46” is an English way to write a rank; the Thai overview writes อันดับ 46, so does the chart."""
    _, fig_th, _ = built[("vn_rankings", "th")]
    _, fig_en, _ = built[("vn_rankings", "en")]
    th_labels = [text for trace in fig_th.data for text in (trace.text or ())]
    en_labels = [text for trace in fig_en.data for text in (trace.text or ())]
    assert [label for label in th_labels if "#" in label] == []
    assert any(label.startswith("อันดับ ") for label in th_labels), th_labels
    assert any(label.startswith("#") for label in en_labels), en_labels


@pytest.mark.parametrize("lang, status_word, counted", [("th", "ค่าเป้าหมาย", "เป้าหมาย"), ("en", "target value", "targets")])
def test_explore_names_a_planned_value_apart_from_the_targets_it_counts(tables, lang, status_word, counted):
    """On /explore's targets view the points count เป้าหมาย (targets); "hollow = เป้าหมาย" read as those
    targets. A planned value is ค่าเป้าหมาย."""
    from digital_compare.app.i18n import label

    assert label("status", "target", lang) == status_word != t("group_targets", lang) == counted
    assert status_word in t("explore_legend", lang) and status_word in t("explore_intro", lang)
    assert "กลวง = เป้าหมาย" not in t("explore_legend", lang)
    assert "hollow = target/" not in t("explore_legend", lang)


@pytest.mark.parametrize("lang, written", [("th", "มากกว่า 45 %"), ("en", "more than 45 %")])
def test_explore_writes_a_bound_beside_its_point(built, lang, written):
    """The default view draws Fujian's "มากกว่า 45%" at 45: its label says it is a lower bound."""
    _, fig, _ = built[("explore", lang)]
    labels = [text for trace in fig.data for text in (trace.text or ()) if text]
    assert written in labels, labels


@pytest.mark.parametrize("lang, unit, confidence", [("th", "ครั้งต่อ 1,000 คำ", "ความมั่นใจ"),
                                                    ("en", "per 1,000 words", "confidence")])
def test_hover_numbers_are_named_in_the_pages_language(built, lang, unit, confidence):
    _, keywords, _ = built[("compare_keywords", lang)]
    assert all(unit in trace.hovertemplate and "/ 1,000" not in trace.hovertemplate for trace in keywords.data)
    _, explore, _ = built[("explore", lang)]
    hovers = [h for trace in explore.data for h in (trace.hovertext or ())]
    assert hovers and all(f"({confidence} " in h for h in hovers), hovers


@pytest.mark.parametrize("term, gloss", [
    # "เป็นผู้นำในการ…" (took the lead in) twice and "หน่วยผู้นำ" (leading group) once: no person is meant; "lead" alone
    # reads as the metal, so the pair
    ("ผู้นำ", "lead / leading"),
    # the Vietnam article only ever writes การเปลี่ยนแปลงทางดิจิทัล, counted whole; the bare word is a change
    ("การเปลี่ยนแปลงทางดิจิทัล", "digital transformation"),
    ("การเปลี่ยนแปลง", "change"),
])
def test_keyword_glosses_say_what_the_thai_word_is(term, gloss):
    from digital_compare.app.views import keyword_glosses

    assert keyword_glosses()[term] == gloss


def test_thai_checks_say_a_severity_is_what_a_failure_would_mean():
    """/data's checks: a passed check of severity "error" read «ผ่าน: ใช่ · ระดับ: ผิดพลาด» ("passed; level:
    wrong"). The severity is what a failure would be."""
    from digital_compare.app.i18n import label

    assert "หากไม่ผ่าน" in t("col_severity", "th")
    assert label("severity", "error", "th") == "ข้อผิดพลาด"


@pytest.mark.parametrize("key", ["quota_near_duplicate", "quota_seed_copy"])
@pytest.mark.parametrize("lang, outlet", [("th", "ซีเอ็มจี"), ("en", "CMG")])
def test_a_near_copy_refusal_cites_the_article_it_copies_by_outlet_title_and_date(tables, monkeypatch, lang, outlet, key):
    """The refusal said «ข้อความนี้แทบเหมือนบทความ 000_7c53af49cd1ab984 …»: an article cited by its id alone."""
    from digital_compare.app import ui, ui_add
    from digital_compare.workspace.store import QuotaExceeded

    monkeypatch.setattr(ui, "load_tables", lambda: tables)
    refusal = ui_add.error_message(QuotaExceeded(key, "near-copy", id="000_7c53af49cd1ab984"), lang)
    words = squash(refusal.replace("\\", ""))  # md_escape's backslashes aside
    from digital_compare.app.formatting import day_words

    assert squash(outlet) in words and squash(day_words("2024-06-11", lang)) in words, refusal
    assert words.index(squash(outlet)) < words.index("000_7c53af49cd1ab984"), refusal  # the id only after the name


@pytest.mark.parametrize("key", ["plan2024_subtitle", "procedures_note"])
def test_thai_chart_notes_never_break_a_word_in_two(key):
    """The word list reads บอกว่า ("says that") as บอ + กว่า ("than"): the 2024 theme's subtitle broke
    «บทความไม่ได้บอ|กว่ารับรองแล้ว» on /vietnam. The notes say ระบุว่า, which it reads whole."""
    from digital_compare.app.layout import wrap_words

    text = t(key, "th", vn_plan_year="2024")
    broken = {width: wrap_words(text, width) for width in range(8, 60) if "บอ<br>กว่า" in wrap_words(text, width)}
    assert broken == {} and "บอกว่า" not in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("variable", ["gii_top50_since", "administrative_procedures_simplified"])
def test_explore_with_nothing_to_draw_says_so_instead_of_an_empty_year_axis(tables, lang, variable):
    """Every figure of these is only listed (membership of a top list; two figures of one statement):
    the plot showed a year axis reading 0, 2, 4 and nothing on it."""
    from digital_compare.app.views import explore_data, explore_figure

    metrics = tables["metrics"]
    pool = explore_frame(metrics)
    narrowed = dict(tables, metrics=metrics[metrics.index.isin(pool[pool["variable"] == variable].index)])
    df = explore_data(narrowed, lang)
    assert not df["plotted"].any()
    fig = explore_figure(df, lang, "—")
    assert fig.layout.xaxis.showticklabels is False and fig.layout.yaxis.showticklabels is False
    assert squash(t("explore_none_drawn", lang)) in squash(figure_text(fig))


@pytest.mark.parametrize("lang", LANGS)
def test_explore_draws_a_level_on_its_whole_scale_as_the_vietnam_page_does(tables, lang):
    """UPU's "ระดับ 6/10": /explore's axis stopped near 6, /vietnam's runs to 10."""
    from digital_compare.app.formatting import format_number
    from digital_compare.app.views import explore_data, explore_figure

    metrics = tables["metrics"]
    pool = explore_frame(metrics)
    narrowed = dict(tables, metrics=metrics[metrics.index.isin(pool[pool["variable"] == "postal_index_level"].index)])
    df = explore_data(narrowed, lang)
    scales = {float(unit.lstrip("/")) for unit in df["unit"]}
    assert len(scales) == 1 and df["plotted"].any()
    top = scales.pop()
    fig = explore_figure(df, lang, "—")
    low, high = fig.layout.yaxis.range
    assert low == 0 and top <= high <= top * 1.1
    # named as /vietnam names it: "Unit: of 10" and "Value (of 10)" said no more than the scale
    level = t("axis_level", lang, scale=format_number(top))
    assert fig.layout.yaxis.title.text == level and level in figure_text(fig)


@pytest.mark.parametrize("value, unit, written", [
    (1, "ระดับ", "1 level"),  # "UPU postal index levels gained since 2021: 1 levels" on English /explore
    (2, "อันดับ", "2 places"),
    (1, "ภารกิจ", "1 task"),
    (1, "ฉบับ", "1 item (ฉบับ)"),  # an automatic figure; a curated one names its thing (views.COUNTED_EN)
    (2, "ฉบับ", "2 items (ฉบับ)"),
])
def test_english_units_agree_with_their_number(value, unit, written):
    from digital_compare.app.formatting import format_figure

    assert format_figure(value, unit, None, "en") == written


@pytest.mark.parametrize("term, never", [
    ("Unified social credit code", "credit"),  # the article's bracketed English term, split into four keywords
    ("GDP", "gdp"),  # the acronym as the article writes it
])
def test_keywords_keep_latin_terms_as_the_text_writes_them(tables, term, never):
    terms = set(tables["keywords"]["term"])
    assert term in terms and never not in terms


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chart_id, fact", [
    ("vn_other_claims", "vn_upu_rank_claim"),  # the Table tab gave it 2021: the Thai leaves 2021 or 2023 open
    ("vn_other_claims", "vn_digital_economy_fastest_sea_years"),  # 2023: the claim is of 2022 and 2023
    ("vn_digital_economy_growth", "vn_digital_economy_growth_annual"),  # 2023: "about 20 % a year" has no year
])
def test_table_tabs_give_each_figure_its_period_not_a_bare_year(tables, curated, chart_id, fact, lang):
    from digital_compare.app.views import display_frame, fact_period

    spec = chart_by_id(chart_id)
    df = spec.data(tables, lang)
    shown = display_frame(df, lang, spec.columns)
    row = shown[df["fact"] == fact].iloc[0]
    assert fact_period(curated.loc[fact], lang) in row.astype(str).tolist(), row.to_dict()
    assert t("col_year", lang) not in shown.columns


@pytest.mark.parametrize("lang", LANGS)
def test_explore_table_gives_an_unplotted_figure_its_period_and_why(tables, curated, lang):
    """/explore's Table tab showed ปี (ค.ศ.) 2021 for the UPU rank of an unclear year."""
    from digital_compare.app.views import display_frame, explore_data, fact_period

    metrics = tables["metrics"]
    pool = explore_frame(metrics)
    variable = pool.loc[pool["fact"] == "vn_upu_rank_claim", "variable"].iloc[0]
    narrowed = dict(tables, metrics=metrics[metrics.index.isin(pool[pool["variable"] == variable].index)])
    df = explore_data(narrowed, lang)
    shown = display_frame(df, lang, chart_by_id("explore").columns)
    row = shown[df["fact"] == "vn_upu_rank_claim"].iloc[0].astype(str).tolist()
    assert fact_period(curated.loc["vn_upu_rank_claim"], lang) in row and t("year_status_unclear", lang) in " ".join(row)
    assert t("col_year", lang) not in shown.columns


@pytest.mark.parametrize("lang", LANGS)
def test_explore_value_axis_writes_numbers_in_full(built, lang):
    """/explore's axis read "1k", "2k" (nearly 2,500 regulations): an SI suffix, English on a Thai page."""
    _, fig, _ = built[("explore", lang)]
    assert "s" not in (fig.layout.yaxis.tickformat or "")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chart_id", [spec.id for spec in CHARTS])
def test_a_table_tab_states_each_figure_as_its_chart_does(tables, chart_id, lang):
    """The Table tab dropped what the chart and hover keep: /compare's rows read "45 | %" for «มากกว่า 45%»
    with no source, the 2024 theme's counts lost "proposed". Where the chart's rows carry statements
    (qualifier, scope, period, source), the tab shows each row's."""
    from digital_compare.app.views import display_frame

    spec = chart_by_id(chart_id)
    df = spec.data(tables, lang)
    if "statement" not in df:
        pytest.skip("this chart's rows are no figures with statements (dates, quotes, word counts)")
    shown = display_frame(df, lang, spec.columns)
    # a row the page computes (the tasks not yet done) has no statement of the text's: its label says computed
    assert list(shown[t("col_statement", lang)]) == [s if isinstance(s, str) else "" for s in df["statement"]]


@pytest.mark.parametrize("lang", LANGS)
def test_fujians_table_tab_writes_the_size_in_its_own_scale(tables, lang):
    """The tab read "Size (trillion yuan) | 2000000000000 | yuan": two trillion trillion yuan, and no "more than"."""
    from digital_compare.app.views import display_frame

    spec = chart_by_id("fujian_digital_economy_2020")
    df = spec.data(tables, lang)
    shown = display_frame(df, lang, spec.columns)
    size = df["fact"] == "cn_fujian_digital_economy_size"
    row = shown[size].iloc[0].astype(str).tolist()
    assert df.loc[size, "figure"].iloc[0] in row  # "มากกว่า 2 ล้านล้านหยวน"
    assert not any(re.fullmatch(r"[\d.,e+]+", cell) for cell in row), row


@pytest.mark.parametrize("fact, noun", [("vn_business_regulations_cut", "business regulations"),
                                        ("vn_procedures_simplified_a", "administrative procedures"),
                                        ("vn_procedures_simplified_b", "administrative procedures")])
def test_english_names_what_the_thai_classifier_counts(tables, deck_notes, fact, noun):
    """ฉบับ is the classifier of nearly 2,500 business regulations and 528 and 1,086 administrative procedures:
    English says regulations / procedures on every surface, never "documents", never the Thai classifier."""
    from digital_compare.app.formatting import format_number
    from digital_compare.app.views import _metric, display_frame

    row = _metric(tables, fact)
    variable = explore_frame(tables["metrics"]).set_index("fact").loc[fact, "variable"]
    df, fig, summary = explore_build(tables, variable, "en")
    spec = chart_by_id("explore")
    data_units = display_frame(tables["metrics"][tables["metrics"]["fact"] == fact], "en")[t("col_unit", "en")]
    surfaces = {"statement": fact_statement(row, "en"), "explore subtitle": fig.layout.title.subtitle.text,
                "explore table": display_frame(df, "en", spec.columns).drop(columns=t("col_quote", "en")).to_csv(),
                "explore summary": summary, "data unit": " ".join(data_units),
                "deck notes": re.sub(r"“[^”]*”", "", deck_notes[("vn_red_tape_2023", "en")])}
    for surface, text in surfaces.items():
        flat = re.sub(r"<br>", "", str(text))
        assert "document" not in flat and "ฉบับ" not in flat, (surface, flat)
    assert noun in surfaces["statement"] and noun in surfaces["data unit"]
    assert noun in re.sub(r"\s*<br>\s*", " ", surfaces["explore subtitle"])
    assert f"{format_number(row['value'])} ฉบับ" in fact_statement(row, "th")  # Thai keeps the text's classifier


# ---- /data in both languages (reader6): descriptions, column notes, numbers --------------------------------

@pytest.mark.parametrize("table, phrase", [
    # a folded YAML line puts a space where it breaks: in Thai a space ends a phrase, so no break may split one
    ("targets", "แห่งชาติและยุทธศาสตร์ชาติตามสถานะ"),
    ("metrics", "ค่ามาจากตัวเลขที่สกัดได้ภายในข้อความต้นฉบับ"),
    ("sentences", "ตัวแบ่งประโยคจึงตัดที่ตำแหน่งเหล่านั้นและที่"),
    ("keywords", "วลีในรายชื่อที่ตรวจแล้วนับเป็นคำเดียว"),
])
def test_data_thai_descriptions_keep_phrases_whole(table, phrase):
    from digital_compare.tables.store import read_meta

    assert phrase in read_meta(table)["description_th"]


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_data_thai_notes_say_what_the_english_ones_do(table):
    """The Thai columns list explains every column the English one does (mentions lacked qualifier and
    context_year), and a Thai description names a file by a Thai phrase, not by its path."""
    from digital_compare.tables.store import read_meta

    meta = read_meta(table)
    assert set(meta.get("columns") or {}) <= set(meta.get("columns_th") or {})
    assert not re.search(r"[\w/]+\.ya?ml", str(meta.get("description_th", ""))), meta["description_th"]


def test_data_english_firsts_description_names_the_improved_row(tables):
    from digital_compare.tables.store import read_meta

    assert tables["firsts"]["quote"].str.contains("ปรับปรุง").any()  # the row that is neither a first nor a lead
    assert "improved" in read_meta("firsts")["description"]


@pytest.mark.parametrize("lang", LANGS)
def test_data_year_column_says_when_the_text_gives_no_year(tables, lang):
    """/data showed 2023 for "about 20 % a year" and its multiples, which the text dates nowhere, and 2021 for the
    UPU rank 46, whose year ซึ่ง leaves open: the year column says so, the CSV keeps the stored year and its status."""
    from digital_compare.app.views import column_name, display_frame

    metrics = tables["metrics"]
    shown = display_frame(metrics, lang, with_codes=True)[f"{column_name('year', lang)} (year)"]
    statuses = metrics["year_status"].fillna("given")
    assert (statuses == "not_given").sum() >= 3 and (statuses == "unclear").sum() >= 1
    for cell, status, year in zip(shown, statuses, metrics["year"]):
        expected = {"not_given": t("year_status_not_given", lang),
                    "unclear": f"{int(year)} ({t('year_status_unclear', lang)})"}.get(status, str(int(year)))
        assert cell == expected, (cell, status, year)


@pytest.mark.parametrize("lang", LANGS)
def test_data_writes_float_columns_as_a_reader_does(tables, lang):
    """/data's metrics value column showed 2000000000000.0 and 2018.0 while mentions showed 2,000,000,000,000."""
    from digital_compare.app.views import column_name, display_frame

    heading = f"{column_name('value', lang)} (value)"
    for table in ("metrics", "mentions"):
        cells = set(display_frame(tables[table], lang, with_codes=True)[heading].astype(str))
        assert "2,000,000,000,000" in cells and not {c for c in cells if c.endswith(".0")}, (table, cells)


# ---- Table tabs (reader6 C3) -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_tasks_table_puts_the_computed_remainder_under_the_computed_share_only(tables, lang):
    from digital_compare.app.formatting import format_number
    from digital_compare.app.views import column_name, table_tab_frame

    spec = chart_by_id("vn_tasks_2023")
    df = spec.data(tables, lang)
    shown = table_tab_frame(df, tables, lang, spec.columns)
    done, rest = shown.iloc[0], shown.iloc[1]
    reported, computed = column_name("share_reported", lang), column_name("share_computed", lang)
    assert column_name("share", lang) not in shown.columns
    assert str(done[reported]) == format_number(tables["targets"].set_index("status").loc["completed", "share_reported"])
    assert rest[reported] == "" and float(rest[computed]) == round(100 - float(done[computed]), 2)


@pytest.mark.parametrize("lang", LANGS)
def test_growth_table_note_adds_what_the_statement_does_not(tables, lang):
    """The note repeated the statement word for word; it now carries the two-year multiple the subtitle states."""
    from digital_compare.app.views import column_name, fact_statement, table_tab_frame

    spec = chart_by_id("vn_digital_economy_growth")
    shown = table_tab_frame(spec.data(tables, lang), tables, lang, spec.columns)
    notes, statements = shown[column_name("table_note", lang)], shown[column_name("statement", lang)]
    assert not (notes == statements).any()
    multiple = fact_statement(tables["metrics"].set_index("fact", drop=False).loc["vn_digital_economy_growth_vs_gdp"], lang)
    assert notes.str.contains(multiple, regex=False).sum() == 2  # both yearly rows: it is said of the two years


@pytest.mark.parametrize("lang", LANGS)
def test_firsts_table_heads_the_kind_of_claim_as_a_claim(tables, lang):
    from digital_compare.app.views import table_tab_frame

    spec = chart_by_id("fujian_firsts")
    shown = table_tab_frame(spec.data(tables, lang), tables, lang, spec.columns)
    assert shown.columns[0] == t("col_claim", lang) and t("col_figure", lang) not in shown.columns


@pytest.mark.parametrize("lang, earlier", [("th", "{value}/10 (ปี ค.ศ. {year})"), ("en", "{value} of 10 ({year})")])
def test_rankings_summary_gives_both_postal_levels_out_of_ten(tables, lang, earlier):
    from digital_compare.app.formatting import format_number

    spec = chart_by_id("vn_rankings")
    df, _, summary = spec.build(tables, lang)
    upu = df[df["series"] == "upu"].sort_values("year").iloc[0]
    assert upu["unit"] == "/10"
    assert earlier.format(value=format_number(upu["value"]), year=upu["year"]) in summary


def test_thai_rankings_summary_separates_its_four_claims(tables):
    """The Thai summary ran four claims (GII change, whose 46, whose 48, then UPU) together with no break."""
    spec = chart_by_id("vn_rankings")
    _, _, summary = spec.build(tables, "th")
    parts = [p.strip() for p in summary.split(" · ")]
    assert len(parts) == 5, summary
    assert parts[0].startswith("อันดับดัชนีนวัตกรรมโลก") and parts[2].startswith("ระดับดัชนีไปรษณีย์"), parts
    assert "ส่วนอันดับ" in parts[1] and "ส่วนระดับ" in parts[3], parts


@pytest.mark.parametrize("key, kwargs, absent, present", [
    # a Thai clause never opens with the symbol; the gap stays a computed number
    # and names no cause: 17/62 = 27.42 % does not round to the reported 27.5 %
    ("share_note", {"gap": "0.08"}, ["% ที่", "ปัดเศษ"], ["ร้อยละที่รายงาน", "0.08 จุด"]),
    # grammar terms are no words for a general reader
    # nor a claim the text does not make: two numbers in one phrase, not "the same" procedures
    ("procedures_note", {}, ["กริยา", "กรรม", "เดียวกัน"], ["ในวลีเดียว", "ไม่ควรนำมารวมกัน"]),
    # a statistic the text reports, not a judgement of success
    ("cat_milestone", {}, ["ความสำเร็จ"], ["ตัวเลขสำคัญ"]),
])
def test_thai_notes_read_as_plain_thai(key, kwargs, absent, present):
    text = t(key, "th", **kwargs)
    assert not text.startswith("%")
    assert [w for w in absent if w in text] == [] and [w for w in present if w not in text] == [], text


@pytest.mark.parametrize("lang, never, says", [
    ("th", "กล่าวรวมสองปี", "ไม่ระบุว่าเป็นของปีใด"),
    ("en", "two years together", "which year is not said"),
])
def test_the_growth_multiple_is_not_given_a_reading_the_text_lacks(tables, lang, never, says):
    """«(28% ในปี 2565 และ 19% ในปี 2566) ซึ่งสูงกว่า … 3.5 เท่า»: ซึ่ง may tie the 3.5× to either year or to the
    growth the sentence is about; the chart said it was "said of the two years together"."""
    df, fig, summary = chart_by_id("vn_digital_economy_growth").build(tables, lang)
    surfaces = [squash(s) for s in (summary, fig.layout.title.subtitle.text, *df["table_note"].dropna())]
    assert [s for s in surfaces if squash(never) in s] == []
    assert squash(says) in surfaces[0] and squash(says) in surfaces[1], surfaces[:2]


def test_the_targets_summary_gap_is_computed_not_typed(tables):
    df, _, summary = chart_by_id("vn_targets_2023").build(tables, "th")
    from digital_compare.app.formatting import format_number

    assert f"ร้อยละที่รายงานกับที่คำนวณต่างกันไม่เกิน {format_number(float(df['gap'].max()))} จุด" in summary


@pytest.mark.parametrize("lang, says, never", [
    ("th", ["ครั้งที่ 3", "ตรงกับ"], ["โอกาส", "ปีนั้น"]),
    ("en", ["3rd Digital China Summit", "coinciding"], ["occasion", "that year"]),
])
def test_the_anniversary_names_the_summit_it_coincides_with(tables, lang, says, never):
    """The 20th anniversary of Digital Fujian and the 3rd Digital China Summit: the same 12 October 2020."""
    events = tables["events"].set_index("event")
    title = events.loc["cn_digital_fujian_20th_anniversary", "title_th" if lang == "th" else "title_en"]
    summit = events.loc["cn_digital_china_summit_3"]
    assert str(summit["date"]).startswith("2020") and "ครั้งที่ 3" in summit["title_th"]
    assert [w for w in says if w not in title] == [] and [w for w in never if w in title] == [], title


@pytest.mark.parametrize("lang, caveat_opens", [("th", "ข้อควรระวัง: ฝูเจี้ยนเป็นมณฑล ส่วนเวียดนามเป็นทั้งประเทศ"),
                                                ("en", "Caveat: Fujian is a province and Vietnam a nation")])
def test_explore_scope_caveat_names_places_as_compare_does(tables, lang, caveat_opens):
    """«มณฑลฝูเจี้ยน (CN-FJ) เป็นมณฑล» read oddly in prose: the name alone, as /compare's caveat says it."""
    from digital_compare.app.views import explore_data, explore_scope_caveat

    metrics = tables["metrics"]
    pool = explore_frame(metrics)
    narrowed = dict(tables, metrics=metrics[metrics.index.isin(pool[pool["variable"] == "digital_economy_growth"].index)])
    caveat = explore_scope_caveat(explore_data(narrowed, lang), lang)
    assert caveat.startswith(caveat_opens) and "CN-FJ" not in caveat and "มณฑลฝูเจี้ยน" not in caveat, caveat


@pytest.mark.parametrize("lang, noun, derived", [("th", "ตัวแปร", "คำนวณจากส่วนต่างที่บทความระบุ"),
                                                 ("en", "variable", "derived from a stated change")])
def test_explore_names_itself_and_its_hollow_points_one_way(lang, noun, derived):
    """The sidebar said «สำรวจตัวชี้วัด» over a page titled «สำรวจตัวแปร…»; the intro's hollow points lacked the
    'computed from a stated change' the legend gives."""
    assert noun in t("nav_explore", lang).lower() and noun in t("explore_title", lang).lower()
    assert derived in t("explore_legend", lang) and derived in t("explore_intro", lang)


@pytest.mark.parametrize("lang", LANGS)
def test_theme_evidence_is_one_quote_each_glossed_on_english_pages(tables, lang):
    """/compare?lang=en showed the themes' Thai quotes with no English, and two Vietnamese quotes joined by " | "
    in one cell and hover: each quote is its own “…”, followed on English pages by its own gloss."""
    from digital_compare.app.formatting import quoted
    from digital_compare.app.views import display_frame, shown_quote

    spec = chart_by_id("compare_themes")
    df, fig, _ = spec.build(tables, lang)
    shown = display_frame(df, lang, spec.columns)
    cells = dict(zip(zip(df["theme"], df["country"]), shown[t("col_quote", lang)]))
    hovers = dict(zip(zip(df["theme"], df["country"]), df["hover"]))
    themes = tables["themes"]
    several = 0
    for (theme, country), part in themes.groupby(["theme", "country"]):
        cell, hover = cells[(theme, country)], squash(hovers[(theme, country)])
        several += len(part) > 1
        assert " | " not in cell and "|" not in hover
        for quote, gloss in zip(part["quote"], part["gloss_en"]):
            expected = quoted(shown_quote(quote)) + (f" ({gloss})" if lang == "en" else "")
            assert expected in cell, (cell, expected)
            assert squash(quoted(shown_quote(quote))) in hover
            assert (squash(gloss) in hover) == (lang == "en"), hover
    assert several  # the case that was joined: a cell with two quotes
    assert set(squash(h) for row in fig.data[0].customdata for h in row) == set(squash(h) for h in df["hover"])


def _explore_variable_of(tables, fact):
    return explore_frame(tables["metrics"]).set_index("fact").loc[fact, "variable"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fact, axis", [
    # a count is a number of things, never "ค่า (เป้าหมาย)", which reads as a target value
    ("vn_targets_total", {"th": "จำนวน (เป้าหมาย)", "en": "Number of targets"}),
    ("vn_tasks_total", {"th": "จำนวน (ภารกิจ)", "en": "Number of tasks"}),
    ("vn_gii_rank", {"th": "อันดับ", "en": "Rank"}),
    ("cn_fujian_digital_economy_gdp_share", {"th": "ค่า (%)", "en": "Value (%)"}),
])
def test_explore_names_a_count_axis_as_a_number_of_things(tables, lang, fact, axis):
    _, fig, _ = explore_build(tables, _explore_variable_of(tables, fact), lang)
    assert squash(fig.layout.yaxis.title.text) == squash(axis[lang])


@pytest.mark.parametrize("fact", ["vn_gii_rank", "vn_gii_rank_gain", "vn_upu_level_gain", "vn_targets_total"])
def test_explore_ticks_ranks_and_counts_at_whole_numbers(tables, fact):
    """GII 46–48 and 'up 2 places' were ticked 46.5, 0.5: a whole-number quantity gets whole-number ticks."""
    if fact not in set(tables["metrics"]["fact"]):
        pytest.skip(f"{fact} is not a curated fact")
    _, fig, _ = explore_build(tables, _explore_variable_of(tables, fact), "en")
    y = fig.layout.yaxis
    values = [v for trace in fig.data for v in (list(trace.y) if trace.y is not None else ()) if v is not None]
    span = max(values) - (min(values) if y.autorange == "reversed" else 0)
    if span <= 8:
        assert y.dtick == 1 and y.tick0 == 0
    else:  # wide spans: Plotly's own steps are whole; nothing forces halves
        assert y.dtick is None or float(y.dtick).is_integer()


@pytest.mark.parametrize("lang", LANGS)
def test_explore_legend_shows_each_subject_filled_even_when_its_first_point_is_derived(tables, lang):
    _, fig, _ = explore_build(tables, _explore_variable_of(tables, "vn_gii_rank"), lang)
    legend = [trace for trace in fig.data if trace.showlegend is not False and trace.mode == "markers"]
    assert legend and all(list(trace.marker.symbol) == ["circle"] for trace in legend)
    points = [trace for trace in fig.data if trace.showlegend is False and trace.mode == "markers"]
    assert "circle-open" in points[0].marker.symbol[0]  # the derived 2022 point itself stays hollow


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fact", ["vn_gii_rank", "vn_2024_infrastructure_tasks"])
def test_explore_hover_states_a_points_status_once(tables, lang, fact):
    """A derived point said "derived from …" and then "derived from the stated change"; a proposal "(proposed)" twice."""
    _, fig, _ = explore_build(tables, _explore_variable_of(tables, fact), lang)
    hovers = [h for trace in fig.data for h in (trace.hovertext or ())]
    assert hovers
    for hover in hovers:
        head = hover.split("<br><br>")[0]  # before the quote
        for status in ("derived", "proposed", "target"):
            words = label("status", status, lang)
            assert head.count(words) <= 1, head
        if lang == "en":
            assert head.count("derived") <= 1, head
        else:
            assert head.count("คำนวณจาก") <= 1, head


@pytest.mark.parametrize("lang", LANGS)
def test_explore_not_plotted_line_gives_only_each_figures_own_reason(tables, lang):
    _, _, summary = explore_build(tables, _explore_variable_of(tables, "vn_digital_economy_growth_annual"), lang)
    listed = summary.split(t("explore_not_plotted", lang))[1]
    assert t("explore_year_not_given", lang) in listed
    for other in ("explore_membership", "explore_streak", "explore_two_figures", "explore_year_unclear"):
        assert t(other, lang) not in summary


@pytest.mark.parametrize("lang, says", [("th", "เสร็จแล้ว {done} จาก {total}"), ("en", "{done} of {total} completed")])
def test_tasks_title_says_how_many_of_how_many_were_completed(tables, lang, says):
    """"…: เสร็จแล้ว" read as unfinished; the counts come from the tasks row of the targets table."""
    df, fig, _ = chart_by_id("vn_tasks_2023").build(tables, lang)
    tasks = tables["targets"][tables["targets"]["group"] == "tasks"].iloc[0]
    title = squash(fig.layout.meta["title"] if isinstance(fig.layout.meta, dict) else fig.layout.title.text)
    assert squash(says.format(done=int(tasks["count"]), total=int(tasks["total"]))) in title, title


@pytest.mark.parametrize("lang", LANGS)
def test_growth_subtitle_keeps_the_separate_sentences_qualifiers_together_in_brackets(tables, lang):
    """"เส้นประ = “ประมาณ 20 % ต่อปี” อีกประโยคหนึ่ง ไม่ระบุปี บทความไม่ระบุแหล่งที่มา" ran on: the dashed line's
    quote is followed by one bracket holding its missing year and where it stands: after the Google report, not
    said to be the same report's."""
    df, fig, summary = chart_by_id("vn_digital_economy_growth").build(tables, lang)
    subtitle = re.sub(r"<br\s*/?>", " ", fig.layout.title.subtitle.text)
    found = re.search(r"”\s*\(([^()]*)\)", subtitle)
    assert found, subtitle
    inside = squash(found.group(1))
    for words in ("year_status_not_given", "attribution_google_paragraph"):
        assert squash(t(words, lang)) in inside, (words, subtitle)
    # every qualifier kept: "about", "per a Google report"
    assert squash(t("qualifier_≈", lang)) in squash(subtitle) and squash(t("attribution_google_report", lang)) in squash(subtitle)
    assert "กล่าวรวมสองปี" not in summary and "two years together" not in summary


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chart_id, facts", [
    ("vn_targets_2023", ["vn_targets_total", "vn_targets_achieved", "vn_targets_likely", "vn_targets_at_risk"]),
    ("vn_tasks_2023", ["vn_tasks_total", "vn_tasks_done", "vn_tasks_done_share"]),
    ("vn_digital_economy_growth", ["vn_digital_economy_growth_vs_gdp", "vn_digital_economy_growth_annual_vs_gdp",
                                   "vn_digital_economy_growth_2022", "vn_digital_economy_growth_annual"]),
])
def test_sources_tab_quotes_every_fact_the_chart_draws_or_writes(tables, lang, chart_id, facts):
    """The targets tab lacked "62 เป้าหมาย" (the donut's centre), the tasks tab the 126 and the 81 %, the growth
    tab the 3.5x and 3x sentences its subtitle quotes."""
    from digital_compare.app.views import _metric, chart_sources

    spec = chart_by_id(chart_id)
    df, _, _ = spec.build(tables, lang)
    shown = chart_sources(spec, df, tables, lang)
    quotes = set(shown["quote"])
    assert [f for f in facts if _metric(tables, f)["quote"] not in quotes] == []
    assert shown["quote"].is_unique and shown["article_id"].notna().all()


# ---- Years in the reader's era (reader7 L2) ------------------------------------------------------
#: a year of our own Thai wording: 1800–2199 (Christian) or 2400–2699 (Buddhist)
_A_YEAR = re.compile(r"(?<![\d,.])(1[89]\d\d|2[01]\d\d|2[4-6]\d\d)(?!\d|[,.]\d)")


def _wrapped(quote: str) -> re.Pattern:
    """``quote`` as a hover writes it: a line break (<br>) may stand for a space or come between any two letters."""
    br = r"(?:<br\s*/?>)?"
    return re.compile(br.join(r"(?:\s|<br\s*/?>)+" if c.isspace() else re.escape(c) for c in quote))


def _unmarked_years(text: str, quotes: list[str]) -> list[str]:
    """The years in ``text``, its quotes aside, not written as our wording writes them: a Christian year
    after "ค.ศ." within its phrase; no Buddhist year at all (a quote keeps its own). ISO dates (2018-04-22) are
    their own convention."""
    text = str(text)
    for quote in quotes:  # longest first: a quote is never touched, so never judged
        if quote in text:
            text = text.replace(quote, "«»")
        elif quote[:8] in text:  # a hover wraps a long quote onto lines: the same words with <br> between
            text = _wrapped(quote).sub("«»", text)
    text = re.sub(r"«[^»]*»|“[^”]*”", "«»", text)
    text = re.sub(r"\s+", " ", re.sub(r"\d{4}-\d{2}(-\d{2})?", "ISO", re.sub(r"<br\s*/?>", " ", text)))
    bare = []
    for phrase in re.split(r"\n|·|;|—", text):
        for found in _A_YEAR.finditer(phrase):
            year, before = int(found.group(1)), phrase[:found.start()]
            marked = year < 2400 and "ค.ศ." in before[-30:]
            if not marked:
                bare.append(phrase.strip()[:120])
    return bare


def _figure_texts(fig) -> list[str]:
    out = []

    def walk(node):
        if isinstance(node, dict):
            # an axis's categories are its tick values, under an axis title that names their era ("ปี (ค.ศ.)")
            for key, value in node.items():
                if key not in ("categoryarray", "tickvals", "range"):
                    walk(value)
        elif isinstance(node, (list, tuple)):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            out.append(node)
        elif hasattr(node, "tolist"):
            walk(node.tolist())

    plotted = fig.to_plotly_json()
    walk([plotted.get("layout", {}).get(k) for k in ("title", "annotations", "meta", "xaxis", "yaxis")])
    walk([{k: trace.get(k) for k in ("text", "hovertext", "hovertemplate", "customdata", "name")} for trace in plotted["data"]])
    return out


def test_thai_wording_marks_every_year_with_its_era(tables):
    """A title said "ปี 2566" and its hover "ปี 2023" for the same year; then one figure read "พ.ศ. 2566
    (ค.ศ. 2023)" beside another "ค.ศ. 2023". Every year the Thai pages write themselves (titles, subtitles,
    hovers, summaries, cards, statements, /explore, deck notes) is a Christian year named as such; only a
    quote keeps the article's Buddhist year."""
    from digital_compare.app.views import kpi_rows, story_figures
    from digital_compare.outputs.deck import deck_notes

    metrics = tables["metrics"]
    # an automatic figure's Thai name is the article's phrase, shown quoted and as written
    measures = metrics.loc[metrics["source"] != "annotated", "label_th"].dropna()
    quotes = sorted({q for name in ("metrics", "events", "themes", "firsts") for q in tables[name]["quote"].dropna()} | set(measures),
                    key=len, reverse=True)
    texts: list[tuple[str, str]] = []
    for spec in CHARTS:
        df, fig, summary = spec.build(tables, "th")
        texts += [(spec.id, summary), *((spec.id, text) for text in _figure_texts(fig))]
    for variable in explore_options(tables["metrics"]):
        df, fig, summary = explore_build(tables, variable, "th")
        texts += [(variable, summary), *((variable, text) for text in _figure_texts(fig))]
    texts += [("kpi", str(v)) for row in kpi_rows(tables, "th") for k, v in row.items() if k in ("label", "value", "scope_year", "statement", "delta") and v]
    figures = story_figures(tables, "th")
    texts += [(key, t(key, "th", **figures)) for key in ("overview_intro", "kpi_cn_header", "kpi_vn_header", "vietnam_title",
                                                          "vietnam_intro", "china_intro", "caveat", "upu_rank_note")]
    texts += [(row["fact"], fact_statement(row, "th")) for row in tables["metrics"].to_dict("records")]
    texts += [(f"notes {chart}", text) for chart, text in deck_notes(tables, "th", tuple(spec.id for spec in CHARTS)).items()]
    bare = {(where, phrase) for where, text in texts for phrase in _unmarked_years(text, quotes)}
    assert sorted(bare) == []


@pytest.mark.parametrize("fact, says", [
    # the article writes these years in the Buddhist era: our wording names the Christian year, once a line
    ("vn_tasks_total", "ภารกิจในแผนงานปี ค.ศ. 2023: 126 ภารกิจ — เวียดนาม · ปี ค.ศ. 2023"),
    ("vn_gii_top50_since", "ตั้งแต่ปี ค.ศ. 2018"),
    # and these in the Christian era
    ("cn_fujian_digital_economy_gdp_share", "มณฑลฝูเจี้ยน · ปี ค.ศ. 2020"),
    # a quote that states no year: the assessment's year in the Christian era, marked
    ("vn_targets_total", "เวียดนาม · ณ การประเมินปี ค.ศ. 2023"),
])
def test_a_thai_statement_names_its_year_as_a_christian_year(tables, fact, says):
    from digital_compare.app.views import _metric

    statement = fact_statement(_metric(tables, fact), "th")
    assert says in statement, statement


def test_english_years_stay_plain(tables):
    from digital_compare.app.views import _metric, story_figures

    figures = story_figures(tables, "en")
    assert figures["vn_review_year"] == "2023" and "ค.ศ." not in fact_statement(_metric(tables, "vn_tasks_total"), "en")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("variable, said_by", [("targets.total", "attribution_mic_assessment"),
                                               ("digital_economy_share_of_gdp", "attribution_not_named"),
                                               ("plan_2024_key_problems", "attribution_mic_proposal")])
def test_explore_picture_names_who_says_each_drawn_series(tables, lang, variable, said_by):
    """An exported /explore PNG has no summary under it: the picture itself keeps the figure's source."""
    _, fig, _ = explore_build(tables, variable, lang)
    subtitle = squash(re.sub(r"<br\s*/?>", "", fig.layout.title.subtitle.text))
    assert squash(t(said_by, lang)) in subtitle, subtitle


def test_a_dated_sentence_keeps_its_years_as_the_article_writes_them():
    """An added article's dated sentence is the article's own words: «ในปี 2566» stays «ในปี 2566», never
    "ในปี ค.ศ. 2023"; a curated title is our wording and gets the era."""
    from digital_compare.app.views import events_plot_frame

    sentence = "นอกจากนี้ ในปี 2566 องค์การทรัพย์สินทางปัญญาโลกยังจัดอันดับดัชนีนวัตกรรมของเวียดนามอยู่ที่อันดับ 46"
    events = pd.DataFrame([
        {"event": "a:s0", "country": "VN", "date": "2023", "title_th": sentence, "title_en": None,
         "category": "dated_sentence", "source": "dated_sentence"},
        {"event": "curated", "country": "VN", "date": "2024", "title_th": "กระทรวงฯ เสนอหัวข้อสำหรับปี 2024",
         "title_en": "The ministry proposes a 2024 theme", "category": "plan_next", "source": "annotated"},
    ])
    labels = dict(zip(events_plot_frame(events, "th")["event"], events_plot_frame(events, "th")["label"]))
    assert labels["a:s0"] == sentence
    assert labels["curated"] == "กระทรวงฯ เสนอหัวข้อสำหรับปี ค.ศ. 2024"


def test_data_shows_codes_as_the_csv_holds_them(tables):
    """/data (Thai) names a curated indicator "<name> (<code>)": the name's years get their era, the code is
    the CSV's own ("plan_2024_infrastructure_tasks", never "plan_ค.ศ. 2024_…")."""
    from digital_compare.app.views import display_frame

    metrics = tables["metrics"]
    shown = display_frame(metrics, "th", with_codes=True, table="metrics")
    column = next(c for c in shown.columns if c.endswith("(indicator)"))
    # a cell with a code in it (codes hold "_") ends with that row's code as the CSV holds it
    coded = [(cell, raw) for cell, raw in zip(shown[column], metrics["indicator"]) if "_" in cell and cell != raw]
    assert coded, "no curated indicator named with its code"
    assert [cell for cell, raw in coded if not cell.endswith(f"({raw})")] == []
    assert any("ค.ศ. 2024" in cell for cell in shown[column])


@pytest.mark.parametrize("fact, thai, english", [
    # «…ต้องใช้ความพยายามอย่างเข้มข้นเพื่อให้สำเร็จลุล่วงตามกำหนดเวลา (27.5%)»: schedule risk, not hard targets
    ("vn_targets_at_risk", "เพื่อให้สำเร็จตามกำหนดเวลา", "to be met on time"),
    ("vn_targets_at_risk_share", "เพื่อให้สำเร็จตามกำหนดเวลา", "to be met on time"),
    # a share the article reports, in both languages
    ("vn_targets_at_risk_share", "(ที่รายงาน)", "share reported"),
    ("vn_targets_likely_share", "(ที่รายงาน)", "share reported"),
    ("vn_targets_achieved_share", "(ที่รายงาน)", "share reported"),
])
def test_thai_and_english_names_keep_the_same_qualifier(curated, fact, thai, english):
    assert thai in curated.loc[fact, "label_th"] and english in curated.loc[fact, "label_en"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_rate_given_a_year_is_not_called_typical(lang):
    """«ประมาณ 20% ต่อปี»: no period, no average; nothing says the rate is an ordinary year's."""
    from digital_compare.app.views import indicator_names

    words = [indicator_names(lang)["digital_economy_growth_per_year"], t("series_annual", lang)]
    assert [w for w in words if any(bad in w.casefold() for bad in ("typical", "ทั่วไป", "average", "เฉลี่ย"))] == []


@pytest.mark.parametrize("table, key_column, key, words", [
    # the quote is the evidence a reader checks a statement against: it holds what the statement says it shows
    ("metrics", "fact", "vn_gii_rank", ("องค์การทรัพย์สินทางปัญญาโลก", "2566", "อันดับ 46")),
    ("metrics", "fact", "vn_procedures_simplified_a", ("ขั้นตอนการบริหาร", "528")),
    ("metrics", "fact", "vn_procedures_simplified_b", ("ขั้นตอนการบริหาร", "1,086")),
    ("metrics", "fact", "vn_digital_economy_fastest_sea_years", ("Google", "สองปีซ้อน")),
    ("metrics", "fact", "vn_targets_total", ("กระทรวงสารสนเทศและการสื่อสาร", "2566", "62 เป้าหมาย")),
    ("metrics", "fact", "vn_upu_level", ("สหภาพไปรษณีย์สากล", "2566", "6/10")),
    # the whole sentence: whether «ซึ่ง» ties 46 to 2566 or 2564 can only be judged from it
    ("metrics", "fact", "vn_upu_rank_claim", ("สหภาพไปรษณีย์สากล", "2566", "2564", "ซึ่งอยู่อันดับที่ 46")),
    ("metrics", "fact", "vn_business_regulations_cut", ("ภายในสิ้นปี", "กระทรวงและหน่วยงาน", "2,500 ฉบับ")),
    # a change and a standing name the index they are of
    ("metrics", "fact", "vn_gii_rank_gain", ("ดัชนีนวัตกรรม", "เพิ่มขึ้น 2 อันดับ")),
    ("metrics", "fact", "vn_gii_top50_since", ("ดัชนีนวัตกรรม", "50 ประเทศแรก", "2561")),
    ("metrics", "fact", "vn_upu_level_gain", ("ดัชนีไปรษณีย์", "2566", "เพิ่มขึ้น 1 ระดับ")),
    ("themes", "theme", "rankings", ("องค์การทรัพย์สินทางปัญญาโลก", "2566", "อันดับ 46")),
    ("events", "event", "cn_digital_china_summit_1", ("22 เมษายน", "ครั้งแรก", "ฝูโจว")),
    ("events", "event", "vn_committee_2023_review", ("นายกรัฐมนตรี", "คณะกรรมการแห่งชาติ", "ประชุมออนไลน์", "28 ธันวาคม")),
    ("events", "event", "cn_digital_china_summit_3", ("12 ตุลาคม", "ครั้งที่ 3", "ฝูโจว", "ส่งสารแสดงความยินดี", "อีกครั้ง")),
])
def test_a_quote_holds_what_its_statement_cites_it_for(tables, table, key_column, key, words):
    quote = tables[table].set_index(key_column).loc[key, "quote"]
    assert [w for w in words if w not in quote] == [], quote


@pytest.mark.parametrize("lang, never", [("th", "หนึ่งในสองตัวเลข"), ("en", "one of two figures")])
def test_explore_names_a_variable_not_one_of_its_figures(tables, lang, never):
    """/explore titled the 528/1,086 variable "… (one of two figures of one statement)" while it lists both;
    each figure keeps that note in its own statement."""
    from digital_compare.app.views import variable_name

    assert never not in variable_name("administrative_procedures_simplified", lang, tables["metrics"])
    row = tables["metrics"].set_index("fact").loc["vn_procedures_simplified_a"]
    assert never in fact_statement(row.to_dict() | {"fact": "vn_procedures_simplified_a"}, lang)


def test_one_quote_has_one_english_gloss_in_every_table(tables):
    # the same Thai sentence translated two ways on two surfaces (a deck note and a hover) reads as two claims
    glosses: dict[str, set[str]] = {}
    for table in ("metrics", "events", "themes"):
        rows = tables[table].dropna(subset=["quote", "gloss_en"])
        for quote, gloss in zip(rows["quote"], rows["gloss_en"]):
            glosses.setdefault(quote.strip(), set()).add(gloss)
    several = {quote: found for quote, found in glosses.items() if len(found) > 1}
    assert several == {}
    assert any(quote.startswith("ในปี 2566 องค์การทรัพย์สินทางปัญญาโลก") for quote in glosses)


@pytest.mark.parametrize("table, column", [("events", "title_th"), ("metrics", "label_th")])
def test_data_shows_a_thai_name_the_same_way_on_both_pages(tables, table, column):
    # the Thai name column is Thai on the English page too: "ปี 2565" there beside "ปี ค.ศ. 2022" here read as two names
    from digital_compare.app.views import display_frame

    def cells(lang):
        shown = display_frame(tables[table], lang, with_codes=True, articles=tables["articles"])
        return list(shown[next(h for h in shown.columns if h.endswith(f"({column})"))])

    assert cells("en") == cells("th")
    assert any("ค.ศ." in cell for cell in cells("en"))


@pytest.mark.parametrize("lang", LANGS)
def test_a_title_that_quotes_a_name_is_cited_as_written_with_no_quote_opened_inside_another(tables, lang):
    """The China article's citation read “ผลักดันการสร้างสรรค์ “จีนดิจิทัล” -- …”: a curly quote opened inside
    another; then, with the inner marks made single, the title was no longer as written."""
    from digital_compare.app.views import article_source

    articles = tables["articles"].set_index("id")
    title = articles.loc["000_7c53af49cd1ab984", "title"]
    cited = article_source(articles.loc["000_7c53af49cd1ab984"], lang)
    if lang == "th":
        assert f'"{title}"' in cited, cited
    assert cited.count("“") == cited.count("”") == 1 and "‘" not in cited, cited


@pytest.mark.parametrize("surface", ["deck notes", "theme cells"])
def test_no_guillemets_on_thai_or_english_surfaces(deck_notes, tables, surface):
    """Thai prints a quote in “…” (or "…"), never «…»; the themes, keywords and deck notes used «…»."""
    if surface == "deck notes":
        texts = list(deck_notes.values())
    else:
        spec = chart_by_id("compare_themes")
        texts = [cell for lang in LANGS for cell in spec.build(tables, lang)[0]["quote"]]
    assert not [text for text in texts if "«" in text or "»" in text]


def test_thai_firsts_summary_names_each_claim_before_its_count(tables):
    """«4 รายแรกในจีน» read as "the first four in China": the claim first, then how many items make it."""
    spec = chart_by_id("fujian_firsts")
    summary = spec.build(tables, "th")[2]
    counts = spec.data(tables, "th")["claim"].value_counts()
    assert f"เป็นรายแรกในจีน {counts['first_in_china']} รายการ" in summary
    assert f"{counts['first_in_china']} รายแรก" not in summary


@pytest.mark.parametrize("lang", LANGS)
def test_data_names_every_indicator_with_its_code_or_none(tables, lang):
    """/data's indicator column put the code beside the curated names only: two kinds of row for one column."""
    from digital_compare.app.views import display_frame

    shown = display_frame(tables["metrics"], lang, ["indicator"], with_codes=True).iloc[:, 0]
    coded = shown.str.contains(r" \([a-z0-9_]+\)$", regex=True)
    assert coded.all(), shown[~coded].tolist()
    plain = display_frame(tables["metrics"], lang, ["indicator"]).iloc[:, 0]
    assert not plain.str.contains(r" \([a-z0-9_]+\)$", regex=True).any()


@pytest.mark.parametrize("lang", LANGS)
def test_the_tasks_legend_lists_its_parts_in_the_bars_order(tables, lang):
    """The legend read "not completed (computed)" then "completed", the reverse of the bar, completed on the left."""
    _, fig, _ = chart_by_id("vn_tasks_2023").build(tables, lang)
    assert fig.layout.legend.traceorder == "normal"
    assert fig.data[0].name == t("status_completed", lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chart_id", ["compare_growth", "compare_share"])
def test_compare_summaries_name_the_measure_once(tables, lang, chart_id):
    """"Digital-economy growth — Digital economy growth: 17.6 % — …": the title before the statements said it twice."""
    df, _, summary = chart_by_id(chart_id).build(tables, lang)
    first = df["statement"].iloc[0]
    assert summary.startswith(first), summary


@pytest.mark.parametrize("lang, words", [("th", "ว่าด้วยการทำให้โครงสร้างพื้นฐานดิจิทัลเป็นสากล"),
                                         ("en", "universalising digital infrastructure and building digital applications")])
def test_the_2024_theme_summary_names_the_theme(tables, lang, words):
    summary = chart_by_id("vn_plan_2024").build(tables, lang)[2]
    assert words in summary


def test_the_2024_theme_summary_quotes_the_articles_theme_words(raw_texts):
    """The Thai summary names the theme in the article's own words (up to its dash)."""
    assert "ว่าด้วย \"การทำให้โครงสร้างพื้นฐานดิจิทัลเป็นสากลและการสร้างแอปพลิเคชันดิจิทัลเพื่อพัฒนาเศรษฐกิจดิจิทัล -" in raw_texts["004_448656d886171038"]


@pytest.mark.parametrize("indicator, part, lang, name", [
    # an added figure is named by what its label says it measures, never by the measure words the labeller cut
    # from the sentence («ลดลงจาก») nor by its code ("gdp growth")
    ("gdp_growth", None, "en", "GDP growth"),
    ("gdp_growth", None, "th", "การเติบโตของ GDP"),
    ("innovation_index_rank", None, "en", "Global Innovation Index (GII) rank"),
    ("targets", "achieved", "en", "Targets (count) — achieved"),
    ("targets", "achieved", "th", "เป้าหมาย (จำนวน) — สำเร็จแล้ว"),
    # a figure labelled "other" names nothing: the article's own words are quoted
    ("other", None, "en", "“ลดลงจาก”"),
    ("other", None, "th", "“ลดลงจาก”"),
])
def test_an_added_figure_is_named_by_its_indicator(indicator, part, lang, name):
    from digital_compare.app.views import fact_name

    row = {"source": "auto", "indicator": indicator, "part": part, "label_th": "ลดลงจาก",
           "label_en": indicator.replace("_", " "), "value": 5.0, "unit": "%", "status": "actual"}
    assert fact_name(row, lang) == name


@pytest.mark.parametrize("column", ["status", "source", "year_status"])
def test_every_coded_value_a_metrics_row_may_hold_is_named_in_both_languages(column):
    # "accepted" (an automatic label an analyst accepted) was shown in English on Thai pages and in Thai CSVs
    from digital_compare.app.i18n import STRINGS
    from digital_compare.tables.schemas import SCHEMAS

    allowed = SCHEMAS["metrics"].columns[column].checks[0].statistics["allowed_values"]
    missing = [value for value in allowed if f"{column}_{value}" not in STRINGS]
    assert not missing
    for value in allowed:
        thai, english = STRINGS[f"{column}_{value}"]
        assert label(column, value, "th") == thai != english == label(column, value, "en")


@pytest.mark.parametrize("code, lang, name", [
    ("ID", "en", "Indonesia"), ("MY", "th", "มาเลเซีย"), ("VN", "en", "Vietnam"), ("XX", "th", "บทความของคุณ"),
])
def test_an_articles_country_is_named_never_shown_as_its_code(code, lang, name):
    # /sources listed added articles as "ID — …", "MY — …"
    assert label("country", code, lang) == name


def test_explore_frame_names_each_row_as_explore_variable_does(tables):
    """The pool names its variables a column at a time; each name is the one the row-by-row definition gives,
    automatic rows with and without a part and a row whose source is missing included."""
    from digital_compare.app.views import explore_variable

    metrics = tables["metrics"]
    extra = pd.DataFrame([
        {**metrics.iloc[0].to_dict(), "fact": "x1", "source": "auto", "indicator": "digital_economy_growth", "part": None},
        {**metrics.iloc[0].to_dict(), "fact": "x2", "source": "accepted", "indicator": "targets", "part": "achieved"},
        {**metrics.iloc[0].to_dict(), "fact": "x3", "source": None, "indicator": "gii_rank", "part": ""},
    ]).astype(metrics.dtypes.to_dict())
    rows = pd.concat([metrics, extra], ignore_index=True)
    expected = [explore_variable(row) for row in rows.to_dict("records")]
    named = explore_frame(rows)
    assert dict(zip(named["fact"], named["variable"])) == {
        fact: variable for fact, variable in zip(rows["fact"], expected) if variable.split(".")[0] != "other"}
    assert {"x1", "x2", "x3"} <= set(named["fact"])
