"""``client.with_raw_response``: every method, its HTTP response and ``parse()``.

The calls themselves are tested once, async, against the emulator in
``tests/sdk/_async/test_raw_responses.py``. Here: the surface, streams, and
answers the emulator never gives, scripted in the client's transport
(``WireLog.script``): a retried 503, a malformed 2xx, headers that carry
secrets.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from typing import Any

import httpx
import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeEndpointCreateInput,
    Config,
    HTTPError,
    MalformedResponseError,
    RawResponse,
)
from tests.sdk.inputs import runtime_input
from tests.sdk.waits import NO_WAIT
from tests.sdk.wire import WireLog, envelope, error

pytest.importorskip("agentrun_facade.testing")

MODES = ["sync", "async"]
NOT_METHODS = {"close", "aclose", "with_config", "with_raw_response"}


@pytest.fixture
def client(emulator_client: AgentRuntimeClient) -> AgentRuntimeClient:
    return emulator_client


def raw_get(client: AgentRuntimeClient, mode: str, runtime_id: str) -> RawResponse[AgentRuntime]:
    """``client.with_raw_response.get`` (sync) or ``get_async`` (async)."""
    if mode == "sync":
        return client.with_raw_response.get(runtime_id)
    return asyncio.run(client.with_raw_response.get_async(runtime_id))


# -- the surface ---------------------------------------------------------------


def test_every_client_method_has_a_raw_twin_with_the_same_parameters() -> None:
    client = AgentRuntimeClient(Config())
    methods = [
        name
        for name, member in inspect.getmembers(AgentRuntimeClient)
        if callable(member) and not name.startswith("_") and name not in NOT_METHODS
    ]
    assert len(methods) >= 32
    for name in methods:
        twin = getattr(client.with_raw_response, name, None)
        assert twin is not None, f"{name} has no raw twin in agentrun_facade/_async/raw_methods.py"
        original = inspect.signature(getattr(client, name))
        assert inspect.signature(twin).parameters == original.parameters, name
        is_async = name.endswith("_async")
        assert inspect.iscoroutinefunction(twin) is is_async, name


# -- streams, against the emulator ---------------------------------------------


def serving(client: AgentRuntimeClient, name: str) -> None:
    """A ready runtime ``name`` with a ready endpoint ``ep``."""
    pytest.importorskip("openai")
    runtime = client.create(runtime_input(name))
    runtime.wait_until_ready_or_failed(interval_seconds=0.01, timeout_seconds=10)
    endpoint = runtime.create_endpoint(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="ep")
    )
    endpoint.wait_until_ready_or_failed(interval_seconds=0.01, timeout_seconds=10)


def test_a_stream_has_headers_but_no_content_read(client: AgentRuntimeClient) -> None:
    serving(client, "stream")
    messages = [{"role": "user", "content": "a b"}]
    response = client.with_raw_response.invoke_openai(
        "stream", "ep", messages=messages, stream=True
    )
    assert response.status_code == 200
    assert response.content is None
    assert "event-stream" in response.headers["content-type"]
    text = "".join(c.choices[0].delta.content or "" for c in response.parse() if c.choices)
    assert "a b" in text


# -- answers the emulator never gives ------------------------------------------

SECRET = "not-a-real-secret-value"
TOKEN = "not-a-real-sts-token"
CONFIG = Config(
    access_key_id="AKIDfake",
    access_key_secret=SECRET,
    security_token=TOKEN,
    region_id="cn-hangzhou",
    account_id="1234567890",
    control_endpoint="https://agentrun.example.test",
)
RUNTIME = {"agentRuntimeId": "ar-1", "agentRuntimeName": "one", "status": "READY"}


def echoing(status: int, body: Any, times: int = 1) -> WireLog:
    """A transport answering the next ``times`` requests with ``status`` and ``body``,
    echoing their headers back along with cookies and key-like headers."""

    def handle(request: httpx.Request) -> httpx.Response:
        headers = [(name, value) for name, value in request.headers.multi_items()]
        headers += [
            ("Set-Cookie", f"session={TOKEN}"),
            ("X-Api-Key", SECRET),
            ("X-Echo-Password", SECRET),
            ("Proxy-Authenticate", f"Basic realm={TOKEN}"),
            ("x-acs-request-id", "req-echo"),
        ]
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        return httpx.Response(status, headers=headers, content=content)

    wire = WireLog()
    wire.script(*[handle] * times)
    return wire


def assert_no_secret(headers: httpx.Headers, *texts: str) -> None:
    names = {name.lower() for name in headers}
    assert "authorization" not in names
    assert not {n for n in names if "token" in n or "cookie" in n or "key" in n}
    assert not {n for n in names if "signature" in n or "password" in n or "auth" in n}
    flat = repr(headers.multi_items())
    for text in (flat, *texts):
        assert SECRET not in text
        assert TOKEN not in text
    # The harmless ones stay.
    assert headers["x-acs-request-id"] == "req-echo"
    assert "x-acs-date" in headers


@pytest.mark.parametrize("mode", MODES)
def test_no_secret_reaches_error_or_raw_headers(mode: str) -> None:
    client = AgentRuntimeClient(CONFIG, transport=echoing(404, {"code": "ERR_NOT_FOUND"}))
    with pytest.raises(HTTPError) as caught:
        raw_get(client, mode, "ar-1")
    error = caught.value
    assert_no_secret(error.headers, str(error), repr(error))

    client = AgentRuntimeClient(
        CONFIG, transport=echoing(200, {"code": "SUCCESS", "requestId": "req-1", "data": RUNTIME})
    )
    response = raw_get(client, mode, "ar-1")
    assert_no_secret(response.headers, repr(response))
    assert response.parse().agent_runtime_name == "one"


def test_a_malformed_body_is_raised_by_parse_not_by_the_call() -> None:
    client = AgentRuntimeClient(CONFIG, transport=echoing(200, b"<html>proxy page</html>", times=2))
    response = client.with_raw_response.get("ar-1")
    assert response.status_code == 200
    assert response.content == b"<html>proxy page</html>"
    with pytest.raises(MalformedResponseError, match="not valid JSON"):
        response.parse()
    with pytest.raises(MalformedResponseError):
        client.get("ar-1")


@pytest.mark.parametrize("mode", MODES)
def test_a_retried_call_describes_the_last_attempt(mode: str) -> None:
    wire = WireLog()
    wire.script(error(503, "ERR_INTERNAL_SERVER_ERROR"), envelope(RUNTIME, "req-b"))
    client = AgentRuntimeClient(CONFIG, transport=wire, retry_policy=NO_WAIT)
    response = raw_get(client, mode, "ar-1")
    assert (response.status_code, response.request_id, response.response_count) == (200, "req-b", 2)


def test_a_data_plane_error_keeps_its_headers(client: AgentRuntimeClient) -> None:
    pytest.importorskip("openai")
    with pytest.raises(HTTPError) as caught:
        client.invoke_openai("no-such-runtime", messages=[{"role": "user", "content": "hi"}])
    error = caught.value
    assert error.status_code == 404
    assert error.headers["x-acs-request-id"]
    assert "authorization" not in error.headers
