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
from .._names import check_addressable_name
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
from .reconcile import (
    AsyncCreateCheck,
    AsyncDeleteCheck,
    AsyncPublishCheck,
    AsyncUpdateCheck,
    AsyncWriteCheck,
)
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
        """Close the pooled connections and worker threads of this flavour.

        The client is closed for good: any later call, of either flavour,
        raises ``ClientClosedError``.

        Returns:
            None. Calls made on the client afterwards raise ``ClientClosedError``.

        Raises:
            Nothing: closing again does nothing.
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

        A missing ``artifact_type`` is inferred from the configuration given and
        ``network_configuration`` defaults to PUBLIC; ``cpu``, ``memory`` and ``port`` have model
        defaults. The runtime starts in CREATING.

        Args:
            input: The runtime to create; ``agent_runtime_name`` must be unique.
            config: Settings merged over the client's for this call only.

        Returns:
            The new ``AgentRuntime``, bound to this client.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeCreateInput``, has no name
                or one a URL cannot carry, or has neither code nor a container configuration; or
                ``config`` is not a ``Config``. Nothing is sent.
            ResourceAlreadyExistError: a runtime with this name exists.
            ValidationError: the service refused the input.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        _expect(input, AgentRuntimeCreateInput, "input")
        check_addressable_name(input.agent_runtime_name, "agent_runtime_name")
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
        """Delete an agent runtime (DeleteAgentRuntime).

        A plain delete of the runtime alone; ``AgentRuntime.delete`` and
        ``AgentRuntime.delete_by_id`` delete its endpoints first.

        Args:
            id: The runtime's ``agent_runtime_id``.
            config: Settings merged over the client's for this call only.

        Returns:
            The runtime as the service answered (usually DELETING); its id is set.

        Raises:
            InvalidParameterError: an id is empty or not a valid path segment, or ``config`` is
                not a ``Config``.
            ResourceNotExistError: no runtime has this id.
            ConflictError: the service refuses the delete in the runtime's state.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
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

        Args:
            id: The runtime's ``agent_runtime_id``.
            input: The fields to change.
            config: Settings merged over the client's for this call only.

        Returns:
            The runtime as the service answered (usually UPDATING).

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeUpdateInput`` or sets a
                name a URL cannot carry, an id is empty or not a valid path segment, or
                ``config`` is not a ``Config``.
            ResourceNotExistError: no runtime has this id.
            ConflictError: the runtime is busy (e.g. still CREATING).
            ValidationError: the service refused the input.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        _expect(input, AgentRuntimeUpdateInput, "input")
        if input.agent_runtime_name is not None:
            check_addressable_name(input.agent_runtime_name, "agent_runtime_name")
        body = to_wire(input)
        if needs_sizing(input):
            encode_body("UpdateAgentRuntime", body)  # a body JSON cannot carry fails first
            current = await self.get_async(id, config)
            body = to_wire(sized_update(input, current.to_wire()))
        call = operations.update_runtime(id, body)
        check = None
        if self._reconciles(config):

            async def read() -> AgentRuntime:
                return await self.get_async(id, config)

            check = AsyncUpdateCheck(call.name, id, body, read, AgentRuntime.to_wire)
        return await self._call_async(call, config, self._runtime(config), check)

    async def get_async(self, id: str, config: Config | None = None) -> AgentRuntime:
        """Read an agent runtime (GetAgentRuntime).

        Args:
            id: The runtime's ``agent_runtime_id``.
            config: Settings merged over the client's for this call only.

        Returns:
            The ``AgentRuntime``, bound to this client.

        Raises:
            InvalidParameterError: an id is empty or not a valid path segment, or ``config`` is
                not a ``Config``.
            ResourceNotExistError: no runtime has this id.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        call = operations.get_runtime(id)
        return await self._call_async(call, config, self._runtime(config))

    async def list_async(
        self, input: AgentRuntimeListInput | None = None, config: Config | None = None
    ) -> builtins.list[AgentRuntime]:
        """Every runtime matching ``input``, across all pages (ListAgentRuntimes).

        Pages after the first are read concurrently and items returned twice (the listing moved
        meanwhile) are dropped. With ``input.page_number`` set, exactly that page is returned.

        Args:
            input: Filters and paging; ``None`` lists every runtime.
            config: Settings merged over the client's for this call only.

        Returns:
            A list of ``AgentRuntime``, each bound to this client.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeListInput`` or a paging
                value is out of range, or ``config`` is not a ``Config``.
            ListingConsistencyError: with ``Config(strict_listing=True)``, the listing kept
                changing while it was read.
            ValidationError: the service refused the filters.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        return [item async for item in self.iter_runtimes_async(input, config)]

    def iter_runtimes_async(
        self,
        input: AgentRuntimeListInput | None = None,
        config: Config | None = None,
        *,
        continuation_token: str | None = None,
    ) -> AsyncPager[AgentRuntime]:
        """Iterate every runtime matching ``input`` lazily (ListAgentRuntimes).

        Nothing is sent until the pager is consumed: iterate it for items, or call ``by_page()`` for
        pages that carry a ``continuation_token``. Only ``InvalidParameterError`` comes from this
        call; the other errors below come from the iteration. With ``input.page_number`` set, only
        that page is read.

        Args:
            input: Filters and paging; ``None`` lists every runtime.
            config: Settings merged over the client's for this call only.
            continuation_token: A page's token from an earlier run of the same listing; the
                listing resumes after that page.

        Returns:
            A pager (``AsyncPager``) of ``AgentRuntime``, each bound to this client.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeListInput``, a paging value
                is out of range, the token is garbled or belongs to another listing, or
                ``config`` is not a ``Config``.
            ListingConsistencyError: with ``Config(strict_listing=True)``, the listing kept
                changing while it was read.
            ValidationError: the service refused the filters.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
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

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            endpoint: The endpoint to create; its name is unique within the runtime.
            config: Settings merged over the client's for this call only.

        Returns:
            The new ``AgentRuntimeEndpoint``, bound to this client.

        Raises:
            InvalidParameterError: ``endpoint`` is not an ``AgentRuntimeEndpointCreateInput``
                (or its name is one a URL cannot carry), an id is empty or not a valid path
                segment, or ``config`` is not a ``Config``.
            ResourceNotExistError: no runtime has this id.
            ResourceAlreadyExistError: the runtime has an endpoint of this name.
            ConflictError: the runtime is busy (CREATING or UPDATING).
            ValidationError: the service refused the input.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        _expect(endpoint, AgentRuntimeEndpointCreateInput, "endpoint")
        check_addressable_name(endpoint.agent_runtime_endpoint_name, "agent_runtime_endpoint_name")
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
        """Delete an endpoint (DeleteAgentRuntimeEndpoint).

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            endpoint_id: The endpoint's ``agent_runtime_endpoint_id``.
            config: Settings merged over the client's for this call only.

        Returns:
            The endpoint as the service answered (usually DELETING); its id is set.

        Raises:
            InvalidParameterError: an id is empty or not a valid path segment, or ``config`` is
                not a ``Config``.
            ResourceNotExistError: no such runtime or endpoint.
            ConflictError: the service refuses the delete in the endpoint's state.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
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
        """Update an endpoint (UpdateAgentRuntimeEndpoint); only the fields set are sent.

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            endpoint_id: The endpoint's ``agent_runtime_endpoint_id``.
            endpoint: The fields to change.
            config: Settings merged over the client's for this call only.

        Returns:
            The endpoint as the service answered (usually UPDATING).

        Raises:
            InvalidParameterError: ``endpoint`` is not an ``AgentRuntimeEndpointUpdateInput``
                (or its name is one a URL cannot carry), an id is empty or not a valid path
                segment, or ``config`` is not a ``Config``.
            ResourceNotExistError: no such runtime or endpoint.
            ConflictError: the runtime or the endpoint is busy.
            ValidationError: the service refused the input.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        _expect(endpoint, AgentRuntimeEndpointUpdateInput, "endpoint")
        if endpoint.agent_runtime_endpoint_name is not None:
            check_addressable_name(
                endpoint.agent_runtime_endpoint_name, "agent_runtime_endpoint_name"
            )
        body = to_wire(endpoint)
        call = operations.update_endpoint(agent_runtime_id, endpoint_id, body)
        check = None
        if self._reconciles(config):

            async def read() -> AgentRuntimeEndpoint:
                return await self.get_endpoint_async(agent_runtime_id, endpoint_id, config)

            check = AsyncUpdateCheck(
                call.name,
                endpoint_id,
                body,
                read,
                lambda found: endpoint_as_sent(found.to_wire()),
            )
        return await self._call_async(call, config, self._endpoint(agent_runtime_id, config), check)

    async def get_endpoint_async(
        self, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Read an endpoint (GetAgentRuntimeEndpoint).

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            endpoint_id: The endpoint's ``agent_runtime_endpoint_id``.
            config: Settings merged over the client's for this call only.

        Returns:
            The ``AgentRuntimeEndpoint``, bound to this client.

        Raises:
            InvalidParameterError: an id is empty or not a valid path segment, or ``config`` is
                not a ``Config``.
            ResourceNotExistError: no such runtime or endpoint.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        call = operations.get_endpoint(agent_runtime_id, endpoint_id)
        return await self._call_async(call, config, self._endpoint(agent_runtime_id, config))

    async def list_endpoints_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointListInput | None = None,
        config: Config | None = None,
    ) -> builtins.list[AgentRuntimeEndpoint]:
        """Every endpoint of a runtime, across all pages (ListAgentRuntimeEndpoints).

        Pages after the first are read concurrently and items returned twice (the listing moved
        meanwhile) are dropped. With ``input.page_number`` set, exactly that page is returned.

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            input: Filters and paging; ``None`` lists every endpoint.
            config: Settings merged over the client's for this call only.

        Returns:
            A list of ``AgentRuntimeEndpoint``, each bound to this client.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeEndpointListInput``, a
                paging value is out of range, an id is empty or not a valid path segment, or
                ``config`` is not a ``Config``.
            ResourceNotExistError: no runtime has this id.
            ListingConsistencyError: with ``Config(strict_listing=True)``, the listing kept
                changing while it was read.
            ValidationError: the service refused the filters.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
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
        """Iterate every endpoint of a runtime lazily (ListAgentRuntimeEndpoints).

        Nothing is sent until the pager is consumed: iterate it for items, or call ``by_page()`` for
        pages that carry a ``continuation_token``. Only ``InvalidParameterError`` comes from this
        call; the other errors below come from the iteration.

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            input: Filters and paging; ``None`` lists every endpoint.
            config: Settings merged over the client's for this call only.
            continuation_token: A page's token from an earlier run of the same listing; the
                listing resumes after that page.

        Returns:
            A pager (``AsyncPager``) of ``AgentRuntimeEndpoint``, each bound to this client.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeEndpointListInput``, a
                paging value is out of range, the token is garbled or belongs to another
                listing, an id is empty or not a valid path segment, or ``config`` is not a
                ``Config``.
            ResourceNotExistError: no runtime has this id.
            ListingConsistencyError: with ``Config(strict_listing=True)``, the listing kept
                changing while it was read.
            ValidationError: the service refused the filters.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
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
        """Publish a runtime's current configuration as a new version (PublishRuntimeVersion).

        Unless ``reconcile_writes`` is off, the versions are listed first, so
        that a publish whose answer is lost can be found again (see
        ``reconcile``).

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            input: An optional description of the version.
            config: Settings merged over the client's for this call only.

        Returns:
            The new ``AgentRuntimeVersion``.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeVersionPublishInput``, an
                id is empty or not a valid path segment, or ``config`` is not a ``Config``.
            ResourceNotExistError: no runtime has this id.
            ConflictError: the runtime is busy.
            ValidationError: the service refused the input.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
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
        """Every published version of a runtime, across all pages (ListAgentRuntimeVersions).

        Pages after the first are read concurrently and items returned twice (the listing moved
        meanwhile) are dropped. With ``input.page_number`` set, exactly that page is returned.

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            input: Paging; ``None`` lists every version.
            config: Settings merged over the client's for this call only.

        Returns:
            A list of ``AgentRuntimeVersion``.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeVersionListInput``, a
                paging value is out of range, an id is empty or not a valid path segment, or
                ``config`` is not a ``Config``.
            ResourceNotExistError: no runtime has this id.
            ListingConsistencyError: with ``Config(strict_listing=True)``, the listing kept
                changing while it was read.
            ValidationError: the service refused the filters.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
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
        """Iterate every published version of a runtime lazily (ListAgentRuntimeVersions).

        Nothing is sent until the pager is consumed: iterate it for items, or call ``by_page()`` for
        pages that carry a ``continuation_token``. Only ``InvalidParameterError`` comes from this
        call; the other errors below come from the iteration.

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            input: Paging; ``None`` lists every version.
            config: Settings merged over the client's for this call only.
            continuation_token: A page's token from an earlier run of the same listing; the
                listing resumes after that page.

        Returns:
            A pager (``AsyncPager``) of ``AgentRuntimeVersion``.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeVersionListInput``, a
                paging value is out of range, the token is garbled or belongs to another
                listing, an id is empty or not a valid path segment, or ``config`` is not a
                ``Config``.
            ResourceNotExistError: no runtime has this id.
            ListingConsistencyError: with ``Config(strict_listing=True)``, the listing kept
                changing while it was read.
            ValidationError: the service refused the filters.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
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
        """Send an OpenAI-compatible chat completion to a runtime endpoint (data plane).

        Requests are signed with the client's credentials and sent over its connection pool; the
        OpenAI client's own retries are off by default.

        Args:
            agent_runtime_name: The runtime's name (not its id).
            agent_runtime_endpoint_name: The endpoint's name.
            **kwargs: ``messages`` (required) and the other arguments of
                ``chat.completions.create`` (``stream``, ``temperature``, ...); ``config``
                overrides the client's settings, ``timeout`` (seconds) bounds the request and
                ``max_retries`` enables OpenAI's retries.

        Returns:
            A ``ChatCompletion``; with ``stream=True``, a stream (``AsyncStream``) of
            ``ChatCompletionChunk``.

        Raises:
            InvalidParameterError: an unknown argument, no ``messages``, a bad
                ``timeout``/``max_retries``/``config``, or a name that cannot be put in a URL.
                Nothing is sent.
            MissingDependencyError: the ``openai`` extra is not installed.
            MissingConfigurationError: no data endpoint and no account id.
            ResourceNotExistError: no such runtime or endpoint.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: the endpoint throttled the request.
            ServerError: the agent or the service failed.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        settings = self._settings(check_invoke_args(kwargs))
        return await invoke_openai_async(
            settings,
            self._transport_async(),
            agent_runtime_name,
            agent_runtime_endpoint_name,
            kwargs,
        )
