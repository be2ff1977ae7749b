"""How many page reads of a listing to keep in flight: as many as the network wait can hide.

Concurrent page reads only pay while requests wait on the network: when the
server answers at once, threads or tasks just take turns on the client's CPU
(and the GIL) and add switching costs. A page costs the client ``cpu``
seconds and waits ``wait`` seconds for the server; during that wait the
client can work through ``hidden = wait / cpu`` other pages.
:class:`ListingWindow` keeps one read in flight (strictly sequential reads)
while ``hidden < 1``, and otherwise ``clamp(1 + ceil(4 * hidden), 1, limit)``.

* Below one page, overlap hides less than a page of CPU and costs more than
  that. Measured with ``benchmarks/stand_in.py`` (2,000 runtimes in pages of
  100 at 0 ms, a second listing in the process, medians of 7): windows of
  1, 2 and 3 cost 55, 61 and 67 ms of client CPU for sync (62, 64 and 65 ms
  for async), and the wall time did not improve. There a page waits about
  0.3-0.5 ms and costs about 2 ms.
* Above it, Little's law (``1 + hidden`` reads) is a floor, not enough: the
  window slides only as the consumer takes pages, and answers queue for the
  one CPU (the GIL, or the loop) behind the consumer and one another. At
  20 ms (``hidden`` about 3 on the first page, 6-9 after it; a first
  listing in a fresh process, medians of 5) fixed windows of 4, 8, 12 and
  16 took 215, 180, 167 and 150 ms for sync (244, 195, 189 and 177 ms for
  async), a window of ``1 + hidden`` 176 and 210 ms; ``1 + ceil(4 *
  hidden)`` reaches the limit of 16 there and takes as long as it. Reads
  beyond need cost no CPU while they wait.

* The wait (``wall - cpu``) is measured on pages read on their own: the first
  page of a listing, and every page while the window is one. Pages read
  together wait for one another (at the client's CPU, or queued at a server
  that serves one request at a time), so their wall time would count that
  queueing as network and grow the window that caused it.
* The CPU of a page is the client CPU of its read (the thread that ran it, or
  the steps of its task) plus that of handling it once read (de-duplicating
  and converting its items, on the consumer's thread): the client works
  through other pages at that rate. Each is the mean of the latest pages,
  the first page of the listing left out as soon as another was measured:
  it also pays for connecting and first-use imports (several times a page's
  own CPU on a client's first listing). The wait is a mean too, so one page
  delayed by a busy machine does not open the window.
"""

from __future__ import annotations

import math
from collections import deque

__all__ = ["ListingWindow"]

#: Pages each estimate averages over.
_RECENT = 8
#: Reads kept in flight per page of CPU the wait can hide (see the module docs).
_HEADROOM = 4


class _Recent:
    """The mean of the latest values, leaving out the first once others came in.

    The first page of a listing pays first-use costs (connecting, lazy imports)
    several times a page's own CPU, so it stands for the pages only until
    another page has been measured.
    """

    def __init__(self) -> None:
        self._values: deque[float] = deque(maxlen=_RECENT)
        self._first: float | None = None

    def __bool__(self) -> bool:
        return self._first is not None

    def add(self, value: float) -> None:
        if self._first is None:
            self._first = value
        else:
            self._values.append(value)

    @property
    def mean(self) -> float:
        if self._values:
            return sum(self._values) / len(self._values)
        return self._first or 0.0


class ListingWindow:
    """How many page reads to keep in flight, from the pages seen so far.

    ``limit`` (``Config.max_concurrency``) bounds it; until a page read alone
    has been measured the window is ``limit``. It paces the read-ahead of a
    listing's pages (:meth:`~agentrun_facade._concurrency.AsyncWorkers.read_ahead_async`).
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._wait = _Recent()
        self._read = _Recent()
        self._handle = _Recent()

    @property
    def observed(self) -> bool:
        """Whether a page read on its own has been measured."""
        return bool(self._wait)

    @property
    def size(self) -> int:
        """Page reads to keep in flight now (between 1 and ``limit``)."""
        cpu = self._read.mean + self._handle.mean
        if not self._wait or cpu <= 0:
            # Nothing measured, or reads too quick for the CPU clock (coarse clocks).
            return self.limit
        hidden = self._wait.mean / cpu
        if hidden < 1:
            return 1
        return min(self.limit, 1 + math.ceil(_HEADROOM * hidden))

    def observe(self, wall: float | None, cpu: float) -> None:
        """Record a page read that cost ``cpu`` client seconds, ``wall`` seconds if read alone.

        ``wall`` is ``None`` when other reads were in flight meanwhile.
        """
        if not math.isfinite(cpu) or cpu < 0:
            return
        self._read.add(cpu)
        if wall is not None and math.isfinite(wall):
            self._wait.add(max(0.0, wall - cpu))

    def handled(self, cpu: float) -> None:
        """Record the client CPU a page cost once read (de-duplicating, converting its items)."""
        if math.isfinite(cpu) and cpu >= 0:
            self._handle.add(cpu)
