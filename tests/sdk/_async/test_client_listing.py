"""How listings read pages: order, page sizes, windows of concurrent reads, change between reads.

The emulator serves the pages; its ``before_request`` hooks change the store
between two page reads; the client's transport (``wire``) notes which pages
were read and how many at once. Written once, async; ``scripts/unasync``
derives the sync twin.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator, Mapping

import httpx
import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeListInput,
    Config,
    ListingConsistencyError,
    ServerError,
)
from tests.sdk.conftest import testing
from tests.sdk.inputs import runtime_body, seed, unique
from tests.sdk.waits import NotedWaits, pause_async
from tests.sdk.wire import WireLog, envelope

#: Runtimes ``big-00000`` ... seeded once for the module.
BIG = 2000


@pytest.fixture(scope="module")
def local_agentrun() -> Iterator[testing.LocalAgentRun]:
    """This module's emulator, holding ``BIG`` runtimes named ``big-NNNNN``."""
    with testing.LocalAgentRun(transition_seconds=0) as local:
        seed(local, "big", BIG)
        yield local


@pytest.fixture
def newest() -> Iterator[testing.LocalAgentRun]:
    """An empty emulator that lists the newest runtime first."""
    with testing.LocalAgentRun(transition_seconds=0, list_order="newest") as local:
        yield local


@pytest.fixture
async def newest_client(
    newest: testing.LocalAgentRun, wire: WireLog, waits: NotedWaits
) -> AsyncIterator[AgentRuntimeClient]:
    """Like ``client``, on ``newest``."""
    async with AgentRuntimeClient(newest.config, async_transport=wire, retry_policy=waits) as made:
        yield made


def pages_read(wire: WireLog) -> list[int]:
    return [int(r.query["pageNumber"]) for r in wire.calls("ListAgentRuntimes")]


def named(prefix: str) -> AgentRuntimeListInput:
    return AgentRuntimeListInput(agent_runtime_name=prefix + "-")


# --------------------------------------------------------------------------
# Pages, sizes and order
# --------------------------------------------------------------------------


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "relaxed"])
async def test_list_reads_every_page_in_order(
    strict: bool, client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    prefix = unique("order")
    names = seed(local_agentrun, prefix, 35)
    config = Config(page_size=10, strict_listing=strict)
    runtimes = await client.list_async(named(prefix), config=config)
    assert [r.agent_runtime_name for r in runtimes] == names
    requests = wire.calls("ListAgentRuntimes")
    pages = [(r.query["pageNumber"], r.query["pageSize"]) for r in requests]
    # A strict listing confirms a consistent pass with a second, identical one.
    passes = 2 if strict else 1
    assert Counter(pages) == {(str(n), "10"): passes for n in range(1, 5)}
    assert pages[0] == ("1", "10")


async def test_list_survives_a_server_capping_page_size(wire: WireLog) -> None:
    with testing.LocalAgentRun(transition_seconds=0, max_page_size=20) as capped:
        names = seed(capped, "capped", 120)
        config = capped.config.merge(Config(page_size=100))
        async with AgentRuntimeClient(config, async_transport=wire) as client:
            runtimes = await client.list_async()
    assert [r.agent_runtime_name for r in runtimes] == names
    requests = wire.calls("ListAgentRuntimes")
    assert requests[0].query["pageSize"] == "100"
    assert [r.query["pageSize"] for r in requests[1:]] == ["20"] * (len(requests) - 1)
    # One pass of pages 1..6 (the default listing), sized as the server applied them.
    assert Counter(pages_read(wire)) == {n: 1 for n in range(1, 7)}


def capped_without_size(request: httpx.Request) -> httpx.Response:
    """120 runtimes in pages of at most 20; the answer does not say the size it applied."""
    number = int(request.url.params["pageNumber"])
    size = min(int(request.url.params["pageSize"]), 20)
    items = [
        {"agentRuntimeId": f"ar-{i:05d}", "agentRuntimeName": f"rt-{i:05d}"}
        for i in range((number - 1) * size, min(number * size, 120))
    ]
    return envelope({"items": items, "pageNumber": number, "total": 120})


async def test_list_survives_a_server_capping_page_size_silently(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    wire.script(*[capped_without_size] * 20)
    runtimes = await client.list_async(config=Config(page_size=100))
    assert [r.agent_runtime_id for r in runtimes] == [f"ar-{i:05d}" for i in range(120)]
    requests = wire.calls("ListAgentRuntimes")
    assert requests[0].query["pageSize"] == "100"
    assert [r.query["pageSize"] for r in requests[1:]] == ["20"] * (len(requests) - 1)
    assert Counter(pages_read(wire)) == {n: 1 for n in range(1, 7)}


async def test_iterating_with_a_page_number_yields_exactly_that_page(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    query = AgentRuntimeListInput(agent_runtime_name="big-", page_number=3, page_size=10)
    found = [r.agent_runtime_name async for r in client.iter_runtimes_async(query)]
    assert found == [f"big-{i:05d}" for i in range(20, 30)]
    assert pages_read(wire) == [3]


# --------------------------------------------------------------------------
# Windows of concurrent reads
# --------------------------------------------------------------------------


@pytest.mark.parametrize("concurrency", [1, 3, 8])
async def test_a_slow_service_gets_several_pages_in_flight_never_more_than_the_limit(
    concurrency: int,
    client: AgentRuntimeClient,
    wire: WireLog,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    # Every page waits 40 ms at the server, far longer than it costs the client.
    prefix = unique("slow")
    names = seed(local_agentrun, prefix, 24)
    local_agentrun.script_faults(
        [testing.ScriptedFault("ListAgentRuntimes", kind="latency", latency_ms=40, times=12)]
    )
    config = Config(page_size=2, max_concurrency=concurrency)
    runtimes = await client.list_async(named(prefix), config=config)
    assert [r.agent_runtime_name for r in runtimes] == names
    assert sorted(pages_read(wire)) == list(range(1, 13))
    assert wire.max_in_flight <= concurrency
    assert wire.max_in_flight >= min(concurrency, 3)


@pytest.mark.parametrize("concurrency", [1, 3, 8])
async def test_iterators_fetch_pages_in_windows_of_max_concurrency(
    concurrency: int, client: AgentRuntimeClient, wire: WireLog
) -> None:
    config = Config(page_size=100, max_concurrency=concurrency)
    iterator = client.iter_runtimes_async(
        AgentRuntimeListInput(agent_runtime_name="big-"), config=config
    )
    taken: list[str] = []
    async for runtime in iterator:
        taken.append(runtime.agent_runtime_name or "")
        if len(taken) == 150:
            break
    await iterator.aclose()
    assert taken == [f"big-{i:05d}" for i in range(150)]
    reads = pages_read(wire)
    assert 2 <= len(reads) <= 1 + concurrency
    assert sorted(reads) == list(range(1, len(reads) + 1))


def slow_pages(
    local: testing.LocalAgentRun,
    seconds: float,
    failing: int | None = None,
    slower: Mapping[int, float] | None = None,
) -> None:
    """Every page read waits ``seconds`` at the server (page n ``slower[n]``, if given);
    page ``failing`` fails at once (a 500)."""

    def hook(operation: str, query: Mapping[str, str], _path: Mapping[str, str]) -> None:
        if operation != "ListAgentRuntimes":
            return
        number = int(query.get("pageNumber", "1"))
        if number == failing:
            raise RuntimeError("this page fails")
        time.sleep((slower or {}).get(number, seconds))

    local.before_request(hook)


async def test_reads_stay_in_flight_while_earlier_pages_are_consumed(
    client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    # 12 pages, each waiting 40 ms at the server: far longer than a page costs the client.
    prefix = unique("ahead")
    names = seed(local_agentrun, prefix, 24)
    slow_pages(local_agentrun, 0.04)
    config = Config(page_size=2, max_concurrency=4)
    seen: list[tuple[int, int, int]] = []  # (page, reads in flight, reads sent) as it arrives
    found: list[str | None] = []
    async for page in client.iter_runtimes_async(named(prefix), config=config).by_page():
        await pause_async(0.01)  # the consumer at work: the reads started meanwhile go out
        seen.append((page.page_number, wire.in_flight, len(pages_read(wire))))
        found.extend(r.agent_runtime_name for r in page.items)
    assert found == names
    assert [number for number, _, _ in seen] == list(range(1, 13))
    # The window slides: while a page is being consumed, the reads after it are in flight
    # (a window of 4 reads, the one just consumed included), never more than the limit,
    # and no page is requested more than the window ahead of the one consumed.
    assert max(in_flight for _, in_flight, _ in seen) >= 3
    assert wire.max_in_flight <= 4
    assert all(sent <= min(12, number + 3) for number, _, sent in seen)
    assert sorted(pages_read(wire)) == list(range(1, 13))


async def test_stopping_early_leaves_no_read_in_flight(
    client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    prefix = unique("stop")
    seed(local_agentrun, prefix, 24)
    # Pages 3..5, read with page 2, are still waiting when the consumer stops.
    slow_pages(local_agentrun, 0.05, slower={3: 0.5, 4: 0.5, 5: 0.5})
    config = Config(page_size=2, max_concurrency=4)
    iterator = client.iter_runtimes_async(named(prefix), config=config)
    taken = []
    async for runtime in iterator:
        taken.append(runtime.agent_runtime_name)
        if len(taken) == 3:  # the first item of page 2: pages 3..5 are being read
            break
    in_flight_before = wire.in_flight
    await iterator.aclose()
    assert in_flight_before >= 1
    assert wire.in_flight == 0
    assert sorted(pages_read(wire)) == [1, 2, 3, 4, 5]


async def test_an_error_on_a_middle_page_is_raised_after_the_pages_before_it(
    client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    # Page 5 fails at once while pages 2..4, read with it, are still waiting.
    prefix = unique("broken")
    names = seed(local_agentrun, prefix, 24)
    slow_pages(local_agentrun, 0.06, failing=5)
    config = Config(page_size=2, max_concurrency=4, max_retries=0)
    found: list[str | None] = []
    pages: list[int] = []
    with pytest.raises(ServerError) as caught:
        async for page in client.iter_runtimes_async(named(prefix), config=config).by_page():
            pages.append(page.page_number)
            found.extend(r.agent_runtime_name for r in page.items)
    assert caught.value.status_code == 500
    assert pages == [1, 2, 3, 4]
    assert found == names[:8]
    assert wire.in_flight == 0


def instant_pages(
    events: list[tuple[str, int]], total: int
) -> Callable[[httpx.Request], httpx.Response]:
    """A service answering at once with ``total`` runtimes; notes each page it serves."""

    def reply(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["pageNumber"])
        size = int(request.url.params["pageSize"])
        events.append(("served", number))
        items = [
            {"agentRuntimeId": f"ar-{i:05d}", "agentRuntimeName": f"rt-{i:05d}"}
            for i in range((number - 1) * size, min(number * size, total))
        ]
        return envelope({"items": items, "pageNumber": number, "pageSize": size, "total": total})

    return reply


async def test_a_service_answering_at_once_is_read_one_page_at_a_time(
    client: AgentRuntimeClient,
    wire: WireLog,
) -> None:
    # No wait to hide (each page costs the client milliseconds and waits for nothing):
    # a page is requested only once the one before it was handed out.
    events: list[tuple[str, int]] = []
    wire.script(*[instant_pages(events, 6000)] * 6)
    config = Config(page_size=1000, max_concurrency=16)
    async for page in client.iter_runtimes_async(config=config).by_page():
        events.append(("consumed", page.page_number))
    assert events == [event for n in range(1, 7) for event in (("served", n), ("consumed", n))]


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "relaxed"])
async def test_windowed_iteration_returns_every_item_once_in_page_order(
    strict: bool, client: AgentRuntimeClient, wire: WireLog
) -> None:
    config = Config(page_size=100, max_concurrency=4, strict_listing=strict)
    query = AgentRuntimeListInput(agent_runtime_name="big-")
    found = [r.agent_runtime_name async for r in client.iter_runtimes_async(query, config=config)]
    assert found == [f"big-{i:05d}" for i in range(BIG)]
    assert Counter(pages_read(wire)) == {n: 2 if strict else 1 for n in range(1, BIG // 100 + 1)}


# --------------------------------------------------------------------------
# Change between reads
# --------------------------------------------------------------------------


def churn_once(local: testing.LocalAgentRun, prefix: str) -> None:
    """When page 2 is first requested, delete the oldest runtime and create a new one."""
    fired: list[bool] = []

    def hook(operation: str, query: Mapping[str, str], _path: Mapping[str, str]) -> None:
        if operation == "ListAgentRuntimes" and query.get("pageNumber") == "2" and not fired:
            fired.append(True)
            # Together, so a page read served meanwhile by another thread sees both or neither.
            with local.state.atomically():
                oldest = next(r for r in local.state.runtimes() if r.name.startswith(prefix + "-"))
                local.state.delete_runtime(oldest.id)
                local.state.create_runtime(runtime_body(f"{prefix}-{30:05d}"))

    local.before_request(hook)


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_strict_listing_survives_a_delete_and_an_append_between_reads(
    concurrency: int,
    client: AgentRuntimeClient,
    wire: WireLog,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    prefix = unique("churn")
    names = seed(local_agentrun, prefix, 30)
    churn_once(local_agentrun, prefix)
    config = Config(page_size=10, max_concurrency=concurrency, strict_listing=True)
    query = named(prefix)
    found = [r.agent_runtime_name async for r in client.iter_runtimes_async(query, config=config)]
    # The first was deleted and a 31st created during the listing: either may appear.
    counts = Counter(found)
    assert all(counts[name] == 1 for name in names[1:])
    assert max(counts.values()) == 1
    # The first verification pass finds the 11th on page 1 and disagrees; the second agrees.
    assert pages_read(wire).count(1) == 3


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_relaxed_listing_misses_the_item_at_the_page_boundary(
    concurrency: int,
    client: AgentRuntimeClient,
    wire: WireLog,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    """Known trade-off of ``strict_listing=False``: every count stays consistent when a
    delete and a create fall between the same two reads, so one pass is trusted and the
    item pushed from page 2 onto page 1 (the 11th) is never seen."""
    prefix = unique("boundary")
    names = seed(local_agentrun, prefix, 30)
    churn_once(local_agentrun, prefix)
    config = Config(page_size=10, max_concurrency=concurrency, strict_listing=False)
    query = named(prefix)
    found = [r.agent_runtime_name async for r in client.iter_runtimes_async(query, config=config)]
    assert names[10] not in found
    assert len(found) == len(set(found))
    assert sorted(pages_read(wire)) == [1, 2, 3]


def restless(local: testing.LocalAgentRun) -> None:
    """Newest first: a runtime is created before each page 1 read and the newest
    deleted before each page 2 read, so no two passes ever agree."""
    created = iter(range(10**6))

    def hook(operation: str, query: Mapping[str, str], _path: Mapping[str, str]) -> None:
        if operation != "ListAgentRuntimes":
            return
        if query.get("pageNumber") == "1":
            local.state.create_runtime(runtime_body(f"restless-new-{next(created)}"))
        elif query.get("pageNumber") == "2":
            newest = max(local.state.runtimes(), key=lambda r: r.seq)
            local.state.delete_runtime(newest.id)

    local.before_request(hook)


async def test_strict_listing_that_never_settles_raises(
    newest: testing.LocalAgentRun, newest_client: AgentRuntimeClient, wire: WireLog
) -> None:
    seed(newest, "restless", 20)
    restless(newest)
    config = Config(page_size=10, max_concurrency=1, strict_listing=True)
    with pytest.raises(ListingConsistencyError) as caught:
        [r async for r in newest_client.iter_runtimes_async(config=config)]
    assert caught.value.operation == "ListAgentRuntimes"
    assert caught.value.passes == 3
    assert "strict_listing=False" in str(caught.value)
    assert pages_read(wire) == [1, 2, 3] * 3


async def test_relaxed_listing_that_never_settles_warns(
    newest: testing.LocalAgentRun,
    newest_client: AgentRuntimeClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    seed(newest, "restless", 20)
    restless(newest)
    config = Config(page_size=10, max_concurrency=1, strict_listing=False)
    with caplog.at_level(logging.WARNING, logger="agentrun_facade"):
        found = [r.agent_runtime_id async for r in newest_client.iter_runtimes_async(config=config)]
    assert len(found) == len(set(found))
    assert [r.levelno for r in caplog.records] == [logging.WARNING]


async def test_list_drops_duplicates_from_shifting_pages(
    newest: testing.LocalAgentRun, newest_client: AgentRuntimeClient
) -> None:
    names = seed(newest, "shift", 4)
    fired: list[bool] = []

    def shift(operation: str, query: Mapping[str, str], _path: Mapping[str, str]) -> None:
        # Newest first: a create before page 2 pushes page 1's last item onto page 2.
        if operation == "ListAgentRuntimes" and query.get("pageNumber") == "2" and not fired:
            fired.append(True)
            newest.state.create_runtime(runtime_body("shift-new"))

    newest.before_request(shift)
    config = Config(page_size=2, max_concurrency=1)
    found = [r.agent_runtime_name for r in await newest_client.list_async(config=config)]
    assert fired
    assert len(found) == len(set(found))
    assert set(names) <= set(found)
