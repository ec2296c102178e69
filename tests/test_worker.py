"""The analysis worker: a child process per analysis, stopped at its time or memory budget."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from digital_compare.app.analysis import analyse_text
from digital_compare.app.worker import BudgetExceeded, run_with_budget
from digital_compare.text.decode import InputError


def test_result_is_the_same_as_in_process():
    text = "ในปี พ.ศ. 2566 มี 62 เป้าหมาย สำเร็จ 18 เป้าหมาย คิดเป็นร้อยละ 29"
    here, there = analyse_text(text), run_with_budget(analyse_text, text)
    assert len(here.mentions) == 4
    pd.testing.assert_frame_equal(there.mentions, here.mentions)
    pd.testing.assert_frame_equal(there.keywords, here.keywords)


@pytest.mark.parametrize(
    "func, args, budget, kind",
    [
        (time.sleep, (30,), {"seconds": 1.0}, "time"),
        (bytearray, (4 * 2**30,), {"memory_bytes": 256 * 2**20}, "memory"),
    ],
)
def test_budget_stops_the_child_and_the_next_analysis_runs(func, args, budget, kind):
    started = time.monotonic()
    with pytest.raises(BudgetExceeded) as raised:
        run_with_budget(func, *args, **budget)
    assert raised.value.kind == kind
    assert time.monotonic() - started < 15
    # a fresh child serves the next request
    assert len(run_with_budget(analyse_text, "ปี 2566 มี 62 เป้าหมาย").mentions) == 2


def test_user_errors_come_back_as_themselves():
    with pytest.raises(InputError, match="20,000"):
        run_with_budget(analyse_text, "1 " * 20_001)
