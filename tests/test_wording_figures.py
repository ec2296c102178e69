"""No figure typed into wording: every number a title, subtitle, intro, caveat, note or summary names comes
from the tables (the figure's value, year or quote), so a rebuilt table cannot leave a sentence behind."""

from __future__ import annotations

import ast
import html
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from digital_compare.app.i18n import STRINGS, t
from digital_compare.app.views import chart_by_id, story_figures
from digital_compare.tables.store import TABLE_NAMES, read_table

ROOT = Path(__file__).resolve().parents[1]

#: numbers wording may carry because they are not figures of the articles, each with why
NOT_FIGURES = {
    "16:9": "the slide's aspect ratio",
    "1,000": "the keyword rate's base (per 1,000 words)",
    "1": "“1 ใน N” (one of the top N) and “1 figure”: words, not a measured value",
    "3": "in the name nlpo3",
    "0": "a share's lower bound",
    "100": "a share's upper bound, shares adding up to 100",
    "127.0.0.1": "the local address",
    "256": "in the name SHA-256",
}
NUMBER = re.compile(r"(?<![\w#.%{-])\d[\d,.:-]*\d(?![\w])|(?<![\w#.%{-])\d(?![\w.:])")


def _numbers(text: str) -> set[str]:
    """The numbers a reader would see in ``text``: placeholders, markup and format specs aside."""
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"<[^>]*>|%\{[^}]*\}|[#][0-9A-Fa-f]{3,8}\b", " ", text)
    return set(NUMBER.findall(text))


def _prose(text: str) -> bool:
    """A string a reader sees: Thai, or words with spaces (not a code, a colour, a format, markup or a
    page script, whose digits belong to its regular expressions)."""
    if text.lstrip().startswith(("<", "data:", "%", "utf-", "(() =>")):
        return False
    return bool(re.search(r"[\u0E00-\u0E7F]", text)) or bool(re.search(r"[A-Za-z]{2,} [A-Za-z]", text))


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_ui_strings_type_no_figure(key):
    typed = {n for text in STRINGS[key] for n in _numbers(text)} - set(NOT_FIGURES)
    assert typed == set(), f"{key}: {typed} typed in; take them from the tables (views.story_figures)"


def _string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


SOURCES = sorted([*ROOT.glob("digital_compare/app/*.py"), *ROOT.glob("digital_compare/outputs/*.py"),
                  *ROOT.glob("pages/*.py")])


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_code_types_no_figure_into_wording(path):
    """f-strings and literals of the pages, views, charts and deck: "3.5×" or "by the end of 2023" typed in
    stays 3.5 and 2023 when the table says otherwise."""
    if path.name in ("i18n.py", "i18n_workspace.py"):
        return  # the strings table: tested key by key above
    typed = [(line, text, _numbers(text) - set(NOT_FIGURES)) for line, text in _string_constants(path) if _prose(text)]
    assert [(line, text) for line, text, numbers in typed if numbers] == []


# ---- a changed table changes the wording -------------------------------------------------

@pytest.fixture(scope="module")
def tables():
    return {name: read_table(name, validate=False) for name in TABLE_NAMES}


def _changed(tables, table: str, key_column: str, key: str, **values) -> dict:
    """A copy of ``tables`` with one row of ``table`` changed (a new frame: nothing cached on the old one applies)."""
    frame = tables[table].copy()
    rows = frame[key_column] == key
    assert rows.any(), f"{key} is not in {table}"
    for column, value in values.items():
        frame.loc[rows, column] = value
    return {**tables, table: frame}


def _squash(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", "", text)))
    return re.sub(r"\s+", "", text)


def _shown(tables, surface: str, lang: str) -> str:
    """What a reader sees of ``surface``: a UI string with the tables' figures, or a chart's picture and summary."""
    kind, name = surface.split(":", 1)
    if kind == "string":
        return _squash(t(name, lang, **story_figures(tables, lang)))
    df, fig, summary = chart_by_id(name).build(tables, lang)
    return _squash(json.dumps(fig.to_plotly_json()["layout"], ensure_ascii=False) + summary)


#: (table, key column, key, changed columns, surfaces, Thai shown, English shown)
CHANGES = [
    ("metrics", "fact", "vn_targets_total", {"value": 63.0}, ["chart:vn_targets_2023"],
     "เป้าหมาย 63 ข้อ", "Vietnam's 63"),
    ("metrics", "fact", "vn_targets_total", {"year": 2024}, ["chart:vn_targets_2023", "string:overview_intro",
                                                             "string:vietnam_title"], "ปี ค.ศ. 2024", "2024"),
    ("metrics", "fact", "vn_tasks_total", {"year": 2024}, ["chart:vn_tasks_2023"], "แผนปี ค.ศ. 2024", "2024 plan"),
    ("metrics", "fact", "vn_digital_economy_growth_vs_gdp", {"value": 4.5}, ["chart:vn_digital_economy_growth"],
     "GDP 4.5 เท่า", "4.5× GDP"),
    ("metrics", "fact", "vn_digital_economy_growth_annual", {"value": 21.0}, ["chart:vn_digital_economy_growth"],
     "ประมาณ 21 % ต่อปี", "about 21 % a year"),
    ("metrics", "fact", "vn_digital_economy_fastest_sea_years", {"value": 3.0}, ["chart:vn_digital_economy_growth"],
     "3 ปีซ้อน", "3 years running"),
    ("metrics", "fact", "vn_upu_rank_claim", {"value": 47.0}, ["string:upu_rank_note", "string:upu_rank_note_short",
                                                                "chart:vn_other_claims"], "47", "rank 47"),
    ("metrics", "fact", "vn_upu_level", {"year": 2024}, ["string:upu_rank_note"], "ปี ค.ศ. 2024", "to 2024"),
    ("metrics", "fact", "vn_upu_level", {"unit": "/20"}, ["chart:vn_rankings"], "จาก 20", "of 20"),
    ("metrics", "fact", "cn_fujian_digital_economy_gdp_share", {"value": 50.0}, ["chart:compare_share"],
     "มากกว่า 50 %", "more than 50 %"),
    ("metrics", "fact", "cn_fujian_digital_economy_size", {"year": 2021},
     ["chart:fujian_digital_economy_2020", "string:caveat", "string:kpi_cn_header", "chart:compare_growth"],
     "2021", "2021"),
    ("metrics", "fact", "vn_digital_economy_growth_2022", {"year": 2021}, ["string:caveat"], "2021–2023", "2021–2023"),
    ("metrics", "fact", "vn_business_regulations_cut", {"year": 2024}, ["chart:vn_red_tape_2023"],
     "สิ้นปี ค.ศ. 2024", "end of 2024"),
    ("metrics", "fact", "vn_2024_infrastructure_tasks", {"year": 2025}, ["chart:vn_plan_2024"],
     "หัวข้อปี ค.ศ. 2025", "2025 theme"),
    ("events", "event", "cn_digital_fujian_plan", {"year": 2001}, ["string:china_intro"], "ในปี ค.ศ. 2001", "in 2001"),
    ("events", "event", "cn_digital_china_summit_3", {"year": 2021, "quote": "ครั้งที่ 4"}, ["string:china_intro"],
     "ครั้งที่4(ค.ศ.2021)", "4th(2021)"),
    ("events", "event", "vn_committee_2023_review", {"date": "2023-12-29"}, ["string:vietnam_intro"],
     "29 ธันวาคม ค.ศ. 2023", "29 December 2023"),
]


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("table, column, key, values, surfaces, th, en", CHANGES,
                         ids=[f"{c[2]}-{'-'.join(c[3])}" for c in CHANGES])
def test_wording_follows_the_table(tables, lang, table, column, key, values, surfaces, th, en):
    changed = _changed(tables, table, column, key, **values)
    expected = _squash(th if lang == "th" else en)
    for surface in surfaces:
        before, after = _shown(tables, surface, lang), _shown(changed, surface, lang)
        assert expected in after, f"{surface} ({lang}) does not follow {key} {values}: {after[:300]}"
        assert before != after, surface


@pytest.mark.parametrize("lang", ["th", "en"])
def test_story_figures_name_the_seed_figures(tables, lang):
    """The seed articles' figures, as the wording shows them (a wrong lookup would name another fact's value)."""
    figures = story_figures(tables, lang)
    expected = {"vn_targets_total": "62", "vn_growth_multiple": "3.5", "vn_upu_rank": "46", "vn_gii_top_n": "50",
                "vn_fastest_years": "2",
                # in Thai each year a Christian year named as such, whatever era the article writes it in
                "fujian_year": "ค.ศ. 2020" if lang == "th" else "2020",
                "vn_plan_year": "ค.ศ. 2024" if lang == "th" else "2024",
                "cn_plan_year": "ค.ศ. 2000" if lang == "th" else "2000",
                "vn_review_year": "ค.ศ. 2023" if lang == "th" else "2023",
                "vn_upu_previous_year": "ค.ศ. 2021" if lang == "th" else "2021",
                "vn_gii_top_since": "ค.ศ. 2018" if lang == "th" else "2018",
                "vn_gii_top_since_as_written": "2561" if lang == "th" else "2018",
                "vn_annual_growth": "ประมาณ 20 %" if lang == "th" else "about 20 %",
                "fujian_gdp_share": "มากกว่า 45 %" if lang == "th" else "more than 45 %",
                "cn_summit_3": "ครั้งที่ 3" if lang == "th" else "3rd",
                "vn_meeting_day": "28 ธันวาคม ค.ศ. 2023" if lang == "th" else "28 December 2023"}
    assert {k: figures[k] for k in expected} == expected


def test_a_chart_drawn_without_its_figures_fails(tables):
    spec = chart_by_id("vn_targets_2023")
    df = spec.data(tables, "th")
    df.attrs.clear()
    with pytest.raises(KeyError, match="story figures"):
        spec.figure(df, "th", "")


# ---- curated labels: a figure in a title is the figure the row extracts ------------------

ANNOTATIONS = ROOT / "data" / "annotations"


def _allowed_numbers(row: dict) -> set[str]:
    """Numbers a curated row's title may name: those of its quotes and its expected value and year (either era)."""
    numbers: set[str] = set()
    for text in (row.get("quote"), row.get("year_quote")):
        numbers |= {n.replace(",", "") for n in re.findall(r"\d[\d,.]*", str(text or ""))}
    expect = row.get("expect") or {}
    for value in (expect.get("value"), expect.get("year")):
        if isinstance(value, (int, float)):
            numbers |= {f"{value:g}", str(int(value)), str(int(value) + 543)}
    numbers |= set(re.findall(r"\d+", str(expect.get("date", ""))))
    numbers |= {str(int(n) + 543) for n in re.findall(r"\b\d{4}\b", str(expect.get("date", "")))}
    numbers |= {str(int(n) - 543) for n in list(numbers) if n.isdigit() and 2400 < int(n) < 2700}
    return numbers


def _curated_rows():
    import yaml

    for name, key in (("metrics.yaml", "fact"), ("events.yaml", "event")):
        for row in yaml.safe_load((ANNOTATIONS / name).read_text(encoding="utf-8")):
            yield pytest.param(row, id=f"{name}:{row[key]}")


#: glosses that explain their figure by another sentence's, on purpose ("3 times GDP growth, of the 'about 20 % a
#: year'"; the UPU sentence repeating the GII sentence's rank and top 50)
GLOSSES_CITING_ANOTHER_SENTENCE = {"vn_digital_economy_growth_annual_vs_gdp", "vn_upu_rank_claim"}


@pytest.mark.parametrize("row", list(_curated_rows()))
def test_curated_titles_name_only_the_rows_figures(row):
    """An event's or a fact's title ("GII 2566: rank 46", "2 years running (2022, 2023)") names only numbers its
    own quote or expected value gives: change the extraction's value and the title must follow."""
    allowed = _allowed_numbers(row) | {"1"}  # "1 ใน 10", "1st": words
    typed = {}
    fields = ["title_th", "title_en", "label_th", "label_en"]
    # a gloss stands under its quote as its English: it names the quote's figures, not the next clause's
    if row.get("fact", row.get("event")) not in GLOSSES_CITING_ANOTHER_SENTENCE:
        fields.append("gloss_en")
    for field in fields:
        numbers = {n.replace(",", "").rstrip(".") for n in re.findall(r"(?<![A-Za-z])\d[\d,.]*", str(row.get(field) or ""))}
        if numbers - allowed:
            typed[field] = numbers - allowed
    assert typed == {}


@pytest.mark.parametrize("path", sorted((ROOT / "digital_compare" / "tables" / "steps").glob("*.meta.yml")),
                         ids=lambda p: p.name)
def test_table_titles_name_no_article_figure(path):
    """A published table's title (and the targets' and checks' descriptions, which once listed 62, 126 and 2023)
    outlives a rebuild: it names what the table holds, and the rows give the figures."""
    import yaml

    meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    fields = ["title", "title_th"] + (["description", "description_th"] if path.name in ("targets.meta.yml", "checks.meta.yml") else [])
    typed = {field: _numbers(str(meta.get(field) or "")) - set(NOT_FIGURES) for field in fields}
    assert {field: numbers for field, numbers in typed.items() if numbers} == {}


@pytest.mark.parametrize("lang, unit", [("th", "ฉบับ"), ("en", "administrative procedures")])
def test_both_figures_of_one_list_keep_its_unit(tables, lang, unit):
    """"528 และ 1,086 ฉบับ": the deck's notes and /explore state 528 with its unit, as 1,086 has it."""
    from digital_compare.app.views import fact_statement

    metrics = tables["metrics"].set_index("fact", drop=False)
    for fact in ("vn_procedures_simplified_a", "vn_procedures_simplified_b"):
        assert unit in fact_statement(metrics.loc[fact], lang)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_two_articles_on_one_bar_are_told_apart_by_outlet_not_id(tables, lang):
    from digital_compare.app.views import compare_growth_data

    metrics = tables["metrics"]
    twin = metrics[metrics["fact"] == "cn_fujian_digital_economy_growth"].copy()
    other = next(i for i in tables["articles"]["id"] if i != twin["article_id"].iloc[0])
    twin["fact"], twin["article_id"] = "cn_fujian_digital_economy_growth_twin", other
    df = compare_growth_data({**tables, "metrics": pd.concat([metrics, twin], ignore_index=True)}, lang)
    labels = [label for label in df["label"] if "·" in label]
    assert len(labels) == 2
    assert not any(re.search(r"\b0\d\d\b", label) for label in labels), labels


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_date_range_message_names_the_bound_the_check_uses(lang):
    import datetime as dt

    from digital_compare.tables.validate import EARLIEST_PUBLISHED, ValidationError, check_article_fields

    with pytest.raises(ValidationError) as refused:
        check_article_fields({"country": "VN", "outlet": "VOV", "title": "ข่าว", "published": "1800-01-01"})
    assert refused.value.key == "invalid_date_range"
    message = t("invalid_date_range", lang, **refused.value.params)
    assert EARLIEST_PUBLISHED.isoformat() in message and isinstance(EARLIEST_PUBLISHED, dt.date)


@pytest.mark.parametrize("width", range(12, 60))
def test_a_full_line_then_a_space_never_cuts_a_thai_word(width):
    """'…แอปมือถือใหม่สูงสุด' filled a 33-character line exactly; the space after it made the line 'too long' and
    the line was cut by characters: 'ใ|หม่' on the /vietnam claims chart."""
    from digital_compare.app import layout
    from digital_compare.text.thai_text import word_tokenize_fast

    text = "ประเทศที่มียอดดาวน์โหลดแอปมือถือใหม่สูงสุด 2 ปีซ้อน (2022, 2023)"
    starts, at = set(), 0
    for word in word_tokenize_fast(text):
        starts.add(at)
        at += len(word)
    lines = [html.unescape(line).strip() for line in layout.wrap_words(text, width).split("<br>")]
    # every line starts on a word of the tokenizer
    at = 0
    for line in lines:
        at = text.index(line, at)
        assert at in starts, (width, line)
        at += len(line)


@pytest.mark.parametrize("lang, rankings", [("th", "การจัดอันดับ (เฉพาะเวียดนาม)"), ("en", "rankings (Vietnam only)")])
def test_the_themes_summary_names_the_article_of_a_one_sided_theme(tables, lang, rankings):
    """"Only one article: rankings" left the reader to guess which; a theme neither addresses is not "only one"."""
    spec = chart_by_id("compare_themes")
    df = spec.data(tables, lang)
    assert rankings in spec.summary(df, lang)
    neither = df.assign(quotes=[0 if theme == "rankings" else q for theme, q in zip(df["theme"], df["quotes"])])
    assert ("ไม่มีบทความใดกล่าวถึง" if lang == "th" else "neither") in spec.summary(neither, lang)


def test_the_growth_chart_counts_its_years_in_one_era(tables):
    """The bars are on a Christian-era axis (2022, 2023); a Thai subtitle saying (2565, 2566) read as four years."""
    df, fig, _ = chart_by_id("vn_digital_economy_growth").build(tables, "th")
    axis = [str(x) for x in fig.data[0].x]
    subtitle = _squash(json.dumps(fig.to_plotly_json()["layout"], ensure_ascii=False))
    assert all(year in subtitle for year in axis) and "2565" not in subtitle


def test_no_ui_string_is_defined_twice():
    """The workspace's strings replaced older ones of the same key in the main table, which still read "(optional)"
    for fields now required and "added as {id}": wording no page showed, waiting to come back."""
    import ast

    from digital_compare.app.i18n_workspace import WORKSPACE_STRINGS

    tree = ast.parse((ROOT / "digital_compare" / "app" / "i18n.py").read_text(encoding="utf-8"))
    table = next(node.value for node in tree.body
                 if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "STRINGS")
    keys = [key.value for key in table.keys]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []
    assert sorted(set(keys) & set(WORKSPACE_STRINGS)) == []
