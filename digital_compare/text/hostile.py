"""Crafted inputs that aim at every place where work could outgrow the input.

Each case targets one mechanism: a regular expression that backtracks, a loop over
mentions that meets a loop over years, a copy of a sentence per figure, an HTML
parser. ``tests/test_hostile.py`` runs each in a process of its own against ordinary
news of the same size; ``digital-compare bench`` prints the same timings.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["HOSTILE_CASES", "case_file_name", "ordinary_text_of_size"]

HOSTILE_CASES = {
    # PyThaiNLP's number-word check backtracks exponentially: 38 s for these 336 bytes before
    "number_words_exponential": "รายได้ " + "ล้าน" * 23 + "หนึ่งหนึ่ง บาท",
    "number_words_overflow": "หนึ่ง" + "ล้าน" * 52,
    "number_words_many_bad_runs": ("ล้าน" * 20 + "หนึ่งหนึ่ง ") * 1500,
    "number_words_one_long_run": "สอง" + "ล้าน" * 40_000,
    # one "sentence" full of figures: a copy of the sentence per figure was quadratic
    "dense_figures_one_sentence": "1 " * 50_000,
    "years_one_sentence": "2566 " * 20_000,
    "percent_one_sentence": "ร้อยละ 5 " * 12_000,
    "short_lines": "1\n" * 99_000,
    "thai_digits": "๒๕๖๖ " * 20_000,
    "dates_without_year": "1 ม.ค. " * 15_000,
    "year_then_long_whitespace": ("2566" + " " * 1_000) * 100,
    "footer_lookalike_line": "• " + "(1-1-2024 x" * 20_000,
    "zero_width_between_digits": "\u200b".join("2566" for _ in range(20_000)),
    "control_characters": "ปี 2566 \x01 62 เป้าหมาย =cmd|' /C calc'!A0 \x0b" * 3_000,
    "one_long_word": "ก" * 100_000,
    # the standard library's HTMLParser was quadratic on these: 35 s for 60 KB of "<a "
    "html_open_tags.html": "<html>" + "<a " * 30_000,
    "html_close_tags.html": "<html><p>" + "</" * 50_000,
    "html_processing.html": "<html><p>" + "<?" * 50_000,
    "html_comments.html": "<html><p>" + "<!--" * 30_000,
    "html_deep_nesting.html": "<html>" + "<div>" * 20_000 + "2566" + "</div>" * 20_000,
}


def case_file_name(case: str) -> str:
    return case if case.endswith(".html") else f"{case}.txt"


def ordinary_text_of_size(size: int, html: bool = False) -> bytes:
    """The seed articles, repeated and cut to ``size`` bytes of UTF-8 (as paragraphs for HTML)."""
    from digital_compare.paths import ARTICLES_DIR

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(Path(ARTICLES_DIR).glob("*.txt")))
    if html:
        text = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    data = text.encode("utf-8")
    data = (data * (size // len(data) + 1))[:size]
    return data.decode("utf-8", "ignore").encode("utf-8")
