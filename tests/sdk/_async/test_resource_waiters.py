"""Waiting on runtimes and endpoints, and the delete cascade (endpoints first, then the runtime).

Against an emulator whose transitions take one second of a clock that only
moves when a test moves it (``ManualClock``), usually from a ``before_request``
hook between two polls; ``Store.set_status`` shows a waiter statuses no
transition produces. Requests are read from the client's transport (``wire``).
Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    Config,
    DeleteResourceError,
    InvalidParameterError,
    ResourceFailedError,
    ResourceNotExistError,
    Status,
    WaiterTimeoutError,
)
from tests.sdk.conftest import testing
from tests.sdk.inputs import runtime_input, unique
from tests.sdk.wire import WireLog

#: How long every transition of this module's emulator lasts, on its manual clock.
TRANSITION = 1.0
#: Waits poll this often here (the waiter's backoff is tested in tests/sdk/test_waiters.py).
FAST = 0.01


@pytest.fixture(scope="module")
def local_agentrun() -> Iterator[testing.LocalAgentRun]:
    """This module's emulator: transitions last until the test moves the clock."""
    clock = testing.ManualClock()
    with testing.LocalAgentRun(transition_seconds=TRANSITION, clock=clock) as local:
        yield local


@pytest.fixture
def clock(local_agentrun: testing.LocalAgentRun) -> testing.ManualClock:
    moved = local_agentrun.settings.clock
    assert isinstance(moved, testing.ManualClock)
    return moved


def before(
    local: testing.LocalAgentRun, operation: str, action: Any, *, first_page_only: bool = False
) -> None:
    """Run ``action()`` in the emulator before every request of ``operation``."""

    def hook(op: str, query: Mapping[str, str], _path: Mapping[str, str]) -> None:
        if op == operation and (not first_page_only or query.get("pageNumber", "1") == "1"):
            action()

    local.before_request(hook)


def script_statuses(
    local: testing.LocalAgentRun, operation: str, record_id: str, statuses: list[str]
) -> None:
    """Before each ``operation`` request, put ``record_id`` in the next status of ``statuses``.

    A status ``"X_FAILED: why"`` carries the reason ``why``.
    """
    left = list(statuses)

    def next_status() -> None:
        if left:
            status, _, reason = left.pop(0).partition(": ")
            local.state.set_status(record_id, status, reason or None)

    before(local, operation, next_status)


@attrs.frozen
class Seeded:
    """A READY runtime with one READY endpoint."""

    rt: str
    ep: str


@pytest.fixture
async def seeded(client: AgentRuntimeClient, wire: WireLog, clock: testing.ManualClock) -> Seeded:
    runtime = await client.create_async(runtime_input(unique("wait")))
    clock.advance(TRANSITION)
    endpoint = await runtime.create_endpoint_async(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="prod")
    )
    clock.advance(TRANSITION)
    wire.clear()
    return Seeded(runtime.agent_runtime_id or "", endpoint.agent_runtime_endpoint_id or "")


# --------------------------------------------------------------------------
# The delete cascade: endpoints first, across pages, then the runtime
# --------------------------------------------------------------------------


async def test_delete_by_id_deletes_every_endpoint_then_the_runtime(
    client: AgentRuntimeClient,
    default_client: AgentRuntimeClient,
    wire: WireLog,
    clock: testing.ManualClock,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    runtime = await client.create_async(runtime_input(unique("big")))
    runtime_id = runtime.agent_runtime_id or ""
    clock.advance(TRANSITION)
    endpoint_ids = set()
    for index in range(7):
        made = await runtime.create_endpoint_async(
            AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name=f"e{index}")
        )
        endpoint_ids.add(made.agent_runtime_endpoint_id)
    clock.advance(TRANSITION)
    wire.clear()
    # Deleted endpoints stay listed (DELETING) until two listings later.
    before(
        local_agentrun,
        "ListAgentRuntimeEndpoints",
        lambda: clock.advance(0.5),
        first_page_only=True,
    )
    deleted = await AgentRuntime.delete_by_id_async(
        runtime_id, config=Config(page_size=3), drain_interval_seconds=FAST
    )
    assert isinstance(deleted, AgentRuntime) and deleted.agent_runtime_id == runtime_id
    actions = wire.actions()
    deletes = [r.path.rsplit("/", 1)[1] for r in wire.calls("DeleteAgentRuntimeEndpoint")]
    assert set(deletes) == endpoint_ids and len(deletes) == 7
    first_listing = wire.calls("ListAgentRuntimeEndpoints")[:3]
    assert sorted(r.query["pageNumber"] for r in first_listing) == ["1", "2", "3"]
    assert actions[-1] == "DeleteAgentRuntime" and actions.count("DeleteAgentRuntime") == 1
    last_endpoint_delete = max(
        i for i, a in enumerate(actions) if a == "DeleteAgentRuntimeEndpoint"
    )
    drain = [
        r
        for r in wire.requests[last_endpoint_delete:]
        if r.action == "ListAgentRuntimeEndpoints" and r.query.get("pageNumber", "1") == "1"
    ]
    assert len(drain) == 2, "the drain should have listed again while endpoints lingered"
    clock.advance(TRANSITION)
    with pytest.raises(ResourceNotExistError):
        await client.get_async(runtime_id)


async def test_the_drain_gives_up_at_its_deadline_without_deleting_the_runtime(
    seeded: Seeded, client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.get_async(seeded.rt)
    started = time.monotonic()
    with pytest.raises(WaiterTimeoutError) as caught:
        # The clock never moves: the endpoint stays DELETING.
        await runtime.delete_async(drain_interval_seconds=FAST, drain_timeout_seconds=0.2)
    assert time.monotonic() - started < 5
    assert caught.value.status == "ENDPOINTS_REMAINING"
    assert "DeleteAgentRuntime" not in wire.actions()
    assert len(wire.calls("ListAgentRuntimeEndpoints")) >= 3
    assert (await client.get_async(seeded.rt)).status is Status.READY


@pytest.mark.parametrize(
    "drain",
    [
        {"drain_timeout_seconds": 0},
        {"drain_timeout_seconds": float("inf")},
        {"drain_interval_seconds": -1},
        {"drain_interval_seconds": "5"},
    ],
)
async def test_drain_settings_are_checked_before_anything_is_sent(
    drain: dict[str, Any],
    seeded: Seeded,
    wire: WireLog,
    default_client: AgentRuntimeClient,
) -> None:
    name = next(iter(drain))
    with pytest.raises(InvalidParameterError, match=name):
        await AgentRuntime.delete_by_id_async(seeded.rt, **drain)
    runtime = AgentRuntime(agent_runtime_id=seeded.rt)
    with pytest.raises(InvalidParameterError, match=name):
        await runtime.delete_async(**drain)
    assert wire.requests == []


async def test_delete_and_wait_bounds_the_drain_by_its_timeout(
    seeded: Seeded, client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.get_async(seeded.rt)
    with pytest.raises(WaiterTimeoutError):
        await runtime.delete_and_wait_until_finished_async(
            interval_seconds=FAST, timeout_seconds=0.2
        )
    assert "DeleteAgentRuntime" not in wire.actions()


async def test_delete_by_id_of_missing_runtime(default_client: AgentRuntimeClient) -> None:
    with pytest.raises(ResourceNotExistError):
        await AgentRuntime.delete_by_id_async("ar-missing")


async def test_instance_delete_cascades_and_returns_self(
    seeded: Seeded,
    client: AgentRuntimeClient,
    clock: testing.ManualClock,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    runtime = await client.get_async(seeded.rt)
    before(local_agentrun, "ListAgentRuntimeEndpoints", lambda: clock.advance(TRANSITION))
    assert await runtime.delete_async(drain_interval_seconds=FAST) is runtime
    assert local_agentrun.state.endpoints(seeded.rt) == []
    clock.advance(TRANSITION)
    assert seeded.rt not in [r.id for r in local_agentrun.state.runtimes()]


# --------------------------------------------------------------------------
# Waiters
# --------------------------------------------------------------------------


async def test_wait_until_ready_reports_changes(
    client: AgentRuntimeClient,
    wire: WireLog,
    clock: testing.ManualClock,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    runtime = await client.create_async(runtime_input(unique("ready")))
    polled: list[float] = []

    def poll() -> None:
        polled.append(time.monotonic())
        clock.advance(TRANSITION / 4)  # CREATING three times, then READY

    before(local_agentrun, "GetAgentRuntime", poll)
    seen: list[Any] = []
    result = await runtime.wait_until_ready_or_failed_async(
        callback=lambda r: seen.append(r.status), interval_seconds=FAST, timeout_seconds=5
    )
    assert result is runtime and runtime.status is Status.READY
    assert seen == [Status.CREATING, Status.READY]
    assert len(wire.calls("GetAgentRuntime")) == 4
    assert min(b - a for a, b in itertools.pairwise(polled)) >= FAST * 0.9


async def test_wait_raises_on_failure_with_reason(
    seeded: Seeded, client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    endpoint = await client.get_endpoint_async(seeded.rt, seeded.ep)
    script_statuses(
        local_agentrun,
        "GetAgentRuntimeEndpoint",
        seeded.ep,
        ["UPDATING", "UPDATE_FAILED: image pull failed"],
    )
    with pytest.raises(ResourceFailedError) as caught:
        await endpoint.wait_until_ready_or_failed_async(interval_seconds=FAST, timeout_seconds=5)
    assert caught.value.status == "UPDATE_FAILED"
    assert caught.value.status_reason == "image pull failed"
    assert caught.value.resource is endpoint
    assert "image pull failed" in str(caught.value)


async def test_wait_times_out_naming_the_last_status(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    # The clock never moves: the runtime stays CREATING.
    runtime = await client.create_async(runtime_input(unique("slow")))
    with pytest.raises(WaiterTimeoutError) as caught:
        await runtime.wait_until_ready_or_failed_async(interval_seconds=FAST, timeout_seconds=0.05)
    assert caught.value.status == "CREATING"
    assert "CREATING" in str(caught.value)
    assert 2 <= len(wire.calls("GetAgentRuntime")) < 50


async def test_delete_and_wait_until_finished(
    seeded: Seeded,
    client: AgentRuntimeClient,
    wire: WireLog,
    clock: testing.ManualClock,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    endpoint = await client.get_endpoint_async(seeded.rt, seeded.ep)
    # Two reads see it DELETING, the third finds it gone.
    before(local_agentrun, "GetAgentRuntimeEndpoint", lambda: clock.advance(0.4))
    seen: list[Any] = []
    result = await endpoint.delete_and_wait_until_finished_async(
        callback=lambda e: seen.append(e.status), interval_seconds=FAST, timeout_seconds=5
    )
    assert result is endpoint
    assert len(wire.calls("GetAgentRuntimeEndpoint")) == 1 + 3
    assert seen == [Status.DELETING, None]


async def test_delete_and_wait_rejects_an_unexpected_status(
    seeded: Seeded, client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    endpoint = await client.get_endpoint_async(seeded.rt, seeded.ep)
    # The delete answers DELETING; the first poll sees READY.
    script_statuses(local_agentrun, "GetAgentRuntimeEndpoint", seeded.ep, ["READY"])
    seen: list[Any] = []
    with pytest.raises(DeleteResourceError) as caught:
        await endpoint.delete_and_wait_until_finished_async(
            callback=lambda e: seen.append(e.status), interval_seconds=FAST, timeout_seconds=5
        )
    assert caught.value.status == "READY"
    assert seen == [Status.READY]
    assert str(caught.value).startswith(f"AgentRuntimeEndpoint({seeded.ep}) ")


async def test_runtime_delete_and_wait(
    seeded: Seeded,
    client: AgentRuntimeClient,
    clock: testing.ManualClock,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    runtime = await client.get_async(seeded.rt)
    for operation in ("ListAgentRuntimeEndpoints", "GetAgentRuntime"):
        before(local_agentrun, operation, lambda: clock.advance(TRANSITION))
    result = await runtime.delete_and_wait_until_finished_async(
        interval_seconds=FAST, timeout_seconds=5
    )
    assert result is runtime and runtime.status is None
    assert seeded.rt not in [r.id for r in local_agentrun.state.runtimes()]


async def test_delete_and_wait_on_an_already_deleted_resource(
    wire: WireLog, default_client: AgentRuntimeClient
) -> None:
    ghost = AgentRuntimeEndpoint(agent_runtime_id="ar-none", agent_runtime_endpoint_id="ep-none")
    result = await ghost.delete_and_wait_until_finished_async(timeout_seconds=5)
    assert result is ghost
    assert wire.actions() == ["DeleteAgentRuntimeEndpoint"]


async def test_wait_callback_sees_the_failing_status_before_the_error(
    client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    runtime = await client.create_async(runtime_input(unique("fails")))
    runtime_id = runtime.agent_runtime_id or ""
    script_statuses(
        local_agentrun,
        "GetAgentRuntime",
        runtime_id,
        ["CREATING", "UPDATING", "CREATE_FAILED: image pull failed"],
    )
    seen: list[Any] = []
    with pytest.raises(ResourceFailedError) as caught:
        await runtime.wait_until_ready_or_failed_async(
            callback=lambda r: seen.append(r.status), interval_seconds=FAST, timeout_seconds=5
        )
    assert seen == [Status.CREATING, Status.UPDATING, Status.CREATE_FAILED]
    assert caught.value.status_reason == "image pull failed"
    assert str(caught.value) == (
        f"AgentRuntime({runtime_id}) reached status CREATE_FAILED: image pull failed"
    )


async def test_timeout_callback_sees_a_change_made_by_the_last_poll(
    client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    runtime = await client.create_async(runtime_input(unique("flaps")))
    runtime_id = runtime.agent_runtime_id or ""
    script_statuses(local_agentrun, "GetAgentRuntime", runtime_id, ["CREATING", "UPDATING"] * 500)
    seen: list[Any] = []
    with pytest.raises(WaiterTimeoutError) as caught:
        await runtime.wait_until_ready_or_failed_async(
            callback=lambda r: seen.append(r.status), interval_seconds=FAST, timeout_seconds=0.05
        )
    polls = len(wire.calls("GetAgentRuntime"))
    assert len(seen) == polls and seen[-1] == caught.value.status
    text = str(caught.value)
    assert text.startswith(f"AgentRuntime({runtime_id}) ")
    assert f"last status {caught.value.status}" in text
