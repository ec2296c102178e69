"""Human-readable figures in Thai or English."""

from __future__ import annotations

import datetime as dt
import math
import re

from pythainlp.util.date import thai_full_months

from digital_compare.text.thai_dates import mark_years, year_words

__all__ = ["day_words", "format_number", "format_figure", "format_unit", "is_count_unit", "mark_years", "moment_words",
           "named_in_english", "scale_of", "with_qualifier", "year_words"]

_SCALES = ((1e12, "ล้านล้าน", "trillion"), (1e9, "พันล้าน", "billion"), (1e6, "ล้าน", "million"))
_CURRENCIES = {"CNY": ("หยวน", "yuan"), "THB": ("บาท", "baht"), "USD": ("ดอลลาร์สหรัฐ", "US dollars"), "VND": ("ดอง", "dong")}
#: the Thai classifiers the extractor keeps as units, named in English for one and for many ("up 1 level",
#: not "1 levels"; the Thai beside, as the text has it)
#: ฉบับ counts written items of any kind (regulations, procedures, copies): a curated figure names its
#: thing (views.COUNTED_EN); an automatic one, whose thing no indicator names, reads "items (ฉบับ)" with the
#: classifier as written ("528 documents" said what the text does not: it counts procedures)
_UNIT_NAMES = {"ฉบับ": ("item (ฉบับ)", "items (ฉบับ)"), "ภารกิจ": ("task", "tasks"), "ปัญหา": ("problem", "problems"),
               "อันดับ": ("place", "places"), "ระดับ": ("level", "levels"), "เป้าหมาย": ("target", "targets"),
               "ประเทศ": ("country", "countries"), "คน": ("person", "people"), "แห่ง": ("place (แห่ง)", "places (แห่ง)"),
               "ราย": ("case (ราย)", "cases (ราย)"), "ปี": ("year", "years"),
               "บัญชี": ("account", "accounts"), "ครัวเรือน": ("household", "households"),
               "บริษัท": ("company", "companies"), "ตัน": ("tonne", "tonnes"), "คัน": ("vehicle", "vehicles")}
#: "top": the size of the top group a figure is one of ("1 ใน 10 อันดับแรก": 10), never a bare "อันดับแรก" unit
_UNIT_NAMES_TH = {"x": "เท่า", "rank": "อันดับ", "top": "ขนาดของกลุ่มอันดับแรก", "year": "ปี", "ordinal": "ลำดับที่"}
_QUALIFIERS = {">": ("มากกว่า ", "more than "), "<": ("น้อยกว่า ", "less than "), "≈": ("ประมาณ ", "about "),
               "≲": ("เกือบ ", "nearly ")}
#: qualifiers that make a figure a bound or an approximation, not the value its point is drawn at
QUALIFIER_BOUNDS = tuple(_QUALIFIERS)


def is_count_unit(unit: str | None) -> bool:
    """Whether ``unit`` counts whole things (a Thai classifier: ภารกิจ, เป้าหมาย, อันดับ gained), not a measure.

    :Example:

        >>> is_count_unit("ภารกิจ"), is_count_unit("%"), is_count_unit("rank")
        (True, False, False)
    """
    return isinstance(unit, str) and unit in _UNIT_NAMES and unit != "ปี"


def format_number(value: float) -> str:
    """2500.0 → "2,500"; 17.6 → "17.6"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_figure(value: float, unit: str | None, qualifier: str | None = None, lang: str = "th") -> str:
    """A figure with its unit and qualifier, as a reader would write it.

    :Example:

        >>> format_figure(2e12, "CNY", ">", "en")
        'more than 2 trillion yuan'
        >>> format_figure(2e12, "CNY", ">", "th")
        'มากกว่า 2 ล้านล้านหยวน'
    """
    en = lang == "en"
    prefix = with_qualifier("", qualifier, lang)
    unit = unit if isinstance(unit, str) else None
    scale = scale_of(value)
    if unit in _CURRENCIES:
        name = _CURRENCIES[unit][1 if en else 0]
        if scale:
            size, th_word, en_word = scale
            number = format_number(value / size)
            return f"{prefix}{number} {en_word} {name}" if en else f"{prefix}{number} {th_word}{name}"
        return f"{prefix}{format_number(value)} {name}"
    if unit == "%":
        return f"{prefix}{format_number(value)} %"
    if unit == "x":  # "3.5 เท่า" in Thai, as the text writes it
        return f"{prefix}{format_number(value)}×" if en else f"{prefix}{format_number(value)} เท่า"
    if unit == "rank":
        return f"{prefix}#{format_number(value)}" if en else f"{prefix}อันดับ {format_number(value)}"
    if unit == "top":
        return f"one of the top {format_number(value)}" if en else f"1 ใน {format_number(value)} อันดับแรก"
    if unit and unit.startswith("/"):
        return f"{prefix}{format_number(value)}{unit}"
    if unit == "year":
        return str(int(value))
    # a count in millions as a reader writes it: "139 ล้านคน", "139 million people", not "139,000,000"
    number = f"{format_number(value / scale[0])} {scale[2 if en else 1]}" if scale else format_number(value)
    if unit and not en:
        return f"{prefix}{number}{unit}" if scale else f"{prefix}{number} {unit}"
    if unit in _UNIT_NAMES:
        one, many = _UNIT_NAMES[unit]
        return f"{prefix}{number} {one if value == 1 else many}"
    return f"{prefix}{number}"


def scale_of(value: float) -> tuple[float, str, str] | None:
    """The largest scale a reader writes ``value`` in: (size, Thai word, English word), or None under a million.

    :Example:

        >>> scale_of(2e12), scale_of(1.39e8), scale_of(2500)
        ((1000000000000.0, 'ล้านล้าน', 'trillion'), (1000000.0, 'ล้าน', 'million'), None)
    """
    return next((scale for scale in _SCALES if abs(value) >= scale[0]), None)


def quoted(text: str) -> str:
    """``text`` as written, between quote marks: curly double ones, as Thai and English print a quote; straight
    double ones where the text holds curly double marks of its own (a title that quotes a name), so no mark inside
    a quote is changed and no curly quote opens inside another.

    :Example:

        >>> quoted("ใน 50 ประเทศแรก"), quoted("ผลักดันการสร้างสรรค์ “จีนดิจิทัล”")
        ('“ใน 50 ประเทศแรก”', '"ผลักดันการสร้างสรรค์ “จีนดิจิทัล”"')
    """
    text = str(text)
    return f'"{text}"' if "“" in text or "”" in text else f"“{text}”"


def with_qualifier(written: str, qualifier: str | None, lang: str = "th") -> str:
    """A figure as the text writes it, led by its qualifier in the words :func:`format_figure` uses:
    the extractor keeps the qualifier apart from the figure's surface, and "18%" alone reads as exact.

    :Example:

        >>> with_qualifier("18%", "≲", "th"), with_qualifier("4.5 แสนล้านบาท", "≈", "en"), with_qualifier("30%", None)
        ('เกือบ 18%', 'about 4.5 แสนล้านบาท', '30%')
    """
    prefix = _QUALIFIERS.get(qualifier if isinstance(qualifier, str) else "", ("", ""))[1 if lang == "en" else 0]
    return f"{prefix}{written}"


def format_unit(unit: str | None, lang: str = "th") -> str:
    """A unit as the reader of ``lang`` names it: "CNY" → "หยวน" / "yuan"; "ฉบับ" → "items (ฉบับ)" in English.

    :Example:

        >>> format_unit("ภารกิจ", "en"), format_unit("x", "th"), format_unit(None, "en")
        ('tasks', 'เท่า', '')
    """
    if not isinstance(unit, str) or not unit:
        return ""
    if unit in _CURRENCIES:
        return _CURRENCIES[unit][1 if lang == "en" else 0]
    if lang == "en":
        if unit.startswith("/"):  # a level's scale as the text gives it: "6/10" → "of 10"
            return f"of {unit[1:]}"
        return {"x": "times", "top": "one of the top N", "ordinal": "ordinal (ลำดับที่)"}.get(unit, _UNIT_NAMES.get(unit, (unit, unit))[1])
    if unit.startswith("/"):
        return f"จาก {unit[1:]}"
    return _UNIT_NAMES_TH.get(unit, unit)


def named_in_english(unit: str | None) -> bool:
    """Whether :func:`format_figure` writes a figure of this unit whole in English: a currency, a per cent, a rank,
    a known Thai classifier or none; not an unnamed word after a number ("ชั่วโมง", "กีบ"), which it would drop.

    :Example:

        >>> named_in_english("THB"), named_in_english("rank"), named_in_english(None), named_in_english("ชั่วโมง")
        (True, True, True, False)
    """
    if not isinstance(unit, str) or not unit:
        return True
    return unit in _CURRENCIES or unit in _UNIT_NAMES or unit in ("%", "x", "rank", "top", "year") or unit.startswith("/")


# ---- Years in the reader's era ----------------------------------------------------------------
# One rule for every year our own wording writes (titles, hovers, summaries, cards, /explore, deck notes):
# in English the Christian year; in Thai the Christian year named as such, "ค.ศ. 2023", whatever era the
# article writes it in, so no line reads 2566 in one place and 2023 in another, or one figure "พ.ศ. 2566
# (ค.ศ. 2023)" beside another "ค.ศ. 2023". Quotes are never touched: they keep the article's own era.

def day_words(date: str, lang: str) -> str:
    """An ISO date (or a year alone) as a reader writes it: in Thai with its era, never the code
    "2024-06-11", which a Thai reader takes for a code and whose era a page quoting 2566 leaves open.
    Anything that is not such a date is returned as it is.

    :Example:

        >>> day_words("2018-04-22", "th"), day_words("2018-04-22", "en"), day_words("2000", "th")
        ('22 เมษายน ค.ศ. 2018', '22 April 2018', 'ค.ศ. 2000')
    """
    text = str(date).strip()
    if re.fullmatch(r"\d{4}", text):
        return year_words(int(text), lang)
    try:
        day = dt.date.fromisoformat(text[:10]) if re.fullmatch(r"\d{4}-\d\d-\d\d", text[:10]) else None
    except ValueError:
        day = None
    if day is None:
        return text
    if lang == "en":
        return f"{day.day} {day.strftime('%B')} {day.year}"
    return f"{day.day} {thai_full_months[day.month - 1]} {year_words(day.year, lang)}"


def moment_words(timestamp: str, lang: str) -> str:
    """A stored ISO timestamp as a date and a time of day in UTC, to the minute.

    :Example:

        >>> moment_words("2026-12-01T01:15:57+00:00", "th"), moment_words("2026-12-01T01:15:57+00:00", "en")
        ('1 ธันวาคม ค.ศ. 2026 01:15 UTC', '1 December 2026, 01:15 UTC')
    """
    try:
        moment = dt.datetime.fromisoformat(str(timestamp).strip())
    except ValueError:
        return str(timestamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    day = day_words(moment.date().isoformat(), lang)
    return f"{day}{',' if lang == 'en' else ''} {moment:%H:%M} UTC"


