"""Sans-I/O retry policy: what to retry and how long to wait.

The sync and async clients send a request, describe the outcome to
:meth:`RetryPolicy.decide` (the ``ErrorResponse`` read from an error answer,
or the :class:`FailureKind` of a failed exchange), and sleep for the returned
number of seconds (or stop when it returns ``None``). Nothing here sleeps or
sends.

A throttled answer means the request was not processed, so it is retried
whatever the method. A POST whose outcome is unknown (:func:`outcome_unknown`:
the connection broke after sending, a read timeout, a 5xx) may have been
applied; it is repeated only once the caller has looked and found that it was
not (``unapplied=True``), see ``_async/reconcile.py``.
"""

from __future__ import annotations

import enum
import math
import random
import socket
from collections.abc import Callable

import attrs

from .error_response import ErrorResponse, is_throttling_code
from .errors import InvalidParameterError

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRYABLE_STATUS",
    "FailureKind",
    "RetryPolicy",
    "classify_transport_error",
    "outcome_unknown",
    "refused_unprocessed",
]

#: Statuses worth another attempt for idempotent methods.
RETRYABLE_STATUS: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})

#: Methods that may be repeated after the server may have seen the request.
IDEMPOTENT_METHODS: frozenset[str] = frozenset({"GET", "PUT", "DELETE", "HEAD"})

RandomSource = random.Random | Callable[[], float]


class FailureKind(enum.Enum):
    """Why no usable response arrived."""

    #: The connection could not be made; the request never left the client.
    CONNECT = "connect"
    #: A read or write timeout; the server may have seen the request.
    TIMEOUT = "timeout"
    #: The connection broke while sending or mid-response.
    PROTOCOL = "protocol"
    #: The host name did not resolve: a wrong region or endpoint, never retried.
    RESOLVE = "resolve"


def classify_transport_error(exc: BaseException) -> FailureKind | None:
    """Map an ``httpx`` transport exception to a :class:`FailureKind`.

    ``None`` for exceptions that are not transport failures (they should not be
    retried). Connect and pool timeouts are ``CONNECT``: no connection was
    obtained, so no byte of the request was sent; a connect error caused by a
    failed name lookup is ``RESOLVE``.
    """
    import httpx

    if isinstance(exc, httpx.ConnectError) and _caused_by(exc, socket.gaierror):
        return FailureKind.RESOLVE
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return FailureKind.CONNECT
    if isinstance(exc, httpx.TimeoutException):
        return FailureKind.TIMEOUT
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return FailureKind.PROTOCOL
    return None


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def outcome_unknown(
    *, response: ErrorResponse | None = None, failure: FailureKind | None = None
) -> bool:
    """Whether a request that failed may nevertheless have been applied.

    True when it broke after it was sent (``TIMEOUT``, ``PROTOCOL``) or got a
    5xx that is not a throttling answer. A throttled answer, a 4xx and a
    failure before sending (``CONNECT``, ``RESOLVE``) mean it was not applied.
    Repeating such a request is harmless for idempotent methods; a POST is
    repeated only once the caller has checked (``unapplied``).
    """
    if failure is not None:
        return failure in (FailureKind.TIMEOUT, FailureKind.PROTOCOL)
    if response is None:
        return False
    return response.status_code >= 500 and not refused_unprocessed(response)


def refused_unprocessed(response: ErrorResponse) -> bool:
    """Whether an error answer says the request was turned away unprocessed.

    A 429 or a throttling code (whatever the status), or a 4xx carrying
    ``x-acs-retry-after``. A 5xx that merely asks for a delay may still have
    been applied.
    """
    if response.status_code == 429 or is_throttling_code(response.error_code):
        return True
    return response.throttled and response.status_code < 500


def _draw(rng: RandomSource | None) -> float:
    if rng is None:
        return random.random()
    if isinstance(rng, random.Random):
        return rng.random()
    return rng()


def _non_negative(field: str) -> Callable[[object, attrs.Attribute[float], float], None]:
    def check(_inst: object, _attr: attrs.Attribute[float], value: float) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidParameterError(f"{field} must be a number")
        if not math.isfinite(value) or value < 0:
            raise InvalidParameterError(f"{field} must be a finite number >= 0")

    return check


def _check_max_retries(_inst: object, _attr: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidParameterError("max_retries must be an integer >= 0")


@attrs.frozen
class RetryPolicy:
    """Bounded retries with full-jitter exponential backoff.

    Attempt ``n`` (``n`` attempts already made) waits
    ``uniform(0, min(backoff_cap, backoff_base * 2 ** (n - 1)))`` seconds. When
    the response carries ``x-acs-retry-after`` or ``Retry-After``, that value
    (capped at ``retry_after_cap``) is used instead of the jittered backoff:
    the server knows when it will accept the request again.

    Override per call with ``attrs.evolve(policy, max_retries=0)``.
    """

    max_retries: int = attrs.field(default=3, validator=_check_max_retries)
    backoff_base: float = attrs.field(default=0.5, validator=_non_negative("backoff_base"))
    backoff_cap: float = attrs.field(default=20.0, validator=_non_negative("backoff_cap"))
    retry_after_cap: float = attrs.field(default=60.0, validator=_non_negative("retry_after_cap"))
    #: Source of the jitter (``None``: the ``random`` module); for reproducible delays.
    rng: RandomSource | None = attrs.field(default=None, eq=False, repr=False)

    def is_retryable(
        self,
        *,
        method: str,
        response: ErrorResponse | None = None,
        failure: FailureKind | None = None,
        unapplied: bool = False,
    ) -> bool:
        """Whether this outcome may be retried at all (ignoring the attempt count).

        A failed name lookup (``RESOLVE``) is never retried. A request that
        provably never reached the server (``CONNECT``) and a throttled answer
        (:func:`refused_unprocessed`: the request was not processed) are
        retried whatever the method. Otherwise non-idempotent methods (POST and
        anything not in :data:`IDEMPOTENT_METHODS`) are retried only when
        ``unapplied`` says the caller checked that the earlier attempt took no
        effect; idempotent ones are retried on any transport failure and on
        :data:`RETRYABLE_STATUS`.
        """
        if failure is FailureKind.RESOLVE:
            return False
        if failure is FailureKind.CONNECT:
            return True
        if response is not None and refused_unprocessed(response):
            return True
        if method.upper() not in IDEMPOTENT_METHODS and not unapplied:
            return False
        if failure is not None:
            return True
        if response is None:
            return False
        return response.throttled or response.status_code in RETRYABLE_STATUS

    def backoff(self, attempt: int, rng: RandomSource | None = None) -> float:
        """Full-jitter delay after ``attempt`` attempts (``attempt >= 1``)."""
        exponent = min(max(attempt - 1, 0), 64)
        ceiling = min(self.backoff_cap, self.backoff_base * (2.0**exponent))
        return ceiling * _draw(rng)

    def decide(
        self,
        *,
        method: str,
        attempt: int,
        response: ErrorResponse | None = None,
        failure: FailureKind | None = None,
        rng: RandomSource | None = None,
        unapplied: bool = False,
    ) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` to give up.

        Args:
            method: HTTP method of the request.
            attempt: attempts already made (1 after the first).
            response: the error response, when one arrived; the delay it asks
                for (``x-acs-retry-after``, ``Retry-After``) is honoured,
                capped at ``retry_after_cap``.
            failure: why no response arrived, when none did.
            rng: a ``random.Random`` or a ``() -> float`` in ``[0, 1)``.
            unapplied: the caller checked that a non-idempotent request whose
                outcome was unknown did not take effect, so it may be repeated.
        """
        if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt < 1:
            raise InvalidParameterError("attempt must be an integer >= 1")
        if attempt > self.max_retries:
            return None
        if not self.is_retryable(
            method=method, response=response, failure=failure, unapplied=unapplied
        ):
            return None
        if response is not None and response.retry_after is not None:
            return min(response.retry_after, self.retry_after_cap)
        return self.backoff(attempt, rng if rng is not None else self.rng)
