"""The /analyze path: input hazards, downloads, and the page keeping its state across reruns."""

import io
import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from digital_compare.app.analysis import analyse_text, mentions_to_json, mentions_to_xlsx, prepare_text
from digital_compare.app.i18n import t
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


SURFACE = t("col_surface", "en")  # the mentions table is headed in the page's language


def test_analysis_tables():
    result = analyse_text(ARTICLE)
    assert result.mentions["kind"].tolist() == ["date", "money", "percent", "year"]
    assert result.events["date"].tolist() == ["2024-03-05", "2023"]
    assert dict(zip(result.by_kind["kind"], result.by_kind["count"])) == {"date": 1, "money": 1, "percent": 1, "year": 1}
    assert "เศรษฐกิจ" in set(result.keywords["term"])


def test_json_and_xlsx_downloads():
    mentions = analyse_text("=HYPERLINK(\"x\") ปี 2566 มี 62 เป้าหมาย").mentions
    records = json.loads(mentions_to_json(mentions))
    assert [r["surface"] for r in records] == ["2566", "62"]
    sheet = pd.read_excel(io.BytesIO(mentions_to_xlsx(mentions)), sheet_name="mentions")
    assert sheet["sentence"].iloc[0].startswith("'=HYPERLINK")
    assert sheet["value"].tolist() == [2023, 62]


def analyze_app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["lang"] = "en"
    at.switch_page("pages/analyze.py")
    at.run()
    return at


def test_page_starts_with_a_friendly_prompt():
    at = analyze_app()
    assert not at.exception and [i.value for i in at.info] == ["Paste text or upload a file to start."]


def test_pasted_text_is_analysed_and_survives_a_filter_change():
    at = analyze_app()
    at.text_area(key="paste").input(ARTICLE).run()
    assert not at.exception
    assert [s.value for s in at.success] == ["4 mentions found"]
    assert at.dataframe[0].value[SURFACE].tolist() == ["5 มีนาคม 2567", "7.7 แสนล้านบาท", "ร้อยละ 12", "2566"]
    at.pills(key="akind").set_value(["money"]).run()
    assert at.text_area(key="paste").value == ARTICLE  # nothing typed is lost
    assert at.dataframe[0].value[SURFACE].tolist() == ["7.7 แสนล้านบาท"]


def test_pasted_text_with_no_numbers():
    at = analyze_app()
    at.text_area(key="paste").input("ข้อความที่ไม่มีตัวเลขเลย").run()
    assert [i.value for i in at.info] == ["No numbers, years or dates found in this text."]


def test_pasted_html_page_is_reduced_to_text():
    at = analyze_app()
    at.text_area(key="paste").input("<html><body><p>ปี 2566</p><script>var x = 99;</script></body></html>").run()
    assert at.dataframe[0].value[SURFACE].tolist() == ["2566"]


def test_add_to_the_dashboard_saves_the_article_and_the_corrections(tmp_path, monkeypatch):
    import hashlib
    import shutil

    import yaml

    from digital_compare import paths
    from digital_compare.tables.store import read_table

    data = tmp_path / "data"
    shutil.copytree(paths.ARTICLES_DIR, data / "articles")
    shutil.copytree(paths.ANNOTATIONS_DIR, data / "annotations")
    for name, folder in (("ARTICLES_DIR", "articles"), ("ANNOTATIONS_DIR", "annotations"), ("TABLES_DIR", "tables")):
        monkeypatch.setattr(paths, name, data / folder)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180)
    at.query_params["lang"] = "en"
    at.switch_page("pages/analyze.py")
    at.run()
    text = "ในปี 2565 เศรษฐกิจดิจิทัลของเวียดนามเติบโต 28% ส่วนไทยตั้งเป้าให้โต 30% ภายในปี 2570"
    at.text_area(key="paste").input(text).run()
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    # the analyst changes the second figure's indicator in the labels table
    at.session_state[f"labels_{digest}"] = {"edited_rows": {1: {"indicator": "gdp_growth"}}, "added_rows": [], "deleted_rows": []}
    at.text_input[0].input("TH")
    at.button(key=f"FormSubmitter:add_{digest}-Add to the dashboard").click().run()
    assert not at.exception and [s.value for s in at.success][-1].startswith("Added as 005_")  # after the seeds 000 and 004
    manifest = yaml.safe_load((data / "articles" / "articles.yaml").read_text(encoding="utf-8"))
    added = manifest[-1]
    assert added["country"] == "TH" and (data / "articles" / f"{added['id']}.txt").exists()
    fixes = yaml.safe_load((data / "annotations" / "corrections" / f"{added['id']}.yaml").read_text(encoding="utf-8"))
    assert [(f["indicator"], f["subject"], f["year"], f["status"]) for f in fixes] == [("gdp_growth", "TH", 2027, "target")]
    metrics = read_table("metrics", data / "tables")
    mine = metrics[metrics["article_id"] == added["id"]].set_index("surface")
    assert mine.loc["28%", ["indicator", "source"]].tolist() == ["digital_economy_growth", "auto"]
    assert mine.loc["30%", ["indicator", "source", "confidence"]].tolist() == ["gdp_growth", "corrected", 1.0]
