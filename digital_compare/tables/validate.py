"""One validation for every door: the web form, the labels editor, the command line and the build.

It sits with the tables because the build checks the curated manifest with it; the workspace
checks every analyst's value with it before anything is written.

Each value an analyst (or a crafted client) sends is checked here against the same vocabularies,
ranges and lengths before anything is written. A failure is a :class:`ValidationError` whose
message is one line naming the field; ``key`` and ``params`` let the dashboard say it in Thai.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any, Mapping

from digital_compare.text.decode import MAX_INPUT_BYTES, MAX_INPUT_MB, InputError
from digital_compare.text.thai_dates import YEARS_READ

__all__ = [
    "ArticleFields", "Decision", "LIMITS", "MAY_BE_NOT_GIVEN", "REVIEW_STATES", "ValidationError", "check_article_fields", "check_decision",
    "check_text", "country_codes", "subject_codes",
]

#: every text field's longest accepted value, in characters
LIMITS = {"outlet": 200, "outlet_th": 200, "title": 300, "title_en": 300, "source_file": 200, "actor": 200, "reason": 500}
#: the earliest publication date an added article may carry (the web's Thai news starts in the 1990s)
EARLIEST_PUBLISHED = dt.date(1990, 1, 1)
#: years a figure may be for: those the extractor reads, so an analyst can keep any year the labeller proposed
YEAR_RANGE = YEARS_READ
#: what an analyst may decide about one automatic figure
REVIEW_STATES = ("accepted", "corrected", "rejected")
#: parts of an indicator that counts a whole and its parts (a total never joins its parts on a chart)
PARTS = {"targets": ("total", "achieved", "likely", "at_risk"), "tasks": ("total", "done")}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


class ValidationError(InputError):
    """A value outside what the workspace accepts; ``str()`` is one line for the user."""

    def __init__(self, key: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.key = key
        self.params = params

    def __reduce__(self):
        # crosses from a worker process to the server whole, key and parameters included
        return _restore_error, (type(self), self.key, str(self), self.params)


def _restore_error(cls, key: str, message: str, params: dict) -> "ValidationError":
    return cls(key, message, **params)


@cache
def country_codes() -> tuple[str, ...]:
    """The countries the labeller knows (its gazetteer): an article's country is one of them."""
    from digital_compare.text.labeller import _gazetteer

    return tuple(sorted(str(code) for code in _gazetteer()["countries"]))


@cache
def subject_codes() -> frozenset[str]:
    """Every code a figure's subject may take: countries, groups (ASEAN, WORLD) and provinces."""
    from digital_compare.text.labeller import _gazetteer

    gazetteer = _gazetteer()
    return frozenset(str(code) for key in ("countries", "groups", "provinces") for code in gazetteer[key])


@cache
def indicator_ids() -> frozenset[str]:
    from digital_compare.text.labeller import indicator_vocabulary

    return frozenset(str(entry["id"]) for entry in indicator_vocabulary())


def _statuses() -> tuple[str, ...]:
    from digital_compare.text.labeller import STATUSES

    return STATUSES


def _text_field(name: str, value: Any, required: bool = True) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError("invalid_missing", f"{name} is required", field=name)
        return None
    if not isinstance(value, str):
        raise ValidationError("invalid_type", f"{name} must be text, not {type(value).__name__}", field=name)
    value = unicodedata.normalize("NFC", " ".join(value.split()))
    if len(value) > LIMITS[name]:
        raise ValidationError("invalid_length", f"{name} is {len(value):,} characters; the limit is {LIMITS[name]}",
                              field=name, limit=LIMITS[name])
    if _CONTROL.search(value):
        raise ValidationError("invalid_characters", f"{name} holds control characters", field=name)
    return value


def check_country(value: Any) -> str:
    if not isinstance(value, str) or value.strip().upper() not in country_codes():
        shown = repr(value)[:40]
        raise ValidationError("invalid_country", f"country must be one of the known codes ({', '.join(country_codes())}), "
                              f"not {shown}", value=shown)
    return value.strip().upper()


def check_published(value: Any, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    given = str(value)[:40]  # the message names what was given, not what it failed to become
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip()) if len(value.strip()) == 10 else None
        except ValueError:
            value = None
    if not isinstance(value, dt.date):
        raise ValidationError("invalid_date", f"published must be a date as YYYY-MM-DD, not {given!r}", value=given)
    if not EARLIEST_PUBLISHED <= value <= today + dt.timedelta(days=1):
        raise ValidationError("invalid_date_range", f"published must lie between {EARLIEST_PUBLISHED} and today, "
                              f"not {value}", value=str(value), earliest=EARLIEST_PUBLISHED.isoformat())
    return value.isoformat()


def check_text(text: Any) -> str:
    """Article text within the one size limit (2 MiB of UTF-8, as a file or an upload is counted)."""
    if not isinstance(text, str):
        raise ValidationError("invalid_type", "the article text must be text", field="text")
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > MAX_INPUT_BYTES:
        raise ValidationError("invalid_size", f"the text is {size / 2**20:.1f} MB; the limit is {MAX_INPUT_MB} MB",
                              mb=MAX_INPUT_MB)
    if not text.strip():
        raise ValidationError("invalid_empty", "the text is empty")
    try:
        text.encode("utf-8")  # a lone surrogate (from a crafted client) cannot be stored or shown
    except UnicodeEncodeError:
        raise ValidationError("invalid_characters", "the text holds characters that are not Unicode text",
                              field="text") from None
    if "\x00" in text:
        raise ValidationError("invalid_characters", "the text holds NUL characters", field="text")
    return text


@dataclass(frozen=True)
class ArticleFields:
    """The metadata an added article is cited by, each checked. Outlet, title and date are each given,
    or said by the analyst not to be given by the article (None), never left out by accident."""

    country: str
    outlet: str | None
    title: str | None
    published: str | None
    source_file: str | None = None


#: the fields an analyst may say an article does not give (the Vietnam seed names no outlet, title or date)
MAY_BE_NOT_GIVEN = ("outlet", "title", "published")


def _not_given(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str) or not isinstance(value, (list, tuple, set, frozenset)):
        shown = repr(value)[:40]
        raise ValidationError("invalid_not_given", f"not_given must be a list of field names, not {shown}", value=shown)
    unknown = [name for name in value if name not in MAY_BE_NOT_GIVEN]
    if unknown:
        shown = str(unknown[0])[:40]
        raise ValidationError("invalid_not_given", f"not_given may name only {', '.join(MAY_BE_NOT_GIVEN)}, not {shown!r}",
                              value=shown)
    return frozenset(value)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_article_fields(fields: Mapping[str, Any], today: dt.date | None = None) -> ArticleFields:
    """Country, outlet, title and publication date; one clear line for the first wrong one.

    Outlet, title and date are required unless ``fields["not_given"]`` names them: the analyst says the
    article does not give them, and they are stored empty and cited as "outlet not named", "untitled",
    "date not given". A field both given and said not to be given is refused (a form never sends both).

    :Example:

        >>> check_article_fields({"country": "vn", "outlet": "VOV", "title": "ข่าว", "published": "2024-01-02"}).country
        'VN'
        >>> check_article_fields({"country": "VN", "not_given": ["outlet", "title", "published"]}).title is None
        True
    """
    unknown = set(fields) - {"country", "outlet", "title", "published", "source_file", "not_given"}
    if unknown:
        raise ValidationError("invalid_field", f"unknown field {sorted(unknown)[0]!r}", field=sorted(unknown)[0])
    not_given = _not_given(fields.get("not_given"))
    for name in MAY_BE_NOT_GIVEN:
        if name in not_given and not _blank(fields.get(name)):
            raise ValidationError("invalid_given_and_not", f"{name} is both given and said not to be given", field=name)
        if name not in not_given and _blank(fields.get(name)):
            raise ValidationError("invalid_missing_or_not_given", f"{name} is required, or say that the article "
                                  f"does not give it", field=name)
    country = check_country(fields.get("country"))
    return ArticleFields(
        country=country,
        outlet=None if "outlet" in not_given else _text_field("outlet", fields.get("outlet")),
        title=None if "title" in not_given else _text_field("title", fields.get("title")),
        published=None if "published" in not_given else check_published(fields.get("published"), today),
        source_file=_text_field("source_file", fields.get("source_file"), required=False),
    )


def _year(name: str, value: Any) -> int | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValidationError("invalid_year", f"{name} must be a year, not {str(value)[:20]!r}", field=name)
    try:
        number = float(value)
    except ValueError:
        raise ValidationError("invalid_year", f"{name} must be a year, not {str(value)[:20]!r}", field=name) from None
    if number != int(number) or not YEAR_RANGE[0] <= number <= YEAR_RANGE[1]:
        raise ValidationError("invalid_year_range", f"{name} must be a whole year from {YEAR_RANGE[0]} to {YEAR_RANGE[1]}, "
                              f"not {str(value)[:20]}", field=name, low=YEAR_RANGE[0], high=YEAR_RANGE[1])
    return int(number)


@dataclass(frozen=True)
class Decision:
    """An analyst's review of one automatic figure: kept as proposed, corrected, or rejected."""

    start: int
    state: str
    subject: str | None = None
    indicator: str | None = None
    part: str | None = None
    year: int | None = None
    year_end: int | None = None
    status: str | None = None

    def labels(self) -> dict[str, Any]:
        return {"subject": self.subject, "indicator": self.indicator, "part": self.part, "year": self.year,
                "year_end": self.year_end, "status": self.status}


def _choice(name: str, value: Any, options, required: bool = True) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        if required:
            raise ValidationError("invalid_missing", f"{name} is required", field=name)
        return None
    if not isinstance(value, str) or value not in options:
        raise ValidationError("invalid_choice", f"{name} {str(value)[:40]!r} is not in the vocabulary", field=name,
                              value=str(value)[:40])
    return value


def check_decision(raw: Mapping[str, Any], figure_starts: frozenset[int] | set[int]) -> Decision:
    """One review decision, checked against the article's own figures and the vocabularies.

    ``figure_starts``: where the article's figures start; a decision about anything else
    (a changed hidden ``start``) is refused.
    """
    start = raw.get("start")
    if isinstance(start, bool) or not isinstance(start, (int, float)) or start != int(start) or int(start) not in figure_starts:
        raise ValidationError("invalid_figure", f"no figure of this article starts at {str(start)[:20]}", value=str(start)[:20])
    state = _choice("state", raw.get("state"), REVIEW_STATES)
    if state == "rejected":
        return Decision(int(start), state)
    indicator = _choice("indicator", raw.get("indicator"), indicator_ids())
    part = _choice("part", raw.get("part"), PARTS.get(indicator, ()), required=False)
    year = _year("year", raw.get("year"))
    year_end = _year("year_end", raw.get("year_end"))
    if year_end is not None and (year is None or year_end < year):
        raise ValidationError("invalid_year_range", "year_end must follow year", field="year_end",
                              low=year or YEAR_RANGE[0], high=YEAR_RANGE[1])
    return Decision(int(start), state, subject=_choice("subject", raw.get("subject"), subject_codes()),
                    indicator=indicator, part=part, year=year, year_end=year_end,
                    status=_choice("status", raw.get("status"), _statuses()))


def check_manifest_entry(entry: Any) -> dict:
    """One entry of a curated ``articles.yaml`` (files reviewed in git), checked with the same
    rules as an added article's fields; a curated entry may leave outlet, title and date empty
    where the source gives none (the Vietnam seed has no title), an added article may not.
    """
    if not isinstance(entry, dict):
        raise ValidationError("invalid_type", f"an entry must be a mapping, not {type(entry).__name__}")
    article_id = entry.get("id")
    if not isinstance(article_id, (str, int)) or not re.fullmatch(r"[0-9A-Za-z_.-]{1,80}", str(article_id)):
        raise ValidationError("invalid_id", f"id {str(article_id)[:40]!r} is not a file name stem", value=str(article_id)[:40])
    checked = dict(entry, id=str(article_id), country=check_country(entry.get("country")))
    for name in ("outlet", "outlet_th", "title", "title_en"):
        checked[name] = _text_field(name, entry.get(name), required=False)
    published = entry.get("published")
    checked["published"] = None if published in (None, "") else check_published(
        published.isoformat() if isinstance(published, dt.date) else published)
    sha = entry.get("sha256")
    if sha is not None and not (isinstance(sha, str) and re.fullmatch(r"[0-9a-f]{64}", sha)):
        raise ValidationError("invalid_sha256", "sha256 must be 64 lowercase hex digits")
    return checked
