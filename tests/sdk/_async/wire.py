"""What the client put on the wire, noted by a transport handed to its public constructor.

:class:`WireLog` notes every request as sent (URL, headers, body), then hands it
to the emulator. A request addressed to another host (the data plane's
``{account}-ram.agentrun-data.{region}.aliyuncs.com``, a custom data endpoint)
is delivered to the emulator with its ``Host`` header unchanged, so the
emulator checks the signature made for the host the SDK chose.
Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import attrs
import httpx

from agentrun_facade import AgentRuntimeCode, AgentRuntimeCreateInput

_names = itertools.count()


def unique(prefix: str) -> str:
    """A runtime or endpoint name no other test of the run uses."""
    return f"{prefix}-{next(_names)}"


def runtime_input(name: str, **fields: Any) -> AgentRuntimeCreateInput:
    """A code runtime the emulator accepts."""
    return AgentRuntimeCreateInput(
        agent_runtime_name=name,
        code_configuration=AgentRuntimeCode(
            language="python3.12", command=["python", "main.py"], zip_file="UEsFBg=="
        ),
        **fields,
    )


@attrs.frozen
class Sent:
    """One request as the client sent it."""

    method: str
    url: httpx.URL
    headers: httpx.Headers
    body: Any

    @property
    def action(self) -> str | None:
        """The control-plane operation (``x-acs-action``); ``None`` on the data plane."""
        return self.headers.get("x-acs-action")

    @property
    def raw_path(self) -> str:
        """The path as sent, percent-encoding kept."""
        return self.url.raw_path.decode("ascii").partition("?")[0]

    @property
    def query(self) -> dict[str, str]:
        """The query parameters."""
        return dict(self.url.params)


class WireLog(httpx.AsyncBaseTransport):
    """Notes each request, then sends it to the emulator at ``emulator_url``."""

    def __init__(self, emulator_url: str) -> None:
        self._emulator = httpx.URL(emulator_url)
        self._inner = httpx.AsyncHTTPTransport()
        self.requests: list[Sent] = []
        #: The ``x-acs-request-id`` of each answer, in order (``None`` when absent).
        self.request_ids: list[str | None] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        content = request.content
        self.requests.append(
            Sent(
                request.method,
                request.url,
                request.headers.copy(),
                json.loads(content) if content else None,
            )
        )
        delivered = httpx.Request(
            request.method,
            request.url.copy_with(
                scheme=self._emulator.scheme, host=self._emulator.host, port=self._emulator.port
            ),
            headers=request.headers,
            content=content,
            extensions=request.extensions,
        )
        response = await self._inner.handle_async_request(delivered)
        self.request_ids.append(response.headers.get("x-acs-request-id"))
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()

    def actions(self) -> list[str | None]:
        """The operations sent, in order."""
        return [r.action for r in self.requests]

    def calls(self, action: str) -> list[Sent]:
        """The requests of one operation, in order."""
        return [r for r in self.requests if r.action == action]

    def clear(self) -> None:
        """Forget what was noted so far."""
        self.requests.clear()
        self.request_ids.clear()
