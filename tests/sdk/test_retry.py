"""RetryPolicy: which outcomes retry, how long to wait, and Retry-After parsing."""

from __future__ import annotations

import random
import socket
from email.utils import formatdate
from typing import Any

import httpx
import pytest

from agentrun_facade.error_response import parse_retry_after, read_error_response
from agentrun_facade.errors import InvalidParameterError
from agentrun_facade.retry import (
    RETRYABLE_STATUS,
    FailureKind,
    RetryPolicy,
    classify_transport_error,
    outcome_unknown,
)

POLICY = RetryPolicy()


def decide(
    policy: RetryPolicy,
    *,
    method: str,
    attempt: int,
    status_code: int | None = None,
    error_code: str | None = None,
    headers: dict[str, str] | None = None,
    now: float | None = None,
    failure: FailureKind | None = None,
    rng: Any = None,
    unapplied: bool = False,
) -> float | None:
    """The policy's answer for an error response described field by field."""
    response = None
    if status_code is not None:
        body = {"code": error_code} if error_code else {}
        response = read_error_response(status_code, body, headers, now=now)
    return policy.decide(
        method=method,
        attempt=attempt,
        response=response,
        failure=failure,
        rng=rng,
        unapplied=unapplied,
    )


def always(value: float) -> random.Random:
    class Fixed(random.Random):
        def random(self) -> float:
            return value

    return Fixed()


def test_defaults() -> None:
    assert (POLICY.max_retries, POLICY.backoff_base, POLICY.backoff_cap) == (3, 0.5, 20.0)
    assert POLICY.retry_after_cap == 60.0
    assert {408, 429, 500, 502, 503, 504} == set(RETRYABLE_STATUS)


@pytest.mark.parametrize("method", ["GET", "put", "DELETE", "HEAD"])
@pytest.mark.parametrize("status", sorted(RETRYABLE_STATUS))
def test_idempotent_methods_retry_retryable_statuses(method: str, status: int) -> None:
    assert decide(POLICY, method=method, attempt=1, status_code=status, rng=lambda: 0.5) is not None


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 501])
def test_other_statuses_do_not_retry(status: int) -> None:
    assert decide(POLICY, method="GET", attempt=1, status_code=status) is None


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_throttling_code_retries_every_method(method: str) -> None:
    # A throttled request was not processed, so even a POST is safe to repeat.
    assert decide(POLICY, method=method, attempt=1, status_code=400, error_code="Throttling.User")


@pytest.mark.parametrize("failure", [FailureKind.TIMEOUT, FailureKind.PROTOCOL])
def test_timeouts_and_dropped_connections(failure: FailureKind) -> None:
    assert decide(POLICY, method="GET", attempt=1, failure=failure, rng=lambda: 0.5) == 0.25
    assert decide(POLICY, method="POST", attempt=1, failure=failure) is None
    # Once the caller has looked and found the POST not applied, it may go again.
    assert decide(POLICY, method="POST", attempt=1, failure=failure, unapplied=True) is not None
    assert outcome_unknown(failure=failure)


def test_outcome_unknown_only_after_sending() -> None:
    assert not outcome_unknown(failure=FailureKind.CONNECT)
    assert not outcome_unknown(failure=FailureKind.RESOLVE)
    assert not outcome_unknown()
    for status, code, unknown in [
        (500, None, True),
        (503, "ERR_INTERNAL_SERVER_ERROR", True),
        (503, "Throttling.User", False),
        (429, None, False),
        (404, None, False),
        (409, None, False),
    ]:
        record = read_error_response(status, {"code": code} if code else {}, {})
        assert outcome_unknown(response=record) is unknown, (status, code)


def test_dns_failures_are_never_retried() -> None:
    for method in ("GET", "POST"):
        assert decide(POLICY, method=method, attempt=1, failure=FailureKind.RESOLVE) is None
    lookup = socket.gaierror(-2, "Name or service not known")
    exc = httpx.ConnectError("[Errno -2] Name or service not known")
    exc.__context__ = lookup
    assert classify_transport_error(exc) is FailureKind.RESOLVE
    assert classify_transport_error(httpx.ConnectError("refused")) is FailureKind.CONNECT


@pytest.mark.parametrize("method", ["POST", "PATCH", "GET"])
def test_connect_failures_retry_every_method(method: str) -> None:
    assert decide(POLICY, method=method, attempt=1, failure=FailureKind.CONNECT, rng=lambda: 1.0)


@pytest.mark.parametrize("status", [500, 503])
def test_post_is_not_retried_on_a_server_error_unless_checked(status: int) -> None:
    headers = {"Retry-After": "1"}
    assert decide(POLICY, method="POST", attempt=1, status_code=status, headers=headers) is None
    assert (
        decide(
            POLICY, method="POST", attempt=1, status_code=status, headers=headers, unapplied=True
        )
        == 1.0
    )


def test_post_is_retried_on_429_after_the_delay_asked() -> None:
    headers = {"Retry-After": "1"}
    assert decide(POLICY, method="POST", attempt=1, status_code=429, headers=headers) == 1.0


def test_attempt_bound() -> None:
    policy = RetryPolicy(max_retries=2)
    delays = [
        decide(policy, method="GET", attempt=n, status_code=503, rng=lambda: 0.5) for n in (1, 2, 3)
    ]
    assert delays[0] is not None and delays[1] is not None
    assert delays[2] is None
    assert decide(RetryPolicy(max_retries=0), method="GET", attempt=1, status_code=503) is None


def test_full_jitter_ceiling_grows_and_caps() -> None:
    ceilings = [
        decide(POLICY, method="GET", attempt=n, status_code=500, rng=lambda: 1.0) for n in (1, 2, 3)
    ]
    assert ceilings == [0.5, 1.0, 2.0]
    capped = RetryPolicy(max_retries=100, backoff_cap=4.0)
    assert decide(capped, method="GET", attempt=50, status_code=500, rng=lambda: 1.0) == 4.0
    assert decide(capped, method="GET", attempt=50, status_code=500, rng=lambda: 0.0) == 0.0


def test_jitter_is_uniform_below_ceiling_with_seeded_random() -> None:
    rng = random.Random(1234)
    draws = [decide(POLICY, method="GET", attempt=3, status_code=502, rng=rng) for _ in range(500)]
    values = [d for d in draws if d is not None]
    assert len(values) == 500
    assert all(0.0 <= v < 2.0 for v in values)
    assert len(set(values)) > 400  # not a constant
    assert 0.8 < sum(values) / len(values) < 1.2  # mean of uniform(0, 2)
    again = random.Random(1234)
    assert values[0] == decide(POLICY, method="GET", attempt=3, status_code=502, rng=again)


def test_random_instance_is_used() -> None:
    assert decide(POLICY, method="GET", attempt=2, status_code=500, rng=always(0.25)) == 0.25


def test_retry_after_header_replaces_jitter_and_is_capped() -> None:
    headers = {"x-acs-retry-after": "7"}
    assert (
        decide(POLICY, method="GET", attempt=1, status_code=429, headers=headers, rng=lambda: 0.9)
        == 7.0
    )
    assert (
        decide(POLICY, method="GET", attempt=1, status_code=503, headers={"Retry-After": "3600"})
        == 60.0
    )
    small = RetryPolicy(retry_after_cap=2.0)
    assert (
        decide(small, method="GET", attempt=1, status_code=429, headers={"retry-after": "5"}) == 2.0
    )


def test_retry_after_http_date() -> None:
    now = 1_700_000_000.0
    headers = {"Retry-After": formatdate(now + 12, usegmt=True)}
    assert (
        decide(POLICY, method="GET", attempt=1, status_code=503, headers=headers, now=now) == 12.0
    )


def test_parse_retry_after() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after(None) is None
    assert parse_retry_after({}) is None
    assert parse_retry_after({"Retry-After": "5"}) == 5.0
    assert parse_retry_after({"RETRY-AFTER": " 1.5 "}) == 1.5
    assert parse_retry_after({"X-Acs-Retry-After": "2", "Retry-After": "9"}) == 2.0
    assert parse_retry_after({"x-acs-retry-after": "soon", "Retry-After": "9"}) == 9.0
    assert parse_retry_after({"Retry-After": "-3"}) is None
    assert parse_retry_after({"Retry-After": "nan"}) is None
    assert parse_retry_after({"Retry-After": "garbage"}) is None
    past = formatdate(now - 100, usegmt=True)
    assert parse_retry_after({"Retry-After": past}, now=now) == 0.0
    future = formatdate(now + 30, usegmt=True)
    assert parse_retry_after({"Retry-After": future}, now=now) == 30.0
    assert parse_retry_after(httpx.Headers({"retry-after": "4"})) == 4.0


def test_bad_arguments() -> None:
    with pytest.raises(InvalidParameterError):
        decide(POLICY, method="GET", attempt=0, status_code=500)
    with pytest.raises(InvalidParameterError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(InvalidParameterError, match="backoff_base"):
        RetryPolicy(backoff_base=-0.1)
    with pytest.raises(InvalidParameterError, match="retry_after_cap"):
        RetryPolicy(retry_after_cap=float("inf"))


def test_classify_transport_error() -> None:
    request = httpx.Request("GET", "https://example.invalid/")
    assert classify_transport_error(httpx.ConnectError("x", request=request)) is FailureKind.CONNECT
    assert (
        classify_transport_error(httpx.ConnectTimeout("x", request=request)) is FailureKind.CONNECT
    )
    assert classify_transport_error(httpx.ReadTimeout("x", request=request)) is FailureKind.TIMEOUT
    assert classify_transport_error(httpx.WriteTimeout("x", request=request)) is FailureKind.TIMEOUT
    assert classify_transport_error(httpx.PoolTimeout("x", request=request)) is FailureKind.CONNECT
    assert (
        classify_transport_error(httpx.RemoteProtocolError("x", request=request))
        is FailureKind.PROTOCOL
    )
    assert classify_transport_error(httpx.ReadError("x", request=request)) is FailureKind.PROTOCOL
    assert classify_transport_error(ValueError("x")) is None


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
@pytest.mark.parametrize("status", [400, 404, 409, 501])
def test_acs_retry_after_makes_any_error_status_retryable_for_idempotent_methods(
    method: str, status: int
) -> None:
    headers = {"X-Acs-Retry-After": "4"}
    assert decide(POLICY, method=method, attempt=1, status_code=status, headers=headers) == 4.0
    # A 4xx asking for a delay turned the request away; a 5xx may have applied it.
    post = decide(POLICY, method="POST", attempt=1, status_code=status, headers=headers)
    assert post == (4.0 if status < 500 else None)
    assert decide(POLICY, method=method, attempt=4, status_code=status, headers=headers) is None


@pytest.mark.parametrize("value", ["0", "1.5", "later"])
def test_acs_retry_after_must_be_a_positive_integer_to_mean_throttling(value: str) -> None:
    headers = {"x-acs-retry-after": value}
    assert decide(POLICY, method="GET", attempt=1, status_code=400, headers=headers) is None
    # A retryable status still honours a parseable value.
    expected = parse_retry_after(headers)
    delay = decide(POLICY, method="GET", attempt=1, status_code=503, headers=headers, rng=always(0))
    assert delay == (expected if expected is not None else 0.0)
