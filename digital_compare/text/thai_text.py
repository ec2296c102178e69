"""Thai sentences, tokens and keywords, with character offsets.

Tokens come from nlpo3 (PyThaiNLP's Rust newmm) loaded with PyThaiNLP's own
bundled word list, so the whole layer works offline.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import nlpo3

__all__ = [
    "FUNCTION_WORDS",
    "excerpt_at_words",
    "cuts_at_words",
    "excerpt_bounds",
    "word_boundary_near",
    "keyword_counts",
    "segment_sentences",
    "span_at_words",
    "thai_stopword_set",
    "weighted_log_odds",
    "word_tokenize_fast",
]

_NLPO3_DICT_NAME = "digital_compare_words_th"

# A sentence ends at a line break, at a run of 2+ spaces (how Thai news separates
# sentences), at a dash rule, at ? or . followed by space, or at ! that ends its line: a
# headline's exclamation goes on into the sentence that says its figures ("ส่งออกไทยยังแกร่ง!
# กระทรวงเผย ปีนี้โต 4%"), whose topic it names. A dot after a one-letter
# abbreviation part ("พ.ศ. 2566", "ค.ศ.") does not end a sentence.
# A run of spaces typed after a comma ("38 ล้าน,  ค้าปลีก 14 ล้าน") or between a number and the
# word it counts ("ทั้ง 6  ประเทศ") is a slip inside a sentence: a list goes on, a count is not cut
# from its unit. A year or a time word may close a sentence and the next open ("ปี 2566  ประเทศไทย…",
# "… 5  ปีนี้…"), so neither is read so. Nor does a clause that goes on with และ, หรือ, ซึ่ง or ด้วย ("… 9 ล้านคน  ซึ่ง
# เพิ่มขึ้น …", "… ของลาว  ด้วยมูลค่า …") open a sentence of its own.
# The leading lookahead lets the engine skip most positions after one character test.
_COUNTED_AFTER_SPACES = ("ประเทศ|คน|ราย|แห่ง|จังหวัด|เมือง|บริษัท|ล้าน|แสน|หมื่น|พัน|บาท|ดอลลาร์|เหรียญ|หยวน|"
                         "ด่ง|ยูโร|เยน|เปอร์เซ็นต์|%|เท่า|เป้าหมาย|ภารกิจ")
_SPACE = r"[ \t\u00a0\u3000]"
_GOES_ON = "และ|หรือ|ซึ่ง|ด้วย"
# a line that opens on the value its previous line's measure stands at ("… ต่ำสุดนับแต่ไตรมาสแรกของปี 2564\n
# ที่ร้อยละ 4.1 …"): a line wrapped inside its sentence, for no sentence opens so
_VALUE_GOES_ON = r"\s*ที่\s*(?:ร้อยละ|\d)"
# the whole run of spaces (never its tail), before no clause that goes on
_SPACES_BREAK = f"{_SPACE}{{2,}}(?!{_SPACE}|{_GOES_ON})"
_SENTENCE_BREAK = re.compile(
    rf"(?=[\s\-])(?:\n+(?!{_VALUE_GOES_ON})|(?<![,\d \t\u00a0\u3000]){_SPACES_BREAK}|(?<=19\d\d|20\d\d|25\d\d){_SPACES_BREAK}"
    rf"|(?<=\d){_SPACE}{{2,}}(?!{_SPACE}|{_COUNTED_AFTER_SPACES}|{_GOES_ON})"
    r"|-{4,}|(?<=\?)\s+|(?<=!)\s*\n\s*|(?<=[^\s.]{2}\.)\s+)"
)


def segment_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentences given as ``(start, end)`` offsets, trimmed.

    :Example:

        >>> text = "ปี พ.ศ. 2566 มี 62 เป้าหมาย  สำเร็จ 18 เป้าหมาย"
        >>> [text[s:e] for s, e in segment_sentences(text)]
        ['ปี พ.ศ. 2566 มี 62 เป้าหมาย', 'สำเร็จ 18 เป้าหมาย']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in _SENTENCE_BREAK.finditer(text):
        _append_trimmed(text, start, brk.start(), spans)
        start = brk.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@lru_cache(maxsize=1)
def _nlpo3_dict() -> str:
    import pythainlp

    path = os.path.join(os.path.dirname(pythainlp.__file__), "corpus", "words_th.txt")
    message, ok = nlpo3.load_dict(path, _NLPO3_DICT_NAME)
    if not ok and "exist" not in message.lower():
        raise RuntimeError(f"nlpo3 could not load PyThaiNLP's word list: {message}")
    return _NLPO3_DICT_NAME


def word_tokenize_fast(text: str) -> list[str]:
    """Tokenize Thai text with nlpo3 (newmm) and PyThaiNLP's word list.

    :Example:

        >>> word_tokenize_fast("เกินสองล้านล้านหยวน")
        ['เกิน', 'สอง', 'ล้าน', 'ล้าน', 'หยวน']
    """
    if not text:
        return []
    # safe=True splits inside characters (tokens stop joining back to the text), so it stays off.
    return nlpo3.segment(text, _nlpo3_dict())


def excerpt_at_words(text: str, start: int, end: int, max_chars: int) -> str:
    """At most about ``max_chars`` of ``text`` around ``text[start:end]``, cut only between the tokenizer's
    words (Thai writes no spaces between words: a cut by characters leaves «แล» of «และ»), each cut
    marked "…". The words of ``start:end`` are always kept whole, however long.

    :Example:

        >>> excerpt_at_words("ซึ่งอยู่อันดับที่ 46 และรักษาตำแหน่งไว้", 0, 4, 24)
        'ซึ่งอยู่อันดับที่ 46 และ…'
    """
    left, right = excerpt_bounds(text, start, end, max_chars)
    return ("…" if text[:left].strip() else "") + text[left:right] + ("…" if text[right:].strip() else "")


def excerpt_bounds(text: str, start: int, end: int, max_chars: int) -> tuple[int, int]:
    """Where :func:`excerpt_at_words` cuts ``text``: the offsets of at most about ``max_chars`` around
    ``text[start:end]``, each at a boundary between the tokenizer's words, spaces at either end left out
    (a quote kept by its offsets stays ``text[left:right]``).

    :Example:

        >>> excerpt_bounds("ซึ่งอยู่อันดับที่ 46 และรักษาตำแหน่งไว้", 0, 4, 24)
        (0, 24)
    """
    if len(text) <= max_chars:
        left, right = 0, len(text)
    else:
        bounds, at = [0], 0
        for token in word_tokenize_fast(text):
            at += len(token)
            bounds.append(at)
        left = max(b for b in bounds if b <= max(0, start))
        right = min(b for b in bounds if b >= min(len(text), end))
        # widen a word at a time, on the side nearer the figure while it fits, so the figure stays central
        before = [b for b in bounds if b < left][::-1]
        after = [b for b in bounds if b > right]
        while True:
            can_left = bool(before) and right - before[0] <= max_chars
            can_right = bool(after) and after[0] - left <= max_chars
            if not (can_left or can_right):
                break
            if can_left and (not can_right or start - left <= right - end):
                left = before.pop(0)
            else:
                right = after.pop(0)
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


_ASCII_SPACES = frozenset(" \t\n\r")


def _plainly_between_words(before: str, after: str) -> bool:
    """An ASCII space on exactly one side and printable ASCII on the other ("1 |2", "x| y"): a boundary the
    tokenizer gives too, known without it. Thai beside a space is not so plain ("ต่าง ๆ" is one word), nor is a
    run of spaces, nor a no-break space."""
    if (before in _ASCII_SPACES) == (after in _ASCII_SPACES):
        return False
    other = after if before in _ASCII_SPACES else before
    return other.isascii() and other.isprintable()


def word_boundary_near(text: str, at: int, low: int, high: int, forward: bool) -> int:
    """The boundary between the tokenizer's words nearest ``at`` on one side (``forward``: at or after it, else
    at or before it), kept within ``low``..``high``; ``at`` itself where none is near. Only about 30 characters
    either side are read: a cut needs its own words, and reading a whole long sentence for each of its many
    figures made the work grow with the input's square.

    :Example:

        >>> text = "ซึ่งอยู่อันดับที่ 46 และรักษาตำแหน่งไว้"
        >>> word_boundary_near(text, 26, 0, len(text), True), word_boundary_near(text, 26, 0, len(text), False)
        (29, 24)
    """
    if low <= at <= high and 0 < at < len(text) and _plainly_between_words(text[at - 1], text[at]):
        return at
    window_start, window_end = max(0, at - 30), min(len(text), at + 30)
    bounds, position = [window_start], window_start
    for token in word_tokenize_fast(text[window_start:window_end]):
        position += len(token)
        bounds.append(position)
    # the window's own ends are no word boundary unless the text's
    inner = [b for b in bounds if (b != window_start or b == 0) and (b != window_end or b == len(text)) and low <= b <= high]
    side = [b for b in inner if b >= at] if forward else [b for b in inner if b <= at]
    if not side:
        return at
    return min(side) if forward else max(side)


def cuts_at_words(text: str, left: int, right: int, start: int, end: int, low: int, high: int) -> tuple[int, int]:
    """``text[left:right]``, a piece of ``text[low:high]`` around ``text[start:end]``, with each end that cuts
    inside it moved inward to a boundary between words and past any space: the offsets of a quote or an
    excerpt that opens on no vowel without its consonant.

    :Example:

        >>> cuts_at_words("ซึ่งอยู่อันดับที่ 46 และรักษาตำแหน่งไว้", 2, 26, 18, 20, 0, 38)
        (4, 24)
    """
    if left > low:
        left = word_boundary_near(text, left, low, start, forward=True)
    if right < high:
        right = word_boundary_near(text, right, end, high, forward=False)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


def span_at_words(text: str, start: int, end: int, max_chars: int) -> str:
    """``text[start:end]`` with any word it cuts into dropped, and no longer than about ``max_chars``, kept from
    its end (the words next to a figure that stands after it), each cut marked "…". Thai writes no spaces
    between words, so a span found by counting characters can start inside one («จลุล่วง» of «สำเร็จลุล่วง»).

    :Example:

        >>> span_at_words("เป้าหมายที่สำเร็จลุล่วง", 14, 23, 80)
        '…ลุล่วง'
    """
    # the tokenizer reads a little past each end so the words there are the ones the whole text has
    window_start, window_end = max(0, start - 30), min(len(text), end + 30)
    bounds, at = {window_start, window_end}, window_start
    for token in word_tokenize_fast(text[window_start:window_end]):
        at += len(token)
        bounds.add(at)
    inside = sorted(b for b in bounds if start <= b <= end)
    if len(inside) < 2:  # one word longer than the span: keep the span as it is rather than nothing
        return text[start:end].strip()
    left, right = inside[0], inside[-1]
    while right - left > max_chars and len(inside) > 2:
        inside.pop(0)
        left = inside[0]
    piece = text[left:right].strip()
    return ("…" if left > start else "") + piece + ("…" if right < end else "")


@lru_cache(maxsize=1)
def thai_stopword_set() -> frozenset[str]:
    """PyThaiNLP's Thai stopwords."""
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords())


#: words that carry no topic but pass PyThaiNLP's stopword list: time words, measure words,
#: linkers. A keyword list made of them ("ปี", "สำหรับ") says nothing about an article.
FUNCTION_WORDS = frozenset({
    "ปี", "สำหรับ", "ระหว่าง", "ตั้งแต่", "จนถึง", "ภายใน", "ต่อ", "ครั้ง", "ครั้งที่", "ด้าน", "ว่าด้วย",
    "ซึ่ง", "โดย", "เพื่อ", "จาก", "ถึง", "อย่าง", "ต่าง", "ๆ", "เป็นต้น", "นี้", "นั้น", "ได้แก่", "อันได้แก่",
    "ทั้ง", "ทั้งหมด", "แต่ละ", "เรื่อง", "ประการ", "รวมถึง", "ขณะเดียวกัน", "นอกจากนี้", "ทางกลับกัน",
    # era markers before a year: they say which calendar, not what the article is about
    "ค.ศ.", "พ.ศ.", "ค.ศ", "พ.ศ",
})

# a name in Latin script: two or more capitalised words ("Pham Minh Chinh")
_LATIN_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")

# a Thai abbreviation of two or more dotted parts ("พ.ร.บ.", "ก.ล.ต.", "มี.ค."), each part a consonant or
# leading vowel and at most two marks or letters more, starting a word: the tokenizer's word list lacks
# many of them and cuts «มี.ค.» into «มี» and «.ค.», two fragments that are no words. After a Thai letter or a dot
# («เดือนมี.ค.») the start is unclear («นมี.ค.»): the tokenizer cuts there, its fragments are dropped
_ABBREVIATION_PART = r"[ก-ฮเ-ไ][ก-๎]{0,2}\."
_THAI_ABBREVIATION = re.compile(rf"(?<![ก-๎.]){_ABBREVIATION_PART}(?:{_ABBREVIATION_PART})+")


@lru_cache(maxsize=1)
def _date_abbreviations() -> frozenset[str]:
    """The months' abbreviations (PyThaiNLP's ``thai_abbr_months``): a date's words, no topic, like ปี."""
    from pythainlp.util.date import thai_abbr_months

    return frozenset(thai_abbr_months)


def _is_keyword_token(token: str, stopwords: frozenset[str]) -> bool:
    if len(token) < 2 or token in stopwords or token in FUNCTION_WORDS or token in _date_abbreviations():
        return False
    letters = sum(1 for ch in token if unicodedata.category(ch).startswith("L"))
    if not letters:
        return False
    # a piece of an abbreviation the tokenizer cut («.ค.», «น.» of a time): a dot and one letter is no word
    if "." in token and (token.startswith(".") or letters < 2):
        return False
    return not token.isspace()


@lru_cache(maxsize=1)
def _scale_after_digits() -> re.Pattern:
    """The scale words of a written figure ("4 ล้านล้านบาท", "4.5 แสนล้าน"): part of a number, no keyword."""
    from digital_compare.text.thai_numbers import SCALE_PATTERN

    return re.compile(r"(?<=[\d๐-๙])[ \u00a0]?(?:" + SCALE_PATTERN + ")+")


def keyword_counts(text: str, top: int | None = None, names: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """Content-word counts from nlpo3 tokens, without stopwords or :data:`FUNCTION_WORDS`.

    Each of ``names``, and each capitalised Latin-script name, counts whole as one term;
    the tokenizer alone would split "สี จิ้นผิง" into three syllables. A scale word after digits
    ("ล้าน" of "4 ล้านล้านบาท") is part of a figure and no keyword.

    :Example:

        >>> counts = dict(keyword_counts("สี จิ้นผิง กล่าวถึงเศรษฐกิจดิจิทัลและเศรษฐกิจ", names=("สี จิ้นผิง",)))
        >>> counts["เศรษฐกิจ"], counts["สี จิ้นผิง"], "สี" in counts
        (2, 1, False)
    """
    counts: Counter[str] = Counter()
    text = _scale_after_digits().sub(lambda m: " " * len(m.group(0)), text)
    if names:
        pattern = re.compile("|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)))
        counts.update(m.group(0) for m in pattern.finditer(text))
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    counts.update(m.group(0) for m in _LATIN_NAME.finditer(text))
    text = _LATIN_NAME.sub(lambda m: " " * len(m.group(0)), text)
    stopwords = thai_stopword_set()
    # abbreviations count whole ("พ.ร.บ."), a month's not at all ("มี.ค.")
    counts.update(m.group(0) for m in _THAI_ABBREVIATION.finditer(text) if _is_keyword_token(m.group(0), stopwords))
    text = _THAI_ABBREVIATION.sub(lambda m: " " * len(m.group(0)), text)
    # a word in capitals is an acronym as the text writes it ("GDP"), not a capitalised word to fold
    counts.update(
        tok.strip() if tok.strip().isupper() else tok.strip().lower()
        for tok in word_tokenize_fast(text) if _is_keyword_token(tok.strip(), stopwords)
    )
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))  # ties in a stable, readable order
    return ranked[:top] if top else ranked


def weighted_log_odds(counts: dict[str, dict[str, int]], prior_weight: float = 10.0) -> dict[str, dict[str, float]]:
    """z-scores of each term's weighted log-odds for each group against the others.

    Monroe, Colaresi and Quinn's "Fightin' Words" (2008) with an informative
    Dirichlet prior from the pooled counts: a word frequent everywhere ("ดิจิทัล")
    scores near zero, a word one article uses and the other does not scores high,
    and a rare word's score is shrunk by its variance.

    :Example:

        >>> z = weighted_log_odds({"a": {"จีน": 9, "ดิจิทัล": 10}, "b": {"เวียดนาม": 9, "ดิจิทัล": 10}})
        >>> z["a"]["จีน"] > 1 > abs(z["a"]["ดิจิทัล"])
        True
    """
    import math

    pooled: Counter[str] = Counter()
    for group in counts.values():
        pooled.update(group)
    total = sum(pooled.values()) or 1
    alpha0 = prior_weight * len(pooled)
    alpha = {w: alpha0 * c / total for w, c in pooled.items()}
    scores: dict[str, dict[str, float]] = {}
    for name, group in counts.items():
        n_i = sum(group.values())
        n_j = total - n_i
        scores[name] = {}
        for word, y_i in group.items():
            y_j, a = pooled[word] - y_i, alpha[word]
            delta = (math.log((y_i + a) / (n_i + alpha0 - y_i - a))
                     - math.log((y_j + a) / (n_j + alpha0 - y_j - a)))
            scores[name][word] = delta / math.sqrt(1 / (y_i + a) + 1 / (y_j + a))
    return scores
