"""Bounded concurrent maps and sleeps, sync and async."""

from __future__ import annotations

import asyncio
import contextvars
import threading
import time

import pytest

from agentrun_facade._concurrency import AsyncWorkers, SyncWorkers, asleep, sleep
from agentrun_facade.errors import InvalidParameterError

amap_bounded = AsyncWorkers().map_async
map_bounded = SyncWorkers().map

REQUEST_TAG: contextvars.ContextVar[str] = contextvars.ContextVar("request_tag", default="none")


# --------------------------------------------------------------------------
# async
# --------------------------------------------------------------------------


def test_amap_bounded_keeps_order_and_limit() -> None:
    running = 0
    peak = 0

    async def work(value: int) -> int:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.001 * (10 - value % 10))  # finish out of order
        running -= 1
        return value * value

    result = asyncio.run(amap_bounded(work, list(range(25)), 4))
    assert result == [v * v for v in range(25)]
    assert peak == 4


def test_amap_bounded_runs_inline_for_one_item_or_limit_one() -> None:
    tasks_seen: list[asyncio.Task[object] | None] = []

    async def work(value: int) -> int:
        tasks_seen.append(asyncio.current_task())
        return value + 1

    async def main() -> tuple[list[int], list[int], asyncio.Task[object] | None]:
        one = await amap_bounded(work, [1], 8)
        serial = await amap_bounded(work, [1, 2, 3], 1)
        return one, serial, asyncio.current_task()

    one, serial, outer = asyncio.run(main())
    assert one == [2] and serial == [2, 3, 4]
    assert all(task is outer for task in tasks_seen)


def test_amap_bounded_empty() -> None:
    async def work(value: int) -> int:
        raise AssertionError("not called")

    assert asyncio.run(amap_bounded(work, [], 3)) == []


def test_amap_bounded_first_error_cancels_the_rest() -> None:
    cancelled: list[int] = []
    finished: list[int] = []

    async def work(value: int) -> int:
        if value == 2:
            await asyncio.sleep(0.001)
            raise ValueError("page 2 failed")
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            cancelled.append(value)
            raise
        finished.append(value)
        return value

    started = time.monotonic()
    with pytest.raises(ValueError, match="page 2 failed"):
        asyncio.run(amap_bounded(work, list(range(10)), 3))
    assert time.monotonic() - started < 2
    assert sorted(cancelled) == [0, 1]
    assert finished == []


def test_amap_bounded_outer_cancellation_cancels_workers() -> None:
    cancelled: list[int] = []

    async def work(value: int) -> int:
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            cancelled.append(value)
            raise
        return value

    async def main() -> None:
        task = asyncio.ensure_future(amap_bounded(work, [1, 2, 3], 2))
        await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert sorted(cancelled) == [1, 2]


def test_asleep() -> None:
    async def main() -> float:
        start = time.monotonic()
        await asleep(0.01)
        await asleep(-1)
        return time.monotonic() - start

    assert 0.009 <= asyncio.run(main()) < 1


# --------------------------------------------------------------------------
# sync
# --------------------------------------------------------------------------


def test_map_bounded_keeps_order_and_limit() -> None:
    lock = threading.Lock()
    running = 0
    peak = 0

    def work(value: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.002 * (5 - value % 5))
        with lock:
            running -= 1
        return value * 3

    assert map_bounded(work, list(range(20)), 3) == [v * 3 for v in range(20)]
    assert 1 < peak <= 3


def test_map_bounded_inline_cases() -> None:
    main_thread = threading.get_ident()
    threads: list[int] = []

    def work(value: int) -> int:
        threads.append(threading.get_ident())
        return -value

    assert map_bounded(work, [5], 10) == [-5]
    assert map_bounded(work, [1, 2, 3], 1) == [-1, -2, -3]
    assert set(threads) == {main_thread}
    assert map_bounded(work, [], 4) == []


def test_map_bounded_first_error_cancels_pending() -> None:
    started: list[int] = []
    lock = threading.Lock()

    def work(value: int) -> int:
        with lock:
            started.append(value)
        if value == 1:
            raise KeyError("boom")
        time.sleep(0.01)
        return value

    with pytest.raises(KeyError, match="boom"):
        map_bounded(work, list(range(50)), 2)
    assert len(started) < 50  # calls not yet started were cancelled


def test_map_bounded_propagates_context() -> None:
    def work(value: int) -> str:
        return f"{REQUEST_TAG.get()}-{value}"

    token = REQUEST_TAG.set("trace42")
    try:
        assert map_bounded(work, [1, 2, 3], 3) == ["trace42-1", "trace42-2", "trace42-3"]
    finally:
        REQUEST_TAG.reset(token)


def test_sleep() -> None:
    start = time.monotonic()
    sleep(0.01)
    sleep(-5)
    assert 0.009 <= time.monotonic() - start < 1


@pytest.mark.parametrize("limit", [0, -1, True])
def test_limit_is_validated(limit: int) -> None:
    with pytest.raises(InvalidParameterError, match="limit"):
        map_bounded(str, [1], limit)

    async def work(value: int) -> int:
        return value

    with pytest.raises(InvalidParameterError, match="limit"):
        asyncio.run(amap_bounded(work, [1], limit))


# --------------------------------------------------------------------------
# ordered read-ahead
# --------------------------------------------------------------------------


class FixedPace:
    """A pace of ``size`` calls that notes what each call was reported to cost."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.walls: list[float | None] = []

    def observe(self, wall: float | None, cpu: float) -> None:
        assert cpu >= 0
        self.walls.append(wall)


def test_async_read_ahead_keeps_order_and_runs_at_most_the_window_ahead() -> None:
    running = 0
    peak = 0
    taken = 0
    ahead: list[int] = []

    async def work(value: int) -> int:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        ahead.append(value - taken)
        await asyncio.sleep(0.001 * (5 - value % 5))  # finish out of order
        running -= 1
        return value * value

    async def main() -> list[int]:
        nonlocal taken
        results = []
        async with AsyncWorkers().read_ahead_async(work, list(range(20)), FixedPace(4), 8) as reads:
            async for result in reads:
                results.append(result)
                taken += 1
        return results

    assert asyncio.run(main()) == [v * v for v in range(20)]
    assert peak == 4
    assert max(ahead) <= 3  # never more than the window (this one included) ahead of the consumer


def test_async_read_ahead_raises_an_error_where_its_item_is() -> None:
    async def work(value: int) -> int:
        if value == 3:
            raise ValueError("item 3 failed")  # at once, while 0..2 still wait
        await asyncio.sleep(0.02)
        return value

    async def main() -> list[int]:
        results: list[int] = []
        async with AsyncWorkers().read_ahead_async(work, list(range(8)), FixedPace(4), 4) as reads:
            with pytest.raises(ValueError, match="item 3 failed"):
                async for result in reads:
                    results.append(result)
        return results

    assert asyncio.run(main()) == [0, 1, 2]


def test_async_read_ahead_closing_cancels_the_outstanding_calls() -> None:
    cancelled: list[int] = []

    async def work(value: int) -> int:
        try:
            await asyncio.sleep(0 if value == 0 else 5)
        except asyncio.CancelledError:
            cancelled.append(value)
            raise
        return value

    async def main() -> set[asyncio.Task[object]]:
        async with AsyncWorkers().read_ahead_async(work, list(range(10)), FixedPace(3), 3) as reads:
            assert await anext(reads) == 0
        return asyncio.all_tasks() - {asyncio.current_task()}  # type: ignore[operator]

    started = time.monotonic()
    assert asyncio.run(main()) == set()
    assert time.monotonic() - started < 2
    assert sorted(cancelled) == [1, 2]


def test_async_read_ahead_of_one_runs_inline_and_measures_each_call_alone() -> None:
    tasks_seen: list[asyncio.Task[object] | None] = []

    async def work(value: int) -> int:
        tasks_seen.append(asyncio.current_task())
        await asyncio.sleep(0)
        return value

    async def main() -> tuple[list[int], asyncio.Task[object] | None]:
        reads = AsyncWorkers().read_ahead_async(work, [1, 2, 3], pace, 8)
        return [r async for r in reads], asyncio.current_task()

    pace = FixedPace(1)
    results, outer = asyncio.run(main())
    assert results == [1, 2, 3]
    assert all(task is outer for task in tasks_seen)
    assert all(wall is not None for wall in pace.walls) and len(pace.walls) == 3


def test_sync_read_ahead_keeps_order_and_limit() -> None:
    lock = threading.Lock()
    running = 0
    peak = 0

    def work(value: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.002 * (5 - value % 5))
        with lock:
            running -= 1
        return value * 3

    with SyncWorkers().read_ahead(work, list(range(20)), FixedPace(16), 3) as reads:
        assert list(reads) == [v * 3 for v in range(20)]
    assert 1 < peak <= 3


def test_sync_read_ahead_closing_waits_for_the_running_calls() -> None:
    lock = threading.Lock()
    started: list[int] = []
    finished: list[int] = []

    def work(value: int) -> int:
        with lock:
            started.append(value)
        time.sleep(0.05)
        with lock:
            finished.append(value)
        return value

    workers = SyncWorkers()
    with workers.read_ahead(work, list(range(10)), FixedPace(3), 3) as reads:
        assert next(reads) == 0
    # Closing returned only once the calls it had started were done; none started after.
    assert sorted(finished) == sorted(started) == [0, 1, 2]
    workers.close()


def test_sync_read_ahead_propagates_context_and_runs_one_inline() -> None:
    main_thread = threading.get_ident()
    threads: list[int] = []

    def work(value: int) -> str:
        threads.append(threading.get_ident())
        return f"{REQUEST_TAG.get()}-{value}"

    token = REQUEST_TAG.set("trace7")
    try:
        workers = SyncWorkers()
        with workers.read_ahead(work, [1, 2, 3], FixedPace(3), 3) as reads:
            assert list(reads) == ["trace7-1", "trace7-2", "trace7-3"]
        with workers.read_ahead(work, [4, 5], FixedPace(1), 3) as reads:
            assert list(reads) == ["trace7-4", "trace7-5"]
        workers.close()
    finally:
        REQUEST_TAG.reset(token)
    assert threads[3:] == [main_thread, main_thread]
