"""AppTest runs of every page: titles, KPI values, language switch, filters, bad states."""

import json
import re
import shutil

import pytest
from streamlit.testing.v1 import AppTest

from digital_compare.app.layout import without_layout_marks
from digital_compare.app.i18n import t
from digital_compare.paths import ROOT, TABLES_DIR
from digital_compare.tables.store import read_table

PAGES = ["overview", "china", "vietnam", "compare", "explore", "sources", "data", "analyze"]


def run_page(page: str, lang: str | None = None, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    if lang:
        at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value
    if page != "overview":
        at.switch_page(f"pages/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def all_text(at: AppTest) -> str:
    parts = [e.value for e in at.markdown] + [e.value for e in at.caption] + [e.value for e in at.title]
    parts += [e.value for e in at.header] + [e.value for e in at.subheader] + [str(m.value) for m in at.metric] + [m.label for m in at.metric]
    # markdown escapes (\( \.) render as plain characters; compare the rendered text, as read (the invisible
    # marks that steer the browser's line breaks aside)
    return without_layout_marks(re.sub(r"\\(.)", r"\1", "\n".join(str(p) for p in parts)))


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_page_runs_without_exception(page, lang):
    at = run_page(page, lang)
    assert at.title, "every page has a title"
    assert not at.error


@pytest.mark.parametrize(
    "page, th_title, en_title",
    [
        ("overview", "เปรียบเทียบดิจิทัล: จีน–เวียดนาม", "Digital Compare: China vs Vietnam"),
        ("china", "จีน: จาก “ฝูเจี้ยนดิจิทัล” สู่ “จีนดิจิทัล”", "China: from “Digital Fujian” to “Digital China”"),
        ("vietnam", "เวียดนาม: ผลการเปลี่ยนผ่านสู่ดิจิทัลปี ค.ศ. 2023", "Vietnam: 2023 digital-transformation review"),
        ("compare", "เปรียบเทียบ จีน (ฝูเจี้ยน) กับ เวียดนาม", "China (Fujian) vs Vietnam"),
        ("sources", "อ่านบทความต้นฉบับ", "Article reader"),
        ("data", "ข้อมูลทั้งหมด", "All data"),
    ],
)
def test_language_switch_changes_titles(page, th_title, en_title):
    # the title as read (the word joiners that keep "ฝูเจี้ยน" on one line of a phone are invisible)
    assert without_layout_marks(run_page(page).title[0].value) == th_title  # Thai is the default
    assert run_page(page, "en").title[0].value == en_title


@pytest.mark.parametrize("asked", ["EN", " en", "En"])
def test_the_language_in_the_link_is_read_whatever_its_case(asked):
    at = run_page("china", asked)
    assert at.title[0].value == "China: from “Digital Fujian” to “Digital China”"
    assert at.query_params["lang"] == "en"


def test_overview_kpis_carry_extracted_values_scope_and_year():
    at = run_page("overview", "en")
    metrics = [(m.label, without_layout_marks(m.value)) for m in at.metric]  # the figure as read
    assert metrics == [
        ("Digital economy size", "more than 2 trillion yuan"),
        ("Digital economy growth", "17.6 %"),
        ("Digital economy share of GDP", "more than 45 %"),
        ("Targets achieved", "18 / 62"),
        ("Tasks completed", "102 / 126"),
        ("Global Innovation Index (GII) rank", "#46"),
        ("Digital economy growth", "19 %"),
    ]
    text = all_text(at)
    assert "Fujian province · 2020" in text and "Vietnam · 2023" in text


def test_vietnam_page_states_targets_and_shares():
    text = all_text(run_page("vietnam", "en"))
    for fragment in ("62 targets of Vietnam's National Digital Transformation Programme and national strategy, per the Ministry of Information and Communications' assessment in 2023",
                     "18 achieved (29 %)", "27 highly likely to be met (43.5 %)",
                     "17 need intensive effort to be met on time (27.5 %)", "102 of 126 tasks",
                     "from 48 (2022) to 46 (2023)", "28 % (2022), 19 % (2023)", "3.5× GDP growth",
                     "In the next clause (year not given; follows the Google report in the same paragraph; not said to be the same report's) the article puts growth at about 20 % a year",
                     "528 and 1,086", "one of the top 10 countries", "2 years running", "rank 46",
                     "per a Google report",
                     "proposed by the Ministry of Information and Communications", "year unclear"):
        assert fragment in text
    # what the Thai does not say
    for wrong in ("targets for 2023", "on average", "a year on average"):
        assert wrong not in text


@pytest.mark.parametrize(
    "page, lang, wrong",
    [
        ("overview", "th", " pp vs "),  # an English unit on a Thai page
        ("vietnam", "th", "จำนวนเป้าหมาย"),  # "62 number-of-targets" in the donut
        ("vietnam", "th", "Vietnamese provincial outlet"),  # the outlet named in Thai on a Thai page
        ("china", "th", "ไม่ระบุ,"),  # "not given" without saying what
        ("sources", "th", "— nan"),  # the Vietnam article has no title
        ("sources", "en", "— nan"),
    ],
)
def test_no_untranslated_or_missing_value_on_screen(page, lang, wrong):
    at = run_page(page, lang)
    shown = all_text(at) + "\n".join(str(o) for s in at.selectbox for o in s.options)
    assert wrong not in shown


def test_compare_page_shows_caveat_and_growth():
    at = run_page("compare", "en")
    assert "province" in at.warning[0].value and "different years" in at.warning[0].value
    assert [without_layout_marks(m.value) for m in at.metric] == ["17.6 %", "28 %", "19 %"]


def test_compare_theme_evidence_is_a_literal_table():
    at = run_page("compare", "en")
    shown = at.table[0].value
    # the gloss before the Thai quote: a phone shows the first columns; theme and country share one, as a phone
    # has room for three
    assert list(shown.columns) == ["Theme · country", "English gloss", "Quote"]
    themes = read_table("themes")
    # st.table renders Markdown, so every cell is escaped; unescaped, it is the article's own quote
    # (the invisible marks that keep a phone's lines between words aside)
    assert [without_layout_marks(re.sub(r"\\(.)", r"\1", q)) for q in shown["Quote"]] == themes["quote"].tolist()


def plotted(at: AppTest, index: int = 0) -> dict:
    return json.loads(at.get("plotly_chart")[index].proto.spec)


def test_china_category_filter_changes_rows():
    full = plotted(run_page("china", "en", interactive="1"))
    assert sorted(trace["name"] for trace in full["data"]) == ["anniversary", "key figure", "plan", "summit"]
    filtered = plotted(run_page("china", "en", cat="summit"))
    assert [trace["name"] for trace in filtered["data"]] == ["summit"]
    assert [x[:10] for x in filtered["data"][0]["x"]] == ["2018-04-22", "2020-10-12"]


def test_a_story_pages_chart_tabs_show_pictures_and_no_plotly():
    at = run_page("vietnam", "en")
    assert at.get("plotly_chart") == []  # drawn when a card's Interactive tab is opened
    pictures = [html.proto.body for html in at.get("html") if 'class="dc-pictures"' in html.proto.body]
    assert len(pictures) == 7 and all('role="img"' in body for body in pictures)


def test_chart_tabs_are_lazy_and_the_chart_tab_is_open():
    at = run_page("vietnam", "en", interactive="1")
    keys = [chart.key for chart in at.get("plotly_chart")]
    # seven charts; the one card across the page also drawn for a wide column, the browser showing one of the two
    assert len({key.removesuffix("_wide") for key in keys}) == 7
    assert [key for key in keys if key.endswith("_wide")] == ["chart_vn_other_claims_wide"]
    assert len(at.dataframe) == 0  # Table tabs are built only when opened


def test_csv_download_is_built_with_the_table_tab():
    at = run_page("vietnam", "en")
    assert len(at.get("download_button")) == 0
    at.session_state["tabs_vn_targets_2023"] = t("tab_table", "en")
    at.run()
    assert len(at.dataframe) == 1
    assert [button.label for button in at.get("download_button")] == [t("download_csv", "en")]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_table_tab_csv_is_the_table_shown_in_the_pages_language(lang):
    """The CSV under a Table tab was the raw frame (English codes, the article by id, 10 for «1 ใน 10»):
    it is now the frame the tab shows, its article named "<outlet>, “<title>”, <date>"."""
    import io

    import pandas as pd

    from digital_compare.app.views import article_source, chart_by_id, table_tab_frame
    from digital_compare.csv_safe import dataframe_to_safe_csv
    from digital_compare.tables.store import TABLE_NAMES

    at = run_page("vietnam", lang)
    at.session_state["tabs_vn_targets_2023"] = t("tab_table", lang)
    at.run()
    shown = at.dataframe[0].value
    tables = {name: read_table(name) for name in TABLE_NAMES}
    spec = chart_by_id("vn_targets_2023")
    frame = table_tab_frame(spec.data(tables, lang), tables, lang, spec.columns)
    assert list(shown.columns) == list(frame.columns)
    csv = pd.read_csv(io.BytesIO(dataframe_to_safe_csv(frame)))
    assert list(csv.columns) == list(frame.columns)
    assert not {"article_id", "status", "label_en", "label_th", "share_reported"} & set(csv.columns)
    vietnam = tables["articles"].set_index("id").loc["004_448656d886171038"]
    assert set(csv[t("col_article", lang)]) == {article_source(vietnam, lang)}
    assert "004_448656d886171038" not in dataframe_to_safe_csv(frame).decode("utf-8-sig")
    assert sorted(csv[t("col_count", lang)]) == [17, 18, 27]
    claims = chart_by_id("vn_other_claims")
    claims_frame = table_tab_frame(claims.data(tables, lang), tables, lang, claims.columns)
    assert t("col_value", lang) not in claims_frame.columns  # 10 is the list's size, not Vietnam's figure


@pytest.mark.parametrize("lang, says", [("th", "-9 จุดร้อยละ (คำนวณจาก 28 % ปี ค.ศ. 2022)"),
                                        ("en", "-9 percentage points (computed from 28 % in 2022)")])
def test_overview_marks_a_change_it_computed_and_does_not_colour_it(lang, says):
    """The article gives 28 % (2022) and 19 % (2023), no change: the −9 is ours, said so, neither red nor green;
    the GII's +2 places is the article's own ("ขยับขึ้น 2 อันดับ") and keeps its colour."""
    from streamlit.proto.Metric_pb2 import Metric

    at = run_page("overview", lang)
    deltas = {metric.delta: metric.proto.color for metric in at.metric if metric.delta}
    assert [d for d in deltas if d.startswith("-9")] == [says]
    assert deltas[says] == Metric.MetricColor.Value("GRAY")
    gii = [d for d in deltas if d.startswith("+2")]
    assert len(gii) == 1 and deltas[gii[0]] == Metric.MetricColor.Value("GREEN")


#: the replacements Streamlit's markdown makes in its text nodes (StreamlitMarkdown, after escapes are read);
#: JavaScript's \s, not Python's: U+2060 is not whitespace to either
_STREAMLIT_TYPOGRAPHY = [(r"(^|[ \t\n\r\f\v\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff])" + re.escape(a)
                          + r"(?=[ \t\n\r\f\v\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|$)", b)
                         for a, b in (("<->", "↔"), ("->", "→"), ("<-", "←"), ("--", "—"), (">=", "≥"), ("<=", "≤"),
                                      ("~=", "≈"))]


def _as_streamlit_shows(markdown: str) -> str:
    text = re.sub(r"\\(.)", r"\1", markdown)
    for pattern, symbol in _STREAMLIT_TYPOGRAPHY:
        text = re.sub(pattern, lambda m, s=symbol: m.group(1) + s, text)
    return text.replace("\u2060", "")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_outlets_title_is_shown_as_the_outlet_wrote_it(lang):
    """Streamlit's markdown turned the title's " -- " into " — " on the overview's source line and the Sources tabs."""
    from digital_compare.app.ui import md_escape

    title = read_table("articles").set_index("id").loc["000_7c53af49cd1ab984", "title"]
    assert " -- " in title
    assert _as_streamlit_shows(md_escape(title)) == title
    assert _as_streamlit_shows(md_escape("x -> y <= z")) == "x -> y <= z"
    assert _as_streamlit_shows("a -- b") == "a — b"  # the emulation does what Streamlit does
    at = run_page("overview", lang)
    if lang == "th":  # the Thai page quotes the Thai title
        assert any(title in _as_streamlit_shows(c.value) for c in at.caption)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_overviews_source_line_names_the_articles_of_its_figures_only(monkeypatch, lang):
    """An analyst's added article gave none of the overview's figures, and its source line cited it."""
    import pandas as pd

    from digital_compare.app import ui

    tables = ui.load_tables()
    added = tables["articles"].iloc[[0]].assign(id="900_added", outlet="Outlet Added Later", title="Title Added Later")
    monkeypatch.setattr(ui, "load_tables", lambda *a, **k: {**tables, "articles": pd.concat([tables["articles"], added])})
    at = run_page("overview", lang)
    line = [c.value for c in at.caption if c.value.startswith(ui.md_escape(t("source_line", lang, sources="\0").split("\0")[0]))]
    assert len(line) == 1 and "Added Later" not in line[0]
    for article_id in tables["articles"]["id"]:  # the two seed articles, each named
        assert ui.md_escape(ui.article_sources(tables["articles"], [article_id], lang)[article_id]) in line[0]


@pytest.mark.parametrize("page, present", [("vietnam", None), ("china", None), ("vietnam", "1")])
def test_a_chart_of_text_alone_offers_no_zoom_or_pan(page, present):
    """The claims and the firsts are text: their toolbar offered zoom and pan, which moved the words off the card."""
    at = run_page(page, "en", **({"present": present, "slide": "7"} if present else {"interactive": "1"}))
    seen = set()
    for chart in at.get("plotly_chart"):
        text_only = not json.loads(chart.proto.spec).get("data")
        removed = json.loads(chart.proto.config)["modeBarButtonsToRemove"]
        assert ("zoom2d" in removed and "pan2d" in removed) is text_only, chart.key
        seen.add(text_only)
    assert True in seen  # a chart of text alone is on these pages
    assert seen == {True, False} or present


@pytest.mark.parametrize("lang, says", [("th", "ไม่พบบทความรหัส"), ("en", "No article with id")])
def test_an_unknown_article_in_the_link_is_said_not_found(lang, says):
    """A link naming no article (``?article=../../etc/passwd``) showed the first article without a word."""
    at = run_page("sources", lang, article="../../etc/passwd")
    (warning,) = [w.value for w in at.warning if says in w.value]
    assert "etc/passwd" in warning


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("stored, key, name", [("local", "actor_local", None), ("os:root", "actor_command_line", "root"),
                                               ("oidc:sub-ann", None, None)])
def test_the_history_names_who_as_the_sidebar_does(lang, stored, key, name):
    """The history showed "local" and "os:root" as stored, beside a sidebar saying "On this computer: root"."""
    from digital_compare.app.ui_review import actor_name

    assert actor_name(stored, lang) == (t(key, lang, name=name) if key else stored)


def test_empty_filter_shows_a_message():
    # "?cat=": nothing chosen (a link asking only for values not offered is ignored instead: see below)
    at = run_page("china", "en", cat="")
    assert any("No rows match" in i.value for i in at.info)


def test_data_page_filter_and_snippet():
    at = run_page("data", "en", table="metrics", q="Fujian")
    df = at.dataframe[0].value
    # headings name each column with its code beside it; the codes are the CSV's
    assert len(df) == 3 and set(df["Scope (scope)"]) == {"Fujian province"}
    assert 'pd.read_csv("data/tables/metrics.csv")' in at.code[0].value
    assert "Showing 3 of" in all_text(at)


@pytest.mark.parametrize("lang, noted", [("th", True), ("en", False)])
def test_data_pages_raw_csv_is_said_to_keep_the_tables_english_names_on_a_thai_page(lang, noted):
    at = run_page("data", lang, table="mentions")
    note = t("data_raw_file_note", lang, name="mentions")
    assert (note in [m.value.replace("\\", "") for m in at.markdown]) == noted


@pytest.mark.parametrize("lang, table, noted", [
    ("en", "metrics", True), ("en", "mentions", True),  # units the articles count in Thai, given in English above
    ("en", "articles", False), ("en", "events", False),  # no unit column
    ("th", "metrics", False),  # a Thai page shows the units as the file has them
])
def test_an_english_data_page_says_its_raw_csv_keeps_the_articles_thai_units(lang, table, noted):
    """The metrics CSV gave "เป้าหมาย" and "ภารกิจ" as units on the English page, whose table says "targets" and
    "tasks", with no word of why."""
    at = run_page("data", lang, table=table)
    opening = t("data_raw_units_note", lang, name=table, units="")[:40]
    notes = [m.value.replace("\\", "") for m in at.markdown if m.value.replace("\\", "").startswith(opening)]
    assert bool(notes) == noted, notes
    if noted:
        assert "“เป้าหมาย”" in notes[0] and "the table above gives them in English" in notes[0]


@pytest.mark.parametrize("lang, column, raw, heading, cell", [
    ("th", "kind", "money", "ประเภท", "จำนวนเงิน"),
    ("th", "unit", "CNY", "หน่วย", "หยวน"),
    ("th", "unit", "ordinal", "หน่วย", "ลำดับที่"),
    ("th", "inferred", False, "ปีอนุมานจากประโยค", "ไม่"),
    ("th", "qualifier", ">", "คำขยาย", "มากกว่า"),
    ("th", "article", "000_7c53af49cd1ab984", "บทความ", "cited"),  # by outlet, title and date, as the table shows it
    ("th", "value", 2e12, "ค่า", 2e12),  # a number stays a number for a spreadsheet
    ("en", "kind", "money", "kind", "money"),  # an English page hands out the table's own names and codes
    ("en", "unit", "CNY", "unit", "CNY"),
])
def test_a_raw_table_downloads_in_the_pages_language(lang, column, raw, heading, cell):
    """/sources and /analyze handed out English headings and codes (kind, count, CNY, False) below a Thai table."""
    import pandas as pd

    from digital_compare.app.views import article_source, download_frame

    articles = read_table("articles")
    if cell == "cited":
        cell = f"{article_source(articles.set_index('id').loc[raw], lang)} ({raw})"
    frame = pd.DataFrame({column: [raw, None] if column != "value" else [raw, float("nan")]})
    got = download_frame(frame, lang, articles)
    assert list(got.columns) == [heading] and got[heading].iloc[0] == cell


def test_sources_page_focuses_a_linked_mention():
    at = run_page("sources", "en", m="004_448656d886171038:256")
    assert any("28 ธันวาคม" in i.value for i in at.info)
    assert at.selectbox[0].value == "004_448656d886171038"
    noted = [re.sub(r"\\(.)", r"\1", w.value) for w in at.info]
    assert any("the rank in the UPU sentence, and which year it is for" in w for w in noted)


@pytest.mark.parametrize("article, checks", [
    ("000_7c53af49cd1ab984", {"fujian_size_vs_gdp_share"}),
    ("004_448656d886171038", {"targets_sum_to_total", "targets_achieved_share", "targets_likely_share",
                              "targets_at_risk_share", "tasks_completed_share", "target_shares_sum_to_100",
                              "upu_sentence_repeats_gii", "vn_growth_mean_vs_about_20"}),
])
def test_sources_page_shows_only_the_open_articles_checks(article, checks):
    from digital_compare.app.views import check_text

    at = run_page("sources", "en", article=article)
    shown = "\n".join(re.sub(r"\\(.)", r"\1", box.value) for box in [*at.success, *at.info, *at.warning, *at.error])
    rows = read_table("checks").to_dict("records")
    names = {row["check"]: check_text(row, "en")[0] for row in rows}
    assert {check for check, name in names.items() if f"**{name}**" in shown} == checks


def test_sources_page_kind_filter():
    at = run_page("sources", "en", article="000_7c53af49cd1ab984", kind="money")
    df = at.dataframe[0].value
    assert list(df[t("col_surface", "en")]) == ["2 ล้านล้านหยวน"]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_readers_table_gives_a_whole_date_and_value_room(lang):
    """"22 เมษายน 2561" was cut to "22 เมษ…" in a column of Streamlit's default width."""
    import json

    at = run_page("sources", lang, article="000_7c53af49cd1ab984")
    config = json.loads(at.dataframe[0].proto.columns)
    names = [t(key, lang) for key in ("col_surface", "col_value", "col_date")]
    assert {name: config.get(name, {}).get("width") for name in names} == dict.fromkeys(names, "medium")


@pytest.mark.parametrize("page, lang, params, what, refused", [
    ("explore", "en", {"ind": "no_such_variable"}, "explore_indicator", "no_such_variable"),
    ("explore", "th", {"ind": "digital_economy_growth", "who": "VN,XX"}, "explore_subjects", "XX"),
    ("data", "th", {"table": "passwords"}, "choose_table", "passwords"),
    ("china", "en", {"cat": "summit,bogus"}, "filter_category", "bogus"),
    ("vietnam", "th", {"present": "yes"}, "present_mode", "yes"),
    # "?auto=2" showed the curated figures only without a word
    ("explore", "en", {"auto": "2"}, "explore_auto", "2"),
])
def test_a_links_value_that_is_not_a_choice_is_said_not_silently_replaced(page, lang, params, what, refused):
    at = run_page(page, lang, **params)
    said = [w.value for w in at.warning if t("link_value_not_offered", lang, what="", value="").split()[0] in w.value]
    assert len(said) == 1 and refused in said[0] and t(what, lang) in said[0], [w.value for w in at.warning]


@pytest.mark.parametrize("asked, variable", [("gii_rank", "innovation_index_rank"), ("targets_achieved", "targets.achieved")])
def test_a_link_may_name_a_variable_by_its_curated_indicator(asked, variable):
    # the seeds' "gii_rank" is the explorer's "innovation_index_rank": "?ind=gii_rank" was refused
    at = run_page("explore", "en", ind=asked)
    assert not [w.value for w in at.warning]
    assert next(s for s in at.selectbox if s.label == t("explore_indicator", "en")).value == variable


@pytest.mark.parametrize("asked, said", [("fr", True), ("x" * 500, True), ("EN", False), ("th", False)])
def test_a_links_language_that_is_not_offered_is_said_in_both_languages(asked, said):
    # "?lang=fr" showed the Thai page without a word
    at = run_page("china", asked)
    warned = [w.value for w in at.warning if t("link_value_not_offered", "en", what="", value="").split()[0] in w.value]
    assert bool(warned) is said
    if said:
        (warning,) = warned
        assert t("language", "th") in warning and t("language", "en") in warning and asked[:30] in warning
        assert len(warning) < 600  # a long value is quoted cut, never whole


@pytest.mark.parametrize("at, said", [("999999", True), ("1200", False)])
def test_a_links_position_past_the_articles_end_is_said(at, said):
    """"?at=999999" highlighted the figure nearest the end without a word."""
    at_page = run_page("sources", "en", article="004_448656d886171038", at=at)
    assert any(at in w.value and "past the article's end" in w.value for w in at_page.warning) is said


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_deck_links_ids_that_name_no_chart_are_said_and_left_out(lang):
    at = run_page("vietnam", lang, deck="vn_targets_2023,no_such_chart")
    said = [w.value for w in at.sidebar.warning]
    assert len(said) == 1 and "no_such_chart" in said[0] and "vn_targets_2023" not in said[0], said
    assert t("deck_tray", lang, n=1) in [m.value.strip("*").replace("\\", "") for m in at.sidebar.markdown]


@pytest.mark.parametrize("page, params", [("china", {"cat": "bogus"}), ("sources", {"kind": "zzz"})])
def test_a_link_asking_only_for_values_not_offered_leaves_the_filter_at_all(page, params):
    """The link is said to be ignored, so the page is as without it: the filter's default (every choice), not an
    empty selection that leaves no rows."""
    plain, linked = run_page(page, "en"), run_page(page, "en", **params)
    assert [w.value for w in linked.warning] and not [i.value for i in linked.info if t("no_rows", "en") in i.value]
    assert ([p.value for p in linked.get("button_group")] == [p.value for p in plain.get("button_group")]
            and [len(d.value) for d in linked.dataframe] == [len(d.value) for d in plain.dataframe])


@pytest.mark.parametrize("page, params", [("explore", {"ind": "digital_economy_growth"}), ("data", {"table": "metrics"}),
                                          ("china", {"cat": "summit"})])
def test_a_links_own_choices_bring_no_warning(page, params):
    assert [w.value for w in run_page(page, "en", **params).warning] == []


def checkout_data_digest() -> dict[str, str]:
    """Every file under the checkout's data/ (tables, versions, workspace history), by its content's digest."""
    import hashlib

    return {str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((ROOT / "data").rglob("*")) if p.is_file()}


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """The app over a copy of the checkout's data/ (its published tables, versions and workspace history):
    a test that damages tables and lets the app repair them writes only into the copy."""
    from digital_compare import paths

    root = tmp_path / "root"
    shutil.copytree(ROOT / "data", root / "data", symlinks=True)  # data/tables stays a link, into the copy's versions
    for name, value in (("ROOT", root), ("ARTICLES_DIR", root / "data" / "articles"),
                        ("ANNOTATIONS_DIR", root / "data" / "annotations"), ("TABLES_DIR", root / "data" / "tables")):
        monkeypatch.setattr(paths, name, value)
    monkeypatch.delenv("DIGITAL_COMPARE_DATABASE_URL", raising=False)  # the copy's own workspace history
    before = checkout_data_digest()
    yield root / "data" / "tables"
    assert checkout_data_digest() == before, "the test wrote into the checkout's data/"


def test_missing_table_is_rebuilt(data_copy):
    from digital_compare.workspace.store import Workspace

    versions = len(Workspace().versions())
    (data_copy / "metrics.csv").unlink()
    at = run_page("overview", "en")
    assert (data_copy / "metrics.csv").exists()
    assert {without_layout_marks(m.value) for m in at.metric} >= {"17.6 %"}
    assert len(Workspace().versions()) == versions + 1  # the repair is in the copy's history


def test_corrupt_table_is_rebuilt(data_copy):
    path = data_copy / "checks.csv"
    good = path.read_text(encoding="utf-8")
    path.write_text("not,a\n\"broken", encoding="utf-8")
    at = run_page("sources", "en")
    assert not at.exception
    assert (data_copy / "checks.csv").read_text(encoding="utf-8") == good


@pytest.mark.parametrize("lang", ["th", "en"])
def test_review_says_when_there_is_nothing_to_remove_or_roll_back_instead_of_an_empty_select_box(tmp_path, monkeypatch, lang):
    """An empty select box opens on Streamlit's English "No results" even on a Thai page."""
    from digital_compare import paths

    monkeypatch.setattr(paths, "ROOT", tmp_path)  # a workspace with no added article and no version
    monkeypatch.delenv("DIGITAL_COMPARE_DATABASE_URL", raising=False)

    def manage():
        import streamlit as st

        from digital_compare.app.ui_review import _manage

        _manage(st.query_params["lang"])

    at = AppTest.from_function(manage, default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception
    assert len(at.selectbox) == 0
    assert [re.sub(r"\\(.)", r"\1", c.value) for c in at.caption] == [t("remove_none", lang), t("rollback_none", lang)]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_selected_figures_sentence_is_cut_between_words(lang):
    """The UPU sentence's year 2566, selected: its excerpt ended «…อันดับที่ 46 แล», inside «และ»."""
    at = run_page("sources", lang, m="004_448656d886171038:1209")
    shown = re.sub(r"\\(.)", r"\1", at.info[0].value).split(" — ", 1)[1]
    assert shown.endswith("…") and not shown.endswith("แล…") and not shown.endswith("แล")
    assert "ในปี 2566" in shown and len(shown) <= 162


def test_serve_warm_up_fills_the_cache_the_pages_read(monkeypatch):
    from digital_compare.app import ui
    from digital_compare.tables.store import TABLE_NAMES

    ui._read_tables.clear()
    ui.warm_tables()

    def unreadable(*args, **kwargs):
        raise AssertionError("load_tables read a file: the warm-up filled another cache entry")

    monkeypatch.setattr(ui, "read_table", unreadable)
    assert set(ui.load_tables()) == set(TABLE_NAMES)


def test_unfiltered_charts_come_from_the_build_figure_cache(monkeypatch):
    import copy

    from digital_compare.app import ui
    from digital_compare.app.figure_cache import read_figure_cache

    marked = copy.deepcopy(read_figure_cache(TABLES_DIR))
    assert marked, "make build writes the figure cache next to the tables"
    marked["china_timeline"]["en"]["layout"]["title"]["text"] = "drawn by the build"
    monkeypatch.setattr(ui, "read_figure_cache", lambda tables_dir: marked)
    ui._figure_cache.clear()
    ui._build_chart.clear()
    try:
        assert plotted(run_page("china", "en", interactive="1"))["layout"]["title"]["text"] == "drawn by the build"
        # a filtered view is drawn from the filtered rows, never taken from the cache
        assert plotted(run_page("china", "en", cat="summit"))["layout"]["title"]["text"] != "drawn by the build"
        # presentation mode draws the one chart of its slide laid out as a 16:9 slide at each size that holds it
        # (the timeline: 1344 px, the slide a 1440 × 900 screen holds, 1440, 1600 and 1920), each at its own
        # height and the screen's width, and the card's drawings for a smaller screen (laid out for a wide column)
        # and for a phone, drawn for a screen with no tabs (the build's drawing of the card points to its Sources tab)
        presenting = run_page("china", "en", present="1")
        assert len(presenting.get("plotly_chart")) == 6
        slides = [plotted(presenting, i)["layout"] for i in range(4)]
        assert [(s["autosize"], s.get("width"), s["height"]) for s in slides] == [
            (True, None, 756), (True, None, 810), (True, None, 900), (True, None, 1080)]
        assert plotted(presenting, 5)["layout"]["title"]["text"] != "drawn by the build"
        titles = [plotted(presenting, i)["layout"]["title"]["text"] for i in range(5)]
        assert all("Timeline: Digital Fujian" in title for title in titles)
    finally:
        ui._figure_cache.clear()
        ui._build_chart.clear()


@pytest.mark.parametrize("lang, exit_label", [("th", "ออกจากโหมดนำเสนอ"), ("en", "Exit presentation mode")])
def test_presentation_mode_says_what_its_exit_button_does(lang, exit_label):
    presenting = run_page("china", lang, present="1")
    # it read "✕ Presentation mode", the name of what it leaves
    assert [b.label for b in presenting.button if b.key == "exit_present"] == [exit_label]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_presentation_mode_never_points_to_a_sources_tab_it_does_not_show(lang):
    from digital_compare.app.i18n import t
    from digital_compare.tools.bench import STORY_CHARTS

    pointer = t("quotes_in_sources_tab", lang).replace(" ", "")

    def subtitles(at: AppTest) -> list[str]:
        return [(plotted(at, i)["layout"]["title"].get("subtitle") or {}).get("text", "").replace("<br>", "").replace(" ", "")
                for i in range(len(at.get("plotly_chart")))]

    # the page's card has its Sources tab beside it, and says so
    assert any(pointer in shown for shown in subtitles(run_page("vietnam", lang, interactive="1")))
    slide = str(STORY_CHARTS["vietnam"].index("vn_other_claims") + 1)
    presenting = run_page("vietnam", lang, present="1", slide=slide)
    shown = subtitles(presenting)
    # every drawing of the slide (each 16:9 size, the wide column's, the phone's): the claims, no pointer to a tab
    assert len(shown) >= 3 and all(shown)
    assert not [text for text in shown if pointer in text]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_presentation_mode_keeps_the_compare_pages_cautions_on_their_slides(lang):
    from digital_compare.app import ui
    from digital_compare.app.views import story_figures

    caveat = t("caveat", lang, **story_figures(ui.load_tables(), lang))
    share_caveat = t("share_caveat", lang)

    def warnings(at: AppTest) -> list[str]:
        return [w.value.replace("\\", "") for w in at.warning]  # as shown: Markdown's escapes read as nothing

    # the page states its caution once, above its charts; presentation mode hides the page around the slide
    assert warnings(run_page("compare", lang)).count(caveat) == 1
    growth, share, themes = (run_page("compare", lang, present="1", slide=str(n)) for n in (1, 2, 3))
    assert warnings(growth).count(caveat) == 2  # the page's (hidden) and the growth slide's own
    assert share_caveat in warnings(share) and warnings(share).count(caveat) == 1
    assert share_caveat not in warnings(themes) and warnings(themes).count(caveat) == 1


@pytest.mark.parametrize(
    "params, shown",
    [
        ({"at": "²"}, "is not a character offset"),  # str.isdigit() says yes, int() says no
        ({"at": "9" * 5000}, "is not a character offset"),
        ({"at": "-5"}, "is not a character offset"),
        ({"m": "https://evil.example/login"}, "No figure with id"),
        ({"m": "`x` [a](https://evil.example)"}, "No figure with id"),
    ],
)
def test_bad_reader_links_get_a_message_and_no_live_link(params, shown):
    at = run_page("sources", "en", **params)
    warnings = [w.value for w in at.warning if shown in w.value]
    assert len(warnings) == 1
    value = next(iter(params.values()))
    # the visitor's value is inside a code span, where Markdown makes no link
    assert re.search(r"(`+) .* \1", warnings[0]) and "](" not in warnings[0].split("`")[0]
    assert len(warnings[0]) < 300 or value not in warnings[0]


def test_compares_cards_keep_a_provinces_name_on_one_line():
    # "มณฑลฝู|เจี้ยน" on a phone: the browser's Thai line breaker does not know the name
    from digital_compare.app.layout import names_kept_whole

    captions = [c.value for c in run_page("compare", "th").caption if "เจี้ยน" in without_layout_marks(c.value)]
    assert captions and all(names_kept_whole("มณฑลฝูเจี้ยน") in c for c in captions)


def test_an_unknown_figure_of_a_known_article_opens_that_article():
    articles = read_table("articles")
    vietnam = articles.loc[articles["country"] == "VN", "id"].iloc[0]
    at = run_page("sources", "en", m=f"{vietnam}:999999")
    assert [w for w in at.warning if "No figure with id" in w.value]
    assert at.selectbox(key="article").value == vietnam


@pytest.mark.parametrize("page, lang", [("china", "th"), ("compare", "en")])
def test_add_to_deck_fills_the_tray_and_its_download(page, lang):
    import io

    from pptx import Presentation

    from digital_compare.app.ui import _deck_bytes, _tables_version

    at = run_page(page, lang)
    assert not at.get("download_button")  # nothing chosen: no deck to download
    next(b for b in at.button if b.label == t("deck_add", lang)).click().run()
    chosen = at.query_params["deck"]
    chosen = chosen[0] if isinstance(chosen, list) else chosen
    assert len(chosen.split(",")) == 1
    # said where the button is: on a phone the tray is in the closed side menu
    assert [toast.value for toast in at.toast] == [t("deck_toast", lang, n=1)]
    # the tray, in the sidebar, drawn from the address (AppTest reruns the page alone, without the router)
    tray = run_page(page, lang, deck=chosen)
    assert [b.proto.label for b in tray.sidebar.get("download_button")] == [t("deck_button", lang)]
    # the bytes the button sends when pressed
    data = _deck_bytes(lang, tuple(chosen.split(",")), _tables_version(TABLES_DIR))
    assert len(Presentation(io.BytesIO(data)).slides) == 1 + 1 + 1


def test_explore_opens_on_share_of_gdp_pinned_in_the_url():
    at = run_page("explore", "en")
    # the view is written into the link, so it survives added articles changing the order of the options
    assert at.query_params["ind"] == "digital_economy_share_of_gdp"
    assert not at.toggle[0].value  # unreviewed automatic labels hidden until asked for
    text = all_text(at)
    assert "more than 45 %" in text and "Fujian province" in text and "“data show”, source not named" in text


@pytest.mark.parametrize("variable, shown, absent", [
    ("targets.total", "62 targets", ["18", "17 targets"]),  # the whole, never its parts
    ("targets.at_risk", "17 targets", ["62 targets"]),
    ("digital_economy_growth_per_year", "year not given", []),
    ("upu_postal_index_rank_claim", "year unclear", []),
    ("plan_2024_key_problems", "in the proposed 2024 theme: 6 problems — Vietnam · 2024 · by the Ministry", ["(proposed)", "as proposed"]),
])
def test_explore_plots_one_variable(variable, shown, absent):
    at = run_page("explore", "en", ind=variable)
    summary = next(m.value for m in at.markdown if re.search(r"figures? for", m.value))
    summary = re.sub(r"\\(.)", r"\1", summary)
    assert shown in summary
    for text in absent:
        assert text not in summary
    assert "1 countries" not in summary and "1 figures" not in summary


@pytest.mark.parametrize("reason, thai, english", [
    ("add 012_ab, 013_cd", "เพิ่มบทความ", "added an article"),
    ("roll back to v3", "ย้อนกลับ", "rolled back"),
    ("repair: the published tables were damaged: table 'checks' is unreadable",
     "สร้างตารางใหม่ เพราะตารางที่เผยแพร่อยู่เสียหาย",
     "rebuilt the tables: the published ones were damaged (table 'checks' is unreadable)"),
    ("rebuild: the current version, on this machine", "สร้างตารางรุ่นปัจจุบันใหม่บนเครื่องนี้",
     "rebuilt the current version on this machine"),
    # wordings written before these names, kept by the append-only history
    ("the published tables were damaged: table 'metrics' has not been built",
     "สร้างตารางใหม่ เพราะตารางที่เผยแพร่อยู่เสียหาย",
     "rebuilt the tables: the published ones were damaged (table 'metrics' has not been built)"),
    ("rebuild of the current version on this machine", "สร้างตารางรุ่นปัจจุบันใหม่บนเครื่องนี้",
     "rebuilt the current version on this machine"),
])
def test_the_history_names_each_publish_reason_in_the_readers_language(reason, thai, english):
    from digital_compare.app.ui_review import _detail_value

    assert _detail_value("reason", reason, "th") == thai
    assert _detail_value("reason", reason, "en") == english


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_rollback_list_names_each_version_as_the_history_does(lang):
    """The rollback list showed the store's English ("system · repair: the published tables were damaged: …")
    on the Thai page."""
    from digital_compare.app.ui_review import _detail_value, version_option

    reason = "repair: the published tables were damaged: table 'checks' is unreadable"
    option = version_option({"id": 39, "created_at": "2026-11-30T19:03:36+00:00", "actor": "system", "reason": reason}, lang)
    when = {"th": "30 พฤศจิกายน ค.ศ. 2026 19:03 UTC", "en": "30 November 2026, 19:03 UTC"}[lang]
    assert option == f"39 · {when} · {t('actor_system', lang)} · {_detail_value('reason', reason, lang)}"
    if lang == "th":
        assert not re.search(r"[A-Za-z]{3,}", option.split(" · ", 2)[2])  # no English word after the number and time
    person = version_option({"id": 40, "created_at": "t", "actor": "oidc:sub-ann", "reason": "build"}, lang)
    assert person.split(" · ")[2] == "oidc:sub-ann"  # a signed-in person's id as it is
    cli = version_option({"id": 41, "created_at": "t", "actor": "os:root", "reason": "build"}, lang)
    assert cli.split(" · ")[2] == t("actor_command_line", lang, name="root")  # as the history names it
