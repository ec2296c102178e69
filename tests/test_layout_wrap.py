"""Chart text wrapping (layout.wrap_words): lines break between words, never after an opening quote, inside a
word with an apostrophe, or between a Thai noun prefix (การ, ความ) and its word."""

from __future__ import annotations

import html
import re

import pytest

from digital_compare.app.layout import visible_length, wrap_words

CASES = [
    # /explore th title: the opening straight quote was left at the end of line 1 («… ดิจิทัล "<br>ต่อปี"»)
    ('อัตราการเติบโตเศรษฐกิจดิจิทัล "ต่อปี" (ไม่ผูกกับปีใดปีหนึ่ง)', '"ต่อ'),
    # /explore en: "Vietnam'<br>s telecom"
    ("Key problems to solve in building digital applications for Vietnam's telecom and digital-technology firms",
     "Vietnam's"),
    ("applications for Vietnam\u2019s telecom and digital-technology firms", "Vietnam\u2019s"),
    # the firsts chart: «สร้างแพลตฟอร์มการ<br>แบ่งปันข้อมูล»
    ("เป็นรายแรกในจีนที่สร้างแพลตฟอร์มการแบ่งปันข้อมูลภาครัฐทั้งสามระดับ", "การแบ่งปัน"),
    ("อัตราการเติบโตเศรษฐกิจดิจิทัลของเวียดนาม", "การเติบโต"),
    # a level: the hover broke "6/|10"
    ("ดัชนีไปรษณีย์ของเวียดนามในปี 2566 อยู่ที่ระดับ 6/10 เพิ่มขึ้น 1 ระดับ", "6/10"),
    # a curly opening quote and a bracket keep going with their word, as before
    ("ครบรอบ 20 ปี “ฝูเจี้ยนดิจิทัล” (ปี 2020 ตรงกับการประชุมสุดยอด “จีนดิจิทัล” ครั้งที่ 3)", "“ฝูเจี้ยน"),
    ("ครบรอบ 20 ปี “ฝูเจี้ยนดิจิทัล” (ปี 2020 ตรงกับการประชุมสุดยอด “จีนดิจิทัล” ครั้งที่ 3)", "(ปี 2020"),
    # a Thai word and its number: the timeline's «… ครั้งที่<br>3)»
    ("ครบรอบ 20 ปี “ฝูเจี้ยนดิจิทัล” (ปี 2020 ตรงกับการประชุมสุดยอด “จีนดิจิทัล” ครั้งที่ 3)", "ครั้งที่ 3)"),
    ("อันดับดัชนีนวัตกรรมโลก (GII) ของเวียดนามดีขึ้นจาก 48 (ปี 2022) เป็น 46", "จาก 48"),
    # an era's mark and its year: «ภารกิจในแผนงานปี ค.ศ.<br>2023»
    ("ภารกิจในแผนงานปี ค.ศ. 2023 เสร็จแล้ว 102 จาก 126 ภารกิจ", "ค.ศ. 2023"),
    ("ตั้งแต่ปี พ.ศ. 2561 อย่างต่อเนื่อง", "พ.ศ. 2561"),
    # a scale word the word list splits: the Fujian size title's «ขนาด (ล้าน<br>ล้านหยวน)»
    ("ขนาด (ล้านล้านหยวน)", "ล้านล้าน"),
    # an English ordinal the tokenizer cuts in two: the timeline hover's «the 3<br>rd summit»
    ("Opening of the 3rd Digital China Summit in Fuzhou", "3rd"),
]


def _lines(text: str, width: int) -> list[str]:
    return [html.unescape(line) for line in wrap_words(text, width).split("<br>")]


@pytest.mark.parametrize("text, whole", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_a_line_never_breaks_inside_what_belongs_together(text, whole):
    widths = range(visible_length(whole) + 1, visible_length(text) + 2)
    wrapped = {width: _lines(text, width) for width in widths}
    broken = {width: lines for width, lines in wrapped.items() if not any(whole in line for line in lines)}
    assert broken == {}


@pytest.mark.parametrize("text, whole", CASES, ids=[f"case{i}" for i in range(len(CASES))])
@pytest.mark.parametrize("width", [8, 12, 20, 33])
def test_wrapping_keeps_every_character(text, whole, width):
    """Joining tokens changes where lines break, never what they say."""
    assert "".join(_lines(text, width)).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("text, closing", [
    ('คำว่า "ต่อปี" ในบทความ', '"'),  # the second straight quote closes: it stays on its word's line
    ('He said "per year" twice', '"'),
])
def test_a_closing_straight_quote_never_opens_a_line(text, closing):
    for width in range(6, visible_length(text) + 1):
        lines = _lines(text, width)
        assert not any(line.strip().startswith(closing + " ") or line.strip() == closing for line in lines[1:]), (width, lines)


@pytest.mark.parametrize("text", ["การ", "ความ", 'ข้อความ "', "ดูการ"])
def test_a_prefix_or_quote_with_no_word_after_it_is_kept(text):
    assert html.unescape(wrap_words(text, 20)) == text


@pytest.mark.parametrize("text, joined", [
    ("วางแผน “ฝูเจี้ยนดิจิทัล” ในปี 2000", ["ฝูเจี้ยน"]),
    ("สี จิ้นผิง ส่งสาร เปิดขึ้นที่เมืองฝูโจว มณฑลฝูเจี้ยน", ["จิ้นผิง", "ฝูโจว", "ฝูเจี้ยน"]),
    ("ระดับดัชนีของสหภาพไปรษณีย์สากล (UPU)", []),  # a long name stays breakable on a phone
    ("Xi Jinping planned Digital Fujian", []),
])
def test_prose_keeps_short_thai_names_whole_and_reads_the_same(text, joined):
    from digital_compare.app.layout import WORD_JOINER, names_kept_whole

    kept = names_kept_whole(text)
    assert kept.replace(WORD_JOINER, "") == text
    assert kept.count(WORD_JOINER) > 0 if joined else kept == text
    # a joiner at every boundary of the name's character clusters (no line breaks inside a cluster)
    from pythainlp.tokenize import subword_tokenize

    for name in joined:
        assert WORD_JOINER.join(subword_tokenize(name, engine="tcc")) in kept, kept


@pytest.mark.parametrize("text, kept", [
    ("เติบโต 19 % (ค.ศ. 2023)", "เติบโต 19\u00a0% (ค.ศ. 2023)"),  # "19 / %" in /vietnam's summary at 1440 px
    ("ร้อยละ 20 ต่อปี", "ร้อยละ 20 ต่อปี"),  # a space before a word stays a break
    ("เกิน 2 ล้านล้านหยวน", "เกิน 2\u00a0ล้านล้านหยวน"),  # the amount words tables hold to their number (AMOUNT_WORDS)
])
def test_prose_keeps_a_figure_and_its_amount_word_on_one_line(text, kept):
    from digital_compare.app.layout import WORD_JOINER, names_kept_whole, without_layout_marks

    assert names_kept_whole(text).replace(WORD_JOINER, "") == kept  # the joiners inside names are tested above
    assert without_layout_marks(names_kept_whole(text)) == text


def test_the_explore_intro_keeps_its_terms_whole_but_never_touches_a_quote():
    """Chromium broke /explore's intro inside "คาดการณ์" at 390 px ("ค่าคาด|การณ์"); a quote keeps the article's
    characters exactly, so copied into a search it still matches."""
    from pythainlp.tokenize import subword_tokenize

    from digital_compare.app.i18n import t
    from digital_compare.app.layout import PROSE_TERMS, WORD_JOINER, names_kept_whole

    intro = t("explore_intro", "th")
    kept = names_kept_whole(intro, PROSE_TERMS)
    assert kept.replace(WORD_JOINER, "") == intro
    for term in PROSE_TERMS:
        assert term in intro and WORD_JOINER.join(subword_tokenize(term, engine="tcc")) in kept, term
    quoted = "ค่าคาดการณ์ «ค่าคาดการณ์ของเป้าหมาย» และ “ข้อเสนอ”"
    kept = names_kept_whole(quoted, PROSE_TERMS)
    assert "«ค่าคาดการณ์ของเป้าหมาย»" in kept and "“ข้อเสนอ”" in kept and kept.count(WORD_JOINER) == 2


# ---- breaks_at_words: prose and table cells the browser lays out ------------------------------------

from digital_compare.app.layout import NO_BREAK_SPACE, WORD_JOINER, ZERO_WIDTH_SPACE, breaks_at_words, without_layout_marks  # noqa: E402

#: (text, pieces that must never be broken across lines, Thai word boundaries that must stay breakable)
BREAK_CASES = [
    # /compare's themes table at 390 px: "ขอ|งมณฑล" and "เกิน 2 ล้าน|ล้านหยวน"
    ("ขนาดเศรษฐกิจดิจิทัลของมณฑลฝูเจี้ยนเกิน 2 ล้านล้านหยวนในปี 2020", ["ของ", "2 ล้านล้านหยวน", "ฝูเจี้ยน", "ปี 2020"],
     ["ของ|มณฑล", "หยวน|ใน"]),
    ("สร้างฐานข้อมูลที่ “ถูกต้อง เพียงพอ สะอาด และใช้งานได้จริง”", ["ใช้งาน", "ถูกต้อง"], ["ใช้งาน|ได้"]),
    # the overview's Fujian card: the amount holds its currency; "มากกว่า" may stand on the line above
    ("มากกว่า 2 ล้านล้านหยวน", ["2 ล้านล้านหยวน"], ["มากกว่า| 2"]),
    ("more than 2 trillion yuan", ["2 trillion yuan"], ["more| than"]),
]


def _unbreakable(marked: str) -> list[str]:
    """The runs of ``marked`` a browser cannot break: split at spaces and zero-width spaces only (a word joiner
    and a no-break space forbid a break; between two Thai letters with neither mark the browser's dictionary
    may break, which breaks_at_words never leaves)."""
    return [without_layout_marks(run) for run in re.split(f"[ {ZERO_WIDTH_SPACE}]", marked) if run]


@pytest.mark.parametrize("text, whole, breakable", BREAK_CASES)
def test_breaks_at_words_keeps_words_and_amounts_whole(text, whole, breakable):
    marked = breaks_at_words(text)
    assert without_layout_marks(marked) == text  # invisible marks only: the text as written comes back
    runs = _unbreakable(marked)
    for piece in whole:
        assert any(piece in run for run in runs), (piece, runs)
    for boundary in breakable:
        left, right = boundary.split("|")
        assert any(run.endswith(left.strip()) for run in runs) and any(run.startswith(right.strip()) for run in runs), (boundary, runs)
    # between any two Thai character clusters there is a mark: the browser's own Thai breaker gets no say
    from pythainlp.tokenize import subword_tokenize

    unmarked = re.split(f"[^\u0e00-\u0e7f]|[{WORD_JOINER}{ZERO_WIDTH_SPACE}{NO_BREAK_SPACE}]", marked)
    assert [run for run in unmarked if len(subword_tokenize(run, engine="tcc")) > 1] == []


def test_layout_marks_never_reach_tables_csvs_or_summaries():
    """The joiners belong to the browser's rendering only: no built table, chart CSV, summary, figure or deck note holds one."""
    from digital_compare.app.views import CHARTS, table_tab_frame
    from digital_compare.csv_safe import dataframe_to_safe_csv
    from digital_compare.tables.store import TABLE_NAMES, read_table

    marks = re.compile(f"[{WORD_JOINER}{ZERO_WIDTH_SPACE}]")
    tables = {name: read_table(name, validate=False) for name in TABLE_NAMES}
    found = [name for name, df in tables.items() if df.astype(str).apply(lambda c: c.str.contains(marks)).any().any()]
    for spec in CHARTS:
        for lang in ("th", "en"):
            df, fig, summary = spec.build(tables, lang)
            csv = dataframe_to_safe_csv(table_tab_frame(df, tables, lang, spec.columns)).decode("utf-8")
            found += [f"{spec.id} {lang} {what}" for what, text in (("csv", csv), ("summary", summary), ("figure", fig.to_json()))
                      if marks.search(text)]
    from digital_compare.outputs.deck import deck_notes

    for lang in ("th", "en"):  # a slide's speaker notes are text a presenter copies
        found += [f"notes {chart} {lang}" for chart, text in deck_notes(tables, lang, tuple(s.id for s in CHARTS)).items()
                  if marks.search(text)]
    assert found == []


@pytest.mark.parametrize("text, width, whole", [
    ("วางแผน “จีนดิจิทัล” ในปี 2000 และอื่นๆ อีกมากมาย", 12, "“จีนดิจิทัล”"),
    ("ตามที่ “ข้อมูลแสดงให้เห็น” บทความไม่ระบุแหล่งที่มา", 20, "“ข้อมูลแสดงให้เห็น”"),
    ("ซึ่ง «จีนดิจิทัล» ได้รับการผลักดัน", 12, "«จีนดิจิทัล»"),
])
def test_a_short_quote_is_never_broken_across_lines(text, width, whole):
    """Hovers read "“จีน<br>ดิจิทัล”" and "“ข้อมูล<br>แสดงให้เห็น”": a quoted name split in two."""
    wrapped = wrap_words(text, width)
    assert any(whole in line for line in html.unescape(wrapped).split("<br>")), wrapped
    assert html.unescape(wrapped).replace("<br>", "").replace(" ", "") == text.replace(" ", "")


def test_a_quote_longer_than_the_limit_still_breaks_between_words():
    text = "a “very long quote that goes on and on beyond forty characters of text” end"
    assert wrap_words(text, 20).count("<br>") >= 3


@pytest.mark.parametrize("lang", ["th", "en"])
def test_no_chart_hover_breaks_inside_a_short_quote(tables, lang):
    from digital_compare.app.views import CHARTS

    split = []
    for spec in CHARTS:
        if spec.id == "explore":
            continue
        fig = spec.build(tables, lang)[1]
        for trace in fig.to_plotly_json()["data"]:
            hovertext = trace.get("hovertext")
            hovertext = hovertext.tolist() if hasattr(hovertext, "tolist") else hovertext
            for hover in [*(hovertext if isinstance(hovertext, (list, tuple)) else [hovertext]), trace.get("hovertemplate")]:
                for quote in re.findall(r"“[^”]*”|«[^»]*»", str(hover or "")):
                    if "<br>" in quote and visible_length(quote.replace("<br>", "")) <= 40:
                        split.append((spec.id, quote))
    assert split == []


@pytest.mark.parametrize("width", range(24, 40))
def test_an_era_mark_after_a_bracket_stays_with_its_year(width):
    """The growth subtitle read "ตามรายงานของ Google (ค.ศ. <br>2022, 2023)": the bracket carried onto the era mark
    hid the mark from the rule that keeps it with its year."""
    wrapped = wrap_words("% ต่อปี ตามรายงานของ Google (ค.ศ. 2022, 2023) สูงกว่าการเติบโตของ GDP", width)
    assert "ค.ศ. 2022" in wrapped, wrapped


@pytest.mark.parametrize("text, width, lines", [
    # a compound the dictionary holds whole is broken between its own words, never inside a syllable ("…เฉี|ยงใต้")
    ("ภูมิภาคเอเชียตะวันออกเฉียงใต้", 12, ["ภูมิภาคเอเชีย", "ตะวันออกเฉียง", "ใต้"]),
    ("องค์การทรัพย์สินทางปัญญาโลก", 16, ["องค์การ", "ทรัพย์สินทางปัญญาโลก"]),
    # a word that is no compound of dictionary words is cut only where it has to be
    ("อิเล็กทรอนิกส์", 20, ["อิเล็กทรอนิกส์"]),
])
def test_a_long_compound_wraps_between_its_words(text, width, lines):
    from digital_compare.app.layout import wrap_words

    assert wrap_words(text, width).split("<br>") == lines


def test_a_table_cell_may_break_a_long_compound_between_its_words():
    from digital_compare.app.layout import ZERO_WIDTH_SPACE, breaks_at_words, without_layout_marks

    marked = breaks_at_words("เอเชียตะวันออกเฉียงใต้")
    assert marked.split(ZERO_WIDTH_SPACE) != [marked]
    assert [without_layout_marks(part) for part in marked.split(ZERO_WIDTH_SPACE)] == ["เอเชีย", "ตะวันออก", "เฉียง", "ใต้"]


#: text widths measured in Chromium with the data grid's font (canvas measureText, 400 14px "Source Sans")
GRID_CELLS = [
    ("ตัวเลขในข้อความ", 108.6), ("ต้องตรวจ", 57.0), ("ค่าที่เกิดขึ้นจริง", 90.5), ("7.7 แสนล้านบาท", 99.3),
    ("1 ใน 50 อันดับแรก", 106.7), ("อัตราการเติบโตเศรษฐกิจดิจิทัลต่อปี (ไม่ระบุปี)", 272.8),
    ("needs review", 76.8), ("nearly 2,500 items (ฉบับ)", 144.3), ("2021 (year unclear)", 111.0),
    ("Digital economy growth per year (no year given)", 278.1),
]


@pytest.mark.parametrize("cell, text_px", GRID_CELLS)
def test_a_grid_column_holds_its_longest_cell_whole_without_much_to_spare(cell, text_px):
    """/analyze's labels grid: 200 px for «9 ภารกิจ» left a phone two columns; the grid's own sizing cut
    «nearly 2,500 item…» further down. The column must hold the text and the cell's 2×8 px padding, and
    waste little (an estimate from the charts' widest-script em gave English cells 40 % to spare)."""
    from digital_compare.app.layout import grid_column_px

    needed = text_px + 16
    assert needed <= grid_column_px(["short", cell]) <= 1.3 * needed
