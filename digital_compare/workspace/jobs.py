"""The workspace's writes as plain functions of plain values, for a worker process.

The dashboard runs each write in a child process with its own time and memory budget (a
rebuild must not hold the server); the child opens its own connection to the database.
"""

from __future__ import annotations

from pathlib import Path

from digital_compare.workspace.store import NewArticle, Published, Workspace

__all__ = ["add_job", "remove_job", "review_job", "rollback_job"]


def add_job(root: Path, items: list[NewArticle], actor) -> Published:
    return Workspace(root).add_articles(items, actor)


def review_job(root: Path, article_id: str, decisions: list[dict], actor) -> Published:
    return Workspace(root).review(article_id, decisions, actor)


def remove_job(root: Path, article_id: str, actor) -> Published:
    return Workspace(root).remove_article(article_id, actor)


def rollback_job(root: Path, version: int, actor) -> Published:
    return Workspace(root).rollback(version, actor)
