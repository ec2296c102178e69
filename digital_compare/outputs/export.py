"""Every dashboard chart as a 1920×1080 PNG or SVG, drawn in one Kaleido pass."""

from __future__ import annotations

from pathlib import Path

from digital_compare.outputs.render import SizedFigure, render_figures, sized_figure

__all__ = ["export_charts", "figures_for_export"]


def figures_for_export(lang: str, tables: dict | None = None) -> list[SizedFigure]:
    """Every chart in the registry, from the built tables, laid out for its picture."""
    from digital_compare.app.views import CHARTS

    if tables is None:
        tables = read_or_build_tables()
    return [sized_figure(spec.id, lambda spec=spec: spec.build(tables, lang)[1]) for spec in CHARTS]


def read_or_build_tables() -> dict:
    from digital_compare.tables.build import build_tables
    from digital_compare.tables.store import TABLE_NAMES, TableError, read_table

    try:
        return {name: read_table(name) for name in TABLE_NAMES}
    except TableError:
        return build_tables()


def export_charts(out_dir: Path, fmt: str = "png", lang: str = "th", progress=None) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    figures = figures_for_export(lang)
    paths = [out_dir / f"{sized.chart_id}.{fmt}" for sized in figures]
    render_figures(figures, paths, fmt, progress)
    return paths
