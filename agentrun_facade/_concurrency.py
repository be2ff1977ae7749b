"""Where sync and async code differ by hand, with ``_http_pools`` (the pool under each).

``scripts/unasync`` derives the sync client from the async one by renaming:
``asleep`` becomes ``sleep``, ``AsyncWorkers.map_async`` becomes
``SyncWorkers.map``, ``AsyncWorkers.read_ahead_async`` becomes
``SyncWorkers.read_ahead`` (an :class:`AsyncReadAhead` becomes a
:class:`SyncReadAhead`), ``loop_token_async`` becomes ``loop_token`` and
``close_with_loop_async`` becomes ``close_with_loop``, so each pair must keep
these names and the same semantics.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
import time
from collections import deque
from collections.abc import (
    AsyncGenerator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Sequence,
)
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from .errors import InvalidParameterError

if TYPE_CHECKING:
    import asyncio
    import concurrent.futures

# ``asyncio`` and ``concurrent.futures`` are imported where they are used, so that
# importing the SDK does not import them.

__all__ = [
    "AsyncFunction",
    "AsyncProducer",
    "AsyncReadAhead",
    "AsyncWorkers",
    "Pace",
    "Stopwatch",
    "SyncFunction",
    "SyncProducer",
    "SyncReadAhead",
    "SyncWorkers",
    "asleep",
    "close_with_loop",
    "close_with_loop_async",
    "loop_token",
    "loop_token_async",
    "queued_time",
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


def loop_token_async() -> object:
    """The running event loop: pooled async connections belong to one loop."""
    import asyncio

    return asyncio.get_running_loop()


def loop_token() -> object:
    """Sync code has no event loop; one constant token."""
    return None


#: Per-thread scheduler statistics (Linux): CPU time, then time spent waiting for a CPU.
_SCHEDSTAT = "/proc/thread-self/schedstat"
_schedstat_readable = True


def queued_time() -> float:
    """Seconds the calling thread has spent ready to run but waiting for a CPU.

    Read from Linux's per-thread scheduler statistics; 0.0 where they are not
    available. Time queued so is the machine's, not the network's: taken out
    of a read's wall time, it keeps a busy machine from passing for a slow
    server.
    """
    global _schedstat_readable  # a one-way switch: once unreadable, never tried again
    if not _schedstat_readable:
        return 0.0
    try:
        with open(_SCHEDSTAT, "rb") as stats:
            return int(stats.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        _schedstat_readable = False
        return 0.0


class Stopwatch:
    """Wall time since it was made, less the time this thread waited for a CPU meanwhile."""

    def __init__(self) -> None:
        self._started = time.perf_counter()
        self._queued = queued_time()

    def elapsed(self) -> float:
        """Seconds the thread ran or waited on something other than a CPU."""
        return time.perf_counter() - self._started - (queued_time() - self._queued)


class Pace(Protocol):
    """What paces a read-ahead: how far it runs ahead, told what each call cost."""

    @property
    def size(self) -> int:
        """Calls to keep outstanding now (the read-ahead keeps it within 1 .. its limit)."""
        ...

    def observe(self, wall: float | None, cpu: float) -> None:
        """A call finished: the client CPU seconds it cost, and its wall time if it ran alone.

        ``wall`` is ``None`` when other calls of the read-ahead ran meanwhile.
        """
        ...


class _Costed(Generic[R]):
    """Awaits ``awaitable`` step by step, adding the thread CPU time of each step to ``cpu``.

    Tasks on one event loop share its thread, so this is how a task's own CPU
    is told apart from that of the tasks (and the consumer) running between
    its steps.
    """

    def __init__(self, awaitable: Awaitable[R]) -> None:
        self._awaitable = awaitable
        self.cpu = 0.0

    def __await__(self) -> Generator[Any, Any, R]:
        steps = self._awaitable.__await__()
        sent: Any = None
        thrown: BaseException | None = None
        while True:
            started = time.thread_time()
            try:
                signal = steps.send(sent) if thrown is None else steps.throw(thrown)
            except StopIteration as stop:
                return cast("R", stop.value)
            finally:
                self.cpu += time.thread_time() - started
            try:
                sent, thrown = (yield signal), None
            except GeneratorExit:
                steps.close()
                raise
            except BaseException as exc:  # handed to the awaitable, as ``await`` does
                sent, thrown = None, exc


async def _run(awaitable: Awaitable[R]) -> R:
    return await awaitable


class _ReadAheadCursor(Generic[T]):
    """The items of a read-ahead not started yet, and how many calls it may keep outstanding."""

    def __init__(self, items: Sequence[T], pace: Pace, limit: int) -> None:
        _check_limit(limit)
        self._items = items
        self._next = 0
        self._pace = pace
        self.limit = limit

    @property
    def left(self) -> int:
        """Items whose call has not been started."""
        return len(self._items) - self._next

    def width(self) -> int:
        """Calls to keep outstanding now: the pace's size, within 1 .. ``limit``."""
        return max(1, min(self.limit, self._pace.size))

    def alone(self) -> bool:
        """Whether the next call, with nothing else outstanding, runs on its own, inline:
        the window is one call, or one call is left."""
        return self.left == 1 or self.width() == 1

    def take(self) -> T:
        """The next item to start a call for."""
        item = self._items[self._next]
        self._next += 1
        return item

    def stop(self) -> None:
        """Start nothing more."""
        self._next = len(self._items)

    def observe(self, wall: float | None, cpu: float) -> None:
        self._pace.observe(wall, cpu)


class AsyncReadAhead(Generic[T, R]):
    """``fn(item)`` for every item, results in item order, running ahead of the consumer.

    Each ``anext()`` first starts calls until ``pace.size`` of them (at most
    ``limit``) are outstanding (started, result not handed out yet), then
    returns the oldest call's result, or raises its exception: results come in
    order and an error surfaces where its item would have. So the calls run
    at most ``pace.size`` items ahead of what the consumer took, and keep
    running while the consumer works on a result. A call that would be the
    only one outstanding runs inline in the consumer's task (with
    ``limit == 1`` every call does, one after another); the others are tasks
    on the running loop. Every call's CPU (its own steps only) and, for
    inline calls, its wall time are reported to ``pace.observe``. Closing
    (:meth:`aclose`, or leaving ``async with``) cancels the calls still
    outstanding and waits for them to end.
    """

    def __init__(
        self, fn: Callable[[T], Awaitable[R]], items: Sequence[T], pace: Pace, limit: int
    ) -> None:
        self._fn = fn
        self._cursor = _ReadAheadCursor(items, pace, limit)
        self._outstanding: deque[tuple[asyncio.Task[R], _Costed[R]]] = deque()

    def __aiter__(self) -> AsyncReadAhead[T, R]:
        return self

    async def __anext__(self) -> R:
        cursor = self._cursor
        if not self._outstanding:
            if cursor.left == 0:
                raise StopAsyncIteration
            if cursor.alone():
                watch = Stopwatch()
                costed = _Costed(self._fn(cursor.take()))
                result = await costed
                cursor.observe(watch.elapsed(), costed.cpu)
                return result
        import asyncio

        self._start(cursor.width())
        task, costed = self._outstanding[0]
        if task.done() and len(self._outstanding) > 1:
            # Other tasks run only while this one waits, and awaiting a finished task
            # does not wait: let them take a step (send a request, read an answer)
            # even while the results come in faster than the consumer takes them.
            await asyncio.sleep(0)
        try:
            result = await task
        finally:
            if task.done():
                self._outstanding.popleft()
        cursor.observe(None, costed.cpu)
        return result

    def _start(self, width: int) -> None:
        import asyncio

        cursor = self._cursor
        while len(self._outstanding) < width and cursor.left:
            costed = _Costed(self._fn(cursor.take()))
            self._outstanding.append((asyncio.ensure_future(_run(costed)), costed))

    async def aclose(self) -> None:
        """Cancel the calls still outstanding and wait for them; start no more."""
        import asyncio

        self._cursor.stop()
        tasks = [task for task, _ in self._outstanding]
        self._outstanding.clear()
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    async def __aenter__(self) -> AsyncReadAhead[T, R]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class SyncReadAhead(Generic[T, R]):
    """Sync twin of :class:`AsyncReadAhead`: the calls run on the client's thread pool.

    ``next()`` starts calls until ``pace.size`` (at most ``limit``) are
    outstanding, then returns the oldest one's result or raises its
    exception. A call that would be the only one outstanding runs inline on
    the consumer's thread. Each call sees a copy of the consumer's
    ``contextvars`` context; its CPU is that of the thread it ran on.
    Closing (:meth:`close`, or leaving ``with``) cancels the calls not
    started yet and waits for the running ones to end (a thread cannot be
    interrupted), so no pool thread is left busy with this read-ahead.
    """

    def __init__(
        self,
        fn: Callable[[T], R],
        items: Sequence[T],
        pace: Pace,
        limit: int,
        pool: Callable[[int], concurrent.futures.ThreadPoolExecutor],
    ) -> None:
        self._fn = fn
        self._cursor = _ReadAheadCursor(items, pace, limit)
        self._pool = pool
        self._outstanding: deque[concurrent.futures.Future[tuple[R, float]]] = deque()

    def __iter__(self) -> SyncReadAhead[T, R]:
        return self

    def __next__(self) -> R:
        cursor = self._cursor
        if not self._outstanding:
            if cursor.left == 0:
                raise StopIteration
            if cursor.alone():
                watch = Stopwatch()
                result, cpu = self._costed(cursor.take())
                cursor.observe(watch.elapsed(), cpu)
                return result
        self._start(cursor.width())
        future = self._outstanding[0]
        try:
            result, cpu = future.result()
        finally:
            if future.done():
                self._outstanding.popleft()
        cursor.observe(None, cpu)
        return result

    def _costed(self, item: T) -> tuple[R, float]:
        started = time.thread_time()
        result = self._fn(item)
        return result, time.thread_time() - started

    def _start(self, width: int) -> None:
        cursor = self._cursor
        executor = self._pool(cursor.limit) if cursor.left else None
        while executor is not None and len(self._outstanding) < width and cursor.left:
            call = contextvars.copy_context().run
            self._outstanding.append(executor.submit(call, self._costed, cursor.take()))

    def close(self) -> None:
        """Cancel the calls not started yet and wait for the running ones; start no more."""
        self._cursor.stop()
        futures = list(self._outstanding)
        self._outstanding.clear()
        running = [future for future in futures if not future.cancel()]
        if running:
            import concurrent.futures

            concurrent.futures.wait(running)

    def __enter__(self) -> SyncReadAhead[T, R]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


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

    def read_ahead_async(
        self, fn: Callable[[T], Awaitable[R]], items: Sequence[T], pace: Pace, limit: int
    ) -> AsyncReadAhead[T, R]:
        """The results of ``fn(item)`` in item order, read ahead (see :class:`AsyncReadAhead`)."""
        return AsyncReadAhead(fn, items, pace, limit)

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

    def read_ahead(
        self, fn: Callable[[T], R], items: Sequence[T], pace: Pace, limit: int
    ) -> SyncReadAhead[T, R]:
        """The results of ``fn(item)`` in item order, read ahead (see :class:`SyncReadAhead`)."""
        return SyncReadAhead(fn, items, pace, limit, self._pool)

    def close(self) -> None:
        """Shut the pool down (idle threads exit); a later ``map`` opens a new one."""
        with self._lock:
            executor, self._executor, self._size = self._executor, None, 0
        if executor is not None:
            executor.shutdown(wait=False)
