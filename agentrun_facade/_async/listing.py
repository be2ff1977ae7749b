"""Drive the sans-I/O paginator: page 1, then each planned pass in windows of pages.

Pages arrive as raw JSON items; an item is converted to a facade object only
when its key was not returned before, so re-read and verification passes
convert nothing that was already returned. At most one window of pages is
held at a time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

from .._concurrency import AsyncFunction, AsyncWorkers
from .._operations import ListPayload
from .._requests import OperationCall
from .._responses import with_context
from ..errors import MalformedResponseError
from ..pagination import PageRequest, PageSummary, Paginator, listing_error, unsettled_listing

__all__ = ["AsyncPageFetcher", "paginate_async", "read_one_page_async"]

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


async def read_one_page_async(
    fetch: AsyncPageFetcher,
    convert: Callable[[dict[str, Any]], T],
    request: PageRequest,
    listing: OperationCall,
) -> AsyncIterator[T]:
    """The items of exactly one page (a list input with ``page_number`` set)."""
    payload, request_id = await fetch(request)
    items = _Items(convert, "", listing)
    for index, raw in enumerate(payload.items):
        yield items.convert(raw, index, request_id)


async def paginate_async(
    fetch: AsyncPageFetcher,
    convert: Callable[[dict[str, Any]], T],
    key_name: str,
    paginator: Paginator,
    workers: AsyncWorkers,
    limit: int,
    listing: OperationCall,
) -> AsyncIterator[T]:
    """Yield every item once, in page order, fetching only as far as the consumer reads.

    Each pass is fetched in windows of ``limit`` pages (the pages of a window
    concurrently); the next window is requested only when the items of the
    previous one have been consumed, and the paginator judges a pass once all
    of its pages are in. ``listing`` (any page's call) names the operation and
    resource in errors about the listing as a whole. A strict listing whose
    verification never agreed raises ``ListingConsistencyError``; the default
    one logs a warning.
    """
    items = _Items(convert, key_name, listing)
    first_request = paginator.first_request()
    payload, request_id = await fetch(first_request)
    summary, fresh = items.take(first_request, payload, request_id, paginator.records_keys)
    del payload
    for index, raw in fresh:
        yield items.convert(raw, index, request_id)
    del fresh
    try:
        plan = paginator.feed_first(summary)
    except MalformedResponseError as exc:
        raise _listing_error(listing, exc) from exc
    while plan:
        summaries: list[PageSummary] = []
        for start in range(0, len(plan), limit):
            window = plan[start : start + limit]
            fetched = await workers.map_async(fetch, window, limit)
            for request, (payload, request_id) in zip(window, fetched, strict=True):
                summary, fresh = items.take(request, payload, request_id, paginator.records_keys)
                summaries.append(summary)
                for index, raw in fresh:
                    yield items.convert(raw, index, request_id)
            del fetched, payload, fresh
        try:
            plan = paginator.feed_pass(summaries)
        except MalformedResponseError as exc:
            raise _listing_error(listing, exc) from exc
    if not paginator.consistent:
        error = unsettled_listing(
            paginator,
            operation=listing.name,
            resource_type=listing.resource_type,
            resource_id=listing.resource_id,
        )
        if error is not None:
            raise error
