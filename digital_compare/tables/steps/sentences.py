"""sentences: every content sentence of every article, with offsets and token counts.

Load the raw texts, segment the boilerplate-free analysis text (same offsets
as the raw text; an unchanged article's rows come from the build's cache), and
save one row per sentence.
"""

from __future__ import annotations

import pandas as pd

from digital_compare.tables.article_cache import READING_ID, text_digest
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


#: the cache's name for this step's reading of one text
READING_KIND = "sentences"


def reading(raw: str) -> list[dict]:
    """One text's sentence rows under :data:`READING_ID`, as the cache keeps them."""
    return sentence_rows(READING_ID, raw)


def reading_key(raw: str) -> tuple:
    return (text_digest(raw),)


def sanity_check_sentences(df: pd.DataFrame) -> None:
    empty = df.groupby("article_id").size()
    if (empty == 0).any():
        raise BuildError(f"sentences: no sentence found in {list(empty[empty == 0].index)}")


def run(ctx: StepContext) -> None:
    # Load
    raw_texts = ctx.raw
    # Process
    found = ctx.cache.map(READING_KIND, reading, list(raw_texts.values()), key=reading_key, size=len)
    rows = [{**row, "article_id": article_id} for article_id, article_rows in zip(raw_texts, found) for row in article_rows]
    df = pd.DataFrame(rows, columns=["article_id", "sentence_no", "start", "end", "text", "tokens"])
    sanity_check_sentences(df)
    # Save
    ctx.save("sentences", df)
