from __future__ import annotations

import pytest

from digital_compare.build import build_tables
from digital_compare.paths import ARTICLES_DIR


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed tables, built once into a temporary folder (never into data/tables)."""
    out = tmp_path_factory.mktemp("tables")
    tables = build_tables(ARTICLES_DIR, "default", out)
    return out, tables


@pytest.fixture(scope="session")
def tables(seed_build):
    return seed_build[1]


@pytest.fixture(scope="session")
def raw_texts():
    from digital_compare.decode import read_article_path

    return {p.stem: read_article_path(p) for p in sorted(ARTICLES_DIR.glob("*.txt"))}
