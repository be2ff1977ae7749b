"""One HTTP exchange with the control plane, without I/O.

Request preparation (absolute URL, headers, JSON body bytes, timeout,
credentials), decoding of success envelopes, the typed error for an error
status or a transport failure, and the DEBUG log lines (never headers or
bodies).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

from ._version import __version__
from .config import ResolvedConfig
from .errors import (
    HTTPError,
    InvalidParameterError,
    ListingConsistencyError,
    MalformedResponseError,
    MissingConfigurationError,
    RequestTimeoutError,
    TransportError,
    error_from_response,
)
from .retry import FailureKind, classify_transport_error, parse_retry_after
from .signing import Credentials, encode_path_segment

__all__ = [
    "API_VERSION",
    "USER_AGENT",
    "CallResult",
    "OperationCall",
    "PreparedRequest",
    "check_id",
    "encode_body",
    "error_for",
    "listing_error",
    "parse_success",
    "prepare",
    "transport_error",
    "unsettled_listing",
]

API_VERSION = "2025-09-10"
USER_AGENT = (
    f"agentrun-facade/{__version__} "
    f"python/{sys.version_info.major}.{sys.version_info.minor} httpx/{httpx.__version__}"
)
logger = logging.getLogger("agentrun_facade")

R = TypeVar("R")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------


def check_id(value: object, name: str) -> str:
    """Validate one path id before a path is built (empty, '.', '..' are refused)."""
    if not isinstance(value, str):
        raise InvalidParameterError(f"{name} must be a string, got {type(value).__name__}")
    try:
        encode_path_segment(value)
    except InvalidParameterError as exc:
        raise InvalidParameterError(f"{name}: {exc}") from None
    return value


@attrs.frozen
class OperationCall:
    """One control-plane operation, ready to send.

    ``kwargs`` is what the generated operation module's ``_get_kwargs`` built:
    ``method``, relative ``url`` (path ids already encoded), optional
    ``params``, ``json`` and ``headers``.
    """

    name: str
    kwargs: Mapping[str, Any]
    resource_type: str
    resource_id: str | None = None

    @property
    def method(self) -> str:
        return str(self.kwargs["method"]).upper()


@attrs.frozen
class PreparedRequest:
    """Everything needed to build one attempt of a call.

    ``content`` is the exact body sent (and signed), ``None`` for no body.
    """

    method: str
    url: str
    params: dict[str, Any]
    content: bytes | None
    headers: dict[str, str]
    timeout: httpx.Timeout
    credentials: Credentials = attrs.field(repr=False)


@attrs.frozen
class CallResult(Generic[R]):
    """A parsed response and how it was obtained."""

    value: R
    attempts: int
    status_code: int
    request_id: str | None


def credentials_of(resolved: ResolvedConfig) -> Credentials:
    """The signing credentials, or a clear error when they are not configured."""
    if not resolved.access_key_id or not resolved.access_key_secret:
        raise MissingConfigurationError(
            "access_key_id and access_key_secret are required: pass them in Config or set "
            "AGENTRUN_ACCESS_KEY_ID / AGENTRUN_ACCESS_KEY_SECRET"
        )
    return Credentials(
        resolved.access_key_id, resolved.access_key_secret, resolved.security_token or None
    )


def base_headers(resolved: ResolvedConfig) -> dict[str, str]:
    """``user-agent`` and ``accept``, then the configured extra headers."""
    headers = {"user-agent": USER_AGENT, "accept": "application/json"}
    lowered = {name.lower(): name for name in headers}
    for name, value in resolved.headers.items():
        existing = lowered.get(name.lower())
        if existing is not None:
            del headers[existing]
        headers[name] = value
    return headers


class _Unencodable(TypeError):
    """Raised from ``json.dumps`` for a value of a type JSON has no form for."""


def _refuse(value: object) -> object:
    raise _Unencodable(type(value).__name__)


def encode_body(call_name: str, value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON (NaN and infinities refused).

    Raises:
        InvalidParameterError: the body holds something JSON cannot carry; the
            message names the operation and the problem, never the values.
    """
    try:
        text = json.dumps(
            value, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_refuse
        )
        return text.encode("utf-8")
    except _Unencodable as exc:
        problem = f"a value of type {exc.args[0]}, which JSON cannot encode"
    except TypeError:
        problem = "a key JSON cannot encode (keys must be strings or numbers)"
    except UnicodeEncodeError:
        problem = "a string that is not valid Unicode"
    except ValueError as exc:
        if "circular" in str(exc).lower():
            problem = "a circular reference"
        else:
            problem = "NaN or an infinite number, which JSON cannot encode"
    except RecursionError:
        problem = "values nested too deeply to encode"
    raise InvalidParameterError(f"{call_name}: the request body holds {problem}") from None


def _has_header(headers: Mapping[str, str], name: str) -> bool:
    return any(key.lower() == name for key in headers)


def prepare(call: OperationCall, resolved: ResolvedConfig) -> PreparedRequest:
    """Absolute URL, headers, body bytes, timeout and credentials for ``call``.

    The body is serialised here, not by ``httpx``, so a value JSON cannot
    carry is a typed error before anything is sent, and the bytes signed are
    the bytes sent.
    """
    kwargs = call.kwargs
    relative = str(kwargs["url"])
    body = kwargs.get("json")
    content = None if body is None else encode_body(call.name, body)
    headers = base_headers(resolved)
    for name, value in (kwargs.get("headers") or {}).items():
        headers[str(name)] = str(value)
    if content is not None and not _has_header(headers, "content-type"):
        headers["content-type"] = "application/json"
    headers["x-acs-action"] = call.name
    headers["x-acs-version"] = API_VERSION
    return PreparedRequest(
        method=call.method,
        url=resolved.control_base_url + relative,
        params=dict(kwargs.get("params") or {}),
        content=content,
        headers=headers,
        timeout=resolved.httpx_timeout(),
        credentials=credentials_of(resolved),
    )


# --------------------------------------------------------------------------
# Responses
# --------------------------------------------------------------------------


def request_id_of(response: httpx.Response) -> str | None:
    headers = response.headers
    value: str | None = headers.get("x-acs-request-id") or headers.get("x-request-id")
    return value


def decode_body(content: bytes) -> Any:
    """The JSON value of an error body, or ``None`` when it is not JSON."""
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None


def error_code_of(body: Any) -> str | None:
    if isinstance(body, Mapping):
        for key in ("code", "Code"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    return None


def parse_success(
    call: OperationCall, response: httpx.Response, parse: Callable[[Mapping[str, Any]], R]
) -> R:
    """Decode a 2xx envelope and hand it to ``parse``; anything odd is malformed."""
    status = response.status_code
    request_id = request_id_of(response)

    def malformed(message: str) -> MalformedResponseError:
        return MalformedResponseError(
            message,
            operation=call.name,
            status_code=status,
            request_id=request_id,
            resource_type=call.resource_type,
            resource_id=call.resource_id,
        )

    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        raise malformed("response body is not valid JSON") from None
    if not isinstance(body, dict):
        raise malformed("response body is not a JSON object")
    if not isinstance(body.get("data"), dict):
        raise malformed("response envelope has no 'data' object")
    try:
        return parse(body)
    except MalformedResponseError as exc:
        raise malformed(str(exc.args[0]) if exc.args else "response does not match") from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise malformed(f"response does not match the schema ({type(exc).__name__})") from exc


def error_for(call: OperationCall, response: httpx.Response, body: Any) -> HTTPError:
    """The typed error for an error status."""
    return error_from_response(
        response.status_code,
        body,
        response.headers,
        operation=call.name,
        resource_type=call.resource_type,
        resource_id=call.resource_id,
        retry_after=parse_retry_after(response.headers),
    )


def listing_error(call: OperationCall, exc: MalformedResponseError) -> MalformedResponseError:
    """``exc`` (raised while planning a listing) with the list operation and resource added."""
    return MalformedResponseError(
        str(exc.args[0]) if exc.args else "malformed listing",
        operation=exc.operation or call.name,
        status_code=exc.status_code,
        request_id=exc.request_id,
        resource_type=exc.resource_type or call.resource_type,
        resource_id=exc.resource_id or call.resource_id,
    )


def unsettled_listing(
    call: OperationCall, reason: str | None, passes: int, *, strict: bool
) -> ListingConsistencyError | None:
    """The error for a listing whose passes never agreed (strict), else a warning."""
    detail = reason or "items changed between page reads"
    if strict:
        return ListingConsistencyError(
            f"the listing changed during each of {passes} passes ({detail}); "
            "retry later or use Config(strict_listing=False) for a best-effort listing",
            operation=call.name,
            resource_type=call.resource_type,
            resource_id=call.resource_id,
            passes=passes,
        )
    logger.warning(
        "%s: listing still inconsistent after %d passes (%s); items may be missing",
        call.name,
        passes,
        detail,
    )
    return None


def failure_kind(exc: httpx.TransportError) -> FailureKind | None:
    """Retry class of a transport exception; a pool timeout never sent anything."""
    if isinstance(exc, httpx.PoolTimeout):
        return FailureKind.CONNECT
    return classify_transport_error(exc)


def transport_error(
    call: OperationCall, exc: httpx.TransportError, attempts: int
) -> TransportError:
    """Our error for a failed exchange; the message names no header or body."""
    detail = str(exc) or type(exc).__name__
    message = f"{call.name} failed after {attempts} attempt(s): {type(exc).__name__}: {detail}"
    error_type = RequestTimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
    return error_type(
        message,
        operation=call.name,
        resource_type=call.resource_type,
        resource_id=call.resource_id,
    )


def log_response(
    call: OperationCall, response: httpx.Response, elapsed: float, attempt: int
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s %s -> %d request_id=%s attempt=%d elapsed_ms=%.1f",
            call.name,
            call.method,
            response.request.url.raw_path.decode("ascii", "replace").partition("?")[0],
            response.status_code,
            request_id_of(response),
            attempt,
            elapsed * 1000.0,
        )


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
