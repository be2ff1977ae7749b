"""Every operation of the client and the resources, against the emulator.

Written once, async; ``scripts/unasync`` derives the sync twin in
``tests/sdk/_sync`` the same way it derives the sync client.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersionPublishInput,
    ClientClosedError,
    Config,
    ResourceAlreadyExistError,
    ResourceNotExistError,
    Status,
)
from tests.sdk.conftest import testing
from tests.sdk.inputs import runtime_body, runtime_input, unique
from tests.sdk.waits import NotedWaits
from tests.sdk.wire import WireLog


async def create_many(client: AgentRuntimeClient, prefix: str, count: int) -> list[str]:
    """Create ``prefix-00``, ``prefix-01`` ... through ``client``; their ids, in order."""
    return [
        (await client.create_async(runtime_input(f"{prefix}-{i:02d}"))).agent_runtime_id or ""
        for i in range(count)
    ]


async def test_runtime_lifecycle(client: AgentRuntimeClient) -> None:
    name = unique("life")
    created = await client.create_async(runtime_input(name))
    assert created.agent_runtime_name == name and created.agent_runtime_id
    ready = await created.wait_until_ready_or_failed_async(
        interval_seconds=0.01, timeout_seconds=10
    )
    assert ready is created and ready.status is Status.READY
    fetched = await client.get_async(created.agent_runtime_id)
    assert fetched == created
    updated = await created.update_async(AgentRuntimeUpdateInput(description="changed"))
    assert updated is created and created.description == "changed"
    assert (await client.get_async(created.agent_runtime_id)).description == "changed"
    await created.delete_and_wait_until_finished_async(interval_seconds=0.01, timeout_seconds=10)
    with pytest.raises(ResourceNotExistError) as caught:
        await client.get_async(created.agent_runtime_id)
    assert caught.value.operation == "GetAgentRuntime"
    assert caught.value.resource_id == created.agent_runtime_id


async def test_listing_returns_every_runtime_once_across_pages(
    client: AgentRuntimeClient,
) -> None:
    prefix = unique("page")
    ids = await create_many(client, prefix, 12)
    query = AgentRuntimeListInput(agent_runtime_name=prefix)
    listed = [r.agent_runtime_id for r in await client.list_async(query)]
    assert sorted(listed) == sorted(ids) and len(listed) == len(set(listed))
    lazily = [r.agent_runtime_id async for r in client.iter_runtimes_async(query)]
    assert lazily == listed
    one_page = await client.list_async(
        AgentRuntimeListInput(agent_runtime_name=prefix, page_number=2, page_size=5)
    )
    assert [r.agent_runtime_id for r in one_page] == listed[5:10]


def change_between_reads(
    local: testing.LocalAgentRun, prefix: str, doomed: list[str], *, once: bool
) -> list[str]:
    """Before listing reads after the first, delete the next of ``doomed`` and create a
    runtime under ``prefix`` (the total stays the same): before every such read, or
    (``once``) only before the first read of page 2. Returns the ids deleted so far."""
    deleted: list[str] = []

    def hook(operation: str, query: Mapping[str, str], _path: Mapping[str, str]) -> None:
        page = query.get("pageNumber")
        due = (page == "2" and not deleted) if once else page != "1"
        if operation == "ListAgentRuntimes" and due:
            gone = doomed[len(deleted)]
            deleted.append(gone)
            local.state.delete_runtime(gone)
            local.state.create_runtime(runtime_body(unique(prefix)))

    local.before_request(hook)
    return deleted


async def test_default_listing_under_churn_returns_without_raising(
    client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    prefix = unique("churn")
    ids = await create_many(client, prefix, 15)
    fired = change_between_reads(local_agentrun, prefix, ids, once=False)
    listed = [
        r.agent_runtime_id
        for r in await client.list_async(AgentRuntimeListInput(agent_runtime_name=prefix))
    ]
    assert fired and len(listed) == len(set(listed))


async def test_strict_listing_under_a_balanced_change_misses_nothing(
    client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    prefix = unique("strict")
    ids = await create_many(client, prefix, 12)
    fired = change_between_reads(local_agentrun, prefix, ids, once=True)
    strict = Config(strict_listing=True, max_concurrency=1)
    query = AgentRuntimeListInput(agent_runtime_name=prefix)
    listed = [r.agent_runtime_id for r in await client.list_async(query, config=strict)]
    assert fired
    for stable in ids[1:]:
        assert listed.count(stable) == 1


async def test_endpoints_and_versions(client: AgentRuntimeClient) -> None:
    runtime = await client.create_async(runtime_input(unique("ep")))
    await runtime.wait_until_ready_or_failed_async(interval_seconds=0.01, timeout_seconds=10)
    version = await runtime.publish_version_async(
        AgentRuntimeVersionPublishInput(description="first")
    )
    assert version.agent_runtime_version
    versions = await runtime.list_versions_async()
    assert [v.description for v in versions] == ["first"]
    endpoint = await runtime.create_endpoint_async(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="main")
    )
    assert isinstance(endpoint, AgentRuntimeEndpoint)
    assert endpoint.agent_runtime_id == runtime.agent_runtime_id
    await endpoint.wait_until_ready_or_failed_async(interval_seconds=0.01, timeout_seconds=10)
    await endpoint.update_async(
        AgentRuntimeEndpointUpdateInput(target_version=version.agent_runtime_version)
    )
    assert endpoint.target_version == version.agent_runtime_version
    listed = await runtime.list_endpoints_async()
    assert [e.agent_runtime_endpoint_id for e in listed] == [endpoint.agent_runtime_endpoint_id]
    # Deleting the runtime deletes its endpoints first.
    await runtime.delete_async()
    with pytest.raises(ResourceNotExistError):
        await client.get_async(runtime.agent_runtime_id or "")


async def test_a_duplicate_name_already_exists(client: AgentRuntimeClient) -> None:
    name = unique("dup")
    await client.create_async(runtime_input(name))
    with pytest.raises(ResourceAlreadyExistError) as caught:
        await client.create_async(runtime_input(name))
    assert caught.value.status_code == 409 and caught.value.operation == "CreateAgentRuntime"


async def test_class_methods_use_the_default_client(
    default_client: AgentRuntimeClient, wire: WireLog
) -> None:
    created = await AgentRuntime.create_async(runtime_input(unique("cls")))
    fetched = await AgentRuntime.get_by_id_async(created.agent_runtime_id or "")
    assert fetched == created
    assert created.agent_runtime_id in [r.agent_runtime_id for r in await AgentRuntime.list_async()]
    assert wire.actions()[:2] == ["CreateAgentRuntime", "GetAgentRuntime"]


async def test_resources_keep_the_client_that_read_them(local_config: Config) -> None:
    async with AgentRuntimeClient(local_config) as reader:
        runtime = await reader.create_async(runtime_input(unique("bound")))
    # The reader is closed: the runtime's own methods go through it, not elsewhere.
    with pytest.raises(ClientClosedError):
        await runtime.refresh_async()


async def test_per_call_configuration_is_kept_by_the_objects_it_returns(
    client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    runtime = await client.create_async(runtime_input(unique("cfg")))
    other = testing.LocalAgentRun(transition_seconds=0)
    with other:
        # A per-call override points at another service; the object read keeps using it.
        elsewhere = await client.create_async(
            runtime_input(unique("cfg")), config=Config(control_endpoint=other.url)
        )
        assert (await elsewhere.refresh_async()).agent_runtime_id == elsewhere.agent_runtime_id
        with pytest.raises(ResourceNotExistError):
            await client.get_async(elsewhere.agent_runtime_id or "")
    assert (await runtime.refresh_async()).agent_runtime_id == runtime.agent_runtime_id


async def test_transient_failures_are_retried(
    client: AgentRuntimeClient, waits: NotedWaits, local_agentrun: testing.LocalAgentRun
) -> None:
    runtime = await client.create_async(runtime_input(unique("retry")))
    local_agentrun.script_faults(
        [testing.ScriptedFault(operation="GetAgentRuntime", status=503, times=2)]
    )
    assert (await client.get_async(runtime.agent_runtime_id or "")) == runtime
    assert len(waits.decided) == 2
