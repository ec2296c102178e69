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
    "keyword_counts",
    "segment_sentences",
    "thai_stopword_set",
    "word_tokenize_fast",
]

_NLPO3_DICT_NAME = "digital_compare_words_th"

# A sentence ends at a line break, at a run of 2+ spaces (how Thai news separates
# sentences), at a dash rule, or at ! ? . followed by space. A dot after a one-letter
# abbreviation part ("พ.ศ. 2566", "ค.ศ.") does not end a sentence.
# The leading lookahead lets the engine skip most positions after one character test.
_SENTENCE_BREAK = re.compile(
    r"(?=[\s\-])(?:\n+|[ \t\u00a0\u3000]{2,}|-{4,}|(?<=[!?])\s+|(?<=[^\s.]{2}\.)\s+)"
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


@lru_cache(maxsize=1)
def thai_stopword_set() -> frozenset[str]:
    """PyThaiNLP's Thai stopwords."""
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords())


def _is_keyword_token(token: str, stopwords: frozenset[str]) -> bool:
    if len(token) < 2 or token in stopwords:
        return False
    if not any(unicodedata.category(ch).startswith("L") for ch in token):
        return False
    return not token.isspace()


def keyword_counts(text: str, top: int | None = None) -> list[tuple[str, int]]:
    """Content-word counts from nlpo3 tokens, without PyThaiNLP stopwords.

    :Example:

        >>> keyword_counts("เศรษฐกิจดิจิทัลและเศรษฐกิจ", top=1)
        [('เศรษฐกิจ', 2)]
    """
    stopwords = thai_stopword_set()
    counts = Counter(
        tok.strip().lower() for tok in word_tokenize_fast(text) if _is_keyword_token(tok.strip(), stopwords)
    )
    return counts.most_common(top)
