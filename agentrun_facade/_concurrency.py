"""The only module where sync and async code differ by hand.

``scripts/unasync`` derives the sync client from the async one by renaming:
``asleep`` becomes ``sleep``, ``AsyncWorkers.map_async`` becomes
``SyncWorkers.map`` (and ``costed_map_async`` becomes ``costed_map``),
``load_io_backend_async`` becomes ``load_io_backend``, ``loop_token_async``
becomes ``loop_token`` and ``close_with_loop_async`` becomes
``close_with_loop``, so each pair must keep these names and the same
semantics.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar, cast

from .errors import InvalidParameterError

if TYPE_CHECKING:
    import concurrent.futures

# ``asyncio`` and ``concurrent.futures`` are imported where they are used, so that
# importing the SDK does not import them.

__all__ = [
    "AsyncFunction",
    "AsyncProducer",
    "AsyncWorkers",
    "SyncFunction",
    "SyncProducer",
    "SyncWorkers",
    "asleep",
    "close_with_loop",
    "close_with_loop_async",
    "load_io_backend",
    "load_io_backend_async",
    "loop_token",
    "loop_token_async",
    "sleep",
]

T = TypeVar("T")
R = TypeVar("R")

#: Callables the async code awaits, and their sync twins.
AsyncFunction = Callable[[T], Awaitable[R]]
SyncFunction = Callable[[T], R]
AsyncProducer = Callable[[], Awaitable[R]]
SyncProducer = Callable[[], R]


def _check_limit(limit: int) -> None:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InvalidParameterError("limit must be an integer >= 1")


async def asleep(seconds: float) -> None:
    """Sleep without blocking the event loop (negative values sleep 0)."""
    import asyncio

    await asyncio.sleep(max(0.0, seconds))


def sleep(seconds: float) -> None:
    """Block the thread for ``seconds`` (negative values sleep 0)."""
    time.sleep(max(0.0, seconds))


async def _close_at_loop_end(close: AsyncProducer[None]) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await close()


def close_with_loop_async(close: AsyncProducer[None]) -> object:
    """Run ``close()`` when the running event loop finalizes its async generators.

    ``asyncio.run``, ``asyncio.Runner`` (pytest-asyncio) and anyio do that
    while the loop still runs, just before it ends. Keep the returned object
    referenced for as long as ``close`` should happen (the loop holds it weakly).
    """
    guard = _close_at_loop_end(close)
    # Starting it registers it with the running loop; it stops at its ``yield``.
    step = guard.asend(None)
    with contextlib.suppress(StopIteration):
        step.send(None)
    return guard


def close_with_loop(close: SyncProducer[None]) -> object:
    """Sync twin of :func:`close_with_loop_async`: threads need no such hook."""
    return None


async def load_io_backend_async() -> None:
    """Load what httpx's async stack runs on under this event loop (anyio, its backend).

    ``httpcore`` loads it on its first request; loading it beforehand keeps that
    one-time cost out of a request that is being timed.
    """
    import anyio

    anyio.get_cancelled_exc_class()


def load_io_backend() -> None:
    """Sync twin of :func:`load_io_backend_async`: threads need nothing loaded."""


def loop_token_async() -> object:
    """The running event loop: pooled async connections belong to one loop."""
    import asyncio

    return asyncio.get_running_loop()


def loop_token() -> object:
    """Sync code has no event loop; one constant token."""
    return None


class AsyncWorkers:
    """Runs awaitables concurrently on the running event loop (nothing to own)."""

    async def map_async(
        self, fn: Callable[[T], Awaitable[R]], items: Sequence[T], limit: int
    ) -> list[R]:
        """Await ``fn(item)`` for every item, at most ``limit`` at a time.

        Results come back in input order. The first exception is raised after
        the calls still running have been cancelled and awaited. With one item
        or ``limit == 1`` the calls run one after another in the current task.
        """
        _check_limit(limit)
        if not items:
            return []
        if limit == 1 or len(items) == 1:
            return [await fn(item) for item in items]
        import asyncio

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

    async def costed_map_async(
        self, fn: Callable[[T], Awaitable[R]], items: Sequence[T], limit: int
    ) -> tuple[list[R], float]:
        """:meth:`map_async`, and the CPU seconds the calls cost the client.

        Every task runs on the event loop's thread, so that is the CPU time
        this thread spent until the last call was done (other tasks that ran
        meanwhile on the loop count too, which errs towards less concurrency).
        """
        started = time.thread_time()
        results = await self.map_async(fn, items, limit)
        return results, time.thread_time() - started

    async def aclose(self) -> None:
        """Nothing to release: tasks live on the caller's event loop."""


class SyncWorkers:
    """Runs calls on one thread pool per client, created on first use and reused."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._size = 0

    def _pool(self, limit: int) -> concurrent.futures.ThreadPoolExecutor:
        import concurrent.futures

        with self._lock:
            if self._executor is None or self._size < limit:
                previous = self._executor
                self._size = max(limit, self._size)
                self._executor = concurrent.futures.ThreadPoolExecutor(
                    max_workers=self._size, thread_name_prefix="agentrun"
                )
                if previous is not None:
                    previous.shutdown(wait=False)
            return self._executor

    def map(self, fn: Callable[[T], R], items: Sequence[T], limit: int) -> list[R]:
        """Call ``fn(item)`` for every item, at most ``limit`` at a time, on the pool.

        Results come back in input order. The first exception (lowest input
        index among the failures seen) is raised once the calls already
        started have finished; calls not yet started are not made. With one
        item or ``limit == 1`` the calls run inline on the current thread.
        Each call sees a copy of the caller's ``contextvars`` context.
        """
        _check_limit(limit)
        if not items:
            return []
        if limit == 1 or len(items) == 1:
            return [fn(item) for item in items]
        import concurrent.futures

        executor = self._pool(limit)
        results: list[R | None] = [None] * len(items)
        work = iter(enumerate(items))
        running: dict[concurrent.futures.Future[R], int] = {}
        failures: dict[int, BaseException] = {}

        def start_next() -> None:
            for index, item in work:
                future = executor.submit(contextvars.copy_context().run, fn, item)
                running[future] = index
                return

        for _ in range(min(limit, len(items))):
            start_next()
        while running:
            done, _ = concurrent.futures.wait(
                running, return_when=concurrent.futures.FIRST_COMPLETED
            )
            for future in done:
                index = running.pop(future)
                error = future.exception()
                if error is not None:
                    failures[index] = error
                else:
                    results[index] = future.result()
                if not failures:
                    start_next()
        if failures:
            raise failures[min(failures)]
        return cast("list[R]", results)

    def costed_map(
        self, fn: Callable[[T], R], items: Sequence[T], limit: int
    ) -> tuple[list[R], float]:
        """:meth:`map`, and the CPU seconds the calls cost the client.

        Each call runs whole on one thread, so its cost is the CPU time of that
        thread while it ran; other threads of the process (an in-process
        server, say) do not count.
        """
        spent: list[float] = []

        def costed(item: T) -> R:
            started = time.thread_time()
            try:
                return fn(item)
            finally:
                spent.append(time.thread_time() - started)

        results = self.map(costed, items, limit)
        return results, sum(spent)

    def close(self) -> None:
        """Shut the pool down (idle threads exit); a later ``map`` opens a new one."""
        with self._lock:
            executor, self._executor, self._size = self._executor, None, 0
        if executor is not None:
            executor.shutdown(wait=False)
