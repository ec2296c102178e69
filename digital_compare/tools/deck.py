"""``digital-compare deck``: the command line of :mod:`digital_compare.outputs.deck`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from digital_compare.errors import CliError
from digital_compare.outputs.deck import DECK_PAGES

__all__ = ["add_subcommand"]


def cmd_deck(args) -> int:
    from digital_compare.outputs.deck import build_deck, deck_chart_ids

    pages = tuple(p.strip() for p in args.page.split(",") if p.strip()) if args.page else DECK_PAGES
    unknown = [p for p in pages if p not in DECK_PAGES]
    if unknown or not pages:
        raise CliError(f"--page takes {', '.join(DECK_PAGES)} (comma-separated); not {', '.join(unknown) or 'nothing'}")
    if not str(args.out).lower().endswith(".pptx"):
        raise CliError(f"--out must name a .pptx file, not {args.out}")
    started = time.perf_counter()
    path = build_deck(Path(args.out), args.lang, deck_chart_ids(pages))
    print(f"wrote {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


def add_subcommand(sub) -> None:
    p = sub.add_parser("deck", help="write a 16:9 PowerPoint deck of the charts, with sources and quotes in the notes")
    p.add_argument("--out", required=True, help="the .pptx file to write")
    p.add_argument("--lang", choices=("th", "en"), default="th")
    p.add_argument("--page", help=f"comma-separated story pages (default: {','.join(DECK_PAGES)})")
    p.set_defaults(func=cmd_deck)
