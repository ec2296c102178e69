"""The workspace's database: SQLite by default (a file under ``data/``), PostgreSQL by URL.

One small interface over both: :meth:`Database.write` is a transaction that writers take one
at a time (SQLite's ``BEGIN IMMEDIATE``; PostgreSQL's transaction-scoped advisory lock),
:meth:`Database.read` a consistent read. SQL is written once with ``?`` placeholders.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["Database", "database_url"]

#: seconds a writer waits for the one before it (a rebuild of 1,000 articles takes about 15 s)
WRITE_WAIT_SECONDS = 600
#: PostgreSQL advisory lock key that serialises the workspace's writers ("dc" in ASCII)
_PG_LOCK = 0x6463

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    body TEXT NOT NULL,
    country TEXT NOT NULL,
    outlet TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT NOT NULL,
    source_file TEXT,
    signature TEXT NOT NULL,
    chars INTEGER NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS decisions (
    mention_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    state TEXT NOT NULL,
    labels TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS history (
    seq INTEGER PRIMARY KEY {autoincrement},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    article_id TEXT,
    detail TEXT NOT NULL,
    version INTEGER
);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_actor_at ON history (actor, at);
"""

# the history is append-only: the database itself refuses to change or delete a line
_SQLITE_APPEND_ONLY = """
CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
"""
_PG_APPEND_ONLY = """
CREATE OR REPLACE FUNCTION history_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'the history is append-only'; END $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS history_append_only ON history;
CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history
FOR EACH ROW EXECUTE FUNCTION history_append_only();
"""


def database_url(root: Path) -> str:
    """``$DIGITAL_COMPARE_DATABASE_URL``, else a SQLite file in the project's data folder."""
    return os.environ.get("DIGITAL_COMPARE_DATABASE_URL") or f"sqlite:///{root / 'data' / 'workspace.sqlite3'}"


class Database:
    """A connection per thread to the workspace's database at ``url``."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.kind = "postgresql" if url.startswith(("postgresql://", "postgres://")) else "sqlite"
        if self.kind == "sqlite" and not url.startswith("sqlite:///"):
            raise ValueError(f"database URL must be sqlite:///PATH or postgresql://…, not {url[:40]!r}")
        self._local = threading.local()
        self._pid = os.getpid()
        with self.write() as cur:
            self._create(cur)

    def _connect(self):
        if self.kind == "sqlite":
            path = Path(self.url.removeprefix("sqlite:///"))
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, timeout=WRITE_WAIT_SECONDS, isolation_level=None,
                                         check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
            return connection
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def _connection(self):
        # a connection does not cross a fork: a worker process opens its own
        if getattr(self._local, "pid", None) != os.getpid():
            self._local.connection = self._connect()
            self._local.pid = os.getpid()
        return self._local.connection

    def _create(self, cur: "Cursor") -> None:
        autoincrement = "AUTOINCREMENT" if self.kind == "sqlite" else ""
        schema = SCHEMA.replace("{autoincrement}", autoincrement)
        if self.kind == "postgresql":
            schema = schema.replace("seq INTEGER PRIMARY KEY ", "seq BIGSERIAL PRIMARY KEY")
        for statement in [s for s in schema.split(";") if s.strip()]:
            cur.execute(statement)
        if self.kind == "sqlite":
            for statement in _SQLITE_APPEND_ONLY.split("END;"):
                if statement.strip():
                    cur.execute(statement + "END;")
        else:
            cur.raw_execute(_PG_APPEND_ONLY)

    @contextlib.contextmanager
    def write(self) -> Iterator["Cursor"]:
        """One transaction; writers (threads or processes) take it one at a time. Any exception
        rolls it back whole."""
        connection = self._connection()
        if self.kind == "sqlite":
            connection.execute("BEGIN IMMEDIATE")
        else:
            connection.execute("BEGIN")
            connection.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK,))
        try:
            yield Cursor(connection, self.kind)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    @contextlib.contextmanager
    def read(self) -> Iterator["Cursor"]:
        connection = self._connection()
        connection.execute("BEGIN")
        try:
            yield Cursor(connection, self.kind)
        finally:
            connection.execute("ROLLBACK")


class Cursor:
    """``execute``/``rows``/``one`` with ``?`` placeholders on either database."""

    def __init__(self, connection, kind: str) -> None:
        self.connection = connection
        self.kind = kind

    def _sql(self, sql: str) -> str:
        return sql if self.kind == "sqlite" else sql.replace("?", "%s")

    def execute(self, sql: str, params: tuple = ()) -> None:
        self.connection.execute(self._sql(sql), params)

    def raw_execute(self, sql: str) -> None:
        self.connection.execute(sql)

    def rows(self, sql: str, params: tuple = ()) -> list[tuple[Any, ...]]:
        return list(self.connection.execute(self._sql(sql), params).fetchall())

    def one(self, sql: str, params: tuple = ()) -> tuple[Any, ...] | None:
        found = self.rows(sql, params)
        return found[0] if found else None
