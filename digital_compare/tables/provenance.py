"""Tie labels and table rows to exact places in the raw article text."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from digital_compare.errors import BuildError

__all__ = ["BuildError", "load_annotations", "locate_quote", "mentions_in_span", "sanity_check_quotes"]


def load_annotations(annotations_dir: Path | None, name: str) -> list[dict]:
    if annotations_dir is None:
        return []
    path = Path(annotations_dir) / f"{name}.yaml"
    if not path.exists():
        return []
    try:
        with open(path, encoding="utf-8") as handle:
            entries = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
    except yaml.YAMLError as err:
        raise BuildError(f"{path}: not valid YAML ({str(err).splitlines()[0]}, {getattr(err, 'problem_mark', '')})") from None
    if not isinstance(entries, list):
        raise BuildError(f"{path}: expected a list of entries")
    return entries


def locate_quote(raw: str, quote: str, label: str, occurrence: int | None = None) -> tuple[int, int]:
    """Offsets of ``quote`` in ``raw``; one place, or the ``occurrence``-th (1-based)."""
    places, pos = [], raw.find(quote)
    while pos != -1:
        places.append(pos)
        pos = raw.find(quote, pos + 1)
    if not places:
        raise BuildError(f"{label}: quote not found in the article text: «{quote}»")
    if occurrence is None and len(places) > 1:
        raise BuildError(f"{label}: quote occurs {len(places)} times; set 'occurrence': «{quote}»")
    index = (occurrence or 1) - 1
    if not 0 <= index < len(places):
        raise BuildError(f"{label}: occurrence {occurrence} asked, quote occurs {len(places)} times")
    return places[index], places[index] + len(quote)


def mentions_in_span(mentions: pd.DataFrame, article: str, start: int, end: int, kinds) -> pd.DataFrame:
    """Mentions of the given kinds lying inside ``start..end`` of one article."""
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    inside = mentions[
        (mentions["article"] == article)
        & (mentions["start"] >= start)
        & (mentions["end"] <= end)
        & (mentions["kind"].isin(kinds))
    ]
    return inside.sort_values("start")


def sanity_check_quotes(
    df: pd.DataFrame, raw_texts: dict[str, str], table: str,
    article_col: str = "article_id", start_col: str = "start", end_col: str = "end", quote_col: str = "quote",
) -> None:
    """Every row's quote must be exactly the raw text at its offsets."""
    for row in df.itertuples(index=False):
        record = row._asdict()
        if pd.isna(record[start_col]):
            continue
        raw = raw_texts[record[article_col]]
        actual = raw[int(record[start_col]) : int(record[end_col])]
        if actual != record[quote_col]:
            raise BuildError(
                f"{table}: row quote «{record[quote_col]}» does not match the text at "
                f"{record[start_col]}:{record[end_col]} of {record[article_col]} («{actual}»)"
            )
