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
from ..waiters import DEFAULT_WAIT_INTERVAL, DEFAULT_WAIT_TIMEOUT
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
        """Create an agent runtime."""
        return await cls._default_service_async().create_async(input, config=config)

    @classmethod
    async def delete_by_id_async(cls, id: str, config: Config | None = None) -> Self:
        """Delete every endpoint of the runtime, wait until they are gone, delete the runtime."""
        return await delete_runtime_cascade_async(
            cls._default_service_async(), id, config, _endpoint_id
        )

    @classmethod
    async def update_by_id_async(
        cls, id: str, input: AgentRuntimeUpdateInput, config: Config | None = None
    ) -> Self:
        """Update a runtime by id: the fields set, and always ``cpu``, ``memory`` and ``port``.

        Those three, when unset, keep the runtime's current values (one GET).
        """
        return await cls._default_service_async().update_async(id, input, config=config)

    @classmethod
    async def get_by_id_async(cls, id: str, config: Config | None = None) -> Self:
        """Read a runtime by id."""
        return await cls._default_service_async().get_async(id, config=config)

    @classmethod
    async def list_all_async(cls) -> builtins.list[Self]:
        """Every runtime, de-duplicated, across all pages."""
        return await cls._default_service_async().list_async()

    @classmethod
    async def list_async(cls, config: Config | None = None) -> builtins.list[Self]:
        """Every runtime, de-duplicated, across all pages."""
        return await cls._default_service_async().list_async(config=config)

    @classmethod
    async def create_endpoint_by_id_async(
        cls,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointCreateInput,
        config: Config | None = None,
    ) -> AgentRuntimeEndpoint:
        """Create an endpoint of the runtime ``agent_runtime_id``."""
        return await cls._default_service_async().create_endpoint_async(
            agent_runtime_id, input, config=config
        )

    @classmethod
    async def delete_endpoint_by_id_async(
        cls, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Delete one endpoint."""
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
        """Update one endpoint; only the fields set are sent."""
        return await cls._default_service_async().update_endpoint_async(
            agent_runtime_id, endpoint_id, input, config=config
        )

    @classmethod
    async def get_endpoint_by_id_async(
        cls, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Read one endpoint."""
        return await cls._default_service_async().get_endpoint_async(
            agent_runtime_id, endpoint_id, config=config
        )

    @classmethod
    async def list_endpoints_by_id_async(
        cls, agent_runtime_id: str, config: Config | None = None
    ) -> builtins.list[AgentRuntimeEndpoint]:
        """Every endpoint of a runtime, across all pages."""
        return await cls._default_service_async().list_endpoints_async(
            agent_runtime_id, config=config
        )

    @classmethod
    async def list_versions_by_id_async(
        cls, agent_runtime_id: str, config: Config | None = None
    ) -> builtins.list[AgentRuntimeVersion]:
        """Every published version of a runtime, across all pages."""
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
        """Publish the runtime's current configuration as a new version."""
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
        """Create the runtime ``input`` names, or send one update with what differs.

        Nothing is sent when nothing differs. Waits for READY unless ``wait`` is
        false. Raises ``ResourceFailedError`` on a failed status.
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

    async def delete_async(self, config: Config | None = None) -> Self:
        """Delete this runtime's endpoints, then the runtime; returns ``self``."""
        await delete_runtime_cascade_async(self._service_async(), self._id(), config, _endpoint_id)
        return self

    async def update_async(
        self, input: AgentRuntimeUpdateInput, config: Config | None = None
    ) -> Self:
        """Update this runtime; ``self`` takes the returned state and is returned.

        ``cpu``, ``memory`` and ``port`` are always sent: those ``input`` leaves
        unset keep this object's values (as last read).
        """
        if needs_sizing(input):
            input = sized_update(input, self.to_wire())
        updated = await self._service_async().update_async(self._id(), input, config=config)
        self.update_fields_from(updated)
        return self

    async def get_async(self, config: Config | None = None) -> Self:
        """Re-read this runtime into ``self`` and return it."""
        fresh = await self._service_async().get_async(self._id(), config=config)
        self.update_fields_from(fresh)
        return self

    async def refresh_async(self, config: Config | None = None) -> Self:
        """Alias of :meth:`get_async`."""
        return await self.get_async(config)

    async def create_endpoint_async(
        self, input: AgentRuntimeEndpointCreateInput, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Create an endpoint of this runtime."""
        return await self._service_async().create_endpoint_async(self._id(), input, config=config)

    async def delete_endpoint_async(
        self, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Delete one endpoint of this runtime."""
        return await self._service_async().delete_endpoint_async(
            self._id(), endpoint_id, config=config
        )

    async def update_endpoint_async(
        self,
        endpoint_id: str,
        endpoint: AgentRuntimeEndpointUpdateInput,
        config: Config | None = None,
    ) -> AgentRuntimeEndpoint:
        """Update one endpoint of this runtime."""
        return await self._service_async().update_endpoint_async(
            self._id(), endpoint_id, endpoint, config=config
        )

    async def get_endpoint_async(
        self, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Read one endpoint of this runtime."""
        return await self._service_async().get_endpoint_async(
            self._id(), endpoint_id, config=config
        )

    async def list_endpoints_async(
        self, config: Config | None = None
    ) -> builtins.list[AgentRuntimeEndpoint]:
        """Every endpoint of this runtime."""
        return await self._service_async().list_endpoints_async(self._id(), config=config)

    async def list_versions_async(
        self, config: Config | None = None
    ) -> builtins.list[AgentRuntimeVersion]:
        """Every published version of this runtime."""
        return await self._service_async().list_versions_async(self._id(), config=config)

    async def publish_version_async(
        self, input: AgentRuntimeVersionPublishInput | None = None, config: Config | None = None
    ) -> AgentRuntimeVersion:
        """Publish this runtime's current configuration as a new version."""
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
        """Chat completion on one of this runtime's endpoints (by name)."""
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
        """Poll until READY; ``callback(self)`` on each status change.

        A status the SDK does not know keeps the wait going.

        Raises:
            InvalidParameterError: ``callback`` is not callable.
            ResourceFailedError: ``FAILED`` or a ``*_FAILED`` status (with ``status_reason``).
            WaiterTimeoutError: not ready at the deadline (the error names the last status).
        """
        return await wait_until_ready_async(self, callback, interval_seconds, timeout_seconds)

    async def delete_and_wait_until_finished_async(
        self,
        callback: Callable[[Self], Any] | None = None,
        interval_seconds: float = DEFAULT_WAIT_INTERVAL,
        timeout_seconds: float = DEFAULT_WAIT_TIMEOUT,
    ) -> Self:
        """Delete, then poll until the runtime no longer exists.

        Raises:
            DeleteResourceError: it settled in a status other than DELETING.
            WaiterTimeoutError: still DELETING at the deadline.
        """
        return await delete_and_wait_async(self, callback, interval_seconds, timeout_seconds)
