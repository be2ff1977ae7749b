"""The resource classes: wire fields plus their sync and async operations."""

from __future__ import annotations

import attrs

from ._async.endpoint_ops import AsyncAgentRuntimeEndpointOps
from ._async.runtime_ops import AsyncAgentRuntimeOps
from ._sync.endpoint_ops import SyncAgentRuntimeEndpointOps
from ._sync.runtime_ops import SyncAgentRuntimeOps
from .models import AgentRuntimeEndpointFields, AgentRuntimeFields, AgentRuntimeVersion

__all__ = ["AgentRuntime", "AgentRuntimeEndpoint", "AgentRuntimeVersion"]


@attrs.define(kw_only=True, slots=False)
class AgentRuntime(AgentRuntimeFields, SyncAgentRuntimeOps, AsyncAgentRuntimeOps):
    """An agent runtime: its fields as last read, and every operation on it.

    Class methods (``create``, ``get_by_id``, ``list`` ...) use the process-wide
    default client; an instance keeps the client that produced it. Each
    method has an ``_async`` twin.
    """


@attrs.define(kw_only=True, slots=False)
class AgentRuntimeEndpoint(
    AgentRuntimeEndpointFields, SyncAgentRuntimeEndpointOps, AsyncAgentRuntimeEndpointOps
):
    """An endpoint of an agent runtime: its fields as last read, and its operations."""
