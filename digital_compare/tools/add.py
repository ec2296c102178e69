"""``digital-compare add``: put Thai articles into the analysts' workspace, in one transaction.

Every file is read and checked first (a regular file, not a link; size, encoding, the
metadata every added article carries), then all of them go in together and the tables are
published once. Metadata the options do not give is taken from the text where it says it
(a headline first line, a dateline and the outlet its tail names, the country it names most); what
neither gives is an error, unless ``--not-given`` says the article does not give it.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

__all__ = ["add_subcommand"]

#: places whose files are the system's, never an article (a link or a path into them is refused)
_SYSTEM_TREES = ("/proc", "/sys", "/dev")


def _regular_file(path: Path) -> None:
    from digital_compare.text.decode import InputError

    try:
        info = os.lstat(path)
    except OSError as err:
        raise InputError(f"{path}: {err.strerror}") from None
    if stat.S_ISLNK(info.st_mode):
        raise InputError(f"{path} is a link; copy the file itself")
    if not stat.S_ISREG(info.st_mode) or str(path.resolve()).startswith(_SYSTEM_TREES):
        raise InputError(f"{path} is not a regular file")


def _read_one(job: tuple[Path, dict, Path]) -> tuple["NewArticle | None", str | None]:
    """(the article, None) for one file, or (None, the one line saying why not). The article carries
    its text's signature and the build's readings of it (the build's annotations being those of
    the job's folder), made here in the worker while it has the text."""
    from digital_compare.tables.readings import readings_of
    from digital_compare.tables.validate import ValidationError, check_article_fields
    from digital_compare.text.decode import InputError, read_article_path
    from digital_compare.text.metadata import detect_metadata
    from digital_compare.workspace.similar import signature
    from digital_compare.workspace.store import NewArticle

    path, options, annotations_dir = job
    try:
        _regular_file(path)
        text = read_article_path(path)
    except InputError as err:
        return None, str(err)
    not_given = tuple(options.get("not_given") or ())
    missing = tuple(name for name in ("title", "published", "country", "outlet") if not options.get(name) and name not in not_given)
    detected = detect_metadata(text, missing) if missing else {}
    fields = {name: options.get(name) or (None if name in not_given else detected.get(name))
              for name in ("country", "outlet", "title", "published")}
    fields["not_given"] = list(not_given)
    fields["source_file"] = path.name[:200]
    try:
        checked = check_article_fields(fields)
    except ValidationError as err:
        field = err.params.get("field")
        hint = f" (give --{field}, or --not-given {field})" if err.key == "invalid_missing_or_not_given" \
            else f" (give --{field})" if field in fields and err.key != "invalid_given_and_not" else ""
        return None, f"{path.name}: {err}{hint}"
    return NewArticle(text, fields, signature=signature(text),
                      readings=tuple(readings_of(text, checked.country, checked.published, annotations_dir))), None


def read_new_articles(paths: list[Path], options: dict, annotations_dir: Path, meanwhile=None) -> list:
    """One :class:`NewArticle` per file (or per .txt/.md/.html of a folder), every one checked, over
    every core for a large folder (decoding, reading each one's headline and dateline, and reading
    it as the build will); ``meanwhile()`` runs here while the workers read."""
    # what _read_one needs, imported here once: forked workers inherit it instead of each importing numpy
    import digital_compare.tables.validate  # noqa: F401
    import digital_compare.text.metadata  # noqa: F401
    import digital_compare.workspace.similar  # noqa: F401
    from digital_compare.parallel import map_in_order
    from digital_compare.text.decode import InputError, article_paths

    files = [file for given in paths for file in article_paths(given)]
    items = []
    for item, error in map_in_order(_read_one, [(file, options, annotations_dir) for file in files],
                                    size=lambda job: job[0].lstat().st_size // 3, meanwhile=meanwhile):
        if error:
            raise InputError(error)
        items.append(item)
    return items


def cmd_add(args) -> int:
    from digital_compare.paths import ANNOTATIONS_DIR
    from digital_compare.workspace.auth import cli_actor
    from digital_compare.workspace.store import Workspace

    options = {"country": args.country, "outlet": args.outlet, "title": args.title, "published": args.published,
               "not_given": args.not_given}
    def meanwhile() -> None:
        # what the add and its build load in this process, loaded while the workers read the files
        from digital_compare.tables.build import import_build
        from digital_compare.tables.validate import country_codes

        import_build()
        country_codes()

    # the workspace (and its database) is opened only once every file has passed its checks
    items = read_new_articles([Path(p) for p in args.paths], options, ANNOTATIONS_DIR, meanwhile=meanwhile)
    result = Workspace().add_articles(items, cli_actor())
    for article_id in result.added:
        print(f"added: {article_id}", file=sys.stderr)
    for article_id in result.existing:
        print(f"already there: {article_id}", file=sys.stderr)
    if result.added:
        print(f"published table version {result.version}", file=sys.stderr)
    return 0


def add_subcommand(sub) -> None:
    p = sub.add_parser("add", help="add Thai articles to the analysts' workspace and publish the tables")
    p.add_argument("paths", nargs="+", help=".txt/.md/.html files or folders of them (max 2 MB each)")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. VN (default: the country the text names most)")
    p.add_argument("--published", help="publication date, YYYY-MM-DD (default: a dateline in the text)")
    p.add_argument("--outlet", help="the outlet's name (default: the one a dateline names, as in '2024-06-11 | CMG')")
    p.add_argument("--title", help="the title (default: the text's first line, when it is a headline)")
    p.add_argument("--not-given", action="append", choices=("outlet", "title", "published"), default=[],
                   metavar="FIELD", help="outlet, title or published: the article does not give it, and it is cited "
                   "as not given (repeat for each)")
    p.set_defaults(func=cmd_add)
