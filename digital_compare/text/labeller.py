"""Label every extracted figure: whose it is, what it measures, for when, and whether it is a target.

Rules over the Thai text, no model: a gazetteer of places (``gazetteer.yaml``), a
vocabulary of indicators (``indicators.yaml``), the extractor's years and the words
around each figure. Each label keeps the figure's quote and offsets, and says how
sure it is (``confidence``, 0–1) so a reader can sort the guesses from the sure ones.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from digital_compare.text.clean import analysis_text
from digital_compare.text.extract import Mention, extract_mentions

__all__ = [
    "FIGURE_KINDS", "LABEL_FIELDS", "STATUSES", "Place", "find_places", "indicator_aliases", "indicator_vocabulary",
    "SCORED_FIELDS", "evaluate_labels", "place_label", "subject_name", "label_figures", "label_text", "mentions_from_records", "place_names",
]

FIGURE_KINDS = ("percent", "money", "count", "multiplier", "rank", "level")
TEMPORAL_KINDS = ("year", "year_range", "date")
STATUSES = ("actual", "target", "forecast")
LABEL_FIELDS = ("subject", "indicator", "measure", "year", "year_end", "status", "qualifier", "confidence")

_HERE = Path(__file__).resolve().parent
# a figure's clause ends at a space (Thai writes clauses apart), a bracket or a comma
_CLAUSE_BREAK = re.compile(r"[ \t\u00a0(),;:“”\"]")
_QUALIFIER_WORDS = re.compile(r"(?:เกินกว่า|มากกว่า|สูงกว่า|น้อยกว่า|ต่ำกว่า|ไม่ถึง|ประมาณ|ราว|เกือบ|เกิน|กว่า|สูงถึง|ถึง|อยู่ที่|ที่)+$")

#: words that make a figure a target: what someone means to reach
_TARGET_WORDS = re.compile(r"ตั้งเป้า|วางเป้า|มุ่งเป้า|เป้าหมายที่จะ|มุ่ง(?:มั่น)?(?:ที่จะ)?ให้|ให้ได้|ผลักดันให้|target|aim")
#: words that make it a forecast: what someone expects
_FORECAST_WORDS = re.compile(r"คาดว่า|คาดการณ์|คาดหมาย|พยากรณ์|ประมาณการ|forecast|projected|expected")
#: "estimates that": a forecast only for a year after the article's own
_ESTIMATE_WORDS = re.compile(r"ประเมินว่า|estimated")
# the words that tie a figure to the year right after it: "28% ในปี 2565", "30% ภายในปี 2570"
_YEAR_FOLLOWS = re.compile(r"\s?(?:ภายใน(?:สิ้น)?|ใน|ณ|ของ)?\s?(?:ช่วง)?(?:ระหว่าง)?(?:ปี)?\s?(?:พ\.ศ\.|ค\.ศ\.)?\s?")


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    code: str
    level: str  # country, province, group
    before: str  # the word just before the name: ของ (of), ใน (in) or another


@cache
def _gazetteer() -> dict:
    with open(_HERE / "gazetteer.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def place_names() -> tuple[dict[str, tuple[str, str]], re.Pattern]:
    """Every name → (code, level), and one pattern that finds them, longest name first."""
    names: dict[str, tuple[str, str]] = {}
    for level, key in (("country", "countries"), ("group", "groups"), ("province", "provinces")):
        for code, spellings in _gazetteer()[key].items():
            for name in spellings:
                names[str(name)] = (str(code), level)
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return names, pattern


def place_label(code: str, lang: str) -> str:
    """A subject code's name: its first Thai spelling, or its first English one ("CN-FJ" → "มณฑลฝูเจี้ยน", "Fujian").

    :Example:

        >>> place_label("CN-FJ", "th"), place_label("CN-FJ", "en"), place_label("XX", "en")
        ('มณฑลฝูเจี้ยน', 'Fujian', 'XX')
    """
    for key in ("countries", "groups", "provinces"):
        spellings = _gazetteer()[key].get(code)
        if spellings:
            names = [str(n) for n in spellings]
            english = [n for n in names if n.isascii()]
            thai = [n for n in names if not n.isascii()]
            if key != "provinces":  # a country by its everyday name (เวียดนาม), not its official one
                thai = sorted(thai, key=len)
            return (english or thai)[0] if lang == "en" else (thai or english)[0]
    return code


def subject_name(code: str, lang: str) -> str:
    """A subject as a reader sees it: a province or city keeps its ISO 3166-2 code, so its scope shows.

    :Example:

        >>> subject_name("CN-FJ", "en"), subject_name("VN", "th")
        ('Fujian (CN-FJ)', 'เวียดนาม')
    """
    return f"{place_label(code, lang)} ({code})" if "-" in code else place_label(code, lang)


def _province_country(code: str) -> str:
    return code.split("-")[0]


def find_places(text: str) -> list[Place]:
    """Places named in ``text``, in order; a name after ภาษา/ภาค ("ภาษาไทย") is not a place.

    :Example:

        >>> [(p.code, p.before) for p in find_places("เศรษฐกิจดิจิทัลของมณฑลฝูเจี้ยน และบทความภาษาไทย")]
        [('CN-FJ', 'ของ')]
    """
    names, pattern = place_names()
    not_after = tuple(_gazetteer().get("not_after") or ())
    places = []
    for match in pattern.finditer(text):
        name = match.group(0)
        if name.isascii() and not _ascii_word_bounded(text, match.start(), match.end()):
            continue
        lead = text[max(0, match.start() - 10) : match.start()]
        if lead.endswith(not_after):
            continue
        code, level = names[name]
        before = "ของ" if lead.rstrip().endswith("ของ") else "ใน" if lead.rstrip().endswith(("ใน", "ทั่ว")) else ""
        places.append(Place(match.start(), match.end(), code, level, before))
    return places


def _ascii_word_bounded(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


@cache
def indicator_vocabulary() -> list[dict]:
    with open(_HERE / "indicators.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def indicator_aliases() -> dict[str, str]:
    """The hand annotations' indicator names → the vocabulary's (others map to ``other``)."""
    return {alias: entry["id"] for entry in indicator_vocabulary() for alias in entry.get("aliases") or ()}


#: how much text before a figure its words are read from (its sentence, at most this much): a
#: sentence of ten thousand figures costs each of them no more than a short one
LOOKBACK = 300
def _window_start(mention: Mention) -> int:
    return max(mention.sentence_start, mention.start - LOOKBACK)


def _clause_start(text: str, start: int, floor: int) -> int:
    """Where the clause holding ``start`` begins: after the last break before it, not before ``floor``
    nor more than 120 characters back."""
    floor = max(floor, start - 120)
    index = start - 1
    while index >= floor and text[index].isspace():  # the space between a phrase and its figure
        index -= 1
    while index >= floor and not _CLAUSE_BREAK.match(text, index):
        index -= 1
    return index + 1


def _clause_after(text: str, end: int, ceiling: int, chunks: int = 2) -> int:
    """The end of the next ``chunks`` space-separated chunks after ``end`` (the words a figure's unit opens)."""
    ceiling = min(ceiling, end + 80)
    index, seen = end, 0
    while index < ceiling and text[index].isspace():
        index += 1
    while index < ceiling:
        if _CLAUSE_BREAK.match(text, index):
            seen += 1
            if seen >= chunks:
                break
        index += 1
    return min(index, ceiling)


def _subject(mention: Mention, places: list[Place], starts: list[int], text: str, home: str) -> tuple[str, float]:
    """Whose figure: "ของX" before it, else the nearest place before it, else after it, else the article's."""
    lo = bisect.bisect_left(starts, mention.sentence_start)
    hi = bisect.bisect_left(starts, mention.sentence_end)
    here = bisect.bisect_left(starts, mention.start, lo, hi)
    if lo == hi:  # no place named in the sentence
        return home, 0.5 if home != "TH" else 0.4
    before = [p for p in places[max(lo, here - 8) : here] if p.end <= mention.start]
    after = places[bisect.bisect_left(starts, mention.end, lo, hi) : hi][:3]
    chosen, confidence = None, 0.5
    # "ในเอเชียตะวันออกเฉียงใต้" (in Southeast Asia) places a comparison, it does not own the figure
    owners_before = [p for p in before if p.before != "ใน"]
    if owners_before:
        chosen = owners_before[-1]
        confidence = 0.9 if chosen.before == "ของ" or chosen.start >= _clause_start(text, mention.start, 0) - 40 else 0.8
    elif after and after[0].start <= _clause_after(text, mention.end, mention.sentence_end):
        chosen, confidence = after[0], 0.75
    elif before:
        chosen, confidence = before[-1], 0.6
    elif after:
        chosen, confidence = after[0], 0.55
    if chosen is None:
        return home, 0.5 if home != "TH" else 0.4
    code = chosen.code
    if chosen.level == "country":
        # "มณฑลกวางตุ้งของจีน": the province just before its own country is the subject
        for place in reversed(before):
            if place.level == "province" and _province_country(place.code) == code and chosen.start - place.end <= 30:
                return place.code, confidence
    return code, confidence


@cache
def _indicators_for_kind(kind: str) -> tuple[dict, ...]:
    return tuple(entry for entry in indicator_vocabulary() if kind in entry["kinds"])


def _indicator(mention: Mention, text: str) -> tuple[str, float]:
    clause_end = _clause_after(text, mention.end, mention.sentence_end)
    context = text[_window_start(mention) : clause_end]
    clause = text[_clause_start(text, mention.start, mention.sentence_start) : clause_end]
    for entry in _indicators_for_kind(mention.kind):
        if entry.get("units") and (mention.unit or "") not in entry["units"]:
            continue
        if any(not any(word in context for word in group) for group in entry.get("all") or ()):
            continue
        if any(word in clause for word in entry.get("none") or ()):
            continue
        if entry.get("after") and not any(word in text[mention.end : mention.end + 12] for word in entry["after"]):
            continue
        return entry["id"], (0.6 if entry["id"] == "other" else 0.9)
    return "other", 0.6


_RUNNING_RIGHT_AFTER = re.compile(r"\s?ปีซ้อน")
_RUNNING_AFTER = re.compile(r"(?:\d+|สอง|สาม|สี่|ห้า)\s?ปีซ้อน")


def _period(mention: Mention, temporal: list[Mention], t_starts: list[int], text: str,
            previous_year: int | None) -> tuple[int | None, int | None, float]:
    """The year (and end year) a figure is for: a year right after it, else the nearest before it in its
    sentence, else after it, else the previous sentence's last."""
    # bisections, and a few neighbours each side: constant work per figure however long the sentence
    lo = bisect.bisect_left(t_starts, mention.sentence_start)
    hi = bisect.bisect_left(t_starts, mention.sentence_end)
    here = bisect.bisect_left(t_starts, mention.end, lo, hi)
    after = temporal[here:hi][:4]
    before = [m for m in temporal[max(lo, here - 2) : here] if m.end <= mention.start]
    # "N ปีซ้อน" (N years running) after the figure, or the figure is N itself ("สองปีซ้อน")
    running = after and (_RUNNING_RIGHT_AFTER.match(text, mention.end, mention.end + 12) or _RUNNING_AFTER.search(
        text, mention.end, min(mention.sentence_end, mention.end + 60)))
    if running:
        # "2 ปีซ้อน (2022, 2023)": N years running, ending with the last year the sentence gives
        years = [m.year_end or m.year for m in after]
        return min(m.year for m in after), max(years), 0.8
    if after and _YEAR_FOLLOWS.fullmatch(text, mention.end, after[0].start):
        chosen, confidence = after[0], 0.9
    elif before:
        chosen, confidence = before[-1], 0.85
    elif after:
        chosen, confidence = after[0], 0.7
    else:
        return previous_year, None, (0.5 if previous_year else 0.3)
    return chosen.year, chosen.year_end, confidence


def _status(mention: Mention, text: str, year: int | None, reference_year: int | None) -> str:
    before = text[_window_start(mention) : mention.start]
    later = year is not None and reference_year is not None and year > reference_year
    if _FORECAST_WORDS.search(before) or (_ESTIMATE_WORDS.search(before) and later):
        return "forecast"
    if later or _TARGET_WORDS.search(before):  # a year after the article's own is one still to reach
        return "target"
    return "actual"


# linking words that open a clause but say nothing of what it measures
_CONNECTIVES = re.compile(r"^(?:และ|หรือ|โดยมี|โดย|ซึ่งรวมถึง|ซึ่งรวม|ซึ่งมี|ซึ่ง|รวมถึง|รวม|มี|ส่วน|ขณะที่|แต่)")


def _measure(mention: Mention, text: str) -> str:
    start = _clause_start(text, mention.start, mention.sentence_start)
    phrase = _QUALIFIER_WORDS.sub("", text[start : mention.start].strip()).strip()
    phrase = _CONNECTIVES.sub("", phrase).strip()
    if len(phrase) < 4:
        # "(28%" or "18 เป้าหมายที่…": the measure follows the figure
        phrase = text[mention.end : _clause_after(text, mention.end, mention.sentence_end, 1)].strip()
    if len(phrase) < 4:
        phrase = text[max(mention.sentence_start, mention.start - 60) : mention.start].strip()
    return phrase[-80:]


def _reference_year(temporal: list[Mention], published: str | None) -> int | None:
    """The article's own year: its publication year, else the year its text names most."""
    if published and re.match(r"\d{4}", str(published)):
        return int(str(published)[:4])
    years = Counter(m.year for m in temporal if m.year)
    return years.most_common(1)[0][0] if years else None


def _home_country(places: list[Place], country: str | None) -> str:
    """The article's country: the manifest's, else the country it names most, else Thailand
    (a Thai article that names no country speaks of Thailand)."""
    if country and country not in ("XX", ""):
        return country
    named = Counter(_province_country(p.code) if p.level == "province" else p.code for p in places if p.level != "group")
    return named.most_common(1)[0][0] if named else "TH"


def label_figures(raw: str, mentions: list[Mention], country: str | None = None, published: str | None = None) -> list[dict]:
    """One label record per figure mention (the extract fields plus :data:`LABEL_FIELDS`)."""
    text = analysis_text(raw)
    places = find_places(text)
    starts = [p.start for p in places]
    temporal = [m for m in mentions if m.kind in TEMPORAL_KINDS and m.year]
    t_starts = [m.start for m in temporal]
    home = _home_country(places, country)
    reference = _reference_year(temporal, published)
    records, previous_year, previous_sentence = [], None, -1
    for mention in mentions:
        if mention.kind not in FIGURE_KINDS:
            continue
        if mention.sentence_start != previous_sentence:
            index = bisect.bisect_left(t_starts, mention.sentence_start) - 1
            previous_year = temporal[index].year if index >= 0 else None
            previous_sentence = mention.sentence_start
        subject, subject_confidence = _subject(mention, places, starts, text, home)
        indicator, indicator_confidence = _indicator(mention, text)
        year, year_end, year_confidence = _period(mention, temporal, t_starts, text, previous_year)
        record = mention.as_record()
        record.update({
            "subject": subject, "indicator": indicator, "measure": _measure(mention, raw),
            "year": year, "year_end": year_end, "status": _status(mention, text, year, reference),
            "qualifier": mention.qualifier,
            "confidence": round((subject_confidence + indicator_confidence + year_confidence) / 3, 2),
        })
        records.append(record)
    return records


def mentions_from_records(records, raw: str) -> list[Mention]:
    """:class:`Mention` objects back from mentions-table rows (a DataFrame or a list of dicts), so a
    build labels without extracting twice."""
    import math

    fields = [name for name in Mention.__slots__ if not name.startswith("_")]
    found = []
    rows = records.to_dict("records") if hasattr(records, "to_dict") else records
    for row in rows:
        values = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items() if k in fields}
        for key in ("start", "end", "sentence_start", "sentence_end"):
            values[key] = int(values[key])
        for key in ("year", "year_end", "context_year"):
            values[key] = None if values.get(key) is None else int(values[key])
        mention = Mention(**values)
        mention._raw = raw
        found.append(mention)
    return found


def label_text(raw: str, article: str = "text", country: str | None = None, published: str | None = None) -> list[dict]:
    """Extract and label every figure of one article.

    :Example:

        >>> [(r["subject"], r["indicator"], r["year"], r["status"]) for r in
        ...  label_text("ในปี 2565 เศรษฐกิจดิจิทัลของเวียดนามเติบโต 28% ส่วนไทยตั้งเป้าให้โต 30% ภายในปี 2570")]
        [('VN', 'digital_economy_growth', 2022, 'actual'), ('TH', 'digital_economy_growth', 2027, 'target')]
    """
    return label_figures(raw, extract_mentions(raw, article), country, published)


#: the fields a labelled test set scores
SCORED_FIELDS = ("subject", "indicator", "year", "year_end", "status")


def evaluate_labels(cases: list[dict]) -> dict[str, dict[str, float]]:
    """Precision and recall of each label field over hand-labelled texts.

    A case is ``{"id", "text", "published"?, "country"?, "expected": [{"surface", field: value…}]}``.
    For a field, a prediction counts when it says something (not None, not ``other``); it is
    right when it equals the expected value. Precision = right / predictions made on scored
    figures; recall = right / expected values that say something. A figure the extractor
    missed counts against recall.
    """
    tally = {f: {"right": 0, "predicted": 0, "expected": 0} for f in SCORED_FIELDS}
    for case in cases:
        published = str(case["published"]) if case.get("published") else None
        found = {r["surface"]: r for r in label_text(case["text"], case["id"], case.get("country"), published)}
        for expected in case["expected"]:
            got = found.get(expected["surface"], {})
            for field in SCORED_FIELDS:
                if field not in expected:
                    continue
                want, have = expected[field], got.get(field)
                says = lambda v: v is not None and v != "other"  # noqa: E731
                tally[field]["expected"] += says(want)
                tally[field]["predicted"] += says(have)
                tally[field]["right"] += says(have) and have == want
    return {
        field: {"precision": t["right"] / t["predicted"] if t["predicted"] else 1.0,
                "recall": t["right"] / t["expected"] if t["expected"] else 1.0, "n": t["expected"]}
        for field, t in tally.items()
    }
