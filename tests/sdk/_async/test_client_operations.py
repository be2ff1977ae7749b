"""What the client sends for each operation and what it returns, against the emulator.

Request bodies and queries are read from the client's transport (``wire``);
results come from the emulator.
Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeContainer,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointListInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionListInput,
    Config,
    InvalidParameterError,
    NetworkConfig,
    ResourceNotExistError,
    Status,
)
from tests.sdk.inputs import runtime_input, unique
from tests.sdk.wire import WireLog

# --------------------------------------------------------------------------
# Runtimes
# --------------------------------------------------------------------------


async def test_create_applies_defaults_and_returns_a_bound_runtime(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    name = unique("defaults")
    runtime = await client.create_async(runtime_input(name, description="hello"))
    body = wire.requests[-1].body
    assert wire.requests[-1].action == "CreateAgentRuntime"
    assert body["cpu"] == 2 and body["memory"] == 4096 and body["port"] == 9000
    assert body["artifactType"] == "Code"
    assert body["networkConfiguration"] == {"networkMode": "PUBLIC"}
    assert body["description"] == "hello"
    assert isinstance(runtime, AgentRuntime)
    assert runtime.agent_runtime_name == name
    # The emulator (transition_seconds=0) answers a create with READY; the status is the answer's.
    assert runtime.status is Status.READY
    fetched = await client.get_async(runtime.agent_runtime_id or "")
    assert fetched.agent_runtime_name == name


async def test_create_container_keeps_explicit_settings(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    await client.create_async(
        AgentRuntimeCreateInput(
            agent_runtime_name=unique("img"),
            container_configuration=AgentRuntimeContainer(image="registry.example/app:1"),
            cpu=4,
            network_configuration=NetworkConfig(network_mode="PRIVATE", vpc_id="vpc-1"),
        )
    )
    body = wire.requests[-1].body
    assert body["artifactType"] == "Container"
    assert body["cpu"] == 4
    assert body["networkConfiguration"] == {"networkMode": "PRIVATE", "vpcId": "vpc-1"}


async def test_create_without_artifact_is_refused_before_sending(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    with pytest.raises(ValueError):
        await client.create_async(AgentRuntimeCreateInput(agent_runtime_name="x"))
    assert wire.requests == []


async def test_update_sends_fields_set_and_the_current_sizing(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    created = await client.create_async(runtime_input(unique("sizing"), memory=8192, port=8080))
    wire.requests.clear()
    updated = await client.update_async(
        created.agent_runtime_id or "", AgentRuntimeUpdateInput(description="new")
    )
    # One GET reads cpu, memory and port, which every update carries; nothing else is added.
    assert wire.actions() == ["GetAgentRuntime", "UpdateAgentRuntime"]
    assert wire.requests[-1].body == {"description": "new", "cpu": 2, "memory": 8192, "port": 8080}
    assert updated.description == "new"
    assert updated.cpu == 2


async def test_get_and_delete(client: AgentRuntimeClient) -> None:
    created = await client.create_async(runtime_input(unique("getdel"), description="d"))
    runtime_id = created.agent_runtime_id or ""
    await created.wait_until_ready_or_failed_async(interval_seconds=0.01, timeout_seconds=10)
    got = await client.get_async(runtime_id)
    assert (got.agent_runtime_id, got.description, got.status) == (runtime_id, "d", Status.READY)
    deleted = await client.delete_async(runtime_id)
    assert isinstance(deleted, AgentRuntime)
    assert deleted.agent_runtime_id == runtime_id
    with pytest.raises(ResourceNotExistError):
        await client.get_async(runtime_id)


async def test_iter_runtimes(client: AgentRuntimeClient) -> None:
    prefix = unique("iter")
    names = [
        (await client.create_async(runtime_input(f"{prefix}-{i}"))).agent_runtime_name
        for i in range(4)
    ]
    query = AgentRuntimeListInput(agent_runtime_name=prefix)
    assert [r.agent_runtime_name async for r in client.iter_runtimes_async(query)] == names


# --------------------------------------------------------------------------
# Endpoints and versions
# --------------------------------------------------------------------------


async def test_endpoint_lifecycle(client: AgentRuntimeClient, wire: WireLog) -> None:
    runtime = await client.create_async(runtime_input(unique("eplife")))
    runtime_id = runtime.agent_runtime_id or ""
    await runtime.wait_until_ready_or_failed_async(interval_seconds=0.01, timeout_seconds=10)
    created = await client.create_endpoint_async(
        runtime_id,
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="prod", description="p"),
    )
    assert isinstance(created, AgentRuntimeEndpoint)
    assert wire.requests[-1].body == {
        "agentRuntimeEndpointName": "prod",
        "description": "p",
        "targetVersion": "LATEST",
    }
    endpoint_id = created.agent_runtime_endpoint_id or ""
    assert created.agent_runtime_id == runtime_id
    got = await client.get_endpoint_async(runtime_id, endpoint_id)
    assert got.agent_runtime_endpoint_name == "prod"
    version = await client.publish_version_async(runtime_id)
    number = version.agent_runtime_version or ""
    updated = await client.update_endpoint_async(
        runtime_id, endpoint_id, AgentRuntimeEndpointUpdateInput(target_version=number)
    )
    assert wire.requests[-1].body == {"targetVersion": number}
    assert updated.target_version == number
    listed = await client.list_endpoints_async(runtime_id)
    assert [e.agent_runtime_endpoint_id for e in listed] == [endpoint_id]
    deleted = await client.delete_endpoint_async(runtime_id, endpoint_id)
    assert deleted.agent_runtime_endpoint_id == endpoint_id
    assert deleted.status is Status.DELETING
    assert await client.list_endpoints_async(runtime_id) == []


async def test_endpoint_listing_pages_and_exact_page(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.create_async(runtime_input(unique("eppages")))
    runtime_id = runtime.agent_runtime_id or ""
    await runtime.wait_until_ready_or_failed_async(interval_seconds=0.01, timeout_seconds=10)
    ids = [
        (
            await client.create_endpoint_async(
                runtime_id, AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name=f"e{i}")
            )
        ).agent_runtime_endpoint_id
        for i in range(8)
    ]
    small = Config(page_size=3)
    listed = await client.list_endpoints_async(runtime_id, config=small)
    assert [e.agent_runtime_endpoint_id for e in listed] == ids
    lazily = [
        e.agent_runtime_endpoint_id
        async for e in client.iter_endpoints_async(runtime_id, config=small)
    ]
    assert lazily == ids
    page = await client.list_endpoints_async(
        runtime_id, AgentRuntimeEndpointListInput(page_number=3), config=small
    )
    assert [e.agent_runtime_endpoint_id for e in page] == ids[6:8]
    assert wire.requests[-1].query == {"pageNumber": "3", "pageSize": "3"}


async def test_versions_publish_and_list(client: AgentRuntimeClient) -> None:
    runtime = await client.create_async(runtime_input(unique("versions")))
    runtime_id = runtime.agent_runtime_id or ""
    await runtime.wait_until_ready_or_failed_async(interval_seconds=0.01, timeout_seconds=10)
    published = []
    for _ in range(3):
        version = await client.publish_version_async(runtime_id)
        assert isinstance(version, AgentRuntimeVersion)
        published.append(version.agent_runtime_version)
    versions = await client.list_versions_async(runtime_id)
    assert [v.agent_runtime_version for v in versions] == published
    lazily = [v.agent_runtime_version async for v in client.iter_versions_async(runtime_id)]
    assert lazily == published
    page = await client.list_versions_async(
        runtime_id, AgentRuntimeVersionListInput(page_number=2, page_size=2)
    )
    assert [v.agent_runtime_version for v in page] == published[2:]


# --------------------------------------------------------------------------
# Listing arguments
# --------------------------------------------------------------------------


async def test_list_with_page_number_returns_exactly_that_page(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    prefix = unique("exact")
    ids = [
        (await client.create_async(runtime_input(f"{prefix}-{i}"))).agent_runtime_id
        for i in range(7)
    ]
    wire.requests.clear()
    page = await client.list_async(
        AgentRuntimeListInput(agent_runtime_name=prefix, page_number=2, page_size=3)
    )
    assert [r.agent_runtime_id for r in page] == ids[3:6]
    assert len(wire.requests) == 1
    assert wire.requests[0].query == {
        "agentRuntimeName": prefix,
        "pageNumber": "2",
        "pageSize": "3",
    }


async def test_list_filters_and_page_size_from_input(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    keep = unique("keep")
    await client.create_async(runtime_input(keep))
    await client.create_async(runtime_input(unique("drop")))
    wire.requests.clear()
    found = await client.list_async(
        AgentRuntimeListInput(agent_runtime_name=keep, status=["READY", "CREATING"], page_size=7)
    )
    assert [r.agent_runtime_name for r in found] == [keep]
    assert wire.requests[0].query == {
        "agentRuntimeName": keep,
        "status": "READY,CREATING",
        "pageNumber": "1",
        "pageSize": "7",
    }


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "relaxed"])
async def test_empty_listing(client: AgentRuntimeClient, wire: WireLog, strict: bool) -> None:
    query = AgentRuntimeListInput(agent_runtime_name=unique("nothing"))
    assert await client.list_async(query, config=Config(strict_listing=strict)) == []
    # Strict: a second read of page 1 confirms the listing is empty.
    assert [r.query["pageNumber"] for r in wire.requests] == ["1"] * (2 if strict else 1)


async def test_iterators_are_lazy(client: AgentRuntimeClient, wire: WireLog) -> None:
    prefix = unique("lazy")
    for i in range(12):
        await client.create_async(runtime_input(f"{prefix}-{i:02d}"))
    wire.requests.clear()
    iterator = client.iter_runtimes_async(AgentRuntimeListInput(agent_runtime_name=prefix))
    assert wire.requests == []
    first = await anext(iterator)
    assert first.agent_runtime_name == f"{prefix}-00"
    assert len(wire.requests) == 1
    assert len([r async for r in iterator]) == 11


async def test_iterators_validate_arguments_eagerly(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    with pytest.raises(InvalidParameterError):
        client.iter_endpoints_async("")
    with pytest.raises(InvalidParameterError):
        client.iter_endpoints_async("ar-1", AgentRuntimeListInput())  # type: ignore[arg-type]
    assert wire.requests == []
