"""mentions: every number, year and date the extractor finds, traced to offsets.

Load the raw texts, run :func:`digital_compare.text.extract.extract_mentions` over
every core once the corpus is large, label the figures of each article that
has no hand annotations in the same pass (the metrics step takes those labels),
check that each surface is the raw text at its offsets, and save.
"""

from __future__ import annotations

import pandas as pd

from digital_compare.tables.article_cache import text_digest
from digital_compare.tables.provenance import load_annotations, sanity_check_quotes
from digital_compare.tables.steps import StepContext
from digital_compare.text.extract import MENTION_FIELDS, extract_mentions


def extract_and_label(job: tuple) -> tuple[list[dict], list[dict] | None]:
    """One article's mention records, and its figure labels when it is to be labelled."""
    article_id, raw, country, published, label = job
    found = extract_mentions(raw, article_id)
    labels = None
    if label:
        from digital_compare.text.labeller import label_figures

        labels = label_figures(raw, found, country, published)
    return [mention.as_record() for mention in found], labels


def run(ctx: StepContext) -> None:
    # Load
    raw_texts = ctx.raw
    articles = ctx.tables["articles"]
    countries = dict(zip(articles["id"], articles["country"]))
    published = {a: None if pd.isna(p) else str(p) for a, p in zip(articles["id"], articles["published"])}
    annotated = {ann["article"] for ann in load_annotations(ctx.annotations_dir, "metrics")}
    jobs = [(article_id, raw, countries[article_id], published[article_id], article_id not in annotated)
            for article_id, raw in raw_texts.items()]
    # Process
    records = []
    results = ctx.cache.map("mentions", extract_and_label, jobs, key=lambda job: (*job[:1], text_digest(job[1]), *job[2:]),
                            size=lambda job: len(job[1]))
    for (article_id, *_), (found, labels) in zip(jobs, results):
        records.extend(found)
        if labels is not None:
            ctx.labels[article_id] = labels
    df = pd.DataFrame(records, columns=list(MENTION_FIELDS))
    sanity_check_quotes(df, raw_texts, "mentions", article_col="article", quote_col="surface")
    # Save
    ctx.save("mentions", df)
