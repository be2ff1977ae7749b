"""Fault injection of the local emulator: seeded random faults and scripted ones."""

from __future__ import annotations

import time

import httpx
import pytest

from agentrun_facade.errors import InvalidParameterError
from agentrun_facade.testing import (
    DATA_OPERATION,
    EmulatorSettings,
    FaultPlan,
    LocalAgentRun,
    ScriptedFault,
)
from tests.emulator.bodies import runtime_body

RUNTIME = runtime_body("faulty")


def test_scripted_server_errors_hit_only_the_named_operation(local: LocalAgentRun) -> None:
    runtime_id = local.call("CreateAgentRuntime", body=RUNTIME).json()["data"]["agentRuntimeId"]
    local.script_faults([ScriptedFault("GetAgentRuntime", "error", status=503, times=2)])

    listed = local.call("ListAgentRuntimes")
    first = local.call("GetAgentRuntime", agentRuntimeId=runtime_id)
    second = local.call("GetAgentRuntime", agentRuntimeId=runtime_id)
    third = local.call("GetAgentRuntime", agentRuntimeId=runtime_id)

    assert listed.status_code == 200
    assert [first.status_code, second.status_code, third.status_code] == [503, 503, 200]
    assert first.json()["code"] == "ERR_INTERNAL_SERVER_ERROR"
    assert first.json()["requestId"] == first.headers["x-acs-request-id"]
    assert local.faults.pending() == []


def test_scripted_500_uses_the_internal_error_code(local: LocalAgentRun) -> None:
    local.faults.script("ListAgentRuntimes", status=500)

    response = local.call("ListAgentRuntimes")

    assert response.status_code == 500
    assert response.json()["code"] == "ERR_INTERNAL_SERVER_ERROR"


def test_scripted_throttle_sends_retry_after(local: LocalAgentRun) -> None:
    local.faults.script("ListAgentRuntimes", "throttle")
    local.faults.script("ListAgentRuntimes", "throttle", retry_after=7)

    default = local.call("ListAgentRuntimes")
    custom = local.call("ListAgentRuntimes")

    assert default.status_code == 429
    assert default.json()["code"] == "Throttling.User"
    assert default.headers["Retry-After"] == "1"
    assert default.headers["x-acs-retry-after"] == "1"
    assert custom.headers["Retry-After"] == "7"


def test_scripted_drop_breaks_the_connection(local: LocalAgentRun) -> None:
    local.faults.script("*", "drop")

    with pytest.raises(httpx.RemoteProtocolError):
        local.call("ListAgentRuntimes")
    assert local.call("ListAgentRuntimes").status_code == 200


def test_scripted_latency_delays_but_serves(local: LocalAgentRun) -> None:
    local.faults.script("ListAgentRuntimes", "latency", latency_ms=150)

    started = time.perf_counter()
    response = local.call("ListAgentRuntimes")

    assert response.status_code == 200
    assert time.perf_counter() - started >= 0.15


def test_faults_apply_to_the_data_plane(local: LocalAgentRun) -> None:
    local.faults.script(DATA_OPERATION, status=502)
    path = "/agent-runtimes/x/endpoints/y/invocations/openai/v1/chat/completions"

    with local.data_client() as client:
        response = client.post(path, json={"messages": [{"role": "user", "content": "hi"}]})

    assert response.status_code == 502
    assert response.json()["code"] == "ERR_INTERNAL_SERVER_ERROR"


def statuses(seed: int, count: int = 30) -> list[int]:
    with LocalAgentRun(seed=seed, fail_rate=0.3, throttle_rate=0.2) as local:
        return [local.call("ListAgentRuntimes").status_code for _ in range(count)]


def test_random_faults_are_reproducible_from_the_seed() -> None:
    first = statuses(seed=7)

    assert statuses(seed=7) == first
    assert statuses(seed=8) != first
    assert 200 in first and 429 in first
    assert {s for s in first if s >= 500} <= {500, 502, 503}
    assert any(s >= 500 for s in first)


def test_random_drops_reach_the_client() -> None:
    with LocalAgentRun(drop_rate=1.0) as local, pytest.raises(httpx.TransportError):
        local.call("ListAgentRuntimes")


def test_fixed_latency_and_jitter() -> None:
    with LocalAgentRun(latency_ms=60, jitter_ms=20) as local:
        started = time.perf_counter()
        for _ in range(3):
            assert local.call("ListAgentRuntimes").status_code == 200
        assert time.perf_counter() - started >= 0.18


def test_plan_decisions_follow_the_rates() -> None:
    plan = FaultPlan(seed=1, throttle_rate=1.0, retry_after_seconds=3)

    decisions = [plan.decide("GetAgentRuntime") for _ in range(5)]

    assert {(d.kind, d.status, d.retry_after) for d in decisions} == {("throttle", 429, 3)}
    assert FaultPlan(seed=1).decide("GetAgentRuntime").kind is None


@pytest.mark.parametrize(
    "build",
    [
        lambda: ScriptedFault("GetAgentRuntime", "explode"),  # type: ignore[arg-type]
        lambda: ScriptedFault("GetAgentRuntime", times=0),
        lambda: ScriptedFault("GetAgentRuntime", status=404),
        lambda: EmulatorSettings(fail_rate=0.7, drop_rate=0.7),
        lambda: EmulatorSettings(throttle_rate=1.5),
    ],
)
def test_bad_fault_settings_are_rejected(build: object) -> None:
    with pytest.raises(InvalidParameterError):
        build()  # type: ignore[operator]
