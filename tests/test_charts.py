"""Chart builders: plotted values, explicit template, title, subtitle and source line."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

import digital_compare
from digital_compare.app.views import CHARTS, chart_by_id


def build(tables, chart_id, lang="en"):
    return chart_by_id(chart_id).build(tables, lang)


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("chart_id", [spec.id for spec in CHARTS])
def test_every_chart_is_self_contained(tables, chart_id, lang):
    df, fig, summary = build(tables, chart_id, lang)
    layout = fig.layout
    assert layout.template.layout.paper_bgcolor is not None or layout.paper_bgcolor == "white"
    assert layout.paper_bgcolor == "white" and layout.plot_bgcolor == "white"
    assert layout.title.text and layout.title.subtitle.text
    sources = [a.text for a in layout.annotations if a.text.startswith(("Source:", "ที่มา:"))]
    assert len(sources) == 1 and "digital-compare" in sources[0]
    assert "Sarabun" in layout.font.family and "Loma" in layout.font.family
    assert summary and len(df) > 0
    assert set(chart_by_id(chart_id).columns) <= set(df.columns)


def test_charts_ignore_the_global_default_template(tables):
    import plotly.io as pio

    previous = pio.templates.default
    pio.templates.default = "plotly_dark"  # what a host app may set; exports must not turn black
    try:
        fig = build(tables, "vn_targets_2023")[1]
        assert fig.layout.paper_bgcolor == "white"
        assert fig.to_dict()["layout"]["template"]["layout"]["paper_bgcolor"] != "rgb(17,17,17)"
    finally:
        pio.templates.default = previous


@pytest.mark.parametrize("chart_id", [spec.id for spec in CHARTS])
def test_slim_template_keeps_plotly_white_for_every_trace_drawn(tables, chart_id):
    import plotly.io as pio

    from digital_compare.app.charts import chart_template

    white = pio.templates["plotly_white"]
    fig = build(tables, chart_id)[1]
    assert fig.layout.template.layout == white.layout
    for trace_type in {trace.type for trace in fig.data}:
        # a trace type missing from the slim template would silently lose plotly_white's look
        assert getattr(chart_template().data, trace_type) == getattr(white.data, trace_type), trace_type


@pytest.mark.parametrize(
    "chart_id, values",
    [
        ("vn_targets_2023", [[18, 27, 17]]),
        ("vn_tasks_2023", [[102], [24]]),
        ("vn_rankings", [[48.0, 46.0], [5.0, 6.0]]),
        ("vn_digital_economy_growth", [[28.0, 19.0]]),
        ("compare_growth", [[17.6], [28.0, 19.0]]),
        ("vn_plan_2024", [[9.0, 5.0, 6.0]]),
    ],
)
def test_plotted_values(tables, chart_id, values):
    fig = build(tables, chart_id)[1]
    plotted = []
    for trace in fig.data:
        data = trace.values if trace.type == "pie" else (trace.x if getattr(trace, "orientation", None) == "h" else trace.y)
        plotted.append([float(v) for v in data])
    assert plotted == [[float(v) for v in series] for series in values]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_growth_chart_lists_the_undated_rate_under_the_axis_and_draws_it_on_no_year(tables, lang):
    """A dashed line at "about 20 % a year" ran across the 2022 and 2023 bars: the text gives it no year, and
    a line on a year axis reads as those years' level or average (/explore's rule: undated figures are listed)."""
    from digital_compare.app.i18n import t

    df, fig, summary = build(tables, "vn_digital_economy_growth", lang)
    annual = df[df["series"] == "annual"].iloc[0]
    assert not fig.layout.shapes and not [tr for tr in fig.data if annual["value"] in list(tr.y)]
    assert fig.layout.yaxis.range[1] < annual["value"] * 2  # the axis is the bars', not stretched to a line
    notes = " ".join(a.text for a in fig.layout.annotations if a.text and "20" in a.text)
    assert t("year_status_not_given", lang) in notes and "- - -" not in notes, notes
    for words in ("year_status_not_given", "attribution_google_paragraph"):
        assert t(words, lang) in summary, (words, summary)


def test_timeline_dates_and_hover_quotes(tables):
    df, fig, _ = build(tables, "china_timeline")
    xs = sorted(str(x)[:10] for trace in fig.data for x in trace.x)
    # the 20th anniversary is the 3rd summit's occasion, not an event of that day: it keeps only its year
    assert xs == ["2000-07-01", "2018-04-22", "2020-07-01", "2020-07-01", "2020-10-12"]
    hovers = " ".join(h for trace in fig.data for h in trace.hovertext)
    assert "22 เมษายน ค.ศ.2018" in hovers and "first Digital China Summit" in hovers
    assert not fig.layout.xaxis.rangeslider.visible and not fig.layout.xaxis2.rangeslider.visible
    # every event named in full with its date; 2001–2017 is a marked break, not empty axis
    labels = " ".join(label for trace in fig.data for label in trace.y)
    assert "…" not in labels and labels.count("12 October 2020") == 1 and "2020-10-12" not in labels and "3rd" in labels and "1st" in labels
    assert any("2001–2017" in a.text for a in fig.layout.annotations)
    # … and the axis shows where it is cut: a break mark between the two panels, on the axis
    (mark,) = [a for a in fig.layout.annotations if a.text == "//"]
    assert fig.layout.xaxis.domain[1] < mark.x < fig.layout.xaxis2.domain[0] and mark.y == 0 and mark.yref == "paper"
    # the early panel ends within its last event's year: a "2001" tick stood just before the break, in the gap
    assert str(fig.layout.xaxis.range[1])[:4] == "2000" and str(fig.layout.xaxis2.range[0])[:4] == "2017"


@pytest.mark.parametrize("lang, gap_says, summary_says, never", [
    # the gap is the article's (it tells of years of work, dated none), not a fact about Fujian
    ("th", "บทความไม่ได้ระบุวันที่ของเหตุการณ์ใดในปี ค.ศ. 2001–2017", "5 รายการที่บทความระบุปีหรือวันที่", "5 เหตุการณ์"),
    ("en", "the article dates no event in 2001–2017", "5 dated items in the article", "dated events"),
])
def test_timeline_gap_and_count_speak_of_the_article(tables, lang, gap_says, summary_says, never):
    df, fig, summary = build(tables, "china_timeline", lang)
    # a line break stands where a space was (English) or between two Thai words (none)
    notes = " ".join(a.text.replace("<br>", "") for a in fig.layout.annotations)
    assert gap_says in notes and "no events" not in notes and "ไม่มีเหตุการณ์" not in notes
    # an anniversary and a key figure are counted as what they are, not as events
    assert summary.startswith(summary_says) and never not in summary
    counted = [int(n) for n in re.findall(r"(\d+)(?= ·|\))", summary.split(")")[0] + ")")]
    assert sum(counted) == len(df) == 5


@pytest.mark.parametrize(
    "chart_id, lang, figures",
    [
        ("vn_red_tape_2023", "en", ["nearly 2,500", "528 and 1,086"]),  # one statement, never two bars to add
        ("vn_red_tape_2023", "th", ["เกือบ 2,500", "528 และ 1,086"]),
        ("fujian_firsts", "en", ["first in China"] * 4 + ["led"] * 2 + ["improved"]),
        # the article says "ติดอันดับ 1 ใน 10 ประเทศ ... สูงสุด": one of the top 10 countries, not "the first 10"
        ("vn_other_claims", "en", ["one of the top 10 countries", "2 years running", "rank 46"]),
        ("vn_other_claims", "th", ["1 ใน 10 ประเทศ", "2 ปีซ้อน", "อันดับที่ 46"]),
    ],
)
def test_statement_charts_show_the_figures_as_the_text_gives_them(tables, chart_id, lang, figures):
    df, fig, _ = build(tables, chart_id, lang)
    assert not fig.data  # text, not bars
    assert df["figure"].tolist() == figures
    bold = [a.text for a in fig.layout.annotations if a.text.startswith("<b>") and a.text != fig.layout.title.text]
    assert [b.removeprefix("<b>").removesuffix("</b>") for b in bold] == figures


@pytest.mark.parametrize("source, shown", [("accepted", True), ("corrected", True), ("auto", False)])
def test_compare_takes_every_reviewed_figure_for_china_fujian_and_vietnam(tables, source, shown):
    """An analyst's reviewed figure joins the comparison; an unreviewed automatic label does not (it was drawn
    like the curated bars, beside a caution about the curated ones' years)."""
    import pandas as pd

    from digital_compare.app.views import compare_growth_data

    metrics = tables["metrics"]
    added = metrics[metrics["fact"] == "vn_digital_economy_growth_2023"].assign(
        fact="auto:x:1", article_id="x", subject="CN", country="CN", scope="CN", year=2023, value=9.6, source=source)
    df = compare_growth_data({**tables, "metrics": pd.concat([metrics, added])}, "en")
    curated = ["Fujian (province) 2020", "Vietnam 2022", "Vietnam 2023"]
    assert df["label"].tolist() == (["China 2023"] if shown else []) + curated
    # with an analyst's figure among them the curated wording gives way to a general caveat
    fig = chart_by_id("compare_growth").draw({**tables, "metrics": pd.concat([metrics, added])}, df, "en")
    assert ("every figure the articles give" in fig.layout.title.subtitle.text) is shown


def test_compare_growth_names_the_province_and_every_source(tables):
    df, fig, _ = build(tables, "compare_growth")
    assert df["label"].tolist()[0] == "Fujian (province) 2020"
    subtitle = fig.layout.title.subtitle.text
    assert "province" in subtitle and "2020" in subtitle and "Google" in subtitle and "not named" in subtitle


def test_targets_hover_shows_reported_and_computed_shares(tables):
    fig = build(tables, "vn_targets_2023")[1]
    assert "reported: 29 %" in fig.data[0].hovertext[0] and "computed: 29.03 %" in fig.data[0].hovertext[0]


def test_streamlit_is_imported_only_by_the_app_ui_modules():
    package = Path(digital_compare.__file__).parent
    importers = sorted(
        str(path.relative_to(package)) for path in package.rglob("*.py")
        if re.search(r"^\s*(import streamlit|from streamlit)", path.read_text(encoding="utf-8"), re.M))
    assert importers and all(re.fullmatch(r"app/ui\w*\.py", name) for name in importers), importers


def test_package_outside_ui_never_imports_streamlit():
    code = (
        "import sys, pkgutil, importlib, digital_compare\n"
        "for m in pkgutil.walk_packages(digital_compare.__path__, 'digital_compare.'):\n"
        "    if not m.name.split('.')[-1].startswith(('ui', '__main__')):\n"
        "        importlib.import_module(m.name)\n"
        "print('streamlit' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("lang, slanted", [("th", False), ("en", True)])
def test_a_statements_note_is_slanted_only_in_english(tables, lang, slanted):
    """Thai has no italic: a slanted Thai note looked broken."""
    _, fig, _ = build(tables, "vn_other_claims", lang)
    notes = [a.text for a in fig.layout.annotations if "<br>" in a.text and ("<i>" in a.text or "<span" in a.text)]
    assert notes and all(("<i>" in text) == slanted for text in notes)


def test_rankings_panels_share_one_year_axis(tables):
    """GII 2022 stood above UPU 2021: each panel had its own years."""
    _, fig, _ = build(tables, "vn_rankings", "en")
    assert list(fig.layout.xaxis.categoryarray) == list(fig.layout.xaxis2.categoryarray) == ["2021", "2022", "2023"]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_keyword_panels_share_one_scale(tables, lang):
    """Bar length is the frequency: the Vietnam article's 9 per 1,000 words is drawn half as long as China's 18,
    not to the same full width on a scale of its own."""
    df, fig, _ = build(tables, "compare_keywords", lang)
    ranges = {tuple(axis.range) for name, axis in fig.layout.to_plotly_json().items() if name.startswith("xaxis")
              for axis in [fig.layout[name]]}
    assert len(ranges) == 1, ranges
    (low, high), = ranges
    assert low == 0 and df["per_1000_tokens"].max() <= high < 1.2 * df["per_1000_tokens"].max()


@pytest.mark.parametrize("width, beside", [(390, False), (960, True), (1344, True), (1920, True)])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_keyword_panels_stand_side_by_side_on_a_slide(tables, lang, width, beside):
    """Stacked, the two panels needed about 1,070 px of height at any width: more than a 1440 × 900 screen gives
    a slide, so presentation mode showed a card's drawing taller than the screen. A picture or slide of 900 px or
    more sets them side by side, on one scale, each term left of its own panel."""
    from digital_compare.app import layout
    from digital_compare.outputs.render import picture_height

    spec = chart_by_id("compare_keywords")
    df = spec.data(tables, lang)
    with layout.canvas(width):
        fig = spec.draw(tables, df, lang)
    x1, x2, y1, y2 = (fig.layout[name].domain for name in ("xaxis", "xaxis2", "yaxis", "yaxis2"))
    assert (tuple(y1) == tuple(y2) and x1[1] < x2[0]) is beside, (x1, x2, y1, y2)
    if beside:
        # the gap between the panels holds the right panel's terms, as the left margin holds the left one's
        plot_width = width - fig.layout.margin.l - fig.layout.margin.r
        assert (x2[0] - x1[1]) * plot_width >= fig.layout.margin.l - layout.PAD_PX
        assert [a.x for a in fig.layout.annotations[:2]] == [x1[0], x2[0]]  # each panel's title over its own plot
        assert width < 1344 or fig.layout.height <= picture_height(1344)


def test_rankings_dot_the_line_between_assessments_with_a_year_between(tables):
    """UPU 5/10 (2021) and 6/10 (2023): no assessment in 2022, so the connector is dotted; GII 2022–2023 is solid."""
    df, fig, _ = build(tables, "vn_rankings", "th")
    dashes = {trace.yaxis: trace.line.dash for trace in fig.data}
    years = {series: sorted(df.loc[df["series"] == series, "year"]) for series in ("gii", "upu")}
    assert years["upu"][-1] - years["upu"][0] > 1 and dashes["y2"] == "dot", (years, dashes)
    assert dashes["y"] == "solid"


@pytest.mark.parametrize("rates, expected_en", [
    # tied on distinctiveness at one frequency: said once, with "each"
    ((9.27, 9.27), "“alpha”, “beta” (tied for most distinctive), each 9.27 per 1,000 words"),
    # tied on distinctiveness at two frequencies: each word's own
    ((9.27, 6.5), "“alpha” 9.27 per 1,000 words, “beta” 6.5 per 1,000 words (tied for most distinctive)"),
])
def test_the_keyword_summary_says_what_the_words_are_tied_on(rates, expected_en):
    """A word as frequent as the tied ones but less distinctive ("gamma") is not among them, and the summary does
    not let "tied" read as a tie on frequency."""
    import pandas as pd

    from digital_compare.app.views import keywords_summary

    df = pd.DataFrame({"country": ["VN"] * 3, "rank": [1, 2, 3], "term": ["alpha", "beta", "gamma"],
                       "per_1000_tokens": [*rates, 9.27], "log_odds_z": [0.8, 0.8, 0.6]})
    assert keywords_summary(df, "en").endswith("Vietnam: " + expected_en)
    assert "gamma" not in keywords_summary(df, "th")


@pytest.mark.parametrize("values, reversed_axis, expected", [
    # two labelled points in one year ("about 4.9 %", "about 4.4 %") were drawn over each other: the upper one's
    # words above it, the lower one's below
    ([4.9, 4.4], False, ["top center", "bottom center"]),
    ([4.4, 4.9], False, ["bottom center", "top center"]),
    # a rank axis is reversed: the smaller rank is drawn higher
    ([61, 46], True, ["bottom center", "top center"]),
    ([5.0, 4.0, 3.0], False, ["top center", "middle right", "bottom center"]),
    ([4.9], False, ["top center"]),
])
def test_labelled_points_of_one_year_put_their_words_apart(values, reversed_axis, expected):
    import pandas as pd

    from digital_compare.app.charts import explorer_figure

    df = pd.DataFrame({
        "subject_label": [f"S{i}" for i in range(len(values))], "year": 2024, "value": values, "status": "forecast",
        "source": "auto", "confidence": 0.7, "figure": "x", "quote": "q", "method": "extracted",
        "point_label": [f"about {v}" for v in values],
    })
    fig = explorer_figure(df, "en", "Source: test", title="t", subtitle="s", reversed_axis=reversed_axis)
    drawn = {trace.name: trace.textposition for trace in fig.data if trace.text is not None}
    assert [drawn[f"S{i}"][0] for i in range(len(values))] == expected


def test_between_two_labelled_points_a_third_is_labelled_away_from_the_charts_edge_and_a_repeat_not_at_all():
    import pandas as pd

    from digital_compare.app.charts import point_label_positions

    # at the last year a label set to the right ran past the phone's edge («ประมาณ 4.9» cut); one subject's
    # headline figure and its body's drew the same words twice at one place
    df = pd.DataFrame({"subject_label": ["A", "B", "C", "C", "A"], "year": [2024, 2024, 2024, 2024, 2023],
                       "value": [6.5, 4.9, 4.4, 4.4, 5.0], "point_label": ["a", "b", "c", "c", ""]})
    assert point_label_positions(df) == {0: "top center", 1: "middle left", 2: "bottom center", 3: ""}
    assert point_label_positions(df.assign(year=[2023, 2023, 2023, 2023, 2024]))[1] == "middle right"
    from digital_compare.app.charts import explorer_figure

    fig = explorer_figure(df.assign(status="forecast", source="auto", confidence=0.7, figure="x", quote="q",
                                    method="extracted"), "en", "Source: test", title="t", subtitle="s")
    texts = {trace.name: list(trace.text) for trace in fig.data if trace.text is not None}
    assert texts["C"] == ["c", ""]  # the repeat drawn without words, its point still drawn
