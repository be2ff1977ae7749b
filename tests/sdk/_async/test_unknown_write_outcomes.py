"""Writes whose outcome is unknown are resolved by looking, never doubled.

Against the emulator, whose ``lost`` fault carries a write out and then drops
the connection before the answer, and whose ``error`` fault answers 5xx
without carrying it out. What the emulator carried out is counted by a
``before_request`` hook (``received``); what the client sent, from its transport
(``wire``). Clashes with an older runtime and "busy" answers use a second
emulator whose clock starts an hour back and only moves when a test moves it.
Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import attrs
import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeVersionPublishInput,
    Config,
    ConflictError,
    ResourceAlreadyExistError,
    ResourceNotExistError,
    ServerError,
    TransportError,
)
from tests.sdk.conftest import testing
from tests.sdk.inputs import runtime_input, unique
from tests.sdk.waits import NotedWaits
from tests.sdk.wire import WireLog

ScriptedFault = testing.ScriptedFault


def named(local: testing.LocalAgentRun, name: str) -> list[str]:
    """Ids of the runtimes called exactly ``name``."""
    return [r.id for r in local.state.runtimes() if r.name == name]


# -- creates -------------------------------------------------------------------


async def test_a_create_whose_answer_was_lost_is_found_and_adopted(
    client: AgentRuntimeClient,
    received: list[str],
    local_agentrun: testing.LocalAgentRun,
) -> None:
    name = unique("lost")
    local_agentrun.script_faults([ScriptedFault("CreateAgentRuntime", "lost")])
    runtime = await client.create_async(runtime_input(name))
    assert named(local_agentrun, name) == [runtime.agent_runtime_id]
    assert runtime.agent_runtime_name == name and runtime.cpu == 2
    # Sent once: the lookup found it, so nothing was sent again.
    assert received.count("CreateAgentRuntime") == 1


@pytest.mark.parametrize(
    ("fault", "attempts"),
    [
        # A 5xx may have been applied: the lookup finds nothing, so it is sent again once.
        ({"kind": "error", "status": 503}, 2),
        # A throttled request was not processed: it is sent again, twice here.
        ({"kind": "throttle", "times": 2, "retry_after": 0}, 3),
    ],
    ids=["5xx", "throttled"],
)
async def test_a_create_turned_away_unapplied_is_sent_again_and_carried_out_once(
    fault: dict[str, Any],
    attempts: int,
    client: AgentRuntimeClient,
    wire: WireLog,
    received: list[str],
    local_agentrun: testing.LocalAgentRun,
) -> None:
    name = unique("unapplied")
    local_agentrun.script_faults([ScriptedFault("CreateAgentRuntime", **fault)])
    runtime = await client.create_async(runtime_input(name))
    assert named(local_agentrun, name) == [runtime.agent_runtime_id]
    assert received.count("CreateAgentRuntime") == 1
    assert len(wire.calls("CreateAgentRuntime")) == attempts


async def test_without_reconciliation_a_lost_answer_is_raised(
    client: AgentRuntimeClient,
    received: list[str],
    local_agentrun: testing.LocalAgentRun,
) -> None:
    name = unique("unreconciled")
    local_agentrun.script_faults([ScriptedFault("CreateAgentRuntime", "lost")])
    with pytest.raises(TransportError) as raised:
        await client.create_async(runtime_input(name), Config(reconcile_writes=False))
    assert raised.value.operation == "CreateAgentRuntime"
    # It was applied, and the caller is told it may have been.
    assert len(named(local_agentrun, name)) == 1
    assert received.count("CreateAgentRuntime") == 1


async def test_a_clash_with_a_runtime_that_existed_before_names_its_id(
    client: AgentRuntimeClient,
) -> None:
    name = unique("clash")
    existing = await client.create_async(runtime_input(name))
    with pytest.raises(ResourceAlreadyExistError) as raised:
        await client.create_async(runtime_input(name))
    assert raised.value.resource_id == existing.agent_runtime_id
    assert str(existing.agent_runtime_id) in str(raised.value)


async def test_a_runtime_found_by_name_that_differs_from_what_was_sent_is_not_adopted(
    client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    name = unique("differs")
    other = await client.create_async(runtime_input(name, description="someone else's"))
    local_agentrun.script_faults([ScriptedFault("CreateAgentRuntime", "error", status=500)])
    with pytest.raises(ResourceAlreadyExistError) as raised:
        await client.create_async(runtime_input(name, description="mine"))
    assert raised.value.resource_id == other.agent_runtime_id


async def test_the_name_filter_may_match_loosely_only_an_exact_name_is_adopted(
    client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    name = unique("loose")
    await client.create_async(runtime_input(f"{name}-2"))
    local_agentrun.script_faults([ScriptedFault("CreateAgentRuntime", "lost")])
    runtime = await client.create_async(runtime_input(name))
    assert runtime.agent_runtime_name == name
    assert named(local_agentrun, name) == [runtime.agent_runtime_id]
    assert len(named(local_agentrun, f"{name}-2")) == 1


# -- endpoints and versions ----------------------------------------------------


async def test_an_endpoint_create_whose_answer_was_lost_is_adopted(
    client: AgentRuntimeClient,
    received: list[str],
    local_agentrun: testing.LocalAgentRun,
) -> None:
    runtime = await client.create_async(runtime_input(unique("ep")))
    runtime_id = runtime.agent_runtime_id or ""
    local_agentrun.script_faults([ScriptedFault("CreateAgentRuntimeEndpoint", "lost")])
    wanted = AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default")
    endpoint = await client.create_endpoint_async(runtime_id, wanted)
    listed = await client.list_endpoints_async(runtime_id)
    assert [e.agent_runtime_endpoint_id for e in listed] == [endpoint.agent_runtime_endpoint_id]
    assert received.count("CreateAgentRuntimeEndpoint") == 1


@pytest.mark.parametrize("kind", ["lost", "error"])
async def test_a_publish_with_an_unknown_outcome_publishes_exactly_one_version(
    kind: str,
    client: AgentRuntimeClient,
    received: list[str],
    local_agentrun: testing.LocalAgentRun,
) -> None:
    runtime = await client.create_async(runtime_input(unique("publish")))
    runtime_id = runtime.agent_runtime_id or ""
    await client.publish_version_async(
        runtime_id, AgentRuntimeVersionPublishInput(description="first")
    )
    local_agentrun.script_faults([ScriptedFault("PublishRuntimeVersion", kind)])
    wanted = AgentRuntimeVersionPublishInput(description="second")
    version = await client.publish_version_async(runtime_id, wanted)
    versions = await client.list_versions_async(runtime_id)
    assert [(v.agent_runtime_version, v.description) for v in versions] == [
        ("1", "first"),
        ("2", "second"),
    ]
    assert (version.agent_runtime_version, version.description) == ("2", "second")
    assert received.count("PublishRuntimeVersion") == 2


# -- deletes -------------------------------------------------------------------


async def test_a_delete_whose_answer_was_lost_then_404_succeeds(
    client: AgentRuntimeClient,
    received: list[str],
    local_agentrun: testing.LocalAgentRun,
) -> None:
    name = unique("delete")
    runtime_id = (await client.create_async(runtime_input(name))).agent_runtime_id or ""
    local_agentrun.script_faults([ScriptedFault("DeleteAgentRuntime", "lost")])
    deleted = await client.delete_async(runtime_id)
    assert deleted.agent_runtime_id == runtime_id
    assert named(local_agentrun, name) == []
    assert received.count("DeleteAgentRuntime") == 2


async def test_the_delete_cascade_survives_lost_answers(
    default_client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    name = unique("cascade")
    runtime = await AgentRuntime.create_async(runtime_input(name))
    await runtime.create_endpoint_async(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="a")
    )
    local_agentrun.script_faults(
        [
            ScriptedFault("DeleteAgentRuntimeEndpoint", "lost"),
            ScriptedFault("DeleteAgentRuntime", "lost"),
        ]
    )
    await AgentRuntime.delete_by_id_async(runtime.agent_runtime_id or "")
    assert named(local_agentrun, name) == []
    assert local_agentrun.faults.pending() == []


async def test_a_404_to_a_first_delete_is_still_not_found(
    client: AgentRuntimeClient,
) -> None:
    with pytest.raises(ResourceNotExistError):
        await client.delete_async("ar-never-was")


async def test_a_delete_404_after_an_unknown_outcome_is_raised_without_reconciliation(
    client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    runtime = await client.create_async(runtime_input(unique("raw-delete")))
    local_agentrun.script_faults([ScriptedFault("DeleteAgentRuntime", "lost")])
    with pytest.raises(ResourceNotExistError):
        await client.delete_async(runtime.agent_runtime_id or "", Config(reconcile_writes=False))


async def test_a_failed_lookup_reports_the_write_error(
    client: AgentRuntimeClient,
    received: list[str],
    local_agentrun: testing.LocalAgentRun,
) -> None:
    local_agentrun.script_faults(
        [
            ScriptedFault("CreateAgentRuntime", "error", status=500),
            ScriptedFault("ListAgentRuntimes", "error", status=500, times=10),
        ]
    )
    with pytest.raises(ServerError) as raised:
        await client.create_async(runtime_input(unique("unlooked")))
    assert raised.value.operation == "CreateAgentRuntime"
    assert received.count("CreateAgentRuntime") == 0


# -- an older runtime, and "busy": an emulator whose clock only moves on demand ------


@attrs.frozen
class Held:
    """A client (requests in ``wire``) on an emulator whose transitions hold."""

    local: testing.LocalAgentRun
    clock: testing.ManualClock
    client: AgentRuntimeClient
    wire: WireLog


@pytest.fixture(scope="module")
def held_agentrun() -> Iterator[testing.LocalAgentRun]:
    """Transitions last one second of a clock that starts an hour back and moves on demand."""
    clock = testing.ManualClock(time.time() - 3600)
    with testing.LocalAgentRun(transition_seconds=1, clock=clock) as local:
        yield local


@pytest.fixture
async def held(held_agentrun: testing.LocalAgentRun, waits: NotedWaits) -> AsyncIterator[Held]:
    clock = held_agentrun.settings.clock
    assert isinstance(clock, testing.ManualClock)
    log = WireLog(held_agentrun.url)
    config = held_agentrun.config
    async with AgentRuntimeClient(config, async_transport=log, retry_policy=waits) as client:
        yield Held(held_agentrun, clock, client, log)
    held_agentrun.faults.clear()


async def test_after_an_unknown_outcome_an_older_runtime_is_still_a_clash(held: Held) -> None:
    name = unique("older")
    # Created "an hour ago" on the emulator's clock, with exactly the fields sent below.
    old = await held.client.create_async(runtime_input(name))
    held.wire.clear()
    held.local.script_faults([ScriptedFault("CreateAgentRuntime", "error", status=500)])
    with pytest.raises(ResourceAlreadyExistError) as raised:
        await held.client.create_async(runtime_input(name))
    assert raised.value.resource_id == old.agent_runtime_id
    # The old runtime, found after the 500, was not taken for this call's result.
    assert len(held.wire.calls("CreateAgentRuntime")) == 2


async def _ready_endpoint(held: Held) -> tuple[str, str, str]:
    """A READY runtime with a published version and a READY endpoint: their ids, the version."""
    runtime = await held.client.create_async(runtime_input(unique("busy")))
    runtime_id = runtime.agent_runtime_id or ""
    held.clock.advance(1)
    version = (await held.client.publish_version_async(runtime_id)).agent_runtime_version or ""
    endpoint = await runtime.create_endpoint_async(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default")
    )
    held.clock.advance(1)
    held.wire.clear()
    return runtime_id, endpoint.agent_runtime_endpoint_id or "", version


async def test_an_update_whose_answer_was_lost_then_busy_is_read_back(held: Held) -> None:
    # The first attempt is applied (the endpoint goes UPDATING and stays so) but its
    # answer is lost; the retry is refused as busy, and reading the endpoint shows it.
    runtime_id, endpoint_id, version = await _ready_endpoint(held)
    held.local.script_faults([ScriptedFault("UpdateAgentRuntimeEndpoint", "lost")])
    route = AgentRuntimeEndpointUpdateInput(target_version=version)
    routed = await held.client.update_endpoint_async(runtime_id, endpoint_id, route)
    assert routed.target_version == version
    assert held.wire.actions() == [
        "UpdateAgentRuntimeEndpoint",  # applied, answer lost
        "UpdateAgentRuntimeEndpoint",  # refused as busy
        "GetAgentRuntimeEndpoint",  # read back: it holds the update
    ]


async def test_a_busy_answer_to_a_first_update_is_still_a_conflict(held: Held) -> None:
    runtime_id, endpoint_id, _ = await _ready_endpoint(held)
    held.local.state.update_endpoint(runtime_id, endpoint_id, {"description": "elsewhere"})
    update = AgentRuntimeEndpointUpdateInput(description="x")
    with pytest.raises(ConflictError):
        await held.client.update_endpoint_async(runtime_id, endpoint_id, update)
    # Nothing was unknown, so nothing was read back.
    assert held.wire.actions() == ["UpdateAgentRuntimeEndpoint"]
