"""Turn bytes from a file, an upload or a paste into article text.

One size limit serves the CLI and the /analyze page; Streamlit's upload limit (``server.maxUploadSize`` in
``.streamlit/config.toml``) is set above it, so that the page itself refuses a larger file and says why.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

__all__ = [
    "MAX_INPUT_BYTES",
    "MAX_INPUT_MB",
    "InputError",
    "article_paths",
    "decode_bytes",
    "html_to_text",
    "looks_like_html",
    "read_article_bytes",
    "read_article_path",
]

MAX_INPUT_MB = 2
#: 2 MiB: about 700,000 Thai characters, far above any news article.
MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024
#: what the server takes in from one upload (Streamlit's maxUploadSize), above MAX_INPUT_MB: a file over the
#: limit reaches the page, which says so and why; at the limit itself Streamlit drew only a red chip
UPLOAD_CEILING_MB = 8

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


class InputError(ValueError):
    """Input that cannot become article text; ``str()`` is the English line for the command line.

    ``key`` and ``params`` name the cause for a page, which words it in its own language
    (``key`` "" for a cause only the command line meets: a path, a folder).
    """

    def __init__(self, message: str, key: str = "", **params) -> None:
        super().__init__(message)
        self.key = key
        self.params = params

    def __reduce__(self):
        # crosses from a worker process to the server whole, key and parameters included
        return _restore_input_error, (self.args[0] if self.args else "", self.key, self.params)


def _restore_input_error(message: str, key: str, params: dict) -> "InputError":
    return InputError(message, key, **params)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _strip_bom(data: bytes) -> tuple[bytes, str | None]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], encoding
    return data, None


def _looks_like_bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    # ASCII-heavy UTF-16 has NUL in every other byte; Thai UTF-16 has 0x0E there.
    thai_hi_le = sample[1::2].count(0x0E) / (len(sample) / 2)
    thai_hi_be = sample[0::2].count(0x0E) / (len(sample) / 2)
    if odd_nuls + thai_hi_le > 0.6 and even_nuls < 0.1:
        return "utf-16-le"
    if even_nuls + thai_hi_be > 0.6 and odd_nuls < 0.1:
        return "utf-16-be"
    return None


# Controls other than line breaks and tabs, private-use characters and the replacement
# character: what binary data turns into when decoded as text.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


def _is_mostly_text(text: str) -> bool:
    if not text:
        return True
    return len(_NOT_TEXT.findall(text)) / len(text) < 0.05


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16/32 (BOM), or TIS-620/cp874.

    Raises :class:`InputError` for empty, oversized or binary input.

    :Example:

        >>> decode_bytes("ปี ๒๕๖๖".encode("cp874"))
        'ปี ๒๕๖๖'
    """
    if len(data) > MAX_INPUT_BYTES:
        size = f"{len(data) / 1024 / 1024:.1f}"
        raise InputError(f"input is {size} MB; the limit is {MAX_INPUT_MB} MB per article", "input_too_large",
                         size=size, mb=MAX_INPUT_MB)
    body, encoding = _strip_bom(data)
    candidates = [encoding] if encoding else []
    if not encoding:
        utf16 = _looks_like_bomless_utf16(body)
        candidates = ["utf-8"] + ([utf16] if utf16 else []) + ["cp874"]
    for candidate in candidates:
        try:
            text = body.decode(candidate)
        except UnicodeDecodeError:
            continue
        if candidate == "cp874" and b"\x00" in body:
            break
        if _is_mostly_text(text):
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            if not text.strip():
                raise InputError("the input is empty: paste or upload a Thai article", "input_empty")
            return text
    raise InputError(
        "the input is not text in UTF-8, UTF-16 or TIS-620/cp874 (it looks like binary data)", "input_not_text"
    )


#: elements whose content a reader never sees
_HIDDEN_TAGS = ["script", "style", "noscript", "template", "svg", "head", "iframe", "object"]
#: elements that start a new line of text
_BLOCK_TAGS = (
    "p, div, br, li, ul, ol, h1, h2, h3, h4, h5, h6, tr, table, section, article, header, footer, blockquote, title"
)


#: a block or inline tag as a page's markup writes it ("<p class=\"lead\">", "</div>", "<br/>"): a paste copied
#: from a page's source, not an article's words
_MARKUP_TAG = re.compile(r"</?(?:p|div|span|br|h[1-6]|li|ul|ol|table|tr|td|th|a|strong|b|em|i|article|section|figure"
                         r"|figcaption|img|blockquote|header|footer|main|nav)(?:\s[^<>]{0,300})?/?>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is markup: a whole page, or a piece of one with two tags or more (a fragment pasted
    from a page's source kept its tags as words, "<p", "class=", counted as non-Thai).

    :Example:

        >>> looks_like_html('<div class="lead"><p>ปี 2566</p></div>'), looks_like_html("ดัชนี <5> และ a<b")
        (True, False)
    """
    head = text[:2048].lower()
    if "<html" in head or "<!doctype html" in head or "<body" in head or "<p>" in head:
        return True
    return len(_MARKUP_TAG.findall(head, 0, 2048)) >= 2


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page: no script, style or tags, one block per line.

    Parsed by Lexbor (through selectolax), an HTML5 parser in C that reads the
    page as a browser does and stays linear on malformed markup; the standard
    library's parser takes quadratic time on a run of ``<a `` or ``</``.

    :Example:

        >>> html_to_text("<p>ปี 2566</p><script>alert(1)</script><p>62 เป้าหมาย</p>")
        'ปี 2566\\n62 เป้าหมาย'
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    tree.strip_tags(_HIDDEN_TAGS)
    root = tree.body
    if root is None:
        return ""
    for block in root.css(_BLOCK_TAGS):
        block.insert_before("\n")
        block.insert_after("\n")
    text = root.text(deep=True, separator="")  # entities are decoded once by the parser
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def read_article_bytes(data: bytes, name: str = "") -> str:
    """Article text from uploaded or read bytes; HTML is reduced to text."""
    text = decode_bytes(data)
    if name.lower().endswith((".html", ".htm")) or looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise InputError("the HTML has no visible text", "input_html_empty")
    return text


def article_paths(path: str | os.PathLike) -> list[Path]:
    """The article files a path names: the file itself, or every .txt/.md/.html of a folder."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"no such file or folder: {path}")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        if not files:
            raise InputError(f"{path} holds no {'/'.join(ARTICLE_SUFFIXES)} files")
        return files
    return [path]


def read_article_path(path: str | os.PathLike) -> str:
    """Article text from a file path, with the same checks as an upload."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"no such file or folder: {path}")
    if not path.is_file():
        raise InputError(f"not a file: {path}")
    size = path.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise InputError(
            f"{path.name} is {size / 1024 / 1024:.1f} MB; the limit is {MAX_INPUT_MB} MB per article"
        )
    try:
        return read_article_bytes(path.read_bytes(), path.name)
    except InputError as err:
        raise InputError(f"{path.name}: {err}", err.key, **err.params) from None
