"""Table-driven waiter state machine; it neither sleeps nor sends.

The I/O layers poll the resource, report each observation to
:meth:`Waiter.observe`, and sleep :meth:`Waiter.next_delay` seconds between
polls::

    waiter = Waiter(READY_SPEC, interval_seconds=5, timeout_seconds=300,
                    label="AgentRuntime(ar-123)")
    while True:
        resource = get()
        try:
            outcome = waiter.observe(resource.status, resource.status_reason,
                                     resource=resource)
        finally:
            if waiter.status_changed and on_progress:
                on_progress(resource)             # the failing change is reported too
        if outcome is WaitOutcome.DONE:
            return resource
        sleep(waiter.next_delay())

A final status always wins, even when it arrives after the deadline.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable

import attrs

from .errors import (
    DeleteResourceError,
    InvalidParameterError,
    ResourceFailedError,
    WaiterError,
    WaiterTimeoutError,
)

__all__ = [
    "DEFAULT_WAIT_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "DELETE_SPEC",
    "DRAIN_INTERVAL_SECONDS",
    "DRAIN_SPEC",
    "DRAIN_TIMEOUT_SECONDS",
    "ENDPOINTS_GONE",
    "ENDPOINTS_LEFT",
    "ENDPOINT_READY_SPEC",
    "READY_SPEC",
    "WaitOutcome",
    "Waiter",
    "WaiterSpec",
    "is_failed_status",
    "positive_seconds",
]

DEFAULT_WAIT_INTERVAL = 5.0
DEFAULT_WAIT_TIMEOUT = 300.0


def is_failed_status(status: str | None) -> bool:
    """True for ``FAILED`` and any status ending in ``_FAILED`` (known or not)."""
    return status is not None and (status == "FAILED" or str(status).endswith("_FAILED"))


class WaitOutcome(enum.Enum):
    """What the caller should do after an observation."""

    DONE = "done"
    CONTINUE = "continue"


@attrs.frozen
class WaiterSpec:
    """Which statuses end a wait, and how.

    Attributes:
        success: statuses that end the wait successfully.
        failure: statuses that raise :class:`ResourceFailedError`.
        any_failed: whether ``FAILED`` and every status ending in ``_FAILED``
            (known or not) raise :class:`ResourceFailedError` too.
        retry: transitional statuses (keep polling).
        gone_is_success: whether "the resource no longer exists" ends the wait
            successfully; otherwise it raises :class:`ResourceFailedError`.
        missing_is_success: whether a resource without a status is final and
            successful.
        unlisted_error: raised for statuses in none of the sets (and for a
            missing status that is not a success). ``None`` treats such statuses
            as transitional, so statuses added to the service later do not
            break waits.
    """

    success: frozenset[str]
    failure: frozenset[str]
    retry: frozenset[str]
    gone_is_success: bool = False
    missing_is_success: bool = False
    unlisted_error: type[WaiterError] | None = None
    any_failed: bool = False

    def fails_on(self, status: str) -> bool:
        """Whether ``status`` ends the wait with :class:`ResourceFailedError`."""
        return status in self.failure or (self.any_failed and is_failed_status(status))


#: Wait for a runtime to become READY. ``FAILED`` and every ``*_FAILED``
#: status fail at once; a missing status is final and successful, as in the
#: reference SDK; any other status keeps the wait going (and is named if it
#: times out).
READY_SPEC = WaiterSpec(
    success=frozenset({"READY"}),
    failure=frozenset(),
    retry=frozenset({"CREATING", "UPDATING", "DELETING"}),
    missing_is_success=True,
    any_failed=True,
)

#: Wait for an endpoint to serve: READY, or ACTIVE as in the official endpoint example.
ENDPOINT_READY_SPEC = attrs.evolve(READY_SPEC, success=frozenset({"READY", "ACTIVE"}))

#: Wait for a delete to finish: gone = done, DELETING = keep waiting, anything
#: else raises :class:`DeleteResourceError`.
DELETE_SPEC = WaiterSpec(
    success=frozenset(),
    failure=frozenset(),
    retry=frozenset({"DELETING"}),
    gone_is_success=True,
    unlisted_error=DeleteResourceError,
)


#: Wait for a runtime's endpoint list to drain before the runtime is deleted
#: (``AgentRuntime.delete``); the poll reports one of these two pseudo-statuses.
ENDPOINTS_GONE = "NO_ENDPOINTS"
ENDPOINTS_LEFT = "ENDPOINTS_REMAINING"
DRAIN_SPEC = WaiterSpec(
    success=frozenset({ENDPOINTS_GONE}), failure=frozenset(), retry=frozenset({ENDPOINTS_LEFT})
)
#: Defaults of that drain: the cap of the delay between endpoint listings and the
#: deadline (``drain_interval_seconds`` / ``drain_timeout_seconds`` of
#: ``AgentRuntime.delete`` and ``AgentRuntime.delete_by_id`` change them per call).
DRAIN_INTERVAL_SECONDS = 5.0
DRAIN_TIMEOUT_SECONDS = 300.0


def positive_seconds(field: str, value: float) -> float:
    """``value`` as a float, or ``InvalidParameterError`` naming ``field``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidParameterError(f"{field} must be a number of seconds")
    if not math.isfinite(value) or value <= 0:
        raise InvalidParameterError(f"{field} must be a positive, finite number of seconds")
    return float(value)


class Waiter:
    """Tracks one wait: deadline, backoff, last status and status changes.

    The deadline is ``timeout_seconds`` after construction on ``clock``.
    Delays start at ``initial_delay``, grow by ``multiplier`` and are capped at
    ``interval_seconds``; a delay never runs past the deadline. ``label``
    names the awaited resource in error messages (e.g. ``AgentRuntime(ar-1)``).
    """

    def __init__(
        self,
        spec: WaiterSpec,
        *,
        interval_seconds: float,
        timeout_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        initial_delay: float = 0.5,
        multiplier: float = 2.0,
        label: str = "resource",
    ) -> None:
        if not isinstance(label, str) or not label:
            raise InvalidParameterError("label must be a non-empty string")
        self.spec = spec
        self.label = label
        self.interval_seconds = positive_seconds("interval_seconds", interval_seconds)
        self.timeout_seconds = positive_seconds("timeout_seconds", timeout_seconds)
        initial = positive_seconds("initial_delay", initial_delay)
        if isinstance(multiplier, bool) or not isinstance(multiplier, (int, float)):
            raise InvalidParameterError("multiplier must be a number")
        if not math.isfinite(multiplier) or multiplier < 1:
            raise InvalidParameterError("multiplier must be a finite number >= 1")
        self._clock = clock
        self._multiplier = float(multiplier)
        self._next = min(initial, self.interval_seconds)
        self.deadline = clock() + self.timeout_seconds
        self.observations = 0
        self.last_status: str | None = None
        self.last_resource: object = None
        self.status_changed = False
        #: Distinct consecutive statuses observed, oldest first.
        self.changes: list[str | None] = []

    def remaining(self) -> float:
        """Seconds left before the deadline (never negative)."""
        return max(0.0, self.deadline - self._clock())

    def observe(
        self,
        status: str | None,
        status_reason: str | None = None,
        *,
        resource: object = None,
        gone: bool = False,
    ) -> WaitOutcome:
        """Record one poll result and say whether the wait is over.

        Args:
            status: the resource's status (``None`` when it has none).
            status_reason: the resource's ``statusReason``, for error messages.
            resource: the polled object, kept on errors as ``resource``.
            gone: the resource no longer exists (the poll got "not found").

        Raises:
            ResourceFailedError: a failure status, or the resource disappeared
                while a ready-wait was running.
            DeleteResourceError: (``DELETE_SPEC``) the resource settled in a
                status other than DELETING.
            WaiterTimeoutError: the deadline passed and the status is not final.
        """
        spec = self.spec
        if gone:
            status = None
        self.observations += 1
        self.status_changed = self.observations == 1 or status != self.last_status
        if self.status_changed:
            self.changes.append(status)
        self.last_status = status
        self.last_resource = resource
        reason = f": {status_reason}" if status_reason else ""
        label = self.label

        if gone:
            if spec.gone_is_success:
                return WaitOutcome.DONE
            raise ResourceFailedError(
                f"{label} no longer exists while waiting", resource=resource, status=None
            )
        if status is not None and spec.fails_on(status):
            raise ResourceFailedError(
                f"{label} reached status {status}{reason}",
                resource=resource,
                status=status,
                status_reason=status_reason,
            )
        if status is not None and status in spec.success:
            return WaitOutcome.DONE
        if status is None and spec.missing_is_success:
            return WaitOutcome.DONE
        listed = status is not None and status in spec.retry
        if not listed and spec.unlisted_error is not None:
            raise spec.unlisted_error(
                f"{label} has status {status}{reason}", resource=resource, status=status
            )
        if self._clock() >= self.deadline:
            raise WaiterTimeoutError(
                f"{label} did not reach a final status within {self.timeout_seconds:g}s; "
                f"last status {status}{reason}",
                resource=resource,
                status=status,
            )
        return WaitOutcome.CONTINUE

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll.

        Grows from ``initial_delay`` by ``multiplier`` up to
        ``interval_seconds``, and never beyond the deadline (so the last poll
        happens right at it).
        """
        delay = min(self._next, self.remaining())
        self._next = min(self._next * self._multiplier, self.interval_seconds)
        return delay
