"""targets: Vietnam's 2023 target and task completion, reported against computed shares.

Load the metrics table, pair each status count with its reported share and the
total, compute the share from the counts, and save.
"""

from __future__ import annotations

import pandas as pd

from digital_compare.tables.provenance import BuildError
from digital_compare.tables.steps import StepContext

# (group, status, count indicator, reported-share indicator, total indicator)
STATUSES = (
    ("targets", "achieved", "targets_achieved", "targets_achieved_share", "targets_total"),
    ("targets", "likely", "targets_likely", "targets_likely_share", "targets_total"),
    ("targets", "at_risk", "targets_at_risk", "targets_at_risk_share", "targets_total"),
    ("tasks", "completed", "tasks_done", "tasks_done_share", "tasks_total"),
)
COLUMNS = [
    "group", "status", "label_en", "label_th", "count", "total", "share_reported", "share_computed",
    "year", "year_basis", "fact", "article_id", "start", "end", "quote",
]


def target_rows(metrics: pd.DataFrame) -> list[dict]:
    by_indicator = {row.indicator: row for row in metrics.itertuples(index=False)}
    rows = []
    for group, status, count_ind, share_ind, total_ind in STATUSES:
        if count_ind not in by_indicator:
            continue
        if total_ind not in by_indicator:
            raise BuildError(f"targets: {count_ind} is labelled but its total {total_ind} is not")
        count, total = by_indicator[count_ind], by_indicator[total_ind]
        share = by_indicator.get(share_ind)
        rows.append(
            {
                "group": group,
                "status": status,
                "label_en": count.label_en,
                "label_th": count.label_th,
                "count": int(count.value),
                "total": int(total.value),
                "share_reported": None if share is None else float(share.value),
                "share_computed": round(100 * count.value / total.value, 2),
                # the counts' own year as the metrics table has it: the targets' assessment year, the plan's year
                "year": int(count.year),
                "year_basis": count.year_basis,
                "fact": count.fact,
                "article_id": count.article_id,
                "start": count.start,
                "end": count.end,
                "quote": count.quote,
            }
        )
    return rows


def run(ctx: StepContext) -> None:
    # Load
    metrics = ctx.tables["metrics"]
    # Process
    df = pd.DataFrame(target_rows(metrics), columns=COLUMNS)
    # Save
    ctx.save("targets", df)
