"""How waiting on a runtime or endpoint ends: ready, failed, unknown statuses, deletes.

The emulator settles each runtime into the status its environment names
(``AGENTRUN_EMULATOR_STATUS`` and friends); the client's transport (``wire``)
counts the polls. Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

from typing import Any

import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeEndpointCreateInput,
    InvalidParameterError,
    ResourceFailedError,
    Status,
    WaiterTimeoutError,
)
from tests.sdk.conftest import testing
from tests.sdk.inputs import runtime_input, unique
from tests.sdk.wire import WireLog


@pytest.mark.parametrize("callback", ["not callable", 42])
async def test_a_waiter_callback_that_cannot_be_called_is_refused_at_the_call(
    callback: Any, client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.create_async(runtime_input(unique("callback")))
    wire.clear()
    with pytest.raises(InvalidParameterError, match="callback"):
        await runtime.wait_until_ready_or_failed_async(callback)
    with pytest.raises(InvalidParameterError, match="callback"):
        await runtime.delete_and_wait_until_finished_async(callback)
    assert wire.requests == []


async def test_plain_failed_ends_the_wait_at_once_with_its_reason(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.create_async(
        runtime_input(
            unique("failing"),
            environment_variables={
                testing.STATUS_TRIGGER: "FAILED",
                testing.FAIL_TRIGGER: "image pull failed",
            },
        )
    )
    wire.clear()
    with pytest.raises(ResourceFailedError) as raised:
        await runtime.wait_until_ready_or_failed_async(None, 0.01, 30.0)
    assert raised.value.status == "FAILED"
    assert raised.value.status_reason == "image pull failed"
    assert runtime.status is Status.FAILED
    assert wire.actions() == ["GetAgentRuntime"]  # one poll


async def test_an_unknown_status_keeps_polling_and_is_named_at_the_deadline(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.create_async(
        runtime_input(
            unique("scaling"), environment_variables={testing.STATUS_TRIGGER: "SCALING_OUT"}
        )
    )
    wire.clear()
    with pytest.raises(WaiterTimeoutError) as raised:
        await runtime.wait_until_ready_or_failed_async(None, 0.02, 0.2)
    assert "SCALING_OUT" in str(raised.value)
    assert len(wire.calls("GetAgentRuntime")) > 2


async def test_an_active_endpoint_ends_the_wait(client: AgentRuntimeClient) -> None:
    serving = await client.create_async(
        runtime_input(
            unique("serving"), environment_variables={testing.ENDPOINT_STATUS_TRIGGER: "ACTIVE"}
        )
    )
    await serving.wait_until_ready_or_failed_async(None, 0.01, 30.0)
    endpoint = await serving.create_endpoint_async(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default")
    )
    done = await endpoint.wait_until_ready_or_failed_async(None, 0.01, 30.0)
    assert done.status is Status.ACTIVE
