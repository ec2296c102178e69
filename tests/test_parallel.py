"""map_in_order: every item once, in order, whoever runs it (a worker, or this process after ``meanwhile``)."""

from __future__ import annotations

import os
import time

import pytest

from digital_compare.parallel import map_in_order, worker_count


def _slow_pid(item: int) -> tuple[int, int]:
    time.sleep(0.002)
    return item, os.getpid()


@pytest.mark.skipif(worker_count() < 2, reason="one core: map_in_order runs in this process")
@pytest.mark.parametrize(
    ("count", "meanwhile_seconds", "worker_ran"),
    [
        (200, 0.0, None),  # meanwhile done at once: this process takes chunks from the last one back
        (200, 0.3, True),  # the worker under way for 0.3 s first (150 items would take it 0.3 s more)
        (7, 0.0, None),  # fewer items than chunks of one
    ],
)
def test_meanwhile_then_this_process_shares_the_chunks(count, meanwhile_seconds, worker_ran):
    ran = []

    def meanwhile():
        ran.append(os.getpid())
        time.sleep(meanwhile_seconds)

    results = list(map_in_order(_slow_pid, list(range(count)), size=lambda item: 10**6, meanwhile=meanwhile))
    assert [item for item, _ in results] == list(range(count))
    assert ran == [os.getpid()]
    pids = {pid for _, pid in results}
    if count == 200:
        assert os.getpid() in pids  # the last chunk: no worker reaches it that soon
    if worker_ran:
        assert pids - {os.getpid()}  # and a worker ran the first


@pytest.mark.skipif(worker_count() < 2, reason="one core: map_in_order runs in this process")
def test_without_meanwhile_the_workers_run_everything():
    results = list(map_in_order(_slow_pid, list(range(50)), size=lambda item: 10**6))
    assert [item for item, _ in results] == list(range(50))
    assert os.getpid() not in {pid for _, pid in results}
