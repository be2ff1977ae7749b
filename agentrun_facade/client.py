"""``AgentRuntimeClient``: the sync and async operations on one pooled configuration."""

from __future__ import annotations

import random
import threading
from typing import Self

import httpx

from ._async.client import AsyncAgentRuntimeClientOps
from ._sync.client import SyncAgentRuntimeClientOps
from .config import Config
from .retry import RetryPolicy

__all__ = ["AgentRuntimeClient", "default_client", "set_default_client"]


class AgentRuntimeClient(SyncAgentRuntimeClientOps, AsyncAgentRuntimeClientOps):
    """Create, read, update, delete and list agent runtimes, endpoints and versions.

    Every method exists twice: ``create`` and ``create_async`` and so on. The
    client owns one pooled HTTP client per flavour, created on first use and
    reused by every call; close it with ``close()`` / ``aclose()`` or use it as
    a (async) context manager. ``config`` on a call is merged field by field
    over the client's configuration.
    """

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)

    @classmethod
    def _with_transport(
        cls,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        config: Config | None = None,
        *,
        retry_policy: RetryPolicy | None = None,
        rng: random.Random | None = None,
    ) -> Self:
        """A client sending through ``transport`` (e.g. ``httpx.MockTransport``); for tests."""
        client = cls(config)
        client._injected_transport = transport
        if retry_policy is not None:
            client._retry_policy = retry_policy
        client._rng = rng
        return client

    async def aclose(self) -> None:
        """Close the async pool, and the sync pool if one was opened."""
        await AsyncAgentRuntimeClientOps.aclose(self)
        SyncAgentRuntimeClientOps.close(self)


_default_lock = threading.Lock()
_default: AgentRuntimeClient | None = None


def default_client() -> AgentRuntimeClient:
    """The process-wide client behind the resource class methods (created on first use)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = AgentRuntimeClient()
        return _default


def set_default_client(client: AgentRuntimeClient | None) -> AgentRuntimeClient | None:
    """Replace the process-wide client (``None`` resets it); returns the previous one."""
    global _default
    with _default_lock:
        previous, _default = _default, client
        return previous
