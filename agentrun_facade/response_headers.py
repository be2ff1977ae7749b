"""Response headers safe to keep on errors and raw responses.

Headers that carry credentials or session state (``Authorization``,
``Cookie`` / ``Set-Cookie``, security tokens, signatures, keys, passwords)
are dropped by name, whether a server sent them or echoed a request header
back, so nothing kept for the caller can leak a secret into logs or
tracebacks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["is_sensitive_header", "shareable_headers"]

#: A header whose lower-cased name contains one of these is never kept.
_SENSITIVE_PARTS = (
    "authorization",
    "authenticat",
    "cookie",
    "token",
    "secret",
    "password",
    "passwd",
    "credential",
    "signature",
    "api-key",
    "apikey",
    "access-key",
    "accesskey",
    "session",
)


def is_sensitive_header(name: str) -> bool:
    """True for a header name that may carry a credential or session state."""
    lowered = name.lower()
    return any(part in lowered for part in _SENSITIVE_PARTS)


def shareable_headers(
    headers: httpx.Headers | Mapping[str, str] | Iterable[tuple[str, str]] | None,
) -> httpx.Headers:
    """A case-insensitive copy of ``headers`` without the sensitive ones."""
    import httpx

    if headers is None:
        return httpx.Headers()
    items = (
        headers.multi_items()
        if isinstance(headers, httpx.Headers)
        else (headers.items() if isinstance(headers, Mapping) else headers)
    )
    return httpx.Headers([(k, v) for k, v in items if not is_sensitive_header(k)])
