"""invoke_openai: address, AGENTRUN4 signature, streaming, errors, pooling, logging.

Against the emulator's data plane (an echo agent that checks the signature).
Requests are read from the client's transport (``wire``), which delivers them
to the emulator with the ``Host`` the SDK chose, so the default data host
``{account}-ram.agentrun-data.{region}.aliyuncs.com`` is signed and checked.
Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

import logging
import sys
from typing import Any
from urllib.parse import quote

import attrs
import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    ClientClosedError,
    Config,
    InvalidParameterError,
    MissingDependencyError,
    RequestTimeoutError,
    ResourceNotExistError,
    ServerError,
)
from tests.sdk.conftest import testing
from tests.sdk.inputs import MESSAGES, runtime_input, unique
from tests.sdk.wire import WireLog

BASE = "/agent-runtimes/{rt}/endpoints/{ep}/invocations/openai/v1/chat/completions"
ACCOUNT = "1234567890"
HOST = f"{ACCOUNT}-ram.agentrun-data.cn-hangzhou.aliyuncs.com"


def path(runtime: str, endpoint: str) -> str:
    return BASE.format(rt=quote(runtime, safe=""), ep=quote(endpoint, safe=""))


def data_plane(wire: WireLog) -> list[Any]:
    """The data-plane requests (they carry no ``x-acs-action``)."""
    return [r for r in wire.requests if r.action is None]


@pytest.fixture
def local_config(local_config: Config) -> Config:
    """Without a data endpoint: the SDK picks the service's data host for the account."""
    return attrs.evolve(local_config, data_endpoint=None, account_id=ACCOUNT)


@attrs.frozen
class Deployed:
    """A READY runtime (its name has a space) with READY endpoints ``prod`` and ``Default``."""

    name: str
    rt: str
    prod: str


@pytest.fixture
async def deployed(client: AgentRuntimeClient, wire: WireLog) -> Deployed:
    name = unique("my agent")
    runtime = await client.create_async(runtime_input(name))
    prod = await runtime.create_endpoint_async(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="prod")
    )
    await runtime.create_endpoint_async(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default")
    )
    wire.clear()
    return Deployed(name, runtime.agent_runtime_id or "", prod.agent_runtime_endpoint_id or "")


async def streamed_text(stream: Any) -> str:
    """The text of a chat-completions stream."""
    parts = [c.choices[0].delta.content or "" async for c in stream if c.choices]
    return "".join(parts)


async def test_non_streaming_call_is_signed_and_addressed_by_name(
    client: AgentRuntimeClient,
    deployed: Deployed,
    wire: WireLog,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    reply = await client.invoke_openai_async(
        deployed.name, "prod", messages=MESSAGES, temperature=0.2
    )
    assert reply.choices[0].message.content == "echo: hello there"
    assert reply.model == deployed.name
    (sent,) = data_plane(wire)
    assert sent.url.host == HOST
    assert sent.path == path(deployed.name, "prod") and "%20" in sent.path
    signature = sent.headers["agentrun-authorization"]
    key = local_agentrun.settings.access_key_id
    assert signature.startswith(f"AGENTRUN4-HMAC-SHA256 Credential={key}/")
    assert "/cn-hangzhou/agentrun/aliyun_v4_request," in signature
    assert sent.headers["x-acs-content-sha256"] == "UNSIGNED-PAYLOAD"
    assert "authorization" not in sent.headers
    assert sent.body["temperature"] == 0.2 and sent.body["stream"] is False


async def test_streaming_call(
    client: AgentRuntimeClient, deployed: Deployed, wire: WireLog
) -> None:
    stream = await client.invoke_openai_async(deployed.name, messages=MESSAGES, stream=True)
    assert await streamed_text(stream) == "echo: hello there"
    assert data_plane(wire)[-1].path == path(deployed.name, "Default")


async def test_resource_invoke(
    client: AgentRuntimeClient, deployed: Deployed, wire: WireLog
) -> None:
    runtime = await client.get_async(deployed.rt)
    reply = await runtime.invoke_openai_async("prod", messages=MESSAGES)
    assert reply.choices[0].message.content == "echo: hello there"
    assert data_plane(wire)[-1].path == path(deployed.name, "prod")
    endpoint = await client.get_endpoint_async(deployed.rt, deployed.prod)
    wire.clear()
    stream = await endpoint.invoke_openai_async(messages=MESSAGES, stream=True)
    assert await streamed_text(stream) == "echo: hello there"
    assert data_plane(wire)[-1].path == path(deployed.name, "prod")
    assert wire.calls("GetAgentRuntime"), "the endpoint looked its runtime name up"


async def test_sts_token_and_custom_data_endpoint(
    deployed: Deployed, wire: WireLog, sts_config: Config
) -> None:
    config = sts_config.merge(
        Config(data_endpoint="https://data.custom.example:9443", headers={"x-tenant": "t"})
    )
    async with AgentRuntimeClient(config, async_transport=wire) as client:
        reply = await client.invoke_openai_async(deployed.name, "prod", messages=MESSAGES)
    assert reply.choices[0].message.content == "echo: hello there"
    (sent,) = data_plane(wire)
    assert sent.url.host == "data.custom.example"  # custom hosts get no -ram suffix
    assert sent.headers["x-acs-security-token"] == "sts-token-not-real"
    assert sent.headers["x-tenant"] == "t"


async def test_service_errors_are_typed(
    client: AgentRuntimeClient,
    deployed: Deployed,
    wire: WireLog,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    with pytest.raises(ResourceNotExistError) as caught:
        await client.invoke_openai_async("rt-missing", "blue", messages=MESSAGES)
    err = caught.value
    assert (err.operation, err.resource_type, err.resource_id) == (
        "InvokeOpenAI",
        "AgentRuntimeEndpoint",
        "rt-missing/blue",
    )
    assert err.request_id == wire.request_ids[-1] and err.request_id
    assert err.__cause__ is not None
    assert len(data_plane(wire)) == 1  # OpenAI's own retries are off

    local_agentrun.script_faults([testing.ScriptedFault("ChatCompletions", "error", status=503)])
    with pytest.raises(ServerError) as failed:
        await client.invoke_openai_async(deployed.name, messages=MESSAGES)
    assert failed.value.status_code == 503


async def test_timeouts_are_typed(
    client: AgentRuntimeClient, deployed: Deployed, local_agentrun: testing.LocalAgentRun
) -> None:
    local_agentrun.script_faults(
        [testing.ScriptedFault("ChatCompletions", "latency", latency_ms=2000)]
    )
    with pytest.raises(RequestTimeoutError):
        await client.invoke_openai_async(deployed.name, messages=MESSAGES, timeout=0.2)


async def test_user_can_enable_openai_retries(
    client: AgentRuntimeClient,
    deployed: Deployed,
    wire: WireLog,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    local_agentrun.script_faults([testing.ScriptedFault("ChatCompletions", "error", status=503)])
    reply = await client.invoke_openai_async(deployed.name, messages=MESSAGES, max_retries=1)
    assert reply.choices[0].message.content == "echo: hello there"
    attempts = data_plane(wire)
    assert len(attempts) == 2
    assert all(
        r.headers["agentrun-authorization"].startswith("AGENTRUN4-HMAC-SHA256") for r in attempts
    )


async def test_a_closed_client_refuses_to_invoke(
    local_config: Config, deployed: Deployed, wire: WireLog
) -> None:
    client = AgentRuntimeClient(local_config, async_transport=wire)
    await client.invoke_openai_async(deployed.name, messages=MESSAGES)
    await client.aclose()
    with pytest.raises(ClientClosedError):
        await client.invoke_openai_async(deployed.name, messages=MESSAGES)
    assert len(data_plane(wire)) == 1


async def test_bad_arguments(client: AgentRuntimeClient, wire: WireLog) -> None:
    with pytest.raises(InvalidParameterError):
        await client.invoke_openai_async("a", messages=MESSAGES, bogus=1)  # type: ignore[call-overload]
    with pytest.raises(InvalidParameterError):
        await client.invoke_openai_async("a")  # type: ignore[call-overload]
    with pytest.raises(InvalidParameterError):
        await client.invoke_openai_async("..", messages=MESSAGES)
    with pytest.raises(InvalidParameterError):
        await client.invoke_openai_async("a", messages=MESSAGES, timeout=-1)
    assert wire.requests == []


async def test_missing_openai_names_the_extra(
    client: AgentRuntimeClient, wire: WireLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "openai", None)
    with pytest.raises(MissingDependencyError) as caught:
        await client.invoke_openai_async("a", messages=MESSAGES)
    assert "pip install 'agentrun-facade[openai]'" in str(caught.value)
    assert wire.requests == []


async def test_invoke_does_not_leak_secrets(
    client: AgentRuntimeClient, deployed: Deployed, local_agentrun: testing.LocalAgentRun
) -> None:
    local_agentrun.script_faults([testing.ScriptedFault("ChatCompletions", "error", status=500)])
    with pytest.raises(ServerError) as caught:
        await client.invoke_openai_async(deployed.name, messages=MESSAGES)
    secret = local_agentrun.settings.access_key_secret
    assert secret not in str(caught.value) and secret not in repr(caught.value)


async def test_runtime_without_name_looks_it_up(
    client: AgentRuntimeClient, deployed: Deployed, wire: WireLog
) -> None:
    stub = await client.get_async(deployed.rt)
    stub.agent_runtime_name = None
    await stub.invoke_openai_async(messages=MESSAGES)
    assert data_plane(wire)[-1].path == path(deployed.name, "Default")
    assert isinstance(stub, AgentRuntime)
    with pytest.raises(InvalidParameterError):
        await AgentRuntimeEndpoint(agent_runtime_id=deployed.rt).invoke_openai_async(
            messages=MESSAGES
        )


# --------------------------------------------------------------------------
# invoke_openai in the DEBUG log, like control-plane calls (record attributes)
# --------------------------------------------------------------------------

FIELDS = ("operation", "method", "path", "status_code", "request_id", "attempt", "elapsed_ms")


def exchange_records(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [
        {name: getattr(r, name) for name in FIELDS}
        for r in caplog.records
        if r.name == "agentrun_facade" and hasattr(r, "status_code")
    ]


async def test_invocations_are_logged_like_control_calls(
    client: AgentRuntimeClient,
    deployed: Deployed,
    wire: WireLog,
    caplog: pytest.LogCaptureFixture,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    caplog.set_level(logging.DEBUG, logger="agentrun_facade")
    await client.get_async(deployed.rt)
    await client.invoke_openai_async(deployed.name, "prod", messages=MESSAGES)
    control, data = exchange_records(caplog)
    assert control["operation"] == "GetAgentRuntime" and control["status_code"] == 200
    assert control["request_id"] == wire.request_ids[0]
    assert data["operation"] == "InvokeOpenAI"
    assert (data["method"], data["status_code"], data["request_id"], data["attempt"]) == (
        "POST",
        200,
        wire.request_ids[1],
        1,
    )
    assert data["path"] == path(deployed.name, "prod")
    assert isinstance(data["elapsed_ms"], float) and data["elapsed_ms"] >= 0
    # A negative check: no record carries the secret key.
    secret = local_agentrun.settings.access_key_secret
    assert all(secret not in r.getMessage() for r in caplog.records)


async def test_retries_of_the_openai_client_are_numbered(
    client: AgentRuntimeClient,
    deployed: Deployed,
    wire: WireLog,
    caplog: pytest.LogCaptureFixture,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    local_agentrun.script_faults([testing.ScriptedFault("ChatCompletions", "error", status=503)])
    caplog.set_level(logging.DEBUG, logger="agentrun_facade")
    await client.invoke_openai_async(deployed.name, messages=MESSAGES, max_retries=1)
    # openai numbers its retries in x-stainless-retry-count; older releases send
    # no number, and every attempt is then logged as attempt 1.
    numbered = "x-stainless-retry-count" in data_plane(wire)[-1].headers
    second = 2 if numbered else 1
    records = exchange_records(caplog)
    assert [(r["status_code"], r["attempt"]) for r in records] == [(503, 1), (200, second)]
