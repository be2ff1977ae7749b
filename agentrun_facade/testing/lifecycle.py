"""Resource status lifecycles, computed lazily from timestamps, and a manual clock."""

from __future__ import annotations

import threading
import time
from typing import Any

import attrs

from agentrun_facade.errors import InvalidParameterError

CREATING = "CREATING"
UPDATING = "UPDATING"
DELETING = "DELETING"
READY = "READY"
CREATE_FAILED = "CREATE_FAILED"
UPDATE_FAILED = "UPDATE_FAILED"
TRANSITIONAL = frozenset({CREATING, UPDATING, DELETING})


@attrs.frozen
class Lifecycle:
    """A status that turns into ``final_status`` at ``settles_at``.

    ``final_status`` None means the resource disappears once settled (deletion).
    """

    status: str
    reason: str | None = None
    settles_at: float | None = None
    final_status: str | None = None
    final_reason: str | None = None

    @classmethod
    def begin(
        cls,
        phase: str,
        *,
        now: float,
        delay: float,
        final_status: str | None,
        final_reason: str | None = None,
    ) -> Lifecycle:
        """Enter ``phase`` now; settle into ``final_status`` after ``delay`` seconds."""
        return cls(phase, None, now + delay, final_status, final_reason)

    def at(self, now: float) -> tuple[str | None, str | None]:
        """``(status, reason)`` at ``now``; status None means the resource is gone."""
        if self.settles_at is not None and now >= self.settles_at:
            return self.final_status, self.final_reason
        return self.status, self.reason

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return attrs.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Lifecycle:
        """Inverse of :meth:`to_json`."""
        return cls(**data)


class ManualClock:
    """A clock for tests: returns a fixed epoch time until :meth:`advance` moves it."""

    def __init__(self, start: float | None = None) -> None:
        self._now = time.time() if start is None else float(start)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by ``seconds`` and return the new time."""
        if seconds < 0:
            raise InvalidParameterError("a clock cannot go backwards")
        with self._lock:
            self._now += seconds
            return self._now

    def __repr__(self) -> str:
        return f"ManualClock({self._now!r})"
