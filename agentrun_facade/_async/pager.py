"""The pager ``iter_runtimes`` / ``iter_endpoints`` / ``iter_versions`` return.

Iterating a pager yields items; ``by_page()`` yields the same listing as
:class:`~agentrun_facade.pages.Page` objects, each with a continuation token.
Nothing is fetched before the first item or page is asked for.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Generic, TypeVar

from .._concurrency import AsyncProducer
from ..errors import InvalidParameterError
from ..pages import Page

__all__ = ["AsyncPager"]

T = TypeVar("T")


class AsyncPager(AsyncIterator[T], Generic[T]):
    """A lazy listing: iterate it for items, or call :meth:`by_page` for pages.

    A pager is consumed once, either way: iterating it, or the iterator
    ``by_page()`` returns. To resume in another run, keep a page's
    ``continuation_token`` and pass it to the same ``iter_*`` call.
    """

    def __init__(
        self,
        pages: Callable[[], AsyncGenerator[Page[T], None]],
        prime: AsyncProducer[None],
    ) -> None:
        self._make_pages = pages
        self._fetch_first = prime
        self._pages: AsyncGenerator[Page[T], None] | None = None
        self._items: AsyncGenerator[T, None] | None = None

    def _start(self, what: str) -> AsyncGenerator[Page[T], None]:
        if self._pages is not None:
            raise InvalidParameterError(
                f"this pager was already iterated; {what} needs a new one (call iter_* again, "
                "with a page's continuation_token to resume)"
            )
        self._pages = self._make_pages()
        return self._pages

    async def _prime_async(self) -> None:
        """Fetch the first page now (kept for the iteration, not fetched twice)."""
        if self._pages is None:
            await self._fetch_first()

    def by_page(self) -> AsyncIterator[Page[T]]:
        """The listing page by page (each page's ``items`` de-duplicated within the run)."""
        return self._start("by_page()")

    async def _flatten_async(self) -> AsyncGenerator[T, None]:
        async for page in self._start("iterating it"):
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncPager[T]:
        return self

    async def __anext__(self) -> T:
        if self._items is None:
            self._items = self._flatten_async()
        return await self._items.__anext__()

    async def aclose(self) -> None:
        """Stop the listing early: pages not read yet are never fetched."""
        if self._items is not None:
            await self._items.aclose()
        if self._pages is not None:
            await self._pages.aclose()
