"""One set of layout rules for every chart, in the browser (a 320 px phone column to a 1,400 px
desktop), in the exported PNG and on a deck slide.

The server never knows the width a chart will be drawn at (Streamlit stretches it to its
column), so no rule depends on it: every text is wrapped to fit the narrowest column
(:data:`TEXT_WIDTH_PX`), long labels stand above their marks instead of beside them, legends
stand below the plot one entry a line, and every margin is counted in pixels from the lines it
holds. Character widths were measured in Chromium with :data:`charts.FONT_FAMILY`: Thai 0.59 em
per visible character, English 0.45 em; :data:`EM_PER_CHAR` takes the wider with some room.
"""

from __future__ import annotations

import contextlib
import functools
import contextvars
import html
import re
import unicodedata
import threading
from dataclasses import dataclass

__all__ = [
    "AXIS_BLOCK_PX", "Canvas", "canvas", "column", "current_canvas", "text_width", "EM_PER_CHAR", "LABEL_PX", "LEGEND_ROW_PX", "PAD_PX", "SOURCE_PX", "SUBTITLE_PX", "TEXT_WIDTH_PX",
    "TITLE_PX", "WIDE_COLUMN_PX", "WORD_JOINER", "ZERO_WIDTH_SPACE", "block_height", "breaks_at_words", "chars_per_line", "line_count", "line_height",
    "PROSE_TERMS", "grid_column_px", "names_kept_whole", "visible_length", "without_layout_marks", "wrap_words",
]

#: the column a card across the page has its wider variant laid out for, and shown from: a chart of text (the
#: article's other claims) in a card across the page wrapped at a phone's 30 characters, the card left empty
WIDE_COLUMN_PX = 760
#: the narrowest chart: a 390 px phone's column (326 px) less the chart's own side padding
TEXT_WIDTH_PX = 290
#: width of one visible character in ems, for the widest script we draw (Thai, 0.59 measured)
EM_PER_CHAR = 0.62
#: font sizes (px) of the chart's texts
TITLE_PX, SUBTITLE_PX, LABEL_PX, SOURCE_PX, LEGEND_PX, TICK_PX = 18, 13, 14, 11, 12, 12
#: the side padding of the figure; texts start here
PAD_PX = 12
#: room under a plot for its tick labels and axis title
AXIS_BLOCK_PX = 58
#: one legend entry a line, below the plot
LEGEND_ROW_PX = 30


@dataclass(frozen=True)
class Canvas:
    """A known drawing size (an exported picture, a slide): texts wrap to its width.

    ``height``: the figure's height, the plot taking what the texts leave; ``None`` keeps the
    height the texts and marks need. ``bare``: title and source left out, for a slide that
    sets them as its own text (shown once, not in the picture and again under it).
    """

    width: int
    height: int | None = None
    bare: bool = False


_CANVAS: contextvars.ContextVar[Canvas | None] = contextvars.ContextVar("chart_canvas", default=None)


@contextlib.contextmanager
def canvas(width: int, height: int | None = None, bare: bool = False):
    """Charts built inside are laid out for ``width`` px (the browser's unknown width otherwise)."""
    token = _CANVAS.set(Canvas(width, height, bare))
    try:
        yield
    finally:
        _CANVAS.reset(token)


def current_canvas() -> Canvas | None:
    return _CANVAS.get()


_COLUMN: contextvars.ContextVar[int | None] = contextvars.ContextVar("chart_column", default=None)


@contextlib.contextmanager
def column(width: int):
    """Charts built inside are laid out for a browser column at least ``width`` px wide: a page draws such a
    variant beside the narrowest one and shows whichever fits the width its card is given (a CSS container
    query), so a chart of text in a full-width card is not set in a phone's 30-character column. Unlike a
    :func:`canvas`, it is still the page's chart (its pointers to the Sources tab stay)."""
    token = _COLUMN.set(width)
    try:
        yield
    finally:
        _COLUMN.reset(token)


_BESIDE_TABS: contextvars.ContextVar[bool] = contextvars.ContextVar("chart_beside_tabs", default=True)


@contextlib.contextmanager
def without_tabs():
    """Charts built inside are a page's drawings shown with no tabs beside them (presentation mode):
    a pointer to the Sources tab would send the reader to a tab the screen does not show."""
    token = _BESIDE_TABS.set(False)
    try:
        yield
    finally:
        _BESIDE_TABS.reset(token)


def beside_tabs() -> bool:
    """Whether a page's chart built here has its card's tabs (Sources among them) beside it."""
    return _BESIDE_TABS.get()


def text_width() -> int:
    """The width texts are wrapped to: the canvas's, else the browser column's (the narrowest unless
    :func:`column` says wider)."""
    drawn = _CANVAS.get()
    if drawn is not None:
        return drawn.width - 2 * PAD_PX - 6
    wide = _COLUMN.get()
    return TEXT_WIDTH_PX if wide is None else wide - 2 * PAD_PX - 6


def line_height(font_px: float) -> float:
    """Plotly's line spacing for multi-line text (1.3 em), rounded up; Thai marks above and below need it."""
    return round(font_px * 1.3 + 0.5)


def block_height(wrapped: str, font_px: float) -> int:
    """Height of a drawn text block: its lines, and the marks Thai sets above the first line and
    below the last (measured: 0.5 em beyond the line spacing)."""
    return layout_lines(wrapped) * line_height(font_px) + round(font_px * 0.5)


def layout_lines(wrapped: str) -> int:
    return max(1, line_count(wrapped))


def chars_per_line(font_px: float, width_px: float | None = None) -> int:
    return max(8, int((text_width() if width_px is None else width_px) / (EM_PER_CHAR * font_px)))


def visible_length(text: str) -> int:
    """Characters that take width: Thai vowel and tone marks above or below a letter do not."""
    return sum(1 for ch in text if unicodedata.category(ch) != "Mn")


#: Streamlit's data grid: 14 px text, 8 px of padding each side of a cell; its widest column kept to what a
#: desktop grid shows beside the others. Measured in the grid at 14 px: a Thai letter 0.6 em, a Latin one or a
#: digit 0.42–0.46 em (the charts' EM_PER_CHAR is the widest script's, which gave an English grid 40 % to spare)
GRID_FONT_PX, GRID_PADDING_PX, GRID_MIN_PX, GRID_MAX_PX = 14, 8, 60, 420
GRID_EM_THAI, GRID_EM_OTHER, GRID_EM_WIDE = 0.6, 0.45, 1.0


def _grid_text_px(text: str) -> float:
    ems = 0.0
    for ch in text:
        if unicodedata.category(ch) == "Mn":
            continue
        ems += (GRID_EM_THAI if "\u0e00" <= ch <= "\u0e7f"
                else GRID_EM_WIDE if unicodedata.east_asian_width(ch) in ("W", "F") else GRID_EM_OTHER)
    return ems * GRID_FONT_PX


def grid_column_px(cells) -> int:
    """The width of a data-grid column that holds its longest cell (the header among them) whole.

    The grid's own sizing reads only the rows it first draws, so a longer figure further down was cut
    («nearly 2,500 item…»); a fixed width gave short figures 200 px of a phone's 330.
    """
    widest = max((_grid_text_px(str(cell)) for cell in cells), default=0.0)
    return int(min(GRID_MAX_PX, max(GRID_MIN_PX, round(widest + 2 * GRID_PADDING_PX + 6))))


@functools.cache
def _unbreakable_words() -> tuple[str, ...]:
    """Names the word list splits into syllables ("จิ้น" + "ผิง"), from annotations/names.yaml: a line never
    breaks inside one. Longest first, so a longer name is matched before a name it contains."""
    import yaml

    from digital_compare.paths import ANNOTATIONS_DIR

    try:
        entries = yaml.safe_load((ANNOTATIONS_DIR / "names.yaml").read_text(encoding="utf-8")) or []
    except OSError:
        return ()
    words = {part for entry in entries for part in str(entry.get("th", "")).split() if len(part) > 1}
    return tuple(sorted(words | set(SCALE_WORDS), key=len, reverse=True))


#: Thai scale words the word list splits ("ล้าน" + "ล้าน"): "ล้าน|ล้านหยวน" read as a million of something
SCALE_WORDS = ("ล้านล้าน", "แสนล้าน", "หมื่นล้าน", "พันล้าน")


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


WORD_JOINER = "\u2060"
#: names longer than this stay breakable in prose: a phone's line holds about 20 Thai characters
PROSE_NAME_MAX_CHARS = 10


#: words of our own Thai prose that Chromium's line breaker (ICU's dictionary) splits where our tokenizer keeps
#: them whole: "ค่าคาด|การณ์", "เป้า|หมาย", "ข้อ|เสนอ", "เกิด|ขึ้น" on /explore's intro at 390 px
PROSE_TERMS = ("คาดการณ์", "เป้าหมาย", "ข้อเสนอ", "เกิดขึ้น")
#: quoted text, which keeps the article's characters exactly: copied into a search it must still match
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”")


def names_kept_whole(text: str, terms: tuple[str, ...] = ()) -> str:
    """``text`` with a word joiner (U+2060, invisible) between the syllables of each name of
    :func:`_unbreakable_words`, for prose the browser lays out: its Thai line breaker does not know the names
    ("ฝู|เจี้ยน" on a phone, where our tokenizer keeps it whole). The joiner goes between Thai character
    clusters, which no line breaks inside; only short Thai names (a long one must stay breakable on a phone).
    ``terms``: words of our own wording kept whole the same way (:data:`PROSE_TERMS`), never inside a quote.

    :Example:

        >>> names_kept_whole("ค่าคาดการณ์ «คาดการณ์»", ("คาดการณ์",)).count(WORD_JOINER)
        2
    """
    from pythainlp.tokenize import subword_tokenize

    def joined(word: str) -> str:
        return WORD_JOINER.join(subword_tokenize(word, engine="tcc"))

    text = _SPACE_BEFORE_AMOUNT_WORD.sub(NO_BREAK_SPACE, text)  # "19 / %" on a card: a figure and its unit on one line
    for name in _unbreakable_words():
        if name in text and visible_length(name) <= PROSE_NAME_MAX_CHARS and all(_is_thai(ch) for ch in name):
            text = text.replace(name, joined(name))
    if terms:
        pieces, last = [], 0
        for quote in _QUOTED.finditer(text):
            pieces += [text[last:quote.start()], quote.group(0)]
            last = quote.end()
        pieces.append(text[last:])
        for term in terms:
            pieces = [piece if i % 2 else piece.replace(term, joined(term)) for i, piece in enumerate(pieces)]
        text = "".join(pieces)
    return text


def _join_names(tokens: list[str], width: int) -> list[str]:
    """``tokens`` with each name of :func:`_unbreakable_words` split across several of them joined into one;
    a name longer than a line stays in its words, broken between them rather than cut mid-syllable."""
    names = [name for name in _unbreakable_words() if visible_length(name) <= width]
    out, i = [], 0
    while i < len(tokens):
        joined = None
        for name in names:
            if not name.startswith(tokens[i]) or tokens[i] == name:
                continue
            text, j = tokens[i], i + 1
            while len(text) < len(name) and j < len(tokens) and name.startswith(text + tokens[j]):
                text, j = text + tokens[j], j + 1
            if text == name:
                joined = (text, j)
                break
        if joined:
            out.append(joined[0])
            i = joined[1]
        else:
            out.append(tokens[i])
            i += 1
    return out


#: Thai prefixes that make a noun of the word after them ("การ" + "แบ่งปัน"): the tokenizer cuts them off,
#: a line must not ("สร้างแพลตฟอร์มการ|แบ่งปันข้อมูล" read as two broken phrases)
THAI_NOUN_PREFIXES = ("การ", "ความ")
_APOSTROPHES = ("'", "\u2019")


def _fractions_whole(tokens: list[str]) -> list[str]:
    """A level or ratio the tokenizer splits at its slash ("6", "/", "10") as one token: a hover broke "6/|10"."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if (tokens[i] == "/" and out and out[-1][-1:].isdigit() and i + 1 < len(tokens) and tokens[i + 1][:1].isdigit()):
            out[-1] += "/" + tokens[i + 1]
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return out


def _keep_together(tokens: list[str], numbers_with_words: bool = True) -> list[str]:
    """The tokenizer's words joined where a line must not break between them: an opening bracket or quote
    with the word after it (a straight ``"`` opens at its odd occurrences, closes at its even ones); a Thai
    noun prefix with its word; an apostrophe inside a word ("Vietnam's") with both halves."""
    out: list[str] = []
    carried = ""  # opening marks and prefixes waiting for the word they belong to
    straight_quotes = 0
    glue_next = False
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token == '"':
            straight_quotes += 1
        opening = bool(token) and (all(unicodedata.category(ch) in ("Ps", "Pi") for ch in token)
                                   or (token == '"' and straight_quotes % 2 == 1))
        if (opening or (token in THAI_NOUN_PREFIXES and following[:1] and _is_thai(following[0]))) and following.strip():
            carried += token
            continue
        if glue_next and out:
            out[-1] += carried + token
            carried, glue_next = "", False
            continue
        if (token in _APOSTROPHES and out and not carried and out[-1][-1:].isalpha() and following[:1].isalpha()
                and not _is_thai(following[0])):
            out[-1] += token
            glue_next = True
            continue
        out.append(carried + token)
        carried = ""
    if carried:
        out.append(carried)
    return _numbers_with_their_word(out) if numbers_with_words else out


#: a Thai word and the number after it ("ครั้งที่ 3", "ปี 2020", "อันดับ 46", and an era's mark with its year,
#: "ค.ศ. 2023") up to this many visible characters stay on one line: "…ครั้งที่|3)" read as a dangling number
ERA_MARKS = ("ค.ศ.", "พ.ศ.")
WORD_NUMBER_MAX_CHARS = 10


def _numbers_with_their_word(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        # an era's mark may carry the bracket or quote that opens before it: "(ค.ศ. 2022, 2023)"
        if (i + 2 < len(tokens) and tokens[i + 1] == " " and token[-1:] and (_is_thai(token[-1]) or token.lstrip("(“«\"'[") in ERA_MARKS)
                and tokens[i + 2][:1].isdigit() and visible_length(token + " " + tokens[i + 2]) <= WORD_NUMBER_MAX_CHARS):
            joined = token + " " + tokens[i + 2]
            if (token == "ที่" and out and out[-1][-1:] and _is_thai(out[-1][-1])  # an ordinal: "ครั้ง" + "ที่ 3"
                    and visible_length(out[-1] + joined) <= WORD_NUMBER_MAX_CHARS):
                out[-1] += joined
            else:
                out.append(joined)
            i += 3
        else:
            out.append(token)
            i += 1
    return out


#: a quoted name or phrase up to this many visible characters stays on one line ("“จีน|ดิจิทัล”" in a hover read
#: as two names); a longer quote breaks between its words like any text
QUOTE_KEPT_WHOLE_MAX_CHARS = 40
_QUOTE_CLOSES = {"“": "”", "«": "»"}


def _quotes_kept_whole(tokens: list[str], width: int) -> list[str]:
    """``tokens`` with each short quote (“…” or «…», its marks included) joined into one, where it fits a line."""
    out, i = [], 0
    while i < len(tokens):
        token = tokens[i]
        closing = _QUOTE_CLOSES.get(token.lstrip("(")[:1])
        if closing and closing not in token[1:]:
            j = i + 1
            while j < len(tokens) and closing not in tokens[j]:
                j += 1
            whole = "".join(tokens[i:j + 1])
            if j < len(tokens) and visible_length(whole) <= min(QUOTE_KEPT_WHOLE_MAX_CHARS, width):
                out.append(whole)
                i = j + 1
                continue
        out.append(token)
        i += 1
    return out


def wrap_words(text: str, width: int) -> str:
    """Text escaped for Plotly and broken into lines of at most ``width`` visible characters,
    never inside a word: Thai writes no spaces between words, so lines break between the
    tokenizer's words. A word longer than a line is cut only where it has to be."""
    from digital_compare.text.thai_text import word_tokenize_fast

    tokens = _quotes_kept_whole(_keep_together(_join_names(_fractions_whole(_latin_words_whole(
        _long_words_split(word_tokenize_fast(str(text)), width))), width)), width)
    lines, line = [], ""
    for token in tokens:
        punctuation = all(unicodedata.category(ch).startswith("P") for ch in token)
        if line and token.strip() and not punctuation and visible_length(line) + visible_length(token) > width:
            # a break where the text has a space keeps it at the line's end: read as text (a screen reader,
            # a copy) the lines join as written, "(97)”, 2024-06-11", not "(97)”,2024-06-11"
            lines.append(line.rstrip() + (" " if line[-1:].isspace() else ""))
            line = token.lstrip()
        else:
            line += token
        # (a space closing a full line is not part of a word: it never makes the line "too long")
        while visible_length(line.rstrip()) > width and " " not in line.strip():
            # one word wider than the line (a long URL, an unsegmented name)
            lines.append(line[:width])
            line = line[width:]
    lines.append(line.rstrip())
    return "<br>".join(html.escape(part, quote=False) for part in lines if part)


def _long_words_split(tokens: list[str], limit: int) -> list[str]:
    """Each Thai word longer than ``limit`` visible characters as the dictionary words it is made of
    ("เอเชียตะวันออกเฉียงใต้" is "เอเชีย" and "ตะวันออกเฉียงใต้"): the dictionary holds such compounds
    whole, and a line too narrow for one was cut inside a syllable ("…เฉี|ยงใต้")."""
    return [part for token in tokens for part in _dictionary_parts(token, limit)]


def _dictionary_parts(word: str, limit: int) -> list[str]:
    """``word`` if it fits ``limit``, is not all Thai, or is no compound of dictionary words; else the
    fewest dictionary words that make it up, the word itself left out of the dictionary, each split again."""
    if visible_length(word) <= limit or not all(_is_thai(ch) for ch in word):
        return [word]
    from pythainlp.tokenize import word_tokenize

    known = _compound_dictionary()
    with _COMPOUND_LOCK:  # the dictionary is shared by every session's thread
        held = word in known
        if held:
            known.remove(word)
        try:
            parts = word_tokenize(word, custom_dict=known, engine="newmm")
        finally:
            if held:
                known.add(word)
    if len(parts) < 2 or not all(part in known for part in parts):
        return [word]
    return [piece for part in parts for piece in _dictionary_parts(part, limit)]


_COMPOUND_LOCK = threading.Lock()


@functools.cache
def _compound_dictionary():
    from pythainlp.corpus import thai_words
    from pythainlp.util import Trie

    return Trie(thai_words())


def _latin_words_whole(tokens: list[str]) -> list[str]:
    """Latin letters and digits written together are one word: the tokenizer cuts "3rd" into "3" and "rd",
    and a line broke between them ("3<br>rd")."""
    whole: list[str] = []
    for token in tokens:
        if whole and token[:1].isascii() and token[:1].isalnum() and whole[-1][-1:].isascii() and whole[-1][-1:].isalnum():
            whole[-1] += token
        else:
            whole.append(token)
    return whole


ZERO_WIDTH_SPACE = "\u200b"
NO_BREAK_SPACE = "\u00a0"
#: words that belong to the number before them: "2 ล้านล้านหยวน", "2 trillion yuan" break as one
AMOUNT_WORDS = frozenset({"ล้าน", "แสน", "หมื่น", "พัน", "หยวน", "บาท", "ดอง", "ดอลลาร์", "ดอลลาร์สหรัฐ",
                          "trillion", "billion", "million", "yuan", "baht", "dong", "%", *SCALE_WORDS})
#: the space between a number and the amount word after it, which prose keeps on one line as tables do
_SPACE_BEFORE_AMOUNT_WORD = re.compile(r"(?<=\d) (?=" + "|".join(map(re.escape, sorted(AMOUNT_WORDS, key=len, reverse=True))) + ")")


#: the longest name (in visible characters) :func:`breaks_at_words` keeps on one line
NAME_WHOLE_CHARS = 16
#: the longest dictionary word (in visible characters) :func:`breaks_at_words` offers no break inside: a longer
#: one made of dictionary words may break between them
COMPOUND_WHOLE_CHARS = 8


def breaks_at_words(text: str) -> str:
    """``text`` for a browser to lay out in a narrow column, breaking lines only between the tokenizer's words:
    a zero-width space where two Thai words meet, a word joiner between the character clusters inside each
    word (the browser's own Thai breaker cut "ขอ|ง" and "ใช้|งาน"), and a number held to its scale and
    currency words by no-break spaces ("2 ล้านล้านหยวน" never ends a line at "2 ล้าน"). The marks are invisible;
    :func:`without_layout_marks` takes them out again, for text that is copied or saved.

    :Example:

        >>> without_layout_marks(breaks_at_words("เกิน 2 ล้านล้านหยวนในปี 2020")) == "เกิน 2 ล้านล้านหยวนในปี 2020"
        True
        >>> "\u200b" in breaks_at_words("2 ล้านล้านหยวน")
        False
    """
    from pythainlp.tokenize import subword_tokenize

    from digital_compare.text.thai_text import word_tokenize_fast

    # a name up to NAME_WHOLE_CHARS is held whole ("ฝูเจี้ยนดิจิทัล"); a longer one ("องค์การทรัพย์สินทางปัญญาโลก",
    # 190 px) breaks between its words, or a phone's table column cannot hold it
    # a compound the dictionary holds whole ("ทรัพย์สินทางปัญญา", 130 px) may break between its words: wider than
    # a phone's table column, the browser cut it inside a syllable («…ปัญญ|า»)
    tokens = _keep_together(_join_names(_long_words_split(word_tokenize_fast(str(text)), COMPOUND_WHOLE_CHARS),
                                        NAME_WHOLE_CHARS), numbers_with_words=False)
    amounts: list[str] = []
    i = 0
    while i < len(tokens):  # a number, then its scale and currency words
        token = tokens[i]
        if token[-1:].isdigit():
            j = i + 1
            while j < len(tokens) and (tokens[j] in AMOUNT_WORDS
                                       or (tokens[j] == " " and j + 1 < len(tokens) and tokens[j + 1] in AMOUNT_WORDS)):
                token += NO_BREAK_SPACE if tokens[j] == " " else tokens[j]
                j += 1
            amounts.append(token)
            i = j
        else:
            amounts.append(token)
            i += 1
    # then a short word and its number ("ปี 2020"), as wrap_words keeps them; never "มากกว่า" with a whole amount
    words = _numbers_with_their_word(amounts)
    out = []
    for word in words:
        if any(_is_thai(ch) for ch in word):
            # the clusters of each run of Thai letters joined: no break inside a word
            word = "".join(WORD_JOINER.join(_joined_inside(c) for c in subword_tokenize(part, engine="tcc"))
                           if part and _is_thai(part[0]) else part for part in _thai_runs(word))
            word = word.replace(" ", NO_BREAK_SPACE)  # "ปี 2020", "ครั้งที่ 3": kept together by _keep_together
        if out and out[-1][-1:] and word[:1] and _is_thai(out[-1][-1]) and _is_thai(word[0]):
            out.append(ZERO_WIDTH_SPACE)
        out.append(word)
    return "".join(out)


def _joined_inside(cluster: str) -> str:
    """A character cluster with a word joiner before each consonant or leading vowel inside it: Chromium's
    Thai breaker cut the one cluster "นิกส์" of "อิเล็กทรอนิกส์" where a table's column was narrow. A joiner
    never precedes a vowel or tone mark written above or below, which would be drawn apart from its letter."""
    return cluster[:1] + "".join(WORD_JOINER + ch if ("ก" <= ch <= "ฮ" or "เ" <= ch <= "ไ") else ch for ch in cluster[1:])


def _thai_runs(text: str) -> list[str]:
    """``text`` cut into runs of Thai letters and runs of anything else."""
    runs: list[str] = []
    for ch in text:
        if runs and _is_thai(runs[-1][-1]) == _is_thai(ch):
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


def without_layout_marks(text: str) -> str:
    """Text as written, without the invisible marks :func:`breaks_at_words` and :func:`names_kept_whole` add
    for the browser's line breaking: for what is copied, saved or exported."""
    return str(text).replace(WORD_JOINER, "").replace(ZERO_WIDTH_SPACE, "").replace(NO_BREAK_SPACE, " ")


def line_count(wrapped: str) -> int:
    return wrapped.count("<br>") + 1 if wrapped else 0
