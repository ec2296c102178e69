"""Warm page reruns for ``digital-compare bench``, through Streamlit's AppTest.

Kept beside ui.py because it imports Streamlit; the rest of the bench does not.
"""

from __future__ import annotations

import logging
import statistics
import time

from streamlit.testing.v1 import AppTest

from digital_compare.paths import APP_DIR

__all__ = ["PAGE_FILES", "bench_reruns"]

PAGE_FILES = ("overview", "china", "vietnam", "compare", "explore", "sources", "data", "analyze")


def _median_rerun(at: AppTest, runs: int) -> float:
    at.run()
    at.run()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        at.run()
        samples.append(time.perf_counter() - started)
        if at.exception:
            raise RuntimeError(at.exception[0].value)
    return statistics.median(samples) * 1000


def bench_reruns(runs: int = 20) -> list[tuple[str, float, float]]:
    """(page, median warm rerun in ms, the empty page's) for every page; ``tools.bench`` makes them rows."""
    # AppTest runs pages without a browser session and Streamlit warns about that on every
    # run; a filter, because Streamlit resets its loggers' levels whenever it reads its config
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
        lambda record: "missing ScriptRunContext" not in record.getMessage())
    reference = _median_rerun(AppTest.from_string("import streamlit as st\nst.title('empty')", default_timeout=60), runs)
    rows = []
    for page in PAGE_FILES:
        at = AppTest.from_file(str(APP_DIR / "dashboard.py"), default_timeout=120)
        if page != "overview":
            at.switch_page(f"pages/{page}.py")
        median = _median_rerun(at, runs)
        rows.append((page, median, reference))
    return rows
