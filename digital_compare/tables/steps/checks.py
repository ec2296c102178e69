"""checks: the sources' own arithmetic and consistency, checked from extracted figures.

Load metrics, targets and mentions; run each check where its facts exist;
save one row per check. A failed check is a finding about the source, shown
on the Sources page; it does not stop the build.
"""

from __future__ import annotations

import re

import pandas as pd

from digital_compare.tables.steps import StepContext

COLUMNS = ["check", "article_id", "passed", "severity", "detail", "expected", "observed", "start", "end", "quote"]
SHARE_TOLERANCE_PP = 0.5  # articles round shares to the nearest half point


def _fmt(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _top_n(quote: str) -> str:
    """The list's size as the top-list quote writes it ("ใน 50 ประเทศแรก…" → "50"): read, never typed."""
    found = re.search(r"\d[\d,]*", quote)
    if not found:
        raise ValueError(f"no list size in «{quote}»")
    return found.group(0)


def _row(check, fact_row, passed, severity, detail, expected, observed, span=None) -> dict:
    start, end, quote = span if span else (fact_row.start, fact_row.end, fact_row.quote)
    return {"check": check, "article_id": fact_row.article_id, "passed": bool(passed), "severity": severity,
            "detail": detail, "expected": expected, "observed": observed, "start": start, "end": end, "quote": quote}


def target_checks(facts: dict, targets: pd.DataFrame) -> list[dict]:
    rows = []
    parts = [facts.get(k) for k in ("targets_achieved", "targets_likely", "targets_at_risk")]
    total = facts.get("targets_total")
    if total is not None and all(parts):
        summed = sum(p.value for p in parts)
        rows.append(_row(
            "targets_sum_to_total", total, summed == total.value, "error",
            f"{' + '.join(_fmt(p.value) for p in parts)} = {_fmt(summed)}; the article states {_fmt(total.value)} targets",
            _fmt(total.value), _fmt(summed)))
    for row in targets.itertuples(index=False):
        if pd.isna(row.share_reported):
            continue
        gap = abs(row.share_reported - row.share_computed)
        rows.append({
            "check": f"{row.group}_{row.status}_share", "article_id": row.article_id,
            "passed": bool(gap <= SHARE_TOLERANCE_PP), "severity": "warning",
            "detail": (f"{row.count}/{row.total} = {_fmt(row.share_computed)} %; reported {_fmt(row.share_reported)} % "
                       f"(difference {_fmt(gap)} points, tolerance {SHARE_TOLERANCE_PP})"),
            "expected": _fmt(row.share_computed), "observed": _fmt(row.share_reported),
            "start": row.start, "end": row.end, "quote": row.quote,
        })
    shares = [facts.get(k) for k in ("targets_achieved_share", "targets_likely_share", "targets_at_risk_share")]
    if all(shares):
        summed = sum(s.value for s in shares)
        rows.append(_row("target_shares_sum_to_100", shares[0], abs(summed - 100) <= SHARE_TOLERANCE_PP, "warning",
                         f"reported shares add up to {_fmt(summed)} %", "100", _fmt(summed)))
    return rows


def fujian_checks(facts: dict) -> list[dict]:
    size, share = facts.get("digital_economy_size"), facts.get("digital_economy_gdp_share")
    if size is None or share is None or size.country != "CN":
        return []
    # "more than 2 trillion" and "more than 45 %" are two lower bounds: they bound no provincial GDP
    return [_row(
        "fujian_size_vs_gdp_share", size, 0 < share.value < 100, "info",
        (f"more than {_fmt(size.value / 1e12)} trillion {size.unit} and more than {_fmt(share.value)} % of GDP are both "
         "lower bounds: no provincial GDP can be inferred from them; the share lies between 0 and 100 %"),
        "0 < share < 100", f"> {_fmt(share.value)} %" if share.qualifier == ">" else f"{_fmt(share.value)} %")]


def ranking_checks(facts: dict, mentions: pd.DataFrame, raw: dict[str, str]) -> list[dict]:
    """Flag a UPU sentence that repeats the GII figures: the claim stands, but which year it is for is unclear."""
    gii, since, upu = facts.get("gii_rank"), facts.get("gii_top50_since"), facts.get("upu_postal_index_level")
    if gii is None or upu is None:
        return []
    upu_mention = mentions[mentions["id"] == upu.mention_id].iloc[0]
    sentence = mentions[(mentions["article"] == upu.article_id) & (mentions["sentence_start"] == upu_mention["sentence_start"])]
    repeated_rank = sentence[(sentence["kind"] == "rank") & (sentence["value"] == gii.value)]
    repeated_since = sentence[(sentence["kind"] == "year") & (sentence["year"] == (since.value if since else -1))]
    if repeated_rank.empty:
        return [_row("upu_sentence_repeats_gii", upu, True, "warning",
                     "the UPU sentence does not repeat the GII rank", "no GII figures", "none")]
    first = repeated_rank.iloc[0]
    start, end = int(first["start"]), int(upu_mention["sentence_end"])
    detail = (f"the UPU postal-index sentence also states rank {_fmt(gii.value)}"
              + (f" and top {_top_n(since.quote)} since {int(since.value)}" if not repeated_since.empty else "")
              + ", the same words as the GII sentence before. Shown as the source's claim, not as an error; "
              f"unclear in the Thai: whether ซึ่ง ties rank {_fmt(gii.value)} to the {int(upu.year)} index or the earlier assessment")
    return [_row("upu_sentence_repeats_gii", upu, False, "warning", detail,
                 "UPU figures only", f"rank {_fmt(gii.value)} repeated",
                 span=(start, end, raw[upu.article_id][start:end]))]


def growth_checks(facts_all: pd.DataFrame) -> list[dict]:
    """A note, not a comparison: "about 20 % a year" is not said to be a mean, so it is set against nothing
    (no expected, no observed); passed only says nothing was found wrong."""
    yearly = facts_all[(facts_all["indicator"] == "digital_economy_growth") & (facts_all["country"] == "VN")]
    annual = facts_all[facts_all["indicator"] == "digital_economy_growth_annual"]
    if len(yearly) < 2 or annual.empty:
        return []
    stated = annual.iloc[0]
    return [_row("vn_growth_mean_vs_about_20", stated, True, "info",
                 (f"“about {_fmt(stated.value)} % a year” is a sentence of its own, with no เฉลี่ย (average): the article "
                  "does not say it is a mean, so it is not compared with the mean of the yearly figures "
                  f"({', '.join(_fmt(v) + ' %' for v in yearly['value'])})"),
                 None, None)]


def run(ctx: StepContext) -> None:
    # Load
    metrics, targets, mentions = ctx.tables["metrics"], ctx.tables["targets"], ctx.tables["mentions"]
    # Process
    facts = {row.indicator: row for row in metrics[metrics["method"] == "extracted"].itertuples(index=False)}
    rows = (target_checks(facts, targets) + fujian_checks(facts)
            + ranking_checks(facts, mentions, ctx.raw) + growth_checks(metrics))
    # Save
    ctx.save("checks", pd.DataFrame(rows, columns=COLUMNS))
