"""keywords: the most frequent content words of each article.

Load the raw texts, tokenize the boilerplate-free text with nlpo3, drop
PyThaiNLP stopwords, count, and save the top terms per article.
"""

from __future__ import annotations

import pandas as pd

from digital_compare.clean import analysis_text
from digital_compare.steps import StepContext
from digital_compare.thai_text import keyword_counts, word_tokenize_fast

TOP_TERMS = 40
COLUMNS = ["article_id", "country", "rank", "term", "count", "per_1000_tokens"]


def keyword_rows(article_id: str, country: str, raw: str, top: int = TOP_TERMS) -> list[dict]:
    text = analysis_text(raw)
    tokens = sum(1 for tok in word_tokenize_fast(text) if not tok.isspace())
    return [
        {"article_id": article_id, "country": country, "rank": rank, "term": term, "count": count,
         "per_1000_tokens": round(1000 * count / tokens, 2) if tokens else 0.0}
        for rank, (term, count) in enumerate(keyword_counts(text, top), start=1)
    ]


def run(ctx: StepContext) -> None:
    # Load
    countries = dict(zip(ctx.tables["articles"]["id"], ctx.tables["articles"]["country"]))
    # Process
    rows = [row for article_id, raw in ctx.raw.items() for row in keyword_rows(article_id, countries[article_id], raw)]
    # Save
    ctx.save("keywords", pd.DataFrame(rows, columns=COLUMNS))
