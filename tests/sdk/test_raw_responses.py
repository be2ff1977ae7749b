"""``client.with_raw_response``: every method, its HTTP response and ``parse()``.

Against the local emulator for the calls themselves, and ``httpx.MockTransport``
(through the public ``transport=`` seam) for answers the emulator never gives:
a retried 503, a malformed 2xx, headers that carry secrets.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
from typing import Any

import httpx
import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersionPublishInput,
    Config,
    HTTPError,
    MalformedResponseError,
    RawResponse,
    ResourceNotExistError,
)
from agentrun_facade.retry import RetryPolicy
from tests.emulated import Emulator

pytest.importorskip("agentrun_facade.testing")

MODES = ["sync", "async"]
NOT_METHODS = {"close", "aclose", "with_config", "with_raw_response"}


@pytest.fixture
def client(emulator_client: AgentRuntimeClient) -> AgentRuntimeClient:
    return emulator_client


def raw(client: AgentRuntimeClient, mode: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """``client.with_raw_response.<method>(...)`` in the given flavour."""
    if mode == "sync":
        return getattr(client.with_raw_response, method)(*args, **kwargs)

    async def run() -> Any:
        return await getattr(client.with_raw_response, f"{method}_async")(*args, **kwargs)

    return asyncio.run(run())


def plain(client: AgentRuntimeClient, mode: str, method: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        return getattr(client, method)(*args, **kwargs)

    async def run() -> Any:
        return await getattr(client, f"{method}_async")(*args, **kwargs)

    return asyncio.run(run())


def runtime_input(name: str) -> AgentRuntimeCreateInput:
    return AgentRuntimeCreateInput(
        agent_runtime_name=name,
        code_configuration=AgentRuntimeCode(
            language="python3.12", command=["python", "app.py"], zip_file="UEsFBg=="
        ),
    )


def check_response(response: RawResponse[Any], operations: list[str], *expected: str) -> None:
    """``response`` is the last of the responses to ``expected``, in that order."""
    assert response.status_code == 200
    assert response.request_id and response.request_id == response.headers["X-Acs-Request-Id"]
    assert isinstance(response.elapsed, datetime.timedelta)
    assert response.elapsed > datetime.timedelta(0)
    assert response.content is not None
    assert json.loads(response.content)["requestId"] == response.request_id
    assert response.response_count == len(expected)
    assert operations == list(expected)


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


# -- control plane, against the emulator -----------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_each_call_returns_its_response_and_parses_to_the_plain_result(
    mode: str, client: AgentRuntimeClient, emulator: Emulator
) -> None:
    def call(method: str, operation: str | tuple[str, ...], *args: Any) -> Any:
        emulator.clear()
        response = raw(client, mode, method, *args)
        expected = operation if isinstance(operation, tuple) else (operation,)
        check_response(response, emulator.operations, *expected)
        return response.parse()

    created = call("create", "CreateAgentRuntime", runtime_input("raw"))
    runtime_id = created.agent_runtime_id
    assert created.agent_runtime_name == "raw"
    fetched = call("get", "GetAgentRuntime", runtime_id)
    assert fetched.to_wire() == plain(client, mode, "get", runtime_id).to_wire()
    # memory and port are read first: every update carries cpu, memory and port.
    reads_then_updates = ("GetAgentRuntime", "UpdateAgentRuntime")
    assert call("update", reads_then_updates, runtime_id, AgentRuntimeUpdateInput(cpu=4)).cpu == 4
    endpoint = call(
        "create_endpoint",
        "CreateAgentRuntimeEndpoint",
        runtime_id,
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="ep"),
    )
    endpoint_id = endpoint.agent_runtime_endpoint_id
    ids = (runtime_id, endpoint_id)
    assert call("get_endpoint", "GetAgentRuntimeEndpoint", *ids).agent_runtime_endpoint_name == "ep"
    update = AgentRuntimeEndpointUpdateInput(description="d")
    call("update_endpoint", "UpdateAgentRuntimeEndpoint", *ids, update)
    assert [
        e.agent_runtime_endpoint_id
        for e in call("list_endpoints", "ListAgentRuntimeEndpoints", runtime_id)
    ] == [endpoint_id]
    version = call(
        "publish_version",
        # The versions are noted first, so that a lost answer can be found again.
        ("ListAgentRuntimeVersions", "PublishRuntimeVersion"),
        runtime_id,
        AgentRuntimeVersionPublishInput(description="v"),
    )
    listed = call("list_versions", "ListAgentRuntimeVersions", runtime_id)
    assert [v.agent_runtime_version for v in listed] == [version.agent_runtime_version]
    assert call("delete_endpoint", "DeleteAgentRuntimeEndpoint", *ids).agent_runtime_endpoint_id
    assert call("delete", "DeleteAgentRuntime", runtime_id).agent_runtime_id == runtime_id


@pytest.mark.parametrize("mode", MODES)
def test_a_listing_describes_the_page_read_last(
    mode: str, client: AgentRuntimeClient, emulator: Emulator
) -> None:
    for index in range(7):
        client.create(runtime_input(f"rt-{index}"))
    emulator.clear()
    query = AgentRuntimeListInput(page_size=3)
    response = raw(client, mode, "list", query, Config(max_concurrency=1))
    assert emulator.operations == ["ListAgentRuntimes"] * 3
    assert response.response_count == 3
    assert json.loads(response.content)["data"]["pageNumber"] == 3
    assert [r.agent_runtime_name for r in response.parse()] == [f"rt-{i}" for i in range(7)]


@pytest.mark.parametrize("mode", MODES)
def test_iter_reads_the_first_page_now_and_the_pager_does_not_read_it_again(
    mode: str, client: AgentRuntimeClient, emulator: Emulator
) -> None:
    for index in range(5):
        client.create(runtime_input(f"rt-{index}"))
    emulator.clear()
    query = AgentRuntimeListInput(page_size=2)
    response = raw(client, mode, "iter_runtimes", query)
    assert emulator.operations == ["ListAgentRuntimes"]
    assert json.loads(response.content)["data"]["pageNumber"] == 1
    pager = response.parse()
    if mode == "sync":
        pages = list(pager.by_page())
    else:

        async def read() -> list[Any]:
            return [page async for page in pager.by_page()]

        pages = asyncio.run(read())
    assert [page.page_number for page in pages] == [1, 2, 3]
    assert [r.agent_runtime_name for p in pages for r in p.items] == [f"rt-{i}" for i in range(5)]
    assert emulator.operations == ["ListAgentRuntimes"] * 3


@pytest.mark.parametrize("mode", MODES)
def test_an_error_answer_raises_the_plain_error_with_its_headers(
    mode: str, client: AgentRuntimeClient
) -> None:
    with pytest.raises(ResourceNotExistError) as caught:
        raw(client, mode, "get", "ar-missing")
    error = caught.value
    assert error.headers["x-acs-request-id"] == error.request_id
    assert "content-type" in error.headers


def serving(client: AgentRuntimeClient, name: str) -> None:
    """A ready runtime ``name`` with a ready endpoint ``ep``."""
    pytest.importorskip("openai")
    runtime = client.create(runtime_input(name))
    runtime.wait_until_ready_or_failed(interval_seconds=0.01, timeout_seconds=10)
    endpoint = runtime.create_endpoint(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="ep")
    )
    endpoint.wait_until_ready_or_failed(interval_seconds=0.01, timeout_seconds=10)


@pytest.mark.parametrize("mode", MODES)
def test_invoke_describes_the_data_plane_response(mode: str, client: AgentRuntimeClient) -> None:
    serving(client, "talk")
    messages = [{"role": "user", "content": "hello raw"}]
    response = raw(client, mode, "invoke_openai", "talk", "ep", messages=messages)
    assert response.status_code == 200
    assert response.content is not None and b"hello raw" in response.content
    assert "hello raw" in (response.parse().choices[0].message.content or "")


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


def envelope(data: Any) -> dict[str, Any]:
    return {"code": "SUCCESS", "requestId": "req-1", "data": data}


def echoing(status: int, body: Any) -> httpx.MockTransport:
    """Answers every request with ``status`` and ``body``, echoing its headers back
    along with cookies and key-like headers."""

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

    return httpx.MockTransport(handle)


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
        raw(client, mode, "get", "ar-1")
    error = caught.value
    assert_no_secret(error.headers, str(error), repr(error))

    client = AgentRuntimeClient(CONFIG, transport=echoing(200, envelope(RUNTIME)))
    response = raw(client, mode, "get", "ar-1")
    assert_no_secret(response.headers, repr(response))
    assert response.parse().agent_runtime_name == "one"


def test_a_malformed_body_is_raised_by_parse_not_by_the_call() -> None:
    client = AgentRuntimeClient(CONFIG, transport=echoing(200, b"<html>proxy page</html>"))
    response = client.with_raw_response.get("ar-1")
    assert response.status_code == 200
    assert response.content == b"<html>proxy page</html>"
    with pytest.raises(MalformedResponseError, match="not valid JSON"):
        response.parse()
    with pytest.raises(MalformedResponseError):
        client.get("ar-1")


@pytest.mark.parametrize("mode", MODES)
def test_a_retried_call_describes_the_last_attempt(mode: str) -> None:
    answers = [
        httpx.Response(
            503, json={"code": "ERR_INTERNAL_SERVER_ERROR"}, headers={"x-acs-request-id": "req-a"}
        ),
        httpx.Response(200, json=envelope(RUNTIME), headers={"x-acs-request-id": "req-b"}),
    ]
    transport = httpx.MockTransport(lambda request: answers.pop(0))
    policy = RetryPolicy(backoff_base=0.0, backoff_cap=0.0)
    client = AgentRuntimeClient(CONFIG, transport=transport, retry_policy=policy)
    response = raw(client, mode, "get", "ar-1")
    assert (response.status_code, response.request_id, response.response_count) == (200, "req-b", 2)


def test_a_data_plane_error_keeps_its_headers(client: AgentRuntimeClient) -> None:
    pytest.importorskip("openai")
    with pytest.raises(HTTPError) as caught:
        client.invoke_openai("no-such-runtime", messages=[{"role": "user", "content": "hi"}])
    error = caught.value
    assert error.status_code == 404
    assert error.headers["x-acs-request-id"]
    assert "authorization" not in error.headers
