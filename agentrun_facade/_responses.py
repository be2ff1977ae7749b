"""Reading one control-plane response, without I/O.

The ``data`` object of a success envelope, the typed error of an error
answer or of a failed exchange (each naming the operation, the resource and
the request id), and the DEBUG log lines (never headers or bodies).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ._json import JSONDecodeError, decode
from ._requests import OperationCall
from .error_response import ErrorResponse, decode_error_body, read_error_response
from .errors import (
    HTTPError,
    MalformedResponseError,
    RequestTimeoutError,
    TransportError,
    error_from_record,
)
from .retry import FailureKind, classify_transport_error

if TYPE_CHECKING:
    import httpx

__all__ = [
    "error_for",
    "error_record",
    "failure_kind",
    "log_failure",
    "log_response",
    "log_retry",
    "parse_success",
    "request_id_of",
    "transport_error",
    "with_context",
]

logger = logging.getLogger("agentrun_facade")

R = TypeVar("R")


def request_id_of(response: httpx.Response) -> str | None:
    headers = response.headers
    value: str | None = headers.get("x-acs-request-id") or headers.get("x-request-id")
    return value


def with_context(
    call: OperationCall,
    exc: MalformedResponseError,
    *,
    status_code: int | None = None,
    request_id: str | None = None,
) -> MalformedResponseError:
    """``exc`` with the operation, resource, status and request id filled where missing."""
    return MalformedResponseError(
        str(exc.args[0]) if exc.args else "response does not match the schema",
        operation=exc.operation or call.name,
        status_code=exc.status_code if exc.status_code is not None else status_code,
        request_id=exc.request_id or request_id,
        resource_type=exc.resource_type or call.resource_type,
        resource_id=exc.resource_id or call.resource_id,
    )


def parse_success(
    call: OperationCall, response: httpx.Response, parse: Callable[[dict[str, Any]], R]
) -> R:
    """Decode a 2xx envelope and hand its ``data`` object to ``parse``.

    Anything that is not what the spec says is a ``MalformedResponseError``
    naming the operation, the resource, the status and the request id.
    """
    status = response.status_code
    request_id = request_id_of(response)

    def malformed(message: str) -> MalformedResponseError:
        return with_context(
            call, MalformedResponseError(message), status_code=status, request_id=request_id
        )

    try:
        body = decode(response.content)
    except JSONDecodeError:
        raise malformed("response body is not valid JSON") from None
    if not isinstance(body, dict):
        raise malformed("response body is not a JSON object")
    data = body.get("data")
    if not isinstance(data, dict):
        raise malformed("response envelope has no 'data' object")
    try:
        return parse(data)
    except MalformedResponseError as exc:
        raise with_context(call, exc, status_code=status, request_id=request_id) from exc
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise malformed(f"response does not match the schema ({type(exc).__name__})") from exc


def error_record(response: httpx.Response) -> ErrorResponse:
    """The error response read once (for retries and for the typed error)."""
    return read_error_response(
        response.status_code, decode_error_body(response.content), response.headers
    )


def error_for(call: OperationCall, record: ErrorResponse) -> HTTPError:
    """The typed error for an error answer to ``call``."""
    return error_from_record(
        record, operation=call.name, resource_type=call.resource_type, resource_id=call.resource_id
    )


def failure_kind(exc: httpx.TransportError) -> FailureKind | None:
    """Retry class of a transport exception; a pool timeout never sent anything."""
    import httpx

    if isinstance(exc, httpx.PoolTimeout):
        return FailureKind.CONNECT
    return classify_transport_error(exc)


def transport_error(
    call: OperationCall, exc: httpx.TransportError, attempts: int, host: str = ""
) -> TransportError:
    """Our error for a failed exchange; the message names no header or body.

    It names the host, and for a connection that could not be made (or a
    host name that did not resolve) the settings that choose that host.
    """
    import httpx

    detail = str(exc) or type(exc).__name__
    kind = failure_kind(exc)
    where = f" to {host}" if host else ""
    message = (
        f"{call.name} failed after {attempts} attempt(s){where}: {type(exc).__name__}: {detail}"
    )
    if kind is FailureKind.RESOLVE:
        message += "; the host name did not resolve"
    if kind in (FailureKind.RESOLVE, FailureKind.CONNECT) and not isinstance(
        exc, httpx.PoolTimeout
    ):
        message += (
            "; check region_id (AGENTRUN_REGION) and control_endpoint "
            "(AGENTRUN_CONTROL_ENDPOINT), and that this machine can reach it"
        )
    error_type = RequestTimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
    return error_type(
        message,
        operation=call.name,
        resource_type=call.resource_type,
        resource_id=call.resource_id,
    )


def log_exchange(operation: str, response: httpx.Response, elapsed: float, attempt: int) -> None:
    """One DEBUG record per answered attempt, control and data plane alike.

    The record carries the values as attributes too: ``operation``,
    ``method``, ``path``, ``status_code``, ``request_id``, ``attempt`` and
    ``elapsed_ms`` (never headers, query values or bodies).
    """
    if not logger.isEnabledFor(logging.DEBUG):
        return
    request = response.request
    fields = {
        "operation": operation,
        "method": request.method,
        "path": request.url.raw_path.decode("ascii", "replace").partition("?")[0],
        "status_code": response.status_code,
        "request_id": request_id_of(response),
        "attempt": attempt,
        "elapsed_ms": round(elapsed * 1000.0, 1),
    }
    logger.debug(
        "%(operation)s %(method)s %(path)s -> %(status_code)d request_id=%(request_id)s "
        "attempt=%(attempt)d elapsed_ms=%(elapsed_ms).1f",
        fields,
        extra=fields,
    )


def log_response(
    call: OperationCall, response: httpx.Response, elapsed: float, attempt: int
) -> None:
    log_exchange(call.name, response, elapsed, attempt)


def log_retry(call: OperationCall, attempt: int, delay: float, reason: str) -> None:
    logger.debug("%s: retrying after attempt %d (%s) in %.3fs", call.name, attempt, reason, delay)


def log_failure(
    call: OperationCall, exc: httpx.TransportError, elapsed: float, attempt: int
) -> None:
    logger.debug(
        "%s %s failed: %s attempt=%d elapsed_ms=%.1f",
        call.name,
        call.method,
        type(exc).__name__,
        attempt,
        elapsed * 1000.0,
    )
