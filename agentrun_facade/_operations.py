"""The twelve control-plane operations as data: request building and payload parsing.

Each builder validates path ids, asks the generated operation module for the
request (``_get_kwargs``), and names the resource for error messages (the
resource type/id table of the reference SDK). Nothing here sends.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    ListAgentRuntimeEndpointsOutput,
    ListAgentRuntimeEndpointsResult,
    ListAgentRuntimesOutput,
    ListAgentRuntimesResult,
    ListAgentRuntimeVersionsOutput,
    ListAgentRuntimeVersionsResult,
    PublishRuntimeVersionInput,
    UpdateAgentRuntimeEndpointInput,
    UpdateAgentRuntimeInput,
)
from agentrun_client.models import (
    AgentRuntimeVersion as GenVersion,
)
from agentrun_client.types import UNSET, Unset

from ._exchange import OperationCall, check_id
from .errors import InvalidParameterError
from .models import list_query, parse_generated, to_generated
from .pagination import Page, PageRequest

__all__ = [
    "ENDPOINT",
    "RUNTIME",
    "GenEndpoint",
    "GenRuntime",
    "GenVersion",
    "OperationCall",
    "check_runtime_id",
    "create_endpoint",
    "create_runtime",
    "delete_endpoint",
    "delete_runtime",
    "endpoint_payload",
    "endpoints_output",
    "expect",
    "get_endpoint",
    "get_runtime",
    "list_endpoints",
    "list_query",
    "list_runtimes",
    "list_versions",
    "page_parser",
    "publish_version",
    "runtime_payload",
    "runtimes_output",
    "to_generated",
    "update_endpoint",
    "update_runtime",
    "version_payload",
    "versions_output",
]

RUNTIME = "AgentRuntime"
ENDPOINT = "AgentRuntimeEndpoint"

D = TypeVar("D")
G = TypeVar("G")
X = TypeVar("X")
I_co = TypeVar("I_co", covariant=True)
I_inv = TypeVar("I_inv")


class _Envelope(Protocol[I_co]):
    @property
    def data(self) -> I_co | Unset: ...


class _ListOutput(Protocol[I_inv]):
    @property
    def items(self) -> list[I_inv] | Unset: ...

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


def expect(value: object, kind: type[Any], name: str) -> None:
    """Refuse an argument of the wrong type with a clear error."""
    if not isinstance(value, kind):
        raise InvalidParameterError(f"{name} must be a {kind.__name__}, got {type(value).__name__}")


# --------------------------------------------------------------------------
# Payload parsers: JSON envelope -> generated model
# --------------------------------------------------------------------------


def runtime_payload(body: Mapping[str, Any]) -> GenRuntime:
    return _data(parse_generated(AgentRuntimeResult, body))


def endpoint_payload(body: Mapping[str, Any]) -> GenEndpoint:
    return _data(parse_generated(AgentRuntimeEndpointResult, body))


def version_payload(body: Mapping[str, Any]) -> GenVersion:
    return _data(parse_generated(AgentRuntimeVersionResult, body))


def runtimes_output(body: Mapping[str, Any]) -> ListAgentRuntimesOutput:
    return _data(parse_generated(ListAgentRuntimesResult, body))


def endpoints_output(body: Mapping[str, Any]) -> ListAgentRuntimeEndpointsOutput:
    return _data(parse_generated(ListAgentRuntimeEndpointsResult, body))


def versions_output(body: Mapping[str, Any]) -> ListAgentRuntimeVersionsOutput:
    return _data(parse_generated(ListAgentRuntimeVersionsResult, body))


def page_parser(
    output_of: Callable[[Mapping[str, Any]], _ListOutput[G]],
    convert: Callable[[G], X],
) -> Callable[[int], Callable[[Mapping[str, Any]], Page[X]]]:
    """For a page number, a parser turning a list envelope into a :class:`Page`."""

    def for_page(page_number: int) -> Callable[[Mapping[str, Any]], Page[X]]:
        def parse(body: Mapping[str, Any]) -> Page[X]:
            output = output_of(body)
            items = output.items
            return Page(
                items=[] if isinstance(items, Unset) else [convert(item) for item in items],
                page_number=page_number,
                page_size=_int_or_none(output.page_size),
                total=_int_or_none(output.total),
            )

        return parse

    return for_page


def check_runtime_id(agent_runtime_id: str) -> None:
    """Validate a runtime id before any request is planned."""
    check_id(agent_runtime_id, "agent_runtime_id")


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
    expect(body, CreateAgentRuntimeInput, "body")
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
    expect(body, UpdateAgentRuntimeInput, "body")
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
    expect(body, CreateAgentRuntimeEndpointInput, "body")
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
    expect(body, UpdateAgentRuntimeEndpointInput, "body")
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
        expect(body, PublishRuntimeVersionInput, "body")
    return OperationCall(
        "PublishRuntimeVersion",
        publish_runtime_version._get_kwargs(agent_runtime_id, body=UNSET if body is None else body),
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
