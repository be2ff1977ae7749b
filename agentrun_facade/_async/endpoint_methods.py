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
        """Create an endpoint of the runtime ``agent_runtime_id``."""
        return await cls._default_service_async().create_endpoint_async(
            agent_runtime_id, input, config=config
        )

    @classmethod
    async def delete_by_id_async(
        cls, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> Self:
        """Delete one endpoint."""
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
        """Update one endpoint; only the fields set are sent."""
        return await cls._default_service_async().update_endpoint_async(
            agent_runtime_id, endpoint_id, input, config=config
        )

    @classmethod
    async def get_by_id_async(
        cls, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> Self:
        """Read one endpoint."""
        return await cls._default_service_async().get_endpoint_async(
            agent_runtime_id, endpoint_id, config=config
        )

    @classmethod
    async def list_by_id_async(
        cls, agent_runtime_id: str, config: Config | None = None
    ) -> builtins.list[Self]:
        """Every endpoint of a runtime, de-duplicated, across all pages."""
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
        """Create the endpoint ``input`` names in a runtime, or update what differs."""
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
        """Delete this endpoint; returns ``self`` (with the state the service returned)."""
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
        """Update this endpoint; ``self`` takes the returned state and is returned."""
        runtime_id, endpoint_id = self._ids()
        updated = await self._service_async().update_endpoint_async(
            runtime_id, endpoint_id, input, config=config
        )
        self.update_fields_from(updated)
        return self

    async def get_async(self, config: Config | None = None) -> Self:
        """Re-read this endpoint into ``self`` and return it."""
        runtime_id, endpoint_id = self._ids()
        fresh = await self._service_async().get_endpoint_async(
            runtime_id, endpoint_id, config=config
        )
        self.update_fields_from(fresh)
        return self

    async def refresh_async(self, config: Config | None = None) -> Self:
        """Alias of :meth:`get_async`."""
        return await self.get_async(config)

    async def start_canary_async(
        self,
        version: str,
        weight: float,
        *,
        config: Config | None = None,
        timeout_seconds: float = 600.0,
    ) -> Self:
        """Route ``weight`` (0 < weight < 1) of the traffic to ``version``; wait until READY."""
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
        """Make the canary version the target and clear the weights; wait until READY."""
        done = await release.promote_canary_async(
            self._service_async(), self, config=config, timeout_seconds=timeout_seconds
        )
        self.update_fields_from(done)
        return self

    async def rollback_async(
        self, *, config: Config | None = None, timeout_seconds: float = 600.0
    ) -> Self:
        """Stop a running canary, else target the previous published version; wait."""
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
        """Chat completion on this endpoint (the runtime name is read with GetAgentRuntime)."""
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
        """Poll until READY or ACTIVE; ``callback(self)`` on each status change.

        A status the SDK does not know keeps the wait going.

        Raises:
            InvalidParameterError: ``callback`` is not callable.
            ResourceFailedError: ``FAILED`` or a ``*_FAILED`` status (with ``status_reason``).
            WaiterTimeoutError: not ready at the deadline (the error names the last status).
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
        """Delete, then poll until the endpoint no longer exists.

        Raises:
            DeleteResourceError: it settled in a status other than DELETING.
            WaiterTimeoutError: still DELETING at the deadline.
        """
        return await delete_and_wait_async(self, callback, interval_seconds, timeout_seconds)
