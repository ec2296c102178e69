"""Start the dashboard on a free 127.0.0.1 port, and a headless Chromium to look at it."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from digital_compare.outputs.chromium import CHROMIUM_ARGS, BrowserMissing, chromium_path
from digital_compare.paths import APP_DIR

__all__ = ["AppUrl", "CHROMIUM_ARGS", "BrowserMissing", "chromium_path", "free_port", "launch_chromium", "running_app"]

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class AppUrl(str):
    """The app's base URL, carrying the server's process id (the bench reads its memory)."""

    pid: int


@contextlib.contextmanager
def running_app(script: str | None = None, port: int | None = None, timeout: float = 60.0, env: dict | None = None,
                address: str | None = "127.0.0.1", streamlit_args: Sequence[str] = (), base_url_path: str = ""):
    """Yield the base URL of the dashboard (``digital-compare serve``), or of
    ``streamlit run script`` for another script, listening on ``address`` (reached through
    127.0.0.1; None keeps the address of .streamlit/config.toml); stop it afterwards.
    ``streamlit_args`` go to Streamlit as they are (e.g. ``--secrets.files PATH``); ``base_url_path`` serves the
    app below that path (``server.baseUrlPath``), as a proxy's prefix would."""
    port = port or free_port()
    if script is None:
        cmd = [sys.executable, "-m", "digital_compare", "serve", "--port", str(port)]
    else:
        cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port)]
    cmd += [*(["--server.address", address] if address else []), "--server.headless", "true",
            "--browser.gatherUsageStats", "false", *streamlit_args,
            *(["--server.baseUrlPath", base_url_path] if base_url_path else [])]
    # the server's log goes to a file: a pipe nobody reads fills at 64 KB and then blocks the server
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, cwd=APP_DIR, stdout=subprocess.DEVNULL, stderr=log,
                            env={**os.environ, **(env or {})})
    url = AppUrl(f"http://127.0.0.1:{port}")
    url.pid = proc.pid  # the server itself: both launchers run Streamlit in this process
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"streamlit exited early: {log.read().decode(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/{base_url_path + '/' if base_url_path else ''}_stcore/health",
                                            timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not answer on {url} within {timeout:.0f} s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
