"""Typed errors raised by the facade.

``AgentRunError`` is the root. Everything that came back from the wire is an
``HTTPError`` (with ``ClientError`` for 4xx and ``ServerError`` for 5xx), and
the well-known service conditions are subclasses of those, so callers can catch
by class or inspect ``error_code``. Problems detected before anything is sent
are ``ValueError`` subclasses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar


class AgentRunError(Exception):
    """Root of every error raised by ``agentrun_facade``."""


# --------------------------------------------------------------------------
# Errors detected before a request is sent
# --------------------------------------------------------------------------


class InvalidParameterError(AgentRunError, ValueError):
    """A caller-supplied value cannot be sent (empty id, bad config, ...)."""


class MissingConfigurationError(InvalidParameterError):
    """A setting needed for the call (credentials, account id, ...) is not set."""


class ClientClosedError(AgentRunError, RuntimeError):
    """A call was made on an ``AgentRuntimeClient`` after ``close()``/``aclose()``."""


class MissingDependencyError(AgentRunError, ImportError):
    """An optional extra is not installed."""


class CredentialProviderError(AgentRunError):
    """A credentials provider failed or gave an unusable result (the cause is chained)."""


# --------------------------------------------------------------------------
# Errors about the wire
# --------------------------------------------------------------------------


def _resource_text(resource_type: str | None, resource_id: str | None) -> str | None:
    if not (resource_type or resource_id):
        return None
    if not resource_id:
        return f"resource={resource_type}"
    return f"resource={resource_type or '?'}({resource_id})"


class TransportError(AgentRunError):
    """The request could not be completed (connection failure, timeout)."""

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        resource_type: str | None = None,
        resource_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.resource_type = resource_type
        self.resource_id = resource_id

    def __str__(self) -> str:
        parts = [str(self.args[0]) if self.args else "transport error"]
        resource = _resource_text(self.resource_type, self.resource_id)
        if resource:
            parts.append(resource)
        return "; ".join(parts)


class RequestTimeoutError(TransportError, TimeoutError):
    """The request timed out (connect, read or write)."""


class MalformedResponseError(AgentRunError):
    """A response body is not what the API specification says it is."""

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        status_code: int | None = None,
        request_id: str | None = None,
        resource_type: str | None = None,
        resource_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.status_code = status_code
        self.request_id = request_id
        self.resource_type = resource_type
        self.resource_id = resource_id

    def __str__(self) -> str:
        parts = [self.args[0] if self.args else "malformed response"]
        if self.operation:
            parts.append(f"operation={self.operation}")
        if self.status_code is not None:
            parts.append(f"status={self.status_code}")
        resource = _resource_text(self.resource_type, self.resource_id)
        if resource:
            parts.append(resource)
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return "; ".join(str(p) for p in parts)


class HTTPError(AgentRunError):
    """The service answered with an error status."""

    def __init__(
        self,
        status_code: int,
        error_code: str | None,
        message: str,
        request_id: str | None = None,
        resource_type: str | None = None,
        resource_id: str | None = None,
        *,
        operation: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error_code = error_code
        self.message = message
        self.request_id = request_id
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.operation = operation
        self.retry_after = retry_after

    def __str__(self) -> str:
        head = f"{self.operation or 'request'} failed: HTTP {self.status_code}"
        if self.error_code:
            head += f" {self.error_code}"
        parts = [head]
        if self.message:
            parts.append(self.message)
        resource = _resource_text(self.resource_type, self.resource_id)
        if resource:
            parts.append(resource)
        parts.append(f"request_id={self.request_id or 'unknown'}")
        return "; ".join(parts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, "
            f"error_code={self.error_code!r}, request_id={self.request_id!r}, "
            f"operation={self.operation!r}, resource_id={self.resource_id!r})"
        )


class ClientError(HTTPError):
    """4xx: the request was rejected."""


class ServerError(HTTPError):
    """5xx: the service failed."""


class ResourceNotExistError(ClientError):
    """The addressed resource does not exist (404)."""


class ResourceAlreadyExistError(ClientError):
    """A resource with that name already exists.

    The service reports this on 400, 409 and, occasionally, 500; it is a
    ``ClientError`` in every case because the caller must change the request.
    """


class ValidationError(ClientError):
    """The service rejected the request body or parameters (400)."""


class ConflictError(ClientError):
    """The resource is in a state that does not allow the operation (409)."""


class AuthenticationError(ClientError):
    """The signature or credentials were rejected (401/403)."""

    _HINTS: ClassVar[Mapping[str, str]] = {
        "SignatureDoesNotMatch": (
            "check the access key secret (Config.access_key_secret or "
            "AGENTRUN_ACCESS_KEY_SECRET) and that the system clock is right"
        ),
        "InvalidTimeStamp.Expired": "the system clock is off: synchronise it",
        "InvalidSecurityToken": "the STS token is missing, wrong or expired: refresh it",
        "InvalidAccessKeyId.NotFound": (
            "check the access key id (Config.access_key_id or AGENTRUN_ACCESS_KEY_ID)"
        ),
    }

    def __str__(self) -> str:
        hint = self._HINTS.get(self.error_code or "")
        text = super().__str__()
        return f"{text}; hint: {hint}" if hint else text


class ThrottlingError(ClientError):
    """The request was throttled.

    Raised for 429, a ``Throttling*`` code, or a 4xx status whose
    ``x-acs-retry-after`` header holds a positive integer. A 5xx with that
    header stays a ``ServerError`` (the status says where the fault is); it is
    retried after the delay the header asks for, like a 429.
    """


class ListingConsistencyError(AgentRunError):
    """A strict listing kept changing: no two consecutive passes agreed.

    Raised only with ``Config(strict_listing=True)`` (the default) when items
    were created or deleted during every pass; ``strict_listing=False`` gives a
    best-effort listing instead.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        resource_type: str | None = None,
        resource_id: str | None = None,
        passes: int = 0,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.passes = passes

    def __str__(self) -> str:
        parts = [str(self.args[0]) if self.args else "listing kept changing"]
        if self.operation:
            parts.append(f"operation={self.operation}")
        resource = _resource_text(self.resource_type, self.resource_id)
        if resource:
            parts.append(resource)
        parts.append(f"passes={self.passes}")
        return "; ".join(parts)


# --------------------------------------------------------------------------
# Waiters
# --------------------------------------------------------------------------


class WaiterError(AgentRunError):
    """Base of waiter outcomes that are not success."""

    def __init__(self, message: str, *, resource: Any = None, status: str | None = None) -> None:
        super().__init__(message)
        self.resource = resource
        self.status = status


class WaiterTimeoutError(WaiterError, TimeoutError):
    """The resource did not reach a final status before the deadline."""


class ResourceFailedError(WaiterError):
    """The resource reached a ``*_FAILED`` status."""

    def __init__(
        self,
        message: str,
        *,
        resource: Any = None,
        status: str | None = None,
        status_reason: str | None = None,
    ) -> None:
        super().__init__(message, resource=resource, status=status)
        self.status_reason = status_reason


class DeleteResourceError(WaiterError):
    """A delete did not finish: the resource settled in an unexpected status."""


# --------------------------------------------------------------------------
# Mapping from the wire
# --------------------------------------------------------------------------

_NOT_FOUND_CODES = frozenset(
    {
        "ERR_NOT_FOUND",
        "ERR_RESOURCE_NOT_FOUND",
        "ERR_RESOURCE_NOT_EXIST",
        "RESOURCE_NOT_FOUND",
        "ResourceNotFound",
        "ResourceNotExist",
        "NotFound",
    }
)
_ALREADY_EXISTS_CODES = frozenset(
    {
        "ERR_RESOURCE_ALREADY_EXISTS",
        "ERR_ALREADY_EXISTS",
        "ERR_CONFLICT",
        "RESOURCE_ALREADY_EXISTS",
        "ResourceAlreadyExists",
        "ResourceAlreadyExist",
        "AlreadyExists",
    }
)
_AUTH_CODES = frozenset(
    {
        "SignatureDoesNotMatch",
        "InvalidAccessKeyId",
        "InvalidAccessKeyId.NotFound",
        "InvalidAccessKey",
        "InvalidSecurityToken",
        "InvalidSecurityToken.Expired",
        "IncompleteSignature",
        "SignatureNonceUsed",
        "InvalidTimeStamp.Expired",
        "Forbidden",
        "Forbidden.RAM",
        "NoPermission",
        "ERR_UNAUTHORIZED",
        "ERR_FORBIDDEN",
    }
)
_STATE_CODES = frozenset({"ERR_RESOURCE_BUSY", "ERR_INVALID_STATE", "ERR_CONFLICT_STATE"})
_VALIDATION_CODES = frozenset(
    {"ERR_VALIDATION_FAILED", "ERR_BAD_REQUEST", "InvalidParameter", "MissingParameter"}
)


def _classify(status_code: int, error_code: str | None, message: str) -> type[HTTPError]:
    """Pick the error class: service code first, HTTP status second, text last."""
    code = error_code or ""
    if code in _NOT_FOUND_CODES:
        return ResourceNotExistError
    if code in _ALREADY_EXISTS_CODES:
        return ResourceAlreadyExistError
    if code in _AUTH_CODES or code.startswith(("SignatureDoesNotMatch", "InvalidAccessKey")):
        return AuthenticationError
    if code in _STATE_CODES:
        return ConflictError
    if code.startswith("Throttling") or code in {"ERR_THROTTLED", "TooManyRequests"}:
        return ThrottlingError
    if status_code == 429:
        return ThrottlingError
    if status_code in (401, 403):
        return AuthenticationError
    if status_code == 409:
        return ResourceAlreadyExistError
    # Documented quirks: the service sometimes reports these conditions with a
    # generic code; only then is the message consulted.
    lowered = message.lower()
    if status_code in (400, 500) and "already exist" in lowered:
        return ResourceAlreadyExistError
    if status_code == 404:
        return ResourceNotExistError
    if code in _VALIDATION_CODES and 400 <= status_code < 500:
        return ValidationError
    if status_code == 400:
        return ValidationError
    if status_code >= 500:
        return ServerError
    return ClientError


_POSITIVE_INTEGER = re.compile(r"[0-9]+")


def acs_retry_after(headers: Mapping[str, str] | None) -> int | None:
    """The positive integer in ``x-acs-retry-after`` (any case), else ``None``.

    The service sends it with throttled responses; its presence marks an
    error response as throttling whatever the status or code.
    """
    if not headers:
        return None
    value = headers.get("x-acs-retry-after")
    if value is None:
        value = next(
            (v for k, v in headers.items() if k.lower() == "x-acs-retry-after"),
            None,
        )
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not _POSITIVE_INTEGER.fullmatch(text):
        return None
    seconds = int(text)
    return seconds if seconds > 0 else None


def _pick(body: Mapping[str, Any], *names: str) -> str | None:
    for name in names:
        value = body.get(name)
        if isinstance(value, str) and value:
            return value
    return None


def error_from_response(
    status_code: int,
    body: Any,
    headers: Mapping[str, str],
    *,
    operation: str | None = None,
    resource_type: str | None = None,
    resource_id: str | None = None,
    retry_after: float | None = None,
) -> HTTPError:
    """Build the typed error for an HTTP error response.

    ``body`` is the decoded JSON (or anything else, when the body was not a
    JSON object); ``headers`` are the response headers. A positive integer
    ``x-acs-retry-after`` makes the error a :class:`ThrottlingError` for any
    status.
    """
    mapping: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    error_code = _pick(mapping, "code", "Code")
    message = _pick(mapping, "message", "Message") or ""
    request_id = (
        _pick(mapping, "requestId", "RequestId")
        or headers.get("x-acs-request-id")
        or headers.get("x-request-id")
    )
    if not message and not mapping:
        message = f"HTTP {status_code} with a non-JSON body"
    cls = _classify(status_code, error_code, message)
    if 400 <= status_code < 500 and acs_retry_after(headers) is not None:
        cls = ThrottlingError
    return cls(
        status_code,
        error_code,
        message,
        request_id,
        resource_type,
        resource_id,
        operation=operation,
        retry_after=retry_after,
    )
