"""The client's pool lent to another HTTP client (the data plane's OpenAI client)."""

from __future__ import annotations

import time

import httpx

from ..raw_response import note_response

__all__ = ["AsyncSharedTransport"]


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
