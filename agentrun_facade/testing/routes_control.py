"""Handlers of the 12 control-plane operations; each returns the JSON envelope."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs
from agentrun_client.models import (
    AgentRuntimeEndpointResult,
    AgentRuntimeResult,
    AgentRuntimeVersionResult,
    ListAgentRuntimeEndpointsOutput,
    ListAgentRuntimeEndpointsResult,
    ListAgentRuntimesOutput,
    ListAgentRuntimesResult,
    ListAgentRuntimeVersionsOutput,
    ListAgentRuntimeVersionsResult,
)

from .records import EndpointRecord, RuntimeRecord
from .render import (
    deleted_runtime_model,
    endpoint_model,
    runtime_model,
    version_model,
)
from .spec import Operation
from .store import LATEST, Store

SUCCESS = "SUCCESS"
T = TypeVar("T")


@attrs.frozen
class Call:
    """One validated control-plane request."""

    operation: Operation
    params: dict[str, str]
    query: dict[str, Any]
    body: Any
    request_id: str
    base_url: str


Handler = Callable[[Store, Call], dict[str, Any]]


def _csv(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


def _page(store: Store, query: dict[str, Any], items: Sequence[T]) -> tuple[list[T], int, int]:
    """Slice one page; the page size is capped at the configured maximum."""
    settings = store.settings
    number = int(query.get("pageNumber", 1))
    size = min(int(query.get("pageSize", settings.default_page_size)), settings.max_page_size)
    start = (number - 1) * size
    return list(items[start : start + size]), number, size


def _runtime(store: Store, runtime: RuntimeRecord) -> Any:
    return runtime_model(store.settings, runtime, store.status(runtime))


def _endpoint(store: Store, call: Call, endpoint: EndpointRecord) -> Any:
    runtime = store.get_runtime(endpoint.runtime_id)
    return endpoint_model(
        store.settings, endpoint, runtime.name, store.status(endpoint), call.base_url
    )


def _runtime_result(store: Store, call: Call, runtime: RuntimeRecord) -> dict[str, Any]:
    data = _runtime(store, runtime)
    return AgentRuntimeResult(code=SUCCESS, request_id=call.request_id, data=data).to_dict()


def _endpoint_result(store: Store, call: Call, endpoint: EndpointRecord) -> dict[str, Any]:
    data = _endpoint(store, call, endpoint)
    return AgentRuntimeEndpointResult(code=SUCCESS, request_id=call.request_id, data=data).to_dict()


def create_agent_runtime(store: Store, call: Call) -> dict[str, Any]:
    """CreateAgentRuntime."""
    return _runtime_result(store, call, store.create_runtime(call.body))


def get_agent_runtime(store: Store, call: Call) -> dict[str, Any]:
    """GetAgentRuntime (optionally a published version)."""
    runtime = store.get_runtime(call.params["agentRuntimeId"])
    wanted = call.query.get("agentRuntimeVersion")
    if wanted is None or wanted == LATEST:
        return _runtime_result(store, call, runtime)
    version = store.get_version(runtime.id, wanted)
    data = runtime_model(store.settings, runtime, store.status(runtime), version)
    return AgentRuntimeResult(code=SUCCESS, request_id=call.request_id, data=data).to_dict()


def update_agent_runtime(store: Store, call: Call) -> dict[str, Any]:
    """UpdateAgentRuntime."""
    return _runtime_result(
        store, call, store.update_runtime(call.params["agentRuntimeId"], call.body)
    )


def delete_agent_runtime(store: Store, call: Call) -> dict[str, Any]:
    """DeleteAgentRuntime: only ``agentRuntimeId`` is filled in."""
    runtime = store.delete_runtime(call.params["agentRuntimeId"])
    data = deleted_runtime_model(runtime)
    return AgentRuntimeResult(code=SUCCESS, request_id=call.request_id, data=data).to_dict()


def list_agent_runtimes(store: Store, call: Call) -> dict[str, Any]:
    """ListAgentRuntimes with the query filters of the spec.

    ``workspaceId`` and ``workspaceIds`` are combined (any of them matches);
    ``discoveryResourceGroupId`` and ``searchMode`` are accepted and ignored.
    """
    query = call.query
    workspaces = _csv(query.get("workspaceIds"))
    if query.get("workspaceId") is not None:
        workspaces = [query["workspaceId"], *(workspaces or [])]
    found = store.list_runtimes(
        name=query.get("agentRuntimeName"),
        statuses=_csv(query.get("status")),
        system_tags=_csv(query.get("systemTags")),
        workspace_ids=workspaces,
        resource_group_id=query.get("resourceGroupId"),
    )
    items, number, size = _page(store, query, found)
    data = ListAgentRuntimesOutput(
        items=[_runtime(store, r) for r in items],
        page_number=number,
        page_size=size,
        total=len(found),
    )
    return ListAgentRuntimesResult(code=SUCCESS, request_id=call.request_id, data=data).to_dict()


def create_agent_runtime_endpoint(store: Store, call: Call) -> dict[str, Any]:
    """CreateAgentRuntimeEndpoint."""
    endpoint = store.create_endpoint(call.params["agentRuntimeId"], call.body)
    return _endpoint_result(store, call, endpoint)


def get_agent_runtime_endpoint(store: Store, call: Call) -> dict[str, Any]:
    """GetAgentRuntimeEndpoint."""
    params = call.params
    endpoint = store.get_endpoint(params["agentRuntimeId"], params["agentRuntimeEndpointId"])
    return _endpoint_result(store, call, endpoint)


def update_agent_runtime_endpoint(store: Store, call: Call) -> dict[str, Any]:
    """UpdateAgentRuntimeEndpoint."""
    params = call.params
    endpoint = store.update_endpoint(
        params["agentRuntimeId"], params["agentRuntimeEndpointId"], call.body
    )
    return _endpoint_result(store, call, endpoint)


def delete_agent_runtime_endpoint(store: Store, call: Call) -> dict[str, Any]:
    """DeleteAgentRuntimeEndpoint: answers with the endpoint as it was deleted."""
    params = call.params
    runtime = store.get_runtime(params["agentRuntimeId"])
    endpoint = store.delete_endpoint(runtime.id, params["agentRuntimeEndpointId"])
    data = endpoint_model(
        store.settings, endpoint, runtime.name, store.status(endpoint), call.base_url
    )
    return AgentRuntimeEndpointResult(code=SUCCESS, request_id=call.request_id, data=data).to_dict()


def list_agent_runtime_endpoints(store: Store, call: Call) -> dict[str, Any]:
    """ListAgentRuntimeEndpoints, optionally filtered by ``endpointName``."""
    runtime = store.get_runtime(call.params["agentRuntimeId"])
    found = store.list_endpoints(runtime.id, name=call.query.get("endpointName"))
    items, number, size = _page(store, call.query, found)
    models = [
        endpoint_model(store.settings, e, runtime.name, store.status(e), call.base_url)
        for e in items
    ]
    data = ListAgentRuntimeEndpointsOutput(
        items=models, page_number=number, page_size=size, total=len(found)
    )
    return ListAgentRuntimeEndpointsResult(
        code=SUCCESS, request_id=call.request_id, data=data
    ).to_dict()


def publish_runtime_version(store: Store, call: Call) -> dict[str, Any]:
    """PublishRuntimeVersion."""
    version = store.publish_version(call.params["agentRuntimeId"], call.body)
    runtime = store.get_runtime(version.runtime_id)
    data = version_model(store.settings, version, runtime.name)
    return AgentRuntimeVersionResult(code=SUCCESS, request_id=call.request_id, data=data).to_dict()


def list_agent_runtime_versions(store: Store, call: Call) -> dict[str, Any]:
    """ListAgentRuntimeVersions (oldest first)."""
    runtime = store.get_runtime(call.params["agentRuntimeId"])
    found = store.list_versions(runtime.id)
    items, number, size = _page(store, call.query, found)
    data = ListAgentRuntimeVersionsOutput(
        items=[version_model(store.settings, v, runtime.name) for v in items],
        page_number=number,
        page_size=size,
        total=len(found),
    )
    return ListAgentRuntimeVersionsResult(
        code=SUCCESS, request_id=call.request_id, data=data
    ).to_dict()


HANDLERS: dict[str, Handler] = {
    "CreateAgentRuntime": create_agent_runtime,
    "GetAgentRuntime": get_agent_runtime,
    "UpdateAgentRuntime": update_agent_runtime,
    "DeleteAgentRuntime": delete_agent_runtime,
    "ListAgentRuntimes": list_agent_runtimes,
    "CreateAgentRuntimeEndpoint": create_agent_runtime_endpoint,
    "GetAgentRuntimeEndpoint": get_agent_runtime_endpoint,
    "UpdateAgentRuntimeEndpoint": update_agent_runtime_endpoint,
    "DeleteAgentRuntimeEndpoint": delete_agent_runtime_endpoint,
    "ListAgentRuntimeEndpoints": list_agent_runtime_endpoints,
    "PublishRuntimeVersion": publish_runtime_version,
    "ListAgentRuntimeVersions": list_agent_runtime_versions,
}
