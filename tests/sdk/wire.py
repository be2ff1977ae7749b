"""What the client put on the wire, noted by a transport handed to its public constructor.

:class:`WireLog` is the HTTP transport given to ``AgentRuntimeClient(config,
transport=..., async_transport=...)``; one object serves both flavours. It
notes every request as it left the client (URL, headers, body bytes, timeouts),
then hands it on:

- a request addressed to 127.0.0.1 or ``localhost`` goes where it is addressed
  (an emulator, or a port nothing listens on);
- a request addressed to any other host (the data plane's
  ``{account}-ram.agentrun-data.{region}.aliyuncs.com``, a custom data
  endpoint) is delivered to the emulator the log was made for, with its
  ``Host`` header unchanged, so the emulator checks the signature made for the
  host the SDK chose; a log made for no emulator refuses it. Nothing leaves
  the machine.

A test may have it answer (or fail) in the emulator's place for the next
requests (:meth:`WireLog.script`), for the exact bytes or broken connections
the emulator cannot produce; :func:`envelope` and :func:`error` build such
answers in the service's shape.
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

from agentrun_facade.asyncio_http import AsyncioHTTPTransport

#: What a scripted answer may be: a response, an exception to raise, or a handler.
Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]

#: Hosts a request may be sent to as addressed.
LOOPBACK = frozenset({"127.0.0.1", "localhost"})


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
        """The control-plane operation (``x-acs-action``); ``None`` on the data plane."""
        return self.headers.get("x-acs-action")

    @property
    def path(self) -> str:
        """The path as sent, percent-encoding kept."""
        return self.url.raw_path.decode("ascii").partition("?")[0]

    @property
    def query(self) -> dict[str, str]:
        """The query parameters."""
        return dict(parse_qsl(self.url.query.decode("ascii"), keep_blank_values=True))

    @property
    def body(self) -> Any:
        """The JSON body, decoded (``None`` when there is none)."""
        return json.loads(self.content) if self.content else None


class WireLog(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Notes each request, then answers from the script or sends it on (see the module)."""

    def __init__(self, emulator_url: str | None = None) -> None:
        self._emulator = None if emulator_url is None else httpx.URL(emulator_url)
        self._sync = httpx.HTTPTransport()
        # The transports the SDK's clients use by default, so tests cross them.
        self._async = AsyncioHTTPTransport()
        self._lock = threading.Lock()
        self._script: deque[Reply] = deque()
        self.requests: list[Sent] = []
        #: The ``x-acs-request-id`` of each answer, in order (``None`` when absent).
        self.request_ids: list[str | None] = []
        #: Requests sent on and not answered yet, and the most there were at once.
        self.in_flight = 0
        self.max_in_flight = 0

    # -- what a test reads and scripts ---------------------------------------

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with ``replies``, in order, instead of the emulator."""
        with self._lock:
            self._script.extend(replies)

    def calls(self, action: str) -> list[Sent]:
        """The requests of one operation, in order."""
        return [r for r in self.requests if r.action == action]

    def actions(self) -> list[str | None]:
        """The operations sent, in order."""
        return [r.action for r in self.requests]

    def clear(self) -> None:
        """Forget what was noted so far."""
        with self._lock:
            self.requests.clear()
            self.request_ids.clear()
            self.max_in_flight = 0

    # -- the transport -------------------------------------------------------

    def _note(self, request: httpx.Request) -> Reply | None:
        sent = Sent(
            request.method,
            request.url,
            request.headers.copy(),
            request.read(),
            dict(request.extensions.get("timeout", {})),
        )
        with self._lock:
            self.requests.append(sent)
            return self._script.popleft() if self._script else None

    def _answered(self, response: httpx.Response) -> httpx.Response:
        with self._lock:
            self.request_ids.append(response.headers.get("x-acs-request-id"))
        return response

    @staticmethod
    def _scripted(reply: Reply, request: httpx.Request) -> httpx.Response:
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            # A fresh copy: one scripted response may be served more than once.
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)

    def _delivered(self, request: httpx.Request) -> httpx.Request:
        if request.url.host in LOOPBACK:
            return request
        emulator = self._emulator
        if emulator is None:
            raise RuntimeError(
                f"no answer scripted for {request.url} and no emulator to send it to"
            )
        return httpx.Request(
            request.method,
            request.url.copy_with(scheme=emulator.scheme, host=emulator.host, port=emulator.port),
            headers=request.headers,
            content=request.content,
            extensions=request.extensions,
        )

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
            return self._answered(self._scripted(reply, request))
        with self._counted():
            response = self._sync.handle_request(self._delivered(request))
            response.read()
        return self._answered(response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._note(request)
        if reply is not None:
            return self._answered(self._scripted(reply, request))
        with self._counted():
            response = await self._async.handle_async_request(self._delivered(request))
            await response.aread()
        return self._answered(response)

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
