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
    "is_thai_number_word_shape",
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


#: the longest run of number words read as one number ("เก้าแสนเก้าหมื่น…" to 10¹⁸ fits)
MAX_NUMBER_WORDS = 24
#: ล้าน (10⁶) at most this many times in one number: ล้านล้าน is 10¹², ล้านล้านล้าน 10¹⁸
MAX_MILLION_WORDS = 3
_NUMBER_WORD_TOKEN = re.compile("|".join(sorted([*_THAI_DIGIT_WORDS, *_THAI_POWER_WORDS, "ล้าน"], key=len, reverse=True)))


def is_thai_number_word_shape(words: str) -> bool:
    """True where ``words`` is a well-formed run of Thai number words.

    Checked token by token in one pass, so it is linear whatever the input;
    PyThaiNLP's own check is a regular expression that backtracks
    exponentially on a long invalid run such as "ล้านล้าน…หนึ่งหนึ่ง". Within
    each group between ล้าน words the powers fall (แสน, หมื่น, พัน, ร้อย, สิบ)
    and each takes at most one digit word before it.

    :Example:

        >>> is_thai_number_word_shape("สองล้านห้าแสน"), is_thai_number_word_shape("หนึ่งหนึ่ง")
        (True, False)
    """
    tokens = _NUMBER_WORD_TOKEN.findall(words)
    if not tokens or len(tokens) > MAX_NUMBER_WORDS or "".join(tokens) != words:
        return False
    if tokens.count("ล้าน") > MAX_MILLION_WORDS:
        return False
    last_power, digit_pending = None, False
    for token in tokens:
        if token == "ล้าน":
            last_power, digit_pending = None, False
        elif token in _THAI_DIGIT_WORDS:
            if digit_pending:
                return False  # "หนึ่งหนึ่ง": two digits in a row are not one number
            digit_pending = True
        else:
            power = _THAI_POWER_WORDS[token]
            if last_power is not None and power >= last_power:
                return False  # "ร้อยพัน": powers must fall within a group
            last_power, digit_pending = power, False
    return True


def thai_number_word_to_float(words: str) -> float:
    """Value of Thai number words such as "สองล้านล้าน".

    Raises :class:`ValueError` for a run that is not one well-formed number
    (see :func:`is_thai_number_word_shape`), before PyThaiNLP sees it.

    :Example:

        >>> thai_number_word_to_float("เจ็ดสิบ")
        70.0
    """
    if not is_thai_number_word_shape(words):
        raise ValueError(f"not a Thai number: {words[:40]!r}")
    return float(thaiword_to_num(words))

