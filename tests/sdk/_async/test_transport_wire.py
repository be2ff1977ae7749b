"""What reaches the wire: method, path, query, headers, body bytes and signature.

The emulator answers and checks each signature; the client's transport (the
``wire`` fixture, ``tests.sdk.wire.WireLog``) notes each request as it was
sent. Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointListInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersionListInput,
    AgentRuntimeVersionPublishInput,
    Config,
    InvalidParameterError,
    MissingConfigurationError,
    ResourceNotExistError,
)
from agentrun_facade.config import USER_AGENT
from tests.sdk.conftest import testing
from tests.sdk.inputs import STS, runtime_input, unique
from tests.sdk.wire import WireLog

PREFIX = "/2025-09-10/agents/runtimes"


# --------------------------------------------------------------------------
# The wire request of every operation
# --------------------------------------------------------------------------


@attrs.frozen
class Ids:
    runtime: str
    endpoint: str
    spare: str
    name: str


@attrs.frozen
class Case:
    """One operation: how to call it, and the request it must send."""

    name: str
    call: Callable[[AgentRuntimeClient, Ids], Any]
    method: str
    path: str
    query: Callable[[Ids], dict[str, str]]
    body: Any
    action: str


def no_query(_: Ids) -> dict[str, str]:
    return {}


CASES = [
    Case(
        "create",
        lambda c, ids: c.create_async(runtime_input(ids.name + "-new")),
        "POST",
        PREFIX,
        no_query,
        {
            "agentRuntimeName": "{name}-new",
            "artifactType": "Code",
            "codeConfiguration": {
                "command": ["python", "main.py"],
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
    Case(
        "get",
        lambda c, ids: c.get_async(ids.runtime),
        "GET",
        PREFIX + "/{runtime}",
        no_query,
        None,
        "GetAgentRuntime",
    ),
    Case(
        "update",
        lambda c, ids: c.update_async(ids.runtime, AgentRuntimeUpdateInput(description="d2")),
        "PUT",
        PREFIX + "/{runtime}",
        no_query,
        # cpu, memory and port always go along, as the runtime has them now.
        {"description": "d2", "cpu": 2, "memory": 4096, "port": 9000},
        "UpdateAgentRuntime",
    ),
    Case(
        "delete",
        lambda c, ids: c.delete_async(ids.spare),
        "DELETE",
        PREFIX + "/{spare}",
        no_query,
        None,
        "DeleteAgentRuntime",
    ),
    Case(
        "list",
        lambda c, ids: c.list_async(
            AgentRuntimeListInput(agent_runtime_name=ids.name, page_number=1, page_size=5)
        ),
        "GET",
        PREFIX,
        lambda ids: {"agentRuntimeName": ids.name, "pageNumber": "1", "pageSize": "5"},
        None,
        "ListAgentRuntimes",
    ),
    Case(
        "create_endpoint",
        lambda c, ids: c.create_endpoint_async(
            ids.runtime, AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="e2")
        ),
        "POST",
        PREFIX + "/{runtime}/endpoints",
        no_query,
        {"agentRuntimeEndpointName": "e2", "targetVersion": "LATEST"},
        "CreateAgentRuntimeEndpoint",
    ),
    Case(
        "get_endpoint",
        lambda c, ids: c.get_endpoint_async(ids.runtime, ids.endpoint),
        "GET",
        PREFIX + "/{runtime}/endpoints/{endpoint}",
        no_query,
        None,
        "GetAgentRuntimeEndpoint",
    ),
    Case(
        "update_endpoint",
        lambda c, ids: c.update_endpoint_async(
            ids.runtime, ids.endpoint, AgentRuntimeEndpointUpdateInput(description="x")
        ),
        "PUT",
        PREFIX + "/{runtime}/endpoints/{endpoint}",
        no_query,
        {"description": "x"},
        "UpdateAgentRuntimeEndpoint",
    ),
    Case(
        "delete_endpoint",
        lambda c, ids: c.delete_endpoint_async(ids.runtime, ids.endpoint),
        "DELETE",
        PREFIX + "/{runtime}/endpoints/{endpoint}",
        no_query,
        None,
        "DeleteAgentRuntimeEndpoint",
    ),
    Case(
        "list_endpoints",
        lambda c, ids: c.list_endpoints_async(
            ids.runtime, AgentRuntimeEndpointListInput(endpoint_name="e1", page_number=2)
        ),
        "GET",
        PREFIX + "/{runtime}/endpoints",
        lambda ids: {"endpointName": "e1", "pageNumber": "2", "pageSize": "5"},
        None,
        "ListAgentRuntimeEndpoints",
    ),
    Case(
        "publish_version",
        lambda c, ids: c.publish_version_async(
            ids.runtime, AgentRuntimeVersionPublishInput(description="v1")
        ),
        "POST",
        PREFIX + "/{runtime}/versions",
        no_query,
        {"description": "v1"},
        "PublishRuntimeVersion",
    ),
    Case(
        "list_versions",
        lambda c, ids: c.list_versions_async(
            ids.runtime, AgentRuntimeVersionListInput(page_number=1, page_size=3)
        ),
        "GET",
        PREFIX + "/{runtime}/versions",
        lambda ids: {"pageNumber": "1", "pageSize": "3"},
        None,
        "ListAgentRuntimeVersions",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_wire_request_of_each_operation(
    case: Case, client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    name = unique("wire")
    runtime = await client.create_async(runtime_input(name))
    spare = await client.create_async(runtime_input(name + "-spare"))
    endpoint = await client.create_endpoint_async(
        runtime.agent_runtime_id or "",
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="e1"),
    )
    ids = Ids(
        runtime.agent_runtime_id or "",
        endpoint.agent_runtime_endpoint_id or "",
        spare.agent_runtime_id or "",
        name,
    )
    wire.clear()

    await case.call(client, ids)

    sent = wire.requests[-1]
    assert sent.method == case.method
    assert sent.path == case.path.format(**attrs.asdict(ids))
    assert sent.query == case.query(ids)
    body = case.body
    if body is not None and "agentRuntimeName" in body:
        body = {**body, "agentRuntimeName": body["agentRuntimeName"].format(name=name)}
    assert sent.body == body
    assert sent.action == case.action
    assert sent.headers["x-acs-version"] == "2025-09-10"
    assert sent.headers["accept"] == "application/json"
    assert sent.headers["user-agent"] == USER_AGENT
    key = local_agentrun.credentials.access_key_id
    assert sent.headers["authorization"].startswith(f"ACS3-HMAC-SHA256 Credential={key},")
    if body is None:
        assert "content-type" not in sent.headers
    else:
        assert sent.headers["content-type"].startswith("application/json")
    # The emulator checked the signature of every request it answered.
    assert local_agentrun.verified_keys[-1].access_key_id == key


async def test_publish_without_input_sends_no_body(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.create_async(runtime_input(unique("nobody")))
    version = await client.publish_version_async(runtime.agent_runtime_id or "")
    sent = wire.calls("PublishRuntimeVersion")[-1]
    assert sent.content == b"" and "content-type" not in sent.headers
    assert version.agent_runtime_version == "1"


async def test_body_is_sent_as_compact_signed_utf8_json(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime = await client.create_async(runtime_input(unique("utf8")))
    body = AgentRuntimeUpdateInput(
        description="żółw ok", cpu=1, memory=2048, port=80, extra={"n": 1.5}
    )
    updated = await client.update_async(runtime.agent_runtime_id or "", body)
    (sent,) = wire.calls("UpdateAgentRuntime")
    assert sent.content == (
        '{"n":1.5,"cpu":1,"description":"żółw ok","memory":2048,"port":80}'.encode()
    )
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["content-length"] == str(len(sent.content))
    assert sent.headers["x-acs-content-sha256"] == hashlib.sha256(sent.content).hexdigest()
    # The emulator verified the signature over these bytes and stored what they say.
    assert updated.description == "żółw ok"


# --------------------------------------------------------------------------
# Path segments
# --------------------------------------------------------------------------


@pytest.mark.parametrize("raw_id", ["a/b", "a b~c", "ü-x", "%41", "x?y#z"])
async def test_path_ids_are_encoded_once(
    raw_id: str,
    client: AgentRuntimeClient,
    wire: WireLog,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    decoded: list[str] = []
    local_agentrun.before_request(
        lambda op, query, params: decoded.append(params["agentRuntimeId"])
    )
    with pytest.raises(ResourceNotExistError) as caught:
        await client.get_async(raw_id)
    # The server decodes the path segment back to the id the caller gave.
    assert decoded == [raw_id]
    assert caught.value.resource_id == raw_id
    assert "/" not in wire.requests[-1].path[len(PREFIX) + 1 :]


@pytest.mark.parametrize("bad", ["", ".", ".."])
async def test_bad_ids_are_refused_before_sending(
    bad: str, client: AgentRuntimeClient, wire: WireLog
) -> None:
    with pytest.raises(InvalidParameterError):
        await client.get_async(bad)
    with pytest.raises(InvalidParameterError):
        await client.get_endpoint_async("ar-1", bad)
    with pytest.raises(InvalidParameterError):
        await client.list_endpoints_async(bad)
    assert wire.requests == []


# --------------------------------------------------------------------------
# Refused before sending
# --------------------------------------------------------------------------


async def test_missing_credentials_is_a_typed_error(
    wire: WireLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (
        "AGENTRUN_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "AGENTRUN_ACCESS_KEY_SECRET",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    ):
        monkeypatch.delenv(name, raising=False)
    client = AgentRuntimeClient(Config(control_endpoint="x.test"), async_transport=wire)
    with pytest.raises(MissingConfigurationError):
        await client.get_async("ar-1")
    await client.aclose()
    assert wire.requests == []


async def test_wrong_input_type_is_a_typed_error(client: AgentRuntimeClient, wire: WireLog) -> None:
    with pytest.raises(InvalidParameterError):
        await client.create_async({"agentRuntimeName": "x"})  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError):
        await client.get_async("ar-1", config={"region_id": "x"})  # type: ignore[arg-type]
    assert wire.requests == []


@pytest.mark.parametrize(
    ("value", "problem"),
    [(object(), "object"), (float("nan"), "NaN"), (float("inf"), "NaN")],
    ids=["object", "nan", "inf"],
)
async def test_unencodable_body_is_a_typed_error_before_sending(
    value: Any, problem: str, client: AgentRuntimeClient, wire: WireLog
) -> None:
    secret_marker = "value-must-not-leak"
    body = AgentRuntimeUpdateInput(description=secret_marker, extra={"x": value})
    with pytest.raises(InvalidParameterError) as caught:
        await client.update_async("rt1", body)
    text = str(caught.value)
    assert "UpdateAgentRuntime" in text and problem in text
    assert secret_marker not in text
    assert wire.requests == []


async def test_header_values_with_line_breaks_are_refused_in_per_call_configs(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    with pytest.raises(InvalidParameterError):
        await client.get_async("ar-1", Config(headers={"X-Token": "abc\n"}))
    assert wire.requests == []


# --------------------------------------------------------------------------
# Headers and timeouts from the configuration
# --------------------------------------------------------------------------


async def test_config_headers_and_sts_token_are_sent(
    sts_config: Config, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    config = sts_config.merge(Config(headers={"x-custom": "1"}))
    async with AgentRuntimeClient(config, async_transport=wire) as client:
        assert await client.list_async(AgentRuntimeListInput(agent_runtime_name="none")) == []
    sent = wire.requests[-1]
    assert sent.headers["x-acs-security-token"] == "sts-token-not-real"
    assert sent.headers["x-custom"] == "1"
    # The emulator accepted the request signed with the token.
    assert local_agentrun.verified_keys[-1].access_key_id == STS.access_key_id
    assert local_agentrun.verified_keys[-1].with_token


async def test_timeouts_are_explicit(local_config: Config, wire: WireLog) -> None:
    config = local_config.merge(Config(timeout=3.0, read_timeout=42.0))
    async with AgentRuntimeClient(config, async_transport=wire) as client:
        runtime = await client.create_async(runtime_input(unique("timeouts")))
        runtime_id = runtime.agent_runtime_id or ""
        wire.clear()
        await client.get_async(runtime_id)
        await client.get_async(runtime_id, config=Config(read_timeout=5.0))
    first, second = wire.requests
    assert first.timeout == {"connect": 3.0, "read": 42.0, "write": 3.0, "pool": 3.0}
    assert second.timeout["read"] == 5.0


async def test_per_call_config_override_applies_to_that_call_only(
    client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    runtime = await client.create_async(runtime_input(unique("override")))
    runtime_id = runtime.agent_runtime_id or ""
    local_agentrun.script_faults([testing.ScriptedFault("GetAgentRuntime", status=503, times=3)])
    wire.clear()
    override = Config(
        control_endpoint=f"http://localhost:{local_agentrun.port}/base",
        headers={"x-trace": "abc"},
        max_retries=0,
    )
    with pytest.raises(ResourceNotExistError):
        await client.get_async(runtime_id, config=override)
    sent = wire.requests[-1]
    assert sent.url.host == "localhost"
    assert sent.path == f"/base{PREFIX}/{runtime_id}"
    assert sent.headers["x-trace"] == "abc"
    # max_retries=0 from the override: no second attempt.
    assert len(wire.requests) == 1
    wire.clear()
    assert (await client.get_async(runtime_id)).agent_runtime_id == runtime_id
    # Back on the client's own settings: its endpoint, no extra header, retries (3 faults).
    assert [r.path for r in wire.requests] == [f"{PREFIX}/{runtime_id}"] * 4
    assert {r.url.host for r in wire.requests} == {"127.0.0.1"}
    assert all("x-trace" not in r.headers for r in wire.requests)
