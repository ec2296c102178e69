"""What an article says about itself: its headline, its dateline, the country it is about.

``add`` and the /analyze page prefill an added article's fields from here; the analyst
confirms or corrects them before anything is saved.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["detect_metadata"]

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# what may stand before a dateline's date: a label ("เผยแพร่:", "Published on"), a weekday ("วันพุธที่"),
# "วันที่"; not "เมื่อวันที่" (on the day), which opens a sentence about an event
_DATE_LABELS = re.compile(
    r"(?:\s|[:：,|·•\-–—]|เผยแพร่(?:เมื่อ)?|โพสต์(?:เมื่อ)?|published(?:\s+on)?|posted(?:\s+on)?|date|"
    r"วันที่|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)*", re.IGNORECASE)
# a time after the date: "13:03:48", "เวลา 10.30 น.", "T08:15"
_TIME = re.compile(r"[\s,]*(?:T|เวลา\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:น\.|am|pm)?", re.IGNORECASE)
# after the date and time: nothing, or a separator and a short tail (the outlet, "| CMG"; the byline)
_TAIL = re.compile(r"\s*(?:[|·•/,\-–—(].{0,40})?", re.DOTALL)


def _full_dates(line: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) of each date in ``line`` that gives day, month and year."""
    from digital_compare.text.extract import extract_mentions

    dates = [(m.start(), m.end(), m.group(0)) for m in _ISO_DATE.finditer(line)]
    dates += [(m.start, m.end, m.date) for m in extract_mentions(line) if m.kind == "date" and m.date and not m.inferred]
    return sorted(dates)


# the outlet a dateline's tail names after a bar or a dot ("2024-06-11 13:03:48 | CMG"); not a byline
_OUTLET_TAIL = re.compile(r"\s*[|·•]\s*(?!โดย|by\b)([^\d|·•\s][^\d|·•]{1,39}?)\s*", re.IGNORECASE)


def _dateline_outlet(line: str) -> str | None:
    """The outlet a dateline names in its tail, else None: "2024-06-11 13:03:48 | CMG" → "CMG"."""
    dates = _full_dates(line)
    if not dates or not _DATE_LABELS.fullmatch(line, 0, dates[0][0]):
        return None
    after = _TIME.match(line, dates[0][1])
    tail = _OUTLET_TAIL.fullmatch(line, after.end() if after else dates[0][1])
    return tail.group(1) if tail else None


def _dateline(line: str) -> str | None:
    """The date of a line that is a dateline, else None.

    A dateline is a line that gives the date and little else: "2024-06-11 13:03:48 | CMG",
    "11 มิ.ย. 2567", "เผยแพร่: 15 มี.ค. 2567 10:30 น.", or a place then the date at the start of the
    lead ("กรุงเทพฯ 15 มี.ค. 2567 – …", as the labeller reads a dateline's place). A date inside a
    sentence ("เมื่อวันที่ 15 มี.ค. 2567 กระทรวง … รายงานว่า …") is the date of what the sentence
    tells, not of the article.
    """
    dates = _full_dates(line)
    if not dates:
        return None
    start, end, date = dates[0]
    if _DATE_LABELS.fullmatch(line, 0, start):
        after = _TIME.match(line, end)
        if _TAIL.fullmatch(line, after.end() if after else end):
            return date
    from digital_compare.text.labeller import find_places

    places = find_places(line)
    if places and places[0].dateline and places[0].start == 0 and re.fullmatch(r"[\s,(\u00a0]{0,3}", line[places[0].end:start]):
        return date
    return None


def _published(head: str) -> str | None:
    """The date of the first dateline among the head's lines; None where no line is one (the analyst
    types the date: a date guessed from the story would be cited as the article's)."""
    for line in head.splitlines():
        date = _dateline(line.strip())
        if date:
            return date
    return None


# a comment or header line, a byline ("โดยศูนย์ข้อมูล…", by …), an address
_NOT_A_HEADLINE = re.compile(r"#|โดย|[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _headline(text: str) -> str | None:
    """The first line where it is a headline, else None (the analyst types the title: a lead sentence
    prefilled as the title would be cited as the article's).

    A headline is one short line that does not run on as a paragraph and stands apart from what
    follows: a blank line after it, or the dateline. A first line that runs straight into the next
    ("กระทรวง … รายงานว่า … 30 พันล้านดอลลาร์สหรัฐ" then "และเติบโตร้อยละ 20 …") is the lead.
    """
    raw = [line.strip() for line in text.strip().splitlines()]
    if len(raw) < 2:
        return None
    first = raw[0]
    if len(first) > 160 or first.endswith((".", "ฯลฯ")) or _NOT_A_HEADLINE.match(first):
        return None
    following = next((line for line in raw[1:] if line), None)
    if following is None:
        return None
    return first if not raw[1] or _dateline(following) else None


def _outlet(head: str) -> str | None:
    """The outlet named in the tail of the head's first dateline; None where it names none."""
    for line in head.splitlines():
        if _dateline(line.strip()):
            return _dateline_outlet(line.strip())
    return None


def detect_metadata(text: str, wanted: tuple[str, ...] = ("title", "published", "country")) -> dict:
    """Title, publication date, country and outlet (where ``wanted`` asks for it) where the text gives
    them; None where it does not.

    ``wanted`` names the fields to look for (finding the country reads every place in the text).

    :Example:

        >>> detect_metadata("เวียดนามเร่งเศรษฐกิจดิจิทัล\\n\\n11 มิ.ย. 2567\\nเวียดนามตั้งเป้า 20% ภายในปี 2025")
        {'title': 'เวียดนามเร่งเศรษฐกิจดิจิทัล', 'published': '2024-06-11', 'country': 'VN'}
    """
    from digital_compare.text.labeller import find_places

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found = {"title": _headline(text) if "title" in wanted else None, "published": _published("\n".join(lines[:6])) if "published" in wanted else None,
             "country": None, "outlet": _outlet("\n".join(lines[:6])) if "outlet" in wanted else None}
    if "country" in wanted:
        countries = Counter(p.code.split("-")[0] for p in find_places(text) if p.level != "group")
        found["country"] = countries.most_common(1)[0][0] if countries else None
    return {name: value for name, value in found.items() if name in wanted}
