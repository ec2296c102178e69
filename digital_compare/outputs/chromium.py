"""The system Chromium (Debian's /usr/bin/chromium) that draws exports, decks and the browser tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

__all__ = ["CHROMIUM_ARGS", "BrowserMissing", "chromium_path"]

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage",
]


class BrowserMissing(RuntimeError):
    pass


def chromium_path() -> str:
    """System Chromium (Debian's /usr/bin/chromium); never a downloaded browser."""
    for candidate in (os.environ.get("BROWSER_PATH"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    raise BrowserMissing("Chromium not found: install the Debian package 'chromium' (sudo apt-get install chromium) "
                         "or set BROWSER_PATH")
