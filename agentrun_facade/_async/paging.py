"""Drive the sans-I/O paginator: page 1, then each planned pass with bounded concurrency."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TypeVar

from .._backends import amap_bounded
from .._base import AsyncPageFetcher
from ..pagination import Paginator

__all__ = ["paginate_async"]

T = TypeVar("T")


async def paginate_async(
    fetch: AsyncPageFetcher[T], paginator: Paginator[T], limit: int
) -> AsyncIterator[T]:
    """Yield every item once, in page order, reading at most ``limit`` pages at a time."""
    first = await fetch(paginator.first_request())
    for item in paginator.take_new(first.items):
        yield item
    plan = paginator.feed_first(first)
    while plan:
        pages = await amap_bounded(fetch, plan, limit)
        for page in pages:
            for item in paginator.take_new(page.items):
                yield item
        plan = paginator.feed_pass(pages)
