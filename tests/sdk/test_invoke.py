"""invoke_openai: URL, AGENTRUN4 signature, streaming, errors, pooling (sync and async)."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeEndpoint,
    ClientClosedError,
    InvalidParameterError,
    MissingDependencyError,
    RequestTimeoutError,
    ResourceNotExistError,
    ServerError,
)
from tests.conftest import AK, SECRET, FakeAgentRun

BASE = "/agent-runtimes/{rt}/endpoints/{ep}/invocations/openai/v1/chat/completions"
HOST = "1234567890-ram.agentrun-data.cn-hangzhou.aliyuncs.com"
MODES = ["sync", "async"]


def completion(model: str, text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def sse(model: str, words: list[str]) -> bytes:
    chunks = []
    for word in words:
        chunk = {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 1700000000,
            "model": model,
            "choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}],
        }
        chunks.append(f"data: {json.dumps(chunk)}\n\n")
    chunks.append("data: [DONE]\n\n")
    return "".join(chunks).encode()


class Echo:
    """Data-plane handler: echoes the last user message, as one reply or a stream."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        body = json.loads(request.content)
        text = body["messages"][-1]["content"]
        if body.get("stream"):
            return httpx.Response(
                200,
                content=sse(body["model"], text.split()),
                headers={"content-type": "text/event-stream"},
            )
        return httpx.Response(200, json=completion(body["model"], f"echo: {text}"))


@pytest.fixture
def echo(fake: FakeAgentRun) -> Echo:
    handler = Echo()
    fake.data_handler = handler
    return handler


MESSAGES = [{"role": "user", "content": "hello there"}]


def invoke(target: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
    """Run invoke_openai and, for streams, return the list of chunk texts."""
    if mode == "sync":
        result = target.invoke_openai(*args, **kwargs)
        if kwargs.get("stream"):
            return [c.choices[0].delta.content for c in result]
        return result

    async def go() -> Any:
        result = await target.invoke_openai_async(*args, **kwargs)
        if kwargs.get("stream"):
            return [c.choices[0].delta.content async for c in result]
        return result

    return asyncio.run(go())


@pytest.mark.parametrize("mode", MODES)
def test_non_streaming_call_is_signed_and_addressed_by_name(
    mode: str, echo: Echo, client: AgentRuntimeClient
) -> None:
    reply = invoke(client, mode, "my agent", "prod", messages=MESSAGES, temperature=0.2)
    assert reply.choices[0].message.content == "echo: hello there"
    assert reply.model == "my agent"
    sent = echo.requests[-1]
    assert sent.url.host == HOST
    assert sent.url.raw_path.decode() == BASE.format(rt="my%20agent", ep="prod")
    assert sent.headers["agentrun-authorization"].startswith(
        f"AGENTRUN4-HMAC-SHA256 Credential={AK}/"
    )
    assert "/cn-hangzhou/agentrun/aliyun_v4_request," in sent.headers["agentrun-authorization"]
    assert sent.headers["x-acs-content-sha256"] == "UNSIGNED-PAYLOAD"
    assert "authorization" not in sent.headers
    body = json.loads(sent.content)
    assert body["temperature"] == 0.2 and body["stream"] is False


@pytest.mark.parametrize("mode", MODES)
def test_streaming_call(mode: str, echo: Echo, client: AgentRuntimeClient) -> None:
    words = invoke(client, mode, "agent", messages=MESSAGES, stream=True)
    assert words == ["hello", "there"]
    assert echo.requests[-1].url.raw_path.decode() == BASE.format(rt="agent", ep="Default")


@pytest.mark.parametrize("mode", MODES)
def test_resource_invoke(
    mode: str, fake: FakeAgentRun, echo: Echo, client: AgentRuntimeClient
) -> None:
    runtime_id = fake.add_runtime("rt-name")["agentRuntimeId"]
    endpoint_id = fake.add_endpoint(runtime_id, "blue")["agentRuntimeEndpointId"]
    runtime = client.get(runtime_id)
    reply = invoke(runtime, mode, "blue", messages=MESSAGES)
    assert reply.choices[0].message.content == "echo: hello there"
    assert echo.requests[-1].url.raw_path.decode() == BASE.format(rt="rt-name", ep="blue")
    endpoint = client.get_endpoint(runtime_id, endpoint_id)
    words = invoke(endpoint, mode, messages=MESSAGES, stream=True)
    assert words == ["hello", "there"]
    assert echo.requests[-1].url.raw_path.decode() == BASE.format(rt="rt-name", ep="blue")
    assert fake.calls("GetAgentRuntime"), "the endpoint looked its runtime name up"


@pytest.mark.parametrize("mode", MODES)
def test_sts_token_and_custom_data_endpoint(
    mode: str, fake: FakeAgentRun, echo: Echo, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(
        security_token="sts-token-not-real",
        data_endpoint="https://data.custom.example:9443",
        headers={"x-tenant": "t"},
    )
    invoke(client, mode, "a", messages=MESSAGES)
    sent = echo.requests[-1]
    assert sent.url.host == "data.custom.example"  # custom hosts get no -ram suffix
    assert sent.headers["x-acs-security-token"] == "sts-token-not-real"
    assert sent.headers["x-tenant"] == "t"


@pytest.mark.parametrize("mode", MODES)
def test_service_errors_are_typed(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    fake.data_handler = lambda request: httpx.Response(
        404,
        json={"code": "ERR_NOT_FOUND", "message": "endpoint does not exist", "requestId": "d-1"},
        headers={"x-acs-request-id": "d-1"},
    )
    with pytest.raises(ResourceNotExistError) as caught:
        invoke(client, mode, "rt", "blue", messages=MESSAGES)
    err = caught.value
    assert (err.operation, err.resource_type, err.resource_id) == (
        "InvokeOpenAI",
        "AgentRuntimeEndpoint",
        "rt/blue",
    )
    assert err.request_id == "d-1"
    assert err.__cause__ is not None
    assert len(fake.requests) == 1  # OpenAI's own retries are off

    fake.data_handler = lambda request: httpx.Response(503, text="<html>down</html>")
    with pytest.raises(ServerError):
        invoke(client, mode, "rt", messages=MESSAGES)


@pytest.mark.parametrize("mode", MODES)
def test_timeouts_are_typed(mode: str, fake: FakeAgentRun, client: AgentRuntimeClient) -> None:
    fake.script.append(httpx.ReadTimeout("slow"))
    with pytest.raises(RequestTimeoutError):
        invoke(client, mode, "rt", messages=MESSAGES, timeout=1.5)


@pytest.mark.parametrize("mode", MODES)
def test_user_can_enable_openai_retries(
    mode: str,
    fake: FakeAgentRun,
    echo: Echo,
    client: AgentRuntimeClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("openai._base_client.BaseClient._calculate_retry_timeout", lambda *a: 0.0)
    fake.script.append(httpx.Response(503, json={"code": "ERR_SERVICE_UNAVAILABLE"}))
    reply = invoke(client, mode, "rt", messages=MESSAGES, max_retries=1)
    assert reply.choices[0].message.content == "echo: hello there"
    signatures = [r.headers["agentrun-authorization"] for r in fake.requests[-2:]]
    assert all(s.startswith("AGENTRUN4-HMAC-SHA256") for s in signatures)


def test_a_closed_client_refuses_to_invoke(echo: Echo, client: AgentRuntimeClient) -> None:
    client.invoke_openai("a", messages=MESSAGES)
    client.close()
    with pytest.raises(ClientClosedError):
        client.invoke_openai("a", messages=MESSAGES)


def test_bad_arguments(client: AgentRuntimeClient) -> None:
    with pytest.raises(InvalidParameterError):
        client.invoke_openai("a", messages=MESSAGES, bogus=1)  # type: ignore[call-arg]
    with pytest.raises(InvalidParameterError):
        client.invoke_openai("a")  # type: ignore[call-arg]
    with pytest.raises(InvalidParameterError):
        client.invoke_openai("..", messages=MESSAGES)
    with pytest.raises(InvalidParameterError):
        client.invoke_openai("a", messages=MESSAGES, timeout=-1)


def test_missing_openai_names_the_extra(
    client: AgentRuntimeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "openai", None)
    with pytest.raises(MissingDependencyError) as caught:
        client.invoke_openai("a", messages=MESSAGES)
    assert "pip install 'agentrun-facade[openai]'" in str(caught.value)
    with pytest.raises(MissingDependencyError):
        asyncio.run(client.invoke_openai_async("a", messages=MESSAGES))


def test_invoke_does_not_leak_secrets(fake: FakeAgentRun, client: AgentRuntimeClient) -> None:
    fake.data_handler = lambda request: httpx.Response(500, json={"message": "boom"})
    with pytest.raises(ServerError) as caught:
        client.invoke_openai("a", messages=MESSAGES)
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)


def test_runtime_without_name_looks_it_up(
    fake: FakeAgentRun, echo: Echo, client: AgentRuntimeClient
) -> None:
    runtime_id = fake.add_runtime("looked-up")["agentRuntimeId"]
    stub = client.get(runtime_id)
    stub.agent_runtime_name = None
    stub.invoke_openai(messages=MESSAGES)
    assert echo.requests[-1].url.raw_path.decode() == BASE.format(rt="looked-up", ep="Default")
    assert isinstance(stub, AgentRuntime)
    with pytest.raises(InvalidParameterError):
        AgentRuntimeEndpoint(agent_runtime_id=runtime_id).invoke_openai(messages=MESSAGES)
