"""How many page reads of a listing to keep in flight: as many as the network wait can hide.

Concurrent page reads only pay while requests wait on the network: when the
server answers at once, threads or tasks just take turns on the client's CPU
(and the GIL) and add switching costs. While one page costs the client
``cpu`` seconds and waits ``wait`` seconds for the server, the client can
work through ``wait / cpu`` other pages during that wait, so
:class:`ListingWindow` keeps ``clamp(1 + floor(wait / cpu), 1, limit)`` reads
in flight: exactly one (strictly sequential reads) whenever a page's wait is
shorter than its client CPU.

Rounding down, and not up as Little's law's ``ceil((wait + cpu) / cpu)``
would, is what makes a fast server sequential: on 127.0.0.1 a page of 100
runtimes waits about as long as it costs the client, so rounding up kept
two or three reads in flight that hid almost nothing and cost CPU. Measured
on the stand-in server (``benchmarks/compare.py``, 2,000 runtimes at 0 ms):
a listing with two or three pages in flight cost about 60-75 ms of client
CPU, one page at a time about 45-50 ms, and the wall time did not improve.
At 20 ms a page the window is the limit either way.

* The wait (``wall - cpu``) is measured on pages read on their own: the first
  page of a listing, and every page while the window is one. Pages read
  together wait for one another (at the client's CPU, or queued at a server
  that serves one request at a time), so their wall time would count that
  queueing as network and grow the window that caused it.
* The CPU of a page is the client CPU of its read (the thread that ran it, or
  the steps of its task) plus that of handling it once read (de-duplicating
  and converting its items, on the consumer's thread): the client works
  through other pages at that rate. Both are averaged over the latest pages,
  so the first page of a client, which also pays for connecting and
  first-use imports, does not size the window for long; so is the wait, so
  one page delayed by a busy machine does not open the window.
"""

from __future__ import annotations

import math
from collections import deque

__all__ = ["ListingWindow"]

#: Pages each estimate averages over.
_RECENT = 8


def _mean(values: deque[float]) -> float:
    return sum(values) / len(values) if values else 0.0


class ListingWindow:
    """How many page reads to keep in flight, from the pages seen so far.

    ``limit`` (``Config.max_concurrency``) bounds it; until a page read alone
    has been measured the window is ``limit``. It paces the read-ahead of a
    listing's pages (:meth:`~agentrun_facade._concurrency.AsyncWorkers.read_ahead_async`).
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._wait: deque[float] = deque(maxlen=_RECENT)
        self._read: deque[float] = deque(maxlen=_RECENT)
        self._handle: deque[float] = deque(maxlen=_RECENT)

    @property
    def observed(self) -> bool:
        """Whether a page read on its own has been measured."""
        return bool(self._wait)

    @property
    def size(self) -> int:
        """Page reads to keep in flight now (between 1 and ``limit``)."""
        cpu = _mean(self._read) + _mean(self._handle)
        if not self._wait or cpu <= 0:
            # Nothing measured, or reads too quick for the CPU clock (coarse clocks).
            return self.limit
        return max(1, min(self.limit, 1 + math.floor(_mean(self._wait) / cpu)))

    def observe(self, wall: float | None, cpu: float) -> None:
        """Record a page read that cost ``cpu`` client seconds, ``wall`` seconds if read alone.

        ``wall`` is ``None`` when other reads were in flight meanwhile.
        """
        if not math.isfinite(cpu) or cpu < 0:
            return
        self._read.append(cpu)
        if wall is not None and math.isfinite(wall):
            self._wait.append(max(0.0, wall - cpu))

    def handled(self, cpu: float) -> None:
        """Record the client CPU a page cost once read (de-duplicating, converting its items)."""
        if math.isfinite(cpu) and cpu >= 0:
            self._handle.append(cpu)
