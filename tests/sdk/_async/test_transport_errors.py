"""How error answers and bad bodies come back: typed errors naming operation and resource.

Errors the emulator gives (missing, duplicate, invalid, unsigned, throttled,
5xx) come from the emulator; answers it never gives (an HTML gateway page, a
truncated body, odd codes) are served in its place by the client's transport
(``wire.script``). Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AuthenticationError,
    ClientError,
    Config,
    ConflictError,
    HTTPError,
    MalformedResponseError,
    ResourceAlreadyExistError,
    ResourceNotExistError,
    ServerError,
    ThrottlingError,
    ValidationError,
)
from tests.sdk.conftest import testing
from tests.sdk.inputs import runtime_input, unique
from tests.sdk.wire import WireLog, envelope, error

NESTED = b"[" * 3000 + b"]" * 3000


@pytest.fixture
def local_config(local_config: Config) -> Config:
    """No retries: each test sees the first answer."""
    return local_config.merge(Config(max_retries=0))


def check(
    err: HTTPError,
    kind: type[HTTPError],
    status: int,
    code: str,
    operation: str,
    resource: tuple[str, str],
) -> None:
    assert type(err) is kind
    assert err.status_code == status
    assert err.error_code == code
    assert err.request_id
    assert err.operation == operation
    assert (err.resource_type, err.resource_id) == resource


# --------------------------------------------------------------------------
# Errors the emulator answers
# --------------------------------------------------------------------------


async def test_a_missing_runtime_is_resource_not_exist(client: AgentRuntimeClient) -> None:
    with pytest.raises(ResourceNotExistError) as caught:
        await client.get_async("ar-missing")
    check(
        caught.value,
        ResourceNotExistError,
        404,
        "ERR_NOT_FOUND",
        "GetAgentRuntime",
        ("AgentRuntime", "ar-missing"),
    )


async def test_a_duplicate_name_names_the_resource_that_holds_it(
    client: AgentRuntimeClient,
) -> None:
    name = unique("dup")
    runtime = await client.create_async(runtime_input(name))
    runtime_id = runtime.agent_runtime_id or ""
    with pytest.raises(ResourceAlreadyExistError) as created:
        await client.create_async(runtime_input(name))
    check(
        created.value,
        ResourceAlreadyExistError,
        409,
        "ERR_RESOURCE_ALREADY_EXISTS",
        "CreateAgentRuntime",
        ("AgentRuntime", runtime_id),
    )
    existing = await client.create_endpoint_async(
        runtime_id, AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="dup")
    )
    existing_id = existing.agent_runtime_endpoint_id or ""
    with pytest.raises(ResourceAlreadyExistError) as dup:
        await client.create_endpoint_async(
            runtime_id, AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="dup")
        )
    assert dup.value.resource_type == "AgentRuntimeEndpoint"
    assert dup.value.resource_id == f"{runtime_id}/{existing_id}"
    assert existing_id in str(dup.value)


async def test_a_missing_endpoint_names_runtime_and_endpoint(client: AgentRuntimeClient) -> None:
    runtime = await client.create_async(runtime_input(unique("noep")))
    runtime_id = runtime.agent_runtime_id or ""
    with pytest.raises(ResourceNotExistError) as caught:
        await client.get_endpoint_async(runtime_id, "ep-missing")
    check(
        caught.value,
        ResourceNotExistError,
        404,
        "ERR_NOT_FOUND",
        "GetAgentRuntimeEndpoint",
        ("AgentRuntimeEndpoint", f"{runtime_id}/ep-missing"),
    )


async def test_an_invalid_body_is_a_validation_error(client: AgentRuntimeClient) -> None:
    runtime = await client.create_async(runtime_input(unique("invalid")))
    runtime_id = runtime.agent_runtime_id or ""
    endpoint = await client.create_endpoint_async(
        runtime_id, AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="e")
    )
    endpoint_id = endpoint.agent_runtime_endpoint_id or ""
    with pytest.raises(ValidationError) as caught:
        await client.update_endpoint_async(
            runtime_id, endpoint_id, AgentRuntimeEndpointUpdateInput(target_version="99")
        )
    check(
        caught.value,
        ValidationError,
        400,
        "ERR_VALIDATION_FAILED",
        "UpdateAgentRuntimeEndpoint",
        ("AgentRuntimeEndpoint", f"{runtime_id}/{endpoint_id}"),
    )


async def test_a_wrong_secret_is_an_authentication_error(client: AgentRuntimeClient) -> None:
    with pytest.raises(AuthenticationError) as caught:
        await client.get_async("ar-1", config=Config(access_key_secret="not-the-secret"))
    check(
        caught.value,
        AuthenticationError,
        403,
        "SignatureDoesNotMatch",
        "GetAgentRuntime",
        ("AgentRuntime", "ar-1"),
    )


async def test_a_throttled_answer_is_a_throttling_error_with_its_delay(
    client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    local_agentrun.script_faults(
        [testing.ScriptedFault("GetAgentRuntime", kind="throttle", retry_after=3)]
    )
    with pytest.raises(ThrottlingError) as caught:
        await client.get_async("ar-7")
    check(
        caught.value,
        ThrottlingError,
        429,
        "Throttling.User",
        "GetAgentRuntime",
        ("AgentRuntime", "ar-7"),
    )
    assert caught.value.retry_after == 3.0


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_a_5xx_is_a_server_error(
    status: int, client: AgentRuntimeClient, local_agentrun: testing.LocalAgentRun
) -> None:
    local_agentrun.script_faults([testing.ScriptedFault("GetAgentRuntime", status=status)])
    with pytest.raises(ServerError) as caught:
        await client.get_async("ar-7")
    assert caught.value.status_code == status
    assert caught.value.request_id
    assert (caught.value.operation, caught.value.resource_id) == ("GetAgentRuntime", "ar-7")


# --------------------------------------------------------------------------
# Answers the emulator never gives
# --------------------------------------------------------------------------

ODD_ERRORS: list[tuple[httpx.Response, type[HTTPError]]] = [
    (error(409, "ERR_RESOURCE_BUSY", "runtime busy"), ConflictError),
    (error(401, "IncompleteSignature", "no signature"), AuthenticationError),
    (error(429, "Throttling", "slow down", **{"Retry-After": "0"}), ThrottlingError),
    (error(502, "ERR_BAD_GATEWAY", "bad gateway"), ServerError),
    (error(418, "ERR_TEAPOT", "odd"), ClientError),
]


@pytest.mark.parametrize(
    ("response", "expected"),
    ODD_ERRORS,
    ids=[f"{r.status_code}-{e.__name__}" for r, e in ODD_ERRORS],
)
async def test_error_codes_map_to_typed_errors(
    response: httpx.Response,
    expected: type[HTTPError],
    client: AgentRuntimeClient,
    wire: WireLog,
) -> None:
    wire.script(response)
    with pytest.raises(expected) as caught:
        await client.get_async("ar-7")
    check(
        caught.value,
        expected,
        response.status_code,
        response.json()["code"],
        "GetAgentRuntime",
        ("AgentRuntime", "ar-7"),
    )
    assert caught.value.request_id == f"req-{response.status_code}"


async def test_html_502_is_a_server_error_not_a_decode_error(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    wire.script(
        httpx.Response(
            502, text="<html><body>Bad Gateway</body></html>", headers={"x-acs-request-id": "gw"}
        )
    )
    with pytest.raises(ServerError) as caught:
        await client.get_async("ar-1")
    assert caught.value.status_code == 502
    assert caught.value.request_id == "gw"
    assert "non-JSON" in caught.value.message


@pytest.mark.parametrize(("status", "kind"), [(400, ValidationError), (500, ServerError)])
async def test_deeply_nested_json_in_an_error_keeps_its_status(
    status: int, kind: type[HTTPError], client: AgentRuntimeClient, wire: WireLog
) -> None:
    wire.script(httpx.Response(status, content=NESTED))
    with pytest.raises(kind) as raised:
        await client.get_async("ar-1")
    assert raised.value.status_code == status


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
    httpx.Response(200, content=NESTED, headers={"x-acs-request-id": "t"}),
]


@pytest.mark.parametrize(
    "response", MALFORMED, ids=["truncated", "no-data", "array", "wrong-type", "empty", "nested"]
)
async def test_malformed_success_bodies(
    response: httpx.Response, client: AgentRuntimeClient, wire: WireLog
) -> None:
    wire.script(response)
    with pytest.raises(MalformedResponseError) as caught:
        await client.get_async("ar-1")
    assert caught.value.status_code == 200
    assert caught.value.request_id == "t"
    assert caught.value.operation == "GetAgentRuntime"


async def test_malformed_list_page(client: AgentRuntimeClient, wire: WireLog) -> None:
    wire.script(envelope({"items": [{"agentRuntimeId": 5}], "total": 1}))
    with pytest.raises(MalformedResponseError):
        await client.list_async()


async def test_unknown_fields_and_statuses_are_kept(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    wire.script(envelope({"agentRuntimeId": "ar-1", "status": "HIBERNATING", "newField": 1}))
    runtime = await client.get_async("ar-1")
    assert runtime.status == "HIBERNATING"
    assert runtime.extra == {"newField": 1}


async def test_delete_response_without_id_still_names_the_runtime(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    wire.script(envelope({"agentRuntimeName": ""}))
    assert (await client.delete_async("ar-gone")).agent_runtime_id == "ar-gone"


# --------------------------------------------------------------------------
# Listing answers that contradict themselves
# --------------------------------------------------------------------------


async def test_listing_errors_name_the_operation_resource_and_request(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.create_async(runtime_input(unique("huge")))
    runtime_id = runtime.agent_runtime_id or ""
    wire.script(
        envelope(
            {"items": [], "pageNumber": 1, "pageSize": 1, "total": 10**9}, request_id="req-huge"
        )
    )
    with pytest.raises(MalformedResponseError) as caught:
        [e async for e in client.iter_endpoints_async(runtime_id)]
    err = caught.value
    assert err.operation == "ListAgentRuntimeEndpoints"
    assert (err.resource_type, err.resource_id) == ("AgentRuntime", runtime_id)
    assert err.request_id == "req-huge"
    assert isinstance(err.__cause__, MalformedResponseError)
    text = str(err)
    assert "more than 10000 pages" in text
    assert f"AgentRuntime({runtime_id})" in text and "ListAgentRuntimeEndpoints" in text


def runtime_item(index: int) -> dict[str, Any]:
    return {"agentRuntimeId": f"ar-{index:05d}", "agentRuntimeName": f"rt-{index:05d}"}


async def test_inconsistent_total_in_a_later_page_names_that_page_request(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    item = runtime_item(1)
    wire.script(
        envelope({"items": [item], "pageNumber": 1, "pageSize": 1, "total": 2}, "req-p1"),
        envelope({"items": [item], "pageNumber": 2, "pageSize": 1, "total": -4}, "req-p2"),
    )
    with pytest.raises(MalformedResponseError) as caught:
        [r async for r in client.iter_runtimes_async(config=Config(page_size=1))]
    err = caught.value
    assert err.operation == "ListAgentRuntimes" and err.resource_type == "AgentRuntime"
    assert err.request_id == "req-p2"
    assert "total=-4" in str(err)


def short_pages(request: httpx.Request) -> httpx.Response:
    """Page 1 holds 3 items and later pages none, although the total says 5."""
    page = int(request.url.params.get("pageNumber", "1"))
    items = [runtime_item(i) for i in range(3)] if page == 1 else []
    return envelope({"items": items, "total": 5, "pageNumber": page, "pageSize": 3})


async def test_a_total_that_contradicts_the_items_on_every_read_is_malformed(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    replies: list[Callable[[httpx.Request], httpx.Response]] = [short_pages] * 30
    wire.script(*replies)
    with pytest.raises(MalformedResponseError) as raised:
        await client.list_async()
    assert "every read" in str(raised.value)
    assert raised.value.operation == "ListAgentRuntimes"
