"""firsts: Fujian's "first in China" achievements, one categorised row per clause.

Load ``annotations/firsts.yaml``, find each clause in the raw text, and save.
"""

from __future__ import annotations

import pandas as pd

from digital_compare.tables.provenance import load_annotations, locate_quote
from digital_compare.tables.steps import StepContext

COLUMNS = ["first", "order", "category", "label_en", "article_id", "start", "end", "quote"]


def run(ctx: StepContext) -> None:
    # Load
    annotations = [a for a in load_annotations(ctx.annotations_dir, "firsts") if a["article"] in ctx.raw]
    # Process
    rows = []
    for ann in annotations:
        start, end = locate_quote(ctx.raw[ann["article"]], ann["quote"], f"first {ann['first']}", ann.get("occurrence"))
        rows.append({
            "first": ann["first"], "order": 0, "category": ann["category"], "label_en": ann["label_en"],
            "article_id": ann["article"], "start": start, "end": end, "quote": ctx.raw[ann["article"]][start:end],
        })
    df = pd.DataFrame(rows, columns=COLUMNS).sort_values("start", kind="stable")
    df["order"] = range(1, len(df) + 1)
    # Save
    ctx.save("firsts", df)
