"""What reaches the wire, how errors come back, and how retries behave (sync and async)."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointListInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersionListInput,
    AgentRuntimeVersionPublishInput,
    AuthenticationError,
    ClientClosedError,
    ClientError,
    Config,
    ConflictError,
    InvalidParameterError,
    MalformedResponseError,
    MissingConfigurationError,
    RequestTimeoutError,
    ResourceAlreadyExistError,
    ResourceNotExistError,
    ServerError,
    ThrottlingError,
    TransportError,
    ValidationError,
)
from agentrun_facade.config import USER_AGENT
from agentrun_facade.retry import RetryPolicy
from agentrun_facade.signing import encode_path_segment
from tests.conftest import (
    AK,
    PREFIX,
    SECRET,
    FakeAgentRun,
    NoSleep,
    envelope,
    error,
)

MODES = ["sync", "async"]


def call(client: AgentRuntimeClient, mode: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """Run ``method`` (sync) or ``method_async`` (async) and return its result."""
    if mode == "sync":
        return getattr(client, method)(*args, **kwargs)
    return asyncio.run(getattr(client, f"{method}_async")(*args, **kwargs))


def code() -> AgentRuntimeCode:
    return AgentRuntimeCode(
        language="python3.12", command=["python", "app.py"], zip_file="UEsFBg=="
    )


# --------------------------------------------------------------------------
# The wire request of every operation
# --------------------------------------------------------------------------

Case = tuple[str, Callable[[dict[str, str]], tuple[Any, ...]], str, str, dict[str, str], Any, str]

CASES: list[Case] = [
    (
        "create",
        lambda ids: (AgentRuntimeCreateInput(agent_runtime_name="new", code_configuration=code()),),
        "POST",
        PREFIX,
        {},
        {
            "agentRuntimeName": "new",
            "artifactType": "Code",
            "codeConfiguration": {
                "command": ["python", "app.py"],
                "language": "python3.12",
                "zipFile": "UEsFBg==",
            },
            "cpu": 2,
            "memory": 4096,
            "port": 9000,
            "networkConfiguration": {"networkMode": "PUBLIC"},
        },
        "CreateAgentRuntime",
    ),
    ("get", lambda ids: (ids["rt"],), "GET", f"{PREFIX}/{{rt}}", {}, None, "GetAgentRuntime"),
    (
        "update",
        lambda ids: (ids["rt"], AgentRuntimeUpdateInput(description="d2")),
        "PUT",
        f"{PREFIX}/{{rt}}",
        {},
        # cpu, memory and port always go along, as the runtime has them now.
        {"description": "d2", "cpu": 2, "memory": 4096, "port": 9000},
        "UpdateAgentRuntime",
    ),
    (
        "delete",
        lambda ids: ("ar-free",),
        "DELETE",
        f"{PREFIX}/ar-free",
        {},
        None,
        "DeleteAgentRuntime",
    ),
    (
        "list",
        lambda ids: (AgentRuntimeListInput(agent_runtime_name="seed", page_number=1, page_size=5),),
        "GET",
        PREFIX,
        {"agentRuntimeName": "seed", "pageNumber": "1", "pageSize": "5"},
        None,
        "ListAgentRuntimes",
    ),
    (
        "create_endpoint",
        lambda ids: (ids["rt"], AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="e2")),
        "POST",
        f"{PREFIX}/{{rt}}/endpoints",
        {},
        {"agentRuntimeEndpointName": "e2", "targetVersion": "LATEST"},
        "CreateAgentRuntimeEndpoint",
    ),
    (
        "get_endpoint",
        lambda ids: (ids["rt"], ids["ep"]),
        "GET",
        f"{PREFIX}/{{rt}}/endpoints/{{ep}}",
        {},
        None,
        "GetAgentRuntimeEndpoint",
    ),
    (
        "update_endpoint",
        lambda ids: (ids["rt"], ids["ep"], AgentRuntimeEndpointUpdateInput(description="x")),
        "PUT",
        f"{PREFIX}/{{rt}}/endpoints/{{ep}}",
        {},
        {"description": "x"},
        "UpdateAgentRuntimeEndpoint",
    ),
    (
        "delete_endpoint",
        lambda ids: (ids["rt"], ids["ep"]),
        "DELETE",
        f"{PREFIX}/{{rt}}/endpoints/{{ep}}",
        {},
        None,
        "DeleteAgentRuntimeEndpoint",
    ),
    (
        "list_endpoints",
        lambda ids: (ids["rt"], AgentRuntimeEndpointListInput(endpoint_name="e1", page_number=2)),
        "GET",
        f"{PREFIX}/{{rt}}/endpoints",
        {"endpointName": "e1", "pageNumber": "2", "pageSize": "100"},
        None,
        "ListAgentRuntimeEndpoints",
    ),
    (
        "publish_version",
        lambda ids: (ids["rt"], AgentRuntimeVersionPublishInput(description="v1")),
        "POST",
        f"{PREFIX}/{{rt}}/versions",
        {},
        {"description": "v1"},
        "PublishRuntimeVersion",
    ),
    (
        "list_versions",
        lambda ids: (ids["rt"], AgentRuntimeVersionListInput(page_number=1, page_size=3)),
        "GET",
        f"{PREFIX}/{{rt}}/versions",
        {"pageNumber": "1", "pageSize": "3"},
        None,
        "ListAgentRuntimeVersions",
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_wire_request_of_each_operation(
    case: Case, mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    name, args, method, path, query, body, action = case
    runtime = fake.add_runtime("seed")
    endpoint = fake.add_endpoint(runtime["agentRuntimeId"], "e1")
    fake.runtimes["ar-free"] = {"agentRuntimeId": "ar-free", "agentRuntimeName": "free"}
    fake.endpoints["ar-free"] = {}
    ids = {"rt": runtime["agentRuntimeId"], "ep": endpoint["agentRuntimeEndpointId"]}

    call(client, mode, name, *args(ids))

    sent = fake.requests[-1]
    assert sent.method == method
    assert sent.path == path.format(**ids)
    assert sent.query == query
    assert sent.body == body
    assert sent.action == action
    assert sent.headers["x-acs-version"] == "2025-09-10"
    assert sent.headers["accept"] == "application/json"
    assert sent.headers["user-agent"] == USER_AGENT
    assert sent.headers["authorization"].startswith(f"ACS3-HMAC-SHA256 Credential={AK},")
    if body is None:
        assert "content-type" not in sent.headers
    else:
        assert sent.headers["content-type"].startswith("application/json")


def test_publish_without_input_sends_no_body(
    fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    runtime_id = fake.add_runtime("seed")["agentRuntimeId"]
    version = client.publish_version(runtime_id)
    sent = fake.requests[-1]
    assert sent.body is None and "content-type" not in sent.headers
    assert version.agent_runtime_version == "1"


def test_user_agent_names_versions() -> None:
    assert USER_AGENT.startswith("agentrun-facade/")
    assert " python/3." in USER_AGENT and f" httpx/{httpx.__version__}" in USER_AGENT


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("raw_id", ["a/b", "a b~c", "ü-x", "%41", "x?y#z"])
def test_path_ids_are_encoded_once(
    raw_id: str, mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    fake.script.append(envelope({"agentRuntimeId": raw_id}))
    runtime = call(client, mode, "get", raw_id)
    assert fake.requests[-1].path == f"{PREFIX}/{encode_path_segment(raw_id)}"
    assert runtime.agent_runtime_id == raw_id


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_bad_ids_are_refused_before_sending(
    bad: str, mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    with pytest.raises(InvalidParameterError):
        call(client, mode, "get", bad)
    with pytest.raises(InvalidParameterError):
        call(client, mode, "get_endpoint", "ar-1", bad)
    with pytest.raises(InvalidParameterError):
        call(client, mode, "list_endpoints", bad)
    assert fake.requests == []


def test_missing_credentials_is_a_typed_error(
    fake: FakeAgentRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (
        "AGENTRUN_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "AGENTRUN_ACCESS_KEY_SECRET",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    ):
        monkeypatch.delenv(name, raising=False)
    client = AgentRuntimeClient(Config(control_endpoint="x.test"), transport=fake.transport)
    with pytest.raises(MissingConfigurationError):
        client.get("ar-1")
    assert fake.requests == []


def test_wrong_input_type_is_a_typed_error(client: AgentRuntimeClient) -> None:
    with pytest.raises(InvalidParameterError):
        client.create({"agentRuntimeName": "x"})  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError):
        client.get("ar-1", config={"region_id": "x"})  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Error mapping
# --------------------------------------------------------------------------

ERRORS: list[tuple[httpx.Response, type[Exception]]] = [
    (error(404, "ERR_NOT_FOUND", "agent runtime does not exist"), ResourceNotExistError),
    (error(409, "ERR_RESOURCE_ALREADY_EXISTS", "already exists"), ResourceAlreadyExistError),
    (error(409, "ERR_RESOURCE_BUSY", "runtime busy"), ConflictError),
    (error(400, "ERR_VALIDATION_FAILED", "cpu is required"), ValidationError),
    (error(401, "IncompleteSignature", "no signature"), AuthenticationError),
    (error(403, "SignatureDoesNotMatch", "bad signature"), AuthenticationError),
    (error(429, "Throttling.User", "slow down", **{"Retry-After": "0"}), ThrottlingError),
    (error(500, "ERR_INTERNAL_SERVER_ERROR", "boom"), ServerError),
    (error(502, "ERR_BAD_GATEWAY", "bad gateway"), ServerError),
    (error(503, "ERR_SERVICE_UNAVAILABLE", "unavailable"), ServerError),
    (error(418, "ERR_TEAPOT", "odd"), ClientError),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("response", "expected"), ERRORS, ids=[f"{r.status_code}-{e.__name__}" for r, e in ERRORS]
)
def test_error_statuses_map_to_typed_errors(
    response: httpx.Response,
    expected: type[Exception],
    mode: str,
    fake: FakeAgentRun,
    make_client: Callable[..., AgentRuntimeClient],
) -> None:
    client = make_client(max_retries=0)
    fake.script.append(response)
    with pytest.raises(expected) as caught:
        call(client, mode, "get", "ar-7")
    err = caught.value
    assert type(err) is expected
    assert err.status_code == response.status_code  # type: ignore[attr-defined]
    assert err.error_code == response.json()["code"]  # type: ignore[attr-defined]
    assert err.request_id == f"req-{response.status_code}"  # type: ignore[attr-defined]
    assert err.operation == "GetAgentRuntime"  # type: ignore[attr-defined]
    assert err.resource_type == "AgentRuntime"  # type: ignore[attr-defined]
    assert err.resource_id == "ar-7"  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", MODES)
def test_html_502_is_a_server_error_not_a_decode_error(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(max_retries=0)
    fake.script.append(
        httpx.Response(
            502, text="<html><body>Bad Gateway</body></html>", headers={"x-acs-request-id": "gw"}
        )
    )
    with pytest.raises(ServerError) as caught:
        call(client, mode, "get", "ar-1")
    assert caught.value.status_code == 502
    assert caught.value.request_id == "gw"
    assert "non-JSON" in caught.value.message


def test_endpoint_errors_name_the_endpoint(fake: FakeAgentRun, client: AgentRuntimeClient) -> None:
    runtime_id = fake.add_runtime("seed")["agentRuntimeId"]
    with pytest.raises(ResourceNotExistError) as caught:
        client.get_endpoint(runtime_id, "ep-missing")
    assert caught.value.resource_type == "AgentRuntimeEndpoint"
    assert caught.value.resource_id == f"{runtime_id}/ep-missing"
    existing = fake.add_endpoint(runtime_id, "dup")["agentRuntimeEndpointId"]
    fake.script.append(error(409, "ERR_RESOURCE_ALREADY_EXISTS", "already exists"))
    with pytest.raises(ResourceAlreadyExistError) as dup:
        client.create_endpoint(
            runtime_id, AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="dup")
        )
    # The clash names the endpoint that holds the name.
    assert dup.value.resource_id == f"{runtime_id}/{existing}"
    assert existing in str(dup.value)
    fake.script.append(error(409, "ERR_RESOURCE_ALREADY_EXISTS", "already exists"))
    with pytest.raises(ResourceAlreadyExistError) as created:
        client.create(AgentRuntimeCreateInput(agent_runtime_name="seed", code_configuration=code()))
    assert (created.value.resource_type, created.value.resource_id) == ("AgentRuntime", runtime_id)


MALFORMED = [
    httpx.Response(
        200, content=b'{"code": "SUCCESS", "data": {"agentRunt', headers={"x-acs-request-id": "t"}
    ),
    httpx.Response(
        200, json={"code": "SUCCESS", "requestId": "t"}, headers={"x-acs-request-id": "t"}
    ),
    httpx.Response(200, json=["not", "an", "object"], headers={"x-acs-request-id": "t"}),
    httpx.Response(200, json={"data": {"cpu": "two"}}, headers={"x-acs-request-id": "t"}),
    httpx.Response(200, content=b"", headers={"x-acs-request-id": "t"}),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "response", MALFORMED, ids=["truncated", "no-data", "array", "wrong-type", "empty"]
)
def test_malformed_success_bodies(
    response: httpx.Response, mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    fake.script.append(response)
    with pytest.raises(MalformedResponseError) as caught:
        call(client, mode, "get", "ar-1")
    assert caught.value.status_code == 200
    assert caught.value.request_id == "t"
    assert caught.value.operation == "GetAgentRuntime"


def test_malformed_list_page(fake: FakeAgentRun, client: AgentRuntimeClient) -> None:
    fake.script.append(envelope({"items": [{"agentRuntimeId": 5}], "total": 1}))
    with pytest.raises(MalformedResponseError):
        client.list()


def test_unknown_fields_and_statuses_are_kept(
    fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    fake.script.append(envelope({"agentRuntimeId": "ar-1", "status": "HIBERNATING", "newField": 1}))
    runtime = client.get("ar-1")
    assert runtime.status == "HIBERNATING"
    assert runtime.extra == {"newField": 1}


# --------------------------------------------------------------------------
# Retries
# --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_get_retries_5xx_then_succeeds(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient, no_sleep: NoSleep
) -> None:
    runtime_id = fake.add_runtime("seed")["agentRuntimeId"]
    fake.script.extend([error(503, "ERR_SERVICE_UNAVAILABLE"), error(500, "ERR_INTERNAL")])
    runtime = call(client, mode, "get", runtime_id)
    assert runtime.agent_runtime_id == runtime_id
    assert len(fake.requests) == 3
    assert len(no_sleep.delays) == 2
    # Every attempt is signed afresh (new nonce).
    nonces = {r.headers["x-acs-signature-nonce"] for r in fake.requests}
    assert len(nonces) == 3


@pytest.mark.parametrize("mode", MODES)
def test_retries_are_bounded_by_max_retries(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient], no_sleep: NoSleep
) -> None:
    client = make_client(max_retries=3)
    fake.script.extend([error(503, "ERR_SERVICE_UNAVAILABLE")] * 10)
    with pytest.raises(ServerError):
        call(client, mode, "get", "ar-1")
    assert len(fake.requests) == 4


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_zero_disables_retries(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient], no_sleep: NoSleep
) -> None:
    client = make_client(max_retries=0)
    fake.script.append(error(503, "ERR_SERVICE_UNAVAILABLE"))
    with pytest.raises(ServerError):
        call(client, mode, "get", "ar-1")
    assert len(fake.requests) == 1 and no_sleep.delays == []


@pytest.mark.parametrize("mode", MODES)
def test_post_is_not_retried_on_status_without_reconciliation(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient], no_sleep: NoSleep
) -> None:
    client = make_client(reconcile_writes=False)
    fake.script.append(error(503, "ERR_SERVICE_UNAVAILABLE"))
    with pytest.raises(ServerError):
        call(
            client,
            mode,
            "create",
            AgentRuntimeCreateInput(agent_runtime_name="n", code_configuration=code()),
        )
    assert len(fake.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_post_is_not_retried_after_a_read_timeout_without_reconciliation(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient], no_sleep: NoSleep
) -> None:
    client = make_client(reconcile_writes=False)
    fake.script.append(httpx.ReadTimeout("read timed out"))
    with pytest.raises(RequestTimeoutError) as caught:
        call(
            client,
            mode,
            "create",
            AgentRuntimeCreateInput(agent_runtime_name="n", code_configuration=code()),
        )
    assert len(fake.requests) == 1
    assert caught.value.operation == "CreateAgentRuntime"
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("failure", [httpx.ConnectError("refused"), httpx.PoolTimeout("pool")])
def test_post_is_retried_when_nothing_was_sent(
    failure: Exception, mode: str, fake: FakeAgentRun, client: AgentRuntimeClient, no_sleep: NoSleep
) -> None:
    fake.script.append(failure)
    runtime = call(
        client,
        mode,
        "create",
        AgentRuntimeCreateInput(agent_runtime_name="n", code_configuration=code()),
    )
    assert runtime.agent_runtime_name == "n"
    assert len(fake.calls("CreateAgentRuntime")) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "failure", [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("eof"), httpx.ReadError("rst")]
)
def test_get_is_retried_after_transport_failures(
    failure: Exception, mode: str, fake: FakeAgentRun, client: AgentRuntimeClient, no_sleep: NoSleep
) -> None:
    runtime_id = fake.add_runtime("seed")["agentRuntimeId"]
    fake.script.append(failure)
    assert call(client, mode, "get", runtime_id).agent_runtime_id == runtime_id
    assert len(fake.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_transport_failure_after_last_attempt(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient, no_sleep: NoSleep
) -> None:
    fake.script.extend([httpx.ConnectError("refused")] * 3)
    with pytest.raises(TransportError) as caught:
        call(client, mode, "get", "ar-1")
    assert not isinstance(caught.value, RequestTimeoutError)
    assert "3 attempt(s)" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("header", ["Retry-After", "x-acs-retry-after"])
def test_retry_after_is_honoured(
    header: str, mode: str, fake: FakeAgentRun, client: AgentRuntimeClient, no_sleep: NoSleep
) -> None:
    runtime_id = fake.add_runtime("seed")["agentRuntimeId"]
    fake.script.append(error(429, "Throttling.User", **{header: "7"}))
    call(client, mode, "get", runtime_id)
    assert no_sleep.delays == [7.0]


@pytest.mark.parametrize("mode", MODES)
def test_acs_retry_after_on_a_4xx_is_throttling_and_retried_for_get(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient, no_sleep: NoSleep
) -> None:
    runtime_id = fake.add_runtime("seed")["agentRuntimeId"]
    fake.script.append(error(400, "ERR_BUSY", **{"x-acs-retry-after": "6"}))
    assert call(client, mode, "get", runtime_id).agent_runtime_id == runtime_id
    assert no_sleep.delays == [6.0]
    assert len(fake.calls("GetAgentRuntime")) == 2


@pytest.mark.parametrize("mode", MODES)
def test_throttled_post_is_retried_after_the_delay_asked(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient], no_sleep: NoSleep
) -> None:
    # A throttled request was not processed: repeating it cannot create twice,
    # with or without reconciliation.
    client = make_client(reconcile_writes=False)
    fake.script.append(error(429, "ERR_BUSY", **{"x-acs-retry-after": "6"}))
    runtime = call(
        client,
        mode,
        "create",
        AgentRuntimeCreateInput(agent_runtime_name="n", code_configuration=code()),
    )
    assert runtime.agent_runtime_name == "n"
    assert len(fake.calls("CreateAgentRuntime")) == 2 and no_sleep.delays == [6.0]
    assert len(fake.runtimes) == 1


@pytest.mark.parametrize("mode", MODES)
def test_throttled_post_that_stays_throttled_raises_throttling_error(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient, no_sleep: NoSleep
) -> None:
    fake.script.extend([error(429, "Throttling.User", **{"x-acs-retry-after": "6"})] * 3)
    with pytest.raises(ThrottlingError) as caught:
        call(
            client,
            mode,
            "create",
            AgentRuntimeCreateInput(agent_runtime_name="n", code_configuration=code()),
        )
    assert caught.value.status_code == 429 and caught.value.retry_after == 6.0
    assert len(fake.calls("CreateAgentRuntime")) == 3 and fake.runtimes == {}


@pytest.mark.parametrize("mode", MODES)
def test_acs_retry_after_on_a_5xx_get_waits_that_long(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient, no_sleep: NoSleep
) -> None:
    runtime_id = fake.add_runtime("seed")["agentRuntimeId"]
    fake.script.append(error(500, "ERR_INTERNAL_SERVER_ERROR", **{"x-acs-retry-after": "6"}))
    assert call(client, mode, "get", runtime_id).agent_runtime_id == runtime_id
    assert no_sleep.delays == [6.0]


@pytest.mark.parametrize("mode", MODES)
def test_throttling_error_carries_retry_after(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(max_retries=0)
    fake.script.append(error(429, "Throttling.User", **{"x-acs-retry-after": "3"}))
    with pytest.raises(ThrottlingError) as caught:
        call(client, mode, "get", "ar-1")
    assert caught.value.retry_after == 3.0


@pytest.mark.parametrize("mode", MODES)
def test_backoff_grows_and_stays_within_bounds(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient], no_sleep: NoSleep
) -> None:
    policy = RetryPolicy(backoff_base=0.5, backoff_cap=1.5, rng=random.Random(7))
    client = AgentRuntimeClient(
        make_client().config.merge(Config(max_retries=4)),
        transport=fake.transport,
        retry_policy=policy,
    )
    fake.script.extend([error(500, "ERR_INTERNAL")] * 5)
    with pytest.raises(ServerError):
        call(client, mode, "get", "ar-1")
    assert len(no_sleep.delays) == 4
    ceilings = [0.5, 1.0, 1.5, 1.5]
    for delay, ceiling in zip(no_sleep.delays, ceilings, strict=True):
        assert 0.0 <= delay <= ceiling
    # Same seed, same jitter: the sequence is reproducible.
    expected_rng = random.Random(7)
    assert no_sleep.delays == [c * expected_rng.random() for c in ceilings]


# --------------------------------------------------------------------------
# Configuration, pooling, lifecycle
# --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_per_call_config_override_reuses_the_pool(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient, no_sleep: NoSleep
) -> None:
    runtime_id = fake.add_runtime("seed")["agentRuntimeId"]
    call(client, mode, "get", runtime_id)
    fake.script.append(error(503, "ERR_SERVICE_UNAVAILABLE"))
    override = Config(
        control_endpoint="https://other.example:8443/base",
        headers={"x-trace": "abc"},
        max_retries=0,
    )
    with pytest.raises(ServerError):
        call(client, mode, "get", runtime_id, config=override)
    sent = fake.requests[-1]
    assert sent.headers["host"] == "other.example:8443"
    assert sent.path == f"/base{PREFIX}/{runtime_id}"
    assert sent.headers["x-trace"] == "abc"
    assert len(fake.requests) == 2  # max_retries=0 from the override
    call(client, mode, "get", runtime_id)
    assert fake.requests[-1].headers["host"] == "agentrun.test.example"
    assert "x-trace" not in fake.requests[-1].headers


def test_config_headers_and_sts_token_are_sent(
    fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    fake.expected_token = "sts-token-not-real"
    client = make_client(security_token="sts-token-not-real", headers={"x-custom": "1"})
    runtime_id = fake.add_runtime("seed")["agentRuntimeId"]
    client.get(runtime_id)
    sent = fake.requests[-1]
    assert sent.headers["x-acs-security-token"] == "sts-token-not-real"
    assert sent.headers["x-custom"] == "1"


def test_timeouts_are_explicit(
    fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    seen: list[dict[str, float | None]] = []

    def capture(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return envelope({"agentRuntimeId": "ar-1"})

    client = make_client(timeout=3.0, read_timeout=42.0)
    fake.script.append(capture)
    client.get("ar-1")
    fake.script.append(capture)
    client.get("ar-1", config=Config(read_timeout=5.0))
    assert seen[0] == {"connect": 3.0, "read": 42.0, "write": 3.0, "pool": 3.0}
    assert seen[1]["read"] == 5.0


def test_close_and_context_managers(
    fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    runtime_id = fake.add_runtime("seed")["agentRuntimeId"]
    with make_client() as client:
        client.get(runtime_id)
    with pytest.raises(ClientClosedError, match="was closed"):
        client.get(runtime_id)

    async def scenario() -> AgentRuntimeClient:
        async with make_client() as aclient:
            await aclient.get_async(runtime_id)
            aclient.get(runtime_id)
        return aclient

    closed = asyncio.run(scenario())
    with pytest.raises(ClientClosedError, match="was closed"):
        asyncio.run(closed.get_async(runtime_id))
    with pytest.raises(ClientClosedError, match="was closed"):
        closed.get(runtime_id)


# --------------------------------------------------------------------------
# Logs and reprs never carry secrets
# --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_debug_logs_carry_no_secret(
    mode: str,
    fake: FakeAgentRun,
    make_client: Callable[..., AgentRuntimeClient],
    caplog: pytest.LogCaptureFixture,
    no_sleep: NoSleep,
) -> None:
    client = make_client(security_token="sts-token-not-real", headers={"x-api-key": "hdr-secret"})
    fake.expected_token = "sts-token-not-real"
    runtime_id = fake.add_runtime("seed", environmentVariables={"PASSWORD": "env-secret"})[
        "agentRuntimeId"
    ]
    fake.script.append(error(503, "ERR_SERVICE_UNAVAILABLE"))
    with caplog.at_level(logging.DEBUG, logger="agentrun_facade"):
        call(client, mode, "get", runtime_id)
        call(client, mode, "update", runtime_id, AgentRuntimeUpdateInput(description="body-text"))
    text = caplog.text
    # One DEBUG record per attempt (two for the retried GET, one for the update).
    assert [r.levelno for r in caplog.records].count(logging.DEBUG) >= 3
    for secret in (
        SECRET,
        "sts-token-not-real",
        "hdr-secret",
        "env-secret",
        "body-text",
        "Signature=",
    ):
        assert secret not in text
    assert all(r.name.startswith("agentrun_facade") for r in caplog.records)


def test_reprs_and_errors_hide_secrets(
    fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(security_token="sts-token-not-real", max_retries=0)
    fake.script.append(httpx.ConnectError("refused"))
    with pytest.raises(TransportError) as caught:
        client.get("ar-1")
    for text in (
        repr(client),
        str(client),
        str(caught.value),
        repr(caught.value),
        repr(client.config),
    ):
        assert SECRET not in text
        assert "sts-token-not-real" not in text
    fake.add_runtime("r", environmentVariables={"TOKEN": "env-secret"})
    assert "env-secret" not in repr(client.list())
