"""Small steps the integration tests share: create a runtime, expose it, wait.

Names are fixed and bodies carry no time or random value, so a replayed request
is byte-for-byte the recorded one.
"""

from __future__ import annotations

from typing import Any

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
)

from .target import IntegrationTarget

#: The agent package: an echo agent (examples/agent zipped) at a fixed OSS location.
CODE = AgentRuntimeCode.from_oss("agentrun-facade-it", "echo-agent.zip", language="python3.12")
WAIT_TIMEOUT = 120.0


def runtime_input(name: str, **fields: Any) -> AgentRuntimeCreateInput:
    """A small code runtime called ``name`` (``fields`` override cpu, memory and the rest)."""
    values: dict[str, Any] = {"cpu": 0.5, "memory": 512, **fields}
    return AgentRuntimeCreateInput(agent_runtime_name=name, code_configuration=CODE, **values)


def ready_runtime(client: AgentRuntimeClient, target: IntegrationTarget, name: str) -> AgentRuntime:
    """Create ``name`` and wait until it is READY."""
    runtime = client.create(runtime_input(name))
    return runtime.wait_until_ready_or_failed(
        interval_seconds=target.poll_interval, timeout_seconds=WAIT_TIMEOUT
    )


def ready_endpoint(
    target: IntegrationTarget, runtime: AgentRuntime, name: str = "Default"
) -> AgentRuntimeEndpoint:
    """Create endpoint ``name`` of ``runtime`` and wait until it is READY."""
    endpoint = runtime.create_endpoint(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name=name)
    )
    return endpoint.wait_until_ready_or_failed(
        interval_seconds=target.poll_interval, timeout_seconds=WAIT_TIMEOUT
    )


def remove_runtime(target: IntegrationTarget, runtime: AgentRuntime) -> None:
    """Delete ``runtime`` (and its endpoints) and wait until it is gone."""
    runtime.delete_and_wait_until_finished(
        interval_seconds=target.poll_interval, timeout_seconds=WAIT_TIMEOUT
    )
