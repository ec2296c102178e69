"""Command line: ``digital-compare extract | label | add | build | serve | export | deck | bench | screenshots``."""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from digital_compare.errors import CliError  # subcommands raise it; it lives below them, in errors

__all__ = ["CliError", "main"]


def _records_bytes(records, fields: list[str], as_csv: bool) -> bytes:
    """Records as UTF-8 JSON lines, or as CSV rows (no header) with spreadsheet formulas neutralised."""
    if not as_csv:
        # orjson: the standard encoder spent 3 µs a record, the whole run on a text of 100,000 figures
        import orjson

        # appended one by one: orjson's results keep spare capacity, and a list of 100,000 of them
        # (what b"".join makes of a generator) held 900 MB for 27 MB of output
        output = bytearray()
        for record in records:
            output += orjson.dumps(record if list(record) == fields else {k: record[k] for k in fields},
                                   option=orjson.OPT_APPEND_NEWLINE)
        return bytes(output)
    import io

    from digital_compare.csv_safe import neutralise_formula

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
    for record in records:
        writer.writerow({k: neutralise_formula("" if record[k] is None else record[k]) for k in fields})
    return buffer.getvalue().encode()


def _extract_file(job: tuple) -> tuple[bytes, str | None]:
    """(UTF-8 output, error) of ``extract`` for one file; runs in a worker process for a large folder.

    Bytes, not str: a worker's output crosses a pipe, and bytes cross it without being
    decoded and encoded again on the way to stdout.
    """
    from digital_compare.text.decode import InputError, read_article_path
    from digital_compare.text.extract import MENTION_FIELDS, extract_mentions

    path, as_csv = job
    try:
        raw = read_article_path(path)
    except InputError as err:
        return b"", str(err)
    records = (m.as_record() for m in extract_mentions(raw, path.stem))
    return _records_bytes(records, list(MENTION_FIELDS), as_csv), None


def _label_file(job: tuple) -> tuple[bytes, str | None]:
    """(UTF-8 output, error) of ``label`` for one file."""
    from digital_compare.text.decode import InputError, read_article_path
    from digital_compare.text.labeller import label_text

    path, as_csv, country, published = job
    try:
        raw = read_article_path(path)
    except InputError as err:
        return b"", str(err)
    return _records_bytes(label_text(raw, path.stem, country, published), _label_fields(), as_csv), None


def _label_fields() -> list[str]:
    from digital_compare.text.extract import MENTION_FIELDS
    from digital_compare.text.labeller import LABEL_FIELDS

    return list(MENTION_FIELDS) + [f for f in LABEL_FIELDS if f not in MENTION_FIELDS]


def _write_outputs(func, jobs: list[tuple], header: list[str] | None) -> int:
    """Each file's output in order, over every core for a large folder; one line per bad file."""
    from digital_compare.parallel import map_in_order
    from digital_compare.text.thai_text import _nlpo3_dict

    if len(jobs) > 1:
        # loaded once here, before the workers fork, instead of once in each of them
        import digital_compare.text.extract  # noqa: F401

        _nlpo3_dict()

    sys.stdout.flush()
    out = sys.stdout.buffer
    if header:
        out.write((",".join(header) + "\n").encode())
    failures = 0
    for output, error in map_in_order(func, jobs, size=lambda job: job[0].stat().st_size // 3):
        if error:
            print(f"digital-compare: error: {error}", file=sys.stderr)
            failures += 1
        out.write(output)
    out.flush()
    return 1 if failures else 0


def cmd_extract(args) -> int:
    from digital_compare.text.decode import article_paths
    from digital_compare.text.extract import MENTION_FIELDS

    jobs = [(path, bool(args.csv)) for path in article_paths(args.path)]
    return _write_outputs(_extract_file, jobs, list(MENTION_FIELDS) if args.csv else None)


def cmd_label(args) -> int:
    from digital_compare.text.decode import article_paths

    jobs = [(path, bool(args.csv), args.country, args.published) for path in article_paths(args.path)]
    return _write_outputs(_label_file, jobs, _label_fields() if args.csv else None)


def cmd_build(args) -> int:
    from digital_compare.paths import ARTICLES_DIR
    from digital_compare.tables.build import build_tables

    def progress(name: str, rows: int) -> None:
        print(f"  {name:<10} {rows:>5} rows", file=sys.stderr)

    if args.articles is None and args.out is None and args.annotations is None:
        return _publish(progress)
    articles = Path(args.articles) if args.articles else ARTICLES_DIR
    if not articles.is_dir():
        raise CliError(f"articles folder not found: {articles}")
    if args.out is None or not args.out.strip():
        raise CliError("--out is empty: name a folder for the tables" if args.out is not None else
                       "--articles and --annotations build into a folder of your own: name it with --out")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(f"--out {out} is a file, not a folder")
    if out.resolve() == articles.resolve():
        raise CliError("--out is the articles folder: choose another folder for the tables")
    annotations = args.annotations if args.annotations else "default"
    print(f"building tables from {articles} into {out}", file=sys.stderr)
    build_tables(articles, annotations, out, progress=progress)
    return 0


def _publish(progress) -> int:
    """The curated files and the workspace's articles, published as the version the dashboard serves."""
    from digital_compare.workspace.auth import cli_actor
    from digital_compare.workspace.store import Workspace

    workspace = Workspace()
    print(f"building tables from {workspace.articles_dir} and the workspace into {workspace.tables_link}", file=sys.stderr)
    result = workspace.publish(cli_actor(), progress=progress)
    state = "published" if result.changed else "up to date:"
    print(f"{state} table version {result.version}", file=sys.stderr)
    return 0


def cmd_serve(args) -> int:
    from digital_compare.app.ui_serve import serve

    return serve(args.port, args.streamlit_args)


def cmd_eval_labels(args) -> int:
    from digital_compare.text.evaluate import run

    if args.train_confidence:
        from digital_compare.text.evaluate import train_confidence

        if not list(Path(args.gold_dir).glob("gold_*.yaml")):
            print(f"eval-labels: skipped, no gold_*.yaml in {args.gold_dir}")
            return 0
        print(train_confidence(Path(args.gold_dir), Path(args.train_confidence)))
        return 0
    print(run(Path(args.gold_dir), show=args.show, split=args.split, cv=args.cv, dated=not args.undated))
    return 0


def cmd_year_model(args) -> int:
    from digital_compare.text.evaluate import cross_validate_years, train_year_model

    folders = [Path(d) for d in args.gold_dirs if list(Path(d).glob("gold_*.yaml"))]
    if not folders:
        print("year-model: skipped, no gold_*.yaml in the folders given")
        return 0
    if args.out:
        print(train_year_model(folders, Path(args.out), args.override_above))
    else:
        print(cross_validate_years(folders)[0])
    return 0


def cmd_pictures(args) -> int:
    from digital_compare.outputs.pictures import draw_pictures

    started = time.perf_counter()
    drawn = draw_pictures()
    print(f"pictures: {drawn} drawn in {time.perf_counter() - started:.1f} s (the rest were current)", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digital-compare",
        description="China vs Vietnam digital transformation, extracted from Thai news articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print every number, year and date in an article or folder")
    p.add_argument("path", help="a .txt/.md/.html file or a folder of them (max 2 MB each)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON lines, one mention per line (default)")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("label", help="label every figure: subject, indicator, measure, year, status, confidence")
    p.add_argument("path", help="a .txt/.md/.html file or a folder of them (max 2 MB each)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON lines, one figure per line (default)")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.add_argument("--country", help="the article's country (ISO 3166-1 alpha-2) when the text does not say")
    p.add_argument("--published", help="publication date, YYYY-MM-DD: tells a target from a past figure")
    p.set_defaults(func=cmd_label)

    p = sub.add_parser("eval-labels", help="score the labeller on a folder of gold-labelled texts (gold_*.yaml)")
    p.add_argument("gold_dir", help="folder of texts and gold_*.yaml, e.g. ../shared/real_news")
    p.add_argument("--split", action="store_true", help="also score each gold file alone (a tune/report split)")
    p.add_argument("--show", action="store_true", help="list every disagreement")
    p.add_argument("--cv", action="store_true", help="the confidence model's calibration, 5-fold cross-validated by file")
    p.add_argument("--undated", action="store_true",
                   help="label as if no publication date were known (by default a text's '# … published:' header gives it)")
    p.add_argument("--train-confidence", metavar="OUT", help="fit the confidence model on GOLD_DIR and write it to OUT (JSON)")
    p.set_defaults(func=cmd_eval_labels)

    p = sub.add_parser("year-model", help="the learned year chooser: cross-validate it by file, or fit it (--out)")
    p.add_argument("gold_dirs", nargs="+", help="folders of texts and gold_*.yaml, pooled")
    p.add_argument("--out", metavar="OUT", help="fit on every figure and write the model to OUT (JSON)")
    p.add_argument("--override-above", type=float, default=0.9,
                   help="the model's share of its figure's candidates above which it overrides the rules' year")
    p.set_defaults(func=cmd_year_model)

    p = sub.add_parser("build", help="build the tables from the articles and the workspace, and publish them as data/tables")
    p.add_argument("--articles", help="folder of articles plus articles.yaml (default: data/articles)")
    p.add_argument("--annotations", help="folder of annotation YAML files")
    p.add_argument("--out", help="output folder for the tables (default: data/tables)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("pictures", help="draw the published story charts as SVG pictures, one per card width, for the pages to show")
    p.set_defaults(func=cmd_pictures)

    p = sub.add_parser("serve", help="start the dashboard (streamlit run dashboard.py; pandas and the tables load while the browser does)")
    p.add_argument("--port", type=int, default=8501)
    p.epilog = "Other options go to streamlit run as they are, e.g. --server.address 0.0.0.0"
    p.set_defaults(func=cmd_serve, streamlit_args=[])

    from digital_compare.tools import add, bench, deck, export, screenshots

    add.add_subcommand(sub)
    export.add_subcommand(sub)
    deck.add_subcommand(sub)
    screenshots.add_subcommand(sub)
    bench.add_subcommand(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from digital_compare.errors import BuildError, ExportError, TableError
    from digital_compare.text.decode import InputError

    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        if args.command != "serve":
            parser.error(f"unrecognized arguments: {' '.join(unknown)}")
        args.streamlit_args = unknown
    try:
        return args.func(args)
    except (CliError, InputError, BuildError, TableError, ExportError) as err:
        print(f"digital-compare: error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as err:  # a folder that cannot be written, a disk that is full: one line, not a traceback
        where = f" ({err.filename})" if err.filename else ""
        print(f"digital-compare: error: {err.strerror or err}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("digital-compare: interrupted", file=sys.stderr)
        return 130
