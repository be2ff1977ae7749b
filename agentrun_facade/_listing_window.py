"""How many pages of a listing to request at once: as many as the network wait can hide.

Concurrent page reads only pay while requests wait on the network: when the
server answers at once, threads or tasks just take turns on the client's CPU
(and the GIL) and add switching costs. By Little's law, keeping the CPU busy
through one page's round trip takes ``wall / cpu`` requests in flight, where
``wall`` is the time one page takes on its own and ``cpu`` the client CPU it
costs. :class:`ListingWindow` estimates both from the pages read so far and
sizes the next window as ``clamp(ceil(wall / cpu), 1, limit)``.

* The wait (``wall - cpu``) is measured on pages read on their own: the first
  page of a listing, and any later window of one page. Pages read together
  wait for one another (at the client's CPU, or queued at a server that
  serves one request at a time), so their wall time would count that queueing
  as network and grow the window that caused it.
* The CPU per page is the latest batch's client CPU divided by its pages, so
  the first page of a client, which also pays for connecting and first-use
  imports, does not size every window after it.
* Each window costs a round trip however few pages it holds, so the pages
  left in a pass are split into the number of windows that size implies,
  rounded to the nearest (not up), and spread evenly over them: a window may
  exceed ``wall / cpu`` by up to half when that saves a round trip (19 pages at
  9 a window: 10 + 9, not 9 + 9 + 1).
"""

from __future__ import annotations

import math

__all__ = ["ListingWindow"]


class ListingWindow:
    """The size of the next window of page reads, from the reads seen so far.

    ``limit`` (``Config.max_concurrency``) bounds it; until a page read alone
    has been measured the window is ``limit``.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._wait: float | None = None
        self._cpu = 0.0

    @property
    def observed(self) -> bool:
        """Whether a page read on its own has been measured."""
        return self._wait is not None

    @property
    def size(self) -> int:
        """Pages to request at once next (between 1 and ``limit``)."""
        if self._wait is None or self._cpu <= 0:
            # Nothing measured, or reads too quick for the CPU clock (coarse clocks).
            return self.limit
        return max(1, min(self.limit, math.ceil((self._wait + self._cpu) / self._cpu)))

    def take(self, remaining: int) -> int:
        """How many of the ``remaining`` pages of a pass to request in the next window."""
        if remaining <= 1:
            return 1
        windows = max(1, round(remaining / self.size))
        return min(self.limit, math.ceil(remaining / windows))

    def observe(self, pages: int, wall: float, cpu: float) -> None:
        """Record that ``pages`` pages read together took ``wall`` and ``cpu`` seconds."""
        if pages < 1 or not (math.isfinite(wall) and math.isfinite(cpu)) or cpu < 0:
            return
        self._cpu = cpu / pages
        if pages == 1:
            self._wait = max(0.0, wall - cpu)
