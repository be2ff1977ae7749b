"""The data plane of the local emulator: OpenAI-compatible chat completions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, cast

import httpx
import openai
import pytest

from agentrun_facade.signing import DataPlaneAuth
from agentrun_facade.testing import LocalAgentRun
from tests.emulator.bodies import runtime_body


def deploy(local: LocalAgentRun, runtime: str, endpoint: str = "Default") -> str:
    """Create a runtime and an endpoint; return the endpoint's public URL."""
    created = local.call("CreateAgentRuntime", body=runtime_body(runtime))
    runtime_id = created.json()["data"]["agentRuntimeId"]
    made = local.call(
        "CreateAgentRuntimeEndpoint",
        agentRuntimeId=runtime_id,
        body={"agentRuntimeEndpointName": endpoint},
    )
    assert made.status_code == 200, made.text
    return str(made.json()["data"]["endpointPublicUrl"])


@pytest.fixture
def http(local: LocalAgentRun) -> Iterator[httpx.Client]:
    auth = DataPlaneAuth(local.credentials, region=local.settings.region)
    with httpx.Client(auth=auth) as client:
        yield client


def openai_client(http: httpx.Client, url: str) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=f"{url}/openai/v1", api_key="x", http_client=cast(Any, http), max_retries=0
    )


def test_public_url_points_at_the_emulator(local: LocalAgentRun) -> None:
    url = deploy(local, "echo")

    assert url == f"{local.url}/agent-runtimes/echo/endpoints/Default/invocations"


def test_openai_client_gets_an_echo(local: LocalAgentRun, http: httpx.Client) -> None:
    client = openai_client(http, deploy(local, "echo"))

    completion = client.chat.completions.create(
        model="anything",
        messages=[
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": "first question"},
            {"role": "assistant", "content": "answer"},
            {"role": "user", "content": "what is up"},
        ],
    )

    assert completion.object == "chat.completion"
    assert completion.model == "echo"
    choice = completion.choices[0]
    assert choice.message.role == "assistant"
    assert choice.message.content == "echo: what is up"
    assert choice.finish_reason == "stop"
    assert completion.usage is not None
    assert completion.usage.prompt_tokens == 2 + 2 + 1 + 3
    assert completion.usage.completion_tokens == 4
    assert completion.usage.total_tokens == 12


def test_openai_client_streams_one_chunk_per_word(local: LocalAgentRun, http: httpx.Client) -> None:
    client = openai_client(http, deploy(local, "echo"))

    chunks = list(
        client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "stream me please"}], stream=True
        )
    )

    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    words = [c.choices[0].delta.content for c in chunks[1:-1]]
    assert words == ["echo:", " stream", " me", " please"]
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert len({c.id for c in chunks}) == 1


def test_stream_is_server_sent_events_ending_with_done(
    local: LocalAgentRun, http: httpx.Client
) -> None:
    url = deploy(local, "echo") + "/openai/v1/chat/completions"
    body = {
        "model": "m",
        "stream": True,
        "stream_options": {"include_usage": True},
        "messages": [{"role": "user", "content": [{"type": "text", "text": "two words"}]}],
    }

    response = http.post(url, json=body)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [line[len("data: ") :] for line in response.text.splitlines() if line]
    assert events[-1] == "[DONE]"
    usage = json.loads(events[-2])
    assert usage["choices"] == [] and usage["usage"]["completion_tokens"] == 3


def test_percent_encoded_names_are_decoded(local: LocalAgentRun, http: httpx.Client) -> None:
    url = deploy(local, "team a/echo", "blue green")
    assert "/agent-runtimes/team%20a%2Fecho/endpoints/blue%20green/" in url

    completion = openai_client(http, url).chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}]
    )

    assert completion.model == "team a/echo"


def call(
    http: httpx.Client, local: LocalAgentRun, runtime: str, endpoint: str, body: Any
) -> httpx.Response:
    path = f"/agent-runtimes/{runtime}/endpoints/{endpoint}/invocations/openai/v1/chat/completions"
    return http.post(local.url + path, json=body)


def test_unknown_runtime_and_endpoint_are_404(local: LocalAgentRun, http: httpx.Client) -> None:
    deploy(local, "echo")
    body = {"messages": [{"role": "user", "content": "hi"}]}

    no_runtime = call(http, local, "ghost", "Default", body)
    no_endpoint = call(http, local, "echo", "Other", body)

    assert no_runtime.status_code == 404 and no_runtime.json()["code"] == "ERR_NOT_FOUND"
    assert no_runtime.json()["message"] == "AgentRuntime(ghost) does not exist"
    assert no_endpoint.status_code == 404
    assert no_endpoint.json()["message"] == "AgentRuntimeEndpoint(echo/Other) does not exist"


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"model": "m"}, "messages: is required"),
        ({"messages": []}, "messages: must have at least 1"),
        ({"messages": [{"content": "x"}]}, "messages[0].role: is required"),
        ({"messages": "hello"}, "messages: must be of type array"),
    ],
)
def test_malformed_chat_requests_are_400(
    local: LocalAgentRun, http: httpx.Client, body: dict[str, Any], fragment: str
) -> None:
    deploy(local, "echo")

    response = call(http, local, "echo", "Default", body)

    assert response.status_code == 400
    assert response.json()["code"] == "ERR_VALIDATION_FAILED"
    assert fragment in response.json()["message"]
