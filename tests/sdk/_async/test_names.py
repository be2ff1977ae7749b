"""Runtime and endpoint names are checked before anything is sent, against the emulator.

Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeUpdateInput,
    InvalidParameterError,
)
from tests.sdk.inputs import CODE, MESSAGES

UNADDRESSABLE = [
    ("", "must not be empty"),
    ("a/b", "must not contain '/'"),
    (" lead", "whitespace"),
    ("trail ", "whitespace"),
    ("tab\there", "U+0009"),
    ("nul\x00", "U+0000"),
    ("zero\u200bwidth", "U+200B"),
    ("..", "dot segment"),
]


@pytest.mark.parametrize(("name", "problem"), UNADDRESSABLE)
async def test_unaddressable_names_are_refused_before_sending(
    client: AgentRuntimeClient, received: list[str], name: str, problem: str
) -> None:
    attempts: list[tuple[str, Callable[[], Any]]] = [
        (
            "agent_runtime_name",
            lambda: client.create_async(
                AgentRuntimeCreateInput(agent_runtime_name=name, code_configuration=CODE)
            ),
        ),
        (
            "agent_runtime_name",
            lambda: client.update_async("ar-1", AgentRuntimeUpdateInput(agent_runtime_name=name)),
        ),
        (
            "agent_runtime_endpoint_name",
            lambda: client.create_endpoint_async(
                "ar-1", AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name=name)
            ),
        ),
        (
            "agent_runtime_endpoint_name",
            lambda: client.update_endpoint_async(
                "ar-1", "ep-1", AgentRuntimeEndpointUpdateInput(agent_runtime_endpoint_name=name)
            ),
        ),
        ("agent_runtime_name", lambda: client.invoke_openai_async(name, "ep", messages=MESSAGES)),
        (
            "agent_runtime_endpoint_name",
            lambda: client.invoke_openai_async("rt", name, messages=MESSAGES),
        ),
    ]
    for field, attempt in attempts:
        with pytest.raises(InvalidParameterError) as caught:
            await attempt()
        assert field in str(caught.value) and problem in str(caught.value)
    assert received == []


async def test_an_endpoint_needs_a_name(client: AgentRuntimeClient, received: list[str]) -> None:
    with pytest.raises(InvalidParameterError, match="agent_runtime_endpoint_name is required"):
        await client.create_endpoint_async("ar-1", AgentRuntimeEndpointCreateInput())
    with pytest.raises(InvalidParameterError, match="agent_runtime_name is required"):
        await client.create_async(AgentRuntimeCreateInput(code_configuration=CODE))
    assert received == []


async def test_ordinary_names_still_go_through(client: AgentRuntimeClient) -> None:
    pytest.importorskip("openai")
    runtime = await client.create_async(
        AgentRuntimeCreateInput(agent_runtime_name="names-agent", code_configuration=CODE)
    )
    await runtime.wait_until_ready_or_failed_async(interval_seconds=0.01, timeout_seconds=10)
    for name in ("Default 2 (canary)", "名前 ok"):
        created = await client.create_endpoint_async(
            runtime.agent_runtime_id or "",
            AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name=name),
        )
        assert created.agent_runtime_endpoint_name == name
        await created.wait_until_ready_or_failed_async(interval_seconds=0.01, timeout_seconds=10)
    reply = await client.invoke_openai_async("names-agent", "名前 ok", messages=MESSAGES)
    assert reply.choices[0].message.content == "echo: hello there"
