"""Story charts drawn once as SVG pictures, one per card width, for pages to show as images.

Under load a page's Plotly charts cost the browser most of its work: ten sessions on two cores
waited on them. A picture is the same figure drawn by the same plotly.js (Kaleido's Chromium)
at a card's width, so a page shows it with no script at all; the card keeps Plotly one tab away
for hover and zoom. Pictures are drawn from the build's figure cache (:mod:`..app.figure_cache`)
and named by what decides their look (:func:`~digital_compare.app.figure_cache.picture_key`: the
drawing code and the chart's figure), so a build that changes nothing draws nothing, a version of
the tables that changes one chart leaves the others' pictures current, and a page never shows a
picture of another figure than the one it would draw.

Load: the figure cache of the published tables. Process: the figures at each of
:data:`~digital_compare.app.figure_cache.PICTURE_WIDTHS`. Save: ``static/charts/<key>-<height>.svg``,
served by Streamlit at ``/app/static/charts/``.
"""

from __future__ import annotations

import os
from pathlib import Path

from digital_compare.errors import ExportError
from digital_compare.paths import PICTURE_DIR, TABLES_DIR

__all__ = ["draw_pictures"]

#: Plotly's own height, for a figure that sets none (every story chart sets its own)
DEFAULT_HEIGHT = 450


def _figures(tables_dir: Path, cached: dict) -> list[tuple[str, str, int, object]]:
    """(chart, language, width, figure) for every picture: the cached figure; for a chart a page first draws with
    filters (:data:`~digital_compare.app.views.DEFAULT_FILTERS`), the figure drawn with them; for a chart shown across
    the page (:data:`~digital_compare.app.views.WIDE_CHARTS`), from its wide column up, the figure laid out for it."""
    import contextlib

    import plotly.graph_objects as go

    from digital_compare.app import layout
    from digital_compare.app.figure_cache import PICTURE_WIDTHS
    from digital_compare.app.layout import WIDE_COLUMN_PX
    from digital_compare.app.views import DEFAULT_FILTERS, WIDE_CHARTS, apply_filters, chart_by_id
    from digital_compare.tables.store import TABLE_NAMES, read_table

    tables = {name: read_table(name, tables_dir, validate=False) for name in TABLE_NAMES}

    def drawn(chart_id: str, lang: str, column_px: int | None):
        spec = chart_by_id(chart_id)
        shown = apply_filters(tables, DEFAULT_FILTERS.get(chart_id, ()))
        with layout.column(column_px) if column_px else contextlib.nullcontext():
            return spec.draw(shown, spec.data(shown, lang), lang)

    wanted = []
    for chart_id, langs in cached.items():
        for lang, figure in langs.items():
            narrow = drawn(chart_id, lang, None) if chart_id in DEFAULT_FILTERS else go.Figure(figure, _validate=False)
            wide = drawn(chart_id, lang, WIDE_COLUMN_PX) if chart_id in WIDE_CHARTS else None
            wanted += [(chart_id, lang, width, wide if wide is not None and width >= WIDE_COLUMN_PX else narrow)
                       for width in PICTURE_WIDTHS]
    return wanted


def draw_pictures(tables_dir: Path = TABLES_DIR, picture_dir: Path = PICTURE_DIR, progress=None) -> int:
    """Draw the pictures the published figures lack; the number drawn. Pictures no current figure names are removed."""
    from digital_compare.app.figure_cache import (
        FIGURE_CACHE_FILE, drawing_fingerprint, figure_digest, picture_files, picture_key, read_figure_cache)

    tables_dir = Path(tables_dir)
    cached = read_figure_cache(tables_dir)
    if not cached:
        raise ExportError(f"no current figure cache in {tables_dir} ({FIGURE_CACHE_FILE}): run `digital-compare build` first")
    picture_dir.mkdir(parents=True, exist_ok=True)
    code, drawn = drawing_fingerprint(), picture_files(picture_dir)
    wanted, missing = set(), []
    digests = {(chart_id, lang): figure_digest(figure) for chart_id, langs in cached.items() for lang, figure in langs.items()}
    for chart_id, lang, width, figure in _figures(tables_dir, cached):
        key = picture_key(code, chart_id, lang, width, digests[chart_id, lang])
        name = f"{key}-{int(figure.layout.height or DEFAULT_HEIGHT)}.svg"
        wanted.add(name)
        if drawn.get(key, ("",))[0] != name:
            missing.append((chart_id, width, figure, picture_dir / name))
    if missing:
        _render_svgs(missing, progress)
    for old in picture_dir.glob("*.svg"):
        if old.name not in wanted:
            old.unlink(missing_ok=True)
    return len(missing)


def _render_svgs(missing: list, progress) -> None:
    from digital_compare.outputs.render import SizedFigure, render_figures

    figures, paths = [], []
    for chart_id, width, figure, path in missing:
        height = int(figure.layout.height or DEFAULT_HEIGHT)
        figures.append(SizedFigure(chart_id, figure, width, height))
        # written under a temporary name and renamed: a page never links a half-written picture
        paths.append(path.with_suffix(f".{os.getpid()}.tmp.svg"))
    try:
        render_figures(figures, paths, "svg", progress)
        for temporary, (_, _, _, path) in zip(paths, missing):
            os.replace(temporary, path)
    finally:
        for temporary in paths:
            temporary.unlink(missing_ok=True)
