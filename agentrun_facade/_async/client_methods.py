"""AgentRuntimeClient operations (the async methods; the sync ones are derived)."""

from __future__ import annotations

import builtins
import time
from collections.abc import Callable
from typing import Any, Self, TypeVar, Unpack, overload

from .. import _operations as operations
from .._client_state import ClientState
from .._concurrency import AsyncWorkers
from .._invoke_plan import check_invoke_args
from .._requests import encode_body
from ..config import Config
from ..endpoint import AgentRuntimeEndpoint
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
    list_query,
    to_wire,
)
from ..models.inputs import needs_sizing, sized_update
from ..pagination import PageRequest
from ..runtime import AgentRuntime
from ..wire_match import endpoint_as_sent
from .invoke import (
    ChatInvokeArgs,
    ChatResult,
    InvokeArgs,
    InvokeResult,
    StreamInvokeArgs,
    StreamResult,
    invoke_openai_async,
)
from .listing import listing_pager_async
from .pager import AsyncPager
from .reconcile import AsyncCreateCheck, AsyncDeleteCheck, AsyncPublishCheck, AsyncWriteCheck
from .release import find_endpoint_async, find_runtime_async
from .transport import AsyncTransport

__all__ = ["AsyncClientMethods"]

R = TypeVar("R")
T = TypeVar("T")

_expect = operations.expect


class AsyncClientMethods(ClientState):
    """Create, read, update, delete and list runtimes, endpoints and versions."""

    # -- plumbing ------------------------------------------------------------

    def _transport_async(self) -> AsyncTransport:
        return self._get_transport(AsyncTransport)

    def _workers_async(self) -> AsyncWorkers:
        return self._transport_async().workers

    def _owner(self, config: Config | None) -> ClientState:
        """The client resources read with ``config`` are bound to."""
        return self if config is None else self.with_config(config)

    def _runtime(self, config: Config | None) -> Callable[[dict[str, Any]], AgentRuntime]:
        owner = self._owner(config)

        def make(data: dict[str, Any]) -> AgentRuntime:
            runtime = AgentRuntime.from_wire(data)
            runtime._client = owner
            return runtime

        return make

    def _endpoint(
        self, agent_runtime_id: str, config: Config | None
    ) -> Callable[[dict[str, Any]], AgentRuntimeEndpoint]:
        owner = self._owner(config)

        def make(data: dict[str, Any]) -> AgentRuntimeEndpoint:
            endpoint = AgentRuntimeEndpoint.from_wire(data)
            if not endpoint.agent_runtime_id:
                endpoint.agent_runtime_id = agent_runtime_id
            endpoint._client = owner
            return endpoint

        return make

    async def _call_async(
        self,
        call: operations.OperationCall,
        config: Config | None,
        parse: Callable[[dict[str, Any]], R],
        check: AsyncWriteCheck[R] | None = None,
    ) -> R:
        value, _request_id = await self._transport_async().request(
            call, self._settings(config), parse, check
        )
        return value

    def _reconciles(self, config: Config | None) -> bool:
        return self._resolve(config).reconcile_writes

    def _iterate_async(
        self,
        page_call: Callable[[PageRequest], operations.OperationCall],
        convert: Callable[[dict[str, Any]], T],
        key_name: str,
        query: dict[str, Any],
        config: Config | None,
        continuation_token: str | None,
    ) -> AsyncPager[T]:
        return listing_pager_async(
            self._transport_async(),
            self._settings(config),
            page_call,
            convert,
            key_name,
            query,
            continuation_token,
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the pooled connections of this flavour (sync or async).

        The client is closed for good: any later call, of either flavour,
        raises ``ClientClosedError``.
        """
        self._mark_closed()
        transport = self._existing_transport(AsyncTransport)
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
        _expect(input, AgentRuntimeCreateInput, "input")
        body = to_wire(input.prepared())
        call = operations.create_runtime(body)
        check = None
        if self._reconciles(config):
            name = str(body["agentRuntimeName"])

            async def find() -> AgentRuntime | None:
                return await find_runtime_async(self, name, config)

            check = AsyncCreateCheck(
                call.name,
                operations.RUNTIME,
                name,
                body,
                find,
                AgentRuntime.to_wire,
                operations.RUNTIME_KEY,
                time.time(),
            )
        return await self._call_async(call, config, self._runtime(config), check)

    async def delete_async(self, id: str, config: Config | None = None) -> AgentRuntime:
        """Delete an agent runtime (DeleteAgentRuntime); only its id is meaningful after."""
        call = operations.delete_runtime(id)
        make = self._runtime(config)
        check = None
        if self._reconciles(config):
            check = AsyncDeleteCheck(call.name, id, lambda: make({operations.RUNTIME_KEY: id}))
        runtime = await self._call_async(call, config, make, check)
        if not runtime.agent_runtime_id:
            runtime.agent_runtime_id = id
        return runtime

    async def update_async(
        self, id: str, input: AgentRuntimeUpdateInput, config: Config | None = None
    ) -> AgentRuntime:
        """Update an agent runtime (UpdateAgentRuntime).

        The fields set are sent, and always ``cpu``, ``memory`` and ``port``:
        those left unset are read from the runtime first (one GET), never
        filled with defaults.
        """
        _expect(input, AgentRuntimeUpdateInput, "input")
        call = operations.update_runtime(id, to_wire(input))
        if needs_sizing(input):
            encode_body(call.name, to_wire(input))  # a body JSON cannot carry fails first
            current = await self.get_async(id, config)
            call = operations.update_runtime(id, to_wire(sized_update(input, current.to_wire())))
        return await self._call_async(call, config, self._runtime(config))

    async def get_async(self, id: str, config: Config | None = None) -> AgentRuntime:
        """Read an agent runtime (GetAgentRuntime)."""
        call = operations.get_runtime(id)
        return await self._call_async(call, config, self._runtime(config))

    async def list_async(
        self, input: AgentRuntimeListInput | None = None, config: Config | None = None
    ) -> builtins.list[AgentRuntime]:
        """Every runtime matching ``input``, de-duplicated, across all pages.

        When ``input.page_number`` is set, exactly that page is returned.
        """
        return [item async for item in self.iter_runtimes_async(input, config)]

    def iter_runtimes_async(
        self,
        input: AgentRuntimeListInput | None = None,
        config: Config | None = None,
        *,
        continuation_token: str | None = None,
    ) -> AsyncPager[AgentRuntime]:
        """Lazily iterate every matching runtime (pages after the first read concurrently).

        Returns a pager: iterate it for runtimes, or call ``by_page()`` for
        pages with continuation tokens; ``continuation_token`` resumes after
        the page that issued it. When ``input.page_number`` is set, only that
        page's items are yielded.
        """
        if input is not None:
            _expect(input, AgentRuntimeListInput, "input")
        query = list_query(input) if input is not None else {}
        return self._iterate_async(
            lambda request: operations.list_runtimes(query, request),
            self._runtime(config),
            operations.RUNTIME_KEY,
            query,
            config,
            continuation_token,
        )

    # -- endpoints -----------------------------------------------------------

    async def create_endpoint_async(
        self,
        agent_runtime_id: str,
        endpoint: AgentRuntimeEndpointCreateInput,
        config: Config | None = None,
    ) -> AgentRuntimeEndpoint:
        """Create an endpoint of a runtime (CreateAgentRuntimeEndpoint).

        An endpoint without a name cannot be found again, so a lost answer to
        its create is raised rather than resolved.
        """
        _expect(endpoint, AgentRuntimeEndpointCreateInput, "endpoint")
        body = to_wire(endpoint)
        call = operations.create_endpoint(agent_runtime_id, body)
        name = endpoint.agent_runtime_endpoint_name
        check = None
        if name and self._reconciles(config):

            async def find() -> AgentRuntimeEndpoint | None:
                return await find_endpoint_async(self, agent_runtime_id, name, config)

            check = AsyncCreateCheck(
                call.name,
                operations.ENDPOINT,
                name,
                body,
                find,
                lambda found: endpoint_as_sent(found.to_wire()),
                operations.ENDPOINT_KEY,
                None,
                f"{agent_runtime_id}/",
            )
        return await self._call_async(call, config, self._endpoint(agent_runtime_id, config), check)

    async def delete_endpoint_async(
        self, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Delete an endpoint (DeleteAgentRuntimeEndpoint)."""
        call = operations.delete_endpoint(agent_runtime_id, endpoint_id)
        make = self._endpoint(agent_runtime_id, config)
        check = None
        if self._reconciles(config):
            check = AsyncDeleteCheck(
                call.name, endpoint_id, lambda: make({operations.ENDPOINT_KEY: endpoint_id})
            )
        endpoint = await self._call_async(call, config, make, check)
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
        _expect(endpoint, AgentRuntimeEndpointUpdateInput, "endpoint")
        call = operations.update_endpoint(agent_runtime_id, endpoint_id, to_wire(endpoint))
        return await self._call_async(call, config, self._endpoint(agent_runtime_id, config))

    async def get_endpoint_async(
        self, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Read an endpoint (GetAgentRuntimeEndpoint)."""
        call = operations.get_endpoint(agent_runtime_id, endpoint_id)
        return await self._call_async(call, config, self._endpoint(agent_runtime_id, config))

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
        *,
        continuation_token: str | None = None,
    ) -> AsyncPager[AgentRuntimeEndpoint]:
        """Lazily iterate every endpoint of a runtime (a pager, as ``iter_runtimes``)."""
        if input is not None:
            _expect(input, AgentRuntimeEndpointListInput, "input")
        operations.check_id(agent_runtime_id, "agent_runtime_id")
        query = list_query(input) if input is not None else {}
        return self._iterate_async(
            lambda request: operations.list_endpoints(agent_runtime_id, query, request),
            self._endpoint(agent_runtime_id, config),
            operations.ENDPOINT_KEY,
            query,
            config,
            continuation_token,
        )

    # -- versions ------------------------------------------------------------

    async def publish_version_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeVersionPublishInput | None = None,
        config: Config | None = None,
    ) -> AgentRuntimeVersion:
        """Publish the current configuration as a new version (PublishRuntimeVersion).

        Unless ``reconcile_writes`` is off, the versions are listed first, so
        that a publish whose answer is lost can be found again (see
        ``reconcile``).
        """
        body = None
        if input is not None:
            _expect(input, AgentRuntimeVersionPublishInput, "input")
            body = to_wire(input)
        call = operations.publish_version(agent_runtime_id, body)
        check = None
        if self._reconciles(config):

            async def versions() -> builtins.list[AgentRuntimeVersion]:
                return await self.list_versions_async(agent_runtime_id, config=config)

            description = input.description if input is not None else None
            check = await AsyncPublishCheck.noting_async(agent_runtime_id, description, versions)
        return await self._call_async(call, config, AgentRuntimeVersion.from_wire, check)

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
        *,
        continuation_token: str | None = None,
    ) -> AsyncPager[AgentRuntimeVersion]:
        """Lazily iterate every published version of a runtime (a pager, as ``iter_runtimes``)."""
        if input is not None:
            _expect(input, AgentRuntimeVersionListInput, "input")
        operations.check_id(agent_runtime_id, "agent_runtime_id")
        query = list_query(input) if input is not None else {}
        return self._iterate_async(
            lambda request: operations.list_versions(agent_runtime_id, query, request),
            AgentRuntimeVersion.from_wire,
            operations.VERSION_KEY,
            query,
            config,
            continuation_token,
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
        settings = self._settings(check_invoke_args(kwargs))
        return await invoke_openai_async(
            settings,
            self._transport_async(),
            agent_runtime_name,
            agent_runtime_endpoint_name,
            kwargs,
        )
