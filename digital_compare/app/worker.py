"""Run one analysis in a child process with a time and a memory budget.

The dashboard serves every visitor from one Python process. An analysis that
ran there would hold the interpreter lock and the memory it grew into; in a
child it can be stopped at its budget, and its memory goes back to the system
when the child ends. Children come from a fork server that has already
imported the analysis code, so each one starts in milliseconds, and each
request gets a fresh one: a stopped child is simply replaced by the next.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import threading
import traceback
from multiprocessing.connection import Connection
from typing import Any, Callable

__all__ = ["BudgetExceeded", "WORKER_MEMORY_BYTES", "WORKER_SECONDS", "run_with_budget"]

#: wall-clock seconds one analysis may take; ordinary 2 MB of Thai news takes about 2 s
WORKER_SECONDS = float(os.environ.get("DIGITAL_COMPARE_WORKER_SECONDS", "30"))
#: address space one analysis may add to the fork server's; ordinary 2 MB needs about 300 MiB
WORKER_MEMORY_BYTES = int(float(os.environ.get("DIGITAL_COMPARE_WORKER_MEMORY_MB", "1536")) * 1024 * 1024)

#: analyses running at once, the machine's cores: more would only share them, each with its own memory
WORKER_SLOTS = max(1, os.cpu_count() or 1)
#: workspace writes (add, review, remove, roll back: each a rebuild) running at once; the database
#: takes them one at a time anyway, and a second would only hold memory while it waits
WRITE_SLOTS = 1
#: a write's budget: adding a 1,000-article folder rebuilds in about 15 s
WRITE_SECONDS = float(os.environ.get("DIGITAL_COMPARE_WRITE_SECONDS", "600"))
WRITE_MEMORY_BYTES = int(float(os.environ.get("DIGITAL_COMPARE_WRITE_MEMORY_MB", "6144")) * 1024 * 1024)
#: a rebuild runs below the analyses, so they stay responsive while analysts add in a loop; not at the
#: lowest (19), where a busy machine starved it: one review took over two minutes beside a CPU hog
WRITE_NICENESS = 10

#: imported once by the fork server, so neither an analysis nor a workspace write pays for its imports
_PRELOAD = ["digital_compare.app.analysis", "digital_compare.workspace.jobs", "digital_compare.tables.build",
            "digital_compare.tables.steps.metrics", "digital_compare.app.figure_cache", "digital_compare.app.views",
            "pandera.pandas"]
_context = None
#: one deck (Chromium drawing every chosen chart) at a time: 8 asked for at once took 8.6 GB in the
#: server. No address-space limit (0): Chromium reserves far more address space than it uses, and
#: refuses to start under one; the single slot and the time bound its cost instead.
DECK_SECONDS = float(os.environ.get("DIGITAL_COMPARE_DECK_SECONDS", "180"))
DECK_MEMORY_BYTES = 0
_slots = {"analysis": threading.BoundedSemaphore(WORKER_SLOTS), "write": threading.BoundedSemaphore(WRITE_SLOTS),
          "deck": threading.BoundedSemaphore(1)}


class BudgetExceeded(RuntimeError):
    """The child went past its time or memory budget, or died; ``kind`` says which."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _fork_context():
    global _context
    if _context is None:
        _without_main_module()
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(_PRELOAD)
    return _context


def _without_main_module() -> None:
    """Children never import the parent's ``__main__``.

    Inside the dashboard, ``__main__`` is the page script Streamlit is running (``dashboard.py``):
    a child told to import it ran the whole dashboard outside Streamlit before its task, once per
    analysis or write, and wrote a screenful of warnings each time. Every function a child runs
    here is imported by its module's name, so the main module is never needed.
    """
    import multiprocessing.spawn as spawn

    if getattr(spawn.get_preparation_data, "_without_main", False):
        return
    original = spawn.get_preparation_data

    def preparation_data(name):
        data = original(name)
        data.pop("init_main_from_name", None)
        data.pop("init_main_from_path", None)
        return data

    preparation_data._without_main = True
    spawn.get_preparation_data = preparation_data


def _address_space_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[0]) * resource.getpagesize()


def _child(conn: Connection, func: Callable, args: tuple, memory_bytes: int, niceness: int) -> None:
    try:
        # its own process group: a build's pool of workers is stopped with it
        os.setpgrp()
        if niceness:
            os.nice(niceness)
        if memory_bytes:
            limit = _address_space_bytes() + memory_bytes
            resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
        conn.send(("ok", func(*args)))
    except MemoryError:
        conn.send(("memory", None))
    except BaseException as err:  # noqa: BLE001 — the parent decides what the visitor sees
        # the exception itself may not pickle; its type, message and traceback always do
        import pickle

        # a known error crosses whole (its i18n key and parameters with it); any other only as text
        known = pickle.dumps(err) if isinstance(err, RERAISED) else None
        conn.send(("error", (type(err).__name__, str(err), traceback.format_exc(), known)))
    finally:
        conn.close()


def run_with_budget(func: Callable, *args, seconds: float = WORKER_SECONDS,
                    memory_bytes: int = WORKER_MEMORY_BYTES, pool: str = "analysis", niceness: int = 0) -> Any:
    """``func(*args)`` in a fresh child process; its result, or :class:`BudgetExceeded`.

    ``func`` must be importable by name (a module-level function). An exception
    raised by ``func`` comes back as the same type where that type is one of
    :data:`RERAISED`, else as :class:`RuntimeError` with its message.
    """
    slots = _slots[pool]
    if not slots.acquire(timeout=seconds):
        raise BudgetExceeded("busy", f"every {pool} worker was busy for {seconds:g} s")
    try:
        status, payload = _run_child(func, args, seconds, memory_bytes, niceness)
    finally:
        slots.release()
    if status == "ok":
        return payload
    if status == "memory":
        raise BudgetExceeded("memory", f"needed more than {memory_bytes / 2**20:.0f} MiB")
    name, message, _trace, known = payload
    if known is not None:
        import pickle

        raise pickle.loads(known)
    raise RuntimeError(f"{name}: {message}")


def _run_child(func: Callable, args: tuple, seconds: float, memory_bytes: int, niceness: int) -> tuple[str, Any]:
    ctx = _fork_context()
    parent, child_end = ctx.Pipe(duplex=False)
    # not a daemon: a daemonic process may not start children, and a large rebuild runs on every core
    process = ctx.Process(target=_child, args=(child_end, func, args, memory_bytes, niceness), daemon=False)
    process.start()
    child_end.close()
    try:
        if not parent.poll(seconds):
            raise BudgetExceeded("time", f"stopped after {seconds:g} s")
        try:
            status, payload = parent.recv()
        except EOFError:  # the child died without a word: killed for memory, or crashed
            raise BudgetExceeded("memory", "the analysis process ended without a result") from None
    finally:
        parent.close()
        if process.is_alive():
            _kill_group(process.pid)
        process.join(timeout=5)
    return status, payload


def _kill_group(pid: int) -> None:
    import signal

    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _reraised() -> tuple[type[Exception], ...]:
    from digital_compare.errors import BuildError
    from digital_compare.tables.validate import ValidationError
    from digital_compare.text.decode import InputError
    from digital_compare.workspace.store import PermissionDenied, QuotaExceeded

    return (PermissionDenied, QuotaExceeded, ValidationError, InputError, BuildError)


RERAISED = _reraised()
