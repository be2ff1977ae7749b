"""What an update sends: the caller's fields plus the sizing every update carries.

The emulator (which, like the service, requires ``cpu`` on an update and masks
write-only values) answers; the client's transport (``wire``) notes the bodies.
Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

import json

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeContainer,
    AgentRuntimeCreateInput,
    AgentRuntimeUpdateInput,
    RegistryAuthConfig,
    RegistryConfig,
)
from tests.sdk.inputs import runtime_input, unique
from tests.sdk.wire import WireLog


def described(text: str = "new") -> AgentRuntimeUpdateInput:
    return AgentRuntimeUpdateInput(description=text)


async def test_an_update_by_id_keeps_the_current_sizing_and_echoes_no_secret(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.create_async(
        AgentRuntimeCreateInput(
            agent_runtime_name=unique("shop"),
            container_configuration=AgentRuntimeContainer(
                image="registry.example/shop:1",
                registry_config=RegistryConfig(
                    auth_config=RegistryAuthConfig(user_name="u", password="registry-secret")
                ),
            ),
            cpu=1.5,
            memory=3072,
            port=8080,
            environment_variables={"TOKEN": "env-secret"},
        )
    )
    wire.clear()
    await client.update_async(runtime.agent_runtime_id or "", described())
    (sent,) = wire.calls("UpdateAgentRuntime")
    assert sent.body == {"description": "new", "cpu": 1.5, "memory": 3072, "port": 8080}
    for secret in ("registry-secret", "env-secret", "******"):
        assert secret not in json.dumps(sent.body)
    assert wire.actions() == ["GetAgentRuntime", "UpdateAgentRuntime"]


async def test_the_callers_sizing_wins_and_needs_no_read(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.create_async(runtime_input(unique("sized")))
    wire.clear()
    wanted = AgentRuntimeUpdateInput(cpu=4, memory=8192, port=9001)
    updated = await client.update_async(runtime.agent_runtime_id or "", wanted)
    (sent,) = wire.calls("UpdateAgentRuntime")
    assert sent.body == {"cpu": 4, "memory": 8192, "port": 9001}
    assert wire.actions() == ["UpdateAgentRuntime"]
    assert (updated.cpu, updated.memory, updated.port) == (4, 8192, 9001)


async def test_an_instance_update_uses_its_own_state_and_the_strict_emulator_accepts_it(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.create_async(runtime_input(unique("own"), cpu=1, memory=1024, port=8000))
    await runtime.wait_until_ready_or_failed_async(None, 0.01, 30.0)
    wire.clear()
    await runtime.update_async(described())
    assert wire.actions() == ["UpdateAgentRuntime"]
    assert (runtime.cpu, runtime.memory, runtime.port, runtime.description) == (
        1,
        1024,
        8000,
        "new",
    )
    again = await client.update_async(runtime.agent_runtime_id or "", described("newer"))
    assert (again.cpu, again.memory, again.port, again.description) == (1, 1024, 8000, "newer")
