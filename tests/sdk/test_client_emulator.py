"""The client over real sockets: the local emulator on 127.0.0.1, sync and async.

This covers what a MockTransport cannot: the default pooled transports, event
loops that come and go between ``asyncio.run`` calls, and closing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    Config,
    ResourceNotExistError,
    Status,
)
from agentrun_facade.client import set_default_client

testing = pytest.importorskip("agentrun_facade.testing")


@pytest.fixture(scope="module")
def local() -> Iterator[object]:
    with testing.LocalAgentRun(transition_seconds=0.05, max_page_size=20) as server:
        yield server


def test_lifecycle_over_real_sockets(local: object) -> None:
    config: Config = local.config  # type: ignore[attr-defined]
    client = AgentRuntimeClient(config.merge(Config(page_size=100, max_concurrency=3)))
    runtime = client.create(
        AgentRuntimeCreateInput(
            agent_runtime_name="sockets",
            code_configuration=AgentRuntimeCode(
                language="python3.12", command=["python", "app.py"], zip_file="UEsFBg=="
            ),
        )
    )
    runtime.wait_until_ready_or_failed(interval_seconds=0.05, timeout_seconds=10)
    assert runtime.status is Status.READY
    for i in range(3):
        endpoint = runtime.create_endpoint(
            AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name=f"ep{i}")
        )
        endpoint.wait_until_ready_or_failed(interval_seconds=0.05, timeout_seconds=10)

    async def read() -> tuple[Status | str | None, int]:
        fresh = await client.get_async(runtime.agent_runtime_id or "")
        endpoints = await client.list_endpoints_async(fresh.agent_runtime_id or "")
        return fresh.status, len(endpoints)

    # Two event loops in a row: the async pool follows the running loop.
    assert asyncio.run(read()) == (Status.READY, 3)
    assert asyncio.run(read()) == (Status.READY, 3)

    reply = client.invoke_openai("sockets", "ep0", messages=[{"role": "user", "content": "hi"}])
    assert "hi" in (reply.choices[0].message.content or "")

    async def stream() -> str:
        chunks = await client.invoke_openai_async(
            "sockets", "ep1", messages=[{"role": "user", "content": "a b"}], stream=True
        )
        return "".join([c.choices[0].delta.content or "" async for c in chunks if c.choices])

    assert "a b" in asyncio.run(stream())
    assert "a b" in asyncio.run(stream())

    previous = set_default_client(client)
    try:
        AgentRuntime.delete_by_id(runtime.agent_runtime_id or "")
    finally:
        set_default_client(previous)
    assert client.list_endpoints(runtime.agent_runtime_id or "") == []
    client.close()
    asyncio.run(client.aclose())


def test_listing_beyond_the_server_page_cap(local: object) -> None:
    config: Config = local.config  # type: ignore[attr-defined]
    with AgentRuntimeClient(config) as client:
        created = {
            client.create(
                AgentRuntimeCreateInput(
                    agent_runtime_name=f"many-{i:02d}",
                    code_configuration=AgentRuntimeCode(zip_file="UEsFBg==", language="python3.12"),
                )
            ).agent_runtime_id
            for i in range(45)
        }
        listed = {r.agent_runtime_id for r in client.list()}
        assert created <= listed

        async def listed_async() -> set[str | None]:
            async with AgentRuntimeClient(config) as aclient:
                return {r.agent_runtime_id async for r in aclient.iter_runtimes_async()}

        assert created <= asyncio.run(listed_async())
        with pytest.raises(ResourceNotExistError):
            client.get("ar-does-not-exist")
