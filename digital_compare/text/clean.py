"""Separate article content from site boilerplate without moving any offset.

The analysed text has the same length as the raw text: boilerplate and
invisible control characters become spaces, so ``raw[start:end]`` is always
the quote of whatever the extractor finds.
"""

from __future__ import annotations

import re

__all__ = ["analysis_text", "boilerplate_spans"]

# A line that is site furniture rather than reporting.
_BOILERPLATE_LINE = re.compile(
    r"^[ \t]*(?:"
    r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?[ \t]*\|.*"  # dateline "2024-06-11 13:03:48 | CMG"
    r"|Share with:?"
    r"|•.*\(\d{1,2}-\d{1,2}-\d{4}\)"  # programme links "• เสียงข่าวประจำวัน (17-07-2567)"
    r"|แหล่งที่มา"
    r"|การแสดงความคิดเห็น[ \t]*\(\d+\)"
    r")[ \t]*$",
    re.MULTILINE,
)
# Everything from this line on is the site's footer.
_FOOTER_START = re.compile(r"^[ \t]*IN/LU[ \t]*$", re.MULTILINE)


def boilerplate_spans(raw: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of site boilerplate in the raw text.

    :Example:

        >>> raw = "ข่าว\\nShare with:\\nเนื้อหา"
        >>> [raw[s:e] for s, e in boilerplate_spans(raw)]
        ['Share with:']
    """
    spans = [(m.start(), m.end()) for m in _BOILERPLATE_LINE.finditer(raw)]
    footer = _FOOTER_START.search(raw)
    if footer:
        spans = [s for s in spans if s[1] <= footer.start()] + [(footer.start(), len(raw))]
    return spans


# NUL and other controls, zero-width marks, bidi embeddings/overrides/isolates and
# BOMs: invisible, and they would split a number from its unit.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def analysis_text(raw: str) -> str:
    """Raw text with boilerplate and invisible characters blanked, same length.

    Thai digits become Arabic digits so one set of patterns reads both.

    :Example:

        >>> analysis_text("ปี ๒๕๖๖\u200b")
        'ปี 2566 '
    """
    from digital_compare.text.thai_numbers import thai_digits_to_arabic_same_length

    text = _INVISIBLE.sub(" ", thai_digits_to_arabic_same_length(raw))
    pieces, cursor = [], 0
    for start, end in boilerplate_spans(raw):
        pieces.append(text[cursor:start])
        pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
