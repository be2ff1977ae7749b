"""Hand-written state and helpers shared by the async code and its derived sync twin.

The configuration and lazily created transports every client holds, how
resources remember their client, and event-loop identity. Nothing here sends
or sleeps; the exchange itself is described in ``_exchange.py``.
"""

from __future__ import annotations

import asyncio
import copy
import random
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx

from .config import Config, ResolvedConfig
from .errors import InvalidParameterError
from .pagination import Page, PageRequest
from .retry import RetryPolicy
from .waiters import WaiterSpec

if TYPE_CHECKING:
    from agentrun_client.models import AgentRuntime as GeneratedRuntime
    from agentrun_client.models import AgentRuntimeEndpoint as GeneratedEndpoint
    from agentrun_client.models import AgentRuntimeVersion as GeneratedVersion

    from .client import AgentRuntimeClient
    from .models import AgentRuntimeVersion
    from .resources import AgentRuntime, AgentRuntimeEndpoint

__all__ = [
    "AsyncPageFetcher",
    "ClientBase",
    "SyncPageFetcher",
    "client_for",
    "default_client",
    "runtime_from",
]

T = TypeVar("T")

#: Fetch one page (async and sync flavours; ``scripts/unasync`` maps the names).
AsyncPageFetcher = Callable[[PageRequest], Awaitable[Page[T]]]
SyncPageFetcher = Callable[[PageRequest], Page[T]]


# --------------------------------------------------------------------------
# Event loop identity (the sync twin uses ``loop_token``)
# --------------------------------------------------------------------------


def loop_token_async() -> object:
    """The running event loop: pooled async connections belong to one loop."""
    return asyncio.get_running_loop()


def loop_token() -> object:
    """Sync code has no event loop; one constant token."""
    return None


# --------------------------------------------------------------------------
# Client state
# --------------------------------------------------------------------------


class ClientBase:
    """Configuration and lazily created transports shared by the sync and async mixins.

    ``_transport`` (for tests) replaces the HTTP transport underneath both the
    sync and the async pooled client; ``httpx.MockTransport`` serves both.
    ``_retry_policy`` and ``_rng`` tune retries (``max_retries`` still comes
    from the configuration).
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        _transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        _retry_policy: RetryPolicy | None = None,
        _rng: random.Random | None = None,
    ) -> None:
        if config is not None and not isinstance(config, Config):
            raise InvalidParameterError("config must be an agentrun_facade.Config")
        self.config: Config = config if config is not None else Config()
        self._injected_transport = _transport
        self._retry_policy = _retry_policy or RetryPolicy()
        self._rng = _rng
        self._state_lock = threading.Lock()
        self._transports: dict[object, Any] = {}

    def _resolve(self, config: Config | None) -> ResolvedConfig:
        """This client's configuration with a per-call override merged over it."""
        if config is not None and not isinstance(config, Config):
            raise InvalidParameterError("config must be an agentrun_facade.Config")
        return self.config.merge(config).resolve()

    def _get_transport(self, kind: Callable[..., T]) -> T:
        """The transport of one flavour, created on first use (thread safe)."""
        with self._state_lock:
            existing = self._transports.get(kind)
            if existing is None:
                existing = kind(
                    transport=self._injected_transport,
                    policy=self._retry_policy,
                    rng=self._rng,
                )
                self._transports[kind] = existing
            return cast(T, existing)

    def with_config(self, config: Config) -> Self:
        """A view of this client with ``config`` merged over its own.

        The view shares this client's pooled connections; resources returned by
        a call made with a per-call ``config`` are bound to such a view, so
        their own methods keep using that configuration.
        """
        view = copy.copy(self)
        view.config = self.config.merge(config)
        return view

    def __repr__(self) -> str:
        return f"{type(self).__name__}(config={self.config!r})"


# --------------------------------------------------------------------------
# Building resources (lazy imports: resources.py imports the mixins)
# --------------------------------------------------------------------------

_CLIENT_ATTR = "_agentrun_client"


def bind_client(resource: object, client: object) -> None:
    """Remember which client produced ``resource`` (kept out of attrs fields, eq and repr)."""
    vars(resource)[_CLIENT_ATTR] = client


def rebind(value: object, client: object) -> None:
    """Bind every resource in ``value`` (a resource, a page or a list) to ``client``."""
    items = getattr(value, "items", None)
    if isinstance(value, list):
        items = value
    if isinstance(items, list):
        for item in items:
            rebind(item, client)
    elif hasattr(value, "__dict__") and _CLIENT_ATTR in vars(value):
        bind_client(value, client)


def bound_client(resource: object) -> Any:
    """The client that produced ``resource``, or ``None``."""
    return vars(resource).get(_CLIENT_ATTR)


def runtime_from(data: GeneratedRuntime, client: object) -> AgentRuntime:
    from .resources import AgentRuntime

    runtime = AgentRuntime.from_generated(data)
    bind_client(runtime, client)
    return runtime


def endpoint_from(
    data: GeneratedEndpoint, client: object, agent_runtime_id: str | None = None
) -> AgentRuntimeEndpoint:
    from .resources import AgentRuntimeEndpoint

    endpoint = AgentRuntimeEndpoint.from_generated(data)
    if not endpoint.agent_runtime_id and agent_runtime_id:
        endpoint.agent_runtime_id = agent_runtime_id
    bind_client(endpoint, client)
    return endpoint


def version_from(data: GeneratedVersion) -> AgentRuntimeVersion:
    from .models import AgentRuntimeVersion

    return AgentRuntimeVersion.from_generated(data)


def default_client() -> AgentRuntimeClient:
    """The process-wide client used by resource class methods."""
    from .client import default_client as shared

    return shared()


def client_for(resource: object) -> AgentRuntimeClient:
    """The client that produced ``resource``, else the process-wide one."""
    client = bound_client(resource)
    if client is None:
        return default_client()
    return cast("AgentRuntimeClient", client)


def require_id(value: str | None, name: str) -> str:
    """An id a resource method needs; a clear error when the object lacks it."""
    if not value:
        raise InvalidParameterError(f"{name} is not set on this object")
    return value


def resource_label(resource: object) -> str:
    """How messages name a resource: ``AgentRuntime(ar-1)``, ``AgentRuntimeEndpoint(ep-1)``."""
    kind = type(resource).__name__
    for attribute in ("agent_runtime_endpoint_id", "agent_runtime_id"):
        value = getattr(resource, attribute, None)
        if isinstance(value, str) and value:
            return f"{kind}({value})"
    return kind


def status_text(status: object) -> str | None:
    """A status as its wire string (``Status`` members and plain strings alike)."""
    return None if status is None else str(status)


#: Waiting for a runtime's endpoint list to drain before deleting the runtime.
ENDPOINTS_GONE = "NO_ENDPOINTS"
ENDPOINTS_LEFT = "ENDPOINTS_REMAINING"
DRAIN_SPEC = WaiterSpec(
    success=frozenset({ENDPOINTS_GONE}), failure=frozenset(), retry=frozenset({ENDPOINTS_LEFT})
)
DRAIN_INTERVAL_SECONDS = 5.0
DRAIN_TIMEOUT_SECONDS = 300.0
