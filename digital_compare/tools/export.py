"""``digital-compare export``: the command line of :mod:`digital_compare.outputs.export`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

__all__ = ["add_subcommand"]


def _print_progress(index: int, total: int, chart_id: str, seconds: float) -> None:
    print(f"[{index:>2}/{total}] {chart_id:<32} {seconds:5.2f} s", file=sys.stderr, flush=True)


def cmd_export(args) -> int:
    from digital_compare.outputs.export import export_charts

    started = time.perf_counter()
    paths = export_charts(Path(args.out), args.format, args.lang, progress=_print_progress)
    print(f"wrote {len(paths)} charts to {args.out} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


def add_subcommand(sub) -> None:
    p = sub.add_parser("export", help="write every chart as a 1920×1080 image")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--format", choices=("png", "svg"), default="png")
    p.add_argument("--lang", choices=("th", "en"), default="th")
    p.set_defaults(func=cmd_export)
