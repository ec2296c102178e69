"""sentences: every content sentence of every article, with offsets and token counts.

Load the raw texts, segment the boilerplate-free analysis text (same offsets
as the raw text; an unchanged article's rows come from the build's cache), and
save one row per sentence.
"""

from __future__ import annotations

import pandas as pd

from digital_compare.tables.article_cache import text_digest
from digital_compare.tables.provenance import BuildError
from digital_compare.tables.steps import StepContext
from digital_compare.text.clean import analysis_text
from digital_compare.text.thai_text import segment_sentences, word_tokenize_fast


def sentence_rows(article_id: str, raw: str) -> list[dict]:
    text = analysis_text(raw)
    return [
        {
            "article_id": article_id,
            "sentence_no": no,
            "start": start,
            "end": end,
            "text": raw[start:end],
            "tokens": sum(1 for tok in word_tokenize_fast(text[start:end]) if not tok.isspace()),
        }
        for no, (start, end) in enumerate(segment_sentences(text))
    ]


def _sentence_rows(job: tuple[str, str]) -> list[dict]:
    return sentence_rows(*job)


def sanity_check_sentences(df: pd.DataFrame) -> None:
    empty = df.groupby("article_id").size()
    if (empty == 0).any():
        raise BuildError(f"sentences: no sentence found in {list(empty[empty == 0].index)}")


def run(ctx: StepContext) -> None:
    # Load
    raw_texts = ctx.raw
    # Process
    jobs = list(raw_texts.items())
    found = ctx.cache.map("sentences", _sentence_rows, jobs, key=lambda job: (job[0], text_digest(job[1])),
                          size=lambda job: len(job[1]))
    rows = [row for article_rows in found for row in article_rows]
    df = pd.DataFrame(rows, columns=["article_id", "sentence_no", "start", "end", "text", "tokens"])
    sanity_check_sentences(df)
    # Save
    ctx.save("sentences", df)
