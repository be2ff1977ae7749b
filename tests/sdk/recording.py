"""What the SDK tests observe at the client's public seams.

``WireTap`` is the HTTP transport handed to ``AgentRuntimeClient(config,
transport=..., async_transport=...)``: it notes every request as it left the
client and forwards it to the emulator. A test may have it answer (or fail) in
the emulator's place for the next requests, for the exact bytes or the broken
connections the emulator cannot produce. One object serves both flavours.

``NotedWaits`` is a ``RetryPolicy`` (the public ``retry_policy=`` argument)
that notes the delay decided before each retry and waits none of it.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl

import attrs
import httpx

from agentrun_facade.retry import RetryPolicy

#: What a scripted answer may be: a response, an exception to raise, or a handler.
Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


@attrs.frozen
class Sent:
    """One request as the client sent it."""

    method: str
    url: httpx.URL
    headers: httpx.Headers
    content: bytes
    timeout: dict[str, float | None]

    @property
    def action(self) -> str | None:
        return self.headers.get("x-acs-action")

    @property
    def path(self) -> str:
        """The path as sent, percent-encoding kept."""
        return self.url.raw_path.decode("ascii").partition("?")[0]

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(self.url.query.decode("ascii"), keep_blank_values=True))

    @property
    def body(self) -> Any:
        return json.loads(self.content) if self.content else None


class WireTap(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Notes each request, then answers from the script or sends it to the emulator."""

    def __init__(self) -> None:
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()
        self._lock = threading.Lock()
        self._script: deque[Reply] = deque()
        self.requests: list[Sent] = []
        self.in_flight = 0
        self.max_in_flight = 0

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with ``replies``, in order, instead of the emulator."""
        with self._lock:
            self._script.extend(replies)

    def sent(self, action: str) -> list[Sent]:
        """The requests of one operation, in order."""
        return [r for r in self.requests if r.action == action]

    def actions(self) -> list[str | None]:
        return [r.action for r in self.requests]

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()
            self.max_in_flight = 0

    def _note(self, request: httpx.Request) -> Reply | None:
        sent = Sent(
            request.method,
            request.url,
            request.headers,
            request.read(),
            dict(request.extensions.get("timeout", {})),
        )
        with self._lock:
            self.requests.append(sent)
            return self._script.popleft() if self._script else None

    @staticmethod
    def _scripted(reply: Reply, request: httpx.Request) -> httpx.Response:
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            # A fresh copy: one scripted response may be served more than once.
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)

    @contextmanager
    def _counted(self) -> Iterator[None]:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            yield
        finally:
            with self._lock:
                self.in_flight -= 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._note(request)
        if reply is not None:
            return self._scripted(reply, request)
        with self._counted():
            response = self._sync.handle_request(request)
            response.read()
            return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._note(request)
        if reply is not None:
            return self._scripted(reply, request)
        with self._counted():
            response = await self._async.handle_async_request(request)
            await response.aread()
            return response

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


def envelope(data: Any, request_id: str = "req-ok") -> httpx.Response:
    """A 2xx answer carrying ``data``."""
    return httpx.Response(
        200,
        json={"code": "SUCCESS", "requestId": request_id, "data": data},
        headers={"x-acs-request-id": request_id},
    )


def error(status: int, code: str, message: str = "failed", **headers: str) -> httpx.Response:
    """An error answer in the service's shape (request id ``req-<status>``)."""
    return httpx.Response(
        status,
        json={"code": code, "message": message, "requestId": f"req-{status}"},
        headers={"x-acs-request-id": f"req-{status}", **headers},
    )


@attrs.frozen
class NotedWaits(RetryPolicy):
    """A retry policy that notes each delay it decides and waits none of it."""

    decided: list[float] = attrs.field(factory=list, eq=False, repr=False)

    def decide(self, **outcome: Any) -> float | None:
        """The delay :meth:`RetryPolicy.decide` chooses, noted; the client waits 0 s."""
        delay = super().decide(**outcome)
        if delay is None:
            return None
        self.decided.append(delay)
        return 0.0
