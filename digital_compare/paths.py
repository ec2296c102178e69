"""Where the project's data lives."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ANNOTATIONS_DIR", "APP_DIR", "ARTICLES_DIR", "PICTURE_DIR", "TABLES_DIR", "project_root"]


def project_root() -> Path:
    """The folder holding ``data/articles``: $DIGITAL_COMPARE_ROOT, else the source checkout."""
    env = os.environ.get("DIGITAL_COMPARE_ROOT")
    if env:
        return Path(env).resolve()
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "data" / "articles").is_dir():
        return checkout
    return Path.cwd()


#: the checkout holding dashboard.py, pages/ and .streamlit/ (the code; the data may live elsewhere)
APP_DIR = Path(__file__).resolve().parent.parent
#: the story charts drawn as pictures (digital_compare.outputs.pictures), served by Streamlit at /app/static/charts/
PICTURE_DIR = APP_DIR / "static" / "charts"
ROOT = project_root()
ARTICLES_DIR = ROOT / "data" / "articles"
ANNOTATIONS_DIR = ROOT / "data" / "annotations"
TABLES_DIR = ROOT / "data" / "tables"
