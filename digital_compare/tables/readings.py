"""An article's readings made before its build: ``digital-compare add`` reads a folder's files in
worker processes, and each worker reads the text the way the build would (sentences, figures and
their labels, word counts) while it has it, so the build that publishes the folder finds them made.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["readings_of"]


@cache
def _proper_names(annotations_dir: Path | None) -> tuple[str, ...]:
    from digital_compare.tables.steps.keywords import proper_names

    return proper_names(annotations_dir)


def readings_of(text: str, country: str, published: str | None, annotations_dir: Path | None) -> list[tuple[str, tuple, Any]]:
    """(kind, key, value) for each reading the build keeps of a new article's ``text``, labelled as
    an article without hand annotations is, its word counts taking the proper names of
    ``annotations_dir`` whole, as the build does. A key the build does not ask for only costs the
    time it took: the build reads the text itself then."""
    from digital_compare.tables.steps import keywords, mentions, sentences

    figures = (text, country, published, True)
    words = (text, _proper_names(annotations_dir))
    return [
        (sentences.READING_KIND, sentences.reading_key(text), sentences.reading(text)),
        (mentions.READING_KIND, mentions.reading_key(figures), mentions.reading(figures)),
        (keywords.READING_KIND, keywords.reading_key(words), keywords.reading(words)),
    ]
