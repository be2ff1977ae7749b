"""Fault injection: random faults drawn from a seeded generator, and scripted ones.

Random faults are off by default. A ``lost`` fault lets the request be carried
out in full (a write is committed) and then drops the connection before the
answer arrives, so the caller cannot tell whether it took effect. Every request
draws the same number of values from ``random.Random(seed)``, so a given seed and
request sequence always yields the same faults. Scripted faults
(``FaultPlan.script_faults``) hit the next N requests of a named operation and
take precedence over random ones.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterable
from typing import Literal

import attrs

from agentrun_facade.errors import InvalidParameterError

FaultKind = Literal["error", "throttle", "drop", "lost", "latency"]
ANY_OPERATION = "*"
_KINDS = ("error", "throttle", "drop", "lost", "latency")
_SERVER_STATUSES = (500, 502, 503)


def _kind(_: object, __: attrs.Attribute[FaultKind], value: object) -> None:
    if value not in _KINDS:
        raise InvalidParameterError(f"fault kind must be one of {', '.join(_KINDS)}")


def _positive(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParameterError(f"{attribute.name} must be an integer >= 1")


@attrs.frozen
class ScriptedFault:
    """Make the next ``times`` requests of ``operation`` fail in one way.

    ``operation`` is an operationId such as ``GetAgentRuntime``, ``ChatCompletions``
    for the data plane, or ``"*"`` for any request. ``kind``: ``error`` (HTTP
    ``status``, 5xx), ``throttle`` (429, ``retry_after`` seconds), ``drop`` (the
    connection breaks mid-response, before the request is carried out), ``lost``
    (the request is carried out, then the connection breaks before the answer
    arrives) or ``latency`` (``latency_ms`` delay, then the request is served
    normally).
    """

    operation: str
    kind: FaultKind = attrs.field(default="error", validator=_kind)
    status: int = 503
    times: int = attrs.field(default=1, validator=_positive)
    retry_after: int | None = None
    latency_ms: float = 0.0

    def __attrs_post_init__(self) -> None:
        if self.kind == "error" and not 500 <= self.status <= 599:
            raise InvalidParameterError("status of an error fault must be within 500-599")


@attrs.frozen
class Decision:
    """What to do with one request: wait ``delay`` seconds, then maybe fail."""

    delay: float = 0.0
    kind: FaultKind | None = None
    status: int = 0
    retry_after: int = 0


@attrs.define
class _Pending:
    fault: ScriptedFault
    remaining: int


class FaultPlan:
    """Random and scripted faults; shared by the control and data plane."""

    def __init__(
        self,
        *,
        seed: int = 0,
        latency_ms: float = 0.0,
        jitter_ms: float = 0.0,
        fail_rate: float = 0.0,
        throttle_rate: float = 0.0,
        drop_rate: float = 0.0,
        lost_response_rate: float = 0.0,
        retry_after_seconds: int = 1,
    ) -> None:
        self.latency_ms = latency_ms
        self.jitter_ms = jitter_ms
        self.fail_rate = fail_rate
        self.throttle_rate = throttle_rate
        self.drop_rate = drop_rate
        self.lost_response_rate = lost_response_rate
        self.retry_after_seconds = retry_after_seconds
        self._random = random.Random(seed)
        self._script: list[_Pending] = []
        self._lock = threading.Lock()

    def script_faults(self, faults: Iterable[ScriptedFault]) -> None:
        """Queue scripted faults; earlier entries are used first."""
        items = list(faults)
        if not all(isinstance(f, ScriptedFault) for f in items):
            raise InvalidParameterError("script_faults takes ScriptedFault objects")
        with self._lock:
            self._script.extend(_Pending(fault, fault.times) for fault in items)

    def script(
        self,
        operation: str,
        kind: FaultKind = "error",
        *,
        status: int = 503,
        times: int = 1,
        retry_after: int | None = None,
        latency_ms: float = 0.0,
    ) -> None:
        """Shorthand for one :class:`ScriptedFault`."""
        self.script_faults([ScriptedFault(operation, kind, status, times, retry_after, latency_ms)])

    def pending(self) -> list[tuple[str, str, int]]:
        """``(operation, kind, remaining)`` of every scripted fault not used up."""
        with self._lock:
            return [(p.fault.operation, p.fault.kind, p.remaining) for p in self._script]

    def clear(self) -> None:
        """Drop every scripted fault."""
        with self._lock:
            self._script.clear()

    def _scripted(self, operation: str) -> ScriptedFault | None:
        for entry in self._script:
            if entry.fault.operation in (operation, ANY_OPERATION):
                entry.remaining -= 1
                if entry.remaining <= 0:
                    self._script.remove(entry)
                return entry.fault
        return None

    def decide(self, operation: str) -> Decision:
        """The fault (if any) for the next request of ``operation``."""
        with self._lock:
            roll = self._random.random()
            jitter = self._random.random()
            status = self._random.choice(_SERVER_STATUSES)
            fault = self._scripted(operation)
        delay = (self.latency_ms + jitter * self.jitter_ms) / 1000
        if fault is not None:
            retry_after = (
                self.retry_after_seconds if fault.retry_after is None else fault.retry_after
            )
            if fault.kind == "latency":
                return Decision(delay + fault.latency_ms / 1000)
            return Decision(delay, fault.kind, fault.status, retry_after)
        if roll < self.drop_rate:
            return Decision(delay, "drop")
        if roll < self.drop_rate + self.fail_rate:
            return Decision(delay, "error", status)
        threshold = self.drop_rate + self.fail_rate + self.throttle_rate
        if roll < threshold:
            return Decision(delay, "throttle", 429, self.retry_after_seconds)
        if roll < threshold + self.lost_response_rate:
            return Decision(delay, "lost")
        return Decision(delay)

    def __repr__(self) -> str:
        return (
            f"FaultPlan(fail_rate={self.fail_rate}, throttle_rate={self.throttle_rate}, "
            f"drop_rate={self.drop_rate}, lost_response_rate={self.lost_response_rate}, "
            f"latency_ms={self.latency_ms}, "
            f"jitter_ms={self.jitter_ms}, scripted={len(self._script)})"
        )
