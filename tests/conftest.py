from __future__ import annotations

import pytest

from digital_compare.paths import ARTICLES_DIR
from digital_compare.tables.build import build_tables


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
    from digital_compare.text.decode import read_article_path

    return {p.stem: read_article_path(p) for p in sorted(ARTICLES_DIR.glob("*.txt"))}


# ---- the real app in headless Chromium (Debian's /usr/bin/chromium; never downloaded) ----

@pytest.fixture(scope="session")
def playwright_instance():
    from digital_compare.tools.serve import BrowserMissing, chromium_path

    try:
        chromium_path()
    except BrowserMissing as err:
        pytest.fail(str(err))  # a missing browser is a failure, never a skip
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    from digital_compare.tools.serve import launch_chromium

    browser = launch_chromium(playwright_instance)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def app_url():
    from digital_compare.tools.serve import running_app

    with running_app() as url:
        yield url
