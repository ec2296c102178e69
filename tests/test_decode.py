"""Every input hazard ends in text or one clear InputError."""

import codecs
import tomllib
from pathlib import Path

import pytest

from digital_compare.text.clean import analysis_text
from digital_compare.text.decode import MAX_INPUT_BYTES, MAX_INPUT_MB, InputError, decode_bytes, html_to_text, read_article_bytes
from digital_compare.text.extract import extract_mentions

THAI = "ในปี พ.ศ. 2566 กำหนดเป้าหมายไว้ 62 เป้าหมาย"


@pytest.mark.parametrize(
    "encoded",
    [
        THAI.encode("utf-8"),
        codecs.BOM_UTF8 + THAI.encode("utf-8"),
        codecs.BOM_UTF16_LE + THAI.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + THAI.encode("utf-16-be"),
        THAI.encode("utf-16"),  # BOM added by Python
        THAI.encode("utf-16-le"),  # no BOM
        THAI.encode("cp874"),
        THAI.encode("tis-620"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16", "utf16le-nobom", "cp874", "tis620"],
)
def test_encodings_decode_to_the_same_text(encoded):
    assert decode_bytes(encoded) == THAI


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "binary"),
        (b"a" * (MAX_INPUT_BYTES + 1), f"limit is {MAX_INPUT_MB} MB"),
    ],
    ids=["empty", "blank", "bom-only", "all-bytes", "png", "oversize"],
)
def test_bad_input_is_refused_with_a_reason(data, message):
    with pytest.raises(InputError, match=message):
        decode_bytes(data)


@pytest.mark.parametrize("read, key, params", [
    (lambda: decode_bytes(b"   "), "input_empty", {}),
    (lambda: decode_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200), "input_not_text", {}),
    (lambda: decode_bytes(b"a" * (MAX_INPUT_BYTES + 1)), "input_too_large", {"size": "2.0", "mb": MAX_INPUT_MB}),
    (lambda: read_article_bytes(b"<html><body><script>x</script></body></html>", "a.html"), "input_html_empty", {}),
], ids=["empty", "binary", "oversize", "html-without-text"])
def test_a_refusal_names_its_cause_by_key_and_crosses_a_process_whole(read, key, params):
    """A page words the cause in its language from the key (the command line prints the English message);
    the refusal comes from a worker process, so the key and parameters must survive pickling."""
    import pickle

    with pytest.raises(InputError) as caught:
        read()
    crossed = pickle.loads(pickle.dumps(caught.value))
    assert (crossed.key, crossed.params, str(crossed)) == (key, params, str(caught.value))


def test_crlf_is_normalised():
    assert decode_bytes("ก\r\nข\rค".encode()) == "ก\nข\nค"


@pytest.mark.parametrize(
    "markup, text",
    [
        ("<p>ปี 2566</p><script>alert(1)</script><p>62 เป้าหมาย</p>", "ปี 2566\n62 เป้าหมาย"),
        ("<html><head><title>t</title><style>p{}</style></head><body>ข่าว &amp; ภาพ</body></html>", "ข่าว & ภาพ"),
        ("<div>ก<img src=x onerror=alert(1)>ข</div>", "กข"),
        ("<p>&lt;script&gt;</p>", "<script>"),
        ("<p>AT&amp;amp;T shows &amp;lt;b&amp;gt;</p>", "AT&amp;T shows &lt;b&gt;"),  # decoded once, not twice
    ],
)
def test_html_is_reduced_to_visible_text(markup, text):
    assert html_to_text(markup) == text


def test_html_upload_detected_by_name_or_content():
    assert read_article_bytes(b"<p>62 \xe0\xb8\x81</p>", "a.html") == "62 ก"
    assert read_article_bytes(b"<!DOCTYPE html><body>x</body>", "a.txt") == "x"
    with pytest.raises(InputError, match="no visible text"):
        read_article_bytes(b"<html><script>x</script></html>", "a.html")


def test_streamlit_takes_in_a_file_over_the_limit_so_the_page_can_say_why():
    from digital_compare.text.decode import UPLOAD_CEILING_MB

    config = tomllib.loads((Path(__file__).parents[1] / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] == UPLOAD_CEILING_MB > MAX_INPUT_MB


@pytest.mark.parametrize(
    "raw",
    [
        "ปี 2566\x00 มี 62 เป้าหมาย",
        "\u202eปี 2566\u202c มี 62 เป้าหมาย",
        "ปี\u200b 2566 มี\u200d 62 เป้าหมาย",
        "🎉 ปี 2566 มี 62 เป้าหมาย 👩‍💻",
        "\ufeffปี 2566 มี 62 เป้าหมาย",
    ],
    ids=["nul", "bidi", "zero-width", "emoji", "inner-bom"],
)
def test_text_hazards_keep_offsets_and_numbers(raw):
    assert len(analysis_text(raw)) == len(raw)
    mentions = extract_mentions(raw)
    assert [m.value for m in mentions] == [2023.0, 62.0]
    assert all(raw[m.start : m.end] == m.surface for m in mentions)


@pytest.mark.parametrize("text, markup", [
    # a piece of a page's source pasted: its tags were kept as words ("<p", "class=") and counted as non-Thai
    ('<div class="article-body">\n<p class="lead">ในปี 2566 เศรษฐกิจโต 5%</p>\n</div>', True),
    ("<h2>ข่าวเศรษฐกิจ</h2><span>โต 5%</span>", True),
    ("ข่าวเศรษฐกิจ<br/>โต 5%<br />", True),
    # an article's own words with brackets: no markup
    ("ดัชนีอยู่ที่ <5> จุด และ a<b", False),
    ("เศรษฐกิจโต 5% (จาก <4% ในปีก่อน)", False),
    ("<p> ที่ขึ้นต้นบทความ", True),  # a page's paragraph tag alone, as before
])
def test_a_pasted_piece_of_markup_is_read_as_markup(text, markup):
    from digital_compare.text.decode import looks_like_html

    assert looks_like_html(text) is markup
