"""The pooled HTTP client of one AgentRuntimeClient: sign, send, retry, map errors."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

from .. import _concurrency
from .._client_state import CLOSED_MESSAGE, CallSettings, ClientState
from .._concurrency import (
    AsyncProducer,
    AsyncWorkers,
    close_with_loop_async,
    loop_token_async,
)
from .._requests import OperationCall, prepare
from .._responses import (
    error_for,
    error_record,
    failure_kind,
    log_failure,
    log_response,
    log_retry,
    parse_success,
    request_id_of,
    transport_error,
)
from ..errors import AgentRunError, ClientClosedError
from ..raw_response import note_response
from ..retry import outcome_unknown
from .reconcile import AsyncWriteCheck

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncTransport"]

R = TypeVar("R")


class AsyncTransport:
    """One pooled ``httpx`` client reused by every call of its AgentRuntimeClient.

    Each attempt is built from the prepared request (absolute URL with the
    canonical query, exact body bytes) and signed from those same parts, with
    the client's signer and timeout for the call's configuration, so per-call
    overrides need no new client. ``workers`` runs the concurrent parts of
    listings and cascades.
    """

    def __init__(self, state: ClientState) -> None:
        self._injected: httpx.AsyncBaseTransport | None = state._injected_transport_async
        self._state = state
        self._http: httpx.AsyncBaseTransport | None = None
        self._client: httpx.AsyncClient | None = None
        self._loop: object = None
        self._closed = False
        self._lock = threading.Lock()
        self.workers = AsyncWorkers()
        #: Clients built on the shared pool (e.g. for OpenAI), by key: (owner, http client).
        self.borrowed: dict[Hashable, tuple[Any, httpx.AsyncClient]] = {}
        self._guard: object = None

    # -- pool ----------------------------------------------------------------

    def _pool(self) -> httpx.AsyncClient:
        token = loop_token_async()
        with self._lock:
            if self._closed:
                raise ClientClosedError(CLOSED_MESSAGE)
            if self._client is None or (self._injected is None and token is not self._loop):
                import httpx

                from .._http_pools import open_pool_async

                # Connections opened under one event loop cannot be used by another.
                self._http = self._injected or open_pool_async(self._state._ssl_context)
                self._client = httpx.AsyncClient(transport=self._http, follow_redirects=False)
                self._loop = token
                self.borrowed = {}
                if self._injected is None:
                    # Closed when its event loop ends (asyncio.run, pytest-asyncio, anyio),
                    # so a client outliving the loop leaks no socket.
                    self._guard = close_with_loop_async(self._closer_async(self._client))
            return self._client

    def warm_up(self) -> None:
        """Build the connection pool now, not in a request.

        Raises ``ClientClosedError`` when the client is closed, as a request would.
        """
        self._pool()

    def _closer_async(self, client: httpx.AsyncClient) -> AsyncProducer[None]:
        async def close() -> None:
            with self._lock:
                borrowed = self.borrowed if self._client is client else {}
                if self._client is client:
                    self._client, self.borrowed = None, {}
            for _owner, http_client in borrowed.values():
                await http_client.aclose()
            await client.aclose()

        return close

    def borrow(
        self,
        key: Hashable,
        build: Callable[[httpx.AsyncBaseTransport], tuple[Any, httpx.AsyncClient]],
    ) -> Any:
        """A client built on the shared pool, cached by ``key``.

        ``build`` gets the pooled transport wrapped so that closing the borrower
        keeps the pool open, and returns ``(owner, http_client)``; the owner is
        returned and the HTTP client is closed with this transport.
        """
        from .shared_transport import AsyncSharedTransport

        self._pool()
        with self._lock:
            cached = self.borrowed.get(key)
            if cached is None:
                assert self._http is not None
                cached = build(AsyncSharedTransport(self._http))
                self.borrowed[key] = cached
            return cached[0]

    async def aclose(self) -> None:
        """Close the borrowed clients, then the pool (once), then the workers."""
        borrowed, self.borrowed = self.borrowed, {}
        client, self._client = self._client, None
        self._closed = True
        await self.workers.aclose()
        if self._injected is None and loop_token_async() is not self._loop:
            # The pool belongs to an event loop that is gone; nothing can be awaited there.
            return
        for _owner, http_client in borrowed.values():
            await http_client.aclose()
        if client is not None:
            await client.aclose()

    # -- calls ---------------------------------------------------------------

    async def request(
        self,
        call: OperationCall,
        settings: CallSettings,
        parse: Callable[[dict[str, Any]], R],
        check: AsyncWriteCheck[R] | None = None,
    ) -> tuple[R, str | None]:
        """Send ``call`` with retries; return the parsed ``data`` and the request id.

        ``check`` resolves a write whose outcome is unknown (see ``reconcile``):
        it is asked before such a write is sent again, and about error answers.
        Raises the typed error of the last answer or failure.
        """
        import httpx

        credentials = settings.require_credentials()
        signer = settings.signer
        prepared = prepare(call, settings.resolved)
        policy = settings.policy
        client = self._pool()
        url = httpx.URL(prepared.url)
        host = url.netloc.decode("ascii")
        method = prepared.method
        attempt = 0
        #: An earlier attempt may have been applied although it failed.
        maybe_applied = False
        while True:
            attempt += 1
            headers = dict(prepared.headers)
            # Asked on every attempt, so refreshed (STS) credentials are used for retries too.
            current = await credentials.get_async()
            signer.sign(
                method=method,
                host=host,
                path=prepared.path,
                query=prepared.query,
                headers=headers,
                payload_hash=prepared.payload_hash,
                credentials=current,
            )
            request = client.build_request(
                method,
                url,
                content=prepared.content,
                headers=headers,
                timeout=settings.timeout,
            )
            started = time.monotonic()
            try:
                response = await client.send(request)
            except httpx.TransportError as exc:
                log_failure(call, exc, time.monotonic() - started, attempt)
                failure = failure_kind(exc)
                unapplied = False
                if check is not None and outcome_unknown(failure=failure):
                    maybe_applied = True
                    try:
                        found = await check.applied_async()
                    except AgentRunError as lookup:
                        raise transport_error(call, exc, attempt, host) from lookup
                    if found is not None:
                        return found, None
                    unapplied = True
                delay = None
                if failure is not None:
                    delay = policy.decide(
                        method=method, attempt=attempt, failure=failure, unapplied=unapplied
                    )
                if delay is None:
                    raise transport_error(call, exc, attempt, host) from exc
                log_retry(call, attempt, delay, type(exc).__name__)
                await _concurrency.asleep(delay)
                continue
            elapsed = time.monotonic() - started
            log_response(call, response, elapsed, attempt)
            note_response(response, elapsed)
            status = response.status_code
            if 200 <= status < 300:
                return parse_success(call, response, parse), request_id_of(response)
            record = error_record(response)
            unapplied = False
            if check is not None:
                error = error_for(call, record)
                settled = await check.settle_async(error, maybe_applied)
                if settled is not None:
                    return settled, request_id_of(response)
                if outcome_unknown(response=record):
                    maybe_applied = True
                    try:
                        found = await check.applied_async()
                    except AgentRunError as lookup:
                        raise error from lookup
                    if found is not None:
                        return found, request_id_of(response)
                    unapplied = True
            delay = policy.decide(
                method=method, attempt=attempt, response=record, unapplied=unapplied
            )
            if delay is None:
                raise error_for(call, record)
            log_retry(call, attempt, delay, f"HTTP {status}")
            await _concurrency.asleep(delay)
