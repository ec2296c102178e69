"""checks: the sources' own arithmetic and consistency, checked from extracted figures.

Load metrics, targets and mentions; run each check where its facts exist;
save one row per check. A failed check is a finding about the source, shown
on the Sources page; it does not stop the build.
"""

from __future__ import annotations

import json
import re

import pandas as pd

from digital_compare.tables.steps import StepContext

COLUMNS = ["check", "article_id", "passed", "severity", "detail", "detail_template", "detail_values", "expected",
           "observed", "start", "end", "quote"]
SHARE_TOLERANCE_PP = 0.5  # articles round shares to the nearest half point

#: each detail's English words from its named values; a page in another language words the same values with
#: its own ``check_detail_<template>`` (so no page reads figures back out of the English)
DETAILS = {
    "sum_matches": "{parts} = {summed}; the article states {stated} targets",
    "sum_differs": "{parts} = {summed}, but the article states {stated} targets",
    "share": "{count}/{total} = {computed} %; reported {reported} % (difference {gap} points, tolerance {tolerance})",
    "shares_sum": "reported shares add up to {summed} %",
    "fujian_size_vs_gdp_share": (
        "more than {size} trillion {unit_name} and more than {share} % of GDP are both lower bounds: no provincial GDP can "
        "be inferred from them; the share lies between 0 and 100 %"),
    "upu_not_repeated": "the UPU sentence does not repeat the GII rank",
    "upu_repeats_rank": (
        "the UPU postal-index sentence also states rank {rank}, the same figures as the GII sentence before. "
        "Shown as the source's claim, not as an error; unclear in the Thai: whether “ซึ่ง” (“which”) ties rank {rank} to the "
        "{year} index or the earlier assessment"),
    "upu_repeats_rank_and_top": (
        "the UPU postal-index sentence also states rank {rank} and top {top} since {since}, the same figures as the "
        "GII sentence before. Shown as the source's claim, not as an error; unclear in the Thai: whether “ซึ่ง” (“which”) ties "
        "rank {rank} to the {year} index or the earlier assessment"),
    "growth_not_a_mean": (
        "“about {stated} % a year” is a clause of its own, with no เฉลี่ย (average): the article does not say it is "
        "a mean, so it is not compared with the mean of the yearly figures ({yearly})"),
}


def _detail(template: str, **values) -> dict:
    """The detail columns of a row: its English words, the template's name and its values (lists joined in
    English here, in each language's own way on the page)."""
    english = {k: ", ".join(v) if isinstance(v, list) else v for k, v in values.items()}
    return {"detail": DETAILS[template].format(**english), "detail_template": template,
            "detail_values": json.dumps(values, ensure_ascii=False, sort_keys=True)}


def _fmt(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def top_list_size(quote: str) -> str:
    """The list's size as the top-list quote writes it ("ใน 50 ประเทศแรก…" → "50"): read, never typed; the number
    before "…แรก" (first N) where the quote holds other figures too ("อันดับ 46 … ใน 50 ประเทศแรก")."""
    found = re.search(r"(\d[\d,]*)(?=\s*\S{0,10}แรก)", quote) or re.search(r"\d[\d,]*", quote)
    if not found:
        raise ValueError(f"no list size in «{quote}»")
    return found.group(0)


def _row(check, fact_row, passed, severity, detail: dict, expected, observed, span=None) -> dict:
    start, end, quote = span if span else (fact_row.start, fact_row.end, fact_row.quote)
    return {"check": check, "article_id": fact_row.article_id, "passed": bool(passed), "severity": severity,
            **detail, "expected": expected, "observed": observed, "start": start, "end": end, "quote": quote}


def _span_over(raw: dict[str, str] | None, *rows) -> tuple[int, int, str] | None:
    """The article's words from the first of ``rows``' quotes to the end of the last: a check's quote holds every
    figure it compares ("18 … (29%), 27 … (43.5%) และ 17 … (27.5%)"), not the first one alone."""
    rows = [r for r in rows if r is not None]
    if raw is None or not rows or len({r.article_id for r in rows}) != 1 or rows[0].article_id not in raw:
        return None
    start, end = int(min(r.start for r in rows)), int(max(r.end for r in rows))
    return start, end, raw[rows[0].article_id][start:end]


def target_checks(facts: dict, targets: pd.DataFrame, raw: dict[str, str] | None = None) -> list[dict]:
    rows = []
    parts = [facts.get(k) for k in ("targets_achieved", "targets_likely", "targets_at_risk")]
    total = facts.get("targets_total")
    if total is not None and all(parts):
        summed = sum(p.value for p in parts)
        rows.append(_row(
            "targets_sum_to_total", total, summed == total.value, "error",
            _detail("sum_matches" if summed == total.value else "sum_differs", parts=" + ".join(_fmt(p.value) for p in parts),
                    summed=_fmt(summed), stated=_fmt(total.value)),
            _fmt(total.value), _fmt(summed), span=_span_over(raw, total, *parts)))
    for row in targets.itertuples(index=False):
        if pd.isna(row.share_reported):
            continue
        gap = abs(row.share_reported - row.share_computed)
        # the count, its total and the reported share: "126 ภารกิจ โดยมี 102 … อัตราความสำเร็จอยู่ที่ 81%"
        span = _span_over(raw, row, facts.get(f"{row.group}_total"), facts.get(f"{row.group}_done_share")) or (
            row.start, row.end, row.quote)
        rows.append({
            "check": f"{row.group}_{row.status}_share", "article_id": row.article_id,
            "passed": bool(gap <= SHARE_TOLERANCE_PP), "severity": "warning",
            **_detail("share", count=_fmt(row.count), total=_fmt(row.total), computed=_fmt(row.share_computed),
                      reported=_fmt(row.share_reported), gap=_fmt(gap), tolerance=_fmt(SHARE_TOLERANCE_PP)),
            "expected": _fmt(row.share_computed), "observed": _fmt(row.share_reported),
            "start": span[0], "end": span[1], "quote": span[2],
        })
    shares = [facts.get(k) for k in ("targets_achieved_share", "targets_likely_share", "targets_at_risk_share")]
    if all(shares):
        summed = sum(s.value for s in shares)
        rows.append(_row("target_shares_sum_to_100", shares[0], abs(summed - 100) <= SHARE_TOLERANCE_PP, "warning",
                         _detail("shares_sum", summed=_fmt(summed)), "100", _fmt(summed), span=_span_over(raw, *shares)))
    return rows


_CURRENCY_NAMES = {"CNY": "yuan", "USD": "US dollars", "THB": "baht", "VND": "dong"}


def fujian_checks(facts: dict, raw: dict[str, str] | None = None) -> list[dict]:
    size, share = facts.get("digital_economy_size"), facts.get("digital_economy_gdp_share")
    if size is None or share is None or size.country != "CN":
        return []
    # "more than 2 trillion" and "more than 45 %" are two lower bounds: they bound no provincial GDP
    return [_row(
        "fujian_size_vs_gdp_share", size, 0 < share.value < 100, "info",
        # the currency by name, as every other surface writes it ("yuan", not the code CNY)
        _detail("fujian_size_vs_gdp_share", size=_fmt(size.value / 1e12), unit=size.unit,
                unit_name=_CURRENCY_NAMES.get(size.unit, size.unit), share=_fmt(share.value)),
        "0 < share < 100", f"> {_fmt(share.value)} %" if share.qualifier == ">" else f"{_fmt(share.value)} %",
        span=_span_over(raw, size, share))]


def ranking_checks(facts: dict, mentions: pd.DataFrame, raw: dict[str, str]) -> list[dict]:
    """Note a UPU sentence that repeats the GII figures: the claim stands, but which year it is for is unclear."""
    gii, since, upu = facts.get("gii_rank"), facts.get("gii_top50_since"), facts.get("upu_postal_index_level")
    if gii is None or upu is None:
        return []
    upu_mention = mentions[mentions["id"] == upu.mention_id].iloc[0]
    sentence = mentions[(mentions["article"] == upu.article_id) & (mentions["sentence_start"] == upu_mention["sentence_start"])]
    repeated_rank = sentence[(sentence["kind"] == "rank") & (sentence["value"] == gii.value)]
    repeated_since = sentence[(sentence["kind"] == "year") & (sentence["year"] == (since.value if since else -1))]
    if repeated_rank.empty:
        return [_row("upu_sentence_repeats_gii", upu, True, "warning",
                     _detail("upu_not_repeated"), "no GII figures", "none")]
    first = repeated_rank.iloc[0]
    start, end = int(first["start"]), int(upu_mention["sentence_end"])
    if repeated_since.empty:
        detail = _detail("upu_repeats_rank", rank=_fmt(gii.value), year=str(int(upu.year)))
    else:
        detail = _detail("upu_repeats_rank_and_top", rank=_fmt(gii.value), year=str(int(upu.year)),
                         top=top_list_size(since.quote), since=str(int(since.value)))
    # a note, compared with nothing: that the UPU sentence should hold other figures is no one's finding (the
    # repeat is the source's claim, and other coverage gives rank 46 for both indices); what the Thai leaves
    # open, the year "ซึ่ง" ties the rank to, is the point, said in the detail
    return [_row("upu_sentence_repeats_gii", upu, True, "info", detail, None, None,
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
                 _detail("growth_not_a_mean", stated=_fmt(stated.value), yearly=[_fmt(v) + " %" for v in yearly["value"]]),
                 None, None)]


def run(ctx: StepContext) -> None:
    # Load
    metrics, targets, mentions = ctx.tables["metrics"], ctx.tables["targets"], ctx.tables["mentions"]
    # Process
    facts = {row.indicator: row for row in metrics[metrics["method"] == "extracted"].itertuples(index=False)}
    rows = (target_checks(facts, targets, ctx.raw) + fujian_checks(facts, ctx.raw)
            + ranking_checks(facts, mentions, ctx.raw) + growth_checks(metrics))
    # Save
    ctx.save("checks", pd.DataFrame(rows, columns=COLUMNS))
