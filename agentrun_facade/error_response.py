"""One record read from each error response, used by the error classes and by retries.

:func:`read_error_response` reads status, service code, message, request id,
the delay the server asked for and whether the answer means "throttled"
once; ``errors.error_from_response`` picks the exception class from it and
``retry.RetryPolicy.decide`` decides whether and when to try again.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._json import JSONDecodeError, decode
from .response_headers import shareable_headers

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ErrorResponse",
    "acs_retry_after",
    "decode_error_body",
    "is_throttling_code",
    "parse_retry_after",
    "read_error_response",
]

#: Service codes that mean "too many requests" besides the ``Throttling*`` family.
_THROTTLING_CODES = frozenset({"ERR_THROTTLED", "TooManyRequests"})
_POSITIVE_INTEGER = re.compile(r"[0-9]+")


def is_throttling_code(code: str | None) -> bool:
    """True for ``Throttling``, ``Throttling.User`` ... and the other throttling codes."""
    if not code:
        return False
    return code.startswith("Throttling") or code in _THROTTLING_CODES


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    if not headers:
        return None
    value = headers.get(name)
    if value is not None:
        return value
    for key, item in headers.items():
        if key.lower() == name:
            return item
    return None


def acs_retry_after(headers: Mapping[str, str] | None) -> int | None:
    """The positive integer in ``x-acs-retry-after`` (any case), else ``None``.

    The service sends it with throttled responses; its presence marks an
    error response as throttling whatever the status or code.
    """
    value = _header(headers, "x-acs-retry-after")
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not _POSITIVE_INTEGER.fullmatch(text):
        return None
    seconds = int(text)
    return seconds if seconds > 0 else None


def _seconds(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    if not math.isfinite(value) or value < 0:
        return None
    return value


def parse_retry_after(headers: Mapping[str, str] | None, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, or ``None`` when it did not say.

    ``x-acs-retry-after`` (seconds, what the service sends) is read first, then
    ``Retry-After`` (seconds or an HTTP date). ``now`` is the current POSIX time
    used for dates (default ``time.time()``); a date in the past gives ``0.0``.
    Unparseable values are ignored.
    """
    acs = _header(headers, "x-acs-retry-after")
    if acs is not None:
        value = _seconds(acs)
        if value is not None:
            return value
    standard = _header(headers, "retry-after")
    if standard is None:
        return None
    value = _seconds(standard)
    if value is not None:
        return value
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(standard.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def decode_error_body(content: bytes) -> Any:
    """The JSON value of an error body, or ``None`` when it is not JSON."""
    if not content:
        return None
    try:
        return decode(content)
    except JSONDecodeError:
        return None


def _pick(body: Mapping[str, Any], *names: str) -> str | None:
    for name in names:
        value = body.get(name)
        if isinstance(value, str) and value:
            return value
    return None


def _no_headers() -> httpx.Headers:
    return shareable_headers(None)


@attrs.frozen
class ErrorResponse:
    """What an error response says, read once.

    Attributes:
        status_code: the HTTP status.
        error_code: the service code (``code``/``Code`` of the body), if any.
        message: the service message ("" when none; a note when the body was not JSON).
        request_id: from the body, else ``x-acs-request-id`` / ``x-request-id``.
        retry_after: seconds the server asked to wait (``x-acs-retry-after``,
            then ``Retry-After``), ``None`` when it did not say.
        acs_retry_after: the positive integer of ``x-acs-retry-after``, if any.
        throttled: 429, a throttling code, or a positive ``x-acs-retry-after``.
        headers: the response headers without the sensitive ones
            (``response_headers.shareable_headers``).
    """

    status_code: int
    error_code: str | None
    message: str
    request_id: str | None
    retry_after: float | None = None
    acs_retry_after: int | None = None
    throttled: bool = False
    headers: httpx.Headers = attrs.field(factory=_no_headers, eq=False, repr=False)


def read_error_response(
    status_code: int,
    body: Any,
    headers: Mapping[str, str] | None,
    *,
    now: float | None = None,
) -> ErrorResponse:
    """Read an error response: ``body`` is the decoded JSON (or anything else)."""
    mapping: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    error_code = _pick(mapping, "code", "Code")
    message = _pick(mapping, "message", "Message") or ""
    request_id = (
        _pick(mapping, "requestId", "RequestId")
        or _header(headers, "x-acs-request-id")
        or _header(headers, "x-request-id")
    )
    if not message and not mapping:
        message = f"HTTP {status_code} with a non-JSON body"
    acs = acs_retry_after(headers)
    return ErrorResponse(
        status_code=status_code,
        error_code=error_code,
        message=message,
        request_id=request_id,
        retry_after=parse_retry_after(headers, now),
        acs_retry_after=acs,
        throttled=status_code == 429 or is_throttling_code(error_code) or acs is not None,
        headers=shareable_headers(headers),
    )
