"""Run the build steps in order: articles → … → checks."""

from __future__ import annotations

import gc
import importlib
from pathlib import Path

import pandas as pd

from digital_compare.paths import ANNOTATIONS_DIR, ARTICLES_DIR, TABLES_DIR
from digital_compare.tables.article_cache import ArticleCache
from digital_compare.tables.steps import AddedText, StepContext
from digital_compare.tables.store import TABLE_NAMES

__all__ = ["build_tables", "import_build"]


def import_build() -> None:
    """Import what a build runs (its steps, the charts of the figure cache): done while
    something else waits, such as the workers reading a folder to add."""
    from digital_compare.app import figure_cache, views  # noqa: F401
    from digital_compare.tables.schemas import SCHEMAS

    for name in TABLE_NAMES:
        importlib.import_module(f"digital_compare.tables.steps.{name}")
    # pandera loads its backends (and hypothesis, when installed) at the first validation, 0.25 s
    schema = SCHEMAS["articles"]
    schema.validate(pd.DataFrame({name: pd.Series(dtype=column.dtype.type) for name, column in schema.columns.items()}))


def build_tables(
    articles_dir: Path | str = ARTICLES_DIR,
    annotations_dir: Path | str | None = "default",
    out_dir: Path | str | None = TABLES_DIR,
    progress=None,
    *,
    added: tuple[AddedText, ...] = (),
    decisions: dict[str, dict] | None = None,
    cache_dir: Path | None = None,
    readings=(),
) -> dict[str, pd.DataFrame]:
    """Build every table; write them to ``out_dir`` unless it is None, with the
    charts' figures drawn from them (:mod:`digital_compare.app.figure_cache`).

    ``annotations_dir="default"`` means data/annotations for the seed articles,
    and ``<articles_dir>/annotations`` (if present) for any other folder.
    ``added`` and ``decisions`` are the workspace's articles and reviews;
    ``cache_dir`` keeps each article's reading for the next build; ``readings`` are (kind, key,
    value) made beforehand (:func:`digital_compare.tables.readings.readings_of`), served as the cache's.
    """
    articles_dir = Path(articles_dir)
    if annotations_dir == "default":
        if articles_dir.resolve() == ARTICLES_DIR.resolve():
            annotations_dir = ANNOTATIONS_DIR
        else:
            candidate = articles_dir / "annotations"
            annotations_dir = candidate if candidate.is_dir() else None
    ctx = StepContext(
        articles_dir=articles_dir,
        annotations_dir=Path(annotations_dir) if annotations_dir else None,
        out_dir=Path(out_dir) if out_dir is not None else None,
        added=tuple(added),
        decisions=dict(decisions or {}),
        cache=ArticleCache(cache_dir),
    )
    for kind, key, value in readings:
        ctx.cache.offer(kind, key, value)
    # what lives now (modules, the texts to build from) outlives the build: the collector need not
    # scan it again each time the build's own objects pile up (0.3-0.6 s of a 1,000-article add)
    gc.freeze()
    try:
        for name in TABLE_NAMES:
            importlib.import_module(f"digital_compare.tables.steps.{name}").run(ctx)
            if progress:
                progress(name, len(ctx.tables[name]))
        if ctx.out_dir is not None:
            from digital_compare.app.figure_cache import write_figure_cache

            write_figure_cache(ctx.out_dir, drawings=ctx.cache, tables=ctx.tables)
    finally:
        gc.unfreeze()
    return ctx.tables
