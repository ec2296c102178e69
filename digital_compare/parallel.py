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
    this process while the workers start on the items (first when there are no workers); then this
    process takes the chunks no worker has begun, from the last one back, instead of waiting.
    """
    cores = worker_count()
    if cores < 2 or len(items) < 2 or sum(size(item) for item in items) < min_chars:
        if meanwhile:
            meanwhile()
        yield from map(func, items)
        return
    step = max(1, len(items) // (cores * 8))
    if meanwhile is None:
        with _context().Pool(cores) as pool:
            yield from pool.imap(func, items, chunksize=step)
        return
    # one core for ``meanwhile``, the others for the workers; whoever marks a chunk first runs it
    workers = cores - 1
    chunks = [items[begin : begin + step] for begin in range(0, len(items), step)]
    context = _context()
    claims = context.Array("b", len(chunks))
    with context.Pool(workers, initializer=_share_claims, initargs=(claims,)) as pool:
        done = pool.imap(_claimed_chunk, [(func, index, chunk) for index, chunk in enumerate(chunks)])
        meanwhile()
        mine: dict[int, list[R]] = {}
        for index in reversed(range(len(chunks))):
            if not _claim(claims, index):
                break  # the workers take chunks in order: every one before this is theirs
            mine[index] = [func(item) for item in chunks[index]]
        for index, results in done:
            yield from mine[index] if results is None else results


_claims = None


def _share_claims(claims) -> None:
    global _claims
    _claims = claims


def _claim(claims, index: int) -> bool:
    with claims.get_lock():
        if claims[index]:
            return False
        claims[index] = 1
        return True


def _claimed_chunk(job: tuple) -> tuple[int, list | None]:
    """One chunk's results in a worker, or None when this process's parent has taken it."""
    func, index, chunk = job
    if not _claim(_claims, index):
        return index, None
    return index, [func(item) for item in chunk]
