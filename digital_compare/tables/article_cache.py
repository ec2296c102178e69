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
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["ArticleCache", "code_fingerprint", "text_digest"]

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
    """Per-article results in ``folder/<code fingerprint>/``, one JSON file per key; ``None`` keeps nothing."""

    def __init__(self, folder: Path | str | None) -> None:
        self.folder = None if folder is None else Path(folder) / code_fingerprint()

    def _path(self, kind: str, key: tuple) -> Path:
        name = hashlib.sha256(repr((kind, *key)).encode("utf-8")).hexdigest()
        return self.folder / kind / name[:2] / f"{name}.json"

    def get(self, kind: str, key: tuple) -> Any | None:
        if self.folder is None:
            return None
        import orjson

        try:
            return orjson.loads(self._path(kind, key).read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return None  # absent, or torn by a crash: read the text again

    def put(self, kind: str, key: tuple, value: Any) -> None:
        if self.folder is None:
            return
        import orjson

        path = self._path(kind, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".put-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(orjson.dumps(value, option=orjson.OPT_SERIALIZE_NUMPY))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def map(self, kind: str, func, jobs: list[tuple], key, size) -> list:
        """``func(job)`` for each job, in order: from the cache where it holds ``key(job)``,
        else computed (over every core for a large remainder) and kept."""
        from digital_compare.parallel import map_in_order

        results: list = [None] * len(jobs)
        missing = []
        for index, job in enumerate(jobs):
            found = self.get(kind, key(job))
            if found is None:
                missing.append(index)
            else:
                results[index] = found
        todo = [jobs[i] for i in missing]
        for index, value in zip(missing, map_in_order(func, todo, size=size)):
            results[index] = value
            self.put(kind, key(jobs[index]), value)
        return results
