"""``digital-compare export``: every dashboard chart as a 1920×1080 PNG or SVG.

One Kaleido instance (one system Chromium) renders all charts in turn; starting
a browser per chart costs more than the drawing itself.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from digital_compare.errors import ExportError

__all__ = ["ExportError", "add_subcommand", "export_charts", "figures_for_export", "render_figures"]

#: layout size in CSS pixels; scale 2 gives 1920×1080 with type sized for a slide.
LAYOUT_WIDTH, LAYOUT_HEIGHT, PNG_SCALE = 960, 540, 2


def figures_for_export(lang: str):
    """(chart id, figure) for every chart in the registry, from the built tables."""
    from digital_compare.app.views import CHARTS
    from digital_compare.tables.build import build_tables
    from digital_compare.tables.store import TABLE_NAMES, TableError, read_table

    try:
        tables = {name: read_table(name) for name in TABLE_NAMES}
    except TableError:
        tables = build_tables()
    return [(spec.id, spec.build(tables, lang)[1]) for spec in CHARTS]


def export_charts(out_dir: Path, fmt: str = "png", lang: str = "th", progress=None) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    figures = figures_for_export(lang)
    paths = [out_dir / f"{chart_id}.{fmt}" for chart_id, _ in figures]
    render_figures(figures, paths, fmt, progress)
    return paths


def render_figures(figures, paths: list[Path], fmt: str = "png", progress=None) -> None:
    """Write each (chart id, figure) to its path in one Kaleido pass over system Chromium."""
    from digital_compare.tools.serve import BrowserMissing, chromium_path

    try:
        os.environ.setdefault("BROWSER_PATH", chromium_path())
    except BrowserMissing as err:
        raise ExportError(str(err)) from None
    run_coroutine(_write_all(figures, paths, fmt, progress))


def run_coroutine(coro):
    """asyncio.run, also from a thread that already runs an event loop (a notebook, Playwright)."""
    import asyncio  # here, not at the top: the CLI imports this module for its parser

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


async def _write_all(figures, paths, fmt, progress) -> None:
    import kaleido

    opts = {"format": fmt, "width": LAYOUT_WIDTH, "height": LAYOUT_HEIGHT, "scale": PNG_SCALE if fmt == "png" else 1}
    async with kaleido.Kaleido(n=1, mathjax=False) as renderer:
        for index, ((chart_id, fig), path) in enumerate(zip(figures, paths), start=1):
            started = time.perf_counter()
            errors = await renderer.write_fig(fig, path=str(path), opts=opts)
            if errors:
                raise ExportError(f"{chart_id}: {errors[0]}")
            if progress:
                progress(index, len(figures), chart_id, time.perf_counter() - started)


def _print_progress(index: int, total: int, chart_id: str, seconds: float) -> None:
    print(f"[{index:>2}/{total}] {chart_id:<32} {seconds:5.2f} s", file=sys.stderr, flush=True)


def cmd_export(args) -> int:
    started = time.perf_counter()
    paths = export_charts(Path(args.out), args.format, args.lang, progress=_print_progress)
    print(f"wrote {len(paths)} charts to {args.out} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


def add_subcommand(sub) -> None:
    p = sub.add_parser("export", help="write every chart as a 1920×1080 image")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--format", choices=("png", "svg"), default="png")
    p.add_argument("--lang", choices=("th", "en"), default="th")
    p.set_defaults(func=cmd_export)
