"""Thai in Thai: every heading, coded cell, check and toolbar word a Thai page shows is Thai; an
article is cited by outlet, title and date, never by its id."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from digital_compare.app.i18n import PLOTLY_TH, label, plotly_locale, t
from digital_compare.app.views import (
    CHARTS,
    article_name,
    article_source,
    article_sources,
    cell_text,
    check_text,
    column_name,
    display_frame,
    source_line,
)
from digital_compare.tables.steps.checks import DETAILS as CHECK_DETAILS
from digital_compare.tables.store import TABLE_NAMES, read_table

#: Latin words a Thai page may show: names and codes that are the point (GII beside its Thai name)
ALLOWED_LATIN = {"Google", "GII", "UPU", "GDP", "WIPO", "PNG", "JSON", "CSV", "Plotly", "js", "log", "odds", "z", "SHA", "ID"}


@pytest.fixture(scope="module")
def tables():
    return {name: read_table(name, validate=False) for name in TABLE_NAMES}


def latin_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]+", text)) - ALLOWED_LATIN


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_every_table_column_has_a_thai_heading(tables, name):
    headings = {column: column_name(column, "th") for column in tables[name].columns}
    assert {c: h for c, h in headings.items() if latin_words(h)} == {}


@pytest.mark.parametrize("spec", CHARTS, ids=lambda spec: spec.id)
def test_every_chart_table_heading_is_thai(tables, spec):
    df = spec.data(tables, "th")
    shown = display_frame(df, "th", spec.columns)
    assert [h for h in shown.columns if latin_words(h)] == []
    assert not shown.isin(["None", "nan", "NaN"]).any().any()
    # a missing value is an empty cell, never a "None" drawn by the table
    assert not any(shown[c].isna().any() for c in shown.columns)


@pytest.mark.parametrize("column, value, thai", [
    ("kind", "percent", "ร้อยละ"),
    ("status", "actual", "ค่าที่เกิดขึ้นจริง"),
    ("status", "proposed", "ที่เสนอ"),
    ("subject", "ID", "อินโดนีเซีย"),
    ("subject", "WORLD", "ทั่วโลก"),
    ("indicator", "digital_economy_share_of_gdp", "สัดส่วนเศรษฐกิจดิจิทัลต่อ GDP"),
    ("indicator", "digital_economy_gdp_share", "สัดส่วนเศรษฐกิจดิจิทัลต่อ GDP"),  # the curated name of the same quantity
    ("country", "VN", "เวียดนาม"),
    ("inferred", True, "ใช่"),
    ("qualifier", "≲", "เกือบ"),
    ("year_status", "not_given", "ไม่ระบุปี"),
    ("unit", "CNY", "หยวน"),
    ("scope", "Fujian province", "มณฑลฝูเจี้ยน"),
    ("qualifier", None, ""),
])
def test_coded_cells_are_named(column, value, thai):
    assert cell_text(column, value, "th") == thai


def test_checks_read_in_thai(tables):
    for check in tables["checks"].to_dict("records"):
        name, detail = check_text(check, "th")
        assert not latin_words(name) and not latin_words(detail), (name, detail)
    upu = tables["checks"].set_index("check").loc["upu_sentence_repeats_gii"].to_dict() | {"check": "upu_sentence_repeats_gii"}
    assert "ซึ่ง" in check_text(upu, "th")[1]  # the ambiguity itself, not only its English detail


def _thai_template(template: str) -> str:
    from digital_compare.app.i18n import STRINGS

    return STRINGS[f"check_detail_{template}"][0]


@pytest.mark.parametrize("template", sorted(CHECK_DETAILS))
def test_each_check_detail_is_worded_in_thai_from_its_values(template):
    import json
    import string

    # the values a check stores: those its English detail names and those its Thai one does (the English names a
    # currency, "yuan"; the Thai its code's Thai name)
    fields = sorted({f for text in (CHECK_DETAILS[template], _thai_template(template))
                     for _, f, _, _ in string.Formatter().parse(text) if f and f != "quote"})  # the row's quote
    values = {f: [f"{i}1 %", f"{i}2 %"] if f == "yearly" else "CNY" if f == "unit" else "yuan" if f == "unit_name"
              else f"{i + 101}" for i, f in enumerate(fields)}
    row = {"check": "some_check", "detail_template": template, "detail_values": json.dumps(values),
           "detail": "English words", "quote": "ประโยคที่ยกมา"}
    _, detail = check_text(row, "th")
    assert not latin_words(detail), detail
    if "{quote}" in _thai_template(template):  # the sentence quoted in place of its figures
        assert "ประโยคที่ยกมา" in detail
    else:
        for field, value in values.items():
            if field == "unit_name":  # the English detail's word for the currency
                continue
            words = {"yearly": " และ ".join(value), "unit": "หยวน"}.get(field, value)
            assert words in detail, (field, detail)


def test_built_checks_read_in_thai_with_the_english_details_figures(tables):
    for check in tables["checks"].to_dict("records"):
        if "{quote}" in _thai_template(check["detail_template"]):
            continue
        _, detail = check_text(check, "th")
        for number in re.findall(r"\d[\d,.]*\d|\d", check["detail"]):
            assert number in detail, (check["check"], number, detail)


@pytest.mark.parametrize("word, instead", [
    ("โปร่ง", "กลวง"),  # an unfilled marker: โปร่ง is airy, see-through
    # beside counts of เป้าหมาย (targets), "ค่าจริง · 62 เป้าหมาย" read as a question whether 62 is a target
    ("ค่าจริง", "ค่าที่เกิดขึ้นจริง"),
])
def test_thai_words_a_reader_misreads_are_not_used(word, instead):
    from digital_compare.app.i18n import STRINGS

    assert [key for key, (thai, _) in STRINGS.items() if word in thai] == [], instead


@pytest.mark.parametrize("table, column", [("metrics", "label_th"), ("metrics", "indicator"), ("events", "title_th")])
def test_data_shows_our_thai_names_with_their_years_as_every_surface_writes_them(tables, table, column):
    # a code beside a name ("(plan_2024_key_problems)") is the CSV's, written as the CSV holds it
    shown = display_frame(tables[table], "th", [column], with_codes=True).iloc[:, 0].str.replace(r" \([a-z0-9_]+\)$", "", regex=True)
    bare = [v for v in shown if re.search(r"(?<![\d.,])(?<!ค\.ศ\. )(?:25\d\d|20\d\d)(?![\d,.])", v)
            and not re.search(r"ค\.ศ\. \d{4}(?:, | และ |–)\d{4}", v)]
    assert bare == []


def test_fujian_panel_words_its_lower_bounds():
    """Side by side, "17.6 % > 45 %" read as an inequality."""
    from digital_compare.app.views import chart_by_id

    for lang, words in (("th", "มากกว่า "), ("en", "more than ")):
        _, fig, _ = chart_by_id("fujian_digital_economy_2020").build({n: read_table(n, validate=False) for n in TABLE_NAMES}, lang)
        assert [trace.number.prefix for trace in fig.data] == [words, "", words]


def test_plotly_toolbar_speaks_thai():
    config = plotly_locale("th")
    assert config["locale"] == "th" and config["locales"]["th"]["dictionary"] is PLOTLY_TH
    for word in ("Download plot as a PNG", "Zoom in", "Zoom out", "Autoscale", "Reset axes", "Pan"):
        assert not latin_words(PLOTLY_TH[word].replace("PNG", "")), word
    assert plotly_locale("en") == {}


@pytest.mark.parametrize("lang", ["th", "en"])
def test_an_article_is_never_cited_by_its_id(lang):
    added = pd.Series({"country": "XX", "outlet": None, "outlet_th": None, "published": None, "title": None,
                       "title_en": None}, name="005_e39fc2397ddf2da7")
    for text in (article_name(added, lang), article_source(added, lang)):
        assert "005_" not in text and "e39fc" not in text
    assert t("title_not_given", lang) in article_source(added, lang)
    assert t("outlet_not_given", lang) in article_source(added, lang)


def test_source_lines_cite_outlet_title_and_date(tables):
    df = pd.DataFrame({"article_id": list(tables["articles"]["id"])})
    line = source_line(tables, df, "th")
    assert "ซีเอ็มจี" in line and "11 มิถุนายน ค.ศ. 2024" in line and "จีนดิจิทัล" in line
    assert "11 June 2024" in source_line(tables, df, "en")
    assert not re.search(r"\d{4}-\d\d-\d\d", line + source_line(tables, df, "en"))  # a date, not its code
    assert "ไม่มีชื่อเรื่อง" in line and "004_" not in line
    # the untitled article gets no invented English title
    assert "2023 review" not in source_line(tables, df, "en")


@pytest.mark.parametrize("indexed", [False, True], ids=["id column", "id index"])
@pytest.mark.parametrize("with_id", [False, True], ids=["citation", "citation and id"])
def test_article_sources_cite_each_held_article_once_in_order(tables, indexed, with_id):
    articles = tables["articles"]
    first, second = list(articles["id"])[:2]
    frame = articles.set_index("id") if indexed else articles
    ids = [second, None, "no_such_article", first, second, float("nan")]
    names = article_sources(frame, ids, "th", with_id=with_id)
    assert list(names) == [second, first]  # ids it does not hold, and gaps, are left out; each once
    for article_id, name in names.items():
        row = articles[articles["id"] == article_id].iloc[0]
        assert name == (f"{article_source(row, 'th')} ({article_id})" if with_id else article_source(row, "th"))


@pytest.mark.parametrize("spec", [s for s in CHARTS if s.page in ("china", "vietnam", "compare")], ids=lambda s: s.id)
def test_thai_summaries_use_no_english_words(tables, spec):
    _, _, summary = spec.build(tables, "th")
    assert latin_words(summary) == set(), summary


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_no_table_shows_none_or_nan(tables, name):
    """/sources, /analyze and /data show their tables through display_frame: a gap is empty, not "None"."""
    shown = display_frame(tables[name], "th", with_codes=True)
    assert not any(shown[c].isna().any() for c in shown.columns)
    assert not shown.isin(["None", "nan", "NaN"]).any().any()


@pytest.mark.parametrize("table, column, lang, heading", [
    # an event's English name, not an article's title
    ("events", "title_en", "th", "ชื่อเหตุการณ์ (อังกฤษ)"),
    ("events", "title_en", "en", "Event name (English)"),
    ("articles", "title_en", "th", "ชื่อเรื่อง (อังกฤษ)"),
    ("articles", "title", "th", "ชื่อเรื่อง"),
])
def test_a_column_is_named_for_the_table_it_is_in(tables, table, column, lang, heading):
    assert column_name(column, lang, table) == heading
    shown = display_frame(tables[table], lang, with_codes=True, articles=tables["articles"], table=table)
    assert f"{heading} ({column})" in shown.columns


@pytest.mark.parametrize("lang, published, summit", [
    ("th", "11 มิถุนายน ค.ศ. 2024", "22 เมษายน ค.ศ. 2018"),
    ("en", "11 June 2024", "22 April 2018"),
])
def test_data_shows_dates_as_a_reader_writes_them_and_the_csv_keeps_the_code(tables, lang, published, summit):
    """/data showed "วันที่เผยแพร่ (published): 2024-06-11" and "วันที่ (date): 2018-04-22" on Thai pages: a code, its
    era left open on pages whose articles write 2566. The file keeps ISO, and the column help says so."""
    from digital_compare.app.views import column_name, download_frame
    from digital_compare.tables.store import read_meta

    articles, events = tables["articles"], tables["events"]
    shown = display_frame(articles, lang, with_codes=True, articles=articles, table="articles")
    assert published in set(shown[f"{column_name('published', lang, 'articles')} (published)"])
    dates = display_frame(events, lang, with_codes=True, articles=articles, table="events")[
        f"{column_name('date', lang, 'events')} (date)"]
    assert summit in set(dates) and not dates.str.contains(r"\d{4}-\d\d").any()
    assert set(download_frame(events, lang, articles)[column_name("date", lang) if lang == "th" else "date"]) \
        == set(events["date"])  # a spreadsheet reads the code
    suffix = "_th" if lang == "th" else ""
    for table, column in (("articles", "published"), ("events", "date")):
        assert ("ปปปป-ดด-วว" if lang == "th" else "YYYY-MM-DD") in read_meta(table)[f"columns{suffix}"][column]


def _vocabulary_helps():
    from digital_compare.app.views import VOCABULARY_COLUMNS
    from digital_compare.tables.store import read_meta

    return [pytest.param(table, column, text, id=f"{table}.{column}") for table in TABLE_NAMES
            for column, text in (read_meta(table).get("columns_th") or {}).items() if column in VOCABULARY_COLUMNS]


@pytest.mark.parametrize(("table", "column", "text"), _vocabulary_helps())
def test_thai_column_help_quotes_the_words_its_cells_show(table, column, text):
    """The metrics help said "actual (จริง)" and "year_end (ภายในสิ้นปี)" over cells reading "ค่าที่เกิดขึ้นจริง" and
    "ยอดรวมถึงสิ้นปี"; the targets help "assessment (ณ การประเมิน)" over "การประเมิน". The page names each code from
    the vocabulary the cells are named from, and the sidecar a CSV reader opens says the same."""
    from digital_compare.app.views import VOCABULARY_COLUMNS, column_help

    shown = column_help(column, text, "th")
    assert shown == text, (text, shown)
    cells = set(display_frame(read_table(table), "th")[column_name(column, "th", table)])
    for code, words in re.findall(r"(?<![\w])([a-z_]+) \(([^()]*)\)", shown):
        assert words in cells or words == label(VOCABULARY_COLUMNS[column], code, "th"), (code, words)


def test_column_help_names_a_code_by_its_cells_words_whatever_the_sidecar_typed():
    from digital_compare.app.views import column_help

    assert column_help("status", "actual (จริง), proposed (ที่เสนอ)", "th") == "actual (ค่าที่เกิดขึ้นจริง), proposed (ที่เสนอ)"
    assert column_help("year_basis", "year_end (ภายในสิ้นปี): ยอดรวม", "th") == "year_end (ยอดรวมถึงสิ้นปี): ยอดรวม"
    assert column_help("status", "proposed (put forward)", "en") == "proposed (put forward)"  # English lists the codes


@pytest.mark.parametrize("key, values, english", [
    ("mentions_found", {"n": 1, "figures": 1}, "1 number, year or date found, 1 of them a data figure"),
    ("mentions_found", {"n": 7, "figures": 0}, "7 numbers, years and dates found, 0 of them data figures"),
    ("places_delta", {"change": "+1", "year": 2022}, "+1 place vs 2022"),
    ("places_delta", {"change": "−2", "year": 2022}, "−2 places vs 2022"),
    ("points_delta", {"change": "−1", "year": 2022}, "−1 percentage point vs 2022"),
])
def test_english_nouns_agree_with_their_count_and_thai_is_untouched(key, values, english):
    from digital_compare.app.i18n import STRINGS, t

    assert t(key, "en", **values) == english
    assert t(key, "th", **values) == STRINGS[key][0].format(**values)
