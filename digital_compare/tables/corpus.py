"""``digital-compare add``: put Thai articles into the corpus, each with its manifest entry.

A file is copied byte for byte into the articles folder under a new id
(``NNN_<first 16 hex of its sha256>``) and ``articles.yaml`` gains its entry: country,
outlet, publication date and title from the options, else detected in the text where
it gives them (a title line, a dateline), else left empty. The same bytes twice are a
no-op. Every file is checked before anything is written, so bad input leaves the
corpus as it was.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from digital_compare.text.decode import ARTICLE_SUFFIXES, InputError, article_paths, read_article_bytes, read_article_path

__all__ = ["AddedArticle", "add_article_bytes", "add_articles", "add_subcommand", "detect_metadata"]

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class AddedArticle:
    id: str
    path: Path
    entry: dict
    new: bool


def _manifest(articles_dir: Path) -> list[dict]:
    path = articles_dir / "articles.yaml"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or []


def _published(head: str) -> str | None:
    """A dateline among the first lines: "2024-06-11 13:03:48 | CMG", or a full Thai date ("11 มิ.ย. 2567")."""
    match = _ISO_DATE.search(head)
    if match:
        return match.group(0)
    from digital_compare.text.extract import extract_mentions

    dates = [m for m in extract_mentions(head) if m.kind == "date" and m.date and not m.inferred]
    return dates[0].date if dates else None


def detect_metadata(text: str) -> dict:
    """Title, publication date and country where the text gives them; None where it does not.

    :Example:

        >>> detect_metadata("เวียดนามเร่งเศรษฐกิจดิจิทัล\\n\\n11 มิ.ย. 2567\\nเวียดนามตั้งเป้า 20% ภายในปี 2025")
        {'title': 'เวียดนามเร่งเศรษฐกิจดิจิทัล', 'published': '2024-06-11', 'country': 'VN'}
    """
    from digital_compare.text.labeller import find_places

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = lines[0] if lines else ""
    # a headline: one short line that does not run on as a paragraph
    title = first if first and len(first) <= 160 and len(lines) > 1 and not first.endswith((".", "ฯลฯ")) else None
    places = [p for p in find_places(text) if p.level != "group"]
    countries = Counter(p.code.split("-")[0] for p in places)
    return {"title": title, "published": _published("\n".join(lines[:6])),
            "country": countries.most_common(1)[0][0] if countries else None}


def _next_index(entries: list[dict]) -> int:
    numbers = [int(str(e["id"]).split("_")[0]) for e in entries if re.match(r"^\d+_", str(e.get("id", "")))]
    return max(numbers, default=-1) + 1


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".adding-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _entry_yaml(entry: dict) -> str:
    return yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=120)


def add_article_bytes(data: bytes, name: str, articles_dir: Path, *, country: str | None = None,
                      published: str | None = None, outlet: str | None = None, title: str | None = None) -> AddedArticle:
    """Add one article from its bytes (a file's or an upload's); see :func:`add_articles`."""
    text = read_article_bytes(data, name)  # raises InputError with one clear line
    digest = hashlib.sha256(data).hexdigest()
    entries = _manifest(articles_dir)
    for entry in entries:
        if entry.get("sha256") == digest:
            return AddedArticle(str(entry["id"]), articles_dir / f"{entry['id']}{Path(name).suffix.lower() or '.txt'}", entry, False)
    detected = detect_metadata(text)
    article_id = f"{_next_index(entries):03d}_{digest[:16]}"
    suffix = Path(name).suffix.lower() if Path(name).suffix.lower() in ARTICLE_SUFFIXES else ".txt"
    entry = {
        "id": article_id, "country": country or detected["country"], "outlet": outlet,
        "published": published or detected["published"], "title": title or detected["title"], "title_en": None,
        "language": "th", "sha256": digest, "source_file": Path(name).name,
    }
    path = articles_dir / f"{article_id}{suffix}"
    articles_dir.mkdir(parents=True, exist_ok=True)
    _write_atomic(path, data)
    try:
        manifest = articles_dir / "articles.yaml"
        with open(manifest, "a", encoding="utf-8") as handle:
            handle.write(_entry_yaml(entry))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return AddedArticle(article_id, path, entry, True)


def _files(paths: list[Path]) -> list[Path]:
    return [file for path in paths for file in article_paths(path)]


def _check_options(country: str | None, published: str | None) -> None:
    if country is not None and not _COUNTRY_CODE.match(country):
        raise InputError(f"--country takes a two-letter ISO code such as VN or CN, not {country!r}")
    if published is not None:
        import datetime as dt

        try:
            dt.date.fromisoformat(published)
        except ValueError:
            raise InputError(f"--published takes a date as YYYY-MM-DD, not {published!r}") from None


def add_articles(paths: list[Path | str], articles_dir: Path, **metadata) -> list[AddedArticle]:
    """Copy each file (or each .txt/.md/.html of a folder) into ``articles_dir`` with its entry.

    Every file is read and checked first; one bad file stops the whole call before
    anything is written.
    """
    _check_options(metadata.get("country"), metadata.get("published"))
    files = _files([Path(p) for p in paths])
    blobs = []
    for path in files:
        read_article_path(path)  # size, encoding, binary, empty: one clear line, nothing written yet
        blobs.append((path.read_bytes(), path.name))
    return [add_article_bytes(data, name, articles_dir, **metadata) for data, name in blobs]


def cmd_add(args) -> int:
    from digital_compare.paths import ARTICLES_DIR

    added = add_articles(args.paths, ARTICLES_DIR, country=args.country, published=args.published,
                         outlet=args.outlet, title=args.title)
    for article in added:
        state = "added" if article.new else "already there"
        print(f"{state}: {article.id} ({article.entry.get('source_file') or article.path.name})", file=sys.stderr)
    if any(a.new for a in added):
        print("run `digital-compare build` to label them and add them to the dashboard", file=sys.stderr)
    return 0


def add_subcommand(sub) -> None:
    p = sub.add_parser("add", help="copy Thai articles into data/articles with their manifest entries")
    p.add_argument("paths", nargs="+", help=".txt/.md/.html files or folders of them (max 2 MB each)")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. VN (default: the country the text names most)")
    p.add_argument("--published", help="publication date, YYYY-MM-DD (default: a dateline in the text)")
    p.add_argument("--outlet", help="the outlet's name")
    p.add_argument("--title", help="the title (default: the text's first line, when it is a headline)")
    p.set_defaults(func=cmd_add)
