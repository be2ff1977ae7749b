"""Sans-I/O engine for offset pagination (``pageNumber`` from 1, ``pageSize``, ``total``).

The I/O layers fetch pages; this module decides which pages to fetch, which
items are new, and when the listing is complete. Both clients drive the same
:class:`Paginator`::

    paginator = Paginator(page_size=100, key=lambda item: item.id)
    first = fetch(paginator.first_request())          # one request
    yield from paginator.take_new(first.items)
    plan = paginator.feed_first(first)
    while plan:                                       # bounded by max_passes
        pages = []
        for window in batched(plan, limit):           # only as far as the consumer reads
            fetched = fetch_all(window)               # concurrently, results in plan order
            for page in fetched:
                yield from paginator.take_new(page.items)
            pages += fetched
        plan = paginator.feed_pass(pages)             # a pass is judged once complete

``fetch`` builds a :class:`Page` whose ``page_number`` is the number that was
requested, with ``page_size`` and ``total`` as the server reported them.

Rules
-----
* The listing ends on ``total``, never on a short page. The page size used
  after the first page is the one the server actually applied: the
  ``pageSize`` it echoed when that differs from the request, or else the item
  count of a full first page (asked 100, got 20 of 120 -> pages of 20).
* Items are de-duplicated by ``key`` across all pages and passes, keeping the
  first occurrence. Items whose key is ``None`` or ``""`` are always kept.
* Offset pages shift when items are created or deleted between reads. A pass
  (every page of the plan, page 1 included) is *consistent* when all pages
  report the same total, every page from 1 to ``ceil(total / size)`` was read,
  and each page holds exactly the number of items that total implies. An
  inconsistent pass is followed by another full pass, up to ``max_passes``.
  Because duplicates are dropped, an item that existed for the whole listing is
  returned exactly once as soon as one pass is consistent.
* Limitation: a create and a delete that happen between the same two reads
  leave every count unchanged and cannot be seen from counts. ``verify=True``
  also requires two consecutive passes with identical contents, which catches
  those too at the cost of at least one extra pass.
* When ``total`` is missing, pages are read one by one until an empty page (or
  a page with nothing new, for servers that ignore ``pageNumber``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

import attrs

from .errors import InvalidParameterError, MalformedResponseError

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_PASSES",
    "Deduper",
    "Page",
    "PageRequest",
    "Paginator",
    "PassVerdict",
    "check_pass",
    "effective_page_size",
    "exact_page",
    "expected_count",
    "plan_after_first",
    "plan_pages",
]

T = TypeVar("T")

DEFAULT_MAX_PASSES = 3
DEFAULT_MAX_PAGES = 10_000


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
class Page(Generic[T]):
    """One page as received.

    ``page_number`` is the page that was requested; ``page_size`` and ``total``
    are what the server reported (``None`` when absent). ``request_id`` (not
    compared) names the response, so errors about this page can cite it.
    """

    items: Sequence[T]
    page_number: int
    page_size: int | None = None
    total: int | None = None
    request_id: str | None = attrs.field(default=None, eq=False)


@attrs.frozen
class PassVerdict:
    """Outcome of :func:`check_pass`; ``next_plan`` is empty when consistent."""

    consistent: bool
    reason: str | None
    next_plan: list[PageRequest]


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
    return [PageRequest(number, page_size) for number in range(start, count + 1)]


def effective_page_size(first: Page[Any], requested_size: int) -> int:
    """The page size the server applied to ``first`` (see the module rules)."""
    echoed = first.page_size
    if (
        isinstance(echoed, int)
        and not isinstance(echoed, bool)
        and echoed > 0
        and echoed != requested_size
    ):
        return echoed
    count = len(first.items)
    total = first.total
    if total is not None and 0 < count < total and count != requested_size:
        return count
    return requested_size


def _blame(exc: MalformedResponseError, page: Page[Any] | None) -> None:
    """Make ``exc`` cite the request id of ``page`` when it names none yet."""
    if page is not None and exc.request_id is None:
        exc.request_id = page.request_id


def _largest_total(pages: Sequence[Page[Any]]) -> Page[Any] | None:
    """The page reporting the largest total (the one a plan is sized for)."""
    counted = [page for page in pages if isinstance(page.total, int)]
    return max(counted, key=lambda page: page.total or 0, default=None)


def plan_after_first(
    first: Page[Any], requested_size: int, *, max_pages: int = DEFAULT_MAX_PAGES
) -> list[PageRequest]:
    """Pages 2..N to fetch after ``first`` (page 1), sized as the server applies them.

    Without a ``total`` the plan is just the next page (or nothing when
    ``first`` is empty).
    """
    size = effective_page_size(first, requested_size)
    if first.total is None:
        return [PageRequest(first.page_number + 1, size)] if first.items else []
    return plan_pages(first.total, size, start=2, max_pages=max_pages)


def check_pass(
    pages: Sequence[Page[Any]],
    page_size: int,
    expected_total: int | None = None,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> PassVerdict:
    """Check that ``pages`` (a whole pass, page 1 included) form one snapshot.

    ``page_size`` is the size the pages were requested with. When
    ``expected_total`` is given, every page must also report it. An
    inconsistent pass comes with a plan re-reading every page, sized for the
    largest total seen.
    """
    totals = [page.total for page in pages if page.total is not None]
    if expected_total is not None:
        totals.insert(0, expected_total)
    if not totals:
        return PassVerdict(False, "no page reported a total", [])
    replan = plan_pages(max(totals), page_size, max_pages=max_pages)

    def fail(reason: str) -> PassVerdict:
        return PassVerdict(False, reason, replan)

    if len(set(totals)) > 1:
        return fail(f"total changed during the pass ({min(totals)} vs {max(totals)})")
    total = totals[0]
    read = {page.page_number for page in pages}
    for request in plan_pages(total, page_size, max_pages=max_pages):
        if request.page_number not in read:
            return fail(f"page {request.page_number} was not read")
    for page in sorted(pages, key=lambda p: p.page_number):
        want = expected_count(page.page_number, page_size, total)
        if len(page.items) != want:
            return fail(
                f"page {page.page_number} held {len(page.items)} items, "
                f"total={total} implies {want}"
            )
    return PassVerdict(True, None, [])


class Deduper(Generic[T]):
    """Keeps the first item seen for each key; items without a key always pass."""

    def __init__(self, key: Callable[[T], str | None]) -> None:
        self._key = key
        self._seen: set[str] = set()

    def new(self, items: Iterable[T]) -> list[T]:
        """The items whose key was not seen before, in their original order."""
        fresh: list[T] = []
        for item in items:
            key = self._key(item)
            if key:
                if key in self._seen:
                    continue
                self._seen.add(key)
            fresh.append(item)
        return fresh

    def __len__(self) -> int:
        """Number of distinct keys seen."""
        return len(self._seen)


_START, _FIRST_SENT, _IN_PASS, _DONE = "start", "first-sent", "in-pass", "done"


class Paginator(Generic[T]):
    """Step object that plans a complete, de-duplicated listing (see module docs).

    Call :meth:`first_request`, then :meth:`feed_first` with the page it
    returned, then :meth:`feed_pass` with the pages of each plan (in plan
    order) until a plan is empty. :meth:`take_new` filters items already
    returned. After the loop, :attr:`consistent` tells whether a consistent
    pass was seen (``False`` after ``max_passes`` inconsistent passes, when
    the listing is best effort; :attr:`reason` says why).
    """

    def __init__(
        self,
        *,
        page_size: int,
        key: Callable[[T], str | None],
        max_passes: int = DEFAULT_MAX_PASSES,
        verify: bool = False,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        self.requested_size = _positive_int("page_size", page_size)
        self.max_passes = _positive_int("max_passes", max_passes)
        self.max_pages = _positive_int("max_pages", max_pages)
        self.verify = verify
        self._deduper: Deduper[T] = Deduper(key)
        self._key = key
        self._state = _START
        self._plan: list[PageRequest] = []
        self._first: Page[T] | None = None
        self._signature: object = None
        self._seen_keys: set[str] = set()
        self.page_size = self.requested_size
        self._page_one_size = self.requested_size
        self.passes = 0
        self.pages_read = 0
        self.total: int | None = None
        self.consistent = False
        self.reason: str | None = None

    # -- state ---------------------------------------------------------------

    @property
    def done(self) -> bool:
        """True once no further page is needed."""
        return self._state == _DONE

    def first_request(self) -> PageRequest:
        """The request for page 1 (always the caller's page size)."""
        if self._state != _START:
            raise InvalidParameterError("first_request() may be called once, first")
        self._state = _FIRST_SENT
        return PageRequest(1, self.requested_size)

    def take_new(self, items: Iterable[T]) -> list[T]:
        """Items not returned before (first occurrence wins, order kept)."""
        return self._deduper.new(items)

    def dedupe_page(self, page: Page[T]) -> Page[T]:
        """``page`` with the items already returned removed (for page-level iteration)."""
        return attrs.evolve(page, items=self.take_new(page.items))

    # -- steps ---------------------------------------------------------------

    def feed_first(self, page: Page[T]) -> list[PageRequest]:
        """Record page 1 and return the rest of the first pass (may be empty)."""
        if self._state != _FIRST_SENT:
            raise InvalidParameterError("feed_first() expects the page of first_request()")
        self._check_total(page)
        self.passes = 1
        self.pages_read = 1
        self.total = page.total
        self.page_size = effective_page_size(page, self.requested_size)
        try:
            self._plan = plan_after_first(page, self.requested_size, max_pages=self.max_pages)
        except MalformedResponseError as exc:
            _blame(exc, page)
            raise
        if page.total is None:
            self._remember_keys([page])
            if not self._plan:
                return self._finish(consistent=True, reason=None)
            self._state = _IN_PASS
            return list(self._plan)
        if not self._plan:
            return self._end_of_pass([page])
        self._first = page
        self._state = _IN_PASS
        return list(self._plan)

    def feed_pass(self, pages: Sequence[Page[T]]) -> list[PageRequest]:
        """Record the pages of the last plan (in plan order); return the next plan.

        An empty list means the listing is complete.
        """
        if self._state != _IN_PASS:
            raise InvalidParameterError("feed_pass() called with no plan outstanding")
        numbers = [page.page_number for page in pages]
        if numbers != [request.page_number for request in self._plan]:
            raise InvalidParameterError("feed_pass() expects the pages of the last plan, in order")
        for page in pages:
            self._check_total(page)
        self.pages_read += len(pages)
        if self.total is None:
            return self._next_page_without_total(pages[0])
        if self._first is not None:
            whole: list[Page[T]] = [self._first, *pages]
            self._first = None
        else:
            whole = list(pages)
        return self._end_of_pass(whole)

    # -- internals -----------------------------------------------------------

    def _check_total(self, page: Page[T]) -> None:
        total = page.total
        if total is None:
            return
        if isinstance(total, bool) or not isinstance(total, int) or total < 0:
            raise MalformedResponseError(
                f"page {page.page_number} reports total={total!r}", request_id=page.request_id
            )

    def _finish(self, *, consistent: bool, reason: str | None) -> list[PageRequest]:
        self._state = _DONE
        self._plan = []
        self.consistent = consistent
        self.reason = reason
        return []

    def _remember_keys(self, pages: Sequence[Page[T]]) -> bool:
        """Record keys; True when any page brought a key not seen in earlier pages."""
        fresh = False
        for page in pages:
            for item in page.items:
                key = self._key(item)
                if not key or key not in self._seen_keys:
                    fresh = True
                if key:
                    self._seen_keys.add(key)
        return fresh

    def _next_page_without_total(self, page: Page[T]) -> list[PageRequest]:
        if not page.items:
            return self._finish(consistent=True, reason=None)
        if not self._remember_keys([page]):
            return self._finish(consistent=True, reason="a page brought nothing new")
        if page.page_number >= self.max_pages:
            raise MalformedResponseError(
                f"listing did not end within {self.max_pages} pages", request_id=page.request_id
            )
        self._plan = [PageRequest(page.page_number + 1, self.page_size)]
        return list(self._plan)

    def _end_of_pass(self, pages: Sequence[Page[T]]) -> list[PageRequest]:
        try:
            return self._judge_pass(pages)
        except MalformedResponseError as exc:
            _blame(exc, _largest_total(pages))
            raise

    def _judge_pass(self, pages: Sequence[Page[T]]) -> list[PageRequest]:
        size_used = self.page_size
        verdict = check_pass(pages, size_used, max_pages=self.max_pages)
        total = max((page.total for page in pages if page.total is not None), default=self.total)
        self.total = total
        # What the pass saw, independent of how many empty pages it planned.
        signature = (
            total,
            size_used,
            tuple(
                self._key(item)
                for page in sorted(pages, key=lambda p: p.page_number)
                for item in page.items
            ),
        )
        previous, self._signature = self._signature, signature
        if verdict.consistent and (not self.verify or signature == previous):
            return self._finish(consistent=True, reason=None)
        reason = verdict.reason or "waiting for a second identical pass"
        if self.passes >= self.max_passes:
            return self._finish(consistent=False, reason=reason)
        self.reason = reason
        page_one = next((page for page in pages if page.page_number == 1), None)
        if page_one is not None:
            self.page_size = effective_page_size(page_one, self._page_one_size)
            self._page_one_size = self.page_size
        self._plan = plan_pages(total or 0, self.page_size, max_pages=self.max_pages)
        if not self._plan:
            # total 0: one page read confirms the listing is empty.
            self._plan = [PageRequest(1, self.page_size)]
        self.passes += 1
        self._state = _IN_PASS
        return list(self._plan)
