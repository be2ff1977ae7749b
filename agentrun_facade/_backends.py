"""The only module where sync and async code differ by hand.

``scripts/unasync`` rewrites ``asleep`` to ``sleep`` and ``amap_bounded`` to
``map_bounded`` when deriving the sync client, so both pairs must keep these
names and the same semantics.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import TypeVar, cast

from .errors import InvalidParameterError

__all__ = ["amap_bounded", "asleep", "map_bounded", "sleep"]

T = TypeVar("T")
R = TypeVar("R")


def _check_limit(limit: int) -> None:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InvalidParameterError("limit must be an integer >= 1")


async def asleep(seconds: float) -> None:
    """Sleep without blocking the event loop (negative values sleep 0)."""
    await asyncio.sleep(max(0.0, seconds))


def sleep(seconds: float) -> None:
    """Block the thread for ``seconds`` (negative values sleep 0)."""
    time.sleep(max(0.0, seconds))


async def amap_bounded(fn: Callable[[T], Awaitable[R]], items: Sequence[T], limit: int) -> list[R]:
    """Await ``fn(item)`` for every item, at most ``limit`` at a time.

    Results come back in input order. The first exception is raised after the
    calls still running have been cancelled and awaited. With one item or
    ``limit == 1`` the calls run one after another in the current task.
    """
    _check_limit(limit)
    if not items:
        return []
    if limit == 1 or len(items) == 1:
        return [await fn(item) for item in items]

    results: list[R | None] = [None] * len(items)
    work: Iterator[tuple[int, T]] = iter(enumerate(items))

    async def worker() -> None:
        # Every worker pulls from the same iterator; the event loop is single
        # threaded, so no index is taken twice.
        for index, item in work:
            results[index] = await fn(item)

    tasks = [asyncio.ensure_future(worker()) for _ in range(min(limit, len(items)))]
    try:
        done, _pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in tasks:
            if task in done and not task.cancelled():
                error = task.exception()
                if error is not None:
                    raise error
    finally:
        for task in tasks:
            if not task.done():
                task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return cast("list[R]", results)  # every slot was filled


def map_bounded(fn: Callable[[T], R], items: Sequence[T], limit: int) -> list[R]:
    """Call ``fn(item)`` for every item on at most ``limit`` threads.

    Results come back in input order. The first exception (lowest input index
    among the failures seen) is raised after calls not yet started have been
    cancelled and running ones have finished. With one item or ``limit == 1``
    the calls run inline on the current thread. Each call sees a copy of the
    caller's ``contextvars`` context.
    """
    _check_limit(limit)
    if not items:
        return []
    if limit == 1 or len(items) == 1:
        return [fn(item) for item in items]

    executor = concurrent.futures.ThreadPoolExecutor(max_workers=min(limit, len(items)))
    try:
        futures = [executor.submit(contextvars.copy_context().run, fn, item) for item in items]
        done, _pending = concurrent.futures.wait(
            futures, return_when=concurrent.futures.FIRST_EXCEPTION
        )
        for future in futures:
            if future in done:
                error = future.exception()
                if error is not None:
                    raise error
        return [future.result() for future in futures]
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
