"""Spread per-article work over the machine's cores, in order, when there is enough of it.

A pool costs a few hundred milliseconds to start, so a small corpus (the two seed
articles) runs in this process; past :data:`PARALLEL_MIN_CHARS` of text the articles
go to one worker process per core, in chunks, and come back in their order.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

__all__ = ["PARALLEL_MIN_CHARS", "map_in_order", "worker_count"]

T = TypeVar("T")
R = TypeVar("R")

#: below this much text (about 1 MB of Thai) a pool's start-up costs more than it saves
PARALLEL_MIN_CHARS = 350_000


def worker_count() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _context():
    # fork starts in milliseconds but copies a process's threads' locks in whatever state they
    # are; a process that runs threads (a server, a browser test) forks through a clean server
    return multiprocessing.get_context("fork" if threading.active_count() == 1 else "forkserver")


def map_in_order(func: Callable[[T], R], items: list[T], size: Callable[[T], int], *,
                 min_chars: int = PARALLEL_MIN_CHARS, meanwhile: Callable[[], object] | None = None) -> Iterator[R]:
    """``map(func, items)`` in order, over every core once the items' total ``size`` is large enough.

    ``func`` must be a module-level function (the workers import it by name). ``meanwhile`` runs in
    this process while the workers start on the items (before the first result; first when there
    are no workers).
    """
    workers = worker_count()
    if workers < 2 or len(items) < 2 or sum(size(item) for item in items) < min_chars:
        if meanwhile:
            meanwhile()
        yield from map(func, items)
        return
    chunk = max(1, len(items) // (workers * 8))
    with _context().Pool(workers) as pool:
        results = pool.imap(func, items, chunksize=chunk)
        if meanwhile:
            meanwhile()
        yield from results
