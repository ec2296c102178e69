"""Find every number, year and date in a Thai article, with its offsets.

Each :class:`Mention` keeps the raw ``surface`` and ``start``/``end`` so that
``raw[start:end] == surface`` always holds, plus a normalised ``value``,
``unit``, Christian-era ``year`` and ISO ``date``.

Patterns run over :func:`digital_compare.text.clean.analysis_text`, a same-length
copy of the raw text, so offsets never need remapping. Where two patterns claim
overlapping text, the more specific kind wins (a date beats the year inside it,
money beats the bare number inside it).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass, field
from decimal import Decimal

from digital_compare.text.clean import analysis_text
from digital_compare.text.kinds import KINDS
from digital_compare.text.thai_dates import (
    MONTH_PATTERN,
    bare_year_era,
    safe_iso_date,
    thai_month_to_number,
    year_to_ad,
)
from digital_compare.text.thai_numbers import (
    _NUMBER_WORDS,
    _THAI_DIGIT_WORDS,
    NUMBER_PATTERN,
    SCALE_PATTERN,
    THAI_NUMBER_WORD_PATTERN,
    arabic_number_to_float,
    is_thai_number_word_shape,
    scale_word_to_multiplier,
    thai_number_word_to_float,
)
from digital_compare.text.thai_text import cuts_at_words, segment_sentences, thai_stopword_set, word_tokenize_fast

__all__ = ["KINDS", "MENTION_FIELDS", "SENTENCE_MAX_CHARS", "SEQUENCE_ORDINAL", "Mention", "extract_mentions", "is_identifier", "sentence_excerpt"]


#: the extraction contract, in output order; the fields after ``sentence`` add context.
MENTION_FIELDS = (
    "article", "kind", "surface", "start", "end", "value", "unit", "year", "year_end", "date",
    "inferred", "sentence", "id", "qualifier", "era", "context_year", "sentence_start", "sentence_end",
)

CURRENCIES = {
    "ดอลลาร์สหรัฐฯ": "USD",
    "ดอลลาร์สหรัฐ": "USD",
    "เหรียญสหรัฐฯ": "USD",
    "เหรียญสหรัฐ": "USD",
    "ดอลลาร์สิงคโปร์": "SGD",
    "ดอลลาร์": "USD",
    "ยูโร": "EUR",
    "เยน": "JPY",
    "ริงกิต": "MYR",
    "รูเปียห์": "IDR",
    "เปโซ": "PHP",
    "EUR": "EUR",
    "หยวน": "CNY",
    "บาท": "THB",
    "ดอง": "VND",
    "ด่ง": "VND",
    "USD": "USD",
    "CNY": "CNY",
    "THB": "THB",
    "VND": "VND",
    # "756,100 ลบ.", "7.56 แสนลบ.": business news abbreviates ล้านบาท (million baht); the million is applied
    # where the amount is read (MILLION_IN_CURRENCY)
    "ลบ.": "THB",
}
#: currencies whose abbreviation holds a scale word of its own
MILLION_IN_CURRENCY = frozenset({"ลบ."})
# "ด่ง" (the dong, as Thai news from Vietnam spells it) is no currency when a name goes on: "ด่งนาย", "ด่งทาป"
_CURRENCY_NOT_BEFORE = {"ด่ง": "(?!นาย|ท้?าป|หอย|เหย)"}
_CURRENCY = "(?:" + "|".join(re.escape(name) + _CURRENCY_NOT_BEFORE.get(name, "")
                             for name in sorted(CURRENCIES, key=len, reverse=True)) + ")"
_ERA = r"(?:ค\.ศ\.|พ\.ศ\.)"
_ERA_CODES = {"ค.ศ.": "ad", "พ.ศ.": "be"}
_NUM = NUMBER_PATTERN
_WORDNUM = THAI_NUMBER_WORD_PATTERN
_QUANTITY = rf"(?:(?P<num>{_NUM})|(?P<words>{_WORDNUM}))"
# At most two spaces between a number and its unit: a blanked zero-width mark
# next to a real space must not split them.
_SP = r"[ \t\u00a0]{0,2}"

# The qualifier word sits right before the figure: "เกิน 2 ล้านล้าน", "มากกว่า 45%".
# "<" is tried first: "น้อยกว่า" ends in "กว่า".
_QUALIFIERS = (
    (re.compile(r"(?:น้อยกว่า|ต่ำกว่า|ไม่ถึง|less than|under)\s*$"), "<"),
    (re.compile(r"(?:เกินกว่า|มากกว่า|สูงกว่า|เกิน|กว่า|over|more than)\s*$"), ">"),
    # "nearly" is kept apart from "about": nearly 2,500 is under 2,500, about 2,500 either side
    (re.compile(r"(?:เกือบ|nearly|almost)\s*$"), "≲"),
    (re.compile(r"(?:ประมาณ|ราว ๆ|ราวๆ|ราว|about|around)\s*$"), "≈"),
)

_ENGLISH_MONTHS = {
    name: number for number, names in enumerate((
        ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
        ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"), ("October", "Oct"),
        ("November", "Nov"), ("December", "Dec")), start=1) for name in names
}
_ENGLISH_MONTH = "(?:" + "|".join(sorted(_ENGLISH_MONTHS, key=len, reverse=True)) + r")\.?(?![A-Za-z])"
# a Buddhist year of two digits after ปี: "ปี 63", "ปี’64", "ปี 68-69" (2540s to 2590s)
# ("งบปี ’69": the mark may follow a space)
_SHORT_BE_YEAR = r"(?:(?<=ปี)|(?<=ปี )|(?<=ปี\u00a0)|(?<=ปี’)|(?<=ปี')|(?<=ปี ’)|(?<=ปี '))(?P<yy>[4-9]\d)(?:\s?[-–]\s?(?P<yy2>[4-9]\d))?(?![\d.,%])"
# a headline's Buddhist year glued between words, its change verb right after it: "ลุ้น67โต2.8%" (hopes 2567
# grows 2.8%); a count is never glued straight to a growth verb
_GLUED_SHORT_BE_YEAR = r"(?<=[\u0e01-\u0e4e])(?P<yy>[5-9]\d)(?=(?:โต|เติบโต|ขยายตัว|หดตัว|ติดลบ)[\d\u0e01-\u0e4e])"
_NOT_AFTER_SHORT_YEAR = re.compile(r"\s?(?:%|เปอร์เซ็นต์|ปี|เดือน|วัน|คน|ครั้ง|ชั่วโมง)")
#: an address: its digits are no figures
#: a file name or code that holds digits ("Screenshot_2017-04-20-15-30-48", "MMC_Q3.66") and a chain of four or more
#: numbers joined by hyphens (a timestamp, an id): names, whose digits are no figures
CODE_PATTERN = re.compile(r"(?<![\w.-])[A-Za-z][\w.-]*_[\w.-]*\d[\w.-]*|(?<![\d.-])\d+(?:-\d+){3,}(?![\d-])")
URL_PATTERN = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+|(?<![\w.-])[\w.-]+\.(?:com|org|net|gov|go\.th|co\.th|or\.th|ac\.th|in\.th|cn|vn)(?:/[^\s<>\"“”]*)?", re.IGNORECASE)

_COMPOUND = (rf"(?P<num>{_NUM}){_SP}(?P<high>แสน|หมื่น){_SP}(?P<num2>{_NUM}){_SP}(?P<low>หมื่น|พัน)?"
             rf"(?P<scale>ล้านล้าน|ล้าน)")

# Kinds in priority order: a lower number wins an overlap.
_PATTERNS: list[tuple[int, str, re.Pattern]] = [
    (0, "date_text", re.compile(
        rf"(?<!\d)(?:\d{{1,2}}{_SP}[-–]{_SP})?(?P<day>\d{{1,2}}){_SP}(?P<month>{MONTH_PATTERN})"
        rf"(?:{_SP}(?P<era>{_ERA})?{_SP}(?P<year>\d{{4}})(?!\d)"
        rf"|(?<=\.){_SP}(?P<yy>\d{{2}})(?!\d))?"
    )),
    (0, "date_english", re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}}){_SP}(?P<month>{_ENGLISH_MONTH})(?:,?{_SP}(?P<year>\d{{4}})(?!\d))?"
    )),
    (0, "date_numeric", re.compile(
        r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d/-])"
    )),
    # a time of day is no figure: claimed here so that "10:00" or "10.30 น." never reads as counts
    (0, "clock", re.compile(
        r"(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d])(?:\s?(?:น\.|นาฬิกา))?"
        r"|(?<![\d.:])(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?:น\.|นาฬิกา)"
    )),
    (0, "date_iso", re.compile(
        r"(?<![\d/.-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d/-])"
    )),
    (1, "year_range", re.compile(
        rf"(?:(?P<era>{_ERA}){_SP})?(?<![\d,.])(?P<y1>\d{{4}})\s*[–—-]\s*(?:{_ERA}{_SP})?(?P<y2>\d{{4}})(?![\d/-])"
    )),
    (2, "money", re.compile(
        rf"{_QUANTITY}{_SP}(?P<scale>{SCALE_PATTERN})?{_SP}(?P<currency>{_CURRENCY})"
    )),
    # "2 แสน 6 หมื่นล้านบาท": one amount in two parts, the last scale word applying to both
    (2, "money", re.compile(rf"{_COMPOUND}{_SP}(?P<currency>{_CURRENCY})")),
    (2, "percent", re.compile(rf"ร้อยละ{_SP}{_QUANTITY}")),
    (2, "percent", re.compile(rf"{_QUANTITY}{_SP}(?:%|เปอร์เซ็นต์)")),
    # the low end of a range shares the high end's unit and scale: "6-7%", "300-450 ล้านบาท"
    (2, "percent_low", re.compile(rf"(?P<num>{_NUM})(?={_SP}[-–—]{_SP}{_NUM}{_SP}(?:%|เปอร์เซ็นต์))")),
    (2, "money_low", re.compile(
        rf"(?P<num>{_NUM})(?={_SP}[-–—]{_SP}{_NUM}{_SP}(?P<scale>{SCALE_PATTERN})?{_SP}(?P<currency>{_CURRENCY}))")),
    (4, "scaled_low", re.compile(rf"(?P<num>{_NUM})(?={_SP}[-–—]{_SP}{_NUM}{_SP}(?P<scale>{SCALE_PATTERN}))")),
    # "139 และ 167 ล้านคน", "31 และ 36 พันล้านดอลลาร์": the first of a pair shares the scale (and currency) written once
    (2, "money_low", re.compile(
        rf"(?P<num>{_NUM})(?={_SP}และ{_SP}{_NUM}{_SP}(?P<scale>{SCALE_PATTERN}){_SP}(?P<currency>{_CURRENCY}))")),
    (4, "scaled_low", re.compile(rf"(?P<num>{_NUM})(?={_SP}และ{_SP}{_NUM}{_SP}(?P<scale>{SCALE_PATTERN}))")),
    # ("ปี 2566 เท่ากับ …": equals, no multiple; "เท่าเทียม": equal)
    (2, "multiplier", re.compile(rf"{_QUANTITY}{_SP}เท่า(?!กับ|เทียม|นั้น)")),
    # "เพิ่มขึ้นเท่าตัว": doubled
    (2, "doubled", re.compile(r"เท่าตัว")),
    (2, "rank", re.compile(
        rf"(?:อันดับ|(?<!ตาม)ลำดับ)(?:ที่)?{_SP}(?P<num>{_NUM})(?:{_SP}ใน{_SP}(?P<of>{_NUM}))?"
    )),
    # "ติด 1 ใน 3 ประเทศที่…", "เป็น 1 ใน 20 ประเทศ": one of the top N, with no อันดับ written
    (2, "rank", re.compile(rf"(?<![\d.,])1{_SP}ใน{_SP}(?P<of>{_NUM})(?={_SP}(?:ประเทศ|เศรษฐกิจ|อันดับ|เมือง|บริษัท))")),
    (2, "level", re.compile(r"(?<![\d/-])(?P<num>\d{1,3})\s?/\s?(?P<den>\d{1,3})(?![\d/-])")),
    (3, "short_year", re.compile(_SHORT_BE_YEAR)),
    (3, "short_year", re.compile(_GLUED_SHORT_BE_YEAR)),
    (3, "year", re.compile(
        rf"(?P<era>{_ERA}){_SP}(?P<year>\d{{4}})(?!\d)"
        rf"|(?:(?<=ปี)|(?<=ปี )|(?<=ปี  )|(?<=ปี\u00a0))(?P<after_pi>\d{{4}})(?![\d,.])"
        rf"|(?<![\d,.])(?P<bare>\d{{4}})(?![\d.]|,\d)"
    )),
    (4, "scaled", re.compile(rf"{_COMPOUND}")),
    (4, "scaled", re.compile(rf"{_QUANTITY}{_SP}(?P<scale>{SCALE_PATTERN})")),
    (5, "count", re.compile(rf"{_QUANTITY}")),
]


@dataclass(slots=True)
class Mention:
    article: str
    kind: str
    surface: str
    start: int
    end: int
    value: float | None = None
    unit: str | None = None
    year: int | None = None
    year_end: int | None = None
    date: str | None = None
    inferred: bool = False
    id: str = ""
    qualifier: str | None = None
    era: str | None = None
    context_year: int | None = None
    sentence_start: int = 0
    sentence_end: int = 0
    _priority: int = field(default=9, repr=False)
    _month_day: tuple[int, int] | None = field(default=None, repr=False)
    # its unit is the word after it, tokenized with the other kept mentions' in one call
    _unit_is_next_word: bool = field(default=False, repr=False)
    # the whole article, shared by every mention of it: a mention keeps offsets, not a copy
    # of its sentence, so a long sentence full of figures costs no more than a short one
    _raw: str = field(default="", repr=False)

    @property
    def sentence(self) -> str:
        """The mention's sentence, or :data:`SENTENCE_MAX_CHARS` of it around the figure."""
        return sentence_excerpt(self._raw, self.sentence_start, self.sentence_end, self.start, self.end)

    def as_record(self) -> dict:
        # dataclasses.asdict deep-copies every field; the fields are plain values already
        return dict(zip(MENTION_FIELDS, _MENTION_VALUES(self)))


_MENTION_VALUES = operator.attrgetter(*MENTION_FIELDS)

#: the longest sentence a record carries whole; a longer one is cut to this many
#: characters around its figure, so output grows with the input, not with its square
SENTENCE_MAX_CHARS = 400


def sentence_excerpt(raw: str, sentence_start: int, sentence_end: int, start: int, end: int) -> str:
    """``raw[sentence_start:sentence_end]``, or a window of it around ``start:end`` marked with "…".

    :Example:

        >>> sentence_excerpt("ก" * 1000 + " 62 เป้าหมาย", 0, 1012, 1001, 1003)[-20:]
        'กกกกกกกก 62 เป้าหมาย'
    """
    if sentence_end - sentence_start <= SENTENCE_MAX_CHARS:
        return raw[sentence_start:sentence_end]
    margin = max(0, (SENTENCE_MAX_CHARS - (end - start)) // 2)
    left = max(sentence_start, start - margin)
    right = min(sentence_end, max(end, left + SENTENCE_MAX_CHARS))
    left = max(sentence_start, min(left, right - SENTENCE_MAX_CHARS))
    # each cut moved inward to a boundary between words: a cut by characters left a vowel without its consonant
    # («…ัว 5.05%»)
    left, right = cuts_at_words(raw, left, right, start, end, sentence_start, sentence_end)
    # a sentence's span holds no space at either end: a cut inside it is a cut (slicing the rest to look for
    # words made each of a long sentence's figures cost its whole length)
    return ("…" if left > sentence_start else "") + raw[left:right] + ("…" if right < sentence_end else "")


def _is_ascii_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isascii() and text[index].isalpha()


#: the words after which a bare "หนึ่ง" means "a, a certain" rather than the number 1
_INDEFINITE_ONE_AFTER = re.compile(
    r"(?:จำนวน|กลุ่ม|ระดับ|ช่วง|ครั้ง|คน|แห่ง|ราย|ประการ|อย่าง|ทาง|ด้าน|วัน|ปี|เดือน|ตอน|ขณะ|ฉบับ|เรื่อง|ประเทศ|บริษัท"
    r"|เมือง|หน่วยงาน|โครงการ|ชิ้น|ชนิด|ประเภท|แบบ)$")


def _quantity_value(match: re.Match, groups: dict, text: str) -> float | None:
    """Number from the ``num`` or ``words`` group; None if the words are not a number."""
    if groups.get("num"):
        return arabic_number_to_float(groups["num"])
    words = groups.get("words")
    # A bare "แสน" or "ล้าน" is usually an intensifier ("แสนดี"), not a number.
    if not words or not (_HAS_DIGIT_WORD.search(words) or words == "สิบ"):
        return None
    # the shape check is linear and comes first: PyThaiNLP's own backtracks on a long bad run
    if not is_thai_number_word_shape(words):
        return None
    # a classifier then "หนึ่ง" is the indefinite article ("บริษัทจำนวนหนึ่ง", some companies), while
    # "หนึ่ง" before its classifier counts ("ร่วงหนึ่งอันดับ")
    if words == "หนึ่ง" and _INDEFINITE_ONE_AFTER.search(text, max(0, match.start("words") - 12), match.start("words")):
        return None
    # "สองเท่า" is one token to the tokenizer: a multiplier's number word needs only its start on a boundary
    end = match.end("words")
    if text.startswith("เท่า", end):
        end = None
    if not _is_whole_words(text, match.start("words"), end):
        return None
    try:
        return thai_number_word_to_float(words)
    except (ValueError, KeyError, IndexError, OverflowError):
        return None


# the hyphen of a name, written with or without a space before it: "โควิด-19", "โควิด -19"
_NAME_HYPHEN = re.compile(r"[^\W\d_][ \u00a0]?-$")
#: a number that orders rather than counts: "ครั้งที่ 10", "ฉบับที่ 14", "ข้อมติที่ 52", "ไตรมาสที่ 1 ถึง 4";
#: its mention is an ordinal, never a count (the 3rd summit is no quantity of 3). "ที่" after any other
#: word is no ordinal: "อยู่ที่ 900 คน" (stands at 900 people) counts people
SEQUENCE_ORDINAL = re.compile(
    r"(?:ครั้ง|ฉบับ|ไตรมาส|ข้อมติ|มติ|ข้อ|ระยะ|ปี|วัน|ชั้น|รุ่น|งวด|สมัย|เล่ม|หมวด|ตอน|ประการ|มาตรา|แผน|เฟส|สัปดาห์|เดือน"
    r"|ชุด|ช่วง)"  # "สภาชุดที่ 14", "ช่วงที่ 1 ระหว่างปี …": the body's term, the plan's stage
    r"ที่[ \u00a0]?(?:\d{1,2}[ \u00a0]?(?:ถึง|-|–|และ)[ \u00a0]?)?$")
#: how far before a number :data:`SEQUENCE_ORDINAL` looks
_SEQUENCE_LOOKBACK = 22
_HAS_DIGIT_WORD = re.compile("|".join(_THAI_DIGIT_WORDS))


def _is_whole_words(text: str, start: int, end: int | None) -> bool:
    """True where start..end falls on word boundaries ("สาม" in "สามารถ" does not); ``end`` None
    checks the start only."""
    left = max(0, start - 24)
    window = text[left : min(len(text), (end or start) + 24)]
    bounds, pos = {0}, 0
    for token in word_tokenize_fast(window):
        pos += len(token)
        bounds.add(pos)
    return (start - left) in bounds and (end is None or (end - left) in bounds)


def _following_word(text: str, end: int) -> str | None:
    """The classifier after a count ("62 เป้าหมาย" → "เป้าหมาย"), if it is a content word."""
    stripped = _following_window(text, end)
    if stripped is None:
        return None
    tokens = word_tokenize_fast(stripped)
    return _content_word(tokens[0] if tokens else "")


def _following_window(text: str, end: int) -> str | None:
    window = text[end : end + 40]
    stripped = window.lstrip(" \t\u00a0")
    if len(window) - len(stripped) > 2 or not stripped or not ("\u0e01" <= stripped[0] <= "\u0e4e"):
        return None
    return stripped


def _content_word(token: str) -> str | None:
    word = token.strip()
    if len(word) < 2 or word in thai_stopword_set():
        return None
    return word


# the analysed text has no control characters (clean.analysis_text blanks them), so a NUL
# cannot occur inside a window and ends one for the tokenizer
_WINDOW_SEPARATOR = "\x00"


def _following_words(text: str, ends: list[int]) -> list[str | None]:
    """``[_following_word(text, end) for end in ends]`` in one tokenizer call.

    A call into nlpo3 costs about 20 µs before it reads a character; an article has
    hundreds of counts. The windows are joined with a separator that the tokenizer
    always cuts at; a window whose first token still crosses one is tokenized alone.
    """
    windows = [_following_window(text, end) for end in ends]
    joined, offsets, position = [], [], 0
    for window in windows:
        if window is not None:
            offsets.append(position)
            joined.append(window)
            position += len(window) + len(_WINDOW_SEPARATOR)
    first_token: dict[int, str] = {}
    wanted, position = set(offsets), 0
    for token in word_tokenize_fast(_WINDOW_SEPARATOR.join(joined)):
        if position in wanted:
            first_token[position] = token
        position += len(token)
    words, index = [], 0
    for end, window in zip(ends, windows, strict=True):
        if window is None:
            words.append(None)
            continue
        token = first_token.get(offsets[index])
        index += 1
        if token is None or _WINDOW_SEPARATOR in token or len(token) > len(window):
            words.append(_following_word(text, end))
        else:
            words.append(_content_word(token))
    return words


# A number that names rather than counts: "โครงการ 06", "สายด่วน 1669", "หมายเลข 5".
_IDENTIFIER_BEFORE = re.compile(
    r"(?:โครงการ|หมายเลข|เลขที่|เบอร์|รหัส|สายด่วน|ตอนที่|ตอน|มาตรา|ข้อที่|Project|No\.|EP\.?|#|COVID|Covid|โควิด)[ \t\u00a0]?$"
)
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"'«", "”\"'»"
_CLOSES_LINE = re.compile(r"\)[ \t\u00a0]*(?:\n|$)")
_ALONE_BEFORE = re.compile(r"(?:^|\n)[ \t\u00a0]*$")
_ALONE_AFTER = re.compile(r"[ \t\u00a0]*(?:\n|$)")


def _inside_brackets(text: str, start: int) -> bool:
    """Whether an opening bracket earlier on the line is still open at ``start``."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return line.count("(") > line.count(")")


_MONTH_RIGHT_BEFORE = re.compile("(?:" + MONTH_PATTERN + r")[ \u00a0]?$")


def is_identifier(text: str, start: int, end: int) -> bool:
    """True where a bare number is a name, a label or an episode, not a quantity.

    Three shapes: after a word that introduces a number as a name ("โครงการ 06",
    "สายด่วน 1669"); alone inside quotation marks (the “12345” hotline); alone in
    brackets at the end of a line (a series episode in a title, "… (97)").

    :Example:

        >>> text = "แพลตฟอร์ม “12345” และโครงการ 06 มี 62 เป้าหมาย"
        >>> [is_identifier(text, m.start(), m.end()) for m in re.finditer(r"\\d+", text)]
        [True, True, False]
    """
    if _IDENTIFIER_BEFORE.search(text, max(0, start - 12), start):
        return True
    before, after = text[start - 1 : start], text[end : end + 1]
    if before and after and before in _OPEN_QUOTES and after in _CLOSE_QUOTES:
        return True
    if _ALONE_BEFORE.search(text, max(0, start - 8), start) and _ALONE_AFTER.match(text, end):
        return True  # a number alone on its line: a page number or a counter the page kept, never a quantity
    if before == "(" and after == ")" and end - start == 1:
        return True  # a list marker: "(1) การส่งออก … (2) …"
    if before == "[" and after == "]" and end - start <= 2:
        return True  # a footnote's mark: "ภาคบริการ [2] มีมูลค่า …"
    if after == ")" and end - start <= 2 and (not before or before.isspace()) and not _inside_brackets(text, start):
        return True  # a list marker closed on one side: "ได้แก่ 1) เกษตรกรรม … 2) บริการ"
    return before == "(" and _CLOSES_LINE.match(text, end) is not None


def _qualifier(text: str, start: int) -> str | None:
    before = text[max(0, start - 16) : start]
    for pattern, symbol in _QUALIFIERS:
        if pattern.search(before):
            return symbol
    return None


def qualifier_words(text: str, start: int) -> str:
    """The words that qualify the figure at ``start``, as the text writes them with the space after them
    ("ราว " of "ราว 4.9%"), or "" for an unqualified figure: "ราว" and "ประมาณ" are one qualifier, and
    a figure shown "as in the text" keeps the text's.

    :Example:

        >>> qualifier_words("เติบโตราว 4.9%", 10), qualifier_words("โต 4.9%", 3)
        ('ราว ', '')
    """
    before = text[max(0, start - 16) : start]
    for pattern, _symbol in _QUALIFIERS:
        found = pattern.search(before)
        if found:
            return found.group(0)
    return ""


_YEAR_LIST_BEFORE = re.compile(r"(?:ปี|ค\.ศ\.|พ\.ศ\.)[ \u00a0]?\d{4}[ \u00a0]?(?:และ|หรือ|ถึง|,)[ \u00a0]?$")


# the name of a ranking or report right before a 4-digit number: the number is its edition's year
# ("5 อันดับประเทศแห่งนวัตกรรม 2023 ประเทศไทย…")
_EDITION_BEFORE = re.compile(r"(?:ดัชนี[^\d\s,;()]{0,30}|รายงาน[^\d\s,;()]{0,30}|อันดับ[^\d\s,;()]{1,30}|Index|Ranking|Report|GII|IMD|EGDI|WDCR)"
                             r"[ \u00a0]?(?:\([A-Za-z]{2,6}\))?[ \u00a0]?$", re.IGNORECASE)


_FISCAL_YEAR_BEFORE = re.compile(r"ปีงบ(?:ประมาณ)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")


def _bare_year_allowed(text: str, match: re.Match) -> bool:
    """A bare 4-digit number is a year only where nothing says it counts things."""
    start, end = match.span("bare")
    before = text[max(0, start - 3) : start]
    after = text[end : end + 3]
    if re.search(r"[(,]\s*$", before) and re.match(r"\s*[),]", after):
        return True  # a list of years: "(2022, 2023)"
    if _YEAR_LIST_BEFORE.search(text, max(0, start - 24), start):
        return True  # the next of a list of years: "ในปี 2019 และ 2021"
    if _FISCAL_YEAR_BEFORE.search(text, max(0, start - 20), start):
        return True  # a fiscal year, whatever amount follows: "ปีงบประมาณ 2569 วงเงิน 3.7 ล้านล้านบาท"
    if _EDITION_BEFORE.search(text, max(0, start - 40), start):
        return True  # an index's or report's edition: "ดัชนีนวัตกรรมโลก 2025 เวียดนาม…", "Unicorn Index 2024 ระบุ"
    nxt = text[end : end + 2].lstrip()
    return not nxt or not (nxt[0].isalnum() or nxt[0] in "%/")


# "ร้อยละ 2.5 -3", "ร้อยละ 6–8": the high end of a range whose low end ร้อยละ opened
_PERCENT_WORD_RANGE_BEFORE = re.compile(r"ร้อยละ[ \u00a0]?\d+(?:\.\d+)?[ \u00a0]?[-–—][ \u00a0]?$")
# "ร้อยละ 6 ถึง 6.5 ซึ่ง…", "ร้อยละ 5.6 และ 4.9 ตามลำดับ": the next end of a range or list ร้อยละ opened, the
# bare number followed by no unit of its own (a clause word, ตามลำดับ or punctuation), so it is a per cent too
_PERCENT_WORD_LIST_BEFORE = re.compile(r"ร้อยละ[ \u00a0]?\d+(?:\.\d+)?[ \u00a0]?(?:ถึง|และ|หรือ)[ \u00a0]?$")
_NO_UNIT_AFTER = re.compile(r"[ \u00a0]?(?:ตามลำดับ|ซึ่ง|ใน|ของ|ต่อ|เมื่อ|สำหรับ|โดย|และ|หรือ|[,;:)\n]|$)")


#: a minus sign right before a per cent's digits, after a word, a space or a bracket: no range's dash, which
#: follows a figure ("3-4%", "12.66% -16.5%")
_MINUS_BEFORE = re.compile(r"(?:^|[^\d%.,\s][ \u00a0]*|[(\n])[-\u2212]$")


def _build(kind: str, match: re.Match, text: str, article: str) -> Mention | None:
    start, end = match.span()
    gd = match.groupdict()
    mention = Mention(article=article, kind=kind, surface="", start=start, end=end)

    if kind == "date_text":
        year, era = None, None
        if gd.get("year"):
            era = _ERA_CODES.get(gd.get("era") or "")
            era = era or bare_year_era(int(gd["year"]))
            year = year_to_ad(int(gd["year"]), era)
            if year is None:  # "5 มีนาคม 1200 คน": not a year; keep the day and month only
                end = match.end("month")
        elif gd.get("yy"):
            era = "be"
            year = year_to_ad(2500 + int(gd["yy"]), "be")
        month = thai_month_to_number(gd["month"])
        day = int(gd["day"])
        if safe_iso_date(year or 2000, month, day) is None:
            return None
        mention.kind, mention.end, mention.era, mention.year = "date", end, era, year
        mention._month_day = (month, day)
        mention.date = safe_iso_date(year, month, day) if year else None
    elif kind == "date_english":
        month, day = _ENGLISH_MONTHS[gd["month"].rstrip(".")], int(gd["day"])
        year = int(gd["year"]) if gd.get("year") else None
        if year is not None and not 1800 <= year <= 2299:
            year, end = None, match.end("month")
        if safe_iso_date(year or 2000, month, day) is None:
            return None
        mention.kind, mention.end, mention.year = "date", end, year
        mention.era = "ad" if year else None
        mention._month_day = (month, day)
        mention.date = safe_iso_date(year, month, day) if year else None
    elif kind == "short_year":
        if _NOT_AFTER_SHORT_YEAR.match(text, end):
            return None
        first = year_to_ad(2500 + int(gd["yy"]), "be")
        last = year_to_ad(2500 + int(gd["yy2"]), "be") if gd.get("yy2") else None
        if last is not None and last < first:
            return None
        mention.kind = "year_range" if last is not None else "year"
        mention.year, mention.year_end, mention.era = first, last, "be"
        mention.value, mention.unit = float(first), "year"
    elif kind == "doubled":
        mention.kind, mention.value, mention.unit = "multiplier", 2.0, "x"
    elif kind == "clock":
        mention.kind = "clock"  # claims its text; dropped before output
    elif kind in ("date_numeric", "date_iso"):
        raw_year = int(gd["year"])
        era = bare_year_era(raw_year)
        year = year_to_ad(raw_year, era)
        iso = safe_iso_date(year, int(gd["month"]), int(gd["day"])) if year else None
        if iso is None:
            return None
        mention.kind, mention.year, mention.date, mention.era = "date", year, iso, era
    elif kind == "year_range":
        era = _ERA_CODES.get(gd.get("era") or "")
        y1, y2 = int(gd["y1"]), int(gd["y2"])
        era1, era2 = era or bare_year_era(y1), era or bare_year_era(y2)
        if era1 is None or era1 != era2 or y2 < y1:
            return None
        mention.year, mention.year_end, mention.era = year_to_ad(y1, era1), year_to_ad(y2, era2), era1
        mention.value, mention.unit = float(mention.year), "year"
    elif kind == "year":
        if gd.get("bare") and not _bare_year_allowed(text, match):
            return None
        raw_year = int(gd.get("year") or gd.get("after_pi") or gd["bare"])
        era = _ERA_CODES.get(gd.get("era") or "") or bare_year_era(raw_year)
        year = year_to_ad(raw_year, era)
        if year is None:
            return None
        mention.year, mention.era, mention.value, mention.unit = year, era, float(year), "year"
    elif kind == "rank":
        if gd.get("of"):
            # "อันดับ 1 ใน 10": one of the top 10.
            mention.value, mention.unit, mention.qualifier = arabic_number_to_float(gd["of"]), "top", "top"
        else:
            mention.value, mention.unit = arabic_number_to_float(gd["num"]), "rank"
    elif kind == "level":
        num, den = int(gd["num"]), int(gd["den"])
        if den == 0 or num > den:
            return None
        mention.value, mention.unit = float(num), f"/{den}"
    else:
        value = _quantity_value(match, gd, text)
        if value is None:
            return None
        kind = {"percent_low": "percent", "money_low": "money", "scaled_low": "scaled"}.get(kind, kind)
        mention.kind = kind
        if kind == "percent":
            mention.unit = "%"
            if gd.get("num") and _MINUS_BEFORE.search(text, max(0, start - 12), start):
                # "อัตราการขยายตัวเศรษฐกิจ -3.6%": a contraction written with its sign, the sign part of the figure
                value, start = -value, start - 1
                mention.start = start
        elif kind == "multiplier":
            mention.unit = "x"
        elif kind in ("money", "scaled"):
            if gd.get("num2"):
                low = Decimal(scale_word_to_multiplier(gd["low"])) if gd.get("low") else Decimal(1)
                value = float((Decimal(repr(value)) * scale_word_to_multiplier(gd["high"])
                               + Decimal(gd["num2"].replace(",", "")) * low) * scale_word_to_multiplier(gd["scale"]))
            elif gd.get("scale"):
                # through the decimal digits: 5.4 × 10¹¹ is 540000000000, not 540000000000.00006
                value = float(Decimal(repr(value)) * scale_word_to_multiplier(gd["scale"]))
            if kind == "money" and gd["currency"] in MILLION_IN_CURRENCY:
                value = float(Decimal(repr(value)) * 1_000_000)
            if kind == "money":
                mention.unit = CURRENCIES[gd["currency"]]
            else:
                mention.kind = "count"
                mention._unit_is_next_word = True
        elif kind == "count" and _PERCENT_WORD_RANGE_BEFORE.search(text, max(0, start - 24), start):
            mention.kind, mention.unit = "percent", "%"  # "ร้อยละ 6-8": the word opens the range, both ends per cent
        elif (kind == "count" and _PERCENT_WORD_LIST_BEFORE.search(text, max(0, start - 28), start)
              and _NO_UNIT_AFTER.match(text, end)):
            mention.kind, mention.unit = "percent", "%"  # "ร้อยละ 6 ถึง 6.5", "ร้อยละ 5.6 และ 4.9 ตามลำดับ"
        elif kind == "count":
            if _NAME_HYPHEN.search(text, max(0, start - 3), start):
                return None  # part of a name such as "โควิด-19"
            if _is_ascii_letter(text, start - 1) or _is_ascii_letter(text, end):
                return None  # part of a name such as "5G", "G20" or "3D"
            if is_identifier(text, start, end):
                return None
            if end - start == 2 and _MONTH_RIGHT_BEFORE.search(text, max(0, start - 14), start):
                return None  # "(ธ.ค. 64)": a month's two-digit Buddhist year, read with its month as a period
            if SEQUENCE_ORDINAL.search(text, max(0, start - _SEQUENCE_LOOKBACK), start):
                mention.kind, mention.unit = "ordinal", "ordinal"
            else:
                mention._unit_is_next_word = True
        mention.value = value
        mention.qualifier = _qualifier(text, start)
    return mention


# Every pattern starts at a digit run, a Thai number word or one of these words. One scan
# finds those places; each pattern is then tried only there, instead of scanning the whole
# text once per pattern (most of a news article holds no figure at all).
_ANCHOR_WORDS = ("ร้อยละ", "อันดับ", "ลำดับ", "ค.ศ.", "พ.ศ.", "เท่าตัว")
_DIGIT_RUN = re.compile(r"\d+")
# a plain alternation of literals lets the regex engine skip to the next possible first
# character; (?<!\d)\d|…|(?:words)+ in one pattern tried every alternative at every position
_WORD_ANCHOR = re.compile("|".join(re.escape(w) for w in (*_ANCHOR_WORDS, *_NUMBER_WORDS)))
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)


def _anchor_starts(text: str) -> list[int]:
    r"""Where a figure can start: each digit run, each run of Thai number words, each anchor word.

    The same places as ``(?<!\d)\d|ร้อยละ|อันดับ|[คพ]\.ศ\.|(?:number words)+``.
    """
    starts = [m.start() for m in _DIGIT_RUN.finditer(text)]
    run_end = -1
    for match in _WORD_ANCHOR.finditer(text):
        start, word = match.start(), match.group()
        if start == run_end:  # the run of number words goes on
            if word in _NUMBER_WORD_SET:
                run_end = match.end()
                continue
            if word == "ร้อยละ":  # inside a run this is the number word ร้อย, and the run ends
                run_end = -1
                continue
        starts.append(start)
        run_end = match.end() if word in _NUMBER_WORD_SET else -1
    starts.sort()
    return starts


def _tier_gate(patterns: list[re.Pattern]) -> re.Pattern:
    """One pattern that matches where any of ``patterns`` does (their group names made unique).

    Most places fail every pattern of a tier; one call to the gate then stands for all of them.
    """
    sources = []
    for index, pattern in enumerate(patterns):
        source = re.sub(r"\(\?P<(\w+)>", rf"(?P<t{index}_\1>", pattern.pattern)
        sources.append("(?:" + re.sub(r"\(\?P=(\w+)\)", rf"(?P=t{index}_\1)", source) + ")")
    return re.compile("|".join(sources))


_TIERS = [
    (priority, [(kind, pattern) for p, kind, pattern in _PATTERNS if p == priority],
     _tier_gate([pattern for p, _, pattern in _PATTERNS if p == priority]))
    for priority in sorted({p for p, _, _ in _PATTERNS})
]


def _mentions_by_priority(text: str, article: str) -> list[Mention]:
    """Candidates tier by tier; a more specific kind claims its text first.

    Within a tier the longer match wins. A start already inside a claimed span is
    not even tried by lower tiers: it could only lose the overlap.
    """
    starts = _anchor_starts(text)
    taken = bytearray(len(text))
    for url in itertools.chain(URL_PATTERN.finditer(text), CODE_PATTERN.finditer(text)):
        taken[url.start() : url.end()] = b"\x01" * (url.end() - url.start())
    kept: list[Mention] = []
    for priority, patterns, gate in _TIERS:
        tier: list[Mention] = []
        gate_at = gate.match
        open_starts = [start for start in starts if not taken[start] and gate_at(text, start)]
        for kind, pattern in patterns:
            match_at = pattern.match
            for start in open_starts:
                match = match_at(text, start)
                if match is None or match.end() == match.start():
                    continue
                mention = _build(kind, match, text, article)
                if mention is not None:
                    mention._priority = priority
                    tier.append(mention)
        for mention in sorted(tier, key=lambda m: (m.start - m.end, m.start)):
            if any(taken[mention.start : mention.end]):
                continue
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
            kept.append(mention)
    kept = [m for m in kept if m.kind != "clock"]
    kept.sort(key=lambda m: m.start)
    needing_unit = [m for m in kept if m._unit_is_next_word]
    for mention, word in zip(needing_unit, _following_words(text, [m.end for m in needing_unit]), strict=True):
        mention.unit = word
    # "528 และ 1,086 ฉบับ": the classifier after a list's last count counts every count of the list
    counts = [m for m in kept if m.kind == "count"]
    for first, second in reversed(list(zip(counts, counts[1:]))):
        if not first.unit and second.unit and _LIST_JOINER.fullmatch(text, first.end, second.start):
            first.unit = second.unit
    return kept


_LIST_JOINER = re.compile(r"\s*(?:,|และ|หรือ)\s*")


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _attach_context(mentions: list[Mention], raw: str, spans: list[tuple[int, int]]) -> None:
    """Give each mention its sentence, and each year-less date a year from context."""
    starts = [s for s, _ in spans] or [0]
    years_by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        idx = _sentence_index(starts, mention.start)
        mention.sentence_start, mention.sentence_end = spans[idx] if spans else (0, len(raw))
        if mention.year is not None:
            years_by_sentence.setdefault(idx, []).append(mention)
    year_starts = {idx: [m.start for m in found] for idx, found in years_by_sentence.items()}

    for mention in mentions:
        idx = _sentence_index(starts, mention.start)
        nearest = _context_year_mention(mention, years_by_sentence.get(idx, []), year_starts.get(idx, []), raw)
        if nearest is None and idx > 0 and years_by_sentence.get(idx - 1):
            nearest = years_by_sentence[idx - 1][-1]
        if mention.kind not in ("year", "year_range") and nearest is not None:
            mention.context_year = nearest.year if mention.year is None else mention.year
        elif mention.year is not None:
            mention.context_year = mention.year
        if mention.kind == "date" and mention.year is None and nearest is not None:
            month, day = mention._month_day
            iso = safe_iso_date(nearest.year, month, day)
            if iso:
                mention.year, mention.date, mention.inferred = nearest.year, iso, True
                mention.context_year = nearest.year


_YEAR_FOLLOWS = re.compile(r"\s?(?:ใน)?(?:ปี)?\s?(?:พ\.ศ\.|ค\.ศ\.)?\s?")


def _context_year_mention(mention: Mention, candidates: list[Mention], starts: list[int], text: str) -> Mention | None:
    """The year a figure belongs to, from the same sentence.

    "19% ในปี 2566" ties a figure to the year right after it; otherwise Thai
    news states the year first ("ในปี 2566 … อันดับ 46"), so the nearest
    preceding year wins, then the nearest following one.
    """
    # candidates are in text order and never overlap, so ``starts`` (theirs) is sorted:
    # two bisections instead of a scan keep a sentence of ten thousand years linear
    after = bisect.bisect_left(starts, mention.end)
    first = candidates[after] if after < len(candidates) else None
    if first is not None and _YEAR_FOLLOWS.fullmatch(text, mention.end, first.start):
        return first
    before = bisect.bisect_right(starts, mention.start) - 1
    while before >= 0 and (candidates[before] is mention or candidates[before].end > mention.start):
        before -= 1
    return candidates[before] if before >= 0 else first


def extract_mentions(raw: str, article: str = "text") -> list[Mention]:
    """Every numeric and temporal mention in ``raw``, in text order.

    :Example:

        >>> [(m.kind, m.value, m.unit) for m in extract_mentions("เกิน 2 ล้านล้านหยวน")]
        [('money', 2000000000000.0, 'CNY')]
    """
    text = analysis_text(raw)
    mentions = _mentions_by_priority(text, article)
    spans = segment_sentences(text)
    for mention in mentions:
        mention.surface = raw[mention.start : mention.end]
        mention.id = f"{article}:{mention.start}"
        mention._raw = raw
    _attach_context(mentions, raw, spans)
    return mentions
