"""``AgentRuntimeEndpoint``: the endpoint fields plus their sync and async methods."""

from __future__ import annotations

from ._async.endpoint_methods import AsyncAgentRuntimeEndpointMethods
from ._sync.endpoint_methods import SyncAgentRuntimeEndpointMethods
from .models import AgentRuntimeEndpointFields

__all__ = ["AgentRuntimeEndpoint"]


class AgentRuntimeEndpoint(
    AgentRuntimeEndpointFields, SyncAgentRuntimeEndpointMethods, AsyncAgentRuntimeEndpointMethods
):
    """An endpoint of an agent runtime: its fields as last read, and its operations.

    Class methods use the process-wide default client; an instance keeps the
    client that read it. Each method has an ``_async`` twin.
    """

    __slots__ = ("_client",)

    #: The client this endpoint was read with (not a field: no eq, repr or init).
    _client: object

    def _init_added_slots(self) -> None:
        self._client = None
