"""Hypothesis: extraction never raises, offsets slice back, encodings agree."""

import codecs

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
