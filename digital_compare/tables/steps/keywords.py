"""keywords: the words most distinctive of each article against the others.

Load the raw texts and the proper names (``annotations/names.yaml``), count content
words in the boilerplate-free text (names whole, stopwords and function words out),
rank each article's words by weighted log-odds against the rest of the corpus, and
save the top terms per article. With a single article there is nothing to contrast,
so its words rank by frequency.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from digital_compare.tables.article_cache import ArticleCache, text_digest
from digital_compare.tables.provenance import load_annotations
from digital_compare.tables.steps import StepContext
from digital_compare.text.clean import analysis_text
from digital_compare.text.thai_text import keyword_counts, weighted_log_odds, word_tokenize_fast

TOP_TERMS = 40
COLUMNS = ["article_id", "country", "rank", "term", "count", "per_1000_tokens", "log_odds_z"]


def proper_names(annotations_dir: Path | None) -> tuple[str, ...]:
    """The Thai forms of the names in ``names.yaml``, counted whole by the keywords."""
    return tuple(str(entry["th"]) for entry in load_annotations(annotations_dir, "names") if entry.get("th"))


def _token_total(text: str) -> int:
    return sum(1 for tok in word_tokenize_fast(text) if not tok.isspace())


def keyword_rows(article_id: str, country: str, raw: str, top: int = TOP_TERMS, names: tuple[str, ...] = ()) -> list[dict]:
    """One article's most frequent content words (what /analyze shows for a pasted text)."""
    text = analysis_text(raw)
    tokens = _token_total(text)
    return [
        {"article_id": article_id, "country": country, "rank": rank, "term": term, "count": count,
         "per_1000_tokens": round(1000 * count / tokens, 2) if tokens else 0.0, "log_odds_z": None}
        for rank, (term, count) in enumerate(keyword_counts(text, top, names), start=1)
    ]


#: the cache's name for this step's reading of one text
READING_KIND = "keyword_counts"


def reading(job: tuple[str, tuple[str, ...]]) -> tuple[dict[str, int], int]:
    """One text's word counts and token total; the job is (text, the proper names counted whole)."""
    text = analysis_text(job[0])
    return dict(keyword_counts(text, None, job[1])), _token_total(text)


def reading_key(job: tuple[str, tuple[str, ...]]) -> tuple:
    return (text_digest(job[0]), job[1])


def distinctive_rows(raw: dict[str, str], countries: dict[str, str], names: tuple[str, ...],
                     top: int = TOP_TERMS, cache: ArticleCache | None = None) -> list[dict]:
    """Each article's words ranked by weighted log-odds z against all other articles."""
    jobs = [(text, names) for text in raw.values()]
    counted = (cache or ArticleCache(None)).map(READING_KIND, reading, jobs, key=reading_key,
                                                size=lambda job: len(job[0]))
    counts = {article_id: words for article_id, (words, _) in zip(raw, counted)}
    token_totals = {article_id: tokens for article_id, (_, tokens) in zip(raw, counted)}
    scores = weighted_log_odds(counts)
    rows = []
    for article_id, words in counts.items():
        tokens = token_totals[article_id]
        ranked = sorted(words, key=lambda w: (-scores[article_id][w], -words[w], w))[:top]
        rows.extend(
            {"article_id": article_id, "country": countries[article_id], "rank": rank, "term": word,
             "count": words[word], "per_1000_tokens": round(1000 * words[word] / tokens, 2) if tokens else 0.0,
             "log_odds_z": round(scores[article_id][word], 3)}
            for rank, word in enumerate(ranked, start=1)
        )
    return rows


def run(ctx: StepContext) -> None:
    # Load
    countries = dict(zip(ctx.tables["articles"]["id"], ctx.tables["articles"]["country"]))
    names = proper_names(ctx.annotations_dir)
    # Process
    if len(ctx.raw) > 1:
        rows = distinctive_rows(ctx.raw, countries, names, cache=ctx.cache)
    else:
        rows = [row for article_id, raw in ctx.raw.items() for row in keyword_rows(article_id, countries[article_id], raw, names=names)]
    # Save
    ctx.save("keywords", pd.DataFrame(rows, columns=COLUMNS))
