"""What the resource classes need from a client (``AgentRuntimeClient`` provides it).

The resource modules cannot import the client module (it imports them to
build resources), so they describe the client operations they call as a
protocol, generic in the runtime and endpoint classes the client returns.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Protocol, TypeVar, Unpack

from .._concurrency import AsyncWorkers
from ..config import Config, ResolvedConfig
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

if TYPE_CHECKING:
    from .invoke import InvokeArgs, InvokeResult

__all__ = ["AsyncRuntimeService"]

RT = TypeVar("RT")
ET = TypeVar("ET")


class AsyncRuntimeService(Protocol[RT, ET]):
    """The client operations behind the resource methods."""

    def _resolve(self, override: Config | None = None) -> ResolvedConfig: ...

    def _workers_async(self) -> AsyncWorkers: ...

    async def create_async(
        self, input: AgentRuntimeCreateInput, config: Config | None = None
    ) -> RT: ...

    async def delete_async(self, id: str, config: Config | None = None) -> RT: ...

    async def update_async(
        self, id: str, input: AgentRuntimeUpdateInput, config: Config | None = None
    ) -> RT: ...

    async def get_async(self, id: str, config: Config | None = None) -> RT: ...

    async def list_async(
        self, input: AgentRuntimeListInput | None = None, config: Config | None = None
    ) -> builtins.list[RT]: ...

    async def create_endpoint_async(
        self,
        agent_runtime_id: str,
        endpoint: AgentRuntimeEndpointCreateInput,
        config: Config | None = None,
    ) -> ET: ...

    async def delete_endpoint_async(
        self, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> ET: ...

    async def update_endpoint_async(
        self,
        agent_runtime_id: str,
        endpoint_id: str,
        endpoint: AgentRuntimeEndpointUpdateInput,
        config: Config | None = None,
    ) -> ET: ...

    async def get_endpoint_async(
        self, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> ET: ...

    async def list_endpoints_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointListInput | None = None,
        config: Config | None = None,
    ) -> builtins.list[ET]: ...

    async def list_versions_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeVersionListInput | None = None,
        config: Config | None = None,
    ) -> builtins.list[AgentRuntimeVersion]: ...

    async def publish_version_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeVersionPublishInput | None = None,
        config: Config | None = None,
    ) -> AgentRuntimeVersion: ...

    async def invoke_openai_async(
        self,
        agent_runtime_name: str,
        agent_runtime_endpoint_name: str = "Default",
        **kwargs: Unpack[InvokeArgs],
    ) -> InvokeResult: ...
