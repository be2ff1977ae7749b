"""Each of the 12 operations is callable through the generated client.

The handler behind ``httpx.MockTransport`` checks method, path, query and body
exactly as they travel on the wire.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from agentrun_client import Client
from agentrun_client.api.endpoints import (
    create_agent_runtime_endpoint,
    delete_agent_runtime_endpoint,
    get_agent_runtime_endpoint,
    list_agent_runtime_endpoints,
    update_agent_runtime_endpoint,
)
from agentrun_client.api.runtimes import (
    create_agent_runtime,
    delete_agent_runtime,
    get_agent_runtime,
    list_agent_runtimes,
    update_agent_runtime,
)
from agentrun_client.api.versions import list_agent_runtime_versions, publish_runtime_version
from agentrun_client.models import (
    AgentRuntimeEndpointResult,
    AgentRuntimeResult,
    AgentRuntimeVersionResult,
    CodeConfiguration,
    CreateAgentRuntimeEndpointInput,
    CreateAgentRuntimeInput,
    ErrorResult,
    ListAgentRuntimeEndpointsResult,
    ListAgentRuntimesResult,
    ListAgentRuntimeVersionsResult,
    NetworkConfiguration,
    PublishRuntimeVersionInput,
    RoutingConfiguration,
    UpdateAgentRuntimeEndpointInput,
    UpdateAgentRuntimeInput,
    VersionWeight,
)

BASE = "https://agentrun.cn-hangzhou.aliyuncs.com"
RT = "/2025-09-10/agents/runtimes"

RUNTIME = {"agentRuntimeId": "ar-1", "agentRuntimeName": "demo", "status": "READY"}
ENDPOINT = {"agentRuntimeEndpointId": "are-1", "agentRuntimeId": "ar-1", "status": "READY"}
VERSION = {"agentRuntimeId": "ar-1", "agentRuntimeVersion": "1"}


def _page(item: dict[str, Any]) -> dict[str, Any]:
    return {"items": [item], "pageNumber": 2, "pageSize": 10, "total": 11}


Case = tuple[
    Callable[[Client], Any],  # the call
    str,  # method
    str,  # raw path
    str,  # raw query
    Any,  # body as JSON, or None for no body
    dict[str, Any],  # response data
    type,  # expected parsed type
]

CASES: dict[str, Case] = {
    "CreateAgentRuntime": (
        lambda c: create_agent_runtime.sync_detailed(
            client=c,
            body=CreateAgentRuntimeInput(
                agent_runtime_name="demo",
                artifact_type="Code",
                cpu=2.0,
                memory=4096,
                port=9000,
                network_configuration=NetworkConfiguration(network_mode="PUBLIC"),
                code_configuration=CodeConfiguration(zip_file="UEsF", checksum="42"),
            ),
        ),
        "POST",
        RT,
        "",
        {
            "agentRuntimeName": "demo",
            "artifactType": "Code",
            "codeConfiguration": {"checksum": "42", "zipFile": "UEsF"},
            "cpu": 2.0,
            "memory": 4096,
            "networkConfiguration": {"networkMode": "PUBLIC"},
            "port": 9000,
        },
        RUNTIME,
        AgentRuntimeResult,
    ),
    "GetAgentRuntime": (
        lambda c: get_agent_runtime.sync_detailed("ar 1/x", client=c, agent_runtime_version="3"),
        "GET",
        f"{RT}/ar%201%2Fx",
        "agentRuntimeVersion=3",
        None,
        RUNTIME,
        AgentRuntimeResult,
    ),
    "UpdateAgentRuntime": (
        lambda c: update_agent_runtime.sync_detailed(
            "ar-1", client=c, body=UpdateAgentRuntimeInput(description="new")
        ),
        "PUT",
        f"{RT}/ar-1",
        "",
        {"description": "new"},
        RUNTIME,
        AgentRuntimeResult,
    ),
    "DeleteAgentRuntime": (
        lambda c: delete_agent_runtime.sync_detailed("ar-1", client=c),
        "DELETE",
        f"{RT}/ar-1",
        "",
        None,
        {"agentRuntimeId": "ar-1"},
        AgentRuntimeResult,
    ),
    "ListAgentRuntimes": (
        lambda c: list_agent_runtimes.sync_detailed(
            client=c, page_number=2, page_size=10, status="READY,CREATING"
        ),
        "GET",
        RT,
        "pageNumber=2&pageSize=10&status=READY%2CCREATING",
        None,
        _page(RUNTIME),
        ListAgentRuntimesResult,
    ),
    "CreateAgentRuntimeEndpoint": (
        lambda c: create_agent_runtime_endpoint.sync_detailed(
            "ar-1",
            client=c,
            body=CreateAgentRuntimeEndpointInput(
                agent_runtime_endpoint_name="Default", target_version="LATEST"
            ),
        ),
        "POST",
        f"{RT}/ar-1/endpoints",
        "",
        {"agentRuntimeEndpointName": "Default", "targetVersion": "LATEST"},
        ENDPOINT,
        AgentRuntimeEndpointResult,
    ),
    "GetAgentRuntimeEndpoint": (
        lambda c: get_agent_runtime_endpoint.sync_detailed("ar-1", "are-1", client=c),
        "GET",
        f"{RT}/ar-1/endpoints/are-1",
        "",
        None,
        ENDPOINT,
        AgentRuntimeEndpointResult,
    ),
    "UpdateAgentRuntimeEndpoint": (
        lambda c: update_agent_runtime_endpoint.sync_detailed(
            "ar-1",
            "are-1",
            client=c,
            body=UpdateAgentRuntimeEndpointInput(
                routing_configuration=RoutingConfiguration(
                    version_weights=[VersionWeight(version="1", weight=0.25)]
                )
            ),
        ),
        "PUT",
        f"{RT}/ar-1/endpoints/are-1",
        "",
        {"routingConfiguration": {"versionWeights": [{"version": "1", "weight": 0.25}]}},
        ENDPOINT,
        AgentRuntimeEndpointResult,
    ),
    "DeleteAgentRuntimeEndpoint": (
        lambda c: delete_agent_runtime_endpoint.sync_detailed("ar-1", "are-1", client=c),
        "DELETE",
        f"{RT}/ar-1/endpoints/are-1",
        "",
        None,
        ENDPOINT,
        AgentRuntimeEndpointResult,
    ),
    "ListAgentRuntimeEndpoints": (
        lambda c: list_agent_runtime_endpoints.sync_detailed(
            "ar-1", client=c, endpoint_name="Default", page_size=10
        ),
        "GET",
        f"{RT}/ar-1/endpoints",
        "endpointName=Default&pageSize=10",
        None,
        _page(ENDPOINT),
        ListAgentRuntimeEndpointsResult,
    ),
    "PublishRuntimeVersion": (
        lambda c: publish_runtime_version.sync_detailed(
            "ar-1", client=c, body=PublishRuntimeVersionInput(description="v1", publisher="ci")
        ),
        "POST",
        f"{RT}/ar-1/versions",
        "",
        {"description": "v1", "publisher": "ci"},
        VERSION,
        AgentRuntimeVersionResult,
    ),
    "ListAgentRuntimeVersions": (
        lambda c: list_agent_runtime_versions.sync_detailed(
            "ar-1", client=c, page_number=1, page_size=50
        ),
        "GET",
        f"{RT}/ar-1/versions",
        "pageNumber=1&pageSize=50",
        None,
        _page(VERSION),
        ListAgentRuntimeVersionsResult,
    ),
}


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> Client:
    client = Client(base_url=BASE)
    client.set_httpx_client(httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler)))
    return client


@pytest.mark.parametrize("operation", sorted(CASES))
def test_operation_on_the_wire(operation: str) -> None:
    call, method, path, query, body, data, parsed_type = CASES[operation]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"code": "SUCCESS", "requestId": "req-1", "data": data})

    response = call(_client(handler))

    assert len(seen) == 1
    request = seen[0]
    assert request.method == method
    assert request.url.raw_path.split(b"?")[0].decode() == path
    assert request.url.query.decode() == query
    if body is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == body
        assert request.headers["content-type"] == "application/json"
    assert response.status_code == 200
    assert isinstance(response.parsed, parsed_type)
    assert response.parsed.request_id == "req-1"
    assert response.parsed.to_dict()["data"] == data


def test_error_status_parses_the_error_schema() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            404, json={"code": "ERR_NOT_FOUND", "message": "gone", "requestId": "req-9"}
        )

    response = get_agent_runtime.sync_detailed("ar-x", client=_client(handler))
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorResult)
    assert response.parsed.code == "ERR_NOT_FOUND"


async def test_async_variant_on_the_wire() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"code": "SUCCESS", "requestId": "r", "data": RUNTIME})

    client = Client(base_url=BASE)
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler))
    )
    response = await get_agent_runtime.asyncio_detailed("ar-1", client=client)
    assert seen[0].url.path == f"{RT}/ar-1"
    assert isinstance(response.parsed, AgentRuntimeResult)
    assert response.parsed.data.agent_runtime_name == "demo"
