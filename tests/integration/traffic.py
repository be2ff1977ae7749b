"""What went over the wire during one test, seen two ways.

:class:`SdkLog` reads the SDK's own debug log (one line per control-plane
response, with the attempt number); it works in every mode, live included.
:class:`CassetteView` reads the active vcrpy cassette (record and replay).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from typing import Any

import attrs
import pytest
from vcr.cassette import Cassette

SDK_LOGGER = "agentrun_facade"
_RESPONSE_LINE = re.compile(
    r"^(?P<action>\w+) (?P<method>[A-Z]+) \S+ -> (?P<status>\d{3}) .*\battempt=(?P<attempt>\d+)"
)


@attrs.frozen
class Exchange:
    """One control-plane response: operation, HTTP status, attempt number (if known)."""

    action: str | None
    status: int
    attempt: int | None = None


class SdkLog:
    """Control-plane responses the SDK logged during the test."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        self._caplog = caplog
        caplog.set_level(logging.DEBUG, logger=SDK_LOGGER)

    def exchanges(self, action: str | None = None) -> list[Exchange]:
        """Responses in arrival order, optionally only those of ``action``."""
        found = []
        for record in self._caplog.records:
            if record.name != SDK_LOGGER:
                continue
            match = _RESPONSE_LINE.match(record.getMessage())
            if match is None:
                continue
            if action is not None and match["action"] != action:
                continue
            found.append(Exchange(match["action"], int(match["status"]), int(match["attempt"])))
        return found


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
