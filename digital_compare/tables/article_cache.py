"""What the build learns from one article's text, kept between builds.

Segmenting, extracting, labelling and counting words cost almost all of a build, and each
depends on one article's text (and its country and date) and on the code that reads it.
Kept per article under a key of those, a build of 1,000 unchanged articles plus one new one
reads the 1,000 back and reads the new text only. The key holds a fingerprint of the text
layer's code and vocabularies and of the tokenizer's version, so a change of code never
serves an old reading.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["READING_ID", "ArticleCache", "code_fingerprint", "text_digest"]

#: the article id a kept reading is made under, the real one put in when it is used: a reading
#: depends on the text, and an added article gets its id only in the transaction that adds it,
#: after the worker that read its file has read the text too
READING_ID = "text"

_PACKAGE = Path(__file__).resolve().parent.parent
#: the code whose output is cached: the text layer, and the steps that call it per article
_CODE = ("text", "tables/steps/sentences.py", "tables/steps/mentions.py", "tables/steps/keywords.py")


@cache
def code_fingerprint() -> str:
    """SHA-256 of the text layer's source and vocabularies and of pythainlp's and nlpo3's versions."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    for package in ("pythainlp", "nlpo3"):
        digest.update(f"{package} {version(package)}\n".encode())
    for part in _CODE:
        path = _PACKAGE / part
        files = sorted(p for p in path.rglob("*") if p.suffix in (".py", ".yaml")) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(_PACKAGE)).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:16]


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


class ArticleCache:
    """Per-article results in one SQLite file (``folder/readings.sqlite3``), keyed by kind, key and the
    code's fingerprint; ``None`` keeps nothing. A build writes its new readings in one transaction:
    a thousand small files cost more to create than to read the texts again."""

    def __init__(self, folder: Path | str | None) -> None:
        self.folder = None if folder is None else Path(folder)
        self._connection = None
        #: readings made elsewhere for this build (an added file's, by the worker that read it)
        self._offered: dict[str, Any] = {}

    def _db(self):
        if self._connection is None:
            import sqlite3

            self.folder.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.folder / "readings.sqlite3", timeout=600, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("CREATE TABLE IF NOT EXISTS readings (key TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                               "code TEXT NOT NULL, value BLOB NOT NULL)")
            # readings by other code can never be served again
            connection.execute("DELETE FROM readings WHERE code != ?", (code_fingerprint(),))
            self._connection = connection
        return self._connection

    @staticmethod
    def _key(kind: str, key: tuple) -> str:
        return hashlib.sha256(repr((code_fingerprint(), kind, *key)).encode("utf-8")).hexdigest()

    def get(self, kind: str, key: tuple) -> Any | None:
        if self.folder is None:
            return None
        import orjson

        row = self._db().execute("SELECT value FROM readings WHERE key = ?", (self._key(kind, key),)).fetchone()
        return None if row is None else orjson.loads(row[0])

    def put_many(self, kind: str, items: list[tuple[tuple, Any]]) -> None:
        if self.folder is None or not items:
            return
        import orjson

        rows = [(self._key(kind, key), kind, code_fingerprint(), orjson.dumps(value, option=orjson.OPT_SERIALIZE_NUMPY))
                for key, value in items]
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany("INSERT OR REPLACE INTO readings (key, kind, code, value) VALUES (?, ?, ?, ?)", rows)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def offer(self, kind: str, key: tuple, value: Any) -> None:
        """A reading made outside the build, served by :meth:`map` and kept as if computed there."""
        self._offered[self._key(kind, key)] = value

    def put(self, kind: str, key: tuple, value: Any) -> None:
        self.put_many(kind, [(key, value)])

    def count(self, kind: str) -> int:
        """Readings of ``kind`` kept for the current code."""
        if self.folder is None:
            return 0
        return self._db().execute("SELECT COUNT(*) FROM readings WHERE kind = ? AND code = ?",
                                  (kind, code_fingerprint())).fetchone()[0]

    def map(self, kind: str, func, jobs: list[tuple], key, size) -> list:
        """``func(job)`` for each job, in order: from the cache where it holds ``key(job)``,
        else computed (over every core for a large remainder) and kept."""
        from digital_compare.parallel import map_in_order

        keys = [key(job) for job in jobs]  # a text's digest, once per job
        results: list = [None] * len(jobs)
        missing, offered = [], []
        for index, job_key in enumerate(keys):
            found = self._offered.get(self._key(kind, job_key))
            if found is not None:
                offered.append(index)
            else:
                found = self.get(kind, job_key)
                if found is None:
                    missing.append(index)
            results[index] = found
        todo = [jobs[i] for i in missing]
        for index, value in zip(missing, map_in_order(func, todo, size=size)):
            results[index] = value
        self.put_many(kind, [(keys[index], results[index]) for index in sorted(missing + offered)])
        return results
