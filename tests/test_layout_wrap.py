"""Chart text wrapping (layout.wrap_words): lines break between words, never after an opening quote, inside a
word with an apostrophe, or between a Thai noun prefix (การ, ความ) and its word."""

from __future__ import annotations

import html

import pytest

from digital_compare.app.layout import visible_length, wrap_words

CASES = [
    # /explore th title: the opening straight quote was left at the end of line 1 («… ดิจิทัล "<br>ต่อปี"»)
    ('อัตราการเติบโตเศรษฐกิจดิจิทัล "ต่อปี" (อัตราทั่วไป ไม่ใช่ของปีใดปีหนึ่ง)', '"ต่อ'),
    # /explore en: "Vietnam'<br>s telecom"
    ("Key problems to solve in building digital applications for Vietnam's telecom and digital-technology firms",
     "Vietnam's"),
    ("applications for Vietnam\u2019s telecom and digital-technology firms", "Vietnam\u2019s"),
    # the firsts chart: «สร้างแพลตฟอร์มการ<br>แบ่งปันข้อมูล»
    ("เป็นรายแรกในจีนที่สร้างแพลตฟอร์มการแบ่งปันข้อมูลภาครัฐทั้งสามระดับ", "การแบ่งปัน"),
    ("อัตราการเติบโตเศรษฐกิจดิจิทัลของเวียดนาม", "การเติบโต"),
    # a curly opening quote and a bracket keep going with their word, as before
    ("ครบรอบ 20 ปี “ฝูเจี้ยนดิจิทัล” (ปี 2020 ตรงกับการประชุมสุดยอด “จีนดิจิทัล” ครั้งที่ 3)", "“ฝูเจี้ยน"),
    ("ครบรอบ 20 ปี “ฝูเจี้ยนดิจิทัล” (ปี 2020 ตรงกับการประชุมสุดยอด “จีนดิจิทัล” ครั้งที่ 3)", "(ปี 2020"),
    # a Thai word and its number: the timeline's «… ครั้งที่<br>3)»
    ("ครบรอบ 20 ปี “ฝูเจี้ยนดิจิทัล” (ปี 2020 ตรงกับการประชุมสุดยอด “จีนดิจิทัล” ครั้งที่ 3)", "ครั้งที่ 3)"),
    ("อันดับดัชนีนวัตกรรมโลก (GII) ของเวียดนามดีขึ้นจาก 48 (ปี 2022) เป็น 46", "จาก 48"),
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
