"""Handlers of the 12 control-plane operations; each returns the JSON envelope as text.

Envelopes are ``{"code": "SUCCESS", "requestId": ..., "data": ...}`` (API
reference §5); list payloads are ``{"items", "pageNumber", "pageSize", "total"}``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs

from .records import EndpointRecord, RuntimeRecord
from .render import deleted_runtime_wire, dumps, endpoint_json, runtime_json, version_wire
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


Handler = Callable[[Store, Call], str]


def _csv(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


def _envelope(call: Call, data: str) -> str:
    """``{"code": "SUCCESS", "requestId": ..., "data": ...}`` around JSON text ``data``."""
    return f'{{"code":"{SUCCESS}","requestId":{dumps(call.request_id)},"data":{data}}}'


def _page(store: Store, query: dict[str, Any], total: int) -> tuple[int, int, int]:
    """``(pageNumber, pageSize, start)``; the page size is capped at the configured maximum."""
    settings = store.settings
    number = int(query.get("pageNumber", 1))
    size = min(int(query.get("pageSize", settings.default_page_size)), settings.max_page_size)
    return number, size, min((number - 1) * size, total)


def _listing(store: Store, call: Call, found: Sequence[T], render: Callable[[T], str]) -> str:
    number, size, start = _page(store, call.query, len(found))
    items = ",".join(render(item) for item in found[start : start + size])
    return _envelope(
        call,
        f'{{"items":[{items}],"pageNumber":{number},"pageSize":{size},"total":{len(found)}}}',
    )


def _runtime(store: Store, runtime: RuntimeRecord) -> str:
    return runtime_json(store.settings, store.wire, runtime, store.status(runtime))


def _endpoint(store: Store, call: Call, endpoint: EndpointRecord, runtime_name: str) -> str:
    return endpoint_json(
        store.settings,
        store.wire,
        endpoint,
        runtime_name,
        store.status(endpoint),
        call.base_url,
    )


def _endpoint_result(store: Store, call: Call, endpoint: EndpointRecord) -> str:
    runtime = store.get_runtime(endpoint.runtime_id)
    return _envelope(call, _endpoint(store, call, endpoint, runtime.name))


def create_agent_runtime(store: Store, call: Call) -> str:
    """CreateAgentRuntime."""
    return _envelope(call, _runtime(store, store.create_runtime(call.body)))


def get_agent_runtime(store: Store, call: Call) -> str:
    """GetAgentRuntime (optionally a published version)."""
    runtime = store.get_runtime(call.params["agentRuntimeId"])
    wanted = call.query.get("agentRuntimeVersion")
    if wanted is None or wanted == LATEST:
        return _envelope(call, _runtime(store, runtime))
    version = store.get_version(runtime.id, wanted)
    data = runtime_json(store.settings, store.wire, runtime, store.status(runtime), version)
    return _envelope(call, data)


def update_agent_runtime(store: Store, call: Call) -> str:
    """UpdateAgentRuntime."""
    runtime = store.update_runtime(call.params["agentRuntimeId"], call.body)
    return _envelope(call, _runtime(store, runtime))


def delete_agent_runtime(store: Store, call: Call) -> str:
    """DeleteAgentRuntime: only ``agentRuntimeId`` is filled in."""
    runtime = store.delete_runtime(call.params["agentRuntimeId"])
    return _envelope(call, dumps(deleted_runtime_wire(runtime)))


def list_agent_runtimes(store: Store, call: Call) -> str:
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


def create_agent_runtime_endpoint(store: Store, call: Call) -> str:
    """CreateAgentRuntimeEndpoint."""
    endpoint = store.create_endpoint(call.params["agentRuntimeId"], call.body or {})
    return _endpoint_result(store, call, endpoint)


def get_agent_runtime_endpoint(store: Store, call: Call) -> str:
    """GetAgentRuntimeEndpoint."""
    params = call.params
    endpoint = store.get_endpoint(params["agentRuntimeId"], params["agentRuntimeEndpointId"])
    return _endpoint_result(store, call, endpoint)


def update_agent_runtime_endpoint(store: Store, call: Call) -> str:
    """UpdateAgentRuntimeEndpoint."""
    params = call.params
    endpoint = store.update_endpoint(
        params["agentRuntimeId"], params["agentRuntimeEndpointId"], call.body
    )
    return _endpoint_result(store, call, endpoint)


def delete_agent_runtime_endpoint(store: Store, call: Call) -> str:
    """DeleteAgentRuntimeEndpoint: answers with the endpoint as it was deleted."""
    params = call.params
    runtime = store.get_runtime(params["agentRuntimeId"])
    endpoint = store.delete_endpoint(runtime.id, params["agentRuntimeEndpointId"])
    return _envelope(call, _endpoint(store, call, endpoint, runtime.name))


def list_agent_runtime_endpoints(store: Store, call: Call) -> str:
    """ListAgentRuntimeEndpoints; ``endpointName`` matches like ``agentRuntimeName``."""
    runtime = store.get_runtime(call.params["agentRuntimeId"])
    found = store.list_endpoints(
        runtime.id,
        name=call.query.get("endpointName"),
        exact_name=is_exact_search(call.query.get("searchMode")),
    )
    return _listing(store, call, found, lambda e: _endpoint(store, call, e, runtime.name))


def publish_runtime_version(store: Store, call: Call) -> str:
    """PublishRuntimeVersion."""
    version = store.publish_version(call.params["agentRuntimeId"], call.body)
    runtime = store.get_runtime(version.runtime_id)
    return _envelope(call, dumps(version_wire(store.settings, version, runtime.name)))


def list_agent_runtime_versions(store: Store, call: Call) -> str:
    """ListAgentRuntimeVersions."""
    runtime = store.get_runtime(call.params["agentRuntimeId"])
    found = store.list_versions(runtime.id)

    def render(version: Any) -> str:
        return dumps(version_wire(store.settings, version, runtime.name))

    return _listing(store, call, found, render)


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
