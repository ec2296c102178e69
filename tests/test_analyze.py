"""The /analyze path: input hazards, downloads, and the page keeping its state across reruns."""

import io
import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from digital_compare.app.analysis import analyse_text, mentions_to_json, mentions_to_xlsx, prepare_text
from digital_compare.paths import ROOT
from digital_compare.text.decode import MAX_INPUT_BYTES, InputError

ARTICLE = "เมื่อวันที่ 5 มีนาคม 2567 รัฐบาลลงทุน 7.7 แสนล้านบาท\nเศรษฐกิจดิจิทัลโต ร้อยละ 12 ในปี 2566"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<p>ปี 2566</p><script>alert(1)</script><p>62 เป้าหมาย</p>", "ปี 2566\n62 เป้าหมาย"),
        ("ข้อความ\r\nบรรทัดใหม่", "ข้อความ\nบรรทัดใหม่"),
        ("<img src=x onerror=alert(1)> ปี 2566", "<img src=x onerror=alert(1)> ปี 2566"),  # not a page: kept as text
    ],
)
def test_prepare_text(text, expected):
    assert prepare_text(text) == expected


@pytest.mark.parametrize(
    "text, message",
    [("", "empty"), ("  \n ", "empty"), ("<html><script>x</script></html>", "empty"), ("ก" * (MAX_INPUT_BYTES // 3 + 1), "limit")],
)
def test_prepare_text_refuses(text, message):
    with pytest.raises(InputError, match=message):
        prepare_text(text)


@pytest.mark.parametrize("lang, pasted, error", [
    ("th", "<div><p>   </p></div>", "อ่านข้อมูลไม่ได้: ข้อความว่างเปล่า โปรดวางหรืออัปโหลดบทความภาษาไทย"),
    ("en", "<div><p>   </p></div>", "Could not read the input: the input is empty: paste or upload a Thai article"),
])
def test_a_refused_input_is_explained_in_the_pages_language(lang, pasted, error):
    """The Thai page said «อ่านข้อมูลไม่ได้: the input is empty: paste or upload a Thai article»."""
    at = analyse(analyze_app(lang), pasted)
    assert [e.value.replace("\\", "") for e in at.error] == [error]  # as drawn: Markdown escapes removed


@pytest.mark.parametrize("data, name, key", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "x.txt", "input_not_text"),
    (b"<html><body><script>x</script></body></html>", "a.html", "input_html_empty"),
])
def test_an_uploads_refusal_keeps_its_cause_across_the_worker(data, name, key):
    """An upload is read in a worker process: the cause must come back with its key, to be worded in Thai."""
    from digital_compare.app.i18n import t
    from digital_compare.app.ui_analyze import _in_worker
    from digital_compare.text.decode import read_article_bytes

    failure = _in_worker(read_article_bytes, data, name)
    assert (failure.key, failure.cause_key) == ("input_error", key)
    assert t(failure.cause_key, "th", **failure.params) != t(failure.cause_key, "en", **failure.params)


def _too_many_figures(monkeypatch):
    from digital_compare.app import analysis

    monkeypatch.setattr(analysis, "MAX_ANALYSIS_MENTIONS", 2)
    analysis.analyse_text("ปี 2566 มี 62 เป้าหมาย และ 126 ภารกิจ")


@pytest.mark.parametrize("refuse, key", [
    (lambda mp: prepare_text(" \n "), "input_empty"),
    (lambda mp: prepare_text("<html><script>x</script></html>"), "input_empty"),
    (lambda mp: prepare_text("ก" * (MAX_INPUT_BYTES // 3 + 1)), "input_text_too_large"),
    (_too_many_figures, "input_too_many_figures"),
])
def test_every_refusal_of_the_analysis_is_worded_in_both_languages(monkeypatch, refuse, key):
    """Each cause /analyze can meet has its key, and the key a Thai and an English wording with its figures filled
    in; the Thai names no cause in English (UTF-8, HTML, MB and the command's name are kept as written)."""
    import re

    from digital_compare.app.i18n import t

    with pytest.raises(InputError) as caught:
        refuse(monkeypatch)
    assert caught.value.key == key
    english, thai = t(key, "en", **caught.value.params), t(key, "th", **caught.value.params)
    assert english == str(caught.value).replace("`", "")
    assert not re.findall(r"[{}]", thai + english)
    assert not [w for w in re.findall(r"[A-Za-z]{3,}", thai) if w not in {"UTF", "TIS", "HTML", "digital", "compare", "extract"}]


def test_analysis_tables():
    result = analyse_text(ARTICLE)
    assert result.mentions["kind"].tolist() == ["date", "money", "percent", "year"]
    assert result.events["date"].tolist() == ["2024-03-05", "2023"]
    assert dict(zip(result.by_kind["kind"], result.by_kind["count"])) == {"date": 1, "money": 1, "percent": 1, "year": 1}
    assert "เศรษฐกิจดิจิทัล" in set(result.keywords["term"])  # the articles' term, counted whole (names.yaml)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_number_too_large_to_hold_exactly_is_written_as_approximate(lang):
    """9999999999999999999 in a text broke the "numbers found" table (no exact whole number that large in a
    float); 27 nines were shown to the last digit as 1,000,000,000,000,000,013,287,555,072."""
    from digital_compare.app.ui_analyze import MENTION_COLUMNS, figures_download
    from digital_compare.app.views import column_name, display_frame
    from digital_compare.csv_safe import dataframe_to_safe_csv

    result = analyse_text("ในปี 2566 มีผู้ใช้ 9999999999999999999 คน และอีก 12 คน และ ๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙%")
    shown = display_frame(result.mentions, lang, list(MENTION_COLUMNS))
    assert shown[column_name("value", lang)].tolist() == ["2023", "≈1e+19", "12", "≈1e+27"]
    files = figures_download(result.mentions, lang)
    assert dataframe_to_safe_csv(files) and mentions_to_json(result.mentions) and mentions_to_xlsx(result.mentions)


def test_json_and_xlsx_downloads():
    mentions = analyse_text("=HYPERLINK(\"x\") ปี 2566 มี 62 เป้าหมาย").mentions
    records = json.loads(mentions_to_json(mentions))
    assert [r["surface"] for r in records] == ["2566", "62"]
    sheet = pd.read_excel(io.BytesIO(mentions_to_xlsx(mentions)), sheet_name="mentions")
    assert sheet["sentence"].iloc[0].startswith("'=HYPERLINK")
    assert sheet["value"].tolist() == [2023, 62]


def analyze_app(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["lang"] = lang
    at.switch_page("pages/analyze.py")
    at.run()
    return at


def analyse(at: AppTest, text: str) -> AppTest:
    """Type the text, then press the page's Analyse button (typing alone analyses nothing)."""
    at.text_area(key="paste").input(text)
    at.button(key=next(b.key for b in at.button if b.key.startswith("FormSubmitter:analyse_form"))).click().run()
    return at


@pytest.mark.parametrize("lang, heading, kinds, article", [
    ("th", "ประเภท", {"วันที่", "จำนวนเงิน", "ร้อยละ", "ปี"}, "ข้อความที่ผู้ใช้ให้มา"),
    ("en", "kind", {"date", "money", "percent", "year"}, "pasted"),  # the table's own codes, as /data's files
])
def test_the_found_figures_files_are_in_the_pages_language(lang, heading, kinds, article):
    """The CSV, JSON and Excel under a Thai table had English headings and codes (kind, money, False)."""
    from digital_compare.app.ui_analyze import figures_download

    files = figures_download(analyse_text(ARTICLE).mentions, lang)
    records = json.loads(mentions_to_json(files))
    assert {r[heading] for r in records} == kinds and {r[next(iter(records[0]))] for r in records} == {article}
    sheet = pd.read_excel(io.BytesIO(mentions_to_xlsx(files)))
    assert list(sheet.columns) == list(files.columns) and heading in sheet.columns


def test_page_starts_with_a_friendly_prompt():
    at = analyze_app()
    assert not at.exception and [i.value for i in at.info] == ["Paste text or upload a file to start."]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_paste_box_gives_one_instruction_and_it_names_the_button(lang):
    """The box is in a form: only the button analyses. A second, stale instruction ("click outside the box (or press
    Ctrl+Enter)") contradicted the placeholder."""
    from digital_compare.app.i18n import STRINGS, t

    at = analyze_app(lang)
    box = at.text_area(key="paste")
    assert box.placeholder == t("paste_placeholder", lang, chars="699,050") and t("analyse_button", lang) in box.placeholder
    # a longer paste is refused by the box whole and silently: the placeholder, still shown, names the limit
    assert box.max_chars == 699_050 and "699,050" in box.placeholder
    assert not box.help
    assert not [key for key, words in STRINGS.items() if any("Ctrl+Enter" in w or "กดนอกกล่อง" in w for w in words)]


def test_typing_alone_analyses_nothing_until_analyse_is_pressed():
    at = analyze_app()
    at.text_area(key="paste").input(ARTICLE).run()
    assert not at.success and [i.value for i in at.info] == ["Paste text or upload a file to start."]
    analyse(at, ARTICLE)
    assert [s.value for s in at.success][0] == "4 numbers, years and dates found, 2 of them data figures"


def test_proposed_labels_come_first_in_the_pages_language_needing_review_first():
    at = analyse(analyze_app("th"), ARTICLE)
    assert not at.exception
    labels = at.dataframe[0].value
    assert labels["figure"].tolist()[:2] and set(labels["figure"]) == {"7.7 แสนล้านบาท", "ร้อยละ 12"}
    assert set(labels["subject"]) == {"ไทย"} and "TH" not in set(labels["subject"])
    assert set(labels["status"]) <= {"ค่าที่เกิดขึ้นจริง", "ค่าเป้าหมาย", "คาดการณ์"}
    review = labels["review"].tolist()
    assert review == sorted(review, key=lambda r: r != "ต้องตรวจ")  # the figures to check first
    assert labels["confidence"].tolist()[: review.count("ต้องตรวจ")] == sorted(labels["confidence"])[: review.count("ต้องตรวจ")]


def test_on_a_phone_the_labels_grid_opens_on_the_figure_its_review_and_whose():
    """At 390 px the grid shows about 330 px: the figure column was a fixed 200 px («7.7 แสนล้านบาท» needs
    about 110), so the review column was a sideways scroll away. Each text column is now as wide as its
    longest cell."""
    from digital_compare.app.i18n import t

    at = analyse(analyze_app("th"), ARTICLE)
    grid = at.dataframe[0]
    assert list(grid.value.columns)[:3] == ["figure", "review", "subject"]
    widths = {column["label"]: column.get("width") for column in json.loads(grid.proto.columns).values() if "label" in column}
    first_three = [widths[t(key, "th")] for key in ("col_surface", "col_review", "col_subject")]
    assert all(isinstance(w, int) for w in first_three) and sum(first_three) <= 330, widths


@pytest.mark.parametrize("surface, value, shown", [
    ("528", 528.0, "528 items (ฉบับ)"), ("1,086 ฉบับ", 1086.0, "1,086 items (ฉบับ)"), ("1 ฉบับ", 1.0, "1 item (ฉบับ)"),
])
def test_an_english_page_keeps_the_classifier_chabap_and_invents_no_documents(surface, value, shown):
    """English /analyze read «528 และ 1,086 ฉบับ» (procedures) and «เกือบ 2,500 ฉบับ» (regulations) as
    "528 documents": ฉบับ is the classifier of any written item, and no indicator names what is counted."""
    from digital_compare.app.ui_add import shown_figure

    assert shown_figure({"surface": surface, "value": value, "unit": "ฉบับ", "qualifier": None}, "en") == shown
    # the Thai as written, with the classifier the text writes once after the pair ("528 และ 1,086 ฉบับ")
    thai = surface if "ฉบับ" in surface else f"{surface} ฉบับ"
    assert shown_figure({"surface": surface, "value": value, "unit": "ฉบับ", "qualifier": None}, "th") == thai


@pytest.mark.parametrize("lang", ["th", "en"])
def test_review_states_share_no_word_with_the_statuses(lang):
    """One row reads "Status: proposed · Review: proposed" if the label the system suggests and the figure
    the article calls a proposal are the same word."""
    from digital_compare.app.i18n import label, t

    statuses = {label("status", s, lang) for s in ("actual", "target", "forecast", "proposed", "derived")}
    reviews = {t(f"review_{s}", lang) for s in ("needed", "proposed", "corrected", "rejected", "accepted")}
    assert len(reviews) == 5 and not reviews & statuses, reviews & statuses


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_labels_table_gives_a_whole_status_room(lang):
    """«ค่าเป้าหมาย» and «ค่าที่เกิดขึ้นจริง» were cut in a column of Streamlit's "small" width (75 px); the
    column is now as wide as its longest cell (a fixed "medium" was 200 px of a 330 px phone grid)."""
    import json

    from digital_compare.app.i18n import t

    at = analyse(analyze_app(lang), ARTICLE)
    config = json.loads(at.dataframe[0].proto.columns)
    from digital_compare.app.layout import grid_column_px

    status = next(c for c in config.values() if c.get("label") == t("col_status", lang))
    assert grid_column_px(at.dataframe[0].value["status"]) <= status["width"] < 200, config


@pytest.mark.parametrize("lang, offered, shown", [
    ("th", ["ค่าที่เกิดขึ้นจริง", "ค่าเป้าหมาย", "คาดการณ์", "ที่เสนอ (ยังไม่ระบุว่ารับรอง)"], "ที่เสนอ"),
    ("en", ["actual", "target value", "forecast", "proposed (not said to be adopted)"], "proposed"),
])
def test_the_labelling_form_can_file_a_figure_as_proposed(lang, offered, shown):
    """The metrics table and /explore know four statuses; the form offered three, so a proposal
    ("กระทรวง…ได้เสนอหัวข้อสำหรับปี 2024") could only be saved as an actual value or a target."""
    from digital_compare.app.i18n import t

    at = analyse(analyze_app(lang), ARTICLE)
    status = next(s for s in at.selectbox if s.label == t("col_status", lang))
    assert status.options == offered
    status.set_value("proposed")
    next(b for b in at.button if b.key.startswith("FormSubmitter:figure_") and b.key.endswith(t("save_correction", lang))
         ).click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    labels = at.dataframe[0].value
    assert labels["status"].iloc[[i for i, r in enumerate(labels["review"]) if r == t("review_corrected", lang)]].tolist() == [shown]


def test_a_figure_rejected_and_one_corrected_before_adding(tmp_path, monkeypatch):
    at = _analyst_app(tmp_path, monkeypatch)
    analyse(at, ARTICLE)
    labels = at.dataframe[0].value
    first = labels["figure"].iloc[0]
    # the page shows the first row's figure in its sentence and a form for it
    assert at.subheader[0].value.replace("\\", "").startswith(first)
    form_buttons = [b for b in at.button if b.key.startswith("FormSubmitter:figure_")]
    assert len(form_buttons) == 2
    reject = next(b for b in form_buttons if "reject" in b.key.lower() or "Not a data figure" in b.key)
    reject.click().run()
    assert at.dataframe[0].value.set_index("figure").loc[first, "review"] == "rejected"
    # said beside the form too: on a phone the changed count is in the caption far above it
    assert [toast.value for toast in at.toast] == ["The figure is rejected: it will not be added with the article."]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_proposed_year_can_be_cleared_to_not_given(lang):
    # a number box the page opened on a year restored that year when emptied: a year the text does not give
    # could never be corrected to "not given"
    from digital_compare.app.i18n import t

    at = analyse(analyze_app(lang), "ในปี 2565 เศรษฐกิจดิจิทัลของเวียดนามเติบโต 28% ส่วนไทยตั้งเป้าให้โต 30% ภายในปี 2570")
    labels = at.dataframe[0].value
    row = labels.index[labels["figure"].str.startswith("30")][0]
    at.session_state[at.dataframe[0].key] = {"selection": {"rows": [int(row)], "columns": []}}
    at.run()
    year = next(n for n in at.number_input if n.label == t("col_year", lang))
    # the browser lets a number box be emptied only when it has no default to fall back to
    assert year.value == 2027 and not year.proto.HasField("default")
    year.set_value(None)
    next(b for b in at.button if b.key.startswith("FormSubmitter:figure_") and b.key.endswith(t("save_correction", lang))
         ).click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    shown = at.dataframe[0].value.iloc[row]
    assert shown["review"] == t("review_corrected", lang) and shown["year"] == "—"
    # the next figure's form opens on its own proposed year, not on what was typed for this one
    at.session_state[at.dataframe[0].key] = {"selection": {"rows": [int(labels.index[labels["figure"].str.startswith("28")][0])], "columns": []}}
    at.run()
    assert next(n for n in at.number_input if n.label == t("col_year", lang)).value == 2022


def _analyst_app(tmp_path, monkeypatch, lang: str = "en") -> AppTest:
    """The page as a signed-in analyst sees it, over a copy of the project's data."""
    import shutil

    from digital_compare import paths
    from digital_compare.app import ui_auth
    from digital_compare.workspace.auth import Actor

    data = tmp_path / "data"
    shutil.copytree(paths.ARTICLES_DIR, data / "articles")
    shutil.copytree(paths.ANNOTATIONS_DIR, data / "annotations")
    for name, value in (("ROOT", tmp_path), ("ARTICLES_DIR", data / "articles"), ("ANNOTATIONS_DIR", data / "annotations"),
                        ("TABLES_DIR", data / "tables")):
        monkeypatch.setattr(paths, name, value)
    monkeypatch.setattr(ui_auth, "current_actor", lambda *a, **k: Actor("ana@example.org", "Ana", "analyst", "oidc"))
    return analyze_app(lang)


def test_add_to_the_dashboard_publishes_the_article_with_the_analysts_correction(tmp_path, monkeypatch):
    from digital_compare.tables.store import read_table

    at = _analyst_app(tmp_path, monkeypatch)
    text = "ในปี 2565 เศรษฐกิจดิจิทัลของเวียดนามเติบโต 28% ส่วนไทยตั้งเป้าให้โต 30% ภายในปี 2570"
    analyse(at, text)
    # choose the 30 % row and correct its indicator
    labels = at.dataframe[0].value
    row = labels.index[labels["figure"] == "30 %"][0]
    at.session_state[at.dataframe[0].key] = {"selection": {"rows": [int(row)], "columns": []}}
    at.run()
    indicator = next(s for s in at.selectbox if s.label == "Indicator")
    indicator.set_value("gdp_growth")
    next(b for b in at.button if b.key.startswith("FormSubmitter:figure_") and "Save" in b.key).click().run()
    assert at.dataframe[0].value.set_index("figure").loc["30 %", "review"] == "corrected"
    # an empty outlet, title and date are refused unless the article is said not to give them, all three named at
    # once (one press named only the first): nothing is saved
    add = next(b for b in at.button if b.key.startswith("FormSubmitter:add_"))
    add.click().run()
    assert [e.value for e in at.error] == ["Still to fill in or choose: outlet, title and publication date (the outlet, "
                                           "title and publication date may instead be ticked as not given by the article)."]
    assert not (tmp_path / "data" / "versions").exists() or len(list((tmp_path / "data" / "versions").iterdir())) <= 1
    next(s for s in at.selectbox if s.label == "The article's country").set_value("VN")
    next(i for i in at.text_input if i.label == "Outlet").input("สำนักข่าวทดสอบ")
    next(i for i in at.text_input if i.label == "Title").input("เศรษฐกิจดิจิทัลเวียดนาม")
    next(b for b in at.button if b.key.startswith("FormSubmitter:add_")).click().run()
    assert [e.value for e in at.error] == ["The publication date is required, or tick that the article does not give it."]
    next(d for d in at.date_input if d.label == "Published on").set_value("2024-03-15")
    next(b for b in at.button if b.key.startswith("FormSubmitter:add_")).click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert [s.value for s in at.success][-1].startswith(
        "Added สำนักข่าวทดสอบ, “เศรษฐกิจดิจิทัลเวียดนาม”, 15 March 2024 (table version 1)")
    metrics = read_table("metrics", tmp_path / "data" / "tables")
    mine = metrics[metrics["source"] != "annotated"].set_index("surface")
    assert mine.loc["28%", ["indicator", "source"]].tolist() == ["digital_economy_growth", "auto"]
    assert mine.loc["30%", ["indicator", "source", "confidence"]].tolist() == ["gdp_growth", "corrected", 1.0]
    articles = read_table("articles", tmp_path / "data" / "tables").set_index("id")
    assert articles.loc[mine["article_id"].iloc[0], ["outlet", "published"]].tolist() == ["สำนักข่าวทดสอบ", "2024-03-15"]


# a Thai lead opens with the date of what it reports («เมื่อวันที่ …»): that is no publication date
READER_PARAGRAPH = ("เมื่อวันที่ 15 มี.ค. 2567 หน่วยงานด้านดิจิทัลของรัฐไทยเผยผลสำรวจว่าเศรษฐกิจดิจิทัลไทยมีมูลค่าประมาณ "
                    "4.5 แสนล้านบาท\nเติบโตร้อยละ 12 คิดเป็นสัดส่วนเกือบ 18% ของ GDP ในปี 2566 และตั้งเป้าหมายให้เพิ่มเป็น 30% "
                    "ภายในปี 2570\nขณะที่อินโดนีเซียติดอันดับที่ 45 ของดัชนีนวัตกรรมโลก")


@pytest.mark.parametrize("lang, text, published", [
    ("th", READER_PARAGRAPH, None),
    ("en", READER_PARAGRAPH, None),
    ("th", "ไทยตั้งเป้าเศรษฐกิจดิจิทัล\n16 มี.ค. 2567 | สำนักข่าวทดสอบ\n" + READER_PARAGRAPH, "2024-03-16"),
])
def test_the_add_forms_date_is_prefilled_only_from_a_dateline(tmp_path, monkeypatch, lang, text, published):
    import datetime as dt

    from digital_compare.app.i18n import t

    at = analyse(_analyst_app(tmp_path, monkeypatch, lang), text)
    assert not at.exception
    date = next(d for d in at.date_input if d.label == t("add_published", lang))
    assert date.value == (dt.date.fromisoformat(published) if published else None)


@pytest.mark.parametrize("lang, text, title", [
    ("th", READER_PARAGRAPH, ""),  # its first line is the lead, not a headline
    ("en", READER_PARAGRAPH, ""),
    ("th", "ไทยตั้งเป้าเศรษฐกิจดิจิทัล\n16 มี.ค. 2567 | สำนักข่าวทดสอบ\n" + READER_PARAGRAPH, "ไทยตั้งเป้าเศรษฐกิจดิจิทัล"),
])
def test_the_add_forms_title_is_prefilled_only_from_a_headline(tmp_path, monkeypatch, lang, text, title):
    """A lead sentence prefilled as the title passed the required-field check and was cited as the article's title."""
    from digital_compare.app.i18n import t

    at = analyse(_analyst_app(tmp_path, monkeypatch, lang), text)
    field = next(i for i in at.text_input if i.label == t("add_title", lang))
    assert (field.value, field.placeholder) == (title, t("add_title_placeholder", lang))
    if not title:  # the required-field check asks for it, or for the box saying the article has none
        next(s for s in at.selectbox if s.label == t("add_country", lang)).set_value("TH")
        next(i for i in at.text_input if i.label == t("add_outlet", lang)).input("สำนักข่าวทดสอบ")
        next(d for d in at.date_input if d.label == t("add_published", lang)).set_value("2024-03-15")
        next(b for b in at.button if b.key.startswith("FormSubmitter:add_")).click().run()
        assert [e.value for e in at.error] == [t("invalid_missing_or_not_given", lang, field=t("field_title", lang))]


@pytest.mark.parametrize("lang, figures", [
    ("th", {"ประมาณ 4.5 แสนล้านบาท", "ร้อยละ 12", "เกือบ 18%", "30%", "อันดับที่ 45"}),
    # in English words on the English page: "about 4.5 แสนล้านบาท" and "อันดับที่ 45" were half Thai
    ("en", {"about 450 billion baht", "12 %", "nearly 18 %", "30 %", "#45"}),
])
def test_the_proposed_labels_show_each_figure_with_its_qualifier(lang, figures):
    """«คิดเป็นสัดส่วนเกือบ 18%» was listed as "18%", an exact figure, for the analyst to save. The sentence, in
    Thai as written, is beside it in the page's "What it measures" column."""
    at = analyse(analyze_app(lang), READER_PARAGRAPH)
    assert set(at.dataframe[0].value["figure"]) == figures


@pytest.mark.parametrize("record, lang, shown", [
    ({"surface": "4 ล้านล้านบาท", "value": 4e12, "unit": "THB", "qualifier": "≲"}, "en", "nearly 4 trillion baht"),
    ({"surface": "4 ล้านล้านบาท", "value": 4e12, "unit": "THB", "qualifier": "≲"}, "th", "เกือบ 4 ล้านล้านบาท"),
    ({"surface": "อันดับ 41", "value": 41.0, "unit": "rank", "qualifier": None}, "en", "#41"),
    ({"surface": "อันดับ 41", "value": 41.0, "unit": "rank", "qualifier": None}, "th", "อันดับ 41"),
    ({"surface": "ร้อยละ 4.1", "value": 4.1, "unit": "%", "qualifier": "≈"}, "en", "about 4.1 %"),
    ({"surface": "3 ล้านคน", "value": 3e6, "unit": "คน", "qualifier": float("nan")}, "en", "3 million people"),
    # a unit with no English name is not dropped: the number in English, the unit as the text writes it
    ({"surface": "750 ล้านยูโร", "value": 7.5e8, "unit": "ยูโร", "qualifier": None}, "en", "750 million (ยูโร)"),
    ({"surface": "12 ล้าน", "value": 1.2e7, "unit": "หมายเลข", "qualifier": "≈"}, "en", "about 12 million (หมายเลข)"),
    # the first of a pair takes the scale written once after the second ("139 และ 167 ล้านคน"): 139 million, not 139
    ({"surface": "139", "value": 1.39e8, "unit": "คน", "qualifier": None}, "th", "139 ล้านคน"),
    ({"surface": "139", "value": 1.39e8, "unit": "คน", "qualifier": None}, "en", "139 million people"),
    ({"surface": "68.1 ล้าน", "value": 6.81e7, "unit": "บัญชี", "qualifier": None}, "en", "68.1 million accounts"),
    # a small count keeps its digits
    ({"surface": "126", "value": 126.0, "unit": "ภารกิจ", "qualifier": None}, "th", "126 ภารกิจ"),
])
def test_a_labelled_figure_is_written_in_the_pages_language(record, lang, shown):
    from digital_compare.app.ui_add import shown_figure

    assert shown_figure(record, lang) == shown


@pytest.mark.parametrize("text, lang, shown", [
    # the Thai column says "the figure in the text": the text's own qualifier («ราว»), never another word for it
    ("เศรษฐกิจขยายตัวราว 4.9% ในปีนี้", "th", "ราว 4.9%"),
    ("เศรษฐกิจขยายตัวประมาณ 4.9% ในปีนี้", "th", "ประมาณ 4.9%"),
    ("มีผู้ใช้เกือบ 18% ของประชากร", "th", "เกือบ 18%"),
    ("เศรษฐกิจขยายตัวราว 4.9% ในปีนี้", "en", "about 4.9 %"),
])
def test_the_labels_table_writes_a_qualified_figure_as_the_text_does(text, lang, shown):
    from digital_compare.app.ui_add import labels_frame

    result = analyse_text(text)
    frame = labels_frame(result, {}, lang)
    assert frame["figure"].tolist() == [shown]


@pytest.mark.parametrize("lang, title, glossed", [
    ("th", "คำสำคัญของบทความของคุณและบทความต้นแบบ 2 บทความ", False),
    ("en", "Keywords: your article and the 2 seed articles", True),
])
def test_the_seed_comparison_counts_its_articles_glosses_in_english_and_shows_no_fragment(lang, title, glossed):
    """Three panels (the pasted article and two seeds) were titled "the two articles", each seed "against the other
    article"; the English page showed the seeds' Thai words without the glosses /compare gives; and the pasted
    article's keywords held «.ค.», the tail of «มี.ค.»."""
    import hashlib
    import json

    from digital_compare.app.charts import plain_title
    from digital_compare.app.i18n import t

    at = analyse(analyze_app(lang), READER_PARAGRAPH)
    at.session_state[f"details_{hashlib.sha256(READER_PARAGRAPH.encode()).hexdigest()[:12]}"] = t("compare_seeds", lang)
    at.run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["meta"]["title"] == plain_title(title)
    subtitle = spec["layout"]["title"]["subtitle"]["text"]
    assert "".join(plain_title(subtitle).split()) == "".join(t("analyze_compare_keywords_subtitle", lang).split())
    assert [trace["name"] for trace in spec["data"]] == ["XX", "CN", "VN"]
    terms = [term for trace in spec["data"] for term in trace["y"]]
    assert not [term for term in terms if term.startswith(".") or "มี.ค." in term]
    seed_terms = [term for trace in spec["data"][1:] for term in trace["y"]]
    assert ("สร้างสรรค์<br>(build)" in seed_terms) == glossed and ("สร้างสรรค์" in seed_terms) != glossed


@pytest.mark.parametrize("lang, heading, button, frame_title", [
    ("th", "วิเคราะห์บทความภาษาไทย", "วิเคราะห์", "ข้อความพร้อมไฮไลต์"),
    ("en", "Analyse a Thai article", "Analyse", "Highlighted text"),
])
def test_the_page_names_itself_and_its_text_frame_in_its_language(lang, heading, button, frame_title):
    """The English page was headed "Analyze" over an "Analyse" button, and its highlighted text sat in a frame
    titled "st.iframe" (Streamlit's default) that a screen reader reads aloud."""
    from digital_compare.app.i18n import t

    at = analyse(analyze_app(lang), READER_PARAGRAPH)
    assert [h.value for h in at.title] == [heading] and button in [b.label for b in at.button]
    assert heading.startswith(t("nav_analyze", lang).split()[0])  # the menu spells the page as its heading does
    assert [frame.proto.alt for frame in at.get("iframe")] == [frame_title]


def test_visitors_see_why_adding_is_off_and_no_add_form(monkeypatch):
    from digital_compare.app import ui_auth
    from digital_compare.workspace.auth import Actor

    visitor = Actor("anonymous", "anonymous", "visitor", "none")
    monkeypatch.setattr(ui_auth, "current_actor", lambda *a, **k: visitor)
    at = analyse(analyze_app(), ARTICLE)
    assert not [b for b in at.button if b.key.startswith("FormSubmitter:add_")]
    assert [i.value for i in at.info][0] == ui_auth.writing_off_message(visitor, "en")


def test_details_tab_keeps_the_filter_and_the_text():
    at = analyse(analyze_app(), ARTICLE)
    at.pills(key="akind").set_value(["money"]).run()
    assert at.text_area(key="paste").value == ARTICLE  # nothing typed is lost
    assert not at.exception


def test_pasted_text_with_no_numbers():
    at = analyse(analyze_app(), "ข้อความที่ไม่มีตัวเลขเลย")
    assert [i.value for i in at.info] == ["No numbers, years or dates found in this text."]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_text_with_only_years_and_dates_is_told_so_and_offered_no_add(tmp_path, monkeypatch, lang):
    from digital_compare.app.i18n import t

    at = analyse(_analyst_app(tmp_path, monkeypatch, lang), "เมื่อวันที่ 5 มีนาคม 2566 นายกรัฐมนตรีเดินทางเยือนเวียดนาม")
    assert not [b for b in at.button if b.key.startswith("FormSubmitter:add_")]
    assert [i.value for i in at.info] == [t("no_figures_to_add", lang)]
    assert not at.exception


def test_pasted_html_page_is_reduced_to_text():
    at = analyse(analyze_app(), "<html><body><p>ปี 2566</p><script>var x = 99;</script></body></html>")
    assert [s.value for s in at.success] == ["1 number, year or date found, 0 of them data figures"]


@pytest.mark.parametrize("article_id", ["000_7c53af49cd1ab984", "004_448656d886171038"])
def test_an_analysed_articles_keywords_are_glossed_on_english_pages(article_id):
    # /analyze draws an article's top 12 words; an English reader cannot read a bare Thai bar
    from digital_compare.app.analysis import analyse_text
    from digital_compare.app.views import keyword_glosses
    from digital_compare.paths import ARTICLES_DIR

    result = analyse_text((ARTICLES_DIR / f"{article_id}.txt").read_text(encoding="utf-8"))
    glosses = keyword_glosses()
    assert [term for term in result.keywords.head(12)["term"] if not glosses.get(term)] == []


@pytest.mark.parametrize("year, year_end, shown", [(2022, 2023, "2022–2023"), (2023.0, None, "2023"),
                                                   (2023, float("nan"), "2023"), (None, None, "—"), (2023, 2023, "2023")])
def test_the_labels_table_gives_a_span_both_years(year, year_end, shown):
    """"2 ปีซ้อน (2022, 2023)" read 2022 in the labels table: the end year was not shown."""
    from digital_compare.app.ui_add import period_cell

    assert period_cell(year, year_end) == shown


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_labels_table_marks_a_year_the_text_leaves_unclear(lang):
    from digital_compare.app.i18n import t
    from digital_compare.app.ui_add import labels_frame

    text = ("ดัชนีการขนส่งของลาวในปี 2566 อยู่ที่ระดับ 5/10 ดีขึ้นเมื่อเทียบกับการประเมินครั้งก่อนในปี 2564 "
            "ซึ่งอยู่อันดับที่ 80")
    frame = labels_frame(analyse_text(text, country="LA"), {}, lang).set_index("figure")
    rank = next(i for i in frame.index if "80" in i)
    assert frame.loc[rank, "year"] == f"2021 ({t('year_status_unclear', lang)})"
    level = next(i for i in frame.index if "5" in i and "80" not in i)
    assert frame.loc[level, "year"] == "2023"


@pytest.mark.parametrize("record, shown", [
    ({"surface": "50", "value": 50.0, "unit": "top", "qualifier": "top"}, "1 ใน 50 อันดับแรก"),
    ({"surface": "9", "value": 9.0, "unit": "ภารกิจ", "qualifier": None}, "9 ภารกิจ"),
    ({"surface": "2", "value": 2.0, "unit": "อันดับ", "qualifier": None}, "2 อันดับ"),
    ({"surface": "73 ล้าน", "value": 73e6, "unit": "คน", "qualifier": None}, "73 ล้านคน"),
    ({"surface": "5.4 แสนล้านบาท", "value": 5.4e11, "unit": "THB", "qualifier": None}, "5.4 แสนล้านบาท"),
    ({"surface": "อันดับ 46", "value": 46.0, "unit": "rank", "qualifier": None}, "อันดับ 46"),
])
def test_the_thai_labels_table_names_what_a_bare_number_counts(record, shown):
    """Thai /analyze showed "50" for "ใน 50 ประเทศแรก" (a place among the top 50) and "9" for 9 tasks, where the
    English page said "one of the top 50" and "9 tasks"."""
    from digital_compare.app.ui_add import shown_figure

    assert shown_figure(record, "th") == shown


def test_every_worker_busy_is_not_kept_against_the_text(monkeypatch):
    """Four large uploads held every worker; a visitor's ordinary paste got "every worker is busy", and so did
    everyone pasting the same text afterwards, for as long as the server's cache kept that answer."""
    from digital_compare.app import ui_analyze
    from digital_compare.app.worker import BudgetExceeded

    def busy(*args, **kwargs):
        raise BudgetExceeded("busy", "every 2 worker was busy for 20 s")

    text = ARTICLE + " ทุกตัวยุ่ง"
    monkeypatch.setattr(ui_analyze, "run_with_budget", busy)
    assert ui_analyze.analyse_cached(text, "en").key == "analysis_busy"
    assert ui_analyze._prepared("paste", text.encode(), "").key == "analysis_busy"
    monkeypatch.undo()
    assert not isinstance(ui_analyze._prepared("paste", text.encode(), ""), ui_analyze.AnalysisFailure)
    assert not isinstance(ui_analyze.analyse_cached(text, "en"), ui_analyze.AnalysisFailure)


@pytest.mark.parametrize("lang, said", [("en", "stopped after 20 s"), ("th", "ครบ 20 วินาที")])
def test_a_conversion_stopped_at_its_budget_names_its_own_seconds(monkeypatch, lang, said):
    """Turning a crafted upload into text stops at 20 s; the message said the analysis's 30."""
    from digital_compare.app import ui_analyze
    from digital_compare.app.worker import BudgetExceeded

    def slow(*args, seconds, **kwargs):
        raise BudgetExceeded("time", f"stopped after {seconds:g} s")

    monkeypatch.setattr(ui_analyze, "run_with_budget", slow)
    failure = ui_analyze._prepared("upload", b"<div>" * 10 + lang.encode(), "nested.html")
    assert failure.key == "analysis_time" and failure.seconds == ui_analyze.PREPARE_SECONDS == 20
    shown = []
    monkeypatch.setattr(ui_analyze.st, "error", lambda body, **kwargs: shown.append(body))
    ui_analyze.show_failure(failure, lang)
    assert said in shown[0]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_year_beside_a_fraction_is_written_as_a_year(lang):
    """An added article's figures on the reader: 18.3 % beside the year 2024 made every value a formatted number,
    the year written 2,024."""
    from digital_compare.app.ui_analyze import MENTION_COLUMNS
    from digital_compare.app.views import column_name, display_frame

    result = analyse_text("ในปี 2567 เศรษฐกิจดิจิทัลมีมูลค่า 36,000 ล้านดอลลาร์สหรัฐ คิดเป็น 18.3% ของจีดีพี")
    shown = display_frame(result.mentions, lang, list(MENTION_COLUMNS))
    assert shown[column_name("value", lang)].tolist() == ["2024", "36,000,000,000", "18.3"]


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("text, warned", [
    ("In 2024 Vietnam's digital economy grew 16% and reached 18.3% of GDP; the target is 30% by 2030.", True),
    ("2024年越南数字经济增长16%，占GDP的18.3%。", True),
    (ARTICLE, False),
])
def test_a_text_not_in_thai_is_told_its_labels_may_be_wrong(lang, text, warned):
    """English and Chinese texts were labelled without a word: their years read as counts, a target without its year."""
    from digital_compare.app.i18n import t

    at = analyse(analyze_app(lang), text)
    says = t("not_thai_text", lang, share="0").split("0")[0]
    assert any(w.value.startswith(says) for w in at.warning) is warned


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_jumble_of_numbers_is_told_it_is_no_article(lang):
    """50,000 random characters were analysed as an article of 6,954 figures, offered for adding without a word."""
    import random

    from digital_compare.app.i18n import t

    rng = random.Random(7)
    jumble = "".join(rng.choice("กขคงจมนรลว่้ัาิี 0123456789%.") for _ in range(6000))
    says = t("dense_figures", lang, n="0", chars="0", per="0").split("0")[0]
    assert any(w.value.startswith(says) for w in analyse(analyze_app(lang), jumble).warning)
    assert not any(w.value.startswith(says) for w in analyse(analyze_app(lang), ARTICLE).warning)


def test_a_thai_add_form_names_every_field_still_to_fill_in(tmp_path, monkeypatch):
    from digital_compare.app.i18n import t

    at = _analyst_app(tmp_path, monkeypatch, "th")
    analyse(at, "ในปี 2565 เศรษฐกิจดิจิทัลของเวียดนามเติบโต 28%")
    next(b for b in at.button if b.key.startswith("FormSubmitter:add_")).click().run()
    assert [e.value for e in at.error] == [t("add_missing_fields", "th", fields="สื่อ ชื่อเรื่อง และวันที่เผยแพร่")]
