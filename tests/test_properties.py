"""Hypothesis: extraction never raises, offsets slice back, encodings agree."""

import codecs
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digital_compare.text.decode import decode_bytes
from digital_compare.text.extract import extract_mentions

THAI_PIECES = st.sampled_from([
    "ปี", "พ.ศ.", "ค.ศ.", " ", "  ", "\n", "ร้อยละ", "%", "ล้าน", "แสนล้าน", "หยวน", "บาท", "เท่า",
    "อันดับ", "อันดับที่", "ระดับ", "/", "-", "–", "วันที่", "เมษายน", "พ.ย.", "สอง", "สาม", "สิบ",
    "เป้าหมาย", "เกิน", "ประมาณ", "๒๕๖๖", "2566", "2018", "17.6", "2,500", "6/10", "30", "65",
    "\u200b", "\u202e", "\x00", "🎉", "<b>", ",", "(", ")",
])
thaiish = st.lists(st.one_of(THAI_PIECES, st.text(max_size=3)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), thaiish))
def test_extract_never_raises_and_offsets_slice_back(text):
    for mention in extract_mentions(text, "prop"):
        assert text[mention.start : mention.end] == mention.surface
        assert mention.start < mention.end
        assert mention.sentence_start <= mention.start and mention.end <= mention.sentence_end + len(mention.surface)


ENCODABLE = st.lists(
    st.one_of(THAI_PIECES.filter(lambda p: p not in ("\u200b", "\u202e", "\x00", "🎉")),
              st.sampled_from(["ข่าว", "ดิจิทัล", "เวียดนาม", "ฝูเจี้ยน", "12", "3.5"])),
    min_size=1, max_size=30,
).map("".join).filter(lambda s: s.strip())


@settings(max_examples=150, deadline=None)
@given(ENCODABLE)
def test_every_supported_encoding_gives_the_same_mentions(text):
    expected = [(m.kind, m.surface, m.value, m.start) for m in extract_mentions(text)]
    for encoded in (
        text.encode("utf-8"),
        codecs.BOM_UTF8 + text.encode("utf-8"),
        text.encode("utf-16"),
        text.encode("cp874"),
    ):
        decoded = decode_bytes(encoded).replace("\r", "\n")
        assert [(m.kind, m.surface, m.value, m.start) for m in extract_mentions(decoded)] == expected


NUMBER_WORD_PIECES = st.sampled_from([
    "หนึ่ง", "สอง", "สาม", "ร้อย", "ร้อยละ", "ละ", "พัน", "หมื่น", "แสน", "ล้าน", "ยี่", "สิบ", "เอ็ด", "อันดับ",
    "ค.ศ.", "พ.ศ.", "พ", "ค", "12", "๒๕", " ", "เป้าหมาย", "คน", "ก", "\n",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(NUMBER_WORD_PIECES, st.text(max_size=2)), max_size=30).map("".join))
def test_anchor_scan_finds_the_places_one_combined_pattern_finds(text):
    from digital_compare.text.extract import _anchor_starts
    from digital_compare.text.thai_numbers import THAI_NUMBER_WORD_PATTERN

    combined = re.compile(rf"(?<!\d)\d|ร้อยละ|อันดับ|[คพ]\.ศ\.|{THAI_NUMBER_WORD_PATTERN}")
    assert _anchor_starts(text) == [m.start() for m in combined.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(NUMBER_WORD_PIECES, THAI_PIECES, st.text(max_size=3)), max_size=40).map("".join))
def test_units_tokenized_in_one_batch_equal_units_tokenized_one_by_one(text):
    from digital_compare.text.clean import analysis_text
    from digital_compare.text.extract import _following_word, _following_words

    text = analysis_text(text)
    ends = sorted({m.end() for m in re.finditer(r"\d+|สิบ|ล้าน", text)})
    assert _following_words(text, ends) == [_following_word(text, end) for end in ends]
