"""The ``httpx`` transports under a client's pooled connections.

Imported when a client opens its first pool, so importing the SDK does not
import ``httpx``. :class:`AsyncSchemePool` keeps plain-HTTP and HTTPS
connections in two pools and builds the HTTPS one (with the client's TLS
context, whose CA bundle is costly to load) on the first ``https://``
request, so a client that only talks to a plain-HTTP endpoint (a local
emulator) never loads it. :class:`AsyncSharedTransport` lends the pool to
the data plane's OpenAI client.
"""

from __future__ import annotations

import functools
import ssl
import threading
import time
from collections.abc import Callable

import httpx

from ..raw_response import note_response

__all__ = ["AsyncSchemePool", "AsyncSharedTransport"]


@functools.cache
def _trusting_nobody() -> ssl.SSLContext:
    """A TLS context that verifies certificates and host names but trusts no authority."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class AsyncSchemePool(httpx.AsyncBaseTransport):
    """Pooled connections, HTTPS ones built on first use with ``tls_context()``.

    The plain-HTTP pool's TLS context (one per process) verifies certificates
    and host names but trusts no authority, so it could never complete a
    handshake: only ``https://`` requests reach the HTTPS pool, which is built
    with the real context.
    """

    def __init__(self, tls_context: Callable[[], ssl.SSLContext]) -> None:
        self._tls_context = tls_context
        self._plain = httpx.AsyncHTTPTransport(verify=_trusting_nobody())
        self._secure: httpx.AsyncHTTPTransport | None = None
        self._lock = threading.Lock()

    def _secure_pool(self) -> httpx.AsyncHTTPTransport:
        with self._lock:
            if self._secure is None:
                self._secure = httpx.AsyncHTTPTransport(verify=self._tls_context())
            return self._secure

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "http":
            return await self._plain.handle_async_request(request)
        return await self._secure_pool().handle_async_request(request)

    async def aclose(self) -> None:
        with self._lock:
            secure, self._secure = self._secure, None
        await self._plain.aclose()
        if secure is not None:
            await secure.aclose()


class AsyncSharedTransport(httpx.AsyncBaseTransport):
    """Lends the pooled transport to another client (the data plane's OpenAI client).

    Each response is reported to the raw-response recorder of the call, if any;
    closing it leaves the pool open.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = time.monotonic()
        response = await self._inner.handle_async_request(request)
        note_response(response, time.monotonic() - started)
        return response

    async def aclose(self) -> None:
        """The owner closes the pool."""
