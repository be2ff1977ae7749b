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
