"""The connection pool under a client's calls: asyncio-native for async calls, httpx's for sync.

Imported when a client opens its first pool, so importing the SDK does not
import ``httpx``. Both pools build their TLS context (whose CA bundle is
costly to load) on the first ``https://`` request, so a client that only
talks to a plain-HTTP endpoint (a local emulator) never loads it.
"""

from __future__ import annotations

import functools
import ssl
import threading
from collections.abc import Callable

import httpx

__all__ = ["SchemePool", "open_pool", "open_pool_async"]


def open_pool_async(tls_context: Callable[[], ssl.SSLContext]) -> httpx.AsyncBaseTransport:
    """The pool of async calls: HTTP/1.1 on asyncio streams (``asyncio_http``)."""
    from .asyncio_http import AsyncioHTTPTransport

    return AsyncioHTTPTransport(tls_context=tls_context)


def open_pool(tls_context: Callable[[], ssl.SSLContext]) -> httpx.BaseTransport:
    """The pool of sync calls: httpx's own transport (``httpcore``), one per scheme."""
    return SchemePool(tls_context)


@functools.cache
def _trusting_nobody() -> ssl.SSLContext:
    """A TLS context that verifies certificates and host names but trusts no authority."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class SchemePool(httpx.BaseTransport):
    """httpx's pooled connections, the HTTPS ones built on first use with ``tls_context()``.

    ``httpx.HTTPTransport`` takes its TLS context when it is made, so plain
    HTTP and HTTPS have a pool each. The plain-HTTP pool's context (one per
    process) verifies certificates and host names but trusts no authority, so
    it could never complete a handshake: only ``https://`` requests reach the
    HTTPS pool, which is built with the real context.
    """

    def __init__(self, tls_context: Callable[[], ssl.SSLContext]) -> None:
        self._tls_context = tls_context
        self._plain = httpx.HTTPTransport(verify=_trusting_nobody())
        self._secure: httpx.HTTPTransport | None = None
        self._lock = threading.Lock()

    def _secure_pool(self) -> httpx.HTTPTransport:
        with self._lock:
            if self._secure is None:
                self._secure = httpx.HTTPTransport(verify=self._tls_context())
            return self._secure

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "http":
            return self._plain.handle_request(request)
        return self._secure_pool().handle_request(request)

    def close(self) -> None:
        with self._lock:
            secure, self._secure = self._secure, None
        self._plain.close()
        if secure is not None:
            secure.close()
