"""Drive the sans-I/O paginator: page 1, then each planned pass in windows of pages."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TypeVar

from .._backends import amap_bounded
from .._base import AsyncPageFetcher
from .._exchange import OperationCall, listing_error, unsettled_listing
from ..errors import MalformedResponseError
from ..pagination import Page, PageRequest, Paginator

__all__ = ["paginate_async"]

T = TypeVar("T")


async def paginate_async(
    fetch: AsyncPageFetcher[T], paginator: Paginator[T], limit: int, listing: OperationCall
) -> AsyncIterator[T]:
    """Yield every item once, in page order, fetching only as far as the consumer reads.

    Each pass is fetched in windows of ``limit`` pages (the pages of a window
    concurrently); the next window is requested only when the items of the
    previous one have been consumed, and the paginator judges a pass once all
    of its pages are in. ``listing`` (any page's call) names the operation and
    resource in errors about the listing as a whole. A strict listing whose
    passes never agreed raises ``ListingConsistencyError``; a relaxed one logs
    a warning.
    """
    first = await fetch(paginator.first_request())
    for item in paginator.take_new(first.items):
        yield item
    try:
        plan = paginator.feed_first(first)
    except MalformedResponseError as exc:
        raise listing_error(listing, exc) from exc
    while plan:
        pages: list[Page[T]] = []
        for start in range(0, len(plan), limit):
            window: list[PageRequest] = plan[start : start + limit]
            fetched = await amap_bounded(fetch, window, limit)
            pages.extend(fetched)
            for page in fetched:
                for item in paginator.take_new(page.items):
                    yield item
        try:
            plan = paginator.feed_pass(pages)
        except MalformedResponseError as exc:
            raise listing_error(listing, exc) from exc
    if not paginator.consistent:
        error = unsettled_listing(
            listing, paginator.reason, paginator.passes, strict=paginator.verify
        )
        if error is not None:
            raise error
