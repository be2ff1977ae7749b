"""The pooled HTTP client of one AgentRuntimeClient: send, retry, map errors."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Hashable, Mapping
from typing import Any, TypeVar

import attrs
import httpx

from .._backends import asleep
from .._base import loop_token_async
from .._exchange import (
    CallResult,
    OperationCall,
    decode_body,
    error_code_of,
    error_for,
    failure_kind,
    log_failure,
    log_response,
    log_retry,
    parse_success,
    prepare,
    request_id_of,
    transport_error,
)
from ..config import ResolvedConfig
from ..errors import ClientClosedError, InvalidParameterError
from ..retry import RetryPolicy
from ..signing import AcsV3Auth

__all__ = ["AsyncTransport"]

R = TypeVar("R")


class AsyncSharedTransport(httpx.AsyncBaseTransport):
    """Lends the pooled transport to another client; closing it leaves the pool open."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        """The owner closes the pool."""


class AsyncTransport:
    """One pooled ``httpx`` client reused by every call of its AgentRuntimeClient.

    Each call gets an absolute URL, a fresh ``AcsV3Auth`` and an explicit
    ``httpx.Timeout`` from the effective configuration, so per-call overrides
    need no new client. ``last_call_attempts`` tells how many attempts the most
    recent call made (retries taken = attempts - 1).
    """

    def __init__(
        self,
        *,
        transport: httpx.AsyncBaseTransport | httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        rng: random.Random | None = None,
    ) -> None:
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise InvalidParameterError("the injected transport does not suit this client flavour")
        self._injected = transport
        self._policy = policy or RetryPolicy()
        self._rng = rng
        self._http: httpx.AsyncBaseTransport | None = None
        self._client: httpx.AsyncClient | None = None
        self._loop: object = None
        self._closed = False
        self._lock = threading.Lock()
        #: Clients built on the shared pool (e.g. for OpenAI), by key: (owner, http client).
        self.borrowed: dict[Hashable, tuple[Any, httpx.AsyncClient]] = {}
        self.last_call_attempts = 0

    # -- pool ----------------------------------------------------------------

    def _pool(self) -> httpx.AsyncClient:
        token = loop_token_async()
        with self._lock:
            if self._closed:
                raise ClientClosedError(
                    "this AgentRuntimeClient was closed; create a new one, or keep it open "
                    "for as long as it is used (e.g. inside its `with` block)"
                )
            if self._client is None or (self._injected is None and token is not self._loop):
                # Connections opened under one event loop cannot be used by another.
                self._http = self._injected or httpx.AsyncHTTPTransport()
                self._client = httpx.AsyncClient(transport=self._http, follow_redirects=False)
                self._loop = token
                self.borrowed = {}
            return self._client

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
        self._pool()
        with self._lock:
            cached = self.borrowed.get(key)
            if cached is None:
                assert self._http is not None
                cached = build(AsyncSharedTransport(self._http))
                self.borrowed[key] = cached
            return cached[0]

    async def aclose(self) -> None:
        """Close the borrowed clients, then the pool (once)."""
        borrowed, self.borrowed = self.borrowed, {}
        client, self._client = self._client, None
        self._closed = True
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
        resolved: ResolvedConfig,
        parse: Callable[[Mapping[str, Any]], R],
    ) -> CallResult[R]:
        """Send ``call`` with retries; return the parsed payload or raise the typed error."""
        prepared = prepare(call, resolved)
        auth = AcsV3Auth(prepared.credentials)
        policy = attrs.evolve(self._policy, max_retries=resolved.max_retries)
        client = self._pool()
        attempt = 0
        while True:
            attempt += 1
            self.last_call_attempts = attempt
            request = client.build_request(
                prepared.method,
                prepared.url,
                params=prepared.params,
                content=prepared.content,
                headers=prepared.headers,
                timeout=prepared.timeout,
            )
            started = time.monotonic()
            try:
                response = await client.send(request, auth=auth)
            except httpx.TransportError as exc:
                log_failure(call, exc, time.monotonic() - started, attempt)
                failure = failure_kind(exc)
                delay = None
                if failure is not None:
                    delay = policy.decide(
                        method=prepared.method, attempt=attempt, failure=failure, rng=self._rng
                    )
                if delay is None:
                    raise transport_error(call, exc, attempt) from exc
                log_retry(call, attempt, delay, type(exc).__name__)
                await asleep(delay)
                continue
            log_response(call, response, time.monotonic() - started, attempt)
            status = response.status_code
            if 200 <= status < 300:
                value = parse_success(call, response, parse)
                return CallResult(value, attempt, status, request_id_of(response))
            body = decode_body(response.content)
            delay = policy.decide(
                method=prepared.method,
                attempt=attempt,
                status_code=status,
                error_code=error_code_of(body),
                headers=response.headers,
                rng=self._rng,
            )
            if delay is None:
                raise error_for(call, response, body)
            log_retry(call, attempt, delay, f"HTTP {status}")
            await asleep(delay)
