"""The dashboard's pages: their files, names, icons and addresses. Plain data, so the server can read the
addresses (:mod:`digital_compare.app.ui_asgi`) without importing the pages' module and its pandas and Plotly."""

from __future__ import annotations

__all__ = ["PAGE_FILES", "PAGE_META", "page_url_paths"]

PAGE_FILES = {
    "overview": "pages/overview.py", "china": "pages/china.py", "vietnam": "pages/vietnam.py",
    "compare": "pages/compare.py", "explore": "pages/explore.py", "sources": "pages/sources.py", "data": "pages/data.py",
    "analyze": "pages/analyze.py", "review": "pages/review.py",
}

#: (page, its name's i18n key, its icon, its address below the server's: "" for the overview)
PAGE_META = (
    ("overview", "nav_overview", ":material/dashboard:", ""),
    ("china", "nav_china", ":material/timeline:", "china"),
    ("vietnam", "nav_vietnam", ":material/flag:", "vietnam"),
    ("compare", "nav_compare", ":material/compare_arrows:", "compare"),
    ("explore", "nav_explore", ":material/query_stats:", "explore"),
    ("sources", "nav_sources", ":material/menu_book:", "sources"),
    ("data", "nav_data", ":material/table_view:", "data"),
    ("analyze", "nav_analyze", ":material/science:", "analyze"),
    ("review", "nav_review", ":material/fact_check:", "review"),
)


def page_url_paths() -> list[str]:
    """Each page's address below the server's ("" for the overview)."""
    return [path for *_, path in PAGE_META]
