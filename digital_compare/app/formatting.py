"""Human-readable figures in Thai or English."""

from __future__ import annotations

import math

__all__ = ["format_number", "format_figure"]

_SCALES = ((1e12, "ล้านล้าน", "trillion"), (1e9, "พันล้าน", "billion"), (1e6, "ล้าน", "million"))
_CURRENCIES = {"CNY": ("หยวน", "yuan"), "THB": ("บาท", "baht"), "USD": ("ดอลลาร์สหรัฐ", "US dollars"), "VND": ("ดอง", "dong")}
_QUALIFIERS = {">": ("มากกว่า ", "more than "), "<": ("น้อยกว่า ", "less than "), "≈": ("ประมาณ ", "about "),
               "≲": ("เกือบ ", "nearly ")}


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
    prefix = _QUALIFIERS.get(qualifier or "", ("", ""))[1 if en else 0]
    unit = unit if isinstance(unit, str) else None
    if unit in _CURRENCIES:
        name = _CURRENCIES[unit][1 if en else 0]
        for size, th_word, en_word in _SCALES:
            if abs(value) >= size:
                number = format_number(value / size)
                return f"{prefix}{number} {en_word} {name}" if en else f"{prefix}{number} {th_word}{name}"
        return f"{prefix}{format_number(value)} {name}"
    if unit == "%":
        return f"{prefix}{format_number(value)} %"
    if unit == "x":
        return f"{prefix}{format_number(value)}×"
    if unit == "rank":
        return f"{prefix}#{format_number(value)}" if en else f"{prefix}อันดับ {format_number(value)}"
    if unit == "top":
        return f"top {format_number(value)}" if en else f"1 ใน {format_number(value)} อันดับแรก"
    if unit and unit.startswith("/"):
        return f"{prefix}{format_number(value)}{unit}"
    if unit == "year":
        return str(int(value))
    if unit and not en:
        return f"{prefix}{format_number(value)} {unit}"
    return f"{prefix}{format_number(value)}"
