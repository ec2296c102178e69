"""mentions: every number, year and date the extractor finds, traced to offsets.

Load the raw texts, run :func:`digital_compare.extract.extract_mentions`,
check that each surface is the raw text at its offsets, and save.
"""

from __future__ import annotations

import pandas as pd

from digital_compare.extract import MENTION_FIELDS, extract_mentions
from digital_compare.provenance import sanity_check_quotes
from digital_compare.steps import StepContext


def mentions_table(raw_texts: dict[str, str]) -> pd.DataFrame:
    records = [
        mention.as_record()
        for article_id, raw in raw_texts.items()
        for mention in extract_mentions(raw, article_id)
    ]
    return pd.DataFrame(records, columns=list(MENTION_FIELDS))


def run(ctx: StepContext) -> None:
    # Load
    raw_texts = ctx.raw
    # Process
    df = mentions_table(raw_texts)
    sanity_check_quotes(df, raw_texts, "mentions", article_col="article", quote_col="surface")
    # Save
    ctx.save("mentions", df)
