"""Every write to the analysts' workspace, each one transaction that publishes a table version.

The workspace holds what analysts do through the web or the command line: added articles (their
text and metadata), reviews of automatic figures, removals, and an append-only history of who
did what and when. Curated seed data stays as files in git (``data/articles``,
``data/annotations``); the build reads both.

An add, a review, a removal or a rollback is one database transaction in which the tables are
built into a new version folder (``data/versions/vNNNNNN``). Writers take the transaction one at
a time. Only when the transaction has committed does ``data/tables`` (a symbolic link) switch to
the new folder, in one atomic rename; readers resolve the link once and read one version whole.
A build that fails or is killed leaves the previous version serving: its transaction rolls back,
and its half-written folder is swept by the next writer. The database says which version is
current; :meth:`Workspace.reconcile` brings the link back in line after a crash between the
commit and the switch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digital_compare.errors import BuildError
from digital_compare.tables.validate import ArticleFields, ValidationError, check_article_fields, check_decision, check_text
from digital_compare.workspace.db import Database, database_url

if TYPE_CHECKING:
    from digital_compare.workspace.auth import Actor

__all__ = ["NewArticle", "PermissionDenied", "Published", "QuotaExceeded", "Quotas", "Workspace"]

#: published versions kept on disk besides the current one; an older one is rebuilt from its snapshot
KEEP_VERSIONS = 10


class PermissionDenied(ValidationError):
    """The one asking may not write to the workspace."""


class QuotaExceeded(ValidationError):
    """A quota (corpus size, adds per hour, near-duplicates) would be passed."""


@dataclass(frozen=True)
class Quotas:
    """Limits on what analysts may add; read from the environment (README: deploying it shared)."""

    max_articles: int = 5_000
    max_corpus_chars: int = 100_000_000
    adds_per_hour: int = 60

    @classmethod
    def from_env(cls, env=os.environ) -> "Quotas":
        def number(name: str, default: int) -> int:
            try:
                return max(0, int(env.get(name, default)))
            except ValueError:
                return default

        return cls(number("DIGITAL_COMPARE_MAX_ARTICLES", cls.max_articles),
                   number("DIGITAL_COMPARE_MAX_CORPUS_CHARS", cls.max_corpus_chars),
                   number("DIGITAL_COMPARE_ADDS_PER_HOUR", cls.adds_per_hour))


@dataclass(frozen=True)
class NewArticle:
    """An article to add: its text and its metadata as the analyst gave them (checked on add)."""

    text: str
    fields: dict
    #: reviews made before adding (the /analyze labels table), by the figure's offset in ``text``
    decisions: tuple[dict, ...] = ()
    #: the text's MinHash signature when whoever read the file made it (a folder's files are read in
    #: parallel workers; made here otherwise)
    signature: str | None = None
    #: the build's readings of the text, (kind, key, value), when the process that read the file made
    #: them beside it (``digital-compare add``); never from a client: a build serves them as its own
    readings: tuple = ()


@dataclass(frozen=True)
class Published:
    """What a write did: the version now serving, and the articles added (or found already there)."""

    version: int
    added: tuple[str, ...] = ()
    existing: tuple[str, ...] = ()
    changed: bool = True
    notes: tuple[str, ...] = field(default_factory=tuple)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _stored(fields: ArticleFields) -> tuple[str, str, str]:
    """Outlet, title and date as the database keeps them: one the article does not give is stored empty
    (the columns are NOT NULL in workspaces made before an article could leave them out)."""
    return fields.outlet or "", fields.title or "", fields.published or ""


def _given(stored) -> tuple:
    """Outlet, title and date as read back: empty (not given by the article) is None."""
    return tuple(value or None for value in stored)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Workspace:
    """The workspace of the project at ``root`` (default: the checkout's), in the database at ``url``."""

    def __init__(self, root: Path | None = None, url: str | None = None, quotas: Quotas | None = None,
                 cache_dir: Path | None = None) -> None:
        from digital_compare import paths

        self.root = Path(root) if root is not None else paths.ROOT
        data = self.root / "data"
        self.articles_dir = data / "articles"
        self.annotations_dir = data / "annotations"
        self.tables_link = data / "tables"
        self.versions_dir = data / "versions"
        self.cache_dir = Path(cache_dir) if cache_dir is not None else data / "cache"
        self.quotas = quotas or Quotas.from_env()
        self.db = Database(url or database_url(self.root))

    # ---- reading ---------------------------------------------------------------------

    def current_version(self) -> int | None:
        with self.db.read() as cur:
            return self._current(cur)

    @staticmethod
    def _current(cur) -> int | None:
        row = cur.one("SELECT value FROM settings WHERE key = 'current_version'")
        return int(row[0]) if row else None

    def articles(self, include_removed: bool = False) -> list[dict]:
        with self.db.read() as cur:
            rows = cur.rows("SELECT id, country, outlet, title, published, added_by, added_at, removed, chars "
                            "FROM articles" + ("" if include_removed else " WHERE removed = 0") + " ORDER BY seq")
        keys = ("id", "country", "outlet", "title", "published", "added_by", "added_at", "removed", "chars")
        return [dict(zip(keys, (*row[:2], *_given(row[2:5]), *row[5:]))) for row in rows]

    def decisions(self, article_id: str | None = None) -> dict[str, dict]:
        with self.db.read() as cur:
            return self._decisions(cur, article_id)

    @staticmethod
    def _decisions(cur, article_id: str | None = None) -> dict[str, dict]:
        sql = "SELECT mention_id, state, labels, actor, at FROM decisions"
        rows = cur.rows(sql + " WHERE article_id = ?", (article_id,)) if article_id else cur.rows(sql)
        return {m: {"state": s, **json.loads(labels), "actor": a, "at": at} for m, s, labels, a, at in rows}

    def history(self, limit: int = 500) -> list[dict]:
        """The newest ``limit`` lines of the append-only history, newest first."""
        with self.db.read() as cur:
            rows = cur.rows("SELECT seq, at, actor, action, article_id, detail, version FROM history "
                            "ORDER BY seq DESC LIMIT ?", (int(limit),))
        keys = ("seq", "at", "actor", "action", "article_id", "detail", "version")
        return [dict(zip(keys, row), detail=json.loads(row[5])) for row in rows]

    def versions(self) -> list[dict]:
        with self.db.read() as cur:
            rows = cur.rows("SELECT id, created_at, actor, reason FROM versions ORDER BY id DESC")
        return [dict(zip(("id", "created_at", "actor", "reason"), row)) for row in rows]

    def text(self, article_id: str) -> str | None:
        with self.db.read() as cur:
            row = cur.one("SELECT body FROM articles WHERE id = ?", (article_id,))
        return row[0] if row else None

    def _seed_signatures(self) -> dict[str, str]:
        """{id: signature} of the project's own articles (``data/articles``), read once per workspace."""
        if getattr(self, "_seeds", None) is None:
            from digital_compare.tables.steps.articles import article_files
            from digital_compare.text.decode import InputError, read_article_bytes
            from digital_compare.workspace.similar import signature

            folder = self.root / "data" / "articles"
            seeds = {}
            for path in article_files(folder) if folder.is_dir() else []:
                try:
                    seeds[path.stem] = signature(read_article_bytes(path.read_bytes(), path.name))
                except (InputError, OSError):
                    continue  # the build names a broken file; here it only cannot be copied
            self._seeds = seeds
        return self._seeds

    # ---- writes ----------------------------------------------------------------------

    def add_articles(self, items: list[NewArticle], actor: "Actor") -> Published:
        """Add articles (already there: no-op), with any reviews made before adding; one transaction."""
        _require_writer(actor)
        checked = [(check_text(item.text), check_article_fields(item.fields), item.decisions, item.signature)
                   for item in items]
        readings = [reading for item in items for reading in item.readings]
        from digital_compare.workspace.similar import NEAR_DUPLICATE, Signatures, signature

        with self.db.write() as cur:
            self._check_hourly_quota(cur, actor, len(checked))
            known = {sha: article_id for article_id, sha in cur.rows("SELECT id, sha256 FROM articles WHERE removed = 0")}
            present = cur.rows("SELECT id, signature FROM articles WHERE removed = 0")
            # the project's own articles are in every version: a copy of one would count its figures twice
            seeds = self._seed_signatures()
            signatures = Signatures([row[0] for row in present] + list(seeds),
                                    [row[1] for row in present] + list(seeds.values()))
            count, chars = cur.one("SELECT COUNT(*), COALESCE(SUM(chars), 0) FROM articles WHERE removed = 0")
            seq = self._next_seq(cur)
            added, existing, now = [], [], _now()
            for text, fields, decisions, made in checked:
                sha = _digest(text)
                if sha in known:
                    existing.append(known[sha])
                    continue
                mine = made or signature(text)
                twin, alike = signatures.closest(mine)
                if twin in seeds and alike >= NEAR_DUPLICATE:
                    raise QuotaExceeded("quota_seed_copy", f"the text is a copy of the project's own article {twin} "
                                        f"({alike:.0%} alike), which every version already holds", id=twin)
                if alike >= NEAR_DUPLICATE:
                    raise QuotaExceeded("quota_near_duplicate", f"the text is a near-copy of article {twin} "
                                        f"({alike:.0%} alike); remove that one first to replace it", id=twin)
                count, chars = count + 1, chars + len(text)
                if count > self.quotas.max_articles or chars > self.quotas.max_corpus_chars:
                    raise QuotaExceeded("quota_corpus", f"the workspace is full ({self.quotas.max_articles:,} articles, "
                                        f"{self.quotas.max_corpus_chars:,} characters at most)",
                                        articles=self.quotas.max_articles, chars=self.quotas.max_corpus_chars)
                article_id = f"{seq:03d}_{sha[:16]}"
                seq += 1
                reviewed = self._check_new_decisions(article_id, text, decisions)
                cur.execute("INSERT INTO articles (id, seq, sha256, body, country, outlet, title, published, source_file, "
                            "signature, chars, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (article_id, seq - 1, sha, text, fields.country, *_stored(fields),
                             fields.source_file, mine, len(text), actor.id, now))
                for decision in reviewed:
                    self._put_decision(cur, article_id, decision, actor, now)
                self._log(cur, actor, "add", article_id, {"title": fields.title, "outlet": fields.outlet,
                                                          "country": fields.country, "published": fields.published,
                                                          "corrected": len(reviewed)})
                known[sha] = article_id
                signatures.add(article_id, mine)
                added.append(article_id)
            if not added:
                return Published(self._current(cur) or 0, (), tuple(existing), changed=False)
            version = self._publish(cur, actor, f"add {', '.join(added[:3])}{' …' if len(added) > 3 else ''}",
                                    readings=readings)
        self._switch(version)
        return Published(version, tuple(added), tuple(existing))

    def review(self, article_id: str, decisions: list[dict], actor: "Actor") -> Published:
        """Accept, correct or reject figures of one added article; one transaction."""
        _require_writer(actor)
        with self.db.write() as cur:
            text = self._active_text(cur, article_id)
            starts = _figure_starts(text, article_id)
            checked = [check_decision(raw, starts) for raw in decisions]
            now = _now()
            for decision in checked:
                self._put_decision(cur, article_id, decision, actor, now)
                self._log(cur, actor, f"review:{decision.state}", article_id,
                          {"mention": f"{article_id}:{decision.start}", **decision.labels()})
            version = self._publish(cur, actor, f"review {article_id}")
        self._switch(version)
        return Published(version)

    def remove_article(self, article_id: str, actor: "Actor") -> Published:
        _require_writer(actor)
        with self.db.write() as cur:
            self._active_text(cur, article_id)
            cur.execute("UPDATE articles SET removed = 1 WHERE id = ?", (article_id,))
            self._log(cur, actor, "remove", article_id, {})
            version = self._publish(cur, actor, f"remove {article_id}")
        self._switch(version)
        return Published(version)

    def rollback(self, version: int, actor: "Actor") -> Published:
        """Serve an earlier version again, and put the workspace back to its state then."""
        _require_writer(actor)
        with self.db.write() as cur:
            row = cur.one("SELECT state FROM versions WHERE id = ?", (int(version),))
            if row is None:
                raise ValidationError("invalid_version", f"there is no version {version}", version=version)
            state = json.loads(row[0])
            cur.execute("UPDATE articles SET removed = 1")
            for article_id in state["articles"]:
                cur.execute("UPDATE articles SET removed = 0 WHERE id = ?", (article_id,))
            cur.execute("DELETE FROM decisions")
            for mention_id, decision in state["decisions"].items():
                cur.execute("INSERT INTO decisions (mention_id, article_id, state, labels, actor, at) VALUES (?, ?, ?, ?, ?, ?)",
                            (mention_id, mention_id.rsplit(":", 1)[0], decision["state"],
                             json.dumps(decision["labels"], sort_keys=True), decision["actor"], decision["at"]))
            self._log(cur, actor, "rollback", None, {"to": int(version), "from": self._current(cur)})
            restored = self._publish(cur, actor, f"roll back to v{int(version)}", reuse=int(version))
        self._switch(restored)
        return Published(restored)

    def publish(self, actor: "Actor", reason: str = "build", progress=None) -> Published:
        """Build the curated files and the workspace into a new version, unless the current one
        was built from the same inputs by the same code (what ``make run`` does each time)."""
        _require_writer(actor)
        with self.db.write() as cur:
            before = self._current(cur)
            version = self._publish(cur, actor, reason, progress=progress)
        self._switch(version)
        return Published(version, changed=version != before)

    def republish(self, actor: "Actor", reason: str) -> Published:
        """Build the current state again into a new version, though one with the same inputs exists:
        for a published folder found damaged (a table deleted or truncated by hand)."""
        _require_writer(actor)
        with self.db.write() as cur:
            version = self._publish(cur, actor, reason, force=True)
        self._switch(version)
        return Published(version)

    def reconcile(self) -> int | None:
        """Point ``data/tables`` at the version the database says is current (after a crash between a
        commit and the switch, or on a replica that has not built it yet)."""
        version = self.current_version()
        if version is None:
            return None
        if self._version_dir(version).is_dir():
            if self._linked_version() != version:
                self._switch(version)
            return version
        return self.publish(SYSTEM, "rebuild: the current version, on this machine").version

    # ---- inside a transaction ----------------------------------------------------------

    def _check_hourly_quota(self, cur, actor: "Actor", adding: int) -> None:
        if getattr(actor, "via", "") == "cli":
            return  # the operator on the machine itself
        since = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1)).isoformat(timespec="seconds")
        (done,) = cur.one("SELECT COUNT(*) FROM history WHERE actor = ? AND action = 'add' AND at >= ?", (actor.id, since))
        if done + adding > self.quotas.adds_per_hour:
            raise QuotaExceeded("quota_hourly", f"{self.quotas.adds_per_hour} articles an hour per analyst; "
                                f"{done} added in the last hour", limit=self.quotas.adds_per_hour, done=done)

    def _next_seq(self, cur) -> int:
        (workspace_max,) = cur.one("SELECT COALESCE(MAX(seq), -1) FROM articles")
        files = [int(m.group(1)) for p in self.articles_dir.glob("*") if (m := re.match(r"(\d+)_", p.name))]
        return max([workspace_max, *files, -1]) + 1

    def _active_text(self, cur, article_id: str) -> str:
        row = cur.one("SELECT body FROM articles WHERE id = ? AND removed = 0", (str(article_id)[:100],))
        if row is None:
            raise ValidationError("invalid_article", f"no added article {str(article_id)[:40]!r} in the workspace",
                                  id=str(article_id)[:40])
        return row[0]

    @staticmethod
    def _check_new_decisions(article_id: str, text: str, decisions) -> list:
        if not decisions:
            return []
        starts = _figure_starts(text, article_id)
        return [check_decision(raw, starts) for raw in decisions]

    @staticmethod
    def _put_decision(cur, article_id: str, decision, actor: "Actor", now: str) -> None:
        mention_id = f"{article_id}:{decision.start}"
        labels = json.dumps(decision.labels(), sort_keys=True)
        cur.execute("DELETE FROM decisions WHERE mention_id = ?", (mention_id,))
        cur.execute("INSERT INTO decisions (mention_id, article_id, state, labels, actor, at) VALUES (?, ?, ?, ?, ?, ?)",
                    (mention_id, article_id, decision.state, labels, actor.id, now))

    @staticmethod
    def _log(cur, actor: "Actor", action: str, article_id: str | None, detail: dict) -> None:
        cur.execute("INSERT INTO history (at, actor, action, article_id, detail) VALUES (?, ?, ?, ?, ?)",
                    (_now(), actor.id, action, article_id, json.dumps(detail, ensure_ascii=False, sort_keys=True)))

    def _state(self, cur) -> dict:
        articles = [row[0] for row in cur.rows("SELECT id FROM articles WHERE removed = 0 ORDER BY seq")]
        decisions = {m: {"state": s, "labels": json.loads(labels), "actor": a, "at": at}
                     for m, s, labels, a, at in cur.rows("SELECT mention_id, state, labels, actor, at FROM decisions "
                                                         "ORDER BY mention_id")}
        return {"articles": articles, "decisions": decisions}

    def _fingerprint(self, state: dict, added: list) -> str:
        """What the tables are built from: the code, the curated files, the workspace's texts and reviews."""
        digest = hashlib.sha256(_package_fingerprint().encode())
        for folder in (self.articles_dir, self.annotations_dir):
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                digest.update(str(path.relative_to(self.root)).encode() + b"\0" + path.read_bytes())
        digest.update(json.dumps([(a.id, a.entry["sha256"]) for a in added]).encode())
        digest.update(json.dumps({m: (d["state"], d["labels"]) for m, d in state["decisions"].items()},
                                 sort_keys=True).encode())
        return digest.hexdigest()

    def _added_texts(self, cur, ids: list[str]) -> list:
        from digital_compare.tables.steps import AddedText

        rows = {row[0]: row for row in cur.rows(
            "SELECT id, body, country, outlet, title, published, sha256 FROM articles WHERE removed = 0")}
        return [AddedText(i, rows[i][1], {"country": rows[i][2], **dict(zip(("outlet", "title", "published"), _given(rows[i][3:6]))),
                                          "sha256": rows[i][6]}) for i in ids]

    def _publish(self, cur, actor: "Actor", reason: str, reuse: int | None = None, progress=None,
                 force: bool = False, readings: list = ()) -> int:
        """Build the workspace's state into a new version folder and make it current (committed by the caller)."""
        state = self._state(cur)
        added = self._added_texts(cur, state["articles"])
        fingerprint = self._fingerprint(state, added)
        current = self._current(cur)
        if current is not None and not force:
            row = cur.one("SELECT fingerprint FROM versions WHERE id = ?", (current,))
            if row and row[0] == fingerprint and self._version_dir(current).is_dir():
                return current
        self._sweep()
        (last,) = cur.one("SELECT COALESCE(MAX(id), 0) FROM versions")
        # past a folder the database does not know (a database replaced beside its versions): never built into
        version = max(last, self._highest_folder()) + 1
        target = self._version_dir(version)
        earlier = self._version_dir(reuse) if reuse is not None else None
        same_as_earlier = reuse is not None and earlier.is_dir() and cur.one(
            "SELECT 1 FROM versions WHERE id = ? AND fingerprint = ?", (reuse, fingerprint)) is not None
        building = target.with_name(f"{target.name}.building")
        if same_as_earlier:
            shutil.copytree(earlier, building, copy_function=os.link)  # the very files that served then
        else:
            self._build(building, added, state, progress, readings)
        os.replace(building, target)
        cur.execute("INSERT INTO versions (id, created_at, actor, reason, fingerprint, state) VALUES (?, ?, ?, ?, ?, ?)",
                    (version, _now(), actor.id, reason[:500], fingerprint, json.dumps(state, sort_keys=True)))
        cur.execute("DELETE FROM settings WHERE key = 'current_version'")
        cur.execute("INSERT INTO settings (key, value) VALUES ('current_version', ?)", (str(version),))
        self._log(cur, actor, "publish", None, {"version": version, "reason": reason[:500]})
        return version

    def _build(self, folder: Path, added: list, state: dict, progress=None, readings: list = ()) -> None:
        from digital_compare.tables.build import build_tables

        decisions = {m: {"state": d["state"], **d["labels"]} for m, d in state["decisions"].items()}
        try:
            build_tables(self.articles_dir, self.annotations_dir, folder, added=tuple(added), decisions=decisions,
                         cache_dir=self.cache_dir, progress=progress, readings=readings)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise

    # ---- the published link ------------------------------------------------------------

    def _version_dir(self, version: int) -> Path:
        return self.versions_dir / f"v{int(version):06d}"

    def _linked_version(self) -> int | None:
        try:
            match = re.fullmatch(r"v(\d+)", Path(os.readlink(self.tables_link)).name)
        except OSError:
            return None
        return int(match.group(1)) if match else None

    def _switch(self, version: int) -> None:
        """Point ``data/tables`` at ``version`` in one rename: a reader sees the old folder or the new one."""
        link = self.tables_link
        temporary = link.with_name(f".tables-{os.getpid()}")
        temporary.unlink(missing_ok=True)
        os.symlink(os.path.relpath(self._version_dir(version), link.parent), temporary)
        if link.is_dir() and not link.is_symlink():
            # the layout before versions: a plain folder of build output, replaced once
            old = link.with_name(f".tables-old-{os.getpid()}")
            os.replace(link, old)
            os.replace(temporary, link)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(temporary, link)
        self._prune(version)

    def _highest_folder(self) -> int:
        numbers = [int(p.name[1:]) for p in self.versions_dir.glob("v[0-9]*") if re.fullmatch(r"v\d+", p.name)]
        return max(numbers, default=0)

    def _sweep(self) -> None:
        """Folders of builds that never finished (the process was killed); only writers call this, one at a time."""
        if self.versions_dir.is_dir():
            for folder in self.versions_dir.glob("*.building"):
                shutil.rmtree(folder, ignore_errors=True)

    def _prune(self, current: int) -> None:
        folders = sorted(p for p in self.versions_dir.glob("v[0-9]*") if p.is_dir() and re.fullmatch(r"v\d+", p.name))
        keep = {self._version_dir(current)} | set(folders[-KEEP_VERSIONS:])
        for folder in folders:
            if folder not in keep:
                shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class _System:
    """The workspace itself, rebuilding a version it already has (no one's change)."""

    id: str = "system"
    via: str = "cli"
    can_write: bool = True


SYSTEM = _System()


def _package_fingerprint() -> str:
    """The package's code and vocabularies (every table and figure is drawn by them) and the
    versions of the libraries that read and draw."""
    from importlib.metadata import version

    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(" ".join(f"{name} {version(name)}" for name in
                                     ("pandas", "plotly", "pythainlp", "nlpo3", "pandera")).encode())
    for path in sorted(p for p in package.rglob("*") if p.suffix in (".py", ".yaml", ".yml") and p.is_file()):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _require_writer(actor: "Actor") -> None:
    if not getattr(actor, "can_write", False):
        raise PermissionDenied("not_allowed", "only a signed-in analyst may change the workspace")


def _figure_starts(text: str, article_id: str) -> frozenset[int]:
    from digital_compare.text.extract import extract_mentions
    from digital_compare.text.labeller import FIGURE_KINDS

    return frozenset(m.start for m in extract_mentions(text, article_id) if m.kind in FIGURE_KINDS)
