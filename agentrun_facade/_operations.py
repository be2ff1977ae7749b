"""The twelve control-plane operations as data: what to send, and how to read the answer.

Each builder validates path ids, asks the generated operation module for the
request (its ``_get_kwargs``: method, path, query names, headers), and names
the resource for error messages. The generated modules are imported on first
use, so importing the SDK stays cheap. The readers turn the ``data`` object of
a response into facade objects (``from_wire``) or, for lists, into a
:class:`ListPayload` of raw items. Nothing here sends.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

import attrs

from ._requests import OperationCall, check_id
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


def _get_kwargs(module: str) -> Any:
    """``_get_kwargs`` of one generated operation module (imported on first use)."""
    return importlib.import_module(f"agentrun_client.api.{module}")._get_kwargs


class _JsonBody:
    """A JSON object handed to a generated ``_get_kwargs`` (which calls ``to_dict``)."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


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


def _paged(query: Mapping[str, Any], request: PageRequest | None) -> dict[str, Any]:
    kwargs = dict(query)
    if request is not None:
        kwargs["page_number"] = request.page_number
        kwargs["page_size"] = request.page_size
    return kwargs


def create_runtime(body: dict[str, Any]) -> OperationCall:
    name = body.get("agentRuntimeName")
    return OperationCall(
        "CreateAgentRuntime",
        _get_kwargs("runtimes.create_agent_runtime")(body=_JsonBody(body)),
        RUNTIME,
        name if isinstance(name, str) else None,
    )


def get_runtime(agent_runtime_id: str) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    return OperationCall(
        "GetAgentRuntime",
        _get_kwargs("runtimes.get_agent_runtime")(agent_runtime_id),
        RUNTIME,
        agent_runtime_id,
    )


def update_runtime(agent_runtime_id: str, body: dict[str, Any]) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    return OperationCall(
        "UpdateAgentRuntime",
        _get_kwargs("runtimes.update_agent_runtime")(agent_runtime_id, body=_JsonBody(body)),
        RUNTIME,
        agent_runtime_id,
    )


def delete_runtime(agent_runtime_id: str) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    return OperationCall(
        "DeleteAgentRuntime",
        _get_kwargs("runtimes.delete_agent_runtime")(agent_runtime_id),
        RUNTIME,
        agent_runtime_id,
    )


def list_runtimes(query: Mapping[str, Any], request: PageRequest | None) -> OperationCall:
    return OperationCall(
        "ListAgentRuntimes",
        _get_kwargs("runtimes.list_agent_runtimes")(**_paged(query, request)),
        RUNTIME,
    )


def create_endpoint(agent_runtime_id: str, body: dict[str, Any]) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    name = body.get("agentRuntimeEndpointName")
    label = f"{agent_runtime_id}/{name if isinstance(name, str) else ''}"
    return OperationCall(
        "CreateAgentRuntimeEndpoint",
        _get_kwargs("endpoints.create_agent_runtime_endpoint")(
            agent_runtime_id, body=_JsonBody(body)
        ),
        ENDPOINT,
        label,
    )


def get_endpoint(agent_runtime_id: str, endpoint_id: str) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    check_id(endpoint_id, "endpoint_id")
    return OperationCall(
        "GetAgentRuntimeEndpoint",
        _get_kwargs("endpoints.get_agent_runtime_endpoint")(agent_runtime_id, endpoint_id),
        ENDPOINT,
        f"{agent_runtime_id}/{endpoint_id}",
    )


def update_endpoint(agent_runtime_id: str, endpoint_id: str, body: dict[str, Any]) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    check_id(endpoint_id, "endpoint_id")
    return OperationCall(
        "UpdateAgentRuntimeEndpoint",
        _get_kwargs("endpoints.update_agent_runtime_endpoint")(
            agent_runtime_id, endpoint_id, body=_JsonBody(body)
        ),
        ENDPOINT,
        f"{agent_runtime_id}/{endpoint_id}",
    )


def delete_endpoint(agent_runtime_id: str, endpoint_id: str) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    check_id(endpoint_id, "endpoint_id")
    return OperationCall(
        "DeleteAgentRuntimeEndpoint",
        _get_kwargs("endpoints.delete_agent_runtime_endpoint")(agent_runtime_id, endpoint_id),
        ENDPOINT,
        f"{agent_runtime_id}/{endpoint_id}",
    )


def list_endpoints(
    agent_runtime_id: str, query: Mapping[str, Any], request: PageRequest | None
) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    return OperationCall(
        "ListAgentRuntimeEndpoints",
        _get_kwargs("endpoints.list_agent_runtime_endpoints")(
            agent_runtime_id, **_paged(query, request)
        ),
        RUNTIME,
        agent_runtime_id,
    )


def publish_version(agent_runtime_id: str, body: dict[str, Any] | None) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    get_kwargs = _get_kwargs("versions.publish_runtime_version")
    return OperationCall(
        "PublishRuntimeVersion",
        get_kwargs(agent_runtime_id)
        if body is None
        else get_kwargs(agent_runtime_id, body=_JsonBody(body)),
        RUNTIME,
        agent_runtime_id,
    )


def list_versions(
    agent_runtime_id: str, query: Mapping[str, Any], request: PageRequest | None
) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    return OperationCall(
        "ListAgentRuntimeVersions",
        _get_kwargs("versions.list_agent_runtime_versions")(
            agent_runtime_id, **_paged(query, request)
        ),
        RUNTIME,
        agent_runtime_id,
    )
