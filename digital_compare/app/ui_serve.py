"""``digital-compare serve``: the dashboard on Streamlit, with pandas and the tables loaded
while the browser is still fetching Streamlit's scripts.

A plain ``streamlit run dashboard.py`` works too. This launcher moves the first visitor's wait
(importing pandas, reading the tables, Streamlit's emoji catalogue) into the second between the
server answering and the page asking for its first run, and serves the app as
:mod:`digital_compare.app.ui_asgi`, whose pages find the server without a detour.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

from digital_compare.paths import APP_DIR

__all__ = ["serve"]

#: while warming, hand the GIL back to the server thread within 0.1 ms (default 5 ms):
#: at 5 ms the warm-up slowed the browser's download of Streamlit's scripts by 0.5 s.
WARM_SWITCH_INTERVAL = 0.0001
#: with no visitor by then, the story charts are warmed anyway, before a crowd arrives
CHARTS_AFTER_SECONDS = 5.0


def _log():
    from streamlit.logger import get_logger  # Streamlit's handler and --logger.level apply

    return get_logger("digital_compare.tools.serve")


def _wait_for_server(timeout: float = 60.0) -> None:
    """Until the server listens: importing pandas beside Streamlit's own start-up only slows both."""
    from streamlit.runtime import Runtime
    from streamlit.runtime.runtime import RuntimeState

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if Runtime.exists() and Runtime.instance().state != RuntimeState.INITIAL:
            return
        time.sleep(0.05)


def _prime_streamlit() -> None:
    """Streamlit loads its emoji catalogue and compiles a pattern over it (0.1–0.2 s) on the
    first non-ASCII widget label; the language switch's "ไทย" is that label. The page icon
    goes through Pillow, imported on the first ``set_page_config``."""
    try:
        from streamlit.string_util import extract_leading_icon

        extract_leading_icon("ไทย")
        import PIL.Image  # noqa: F401
    except (ImportError, AttributeError):  # a Streamlit without these has nothing to prime
        pass


def _skip_repl_probe() -> None:
    """Streamlit's first element asks whether it runs in a REPL, by ``inspect.stack()``,
    which maps every loaded module to its file: 85–95 ms of the first visit once pandas
    is loaded. The answer only decides a warning about running without a server, and
    this process is the server."""
    from streamlit import delta_generator

    if hasattr(delta_generator, "_use_warning_has_been_displayed"):
        delta_generator._use_warning_has_been_displayed = True


def _warm() -> None:
    _wait_for_server()
    started = time.perf_counter()
    default_interval = sys.getswitchinterval()
    sys.setswitchinterval(WARM_SWITCH_INTERVAL)
    try:
        _prime_streamlit()
        from digital_compare.app.ui import FIRST_PAGE_DONE, bound_uploads, warm_charts, warm_tables

        bound_uploads()  # before any visitor: an upload needs no script run

        warm_tables()
        # the story charts of both languages (about 2 s) once the first visitor has their page, or when none has
        # come: drawn beside the first visit they held its first chart back 0.7 s (cold start 1.7× the bare app's)
        FIRST_PAGE_DONE.wait(CHARTS_AFTER_SECONDS)
        warm_charts()
    except Exception as err:  # noqa: BLE001 — a failed warm-up only means the first visit does the work
        _log().warning("warm-up skipped (%s); the first visit loads the tables", err)
        return
    finally:
        sys.setswitchinterval(default_interval)
    _log().info("warm-up: pandas, the tables and the story charts loaded in %.2f s", time.perf_counter() - started)


def serve(port: int, streamlit_args: list[str]) -> int:
    """Run dashboard.py on Streamlit's server in this process (as :mod:`digital_compare.app.ui_asgi`, whose pages
    say where the server is), warming up on a thread."""
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.web import cli as streamlit_cli

    # dashboard.py routes with st.navigation; telling Streamlit now spares the first
    # visit its pages/-folder fallback and the rerun ui.ensure_routed then needs.
    PagesManager.uses_pages_directory = False
    _skip_repl_probe()
    threading.Thread(target=_warm, name="warm-up", daemon=True).start()
    # Streamlit reads .streamlit/config.toml from the working folder: the app's, wherever the data lives
    os.chdir(APP_DIR)
    args = ["run", str(Path(__file__).with_name("ui_asgi.py")), "--server.port", str(port), *streamlit_args]
    return streamlit_cli.main(args=args, prog_name="streamlit", standalone_mode=False) or 0
