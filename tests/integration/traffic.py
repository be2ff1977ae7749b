"""What went over the wire during one test, seen two ways.

:class:`Traffic` is the client's transport (the public ``transport=`` seam)
and notes every exchange as the client sent and received it; it works in
every mode, live included. :class:`CassetteView` reads the active vcrpy
cassette (record and replay).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from typing import Any

import attrs
import httpx
from vcr.cassette import Cassette


@attrs.frozen
class Exchange:
    """One control-plane exchange: the operation and the HTTP status of its response."""

    action: str | None
    status: int


class Traffic(httpx.BaseTransport):
    """A transport that notes each exchange and hands the request on to ``inner``.

    Given to the client through its public ``transport=`` seam; vcrpy patches
    the inner transport, so replayed answers are noted like live ones.
    """

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self._inner = inner if inner is not None else httpx.HTTPTransport()
        self._lock = threading.Lock()
        self._seen: list[Exchange] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        with self._lock:
            self._seen.append(Exchange(_action(request), response.status_code))
        return response

    def close(self) -> None:
        self._inner.close()

    def exchanges(self, action: str | None = None) -> list[Exchange]:
        """Exchanges in arrival order (each attempt is one), optionally only those of ``action``."""
        with self._lock:
            return [e for e in self._seen if action is None or e.action == action]


def _action(request: Any) -> str | None:
    value = request.headers.get("x-acs-action")
    return str(value) if value is not None else None


class CassetteView:
    """The interactions of the active cassette and, in replay, which were played."""

    def __init__(self, cassette: Cassette) -> None:
        self.cassette = cassette

    def exchanges(self, action: str | None = None) -> list[Exchange]:
        """Recorded interactions in cassette order, optionally only those of ``action``."""
        found = []
        for request, response in self.cassette.data:
            name = _action(request)
            if action is None or name == action:
                found.append(Exchange(name, int(response["status"]["code"])))
        return found

    @property
    def replaying(self) -> bool:
        """True when answers come from the cassette (record mode ``none``)."""
        return bool(self.cassette.write_protected)

    def sent(self, action: str | None = None) -> int:
        """Requests (of ``action``) answered so far: played in replay, recorded otherwise."""
        if not self.replaying:
            return len(self.exchanges(action))
        return sum(
            count
            for index, count in self.cassette.play_counts.items()
            if action is None or _action(self.cassette.data[index][0]) == action
        )

    def queries(self, action: str) -> list[dict[str, str]]:
        """Query parameters of each recorded request of ``action``."""
        return [
            dict(request.query) for request, _ in self.cassette.data if _action(request) == action
        ]

    def listed_ids(self, action: str, key: str) -> list[list[str]]:
        """The ``key`` of every item of each recorded list response of ``action``."""
        pages = []
        for request, response in self.cassette.data:
            if _action(request) != action or response["status"]["code"] != 200:
                continue
            body = response["body"]["string"]
            items = json.loads(body)["data"]["items"]
            pages.append([str(item.get(key)) for item in items])
        return pages

    def response_headers(self, action: str) -> list[dict[str, Sequence[str]]]:
        """Headers of each recorded response of ``action``."""
        return [
            {k.lower(): v for k, v in response["headers"].items()}
            for request, response in self.cassette.data
            if _action(request) == action
        ]


def statuses(exchanges: Sequence[Exchange]) -> list[int]:
    """Just the HTTP statuses."""
    return [e.status for e in exchanges]
