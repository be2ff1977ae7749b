"""Methods of the ``AgentRuntime`` resource (async; the sync ones are derived)."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self, Unpack, overload

from .._resource_binding import client_for, default_client, require_id
from ..config import Config
from ..models import (
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionPublishInput,
    Status,
)
from ..models.inputs import needs_sizing, sized_update
from ..waiters import (
    DEFAULT_WAIT_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    DRAIN_INTERVAL_SECONDS,
    DRAIN_TIMEOUT_SECONDS,
)
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
from .waiting import delete_and_wait_async, delete_runtime_cascade_async, wait_until_ready_async

if TYPE_CHECKING:
    from ..endpoint import AgentRuntimeEndpoint

__all__ = ["AsyncAgentRuntimeMethods"]


def _endpoint_id(endpoint: AgentRuntimeEndpoint) -> str | None:
    return endpoint.agent_runtime_endpoint_id


class AsyncAgentRuntimeMethods:
    """Class methods use the process-wide client; instances use the client that made them."""

    if not TYPE_CHECKING:
        # Runtime only: mypy would refuse assigning the fields the resource class declares.
        __slots__ = ()
    else:
        _client: object
        agent_runtime_id: str | None
        agent_runtime_name: str | None
        status: Status | str | None
        status_reason: str | None

        to_wire: Callable[[], dict[str, Any]]

        def update_fields_from(self, other: object) -> None: ...

    @classmethod
    def _default_service_async(cls) -> AsyncRuntimeService[Self, AgentRuntimeEndpoint]:
        service: AsyncRuntimeService[Self, AgentRuntimeEndpoint] = default_client()
        return service

    def _service_async(self) -> AsyncRuntimeService[Self, AgentRuntimeEndpoint]:
        service: AsyncRuntimeService[Self, AgentRuntimeEndpoint] = client_for(self)
        return service

    # -- class methods -------------------------------------------------------

    @classmethod
    async def create_async(
        cls, input: AgentRuntimeCreateInput, config: Config | None = None
    ) -> Self:
        """Create an agent runtime with the process-wide client (CreateAgentRuntime).

        Args:
            input: The runtime to create; ``agent_runtime_name`` must be unique.
            config: Settings merged over the client's for this call only.

        Returns:
            The new ``AgentRuntime`` (usually CREATING).

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
        return await cls._default_service_async().create_async(input, config=config)

    @classmethod
    async def delete_by_id_async(
        cls,
        id: str,
        config: Config | None = None,
        *,
        drain_interval_seconds: float = DRAIN_INTERVAL_SECONDS,
        drain_timeout_seconds: float = DRAIN_TIMEOUT_SECONDS,
    ) -> Self:
        """Delete a runtime and its endpoints.

        Every endpoint of the runtime is deleted first, then the endpoints are listed until none is
        left, then the runtime itself is deleted.

        Args:
            id: The runtime's ``agent_runtime_id``.
            config: Settings merged over the client's for this call only.
            drain_interval_seconds: The longest delay between two listings of the endpoints being
                deleted (the delays grow up to it).
            drain_timeout_seconds: How long to wait for the endpoints to be gone before giving up
                without deleting the runtime.

        Returns:
            The runtime as the service answered its delete (usually DELETING).

        Raises:
            InvalidParameterError: an id is empty or not a valid path segment, ``config`` is not
                a ``Config``, or a drain setting is not a positive number (nothing is sent).
            ResourceNotExistError: no runtime has this id.
            ConflictError: the service refuses a delete in the current state.
            WaiterTimeoutError: endpoints were still listed at the drain deadline; the runtime
                was not deleted.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        return await delete_runtime_cascade_async(
            cls._default_service_async(),
            id,
            config,
            _endpoint_id,
            drain_interval_seconds=drain_interval_seconds,
            drain_timeout_seconds=drain_timeout_seconds,
        )

    @classmethod
    async def update_by_id_async(
        cls, id: str, input: AgentRuntimeUpdateInput, config: Config | None = None
    ) -> Self:
        """Update a runtime by id (UpdateAgentRuntime): the fields set, and always ``cpu``,
        ``memory`` and ``port``.

        Those three, when unset, keep the runtime's current values (one GET).

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
        return await cls._default_service_async().update_async(id, input, config=config)

    @classmethod
    async def get_by_id_async(cls, id: str, config: Config | None = None) -> Self:
        """Read a runtime by id (GetAgentRuntime).

        Args:
            id: The runtime's ``agent_runtime_id``.
            config: Settings merged over the client's for this call only.

        Returns:
            The ``AgentRuntime``.

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
        return await cls._default_service_async().get_async(id, config=config)

    @classmethod
    async def list_all_async(cls, *, config: Config | None = None) -> builtins.list[Self]:
        """Every runtime, across all pages (ListAgentRuntimes).

        Items returned twice while the listing moved are dropped. Filters are on
        ``AgentRuntimeClient.list``.

        Args:
            config: Settings merged over the client's for this call only.

        Returns:
            A list of ``AgentRuntime``.

        Raises:
            InvalidParameterError: ``config`` is not a ``Config``.
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
        return await cls._default_service_async().list_async(config=config)

    @classmethod
    async def list_async(cls, config: Config | None = None) -> builtins.list[Self]:
        """Every runtime, across all pages (ListAgentRuntimes).

        Items returned twice while the listing moved are dropped. Filters are on
        ``AgentRuntimeClient.list``.

        Args:
            config: Settings merged over the client's for this call only.

        Returns:
            A list of ``AgentRuntime``.

        Raises:
            InvalidParameterError: ``config`` is not a ``Config``.
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
        return await cls._default_service_async().list_async(config=config)

    @classmethod
    async def create_endpoint_by_id_async(
        cls,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointCreateInput,
        config: Config | None = None,
    ) -> AgentRuntimeEndpoint:
        """Create an endpoint of a runtime (CreateAgentRuntimeEndpoint).

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            input: The endpoint to create; its name is unique within the runtime.
            config: Settings merged over the client's for this call only.

        Returns:
            The new ``AgentRuntimeEndpoint``.

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
    async def delete_endpoint_by_id_async(
        cls, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
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
    async def update_endpoint_by_id_async(
        cls,
        agent_runtime_id: str,
        endpoint_id: str,
        input: AgentRuntimeEndpointUpdateInput,
        config: Config | None = None,
    ) -> AgentRuntimeEndpoint:
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
    async def get_endpoint_by_id_async(
        cls, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
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
    async def list_endpoints_by_id_async(
        cls, agent_runtime_id: str, config: Config | None = None
    ) -> builtins.list[AgentRuntimeEndpoint]:
        """Every endpoint of a runtime, across all pages (ListAgentRuntimeEndpoints).

        Items returned twice while the listing moved are dropped.

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
    async def list_versions_by_id_async(
        cls, agent_runtime_id: str, config: Config | None = None
    ) -> builtins.list[AgentRuntimeVersion]:
        """Every published version of a runtime, across all pages (ListAgentRuntimeVersions).

        Items returned twice while the listing moved are dropped.

        Args:
            agent_runtime_id: The runtime's ``agent_runtime_id``.
            config: Settings merged over the client's for this call only.

        Returns:
            A list of ``AgentRuntimeVersion``.

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
        return await cls._default_service_async().list_versions_async(
            agent_runtime_id, config=config
        )

    @classmethod
    async def publish_version_by_id_async(
        cls,
        agent_runtime_id: str,
        input: AgentRuntimeVersionPublishInput | None = None,
        config: Config | None = None,
    ) -> AgentRuntimeVersion:
        """Publish a runtime's current configuration as a new version (PublishRuntimeVersion).

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
        return await cls._default_service_async().publish_version_async(
            agent_runtime_id, input, config=config
        )

    @classmethod
    async def apply_async(
        cls,
        input: AgentRuntimeCreateInput,
        *,
        config: Config | None = None,
        wait: bool = True,
        timeout_seconds: float = 600.0,
    ) -> Self:
        """Create the runtime ``input`` names, or update it with what differs.

        Nothing is sent when nothing differs. A runtime still CREATING or UPDATING is waited out
        first, and one being deleted is created anew.

        Args:
            input: The runtime wanted, found by ``agent_runtime_name``.
            config: Settings merged over the client's for this call only.
            wait: Whether to wait until the runtime is READY.
            timeout_seconds: How long each wait may take.

        Returns:
            The runtime created, updated or found unchanged.

        Raises:
            InvalidParameterError: ``input`` breaks a create rule, or ``timeout_seconds`` is not
                a positive number. Nothing is sent.
            ResourceFailedError: the runtime is, or ends, in a failed status.
            WaiterTimeoutError: it did not settle within ``timeout_seconds``.
            ResourceAlreadyExistError: a runtime of this name appeared meanwhile.
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
        applied = await release.apply_runtime_async(
            cls._default_service_async(),
            input,
            config=config,
            wait=wait,
            timeout_seconds=timeout_seconds,
        )
        return applied.resource

    # -- instance methods ----------------------------------------------------

    def _id(self) -> str:
        return require_id(self.agent_runtime_id, "agent_runtime_id")

    async def delete_async(
        self,
        config: Config | None = None,
        *,
        drain_interval_seconds: float = DRAIN_INTERVAL_SECONDS,
        drain_timeout_seconds: float = DRAIN_TIMEOUT_SECONDS,
    ) -> Self:
        """Delete this runtime and its endpoints.

        Every endpoint of the runtime is deleted first, then the endpoints are listed until none is
        left, then the runtime itself is deleted.

        Args:
            config: Settings merged over the client's for this call only.
            drain_interval_seconds: The longest delay between two listings of the endpoints being
                deleted (the delays grow up to it).
            drain_timeout_seconds: How long to wait for the endpoints to be gone before giving up
                without deleting the runtime.

        Returns:
            ``self``.

        Raises:
            InvalidParameterError: this object has no ``agent_runtime_id``, ``config`` is not a
                ``Config``, or a drain setting is not a positive number (nothing is sent).
            ResourceNotExistError: no runtime has this id.
            ConflictError: the service refuses a delete in the current state.
            WaiterTimeoutError: endpoints were still listed at the drain deadline; the runtime
                was not deleted.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        await delete_runtime_cascade_async(
            self._service_async(),
            self._id(),
            config,
            _endpoint_id,
            drain_interval_seconds=drain_interval_seconds,
            drain_timeout_seconds=drain_timeout_seconds,
        )
        return self

    async def update_async(
        self, input: AgentRuntimeUpdateInput, config: Config | None = None
    ) -> Self:
        """Update this runtime (UpdateAgentRuntime).

        ``cpu``, ``memory`` and ``port`` are always sent: those ``input`` leaves
        unset keep this object's values (as last read).

        Args:
            input: The fields to change.
            config: Settings merged over the client's for this call only.

        Returns:
            ``self``, holding the state the service answered.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeUpdateInput`` or sets a
                name a URL cannot carry, this object has no ``agent_runtime_id``, or ``config``
                is not a ``Config``.
            ResourceNotExistError: the runtime no longer exists.
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
        if needs_sizing(input):
            input = sized_update(input, self.to_wire())
        updated = await self._service_async().update_async(self._id(), input, config=config)
        self.update_fields_from(updated)
        return self

    async def get_async(self, config: Config | None = None) -> Self:
        """Re-read this runtime (GetAgentRuntime).

        Args:
            config: Settings merged over the client's for this call only.

        Returns:
            ``self``, holding the state read.

        Raises:
            InvalidParameterError: this object has no ``agent_runtime_id``, or ``config`` is not
                a ``Config``.
            ResourceNotExistError: the runtime no longer exists.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        fresh = await self._service_async().get_async(self._id(), config=config)
        self.update_fields_from(fresh)
        return self

    async def refresh_async(self, config: Config | None = None) -> Self:
        """Alias of :meth:`get_async`.

        Args:
            config: Settings merged over the client's for this call only.

        Returns:
            ``self``, holding the state read.

        Raises:
            InvalidParameterError: this object has no ``agent_runtime_id``, or ``config`` is not
                a ``Config``.
            ResourceNotExistError: the runtime no longer exists.
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

    async def create_endpoint_async(
        self, input: AgentRuntimeEndpointCreateInput, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Create an endpoint of this runtime (CreateAgentRuntimeEndpoint).

        Args:
            input: The endpoint to create; its name is unique within the runtime.
            config: Settings merged over the client's for this call only.

        Returns:
            The new ``AgentRuntimeEndpoint``.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeEndpointCreateInput`` (or
                its name is one a URL cannot carry), this object has no ``agent_runtime_id``, or
                ``config`` is not a ``Config``.
            ResourceNotExistError: the runtime no longer exists.
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
        return await self._service_async().create_endpoint_async(self._id(), input, config=config)

    async def delete_endpoint_async(
        self, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Delete one endpoint of this runtime (DeleteAgentRuntimeEndpoint).

        Args:
            endpoint_id: The endpoint's ``agent_runtime_endpoint_id``.
            config: Settings merged over the client's for this call only.

        Returns:
            The endpoint as the service answered (usually DELETING).

        Raises:
            InvalidParameterError: this object has no ``agent_runtime_id``, ``endpoint_id`` is
                empty, or ``config`` is not a ``Config``.
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
        return await self._service_async().delete_endpoint_async(
            self._id(), endpoint_id, config=config
        )

    async def update_endpoint_async(
        self,
        endpoint_id: str,
        endpoint: AgentRuntimeEndpointUpdateInput,
        config: Config | None = None,
    ) -> AgentRuntimeEndpoint:
        """Update one endpoint of this runtime; only the fields set are sent.

        Args:
            endpoint_id: The endpoint's ``agent_runtime_endpoint_id``.
            endpoint: The fields to change.
            config: Settings merged over the client's for this call only.

        Returns:
            The endpoint as the service answered (usually UPDATING).

        Raises:
            InvalidParameterError: ``endpoint`` is not an ``AgentRuntimeEndpointUpdateInput``
                (or its name is one a URL cannot carry), an id is missing, or ``config`` is not
                a ``Config``.
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
        return await self._service_async().update_endpoint_async(
            self._id(), endpoint_id, endpoint, config=config
        )

    async def get_endpoint_async(
        self, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Read one endpoint of this runtime (GetAgentRuntimeEndpoint).

        Args:
            endpoint_id: The endpoint's ``agent_runtime_endpoint_id``.
            config: Settings merged over the client's for this call only.

        Returns:
            The ``AgentRuntimeEndpoint``.

        Raises:
            InvalidParameterError: an id is missing, or ``config`` is not a ``Config``.
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
        return await self._service_async().get_endpoint_async(
            self._id(), endpoint_id, config=config
        )

    async def list_endpoints_async(
        self, config: Config | None = None
    ) -> builtins.list[AgentRuntimeEndpoint]:
        """Every endpoint of this runtime, across all pages (ListAgentRuntimeEndpoints).

        Items returned twice while the listing moved are dropped.

        Args:
            config: Settings merged over the client's for this call only.

        Returns:
            A list of ``AgentRuntimeEndpoint``.

        Raises:
            InvalidParameterError: this object has no ``agent_runtime_id``, or ``config`` is not
                a ``Config``.
            ResourceNotExistError: the runtime no longer exists.
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
        return await self._service_async().list_endpoints_async(self._id(), config=config)

    async def list_versions_async(
        self, config: Config | None = None
    ) -> builtins.list[AgentRuntimeVersion]:
        """Every published version of this runtime, across all pages (ListAgentRuntimeVersions).

        Items returned twice while the listing moved are dropped.

        Args:
            config: Settings merged over the client's for this call only.

        Returns:
            A list of ``AgentRuntimeVersion``.

        Raises:
            InvalidParameterError: this object has no ``agent_runtime_id``, or ``config`` is not
                a ``Config``.
            ResourceNotExistError: the runtime no longer exists.
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
        return await self._service_async().list_versions_async(self._id(), config=config)

    async def publish_version_async(
        self, input: AgentRuntimeVersionPublishInput | None = None, config: Config | None = None
    ) -> AgentRuntimeVersion:
        """Publish this runtime's current configuration as a new version (PublishRuntimeVersion).

        Args:
            input: An optional description of the version.
            config: Settings merged over the client's for this call only.

        Returns:
            The new ``AgentRuntimeVersion``.

        Raises:
            InvalidParameterError: ``input`` is not an ``AgentRuntimeVersionPublishInput``, this
                object has no ``agent_runtime_id``, or ``config`` is not a ``Config``.
            ResourceNotExistError: the runtime no longer exists.
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
        return await self._service_async().publish_version_async(self._id(), input, config=config)

    @overload
    async def invoke_openai_async(
        self, agent_runtime_endpoint_name: str = ..., **kwargs: Unpack[ChatInvokeArgs]
    ) -> ChatResult: ...

    @overload
    async def invoke_openai_async(
        self, agent_runtime_endpoint_name: str = ..., **kwargs: Unpack[StreamInvokeArgs]
    ) -> StreamResult: ...

    @overload
    async def invoke_openai_async(
        self, agent_runtime_endpoint_name: str = ..., **kwargs: Unpack[InvokeArgs]
    ) -> InvokeResult: ...

    async def invoke_openai_async(
        self, agent_runtime_endpoint_name: str = "Default", **kwargs: Unpack[InvokeArgs]
    ) -> InvokeResult:
        """Send an OpenAI-compatible chat completion to one of this runtime's endpoints.

        When this object has no name, the runtime is read first (GetAgentRuntime).

        Args:
            agent_runtime_endpoint_name: The endpoint's name.
            **kwargs: ``messages`` (required) and the other arguments of
                ``chat.completions.create``; ``config``, ``timeout`` and ``max_retries`` as for
                ``AgentRuntimeClient.invoke_openai``.

        Returns:
            A ``ChatCompletion``; with ``stream=True``, a stream (``AsyncStream``) of
            ``ChatCompletionChunk``.

        Raises:
            InvalidParameterError: an unknown argument, no ``messages``, a bad
                ``timeout``/``max_retries``/``config``, no id on this object, or a name that
                cannot be put in a URL. No chat request is sent.
            MalformedResponseError: the runtime read first does not match the API.
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
        client = self._service_async()
        name = self.agent_runtime_name
        if not name:
            fresh = await client.get_async(self._id(), config=kwargs.get("config"))
            name = fresh.agent_runtime_name
        name = require_id(name, "agent_runtime_name")
        return await client.invoke_openai_async(name, agent_runtime_endpoint_name, **kwargs)

    async def wait_until_ready_or_failed_async(
        self,
        callback: Callable[[Self], Any] | None = None,
        interval_seconds: float = DEFAULT_WAIT_INTERVAL,
        timeout_seconds: float = DEFAULT_WAIT_TIMEOUT,
    ) -> Self:
        """Poll this runtime until it is READY (GetAgentRuntime at growing intervals).

        Args:
            callback: Called with ``self`` on every status change, including the one that ends
                the wait.
            interval_seconds: The first delay between polls (it grows from there).
            timeout_seconds: How long to poll before giving up.

        Returns:
            ``self``, holding the last state read.

        A status the SDK does not know keeps the wait going.

        Raises:
            InvalidParameterError: this object has no ``agent_runtime_id``, an interval or
                timeout is not a positive number, or ``callback`` is not callable.
            ResourceFailedError: ``FAILED`` or a ``*_FAILED`` status (``status_reason`` tells
                why).
            WaiterTimeoutError: not READY at the deadline (the error names the last status).
            ResourceNotExistError: the runtime was deleted meanwhile.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        return await wait_until_ready_async(self, callback, interval_seconds, timeout_seconds)

    async def delete_and_wait_until_finished_async(
        self,
        callback: Callable[[Self], Any] | None = None,
        interval_seconds: float = DEFAULT_WAIT_INTERVAL,
        timeout_seconds: float = DEFAULT_WAIT_TIMEOUT,
    ) -> Self:
        """Delete this runtime (endpoints first, as :meth:`delete_async`) and poll until it is gone.

        Args:
            callback: Called with ``self`` on every status change, including the one that ends
                the wait.
            interval_seconds: The first delay between polls (it grows from there); also the
                ``drain_interval_seconds`` of the delete.
            timeout_seconds: How long to poll before giving up; also the
                ``drain_timeout_seconds`` of the delete.

        Returns:
            ``self``, holding the last state read.

        Raises:
            InvalidParameterError: this object has no ``agent_runtime_id``, or an interval or
                timeout is not a positive number.
            DeleteResourceError: the runtime settled in a status other than DELETING.
            WaiterTimeoutError: still DELETING at the deadline, or endpoints were still listed
                at the drain deadline.
            ConflictError: the service refuses a delete in the current state.
            AuthenticationError: the credentials or the signature were refused.
            ThrottlingError: still throttled when the retries ran out.
            ServerError: the service failed, also on the last retry.
            TransportError: no answer came (``RequestTimeoutError`` on a timeout).
            MalformedResponseError: the answer does not match the API.
            MissingConfigurationError: no credentials are configured.
            CredentialProviderError: the credentials provider failed.
            ClientClosedError: the client was closed.
        """
        return await delete_and_wait_async(
            self,
            callback,
            interval_seconds,
            timeout_seconds,
            delete=lambda: self.delete_async(
                drain_interval_seconds=interval_seconds, drain_timeout_seconds=timeout_seconds
            ),
        )
