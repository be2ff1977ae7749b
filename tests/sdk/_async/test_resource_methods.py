"""AgentRuntime and AgentRuntimeEndpoint: class methods, instance methods, the client they use.

Against the emulator; requests are read from the client's transport (``wire``).
Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionPublishInput,
    Config,
    InvalidParameterError,
    ResourceNotExistError,
    Status,
)
from agentrun_facade.client import set_default_client
from tests.sdk.conftest import testing
from tests.sdk.inputs import runtime_input, unique
from tests.sdk.wire import WireLog


@attrs.frozen
class Seeded:
    """A READY runtime with one READY endpoint, ``prod``."""

    name: str
    rt: str
    ep: str


@pytest.fixture
async def seeded(client: AgentRuntimeClient, wire: WireLog) -> Seeded:
    name = unique("demo")
    runtime = await client.create_async(runtime_input(name, cpu=1, memory=2048, port=8080))
    endpoint = await runtime.create_endpoint_async(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="prod")
    )
    wire.clear()
    return Seeded(name, runtime.agent_runtime_id or "", endpoint.agent_runtime_endpoint_id or "")


@attrs.frozen
class Case:
    """One class method: how to call it, the operation it sends, what it returns."""

    name: str
    call: Callable[[Seeded], Any]
    action: str
    returns: type[Any]


# --------------------------------------------------------------------------
# Class methods go through the process-wide client
# --------------------------------------------------------------------------

RUNTIME_CLASS_CASES = [
    Case(
        "create",
        lambda ids: AgentRuntime.create_async(runtime_input(unique("fresh"))),
        "CreateAgentRuntime",
        AgentRuntime,
    ),
    Case(
        "get_by_id",
        lambda ids: AgentRuntime.get_by_id_async(ids.rt),
        "GetAgentRuntime",
        AgentRuntime,
    ),
    Case(
        "update_by_id",
        lambda ids: AgentRuntime.update_by_id_async(
            ids.rt, AgentRuntimeUpdateInput(description="u")
        ),
        "UpdateAgentRuntime",
        AgentRuntime,
    ),
    Case("list", lambda ids: AgentRuntime.list_async(), "ListAgentRuntimes", AgentRuntime),
    Case("list_all", lambda ids: AgentRuntime.list_all_async(), "ListAgentRuntimes", AgentRuntime),
    Case(
        "create_endpoint_by_id",
        lambda ids: AgentRuntime.create_endpoint_by_id_async(
            ids.rt, AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="e2")
        ),
        "CreateAgentRuntimeEndpoint",
        AgentRuntimeEndpoint,
    ),
    Case(
        "get_endpoint_by_id",
        lambda ids: AgentRuntime.get_endpoint_by_id_async(ids.rt, ids.ep),
        "GetAgentRuntimeEndpoint",
        AgentRuntimeEndpoint,
    ),
    Case(
        "update_endpoint_by_id",
        lambda ids: AgentRuntime.update_endpoint_by_id_async(
            ids.rt, ids.ep, AgentRuntimeEndpointUpdateInput(description="x")
        ),
        "UpdateAgentRuntimeEndpoint",
        AgentRuntimeEndpoint,
    ),
    Case(
        "delete_endpoint_by_id",
        lambda ids: AgentRuntime.delete_endpoint_by_id_async(ids.rt, ids.ep),
        "DeleteAgentRuntimeEndpoint",
        AgentRuntimeEndpoint,
    ),
    Case(
        "list_endpoints_by_id",
        lambda ids: AgentRuntime.list_endpoints_by_id_async(ids.rt),
        "ListAgentRuntimeEndpoints",
        AgentRuntimeEndpoint,
    ),
    Case(
        "list_versions_by_id",
        lambda ids: AgentRuntime.list_versions_by_id_async(ids.rt),
        "ListAgentRuntimeVersions",
        AgentRuntimeVersion,
    ),
    Case(
        "publish_version_by_id",
        lambda ids: AgentRuntime.publish_version_by_id_async(
            ids.rt, AgentRuntimeVersionPublishInput(description="v")
        ),
        "PublishRuntimeVersion",
        AgentRuntimeVersion,
    ),
    Case(
        "delete_by_id",
        lambda ids: AgentRuntime.delete_by_id_async(ids.rt),
        "DeleteAgentRuntime",
        AgentRuntime,
    ),
]


@pytest.mark.parametrize("case", RUNTIME_CLASS_CASES, ids=[c.name for c in RUNTIME_CLASS_CASES])
async def test_runtime_class_methods(
    case: Case, seeded: Seeded, wire: WireLog, default_client: AgentRuntimeClient
) -> None:
    result = await case.call(seeded)
    assert wire.calls(case.action), f"{case.action} was not sent"
    items = result if isinstance(result, list) else [result]
    assert all(isinstance(item, case.returns) for item in items)
    if case.returns is AgentRuntimeEndpoint:
        assert items and all(item.agent_runtime_id == seeded.rt for item in items)
    if case.action == "ListAgentRuntimes":
        assert seeded.rt in [item.agent_runtime_id for item in items]
    elif case.action == "ListAgentRuntimeEndpoints":
        assert [item.agent_runtime_endpoint_id for item in items] == [seeded.ep]
    elif case.action == "ListAgentRuntimeVersions":
        assert items == []
    elif case.returns is AgentRuntime:
        assert len(items) == 1 and items[0].agent_runtime_id


ENDPOINT_CLASS_CASES = [
    Case(
        "create_by_id",
        lambda ids: AgentRuntimeEndpoint.create_by_id_async(
            ids.rt, AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="e3")
        ),
        "CreateAgentRuntimeEndpoint",
        AgentRuntimeEndpoint,
    ),
    Case(
        "get_by_id",
        lambda ids: AgentRuntimeEndpoint.get_by_id_async(ids.rt, ids.ep),
        "GetAgentRuntimeEndpoint",
        AgentRuntimeEndpoint,
    ),
    Case(
        "update_by_id",
        lambda ids: AgentRuntimeEndpoint.update_by_id_async(
            ids.rt, ids.ep, AgentRuntimeEndpointUpdateInput(target_version="LATEST")
        ),
        "UpdateAgentRuntimeEndpoint",
        AgentRuntimeEndpoint,
    ),
    Case(
        "list_by_id",
        lambda ids: AgentRuntimeEndpoint.list_by_id_async(ids.rt),
        "ListAgentRuntimeEndpoints",
        AgentRuntimeEndpoint,
    ),
    Case(
        "delete_by_id",
        lambda ids: AgentRuntimeEndpoint.delete_by_id_async(ids.rt, ids.ep),
        "DeleteAgentRuntimeEndpoint",
        AgentRuntimeEndpoint,
    ),
]


@pytest.mark.parametrize("case", ENDPOINT_CLASS_CASES, ids=[c.name for c in ENDPOINT_CLASS_CASES])
async def test_endpoint_class_methods(
    case: Case, seeded: Seeded, wire: WireLog, default_client: AgentRuntimeClient
) -> None:
    result = await case.call(seeded)
    assert wire.actions() == [case.action]
    items = result if isinstance(result, list) else [result]
    assert items and all(isinstance(item, AgentRuntimeEndpoint) for item in items)
    assert all(item.agent_runtime_id == seeded.rt for item in items)


async def test_list_all_takes_a_config(
    seeded: Seeded, wire: WireLog, default_client: AgentRuntimeClient
) -> None:
    listed = await AgentRuntime.list_all_async(config=Config(headers={"x-list-all": "yes"}))
    assert seeded.rt in [r.agent_runtime_id for r in listed]
    assert wire.requests and all(r.headers.get("x-list-all") == "yes" for r in wire.requests)


async def test_class_method_config_override(
    seeded: Seeded, wire: WireLog, default_client: AgentRuntimeClient
) -> None:
    await AgentRuntime.get_by_id_async(seeded.rt, config=Config(headers={"x-tenant": "t1"}))
    assert wire.requests[-1].headers["x-tenant"] == "t1"


async def test_resources_keep_the_per_call_config_that_produced_them(
    seeded: Seeded, wire: WireLog, default_client: AgentRuntimeClient
) -> None:
    override = Config(headers={"x-tenant": "t2"})
    runtime = await AgentRuntime.get_by_id_async(seeded.rt, config=override)
    await runtime.refresh_async()
    assert wire.requests[-1].headers["x-tenant"] == "t2"
    listed = [
        r for r in await AgentRuntime.list_async(config=override) if r.agent_runtime_id == seeded.rt
    ]
    await listed[0].refresh_async()
    assert wire.requests[-1].headers["x-tenant"] == "t2"
    # A call without override on an object from a plain call sends no such header.
    plain = await AgentRuntime.get_by_id_async(seeded.rt)
    await plain.refresh_async()
    assert "x-tenant" not in wire.requests[-1].headers


# --------------------------------------------------------------------------
# Instance methods use the client that produced the object
# --------------------------------------------------------------------------


async def test_runtime_instance_methods(
    seeded: Seeded,
    wire: WireLog,
    client: AgentRuntimeClient,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    runtime = await client.get_async(seeded.rt)
    local_agentrun.state.update_runtime(seeded.rt, {"cpu": 1, "description": "changed remotely"})
    assert await runtime.refresh_async() is runtime
    assert runtime.description == "changed remotely"
    local_agentrun.state.update_runtime(seeded.rt, {"cpu": 1, "description": "again"})
    assert await runtime.get_async() is runtime
    assert runtime.description == "again"
    reads = len(wire.calls("GetAgentRuntime"))
    assert await runtime.update_async(AgentRuntimeUpdateInput(description="mine")) is runtime
    assert runtime.description == "mine"
    # cpu, memory and port go along as this object holds them, without another read.
    assert wire.requests[-1].body == {"description": "mine", "cpu": 1, "memory": 2048, "port": 8080}
    assert len(wire.calls("GetAgentRuntime")) == reads

    created = await runtime.create_endpoint_async(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="e9")
    )
    assert isinstance(created, AgentRuntimeEndpoint)
    endpoint_id = created.agent_runtime_endpoint_id or ""
    assert (await runtime.get_endpoint_async(endpoint_id)).agent_runtime_endpoint_name == "e9"
    updated = await runtime.update_endpoint_async(
        endpoint_id, AgentRuntimeEndpointUpdateInput(description="d")
    )
    assert updated.description == "d"
    names = sorted(
        e.agent_runtime_endpoint_name or "" for e in await runtime.list_endpoints_async()
    )
    assert names == ["e9", "prod"]
    deleted = await runtime.delete_endpoint_async(endpoint_id)
    assert deleted.agent_runtime_endpoint_id == endpoint_id
    version = await runtime.publish_version_async()
    assert [v.agent_runtime_version for v in await runtime.list_versions_async()] == [
        version.agent_runtime_version
    ]


async def test_endpoint_instance_methods(
    seeded: Seeded, client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    endpoint = await client.get_endpoint_async(seeded.rt, seeded.ep)
    local_agentrun.state.update_endpoint(seeded.rt, seeded.ep, {"description": "remote"})
    assert await endpoint.refresh_async() is endpoint
    assert endpoint.description == "remote"
    local_agentrun.state.update_endpoint(seeded.rt, seeded.ep, {"description": "again"})
    assert await endpoint.get_async() is endpoint
    assert endpoint.description == "again"
    await client.publish_version_async(seeded.rt)
    update = AgentRuntimeEndpointUpdateInput(target_version="1")
    assert await endpoint.update_async(update) is endpoint
    assert endpoint.target_version == "1"
    assert await endpoint.delete_async() is endpoint
    assert endpoint.status is Status.DELETING
    with pytest.raises(ResourceNotExistError):
        await client.get_endpoint_async(seeded.rt, seeded.ep)


async def test_instance_methods_need_ids(wire: WireLog, default_client: AgentRuntimeClient) -> None:
    with pytest.raises(InvalidParameterError):
        await AgentRuntime().refresh_async()
    with pytest.raises(ValueError):
        await AgentRuntimeEndpoint(agent_runtime_id="ar-1").delete_async()
    assert wire.requests == []


async def test_unbound_instances_use_the_default_client(
    seeded: Seeded, wire: WireLog, default_client: AgentRuntimeClient
) -> None:
    runtime = AgentRuntime(agent_runtime_id=seeded.rt)
    await runtime.refresh_async()
    assert runtime.agent_runtime_name == seeded.name
    assert wire.actions() == ["GetAgentRuntime"]


async def test_bound_client_is_not_a_field(
    seeded: Seeded, wire: WireLog, client: AgentRuntimeClient
) -> None:
    runtime = await client.get_async(seeded.rt)
    twin = AgentRuntime.from_wire(runtime.to_wire())
    assert runtime == twin
    assert "client" not in repr(runtime).lower()
    # The instance talks through the client that read it, not the default one.
    previous = set_default_client(None)
    try:
        count = len(wire.requests)
        await runtime.refresh_async()
        assert len(wire.requests) == count + 1
    finally:
        set_default_client(previous)
