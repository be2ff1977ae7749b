"""Error classification (service code first, status second, text last) and error text."""

from __future__ import annotations

import pytest

from agentrun_facade.errors import (
    AuthenticationError,
    ClientError,
    ConflictError,
    HTTPError,
    MalformedResponseError,
    RequestTimeoutError,
    ResourceAlreadyExistError,
    ResourceNotExistError,
    ServerError,
    ThrottlingError,
    TransportError,
    ValidationError,
    error_from_response,
)


@pytest.mark.parametrize(
    ("status", "code", "message", "expected"),
    [
        (404, "ERR_NOT_FOUND", "AgentRuntime(ar-1) does not exist", ResourceNotExistError),
        (404, None, "", ResourceNotExistError),
        (409, "ERR_RESOURCE_ALREADY_EXISTS", "taken", ResourceAlreadyExistError),
        (400, "ERR_RESOURCE_ALREADY_EXISTS", "taken", ResourceAlreadyExistError),
        # Documented quirk: a generic code with the condition only in the text.
        (
            500,
            "ERR_INTERNAL_SERVER_ERROR",
            "runtime demo already exists",
            ResourceAlreadyExistError,
        ),
        (400, "ERR_BAD_REQUEST", "name already exists", ResourceAlreadyExistError),
        (409, "ERR_RESOURCE_BUSY", "runtime is CREATING", ConflictError),
        (400, "ERR_VALIDATION_FAILED", "port: 70000 is greater than 65535", ValidationError),
        (403, "SignatureDoesNotMatch", "bad signature", AuthenticationError),
        (400, "InvalidAccessKeyId.NotFound", "unknown key", AuthenticationError),
        (401, "IncompleteSignature", "no auth", AuthenticationError),
        (403, "Forbidden", "denied", AuthenticationError),
        (429, "Throttling.User", "slow down", ThrottlingError),
        (400, "Throttling.Api", "slow down", ThrottlingError),
        (503, "Throttling", "slow down", ThrottlingError),
        (500, "ERR_INTERNAL_SERVER_ERROR", "boom", ServerError),
        (502, None, "", ServerError),
        (418, "TEAPOT", "short and stout", ClientError),
        # The code wins over the text: "not found" in a message proves nothing.
        (500, "ERR_INTERNAL_SERVER_ERROR", "resource not found", ServerError),
    ],
)
def test_classification(
    status: int, code: str | None, message: str, expected: type[HTTPError]
) -> None:
    body = {"code": code, "message": message, "requestId": "req-7"} if code or message else {}
    error = error_from_response(status, body, {}, operation="GetAgentRuntime")
    assert type(error) is expected
    assert isinstance(error, HTTPError)
    assert error.status_code == status
    assert error.error_code == code


def test_capitalised_error_body_and_header_request_id() -> None:
    error = error_from_response(
        404, {"Code": "ERR_NOT_FOUND", "Message": "gone"}, {"x-acs-request-id": "hdr-1"}
    )
    assert isinstance(error, ResourceNotExistError)
    assert (error.error_code, error.message, error.request_id) == ("ERR_NOT_FOUND", "gone", "hdr-1")


def test_non_json_body_still_classifies_by_status() -> None:
    error = error_from_response(502, "<html>Bad Gateway</html>", {}, operation="ListAgentRuntimes")
    assert isinstance(error, ServerError)
    assert "non-JSON" in error.message


def test_error_text_names_operation_resource_and_request_id() -> None:
    error = error_from_response(
        404,
        {"code": "ERR_NOT_FOUND", "message": "does not exist", "requestId": "req-42"},
        {},
        operation="GetAgentRuntime",
        resource_type="AgentRuntime",
        resource_id="ar-123",
    )
    text = str(error)
    for part in ("GetAgentRuntime", "ar-123", "req-42", "ERR_NOT_FOUND", "404"):
        assert part in text


def test_other_errors_name_operation_and_resource() -> None:
    malformed = MalformedResponseError(
        "response body is not valid JSON",
        operation="GetAgentRuntime",
        status_code=200,
        request_id="req-1",
        resource_type="AgentRuntime",
        resource_id="ar-9",
    )
    assert all(p in str(malformed) for p in ("GetAgentRuntime", "ar-9", "req-1"))
    timeout = RequestTimeoutError(
        "GetAgentRuntime failed after 4 attempt(s): ReadTimeout",
        operation="GetAgentRuntime",
        resource_type="AgentRuntime",
        resource_id="ar-9",
    )
    assert isinstance(timeout, TransportError) and isinstance(timeout, TimeoutError)
    assert "ar-9" in str(timeout) and "GetAgentRuntime" in str(timeout)


def test_every_wire_error_is_caught_by_http_error() -> None:
    for cls in (
        ResourceNotExistError,
        ResourceAlreadyExistError,
        ValidationError,
        ConflictError,
        AuthenticationError,
        ThrottlingError,
    ):
        assert issubclass(cls, ClientError) and issubclass(cls, HTTPError)
    assert issubclass(ServerError, HTTPError)


@pytest.mark.parametrize("status", [400, 404, 409, 418])
@pytest.mark.parametrize("code", ["ERR_VALIDATION_FAILED", "ERR_INTERNAL_SERVER_ERROR", None])
def test_positive_integer_acs_retry_after_means_throttling(status: int, code: str | None) -> None:
    body = {"code": code, "message": "busy", "requestId": "req-9"} if code else {}
    error = error_from_response(status, body, {"x-acs-retry-after": "3"})
    assert type(error) is ThrottlingError
    assert (error.status_code, error.error_code, error.retry_after) == (status, code, 3.0)


@pytest.mark.parametrize("status", [500, 503])
def test_acs_retry_after_on_a_5xx_stays_a_server_error(status: int) -> None:
    body = {"code": "ERR_INTERNAL_SERVER_ERROR", "message": "busy"}
    error = error_from_response(status, body, {"x-acs-retry-after": "3"})
    assert type(error) is ServerError
    assert error.retry_after == 3.0


@pytest.mark.parametrize("value", ["0", "-2", "1.5", "soon", "", " "])
def test_other_acs_retry_after_values_do_not_change_the_class(value: str) -> None:
    body = {"code": "ERR_VALIDATION_FAILED", "message": "bad"}
    assert type(error_from_response(400, body, {"x-acs-retry-after": value})) is ValidationError
    assert type(error_from_response(500, {}, {"x-acs-retry-after": value})) is ServerError


def test_standard_retry_after_alone_does_not_mean_throttling() -> None:
    assert type(error_from_response(503, {}, {"Retry-After": "5"})) is ServerError


def test_authentication_errors_say_what_to_check() -> None:
    error = error_from_response(
        403, {"code": "SignatureDoesNotMatch", "message": "no match", "requestId": "r"}, {}
    )
    assert "access key secret" in str(error) and "clock" in str(error)
    plain = error_from_response(403, {"code": "Forbidden", "message": "denied"}, {})
    assert "hint" not in str(plain)


def test_a_resource_without_id_is_named_without_empty_parentheses() -> None:
    error = error_from_response(
        500, {}, {}, operation="ListAgentRuntimes", resource_type="AgentRuntime"
    )
    assert "resource=AgentRuntime;" in str(error) and "AgentRuntime()" not in str(error)
