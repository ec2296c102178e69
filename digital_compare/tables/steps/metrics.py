"""metrics: the labelled figures of each article, values taken from extraction.

Load ``annotations/metrics.yaml``, the analysts' reviews (from the workspace,
through the build's context) and the mentions table. For each
fact, find its quote in the raw text and take the one mention of the named kind
inside it; ``expect`` in the annotation only guards that value. Derived facts (a
previous-year rank from a rank and the places gained) are computed from
extracted facts. An article without hand annotations gets the labeller's labels
as the analysts reviewed them in the workspace (``source``: annotated, accepted,
corrected, or auto while unreviewed; rejected figures are left out). Save the table.
"""

from __future__ import annotations

import math

import pandas as pd

from digital_compare.tables.provenance import BuildError, load_annotations, locate_quote, mentions_in_span
from digital_compare.tables.steps import StepContext
from digital_compare.text.labeller import find_places, label_figures, mentions_from_records
from digital_compare.text.thai_dates import mark_years
from digital_compare.text.thai_text import cuts_at_words

YEAR_KINDS = ("year", "date", "year_range")
DERIVE_OPS = {"add": lambda a, b: a + b, "subtract": lambda a, b: a - b}


#: what a figure's year can be the year of, besides its own (schemas: metrics.year_basis)
YEAR_BASES = ("assessment", "year_end")


def _int_or_none(value):
    return None if value is None or pd.isna(value) else int(value)


def year_from_quote(ann: dict, raw: str, mentions: pd.DataFrame) -> int | None:
    """The last year stated in ``year_quote`` ("(2022, 2023)" → 2023)."""
    start, end = locate_quote(raw, ann["year_quote"], f"fact {ann['fact']} (year_quote)")
    years = mentions_in_span(mentions, ann["article"], start, end, YEAR_KINDS)
    if years.empty:
        raise BuildError(f"fact {ann['fact']}: no year found in year_quote «{ann['year_quote']}»")
    last = years.iloc[-1]
    return int(last["year_end"] if pd.notna(last["year_end"]) else last["year"])


def first_year_from_quote(ann: dict, raw: str, mentions: pd.DataFrame) -> int | None:
    """The first year of a claim over years ("2 ปีซ้อน (2022, 2023)" → 2022), where the annotation says
    ``period: span``; otherwise none (the figure has one year)."""
    if ann.get("period") != "span" or not ann.get("year_quote"):
        return None
    start, end = locate_quote(raw, ann["year_quote"], f"fact {ann['fact']} (year_quote)")
    years = mentions_in_span(mentions, ann["article"], start, end, YEAR_KINDS)
    return None if years.empty else int(years.iloc[0]["year"])


def pick_mention(ann: dict, raw: str, mentions: pd.DataFrame) -> tuple[int, int, pd.Series]:
    label = f"fact {ann['fact']}"
    start, end = locate_quote(raw, ann["quote"], label, ann.get("occurrence"))
    found = mentions_in_span(mentions, ann["article"], start, end, ann["kind"])
    if found.empty:
        raise BuildError(f"{label}: no {ann['kind']} mention extracted inside «{ann['quote']}»")
    nth = ann.get("nth")
    if nth is None and len(found) > 1:
        raise BuildError(f"{label}: {len(found)} {ann['kind']} mentions inside the quote; set 'nth'")
    if nth is not None and not 1 <= nth <= len(found):
        raise BuildError(f"{label}: nth={nth} but the quote holds {len(found)} {ann['kind']} mentions")
    return start, end, found.iloc[(nth or 1) - 1]


def sanity_check_expected(fact: str, row: dict) -> None:
    """The extracted figure must be what the annotation expects; name the fact if not."""
    expect = row.pop("_expect", {}) or {}
    for key, wanted in expect.items():
        got = row.get(key)
        if key == "value":
            same = got is not None and math.isclose(float(got), float(wanted), rel_tol=1e-9)
        else:
            same = (None if got is None or (isinstance(got, float) and math.isnan(got)) else str(got)) == str(wanted)
        if not same:
            raise BuildError(f"fact {fact}: extracted {key} is {got!r}, the annotation expects {wanted!r}")


def extracted_fact(ann: dict, raw: str, mentions: pd.DataFrame, country: str) -> dict:
    start, end, mention = pick_mention(ann, raw, mentions)
    year = year_from_quote(ann, raw, mentions) if ann.get("year_quote") else _int_or_none(mention["context_year"])
    if year is None:
        raise BuildError(f"fact {ann['fact']}: no year in its sentence; add 'year_quote'")
    row = _row(ann, country, raw, start, end, year, float(mention["value"]),
               mention["unit"], mention["qualifier"], "extracted", mention)
    row["year_first"] = first_year_from_quote(ann, raw, mentions)
    if ann.get("period") == "since":  # "top 50 since 2018" stated of 2023: the claim holds 2018-2023, not in 2018
        row["year_first"] = int(row["value"])
    return row


def derived_fact(ann: dict, raw: str, mentions: pd.DataFrame, country: str, done: dict[str, dict]) -> dict:
    spec = ann["derive"]
    op = DERIVE_OPS.get(spec.get("op"))
    missing = [name for name in spec.get("of", []) if name not in done]
    if op is None or len(spec.get("of", [])) != 2 or missing:
        raise BuildError(f"fact {ann['fact']}: derive needs op add/subtract of two earlier facts (missing {missing})")
    first, second = (done[name] for name in spec["of"])
    start, end = locate_quote(raw, ann["quote"], f"fact {ann['fact']}", ann.get("occurrence"))
    year = year_from_quote(ann, raw, mentions) if ann.get("year_quote") else first["year"]
    return _row(ann, country, raw, start, end, year, op(first["value"], second["value"]),
                first["unit"], None, "derived", None)


def _row(ann, country, raw, start, end, year, value, unit, qualifier, method, mention) -> dict:
    clean = lambda v: None if v is None or (not isinstance(v, str) and pd.isna(v)) else v  # noqa: E731
    return {
        "fact": ann["fact"],
        "country": country,
        "scope": ann["scope"],
        "indicator": ann["indicator"],
        "part": ann.get("part"),
        "label_en": ann["label_en"],
        "label_th": mark_years(ann["label_th"], "th"),  # our own name: its years as every surface writes them
        "year": int(year),
        "value": float(value),
        "unit": clean(unit),
        "qualifier": clean(qualifier),
        "kind": ann.get("kind", "derived"),
        "method": method,
        "article_id": ann["article"],
        "start": start,
        "end": end,
        "quote": raw[start:end],
        "mention_id": None if mention is None else mention["id"],
        "mention_start": None if mention is None else int(mention["start"]),
        "mention_end": None if mention is None else int(mention["end"]),
        "surface": None if mention is None else mention["surface"],
        "gloss_en": ann.get("gloss_en", ""),
        "subject": scope_code(ann["scope"], country),
        "status": ann.get("status", "actual"),
        "source": "annotated",
        "confidence": 1.0,
        # the text may tie no year to a figure ("about 20 % a year"): year then holds the review's year
        "year_status": ann.get("year_status", "given"),
        "year_first": None,
        "attribution": ann.get("attribution"),
        # assessment: the year is the year the figure was assessed in, not the year it is of;
        # year_end: a total reached by the end of that year ("ภายในสิ้นปี"), not that year's alone
        "year_basis": ann.get("period") if ann.get("period") in YEAR_BASES else None,
        "_expect": ann.get("expect"),
    }


def scope_code(scope: str, country: str) -> str:
    """An annotation's scope ("Fujian province", "Vietnam") as the labeller's code (CN-FJ, VN)."""
    places = find_places(scope)
    provinces = [p.code for p in places if p.level == "province"]
    return provinces[0] if provinces else places[0].code if places else country


#: how far either side of its figure an automatic label's quote reaches
AUTO_QUOTE_MARGIN = 150


def auto_quote_bounds(raw: str, label: dict) -> tuple[int, int]:
    """Where an automatic figure's quote starts and ends: its sentence, or about ``AUTO_QUOTE_MARGIN``
    characters either side of the figure, each cut moved inward to a boundary between words (a cut by
    characters opened a quote on a vowel without its consonant)."""
    sentence_start, sentence_end = int(label["sentence_start"]), int(label["sentence_end"])
    figure_start, figure_end = int(label["start"]), int(label["end"])
    return cuts_at_words(raw, max(sentence_start, figure_start - AUTO_QUOTE_MARGIN),
                         min(sentence_end, figure_end + AUTO_QUOTE_MARGIN), figure_start, figure_end,
                         sentence_start, sentence_end)


#: an analyst's review of an automatic figure → the metrics row's ``source``
REVIEWED_SOURCE = {"accepted": "accepted", "corrected": "corrected"}


def auto_facts(article: str, raw: str, labels: list[dict], country: str, decisions: dict[str, dict]) -> list[dict]:
    """The labeller's figures of one article, as an analyst reviewed them (by mention id): accepted,
    corrected (the analyst's labels), rejected (left out); unreviewed ones stay ``auto``. A figure
    whose year the text does not give is kept with no year."""
    rows = []
    for label in labels:
        decision = decisions.get(label["id"]) or {}
        if decision.get("state") == "rejected" or label["value"] is None:
            continue
        label = dict(label)
        if decision.get("state") == "corrected":
            label.update({k: decision.get(k) for k in ("subject", "indicator", "part", "year", "year_end", "status")})
        year, year_end = _int_or_none(label["year"]), _int_or_none(label.get("year_end"))
        if year is None:
            year_status = "not_given"
        elif decision.get("state") == "corrected":
            year_status = "given"  # the analyst's year
        else:
            year_status = label.get("year_status") or "given"
        start, end = auto_quote_bounds(raw, label)
        subject = label["subject"]
        rows.append({
            "fact": f"auto:{label['id']}", "country": subject.split("-")[0] if len(subject.split("-")[0]) == 2 else country,
            "scope": subject, "indicator": label["indicator"], "part": label.get("part"),
            "label_en": label["indicator"].replace("_", " "),
            # a claim over years ("2 ปีซ้อน (2022, 2023)") as the curated rows keep one: year is its last year
            "label_th": label["measure"], "year": year_end if year_end is not None and year is not None else year,
            "value": float(label["value"]),
            "unit": label["unit"], "qualifier": label["qualifier"], "kind": label["kind"], "method": "extracted",
            "article_id": article, "start": start, "end": end, "quote": raw[start:end], "mention_id": label["id"],
            "mention_start": label["start"], "mention_end": label["end"], "surface": label["surface"], "gloss_en": None,
            "subject": subject, "status": label["status"], "source": REVIEWED_SOURCE.get(decision.get("state"), "auto"),
            "confidence": 1.0 if decision else float(label["confidence"]),
            "year_status": year_status, "year_first": year if year_end is not None and year is not None else None,
            "attribution": None,
            "year_basis": None,
        })
    return rows


COLUMNS = [
    "fact", "country", "scope", "indicator", "part", "label_en", "label_th", "year", "value", "unit",
    "qualifier", "kind", "method", "article_id", "start", "end", "quote", "mention_id",
    "mention_start", "mention_end", "surface", "gloss_en", "subject", "status", "source", "confidence",
    "year_status", "attribution", "year_first", "year_basis",
]


def run(ctx: StepContext) -> None:
    # Load
    annotations = load_annotations(ctx.annotations_dir, "metrics")
    # the curated facts' articles only: a filter of every added article's mentions per fact cost 0.4 s
    curated = {ann["article"] for ann in annotations}
    mentions = ctx.tables["mentions"]
    mentions = mentions[mentions["article"].isin(curated)]
    countries = dict(zip(ctx.tables["articles"]["id"], ctx.tables["articles"]["country"]))

    # Process
    done: dict[str, dict] = {}
    for ann in annotations:
        if ann["article"] not in ctx.raw:
            continue  # labels for an article outside this corpus
        raw, country = ctx.raw[ann["article"]], countries[ann["article"]]
        if "derive" in ann:
            row = derived_fact(ann, raw, mentions, country, done)
        else:
            row = extracted_fact(ann, raw, mentions, country)
        sanity_check_expected(ann["fact"], row)
        done[ann["fact"]] = row
    # "528 และ 1,086 ฉบับ": the classifier after the last figure counts every figure of the list
    for ann in annotations:
        if ann.get("unit_from") and ann["fact"] in done and done[ann["fact"]]["unit"] is None:
            if ann["unit_from"] not in done or not done[ann["unit_from"]]["unit"]:
                raise BuildError(f"fact {ann['fact']}: unit_from {ann['unit_from']} gives no unit")
            done[ann["fact"]]["unit"] = done[ann["unit_from"]]["unit"]

    annotated = {ann["article"] for ann in annotations}
    published = dict(zip(ctx.tables["articles"]["id"], ctx.tables["articles"]["published"]))
    auto = [
        row
        for article, raw in ctx.raw.items() if article not in annotated
        for row in auto_facts(article, raw, _labels(ctx, article, raw, countries[article], published.get(article)),
                              countries[article], ctx.decisions)
    ]

    # Save
    ctx.save("metrics", pd.DataFrame(list(done.values()) + auto, columns=COLUMNS))


def _labels(ctx: StepContext, article: str, raw: str, country: str, published) -> list[dict]:
    """The labels the mentions step made, or made now from the mentions table."""
    if article in ctx.labels:
        return ctx.labels[article]
    found = mentions_from_records(ctx.records_by_article("mentions").get(article, []), raw)
    return label_figures(raw, found, country, None if pd.isna(published) else str(published))
