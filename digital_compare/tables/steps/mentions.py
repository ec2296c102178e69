"""mentions: every number, year and date the extractor finds, traced to offsets.

Load the raw texts, run :func:`digital_compare.text.extract.extract_mentions` over
every core once the corpus is large, label the figures of each article that
has no hand annotations in the same pass (the metrics step takes those labels),
check that each surface is the raw text at its offsets, and save.
"""

from __future__ import annotations

import pandas as pd

from digital_compare.tables.article_cache import READING_ID, text_digest
from digital_compare.tables.provenance import load_annotations, sanity_check_quotes
from digital_compare.tables.steps import StepContext
from digital_compare.text.extract import MENTION_FIELDS, extract_mentions


#: the cache's name for this step's reading of one text
READING_KIND = "mentions"


def reading(job: tuple) -> tuple[list[dict], list[dict] | None]:
    """One text's mention records under :data:`READING_ID`, and its figure labels when it is to be
    labelled; the job is (text, country, published, whether to label)."""
    raw, country, published, label = job
    found = extract_mentions(raw, READING_ID)
    labels = None
    if label:
        from digital_compare.text.labeller import label_figures

        labels = label_figures(raw, found, country, published)
    return [mention.as_record() for mention in found], labels


def reading_key(job: tuple) -> tuple:
    return (text_digest(job[0]), *job[1:])


def _stamped(records: list[dict], article_id: str) -> list[dict]:
    """Records of a reading with the article's own id (the mention id is ``<article>:<start>``)."""
    return [{**record, "article": article_id, "id": f"{article_id}:{record['start']}"} for record in records]


def run(ctx: StepContext) -> None:
    # Load
    raw_texts = ctx.raw
    articles = ctx.tables["articles"]
    countries = dict(zip(articles["id"], articles["country"]))
    published = {a: None if pd.isna(p) else str(p) for a, p in zip(articles["id"], articles["published"])}
    annotated = {ann["article"] for ann in load_annotations(ctx.annotations_dir, "metrics")}
    jobs = [(raw, countries[article_id], published[article_id], article_id not in annotated)
            for article_id, raw in raw_texts.items()]
    # Process
    records = []
    results = ctx.cache.map(READING_KIND, reading, jobs, key=reading_key, size=lambda job: len(job[0]))
    for article_id, (found, labels) in zip(raw_texts, results):
        records.extend(_stamped(found, article_id))
        if labels is not None:
            ctx.labels[article_id] = _stamped(labels, article_id)
    df = pd.DataFrame(records, columns=list(MENTION_FIELDS))
    sanity_check_quotes(df, raw_texts, "mentions", article_col="article", quote_col="surface")
    # Save
    ctx.save("mentions", df)
