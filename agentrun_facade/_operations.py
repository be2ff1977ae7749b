"""The twelve control-plane operations as data: request building and payload parsing.

Each builder validates path ids, asks the generated operation module for the
request (``_get_kwargs``), and names the resource for error messages (the
resource type/id table of the reference SDK). Nothing here sends.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

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
    AgentRuntime as GenRuntime,
)
from agentrun_client.models import (
    AgentRuntimeEndpoint as GenEndpoint,
)
from agentrun_client.models import (
    AgentRuntimeEndpointResult,
    AgentRuntimeResult,
    AgentRuntimeVersionResult,
    CreateAgentRuntimeEndpointInput,
    CreateAgentRuntimeInput,
    ListAgentRuntimeEndpointsResult,
    ListAgentRuntimesResult,
    ListAgentRuntimeVersionsResult,
    PublishRuntimeVersionInput,
    UpdateAgentRuntimeEndpointInput,
    UpdateAgentRuntimeInput,
)
from agentrun_client.models import (
    AgentRuntimeVersion as GenVersion,
)
from agentrun_client.types import UNSET, Unset

from ._base import OperationCall, check_id
from .errors import InvalidParameterError
from .pagination import Page, PageRequest

__all__ = [
    "RUNTIME",
    "ENDPOINT",
    "GenEndpoint",
    "GenRuntime",
    "GenVersion",
    "create_endpoint",
    "create_runtime",
    "delete_endpoint",
    "delete_runtime",
    "endpoint_key",
    "endpoint_page",
    "endpoint_payload",
    "get_endpoint",
    "get_runtime",
    "list_endpoints",
    "list_runtimes",
    "list_versions",
    "publish_version",
    "runtime_key",
    "runtime_page",
    "runtime_payload",
    "update_endpoint",
    "update_runtime",
    "version_key",
    "version_page",
    "version_payload",
]

RUNTIME = "AgentRuntime"
ENDPOINT = "AgentRuntimeEndpoint"

D = TypeVar("D")
I_co = TypeVar("I_co", covariant=True)


class _Envelope(Protocol[I_co]):
    @property
    def data(self) -> I_co | Unset: ...


class _ListOutput(Protocol[I_co]):
    @property
    def items(self) -> list[I_co] | Unset: ...

    @property
    def page_size(self) -> int | Unset: ...

    @property
    def total(self) -> int | Unset: ...


def _data(envelope: _Envelope[D]) -> D:
    data = envelope.data
    if isinstance(data, Unset):
        raise ValueError("envelope without data")
    return data


def _int_or_none(value: object) -> int | None:
    if isinstance(value, Unset) or value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("page counters must be integers")
    return value


def _page(output: _ListOutput[D], page_number: int) -> Page[D]:
    items = output.items
    return Page(
        items=[] if isinstance(items, Unset) else list(items),
        page_number=page_number,
        page_size=_int_or_none(output.page_size),
        total=_int_or_none(output.total),
    )


def _key(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _expect(value: object, kind: type[Any], name: str) -> None:
    if not isinstance(value, kind):
        raise InvalidParameterError(
            f"{name} must be a {kind.__name__}, got {type(value).__name__}"
        )


# --------------------------------------------------------------------------
# Payload parsers: JSON envelope -> generated model
# --------------------------------------------------------------------------


def runtime_payload(body: Mapping[str, Any]) -> GenRuntime:
    return _data(AgentRuntimeResult.from_dict(body))


def endpoint_payload(body: Mapping[str, Any]) -> GenEndpoint:
    return _data(AgentRuntimeEndpointResult.from_dict(body))


def version_payload(body: Mapping[str, Any]) -> GenVersion:
    return _data(AgentRuntimeVersionResult.from_dict(body))


def runtime_page(page_number: int) -> Any:
    def parse(body: Mapping[str, Any]) -> Page[GenRuntime]:
        return _page(_data(ListAgentRuntimesResult.from_dict(body)), page_number)

    return parse


def endpoint_page(page_number: int) -> Any:
    def parse(body: Mapping[str, Any]) -> Page[GenEndpoint]:
        return _page(_data(ListAgentRuntimeEndpointsResult.from_dict(body)), page_number)

    return parse


def version_page(page_number: int) -> Any:
    def parse(body: Mapping[str, Any]) -> Page[GenVersion]:
        return _page(_data(ListAgentRuntimeVersionsResult.from_dict(body)), page_number)

    return parse


def runtime_key(item: GenRuntime) -> str | None:
    return _key(item.agent_runtime_id)


def endpoint_key(item: GenEndpoint) -> str | None:
    return _key(item.agent_runtime_endpoint_id)


def version_key(item: GenVersion) -> str | None:
    return _key(item.agent_runtime_version)


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------


def _paged(query: Mapping[str, Any], request: PageRequest | None) -> dict[str, Any]:
    kwargs = dict(query)
    if request is not None:
        kwargs["page_number"] = request.page_number
        kwargs["page_size"] = request.page_size
    return kwargs


def create_runtime(body: CreateAgentRuntimeInput) -> OperationCall:
    _expect(body, CreateAgentRuntimeInput, "body")
    name = body.agent_runtime_name if isinstance(body.agent_runtime_name, str) else None
    return OperationCall(
        "CreateAgentRuntime", create_agent_runtime._get_kwargs(body=body), RUNTIME, name
    )


def get_runtime(agent_runtime_id: str) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    return OperationCall(
        "GetAgentRuntime",
        get_agent_runtime._get_kwargs(agent_runtime_id),
        RUNTIME,
        agent_runtime_id,
    )


def update_runtime(agent_runtime_id: str, body: UpdateAgentRuntimeInput) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    _expect(body, UpdateAgentRuntimeInput, "body")
    return OperationCall(
        "UpdateAgentRuntime",
        update_agent_runtime._get_kwargs(agent_runtime_id, body=body),
        RUNTIME,
        agent_runtime_id,
    )


def delete_runtime(agent_runtime_id: str) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    return OperationCall(
        "DeleteAgentRuntime",
        delete_agent_runtime._get_kwargs(agent_runtime_id),
        RUNTIME,
        agent_runtime_id,
    )


def list_runtimes(query: Mapping[str, Any], request: PageRequest | None) -> OperationCall:
    return OperationCall(
        "ListAgentRuntimes", list_agent_runtimes._get_kwargs(**_paged(query, request)), RUNTIME
    )


def create_endpoint(agent_runtime_id: str, body: CreateAgentRuntimeEndpointInput) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    _expect(body, CreateAgentRuntimeEndpointInput, "body")
    name = body.agent_runtime_endpoint_name
    label = f"{agent_runtime_id}/{name if isinstance(name, str) else ''}"
    return OperationCall(
        "CreateAgentRuntimeEndpoint",
        create_agent_runtime_endpoint._get_kwargs(agent_runtime_id, body=body),
        ENDPOINT,
        label,
    )


def get_endpoint(agent_runtime_id: str, endpoint_id: str) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    check_id(endpoint_id, "endpoint_id")
    return OperationCall(
        "GetAgentRuntimeEndpoint",
        get_agent_runtime_endpoint._get_kwargs(agent_runtime_id, endpoint_id),
        ENDPOINT,
        f"{agent_runtime_id}/{endpoint_id}",
    )


def update_endpoint(
    agent_runtime_id: str, endpoint_id: str, body: UpdateAgentRuntimeEndpointInput
) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    check_id(endpoint_id, "endpoint_id")
    _expect(body, UpdateAgentRuntimeEndpointInput, "body")
    return OperationCall(
        "UpdateAgentRuntimeEndpoint",
        update_agent_runtime_endpoint._get_kwargs(agent_runtime_id, endpoint_id, body=body),
        ENDPOINT,
        f"{agent_runtime_id}/{endpoint_id}",
    )


def delete_endpoint(agent_runtime_id: str, endpoint_id: str) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    check_id(endpoint_id, "endpoint_id")
    return OperationCall(
        "DeleteAgentRuntimeEndpoint",
        delete_agent_runtime_endpoint._get_kwargs(agent_runtime_id, endpoint_id),
        ENDPOINT,
        f"{agent_runtime_id}/{endpoint_id}",
    )


def list_endpoints(
    agent_runtime_id: str, query: Mapping[str, Any], request: PageRequest | None
) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    return OperationCall(
        "ListAgentRuntimeEndpoints",
        list_agent_runtime_endpoints._get_kwargs(agent_runtime_id, **_paged(query, request)),
        RUNTIME,
        agent_runtime_id,
    )


def publish_version(
    agent_runtime_id: str, body: PublishRuntimeVersionInput | None
) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    if body is not None:
        _expect(body, PublishRuntimeVersionInput, "body")
    return OperationCall(
        "PublishRuntimeVersion",
        publish_runtime_version._get_kwargs(
            agent_runtime_id, body=UNSET if body is None else body
        ),
        RUNTIME,
        agent_runtime_id,
    )


def list_versions(
    agent_runtime_id: str, query: Mapping[str, Any], request: PageRequest | None
) -> OperationCall:
    check_id(agent_runtime_id, "agent_runtime_id")
    return OperationCall(
        "ListAgentRuntimeVersions",
        list_agent_runtime_versions._get_kwargs(agent_runtime_id, **_paged(query, request)),
        RUNTIME,
        agent_runtime_id,
    )
