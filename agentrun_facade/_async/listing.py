"""Drive the sans-I/O paginator: the first page, then each planned pass, read ahead.

Pages arrive as raw JSON items; an item is converted to a facade object only
when its key was not returned before, so re-read and verification passes
convert nothing that was already returned. The generators here yield
:class:`~agentrun_facade.pages.Page` objects (the pager flattens them into
items); at most one window of pages is held at a time. The window slides with
the consumer and follows the network: as many reads stay in flight as the wait
for a page can hide client CPU behind
(:class:`~agentrun_facade._listing_window.ListingWindow`), at most
``max_concurrency``; a fast server is read one page at a time.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Callable, Mapping
from typing import Any, TypeVar

from .._client_state import CallSettings
from .._concurrency import AsyncFunction, AsyncWorkers, Stopwatch
from .._listing_window import ListingWindow
from .._operations import ListPayload, list_payload
from .._requests import OperationCall
from .._responses import with_context
from ..errors import MalformedResponseError
from ..pages import ListingPosition, Page, encode_token, listing_start
from ..pagination import (
    PageRequest,
    PageSummary,
    Paginator,
    exact_page,
    listing_error,
    unsettled_listing,
)
from .pager import AsyncPager
from .transport import AsyncTransport

__all__ = ["AsyncPageFetcher", "listing_pager_async", "paginate_async", "read_one_page_async"]

T = TypeVar("T")

#: Fetch one page: its payload and the request id of the response.
AsyncPageFetcher = AsyncFunction[PageRequest, tuple[ListPayload, str | None]]


class _Items:
    """Turns raw page items into facade objects, once per key."""

    def __init__(
        self, convert: Callable[[dict[str, Any]], T], key_name: str, listing: OperationCall
    ) -> None:
        self._convert = convert
        self._key_name = key_name
        self._listing = listing
        self._seen: set[str] = set()

    def key(self, raw: dict[str, Any]) -> str | None:
        value = raw.get(self._key_name)
        return value if isinstance(value, str) and value else None

    def convert(self, raw: dict[str, Any], index: int, request_id: str | None) -> Any:
        try:
            return self._convert(raw)
        except MalformedResponseError as exc:
            text = str(exc.args[0]) if exc.args else "does not match the schema"
            located = MalformedResponseError(f"data.items[{index}]: {text}")
            raise with_context(self._listing, located, request_id=request_id) from exc

    def take(
        self, request: PageRequest, payload: ListPayload, request_id: str | None, keys: bool
    ) -> tuple[PageSummary, list[tuple[int, dict[str, Any]]]]:
        """The page's summary and its items not returned before (with their index)."""
        fresh: list[tuple[int, dict[str, Any]]] = []
        page_keys: list[str | None] = []
        for index, raw in enumerate(payload.items):
            key = self.key(raw)
            page_keys.append(key)
            if key is None:
                fresh.append((index, raw))
            elif key not in self._seen:
                self._seen.add(key)
                fresh.append((index, raw))
        summary = PageSummary(
            page_number=request.page_number,
            count=len(payload.items),
            total=payload.total,
            page_size=payload.page_size,
            keys=tuple(page_keys) if keys else (),
            fresh=bool(fresh),
            request_id=request_id,
        )
        return summary, fresh


def _listing_error(listing: OperationCall, exc: MalformedResponseError) -> MalformedResponseError:
    return listing_error(
        exc,
        operation=listing.name,
        resource_type=listing.resource_type,
        resource_id=listing.resource_id,
    )


def _page(
    request: PageRequest,
    size: int,
    total: int | None,
    items: list[T],
    position: ListingPosition | None,
) -> Page[T]:
    token = encode_token(position.after(request.page_number, size)) if position else None
    return Page(items, request.page_number, size, total, token)


async def read_one_page_async(
    fetch: AsyncPageFetcher,
    convert: Callable[[dict[str, Any]], T],
    request: PageRequest,
    listing: OperationCall,
    position: ListingPosition,
) -> AsyncGenerator[Page[T], None]:
    """Exactly one page (a list input with ``page_number`` set), not de-duplicated.

    Its token continues after it while the reported total says more items follow.
    """
    payload, request_id = await fetch(request)
    items = _Items(convert, "", listing)
    converted = [items.convert(raw, index, request_id) for index, raw in enumerate(payload.items)]
    total = payload.total
    size = payload.page_size or request.page_size
    more = total is not None and request.page_number * size < total
    yield _page(request, size, total, converted, position if more else None)


async def paginate_async(
    fetch: AsyncPageFetcher,
    convert: Callable[[dict[str, Any]], T],
    key_name: str,
    paginator: Paginator,
    workers: AsyncWorkers,
    window: ListingWindow,
    listing: OperationCall,
    position: ListingPosition,
) -> AsyncGenerator[Page[T], None]:
    """Yield every page read, in order, each with the items not returned before.

    Fetching goes only as far as the consumer reads: the pages of a pass are
    read ahead of the consumer. Each time it asks for the next page, reads
    are started until ``window.size`` of them (re-estimated as pages come in,
    never above ``window.limit``) are in flight, that page's included; the
    page is yielded as soon as it is in, while the reads after it go on. No
    page beyond the window is requested. Stopping early (``aclose``, an exception)
    cancels the reads still in flight. An error reading page k is raised
    where page k would have been yielded, after every page before it.
    The paginator judges a pass once all of its pages are in, before its last
    page is yielded, so the last page of the listing is the one without a
    continuation token (errors found while judging are raised after that
    page). A page read again after the listing changed carries only the
    items not returned before, possibly none. ``listing`` (any page's call)
    names the operation and resource in errors about the listing as a whole;
    ``position`` names the listing in the tokens. A strict listing whose
    verification never agreed raises ``ListingConsistencyError``; the default
    one logs a warning.
    """
    items = _Items(convert, key_name, listing)
    first_request = paginator.first_request()
    payload, request_id = await fetch(first_request)
    handling = time.thread_time()
    summary, fresh = items.take(first_request, payload, request_id, paginator.records_keys)
    del payload
    plan: list[PageRequest] = []
    error: MalformedResponseError | None = None
    try:
        plan = paginator.feed_first(summary)
    except MalformedResponseError as exc:
        error = _listing_error(listing, exc)
        error.__cause__ = exc
    converted = [items.convert(raw, index, request_id) for index, raw in fresh]
    del fresh
    window.handled(time.thread_time() - handling)
    yield _page(
        first_request, paginator.page_size, summary.total, converted, position if plan else None
    )
    del converted
    if error is not None:
        raise error
    while plan:
        summaries: list[PageSummary] = []
        next_plan: list[PageRequest] = []
        last = len(plan) - 1
        async with workers.read_ahead_async(fetch, plan, window, window.limit) as reads:
            for index, request in enumerate(plan):
                payload, request_id = await anext(reads)
                handling = time.thread_time()
                summary, fresh = items.take(request, payload, request_id, paginator.records_keys)
                del payload
                summaries.append(summary)
                if index == last:
                    try:
                        next_plan = paginator.feed_pass(summaries)
                    except MalformedResponseError as exc:
                        error = _listing_error(listing, exc)
                        error.__cause__ = exc
                converted = [items.convert(raw, at, request_id) for at, raw in fresh]
                del fresh
                window.handled(time.thread_time() - handling)
                ends = index == last and not next_plan
                yield _page(
                    request,
                    paginator.page_size,
                    summary.total,
                    converted,
                    None if ends else position,
                )
                del converted
        if error is not None:
            raise error
        plan = next_plan
    if not paginator.consistent:
        unsettled = unsettled_listing(
            paginator,
            operation=listing.name,
            resource_type=listing.resource_type,
            resource_id=listing.resource_id,
        )
        if unsettled is not None:
            raise unsettled


def listing_pager_async(
    transport: AsyncTransport,
    settings: CallSettings,
    page_call: Callable[[PageRequest], OperationCall],
    convert: Callable[[dict[str, Any]], T],
    key_name: str,
    query: Mapping[str, Any],
    continuation_token: str | None,
) -> AsyncPager[T]:
    """The pager of one listing: ``page_call`` builds the request of a page.

    ``query`` is the list input's query (its ``page_number`` asks for exactly
    that page); ``continuation_token`` resumes after the page that issued it.
    Arguments are checked here, before anything is sent.
    """
    resolved = settings.resolved
    listing = page_call(PageRequest(1, resolved.page_size))
    start = listing_start(
        operation=listing.name,
        scope=listing.resource_id,
        query=query,
        default_page_size=resolved.page_size,
        continuation_token=continuation_token,
    )
    position = start.position
    first = exact_page(position.page_number, position.page_size)
    primed: dict[PageRequest, tuple[ListPayload, str | None]] = {}
    limit = resolved.max_concurrency
    window = ListingWindow(limit)

    async def fetch(request: PageRequest) -> tuple[ListPayload, str | None]:
        early = primed.pop(request, None)
        if early is not None:
            return early
        if request != first or window.observed:
            return await transport.request(page_call(request), settings, list_payload)
        # The first page is read on its own: its cost sizes the first window (the
        # pool is built first: that one-time cost is not a page's).
        transport.warm_up()
        watch, cpu = Stopwatch(), time.thread_time()
        read = await transport.request(page_call(request), settings, list_payload)
        window.observe(watch.elapsed(), time.thread_time() - cpu)
        return read

    async def prime() -> None:
        primed[first] = await fetch(first)

    def pages() -> AsyncGenerator[Page[T], None]:
        if start.exact:
            return read_one_page_async(fetch, convert, first, listing, position)
        paginator = Paginator(
            page_size=position.page_size,
            strict=resolved.strict_listing,
            window=limit,
            first_page=position.page_number,
        )
        return paginate_async(
            fetch, convert, key_name, paginator, transport.workers, window, listing, position
        )

    return AsyncPager(pages, prime)
