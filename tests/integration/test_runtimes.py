"""Agent runtimes end to end: create, wait for READY, read, update, list, delete."""

from __future__ import annotations

import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    ResourceNotExistError,
    Status,
)

from .deploy import WAIT_TIMEOUT, remove_runtime, runtime_input
from .target import IntegrationTarget
from .traffic import CassetteView, SdkLog


def test_runtime_create_read_update_list_delete(
    target: IntegrationTarget, client: AgentRuntimeClient
) -> None:
    created = client.create(runtime_input("it-crud", description="first"))
    assert created.agent_runtime_id
    assert created.status in (Status.CREATING, Status.READY)
    runtime_id = created.agent_runtime_id
    created.wait_until_ready_or_failed(
        interval_seconds=target.poll_interval, timeout_seconds=WAIT_TIMEOUT
    )

    fetched = client.get(runtime_id)
    assert fetched.agent_runtime_name == "it-crud"
    assert fetched.status is Status.READY
    assert (fetched.description, fetched.cpu, fetched.memory) == ("first", 0.5, 512)

    updated = client.update(runtime_id, AgentRuntimeUpdateInput(description="second", memory=1024))
    assert updated.agent_runtime_id == runtime_id
    updated.wait_until_ready_or_failed(
        interval_seconds=target.poll_interval, timeout_seconds=WAIT_TIMEOUT
    )
    assert (updated.status, updated.description, updated.memory) == (Status.READY, "second", 1024)

    listed = client.list(AgentRuntimeListInput(agent_runtime_name="it-crud"))
    assert [r.agent_runtime_id for r in listed] == [runtime_id]
    assert listed[0].memory == 1024

    remove_runtime(target, fetched)
    with pytest.raises(ResourceNotExistError) as raised:
        client.get(runtime_id)
    assert raised.value.status_code == 404


@pytest.mark.emulator_options(transition_seconds=0.3)
def test_waiter_polls_until_ready(
    target: IntegrationTarget,
    client: AgentRuntimeClient,
    cassette: CassetteView | None,
    sdk_log: SdkLog,
) -> None:
    runtime = client.create(runtime_input("it-waiter"))
    assert runtime.status is Status.CREATING
    seen: list[Status | str | None] = []

    def on_change(resource: AgentRuntime) -> None:
        seen.append(resource.status)

    ready = runtime.wait_until_ready_or_failed(
        callback=on_change, interval_seconds=target.poll_interval, timeout_seconds=WAIT_TIMEOUT
    )
    assert ready is runtime
    assert ready.status is Status.READY
    assert seen == [Status.CREATING, Status.READY]

    polls = sdk_log.exchanges("GetAgentRuntime")
    assert len(polls) >= 2, "the waiter should have seen CREATING at least once"
    assert all(p.status == 200 for p in polls)
    if cassette is not None:
        assert cassette.sent("GetAgentRuntime") == len(polls)
    remove_runtime(target, runtime)
