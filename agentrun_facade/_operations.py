"""The twelve control-plane operations as data: what to send, and how to read the answer.

Each builder fills its operation's :class:`~agentrun_facade._requests.Route`
(method, path, query names: the table ``_routes.py`` generated from the spec,
checked against the generated client's ``_get_kwargs`` by the tooling tests)
with path ids, query values and body, and names the resource for error
messages; no generated module is imported to send a request. The readers turn
the ``data`` object of a response into facade objects (``from_wire``) or, for
lists, into a :class:`ListPayload` of raw items. Nothing here sends.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ._requests import OperationCall, check_id
from ._routes import ROUTES
from .errors import InvalidParameterError, MalformedResponseError
from .pagination import PageRequest

__all__ = [
    "ENDPOINT",
    "ENDPOINT_KEY",
    "RUNTIME",
    "RUNTIME_KEY",
    "VERSION_KEY",
    "ListPayload",
    "OperationCall",
    "check_id",
    "create_endpoint",
    "create_runtime",
    "delete_endpoint",
    "delete_runtime",
    "expect",
    "get_endpoint",
    "get_runtime",
    "list_endpoints",
    "list_payload",
    "list_runtimes",
    "list_versions",
    "publish_version",
    "update_endpoint",
    "update_runtime",
]

RUNTIME = "AgentRuntime"
ENDPOINT = "AgentRuntimeEndpoint"

#: The wire key that identifies an item of each listing (for de-duplication).
RUNTIME_KEY = "agentRuntimeId"
ENDPOINT_KEY = "agentRuntimeEndpointId"
VERSION_KEY = "agentRuntimeVersion"


def expect(value: object, kind: type[Any], name: str) -> None:
    """Refuse an argument of the wrong type with a clear error."""
    if not isinstance(value, kind):
        raise InvalidParameterError(f"{name} must be a {kind.__name__}, got {type(value).__name__}")


# --------------------------------------------------------------------------
# Reading list payloads
# --------------------------------------------------------------------------


@attrs.frozen
class ListPayload:
    """The ``data`` of a list response: raw items (decoded JSON objects) and counters."""

    items: list[dict[str, Any]]
    total: int | None
    page_size: int | None


def _counter(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise MalformedResponseError(f"data.{key}: expected an integer, got {value!r}")
    return value


def list_payload(data: dict[str, Any]) -> ListPayload:
    """Check the shape of a list ``data`` object; the items stay unconverted."""
    items = data.get("items")
    if items is None:
        items = []
    if not isinstance(items, list):
        raise MalformedResponseError("data.items: expected an array")
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise MalformedResponseError(f"data.items[{index}]: expected an object")
    return ListPayload(items, _counter(data, "total"), _counter(data, "pageSize"))


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------


def _paged(query: Mapping[str, Any], request: PageRequest | None) -> Mapping[str, Any]:
    if request is None:
        return query
    return {**query, "page_number": request.page_number, "page_size": request.page_size}


def create_runtime(body: dict[str, Any]) -> OperationCall:
    name = body.get("agentRuntimeName")
    return ROUTES["CreateAgentRuntime"].call(
        body=body, resource_type=RUNTIME, resource_id=name if isinstance(name, str) else None
    )


def get_runtime(agent_runtime_id: str) -> OperationCall:
    return ROUTES["GetAgentRuntime"].call(
        (agent_runtime_id,), resource_type=RUNTIME, resource_id=agent_runtime_id
    )


def update_runtime(agent_runtime_id: str, body: dict[str, Any]) -> OperationCall:
    return ROUTES["UpdateAgentRuntime"].call(
        (agent_runtime_id,), body=body, resource_type=RUNTIME, resource_id=agent_runtime_id
    )


def delete_runtime(agent_runtime_id: str) -> OperationCall:
    return ROUTES["DeleteAgentRuntime"].call(
        (agent_runtime_id,), resource_type=RUNTIME, resource_id=agent_runtime_id
    )


def list_runtimes(query: Mapping[str, Any], request: PageRequest | None) -> OperationCall:
    return ROUTES["ListAgentRuntimes"].call(query=_paged(query, request), resource_type=RUNTIME)


def create_endpoint(agent_runtime_id: str, body: dict[str, Any]) -> OperationCall:
    name = body.get("agentRuntimeEndpointName")
    label = f"{agent_runtime_id}/{name if isinstance(name, str) else ''}"
    return ROUTES["CreateAgentRuntimeEndpoint"].call(
        (agent_runtime_id,), body=body, resource_type=ENDPOINT, resource_id=label
    )


def get_endpoint(agent_runtime_id: str, endpoint_id: str) -> OperationCall:
    check_id(endpoint_id, "endpoint_id")  # named as the caller knows it
    return ROUTES["GetAgentRuntimeEndpoint"].call(
        (agent_runtime_id, endpoint_id),
        resource_type=ENDPOINT,
        resource_id=f"{agent_runtime_id}/{endpoint_id}",
    )


def update_endpoint(agent_runtime_id: str, endpoint_id: str, body: dict[str, Any]) -> OperationCall:
    check_id(endpoint_id, "endpoint_id")  # named as the caller knows it
    return ROUTES["UpdateAgentRuntimeEndpoint"].call(
        (agent_runtime_id, endpoint_id),
        body=body,
        resource_type=ENDPOINT,
        resource_id=f"{agent_runtime_id}/{endpoint_id}",
    )


def delete_endpoint(agent_runtime_id: str, endpoint_id: str) -> OperationCall:
    check_id(endpoint_id, "endpoint_id")  # named as the caller knows it
    return ROUTES["DeleteAgentRuntimeEndpoint"].call(
        (agent_runtime_id, endpoint_id),
        resource_type=ENDPOINT,
        resource_id=f"{agent_runtime_id}/{endpoint_id}",
    )


def list_endpoints(
    agent_runtime_id: str, query: Mapping[str, Any], request: PageRequest | None
) -> OperationCall:
    return ROUTES["ListAgentRuntimeEndpoints"].call(
        (agent_runtime_id,),
        query=_paged(query, request),
        resource_type=RUNTIME,
        resource_id=agent_runtime_id,
    )


def publish_version(agent_runtime_id: str, body: dict[str, Any] | None) -> OperationCall:
    return ROUTES["PublishRuntimeVersion"].call(
        (agent_runtime_id,), body=body, resource_type=RUNTIME, resource_id=agent_runtime_id
    )


def list_versions(
    agent_runtime_id: str, query: Mapping[str, Any], request: PageRequest | None
) -> OperationCall:
    return ROUTES["ListAgentRuntimeVersions"].call(
        (agent_runtime_id,),
        query=_paged(query, request),
        resource_type=RUNTIME,
        resource_id=agent_runtime_id,
    )
