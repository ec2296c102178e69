"""Thai months, eras and years.

Month names come from :mod:`pythainlp.util` (``thai_full_months``,
``thai_abbr_months``) and Buddhist-era conversion from
:func:`pythainlp.util.convert_years`.
"""

from __future__ import annotations

import datetime as dt
import re

from pythainlp.util import convert_years
from pythainlp.util.date import thai_abbr_months, thai_full_months

__all__ = [
    "BE_OFFSET",
    "YEARS_READ",
    "MONTH_PATTERN",
    "bare_year_era",
    "mark_years",
    "thai_month_to_number",
    "two_digit_be_year_to_ad",
    "year_to_ad",
    "safe_iso_date",
    "year_words",
]

BE_OFFSET = 543
#: Bare years from 2400 up are Buddhist era (2400 BE = 1857 CE); 1800–2299 are
#: Christian era. The two windows do not overlap, so a bare year is never ambiguous.
BE_BARE_MIN, BE_BARE_MAX = 2400, 2699
AD_BARE_MIN, AD_BARE_MAX = 1800, 2299
#: every year the text layer reads lies here (2400–2699 BE is 1857–2156 CE): the years a figure may be for
YEARS_READ = (AD_BARE_MIN, AD_BARE_MAX)

_MONTHS = {name: i + 1 for i, name in enumerate(thai_full_months)}
_MONTHS.update({name: i + 1 for i, name in enumerate(thai_abbr_months)})
# The abbreviations are also written without their final dot ("30 พ.ย 65").
_MONTHS.update({name.rstrip("."): i + 1 for i, name in enumerate(thai_abbr_months)})

#: any full or abbreviated month, longest first so "พ.ย." wins over "พ.ย".
MONTH_PATTERN = "(?:" + "|".join(
    n.replace(".", r"\.") for n in sorted(_MONTHS, key=len, reverse=True)
) + ")"


def thai_month_to_number(name: str) -> int:
    """Month number of a full or abbreviated Thai month name.

    :Example:

        >>> thai_month_to_number("พ.ย.")
        11
    """
    return _MONTHS[name.strip()]


#: the Christian-era years a marked year (ค.ศ./พ.ศ.) may convert to
PLAUSIBLE_AD_MIN, PLAUSIBLE_AD_MAX = 1000, 2999


def bare_year_era(year: int) -> str | None:
    """Era of a year written without ค.ศ./พ.ศ.: ``"be"``, ``"ad"`` or None.

    :Example:

        >>> bare_year_era(2566), bare_year_era(2022), bare_year_era(97)
        ('be', 'ad', None)
    """
    if BE_BARE_MIN <= year <= BE_BARE_MAX:
        return "be"
    if AD_BARE_MIN <= year <= AD_BARE_MAX:
        return "ad"
    return None


def year_to_ad(year: int, era: str | None) -> int | None:
    """Christian-era year from a year and its era marker.

    ``era`` is ``"ad"`` (ค.ศ.), ``"be"`` (พ.ศ.) or None for a bare year, which
    follows :func:`bare_year_era`.

    :Example:

        >>> year_to_ad(2566, "be"), year_to_ad(2018, "ad"), year_to_ad(2561, None)
        (2023, 2018, 2018)
    """
    era = era or bare_year_era(year)
    if era == "be":
        converted = int(convert_years(str(year), src="be", target="ad"))
    elif era == "ad":
        converted = year
    else:
        return None
    # "พ.ศ. 7771" or "ค.ศ. 778" is no year a news article dates anything by
    return converted if PLAUSIBLE_AD_MIN <= converted <= PLAUSIBLE_AD_MAX else None


def two_digit_be_year_to_ad(yy: int) -> int:
    """Christian-era year of a two-digit Buddhist year as in "30 พ.ย.65".

    :Example:

        >>> two_digit_be_year_to_ad(65)
        2022
    """
    return year_to_ad(2500 + yy, "be")


def safe_iso_date(year: int, month: int, day: int) -> str | None:
    """ISO date, or None where the day does not exist (31 April)."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# ---- Years in the reader's era (our own wording; quotes keep the article's) ----------------------

def year_words(year: int, lang: str) -> str:
    """A year as our wording writes it in ``lang``.

    :Example:

        >>> year_words(2023, "th"), year_words(2023, "en")
        ('ค.ศ. 2023', '2023')
    """
    year = int(year)
    return str(year) if lang == "en" else f"ค.ศ. {year}"


_YEAR = re.compile(r"(?<![\d,.])(?P<year>1[89]\d\d|20\d\d|2[4-6]\d\d)(?!\d|[,.]\d)")
#: a year already named with its era, and a list or range going on from it: "ค.ศ. 2022, " / "ค.ศ. 2022–"
_MARKED_BEFORE = re.compile(r"(?:ค\.ศ\.|พ\.ศ\.)\s*$|ค\.ศ\. \d{4}(?:, | และ |\s*[–-]\s*)$")


def mark_years(text: str, lang: str) -> str:
    """Our own Thai wording (a curated label, an event's title) with each bare year as :func:`year_words`
    writes it: "ภารกิจในแผนงานปี 2566" → "ภารกิจในแผนงานปี ค.ศ. 2023"; "ปี 2024" → "ปี ค.ศ. 2024"; a list
    names its era once ("(2022, 2023)" → "(ค.ศ. 2022, 2023)"). A year already marked, and English text, are
    left as they are. Never for a quote.

    :Example:

        >>> mark_years("ในหัวข้อปี 2024 ที่เสนอ", "th"), mark_years("แผนงานปี 2566", "th"), mark_years("(2022, 2023)", "th")
        ('ในหัวข้อปี ค.ศ. 2024 ที่เสนอ', 'แผนงานปี ค.ศ. 2023', '(ค.ศ. 2022, 2023)')
    """
    if lang == "en" or not isinstance(text, str):
        return text
    out, last = [], 0
    for match in _YEAR.finditer(text):
        out.append(text[last:match.start()])
        last = match.end()
        year = int(match.group("year"))
        if _MARKED_BEFORE.search("".join(out)):
            out.append(match.group(0))
        else:
            out.append(year_words(year - BE_OFFSET if bare_year_era(year) == "be" else year, lang))
    out.append(text[last:])
    return "".join(out)
