"""themes: evidence quotes per country for the comparison's theme matrix.

Load ``annotations/themes.yaml``, find each quote in its article, and save.
"""

from __future__ import annotations

import pandas as pd

from digital_compare.tables.provenance import load_annotations, locate_quote
from digital_compare.tables.steps import StepContext

COLUMNS = ["theme", "country", "article_id", "start", "end", "quote", "gloss_en"]


def run(ctx: StepContext) -> None:
    # Load
    annotations = [a for a in load_annotations(ctx.annotations_dir, "themes") if a["article"] in ctx.raw]
    # Process
    rows = []
    for ann in annotations:
        raw = ctx.raw[ann["article"]]
        start, end = locate_quote(raw, ann["quote"], f"theme {ann['theme']}/{ann['country']}", ann.get("occurrence"))
        rows.append({**{k: ann[k] for k in ("theme", "country", "gloss_en")}, "article_id": ann["article"],
                     "start": start, "end": end, "quote": raw[start:end]})
    # Save
    ctx.save("themes", pd.DataFrame(rows, columns=COLUMNS))
