"""Thai numerals, number words and scale words.

Thin wrappers over :mod:`pythainlp.util`: the digit map, the number-word
vocabulary and the word-to-number conversion all come from PyThaiNLP.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pythainlp.util import thai_digit_to_arabic_digit, thaiword_to_num

# PyThaiNLP keeps its number vocabulary in these tables; reusing them keeps one
# source of truth for what counts as a Thai number word.
from pythainlp.util.wordtonum import _digits as _THAI_DIGIT_WORDS
from pythainlp.util.wordtonum import _powers_of_10 as _THAI_POWER_WORDS

__all__ = [
    "NUMBER_PATTERN",
    "SCALE_PATTERN",
    "THAI_NUMBER_WORD_PATTERN",
    "arabic_number_to_float",
    "scale_word_to_multiplier",
    "thai_digits_to_arabic_same_length",
    "thai_number_word_to_float",
]

#: 2,500 / 17.6 / 2018 ; a number never starts inside a longer one.
NUMBER_PATTERN = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])(?!,\d{3})"

# "สิบ" and "ร้อย" alone are left out: after a digit they are rare, and "ร้อย"
# would eat the start of "ร้อยละ" (per cent).
_SCALE_WORDS = sorted(
    [w for w in _THAI_POWER_WORDS if w not in ("สิบ", "ร้อย")]
    + ["ล้าน", "ล้านล้าน"]
    + [f"{w}ล้าน" for w in _THAI_POWER_WORDS],
    key=len,
    reverse=True,
)
#: ล้านล้าน, แสนล้าน, พันล้าน, ล้าน, แสน … longest first so "แสนล้าน" wins over "แสน".
SCALE_PATTERN = "(?:" + "|".join(_SCALE_WORDS) + ")"

_NUMBER_WORDS = sorted([*_THAI_DIGIT_WORDS, *_THAI_POWER_WORDS, "ล้าน"], key=len, reverse=True)
#: a run of Thai number words such as "สองล้านล้าน" or "ยี่สิบเอ็ด".
THAI_NUMBER_WORD_PATTERN = "(?:" + "|".join(_NUMBER_WORDS) + ")+"

_THAI_DIGIT_RE = re.compile("[๐-๙]")


def thai_digits_to_arabic_same_length(text: str) -> str:
    """Replace Thai digits with Arabic ones, keeping every character offset.

    :Example:

        >>> thai_digits_to_arabic_same_length("ปี ๒๕๖๖")
        'ปี 2566'
    """
    if not _THAI_DIGIT_RE.search(text):
        return text
    converted = thai_digit_to_arabic_digit(text)
    # pythainlp maps digit for digit; the check keeps offsets honest if that ever changes.
    if len(converted) != len(text):
        raise ValueError("Thai digit conversion changed the text length")
    return converted


def arabic_number_to_float(surface: str) -> float:
    """Parse "2,500" or "17.6" (Thai digits allowed) to a float.

    :Example:

        >>> arabic_number_to_float("๑,๐๘๖")
        1086.0
    """
    return float(thai_digits_to_arabic_same_length(surface).replace(",", ""))


@lru_cache(maxsize=64)
def scale_word_to_multiplier(scale_word: str) -> int:
    """Multiplier of a Thai scale word, via :func:`pythainlp.util.thaiword_to_num`.

    :Example:

        >>> scale_word_to_multiplier("แสนล้าน")
        100000000000
    """
    return int(thaiword_to_num("หนึ่ง" + scale_word))


def thai_number_word_to_float(words: str) -> float:
    """Value of Thai number words such as "สองล้านล้าน".

    :Example:

        >>> thai_number_word_to_float("เจ็ดสิบ")
        70.0
    """
    return float(thaiword_to_num(words))

