"""Label every extracted figure: whose it is, what it measures, for when, and whether it is a target.

Rules over the Thai text, no model: a gazetteer of places (``gazetteer.yaml``), a
vocabulary of indicators (``indicators.yaml``), the extractor's years and the words
around each figure. Each label keeps the figure's quote and offsets, and says how
sure it is (``confidence``, 0–1) so a reader can sort the guesses from the sure ones.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from digital_compare.text.clean import analysis_text
from digital_compare.text.extract import SEQUENCE_ORDINAL, Mention, extract_mentions
from digital_compare.text.thai_dates import MONTH_PATTERN, thai_month_to_number
from digital_compare.text.thai_text import segment_sentences, span_at_words
from digital_compare.text.year_model import choose, load_year_model, year_candidates

__all__ = [
    "FIGURE_KINDS", "LABEL_FIELDS", "STATUSES", "STREAK_AFTER", "Place", "find_places", "indicator_aliases", "indicator_vocabulary",
    "SCORED_FIELDS", "evaluate_labels", "place_label", "subject_name", "label_figures", "label_text", "mentions_from_records", "place_names",
]

FIGURE_KINDS = ("percent", "money", "count", "multiplier", "rank", "level")
TEMPORAL_KINDS = ("year", "year_range", "date")
#: what a figure is: "proposed" is an analyst's choice for a plan put forward and not said to be adopted
#: (the metrics table's fourth status); the automatic labels say actual, target or forecast
STATUSES = ("actual", "target", "forecast", "proposed")
LABEL_FIELDS = ("subject", "indicator", "part", "measure", "year", "year_end", "year_status", "status", "qualifier",
                "confidence", "needs_review")
#: how far back a rule reads a figure's sentence for a word of its clause: a sentence with no full stop can run to
#: the whole text, and reading all of it for every figure made labelling quadratic (a hostile one-line text)
CLAUSE_REACH = 300
#: a figure below this confidence is shown as "needs review"
REVIEW_BELOW = 0.8
#: the parts of a count of targets or tasks: a total never joins its parts in one series
PARTS = {"targets": ("total", "achieved", "likely", "at_risk"), "tasks": ("total", "done")}

_HERE = Path(__file__).resolve().parent
# a figure's clause ends at a space (Thai writes clauses apart), a bracket or a comma
_CLAUSE_BREAK = re.compile(r"[ \t\u00a0(),;:“”\"]")
_QUALIFIER_WORDS = re.compile(r"(?:เกินกว่า|มากกว่า|สูงกว่า|น้อยกว่า|ต่ำกว่า|ไม่ถึง|ประมาณ|ราว|เกือบ|เกิน|กว่า|สูงถึง|ถึง|อยู่ที่|ที่)+$")

#: words that make a figure a target: what someone means to reach ("มุ่ง … ให้" with words between)
_TARGET_WORDS = re.compile(
    r"ตั้งเป้า|วางเป้า|มุ่งเป้า|กำหนดเป้า|เป้าหมาย(?:ที่จะ|ไว้|คือ|ว่า|ให้)|เป้าหมาย\S{0,30}(?:ภายใน|ให้)|มุ่ง(?:มั่น)?\S{0,40}ให้"
    # ("พลาดเป้าไปราว 4 แสนล้าน": by how much an outcome missed its target, no target)
    # "ควบคุมเงินเฟ้อให้ไม่เกิน 3%": a level a government means to hold a measure to
    r"|(?:ผลักดัน|ขับเคลื่อน|ยกระดับ|ควบคุม)\S{0,40}ให้|(?<!พลาด)(?<!คลาด)เป้า\S{0,40}[ \u00a0]?$"
    # "เป้าหมายของปีนี้คือ อัตราการว่างงานที่ 3%": the aim named, then the measure it is set on
    r"|เป้าหมาย[^\d]{0,50}(?:คือ|อยู่ที่)[^\d]{0,45}$"
    # "บรรลุเป้าหมายการเติบโตอย่างยั่งยืนที่ระดับสูงถึง 8%": the aim's level, its measure named at length
    r"|เป้าหมาย\S{0,60}(?:ที่|ระดับ)\S{0,12}[ \u00a0]?$"
    # "หวังดันยอดขายให้ถึง 8 พันล้าน": a hope worded as pushing a measure up to a figure is an aim
    r"|หวัง\S{0,30}ให้(?:ถึง|ได้|แตะ)"
    r"|(?:ประกาศ|สัญญา|ให้คำมั่น|ลั่น)(?:ว่า)?จะ\S{0,40}ให้"  # a pledge: "ประกาศจะปฏิรูปเศรษฐกิจให้ขยายตัว 7%"
    r"|ต้อง(?:บรรลุ|แตะ|มีสัดส่วน)"  # a requirement: "ภายในปี 2568 เศรษฐกิจดิจิทัลจะต้องบรรลุ 20% ของ GDP"
    # "ปรับลดเป้าหมายนักท่องเที่ยว … เหลือ 36 ล้านคน", "ยังคงเป้าหมายเดิมที่ …": a target cut, raised or kept is
    # still a target, and so are the figures its clause goes on with
    r"|(?:ปรับ)?(?:ลด|เพิ่ม|หั่น|คง)เป้า"
    r"|ให้ได้|ผลักดันให้|ตั้งไว้|เป้า\D{0,40}(?:\d{4}\D{0,30})?(?:กำหนดไว้|วางไว้)|\btarget|\baims? to")
#: words that make it a forecast: what someone expects (คาด alone too, not คาดหวัง: a hope)
_FORECAST_WORDS = re.compile(r"คาด(?!หวัง)|พยากรณ์|ประมาณการ|น่าจะ|ลุ้น|forecast|projected|expected|will (?:grow|reach|be)"
                             r"|(?<!จาก)ปี(?:หน้า|ถัดไป)(?!นี้)"  # "มอง GDP ปีหน้าโต 3.5%": next year's is not yet known"
                             # "ปรับลดอัตราการขยายตัวของไทยลงเหลือ 2.2%", "ธนาคารโลกหั่นการเติบโต … สู่ระดับ 2.3%": a forecaster
                             # revising the growth it expects
                             r"|(?:ปรับ(?:ลด|เพิ่ม|ขึ้น)|หั่น)(?:ตัวเลข)?(?:อัตรา)?(?:การ)?(?:ขยายตัว|เติบโต)"
                             r"|(?:ปรับ(?:ลด|เพิ่ม|ขึ้น)|หั่น)(?:ตัวเลข)?[ \u00a0]?(?:GDP|จีดีพี)"
                             r"|(?:มี)?แนวโน้ม(?:ว่า)?(?:จะ)?(?:ขยายตัว|เติบโต|โต|หดตัว|ลดลง|เพิ่มขึ้น|สูงขึ้น|แตะ|อยู่ที่)"
                             r"|อาจ(?:จะ)?(?:มี|เพิ่ม|สูง|แตะ|ขยาย|เติบโต|โต|ลด|อยู่|ทะลุ|ขาดทุน|สูญเสีย|หด|ติดลบ|ชะลอ|ฟื้น|เกิน)"
                             # "มีโอกาสแตะ 5 ล้านคน": a chance of reaching a level is an expectation of it
                             # "ประเมินเศรษฐกิจลาวปี 68 ไว้ที่ 3%": an assessment of the economy set at a figure
                             r"|ประเมิน(?:ว่า)?(?:เศรษฐกิจ|GDP|จีดีพี|การเติบโต|การขยายตัว)[^\n]{0,30}?ไว้(?:ที่)?[ \u00a0]?(?:ระดับ)?[ \u00a0]?$"
                             r"|มีโอกาส(?:ที่)?(?:จะ)?(?:แตะ|ทะลุ|เข้าสู่|ขึ้น|ขยายตัว|เติบโต|โต|เพิ่ม|สูง|ลด|หด|อยู่|กลับ|ฟื้น|เกิน)")
# "ตลาดคาดการณ์ไว้ที่ 3.3%", "คาดการณ์เดิมที่ 4.2%": the forecast word names the figure right after it,
# and is spent there; a later figure in the sentence ("…และไตรมาสก่อนที่ขยายตัว 3.2%") is not forecast by it
_FORECAST_OWN_FIGURE = re.compile(r"(?:คาดการณ์|ประมาณการ|คาดไว้)(?:ไว้|เดิม)?(?:ที่|ว่า|(?:ไป)?สู่)?[ \u00a0]?(?:ระดับ|ราว|ประมาณ)?[ \u00a0]?$")
# "ที่ธนาคารกลางคาดการณ์ไว้ 3.6%", "ที่คาดโต 2.4%", "คาดว่าจะขยายตัว 3.2%": an expectation whose words run
# straight into its figure; it stays a forecast when the year has passed (the forecast someone made then)
# "นักเศรษฐศาสตร์คาดไว้ว่าการส่งออกจะเติบโต 3.1%", "การคาดการณ์ของตลาดว่าอาจปรับเพิ่มขึ้นที่ 0.5%": whose
# expectation it was, and of what, may come between, so long as its จะ or อาจ runs into the figure
_FORECAST_RIGHT_BEFORE = re.compile(
    r"(?:คาด(?!หวัง)(?:การณ์)?|ประมาณการ|พยากรณ์)(?:ไว้|เดิม)?(?:ของ[^\d\s]{1,30})?(?:ว่า)?[ \u00a0]?"
    r"(?:(?:(?<=ว่า)[^\d\s]{1,24}?)?(?:จะ|อาจ(?:จะ)?))?"
    r"(?:ปรับ)?(?:ตัว)?(?:โต|เติบโต|ขยายตัว|หดตัว|อยู่|เพิ่มขึ้น|ลดลง|สูงขึ้น|ต่ำลง)?(?:ได้)?(?:ที่)?[ \u00a0]?(?:ระดับ|ราว|ประมาณ)?[ \u00a0]?$")
# "โตแรงกว่าคาด", "สูงกว่าที่ตลาดคาดไว้ จาก…": an outcome measured against an expectation, not one; unless the
# expectation's own figure follows ("ต่ำกว่าที่ตลาดคาดการณ์ไว้ที่ 2.0%")
# (and "เป็นไปตามที่คาดการณ์ไว้", "ทะลุเป้าหมายตามที่คาดไว้": an outcome that met the expectation)
_SURPRISE = re.compile(r"(?:กว่า|เกิน|ผิด|ตาม)(?:ที่)?(?:ตลาด|นักวิเคราะห์|หลายฝ่าย|หลายสำนัก)?คาด(?!หวัง)(?:การณ์|หมาย)?(?:กัน)?(?:ไว้)?")
_SURPRISE_THEN_FIGURE = re.compile(r"[ \u00a0]*(?:ถึง|มาก)?[ \u00a0]*")
_HEDGE_BEFORE = re.compile(r"แนวโน้ม|อาจ|คาด(?!หวัง)|ประเมิน")
#: "จะ" (will) just before the figure: "จะขยายตัว 6.5%", "จะทะลุ 820,000 ล้าน"
_WILL_BEFORE = re.compile(r"จะ\S{0,24}[ \u00a0]?$")
# "แม้มูลค่าจะลดลงถึง 30%": จะ after แม้ (even though) concedes what happened, it foretells nothing
_CONCEDED_WILL = re.compile(r"แม้(?:ว่า)?\S{0,30}?จะ\S{0,24}[ \u00a0]?$")


def _will_before(before: str) -> bool:
    return _WILL_BEFORE.search(before) is not None and _CONCEDED_WILL.search(before) is None
#: how far back a forecast or target word reaches: its clause and the one before, not the paragraph
STATUS_LOOKBACK = 90
# the words that tie a figure to the year right after it: "28% ในปี 2565", "30% ภายในปี 2570"
_QUARTER_OF = r"(?:ไตรมาส(?:ที่)?\s?(?:[1-4]|แรก|สอง|สาม|สี่)\s?\.?(?:/|\s?ของ(?:ปี)?)\s?)?"
# ("5.3% เทียบเป็นรายปีในไตรมาส 1/2567": a year-on-year rate names no year compared, the period after it is its own)
_YEAR_FOLLOWS = re.compile(r"(?:\s?(?:เมื่อ)?เทียบ(?:เป็น)?ราย(?:ปี|ไตรมาส)|\s?(?:YoY|yoy|y-o-y))?"
                           r"\s?(?:ภายใน(?:สิ้น)?|ใน|ณ|ของ|เมื่อ)?\s?(?:ช่วง)?(?:ระหว่าง)?" + _QUARTER_OF
                           # "7.8% ในช่วงเดือนม.ค.-มี.ค. 2567": the months of the year it is for
                           + r"(?:(?:เดือน)?\s?" + MONTH_PATTERN + r"(?:\s?[-–]\s?" + MONTH_PATTERN + r")?\s?)?"
                           # "1.2% ในไตรมาสเดียวกันของปีก่อน": a value of the same period of that year
                           + r"(?:(?:ช่วง|ไตรมาส|เดือน)(?:เวลา)?เดียวกัน\s?(?:ของ|ใน)?\s?)?(?:ปี)?\s?(?:พ\.ศ\.|ค\.ศ\.)?\s?")


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    code: str
    level: str  # country, province, group
    before: str  # the word just before the name: ของ (of), ใน (in), ชาว (people of) or another
    dateline: bool = False  # "กรุงเทพฯ 15 ม.ค. –": where the report was filed, not whose figures


@cache
def _gazetteer() -> dict:
    with open(_HERE / "gazetteer.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def place_names(references: bool = False) -> tuple[dict[str, tuple[str, str]], re.Pattern]:
    """Every name → (code, level), and one pattern that finds them, longest name first; with
    ``references``, the words that point back at a place too (level ``reference``); an outlet or firm that holds
    a place's name has level ``none``."""
    names: dict[str, tuple[str, str]] = {}
    levels = (("country", "countries"), ("country", "national_systems"), ("country", "national_bodies"), ("group", "groups"), ("province", "provinces"))
    for level, key in levels + ((("reference", "references"),) if references else ()):
        for code, spellings in _gazetteer()[key].items():
            for name in spellings:
                names[str(name)] = (str(code), level)
    for name in _gazetteer().get("not_places") or ():
        names[str(name)] = ("", "none")  # an outlet or firm that holds a place's name: found whole, then dropped
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return names, pattern


def place_label(code: str, lang: str) -> str:
    """A subject code's name: the gazetteer's display name where it gives one, else its first Thai spelling
    (a country's shortest) or its first English one ("CN-FJ" → "มณฑลฝูเจี้ยน", "Fujian").

    :Example:

        >>> place_label("CN-FJ", "th"), place_label("CN-FJ", "en"), place_label("XX", "en")
        ('มณฑลฝูเจี้ยน', 'Fujian', 'XX')
    """
    shown = (_gazetteer().get("display") or {}).get(code, {}).get(lang)
    if shown:
        return str(shown)
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


def find_places(text: str, references: bool = False) -> list[Place]:
    """Places named in ``text``, in order; a name after ภาษา/ภาค ("ภาษาไทย") is not a place.

    :Example:

        >>> [(p.code, p.before) for p in find_places("เศรษฐกิจดิจิทัลของมณฑลฝูเจี้ยน และบทความภาษาไทย")]
        [('CN-FJ', 'ของ')]
    """
    names, pattern = place_names(references)
    not_after = tuple(_gazetteer().get("not_after") or ())
    places = []
    for match in pattern.finditer(text):
        name = match.group(0)
        if name.isascii() and not _ascii_word_bounded(text, match.start(), match.end()):
            continue
        lead = text[max(0, match.start() - 10) : match.start()]
        if lead.endswith(not_after) and not lead.endswith("ภูมิภาค"):  # ภาค is a side; ภูมิภาค a region
            continue
        code, level = names[name]
        if level == "none":
            continue
        before = "ของ" if lead.rstrip().endswith("ของ") else "ใน" if lead.rstrip().endswith(("ใน", "ทั่ว")) else ""
        if lead.endswith(("ชาว", "คน")):
            before = "ชาว"  # a people: "ชาวเกาหลีวันละ 2.6 ชั่วโมง" is theirs, "นักท่องเที่ยวชาวจีน" owns nothing further on
        line_start = text.rfind("\n", 0, match.start()) + 1
        dateline = _DATELINE.match(text, match.end()) is not None and (
            match.start() == line_start or _DATELINE_CITY.fullmatch(text, line_start, match.start()) is not None)
        places.append(Place(match.start(), match.end(), code, level, before, dateline))
    return places


# a place at a line's start followed by a day and month: "กรุงเทพฯ 8 ก.ย. (ซินหัว) --", "ฮานอย, 3 พ.ย."
_DATELINE = re.compile(r"[ ,(\u00a0]{0,3}\d{1,2}[ \u00a0]?(?:" + MONTH_PATTERN + r")")
# "มะนิลา ประเทศฟิลิปปินส์ (14 ธันวาคม 2565) –": a city, then its country, then the date
_DATELINE_CITY = re.compile(r"[^\s\d]{2,20}[ \u00a0,]{1,2}(?:ประเทศ)?")


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


# "ส่วนกลุ่มปัจจัยผลผลิตปรับตัวลดลง จากเดิมอันดับที่ 43 เป็นอันดับที่ 45": the two ends of a change, each its own
# chunk, measure what the chunk before the change names
_CHANGE_END_OPEN = re.compile(r"(?:มา)?(?:เป็น|เหลือ|อยู่ที่|สู่)")
_CHANGE_START_BEFORE = re.compile(r"จาก(?:เดิม)?[^\s\d]{0,20}[ \u00a0]?\d[\d,.]*[^\d\s]{0,10}[ \u00a0]?$")


def _change_clause_start(text: str, start: int, floor: int) -> int:
    """Where the clause of a change's end begins: past "จาก X" before "เป็น Y", and past the จาก chunk to the
    chunk that names what changed."""
    if _CHANGE_END_OPEN.match(text, start):
        base = _CHANGE_START_BEFORE.search(text, max(floor, start - 60), start)
        if base is not None:
            start = base.start()
    if text.startswith("จาก", start) and start > floor:
        start = _clause_start(text, start, floor)
    return start


# "การจัดเก็บภาษีสินค้านำเข้า/ส่งออก เพิ่มขึ้นร้อยละ 10.82": a chunk that opens with its change word names no measure;
# what changed is the chunk before it
_CHANGE_WORD_OPENS = re.compile(r"(?:เพิ่มขึ้น|ลดลง|ขยายตัว|หดตัว|เติบโต|สูงขึ้น|ต่ำลง|ชะลอตัว)")
MEASURE_CHUNKS_BACK = 4
_LATIN_CHUNK = re.compile(r"[ \u00a0]*[A-Za-z][A-Za-z0-9&.\-]*[ \u00a0]*")
_YEAR_CHUNK = re.compile(r"[ \u00a0]*(?:ปี)?[ \u00a0]*(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]*\d{2,4}[ \u00a0]*")


_CHANGE_TO_AT = re.compile(r"(?:เป็น|เหลือ|สู่)(?:ที่)?[ \u00a0]?(?:ร้อยละ[ \u00a0]?)?$")


def _change_end(text: str, mention: Mention) -> bool:
    """Whether the figure is one end of a change, the level it went from ("จาก 3.1%") or to ("เป็น 6.4%")."""
    before = max(mention.sentence_start, mention.start - 16)
    return bool(_REVISION_FROM.search(text, before, mention.start) or _CHANGE_TO_AT.search(text, before, mention.start))


def _changed_measure_start(text: str, start: int, floor: int) -> int:
    """Where the words that name what changed begin: ``start``, or the chunk before when the chunk at ``start``
    opens with a change word."""
    if start > floor and _CHANGE_WORD_OPENS.match(text, start):
        earlier = _clause_start(text, start, floor)
        # "เงินเฟ้อของลาวในเดือน ธ.ค. 2566 ชะลอตัวลงสู่ 3%": a year standing alone between the measure and its
        # change names no measure; the measure is the chunk before it
        # and a Latin word, which Thai sets between spaces ("สัดส่วน … ของลาวต่อ GDP เพิ่มขึ้นจาก 3.1%"), ends no clause
        # (a few chunks back at most: a pasted run of Latin words is no measure's name)
        for _ in range(MEASURE_CHUNKS_BACK):
            if not (earlier > floor and (_YEAR_CHUNK.fullmatch(text, earlier, start) or _LATIN_CHUNK.fullmatch(text, earlier, start))):
                break
            start, earlier = earlier, _clause_start(text, earlier, floor)
        return earlier
    return start


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


def _unless_all(owners: list[Place], ruled_out: list[Place]) -> list[Place]:
    """``owners`` without those ``ruled_out``, unless that rules out every one: some place owns the figure."""
    return [p for p in owners if p not in ruled_out] if ruled_out and len(ruled_out) < len(owners) else owners


def _subject(mention: Mention, places: list[Place], starts: list[int], text: str, home: str) -> tuple[str, float]:
    """Whose figure: a place right after it ("1. เดนมาร์ก"), "ของX" before it, else the nearest place
    before it, else after it, else the article's country."""
    lo = bisect.bisect_left(starts, mention.sentence_start)
    hi = bisect.bisect_left(starts, mention.sentence_end)
    here = bisect.bisect_left(starts, mention.start, lo, hi)
    listed = bisect.bisect_left(starts, mention.end)
    if (lo == hi and listed < len(places) and text.startswith(".", mention.end)
            and _LIST_ITEM_GAP.fullmatch(text, mention.end, places[listed].start)):
        return places[listed].code, 0.9  # "12. เบลเยียม": a two-digit list number the sentence splitter cut off
    # as far back as its own sentence goes, however long the list of parts after "ทั้ง 6 ประเทศ"
    floor = max(text.rfind("\n", 0, mention.start) + 1, min(mention.start - ALL_OF_REACH, mention.sentence_start))
    all_of = _last_match(_ALL_N_COUNTRIES, text[floor : mention.start])
    if all_of is not None and bisect.bisect_left(starts, floor + all_of.end()) == bisect.bisect_left(starts, mention.start):
        # "เศรษฐกิจทั้ง 6 ประเทศมีมูลค่า … แบ่งเป็นค้าปลีก …": all the countries listed, together, and no place named
        # since: the group the text named them in
        groups = [p for p in places[: bisect.bisect_left(starts, mention.start)] if p.level == "group" and p.code != "WORLD"]
        if groups:
            return groups[-1].code, 0.75
    if lo == hi:  # no place named in the sentence
        return home, 0.7
    before = [p for p in places[max(lo, here - 8) : here] if p.end <= mention.start]
    after = places[bisect.bisect_left(starts, mention.end, lo, hi) : hi][:3]
    if mention.kind == "percent":
        # "46% ของผู้ใช้ทั่วโลก": the world after ของ is the whole the share is of, not its owner
        after = [p for p in after if not (p.code == "WORLD" and _OF_THE_WHOLE.search(text, mention.end, p.start))]
    # "5.66% นี้ ถึงแม้จะมากเมื่อเทียบกับหลายประเทศในอาเซียน แต่ต่ำกว่าเป้าหมายของรัฐบาลเวียดนาม": a group after the
    # figure that is the field of a comparison does not own it either
    after = [p for p in after if not (p.level == "group" and _compared_in(p, text))]
    # "… คาดการณ์ไว้ที่ร้อยละ 3.6 เนื่องจากการถดถอยของเศรษฐกิจจีน": a place in the cause said after the figure is
    # why it moved, not whose it is
    # (each read within CLAUSE_REACH of the figure: a hostile sentence costs no more than a long one)
    after = [p for p in after if not _CAUSE_BETWEEN.search(text, mention.end, min(p.start, mention.end + CLAUSE_REACH))]
    # "… เนื่องจากการถดถอยของเศรษฐกิจจีนและรัสเซีย นอกจากนี้ IMF ยังลด … เหลือร้อยละ 2.9": nor does a place in a
    # cause before it that a new point (นอกจากนี้, ขณะที่ …) has closed
    before = [p for p in before if not (
        _CAUSE_BETWEEN.search(text, _clause_start(text, p.start, max(mention.sentence_start, p.start - 60)), p.start)
        and _NEXT_POINT.search(text, max(p.end, mention.start - CLAUSE_REACH), mention.start))]
    chosen, confidence = None, 0.5
    # "ในเอเชียตะวันออกเฉียงใต้" (in Southeast Asia) places a comparison, it does not own the figure;
    # a country after ใน does ("ผู้ใช้ในไทย 50 ล้านคน")
    # a group (ASEAN, the world) owns a figure only from its own clause: "เศรษฐกิจโลกสะดุด … ไทยโต 5%"
    clause = _clause_start(text, mention.start, 0) - 40
    owners_before = [p for p in before if not (p.level == "group" and (_compared_in(p, text) or p.start < clause))
                     and not (p.before == "ชาว" and p.start < clause)]
    # "15.5 ล้านคนในปี 2018 (ไทย 38 ล้านคน) ซึ่ง … อันดับ 1 ตกเป็นของ…": a place in a bracket closed before the
    # figure owns the bracket's figures only
    owners_before = _unless_all(owners_before, [p for p in owners_before if _in_bracket_closed_before(p, text, mention.start)])
    # "เวียดนามนำเข้าจากจีน … 54.9 พันล้าน": a trading partner after จาก / ไปยัง is not the figure's owner
    # while the sentence names one before it
    # "อินโดนีเซียแซงหน้ามาเลเซีย ขึ้นไปอยู่อันดับที่ 6": nor is a place overtaken or trailed (แซงหน้า, ตามหลัง, รองจาก)
    owners_before = _unless_all(owners_before, [
        p for p in owners_before if _PARTNER_BEFORE.search(text, max(0, p.start - 12), p.start)
        or (_RANKED_AGAINST_BEFORE.search(text, max(0, p.start - 12), p.start)
            and not _OWN_CLAUSE_AFTER.match(text, p.end, mention.start)
            and not _BRACKET_OPEN.fullmatch(text, p.end, mention.start)
            # "รองจากกัมพูชา อันดับ 96": the trailed place's own rank, right after its name
            and not (mention.kind == "rank" and _PLACE_OWN_RANK_GAP.fullmatch(text, p.end, mention.start))
            and not _MOVED_TO_AFTER.match(text, p.end))])
    # "เศรษฐกิจของลาวมีส่วนสนับสนุนการเติบโตทางเศรษฐกิจโลกร้อยละ 2": the economy contributed to is not the contributor;
    # nor is the country whose regions a rank is among ("มณฑลยูนนานอยู่อันดับ 3 จาก 31 มณฑลของจีน ด้วยมูลค่า …")
    owners_before = _unless_all(owners_before, [
        p for p in owners_before if _CONTRIBUTED_TO_BEFORE.search(text, max(0, p.start - 30), p.start)
        or _RANKED_AMONG_BEFORE.search(text, max(0, p.start - 40), p.start)])
    # "ส่วนแบ่งตลาดทุเรียนของไทยในจีน 95.9%": a place after ใน right behind "ของX" is X's market, not the owner
    if (len(owners_before) > 1 and owners_before[-1].before == "ใน" and owners_before[-2].before == "ของ"
            and _MARKET_OF_OWNER.fullmatch(text, owners_before[-2].end, owners_before[-1].start)):
        owners_before = owners_before[:-1]
    # "6 ประเทศอาเซียน ได้แก่ อินโดนีเซีย มาเลเซีย … และเวียดนาม …": the list's group owns the figure
    listed_group = _group_of_list(owners_before, before, text)
    if listed_group is not None:
        return listed_group.code, 0.8
    listed_country = _country_of_province_list(owners_before, text)
    if listed_country is not None:
        return listed_country, 0.75
    if after and text.startswith(".", mention.end) and _LIST_ITEM_GAP.fullmatch(text, mention.end, after[0].start):
        chosen, confidence = after[0], 0.9  # a numbered list: "1. นอร์เวย์"
    elif (owners_before and owners_before[-1].code != "WORLD"
          and _BRACKET_OPEN.fullmatch(text, owners_before[-1].end, mention.start)):
        chosen, confidence = owners_before[-1], 0.85  # "รองจากสิงคโปร์ (อันดับ 5)": the place the bracket follows
    elif after and (_OWNED_BY_AFTER.fullmatch(text, mention.end, after[0].start)
                    or ((mention.kind == "rank" or (mention.kind == "count" and mention.unit is None))
                        and _RANK_NAMES_AFTER.fullmatch(text, mention.end, after[0].start))):
        chosen, confidence = after[0], 0.85  # "อันดับ 1 ตกเป็นของสวิตเซอร์แลนด์": the place it goes to
    elif owners_before:
        chosen = owners_before[-1]
        near = chosen.before == "ของ" or chosen.start >= clause
        confidence = 0.9 if near else 0.8
    elif after and after[0].start <= _clause_after(text, mention.end, mention.sentence_end):
        chosen, confidence = after[0], 0.75
    elif before and before[-1].level != "group":
        chosen, confidence = before[-1], 0.6
    elif before and not any(p.level != "group" for p in places[lo:hi]):
        chosen, confidence = before[-1], 0.55  # a sentence about a region alone
    elif before and before[-1].code != "WORLD" and not _compared_in(before[-1], text) and not any(
            p.level != "group" for p in before):
        # "ตลาดอีคอมเมิร์ซในภูมิภาคนี้ … มีผู้ซื้อ 210 ล้านคน เพิ่มขึ้น … ในมาเลเซียมีผู้ซื้อ 19 ล้านคน": the region the
        # sentence opened with, not a country its next clause turns to
        chosen, confidence = before[-1], 0.55
    elif after:
        chosen, confidence = after[0], 0.55
    if chosen is None:
        return home, 0.6
    if chosen.before == "ชาว" and "-" in home and chosen.code == _province_country(home):
        # "นักท่องเที่ยวชาวไทย 1.2 ล้านคน" in an article about Phuket: the country's own people counted in the
        # province are the province's figure
        return home, min(confidence, 0.75)
    code = chosen.code
    if chosen.level == "country":
        # "มณฑลกวางตุ้งของจีน": the province just before its own country is the subject
        for place in reversed(before):
            if place.level == "province" and _province_country(place.code) == code and chosen.start - place.end <= 30:
                return place.code, confidence
    return code, confidence


ALL_OF_REACH = 250
_CAUSE_BETWEEN = re.compile(r"เนื่องจาก|เพราะ|สาเหตุ|ผลกระทบ|because|due to")
_NEXT_POINT = re.compile(r"นอกจากนี้|ทั้งนี้|ขณะที่|อย่างไรก็ตาม|อย่างไรก็ดี|(?:^|[ \u00a0])ส่วน(?!แบ่ง|ต่าง|หนึ่ง)")
_ALL_N_COUNTRIES = re.compile(r"ทั้ง[ \u00a0]*(?:\d{1,2}|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)[ \u00a0]*ประเทศ")
_PLACE_OWN_RANK_GAP = re.compile(r"[ \u00a0]?")
# "รองจากอินเดีย ซึ่งอยู่ที่อันดับ 38": a clause of the place's own, opened by ซึ่ง/ที่, says its figure
_OWN_CLAUSE_AFTER = re.compile(r"[ \u00a0]?(?:ซึ่ง|ที่)[^\d]{0,30}$")
# "ใช้ AI เทียบเท่ากับสหรัฐฯ จะต้องเพิ่ม … 114 เท่า": a place compared with is no owner either, like one overtaken
# "… ตามหลังเวียดนาม (ร้อยละ 6.7)": the bracket is the trailed place's own figure; "แซงหน้าสหรัฐอเมริกามาอยู่อันดับที่ 3":
# the place overtaken, with its verb written on, moved to that rank itself
# ("เบียดสหรัฐฯ แชมป์เก่า ตกลงไปอยู่ในอันดับ 3": past a few words that name it, a fall of its own)
_MOVED_TO_AFTER = re.compile(r"(?:ตก|ร่วง|หล่น)?(?:ลง)?(?:ไป|มา)(?:อยู่)?|[^\d\s]{1,20}[ \u00a0](?:ตก|ร่วง|หล่น)")
# "รายได้ของจังหวัดหนึ่งมากกว่าจังหวัดน่าน 5 เท่า": nor is a place the figure is more or less than
_RANKED_AGAINST_BEFORE = re.compile(r"(?:แซง(?:หน้า)?|เบียด|ตามหลัง|รองจาก|นำหน้า|เทียบ(?:เท่า)?(?:กับ)?|(?:มาก|สูง|น้อย|ต่ำ)กว่า)"
                                    r"(?:ประเทศ|จังหวัด|มณฑล|รัฐ)?[ \u00a0]?$")
_RANKED_AMONG_BEFORE = re.compile(r"จาก[ \u00a0]?\d{1,3}[ \u00a0]?(?:เขตบริหาร|มณฑล|จังหวัด|เมือง|รัฐ|ภูมิภาค|ประเทศ)[^\d\s]{0,12}"
                                  r"(?:ของ|ใน|ทั่ว)(?:ประเทศ)?[ \u00a0]?$")
_CONTRIBUTED_TO_BEFORE = re.compile(r"ส่วน(?:สนับสนุน|ร่วม)(?:ต่อ|ใน)?(?:การ)?(?:เติบโต|ขยายตัว)?(?:ทาง|ของ)?[ \u00a0]?$")
_PARTNER_BEFORE = re.compile(r"(?:นำเข้า|ส่งออก|ซื้อ|ขาย)?(?:(?<!รอง)จาก|ไปยัง|ไป|สู่)(?:ประเทศ)?[ \u00a0]?$")
_MARKET_OF_OWNER = re.compile(r"[ \u00a0]?ใน[ \u00a0]?(?:ตลาด)?(?:ประเทศ)?")
_MEMBER_JOIN = re.compile(r"[ \u00a0,]*(?:และ|รวมทั้ง)?[ \u00a0]*(?:ประเทศ)?")
_MEMBERS_OPEN = re.compile(r"(?:ได้แก่|คือ|ประกอบ(?:ไป)?ด้วย|ทั้ง)[ \u00a0:]*$")


def _opened_run(owners: list[Place], level: str, join: re.Pattern, text: str) -> list[Place] | None:
    """The run of three or more places of ``level`` that ends with the chosen owner, joined as ``join`` allows and
    opened by ได้แก่ / คือ / ประกอบด้วย; last place first."""
    if not owners or owners[-1].level != level:
        return None
    run = [owners[-1]]
    for place in reversed(owners[:-1]):
        if place.level != level or not join.fullmatch(text, place.end, run[-1].start):
            break
        run.append(place)
    first = run[-1]
    if len(run) < 3 or not _MEMBERS_OPEN.search(text, max(0, first.start - 16), first.start):
        return None
    return run


def _group_of_list(owners: list[Place], named: list[Place], text: str) -> Place | None:
    """The group whose members end with the chosen owner: a run of three or more countries, joined
    by spaces, commas or และ, opened by ได้แก่ / คือ / ประกอบด้วย right after a group's name."""
    run = _opened_run(owners, "country", _MEMBER_JOIN, text)
    if run is None:
        return None
    first = run[-1]
    groups = [p for p in named if p.level == "group" and p.code != "WORLD" and 0 <= first.start - p.end <= 20]
    return groups[-1] if groups else None


def _country_of_province_list(owners: list[Place], text: str) -> str | None:
    """ "6 มณฑลแรก ได้แก่ กวางตุ้ง เจียงซู … และเสฉวน คิดเป็นสัดส่วนถึงร้อยละ 45": a run of three or more provinces of
    one country, opened by ได้แก่ / คือ / ประกอบด้วย, owns its figure together; of the codes we have, their country's
    (the whole the share is of), not the last province's."""
    run = _opened_run(owners, "province", _PROVINCE_MEMBER_JOIN, text)
    countries = {_province_country(p.code) for p in run or ()}
    return countries.pop() if len(countries) == 1 else None


_PROVINCE_MEMBER_JOIN = re.compile(r"[ \u00a0,]*(?:และ|รวมทั้ง)?[ \u00a0]*(?:มณฑล|จังหวัด|นคร|เขต)?")


# "เติบโตเร็วที่สุดในเอเชียตะวันออกเฉียงใต้", "สูงเป็นอันดับ 3 ของอาเซียน", "เมื่อเทียบกับหลายประเทศในอาเซียน": the group is the field of a
# comparison; "ผู้ใช้ในอาเซียน 400 ล้านคน" is the group's own figure
# ("สูงที่สุดในกลุ่ม 5 ประเทศอาเซียน": the group, however counted, is the field too)
_COMPARED_IN = re.compile(r"(?:ที่สุด|สุด|หนึ่ง|แรก|กว่า|เทียบ(?:กับ)?(?:หลาย|บาง|ประเทศ|อื่น|ๆ|[ \u00a0]){0,4}|อันดับ(?:ที่)?[ \u00a0]?\d*|ลำดับ(?:ที่)?[ \u00a0]?\d*)[ \u00a0]?(?:ใน|ของ)"
                          r"(?:ภูมิภาค|กลุ่ม(?:ประเทศ)?)?[ \u00a0]?(?:\d{1,2}[ \u00a0]?ประเทศ)?[ \u00a0]?$")


def _in_bracket_closed_before(place: Place, text: str, end: int) -> bool:
    """Whether the place lies in a bracket opened shortly before it and closed before ``end``."""
    opened = text.rfind("(", max(0, place.start - 40), place.start)
    return opened >= 0 and text.find(")", opened, place.start) < 0 and text.find(")", place.end, end) >= 0


# "ไต่ขึ้นสู่อันดับที่ 52 จาก 193 ประเทศทั่วโลก": the countries a rank is out of are its field, not its owner
_OUT_OF_COUNTRIES = re.compile(r"จาก(?:ทั้งหมด)?[ \u00a0]?\d[\d,]*[ \u00a0]?(?:ประเทศ|เศรษฐกิจ|เขตเศรษฐกิจ)(?:ใน)?[ \u00a0]?$")


def _compared_in(place: Place, text: str) -> bool:
    return (_COMPARED_IN.search(text, max(0, place.start - 30), place.start) is not None
            or _OUT_OF_COUNTRIES.search(text, max(0, place.start - 30), place.start) is not None)


_OWNED_BY_AFTER = re.compile(r"[ \u00a0]?(?:ตก|ยัง)?(?:เป็น|อยู่)ของ[ \u00a0]?(?:ประเทศ)?")
# "อันดับ 2 คือ สหรัฐ", "อยู่ที่ 1 ได้แก่ สวีเดน": a rank and the place it names
_RANK_NAMES_AFTER = re.compile(r"[ \u00a0]?(?:คือ|ได้แก่)[ \u00a0]?(?:ประเทศ)?[ \u00a0]?")
_OF_THE_WHOLE = re.compile(r"ของ[^\s\d]*$")
_LIST_ITEM_GAP = re.compile(r"\.?[ \t\u00a0]{0,2}")


def _names_a_part_last(context: str, entry: dict) -> bool:
    """True where the last of the entry's names in ``context`` (the words before a figure) is one of its
    ``part_names`` (a sub-index named by the whole index's word, a breakdown's opener), not the whole."""
    parts = entry.get("part_names")
    if not parts:
        return False
    last_part = max((context.rfind(part) + len(part) for part in parts if part in context), default=-1)
    if last_part < 0:
        return False
    last_whole = max((context.rfind(word) + len(word) for group in entry.get("all") or () for word in group if word in context),
                     default=-1)
    return last_whole <= last_part


@cache
def _indicators_for_kind(kind: str) -> tuple[dict, ...]:
    return tuple(entry for entry in indicator_vocabulary() if kind in entry["kinds"])


# the words that name the digital economy, and those that name the economy as a whole: a growth
# rate belongs to whichever the text named last before it
_DIGITAL_ECONOMY = re.compile(r"เศรษฐกิจดิจิทัล|Digital GDP|GDP ?ดิจิทัล|digital economy|เศรษฐกิจอินเ[ทต]อร์เน็ต|internet economy",
                              re.IGNORECASE)
_WHOLE_ECONOMY = re.compile(r"(?<!Digital )(?<!digital )G(?:R)?DP(?! ?ดิจิทัล)|จีดีพี|ผลิตภัณฑ์มวลรวม|(?:เศรษฐกิจ|ศก\.)(?! ?ดิจิทัล)")
# a count inside a plan someone has proposed is the plan's content, not a count of tasks set
_PROPOSED = re.compile(r"ได้เสนอ|เสนอหัวข้อ|ข้อเสนอ|เสนอให้|proposed")
NEAR_BEFORE = 60
WIDE_BEFORE = 400


# a part of the economy that can own a growth rate: "ภาคการส่งออกยังขยายตัว 2.3% … ขยายตัว 2.6%",
# "ตลาดพาณิชย์อิเล็กทรอนิกส์ของลาวจะมีมูลค่า … หรือเติบโต 18%"; after จาก it is a cause, not an owner; the
# private sector, like the government, is an actor ("ภาคเอกชน หอการค้า คาดการณ์…") unless something of its is
# named ("การบริโภคของภาคเอกชน"); trade ("มูลค่าการค้า … เติบโตร้อยละ 23.7") too, not a trade war, world trade (a
# subject) nor a chamber of commerce (หอการค้า, สภาการค้า: a forecaster)
_SECTOR = re.compile(r"(?<!จาก)(?:(?<!ภูมิ)ภาค(?!รัฐ|เอกชน)[ก-๙]{2,}|(?<=ของ)ภาคเอกชน|การส่งออก|การนำเข้า|(?<!สงคราม)(?<!หอ)(?<!สภา)การค้า(?!โลก)|การลงทุน|อุตสาหกรรม|การบริโภค|ยอดค้าปลีก|พาณิชย์อิเล็กทรอนิกส์|อีคอมเมิร์ซ"
                     # the output of goods ("ผลผลิตสินค้าเกษตรของลาว"), not the economy's ("ผลผลิตทางเศรษฐกิจ", "ผลผลิตมวลรวม")
                     r"|ผลผลิต(?!ทาง|มวลรวม|รวม))")


_GROWS = re.compile(r"ขยายตัว|เติบโต|หดตัว")
_TURN = re.compile(r"อย่างไรก็ตาม|อย่างไรก็ดี|โดยภาพรวม|ในภาพรวม")


def _economy_by_name(near: str) -> bool:
    """ "… และเวียดนามถูกหั่นคาดการณ์สู่การขยายตัว 4.6%": a country or group growing, with the word
    เศรษฐกิจ said long before, is its economy growing."""
    return _GROWS.search(near) is not None and any(
        names[match.group(0)][1] in ("country", "group") for names, pattern in (place_names(),)
        for match in pattern.finditer(near))


def _sector_named_last(text: str, start: int, end: int) -> bool:
    """Between ``start`` and ``end`` (the figure's sentence up to it), a sector is named after the
    last word for the economy as a whole."""
    # "… การลงทุนของภาครัฐที่ขยายตัวดีขึ้น อย่างไรก็ตาม … เคยเติบโต 3-4%": a turn of the argument leaves the
    # sectors before it behind
    turn = _last_end(_TURN, text, start, end)
    if turn > 0:
        start = turn
    sector = _last_end(_SECTOR, text, start, end)
    return (sector > _last_economy_not_sectors(text, start, end)
            and sector > _last_end(_DIGITAL_ECONOMY, text, start, end))


# "ภาคบริการมีมูลค่า GDP 52,310 ล้านหยวน ขยายตัวร้อยละ 6.1": the GDP named right after a sector is the
# sector's share of GDP (its value added), not the economy as a whole
# "อัตราเงินเฟ้อทั่วโลก … จะชะลอตัวสู่ระดับ 6.8%", "ส่วนอัตราเงินเฟ้อ … ในเศรษฐกิจที่พัฒนาจะอยู่ที่ร้อยละ 6.6": a rate
# that is a measure of its own (inflation, interest, unemployment), named in the figure's sentence with no growth of
# output named after it, is what the figure measures; "ชะลอตัว" (slows) and "เศรษฐกิจ…" (economies, a subject) say
# nothing of output growth
_OWN_RATE = re.compile(r"เงินเฟ้อ|อัตราดอกเบี้ย|ว่างงาน|inflation|interest rate|unemployment", re.IGNORECASE)
_OUTPUT_GROWTH = re.compile(r"G(?:R)?DP|จีดีพี|ผลิตภัณฑ์มวลรวม|เติบโต|ขยายตัว|หดตัว|growth", re.IGNORECASE)


def _own_rate_named_last(text: str, start: int, end: int) -> bool:
    return _last_end(_OWN_RATE, text, start, end) > _last_end(_OUTPUT_GROWTH, text, start, end)


_SECTOR_OWN_GDP_GAP = re.compile(r"[ \u00a0]?(?:มี)?(?:มูลค่า)?(?:เพิ่ม)?[ \u00a0]?(?:ใน)?[ \u00a0]?")


def _last_economy_not_sectors(text: str, start: int, end: int) -> int:
    """Where the last word for the whole economy ends between ``start`` and ``end``, leaving out a GDP
    said of the sector named just before it (-1: none)."""
    last = -1
    for match in _WHOLE_ECONOMY.finditer(text, start, end):
        sector = _last_end(_SECTOR, text, max(start, match.start() - 40), match.start())
        if sector < 0 or not _SECTOR_OWN_GDP_GAP.fullmatch(text, sector, match.start()):
            last = match.end()
    return last


# "มีสัดส่วนร้อยละ 27.5 ของมูลค่า GDP": the GDP a share is of is its whole, not the economy the text turns to
_SHARE_WHOLE_BEFORE = re.compile(r"(?:ของ|ต่อ)[ \u00a0]?(?:มูลค่า)?[ \u00a0]?$")


def _last_whole_economy(text: str, start: int, end: int) -> int:
    """Where the last word for the economy as a whole ends, between ``start`` and ``end``, leaving out a
    GDP named as a share's whole (-1: none)."""
    last = -1
    for match in _WHOLE_ECONOMY.finditer(text, start, end):
        if not _SHARE_WHOLE_BEFORE.search(text, max(start, match.start() - 12), match.start()):
            last = match.end()
    return last


def _is_proposed(mention: Mention, text: str) -> bool:
    """The figure's sentence (up to it, at most 600 characters) says a plan is proposed, and no expectation
    comes between ("ได้เสนอแผน… นอกจากนี้ กระทรวงยังคาดการณ์ว่าจะมี…เกือบ 60 ล้านคน": a forecast, not the plan's)."""
    proposal = _last_match(_PROPOSED, text[max(mention.sentence_start, mention.start - 600) : mention.start])
    if proposal is None:
        return False
    after = max(mention.sentence_start, mention.start - 600) + proposal.end()
    return _FORECAST_WORDS.search(text, after, mention.start) is None


def _last_match(pattern: re.Pattern, text: str) -> re.Match | None:
    last = None
    for match in pattern.finditer(text):
        last = match
    return last


def _last_end(pattern: re.Pattern, text: str, start: int, end: int) -> int:
    last = -1
    for match in pattern.finditer(text, start, end):
        last = match.end()
    return last


# "GDP จะกลับมายืนอยู่ที่ระดับ 3%", "คาดการณ์เศรษฐกิจไทยไว้สูงสุดในตลาดที่ 3.3%": a per cent said of the
# economy itself, with no growth word, is its growth rate; "ดุลบัญชีของเศรษฐกิจ…", "หนี้ต่อ GDP" are other measures
# ("ประเมินเศรษฐกิจลาวปี 68 ไว้ที่ 3%": the year it is for may stand between)
_ECONOMY_LEVEL = re.compile(r"(?<!ของ)(?<!ของ )(?<!ต่อ)(?<!ต่อ )(?:(?<!Digital )GDP(?! ?ดิจิทัล)|จีดีพี|เศรษฐกิจ(?!ดิจิทัล))"
                            r"([^\d]{0,32}?(?:ปี[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?\d{2,4}[ \u00a0]?[^\d]{0,12}?)?)"
                            r"(?:ที่|ระดับ|สู่)[ \u00a0]?$")


def _economy_level(entry: dict, mention: Mention, text: str, window: int) -> bool:
    level = _ECONOMY_LEVEL.search(text, max(window, mention.start - 48), mention.start)
    return level is not None and not any(word in level.group(1) for word in (entry.get("none") or ()))


_DIGITAL_GDP_NAME = re.compile(r"Digital GDP|GDP ?ดิจิทัล|จีดีพี ?ดิจิทัล", re.IGNORECASE)
_RANGE_REST = re.compile(r"[ \u00a0]?[-–][ \u00a0]?\d[\d,.]*[ \u00a0]?(?:%|เปอร์เซ็นต์)?")
# "สัดส่วนเศรษฐกิจดิจิทัลในปี 2567 แตะระดับ 12.6%": the digital economy's share, of GDP unsaid
_DIGITAL_SHARE_BEFORE = re.compile(r"สัดส่วน(?:มูลค่า(?:เพิ่ม)?)?(?:ของ)?[ \u00a0]?เศรษฐกิจ[ \u00a0]?ดิจิทัล([^\d]{0,30}(?:ปี[ \u00a0]?\d{4})?[^\d]{0,20})$")
_GROWTH_OF_GDP = re.compile(r"(?:เติบโต|ขยายตัว)(?:ทางเศรษฐกิจ)?(?=ของ[ \u00a0]?(?:GDP|จีดีพี))ของ")
_SHARE_OF_GDP_AFTER = re.compile(r"[ \u00a0]?(ของ[ \u00a0]?(?:GDP|GRDP|จีดีพี))")

# "อันดับที่ 38 จาก 178 ประเทศทั่วโลก ในดัชนีการพัฒนารัฐบาลอิเล็กทรอนิกส์": the countries ranked, then the index, whose
# Thai name runs long (60 characters, not 40, so "ทั่วโลก ใน…" leaves room for it)
_OUT_OF_AFTER = re.compile(r"[ \u00a0]?จาก(?:ทั้งหมด)?[ \u00a0]?\d[\d,]*[ \u00a0]?(?:ประเทศ|เศรษฐกิจ|เขตเศรษฐกิจ)[^\d,;()\n]{0,60}")


# "สำนักงานนวัตกรรมแห่งชาติ" (the national innovation agency), "กระทรวง… วิจัยและนวัตกรรม": นวัตกรรม in the name
# of who speaks names no innovation index; the agency announces other rankings too (a startup-ecosystem index)
_INNOVATION_AGENCY = re.compile(r"(?:สำนักงาน|หน่วยงาน)?นวัตกรรมแห่งชาติ|วิจัยและนวัตกรรม")


def _without_agency_names(context: str) -> str:
    """The words around a figure with the names of agencies that carry a measure's word blanked out."""
    return _INNOVATION_AGENCY.sub(" ", context)


def _indicator(mention: Mention, text: str, kind: str | None = None, across_sentences: bool = False) -> tuple[str, float]:
    """What the figure measures: the first vocabulary entry (of ``kind``, else the mention's) it fits;
    ``across_sentences`` reads the words before it past its sentence's start (a list's items)."""
    # "12.66% -16.5% ของ GDP": the words after a range's far end are its near end's too
    rest = _RANGE_REST.match(text, mention.end)
    after_end = rest.end() if rest else mention.end
    clause_end = _clause_after(text, after_end, mention.sentence_end)
    out_of = _OUT_OF_AFTER.match(text, mention.end) if mention.kind == "rank" else None
    if out_of is not None:
        # "อยู่ที่อันดับที่ 90 จาก 132 ประเทศในดัชนีนวัตกรรมโลก": the index is named past the count ranked
        clause_end = max(clause_end, min(out_of.end(), mention.sentence_end))
    window = max(0, mention.start - LOOKBACK) if across_sentences else _window_start(mention)
    context = _without_agency_names(text[window:clause_end])
    near = text[max(window, mention.start - NEAR_BEFORE) : clause_end]
    # "Digital GDP คาดว่าพุ่งร้อยละ 6.2": the GDP in the digital economy's own name is no GDP a share is of
    near_named = _DIGITAL_GDP_NAME.sub("เศรษฐกิจดิจิทัล", near)
    # the words that rule an entry out: the figure's clause and its own chunk after, not the next
    # clause ("อันดับ 41 ในดัชนีนวัตกรรม โดยด้านสถาบัน…": the ด้าน is the next figure's)
    chunk_end = mention.end
    while chunk_end < min(mention.sentence_end, mention.end + 40) and not _CLAUSE_BREAK.match(text, chunk_end):
        chunk_end += 1
    # "การเติบโตของจีดีพีไว้ที่ 10%" is GDP's growth, not a share of GDP; "ขาดดุล 3.6% ของ GDP" is a share
    clause_start = _change_clause_start(text, _clause_start(text, mention.start, mention.sentence_start), mention.sentence_start)
    clause = _GROWTH_OF_GDP.sub(" ", text[_changed_measure_start(text, clause_start, mention.sentence_start) : chunk_end])
    share = _SHARE_OF_GDP_AFTER.match(text, after_end)
    if share is not None:
        clause += " " + share.group(1)
    # "ลาวได้รับการจัดอันดับความสามารถด้านนวัตกรรมที่ 90": capability "in" the index's theme names the whole ranking,
    # no pillar (ด้านสถาบัน) of it
    # and "ลาวมีผลงานด้านนวัตกรรมอยู่อันดับที่ 90": performance in innovation, the index's whole theme
    clause = clause.replace("ความสามารถด้าน", "ความสามารถ").replace("ผลงานด้านนวัตกรรม", "ผลงานนวัตกรรม")
    for entry in _indicators_for_kind(kind or mention.kind):
        if mention.kind == "count" and entry.get("units") and (mention.unit or "") not in entry["units"]:
            continue
        if any(not any(word in context for word in group) for group in entry.get("all") or ()) and not (
                entry.get("economy") == "whole" and _economy_level(entry, mention, text, window)):
            continue
        if any(not any(word in near_named for word in group) for group in entry.get("near") or ()):
            continue
        if entry.get("wide"):
            wide = text[max(0, mention.start - WIDE_BEFORE) : clause_end]
            # a place growing stands for its economy unless a sector was named last ("มูลค่าการค้า รปท. ของจีน
            # … เติบโตร้อยละ 23.7", its sentence cut at the abbreviation's dot)
            if any(not any(word in wide for word in group) for group in entry["wide"]) and not (
                    entry.get("economy") == "whole" and _economy_by_name(context)
                    and not any(word in context for word in entry.get("none") or ())
                    and not _sector_named_last(text, max(0, mention.start - WIDE_BEFORE, text.rfind("\n", 0, mention.start) + 1),
                                               mention.start)):
                continue
        ruled_out = [word for word in entry.get("none") or () if word in clause]
        if ruled_out and not (set(ruled_out) <= set(entry.get("change_words") or ())
                              and any(word in clause for word in entry.get("names_level") or ())
                              and _change_end(text, mention)):
            continue
        if any(word in text[mention.sentence_start : mention.start] for word in entry.get("none_sentence") or ()):
            continue
        if _names_a_part_last(text[window : mention.start], entry):
            continue
        if any(word in near for word in entry.get("none_near") or ()):
            continue
        if entry.get("none_after") and text[after_end : after_end + 12].lstrip(" \u00a0").startswith(tuple(entry["none_after"])):
            continue
        if entry.get("after") and not any(word in text[mention.end : mention.end + 12] for word in entry["after"]):
            continue
        economy = entry.get("economy")
        if economy == "whole" and _sector_named_last(text, window, mention.start):
            continue
        if economy == "whole" and _own_rate_named_last(text, max(mention.sentence_start, mention.start - CLAUSE_REACH),
                                                       mention.start):
            continue
        if economy:
            digital = _last_end(_DIGITAL_ECONOMY, text, window, mention.start)
            whole = _last_whole_economy(text, window, mention.start)
            if digital != whole and (economy == "digital") != (digital > whole):
                continue
        if entry.get("not_proposed") and _is_proposed(mention, text):
            return "other", 0.8
        return entry["id"], (0.7 if entry["id"] == "other" else 0.9)
    return "other", 0.7


_PART_WORDS = {
    # "likely to be achieved" and "needs effort to be achieved" say สำเร็จ too: they are tried first
    "targets": (("likely", re.compile(r"แนวโน้ม|น่าจะ|likely")),
                ("at_risk", re.compile(r"เร่ง|ความพยายาม|เสี่ยง|ล่าช้า|at risk|effort")),
                ("achieved", re.compile(r"สำเร็จ|บรรลุ|ทำได้แล้ว|achieved|met"))),
    "tasks": (("done", re.compile(r"สำเร็จ|เสร็จ|แล้ว|done|completed")),),
}


def _part(indicator: str, mention: Mention, text: str) -> str | None:
    """Which part of a count of targets or tasks: the words right after it say ("18 เป้าหมายที่สำเร็จ")."""
    if indicator not in PARTS:
        return None
    following = text[mention.end : min(mention.sentence_end, mention.end + 60)]
    cut = re.search(r"[,(]|\s(?:โดย|และ)|\s\d", following)
    following = following[: cut.start()] if cut else following
    for part, words in _PART_WORDS[indicator]:
        if words.search(following):
            return part
    return "total"


_RUNNING_RIGHT_AFTER = re.compile(r"\s?ปีซ้อน")
_RUNNING_AFTER = re.compile(r"(?:\d+|สอง|สาม|สี่|ห้า)\s?ปีซ้อน")
# a year named as the base of a comparison, or the start of a run, is not the figure's year:
# "เมื่อเทียบกับปี 2018", "จากปี 2565", "ตั้งแต่ปี 2022", "จากเดิม 10% ในปี 2559" (and "เปรียบเที่ยบ", a common
# misspelling of เทียบ, in news copy)
_COMPARISON_BEFORE = re.compile(
    r"(?:เที่?ยบ(?:กับ)?|จาก|ตั้งแต่|นับแต่|ก่อนหน้า|compared (?:with|to)|from|since)[ \u00a0]?"
    r"(?:(?:ช่วง|ระยะ|ไตรมาส|เดือน)?(?:เวลา)?เดียวกัน[ \u00a0]?(?:ของ|ใน)?[ \u00a0]?)?(?:ใน)?(?:ช่วง)?(?:ระหว่าง)?(?:ใน)?"
    r"(?:ไตรมาส(?:ที่)?[ \u00a0]?(?:[1-4]|แรก|สอง|สาม|สี่)[ \u00a0]?(?:ของ)?[ \u00a0]?)?"
    # ("เพิ่มขึ้น 2 พันล้าน จากปีงบประมาณ 2566": a fiscal year compared with, as a calendar one)
    r"(?:ปี(?:งบ(?:ประมาณ)?)?|เดือน\S{0,12})?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
# "ฐานที่ต่ำในช่วงเดียวกันของปีก่อน": the same period of another year is the base a change is
# measured from, whatever words (เปรียบเทียบกับ ตัวเลขฐาน …) stand before it
_SAME_PERIOD_BEFORE = re.compile(r"ช่วง(?:เวลา)?เดียวกัน[ \u00a0]?(?:ของ|ใน)[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
# (not past a new clause: "… จากเดิมคาด 4.2% ขณะที่ปี 68 คาดโต 4.0%" names the next forecast's year)
# nor is a year of birth that names a cohort ("ผู้ที่เกิดปี 2540 ขึ้นไป", "คนที่เกิดระหว่างปี …"); a crisis "ที่เกิด
# ในปี 2540" happened that year
_COHORT_BEFORE = re.compile(r"(?:ผู้|คน|ประชากร|เด็ก|รุ่น|กลุ่ม)[^\s\d]{0,12}?เกิด(?:ใน)?(?:ช่วง)?(?:ระหว่าง)?(?:หลัง|ก่อน)?"
                            r"[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$|born (?:in|after|before|between) $")
_FROM_EARLIER = re.compile(r"จากเดิม[^\d]{0,30}(?:\d[\d,.]*(?:(?!ขณะที่|ส่วน|แต่|และ|โดย)[^\d]){0,30})?$")
# "ลดลงจาก 1.7% ในไตรมาส 4/66", "ต่อเนื่องจากการขยายตัวร้อยละ 3.3 ในไตรมาสที่สี่ของปี 2567", "เพิ่มขึ้นจาก 9 พันล้าน
# ดอลลาร์ในปีที่แล้ว" (an amount and its scale and money): the year of
# a base value the figure is compared with; it is that value's year, not the next figures'
_FROM_VALUE_BEFORE = re.compile(
    r"จาก(?:การ(?:ขยายตัว|เติบโต|หดตัว))?(?:ระดับ)?(?:ที่)?[ \u00a0]?(?:ร้อยละ)?[ \u00a0]?\d[\d,.]*[ \u00a0]?"
    r"(?:%|เปอร์เซ็นต์|(?:พัน|หมื่น|แสน)?ล้าน(?:ล้าน)?(?:ดอลลาร์|บาท|หยวน|เยน|วอน|ยูโร)?(?:สหรัฐ)?)?"
    r"[ \u00a0]?(?:ใน|ของ|เมื่อ)?[ \u00a0]?(?:ช่วง)?" + _QUARTER_OF + r"(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
# what may stand between a figure and the year it is for: "ร้อยละ 20 ของ GDP ในปี 2568"
_YEAR_INTRO = re.compile(r"(?:ใน|ภายใน(?:สิ้น)?|ณ|ของ|สำหรับ|ปี)[ \u00a0]?(?:ช่วง)?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
_GAP_BREAK = re.compile(r"\d|และ|ส่วน|ขณะที่|แต่|หรือ|เมื่อ|จาก|เทียบ|โดย|ซึ่ง|[,;(]")
_THIS_YEAR_AFTER = re.compile(r"[ \u00a0]?(?:ใน)?ปี(นี้|หน้า|ถัดไป|ที่แล้ว|ที่ผ่านมา|ก่อน)(?!หน้า)")
_RELATIVE = {"นี้": 0, "หน้า": 1, "ถัดไป": 1, "ที่แล้ว": -1, "ที่ผ่านมา": -1, "ก่อน": -1}
# "กว่า" (than) is not the end of a verb of saying and "ว่า" ("บอกว่าในปี 2566", "บันทึกว่าในปี", "รู้สึกว่า")
_NOT_SAID = r"(?<!บอ)(?<!สึ)(?<!ทึ)(?<!นึ)(?<!ออ)(?<!หนั)(?<!ทั)"
# "ว่างงาน 1.0% ต่ำกว่า 1.2% ในไตรมาสเดียวกันของปีก่อน": the year of a value the figure is higher or lower than
_THAN_VALUE_BEFORE = re.compile(
    _NOT_SAID + r"กว่า[ \u00a0]?(?:ร้อยละ)?[ \u00a0]?\d[\d,.]*[ \u00a0]?(?:%|เปอร์เซ็นต์)?[ \u00a0]?(?:ใน|ของ)?[ \u00a0]?"
    r"(?:(?:ช่วง|ระยะ|ไตรมาส|เดือน)(?:เวลา)?เดียวกัน[ \u00a0]?(?:ของ|ใน)?)?[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
# "เพิ่มขึ้น 6% จากปีที่แล้ว (2022)": the year named is the base; the figures are for the year after it
_LAST_YEAR_NAMED = re.compile(r"(?:จาก|เทียบกับ|" + _NOT_SAID + r"กว่า)[ \u00a0]?ปี(?:ที่แล้ว|ที่ผ่านมา|ก่อน(?:หน้า)?)[ \u00a0]?\(?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
# "รักษาอันดับเดิมไว้ได้ในปี 2024", "เท่ากับปี 2565", "เช่นเดียวกับปี 2022": the year of the level kept or matched,
# compared with, not the year the sentence reports
_SAME_AS_YEAR = re.compile(r"(?:(?:อันดับ|ระดับ|ตำแหน่ง)เดิม(?:ไว้)?(?:ได้)?|เท่ากับ|เช่นเดียวกับ|เหมือน(?:กับ)?)[ \u00a0]?"
                           r"(?:ใน|ของ|กับ)?(?:ช่วง)?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
# "รายงานประจำปี 2555", "ฉบับปี 2024": the year a report is published, not the year its figures are for
_REPORT_YEAR = re.compile(r"(?:รายงาน(?:ประจำ)?ปี|ฉบับ(?:ประจำ)?ปี|report)[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$", re.IGNORECASE)


# "เพิ่มจากปี 2553 ที่มีผู้ใช้ 825 ล้านคน": the base year's own figure follows it in a relative clause
# "… ในปี 2561 ที่ 2.2 ล้านล้าน", "… ในปี 2561 ก่อนเกิดโรคระบาดที่ 2.2 ล้านล้าน" (the year said to be before an event)
# "… เมื่อเทียบกับปี 2559 ที่มีเพียงแขวงเดียวเท่านั้นที่มีผู้ใช้ถึง 80%" (a clause that names who had it, then the figure)
_BASE_CLAUSE = re.compile(r"[ \u00a0]?\)?[ \u00a0]?(?:ก่อน[^\d\s()]{1,20}[ \u00a0]?)?(?:ที่|ซึ่ง)[^\d]{0,60}$")


def _base_year_before(mention: Mention, years: list[Mention], text: str) -> Mention | None:
    if not years or years[-1].end > mention.start:
        return None
    year = years[-1]
    # "เทียบกับปีก่อน ซึ่งเกินเป้า…": the clause is about the main figure, not last year's; but a clause after
    # "ช่วงเดียวกันของปีที่แล้ว" tells what happened in that period ("…ของปีที่แล้ว ซึ่งเศรษฐกิจหดตัว 7%")
    if (year.inferred and year.surface.startswith("ปี")
            and not _SAME_PERIOD_BEFORE.search(text, max(0, year.start - 30), year.start)):
        return None
    if _SINCE_BEFORE.search(text, max(0, year.start - 40), year.start) or _SINCE_QUARTER_BEFORE.search(
            text, max(0, year.start - 40), year.start):
        return None  # "โตแรงที่สุดนับตั้งแต่ปี 2562 ที่ 12%": the landmark's clause gives the main figure
    return year if _BASE_CLAUSE.fullmatch(text, year.end, mention.start) and _is_comparison(year, text) else None


_SINCE_QUARTER_BEFORE = re.compile(r"(?:ตั้งแต่|นับแต่)[ \u00a0]?ไตรมาส\S{0,12}[ \u00a0]?(?:ปี)?[ \u00a0]?$")


_RESPECTIVELY = re.compile(r"[^\d]{0,12}?(?:จุดเปอร์เซ็นต์|จุด)?[^\d]{0,3}?ตามลำดับ")
_LIST_JOIN = re.compile(r"[ \u00a0,]*(?:และ|หรือ|กับ)?[ \u00a0,]*")
# "นครเกิ่นเทอและนครดานัง", "รัฐปีนัง และรัฐสลังงอร์": a list of places may repeat their kind before each name
_PLACE_LIST_JOIN = re.compile(r"[ \u00a0,]*(?:และ|หรือ|กับ)?[ \u00a0,]*(?:นคร|จังหวัด|รัฐ|มณฑล|เมือง|ประเทศ)?[ \u00a0]*")
_YEAR_JOIN = re.compile(r"[ \u00a0,]*(?:และ|หรือ|กับ)?[ \u00a0,]*(?:ปี)?[ \u00a0]*(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]*")


def _respectively(figures: list[Mention], years: list[Mention], y_starts: list[int], places: list[Place],
                  p_starts: list[int], text: str, unlisted: dict[int, tuple[int, int, int]] | None = None
                  ) -> dict[int, tuple[Mention | None, Place | None]]:
    """ "ในปี 2019 และ 2021 … 30% และ 40% ตามลำดับ": the n-th figure of a list closed by ตามลำดับ takes
    the n-th of the list of years (or of places) named before it in its sentence, when the counts agree.
    Each figure is walked over once and each list of years or places at most as far as its figures.
    A list with neither goes into ``unlisted`` as figure id → (n, the list's length, the index of its first
    figure in ``figures``): it may follow figures it pairs with (see :func:`label_figures`)."""
    matched: dict[int, tuple[Mention | None, Place | None]] = {}
    for index, last in enumerate(figures):
        years_after = None
        if not _RESPECTIVELY.match(text, last.end, min(len(text), last.end + 30)):
            years_after = _years_listed_after(last, years, y_starts, text)
            if not years_after:
                continue
        group, j = [last], index - 1
        while (j >= 0 and figures[j].sentence_start == last.sentence_start and _same_list_kind(figures[j], last)
               and _LIST_JOIN.fullmatch(text, figures[j].end, group[-1].start)):
            group.append(figures[j])
            j -= 1
        group.reverse()
        if len(group) < 2:
            continue
        if years_after is not None:
            if len(years_after) != len(group):
                continue
            for figure, year in zip(group, years_after, strict=True):
                matched[id(figure)] = (year, None)
            continue
        named_years = _list_before(years, y_starts, group[0].start, last.sentence_start, len(group), _YEAR_JOIN, text)
        named_places = _list_before(places, p_starts, group[0].start, last.sentence_start, len(group), _PLACE_LIST_JOIN,
                                    text)
        for n, figure in enumerate(group):
            matched[id(figure)] = (named_years[n] if named_years else None, named_places[n] if named_places else None)
            if unlisted is not None and not named_years and not named_places:
                unlisted[id(figure)] = (n, len(group), j + 1)
    return matched


def _years_listed_after(last: Mention, years: list[Mention], y_starts: list[int], text: str) -> list[Mention]:
    """ "…เหลือ 35% และ 30% ในปี 2568 และปี 2573 ตามลำดับ": the years of a list closed by ตามลำดับ written after its
    figures, right after the last one; [] where no such list follows."""
    index, run = bisect.bisect_left(y_starts, last.end), []
    end = last.end
    while index < len(years) and years[index].start < last.sentence_end and len(run) < 6:
        joint = _TIED_AFTER if not run else _YEAR_JOIN  # past a unit word: "8 ล้านคน ในปี …"
        if not joint.fullmatch(text, end, years[index].start):
            break
        run.append(years[index])
        end = years[index].end
        index += 1
    return run if len(run) > 1 and _RESPECTIVELY.match(text, end, min(len(text), end + 30)) else []


def _same_list_kind(earlier: Mention, later: Mention) -> bool:
    """Two figures of one list: the same kind, or a rank and the bare number after it ("อันดับ 2 และ 3 ตามลำดับ"), or
    a per cent and the bare decimal after it, its sign said once ("3.2% และ 4.1 ในปี 2566 และ 2567 ตามลำดับ")."""
    return (earlier.kind == later.kind
            or (earlier.kind == "rank" and later.kind == "count" and "." not in later.surface
                and later.unit in (None, "ตามลำดับ"))
            or (earlier.kind == "percent" and later.kind == "count" and later.unit is None
                and re.fullmatch(r"\d{1,2}\.\d{1,2}", later.surface) is not None))


def _list_before(items: list, starts: list[int], before: int, floor: int, count: int, joint: re.Pattern, text: str) -> list:
    """The ``count`` items joined by ``joint`` that end last before ``before`` (not before ``floor``), or []."""
    index, run = bisect.bisect_left(starts, before) - 1, []
    while index >= 0 and starts[index] >= floor and len(run) < count:
        item = items[index]
        if run and not joint.fullmatch(text, item.end, run[-1].start):
            break
        run.append(item)
        index -= 1
    return run[::-1] if len(run) == count else []


def _years_for_figures(years: list[Mention], text: str) -> tuple[list[Mention], list[bool]]:
    """The years in text order, each flagged when it is a comparison's base; a base named as "last
    year" ("จากปีที่แล้ว (2020)") adds, at its place, the year after it, which the figures are for."""
    found, comparison = [], []
    for year in years:
        found.append(year)
        comparison.append(_is_comparison(year, text))
        if comparison[-1] and year.year_end is None and (_LAST_YEAR_NAMED.search(text, max(0, year.start - 30), year.start)
                                                         or _same_month_a_year_before(year, text)):
            found.append(dataclasses.replace(year, year=year.year + 1, start=year.end, end=year.end))
            comparison.append(False)
    return found, comparison


# "ยอดขายเดือน มี.ค. โต 5% เทียบเดือน มี.ค. 2566": the month the sentence reports, set against the same month of a
# named year, is that month a year on; the year named is the base, the figures are for the year after it
_COMPARED_MONTH_BEFORE = re.compile(r"เที่?ยบ(?:กับ)?[ \u00a0]?(?:เดือน)?[ \u00a0]?(" + MONTH_PATTERN + r")[ \u00a0]?$")


def _same_month_a_year_before(year: Mention, text: str) -> bool:
    compared = _COMPARED_MONTH_BEFORE.search(text, max(year.sentence_start, year.start - 30), year.start)
    if not compared:
        return False
    month = thai_month_to_number(compared.group(1))
    reported = [thai_month_to_number(m.group(0)) for m in re.finditer(MONTH_PATTERN, text[year.sentence_start : compared.start()])]
    return bool(reported) and reported[-1] == month


# "พ.ศ. 2554 ถึง 2558", "ปี 2019 ถึงปี 2021", "ปีงบประมาณ 2560 มาจนถึงปีงบประมาณ 2565": two years joined into one span
_SPAN_JOIN = re.compile(r"[ \u00a0]?(?:ไป|มา)?(?:จน)?(?:ถึง|-|–|—)[ \u00a0]?(?:ปี(?:งบ(?:ประมาณ)?)?)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?")
# "ปีงบประมาณ 2531-2532 มาจนถึงปีงบประมาณ 2553-2554": two fiscal years, each a span of its own, joined by words
# (not a bare dash) run from the first one's start to the last one's end
_SPANS_JOIN = re.compile(r"[ \u00a0]?(?:ไป|มา)?(?:จน)?ถึง[ \u00a0]?(?:ปี(?:งบ(?:ประมาณ)?)?)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?")
# "ตั้งแต่ปี 2563 ถึง 2566", "จากปี 2563 ถึง 2566": a span's opening word, not a comparison
_SPAN_OPEN = re.compile(r"(?:ตั้งแต่|นับแต่|นับตั้งแต่|จาก|from|since)[ \u00a0]?(?:ช่วง)?(?:ปี(?:งบ(?:ประมาณ)?)?)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")


def _join_year_spans(years: list[Mention], text: str) -> list[Mention]:
    """Years in text order, each pair "A ถึง B" (A before B) made one span A–B: two single years, or (joined
    by ถึง, not a dash) a span to a single year or span."""
    joined: list[Mention] = []
    for year in years:
        last = joined[-1] if joined else None
        if (last is not None and last.kind in ("year", "year_range") and year.kind in ("year", "year_range")
                and last.year < year.year and (year.year_end or year.year) <= last.year + 30
                and (_SPAN_JOIN.fullmatch(text, last.end, year.start) if last.year_end is None and year.year_end is None
                     else _SPANS_JOIN.fullmatch(text, last.end, year.start) is not None)):
            joined[-1] = dataclasses.replace(last, year_end=year.year_end or year.year, end=year.end,
                                             surface=text[last.start : year.end], kind="year_range")
            continue
        joined.append(year)
    return joined


# "ตั้งแต่ปี 2550 เมื่อบริษัทวิจัยจัดอันดับ …": since the year when something happened, the year of that event
_SINCE_WHEN = re.compile(r"[ \u00a0]?\)?[ \u00a0]?(?:เมื่อ|when)")
# "ดีขึ้นกว่าปี 2565": a year named after กว่า (than) is compared with ("สูงกว่าปีก่อนหน้าที่โต 5.2%" dates its own figure)
# "สูงกว่าปี 2562", and "สูงกว่ามูลค่าในปี 2562" (higher than the value in 2019): the year compared with
_THAN_YEAR_BEFORE = re.compile(_NOT_SAID + r"กว่า(?:(?:มูลค่า|ระดับ|ตัวเลข|ช่วง)?ใน)?[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
_SINCE_BEFORE = re.compile(r"(?:ตั้งแต่|นับแต่|since)[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
# "ยังต่ำกว่าช่วงก่อนเกิดโควิด-19 ในปี 2019", "สูงกว่าช่วงเวลาเดียวกันของปี 2020 ถึง 2023": higher or lower than a
# period named by its words (the same period of other years, the time before an event), the year of that period is
# compared with; it dates neither the figure nor the sentences after it
_THAN_PERIOD_BEFORE = re.compile(
    _NOT_SAID + r"กว่า[ \u00a0]?ช่วง(?:เวลา)?(?:เดียวกัน|ก่อน(?:-19|[^\d\n]){0,60}?)[ \u00a0]?(?:ของ|ใน)?[ \u00a0]?(?:ช่วง)?"
    r"(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")


# "สูงกว่าปีที่แล้ว 1 อันดับ", "ดีกว่าปีก่อน 2 อันดับ", "มากกว่าปีที่ผ่านมา 5%": a relative last year after กว่า (than)
# followed by the size of the gap is the base compared with; the figures after it are not last year's
# ("สูงกว่าปีก่อนหน้าที่โต 5.2%", with ที่/ซึ่ง/คือ, gives last year's own value and dates it)
_RELATIVE_THAN = re.compile(_NOT_SAID + r"กว่า[ \u00a0]?$")
_GAP_AFTER_RELATIVE = re.compile(r"ปี(?:ที่แล้ว|ที่ผ่านมา|ก่อน(?:หน้า)?)(?:นี้)?[ \u00a0]?(?:ราว|ประมาณ|เกือบ|กว่า)?[ \u00a0]?[\d+]")


def _relative_year_compared(year: Mention, text: str) -> bool:
    """A relative "last year" after กว่า, the gap's size right after it: the base of a comparison."""
    return bool(year.inferred and _RELATIVE_THAN.search(text, max(0, year.start - 12), year.start)
                and _GAP_AFTER_RELATIVE.match(text, year.start))


def _is_comparison(year: Mention, text: str) -> bool:
    start = year.start
    if _relative_year_compared(year, text):
        return True
    if year.year_end is not None and _SPAN_OPEN.search(text, max(0, start - 20), start):
        return False  # "ตั้งแต่ปี 2563 ถึง 2566": the span the figure covers
    if _SINCE_WHEN.match(text, year.end) and _SINCE_BEFORE.search(text, max(0, start - 20), start):
        return False
    return bool(_LAST_YEAR_NAMED.search(text, max(0, start - 30), start)
                or _REPORT_YEAR.search(text, max(0, start - 30), start) or _SAME_AS_YEAR.search(text, max(0, start - 40), start)
                or _COMPARISON_BEFORE.search(text, max(0, start - 30), start)
                or _same_month_a_year_before(year, text)
                or _SAME_PERIOD_BEFORE.search(text, max(0, start - 30), start)
                or _COHORT_BEFORE.search(text, max(0, start - 40), start)
                or (not year.inferred and _THAN_YEAR_BEFORE.search(text, max(0, start - 20), start))
                or (not year.inferred and _THAN_PERIOD_BEFORE.search(text, max(0, start - 90), start))
                or _FROM_EARLIER.search(text, max(0, start - 70), start) or _FROM_VALUE_BEFORE.search(text, max(0, start - 60), start)
                or _THAN_VALUE_BEFORE.search(text, max(0, start - 60), start))


_COMPARING_ASIDE = re.compile(r"[ \u00a0]?(?:(?:ลดลง|เพิ่มขึ้น|ขยายตัว|หดตัว|สูงขึ้น|ต่ำลง)[ \u00a0]?)?(?:จาก|กว่า|เทียบ|เมื่อเทียบ)")


# "ประเทศเพื่อนบ้านที่เพิ่งเกิดการรัฐประหาร (1 ก.พ. 2564) แล้วทั้งสิ้น 9,568 ล้าน": a bracket holding a day's date
# alone dates the event named right before it, an aside, not the sum the sentence goes on to (a stock's own day is
# written "ณ วันที่ …" or "(ข้อมูล ณ …)", and a bracket right before the figure is its heading: neither is read here)
_DAY_ALONE_IN_BRACKET = re.compile(r"\([ \u00a0]?(?:วันที่[ \u00a0]?)?$")
_PERIOD_NAMED_BEFORE = re.compile(r"(?:ปี|พ\.ศ\.|ค\.ศ\.|ประมาณ)[ \u00a0]?\d{4}(?![\d,.])")
_STOCK_DAY_BEFORE = re.compile(r"(?:ณ|ข้อมูล|ล่าสุด|ถึง|เมื่อ|สิ้นสุด)[ \u00a0]?(?:วันที่)?[ \u00a0]?\([ \u00a0]?(?:วันที่[ \u00a0]?)?$")


def _in_closed_aside(text: str, year: Mention, figure_start: int) -> bool:
    """Whether the year lies in a bracket closed before the figure: "… 480,000 ล้าน (ลดลงจาก 643,500 ล้าน ในปี 2565)
    โดยภาคการผลิตหดตัว 4.3%": the aside's year dates the aside's figure, not the figures after it."""
    opened = text.rfind("(", max(0, year.start - 120), year.start)
    if opened < 0 or text.find(")", opened, year.start) >= 0:
        return False
    closed = text.find(")", year.end, figure_start)
    if (year.kind == "date" and closed >= 0 and _DAY_ALONE_IN_BRACKET.search(text, opened, year.start)
            and re.fullmatch(r"[ \u00a0]?", text[year.end : closed])
            and not _STOCK_DAY_BEFORE.search(text, max(0, opened - 20), year.start)
            and re.search(r"[^\d\s()]{2}", text[closed + 1 : figure_start]) is not None
            and _PERIOD_NAMED_BEFORE.search(text, max(text.rfind("\n", 0, opened) + 1, opened - CLAUSE_REACH), opened)):
        return True  # only where the line named its own period before the aside: else the event's day is all it has
    # only an aside that compares ("(ลดลงจาก …", "(จากที่เคย …", "(เพิ่มขึ้นกว่า …"); "(28% ในปี 2565 และ 19% ในปี 2566)
    # ซึ่งสูงกว่า … 3.5 เท่า" and "(ม.ค.-ก.ย.66) เศรษฐกิจไทยขยายตัว 1.9%" date what follows them
    return closed >= 0 and _COMPARING_ASIDE.match(text, opened + 1) is not None


# "10 เดือนแรกของปี 2563 … คิดเป็นร้อยละ 90 ของการค้าทั้งปีของปี 2562": a share of a whole year's total is measured
# against that year; the year after it dates the whole, not the part the sentence counted
_OF_A_WHOLE_YEAR = re.compile(r"ของ[^\d]{0,30}ทั้งปี")


def _loose_tie(text: str, end: int, year: Mention) -> bool:
    gap = text[end : year.start]
    return (len(gap) <= 40 and not _GAP_BREAK.search(gap) and _YEAR_INTRO.search(gap) is not None
            and not _OPENS_CLAUSE_BEFORE_YEAR.search(gap) and not _OF_A_WHOLE_YEAR.search(gap))


# "… ช้ากว่าปีก่อน และเศรษฐกิจจะฟื้นตัวกลับไปเติบโต 5.5% ในปี 2024 และ 6% ในปี 2025": a year before the figure, past
# a joined clause, does not lead it in a run of years and figures; the year right after it is its own
_JOINED_CLAUSE = re.compile(r"[ \u00a0](?:และ|แต่|ขณะที่|ส่วน)")


def _period(mention: Mention, temporal: list[Mention], t_starts: list[int], comparison: list[bool], text: str,
            carried: int | None, reference: int | None, neighbours: tuple[int, int | None, bool] = (0, None, False)
            ) -> tuple[int | None, int | None, float]:
    """The year (and end year) a figure is for: a year right after it (or after its unit: "ร้อยละ 20 ของ
    GDP ในปี 2568"), else the nearest before it in its sentence, else after it, else the year carried
    from earlier sentences; years of comparison (เมื่อเทียบกับปี …) only when tied right to the figure.
    ``neighbours`` is (the previous figure's end, the next figure's start, whether the previous figure
    took a year named before it) in its sentence: in a run "ปี 2560 โต 3.9 ปี 2561 โต 4.1", the year
    after a figure opens the next item."""
    # bisections, and a few neighbours each side: constant work per figure however long the sentence
    lo = bisect.bisect_left(t_starts, mention.sentence_start)
    hi = bisect.bisect_left(t_starts, mention.sentence_end)
    here = bisect.bisect_left(t_starts, mention.end, lo, hi)
    after = temporal[here:hi][:4]
    after_own = [m for i, m in enumerate(after, here) if not comparison[i]]
    before = [m for i, m in enumerate(temporal[max(lo, here - 4) : here], max(lo, here - 4))
              if m.end <= mention.start and not comparison[i] and not _in_closed_aside(text, m, mention.start)
              and not _past_year_of_figure_before(m, text) and not _deadline_of_a_clause_before(m, text, mention.start)]
    # "N ปีซ้อน" (N years running) after the figure, or the figure is N itself ("สองปีซ้อน")
    running = after and (_RUNNING_RIGHT_AFTER.match(text, mention.end, mention.end + 12) or _RUNNING_AFTER.search(
        text, mention.end, min(mention.sentence_end, mention.end + 60)))
    if running:
        # "2 ปีซ้อน (2022, 2023)": N years running, ending with the last year the sentence gives; the years
        # of a bracket right after the streak where there is one ("… (2022, 2023) ดัชนี…ในปี 2566" is not 2021–2023)
        streak_end = running.end()
        opened = re.match(r"[ \u00a0]?\(", text[streak_end:streak_end + 3])
        closed = text.find(")", streak_end, mention.sentence_end) if opened else -1
        if closed != -1 and any(m.end <= closed for m in after):
            after = [m for m in after if m.end <= closed]
        years = [m.year_end or m.year for m in after]
        return min(m.year for m in after), max(years), 0.8
    # "1,016 ล้านคนในปีที่ผ่านมา": past the count's unit word
    unit_end = mention.end + (len(mention.unit) if mention.unit and text.startswith(mention.unit, mention.end) else 0)
    relative = _THIS_YEAR_AFTER.match(text, unit_end)
    if _NOW_BEFORE.search(text, max(mention.sentence_start, mention.start - 40), mention.start):
        # "จากปัจจุบันที่ราว 23%": now, the article's own year; not given where the article's date is not
        # known (a target year elsewhere in the sentence is not "now")
        return reference, None, 0.6
    previous_year = _PREVIOUS_YEAR_BEFORE.search(text, max(mention.sentence_start, mention.start - 32), mention.start)
    if (previous_year and not _CHANGED_SINCE_LAST_YEAR.search(text, max(mention.sentence_start, mention.start - 72), mention.start)):
        # "ลดลงจากปีก่อนหน้าที่ 64.3%": the year before the one the sentence is about
        year, _, confidence = _period_plain(mention, before, after, after_own, text, carried)
        if before and before[-1].inferred and before[-1].start >= previous_year.start():
            # "ปีที่แล้วอันดับที่ 48": the relative year was already counted back from the sentence's year
            return year, None, min(confidence, 0.7)
        return (year - 1 if year else None), None, min(confidence, 0.7)
    base = _base_year_before(mention, temporal[max(lo, here - 2) : here], text)
    previous_end, next_start, previous_led = neighbours
    # a day's date is no item of such a run: "19 ก.ย. 2565 … เฉลี่ยเกินร้อยละ 30 ในช่วงปี 2013-2021 ซึ่ง…" (a dateline)
    if (after and before and before[-1].start >= previous_end and next_start is not None and before[-1].kind != "date"
            and (previous_led or not (previous_end and _TIED_AFTER.fullmatch(text, previous_end, before[-1].start)))
            and after[0].end <= next_start and _OPENS_NEXT.fullmatch(text, after[0].end, next_start)
            and not _JOINED_CLAUSE.search(text, before[-1].end, mention.start)
            and not _base_value_dated_after(mention, after[0], text)):
        return before[-1].year, before[-1].year_end, 0.85  # "ปี 2560 โต 3.9 ปี 2561 โต 4.1"
    if after and _YEAR_FOLLOWS.fullmatch(text, mention.end, after[0].start):
        chosen, confidence = after[0], 0.9
        if (len(after) > 1 and chosen.year_end is None and after[1].year_end is None
                and chosen.year < after[1].year <= chosen.year + 3 and _YEAR_AND.fullmatch(text, chosen.end, after[1].start)
                and not _RESPECTIVELY.match(text, after[1].end, min(len(text), after[1].end + 30))
                and (next_start is None or next_start - after[1].end > 25)):
            # "ร้อยละ 3 ในปี 2023 และ 2024": one rate for both years
            return chosen.year, after[1].year, 0.8
    elif base is not None:
        chosen, confidence = base, 0.75
    elif (after and not any(m is after[0] for m in after_own) and _BASE_VALUE_BEFORE.search(text, max(mention.sentence_start, mention.start - 40),
                                                                           mention.start)
          and (_TIED_AFTER.fullmatch(text, mention.end, after[0].start) or _loose_tie(text, mention.end, after[0]))):
        # "จากเดิม 6.4 ล้านคน ในปี 2563": the year of a base value, a comparison for the figures it is set
        # against, is that value's own
        chosen, confidence = after[0], 0.8
    elif relative and reference is not None:
        return reference + _RELATIVE[relative.group(1)], None, 0.7
    else:
        year, year_end, confidence = _period_plain(mention, before, after, after_own, text, carried)
        if _FROM_BEFORE.search(text, max(mention.sentence_start, mention.start - 12), mention.start):
            confidence = min(confidence, 0.6)  # "จากร้อยละ 7.6": a base value, often of an earlier period
        return _averaged(mention, text, year, year_end, confidence)
    return _averaged(mention, text, chosen.year, chosen.year_end, confidence)


_YEAR_AND = re.compile(r"[ \u00a0]?และ[ \u00a0]?")
#: "… ต่ำที่สุดในช่วงปี 2557-2566", "สูงสุดในรอบปี 2558": the years a record is set against
# ("สูงที่สุดนับตั้งแต่วิกฤตการเงินปี 2540": the year a record is counted since)
_RECORD_WINDOW_BEFORE = re.compile(r"(?:ที่สุด|สูงสุด|ต่ำสุด)(?:[^\d\s]{0,12}ใน(?:รอบ|ช่วง)?|[^\d]{0,12}?นับ(?:ตั้ง)?แต่[^\d]{0,40}?)"
                                   r"[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
_PAST_RELATIVE = re.compile(r"ปี(?:ที่แล้ว|ที่ผ่านมา|ก่อนหน้า|ก่อน)")
# a figure's digits, not a year's ("นับตั้งแต่ปี 2540 และมากกว่าไตรมาสสี่ปีที่แล้ว"), and a unit word, not a clause
# running on to the year (และ, กว่า, ไตรมาส)
_FIGURE_TIED_BEFORE = re.compile(r"(?<!\d\d\d)\d(?:%|[ \u00a0]?(?:เปอร์เซ็นต์|(?:(?!และ|กว่า|ไตรมาส)[^\d\s,;()]){1,20}))?"
                                 r"[ \u00a0]?(?:ใน|ของ|เมื่อ)?(?:ช่วง)?[ \u00a0]?$")


_DEADLINE_BEFORE = re.compile(r"(?:ภายใน|ก่อน)(?:สิ้น)?ปี\s*(?:ค\.ศ\.|พ\.ศ\.)?\s*$")


def _deadline_of_a_clause_before(year: Mention, text: str, figure_start: int) -> bool:
    """ "…ตั้งเป้าให้เพิ่มเป็น 30% ภายในปี 2030 ขณะที่ผู้ใช้อินเทอร์เน็ต…มีมากกว่า 78 ล้านคน": a target's deadline
    dates its own clause's target, not the figures of a new point after it (:data:`_NEXT_POINT`: "ขณะที่", "ส่วน")."""
    return (_DEADLINE_BEFORE.search(text, max(0, year.start - 16), year.start) is not None
            and _NEXT_POINT.search(text, max(year.end, figure_start - CLAUSE_REACH), figure_start) is not None)


def _past_year_of_figure_before(year: Mention, text: str) -> bool:
    """ "…เพิ่มขึ้น 1.7% หลังจากเพิ่มขึ้น 28.4% ในปีก่อนหน้า การส่งออก…เพิ่มขึ้น 4.9%": a relative past year tied
    right after a figure is that figure's own; the figures after it go back to the year their sentence is about."""
    return bool(year.inferred and _PAST_RELATIVE.match(text, year.start)
                and _FIGURE_TIED_BEFORE.search(text, max(0, year.start - 30), year.start))


def _base_value_dated_after(mention: Mention, year: Mention, text: str) -> bool:
    """ "ปี 2566 … จากเดิมอยู่ที่ลำดับ 88 ในปี 2564 ขยับขึ้น 7 อันดับ": a value changed from, its year written right
    after it, is that year's; it opens no run of years and figures with the year before it."""
    return (_BASE_VALUE_BEFORE.search(text, max(mention.sentence_start, mention.start - 40), mention.start) is not None
            and _YEAR_FOLLOWS.fullmatch(text, mention.end, year.start) is not None)


# "ยอดส่งออกโตเฉลี่ยสามปี … อยู่ที่ 6.7%", "ค่าเฉลี่ย 3 ปี": an average over the N years that end in its year
# "ค่าเฉลี่ยการเติบโต … ในช่วง 5 ปีนี้ก็คือเติบโตปีละ 3.4%": the same, the years counted after ในช่วง
_AVERAGE_OVER_YEARS = re.compile(r"เฉลี่ย(?:[^\d\n]{0,40}?(?:ในช่วง|ในรอบ|ตลอด))?[ \u00a0]?(\d{1,2}|สอง|สาม|สี่|ห้า)[ \u00a0]?ปี"
                                 r"(?:นี้|ที่ผ่านมา|หลัง)?(?!ละ)[^\d]{0,40}$")


def _averaged(mention: Mention, text: str, year: int | None, year_end: int | None,
              confidence: float) -> tuple[int | None, int | None, float]:
    over = _AVERAGE_OVER_YEARS.search(text, max(mention.sentence_start, mention.start - 60), mention.start)
    if over is None or year is None or year_end is not None:
        return year, year_end, confidence
    count = _SMALL_NUMBERS.get(over.group(1)) or int(over.group(1))
    return (year - count + 1, year, confidence) if 1 < count <= 10 else (year, year_end, confidence)


# Periods the extractor leaves without a year, read here so a figure can take its year from them:
# "ไตรมาส 1/67", "Q4/66", "ไตรมาสที่ 2/2565" (a quarter of a year), "พ.ค.67", "มี.ค. 2566" (a month
# and its year), "ปีงบประมาณ 2567" (a fiscal year, named by the year it ends in)
_QUARTER_OF_YEAR = re.compile(r"(?:ไตรมาส(?:ที่)?|Q)[ \u00a0]?[1-4][ \u00a0]?\.?/[ \u00a0]?(\d{4}|\d{2})(?!\d)")
_MONTH_SHORT_YEAR = re.compile("(?:" + MONTH_PATTERN + r")[ \u00a0]?(\d{4}|\d{2})(?![\d.,])")
# "ปี 2566/67", "ปี 2023-24": a season or fiscal year across two calendar years, or two years
_SPLIT_YEAR = re.compile(r"(?<![\d/.,])(\d{4})[/-](\d{2})(?![\d/])")  # "ปี 2023-24" too
# "ในปีหน้า 2569", "ปีนี้ 2567": a relative year and the year it is, written after it
_RELATIVE_NAMED = re.compile(r"ปี(?:นี้|หน้า|ถัดไป|ที่แล้ว|ก่อน|ก่อนหน้า)[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
_RELATIVE_NAMED_YEAR = re.compile(r"ปี(?:นี้|หน้า|ถัดไป|ที่แล้ว|ก่อน|ก่อนหน้า)[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?(\d{4})(?![\d.,])")
_FISCAL_YEAR = re.compile(r"ปีงบ(?:ประมาณ)?[ \u00a0]?(?:พ\.ศ\.)?[ \u00a0]?(\d{4}|\d{2})(?![\d.,])")
# "ปีนี้" (this year), "ปีหน้า" (next year), "ปีที่แล้ว" (last year): a year counted from the
# article's own; "3 ปีที่ผ่านมา" and "หลายปีก่อน" are spans, not a year; "ปีต่อปี" is a rate
# ("ในปีมะเส็งนี้", "ปีกุนนี้": this year, called by its animal of the twelve-year cycle, 2020 a ชวด year)
_ANIMALS = ("ชวด", "ฉลู", "ขาล", "เถาะ", "มะโรง", "มะเส็ง", "มะเมีย", "มะแม", "วอก", "ระกา", "จอ", "กุน")
_RELATIVE_YEAR = re.compile(r"(?<!\d)(?<!\d )(?<!หลาย)(?<!หลาย )(?<!รอบ)(?<!รอบ )ปี"
                            r"(?:(?P<animal>ชวด|ฉลู|ขาล|เถาะ|มะโรง|มะเส็ง|มะเมีย|มะแม|วอก|ระกา|จอ|กุน)(?=นี้))?"
                            r"(?P<word>นี้|หน้า|ถัดไป|ที่แล้ว|ที่ผ่านมา|ก่อนหน้า|ก่อน|เดียวกัน)(?!หน้า|นี้)")
# "ในปีต่อมา", "สองปีต่อมา": counted from the year named last, not from the article's
_FOLLOWING_YEAR = re.compile(r"(?:(\d{1,2}|หนึ่ง|สอง|สาม|สี่|ห้า)[ \u00a0]?)?ปี(?:ต่อมา|ถัดมา)")
_SMALL_NUMBERS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5}
# "25% ต่อปี ไปอีก 5 ปี", "ในอีก 5 ปีข้างหน้า": N years on from the year the sentence is about
_YEARS_AHEAD = re.compile(r"[^\d,;()]{0,12}?(?:ไป|ใน|ภายใน)?อีก[ \u00a0]?([1-9]|1\d|สอง|สาม|สี่|ห้า)[ \u00a0]?ปี(?:ข้างหน้า)?")
_RELATIVE_OFFSET = {"นี้": 0, "หน้า": 1, "ถัดไป": 1, "ที่แล้ว": -1, "ที่ผ่านมา": -1, "ก่อนหน้า": -1, "ก่อน": -1}


def _year_number(digits: str) -> int | None:
    """A year as written: four digits (Buddhist era above 2400) or two (a Buddhist year 25xx)."""
    number = int(digits)
    if len(digits) == 2:
        number += 2500
    if number >= 2400:
        number -= 543
    return number if 1950 <= number <= 2100 else None


def _anchor(like: Mention, start: int, end: int, year: int, surface: str) -> Mention:
    return dataclasses.replace(like, kind="year", surface=surface, start=start, end=end, value=float(year), unit=None,
                               year=year, year_end=None, date=None, inferred=True, qualifier=None)


def _period_anchors(text: str, mentions: list[Mention]) -> list[Mention]:
    """Quarters, short month-years and fiscal years with their year, as year mentions (in the
    sentence that holds them); none where the extractor already read a year at the same place."""
    if not mentions:
        return []
    taken = {(m.start, m.end) for m in mentions if m.kind in TEMPORAL_KINDS and m.year}
    starts = [m.sentence_start for m in mentions]
    anchors = []
    for match in _SPLIT_YEAR.finditer(text):
        year = _year_number(match.group(1))
        if year is None or int(match.group(2)) != (int(match.group(1)) + 1) % 100:
            continue
        host = mentions[max(0, bisect.bisect_right(starts, match.start()) - 1)]
        anchors.append(dataclasses.replace(_anchor(host, match.start(), match.end(), year, match.group(0)),
                                           kind="year_range", year_end=year + 1))
        taken.add((match.start(), match.end()))
    for pattern in (_QUARTER_OF_YEAR, _MONTH_SHORT_YEAR, _FISCAL_YEAR, _RELATIVE_NAMED_YEAR):
        for match in pattern.finditer(text):
            year = _year_number(match.group(1))
            if year is None or any(a <= match.start(1) < b for a, b in taken):
                continue
            host = mentions[max(0, bisect.bisect_right(starts, match.start()) - 1)]
            anchors.append(_anchor(host, match.start(1), match.end(1), year, match.group(0)))
    return anchors


# "GDP โต 7.1% ในไตรมาส 3" in a dated report, no year with the quarter: the latest such quarter as of the date
# (the one just reported, or one a few months ahead for an expectation); not past a year said with it
# ("ไตรมาส 3/64", "ไตรมาส 3 ของปี 2564", "ไตรมาส 3 ปีนี้")
_BARE_QUARTER = re.compile(r"ไตรมาส(?:ที่)?[ \u00a0]?([1-4]|แรก|สอง|สาม|สี่)(?![\d/.])(?![ \u00a0]?(?:/|ของ|ปี|พ\.ศ|ค\.ศ|\d))")
_QUARTER_NUMBER = {"แรก": 1, "สอง": 2, "สาม": 3, "สี่": 4}
_NAMED_YEAR_IN_SENTENCE = ("year", "year_range")


def _bare_quarter_anchors(text: str, mentions: list[Mention], published: str | None) -> list[Mention]:
    """Quarters said without their year in a dated text, as year mentions: the quarter's year is the publication's,
    or the year before for a quarter that starts more than three months after the date (a report in February on the
    fourth quarter). Not in a sentence that names a year before the quarter: that year is the quarter's."""
    dated = re.match(r"(\d{4})-(\d{2})", str(published or ""))
    if not dated or not mentions:
        return []
    published_year, published_month = int(dated.group(1)), int(dated.group(2))
    starts = [m.sentence_start for m in mentions]
    anchors = []
    for match in _BARE_QUARTER.finditer(text):
        host = mentions[max(0, bisect.bisect_right(starts, match.start()) - 1)]
        if any(m.kind in _NAMED_YEAR_IN_SENTENCE and not m.inferred and host.sentence_start <= m.start < match.start()
               for m in mentions):
            continue
        number = _QUARTER_NUMBER.get(match.group(1)) or int(match.group(1))
        year = published_year if 3 * (number - 1) + 1 <= published_month + 3 else published_year - 1
        anchors.append(_anchor(host, match.start(), match.end(), year, match.group(0)))
    return anchors


_FORECAST_MADE_IN_MONTH = re.compile(r"(?:คาดการณ์|ประมาณการ|คาด)(?:เอา)?(?:ไว้)?(?:เมื่อ|ใน)?[ \u00a0]?(?:เดือน)?[ \u00a0]?"
                                     + MONTH_PATTERN + r"[ \u00a0]?$")


def _relative_anchors(text: str, mentions: list[Mention], reference: int | None, named: list[Mention]) -> list[Mention]:
    """ "ปีนี้", "ปีหน้า", "ปีที่แล้ว" as year mentions counted from ``reference`` (the article's year);
    "ปีเดียวกัน" (the same year) as the last year named before it."""
    if not mentions:
        return []
    starts = [m.sentence_start for m in mentions]
    named_starts = [m.start for m in named]
    anchors = []
    for match in _RELATIVE_YEAR.finditer(text):
        word = match.group("word")
        if _FORECAST_MADE_IN_MONTH.search(text, max(0, match.start() - 50), match.start()):
            continue  # "ต่ำกว่าที่เคยคาดการณ์เอาไว้ในเดือนมิ.ย.ปีที่แล้วถึง 1.6%": when a forecast was made, no figure's year
        host = mentions[max(0, bisect.bisect_right(starts, match.start()) - 1)]
        index = bisect.bisect_left(named_starts, match.start()) - 1
        # the year its sentence is about: the last named before it there, or a "ปีที่แล้ว" counted just before
        about = named[index] if index >= 0 and named[index].start >= host.sentence_start else None
        if (word.startswith("ก่อน") and anchors and anchors[-1].start >= host.sentence_start
                and (about is None or anchors[-1].start > about.start)):
            about = anchors[-1]  # "the year before" counts from a relative year too; "ปีที่แล้ว" twice is one year
        if _RELATIVE_OFFSET.get(word) == -1 and about is not None and about.year_end is None:
            # "ในปี 2566 … เทียบกับ 4.5 แสนล้านในปีที่แล้ว", "ปีที่แล้วโต 7% สูงกว่าปีก่อนหน้าที่โต 5%": the year
            # before the one its sentence is about
            anchors.append(_anchor(host, match.start(), match.end(), about.year - 1, match.group(0)))
            continue
        if word == "เดียวกัน":
            if index < 0 or match.start() - named[index].end > 400:
                continue
            year = named[index].year
        elif match.group("animal") and reference is not None:
            # the animal names the year itself: the one of its cycle nearest the article's (a guess where undated)
            year = reference + (_ANIMALS.index(match.group("animal")) - (reference - 2020)) % 12
            year = year - 12 if year - reference > 6 else year
        elif reference is None:
            continue
        else:
            year = reference + _RELATIVE_OFFSET[word]
        anchors.append(_anchor(host, match.start(), match.end(), year, match.group(0)))
    for match in _FOLLOWING_YEAR.finditer(text):
        index = bisect.bisect_left(named_starts, match.start()) - 1
        if index < 0 or match.start() - named[index].end > 400:
            continue
        count = match.group(1)
        step = 1 if not count else _SMALL_NUMBERS.get(count) or int(count)
        host = mentions[max(0, bisect.bisect_right(starts, match.start()) - 1)]
        base = named[index].year_end or named[index].year
        anchors.append(_anchor(host, match.start(), match.end(), base + step, match.group(0)))
    return anchors


# a year tied to the figure before it, past that figure's unit word: "18 ล้านคนในปี 2569"
_TIED_AFTER = re.compile(r"[^\d\s,;()]{0,10}" + _YEAR_FOLLOWS.pattern)
# what lies between a year and the figure it opens: words, no number, no clause break
_OPENS_NEXT = re.compile(r"[^\d,;()]{1,40}")
_FROM_BEFORE = re.compile(r"(?:จาก|จากเดิม|เทียบกับ)(?:ระดับ|ที่)?[ \u00a0]?$")
# the words that open a base value, the figure after them in its clause: "จากเดิมมีสัดส่วนอยู่ที่", "จากระดับ"
_BASE_VALUE_BEFORE = re.compile(r"(?:จาก|เทียบกับ)[^\d,;()]{0,30}$")


# "ดีขึ้นจากปีที่แล้ว 1 อันดับ", "เพิ่มขึ้นจากปีก่อน 5%": the size of this year's change, not last year's value
# (that one is said with ที่/ซึ่ง/คือ: "ลดลงจากปีก่อนหน้าที่ 64.3%")
# ("เพิ่มขึ้นจากช่วงเดียวกันของปีก่อนร้อยละ 5.1": the same, measured against the same months of last year)
# ("ดีขึ้นอย่างมากจากปีก่อน 4 อันดับ": a few words may qualify the change)
_CHANGED_SINCE_LAST_YEAR = re.compile(r"(?:(?:ขึ้น|ลง|เพิ่ม|ลด)(?:[ \u00a0]?อย่าง[^\d\s,;()]{1,20})?[ \u00a0]?(?:จาก|กว่า)|(?:สูง|ต่ำ|ดี|มาก|น้อย)กว่า)[ \u00a0]?(?:ช่วง(?:เวลา)?เดียวกันของ)?[ \u00a0]?"
                                      r"ปี(?:ที่แล้ว|ที่ผ่านมา|ก่อน(?:หน้า)?)(?:นี้)?[ \u00a0]?$")
# "ลดลงจากปีก่อนหน้าที่ 64.3%", "ไต่ขึ้น 3 อันดับจากปีก่อนหน้าจากเดิมอันดับ 61": last year's value
# ("เทียบกับปีที่แล้ว ซึ่งอยู่ที่ 2.7 หมื่นดอลลาร์": a clause of last year's own, ซึ่ง and its verb)
_PREVIOUS_YEAR_BEFORE = re.compile(r"(?:ปีก่อนหน้า|ปีที่แล้ว|ปีก่อน)(?:นี้)?[ \u00a0]?(?:(?:ที่|ซึ่ง(?:อยู่ที่|มี|เท่ากับ)?|คือ|อยู่ที่)(?:ระดับ)?"
                                   # "เพิ่มขึ้น 4% จากปีก่อนหน้า ที่มีมูลค่าที่ 5,000 ล้านบาท"
                                   r"|(?:ที่|ซึ่ง)มี(?:มูลค่า|จำนวน|ยอด)(?:รวม)?(?:อยู่)?(?:ที่)?"
                                   r"|จากเดิม(?:ที่)?)?[ \u00a0]?$")


def _restated_later(mention: Mention, figures: list[Mention], position: int) -> bool:
    """Whether a figure of this one's sentence is told again later in the text, the same kind and value (a
    headline or lede that the body restates)."""
    own = {(f.kind, f.value) for f in figures[position:] if f.sentence_start == mention.sentence_start}
    # a rounded headline ("ผู้ใช้มากกว่า 600 ล้านคน", the body's 612 ล้านคน): a qualified figure within 5% of the body's
    rounded = [f for f in figures[position:] if f.sentence_start == mention.sentence_start and f.qualifier and f.value]
    return any((f.kind, f.value) in own or any(
        r.kind == f.kind and f.value is not None and abs(f.value - r.value) <= 0.05 * abs(r.value) for r in rounded)
        for f in figures[position:] if f.sentence_start > mention.sentence_start)


HEADLINE_MAX = 200


def _sentence_reader(text: str):
    """``said(start, end)``: the sentence of ``text`` at that span, its spaces folded (a page's headline and its copy
    under the byline compare equal however each was spaced); each sentence is read once, so a sentence of thousands
    of figures stays linear."""
    return functools.cache(lambda start, end: " ".join(text[start:end].split()))


def _headline_takes_retold_labels(records: list[dict], text: str, said) -> None:
    """A headline's figure the body tells again, of the same place ("มาเลเซียขยับรั้งอันดับ 34 โลก 'ดิจิทัล'" …
    "มาเลเซียได้อันดับที่ 34 ในดัชนีความสามารถแข่งขันด้านดิจิทัล"), takes the body's measure where the headline named none: a
    headline is cut short, the body names the measure in full. It is no surer than the body's telling. Its status is
    not taken here: the same value is told as an outcome in one place and as an expectation in another. Only
    :func:`_date_restated_openings`, which runs after this and needs the measures to agree, gives an undated opening
    figure its retelling's year, and a target's or forecast's status. A headline is the text's first line, a short one
    with more text after it."""
    headline_end = text.find("\n")
    if not 0 < headline_end <= HEADLINE_MAX or not text[headline_end:].strip():
        return

    def sentence(record: dict) -> str:
        return said(record["sentence_start"], record["sentence_end"])

    # a page that prints its headline again under the byline: the copy is a headline too, and no retelling
    headline_said = {sentence(record) for record in records if record["end"] <= headline_end}
    tellings: dict[tuple, list[dict]] = {}
    for record in records:
        tellings.setdefault((record["kind"], record["value"], record["subject"]), []).append(record)
    told_in = {key: [r["sentence_start"] for r in told] for key, told in tellings.items()}
    for record in records:
        if record["end"] > headline_end and sentence(record) not in headline_said:
            continue
        # the next telling in a later sentence
        key = (record["kind"], record["value"], record["subject"])
        index = bisect.bisect_right(told_in[key], record["sentence_start"])
        while index < len(told_in[key]) and sentence(tellings[key][index]) in headline_said:
            index += 1
        if index == len(told_in[key]):
            continue
        body = tellings[key][index]
        if record["indicator"] == "other" and body["indicator"] != "other":
            record["indicator"], record["part"] = body["indicator"], body["part"]
            record["confidence"] = min(record["confidence"], body["confidence"])
            record["needs_review"] = record["confidence"] < REVIEW_BELOW


def _date_restated_openings(figures: list[Mention], record_at: dict[int, dict], opening: set[int],
                            named_years: list[Mention], said, withheld: set[int] = frozenset()) -> None:
    """A headline's or lede's figure that names no year, told again further on with a year ("เศรษฐกิจดิจิทัลของ
    กุ้ยโจวเติบโต 20.6%" … "ในปี 2564 มีอัตราการเติบโตถึงร้อยละ 20.6"), takes the year of its retelling, not the
    body's first year or the publication's year (a dated text); only when the retelling is the same place's same measure. Each figure
    is looked up once by its kind and value. A page that prints its headline twice (above and below the byline) has
    two openings: the copy is no retelling of the first, and both take the body's. ``said``: :func:`_sentence_reader`."""
    if not opening:
        return

    def sentence(figure: Mention) -> str:
        return said(figure.sentence_start, figure.sentence_end)

    opening_said = {sentence(figure) for figure in figures if figure.sentence_start in opening}
    opening = opening | {figure.sentence_start for figure in figures if sentence(figure) in opening_said}
    retold: dict[tuple, list[int]] = {}
    last_in_sentence: dict[int, int] = {}
    for position, figure in enumerate(figures):
        last_in_sentence[figure.sentence_start] = position
        if position in record_at:
            retold.setdefault((figure.kind, figure.value), []).append(position)
    named_starts = [m.start for m in named_years]
    for position, figure in enumerate(figures):
        record = record_at.get(position)
        if record is None or position in withheld or figure.sentence_start not in opening:
            continue  # a year withheld ("เฉลี่ยโต 2.7% ใน 5 ปีหน้า") stays withheld; one merely not found is looked for
        first, last = bisect.bisect_left(named_starts, figure.sentence_start), bisect.bisect_left(named_starts, figure.sentence_end)
        if first < last:
            continue  # its own sentence names a year
        later = retold.get((figure.kind, figure.value), [])
        index = bisect.bisect_right(later, last_in_sentence[figure.sentence_start])  # told in a later sentence
        while index < len(later) and sentence(figures[later[index]]) == sentence(figure):
            index += 1  # the headline printed again
        if index == len(later):
            continue
        source = record_at[later[index]]  # the next telling only: another figure of the same value is no retelling
        if source["year"] is not None and (source["subject"], source["indicator"]) == (record["subject"], record["indicator"]):
            record["year"], record["year_end"] = source["year"], source["year_end"]
            if record["status"] == "actual" and source["status"] in ("target", "forecast"):
                # "เร่งวางโครงข่าย คลุม 98%" … "ช่วงปี 2564-2570 … พื้นที่ 98%" (a plan's target): the headline's terse
                # words say no status; the retelling's is the figure's
                record["status"] = source["status"]


def _period_plain(mention: Mention, before: list[Mention], after: list[Mention], after_own: list[Mention], text: str,
                  carried: int | None) -> tuple[int | None, int | None, float]:
    if after_own and _loose_tie(text, mention.end, after_own[0]):
        chosen, confidence = after_own[0], 0.85
    elif before:
        chosen, confidence = before[-1], 0.85
    # a span ("เพิ่มขึ้นระหว่างปี 2000 – 2005") is the period of a change, an average or a total over it:
    # it dates the figure tied to it, never a level or share said earlier in the sentence
    elif (after_own and after_own[0].year_end is None and _dates_figure_before(mention, after_own[0], text)
          and not _LEADS_A_FIGURE.match(text, after_own[0].end)):
        chosen, confidence = after_own[0], 0.7
    else:
        return carried, None, (0.6 if carried else 0.5)
    return chosen.year, chosen.year_end, confidence


# "… 4 ล้านคน และในปี 2568 คาดว่าจะเพิ่มเป็น …", "… 60% โดยในปี 2553 มี …": a year that opens a clause
# of its own after the figure dates what that clause says, not the figure before it
# ("… 9 พันล้านดอลลาร์ เผยสถิติปี 66 …": a report of another year's numbers opens its own clause too)
_OPENS_CLAUSE_BEFORE_YEAR = re.compile(r"(?:^|[ \u00a0])(?:และ|โดย|แต่|ขณะที่|ส่วน|ทั้งนี้|นอกจากนี้"
                                       r"|(?:เผย|เปิดเผย|ระบุ|รายงาน)(?:สถิติ|ข้อมูล|ตัวเลข))[ \u00a0]?(?:ใน|ณ|ของ)?(?:ช่วง)?(?:ปี)?"
                                       r"[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
# the year a target is to be met by: "ภายในปี 2570", "ตั้งเป้าปี 2573 ให้…", "by 2030"
_DEADLINE_BEFORE = re.compile(r"(?:ภายใน(?:สิ้น)?|เป้า\S{0,30}|by)[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")


# "ตั้งเป้า … 3,000 ดอลลาร์ หนี้ไว้ที่ 40% และเงินเฟ้อไม่เกิน 3% ตามแผนยุทธศาสตร์ปี 2567-2571":
# the plan named after a list of targets is the plan of every item, not of the last alone
_PLAN_AFTER = re.compile(r"[ \u00a0]?ตาม(?:แผน|ยุทธศาสตร์|วิสัยทัศน์)[^\d\n,;()]{0,40}?(?:ปี|ช่วง)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?")


def _plan_span_to_listed_targets(position: int, figures: list[Mention], record_at: dict[int, dict],
                                 temporal: list[Mention], t_starts: list[int], text: str) -> None:
    """The target at ``position`` is dated by a plan's span named right after it: the targets listed before it
    in its clause, with no year written after them, take that span."""
    mention, record = figures[position], record_at[position]
    index = bisect.bisect_left(t_starts, mention.end)
    if index == len(temporal) or temporal[index].start >= mention.sentence_end:
        return
    span = temporal[index]
    if (span.year, span.year_end) != (record["year"], record["year_end"]) or not _PLAN_AFTER.fullmatch(text, mention.end, span.start):
        return
    for earlier in range(position - 1, -1, -1):
        item, listed = figures[earlier], record_at.get(earlier)
        if (listed is None or item.sentence_start != mention.sentence_start or listed["status"] != "target"
                or _new_clause().search(text, item.end, mention.start) or _tied_year(item, temporal, t_starts, text)):
            return
        listed["year"], listed["year_end"] = span.year, span.year_end


DEADLINE_REACH = 80


def _deadline_after(mention: Mention, temporal: list[Mention], t_starts: list[int], figure_starts: list[int],
                    text: str) -> Mention | None:
    """The first year after the figure in its sentence, within DEADLINE_REACH, when "ภายในปี" (by) leads it and
    no other figure, new clause or joined clause comes between."""
    index = bisect.bisect_left(t_starts, mention.end)
    if index == len(temporal):
        return None
    year = temporal[index]
    if year.start >= mention.sentence_end or year.start - mention.end > DEADLINE_REACH:
        return None
    if not re.search(r"ภายใน(?:สิ้น)?[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$", text[max(0, year.start - 20) : year.start]):
        return None
    following = bisect.bisect_right(figure_starts, mention.start)
    if following < len(figure_starts) and figure_starts[following] < year.start:
        return None
    if _new_clause().search(text, mention.end, year.start) or _JOINED_CLAUSE.search(text, mention.end, year.start):
        return None
    return year


# "… ไว้ที่ 6.0-6.5% ทั้งยังสูงกว่าสองปีก่อน ที่ปี 2563 โตเพียง 2.9%": a year a few words before a figure of its own
# (not before another year, nor past a clause that opens after it: "… เทียบเดือน พ.ค. 2566 ส่วนห้าเดือนแรกมี …")
# leads that figure's clause, and does not date the figure before it
_LEADS_A_FIGURE = re.compile(r"(?:(?!และ|แต่|ขณะที่|ส่วน|โดย|ซึ่ง|ทั้งนี้)[^\d,;()\n]){1,30}(?=\d)(?!(?:19|20|25)\d\d(?!\d))")


def _dates_figure_before(mention: Mention, year: Mention, text: str) -> bool:
    """Whether a year named after a figure, not tied to it, may still date it: not when it opens a clause of
    its own, nor when it lies far on (over 120 characters) past a clause break ("… โต 15% ต่อปี โดย … ซึ่ง
    … ในปี 2567")."""
    if _OPENS_CLAUSE_BEFORE_YEAR.search(text, max(mention.end, year.start - 20), year.start):
        return False
    return year.start - mention.end <= 120 or not _GAP_BREAK.search(text, mention.end, year.start)


_NOW_OPENING = re.compile(r"[ \u00a0]*(?:ใน)?(?:ปัจจุบัน|ขณะนี้|ตอนนี้)")
# "ปัจจุบันมีสัดส่วนราว 23%", "จากปัจจุบันที่มีสัดส่วน 25%": the words between name the measure, no number;
# "ณ ราคาปัจจุบัน" is current prices, not now
_NOW_BEFORE = re.compile(r"(?<!ราคา)(?<!ราคา )(?:ปัจจุบัน|ขณะนี้|ตอนนี้|currently)[^\s\d]{0,24}[ \u00a0]?$")
# ("คาดทั้งปีขยายตัว 2% หลัง Q2 โต 2.8%": what grew "after" a period named is its outcome, no expectation)
_NEW_CLAUSE_OPENERS = (r"(?:^|[ \u00a0])(?:ขณะที่|ในขณะที่|ส่วน(?!แบ่ง|ต่าง|หนึ่ง)|แต่|ทั้งนี้|อย่างไรก็ตาม|อย่างไรก็ดี"
                         r"|หลัง(?:จาก)?(?:ที่)?(?:มี)?(?:การ)?(?=(?:[ \u00a0]?(?:Q[1-4]|ไตรมาส(?:ที่)?[ \u00a0]?(?:[1-4]|แรก|สอง|สาม|สี่))(?:/\d{2,4})?[ \u00a0]?)?"
                         r"(?:ขยายตัว|เติบโต|โต|หดตัว|ลดลง|เพิ่มขึ้น))|เพราะ|เนื่องจาก|ส่งผลให้"
                         # "ตั้งเป้าส่งออก 9 พันล้าน เผยสถิติปี 66 ส่งออกได้ 8 พันล้าน": numbers reported, not aimed at
                         r"|(?:เผย|เปิดเผย|ระบุ|รายงาน)(?:สถิติ|ข้อมูล|ตัวเลข)"
                         # "… คาดเติบโต 15% ต่อปี ระบุโรคระบาดดันยอดโตถึง 60%": a further point the speaker makes
                         # after a space, not the expectation's own words
                         r"|(?<=[ \u00a0])ระบุ(?!ว่า|ไว้)(?=[ก-๙]))"
                         # "… ขยายตัวต่อเนื่องหลังจากที่เพิ่มขึ้น 3% ในเดือนก่อน": what came before, joined with no space
                         r"|(?<=[ก-๙])หลังจาก(?:ที่)?(?=ขยายตัว|เติบโต|หดตัว|ลดลง|เพิ่มขึ้น)")


@cache
def _new_clause() -> re.Pattern:
    """What opens a clause of its own (:data:`_NEW_CLAUSE_OPENERS`), and, after a space, a country and its standing:
    "… คาดว่าจะแตะ 1 ล้านล้านบาทในปี 2567 ประเทศไทยอยู่อันดับที่ 43" (Thai often ends a sentence with a space; not
    "ลาวมี", which a condition before may still lead to, nor a country right after "ว่า"). Compiled on first use, from
    the gazetteer's Thai country names."""
    countries = "|".join(sorted((re.escape(str(n)) for spellings in _gazetteer()["countries"].values()
                                 for n in spellings if not str(n).isascii()), key=len, reverse=True))
    return re.compile(_NEW_CLAUSE_OPENERS + r"|(?<=[ \u00a0])(?<!ว่า[ \u00a0])(?:ประเทศ)?(?:" + countries
                      + r")(?=(?:อยู่(?:ใน)?|ติด|ครอง|รั้ง)(?:อันดับ|[ \u00a0]?$))")


# (not a year before the aim's words: "ปี 2565 เป้าหมายหลักคือ …")
_COUNTED_TARGETS = re.compile(r"(?<!ปี )(?<!ปี)(?<!ศ\. )(?<!ศ\.)(?<![\d,.])(?!(?:19|20|25)\d\d[ \u00a0]?เป้า)\d[\d,]*[ \u00a0]?(?:เป้าหมาย|ภารกิจ)")


def _forecast_spent(before: str, start: int, figure_starts: list[int], text: str) -> bool:
    """The last forecast word before a figure already named its own figure, an earlier one ("คาดการณ์
    ไว้ที่ 3.3-3.6% และจากไตรมาส 3 ที่ขยายตัว 3.2%"), and no list word joins that figure to this one."""
    word = _last_match(_FORECAST_WORDS, before)
    if word is None:
        return False
    at = start + word.end()
    index = bisect.bisect_left(figure_starts, at)
    if index >= len(figure_starts) or figure_starts[index] >= start + len(before):
        return False
    return _FORECAST_OWN_FIGURE.search(text, max(0, figure_starts[index] - 30), figure_starts[index]) is not None \
        and figure_starts[index] - at <= 20


# "โตเฉลี่ย 2.7% ใน 5 ปีข้างหน้า", "within the next 3 years": the years to come, an expectation
_NEXT_YEARS_AFTER = re.compile(r"[^\d\n]{0,12}?(?:ใน|ภายใน|ตลอด|ช่วง)(?:อีก|ช่วง)?[ \u00a0]?(\d{1,2}|สอง|สาม|สี่|ห้า)[ \u00a0]?ปี(?:ข้างหน้า|หน้า)"
                               r"|[^\d\n]{0,12}?(?:in|over) the next (\d{1,2}) years")


_FROM_NOW_UNTIL = re.compile(r"[^\d\n]{0,24}?(?:ตั้งแต่|นับจาก|นับแต่|จาก)(?:บัดนี้|นี้|ปัจจุบัน|นี้ไป)(?:ไป)?[ \u00a0]?(?:จน)?(?:ถึง)?"
                             r"[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?(\d{4})(?![\d.,])")


def _next_years_after(mention: Mention, text: str) -> int | None:
    """How many years to come the words right after the figure name ("ใน 5 ปีหน้า" → 5), or None."""
    match = _NEXT_YEARS_AFTER.match(text, mention.end, min(len(text), mention.end + 40))
    if match is None:
        return None
    count = match.group(1) or match.group(2)
    return _SMALL_NUMBERS.get(count) or int(count)


# "ในอดีตที่เคยเติบโต 3-4%", "เคยอยู่ที่ 5%": what was once so, an outcome of no year said; "เคยคาดการณ์ไว้" is an
# old forecast
_USED_TO_BEFORE = re.compile(r"เคย(?!คาด|ประมาณ|ตั้งเป้า|ประเมิน)[^\d\s]{0,16}[ \u00a0]?$")
_PAST_AGE_BEFORE = re.compile(r"ในอดีต[^\d\s]{0,20}[ \u00a0]?$")


# "ธนาคารกลางปรับลดประมาณการ … จากเดิมร้อยละ 6.5 เป็นร้อยละ 5.8", "หั่นคาดการณ์ … เหลือ 3.5%": what a forecaster
# revises is its forecast, the old figure and the new, however far the clause runs and though the year is over;
# "… ถูกปรับลดเหลือ 5.2%" after an expectation named earlier is the same revision, of another place
_FORECAST_REVISED = re.compile(r"(?:ปรับ(?:ลด|เพิ่ม|ขึ้น)|หั่น)(?:ตัวเลข)?(?:การ)?(?:ประมาณการ|คาดการณ์)")
_REVISED_PASSIVE_BEFORE = re.compile(r"ถูกปรับ(?:ลด|เพิ่ม|ขึ้น)(?:ลง|ขึ้น)?(?:เหลือ|เป็น|สู่|มาอยู่ที่)?[ \u00a0]?(?:ระดับ)?[ \u00a0]?$")
FORECAST_REVISION_REACH = 160


def _forecast_revised(mention: Mention, text: str) -> bool:
    """A forecast's revision earlier in the figure's clause (within FORECAST_REVISION_REACH), or a figure "ถูก
    ปรับลด" in a sentence that names an expectation before it."""
    floor = max(mention.sentence_start, mention.start - FORECAST_REVISION_REACH)
    revised = _last_match(_FORECAST_REVISED, text[floor : mention.start])
    if revised is not None and not _new_clause().search(text, floor + revised.end(), mention.start):
        return True
    return (_REVISED_PASSIVE_BEFORE.search(text, max(floor, mention.start - 30), mention.start) is not None
            and _EXPECTED.search(text, max(mention.sentence_start, mention.start - CLAUSE_REACH), mention.start) is not None)


# "ตั้งเป้าที่จะเพิ่มรายได้ต่อหัวให้แตะ 3,000 ดอลลาร์ ดูแลหนี้ไว้ที่ 40% และเงินเฟ้อให้ไม่เกิน 3%", "กำหนดเป้าหมาย
# การพัฒนา … ช่วงปี … โดยมีอัตราการเจริญเติบโตเฉลี่ยร้อยละ 4": one setting of targets reaches every aim listed after it in
# its clause, however long the list, while nothing says the list has turned to what is, was or is expected
# "เป้าหมายหลักคือ การส่งออกโต 5% การว่างงานไม่เกิน 3% …": the aims listed after the word for them
_TARGET_SET = re.compile(r"(?:ตั้ง|วาง|กำหนด|มุ่ง)เป้า|เป้าหมาย[^\d\n]{0,30}?(?:คือ|ได้แก่|ประกอบด้วย)")
TARGET_SET_REACH = 200


def _in_targets_set(mention: Mention, text: str) -> bool:
    floor = max(mention.sentence_start, mention.start - TARGET_SET_REACH)
    set_at = _last_match(_TARGET_SET, text[floor : mention.start])
    if set_at is None:
        return False
    after = floor + set_at.end()
    return (not _new_clause().search(text, after, mention.start) and not _LIST_LEFT.search(text, after, mention.start)
            and not _FORECAST_WORDS.search(text, after, mention.start) and not _COUNTED_TARGETS.search(text, floor, mention.start))


# "สูงกว่าเป้าหมายที่วางไว้ที่ 3% โดยมียอดขายออนไลน์โต 9%", "ทะลุเป้าที่ตั้งไว้ 5 ล้านคนแล้ว ลุ้นทั้งปีถึง 6 ล้านคน": an
# outcome measured against a target whose own figure follows; the target word is spent on that figure and makes no
# later figure of the sentence a target
_TARGET_MEASURED = re.compile(r"(?:กว่า|ทะลุ|เกิน|ตาม|บรรลุ|ถึง|แตะ|พลาด)[ \u00a0]?เป้า(?:หมาย)?")
TARGET_OWN_FIGURE_REACH = 40


def _without_targets_measured_against(before: str, start: int, end: int, figure_starts: list[int]) -> str:
    for measured in reversed(list(_TARGET_MEASURED.finditer(before))):
        index = bisect.bisect_left(figure_starts, start + measured.end())
        if index >= len(figure_starts) or figure_starts[index] >= end:
            continue
        own = figure_starts[index] - start
        if own - measured.end() <= TARGET_OWN_FIGURE_REACH and not re.search(r"\d", before[measured.end() : own]):
            before = before[: measured.start()] + " " * (own - measured.start()) + before[own:]
    return before


# "ร่าง พ.ร.บ. งบประมาณปี 2569 วงเงิน 4 ล้านล้านบาท", "กำหนดวงเงินกู้ 7 แสนล้านบาท", "ลาวจะออกพันธบัตรมูลค่า 1 พันล้าน
# ดอลลาร์": what a government's draft budget or announced fiscal step sets out is a planned amount, not spent yet
_PLANNED_AMOUNT = re.compile(r"ร่าง[ \u00a0]?(?:พระราชบัญญัติ|พ\.ร\.บ\.)[^\d\n]{0,24}?งบประมาณ|ร่างงบประมาณ|กำหนดวงเงิน"
                             r"|จะ(?:ยังคง)?(?:ดำเนินนโยบาย|ออก(?:พันธบัตร|ตราสารหนี้)|จัดสรรงบ|กู้เงิน)")
# ("เพิ่มจากงบประมาณ 3.2 ล้านล้านบาทในปีก่อน": the amount a planned one grows from was set before, no plan now; but
# "เพิ่มขึ้นจากปีก่อน 1 แสนล้าน" is the planned rise itself)
_CHANGED_FROM_BEFORE = re.compile(r"(?:เพิ่ม|ลด)(?:ขึ้น|ลง)?จาก[^\d,;()]{0,20}$")


# "หากเป็นเช่นนี้ต่อไปจะทำให้ทั้งปีมีผู้ใช้ 9 ล้านคน สร้างรายได้ 2 หมื่นล้าน": what a condition would bring about is
# expected, not reported, for every figure of the line it runs on to
_CONDITIONAL_WILL = re.compile(r"(?:หาก|ถ้า)[^\d\n]{0,60}?จะ(?:ทำให้|ส่งผลให้)")
CONDITION_REACH = 160


def _conditional_will(mention: Mention, text: str) -> bool:
    floor = max(text.rfind("\n", 0, mention.start) + 1, mention.start - CONDITION_REACH)
    condition = _last_match(_CONDITIONAL_WILL, text[floor : mention.start])
    return condition is not None and not _new_clause().search(text, floor + condition.end(), mention.start)


def _status(mention: Mention, text: str, year: int | None, reference_year: int | None,
            indicator: str = "other", dated: bool = True, figure_starts: list[int] | None = None,
            year_end: int | None = None) -> tuple[str, float]:
    """Actual, target or forecast: a target word or a forecast word in the figure's clause or the one
    before; a year after the article's own, with neither, is a forecast; a year before it, an actual."""
    start = max(mention.sentence_start, mention.start - STATUS_LOOKBACK)
    # "…คาดว่าจะแตะ 110 พันล้าน ขณะที่ไทยมี 36 พันล้าน": a new clause with its own subject starts afresh
    opening = _last_match(_new_clause(), text[start : mention.start])
    if opening is not None:
        start += opening.end()
    before = text[start : mention.start]
    for surprise in _SURPRISE.finditer(before):
        running = _FORECAST_RIGHT_BEFORE.search(before, surprise.start())
        # "โตเกินคาด 4.5%": the figure right after a bare surprise is the outcome it qualifies; only words that
        # point at the expectation's own figure ("…คาดการณ์ไว้ที่ 4.2%") make the figure the expectation
        if running is None or running.start() >= surprise.end() or _SURPRISE_THEN_FIGURE.fullmatch(before, surprise.end()):
            before = before[: surprise.start()] + " " * (surprise.end() - surprise.start()) + before[surprise.end() :]
    if figure_starts:
        before = _without_targets_measured_against(before, start, mention.start, figure_starts)
    # a span is past only once it has ended: "ในช่วงปี 2566–2570 … จะขยายตัวเฉลี่ยร้อยละ 12" said in 2567 is expected
    past = year is not None and reference_year is not None and (year_end or year) < reference_year
    # a span that runs past the article's year ("เฉลี่ย 2.7% ต่อปี ในช่วงปี 2565–2573") is partly still to come
    last = year_end if year_end is not None else year
    later = last is not None and reference_year is not None and last > reference_year and dated
    # "รายงาน … แผน 5 ปี (2564-2568) ว่ามีการเติบโตเฉลี่ยที่ 4.03 ซึ่งบรรลุเป้าหมาย": what the span has reached so far
    later = later and not _PLAN_OUTCOME_AFTER.match(text, mention.end, min(mention.sentence_end, mention.end + 30))
    if mention.kind == "count" and _is_proposed(mention, text):
        return "proposed", 0.85  # the items of a plan put forward, not said to be adopted
    if _NOW_BEFORE.search(text, max(start, mention.start - 40), mention.start):
        return "actual", 0.8  # "จากปัจจุบันที่ราว 23%": where things stand now
    if _USED_TO_BEFORE.search(text, max(start, mention.start - 30), mention.start):
        return "actual", 0.75  # "ต่ำกว่าในอดีตที่เคยเติบโต 3-4%": what once was
    target_word = None if indicator in PARTS else _last_match(_TARGET_WORDS, before)
    # "กำหนดเป้าหมายไว้ 62 เป้าหมาย โดยมี 18 … (29%)": a count of targets and its shares are actual
    if target_word is not None and not _COUNTED_TARGETS.search(before):
        return "target", 0.85
    if indicator not in PARTS and _in_targets_set(mention, text):
        return "target", 0.75
    if figure_starts and _forecast_spent(before, start, figure_starts, text):
        before = before[: _last_match(_FORECAST_WORDS, before).start()]
    reach = max(mention.sentence_start, start - 120)
    excluded = _last_match(_EXCLUDING_IF, text[reach : mention.start])
    if excluded is not None and reach + excluded.end() > start:
        # "หากหักน้ำมันออก จะขยายตัว 9%": what the measure comes to without some items, no expectation (its
        # condition may open before the words the status is read from; its จะ is among them)
        cut = max(0, reach + excluded.start() - start)
        before = before[:cut] + " " * max(0, len(before) - cut)
    # (its จะ is the plan's, no expectation: "จะออกพันธบัตรมูลค่า 1 พันล้าน")
    if not _FORECAST_WORDS.search(before) and _PLANNED_AMOUNT.search(text, max(mention.sentence_start, mention.start - CLAUSE_REACH), mention.start) \
            and (not _CHANGED_FROM_BEFORE.search(text, max(mention.sentence_start, mention.start - 40), mention.start)
                 or _CHANGED_SINCE_LAST_YEAR.search(text, max(mention.sentence_start, mention.start - 40), mention.start)):
        return "target", 0.7
    if (_FORECAST_WORDS.search(before) or _will_before(before)) and not past:
        return "forecast", 0.85
    if _forecast_revised(mention, text):
        return "forecast", 0.8
    if not past and _conditional_will(mention, text):
        return "forecast", 0.7
    if _next_years_after(mention, text):
        return "forecast", 0.75
    if past and _FORECAST_RIGHT_BEFORE.search(before):
        return "forecast", 0.75
    # "ในปี 2566 คาดว่าจะเพิ่มเป็น 5.2 ล้านคน": an expectation in the figure's own clause outweighs a
    # guessed article year (not a publication date)
    if not dated and _FORECAST_WORDS.search(before, max(0, len(before) - 40)):
        return "forecast", 0.75
    # "IMF คาดการณ์ว่า เศรษฐกิจโลกจะขยายตัวแบบชะลอตัวที่ 3.2% ในปี 2565": so is an expectation whose จะ runs into the
    # figure, its word for expecting further back in the clause
    if not dated and _will_before(before) and _EXPECTED.search(before):
        return "forecast", 0.75
    if later:
        return "forecast", 0.7
    if _BY_YEAR_AFTER.match(text, mention.end):
        # "จะสูญเสียถึง 2 ล้านล้านบาท ภายในปี 2575": where things will stand by a year, no target set for it
        return "forecast", 0.7
    if _HEDGE_BEFORE.search(before, max(0, len(before) - 30)):
        # "มีแนวโน้มเฉลี่ยอยู่ที่ 3.5%": a trend or a maybe that no rule read as a forecast is no sure outcome
        return "actual", 0.7
    return "actual", 0.9 if (past or reference_year is None or year == reference_year) else 0.8


_LONG_RUN_AFTER = re.compile(r"[ \u00a0]?(?:ใน|ภายใน)?(?:ช่วง)?ระยะ(?:กลาง|ยาว)")
# "หากหักสินค้าน้ำมันออก จะขยายตัว 9%", "หากไม่รวมทองคำ จะเพิ่มขึ้น 4%": a measure without some items, an outcome
# worked out, not a condition's expected result
_EXCLUDING_IF = re.compile(r"(?:หาก|ถ้า)(?:หัก|ไม่รวม|ไม่นับ)[^\d]*จะ")
# a level by a year ("… ภายในปี 2575"), the figure's unit and a few words between
_BY_YEAR_AFTER = re.compile(r"[^\d\s]{0,12}[ \u00a0]?ภายใน(?:สิ้น)?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?\d{4}")


# linking words that open a clause but say nothing of what it measures
_CONNECTIVES = re.compile(r"^(?:และ|หรือ|โดยมี|โดย|ซึ่งรวมถึง|ซึ่งรวม|ซึ่งมี|ซึ่ง|รวมถึง|รวม|มี|ส่วน|ขณะที่|แต่)")


#: a count's classifier followed by what it counts ("5 ภารกิจของการทำให้…"): the measure follows the figure
_COUNTED_AFTER = re.compile(r"[ \u00a0]?[^\s\d]{1,12}?(?:ของ|สำหรับ|ด้าน|เกี่ยวกับ|ที่(?!แล้ว|ผ่านมา))")
#: what a chunk before a figure holds that names nothing: other figures of a list and the words joining them
_NAMES_NOTHING = re.compile(r"[\d\s.,%()/]+|และ|หรือ|ถึง|ใน|ปี|พ\.ศ\.|ค\.ศ\.|อันดับ(?:ที่)?|ระดับ")
#: a chunk that is only a verb of being or change ("อยู่", "เพิ่มขึ้น"): it says what happened, not to what
_BARE_VERB = re.compile(r"(?:ซึ่ง|ยัง|ได้|ก็)?(?:อยู่|เพิ่มขึ้น|ลดลง|ขยับขึ้น|ปรับขึ้น|ปรับลด|เป็น|มี|เหลือ)(?:ที่)?")


#: indicators whose figures the text ties to no one year, by their definition (indicators.yaml)
_NO_ONE_YEAR = frozenset({"digital_economy_growth_per_year"})
#: a count of a streak ("2 ปีซ้อน", "3 ปีติดต่อกัน"): it counts how long the claim before it held
STREAK_AFTER = re.compile(r"[ \u00a0]?(?:ปี|ครั้ง|สมัย|เดือน|ไตรมาส)(?:ซ้อน|ติดต่อกัน)")
#: the name of the index a rank or a level is in ("ดัชนีไปรษณีย์ของเวียดนาม"), up to the verb or year after it
_INDEX_NAME = re.compile(r"ดัชนี[^\s\d]{2,40}?(?=อยู่|ใน|ที่|ได้|เพิ่ม|ลด|ขยับ|ปี|[\s\d(]|$)")
_RANK_LIKE_AFTER = re.compile(r"[ \u00a0]?(?:อันดับ|ระดับ|ประเทศแรก|ประเทศ/เศรษฐกิจแรก)")


def _streak_measure(mention: Mention, text: str) -> str:
    """"ติดอันดับ 1 ใน 10 ประเทศที่… 2 ปีซ้อน": the 2 counts years of the whole claim, the list's figures with it,
    not the words just before it (which name the countries of the list)."""
    start = _clause_start(text, mention.start, mention.sentence_start)
    crossed = False
    while start > mention.sentence_start:
        before = _clause_start(text, start - 1, mention.sentence_start)
        if before >= start:
            break
        if not _NAMES_NOTHING.sub("", text[before:start].strip()):
            start, crossed = before, True
            continue
        if crossed:  # the chunk that says what the listed figures are of ("เวียดนามยังติดอันดับ")
            start = before
        break
    return span_at_words(text, start, mention.start, 80).rstrip(" (\u00a0")


def _with_index_name(measure: str, mention: Mention, text: str) -> str:
    """A rank, a level or a top-N place whose words name no index gets the index its sentence names before it:
    "รักษาตำแหน่งไว้ใน" → "ดัชนีไปรษณีย์ของเวียดนาม … รักษาตำแหน่งไว้ใน"."""
    rank_like = mention.kind == "rank" or _RANK_LIKE_AFTER.match(text, mention.end)
    if not rank_like or "ดัชนี" in measure or "การจัดอันดับ" in measure:
        return measure
    names = list(_INDEX_NAME.finditer(text, mention.sentence_start, mention.start))
    if not names:
        return measure
    return f"{names[-1].group(0)} … {measure.lstrip('…')}"


#: the classifier of the figure before a chunk ("เพิ่มขึ้น 1 ระดับเมื่อเทียบกับ…"): that figure's word, not this one's
_OTHER_FIGURES_CLASSIFIER = re.compile(r"(?:อันดับ|ระดับ|เท่า|ข้อ|ฉบับ|แห่ง|ครั้ง)(?=\S)")
#: other figures of a list ending the words before a figure ("ประชาชน 528 และ", "(28% ในปี 2565 และ"): not what it measures
#: (a year is no other figure: "ในปี 2567 และ" keeps its year; a range's first end "20-" stays)
_LIST_TAIL = re.compile(r"(?:(?<!ปี)(?<!ศ\.)[ \u00a0]+\d[\d,.]*%?[ \u00a0]*(?:และ|หรือ)?|[ \u00a0]*\([^)]*)$")


#: "18 เป้าหมายที่สำเร็จลุล่วง (29%)": the count a bracketed per cent is the share of, and its words
_COUNT_BEFORE_BRACKET = re.compile(r"(?<![\d,.])\d[\d,]*[ \u00a0]?[^\d()\n]{2,80}?[ \u00a0]?\([ \u00a0]?$")
#: a rate that names no thing ("อัตราความสำเร็จ"): the counts its sentence gives before it say of what
_RATE_ONLY = re.compile(r"(?:อัตรา|สัดส่วน)[^\s\d]{0,20}")
_COUNT_AND_UNIT = re.compile(r"(?<![\d,.])\d[\d,]*[ \u00a0]?([^\d\s()%]{2,12}?)(?=[ \u00a0]|ที่|$)")


def _share_measure(mention: Mention, text: str, words: str) -> str | None:
    """What a per cent is a share of, as the text writes it: the count and words before its bracket
    ("18 เป้าหมายที่สำเร็จลุล่วง" for "(29%)"), or the counts before a bare rate ("126 ภารกิจ โดยมี 102
    ภารกิจที่สำเร็จลุล่วงแล้ว โดยมีอัตราความสำเร็จ" for "อัตราความสำเร็จอยู่ที่ 81%")."""
    if mention.kind != "percent":
        return None
    bracket = _COUNT_BEFORE_BRACKET.search(text, max(mention.sentence_start, mention.start - 90), mention.start)
    if bracket is not None:
        return span_at_words(text, bracket.start(), bracket.end(), 90).rstrip(" (\u00a0")
    if not _RATE_ONLY.fullmatch(words.strip(" …")):
        return None
    at = text.rfind(words.strip(" …"), max(mention.sentence_start, mention.start - CLAUSE_REACH), mention.start)
    if at == -1:
        return None
    counts = list(_COUNT_AND_UNIT.finditer(text, max(mention.sentence_start, at - 100), at))
    if not counts:
        return None
    unit = counts[-1].group(1)
    first = next(m for m in counts if m.group(1) == unit)
    return span_at_words(text, first.start(), at + len(words.strip(" …")), 130)


def _measure(mention: Mention, text: str) -> str:
    words = _measure_words(mention, text)
    share = _share_measure(mention, text, words)
    if share:
        return share
    shorter = _LIST_TAIL.sub("", words)
    # "ร้อยละ 19.5 และ" → "ร้อยละ" says nothing: the other figure then stays as the only clue
    if len(_NAMES_NOTHING.sub("", _QUALIFIER_WORDS.sub("", shorter.strip(" …")).replace("ร้อยละ", "").replace("คิดเป็น", ""))) < 4:
        shorter = words
    return _with_index_name(shorter, mention, text)


def _measure_words(mention: Mention, text: str) -> str:
    if STREAK_AFTER.match(text, mention.end):
        return _streak_measure(mention, text)
    if mention.kind in ("count", "rank") and _COUNTED_AFTER.match(text, mention.end):
        # "9 ภารกิจของ A … 5 ภารกิจของ B": the words before 5 are the 9's
        start, end = mention.end, _clause_after(text, mention.end, mention.sentence_end, 1)
        if len(text[start:end].strip()) >= 4:
            return span_at_words(text, start, end, 80).rstrip(" (\u00a0")
    start = _clause_start(text, mention.start, mention.sentence_start)
    for _ in range(8):
        # "…ของ GDP ถึง 3.5 เท่า": a space beside a Latin word is no clause's end; while the chunk holds only a
        # qualifier or a Latin word, the chunk before it names the measure
        named = _NAMES_NOTHING.sub("", _QUALIFIER_WORDS.sub("", text[start:mention.start].strip()))
        if start <= mention.sentence_start or (len(named) >= 4 and not named.isascii() and not _BARE_VERB.fullmatch(named)):
            break
        start = _clause_start(text, start - 1, mention.sentence_start)
    phrase = text[start : mention.start]
    start += len(phrase) - len(phrase.lstrip())
    end = start + len(_QUALIFIER_WORDS.sub("", phrase.strip()).rstrip())
    connective = _CONNECTIVES.match(text[start:end])
    if connective:
        start += connective.end()
        start += len(text[start:end]) - len(text[start:end].lstrip())
    if text[:start].rstrip()[-1:].isdigit():
        classifier = _OTHER_FIGURES_CLASSIFIER.match(text, start, end)
        if classifier:
            start = classifier.end()
    if end - start < 4:
        # "(28%" or "18 เป้าหมายที่…": the measure follows the figure
        start, end = mention.end, _clause_after(text, mention.end, mention.sentence_end, 1)
    if len(text[start:end].strip()) < 4:
        start, end = max(mention.sentence_start, mention.start - 60), mention.start
    # the clause's ends are found by counting characters, so either may fall inside a Thai word
    return span_at_words(text, start, end, 80).rstrip(" (\u00a0")


# ("ที่จะเริ่มดำเนินการได้เต็มที่ในปี 2559": a year things will happen in is no article's own)
_TARGET_YEAR_BEFORE = re.compile(r"(?:(?:ภายใน|เป้า|คาด|ถึง)\S{0,12}|จะ\S{0,30})[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")


# An undated text names the year it reports on, and a reader knows it was written after that year: "GDP ไตรมาส
# 4/2566 ขยายตัว 4.5%" (a fourth quarter is reported once its year is over), "เมื่อปีที่แล้วอยู่ที่ 5.2% ลดลง 0.4%
# จากอัตราการเติบโตเมื่อปี 2564" (last year's change is from the year before it)
_FOURTH_QUARTER_BEFORE = re.compile(r"(?:ไตรมาส(?:ที่)?|Q)[ \u00a0]?(?:4|สี่|สุดท้าย)[ \u00a0]?(?:/|ของ(?:ปี)?|ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
_CHANGED_FROM_YEAR_BEFORE = re.compile(r"(?:ลดลง|เพิ่มขึ้น|สูงขึ้น|ต่ำลง|ชะลอ(?:ตัว)?(?:ลง)?)[ \u00a0]?\d[\d.,]*[ \u00a0]?%?[ \u00a0]?"
                                       r"จาก[^\d\n]{0,40}?(?:เมื่อ|ใน)?[ \u00a0]?ปี[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?$")
_LAST_YEAR_WORD = re.compile(r"ปี(?:ที่แล้ว|ที่ผ่านมา)")


def _after_completed_year(year: int, temporal: list[Mention], text: str) -> int:
    """The year an undated text was written, from the year it names most: the year after where its fourth
    quarter is reported, two after where last year changed from it. (Not where "ส่วนปีนี้" is merely set against
    it: a translated report's "ปีนี้" is often the source's, the year named itself.)"""
    for mention in temporal:
        if mention.year != year or mention.year_end is not None:
            continue
        if _FOURTH_QUARTER_BEFORE.search(text, max(0, mention.start - 20), mention.start):
            return year + 1
        if (_CHANGED_FROM_YEAR_BEFORE.search(text, max(mention.sentence_start, mention.start - 80), mention.start)
                and _LAST_YEAR_WORD.search(text, max(mention.sentence_start, mention.start - CLAUSE_REACH), mention.start)):
            return year + 2
    return year


def _reference_year(temporal: list[Mention], published: str | None, text: str, comparison: list[bool],
                    fallback: bool = True, dated_only: bool = False) -> int | None:
    """The article's own year: its publication year, else the year of a full date near its top
    (a dateline), else the year its text names most outside "ภายในปี …"/"คาดว่าปี …" (so that a
    targets article is not dated by its target year)."""
    if published and re.match(r"\d{4}", str(published)):
        return int(str(published)[:4])
    for mention in temporal:
        if mention.start > 600:
            break
        if mention.kind == "date" and mention.year and not mention.inferred:
            return mention.year
    if dated_only:
        return None
    # a report's year dates the article too ("รายงานประจำปี 2555"), though its figures are for earlier years
    years = Counter(m.year for m, compared in zip(temporal, comparison, strict=True)
                    if m.year and (not compared or _REPORT_YEAR.search(text, max(0, m.start - 30), m.start))
                    and not _TARGET_YEAR_BEFORE.search(text, max(0, m.start - 45), m.start))
    if not years and fallback:  # only years of comparison: the article's own year is not known
        years = Counter(m.year for m in temporal if m.year)
    most = years.most_common(1)[0][0] if years else None
    if most is not None:
        most = _after_completed_year(most, temporal, text)
    if most is not None and not fallback:
        # "คาดว่า … 4.1% ในปี 2568 หลังจากขยายตัว 4.0% ในปี 2567 … 5.8% ในปีนี้": the year named most is
        # last year's actual when the year after it is forecast; a forecast is for this year or later
        forecast = {m.year for m, compared in zip(temporal, comparison, strict=True) if m.year and not compared
                    and not m.inferred and _FORECAST_WORDS.search(text, max(m.sentence_start, m.start - 45), m.start)}
        if forecast and min(forecast) == most + 1:
            return most + 1
    return most


def _home_country(places: list[Place], country: str | None) -> str:
    """The article's country: the manifest's, else the country it names most, else Thailand
    (a Thai article that names no country speaks of Thailand)."""
    if country and country not in ("XX", ""):
        return country
    named = Counter(_province_country(p.code) if p.level == "province" else p.code for p in places if p.level == "country"
                    or p.level == "province")
    # an article about a region (อาเซียน named more often than any one country) speaks of it
    groups = Counter(p.code for p in places if p.level == "group" and p.code != "WORLD")
    if groups and (not named or groups.most_common(1)[0][1] > named.most_common(1)[0][1]):
        return groups.most_common(1)[0][0]
    if len(named) >= 2 and named.most_common(1)[0][1] == 1:
        # "ประเทศที่ลงทุนมากที่สุดคือญี่ปุ่น … สิงคโปร์ … และสหรัฐฯ": countries named once each, none standing out,
        # are a list or asides (one country's article names it again and again): a region or the world the text
        # names more than once is what it speaks of; three or more such countries are none (a Thai article's
        # own figures are Thailand's); of two, the first named stays
        regions = Counter(p.code for p in places if p.level == "group")
        if regions and regions.most_common(1)[0][1] >= 2:
            return regions.most_common(1)[0][0]
        if len(named) >= 3:
            return "TH"
    return named.most_common(1)[0][0] if named else "TH"


def _speaks_of_world_only(places: list[Place], text: str) -> bool:
    """An article that names no country, province or region, and the world as "ทั่วโลก" (worldwide: "บัญชีผู้ใช้ …
    ทั่วโลก"), speaks of the world where a sentence names no place ("คิดเป็น 63.9% ของประชากรโลก"), not of Thailand.
    (The world economy or world trade named alone is the setting of a Thai article's own figures.)"""
    if any(p.code != "WORLD" for p in places):
        return False
    return any(text.startswith(("ทั่วโลก", "worldwide"), p.start) for p in places)


def _home_province(places: list[Place], home: str, text: str = "") -> str:
    """An article about one province or city of the home country ("นครฉงชิ่ง" named again and again, จีน once
    or never) speaks of it where a sentence names no place: "ในช่วงเวลาดังกล่าว อุตสาหกรรม… เพิ่มขึ้นร้อยละ 2.9"."""
    provinces = Counter(p.code for p in places if p.level == "province" and _province_country(p.code) == home)
    if not provinces:
        return home
    ranked = provinces.most_common(2)
    code, count = ranked[0]
    # "นักท่องเที่ยวชาวไทย", "คนไทย": a people is no mention of its country as a place; and "5 อันดับแรกคือ รัสเซีย
    # อินเดีย ออสเตรเลีย และเยอรมนี": a run of countries listed together is one mention of others, not many
    lands = [p for p in places if p.level == "country" and p.before != "ชาว"]
    country = sum(1 for p in lands if p.code == home)
    others = sum(1 for i, p in enumerate(lands) if p.code != home and not (
        i and lands[i - 1].code != home and _MEMBER_JOIN.fullmatch(text, lands[i - 1].end, p.start)))
    if count >= 2 and count > country and (len(ranked) == 1 or count > 2 * ranked[1][1]) and others <= count // 2:
        return code
    return home


# a number that orders rather than counts ("ครั้งที่ 10"): the extractor types it an ordinal
_SEQUENCE_ORDINAL = SEQUENCE_ORDINAL
_DURATION_BEFORE = re.compile(r"(?:รอบ|ต่อเนื่อง(?:กัน)?(?:มา)?|ติดต่อกัน(?:มา)?|เป็นเวลา|ตลอด|นาน)(?:กว่า|ราว|ประมาณ|เกือบ)?[ \u00a0]?$")
# "เดือนเมษายน", "เดือน มี.ค." named with no day or year, then words up to the figure
_MONTH_WITHOUT_YEAR_BEFORE = re.compile(r"(?<!\d)(?<!\d )เดือน[ \u00a0]?(" + MONTH_PATTERN + r")(?![ \u00a0]?[\d/])[^\d]{0,50}$")
_PLAN_NAMED = re.compile(r"แผน(?:ปฏิบัติการ|แม่บท|ยุทธศาสตร์|พัฒนา|งาน|ระยะ|การ)|ร่างแผน|ยุทธศาสตร์ชาติ|action plan|road ?map"
                         r"|โรดแมป", re.IGNORECASE)
#: an outcome reported for a plan's period so far ("รายงาน … ว่ามีการเติบโตเฉลี่ยที่ 4.03 ซึ่งบรรลุเป้าหมาย"): not what it aims at
_PLAN_OUTCOME_BEFORE = re.compile(r"บรรลุ|สำเร็จ|ทำได้|มีการเติบโต|ผลการดำเนินงาน|ที่ผ่านมา")
_PLAN_OUTCOME_AFTER = re.compile(r"[ \u00a0]?(?:ซึ่ง)?(?:บรรลุ|สำเร็จ|เป็นไปตามเป้า|สูงกว่าเป้า)")
# "ตัวชี้วัดที่สำคัญคือ", "ตัวชี้วัดหลัก ได้แก่": the head of a list of the measures a plan is judged by
_PLAN_MEASURES_HEAD = re.compile(r"ตัวชี้วัด(?:ที่สำคัญ|หลัก)?(?:ของแผน\S{0,20})?[ \u00a0]?(?:คือ|ได้แก่|ประกอบด้วย|:)")
_BULLET_LINE = re.compile(r"[ \u00a0\t]*(?:[•●▪◦*\-–]|\(?\d{1,2}[.)])")


def _in_plan_measures(mention: Mention, text: str) -> bool:
    """Whether the figure is in the list a "ตัวชี้วัด … คือ" opens: on that line, or on a bullet line of the
    list right under it (blank lines between)."""
    head = _last_match(_PLAN_MEASURES_HEAD, text[max(0, mention.start - 300) : mention.start])
    if head is None:
        return False
    head_end = max(0, mention.start - 300) + head.end()
    lines = text[head_end : mention.start].split("\n")
    if len(lines) == 1:
        return True  # the head's own sentence
    return all(not line.strip() or _BULLET_LINE.match(line) for line in lines[1:])
_AFTER_ASCII_NAME = re.compile(r"[A-Za-z][ \u00a0]?$")
# a number after "เลข"/"หมายเลข" is a digit or a label, whatever word follows it ("มีแต่เลข 1 ปีนี้…"; "ตัวเลข 3.2%"
# is a figure); a bare number right after อาเซียน is the group "ASEAN-5" ("อาเซียน 10 ประเทศ" carries its unit)
_DIGIT_NAMED_BEFORE = re.compile(r"(?<!ตัว)เลข(?:ที่)?[ \u00a0]?$")
_GROUP_NUMBER_BEFORE = re.compile(r"(?:อาเซียน|ASEAN)[ \u00a0]?[-–]?[ \u00a0]?$")
# "อาเซียน+3", "ASEAN+6": the group and its partners, whatever word follows
_GROUP_PLUS_BEFORE = re.compile(r"(?:อาเซียน|ASEAN)[ \u00a0]?\+[ \u00a0]?$")
# "ไทยแลนด์ 4.0", "อุตสาหกรรม 4.0", "สังคม 5.0", "เว็บ 3.0": an era's or a policy's name, not a quantity
_VERSION_NAME_BEFORE = re.compile(r"(?:ไทยแลนด์|ประเทศไทย|อุตสาหกรรม|สังคม|เว็บ|เกษตร|ยุค)[ \u00a0]?$")
_VERSION_NUMBER = re.compile(r"\d\.0")
# "โทร. 02-141-6747", "สายด่วน 1111": a telephone number (its parts split at the dashes), not a quantity
_PHONE_BEFORE = re.compile(r"(?:โทร(?:ศัพท์|สาร)?\.?|โทร:|สายด่วน|Tel\.?|Fax\.?|Call Center)[ \u00a0:]*(?:[\d\-– \u00a0,]|หรือ)*$")


# a Thai postcode, five digits (the province's two first) right after the province that closes an address
_POSTCODE = re.compile(r"[1-9]\d{4}")
_ADDRESS_PROVINCE_BEFORE = re.compile(r"(?:จ\.|จังหวัด|กรุงเทพฯ|กรุงเทพมหานคร)[^\s\d]{0,20}[ \u00a0]$")


def _is_list_item(mention: Mention, places: list[Place], starts: list[int], text: str) -> bool:
    index = bisect.bisect_left(starts, mention.end)
    return (index < len(places) and text.startswith(".", mention.end)
            and _LIST_ITEM_GAP.fullmatch(text, mention.end, places[index].start) is not None)


# "1. สิงคโปร์ อันดับที่ 8": a listed place followed by its own rank; the list number only orders the list
_RANK_AFTER_PLACE = re.compile(r"[ \u00a0]*(?:อยู่)?(?:ใน|ที่)?(?:อันดับ|ลำดับ)(?:ที่)?[ \u00a0]?\d")
_LISTED_PLACE_BEFORE = re.compile(r"[ \u00a0]*\d{1,2}\.[ \u00a0]?[^\d\n]{1,40}")


def _ranked_after_list_item(mention: Mention, places: list[Place], starts: list[int], text: str) -> bool:
    index = bisect.bisect_left(starts, mention.end)
    return index < len(places) and _RANK_AFTER_PLACE.match(text, places[index].end) is not None


# "ไตรมาส 2", "ไตรมาสสอง", "Q2": a quarter names a period, it counts nothing
_QUARTER_BEFORE = re.compile(r"(?:ไตรมาส|Q)(?:ที่)?[ \u00a0]?$")
# "1.2 การจ้างงาน", "2. ภาพรวม", "3.การค้า": a section number at a line's start, its title spaced or glued
_HEADING_NUMBER = re.compile(r"\d+(?:\.\d+)*(?:[ \u00a0]?\.?[ \u00a0]|\.(?=[^\W\d_]))")


def _is_heading_number(mention: Mention, text: str) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    if text[line_start : mention.start].strip():
        return False
    return _HEADING_NUMBER.match(text, mention.start) is not None


_MONTH_BEFORE = re.compile("(?:" + MONTH_PATTERN + r")[ \u00a0]?$")
# "1 ใน 20 ประเทศ": one of N
_ONE_OF_AFTER = re.compile(r"[ \u00a0]?ใน[ \u00a0]?\d")


# "ผ่านระยะ 1", "Phase 2": a plan's stage; "ระยะ 5 ปี" is a duration (its unit a span of time or of distance)
_STAGE_BEFORE = re.compile(r"(?:ระยะ|เฟส|[Pp]hase)[ \u00a0]?$")
_SPAN_UNIT = re.compile(r"ปี|เดือน|วัน|สัปดาห์|ชั่วโมง|นาที|กิโล|เมตร|ไมล์|km", re.IGNORECASE)
_TIME_UNITS = ("ปี", "เดือน", "วัน", "สัปดาห์", "ไตรมาส", "ชั่วโมง", "นาที")
# "Digital 2020", "ดิจิทัล 2020 ประเทศไทย", "Global Unicorn Index 2024 ระบุว่า", "ดัชนีนวัตกรรมโลก 2025": the year
# of a report's or an index's edition, part of its name, whatever word follows
_EDITION_NAME_BEFORE = re.compile(r"(?:[A-Za-z]|ดิจิทัล|ดัชนี\S{0,24}|รายงาน\S{0,24}|Index|Report)[ \u00a0]?$")
_COUNTING_UNITS = ("คน", "ราย", "แห่ง", "บริษัท", "ล้าน", "ราย", "บาท", "ดอลลาร์", "เหรียญ", "หยวน", "ครั้ง", "เครื่อง",
                   "หมายเลข", "ตำแหน่ง", "โครงการ")


def _names_a_stage(mention: Mention, before: str) -> bool:
    if mention.kind != "count" or _STAGE_BEFORE.search(before) is None:
        return False
    if not (mention.unit and _SPAN_UNIT.match(mention.unit)):
        return True  # "ผ่านระยะ 1 พัฒนา…", "เฟส 2": whatever word follows, no span
    # a span's unit word after it: a stage only when the number is small and whole and the unit is no time word
    return "." not in mention.surface and (mention.value or 0) < 10 and mention.unit not in _TIME_UNITS


def _names_an_edition(mention: Mention, before: str) -> bool:
    value = mention.value or 0
    return (mention.kind == "count" and value == int(value) and 1990 <= value <= 2100 and "," not in mention.surface
            and not (mention.unit or "").startswith(_COUNTING_UNITS) and _EDITION_NAME_BEFORE.search(before) is not None)


def _is_figure(mention: Mention, text: str) -> bool:
    """A figure is a quantity: not an ordinal in a name, not a product or report name's number
    ("Fortune 500", "WDCR 2025"), not a year the year pattern left as a number ("มิถุนายน 2563")."""
    if mention.kind not in FIGURE_KINDS:
        return False
    before = text[max(0, mention.start - 22) : mention.start]
    if mention.kind == "level" and "/" in mention.surface and _QUARTER_BEFORE.search(before):
        return False  # "ไตรมาส 1/67": a quarter and its year
    if before.endswith(("/", "-")) and _SPLIT_YEAR.search(text, max(0, mention.start - 5), mention.end + 1):
        return False  # the "67" of "2566/67"
    if mention.kind != "count":
        return True
    if mention.value == 1 and _ONE_OF_AFTER.match(text, mention.end):
        return False  # "เป็น 1 ใน 15 มณฑล": one of fifteen, the fifteen is the quantity
    if mention.unit == "ปี" and _DURATION_BEFORE.search(before) and not _RUNNING_RIGHT_AFTER.match(text, mention.end):
        # "ขยายตัวต่อเนื่อง 31 ปี", "สูงสุดในรอบ 10 ปี": how long, not a quantity of the subject; "เป็นเวลา
        # สองปีซ้อน" (the fastest two years running) is the count a reader is told
        return False
    if _SEQUENCE_ORDINAL.search(before) or _QUARTER_BEFORE.search(before) or _MONTH_BEFORE.search(before):
        return False
    if mention.unit is None and _AFTER_ASCII_NAME.search(before):
        return False
    if (_DIGIT_NAMED_BEFORE.search(before) or _GROUP_PLUS_BEFORE.search(before)
            or (mention.unit is None and _GROUP_NUMBER_BEFORE.search(before))):
        return False  # "“อาเซียน 5” ขยายตัว 4.9%", "มีแต่เลข 1", "มติเลข 57": a name or a digit, not a quantity
    if _VERSION_NUMBER.fullmatch(mention.surface) and _VERSION_NAME_BEFORE.search(before):
        return False  # "ไทยแลนด์ 4.0 ไฟเขียว…": a name, whatever word the extractor took for its unit
    if ((mention.unit is None or (mention.surface.isdigit() and before.endswith("-")))
            and _PHONE_BEFORE.search(text, max(0, mention.start - 40), mention.start)):
        # "โทร. 02-141-6747": a number to dial, whatever word after it the extractor took for a unit
        # ("… 02-141-6747 โทรสาร …")
        return False
    if _names_a_stage(mention, before) or _names_an_edition(mention, before):
        return False
    if _POSTCODE.fullmatch(mention.surface) and _ADDRESS_PROVINCE_BEFORE.search(before):
        return False  # "ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000": an address's postcode
    value = mention.value or 0
    year_like = value == int(value) and (1900 <= value <= 2100 or 2400 <= value <= 2700) and "," not in mention.surface
    return not (year_like and (mention.unit is None or not text[mention.end : mention.end + 1].isspace()
                               or _MONTH_BEFORE.search(before) or before.endswith(("/", "-"))
                               or _RELATIVE_NAMED.search(before)))


# "เศรษฐกิจไทยโต 3.9 ปี 2561", "เติบโตอยู่ระหว่าง 2.7 ถึง 3.7 เปอร์เซ็นต์": a growth verb and a bare
# decimal, its per cent left unsaid (or said once, after the range's other end): a rate, not a count
_GROWTH_VERB_BEFORE = re.compile(r"(?:โต|เติบโต|ขยายตัว|หดตัว)(?:ได้)?[ \u00a0]?(?:อยู่)?(?:ที่|ราว|ประมาณ|ระหว่าง)?[ \u00a0]?$")


# "ครองที่ 27 ในการจัดอันดับเมืองอัจฉริยะ": a place in a ranking said without the word อันดับ before it
_PLACE_BEFORE = re.compile(r"ที่[ \u00a0]?$")
_RANKING_AFTER = re.compile(r"[ \u00a0]?(?:ของ|ใน)[ \u00a0]?(?:การ)?จัดอันดับ")


def _is_place_in_ranking(mention: Mention, text: str) -> bool:
    return (mention.kind == "count" and mention.unit is None and "." not in mention.surface
            and _PLACE_BEFORE.search(text, max(0, mention.start - 4), mention.start) is not None
            and _RANKING_AFTER.match(text, mention.end) is not None)


# "เศรษฐกิจจะเติบโต … จาก 2.8 เป็น 3.7", "จีน (3.2 เป็น 4.4)": a rate revised from one bare decimal to another
_BARE_PAIR_FIRST = re.compile(r"[ \u00a0]?(?:เป็น|มาเป็น|เหลือ)[ \u00a0]?\d{1,2}\.\d(?![\d,])")
_BARE_PAIR_SECOND_BEFORE = re.compile(r"(?:จาก|\()[ \u00a0]?\d{1,2}\.\d[ \u00a0]?(?:เป็น|มาเป็น|เหลือ)[ \u00a0]?$")
_BARE_PAIR_FIRST_BEFORE = re.compile(r"(?:จาก|\()[ \u00a0]?$")
_GROWTH_SAID = re.compile(r"ขยายตัว|เติบโต|GDP|จีดีพี")


def _is_bare_rate_pair(mention: Mention, text: str) -> bool:
    if not (mention.kind == "count" and mention.unit is None and "." in mention.surface and (mention.value or 0) < 100):
        return False
    first = (_BARE_PAIR_FIRST_BEFORE.search(text, max(0, mention.start - 6), mention.start) is not None
             and _BARE_PAIR_FIRST.match(text, mention.end) is not None)
    second = _BARE_PAIR_SECOND_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None
    return (first or second) and _GROWTH_SAID.search(text, max(0, mention.start - 200),
                                                     mention.start) is not None


def _is_bare_rate(mention: Mention, text: str) -> bool:
    if _is_bare_rate_pair(mention, text):
        return True
    if (mention.kind == "count" and mention.unit is None
            and _RATE_RANGE_TOP.search(text, max(0, mention.start - 24), mention.start) is not None):
        return True  # the top of "ร้อยละ 2.5 -3": its per cent is the bottom's
    return (mention.kind == "count" and mention.unit in (None, "ปี") and "." in mention.surface
            and (_GROWTH_VERB_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
                 or _RATE_PAIR_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None))


#: the dash (or ถึง) between a range's two ends ("4.5%-5.0%", "ร้อยละ 6 – 8", "ร้อยละ 6 ถึง 8")
_RANGE_JOIN = re.compile(r"[ \u00a0]?(?:[-–—]|ถึง)[ \u00a0]?")
_RATE_RANGE_TOP = re.compile(r"ร้อยละ[ \u00a0]?\d[\d.]*[ \u00a0]?[-–][ \u00a0]?$")
# "โตร้อยละ 4.2 ในปีนี้ และ 4.6 ในปีหน้า": the second rate of a pair leaves its per cent unsaid
_RATE_PAIR_BEFORE = re.compile(r"(?:ร้อยละ[ \u00a0]?\d[\d.]*|\d[\d.]*[ \u00a0]?(?:%|เปอร์เซ็นต์))[^\d]{0,20}?(?:และ|ส่วน)[ \u00a0]?$")
# "ร้อยละ 4.3 ในปี 2565 และร้อยละ 4.9 ในปี 2566": one measure for two years, the year closing the first figure
_NEXT_YEAR_PAIR = re.compile(r"[ \u00a0]?(?:ใน|ของ)?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?\d{4}[ \u00a0,]*และ[ \u00a0]?")


# two figures joined by และ alone: "3.1% และ 3.4%"
_PAIR_JOIN = re.compile(r"[ \u00a0,]*(?:และ|กับ)[ \u00a0]*")
# "ไตรมาสแรกของปี 2567 โต 1.5% ชะลอจากไตรมาสก่อนหน้าที่ 1.7%": the quarter before the first is the last of
# the year before
_PREVIOUS_QUARTER_BEFORE = re.compile(r"ไตรมาส(?:ก่อน(?:หน้า)?|ที่แล้ว)(?:นี้)?(?:ที่|ซึ่ง)?[^\d]{0,20}$")
_PREVIOUS_QUARTER_AFTER = re.compile(r"[ \u00a0]?(?:ใน|ของ)[ \u00a0]?ไตรมาส(?:ก่อน(?:หน้า)?|ที่แล้ว)")
_QUARTER_NAMED = re.compile(r"ไตรมาส(?:ที่)?[ \u00a0]?(?:[1-4]|แรก|หนึ่ง|สอง|สาม|สี่)|Q[1-4]")
_COMPARED_WITH_BEFORE = re.compile(r"เทียบ(?:กับ)?[ \u00a0]?$")
_FIRST_QUARTER = re.compile(r"(?:ไตรมาส(?:ที่)?[ \u00a0]?(?:1|แรก|หนึ่ง)|Q1)(?![\d.])")


# "จาก 2.63 แสนราย", "จากอันดับ 22": the value a change starts from, a change word before it in its clause
_FROM_RIGHT_BEFORE = re.compile(r"จาก(?:เดิม)?(?:อันดับ(?:ที่)?|ระดับ(?:ที่)?)?[ \u00a0]?$")
_CHANGE_WORD_BEFORE = re.compile(r"(?:เพิ่ม|ขึ้น|ลด|ลง|ชะลอ|ขยับ|ไต่|ร่วง)[^\d,;()]{0,30}$")
_CHANGE_TO_AFTER = re.compile(r"[^\d,;()]{0,16}?[ \u00a0]?(?:เป็น|มาเป็น|มาอยู่ที่)[ \u00a0]?(?:อันดับ(?:ที่)?|ระดับ)?[ \u00a0]?")
_CHANGE_JOIN = re.compile(r"[^\d,;()]{0,12}จาก(?:อันดับ(?:ที่)?|ระดับ(?:ที่)?)?[ \u00a0]?")
# a revision of a forecast or target ("ปรับเพิ่มคาดการณ์ … จาก 3.5% เป็น 4%") is for one year; quarters and months
# are not a year apart
_NOT_YEARLY = re.compile(r"ปรับ(?!ตัว|ปรุง)|คาด|ประมาณการ|เป้า|ไตรมาส|เดือน|สัปดาห์|ปีก่อน|ปีที่แล้ว")


def _base_of_yearly_change(mention: Mention, figures: list[Mention], position: int, records: list[dict],
                           text: str) -> bool:
    """Whether the figure is the start of a change between two figures of one kind, "จาก X เป็น Y" or "Y จาก X",
    in a sentence naming no quarter, month, revision or year of its own: the start is the year before's."""
    from_at = _FROM_RIGHT_BEFORE.search(text, max(mention.sentence_start, mention.start - 20), mention.start)
    if from_at is None or _NOT_YEARLY.search(text, mention.sentence_start, mention.sentence_end):
        return False
    following = figures[position + 1] if position + 1 < len(figures) else None
    if (following is not None and following.sentence_start == mention.sentence_start
            and (following.kind == mention.kind or (mention.kind, following.kind) == ("rank", "count"))
            and _CHANGE_TO_AFTER.fullmatch(text, mention.end, following.start)
            and (_CHANGE_WORD_BEFORE.search(text, max(mention.sentence_start, from_at.start() - 30), from_at.start())
                 or _CHANGE_WORD_BEFORE.search(text, mention.end, following.start))):
        return True  # "เพิ่มสูงขึ้นจาก X เป็น Y", "จากเดิมอันดับที่ X เลื่อนขึ้นเป็น Y"
    previous = figures[position - 1] if position else None
    return bool(previous is not None and previous.sentence_start == mention.sentence_start
                and (previous.kind == mention.kind or (previous.kind, mention.kind) == ("rank", "count"))
                and records and records[-1]["end"] == previous.end
                and _CHANGE_JOIN.fullmatch(text, previous.end, mention.start)
                and _CHANGE_WORD_BEFORE.search(text, max(mention.sentence_start, previous.start - 30), previous.start))  # "ขึ้นมาอยู่ Y จาก X"


def _after_first_quarter(mention: Mention, text: str) -> bool:
    """The figure is the previous quarter's ("ไตรมาสก่อนหน้า") and the last quarter its sentence names
    before it is a first quarter."""
    before = text[max(mention.sentence_start, mention.start - 40) : mention.start]
    previous = _PREVIOUS_QUARTER_BEFORE.search(before)
    if previous is not None and _JOINED_CLAUSE.search(before, previous.start()):
        previous = None  # "… 1.0% ในไตรมาสก่อนหน้า แต่ต่ำกว่า 1.2% …": the quarter is the figure before the joint's
    if previous is not None and (_QUARTER_NAMED.search(before, previous.start() + 6)
                                 or _COMPARED_WITH_BEFORE.search(text, max(0, mention.start - 40 - 16),
                                                                 max(0, mention.start - len(before) + previous.start()))):
        # "ถ้าเทียบกับไตรมาสก่อนหน้า GDP ไตรมาสแรกโต 2.2%": the quarter before is the base of the change; the
        # quarter named after it is the figure's
        previous = None
    if not (previous or _PREVIOUS_QUARTER_AFTER.match(text, mention.end, min(mention.sentence_end, mention.end + 40))):
        return False
    # at most LOOKBACK back: linear in a long sentence; past its start where it names no quarter ("ไตรมาสแรก … โต 3%
    # ส่วนอัตราว่างงาน … สูงกว่า 1.0% ในไตรมาสก่อนหน้า": the quarter the text reports, named a sentence earlier)
    opening = text[_window_start(mention) : mention.start]
    if not _QUARTER_NAMED.search(opening):
        opening = text[max(0, mention.start - 2 * LOOKBACK) : mention.start]
    last_quarter = None
    for last_quarter in re.finditer(r"ไตรมาส(?:ที่)?[ \u00a0]?(?:[1-4]|แรก|หนึ่ง|สอง|สาม|สี่)|Q[1-4]", opening):
        pass
    first = _FIRST_QUARTER.match(opening, last_quarter.start()) if last_quarter else None
    return first is not None


# an old figure and its revision: "… เหลือ 2.6% จากเดิมที่คาดไว้ 2.8%", "… จากเดิม 2.5% เป็น 2.8%"
_REVISION_WORD = re.compile(r"ปรับ|คาดการณ์|ประมาณการ|เป้า|revis", re.IGNORECASE)
_REVISED_FROM = re.compile(r"[^\d]{0,8}?[ \u00a0]?จากเดิม(?:ที่)?(?:คาด(?:การณ์)?(?:ไว้)?)?(?:ที่)?[ \u00a0]?(?:ระดับ)?[ \u00a0]?")
_REVISED_TO = re.compile(r"[^\d]{0,8}?[ \u00a0]?(?:เป็น|เหลือ|มาอยู่ที่|สู่(?:ระดับ)?)[ \u00a0]?")
_OLD_FIGURE_BEFORE = re.compile(r"จากเดิม(?:ที่)?(?:คาด(?:การณ์)?(?:ไว้)?)?(?:ที่)?[ \u00a0]?(?:ระดับ)?[ \u00a0]?$")


def _is_revision(earlier: Mention, later: Mention, text: str) -> bool:
    """A forecast or target revised ("ปรับลดคาดการณ์ …"); "ส่งออก 8 พันล้าน จากเดิม 7 พันล้านในปี 2565" is a
    change over time, each figure of its own year."""
    if not _REVISION_WORD.search(text, max(earlier.sentence_start, earlier.start - 100), earlier.start):
        return False
    return bool(_REVISED_FROM.fullmatch(text, earlier.end, later.start) or (
        _REVISED_TO.fullmatch(text, earlier.end, later.start)
        and _OLD_FIGURE_BEFORE.search(text, max(earlier.sentence_start, earlier.start - 30), earlier.start)))


#: an expectation said earlier in a sentence ("คาดว่า", "มองว่า", "ประเมินว่า"); not an outcome measured
#: against one ("โตเกินคาด", "ต่ำกว่าที่คาด"), see :data:`_SURPRISE`
_EXPECTED = re.compile(r"คาด(?!หวัง)|มองว่า|ประเมินว่า")


def _expected_earlier_in_sentence(mention: Mention, text: str) -> bool:
    first = _first_expectation(text, mention.sentence_start, mention.sentence_end)
    return first is not None and first <= mention.start


#: a forecaster revising a figure ("ปรับลดคาดการณ์", "ปรับเพิ่ม", "หั่น", "ปรับตัวเลขการส่งออกลง"): the figures
#: after it are its old or new forecasts or targets, or the size of the change, far more often than outcomes
#: ("ปรับตัวลดลง", a measure that moved, is no revision)
_REVISING = re.compile(r"ปรับ(?:ลด|เพิ่ม|ขึ้น|ตัวเลข|ประมาณการ|คาดการณ์|เป้า)|หั่น")
# "6.9% ทั้งในปีนี้และปีหน้า", "5% ทั้งปี 2567 และ 2568": one figure said of two periods (one each, or a span?)
_BOTH_PERIODS_AFTER = re.compile(r"[^\d,;()]{0,12}ทั้ง[ \u00a0]?(?:ใน)?[ \u00a0]?(?:ช่วง)?ปี[^,;()]{0,30}?และ")


@functools.lru_cache(maxsize=64)
def _economy_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` names the economy as a whole, found once a sentence."""
    return _WHOLE_ECONOMY.search(text, start, end) is not None


def _revised_earlier_in_sentence(mention: Mention, text: str) -> bool:
    first = _first_revision(text, mention.sentence_start, mention.sentence_end)
    return first is not None and first <= mention.start


@functools.lru_cache(maxsize=64)
def _first_revision(text: str, start: int, end: int) -> int | None:
    """Where the first revision word of the sentence ``text[start:end]`` ends, found once a sentence (the
    hostile-input bound: nothing read again for every figure of a long sentence)."""
    found = _REVISING.search(text, start, end)
    return found.end() if found else None


#: a growth word right before a per cent ("GRDP เพิ่มขึ้นร้อยละ 5.46", "โต 4.3%"), nothing but its own words between
_GROWTH_RIGHT_BEFORE = re.compile(r"(?:เติบโต|ขยายตัว|โต|เพิ่มขึ้น|หดตัว)[^\d]{0,14}$")


def _measure_named_before(text: str, start: int, end: int) -> bool:
    """Whether a measure GDP growth is not (gdp_growth's ``none`` words: ส่งออก, ภาค…, รายได้…) is named in
    ``text[start:end]``: a growth rate of something else, rightly read as ``other``."""
    entry = next(e for e in indicator_vocabulary() if e["id"] == "gdp_growth")
    window = text[start:end]
    return any(word in window for word in entry.get("none") or ())


def _owner_before_world(mention: Mention, world_starts: list[int], land_starts: list[int]) -> bool:
    """Whether a country or province is named before the world's economy in the figure's sentence, the world
    before the figure ("จีนมีส่วนหนุนเศรษฐกิจโลกเติบโตกว่า 30%"): whose figure it is, is in doubt. Two
    lookups in the sorted starts of the world's names and of countries' and provinces' names."""
    world = bisect.bisect_left(world_starts, mention.start) - 1
    if world < 0 or world_starts[world] < mention.sentence_start:
        return False
    land = bisect.bisect_left(land_starts, mention.sentence_start)
    return land < len(land_starts) and land_starts[land] < world_starts[world]


def _doubtful(mention: Mention, text: str, indicator: str, status: str, year: int | None, year_end: int | None,
              reference: int | None, subject: str | None = None,
              named: tuple[list[int], list[int]] = ([], [])) -> bool:
    """Situations in which, on news the rules had not seen, figures the rules were sure of were often wrong
    (held-out runs of earlier versions on four sets of real news): such a figure waits for review.

    - an expected per cent no indicator fits, in a sentence about the economy ("ADB คาดว่า … เศรษฐกิจภูมิภาค …
      สู่ระดับ 4.1% สูงกว่าประมาณการรอบเดือนเม.ย.ที่ระดับ 3.8%", "คาดศก.ปีหน้า … โต 2.9%"): mostly a growth
      rate the vocabulary missed, or a change in one;
    - a forecaster's revision earlier in its sentence and the figure read as an outcome of the article's
      year or later ("ธนาคารกลางปรับลดอัตราการขยายตัว … สู่ระดับ 2.3% ในปีนี้"): the revised forecast, not a result;
    - one figure said of two periods ("โต 6.9% ทั้งในปีนี้และปีหน้า"): one rate for each year or a span,
      and readers label it both ways."""
    if (indicator == "other" and mention.kind == "percent" and status != "actual"
            and _expected_earlier_in_sentence(mention, text)
            and _economy_in_sentence(text, mention.sentence_start, mention.sentence_end)):
        return True
    if (status == "actual" and (year is None or reference is None or year >= reference)
            and _revised_earlier_in_sentence(mention, text)):
        return True
    if (indicator == "other" and mention.kind == "percent"
            and _GROWTH_RIGHT_BEFORE.search(text, max(mention.sentence_start, mention.start - 30), mention.start)
            and not _measure_named_before(text, max(mention.sentence_start, mention.start - 60), mention.start)
            and _economy_in_sentence(text, mention.sentence_start, mention.sentence_end)):
        return True
    if subject == "WORLD" and _owner_before_world(mention, *named):
        return True
    return year_end is None and _BOTH_PERIODS_AFTER.match(text, mention.end, min(mention.sentence_end, mention.end + 60)) is not None


@functools.lru_cache(maxsize=64)
def _first_expectation(text: str, start: int, end: int) -> int | None:
    """Where the first expectation of the sentence ``text[start:end]`` ends (an outcome measured against one
    left out), found once a sentence: a sentence of 50,000 figures was read again for each of them."""
    sentence = _SURPRISE.sub(lambda m: " " * len(m.group()), text[start:end])
    found = _EXPECTED.search(sentence)
    return start + found.end() if found else None


def _range_tied_year(mention: Mention, figures: list[Mention], position: int, temporal: list[Mention],
                     t_starts: list[int], text: str) -> Mention | None:
    """The year written right after the figure, or after the far end of the range the figure opens
    ("6.5%-7.0% ต่อปีในช่วงปี 2564-2568"): the figure's own period, which no deadline named earlier replaces."""
    own = _tied_year_per_year(mention, temporal, t_starts, text)
    if own is not None or position + 1 >= len(figures):
        return own
    far = figures[position + 1]
    if far.kind != mention.kind or not _RANGE_JOIN.fullmatch(text, mention.end, far.start):
        return None
    return _tied_year_per_year(far, temporal, t_starts, text)


_PER_YEAR_TIE = re.compile(r"[ \u00a0]?(?:ต่อปี|ต่อ[ \u00a0]ปี|/ปี)?" + _TIED_AFTER.pattern)


def _tied_year_per_year(mention: Mention, temporal: list[Mention], t_starts: list[int], text: str) -> Mention | None:
    """:func:`_tied_year`, past a "ต่อปี" too: "7.0% ต่อปีในช่วงปี 2564-2568" is a yearly rate over that span."""
    return _tied_year(mention, temporal, t_starts, text, _PER_YEAR_TIE)


def _tied_year(mention: Mention, temporal: list[Mention], t_starts: list[int], text: str,
               tie: re.Pattern = _TIED_AFTER) -> Mention | None:
    """The year written right after a figure (past its unit word): "2.8% ในปี 2567"."""
    index = bisect.bisect_left(t_starts, mention.end)
    if index < len(temporal) and temporal[index].start < mention.sentence_end \
            and tie.fullmatch(text, mention.end, temporal[index].start):
        return temporal[index]
    return None


_DIGITAL_SHARE_NOT = re.compile(r"เติบโต|ขยายตัว|เพิ่มขึ้น|อุตสาหกรรม|บริการ|เกษตร|ใน(?!ปี|ประเทศ)")
# ("ตัวเลขการเติบโต 5.66% นี้ ถึงแม้จะมาก… แต่ต่ำกว่าเป้าหมาย…ที่ 6.0%": past "this" and a concessive clause (แม้ … แต่),
# the comparison is still the figure's)
_THAN_BEFORE = re.compile(r"(?:[ \u00a0]*นี้)?(?:[ \u00a0]*(?:ถึงแม้|แม้)[^\d]{0,60}?แต่)?"
                          r"[ \u00a0]*(?:ต่ำ|ตำ|สูง|น้อย|มาก|ดี|แย่)กว่า[^\d]{0,60}")
# a sentence that opens on the figure the last one told: "ตัวเลขนี้ยัง…", "อัตราการเติบโตดังกล่าว…"
_THIS_FIGURE_OPENS = re.compile(r"(?:ตัวเลข|อัตรา(?:การ(?:เติบโต|ขยายตัว))?)(?:นี้|ดังกล่าว)[ \u00a0]?(?:ยัง|จึง|ก็)?")
_CHANGE_BY_BEFORE = re.compile(r"(?:ลง|ขึ้น)[ \u00a0]?(?:อีก)?[ \u00a0]?$")
_CHANGE_TO_LEVEL = re.compile(r"[ \u00a0]?(?:สู่|เหลือ|เป็น|มาอยู่ที่)(?:ระดับ)?(?:ที่)?[ \u00a0]?(?:ร้อยละ)?[ \u00a0]?")
_FROM_FORECAST_AFTER = re.compile(r"[ \u00a0]?จาก(?:ที่)?(?:การ|ตัวเลข)?(?:เคย)?(?:คาดการณ์|ประมาณการ|คาดไว้)"
                                  # "ลดลง 0.4% จากอัตราการเติบโตเมื่อปี 2565": a change in the rate, in points
                                  r"|[ \u00a0]?จาก(?:อัตรา|ระดับ)(?:การ)?(?:เติบโต|ขยายตัว)")
# "ซึ่งเป็นการปรับลดลง 0.4%": the size of a revision, no level follows it ("ปรับลดลงอยู่ที่ร้อยละ 3" is one)
_REVISED_BY_BEFORE = re.compile(r"ปรับ(?:ลด|เพิ่ม)(?:ลง|ขึ้น)?[ \u00a0]?(?:อีก)?[ \u00a0]?$")
# "ประมาณการ … ปรับลดลงเหลือร้อยละ 3.5 ต่ำกว่าคราวที่แล้วร้อยละ 0.3": how far a forecast moved from the last one
_LAST_TIME_BY_BEFORE = re.compile(r"(?:ต่ำ|สูง|น้อย|มาก)กว่า(?:คราว|ครั้ง)(?:ที่แล้ว|ก่อน(?:หน้า(?:นี้)?)?)[ \u00a0]?"
                                  r"(?:ถึง|ราว|ประมาณ|อยู่)?[ \u00a0]?(?:ร้อยละ)?[ \u00a0]?$")
# "ต่ำกว่าที่เคยคาดการณ์เอาไว้ในเดือนมิ.ย.ถึง 1.6%": how far an outcome fell short of (or beat) an expectation
_REVISED_ECONOMY = re.compile(r"(?:ปรับ(?:ลด|เพิ่ม|ขึ้น)|หั่น)(?:ตัวเลข)?(?:การ)?(?:ประมาณการ|คาดการณ์)?[ \u00a0]?(?:GDP|จีดีพี|เศรษฐกิจ)")
_REVISED_TO_BEFORE = re.compile(r"(?:เหลือ|สู่|เป็น|มาอยู่ที่)(?:เพียง)?(?:ระดับ)?(?:ที่)?[ \u00a0]?(?:ร้อยละ)?[ \u00a0]?$")
_AGAINST_TARGET_BEFORE = re.compile(r"(?:ต่ำ|สูง|น้อย|มาก)กว่าเป้า(?:หมาย)?(?:ของ[^\d\s]{1,20}|ที่[^\d\s]{0,20})?[ \u00a0]?(?:ที่)?[ \u00a0]?$")
_SHORTFALL_BEFORE = re.compile(r"(?:ต่ำ|สูง|น้อย|มาก)กว่า(?:ที่)?(?:เคย)?(?:คาด|ประมาณการ|เป้า)[^\d]{0,50}?ถึง[ \u00a0]?$")
_GROUP_FIELD_GAP = re.compile(r"[ \u00a0]?(?:ของ|ใน)[ \u00a0]?(?:ภูมิภาค|กลุ่ม)?(?:ประเทศ)?(?:สมาชิก)?[ \u00a0]?")
# "อันดับ 3 ในภูมิภาค", "อันดับที่ 2 ในกลุ่มประเทศรายได้ปานกลาง": a rank among a region's or a group's members,
# named or not, is no overall rank in an index
_REGION_RANK_AFTER = re.compile(r"[ \u00a0]?(?:ของ|ใน)[ \u00a0]?(?:ภูมิภาค|กลุ่มประเทศ|กลุ่มเศรษฐกิจ|ระดับภูมิภาค)")


def _rank_within_group(mention: Mention, places: list[Place], starts: list[int], text: str) -> bool:
    """The rank is said among a group's members, right after it: "อันดับ 3 ของอาเซียน" (not "ของโลก")."""
    if _REGION_RANK_AFTER.match(text, mention.end):
        return True
    index = bisect.bisect_left(starts, mention.end)
    return (index < len(places) and places[index].level == "group" and places[index].code != "WORLD"
            and _GROUP_FIELD_GAP.fullmatch(text, mention.end, places[index].start) is not None)


# "ในระดับอาเซียน ลาวได้อันดับที่ 6 … ส่วนอันดับ 1 ถึง 5 ในอาเซียน ได้แก่ 1.สิงคโปร์": a scope
# named before the ranks in their sentence ranks them among the group's members, unless a rank says ของโลก.
# "ประเทศในอาเซียน" (countries in ASEAN: "หลายประเทศในอาเซียนมีอันดับดัชนีนวัตกรรมโลกดีขึ้น … (อันดับ 101)")
# names whose ranks follow, in the index's own list
_GROUP_SCOPE_BEFORE = re.compile(r"(?<!ประเทศ)(?<!ประเทศ[ \u00a0])ใน[ \u00a0]?(?:ระดับ|กลุ่ม)?[ \u00a0]?(?:ประเทศ)?[ \u00a0]?$")
_WORLD_RANK_AFTER = re.compile(r"[^\d()\n]{0,20}?(?:ของ|ใน)[ \u00a0]?(?:โลก|ทั่วโลก)")
GROUP_SCOPE_REACH = 300


#: members of a group, past which a rank cannot be among them ("อันดับ 8 ในอาเซียน … กัมพูชา อันดับ 96" is the
#: index's own rank)
GROUP_MEMBERS = {"ASEAN": 11}


def _ranked_in_group_scope(mention: Mention, places: list[Place], starts: list[int], text: str) -> bool:
    floor = max(mention.sentence_start, mention.start - GROUP_SCOPE_REACH)
    index = bisect.bisect_left(starts, mention.start) - 1
    while index >= 0 and places[index].start >= floor:
        place = places[index]
        if (place.level == "group" and place.code != "WORLD"
                and _GROUP_SCOPE_BEFORE.search(text, max(0, place.start - 16), place.start)):
            if mention.value is not None and mention.value > GROUP_MEMBERS.get(place.code, math.inf):
                return False
            return not _WORLD_RANK_AFTER.match(text, mention.end)
        index -= 1
    return False


_BRACKET_OPEN = re.compile(r"[ \u00a0]?\([ \u00a0]?(?:ที่)?[ \u00a0]?")


def _place_bracket_before(mention: Mention, places: list[Place], starts: list[int], text: str) -> bool:
    """The figure opens a bracket right after a country's name: "จีน (ร้อยละ 5.2)"."""
    index = bisect.bisect_left(starts, mention.start) - 1
    return (index >= 0 and places[index].level == "country"
            and _BRACKET_OPEN.fullmatch(text, places[index].end, mention.start) is not None)


# a bracket opened right after a figure (and its unit): what it holds restates that figure
_BRACKETED_AFTER = re.compile(r"[^\d()\s]{0,12}[ \u00a0]?\([ \u00a0]?(?:หรือ|ราว|ประมาณ|คิดเป็น)?[ \u00a0]?")
# ("… และเพิ่มเป็น 43,000 ล้านดอลลาร์ ในปี 2565 หรือเพิ่มขึ้นร้อยละ 13": past the year the first figure is for)
_RESTATED = re.compile(r"[^\d]{0,6}(?:[ \u00a0]?(?:ใน|ของ)?(?:ช่วง)?ปี[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?(?:\d{4}|\d{2}))?[ \u00a0]หรือ(?:คิดเป็น|เติบโต|ขยายตัว|เพิ่มขึ้น|ลดลง)?(?:ร้อยละ)?[ \u00a0]?")
# "คาดว่ากัมพูชาจะขยายตัว 5.8% ขณะที่ลาวขยายตัว 4.2%", "สิงคโปร์ติดลบร้อยละ 6  ไทยติดลบร้อยละ 7.1":
# the next place's figure of one forecast, its gap naming the place and no number, date or outcome of its own
_PARALLEL_GAP = re.compile(r"[^\d\n]{1,50}")
_WHILE_GAP = re.compile(r"[^\d\n]{0,60}ขณะที่[^\d\n]{0,60}")
#: a time of its own ("ขณะที่ไตรมาสแรกขยายตัว 4.1%"); year-on-year (รายปี) is none
_PERIOD_WORD = re.compile(r"ไตรมาส|เดือน|(?<!ราย)ปี")
_OWN_OUTCOME = re.compile(r"แล้ว|ที่ผ่านมา|เมื่อ|จริง|ก่อนหน้า|ปีก่อน|ล่าสุด|ตั้งเป้า|เป้าหมาย")


# "จะลดลงจาก 5.1% ในปีนี้ เหลือ 4.6%", "5.6% ซึ่งต่ำลงจากที่ประเมินไว้เดิมที่ 5.9%", "… 6.1% และจะเพิ่มเป็น
# 6.4%": the two ends of one
# change or revision measure one thing
_CHANGE_GAP = re.compile(r"[^\d\n]{1,100}")
_CHANGE_IN_GAP = re.compile(r"จาก|เหลือ|สู่ระดับ|ปรับ(?:ลด|เพิ่ม|ขึ้น)|(?:เพิ่ม|ลด)(?:ขึ้น|ลง)?(?:มา)?เป็น"
                            # "… 4.1% สูงกว่าประมาณการรอบเดือน เม.ย. ที่ระดับ 3.8%": a comparison sets like against like
                            r"|(?:สูง|ต่ำ|มาก|น้อย|ดี|เร็ว|ช้า)กว่า")
# "… ร้อยละ 3.4 ในปี 2565 เหลือร้อยละ 2.9 ในปี 2566": the year each end is for is no number of the change
_YEAR_IN_GAP = re.compile(r"(?:ปี|พ\.ศ\.|ค\.ศ\.)[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?\d{2,4}(?![\d.,])")


# "กำหนดเป้าหมายและตัวชี้วัดของแผนไว้ 4 ด้าน คือ …", "ตั้งเป้าหมายไว้ดังนี้": a plan's list of targets opens;
# the figures of its items, later in the sentence, are targets however far from the word เป้าหมาย
_TARGET_LIST_OPEN = re.compile(r"(?:กำหนด|ตั้ง|วาง)(?:เป้าหมาย|ตัวชี้วัด)[^\d\n]{0,60}?(?:ไว้[ \u00a0]?\d{1,2}[ \u00a0]?(?:ด้าน|ข้อ|ประการ)"
                               r"[ \u00a0]?(?:คือ|ได้แก่|ดังนี้)?|ดังนี้|ได้แก่|คือ)"
                               r"|เป้าหมาย[^\d\n]{0,40}?(?:ประกอบด้วย|ได้แก่|ดังนี้)")
# words that say the list is of outcomes, not aims, or that its items have turned to what is, was or is expected
_LIST_LEFT = re.compile(r"ปัจจุบัน|ขณะนี้|ที่ผ่านมา|ในอดีต|เคย|คาด|บรรลุ|สำเร็จ|แล้ว")
TARGET_LIST_REACH = 600


# "• ประมาณการ การเข้าถึงอินเทอร์เน็ต 52 ล้านคน": a report's item labelled as estimated, a count of now that
# no one can take exactly, not a forecast (no จะ, no year to come, not "ประมาณการว่า/ไว้")
_ESTIMATE_LABEL = re.compile(r"(?:^|\n)[ \t\u00a0]*(?:[•\-*·▪]|\d{1,2}\.)?[ \t\u00a0]*ประมาณการ(?!ว่า|ไว้|ณ|การ(?:ขยาย|เติบโต))[ \u00a0]")


def _estimate_of_now(mention: Mention, text: str, year: int | None, reference: int | None) -> bool:
    line = text.rfind("\n", max(0, mention.start - 200), mention.start)  # a label opens the item's line, near it
    if line < 0 and mention.start > 200:
        return False
    label = _ESTIMATE_LABEL.match(text, max(line, 0))
    if label is None or label.end() > mention.start:
        return False
    between = text[label.end() : mention.start]
    if "จะ" in between or _FORECAST_WORDS.search(between):
        return False
    return year is None or reference is None or year <= reference


# "เปิดเผยตัวเลขประมาณการครั้งที่ 3 … ขยายตัว 3.2% สูงกว่าประมาณการครั้งที่ 1 และ 2 ซึ่งอยู่ที่ 2.6%", "แย่กว่า
# การประมาณการเบื้องต้นที่ระบุว่าหดตัว 1.8%": a statistics office's numbered or preliminary estimate of a period
# already over is a measurement of it, not a forecast
_STATISTICAL_ESTIMATE = re.compile(r"ประมาณการ(?:เบื้องต้น|ครั้งที่[ \u00a0]?(?:\d|แรก|สอง|สาม))|ตัวเลขเบื้องต้น|ข้อมูลเบื้องต้น"
                                   r"|(?:advance|preliminary|second|third) estimate", re.IGNORECASE)
STATISTICAL_ESTIMATE_REACH = 100


def _statistical_estimate(mention: Mention, text: str) -> bool:
    """The figure follows a numbered or preliminary estimate in its sentence, and no จะ or word of expectation
    comes between."""
    start = max(mention.sentence_start, mention.start - STATISTICAL_ESTIMATE_REACH)
    estimate = _last_match(_STATISTICAL_ESTIMATE, text[start : mention.start])
    if estimate is None:
        return False
    between = text[start + estimate.end() : mention.start]
    return "จะ" not in between and not re.search(r"คาด(?!หวัง)|พยากรณ์|น่าจะ", between)


# "ร่างยุทธศาสตร์การพัฒนา … สำหรับปี 2564-2573 … โดยในปี 2573 GDP ต่อหัวจะเพิ่มขึ้น 4,700 เหรียญ": what a plan or a
# strategy says will be is what it aims at, not someone's forecast
_PLAN_NAMED = re.compile(r"ยุทธศาสตร์|แผน(?:พัฒนา|แม่บท|ปฏิบัติการ|ระยะ|ยุทธศาสตร์)|วิสัยทัศน์")
PLAN_REACH = 400


def _plan_will(mention: Mention, text: str) -> bool:
    """Only "จะ" made the figure a forecast, and its sentence, before it, names a plan or a strategy."""
    start = max(mention.sentence_start, mention.start - STATUS_LOOKBACK)
    if not _WILL_BEFORE.search(text, start, mention.start) or _FORECAST_WORDS.search(text, start, mention.start):
        return False
    return _PLAN_NAMED.search(text, max(mention.sentence_start, mention.start - PLAN_REACH), mention.start) is not None


def _in_target_list(mention: Mention, text: str) -> bool:
    """The figure is an item of a plan's list of targets opened earlier in its sentence, and no word of
    the present, the past or an expectation comes between."""
    floor = max(mention.sentence_start, mention.start - TARGET_LIST_REACH)
    opened = _last_match(_TARGET_LIST_OPEN, text[floor : mention.start])
    if opened is None:
        return False
    return _LIST_LEFT.search(text, floor + opened.start(), mention.start) is None


# "สัดส่วนของอุตสาหกรรมดิจิทัลต่อ GDP ของลาวเพิ่มขึ้น 11%": a GDP named
# as a share's whole; what grows is the share
_SHARE_OF_WHOLE_BEFORE = re.compile(r"สัดส่วน[^\d]{0,80}(?:ต่อ|ของ)[ \u00a0]?$")


def _growth_of_share(mention: Mention, text: str) -> bool:
    last = None
    for match in _WHOLE_ECONOMY.finditer(text, max(mention.sentence_start, mention.start - 160), mention.start):
        if text[max(0, match.start() - 2) : match.start()].strip(" \u00a0").endswith("("):
            continue  # "(จีดีพี)": the name before it again
        last = match
    return last is not None and _SHARE_OF_WHOLE_BEFORE.search(text, max(0, last.start() - 100), last.start()) is not None


_RESTATED_AS = re.compile(r"[ \u00a0]*(?:หรือ|\()?[ \u00a0]*(?:คิดเป็น|เท่ากับ)[ \u00a0]*|[ \u00a0]*(?:หรือ|\()[ \u00a0]*(?:ราว|ประมาณ)?[ \u00a0]*")
# "… ซึ่งจะสิ้นสุดในปี 2019 จากระดับ 5.02% ในปี 2014": the level a change starts from
# ("คาดว่าจะเพิ่มเป็น 6 ล้านคน จากจำนวน 4 ล้านคนในปี 2565", "… จากเดิมมีสัดส่วนอยู่ที่ร้อยละ 5", "ชะลอลงจากการขยายตัว 3%
# ในปี 2566": the starting point of an aim or an expectation, in a year gone by, is what was reached then)
_BASE_LEVEL_BEFORE = re.compile(r"จาก(?:เดิม)?(?:ที่)?(?:ระดับ|จำนวน|ยอด|การ(?:ขยายตัว|เติบโต|หดตัว))?(?:มี)?(?:สัดส่วน)?(?:อยู่)?(?:ที่)?"
                                r"[ \u00a0]?(?:ร้อยละ)?[ \u00a0]?$")
# "GDP … มีมูลค่ารวม 2.32 ล้านล้านหยวน โดยคิดตามราคาคงที่แล้วเพิ่มขึ้นร้อยละ 6": the value's change
_VALUE_CHANGED_BEFORE = re.compile(r"(?:เพิ่มขึ้น|ขยายตัว|เติบโต|หดตัว)(?:ได้)?[ \u00a0]?(?:ร้อยละ)?[ \u00a0]?$")
_MONEY_MEASURE_BEFORE = re.compile(r"(?:มี)?มูลค่า(?:รวม)?[ \u00a0]?(?:ทั้งสิ้น|ทั้งหมด)?[ \u00a0]?(?:ราว|ประมาณ|กว่า)?[ \u00a0]?$")
# "GDP ของนครเซี่ยงไฮ้ในช่วงครึ่งแรกของปีอยู่ที่ 2.1 ล้านล้านหยวน", "ผลิตภัณฑ์มวลรวมภายในท้องถิ่น (GRDP) อยู่ที่ …": GDP
# named as the value's measure, with its owner and period (a year, no figure) between
_GDP_VALUE_BEFORE = re.compile(r"(?:GDP|GRDP|จีดีพี|ผลิตภัณฑ์มวลรวม)(?:[^\d]|(?<!\d)\d{4}(?!\d)){0,60}?(?:อยู่ที่|มีมูลค่า(?:รวม)?|เท่ากับ)"
                               r"[ \u00a0]?(?:ราว|ประมาณ|กว่า)?[ \u00a0]?$")
SENTENCE_MEASURE_REACH = 250
_REVISED_TO_JOIN = re.compile(r"[ \u00a0]?(?:เป็น|มาเป็น|เหลือ)[ \u00a0]?")
_FORECAST_HELD_BEFORE = re.compile(r"(?:คง|ปรับ\S{0,8})(?:ตัวเลข)?(?:คาดการณ์|ประมาณการ)[^\d]{0,30}(?:\d{4}[^\d]{0,20})?ไว้(?:ที่)?[ \u00a0]?(?:ระดับ)?[ \u00a0]?$")


def _first_of_pair(mention: Mention, subject: str, records: list[dict], text: str) -> dict | None:
    """The record of the figure right before this one when only และ (or กับ) joins them, of the same kind and owner."""
    if not records:
        return None
    previous = records[-1]
    if (previous["sentence_start"] != mention.sentence_start or previous["subject"] != subject
            or previous["kind"] != mention.kind or not _PAIR_JOIN.fullmatch(text, previous["end"], mention.start)):
        return None
    return previous


_PRICE_BASIS = re.compile(r"ราคา(?:คงที่|ปัจจุบัน|ตลาด)")


def _measure_from_sentence(mention: Mention, subject: str, records: list[dict], text: str) -> str | None:
    """A per cent no vocabulary entry fits, whose measure its sentence said with an earlier figure:

    - the level a change starts from ("ตั้งเป้าการขยายตัวทางเศรษฐกิจ … 7% … จากระดับ 5.02% ในปี 2014") measures
      what the last per cent of its sentence, of the same owner, measures;
    - the growth of a GDP whose value the sentence just gave ("GDP … มีมูลค่า 2.32 ล้านล้านหยวน … เพิ่มขึ้นร้อยละ 6")
      is GDP growth, unless a sector owns that GDP ("ภาคการเกษตรมีมูลค่า GDP …")."""
    floor = max(mention.sentence_start, mention.start - SENTENCE_MEASURE_REACH)
    earlier = []  # the sentence's records within reach, read back from the last: constant work per figure
    for record in reversed(records):
        if record["sentence_start"] != mention.sentence_start or record["end"] < floor:
            break
        if record["subject"] == subject:
            earlier.append(record)
    earlier.reverse()
    rates = {entry["id"] for entry in _indicators_for_kind("percent")} - {"other"}
    percents = [r for r in earlier if r["kind"] == "percent" or r["indicator"] in rates]
    if percents and percents[-1]["indicator"] != "other" and (
            _PAIR_JOIN.fullmatch(text, percents[-1]["end"], mention.start)
            or _REVISED_TO_JOIN.fullmatch(text, percents[-1]["end"], mention.start)
            or _FORECAST_HELD_BEFORE.search(text, max(percents[-1]["end"], mention.start - 80), mention.start)):
        # "คาดไว้ที่ 6.1% และ 6.7%", "จีน (3.2 เป็น 4.4)", "… 5.3% ในปีนี้ และคงตัวเลขคาดการณ์ในปี 2556 ไว้ที่ 5.5%":
        # the second of a pair, a value revised to, and a forecast kept or revised measure what the per cent before does
        return percents[-1]["indicator"]
    if _BASE_LEVEL_BEFORE.search(text, max(floor, mention.start - 20), mention.start):
        same = [r for r in earlier if r["kind"] == "percent"]
        if same and same[-1]["indicator"] != "other":
            return same[-1]["indicator"]
        return None
    if not _VALUE_CHANGED_BEFORE.search(text, max(floor, mention.start - 40), mention.start):
        return None
    # the last value said with its measure word ("มีมูลค่า …"), past its restatement in other money ("(362.5 ดอลลาร์)"),
    # and no per cent between
    value = None
    for record in reversed(earlier):
        if record["kind"] == "percent":
            return None
        if record["kind"] == "money" and (
                _MONEY_MEASURE_BEFORE.search(text, max(floor, record["start"] - 24), record["start"])
                or _GDP_VALUE_BEFORE.search(text, max(floor, record["start"] - 90), record["start"])):
            value = record
            break
    if value is None:
        return None
    # the economy named in the value's own clause or shortly before it, not a sector's GDP
    economy = _last_economy_not_sectors(text, max(mention.sentence_start, value["start"] - 160), value["start"])
    if economy < 0 or _last_end(_SECTOR, text, economy, mention.start) > economy:
        return None
    # "… มูลค่ากว่า 9 แสนล้านหยวน … และรายได้ต่อหัวเพิ่มขึ้น 6%": the per cent's own clause names another measure
    # (GDP "คิดตามราคาคงที่", at constant prices, names none)
    own = _PRICE_BASIS.sub(" ", text[_clause_start(text, mention.start, value["end"]) : mention.start])
    if _names_another_measure("gdp_growth", own):
        return None
    return "gdp_growth"


def _same_measure_changed(previous: Mention, mention: Mention, indicator: str, text: str) -> bool:
    """Whether the figure is the other end of a change from or to the previous figure, with no word between
    that rules the previous figure's measure out."""
    if previous.kind != mention.kind or previous.unit != mention.unit or previous.sentence_start != mention.sentence_start:
        return False
    gap = _YEAR_IN_GAP.sub("ปี", text[previous.end : mention.start])
    if not _CHANGE_GAP.fullmatch(gap) or not _CHANGE_IN_GAP.search(gap):
        return False
    return not _names_another_measure(indicator, gap)


def _names_another_measure(indicator: str, words: str) -> bool:
    """Whether the words name a measure the indicator's vocabulary entry rules out ("อัตราเงินเฟ้อ" for GDP growth)."""
    entry = next((e for e in indicator_vocabulary() if e["id"] == indicator), {})
    return any(word in words for word in (entry.get("none") or ()))


def _parallel_place_figure(previous: Mention, mention: Mention, owners: list[Place], starts: list[int],
                           text: str) -> bool:
    """Whether the figure restates the previous one's measure for another place named between them."""
    if previous.kind != mention.kind or previous.unit != mention.unit:
        return False
    if not _PARALLEL_GAP.fullmatch(text, previous.end, mention.start) or _OWN_OUTCOME.search(text, previous.end, mention.start):
        return False
    index = bisect.bisect_left(starts, previous.end)
    # a province or state as well as a country: "รัฐยะโฮร์ที่ร้อยละ 6.2 รัฐเประที่ร้อยละ 5.8"
    return index < len(owners) and owners[index].end <= mention.start and owners[index].level in ("country", "province")


# "… อัตราการขยายตัวในปี 2568 ของแต่ละประเทศมีดังนี้ 1. ลาว 4.1% 2. ไทย 2.9%": the words before the list's opener
# say what every item measures and whether it is expected; each item is a place and its figure
_LIST_OPENER = re.compile(r"(?:มี)?(?:ดังนี้|ดังต่อไปนี้)[ \u00a0:]*")
_LIST_ITEM_PLACE_GAP = re.compile(r"[ \u00a0:]{0,3}(?:ที่|อยู่ที่|ราว|ประมาณ)?[ \u00a0]?\+?")  # ("1. กัมพูชา +6.10%")
LIST_REACH = 500


# "… เศรษฐกิจของสามประเทศในอาเซียนขยายตัว ดังนี้\n1. กัมพูชา +6.10%\n2. …": a list set one item a line
_LIST_ITEM_LINE = re.compile(r"[ \t\u00a0]*(?:และ(?:สุดท้าย)?[ \u00a0]*)?\d{1,2}[.)][ \u00a0]")


def _list_lines_start(text: str, mention: Mention) -> int:
    """Where the figure's sentence starts, or, for an item of a list set one item a line, the start of the line
    above its first item (the one that ends with the list's opener)."""
    # read back no further than a list's reach: a line of 200,000 characters is no list's item
    floor = max(0, mention.start - LIST_REACH)
    newline = text.rfind("\n", floor, mention.start)
    if (newline < 0 and floor > 0) or not _LIST_ITEM_LINE.match(text, newline + 1):
        return mention.sentence_start
    line = newline + 1
    while line > floor:
        newline = text.rfind("\n", floor, line - 1)
        if newline < 0 and floor > 0:
            break
        if not _LIST_ITEM_LINE.match(text, newline + 1):
            return min(newline + 1, mention.sentence_start)
        line = newline + 1
    return mention.sentence_start


def _list_head(mention: Mention, owners: list[Place], starts: list[int], text: str) -> tuple[int, int] | None:
    """Where the words that head a list of places and their figures end (the opener ดังนี้'s start), when
    the figure is one of its items: a place right before it, no new clause between the opener and it; and where
    those words' sentence starts (a list set one item a line is headed by the line above its first item)."""
    lines_start = _list_lines_start(text, mention)
    floor = max(lines_start, mention.start - LIST_REACH)
    opener = _last_match(_LIST_OPENER, text[floor : mention.start])
    if opener is None:
        return None
    index = bisect.bisect_left(starts, mention.start) - 1
    if index < 0 or owners[index].start < floor + opener.end() or not _LIST_ITEM_PLACE_GAP.fullmatch(
            text, owners[index].end, mention.start):
        return None
    if _new_clause().search(text, floor + opener.end(), mention.start) or _OWN_OUTCOME.search(
            text, floor + opener.end(), mention.start) or _FORECAST_WORDS.search(text, floor + opener.end(), mention.start):
        return None
    return floor + opener.start(), lines_start


# the second of two figures joined by และ, each perhaps with its period: "1.50% ปลายไตรมาส 3 และ 1.25% ปลายปี"
_PERIOD_IN_GAP = re.compile(r"ไตรมาส(?:ที่)?[ \u00a0]?[1-4]|(?:ปี|พ\.ศ\.|ค\.ศ\.)[ \u00a0]?\d{2,4}(?![\d.,])")
# ("ร้อยละ 6.6 และอัตราร้อยละ 6.9 ในปีหน้า": the second may repeat the word for the rate)
_PAIR_GAP = re.compile(r"[^\d\n,;()]{0,30}?[ \u00a0]และ[ \u00a0]?(?:ใน)?(?:อัตรา|ระดับ)?(?:ที่|อยู่ที่|ราว|ประมาณ)?[ \u00a0]?")



def _next_of_pair(previous: Mention, mention: Mention, text: str) -> bool:
    if previous.sentence_start != mention.sentence_start:
        return False
    gap = _PERIOD_IN_GAP.sub("ช่วง", text[previous.end : mention.start])
    return (_PAIR_GAP.fullmatch(gap) is not None and not _OWN_OUTCOME.search(gap) and not _new_clause().search(gap)
            and not _CHANGE_IN_GAP.search(gap))


# "… หลังขยายตัวอย่างเข้มแข็งในปี 2558  ซึ่งคาดว่าจะอยู่ที่ 5.5%": a relative clause cannot open a sentence; a
# double space before ซึ่ง splits no sentence, whatever the segmenter says
_CONTINUES_SENTENCE = re.compile(r"ซึ่ง")
# "… คาดว่าจะ\nขยายตัว 3%": a line broken after a word no sentence ends on (ว่า, จะ) runs on into the next line
_DANGLING_END = re.compile(r"(?:ว่า|จะ)[ \u00a0]*$")


def _join_continued_sentences(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, those of a sentence that opens with ซึ่ง after a break within a line, or that goes on from a
    line ending on ว่า/จะ, placed in the sentence before it."""
    joined: dict[int, int] = {}
    previous: tuple[int, int] | None = None
    for start, end in segment_sentences(text):
        if previous is not None and ((_CONTINUES_SENTENCE.match(text, start) and "\n" not in text[previous[1] : start])
                                     or (_DANGLING_END.search(text, previous[0], previous[1])
                                         and text[previous[1] : start].count("\n") == 1)):
            joined[start] = joined.get(previous[0], previous[0])
        previous = (start, end)
    if not joined:
        return mentions
    ends: dict[int, int] = {}  # one pass: each joined sentence's end, kept by the sentence it joins
    for mention in mentions:
        first = joined.get(mention.sentence_start, mention.sentence_start)
        ends[first] = max(ends.get(first, 0), mention.sentence_end)
    out = []
    for mention in mentions:
        first = joined.get(mention.sentence_start, mention.sentence_start)
        end = max(mention.sentence_end, ends.get(first, 0))
        if (first, end) != (mention.sentence_start, mention.sentence_end):
            mention = dataclasses.replace(mention, sentence_start=first, sentence_end=end)
        out.append(mention)
    return out


def label_figures(raw: str, mentions: list[Mention], country: str | None = None, published: str | None = None,
                  features_out: list | None = None, year_candidates_out: list | None = None) -> list[dict]:
    """One label record per figure mention (the extract fields plus :data:`LABEL_FIELDS`); with
    ``features_out``, each record's confidence features are appended to it (to train the model);
    with ``year_candidates_out``, each record's candidate years (:mod:`year_model`) as the rules
    left them, and no shipped year model applied (to train one)."""
    text = analysis_text(raw)
    mentions = _join_continued_sentences(text, mentions)
    places = find_places(text, references=True)
    # "ของประเทศสวิตเซอร์แลนด์": "ของประเทศ" right before a name is that place's, not the article's country
    name_starts = {p.start for p in places if p.level != "reference"}
    places = [p for p in places if not (p.level == "reference" and p.end in name_starts)]
    named = [p for p in places if p.level != "reference"]
    home = _home_province(named, _home_country(named, country), text)
    if not (country and country not in ("XX", "")) and _speaks_of_world_only(named, text):
        home = "WORLD"
    region = Counter(p.code for p in named if p.level == "group" and p.code != "WORLD").most_common(1)
    resolved = {"HOME": home, "REGION": region[0][0] if region else "ASEAN"}
    owners, last_region = [], None
    for p in places:
        if p.dateline:
            continue
        if p.level == "group" and p.code != "WORLD":
            last_region = p.code
        if p.level == "reference":
            # "… ทั่วภูมิภาคเอเชีย-แปซิฟิก ขณะที่การค้าของภูมิภาคอเมริกาเหนือ … ภูมิภาคนี้": "this region" points
            # back at the region named last, not the one named most
            code = last_region if p.code == "REGION" and last_region is not None else resolved[p.code]
            p = dataclasses.replace(p, code=code, level="country" if p.code == "HOME" else "group")
        owners.append(p)
    starts = [p.start for p in owners]
    # a day and month whose year the text leaves unsaid ("5-9 ก.พ.") took it from a year nearby, maybe a
    # comparison's: it is no evidence of a period of its own
    anchors = _period_anchors(text, mentions)
    anchors += _bare_quarter_anchors(text, mentions, published)
    split_starts = {a.start for a in anchors if a.kind == "year_range"}  # "2023-24": not the year 2023 alone
    named_years = _join_year_spans(sorted([m for m in mentions if m.kind in TEMPORAL_KINDS and m.year
                                           and not (m.kind == "date" and m.inferred)
                                           and not (m.start in split_starts and m.year_end is None)]
                                          + anchors, key=lambda m: m.start), text)
    temporal, comparison = _years_for_figures(named_years, text)
    reference = _reference_year(temporal, published, text, comparison)
    # "ปีนี้" counts from the article's year only where it is known: a publication date, a dateline,
    # or the year the text names as its own (not a year it compares with)
    counted_from = _reference_year(temporal, published, text, comparison, fallback=False)
    # a sentence that opens with "ปัจจุบัน" (now) is dated by the article's date where one is known; in an
    # undated text the year its other sentences name most is no guide to a whole sentence's "now"
    now = _reference_year(temporal, published, text, comparison, fallback=False, dated_only=True)
    # a dateline ("เมื่อวันที่ 5 มี.ค. 67 …") dates the text as a publication date does: a single year after it is to
    # come (a plan's span running past it may be an outcome so far: "แผน 5 ปี (2564-2568) … เติบโตเฉลี่ย 4%")
    def dated_for(year_end: int | None) -> bool:
        return bool(published) or (now is not None and year_end is None)
    relative = _relative_anchors(text, mentions, counted_from, [m for m, c in zip(temporal, comparison, strict=True) if not c])
    if relative:
        temporal, comparison = _years_for_figures(sorted(named_years + relative, key=lambda m: m.start), text)
    t_starts = [m.start for m in temporal]
    relative_years: dict[int, set[int]] = {}  # each sentence's relative years, looked up once per figure
    for anchor in relative:
        relative_years.setdefault(anchor.sentence_start, set()).add(anchor.year)
    own_years = [m for m, compared in zip(temporal, comparison, strict=True) if not compared]
    own_starts = [m.start for m in own_years]
    figures = [m for m in mentions if _is_figure(m, text)]
    unlisted: dict[int, tuple[int, int, int]] = {}
    respectively = _respectively(figures, temporal, t_starts, owners, starts, text, unlisted)
    record_at: dict[int, dict] = {}  # each figure's record by its place in ``figures``
    field_certainty: dict[int, tuple] = {}  # each record's four cues' certainties, by the record's id
    paired_years: dict[int, list[int] | None] = {}  # an unlisted ตามลำดับ list's years, by its first figure
    figure_starts = [m.start for m in figures]
    # "ปีที่แล้วอันดับที่ 48": a past year said relative to the text's own dates its own clause; the sentences
    # after it go back to the year the text is about
    relative_past = {id(a) for a in relative if reference is not None and a.year < reference}
    # nor is the window a record is set in ("… ต่ำที่สุดในช่วงปี 2557-2566") a period the next sentences speak of
    record_windows = {id(m) for m in own_years if _RECORD_WINDOW_BEFORE.search(text, max(0, m.start - 80), m.start)}
    carry_years = [m for m in own_years if not _DEADLINE_BEFORE.search(text, max(0, m.start - 40), m.start)
                   and id(m) not in relative_past and id(m) not in record_windows]
    carry_starts = [m.start for m in carry_years]
    records, carried, deadline, previous_sentence = [], None, None, -1
    withheld: set[int] = set()  # figures whose year a rule withholds ("ใน 5 ปีหน้า", "ในอดีต"), by place in ``figures``
    dated_month = re.match(r"(\d{4})-(\d{2})", str(published or ""))
    published_month = (int(dated_month.group(1)), int(dated_month.group(2))) if dated_month else None
    # "ผู้ที่เกิดปี 2540 ขึ้นไปคิดเป็น 30%": a share of a birth cohort is said of no period, dated or not
    cohort_named = any(_COHORT_BEFORE.search(text, max(0, m.start - 40), m.start) for m in temporal)
    # a text about a plan (แผนปฏิบัติการ, ร่างแผน, roadmap): the widest span it names is the plan's period
    plan_spans = [m for m in own_years if m.year_end is not None] if _PLAN_NAMED.search(text) else []
    plan_span = max(plan_spans, key=lambda m: (m.year_end - m.year, -m.start)) if plan_spans else None
    world_and_land = ([p.start for p in owners if p.code == "WORLD"],
                      [p.start for p in owners if p.level in ("country", "province")])
    opening_sentences: set[int] = set()  # sentences before the text's first year of its own (a headline, a lede)
    led = False
    listed_rank = None  # (indicator, end) of the last rank after a listed place
    bare_rates: set[int] = set()  # counts read as rates ("และ 4.6 ในปีหน้า")
    for position, mention in enumerate(figures):
        if mention.sentence_start != previous_sentence:
            # the year of the last sentence that named one, else (a headline) the article's first
            index = bisect.bisect_left(own_starts, mention.sentence_start) - 1
            deadline = None
            if index >= 0:
                # a deadline ("ภายในปี 2570") dates its own target and the targets after it, not the next
                # bullet's other figures
                # (nor is a record's window a deadline: "สูงที่สุดนับตั้งแต่ปี 2540 … เป้าหมาย … 6.5%")
                deadline = own_years[index].year if id(own_years[index]) not in record_windows else None
                index = bisect.bisect_left(carry_starts, mention.sentence_start) - 1
                # a span named last is no single year to carry: its first year is not the next sentences'
                carried = carry_years[index].year if index >= 0 and carry_years[index].year_end is None else None
            else:
                opening_sentences.add(mention.sentence_start)
                later = bisect.bisect_left(own_starts, mention.sentence_end)
                carried = (own_years[later].year if later < len(own_years) and own_starts[later] - mention.end < 600
                           and own_years[later].year_end is None else None)
                if carried is not None and id(own_years[later]) in relative_past:
                    # "… ในปีที่แล้ว" named first counts back from the text's own year, which the lede reports
                    carried = counted_from
                if (carried is not None and now is None and "\n\n" in text[mention.end : own_starts[later]]
                        and not _restated_later(mention, figures, position)):
                    # the body's first year stands for a dated article's year; in an undated text, named in a later
                    # paragraph, it dates only a sentence the body restates ("ผู้ใช้ทะลุ 513 ล้านคน" … "ปี 2011 …
                    # 513 ล้านคน"), not a blog's figures of no year said
                    carried = None
            if carried is None and now is not None and not own_years and not cohort_named:
                # a dated article that names no year of its own ("อยู่ในอันดับที่ 44 … สูงขึ้น 2 อันดับเมื่อเทียบกับ
                # ปี 2023", a page of present-tense facts) reports the state at its publication; a guess, so reviewed
                carried = now
            previous_sentence = mention.sentence_start
            if _NOW_OPENING.match(text, mention.sentence_start):
                carried = now  # "ปัจจุบันผู้ใช้ … มี 78 ล้านคน": now, not the year of the sentences around
        # "1. เกาหลีใต้": in a numbered list of places, the number is the place's rank
        list_rank = mention.kind == "count" and _is_list_item(mention, owners, starts, text)
        if mention.kind == "count" and not list_rank and _is_heading_number(mention, text):
            continue  # "1.2 การจ้างงาน": a section number
        if list_rank and _ranked_after_list_item(mention, owners, starts, text):
            # "1. สิงคโปร์ อันดับที่ 5 ของโลก": the item's own rank follows; its number only orders the list, no figure
            continue
        subject, subject_confidence = _subject(mention, owners, starts, text, home)
        kind = ("rank" if list_rank or _is_place_in_ranking(mention, text)
                else "percent" if _is_bare_rate(mention, text) else None)
        if kind == "percent":
            bare_rates.add(id(mention))
        indicator, indicator_confidence = _indicator(mention, text, kind, list_rank)
        if mention.kind == "rank" and _LISTED_PLACE_BEFORE.fullmatch(text, text.rfind("\n", 0, mention.start) + 1,
                                                                        mention.start):
            # "2. มาเลเซีย อันดับที่ 31 ของโลก": the rank after a listed place is in the index the list opened
            # with, named lines before; the items further down take the one an item above found
            if indicator == "other":
                indicator, indicator_confidence = _indicator(mention, text, None, True)
            if indicator == "other" and listed_rank is not None and mention.start - listed_rank[1] <= 400:
                indicator, indicator_confidence = listed_rank[0], 0.75
            if indicator != "other":
                listed_rank = (indicator, mention.end)
        same_sentence = position and figures[position - 1].sentence_start == mention.sentence_start
        neighbours = (figures[position - 1].end if same_sentence else 0,
                      figures[position + 1].start if position + 1 < len(figures)
                      and figures[position + 1].sentence_start == mention.sentence_start else None,
                      bool(same_sentence) and led)
        year, year_end, year_confidence = _period(mention, temporal, t_starts, comparison, text, carried, counted_from,
                                                  neighbours)
        # (before the publication year a text naming no year of its own is dated by, which only fills a gap)
        if published_month is not None and (year is None or (year == carried == now and year_confidence <= 0.6)):
            month = _MONTH_WITHOUT_YEAR_BEFORE.search(text, max(mention.sentence_start, mention.start - 60), mention.start)
            if month is not None:
                # "ตัวเลขการส่งออกเดือนเมษายน ขยายตัว 13.09%" in a text of late May 2564: the last April before the
                # publication date
                number = thai_month_to_number(month.group(1))
                year = published_month[0] - (1 if number > published_month[1] else 0)
                year_confidence = min(year_confidence, 0.7)
        # whether this figure took a year named between the previous figure and it: the next one may too
        floor = figures[position - 1].end if same_sentence else mention.sentence_start
        led = any(floor <= m.start < mention.start and m.year == year
                  for m in own_years[bisect.bisect_left(own_starts, floor) : bisect.bisect_left(own_starts, mention.start)])
        if relative and not published and year_confidence > 0.7 and year in relative_years.get(mention.sentence_start, ()):
            year_confidence = 0.7  # "ปีนี้" counted from a guessed article year
        # the previous figure of this sentence has its record (a figure can be dropped as no data figure)
        follows_record = bool(same_sentence and records and records[-1]["end"] == figures[position - 1].end)
        if (follows_record and _BRACKETED_AFTER.fullmatch(text, figures[position - 1].end, mention.start)
                and not STREAK_AFTER.match(text, figures[position - 1].end)):
            # (not after a streak: "สองปีซ้อน (28% ในปี 2565 และ 19% ในปี 2566)" lists what held each year)
            # "ที่ 81% (18.8 ล้านครัวเรือน)": the same quantity in other units, for the same period
            year, year_end, year_confidence = records[-1]["year"], records[-1]["year_end"], min(year_confidence, 0.8)
        if (follows_record and figures[position - 1].kind == mention.kind and year_end == (year or 0) + 1
                and (records[-1]["year"], records[-1]["year_end"]) == (year, year_end)
                and _PAIR_JOIN.fullmatch(text, figures[position - 1].end, mention.start)):
            # "ปี 2568-2569 จะโต 3.1% และ 3.4%": two years, two figures: one each, in order
            records[-1]["year_end"] = None
            year, year_end = year_end, None
        if follows_record and figures[position - 1].kind == mention.kind and _is_revision(figures[position - 1], mention, text):
            # "ปรับลดคาดการณ์ลงเหลือ 2.6% จากเดิม 2.8% ในปี 2567", "จากเดิม 2.5% เป็น 2.8% ในปี 2568": the old
            # figure and the new are for one year, the one tied to either of them
            own_tie = _tied_year(mention, temporal, t_starts, text)
            earlier_tie = _tied_year(figures[position - 1], temporal, t_starts, text)
            earlier = figures[position - 1]
            # "ตั้งเป้า … ภายในปี 2573 … 3 ล้านคน จากเดิม 8 แสนคน ในปี 2565": a target keeps its deadline; the old
            # value's year is a past one's, not the target's
            by_deadline = any(earlier.sentence_start <= m.start < earlier.start and m.year == records[-1]["year"]
                              and _DEADLINE_BEFORE.search(text, max(0, m.start - 40), m.start) for m in own_years)
            if own_tie is not None and earlier_tie is None and not by_deadline:
                records[-1]["year"], records[-1]["year_end"] = own_tie.year, own_tie.year_end
            elif earlier_tie is not None and own_tie is None:
                year, year_end = earlier_tie.year, earlier_tie.year_end
        if (year is not None and year_end is None and year_confidence < 0.9
                and _base_of_yearly_change(mention, figures, position, records, text)):
            # "เพิ่มจาก 1.2 แสนคน เป็น 1.5 แสนคน", "ขยับไปอยู่อันดับที่ 30 จาก 34": the value changed
            # from is the year before's, in a sentence about whole years
            year, year_confidence = year - 1, min(year_confidence, 0.7)
        if year is not None and year_end is None and _after_first_quarter(mention, text):
            year, year_confidence = year - 1, min(year_confidence, 0.7)  # the quarter before a first quarter
        if (year is None and records and records[-1]["sentence_start"] == mention.sentence_start and records[-1]["year"]
                and not _NOW_BEFORE.search(text, max(mention.sentence_start, mention.start - 40), mention.start)):
            # "ปัจจุบันไทยมีผู้ใช้ 25 ล้านคน เป็นร้อยละ 37 … กว่า 18 ล้านคน …": the figures after the one its
            # sentence dated share its period
            year, year_end, year_confidence = records[-1]["year"], records[-1]["year_end"], 0.6
        ahead = _YEARS_AHEAD.match(text, mention.end, min(len(text), mention.end + 40))
        counted_ahead = ahead is not None and year is not None and year_end is None
        if counted_ahead:
            # "โตเฉลี่ย 25% ต่อปี ไปอีก 5 ปี", "เป็น 2 แสนล้านบาท ในอีก 5 ปีข้างหน้า": the years after the one
            # the sentence is about; a yearly rate over all of them
            count = _SMALL_NUMBERS.get(ahead.group(1)) or int(ahead.group(1))
            if "ต่อปี" in ahead.group(0):
                year, year_end = year + 1, year + count
            else:
                year = year + count
            year_confidence = min(year_confidence, 0.7)
        listed_year, listed_place = respectively.get(id(mention), (None, None))
        if id(mention) in unlisted:
            # "ขยายตัว 3.2% ในปี 2565 ก่อนที่จะชะลอตัวสู่ 2.9% ในปี 2566 ซึ่งเป็นการปรับลดลง 0.4% และ 0.7% ตามลำดับ":
            # a list closed by ตามลำดับ with no years or places of its own speaks of the figures its sentence has
            # just given, one for each, in order; it takes their years when each has its own
            n, count, first = unlisted[id(mention)]
            if first not in paired_years:  # once a list: a list of 20,000 figures is not read 20,000 times
                earlier = [record_at.get(k) for k in range(first - count, first)] if first >= count else []
                paired_years[first] = (
                    [r["year"] for r in earlier]
                    if earlier and all(earlier) and earlier[0]["sentence_start"] == mention.sentence_start
                    and len({r["kind"] for r in earlier}) == 1 and all(r["year_end"] is None for r in earlier)
                    and all(r["year"] is not None for r in earlier)
                    and all(a["year"] < b["year"] for a, b in itertools.pairwise(earlier)) else None)
            if paired_years[first] is not None:
                year, year_end, year_confidence = paired_years[first][n], None, min(year_confidence, 0.75)
        if listed_year is not None:
            year, year_end, year_confidence = listed_year.year, listed_year.year_end, 0.85
        if listed_place is not None:
            subject, subject_confidence = listed_place.code, 0.85
        until = _FROM_NOW_UNTIL.match(text, mention.end, min(len(text), mention.end + 70))
        spans_from_now = False
        if until is not None and listed_year is None and counted_from is not None:
            last = _year_number(until.group(1))
            if last is not None and last > counted_from:
                # "8–9% ต่อปี ตั้งแต่บัดนี้ไปจนถึงปี 2572": from the year after the article's to the year named
                year, year_end, year_confidence = counted_from + 1, last, min(year_confidence, 0.75)
                spans_from_now = True
        if _PAST_AGE_BEFORE.search(text, max(mention.sentence_start, mention.start - 30), mention.start):
            year, year_end, year_confidence = None, None, min(year_confidence, 0.7)  # "ในอดีตที่เคยเติบโต": no year said
            withheld.add(position)
        if _next_years_after(mention, text) is not None and listed_year is None and not counted_ahead:
            # "ใน 5 ปีหน้า": years counted from a day the text does not give (a post, a report): no calendar year,
            # and not the year a nearby sentence names ("ในปี 2566 … ในอีก 4 ปีข้างหน้า" counts from the year named)
            year, year_end, year_confidence = None, None, min(year_confidence, 0.7)
            withheld.add(position)
        if year is not None and _LONG_RUN_AFTER.match(text, mention.end):
            # "โตอย่างยั่งยืนที่ 8% ในระยะกลาง": the medium or long run, no calendar year
            year, year_end, year_confidence = None, None, min(year_confidence, 0.7)
            withheld.add(position)
        status, status_confidence = _status(mention, text, year, reference, indicator, dated_for(year_end), figure_starts,
                                            year_end)
        if ahead is not None and status == "actual":
            status, status_confidence = "forecast", 0.75  # years still to come
        if status == "forecast" and _plan_will(mention, text):
            status, status_confidence = "target", 0.75
        if status == "forecast" and _estimate_of_now(mention, text, year, reference):
            status, status_confidence = "actual", 0.75
        if status == "forecast" and _statistical_estimate(mention, text):
            status, status_confidence = "actual", 0.75
        if (status in ("target", "forecast") and year is not None and reference is not None and year < reference
                and _BASE_LEVEL_BEFORE.search(text, max(mention.sentence_start, mention.start - 40), mention.start)
                and not _forecast_revised(mention, text)):
            # "ตั้งเป้า … 7% ในปี 2571 จากระดับ 5.6% ในปี 2566": the level a target starts from, in a year gone by
            status, status_confidence = "actual", 0.75
        if status == "actual" and _in_target_list(mention, text):
            status, status_confidence = "target", 0.75
        if (status == "actual" and position and records and records[-1]["end"] == figures[position - 1].end
                and records[-1]["status"] != "actual" and figures[position - 1].sentence_start == mention.sentence_start
                and _RESTATED_AS.fullmatch(text, figures[position - 1].end, mention.start)):
            # "ประมาณการรายได้ 2.9 ล้านล้านบาท คิดเป็นร้อยละ 15 ของ GDP": the same amount told another way has its status
            status, status_confidence = records[-1]["status"], min(status_confidence, 0.75)
        list_item = _list_head(mention, owners, starts, text)
        if list_item is not None:
            # an item of a list read as if its figure stood where the list's heading words end
            head, head_sentence_start = list_item
            at_head = dataclasses.replace(mention, start=head, end=head, sentence_start=head_sentence_start)
            if indicator == "other":
                indicator, indicator_confidence = _indicator(at_head, text, kind)
                indicator_confidence = min(indicator_confidence, 0.8)
            if status == "actual":
                head_status = _status(at_head, text, year, reference, indicator, dated_for(year_end))
                if head_status[0] != "actual":
                    status, status_confidence = head_status[0], min(head_status[1], 0.8)
        range_tie = _range_tied_year(mention, figures, position, temporal, t_starts, text)
        if (status == "target" and deadline is not None and deadline != carried and listed_year is None
                and range_tie is None):
            # "ตั้งเป้า … 30% ภายในปี 2570 … ตั้งเป้าให้มีผู้ซื้อออนไลน์ 50 ล้านคน": a later target of the plan
            # shares its deadline where it names no year of its own
            by_deadline = _period(mention, temporal, t_starts, comparison, text, deadline, counted_from, neighbours)
            if by_deadline[0] == deadline and year != deadline:
                year, year_end, year_confidence = by_deadline
        if status == "target" and listed_year is None and range_tie is None:
            own_deadline = _deadline_after(mention, temporal, t_starts, figure_starts, text)
            if own_deadline is not None and (year, year_end) != (own_deadline.year, own_deadline.year_end):
                # "ตั้งเป้าเป็นหนึ่งใน 50 ประเทศแรกของดัชนี… (DGI) ภายในปี 2568": the deadline closing a target's own
                # clause is its year, past the words and brackets that name the measure
                year, year_end, year_confidence = own_deadline.year, own_deadline.year_end, min(year_confidence, 0.8)
        if status == "actual" and plan_span is not None:
            listed = _in_plan_measures(mention, text)
            if listed and year is None:
                # "ร่างแผนปฏิบัติการ … ช่วงปี 2564-2570 … ตัวชี้วัดที่สำคัญคือ • ความเร็วไม่ต่ำกว่า 100 Mbps": the
                # measures a plan is judged by are its targets, for the plan's whole period
                year, year_end, year_confidence = plan_span.year, plan_span.year_end, min(year_confidence, 0.6)
            reported = _PLAN_OUTCOME_BEFORE.search(text, mention.sentence_start, mention.start)
            if listed or (year_end is not None and reference is not None and year_end > reference
                          and plan_span.year <= year and year_end <= plan_span.year_end and not reported):
                # a figure for (part of) a plan's period still to come is what the plan aims at
                status, status_confidence = "target", 0.7
        if (position and records and records[-1]["end"] == figures[position - 1].end
                and records[-1]["year"] == year and records[-1]["subject"] != subject
                and _parallel_place_figure(figures[position - 1], mention, owners, starts, text)):
            if records[-1]["status"] == "forecast" and status == "actual":
                status, status_confidence = "forecast", min(status_confidence, 0.75)
            if indicator == "other" and records[-1]["indicator"] != "other":
                indicator, indicator_confidence = records[-1]["indicator"], min(indicator_confidence, 0.75)
        previous_figure = figures[position - 1] if position else None
        if previous_figure is not None and id(previous_figure) in bare_rates:
            previous_figure = dataclasses.replace(previous_figure, kind="percent", unit=mention.unit)
        if (follows_record and indicator == "other" and records[-1]["indicator"] != "other"
                and records[-1]["subject"] == subject
                and (_same_measure_changed(previous_figure, mention, records[-1]["indicator"], text)
                     or (previous_figure.kind == mention.kind
                         and _NEXT_YEAR_PAIR.fullmatch(text, previous_figure.end, mention.start)))):
            indicator, indicator_confidence = records[-1]["indicator"], min(indicator_confidence, 0.75)
        following = figures[position + 1] if position + 1 < len(figures) else None
        if (following is not None and following.kind == mention.kind == "percent"
                and following.sentence_start == mention.sentence_start
                and _CHANGE_BY_BEFORE.search(text, max(mention.sentence_start, mention.start - 12), mention.start)
                and _CHANGE_TO_LEVEL.fullmatch(text, mention.end, following.start)):
            # "ลดลง 0.3% สู่ระดับ 2.2% ในปีหน้า": the change in points is no level of the measure; it is for the
            # year of the level it leads to
            indicator, indicator_confidence = "other", 0.8
            level_year = _tied_year(following, temporal, t_starts, text)
            if level_year is not None:
                year, year_end, year_confidence = level_year.year, level_year.year_end, min(year_confidence, 0.8)
                status, status_confidence = _status(mention, text, year, reference, indicator, dated_for(year_end),
                                                    figure_starts)
        if (indicator == "other" and records and records[-1]["indicator"] != "other" and records[-1]["kind"] == mention.kind
                and records[-1]["subject"] == subject and mention.start - records[-1]["end"] <= 140
                and _THAN_BEFORE.fullmatch(text, records[-1]["end"], mention.start)
                and not _names_another_measure(records[-1]["indicator"], text[records[-1]["end"] : mention.start])):
            # "ขยายตัว 4.1% ต่ำกว่าเป้าที่รัฐบาลคาดไว้ที่ 4.5%": the value it is compared with measures the same
            indicator, indicator_confidence = records[-1]["indicator"], 0.75
        if (indicator == "other" and records and records[-1]["indicator"] != "other" and records[-1]["kind"] == mention.kind
                and records[-1]["subject"] == subject and records[-1]["end"] <= mention.sentence_start
                and mention.sentence_start - records[-1]["end"] <= 600
                and (this_figure := _THIS_FIGURE_OPENS.match(text, mention.sentence_start)) is not None
                and _THAN_BEFORE.fullmatch(text, this_figure.end(), mention.start)):
            # "… โต 8% ในปี 2565 ¶ ตัวเลขนี้ยังสูงกว่าเป้าที่รัฐบาลตั้งไว้ที่ 6.5%": "this figure" is the last one told,
            # and the value set against it measures the same
            indicator, indicator_confidence = records[-1]["indicator"], 0.7
        if (indicator == "other" and mention.kind == "percent" and status == "forecast"
                and _REVISED_TO_BEFORE.search(text, max(mention.sentence_start, mention.start - 20), mention.start)
                and _REVISED_ECONOMY.search(text, max(mention.sentence_start, mention.start - CLAUSE_REACH), mention.start)
                and not _measure_named_before(text, max(mention.sentence_start, mention.start - 60), mention.start)):
            # "ธนาคารโลกหั่น GDP ลาว ปี 67 เหลือ 3.5%", "“กัมพูชา” ถูกปรับลดเหลือ 5.2%": the per cent an economy's forecast is cut
            # or raised to is its growth rate, though no word of growth is written
            indicator, indicator_confidence = "gdp_growth", 0.75
        if indicator == "gdp_growth" and _growth_of_share(mention, text):
            indicator, indicator_confidence = "other", 0.75
        if indicator == "other" and (mention.kind == "percent" or kind == "percent"):
            borrowed = _measure_from_sentence(mention, subject, records, text)
            if borrowed is not None:
                indicator, indicator_confidence = borrowed, 0.75
        digital_share = _DIGITAL_SHARE_BEFORE.search(text, max(mention.sentence_start, mention.start - 90), mention.start)
        if (indicator == "other" and mention.kind == "percent" and digital_share is not None
                and not _DIGITAL_SHARE_NOT.search(digital_share.group(1))):
            indicator, indicator_confidence = "digital_economy_share_of_gdp", 0.8
        if indicator != "other" and (mention.kind == "rank" or list_rank) and (
                _rank_within_group(mention, owners, starts, text) or _ranked_in_group_scope(mention, owners, starts, text)):
            indicator, indicator_confidence = "other", 0.75  # "อันดับ 3 ของอาเซียน": a rank among a group's members
        if (indicator != "other" and mention.kind == "percent"
                and ((_CHANGE_BY_BEFORE.search(text, max(mention.sentence_start, mention.start - 12), mention.start)
                      and _FROM_FORECAST_AFTER.match(text, mention.end))
                     or _REVISED_BY_BEFORE.search(text, max(mention.sentence_start, mention.start - 16), mention.start)
                     or _LAST_TIME_BY_BEFORE.search(text, max(mention.sentence_start, mention.start - 40), mention.start)
                     or _SHORTFALL_BEFORE.search(text, max(mention.sentence_start, mention.start - 90), mention.start))):
            indicator, indicator_confidence = "other", 0.75  # "เพิ่มขึ้น 0.1% จากการคาดการณ์ครั้งก่อน": a revision
        if (status == "actual" and mention.kind == "percent"
                and (_REVISED_BY_BEFORE.search(text, max(mention.sentence_start, mention.start - 16), mention.start)
                     or _LAST_TIME_BY_BEFORE.search(text, max(mention.sentence_start, mention.start - 40), mention.start))
                and _FORECAST_WORDS.search(text, mention.sentence_start, mention.sentence_end)):
            # "คาดการณ์ว่า … จะขยายตัว 3.2% … ซึ่งเป็นการปรับลดลง 0.4%": the revision of a forecast is part of it
            status, status_confidence = "forecast", 0.75
        if indicator == "other" and records and _place_bracket_before(mention, owners, starts, text):
            # "… ตามหลังเวียดนาม (ร้อยละ 6.7) แต่แซงหน้าจีน (ร้อยละ 5.2)": other places' figures in brackets
            # compare with the measure just given
            compared = next((r for r in reversed(records) if r["kind"] == mention.kind and r["indicator"] != "other"
                             and mention.start - r["end"] <= 400), None)
            if compared is not None:
                indicator, indicator_confidence = compared["indicator"], 0.75
        if (follows_record and status == "actual" and records[-1]["status"] == "forecast" and listed_year is None
                and figures[position - 1].kind == mention.kind
                and _NEXT_YEAR_PAIR.fullmatch(text, figures[position - 1].end, mention.start)):
            # "จะอยู่ที่ร้อยละ 5.2 ในปี 2566 และร้อยละ 4.5 ในปี 2567": the second year's figure of one forecast
            status, status_confidence = "forecast", min(status_confidence, 0.75)
        if follows_record and _RANGE_JOIN.fullmatch(text, figures[position - 1].end, mention.start):
            # "เป้าหมายที่ 4.5%-5.0%": a range's far end is the same figure's, its status and measure the near end's
            status, status_confidence = records[-1]["status"], 0.85
            if indicator == "other" and records[-1]["indicator"] != "other":
                indicator, indicator_confidence = records[-1]["indicator"], 0.75
        if (status == "actual" and records and records[-1]["status"] == "forecast"
                and records[-1]["sentence_start"] == mention.sentence_start
                and _WHILE_GAP.fullmatch(text, records[-1]["end"], mention.start)
                # (เมื่อเทียบ, compared with, is no "when")
                and not _OWN_OUTCOME.search(text[records[-1]["end"] : mention.start].replace("เมื่อเทียบ", ""))
                and not _PERIOD_WORD.search(text, records[-1]["end"], mention.start)):
            # "ธนาคารแห่งหนึ่งมองว่า … การลงทุนจะขยายตัว 7.5% … ขณะที่การบริโภคชะลอลง 2.1%": what the forecast says
            # "while" is expected too, with no time or outcome of its own
            status, status_confidence = "forecast", min(status_confidence, 0.7)
        if (follows_record and status == "actual" and records[-1]["status"] != "actual" and figures[position - 1].kind == mention.kind
                and not (year is not None and reference is not None and year < reference)
                and _next_of_pair(figures[position - 1], mention, text)):
            # "คาดว่าจะลดดอกเบี้ยสู่ 1.50% ปลายไตรมาส 3 และ 1.25% ปลายปี": the pair's second figure is expected too
            status, status_confidence = records[-1]["status"], min(status_confidence, 0.75)
        if follows_record and _RESTATED.fullmatch(text, figures[position - 1].end, mention.start):
            # "จะมีมูลค่า 3.2 พันล้านดอลลาร์ หรือเติบโต 18%": the same expectation said another way
            status, status_confidence = records[-1]["status"], min(status_confidence, 0.8)
            if (records[-1]["year"] is not None and (year, year_end) != (records[-1]["year"], records[-1]["year_end"])
                    and _tied_year(mention, temporal, t_starts, text) is None):
                # "จากปี 58 ที่มีผู้ใช้ 24.6 ล้านคน หรือคิดเป็นร้อยละ 39.3": and of the same period, unless a year of its
                # own follows it
                year, year_end, year_confidence = records[-1]["year"], records[-1]["year_end"], min(year_confidence, 0.8)
        if (follows_record and figures[position - 1].kind == mention.kind
                and _RANGE_JOIN.fullmatch(text, figures[position - 1].end, mention.start)):
            # "ร้อยละ 6-8": the high end of a range is the same figure's, whatever words lie nearer it
            previous = records[-1]
            if previous["indicator"] == "other" and indicator != "other":
                previous["indicator"], previous["part"] = indicator, _part(indicator, figures[position - 1], text)
            if spans_from_now:  # the span named after the range is the low end's too
                previous["year"], previous["year_end"] = year, year_end
            elif _tied_year_per_year(figures[position - 1], temporal, t_starts, text) is None:
                far_tie = _tied_year_per_year(mention, temporal, t_starts, text)
                if far_tie is not None:
                    # "6.5%-7.0% ต่อปีในช่วงปี 2564-2568": the period written after the far end is the near end's too
                    previous["year"], previous["year_end"] = far_tie.year, far_tie.year_end
            # one figure, one certainty: the far end is as sure of each label as the near end it takes it from,
            # and of its period only where that is written right after it ("… 7.0% ต่อปีในช่วงปี 2564-2568")
            near = field_certainty.get(id(previous))
            if near is not None:
                subject_confidence, indicator_confidence, status_confidence = near[0], near[1], min(status_confidence, near[3])
                if _tied_year_per_year(mention, temporal, t_starts, text) is None:
                    year_confidence = near[2]
            subject, indicator, year, year_end, status = (previous["subject"], previous["indicator"], previous["year"],
                                                          previous["year_end"], previous["status"])
        if (status == "target" and records and _AGAINST_TARGET_BEFORE.search(text, max(mention.sentence_start, mention.start - 45), mention.start)
                and _tied_year(mention, temporal, t_starts, text) is None):
            # "ขยายตัว 5.0% … และต่ำกว่าเป้าหมายของรัฐบาล 6.0%": the target an outcome is set against is for that
            # outcome's period, the first of its kind in the sentence, not a year named for another figure between
            outcome = next((r for r in records if r["sentence_start"] == mention.sentence_start
                            and r["kind"] == mention.kind and r["status"] == "actual"), None)
            if outcome is not None and outcome["year"] is not None:
                year, year_end = outcome["year"], outcome["year_end"]
                year_confidence = min(year_confidence, 0.75)
        if status == "actual" and _expected_earlier_in_sentence(mention, text) \
                and _tied_year(mention, temporal, t_starts, text) is None:
            # "ธนาคารฯ มองว่า … จะยังคงขยายตัว 8.2% ในขณะที่การส่งออก ลดลง 6.2%": an expectation opened the
            # sentence and no year of its own says this figure has happened; how far the expectation reaches
            # is a guess
            status_confidence = min(status_confidence, 0.75)
        pair_first = _first_of_pair(mention, subject, records, text)
        if pair_first is not None and pair_first["indicator"] != indicator:
            # "ปรับลดลง 0.4% และ 0.7%", "คาดไว้ที่ 6.1% และ 6.7%": a pair joined by และ alone is of one measure, the first's
            indicator, indicator_confidence = pair_first["indicator"], 0.75
        if indicator in _NO_ONE_YEAR and year_end is None:
            # "ราว 20% ต่อปี": a rate the text ties to no one year has none, unless a span is named for it
            year = None
        features = _features(mention, (subject_confidence, indicator_confidence, year_confidence, status_confidence),
                             indicator, year, owners, starts, t_starts)
        doubtful = _doubtful(mention, text, indicator, status, year, year_end, reference, subject, world_and_land)
        features.append("doubtful=yes" if doubtful else "doubtful=no")  # a trained model may weigh it too
        confidence = _confidence(subject_confidence, indicator_confidence, year_confidence, status_confidence, features,
                                 crowded="places=3" in features,
                                 counted=mention.kind == "count" or (mention.kind == "rank" and indicator == "other"),
                                 doubtful=doubtful)
        if features_out is not None:
            features_out.append(features)
        record = mention.as_record()
        record.update({
            "subject": subject, "indicator": indicator, "part": _part(indicator, mention, text),
            "measure": _measure(mention, raw), "year": year, "year_end": year_end, "status": status,
            "qualifier": mention.qualifier, "confidence": confidence, "needs_review": confidence < REVIEW_BELOW,
        })
        records.append(record)
        record_at[position] = record
        if status == "target" and year_end is not None:
            _plan_span_to_listed_targets(position, figures, record_at, temporal, t_starts, text)
        field_certainty[id(record)] = (subject_confidence, indicator_confidence, year_confidence, status_confidence)
    year_model = None if year_candidates_out is not None else load_year_model()
    if year_model is not None or year_candidates_out is not None:
        sentence_starts = sorted({m.sentence_start for m in mentions})
        for record in records:
            candidates = year_candidates(text, record, temporal, comparison, sentence_starts, figure_starts, published)
            if year_candidates_out is not None:
                year_candidates_out.append(candidates)
                continue
            best, share = choose(year_model, candidates)
            if (best.year, best.year_end) != (record["year"], record["year_end"]) and share >= year_model["override_above"]:
                record["year"], record["year_end"] = best.year, best.year_end
    said = _sentence_reader(text)  # shared by the two passes over the opening below
    _headline_takes_retold_labels(records, text, said)
    if year_candidates_out is None:
        # a headline's figure retold in the body takes the retelling's year, dated text or not (an undated text's
        # opening takes the body's first year only when restated, see above); this comes after the year model,
        # which reads each figure alone
        _date_restated_openings(figures, record_at, opening_sentences, named_years, said, withheld)
    _claims_over_periods(records, text)
    _years_in_brackets_after(records, text)
    _revisions_share_their_year(records, text)
    _compared_years_date_their_from_values(records, text)
    _former_ranks_date_the_edition_before(records, text)
    _changes_over_a_period_date_their_ends(records, text)
    _measures_of_pairs(records, text)
    return records


#: "ลาวอยู่อันดับ 100 (เดิมอันดับ 104)", "สูงเป็นอันดับ 12 ของโลก จากเดิมอันดับที่ 15": the rank a
#: country held before, in the index's previous edition
_FORMER_RANK_BEFORE = re.compile(r"เดิม(?:อยู่)?(?:ที่)?[ \u00a0]?$")
_YEAR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
#: years between an index's editions: the UN E-Government Survey is biennial, the others are yearly
EDITION_YEARS = {"egov_index_rank": 2}


#: "ตั้งแต่ปี 2015 ถึงปี 2022 สัดส่วน … ต่อ GDP เพิ่มขึ้นจาก 3.1% เป็น 6.4%": a change's two ends over a period
_CHANGE_TO_BETWEEN = re.compile(r"[ \u00a0]*(?:มา)?(?:เป็น|เหลือ|สู่)(?:ที่)?[ \u00a0]*(?:ร้อยละ[ \u00a0]?)?")


def _changes_over_a_period_date_their_ends(records: list[dict], text: str) -> None:
    """A change from one value to another ("จาก 3.1% เป็น 6.4%"), both dated to the period its sentence names,
    starts at the period's first year and ends at its last: each value is one year's, not the period's."""
    for old, new in itertools.pairwise(records):
        if (old["sentence_start"] != new["sentence_start"] or old["kind"] != new["kind"] or old["unit"] != new["unit"]
                or old["year"] is None or old["year_end"] is None
                or (old["year"], old["year_end"]) != (new["year"], new["year_end"])):
            continue
        if not (_CHANGE_TO_BETWEEN.fullmatch(text, old["end"], new["start"])
                and _REVISION_FROM.search(text, max(old["sentence_start"], old["start"] - 16), old["start"])):
            continue
        if _YEAR_DIGITS.search(text, new["end"], min(new["sentence_end"], new["end"] + 16)):
            continue  # "… เป็น 6.4% ในปี 2022": the text dates the end itself
        old["year_end"], new["year"] = None, new["year_end"]
        new["year_end"] = None


def _former_ranks_date_the_edition_before(records: list[dict], text: str) -> None:
    """A rank said as the one held before ("เดิม"), with no year of its own, is the previous edition's: the year
    its sentence gives, less the index's interval."""
    for record in records:
        if record["kind"] != "rank" or record["year"] is None or record["year_end"] is not None:
            continue
        if not _FORMER_RANK_BEFORE.search(text, max(record["sentence_start"], record["start"] - 8), record["start"]):
            continue
        if _YEAR_DIGITS.search(text, record["end"], min(record["sentence_end"], record["end"] + 16)):
            continue  # "เดิมอันดับ 104 ในปี 2565": its own year
        if _PREVIOUS_YEAR_BEFORE.search(text, max(record["sentence_start"], record["start"] - 40), record["start"]):
            continue  # "ขยับดีขึ้น 3 อันดับจากปีก่อนหน้าจากเดิมอันดับ 36": counted back by the year model already
        if _CHANGE_TO_AFTER.match(text, record["end"], record["sentence_end"]):
            continue  # "จากเดิมอันดับที่ 90 เลื่อนขึ้นเป็น 85": a change's start, which the year model dates already
        record["year"] -= EDITION_YEARS.get(record["indicator"], 1)


#: "73 ล้านคน (ปี 2565) และ 85 ล้านคน (ปี 2566)": a bracketed year right after a figure (and its unit word) is its own
#: ("57.6 ล้านบัญชี (ธ.ค. 64) เป็น 68.1 ล้านบัญชี (ธ.ค. 65)": a month and its Buddhist year, two digits or four)
_BRACKETED_YEAR_AFTER = re.compile(r"[^\s\d()]{0,12}[ \u00a0]?\([ \u00a0]?(?:ปี|ค\.ศ\.|พ\.ศ\.)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?"
                                   r"(\d{4})[ \u00a0]?\)"
                                   r"|[^\s\d()]{0,12}[ \u00a0]?\([ \u00a0]?(?:" + MONTH_PATTERN + r")[ \u00a0]?(\d{4}|\d{2})[ \u00a0]?\)")


def _years_in_brackets_after(records: list[dict], text: str) -> None:
    """A figure with its year in a bracket right after it takes that year, whatever year before it was nearer."""
    for record in records:
        tied = _BRACKETED_YEAR_AFTER.match(text, record["end"], min(len(text), record["end"] + 40))
        year = _year_number(tied.group(1) or tied.group(2)) if tied else None
        if year is not None and (record["year"], record["year_end"]) != (year, None) and record["unit"] != "top":
            record["year"], record["year_end"], record["year_status"] = year, None, "given"


#: "ปรับลดคาดการณ์ … จาก 4.0% เหลือ 3.7% สำหรับปี 2026": a revised forecast or target, its old and new values one
#: clause apart, the period after the new value
_REVISION_CUE = re.compile(r"ปรับ(?:ลด|เพิ่ม|ขึ้น|ลง)?")
_REVISION_FROM = re.compile(r"จาก(?:เดิม)?(?:ที่)?[ \u00a0]?(?:ร้อยละ[ \u00a0]?)?$")
_REVISION_TO = re.compile(r"[ \u00a0]*(?:(?:ลง|ขึ้น)?(?:เหลือ|เป็น|มาอยู่ที่|มาที่|สู่))[ \u00a0]*(?:ร้อยละ[ \u00a0]?)?$")
_REVISION_PERIOD = re.compile(r"[ \u00a0]*(?:สำหรับ|ใน|ของ)?(?:ปี)[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?(\d{4})(?![\d–-])")


#: "ดีขึ้น 3 อันดับเทียบกับปี 2565 จากอันดับที่ 99 มาอยู่ที่ 96": the year compared with, then the value the change
#: started from
_COMPARED_YEAR_THEN_FROM = re.compile(r"เทียบกับ(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?(\d{4})[ \u00a0]*จาก(?:เดิม)?(?:ที่)?(?:อันดับ|ตำแหน่ง)?(?:ที่)?[ \u00a0]?$")


def _compared_years_date_their_from_values(records: list[dict], text: str) -> None:
    """The value a change started from, right after the year the change is measured against, is that year's."""
    for record in records:
        compared = _COMPARED_YEAR_THEN_FROM.search(text, max(record["sentence_start"], record["start"] - 40), record["start"])
        year = _year_number(compared.group(1)) if compared else None
        if year is not None and (record["year"], record["year_end"]) != (year, None):
            record["year"], record["year_end"], record["year_status"] = year, None, "given"


def _revisions_share_their_year(records: list[dict], text: str) -> None:
    """A revision's old value ("จาก 6.2%") is for the period its new value's year names ("เหลือ 5.0% สำหรับปี
    2026"), not for the year nearest before it (the previous pair's "สำหรับปี 2025")."""
    for old, new in itertools.pairwise(records):
        if old["sentence_start"] != new["sentence_start"] or old["kind"] != new["kind"] or old["unit"] != new["unit"]:
            continue
        if not _REVISION_TO.fullmatch(text, old["end"], new["start"]):
            continue
        if not _REVISION_FROM.search(text, max(old["sentence_start"], old["start"] - 20), old["start"]):
            continue
        period = _REVISION_PERIOD.match(text, new["end"], min(len(text), new["end"] + 24))
        if period is None or not _REVISION_CUE.search(text, old["sentence_start"], old["start"]):
            continue
        year = _year_number(period.group(1))
        if year is not None and (new["year"], new["year_end"]) == (year, None):
            old["year"], old["year_end"], old["year_status"] = year, None, new["year_status"]


#: what a measure's words hold that names no quantity: figures, units and scale words, years and their
#: prepositions ("ภายในปี 2568 จาก"), joins and verbs of change
_NAMES_NO_MEASURE = re.compile(r"[\d\s.,%()/–-]+|ล้าน|แสน|หมื่น|พัน|บาท|ดอลลาร์|สหรัฐ|หยวน|ดอง|คน|ราย|และ|หรือ|ตามลำดับ|ภายใน|ใน|ปี|จาก|ตั้งแต่|เมื่อ"
                               r"|พ\.ศ\.|ค\.ศ\.|อยู่|ที่|เพิ่มขึ้น|ลดลง|เหลือ|เป็น|สู่|ขยายตัว|เติบโต|หดตัว|โต|ราว|ประมาณ|ร้อยละ|…")


#: a measure's tail that joins it to the next figure ("… ของไทยในปี 2565 และ"): the year and the join are not the measure
_JOINING_TAIL = re.compile(r"(?:[ \u00a0]*(?:ใน)?ปี[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?\d{4})?[ \u00a0]*(?:และ|หรือ)[ \u00a0]*$")


#: a measure's head that says who aims or expects ("รัฐบาลตั้งเป้าให้"), kept only by the aimed figure
_AIM_HEAD = re.compile(r"^.*?(?:ตั้งเป้า(?:หมาย)?|มุ่งหวัง|มุ่ง|คาดการณ์|คาด)(?:ไว้)?(?:ว่า|ให้|ที่)?[ \u00a0]*")
#: a measure's tail left when its year was read off ("… ด้านอีคอมเมิร์ซในช่วงปี")
_DANGLING_YEAR_WORDS = re.compile(r"[ \u00a0]*(?:(?:(?:ภาย)?ใน|ตั้งแต่|ระหว่าง)(?:ช่วง)?|ช่วง)ปี(?:[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.))?[ \u00a0]*$")


def _measures_of_pairs(records: list[dict], text: str) -> None:
    """The second figure of a pair ("1.2 ล้านล้านบาท และ 1.5 ล้านล้านบาท", "ร้อยละ 1.2 … และลดลงเหลือร้อยละ 1.0")
    measures what the first does: words that name nothing but units, years and a verb ("ล้านล้านบาท และ",
    "ลดลงเหลือ"), or words holding the first figure itself, give way to the first's measure (and its verb)."""
    for previous, record in itertools.pairwise(records):
        if previous["sentence_start"] != record["sentence_start"] or previous["kind"] != record["kind"]:
            continue
        words = record["measure"]
        empty = len(_NAMES_NO_MEASURE.sub("", words)) < 4
        holds_first = previous["surface"] in words
        if not (empty or holds_first) or len(_NAMES_NO_MEASURE.sub("", previous["measure"])) < 4:
            continue
        verb = re.search(r"(?:เพิ่มขึ้น|ลดลง|ขยายตัว|หดตัว)(?:เหลือ|เป็น|สู่)?|(?:เหลือ|เป็น)(?=\s*(?:ร้อยละ)?\s*$)", words)
        measure = previous["measure"]
        if record["status"] != previous["status"]:  # the starting level of an aim is not aimed at
            unaimed = _AIM_HEAD.sub("", measure, count=1)
            measure = unaimed if len(_NAMES_NO_MEASURE.sub("", unaimed)) >= 4 else measure
        record["measure"] = measure + (f" … {verb.group(0)}" if empty and verb else "")
    for record in records:
        trimmed = _DANGLING_YEAR_WORDS.sub("", _JOINING_TAIL.sub("", record["measure"]))
        if trimmed != record["measure"] and len(_NAMES_NO_MEASURE.sub("", trimmed)) >= 4:
            record["measure"] = trimmed


#: "ใน 50 ประเทศแรก", "ติด 10 อันดับแรก": the size of a top group the subject is in, not a count of countries
_TOP_GROUP_AFTER = re.compile(r"[ \u00a0]?(?:ประเทศ|อันดับ|เศรษฐกิจ)(?:/เศรษฐกิจ)?แรก")
_TOP_GROUP_BEFORE = re.compile(r"(?:ใน|ติด)[ \u00a0]?$")
#: "… ได้อย่างต่อเนื่องนับตั้งแต่ปี 2561": the year a standing held since
_HELD_SINCE_AFTER = re.compile(r"[^\d\n]{0,40}?(?:นับ)?ตั้งแต่[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?(\d{4})(?!\d)")
#: "… 5 อันดับแรกของอาเซียนในช่วงปี 2563-2565", "… 10 ประเทศแรกในปี 2564 และ 2565": a top group held over the years
#: its sentence names right after it, both of them (a list of two years) or the span between them
_TOP_YEARS_AFTER = re.compile(r"[^\d\n]{0,60}?(?:ใน|ช่วง|ระหว่าง)[ \u00a0]?(?:ช่วง)?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?"
                              r"(\d{4})[ \u00a0]?(?:[-–]|ถึง|และ|กับ)[ \u00a0]?(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?(\d{4})(?!\d)")
#: "(28% ในปี 2565 และ 19% ในปี 2566) ซึ่งสูงกว่าอัตราการเติบโตของ GDP ถึง 3.5 เท่า", "ประมาณ 20% ต่อปี ซึ่งสูงกว่า …
#: ถึง 3 เท่า": a multiple that compares the figure (or bracket of figures) just before it with something else
_TIMES_THAT_AFTER = re.compile(r"[ \u00a0]?(?:ต่อปี|ใน(?:ปี)?[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?\d{4})?[ \u00a0]?\)?[ \u00a0]?ซึ่ง(?:สูง|มาก|ต่ำ|น้อย|เร็ว|ช้า)กว่า[^\d\n()]{0,60}$")
#: "… เมื่อเทียบกับการประเมินครั้งก่อนในปี 2564 ซึ่งอยู่อันดับที่ 46": a clause opened by ซึ่ง right after a year
#: compared with may describe that earlier assessment or the one the sentence reports
_WHICH_AFTER_COMPARED_YEAR = re.compile(r"(?:เที่?ยบ(?:กับ)?|ครั้งก่อน)[^\d\n]{0,40}?(?:ปี)[ \u00a0]?(?:พ\.ศ\.|ค\.ศ\.)?[ \u00a0]?"
                                        r"\d{4}[ \u00a0]?ซึ่ง(?:อยู่|เป็น)?(?:ที่)?[ \u00a0]?(?:อันดับ|ระดับ)?(?:ที่)?[ \u00a0]?$")


def _claims_over_periods(records: list[dict], text: str) -> None:
    """Figures whose period is a claim over years, or not one year of the text's:

    - a top group held since a year ("รักษาตำแหน่งใน 50 ประเทศแรกได้อย่างต่อเนื่องนับตั้งแต่ปี 2561") is a
      place among the top 50 from that year to the latest its sentence names, not a count of 50 countries in
      one year;
    - a multiple comparing the figure before it ("… ซึ่งสูงกว่าอัตราการเติบโตของ GDP ถึง 3 เท่า") is for that
      figure's period; after a bracket of figures for different years, for none the text gives;
    - a figure in a ซึ่ง clause right after a year compared with may be of either year: its year is unclear.
    Every record gets ``year_status``: given, not_given or unclear."""
    for position, record in enumerate(records):
        record["year_status"] = "not_given" if record["year"] is None else "given"
        start, end, floor = record["start"], record["end"], record["sentence_start"]
        top_group = (record["kind"] == "count" and _TOP_GROUP_AFTER.match(text, end)
                     and _TOP_GROUP_BEFORE.search(text, max(floor, start - 4), start))
        if top_group:
            record.update(kind="rank", unit="top", qualifier="top")
        if record["unit"] == "top":
            reach = min(record["sentence_end"], end + 80)
            since = _HELD_SINCE_AFTER.match(text, end, reach)
            if since is not None:
                first = _year_number(since.group(1))
                latest = max((_year_number(m.group()) or 0
                              for m in re.finditer(r"(?<!\d)\d{4}(?!\d)", text[floor:record["sentence_end"]])), default=0)
                if first is not None:
                    record["year"], record["year_end"] = first, latest if latest > first else None
                    record["year_status"] = "given"
            elif (years := _TOP_YEARS_AFTER.match(text, end, reach)) is not None:
                first, last = _year_number(years.group(1)), _year_number(years.group(2))
                if first is not None and last is not None and first < last:
                    record["year"], record["year_end"], record["year_status"] = first, last, "given"
            if top_group:
                _send_to_review(record)
                continue
        previous = records[position - 1] if position else None
        if (record["kind"] == "multiplier" and previous is not None and previous["sentence_start"] == floor
                and _TIMES_THAT_AFTER.match(text, previous["end"], start)):
            opened = text.rfind("(", floor, previous["start"])
            bracket = (opened != -1 and ")" in text[previous["end"]:start]
                       and ")" not in text[opened:previous["start"]])
            years = {(r["year"], r["year_end"]) for r in records
                     if r["sentence_start"] == floor and bracket and opened < r["start"] < start}
            if bracket and len(years) > 1:
                record["year"], record["year_end"], record["year_status"] = None, None, "not_given"
            else:
                record["year"], record["year_end"] = previous["year"], previous["year_end"]
                record["year_status"] = previous.get("year_status", "not_given" if previous["year"] is None else "given")
            _send_to_review(record)
            continue
        if _WHICH_AFTER_COMPARED_YEAR.search(text, max(floor, start - 90), start):
            record["year_status"] = "unclear"
            _send_to_review(record)


def _send_to_review(record: dict) -> None:
    record["confidence"] = min(record["confidence"], round(REVIEW_BELOW - 0.01, 2))
    record["needs_review"] = record["confidence"] < REVIEW_BELOW


def _features(mention: Mention, parts: tuple[float, float, float, float], indicator: str, year: int | None,
              places: list[Place], starts: list[int], t_starts: list[int]) -> list[str]:
    """What the confidence model reads: each field's cue (its rule's certainty), the figure's kind,
    whether it names an indicator, and how crowded its sentence is with places and years."""
    places_here = bisect.bisect_left(starts, mention.sentence_end) - bisect.bisect_left(starts, mention.sentence_start)
    years_here = bisect.bisect_left(t_starts, mention.sentence_end) - bisect.bisect_left(t_starts, mention.sentence_start)
    names = ("subject", "indicator", "year", "status")
    # places=3 stands for three or more: a sentence that crowded leaves its figures' owners in doubt
    return [*(f"{name}={value:.2f}" for name, value in zip(names, parts, strict=True)), f"kind={mention.kind}",
            "indicator_id=named" if indicator != "other" else "indicator_id=other", "year_given=no" if year is None else "year_given=yes",
            f"places={min(places_here, 3)}", f"years={min(years_here, 3)}"]


@cache
def confidence_model() -> dict | None:
    """The shipped confidence model (logistic regression weights by feature), or None without one."""
    path = _HERE / "confidence_model.json"
    if not path.is_file():
        return None
    import json

    return json.loads(path.read_text(encoding="utf-8"))


def model_probability(model: dict, features: list[str]) -> float:
    """P(all four labels right) under a logistic model: ``{"bias": b, "weights": {feature: w}}``."""
    z = model["bias"] + sum(model["weights"].get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _confidence(subject: float, indicator: float, year: float, status: float, features: list[str] | None = None,
                crowded: bool = False, counted: bool = False, doubtful: bool = False) -> float:
    """How sure the labels are together: a shipped model's probability that all four are right, if
    one ships (``confidence_model.json``, written by ``eval-labels --train-confidence``); else the
    weakest field's certainty nudged by the others'.

    Measured on real news (``digital-compare eval-labels``), only figures with a sure cue for the
    owner, the period and the status (an owner in its clause, a year tied to it, a status word or a
    past year), in a sentence naming at most two places, and not bare counts nor ranks in no named
    index, nor ``doubtful`` (see :func:`_doubtful`), are fully right often
    enough to pass unreviewed (about nine in ten on the development set and on unseen texts); any
    other figure stays below :data:`REVIEW_BELOW`. (A logistic model over the same cues did no better under
    cross-validation by file, ``eval-labels --cv``, so none ships.)"""
    model = confidence_model()
    if model is not None and features is not None:
        return round(model_probability(model, features), 2)
    parts = (subject, indicator, year, status)
    # the indicator's cue is left out of the weakest link: "other" (no vocabulary entry fits) is as
    # often right as a named entry; the owner, the period and the status each need a sure cue
    value = 0.7 * min(subject, year, status) + 0.3 * sum(parts) / len(parts)
    if subject < 0.8 or year < 0.85 or status < 0.85 or crowded or counted or doubtful:
        value = min(value, REVIEW_BELOW - 0.01)
    return round(value, 2)


def mentions_from_records(records, raw: str) -> list[Mention]:
    """:class:`Mention` objects back from mentions-table rows (a DataFrame or a list of dicts), so a
    build labels without extracting twice."""

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
