"""``AgentRuntime``: the runtime fields plus their sync and async methods."""

from __future__ import annotations

from ._async.runtime_methods import AsyncAgentRuntimeMethods
from ._sync.runtime_methods import SyncAgentRuntimeMethods
from .models import AgentRuntimeFields

__all__ = ["AgentRuntime"]


class AgentRuntime(AgentRuntimeFields, SyncAgentRuntimeMethods, AsyncAgentRuntimeMethods):
    """An agent runtime: its fields as last read, and every operation on it.

    Class methods (``create``, ``get_by_id``, ``list`` ...) use the process-wide
    default client; an instance keeps the client that read it. Each method
    has an ``_async`` twin.
    """

    __slots__ = ("_client",)

    #: The client this runtime was read with (not a field: no eq, repr or init).
    _client: object

    def _init_added_slots(self) -> None:
        self._client = None
