"""Operations of the ``AgentRuntime`` resource (async methods; the sync ones are derived)."""

from __future__ import annotations

import builtins
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self, Unpack, overload

from .._backends import amap_bounded, asleep
from .._base import (
    DRAIN_INTERVAL_SECONDS,
    DRAIN_SPEC,
    DRAIN_TIMEOUT_SECONDS,
    ENDPOINTS_GONE,
    ENDPOINTS_LEFT,
    client_for,
    default_client,
    require_id,
)
from ..config import Config
from ..errors import ResourceNotExistError
from ..models import (
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionPublishInput,
    Status,
)
from ..waiters import DEFAULT_WAIT_INTERVAL, DEFAULT_WAIT_TIMEOUT, Waiter, WaitOutcome
from . import release
from .invoke import (
    ChatInvokeArgs,
    ChatResult,
    InvokeArgs,
    InvokeResult,
    StreamInvokeArgs,
    StreamResult,
)
from .waiting import delete_and_wait_async, wait_until_ready_async

if TYPE_CHECKING:
    from ..client import AgentRuntimeClient
    from ..resources import AgentRuntime, AgentRuntimeEndpoint

__all__ = ["AsyncAgentRuntimeOps", "delete_runtime_cascade_async"]


async def delete_runtime_cascade_async(
    client: AgentRuntimeClient, agent_runtime_id: str, config: Config | None
) -> AgentRuntime:
    """Delete every endpoint (all pages), wait until none is listed, then the runtime."""
    endpoints = await client.list_endpoints_async(agent_runtime_id, config=config)

    async def delete_one(endpoint: AgentRuntimeEndpoint) -> None:
        endpoint_id = endpoint.agent_runtime_endpoint_id
        if not endpoint_id:
            return
        with contextlib.suppress(ResourceNotExistError):
            await client.delete_endpoint_async(agent_runtime_id, endpoint_id, config=config)

    limit = client._resolve(config).max_concurrency
    await amap_bounded(delete_one, endpoints, limit)
    waiter = Waiter(
        DRAIN_SPEC,
        interval_seconds=DRAIN_INTERVAL_SECONDS,
        timeout_seconds=DRAIN_TIMEOUT_SECONDS,
        label=f"endpoints of AgentRuntime({agent_runtime_id})",
    )
    while True:
        left = await client.list_endpoints_async(agent_runtime_id, config=config)
        state = ENDPOINTS_LEFT if left else ENDPOINTS_GONE
        if waiter.observe(state) is WaitOutcome.DONE:
            break
        await asleep(waiter.next_delay())
    return await client.delete_async(agent_runtime_id, config=config)


class AsyncAgentRuntimeOps:
    """Class methods use the process-wide client; instances use the client that made them."""

    if TYPE_CHECKING:
        agent_runtime_id: str | None
        agent_runtime_name: str | None
        status: Status | str | None
        status_reason: str | None

        def update_fields_from(self, other: object) -> None: ...

    # -- class methods -------------------------------------------------------

    @classmethod
    async def create_async(
        cls, input: AgentRuntimeCreateInput, config: Config | None = None
    ) -> AgentRuntime:
        """Create an agent runtime."""
        return await default_client().create_async(input, config=config)

    @classmethod
    async def delete_by_id_async(cls, id: str, config: Config | None = None) -> AgentRuntime:
        """Delete every endpoint of the runtime, wait until they are gone, delete the runtime."""
        return await delete_runtime_cascade_async(default_client(), id, config)

    @classmethod
    async def update_by_id_async(
        cls, id: str, input: AgentRuntimeUpdateInput, config: Config | None = None
    ) -> AgentRuntime:
        """Update a runtime by id; only the fields set are sent."""
        return await default_client().update_async(id, input, config=config)

    @classmethod
    async def get_by_id_async(cls, id: str, config: Config | None = None) -> AgentRuntime:
        """Read a runtime by id."""
        return await default_client().get_async(id, config=config)

    @classmethod
    async def list_all_async(cls) -> builtins.list[AgentRuntime]:
        """Every runtime, de-duplicated, across all pages."""
        return await default_client().list_async()

    @classmethod
    async def list_async(cls, config: Config | None = None) -> builtins.list[AgentRuntime]:
        """Every runtime, de-duplicated, across all pages."""
        return await default_client().list_async(config=config)

    @classmethod
    async def create_endpoint_by_id_async(
        cls,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointCreateInput,
        config: Config | None = None,
    ) -> AgentRuntimeEndpoint:
        """Create an endpoint of the runtime ``agent_runtime_id``."""
        return await default_client().create_endpoint_async(agent_runtime_id, input, config=config)

    @classmethod
    async def delete_endpoint_by_id_async(
        cls, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Delete one endpoint."""
        return await default_client().delete_endpoint_async(
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
        return await default_client().update_endpoint_async(
            agent_runtime_id, endpoint_id, input, config=config
        )

    @classmethod
    async def get_endpoint_by_id_async(
        cls, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Read one endpoint."""
        return await default_client().get_endpoint_async(
            agent_runtime_id, endpoint_id, config=config
        )

    @classmethod
    async def list_endpoints_by_id_async(
        cls, agent_runtime_id: str, config: Config | None = None
    ) -> builtins.list[AgentRuntimeEndpoint]:
        """Every endpoint of a runtime, across all pages."""
        return await default_client().list_endpoints_async(agent_runtime_id, config=config)

    @classmethod
    async def list_versions_by_id_async(
        cls, agent_runtime_id: str, config: Config | None = None
    ) -> builtins.list[AgentRuntimeVersion]:
        """Every published version of a runtime, across all pages."""
        return await default_client().list_versions_async(agent_runtime_id, config=config)

    @classmethod
    async def publish_version_by_id_async(
        cls,
        agent_runtime_id: str,
        input: AgentRuntimeVersionPublishInput | None = None,
        config: Config | None = None,
    ) -> AgentRuntimeVersion:
        """Publish the runtime's current configuration as a new version."""
        return await default_client().publish_version_async(agent_runtime_id, input, config=config)

    @classmethod
    async def apply_async(
        cls,
        input: AgentRuntimeCreateInput,
        *,
        config: Config | None = None,
        wait: bool = True,
        timeout_seconds: float = 600.0,
    ) -> AgentRuntime:
        """Create the runtime ``input`` names, or send one update with what differs.

        Nothing is sent when nothing differs. Waits for READY unless ``wait`` is
        false. Raises ``ResourceFailedError`` on a failed status.
        """
        applied = await release.apply_runtime_async(
            default_client(), input, config=config, wait=wait, timeout_seconds=timeout_seconds
        )
        return applied.resource

    # -- instance methods ----------------------------------------------------

    def _id(self) -> str:
        return require_id(self.agent_runtime_id, "agent_runtime_id")

    async def delete_async(self, config: Config | None = None) -> Self:
        """Delete this runtime's endpoints, then the runtime; returns ``self``."""
        await delete_runtime_cascade_async(client_for(self), self._id(), config)
        return self

    async def update_async(
        self, input: AgentRuntimeUpdateInput, config: Config | None = None
    ) -> Self:
        """Update this runtime; ``self`` takes the returned state and is returned."""
        updated = await client_for(self).update_async(self._id(), input, config=config)
        self.update_fields_from(updated)
        return self

    async def get_async(self, config: Config | None = None) -> Self:
        """Re-read this runtime into ``self`` and return it."""
        fresh = await client_for(self).get_async(self._id(), config=config)
        self.update_fields_from(fresh)
        return self

    async def refresh_async(self, config: Config | None = None) -> Self:
        """Alias of :meth:`get_async`."""
        return await self.get_async(config)

    async def create_endpoint_async(
        self, input: AgentRuntimeEndpointCreateInput, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Create an endpoint of this runtime."""
        return await client_for(self).create_endpoint_async(self._id(), input, config=config)

    async def delete_endpoint_async(
        self, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Delete one endpoint of this runtime."""
        return await client_for(self).delete_endpoint_async(self._id(), endpoint_id, config=config)

    async def update_endpoint_async(
        self,
        endpoint_id: str,
        endpoint: AgentRuntimeEndpointUpdateInput,
        config: Config | None = None,
    ) -> AgentRuntimeEndpoint:
        """Update one endpoint of this runtime."""
        return await client_for(self).update_endpoint_async(
            self._id(), endpoint_id, endpoint, config=config
        )

    async def get_endpoint_async(
        self, endpoint_id: str, config: Config | None = None
    ) -> AgentRuntimeEndpoint:
        """Read one endpoint of this runtime."""
        return await client_for(self).get_endpoint_async(self._id(), endpoint_id, config=config)

    async def list_endpoints_async(
        self, config: Config | None = None
    ) -> builtins.list[AgentRuntimeEndpoint]:
        """Every endpoint of this runtime."""
        return await client_for(self).list_endpoints_async(self._id(), config=config)

    async def list_versions_async(
        self, config: Config | None = None
    ) -> builtins.list[AgentRuntimeVersion]:
        """Every published version of this runtime."""
        return await client_for(self).list_versions_async(self._id(), config=config)

    async def publish_version_async(
        self, input: AgentRuntimeVersionPublishInput | None = None, config: Config | None = None
    ) -> AgentRuntimeVersion:
        """Publish this runtime's current configuration as a new version."""
        return await client_for(self).publish_version_async(self._id(), input, config=config)

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
        client = client_for(self)
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

        Raises:
            ResourceFailedError: a ``*_FAILED`` status (with ``status_reason``).
            WaiterTimeoutError: still transitional at the deadline.
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
