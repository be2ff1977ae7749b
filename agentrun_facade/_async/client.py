"""AgentRuntimeClient operations (the async methods; the sync ones are derived)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack, overload

import attrs

from .. import _operations as ops
from .._base import AsyncPageFetcher, ClientBase, endpoint_from, rebind, runtime_from, version_from
from .._exchange import CallResult
from ..config import Config
from ..models import (
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointListInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionListInput,
    AgentRuntimeVersionPublishInput,
)
from ..pagination import Page, PageRequest, Paginator, exact_page
from .invoke import (
    ChatInvokeArgs,
    ChatResult,
    InvokeArgs,
    InvokeResult,
    StreamInvokeArgs,
    StreamResult,
    invoke_openai_async,
)
from .paging import paginate_async
from .transport import AsyncTransport

if TYPE_CHECKING:
    from ..resources import AgentRuntime, AgentRuntimeEndpoint

__all__ = ["AsyncAgentRuntimeClientOps"]

R = TypeVar("R")
T = TypeVar("T")


def _version(body: Mapping[str, Any]) -> AgentRuntimeVersion:
    return version_from(ops.version_payload(body))


_VERSION_PAGES = ops.page_parser(ops.versions_output, version_from)


async def _page_items_async(fetch: AsyncPageFetcher[T], request: PageRequest) -> AsyncIterator[T]:
    """The items of exactly one page (a list input with ``page_number`` set)."""
    page = await fetch(request)
    for item in page.items:
        yield item


class AsyncAgentRuntimeClientOps(ClientBase):
    """Create, read, update, delete and list runtimes, endpoints and versions."""

    # -- plumbing ------------------------------------------------------------

    def _wire_async(self) -> AsyncTransport:
        return self._get_transport(AsyncTransport)

    def _runtime(self, body: Mapping[str, Any]) -> AgentRuntime:
        return runtime_from(ops.runtime_payload(body), self)

    def _endpoint_parser(
        self, agent_runtime_id: str
    ) -> Callable[[Mapping[str, Any]], AgentRuntimeEndpoint]:
        return lambda body: endpoint_from(ops.endpoint_payload(body), self, agent_runtime_id)

    def _runtime_pages(self) -> Callable[[int], Callable[[Mapping[str, Any]], Page[AgentRuntime]]]:
        return ops.page_parser(ops.runtimes_output, lambda item: runtime_from(item, self))

    def _endpoint_pages(
        self, agent_runtime_id: str
    ) -> Callable[[int], Callable[[Mapping[str, Any]], Page[AgentRuntimeEndpoint]]]:
        return ops.page_parser(
            ops.endpoints_output, lambda item: endpoint_from(item, self, agent_runtime_id)
        )

    async def _call_async(
        self,
        call: ops.OperationCall,
        config: Config | None,
        parse: Callable[[Mapping[str, Any]], R],
    ) -> CallResult[R]:
        resolved = self._resolve(config)
        result = await self._wire_async().request(call, resolved, parse)
        if config is not None:
            rebind(result.value, self.with_config(config))
        return result

    def _iterate_async(
        self,
        page_call: Callable[[PageRequest], ops.OperationCall],
        parse: Callable[[int], Callable[[Mapping[str, Any]], Page[T]]],
        key: Callable[[T], str | None],
        page_size: int | None,
        config: Config | None,
        page_number: int | None = None,
    ) -> AsyncIterator[T]:
        resolved = self._resolve(config)
        size = page_size or resolved.page_size

        async def fetch(request: PageRequest) -> Page[T]:
            result = await self._call_async(page_call(request), config, parse(request.page_number))
            return attrs.evolve(result.value, request_id=result.request_id)

        if page_number is not None:
            return _page_items_async(fetch, exact_page(page_number, size))
        paginator: Paginator[T] = Paginator(page_size=size, key=key, verify=resolved.strict_listing)
        listing = page_call(PageRequest(1, size))
        return paginate_async(fetch, paginator, resolved.max_concurrency, listing)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the pooled connections of this flavour (sync or async)."""
        transport = self._transports.get(AsyncTransport)
        if transport is not None:
            await transport.aclose()

    # -- runtimes ------------------------------------------------------------

    async def create_async(
        self, input: AgentRuntimeCreateInput, config: Config | None = None
    ) -> AgentRuntime:
        """Create an agent runtime (CreateAgentRuntime).

        Missing ``artifact_type`` is inferred and ``network_configuration``
        defaults to PUBLIC; ``cpu``/``memory``/``port`` default in the model.

        Raises:
            InvalidParameterError: neither code nor container configuration given.
            ResourceAlreadyExistError: a runtime with that name exists.
            HTTPError: any other error status.
        """
        ops.expect(input, AgentRuntimeCreateInput, "input")
        call = ops.create_runtime(ops.to_generated(input.prepared()))
        result = await self._call_async(call, config, self._runtime)
        return result.value

    async def delete_async(self, id: str, config: Config | None = None) -> AgentRuntime:
        """Delete an agent runtime (DeleteAgentRuntime); only its id is meaningful after."""
        result = await self._call_async(ops.delete_runtime(id), config, self._runtime)
        runtime = result.value
        if not runtime.agent_runtime_id:
            runtime.agent_runtime_id = id
        return runtime

    async def update_async(
        self, id: str, input: AgentRuntimeUpdateInput, config: Config | None = None
    ) -> AgentRuntime:
        """Update an agent runtime (UpdateAgentRuntime); only the fields set are sent."""
        ops.expect(input, AgentRuntimeUpdateInput, "input")
        call = ops.update_runtime(id, ops.to_generated(input))
        result = await self._call_async(call, config, self._runtime)
        return result.value

    async def get_async(self, id: str, config: Config | None = None) -> AgentRuntime:
        """Read an agent runtime (GetAgentRuntime)."""
        result = await self._call_async(ops.get_runtime(id), config, self._runtime)
        return result.value

    async def list_async(
        self, input: AgentRuntimeListInput | None = None, config: Config | None = None
    ) -> builtins.list[AgentRuntime]:
        """Every runtime matching ``input``, de-duplicated, across all pages.

        When ``input.page_number`` is set, exactly that page is returned.
        """
        return [item async for item in self.iter_runtimes_async(input, config)]

    def iter_runtimes_async(
        self, input: AgentRuntimeListInput | None = None, config: Config | None = None
    ) -> AsyncIterator[AgentRuntime]:
        """Lazily iterate every matching runtime (pages after the first read concurrently).

        When ``input.page_number`` is set, only that page's items are yielded.
        """
        if input is not None:
            ops.expect(input, AgentRuntimeListInput, "input")
        query = ops.list_query(input) if input is not None else {}
        page_size = input.page_size if input is not None else None
        return self._iterate_async(
            lambda request: ops.list_runtimes(query, request),
            self._runtime_pages(),
            lambda runtime: runtime.agent_runtime_id,
            page_size,
            config,
            input.page_number if input is not None else None,
        )

    # -- endpoints -----------------------------------------------------------

    async def create_endpoint_async(
        self,
        agent_runtime_id: str,
        endpoint: AgentRuntimeEndpointCreateInput,
        config: Config | None = None,
    ) -> AgentRuntimeEndpoint:
        """Create an endpoint of a runtime (CreateAgentRuntimeEndpoint)."""
        ops.expect(endpoint, AgentRuntimeEndpointCreateInput, "endpoint")
        call = ops.create_endpoint(agent_runtime_id, ops.to_generated(endpoint))
        result = await self._call_async(call, config, self._endpoint_parser(agent_runtime_id))
        return result.value

    async def delete_endpoint_async(
        self, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Delete an endpoint (DeleteAgentRuntimeEndpoint)."""
        call = ops.delete_endpoint(agent_runtime_id, endpoint_id)
        result = await self._call_async(call, config, self._endpoint_parser(agent_runtime_id))
        endpoint = result.value
        if not endpoint.agent_runtime_endpoint_id:
            endpoint.agent_runtime_endpoint_id = endpoint_id
        return endpoint

    async def update_endpoint_async(
        self,
        agent_runtime_id: str,
        endpoint_id: str,
        endpoint: AgentRuntimeEndpointUpdateInput,
        config: Config | None = None,
    ) -> AgentRuntimeEndpoint:
        """Update an endpoint (UpdateAgentRuntimeEndpoint); only the fields set are sent."""
        ops.expect(endpoint, AgentRuntimeEndpointUpdateInput, "endpoint")
        call = ops.update_endpoint(agent_runtime_id, endpoint_id, ops.to_generated(endpoint))
        result = await self._call_async(call, config, self._endpoint_parser(agent_runtime_id))
        return result.value

    async def get_endpoint_async(
        self, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Read an endpoint (GetAgentRuntimeEndpoint)."""
        call = ops.get_endpoint(agent_runtime_id, endpoint_id)
        result = await self._call_async(call, config, self._endpoint_parser(agent_runtime_id))
        return result.value

    async def list_endpoints_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointListInput | None = None,
        config: Config | None = None,
    ) -> builtins.list[AgentRuntimeEndpoint]:
        """Every endpoint of a runtime, de-duplicated, across all pages.

        When ``input.page_number`` is set, exactly that page is returned.
        """
        return [item async for item in self.iter_endpoints_async(agent_runtime_id, input, config)]

    def iter_endpoints_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointListInput | None = None,
        config: Config | None = None,
    ) -> AsyncIterator[AgentRuntimeEndpoint]:
        """Lazily iterate every endpoint of a runtime."""
        if input is not None:
            ops.expect(input, AgentRuntimeEndpointListInput, "input")
        ops.check_runtime_id(agent_runtime_id)
        query = ops.list_query(input) if input is not None else {}
        page_size = input.page_size if input is not None else None
        return self._iterate_async(
            lambda request: ops.list_endpoints(agent_runtime_id, query, request),
            self._endpoint_pages(agent_runtime_id),
            lambda endpoint: endpoint.agent_runtime_endpoint_id,
            page_size,
            config,
            input.page_number if input is not None else None,
        )

    # -- versions ------------------------------------------------------------

    async def publish_version_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeVersionPublishInput | None = None,
        config: Config | None = None,
    ) -> AgentRuntimeVersion:
        """Publish the current configuration as a new version (PublishRuntimeVersion)."""
        body = None
        if input is not None:
            ops.expect(input, AgentRuntimeVersionPublishInput, "input")
            body = ops.to_generated(input)
        call = ops.publish_version(agent_runtime_id, body)
        result = await self._call_async(call, config, _version)
        return result.value

    async def list_versions_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeVersionListInput | None = None,
        config: Config | None = None,
    ) -> builtins.list[AgentRuntimeVersion]:
        """Every published version of a runtime, across all pages.

        When ``input.page_number`` is set, exactly that page is returned.
        """
        return [item async for item in self.iter_versions_async(agent_runtime_id, input, config)]

    def iter_versions_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeVersionListInput | None = None,
        config: Config | None = None,
    ) -> AsyncIterator[AgentRuntimeVersion]:
        """Lazily iterate every published version of a runtime."""
        if input is not None:
            ops.expect(input, AgentRuntimeVersionListInput, "input")
        ops.check_runtime_id(agent_runtime_id)
        query = ops.list_query(input) if input is not None else {}
        page_size = input.page_size if input is not None else None
        return self._iterate_async(
            lambda request: ops.list_versions(agent_runtime_id, query, request),
            _VERSION_PAGES,
            lambda version: version.agent_runtime_version,
            page_size,
            config,
            input.page_number if input is not None else None,
        )

    # -- data plane ----------------------------------------------------------

    @overload
    async def invoke_openai_async(
        self,
        agent_runtime_name: str,
        agent_runtime_endpoint_name: str = ...,
        **kwargs: Unpack[ChatInvokeArgs],
    ) -> ChatResult: ...

    @overload
    async def invoke_openai_async(
        self,
        agent_runtime_name: str,
        agent_runtime_endpoint_name: str = ...,
        **kwargs: Unpack[StreamInvokeArgs],
    ) -> StreamResult: ...

    @overload
    async def invoke_openai_async(
        self,
        agent_runtime_name: str,
        agent_runtime_endpoint_name: str = ...,
        **kwargs: Unpack[InvokeArgs],
    ) -> InvokeResult: ...

    async def invoke_openai_async(
        self,
        agent_runtime_name: str,
        agent_runtime_endpoint_name: str = "Default",
        **kwargs: Unpack[InvokeArgs],
    ) -> InvokeResult:
        """OpenAI-compatible chat completion on a runtime endpoint (data plane).

        Returns a ``ChatCompletion``, or a stream of ``ChatCompletionChunk``
        when ``stream=True``.
        """
        return await invoke_openai_async(
            self, self._wire_async(), agent_runtime_name, agent_runtime_endpoint_name, kwargs
        )
