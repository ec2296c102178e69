"""Crafted inputs that aim at every place where work could outgrow the input.

Each case targets one mechanism: a regular expression that backtracks, a loop over
mentions that meets a loop over years, a copy of a sentence per figure, an HTML
parser. ``tests/test_hostile.py`` runs each in a process of its own against ordinary
news of the same size; ``digital-compare bench`` prints the same timings.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["HOSTILE_BUILDERS", "HOSTILE_CASES", "case_file_name", "ordinary_text_of_size"]

#: each case as a function of a scale: ``n`` times the text (twice the input at n=2), the same shape
HOSTILE_BUILDERS = {
    # PyThaiNLP's number-word check backtracks exponentially: 38 s for these 336 bytes before
    "number_words_exponential": lambda n: ("รายได้ " + "ล้าน" * 23 + "หนึ่งหนึ่ง บาท ") * n,
    "number_words_overflow": lambda n: "หนึ่ง" + "ล้าน" * (52 * n),
    "number_words_many_bad_runs": lambda n: ("ล้าน" * 20 + "หนึ่งหนึ่ง ") * (1500 * n),
    "number_words_one_long_run": lambda n: "สอง" + "ล้าน" * (40_000 * n),
    # one "sentence" full of figures: a copy of the sentence per figure was quadratic
    "dense_figures_one_sentence": lambda n: "1 " * (50_000 * n),
    "years_one_sentence": lambda n: "2566 " * (20_000 * n),
    "percent_one_sentence": lambda n: "ร้อยละ 5 " * (12_000 * n),
    "short_lines": lambda n: "1\n" * (99_000 * n),
    "thai_digits": lambda n: "๒๕๖๖ " * (20_000 * n),
    "dates_without_year": lambda n: "1 ม.ค. " * (15_000 * n),
    "year_then_long_whitespace": lambda n: ("2566" + " " * 1_000) * (100 * n),
    "footer_lookalike_line": lambda n: "• " + "(1-1-2024 x" * (20_000 * n),
    "zero_width_between_digits": lambda n: "\u200b".join("2566" for _ in range(20_000 * n)),
    "control_characters": lambda n: "ปี 2566 \x01 62 เป้าหมาย =cmd|' /C calc'!A0 \x0b" * (3_000 * n),
    "one_long_word": lambda n: "ก" * (100_000 * n),
    # a run of dotted words: an address pattern tried at every word of it would be quadratic
    "dotted_words": lambda n: "a." * (50_000 * n) + "com",
    # the standard library's HTMLParser was quadratic on these: 35 s for 60 KB of "<a "
    "html_open_tags.html": lambda n: "<html>" + "<a " * (30_000 * n),
    "html_close_tags.html": lambda n: "<html><p>" + "</" * (50_000 * n),
    "html_processing.html": lambda n: "<html><p>" + "<?" * (50_000 * n),
    "html_comments.html": lambda n: "<html><p>" + "<!--" * (30_000 * n),
    "html_deep_nesting.html": lambda n: "<html>" + "<div>" * (20_000 * n) + "2566" + "</div>" * (20_000 * n),
}
HOSTILE_CASES = {name: build(1) for name, build in HOSTILE_BUILDERS.items()}


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
