"""How a resource finds the client that read it, and the process-wide client.

Resource classes keep the client that produced them in a ``_client`` slot.
Their class methods, and instances read without a client, use the
process-wide default client, created on first use by the factory that
``client.py`` registers at import (so the resource modules need not import
the client module, which imports them).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from .errors import InvalidParameterError

__all__ = [
    "bind",
    "client_for",
    "default_client",
    "register_default_factory",
    "require_id",
    "resource_label",
    "set_default_client",
    "status_text",
]

_lock = threading.Lock()
_factory: Callable[[], object] | None = None
_default: object | None = None


def register_default_factory(factory: Callable[[], object]) -> None:
    """Set how the process-wide client is created (done once by ``client.py``)."""
    global _factory
    with _lock:
        _factory = factory


def default_client() -> Any:
    """The process-wide client behind the resource class methods (created on first use)."""
    global _default
    with _lock:
        if _default is None:
            if _factory is None:
                raise InvalidParameterError("agentrun_facade.client has not been imported")
            _default = _factory()
        return _default


def set_default_client(client: object | None) -> Any:
    """Replace the process-wide client (``None`` resets it); returns the previous one."""
    global _default
    with _lock:
        previous, _default = _default, client
        return previous


def bind(value: Any, client: object) -> None:
    """Bind a resource, or every resource in a list, to ``client``."""
    if isinstance(value, list):
        for item in value:
            bind(item, client)
    elif hasattr(value, "_client"):
        value._client = client


def client_for(resource: Any) -> Any:
    """The client that produced ``resource``, else the process-wide one."""
    client = getattr(resource, "_client", None)
    return default_client() if client is None else client


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
