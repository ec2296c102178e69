"""Charts drawn for a known size: the 16:9 picture of an export or a slide, through Kaleido.

A chart's texts wrap to the width it is drawn at (:mod:`digital_compare.app.layout`); a
chart whose rows need more height than a 960×540 picture gives is laid out wider, at the
first of :data:`LAYOUT_WIDTHS` where it fits, and scaled to the same 1920×1080 pixels.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from digital_compare.errors import ExportError

__all__ = ["LAYOUT_WIDTHS", "PICTURE_SIZE", "SizedFigure", "picture_height", "render_figures", "sized_figure"]

#: the picture every export and slide is: 1920×1080 pixels, 16:9
PICTURE_SIZE = (1920, 1080)
#: CSS widths a chart may be laid out at, narrowest (largest type) first; each is 16:9 at an
#: integral height, and 1920 / width scales it to the picture
LAYOUT_WIDTHS = (960, 1120, 1280, 1440, 1600, 1920)


@dataclass(frozen=True)
class SizedFigure:
    chart_id: str
    figure: object  # plotly.graph_objects.Figure
    width: int
    height: int

    @property
    def scale(self) -> float:
        return PICTURE_SIZE[0] / self.width


def picture_height(width: int) -> int:
    """The height of a 16:9 picture ``width`` px wide (integral for each of :data:`LAYOUT_WIDTHS`)."""
    return width * PICTURE_SIZE[1] // PICTURE_SIZE[0]


def sized_figure(chart_id: str, draw: Callable[[], object], bare: bool = False,
                 widths: tuple[int, ...] = LAYOUT_WIDTHS) -> SizedFigure:
    """``draw()`` laid out at the narrowest 16:9 width of ``widths`` whose height holds it; the plot takes the rest."""
    from digital_compare.app import layout

    for width in widths:
        height = picture_height(width)
        with layout.canvas(width, None, bare):
            needed = draw().layout.height
        if needed <= height or width == widths[-1]:
            with layout.canvas(width, height, bare):
                return SizedFigure(chart_id, draw(), width, height)
    raise AssertionError("unreachable")


def render_figures(figures: list[SizedFigure], paths: list[Path], fmt: str = "png", progress=None) -> None:
    """Write each figure to its path in one Kaleido pass over system Chromium."""
    from digital_compare.outputs.chromium import BrowserMissing, chromium_path

    try:
        os.environ.setdefault("BROWSER_PATH", chromium_path())
    except BrowserMissing as err:
        raise ExportError(str(err)) from None
    import logging

    # a browser that dies is reported once, as an ExportError, not also by the library's watchdog,
    # whose warning can come while the event loop winds down: quiet until the loop is gone
    browser_log = logging.getLogger("choreographer")
    level = browser_log.level
    browser_log.setLevel(logging.ERROR)
    try:
        run_coroutine(_write_all(figures, paths, fmt, progress))
    finally:
        browser_log.setLevel(level)


def run_coroutine(coro):
    """asyncio.run, also from a thread that already runs an event loop (a notebook, Playwright)."""
    import asyncio  # here, not at the top: the CLI imports this module's users for its parser

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


async def _write_all(figures: list[SizedFigure], paths: list[Path], fmt: str, progress) -> None:
    import kaleido

    try:
        renderer = await kaleido.Kaleido(n=1, mathjax=False).__aenter__()
    except Exception as err:  # noqa: BLE001 — whatever stops the browser, the user gets one line
        first = err.args[0] if err.args and isinstance(err.args[0], str) else str(err)
        reason = (first.strip().splitlines() or [type(err).__name__])[0][:200]
        raise ExportError(f"Chromium could not start ({os.environ.get('BROWSER_PATH')}): {reason}") from None
    try:
        for index, (sized, path) in enumerate(zip(figures, paths), start=1):
            started = time.perf_counter()
            opts = {"format": fmt, "width": sized.width, "height": sized.height,
                    "scale": sized.scale if fmt == "png" else 1}
            errors = await renderer.write_fig(sized.figure, path=str(path), opts=opts)
            if errors:
                raise ExportError(f"{sized.chart_id}: {errors[0]}")
            if progress:
                progress(index, len(figures), sized.chart_id, time.perf_counter() - started)
    finally:
        await renderer.__aexit__(None, None, None)
