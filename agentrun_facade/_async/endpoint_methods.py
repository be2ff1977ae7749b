"""Methods of the ``AgentRuntimeEndpoint`` resource (async; the sync ones are derived)."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self, Unpack, overload

from .._resource_binding import client_for, default_client, require_id
from ..config import Config
from ..models import (
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    RoutingConfig,
    Status,
)
from ..waiters import DEFAULT_WAIT_INTERVAL, DEFAULT_WAIT_TIMEOUT, ENDPOINT_READY_SPEC
from . import release
from .invoke import (
    ChatInvokeArgs,
    ChatResult,
    InvokeArgs,
    InvokeResult,
    StreamInvokeArgs,
    StreamResult,
)
from .service import AsyncRuntimeService
from .waiting import delete_and_wait_async, wait_until_ready_async

__all__ = ["AsyncAgentRuntimeEndpointMethods"]


class AsyncAgentRuntimeEndpointMethods:
    """Class methods use the process-wide client; instances use the client that made them."""

    if not TYPE_CHECKING:
        # Runtime only: mypy would refuse assigning the fields the resource class declares.
        __slots__ = ()
    else:
        _client: object
        agent_runtime_id: str | None
        agent_runtime_endpoint_id: str | None
        agent_runtime_endpoint_name: str | None
        status: Status | str | None
        status_reason: str | None
        target_version: str | None
        routing_configuration: RoutingConfig | None

        to_wire: Callable[[], dict[str, Any]]

        def update_fields_from(self, other: object) -> None: ...

    @classmethod
    def _default_service_async(cls) -> AsyncRuntimeService[Any, Self]:
        service: AsyncRuntimeService[Any, Self] = default_client()
        return service

    def _service_async(self) -> AsyncRuntimeService[Any, Self]:
        service: AsyncRuntimeService[Any, Self] = client_for(self)
        return service

    # -- class methods -------------------------------------------------------

    @classmethod
    async def create_by_id_async(
        cls,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointCreateInput,
        config: Config | None = None,
    ) -> Self:
        """Create an endpoint of a runtime (CreateAgentRuntimeEndpoint).

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            input: The endpoint to create; its name is unique within the runtime.
            config: Settings merged over the client's for this call only.

        Returns:
            The new ``AgentRuntimeEndpoint`` (usually CREATING).

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeEndpointCreateInput`` (or
                its name is one a URL cannot carry), an id is empty or not a valid path segment,
                or ``config`` is not a ``Config``.
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
        return await cls._default_service_async().create_endpoint_async(
            agent_runtime_id, input, config=config
        )

    @classmethod
    async def delete_by_id_async(
        cls, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> Self:
        """Delete one endpoint (DeleteAgentRuntimeEndpoint).

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            endpoint_id: The endpoint's ``agent_runtime_endpoint_id``.
            config: Settings merged over the client's for this call only.

        Returns:
            The endpoint as the service answered (usually DELETING).

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
        return await cls._default_service_async().delete_endpoint_async(
            agent_runtime_id, endpoint_id, config=config
        )

    @classmethod
    async def update_by_id_async(
        cls,
        agent_runtime_id: str,
        endpoint_id: str,
        input: AgentRuntimeEndpointUpdateInput,
        config: Config | None = None,
    ) -> Self:
        """Update one endpoint (UpdateAgentRuntimeEndpoint); only the fields set are sent.

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            endpoint_id: The endpoint's ``agent_runtime_endpoint_id``.
            input: The fields to change.
            config: Settings merged over the client's for this call only.

        Returns:
            The endpoint as the service answered (usually UPDATING).

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeEndpointUpdateInput`` (or
                its name is one a URL cannot carry), an id is empty or not a valid path segment,
                or ``config`` is not a ``Config``.
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
        return await cls._default_service_async().update_endpoint_async(
            agent_runtime_id, endpoint_id, input, config=config
        )

    @classmethod
    async def get_by_id_async(
        cls, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> Self:
        """Read one endpoint (GetAgentRuntimeEndpoint).

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            endpoint_id: The endpoint's ``agent_runtime_endpoint_id``.
            config: Settings merged over the client's for this call only.

        Returns:
            The ``AgentRuntimeEndpoint``.

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
        return await cls._default_service_async().get_endpoint_async(
            agent_runtime_id, endpoint_id, config=config
        )

    @classmethod
    async def list_by_id_async(
        cls, agent_runtime_id: str, config: Config | None = None
    ) -> builtins.list[Self]:
        """Every endpoint of a runtime, across all pages (ListAgentRuntimeEndpoints).

        Items returned twice while the listing moved are dropped. Filters are on
        ``AgentRuntimeClient.list_endpoints``.

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            config: Settings merged over the client's for this call only.

        Returns:
            A list of ``AgentRuntimeEndpoint``.

        Raises:
            InvalidParameterError: an id is empty or not a valid path segment, or ``config`` is
                not a ``Config``.
            ResourceNotExistError: no runtime has this id.
            ListingConsistencyError: with ``Config(strict_listing=True)``, the listing kept
                changing while it was read.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        return await cls._default_service_async().list_endpoints_async(
            agent_runtime_id, config=config
        )

    @classmethod
    async def apply_async(
        cls,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointCreateInput,
        *,
        config: Config | None = None,
        wait: bool = True,
        timeout_seconds: float = 600.0,
    ) -> Self:
        """Create the endpoint ``input`` names in a runtime, or update it with what differs.

        Nothing is sent when nothing differs. An endpoint still CREATING or UPDATING is waited out
        first. ``target_version`` defaults to ``LATEST``, so an input that leaves it unset points an
        existing endpoint at ``LATEST``.

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            input: The endpoint wanted, found by ``agent_runtime_endpoint_name``.
            config: Settings merged over the client's for this call only.
            wait: Whether to wait until the endpoint is READY.
            timeout_seconds: How long each wait may take.

        Returns:
            The endpoint created, updated or found unchanged.

        Raises:
            InvalidParameterError: ``input`` has no endpoint name, an id is unusable, or
                ``timeout_seconds`` is not a positive number.
            ResourceNotExistError: no runtime has this id.
            ResourceFailedError: the endpoint is, or ends, in a failed status.
            WaiterTimeoutError: it did not settle within ``timeout_seconds``.
            ResourceAlreadyExistError: an endpoint of this name appeared meanwhile.
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
        applied = await release.apply_endpoint_async(
            cls._default_service_async(),
            agent_runtime_id,
            input,
            config=config,
            wait=wait,
            timeout_seconds=timeout_seconds,
        )
        return applied.resource

    # -- instance methods ----------------------------------------------------

    def _ids(self) -> tuple[str, str]:
        return (
            require_id(self.agent_runtime_id, "agent_runtime_id"),
            require_id(self.agent_runtime_endpoint_id, "agent_runtime_endpoint_id"),
        )

    async def delete_async(self, config: Config | None = None) -> Self:
        """Delete this endpoint (DeleteAgentRuntimeEndpoint).

        Args:
            config: Settings merged over the client's for this call only.

        Returns:
            ``self``, with the status the service answered (usually DELETING).

        Raises:
            InvalidParameterError: this object lacks ``agent_runtime_id`` or
                ``agent_runtime_endpoint_id``, or ``config`` is not a ``Config``.
            ResourceNotExistError: the endpoint no longer exists.
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
        runtime_id, endpoint_id = self._ids()
        deleted = await self._service_async().delete_endpoint_async(
            runtime_id, endpoint_id, config=config
        )
        if deleted.status is not None:
            self.status = deleted.status
            self.status_reason = deleted.status_reason
        return self

    async def update_async(
        self, input: AgentRuntimeEndpointUpdateInput, config: Config | None = None
    ) -> Self:
        """Update this endpoint (UpdateAgentRuntimeEndpoint); only the fields set are sent.

        Args:
            input: The fields to change.
            config: Settings merged over the client's for this call only.

        Returns:
            ``self``, holding the state the service answered.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeEndpointUpdateInput`` (or
                its name is one a URL cannot carry), this object lacks ``agent_runtime_id`` or
                ``agent_runtime_endpoint_id``, or ``config`` is not a ``Config``.
            ResourceNotExistError: the endpoint no longer exists.
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
        runtime_id, endpoint_id = self._ids()
        updated = await self._service_async().update_endpoint_async(
            runtime_id, endpoint_id, input, config=config
        )
        self.update_fields_from(updated)
        return self

    async def get_async(self, config: Config | None = None) -> Self:
        """Re-read this endpoint (GetAgentRuntimeEndpoint).

        Args:
            config: Settings merged over the client's for this call only.

        Returns:
            ``self``, holding the state read.

        Raises:
            InvalidParameterError: this object lacks ``agent_runtime_id`` or
                ``agent_runtime_endpoint_id``, or ``config`` is not a ``Config``.
            ResourceNotExistError: the endpoint no longer exists.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        runtime_id, endpoint_id = self._ids()
        fresh = await self._service_async().get_endpoint_async(
            runtime_id, endpoint_id, config=config
        )
        self.update_fields_from(fresh)
        return self

    async def refresh_async(self, config: Config | None = None) -> Self:
        """Alias of :meth:`get_async`.

        Args:
            config: Settings merged over the client's for this call only.

        Returns:
            ``self``, holding the state read.

        Raises:
            InvalidParameterError: this object lacks ``agent_runtime_id`` or
                ``agent_runtime_endpoint_id``, or ``config`` is not a ``Config``.
            ResourceNotExistError: the endpoint no longer exists.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        return await self.get_async(config)

    async def start_canary_async(
        self,
        version: str,
        weight: float,
        *,
        config: Config | None = None,
        timeout_seconds: float = 600.0,
    ) -> Self:
        """Send part of the traffic to another published version; the target stays.

        The endpoint is re-read and waited until READY before and after the change.

        Args:
            version: A published version of the runtime, or ``LATEST``.
            weight: The share of the traffic it gets, between 0 and 1 (exclusive).
            config: Settings merged over the client's for this call only.
            timeout_seconds: How long each wait may take.

        Returns:
            ``self``, holding the state after the change.

        Raises:
            InvalidParameterError: ``weight`` is outside (0, 1), ``version`` is not published or
                is already the target, an id is missing, or ``timeout_seconds`` is not a
                positive number.
            ResourceFailedError: the endpoint is, or ends, in a failed status.
            WaiterTimeoutError: it did not settle within ``timeout_seconds``.
            ResourceNotExistError: the endpoint no longer exists.
            ConflictError: the runtime or the endpoint is busy.
            ValidationError: the service refused the routing.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        done = await release.start_canary_async(
            self._service_async(),
            self,
            version,
            weight,
            config=config,
            timeout_seconds=timeout_seconds,
        )
        self.update_fields_from(done)
        return self

    async def promote_canary_async(
        self, *, config: Config | None = None, timeout_seconds: float = 600.0
    ) -> Self:
        """Make the running canary's version the target and clear the weights.

        The endpoint is re-read and waited until READY before and after the change.

        Args:
            config: Settings merged over the client's for this call only.
            timeout_seconds: How long each wait may take.

        Returns:
            ``self``, holding the state after the change.

        Raises:
            InvalidParameterError: no canary is running, an id is missing, or
                ``timeout_seconds`` is not a positive number.
            ResourceFailedError: the endpoint is, or ends, in a failed status.
            WaiterTimeoutError: it did not settle within ``timeout_seconds``.
            ResourceNotExistError: the endpoint no longer exists.
            ConflictError: the runtime or the endpoint is busy.
            ValidationError: the service refused the routing.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        done = await release.promote_canary_async(
            self._service_async(), self, config=config, timeout_seconds=timeout_seconds
        )
        self.update_fields_from(done)
        return self

    async def rollback_async(
        self, *, config: Config | None = None, timeout_seconds: float = 600.0
    ) -> Self:
        """Stop a running canary; without one, target the previous published version.

        The previous version is the newest published one older than the target (``LATEST`` counts as
        the newest of all). The endpoint is waited until READY before and after the change.

        Args:
            config: Settings merged over the client's for this call only.
            timeout_seconds: How long each wait may take.

        Returns:
            ``self``, holding the state after the change.

        Raises:
            InvalidParameterError: no canary runs and no earlier version is published, an id is
                missing, or ``timeout_seconds`` is not a positive number. Nothing is changed.
            ResourceFailedError: the endpoint is, or ends, in a failed status.
            WaiterTimeoutError: it did not settle within ``timeout_seconds``.
            ResourceNotExistError: the endpoint no longer exists.
            ConflictError: the runtime or the endpoint is busy.
            ValidationError: the service refused the routing.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        done = await release.rollback_async(
            self._service_async(), self, config=config, timeout_seconds=timeout_seconds
        )
        self.update_fields_from(done)
        return self

    @overload
    async def invoke_openai_async(self, **kwargs: Unpack[ChatInvokeArgs]) -> ChatResult: ...

    @overload
    async def invoke_openai_async(self, **kwargs: Unpack[StreamInvokeArgs]) -> StreamResult: ...

    @overload
    async def invoke_openai_async(self, **kwargs: Unpack[InvokeArgs]) -> InvokeResult: ...

    async def invoke_openai_async(self, **kwargs: Unpack[InvokeArgs]) -> InvokeResult:
        """Send an OpenAI-compatible chat completion to this endpoint.

        The runtime's name, which the data plane needs, is read first (GetAgentRuntime).

        Args:
            **kwargs: ``messages`` (required) and the other arguments of
                ``chat.completions.create``; ``config``, ``timeout`` and ``max_retries`` as for
                ``AgentRuntimeClient.invoke_openai``.

        Returns:
            A ``ChatCompletion``; with ``stream=True``, a stream (``AsyncStream``) of
            ``ChatCompletionChunk``.

        Raises:
            InvalidParameterError: an unknown argument, no ``messages``, a bad
                ``timeout``/``max_retries``/``config``, no ids or name on this object, or a name
                that cannot be put in a URL. No chat request is sent.
            MalformedResponseError: the runtime read does not match the API.
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
        runtime_id = require_id(self.agent_runtime_id, "agent_runtime_id")
        endpoint_name = require_id(self.agent_runtime_endpoint_name, "agent_runtime_endpoint_name")
        client = self._service_async()
        runtime = await client.get_async(runtime_id, config=kwargs.get("config"))
        runtime_name = require_id(runtime.agent_runtime_name, "agent_runtime_name")
        return await client.invoke_openai_async(runtime_name, endpoint_name, **kwargs)

    async def wait_until_ready_or_failed_async(
        self,
        callback: Callable[[Self], Any] | None = None,
        interval_seconds: float = DEFAULT_WAIT_INTERVAL,
        timeout_seconds: float = DEFAULT_WAIT_TIMEOUT,
    ) -> Self:
        """Poll this endpoint until it is READY or ACTIVE (GetAgentRuntimeEndpoint, growing waits).

        A status the SDK does not know keeps the wait going.

        Args:
            callback: Called with ``self`` on every status change, including the one that ends
                the wait.
            interval_seconds: The first delay between polls (it grows from there).
            timeout_seconds: How long to poll before giving up.

        Returns:
            ``self``, holding the last state read.

        Raises:
            InvalidParameterError: this object lacks ``agent_runtime_id`` or
                ``agent_runtime_endpoint_id``, an interval or timeout is not a positive
                number, or ``callback`` is not callable.
            ResourceFailedError: ``FAILED`` or a ``*_FAILED`` status (``status_reason`` tells
                why).
            WaiterTimeoutError: not ready at the deadline (the error names the last status).
            ResourceNotExistError: the endpoint was deleted meanwhile.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        return await wait_until_ready_async(
            self, callback, interval_seconds, timeout_seconds, spec=ENDPOINT_READY_SPEC
        )

    async def delete_and_wait_until_finished_async(
        self,
        callback: Callable[[Self], Any] | None = None,
        interval_seconds: float = DEFAULT_WAIT_INTERVAL,
        timeout_seconds: float = DEFAULT_WAIT_TIMEOUT,
    ) -> Self:
        """Delete this endpoint and poll until it is gone.

        Args:
            callback: Called with ``self`` on every status change, including the one that ends
                the wait.
            interval_seconds: The first delay between polls (it grows from there).
            timeout_seconds: How long to poll before giving up.

        Returns:
            ``self``, holding the last state read.

        Raises:
            InvalidParameterError: this object lacks ``agent_runtime_id`` or
                ``agent_runtime_endpoint_id``, or an interval or timeout is not a positive
                number.
            DeleteResourceError: the endpoint settled in a status other than DELETING.
            WaiterTimeoutError: still DELETING at the deadline.
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
        return await delete_and_wait_async(self, callback, interval_seconds, timeout_seconds)
