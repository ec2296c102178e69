"""A small cache that Streamlit's ``clear_cache`` message cannot empty, computing each key once.

Any client can send ``clear_cache``; for ``st.cache_*`` results that is harmless when they are
cheap, but an analysis or a deck costs seconds of a worker. Here the entries stay, and when
several sessions ask for the same missing key at once, one computes it and the others wait
for that result instead of each starting its own.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

__all__ = ["Memo", "kept"]


class Memo:
    """Up to ``max_entries`` results, least recently used dropped first."""

    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._pending: dict[Hashable, threading.Event] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any], keep: Callable[[Any], bool] | None = None) -> Any:
        """``compute()``'s value for ``key``, computed once; ``keep(value)`` False: returned but not kept (a
        refusal that says nothing of the key, such as every worker being busy, is asked again next time)."""
        while True:
            with self._lock:
                if key in self._values:
                    self._values.move_to_end(key)
                    return self._values[key]
                waiting = self._pending.get(key)
                if waiting is None:
                    self._pending[key] = threading.Event()
                    break
            waiting.wait()  # the first asker is computing it; its result (or its failure) follows
        try:
            value = compute()
            if keep is not None and not keep(value):
                return value
            with self._lock:
                self._values[key] = value
                while len(self._values) > self.max_entries:
                    self._values.popitem(last=False)
            return value
        finally:
            with self._lock:
                self._pending.pop(key).set()

    def __contains__(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._values

    def clear(self) -> None:
        with self._lock:
            self._values.clear()


def kept(max_entries: int) -> Callable:
    """``st.cache_resource`` for a function of hashable arguments, beyond ``clear_cache``'s reach: a client
    sending that message every 10 ms made every visitor's /vietnam 10–30 times slower (the tables read and
    the charts drawn again each time). ``func.clear()`` empties it (for tests)."""
    def wrap(func: Callable) -> Callable:
        memo = Memo(max_entries)

        @functools.wraps(func)
        def cached(*args, **kwargs):
            return memo.get((args, tuple(sorted(kwargs.items()))), lambda: func(*args, **kwargs))

        cached.clear = memo.clear
        return cached

    return wrap
