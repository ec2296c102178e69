"""firsts: Fujian's "first in China" achievements, one categorised row per clause.

Load ``annotations/firsts.yaml``, find each clause in the raw text, name it in Thai from its own words, and save.
"""

from __future__ import annotations

import pandas as pd

from digital_compare.tables.provenance import load_annotations, locate_quote
from digital_compare.tables.steps import StepContext

COLUMNS = ["first", "order", "category", "label_th", "label_en", "article_id", "start", "end", "quote"]

#: the words a clause opens with to make its claim, and the claim's short form (the chart's "รายแรกในจีน",
#: "เป็นผู้นำ"); a clause that opens with neither says itself what was done ("ได้รับการปรับปรุง")
CLAIM_OPENINGS = (("เป็นรายแรกในจีนที่", "รายแรกในจีน"), ("เป็นผู้นำใน", "เป็นผู้นำ"))


def thai_label(quote: str) -> str:
    """A clause's Thai name from its own words: the claim's short form, then what was done.

    :Example:

        >>> thai_label("เป็นผู้นำในการส่งเสริมการใช้หนังสือรับรองฉบับอิเล็กทรอนิกส์")
        'เป็นผู้นำ: การส่งเสริมการใช้หนังสือรับรองฉบับอิเล็กทรอนิกส์'
    """
    for opening, claim in CLAIM_OPENINGS:
        if quote.startswith(opening):
            return f"{claim}: {quote[len(opening):].strip()}"
    return quote.strip()


def run(ctx: StepContext) -> None:
    # Load
    annotations = [a for a in load_annotations(ctx.annotations_dir, "firsts") if a["article"] in ctx.raw]
    # Process
    rows = []
    for ann in annotations:
        start, end = locate_quote(ctx.raw[ann["article"]], ann["quote"], f"first {ann['first']}", ann.get("occurrence"))
        rows.append({
            "first": ann["first"], "order": 0, "category": ann["category"],
            "label_th": thai_label(ctx.raw[ann["article"]][start:end]), "label_en": ann["label_en"],
            "article_id": ann["article"], "start": start, "end": end, "quote": ctx.raw[ann["article"]][start:end],
        })
    df = pd.DataFrame(rows, columns=COLUMNS).sort_values("start", kind="stable")
    df["order"] = range(1, len(df) + 1)
    sanity_check_thai_labels(df)
    # Save
    ctx.save("firsts", df)


def sanity_check_thai_labels(df: pd.DataFrame) -> None:
    """Each Thai label is the clause's own words: after its claim's short form, a part of the quote."""
    for row in df.itertuples():
        words = row.label_th.split(": ", 1)[-1]
        assert words and words in row.quote, f"first {row.first}: Thai label «{row.label_th}» is not the clause's words"
