"""events: dated events per country, from labelled quotes or, unlabelled, dated sentences.

Load ``annotations/events.yaml`` and the mentions. An annotated event takes its
date from the date (or year) mention inside its quote or, when the quote states only the year the
event is *for* (a proposal for 2024 made at a 2023 meeting), inside its ``dated_by`` quote: the
sentence naming the occasion, such a date then counts as inferred. An article without event
labels gets one event per sentence that states a date or year. Save.
"""

from __future__ import annotations

import pandas as pd

from digital_compare.tables.provenance import BuildError, load_annotations, locate_quote, mentions_in_span
from digital_compare.tables.steps import StepContext
from digital_compare.text.thai_dates import mark_years

COLUMNS = [
    "event", "country", "date", "year", "date_precision", "inferred", "title_th", "title_en",
    "category", "article_id", "start", "end", "quote", "gloss_en", "source",
]
DATED_KINDS = ("date", "year", "year_range")


def _when(mention: pd.Series, precision: str | None) -> tuple[str, int, str]:
    if mention["kind"] == "date" and pd.notna(mention["date"]) and precision != "year":
        return str(mention["date"]), int(mention["year"]), "day"
    return str(int(mention["year"])), int(mention["year"]), "year"


def annotated_event(ann: dict, raw: str, mentions: pd.DataFrame, country: str) -> dict:
    label = f"event {ann['event']}"
    start, end = locate_quote(raw, ann["quote"], label, ann.get("occurrence"))
    dating_quote = ann.get("dated_by", ann["quote"])
    date_start, date_end = (start, end) if "dated_by" not in ann else locate_quote(raw, dating_quote, label)
    dated = mentions_in_span(mentions, ann["article"], date_start, date_end, DATED_KINDS)
    dated = dated[dated["year"].notna()]
    if dated.empty:
        raise BuildError(f"{label}: no date or year extracted inside «{dating_quote}»")
    mention = dated.iloc[0]
    date, year, precision = _when(mention, ann.get("precision"))
    row = {
        "event": ann["event"], "country": country, "date": date, "year": year,
        "date_precision": precision, "inferred": bool(mention["inferred"]) or "dated_by" in ann,
        "title_th": mark_years(ann["title_th"], "th"), "title_en": ann.get("title_en"), "category": ann["category"],
        "article_id": ann["article"], "start": start, "end": end, "quote": raw[start:end],
        "gloss_en": ann.get("gloss_en"), "source": "annotated",
    }
    actual = {"date": row["date"], "precision": row["date_precision"], "inferred": row["inferred"]}
    for key, wanted in (ann.get("expect") or {}).items():
        if str(actual.get(key)).lower() != str(wanted).lower():
            raise BuildError(f"{label}: extracted {key} is {actual.get(key)!r}, the annotation expects {wanted!r}")
    return row


def dated_sentence_events(article_id: str, raw: str, mentions, country: str) -> list[dict]:
    """One event per sentence that states a date or a year, for unlabelled articles.

    ``mentions``: the article's mention rows, a DataFrame or a list of records.
    """
    records = mentions.to_dict("records") if hasattr(mentions, "to_dict") else mentions
    dated = sorted((m for m in records if m["article"] == article_id and m["kind"] in DATED_KINDS and pd.notna(m["year"])),
                   key=lambda m: m["start"])
    rows, seen = [], set()
    for mention in dated:
        if mention["sentence_start"] in seen:
            continue
        seen.add(mention["sentence_start"])
        date, year, precision = _when(mention, None)
        start, end = int(mention["sentence_start"]), int(mention["sentence_end"])
        text = raw[start:end]
        rows.append({
            "event": f"{article_id}:s{start}", "country": country, "date": date, "year": year,
            "date_precision": precision, "inferred": bool(mention["inferred"]),
            "title_th": text if len(text) <= 90 else text[:88] + "…", "title_en": None,
            "category": "dated_sentence", "article_id": article_id, "start": start, "end": end,
            "quote": text, "gloss_en": None, "source": "dated_sentence",
        })
    return rows


def run(ctx: StepContext) -> None:
    # Load
    annotations = load_annotations(ctx.annotations_dir, "events")
    mentions = ctx.tables["mentions"]
    mentions = mentions[mentions["article"].isin({ann["article"] for ann in annotations})]  # the curated articles'
    countries = dict(zip(ctx.tables["articles"]["id"], ctx.tables["articles"]["country"]))

    # Process
    rows = [
        annotated_event(ann, ctx.raw[ann["article"]], mentions, countries[ann["article"]])
        for ann in annotations
        if ann["article"] in ctx.raw
    ]
    labelled = {ann["article"] for ann in annotations}
    by_article = ctx.records_by_article("mentions")
    for article_id, raw in ctx.raw.items():
        if article_id not in labelled:
            rows.extend(dated_sentence_events(article_id, raw, by_article.get(article_id, []), countries[article_id]))
    df = pd.DataFrame(rows, columns=COLUMNS).sort_values(["country", "date", "start"], kind="stable")

    # Save
    ctx.save("events", df)
