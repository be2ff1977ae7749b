"""Handlers of the 12 control-plane operations; each returns the JSON envelope.

Envelopes are ``{"code": "SUCCESS", "requestId": ..., "data": ...}`` (API
reference §5); list payloads are ``{"items", "pageNumber", "pageSize", "total"}``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs

from .records import EndpointRecord, RuntimeRecord
from .render import deleted_runtime_wire, endpoint_wire, runtime_wire, version_wire
from .spec import Operation
from .store import LATEST, Store, is_exact_search

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


def _envelope(call: Call, data: Any) -> dict[str, Any]:
    return {"code": SUCCESS, "requestId": call.request_id, "data": data}


def _page(store: Store, query: dict[str, Any], items: Sequence[T]) -> tuple[list[T], int, int]:
    """Slice one page; the page size is capped at the configured maximum."""
    settings = store.settings
    number = int(query.get("pageNumber", 1))
    size = min(int(query.get("pageSize", settings.default_page_size)), settings.max_page_size)
    start = (number - 1) * size
    return list(items[start : start + size]), number, size


def _listing(
    store: Store, call: Call, found: Sequence[T], render: Callable[[T], Any]
) -> dict[str, Any]:
    items, number, size = _page(store, call.query, found)
    data = {
        "items": [render(item) for item in items],
        "pageNumber": number,
        "pageSize": size,
        "total": len(found),
    }
    return _envelope(call, data)


def _runtime(store: Store, runtime: RuntimeRecord) -> dict[str, Any]:
    return runtime_wire(store.settings, store.wire, runtime, store.status(runtime))


def _endpoint(store: Store, call: Call, endpoint: EndpointRecord, runtime_name: str) -> Any:
    return endpoint_wire(
        store.settings,
        store.wire,
        endpoint,
        runtime_name,
        store.status(endpoint),
        call.base_url,
    )


def _endpoint_result(store: Store, call: Call, endpoint: EndpointRecord) -> dict[str, Any]:
    runtime = store.get_runtime(endpoint.runtime_id)
    return _envelope(call, _endpoint(store, call, endpoint, runtime.name))


def create_agent_runtime(store: Store, call: Call) -> dict[str, Any]:
    """CreateAgentRuntime."""
    return _envelope(call, _runtime(store, store.create_runtime(call.body)))


def get_agent_runtime(store: Store, call: Call) -> dict[str, Any]:
    """GetAgentRuntime (optionally a published version)."""
    runtime = store.get_runtime(call.params["agentRuntimeId"])
    wanted = call.query.get("agentRuntimeVersion")
    if wanted is None or wanted == LATEST:
        return _envelope(call, _runtime(store, runtime))
    version = store.get_version(runtime.id, wanted)
    data = runtime_wire(store.settings, store.wire, runtime, store.status(runtime), version)
    return _envelope(call, data)


def update_agent_runtime(store: Store, call: Call) -> dict[str, Any]:
    """UpdateAgentRuntime."""
    runtime = store.update_runtime(call.params["agentRuntimeId"], call.body)
    return _envelope(call, _runtime(store, runtime))


def delete_agent_runtime(store: Store, call: Call) -> dict[str, Any]:
    """DeleteAgentRuntime: only ``agentRuntimeId`` is filled in."""
    runtime = store.delete_runtime(call.params["agentRuntimeId"])
    return _envelope(call, deleted_runtime_wire(runtime))


def list_agent_runtimes(store: Store, call: Call) -> dict[str, Any]:
    """ListAgentRuntimes with the query filters of the spec.

    ``agentRuntimeName`` matches as a substring unless ``searchMode`` is
    ``exact``; ``workspaceId`` and ``workspaceIds`` are combined (any of them
    matches); ``discoveryResourceGroupId`` is accepted and ignored.
    """
    query = call.query
    workspaces = _csv(query.get("workspaceIds"))
    if query.get("workspaceId") is not None:
        workspaces = [query["workspaceId"], *(workspaces or [])]
    found = store.list_runtimes(
        name=query.get("agentRuntimeName"),
        exact_name=is_exact_search(query.get("searchMode")),
        statuses=_csv(query.get("status")),
        system_tags=_csv(query.get("systemTags")),
        workspace_ids=workspaces,
        resource_group_id=query.get("resourceGroupId"),
    )
    return _listing(store, call, found, lambda runtime: _runtime(store, runtime))


def create_agent_runtime_endpoint(store: Store, call: Call) -> dict[str, Any]:
    """CreateAgentRuntimeEndpoint."""
    endpoint = store.create_endpoint(call.params["agentRuntimeId"], call.body or {})
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
    return _envelope(call, _endpoint(store, call, endpoint, runtime.name))


def list_agent_runtime_endpoints(store: Store, call: Call) -> dict[str, Any]:
    """ListAgentRuntimeEndpoints; ``endpointName`` matches like ``agentRuntimeName``."""
    runtime = store.get_runtime(call.params["agentRuntimeId"])
    found = store.list_endpoints(
        runtime.id,
        name=call.query.get("endpointName"),
        exact_name=is_exact_search(call.query.get("searchMode")),
    )
    return _listing(store, call, found, lambda e: _endpoint(store, call, e, runtime.name))


def publish_runtime_version(store: Store, call: Call) -> dict[str, Any]:
    """PublishRuntimeVersion."""
    version = store.publish_version(call.params["agentRuntimeId"], call.body)
    runtime = store.get_runtime(version.runtime_id)
    return _envelope(call, version_wire(store.settings, version, runtime.name))


def list_agent_runtime_versions(store: Store, call: Call) -> dict[str, Any]:
    """ListAgentRuntimeVersions."""
    runtime = store.get_runtime(call.params["agentRuntimeId"])
    found = store.list_versions(runtime.id)
    return _listing(store, call, found, lambda v: version_wire(store.settings, v, runtime.name))


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
