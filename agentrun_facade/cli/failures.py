"""Exit codes, and the one line printed for an error."""

from __future__ import annotations

from ..errors import (
    AgentRunError,
    ConflictError,
    DeleteResourceError,
    HTTPError,
    InvalidParameterError,
    MissingConfigurationError,
    RequestTimeoutError,
    ResourceAlreadyExistError,
    ResourceFailedError,
    ResourceNotExistError,
    WaiterTimeoutError,
)

__all__ = [
    "CONFLICT",
    "FAILED",
    "NOT_FOUND",
    "OK",
    "OTHER",
    "TIMEOUT",
    "USAGE",
    "NotFoundError",
    "exit_code",
    "one_line",
]

OK = 0
OTHER = 1
USAGE = 2
NOT_FOUND = 3
CONFLICT = 4
FAILED = 5
TIMEOUT = 6


class NotFoundError(AgentRunError):
    """No runtime or endpoint has the name given on the command line."""


def exit_code(error: BaseException) -> int:
    """The exit code for an error (see the table in the README)."""
    if isinstance(error, ResourceNotExistError | NotFoundError):
        return NOT_FOUND
    if isinstance(error, ConflictError | ResourceAlreadyExistError):
        return CONFLICT
    if isinstance(error, ResourceFailedError | DeleteResourceError):
        return FAILED
    if isinstance(error, WaiterTimeoutError | RequestTimeoutError):
        return TIMEOUT
    if isinstance(error, InvalidParameterError) and not isinstance(
        error, MissingConfigurationError
    ):
        return USAGE
    return OTHER


def one_line(error: BaseException) -> str:
    """``error: <message>`` on one line, with the request id when the service sent one."""
    text = " ".join(str(error).split()) or type(error).__name__
    request_id = error.request_id if isinstance(error, HTTPError) else None
    if request_id and request_id not in text:
        text = f"{text} (request id {request_id})"
    return f"error: {text}"
