"""The ``httpx.Auth`` of the data plane's OpenAI client: signed requests, logged answers.

Imported when the first OpenAI client is built, so importing the SDK does not
import ``httpx``.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Generator

import httpx

from ._invoke_plan import OPERATION
from ._responses import log_exchange
from .credentials import CredentialSource
from .signing import DataPlaneAuth

__all__ = ["SignedDataPlaneAuth"]


class SignedDataPlaneAuth(httpx.Auth):
    """Drops the placeholder bearer header, then signs with AGENTRUN4 when there is a source.

    The source is asked for every attempt; the async flow awaits it, so a
    refreshing provider never blocks the event loop. Each answered attempt is
    logged at DEBUG like a control-plane call (operation ``InvokeOpenAI``).
    """

    def __init__(self, credentials: CredentialSource | None, region: str) -> None:
        self._source = credentials
        self._signer = None
        if credentials is not None:
            self._signer = DataPlaneAuth(credentials.get, region=region)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.pop("authorization", None)
        if self._source is not None and self._signer is not None:
            self._signer.sign(request, self._source.get())
        started = time.monotonic()
        response = yield request
        _log(response, started)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers.pop("authorization", None)
        if self._source is not None and self._signer is not None:
            self._signer.sign(request, await self._source.get_async())
        started = time.monotonic()
        response = yield request
        _log(response, started)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def _log(response: httpx.Response, started: float) -> None:
    # The openai client numbers its own retries in this header (absent: first attempt).
    retries = response.request.headers.get("x-stainless-retry-count", "0")
    attempt = int(retries) + 1 if retries.isdigit() else 1
    log_exchange(OPERATION, response, time.monotonic() - started, attempt)
