"""Typed errors raised by the facade.

``AgentRunError`` is the root and carries the context every error may have
(operation, resource, request id, status). Everything that came back from the
wire is an ``HTTPError`` (with ``ClientError`` for 4xx and ``ServerError`` for
5xx), and the well-known service conditions are subclasses of those, so
callers can catch by class or inspect ``error_code``. Problems detected before
anything is sent are ``ValueError`` subclasses.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from .error_response import ErrorResponse, is_throttling_code, read_error_response
from .response_headers import shareable_headers

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AgentRunError",
    "AuthenticationError",
    "ClientClosedError",
    "ClientError",
    "ConflictError",
    "CredentialProviderError",
    "DeleteResourceError",
    "HTTPError",
    "InvalidParameterError",
    "ListingConsistencyError",
    "MalformedResponseError",
    "MissingConfigurationError",
    "MissingDependencyError",
    "RequestTimeoutError",
    "ResourceAlreadyExistError",
    "ResourceFailedError",
    "ResourceNotExistError",
    "ServerError",
    "ThrottlingError",
    "TransportError",
    "ValidationError",
    "WaiterError",
    "WaiterTimeoutError",
    "error_from_response",
]


def _resource_text(resource_type: str | None, resource_id: str | None) -> str | None:
    if not (resource_type or resource_id):
        return None
    if not resource_id:
        return f"resource={resource_type}"
    return f"resource={resource_type or '?'}({resource_id})"


class AgentRunError(Exception):
    """Root of every error raised by ``agentrun_facade``.

    The context fields are ``None`` when they do not apply: ``operation`` (the
    API action), ``resource_type`` / ``resource_id`` (what it addressed),
    ``request_id`` (the service's id of the response) and ``status_code``.
    ``str()`` names the ones that are set.
    """

    operation: str | None = None
    resource_type: str | None = None
    resource_id: str | None = None
    request_id: str | None = None
    status_code: int | None = None

    def __init__(
        self,
        message: str = "",
        *,
        operation: str | None = None,
        resource_type: str | None = None,
        resource_id: str | None = None,
        request_id: str | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.request_id = request_id
        self.status_code = status_code

    def _message(self) -> str:
        return str(self.args[0]) if self.args and self.args[0] else type(self).__name__

    def _details(self) -> list[str]:
        """The ``key=value`` parts after the message (subclasses add their own)."""
        parts = []
        if self.operation:
            parts.append(f"operation={self.operation}")
        if self.status_code is not None:
            parts.append(f"status={self.status_code}")
        resource = _resource_text(self.resource_type, self.resource_id)
        if resource:
            parts.append(resource)
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return parts

    def __str__(self) -> str:
        return "; ".join([self._message(), *self._details()])


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


class TransportError(AgentRunError):
    """The request could not be completed (connection failure, timeout)."""


class RequestTimeoutError(TransportError, TimeoutError):
    """The request timed out (connect, read or write)."""


class MalformedResponseError(AgentRunError):
    """A response body is not what the API specification says it is."""


class HTTPError(AgentRunError):
    """The service answered with an error status.

    ``headers`` are the response headers (case-insensitive), without any that
    could carry a credential or session state (``Authorization``, cookies,
    tokens, signatures, keys); they are not part of ``str()`` or ``repr()``.
    """

    status_code: int
    headers: httpx.Headers

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
        headers: httpx.Headers | Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            message,
            operation=operation,
            resource_type=resource_type,
            resource_id=resource_id,
            request_id=request_id,
            status_code=status_code,
        )
        self.error_code = error_code
        self.message = message
        self.retry_after = retry_after
        self.headers = shareable_headers(headers)

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

    Chosen from an "already exists" service code, or from a message saying so
    (the service reports the condition on 400, 409 and, occasionally, 500); it
    is a ``ClientError`` in every case because the caller must change the
    request.
    """


class ValidationError(ClientError):
    """The service rejected the request body or parameters (400)."""


class ConflictError(ClientError):
    """The resource is in a state that does not allow the operation (409).

    A 409 that does not say "already exists" (e.g. the resource is busy
    creating or updating) is a ``ConflictError``; retry once it has settled.
    """


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

    Raised for 429, a throttling code (``Throttling*``, ``ERR_THROTTLED``,
    ``TooManyRequests``), or a 4xx status whose ``x-acs-retry-after`` header
    holds a positive integer. A 5xx with that header stays a ``ServerError``
    (the status says where the fault is); it is retried after the delay the
    header asks for, like a 429.
    """


class ListingConsistencyError(AgentRunError):
    """A strict listing kept changing: its verification never agreed.

    Raised only with ``Config(strict_listing=True)`` when items were created
    or deleted during every pass; the default listing returns what it read
    and logs a warning instead.
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
        super().__init__(
            message, operation=operation, resource_type=resource_type, resource_id=resource_id
        )
        self.passes = passes

    def _details(self) -> list[str]:
        return [*super()._details(), f"passes={self.passes}"]


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
_STATE_CODES = frozenset(
    {"ERR_RESOURCE_BUSY", "ERR_INVALID_STATE", "ERR_CONFLICT_STATE", "ERR_CONFLICT"}
)
_VALIDATION_CODES = frozenset(
    {"ERR_VALIDATION_FAILED", "ERR_BAD_REQUEST", "InvalidParameter", "MissingParameter"}
)


def _classify(record: ErrorResponse) -> type[HTTPError]:
    """Pick the error class: service code first, HTTP status second, text last."""
    status_code = record.status_code
    code = record.error_code or ""
    if code in _NOT_FOUND_CODES:
        return ResourceNotExistError
    if code in _ALREADY_EXISTS_CODES:
        return ResourceAlreadyExistError
    if code in _AUTH_CODES or code.startswith(("SignatureDoesNotMatch", "InvalidAccessKey")):
        return AuthenticationError
    if code in _STATE_CODES:
        return ConflictError
    if is_throttling_code(code) or status_code == 429:
        return ThrottlingError
    if record.throttled and status_code < 500:
        # A positive x-acs-retry-after; on a 5xx the status says where the fault is.
        return ThrottlingError
    if status_code in (401, 403):
        return AuthenticationError
    # Documented quirk: the service sometimes reports "already exists" with a
    # generic code; only then is the message consulted.
    if status_code in (400, 409, 500) and "already exist" in record.message.lower():
        return ResourceAlreadyExistError
    if status_code == 409:
        return ConflictError
    if status_code == 404:
        return ResourceNotExistError
    if status_code == 400 or (code in _VALIDATION_CODES and 400 <= status_code < 500):
        return ValidationError
    if status_code >= 500:
        return ServerError
    return ClientError


def error_from_record(
    record: ErrorResponse,
    *,
    operation: str | None = None,
    resource_type: str | None = None,
    resource_id: str | None = None,
) -> HTTPError:
    """The typed error for an error response already read into a record."""
    cls = _classify(record)
    return cls(
        record.status_code,
        record.error_code,
        record.message,
        record.request_id,
        resource_type,
        resource_id,
        operation=operation,
        retry_after=record.retry_after,
        headers=record.headers,
    )


def error_from_response(
    status_code: int,
    body: Any,
    headers: Mapping[str, str],
    *,
    operation: str | None = None,
    resource_type: str | None = None,
    resource_id: str | None = None,
) -> HTTPError:
    """Build the typed error for an HTTP error response.

    ``body`` is the decoded JSON (or anything else, when the body was not a
    JSON object); ``headers`` are the response headers. A positive integer
    ``x-acs-retry-after`` makes a 4xx a :class:`ThrottlingError`; the delay
    the server asked for is ``retry_after``.
    """
    return error_from_record(
        read_error_response(status_code, body, headers),
        operation=operation,
        resource_type=resource_type,
        resource_id=resource_id,
    )
