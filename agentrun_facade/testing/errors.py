"""Errors the emulator answers with, and the JSON error body of the spec.

The documents name three error codes (``ERR_BAD_REQUEST``, ``ERR_VALIDATION_FAILED``,
``ERR_INTERNAL_SERVER_ERROR``); the others here (not found, already exists, busy,
throttled) are assumptions listed in ``docs/emulator-vs-service.md``.
"""

from __future__ import annotations

from collections.abc import Mapping

from agentrun_client.models import ErrorResult

BAD_REQUEST = "ERR_BAD_REQUEST"
NOT_FOUND = "ERR_NOT_FOUND"
ALREADY_EXISTS = "ERR_RESOURCE_ALREADY_EXISTS"
VALIDATION_FAILED = "ERR_VALIDATION_FAILED"
RESOURCE_BUSY = "ERR_RESOURCE_BUSY"
INTERNAL_ERROR = "ERR_INTERNAL_SERVER_ERROR"
THROTTLED = "Throttling.User"


class ApiError(Exception):
    """An error answer: HTTP status, service code, message and extra headers."""

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status_code} {code}: {message}")
        self.status_code = status_code
        self.code = code
        self.message = message
        self.headers = dict(headers or {})

    def body(self, request_id: str) -> dict[str, object]:
        """The ``{"code", "message", "requestId"}`` body."""
        return ErrorResult(code=self.code, message=self.message, request_id=request_id).to_dict()


def not_found(kind: str, ident: str) -> ApiError:
    """404 for an unknown id or name."""
    return ApiError(404, NOT_FOUND, f"{kind}({ident}) does not exist")


def already_exists(kind: str, name: str) -> ApiError:
    """409 for a duplicate name."""
    return ApiError(409, ALREADY_EXISTS, f"{kind}({name}) already exists")


def validation_failed(message: str) -> ApiError:
    """400 for input that does not fit the spec or the emulator's rules."""
    return ApiError(400, VALIDATION_FAILED, message)


def bad_request(message: str) -> ApiError:
    """400 for bytes that cannot be read as an acceptable request."""
    return ApiError(400, BAD_REQUEST, message)


def too_large(limit: int) -> ApiError:
    """413 for a request body above the configured limit."""
    return ApiError(413, BAD_REQUEST, f"request body is larger than {limit} bytes")


def busy(kind: str, ident: str, status: str) -> ApiError:
    """409 for a resource that is not in a state that allows the call."""
    return ApiError(409, RESOURCE_BUSY, f"{kind}({ident}) is {status}; retry once it has settled")


def server_failure(status_code: int) -> ApiError:
    """An injected 5xx (with the one server-side code the documents name)."""
    return ApiError(status_code, INTERNAL_ERROR, f"injected server failure ({status_code})")


def throttled(retry_after: int) -> ApiError:
    """An injected 429 with ``Retry-After`` and ``x-acs-retry-after``."""
    seconds = str(max(0, int(retry_after)))
    return ApiError(
        429,
        THROTTLED,
        "request was denied due to request throttling",
        headers={"Retry-After": seconds, "x-acs-retry-after": seconds},
    )
