"""Sans-I/O engine for offset pagination (``pageNumber`` from 1, ``pageSize``, ``total``).

The I/O layers fetch pages; this module decides which pages to fetch and
when the listing is complete. It keeps a small :class:`PageSummary` per page
(counters, and the item keys only when verifying), never the pages
themselves, so a lazy listing holds at most one window of pages::

    paginator = Paginator(page_size=100, strict=False, window=limit)
    first = fetch(paginator.first_request())
    plan = paginator.feed_first(summary_of(first))
    yield new items of first                          # de-duplicated by key
    while plan:                                       # bounded by max_passes
        summaries = []
        for page in read_ahead(plan, limit):          # in plan order, at most `limit`
            summaries.append(summary_of(page))        # in flight, only as far as
            if page is the plan's last:               # the consumer reads
                next_plan = paginator.feed_pass(summaries)
            yield new items of page
        plan = next_plan
    if not paginator.consistent: warn (default) or raise (strict)

Rules
-----
* The listing ends on ``total``, never on a short page. The page size used
  after page 1 is the one the server applied: the ``pageSize`` it echoed when
  that differs from the request, or else the item count of a full first page
  (asked 100, got 20 of 120 -> pages of 20).
* Items are de-duplicated by key (by the caller, before converting them), so
  an item read twice is returned once and re-reading costs no conversion.
* A pass is *consistent* when every page reports the same total, every page
  up to ``ceil(total / size)`` was read and each holds exactly the number of
  items that total implies. Offset pages shift when items are created or
  deleted between reads; an inconsistent pass is followed by a re-read of the
  pages whose items could have shifted into pages already read (from one
  window before the first page that saw the change: ``window`` is the most
  reads in flight at once), up to ``max_passes``
  passes in all. The default listing then ends, consistent or not.
* A create and a delete between the same two reads leave every count
  unchanged. ``strict=True`` therefore adds verification passes that record
  item keys only: the listing is complete once a whole pass agrees, key for
  key, with the pages read before it; items it finds that were missed are
  returned too. If no verification agrees within ``max_passes``, the listing
  is not consistent and the strict caller raises.
* When ``total`` is missing, pages are read one by one until an empty page (or
  a page with nothing new, for servers that ignore ``pageNumber``).
* ``first_page`` above 1 resumes a listing: reading starts at that page with
  the page size given (the one applied when the position was recorded), and
  no pass goes back before it.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence

import attrs

from .errors import InvalidParameterError, ListingConsistencyError, MalformedResponseError

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_PASSES",
    "PageRequest",
    "PageSummary",
    "Paginator",
    "exact_page",
    "expected_count",
    "listing_error",
    "plan_pages",
    "unsettled_listing",
]

DEFAULT_MAX_PASSES = 3
DEFAULT_MAX_PAGES = 10_000

logger = logging.getLogger("agentrun_facade")


def _positive_int(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParameterError(f"{field} must be an integer >= 1")
    return value


@attrs.frozen
class PageRequest:
    """One page to fetch: send ``pageNumber=page_number&pageSize=page_size``."""

    page_number: int
    page_size: int


@attrs.frozen
class PageSummary:
    """What the engine keeps of one page read.

    ``page_number`` is the page that was requested; ``total`` and
    ``page_size`` are what the server reported (``None`` when absent);
    ``count`` is the number of items; ``keys`` the item keys in order
    (recorded only while :attr:`Paginator.records_keys`); ``fresh`` whether
    the page held an item not returned before; ``request_id`` names the
    response in errors.
    """

    page_number: int
    count: int
    total: int | None = None
    page_size: int | None = None
    keys: tuple[str | None, ...] = ()
    fresh: bool = True
    request_id: str | None = attrs.field(default=None, eq=False)


def exact_page(page_number: int, page_size: int) -> PageRequest:
    """Validated request for one exact page (no orchestration, no de-duplication)."""
    return PageRequest(
        _positive_int("page_number", page_number), _positive_int("page_size", page_size)
    )


def expected_count(page_number: int, page_size: int, total: int) -> int:
    """Items page ``page_number`` must hold when there are ``total`` items."""
    return max(0, min(page_size, total - (page_number - 1) * page_size))


def plan_pages(
    total: int, page_size: int, *, start: int = 1, max_pages: int = DEFAULT_MAX_PAGES
) -> list[PageRequest]:
    """Requests for pages ``start`` .. ``ceil(total / page_size)``.

    Raises:
        MalformedResponseError: ``total`` needs more than ``max_pages`` pages.
    """
    count = math.ceil(total / page_size) if total > 0 else 0
    if count > max_pages:
        raise MalformedResponseError(
            f"listing reports total={total}, more than {max_pages} pages of {page_size}"
        )
    return [PageRequest(number, page_size) for number in range(max(start, 1), count + 1)]


def _effective_page_size(first: PageSummary, requested_size: int) -> int:
    """The page size the server applied to page 1 (see the module rules)."""
    echoed = first.page_size
    if echoed is not None and echoed > 0 and echoed != requested_size:
        return echoed
    total = first.total
    if total is not None and 0 < first.count < total and first.count != requested_size:
        return first.count
    return requested_size


def _first_disagreement(pages: Sequence[PageSummary], size: int, total: int) -> int | None:
    """The lowest page number that does not fit ``total`` (``None`` when all fit)."""
    bad = [
        page.page_number
        for page in pages
        if page.total != total or page.count != expected_count(page.page_number, size, total)
    ]
    return min(bad, default=None)


_START, _FIRST_SENT, _IN_PASS, _DONE = "start", "first-sent", "in-pass", "done"


class Paginator:
    """Step object that plans a complete listing (see the module docs).

    Call :meth:`first_request`, then :meth:`feed_first` with the summary of
    the page it returned, then :meth:`feed_pass` with the summaries of each
    plan (any order) until a plan is empty. Afterwards :attr:`consistent`
    tells whether the listing is known complete (:attr:`reason` says why not)
    and :attr:`passes` how many passes it took.
    """

    def __init__(
        self,
        *,
        page_size: int,
        strict: bool = False,
        max_passes: int = DEFAULT_MAX_PASSES,
        max_pages: int = DEFAULT_MAX_PAGES,
        window: int = 1,
        first_page: int = 1,
    ) -> None:
        self.requested_size = _positive_int("page_size", page_size)
        self.first_page = _positive_int("first_page", first_page)
        self.max_passes = _positive_int("max_passes", max_passes)
        self.max_pages = _positive_int("max_pages", max_pages)
        self.window = _positive_int("window", window)
        self.strict = strict
        self._state = _START
        self._plan: list[PageRequest] = []
        self._verifying = False
        self._keys: dict[int, tuple[str | None, ...]] = {}
        self._first: PageSummary | None = None
        self.page_size = self.requested_size
        self.passes = 0
        self.pages_read = 0
        self.total: int | None = None
        self.consistent = False
        self.reason: str | None = None
        #: (page, items, total) of the page found at odds with ``total``, per pass judged.
        self._contradictions: list[tuple[int, int, int]] = []

    # -- state ---------------------------------------------------------------

    @property
    def done(self) -> bool:
        """True once no further page is needed."""
        return self._state == _DONE

    @property
    def records_keys(self) -> bool:
        """Whether summaries must carry item keys (strict listings only)."""
        return self.strict

    @property
    def verifying(self) -> bool:
        """Whether the outstanding plan is a verification pass."""
        return self._verifying

    def first_request(self) -> PageRequest:
        """The request for ``first_page`` (always the caller's page size)."""
        if self._state != _START:
            raise InvalidParameterError("first_request() may be called once, first")
        self._state = _FIRST_SENT
        return PageRequest(self.first_page, self.requested_size)

    # -- steps ---------------------------------------------------------------

    def feed_first(self, page: PageSummary) -> list[PageRequest]:
        """Record the first page and return the rest of the first pass (may be empty)."""
        if self._state != _FIRST_SENT:
            raise InvalidParameterError("feed_first() expects the page of first_request()")
        self._check_total(page)
        self.passes = 1
        self.pages_read = 1
        self.total = page.total
        start = self.first_page
        if start == 1:
            self.page_size = _effective_page_size(page, self.requested_size)
        if page.total is None:
            if page.count == 0:
                return self._finish(consistent=True, reason=None)
            return self._next([PageRequest(start + 1, self.page_size)])
        self._first = page
        total = page.total
        plan = self._blamed(
            page,
            lambda: plan_pages(total, self.page_size, start=start + 1, max_pages=self.max_pages),
        )
        if not plan:
            self._first = None
            return self._judge([page], start=start)
        return self._next(plan)

    def feed_pass(self, pages: Sequence[PageSummary]) -> list[PageRequest]:
        """Record the summaries of the last plan; return the next plan (empty when done)."""
        if self._state != _IN_PASS:
            raise InvalidParameterError("feed_pass() called with no plan outstanding")
        if sorted(p.page_number for p in pages) != [r.page_number for r in self._plan]:
            raise InvalidParameterError("feed_pass() expects the pages of the last plan")
        for page in pages:
            self._check_total(page)
        self.pages_read += len(pages)
        ordered = sorted(pages, key=lambda p: p.page_number)
        if self.total is None:
            return self._next_without_total(ordered[0])
        start = self._plan[0].page_number
        if self._first is not None:
            ordered = [self._first, *ordered]
            self._first = None
            start = self.first_page
        return self._judge(ordered, start=start)

    # -- internals -----------------------------------------------------------

    def _next(self, plan: list[PageRequest]) -> list[PageRequest]:
        self._plan = plan
        self._state = _IN_PASS
        return list(plan)

    def _finish(self, *, consistent: bool, reason: str | None) -> list[PageRequest]:
        self._state = _DONE
        self._plan = []
        self._verifying = False
        self.consistent = consistent
        self.reason = reason
        return []

    def _blamed(
        self, page: PageSummary | None, plan: Callable[[], list[PageRequest]]
    ) -> list[PageRequest]:
        try:
            return plan()
        except MalformedResponseError as exc:
            if page is not None and exc.request_id is None:
                exc.request_id = page.request_id
            raise

    def _check_total(self, page: PageSummary) -> None:
        total = page.total
        if total is None:
            return
        if isinstance(total, bool) or not isinstance(total, int) or total < 0:
            raise MalformedResponseError(
                f"page {page.page_number} reports total={total!r}", request_id=page.request_id
            )

    def _next_without_total(self, page: PageSummary) -> list[PageRequest]:
        if page.count == 0:
            return self._finish(consistent=True, reason=None)
        if not page.fresh:
            return self._finish(consistent=True, reason="a page brought nothing new")
        if page.page_number >= self.max_pages:
            raise MalformedResponseError(
                f"listing did not end within {self.max_pages} pages", request_id=page.request_id
            )
        return self._next([PageRequest(page.page_number + 1, self.page_size)])

    def _judge(self, pages: list[PageSummary], *, start: int) -> list[PageRequest]:
        """Judge the pages read from ``start`` on; plan a re-read, a verification, or stop."""
        totals = [page.total for page in pages if page.total is not None]
        total = max(totals) if totals else (self.total or 0)
        largest = max(pages, key=lambda p: p.total or 0)
        size = self.page_size
        if len(set(totals)) > 1:
            # The pages saw different totals: the change came before the first page
            # (in page order) whose total differs from the lowest page's.
            reference = pages[0].total
            bad: int | None = min(p.page_number for p in pages if p.total != reference)
        else:
            bad = _first_disagreement(pages, size, total)
        read = {page.page_number for page in pages}
        expected = self._blamed(largest, lambda: plan_pages(total, size, max_pages=self.max_pages))
        missing = [r.page_number for r in expected if r.page_number >= start]
        missing = [number for number in missing if number not in read]
        if bad is None and missing:
            bad = missing[0]
        previous = self._sequence()
        if self.records_keys:
            for page in pages:
                self._keys[page.page_number] = page.keys
            for number in [n for n in self._keys if n > len(expected)]:
                del self._keys[number]
        self.total = total
        if bad is not None:
            reason = self._reason(pages, total, bad)
            self._raise_if_always(pages, total, bad, reason)
            restart = max(self.first_page, bad - self.window - 1)
            return self._again(reason, self._reread(total, restart), verifying=False)
        if self._verifying and self._sequence() == previous:
            return self._finish(consistent=True, reason=None)
        if not self.strict:
            return self._finish(consistent=True, reason=None)
        why = "a verification pass disagreed" if self._verifying else "verifying"
        first = self.first_page
        plan = self._reread(total, first) or [PageRequest(first, size)]
        return self._again(why, plan, verifying=True)

    def _raise_if_always(
        self, pages: Sequence[PageSummary], total: int, bad: int, reason: str
    ) -> None:
        """A contradiction seen the same way on every pass is the server's, not a change."""
        page = next((p for p in pages if p.page_number == bad), None)
        if page is None or len({p.total for p in pages}) > 1:
            self._contradictions.append((bad, -1, total))
            return
        self._contradictions.append((bad, page.count, total))
        if self.passes < self.max_passes or len(self._contradictions) < self.passes:
            return
        if len(set(self._contradictions)) == 1 and self.passes > 1:
            raise MalformedResponseError(
                f"the listing's total contradicts its items on every read: {reason} "
                f"(the same in all {self.passes} passes)",
                request_id=page.request_id,
            )

    def _reread(self, total: int, start: int) -> list[PageRequest]:
        return plan_pages(total, self.page_size, start=start, max_pages=self.max_pages)

    def _again(self, reason: str, plan: list[PageRequest], *, verifying: bool) -> list[PageRequest]:
        if self.passes >= self.max_passes or not plan:
            return self._finish(consistent=False, reason=reason)
        self.passes += 1
        self.reason = reason
        self._verifying = verifying
        return self._next(plan)

    def _sequence(self) -> tuple[str | None, ...]:
        return tuple(key for number in sorted(self._keys) for key in self._keys[number])

    def _reason(self, pages: Sequence[PageSummary], total: int, bad: int) -> str:
        totals = sorted({page.total for page in pages if page.total is not None})
        if len(totals) > 1:
            return f"total changed during the pass ({totals[0]} vs {totals[-1]})"
        page = next((p for p in pages if p.page_number == bad), None)
        if page is None:
            return f"page {bad} was not read"
        want = expected_count(bad, self.page_size, total)
        return f"page {bad} held {page.count} items, total={total} implies {want}"


# --------------------------------------------------------------------------
# Errors about a listing as a whole
# --------------------------------------------------------------------------


def listing_error(
    exc: MalformedResponseError, *, operation: str, resource_type: str, resource_id: str | None
) -> MalformedResponseError:
    """``exc`` (raised while planning a listing) with the list operation and resource added."""
    return MalformedResponseError(
        str(exc.args[0]) if exc.args else "malformed listing",
        operation=exc.operation or operation,
        status_code=exc.status_code,
        request_id=exc.request_id,
        resource_type=exc.resource_type or resource_type,
        resource_id=exc.resource_id or resource_id,
    )


def unsettled_listing(
    paginator: Paginator, *, operation: str, resource_type: str, resource_id: str | None
) -> ListingConsistencyError | None:
    """The error for a strict listing that never settled; a warning for the default one."""
    detail = paginator.reason or "items changed between page reads"
    if paginator.strict:
        return ListingConsistencyError(
            f"the listing changed during each of {paginator.passes} passes ({detail}); "
            "retry later, or use the default Config(strict_listing=False) to accept a "
            "listing that may miss items created or deleted meanwhile",
            operation=operation,
            resource_type=resource_type,
            resource_id=resource_id,
            passes=paginator.passes,
        )
    logger.warning(
        "%s: the listing changed while it was read (%s); returned what %d passes read, "
        "items created or deleted meanwhile may be missing",
        operation,
        detail,
        paginator.passes,
    )
    return None
