"""articles: one row per article, with its manifest entry and checksum.

Load the manifest (``articles.yaml``) and every article file, check each file
against its pinned sha256, and save the table.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import yaml

from digital_compare.tables.provenance import BuildError
from digital_compare.tables.steps import StepContext
from digital_compare.text.clean import boilerplate_spans
from digital_compare.text.decode import ARTICLE_SUFFIXES, MAX_INPUT_BYTES, MAX_INPUT_MB, InputError, read_article_bytes


def load_manifest(articles_dir: Path) -> dict[str, dict]:
    """``articles.yaml`` as {id: entry}, each entry checked as an added article's fields are
    (country code, lengths, dates); a broken manifest stops the build with one line naming it."""
    from digital_compare.tables.validate import ValidationError, check_manifest_entry

    path = articles_dir / "articles.yaml"
    if not path.exists():
        return {}
    try:
        with open(path, encoding="utf-8") as handle:
            # libyaml: the pure-Python loader took 0.9 s for a manifest of 1,000 articles
            entries = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise BuildError(f"{path.name}: not valid YAML ({' '.join(str(err).split())[:200]})") from None
    if entries is None:
        return {}
    if not isinstance(entries, list):
        raise BuildError(f"{path.name}: expected a list of article entries, found {type(entries).__name__}")
    manifest: dict[str, dict] = {}
    for number, entry in enumerate(entries, start=1):
        try:
            checked = check_manifest_entry(entry)
        except ValidationError as err:
            raise BuildError(f"{path.name}, entry {number}: {err}") from None
        if checked["id"] in manifest:
            raise BuildError(f"{path.name}, entry {number}: id {checked['id']} is listed twice")
        manifest[checked["id"]] = checked
    return manifest


def article_files(articles_dir: Path) -> list[Path]:
    """The article files of the folder; a link that leads out of it is refused, never read."""
    home = articles_dir.resolve()
    files = sorted(p for p in articles_dir.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    for path in files:
        if not path.resolve().is_relative_to(home):
            raise BuildError(f"article {path.name} links to a file outside {articles_dir}; copy the file in instead")
    return files


def sanity_check_sha256(article_id: str, data: bytes, pinned: str | None) -> str:
    digest = hashlib.sha256(data).hexdigest()
    if pinned and pinned != digest:
        raise BuildError(
            f"article {article_id}: file bytes changed (sha256 {digest[:12]}… ≠ pinned {pinned[:12]}…); "
            "update articles.yaml only after re-checking the annotations"
        )
    return digest


def _text_or_none(value) -> str | None:
    return None if value in (None, "") else str(value)


def _row(article_id: str, entry: dict, raw: str, digest: str, path: str) -> dict:
    boilerplate = sum(end - start for start, end in boilerplate_spans(raw))
    return {
        "id": article_id,
        "country": entry["country"],
        "outlet": _text_or_none(entry.get("outlet")),
        "outlet_th": _text_or_none(entry.get("outlet_th")),
        "published": _text_or_none(entry.get("published")),
        "title": _text_or_none(entry.get("title")),
        "title_en": _text_or_none(entry.get("title_en")),
        "language": str(entry.get("language") or "th"),
        "sha256": digest,
        "chars": len(raw),
        "content_chars": len(raw) - boilerplate,
        "path": path,
    }


def run(ctx: StepContext) -> None:
    # Load
    manifest = load_manifest(ctx.articles_dir)
    files = article_files(ctx.articles_dir)
    if not files and not ctx.added:
        raise BuildError(f"no .txt/.md/.html articles in {ctx.articles_dir}")

    # Process
    rows = []
    for path in files:
        article_id = path.stem
        entry = manifest.get(article_id)
        if entry is None:
            raise BuildError(f"article {path.name} has no entry in articles.yaml (id {article_id}, its country at least)")
        data = path.read_bytes()
        digest = sanity_check_sha256(article_id, data, entry.get("sha256"))
        try:
            if len(data) > MAX_INPUT_BYTES:
                raise InputError(f"{path.name} is over the {MAX_INPUT_MB} MB limit per article")
            raw = read_article_bytes(data, path.name)
        except InputError as err:
            raise BuildError(f"article {article_id}: {err}") from None
        ctx.raw[article_id] = raw
        rows.append(_row(article_id, entry, raw, digest, path.name))
    for added in ctx.added:
        if added.id in ctx.raw:
            raise BuildError(f"article {added.id} is both a file in {ctx.articles_dir} and in the workspace")
        ctx.raw[added.id] = added.text
        rows.append(_row(added.id, added.entry, added.text, added.entry["sha256"], f"{ADDED_TEXT_PREFIX}{added.id}"))

    # Save
    ctx.save("articles", pd.DataFrame(rows))


#: an added article's text is kept once, in the workspace's database, not copied into each version:
#: its ``path`` names it there (the sentences table holds every sentence a page shows)
ADDED_TEXT_PREFIX = "workspace:"
