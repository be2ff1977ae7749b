"""Status lifecycles of the local emulator, driven by an injected clock."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from agentrun_facade.testing import LocalAgentRun, ManualClock
from agentrun_facade.testing.errors import ApiError
from tests.emulator.bodies import runtime_body

DELAY = 5.0


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    return ManualClock(1_760_000_000.0)


@pytest.fixture(scope="module")
def server(clock: ManualClock) -> Iterator[LocalAgentRun]:
    with LocalAgentRun(transition_seconds=DELAY, clock=clock) as local:
        yield local


@pytest.fixture
def local(server: LocalAgentRun) -> LocalAgentRun:
    server.state.reset()
    return server


def create(local: LocalAgentRun, name: str, **extra: Any) -> dict[str, Any]:
    response = local.call("CreateAgentRuntime", body=runtime_body(name, **extra))
    assert response.status_code == 200, response.text
    return response.json()["data"]  # type: ignore[no-any-return]


def runtime(local: LocalAgentRun, runtime_id: str) -> httpx.Response:
    return local.call("GetAgentRuntime", agentRuntimeId=runtime_id)


def status(local: LocalAgentRun, runtime_id: str) -> str:
    return str(runtime(local, runtime_id).json()["data"]["status"])


def test_create_goes_creating_then_ready(local: LocalAgentRun, clock: ManualClock) -> None:
    created = create(local, "slow")

    assert created["status"] == "CREATING"
    assert created["createdAt"] == "2025-10-09T08:53:20Z"
    clock.advance(DELAY - 0.01)
    assert status(local, created["agentRuntimeId"]) == "CREATING"
    clock.advance(0.01)
    assert status(local, created["agentRuntimeId"]) == "READY"


def test_update_goes_updating_then_ready(local: LocalAgentRun, clock: ManualClock) -> None:
    runtime_id = create(local, "upd")["agentRuntimeId"]
    clock.advance(DELAY)

    updated = local.call("UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 2})

    assert updated.json()["data"]["status"] == "UPDATING"
    clock.advance(DELAY)
    assert status(local, runtime_id) == "READY"


def test_busy_runtime_rejects_updates_publish_and_endpoint_calls(
    local: LocalAgentRun, clock: ManualClock
) -> None:
    runtime_id = create(local, "busy")["agentRuntimeId"]
    endpoint_body = {"agentRuntimeEndpointName": "Default"}

    calls = [
        local.call("CreateAgentRuntimeEndpoint", agentRuntimeId=runtime_id, body=endpoint_body),
        local.call("UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 2}),
        local.call("PublishRuntimeVersion", agentRuntimeId=runtime_id),
    ]

    for response in calls:
        assert response.status_code == 409, response.text
        assert response.json()["code"] == "ERR_RESOURCE_BUSY"
        assert "CREATING" in response.json()["message"]
    clock.advance(DELAY)
    made = local.call("CreateAgentRuntimeEndpoint", agentRuntimeId=runtime_id, body=endpoint_body)
    assert made.status_code == 200
    assert made.json()["data"]["status"] == "CREATING"
    endpoint_id = made.json()["data"]["agentRuntimeEndpointId"]
    local.call("UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 2})
    blocked = local.call(
        "UpdateAgentRuntimeEndpoint",
        agentRuntimeId=runtime_id,
        agentRuntimeEndpointId=endpoint_id,
        body={"description": "x"},
    )
    assert blocked.status_code == 409 and "UPDATING" in blocked.json()["message"]
    clock.advance(DELAY)
    got = local.call(
        "GetAgentRuntimeEndpoint", agentRuntimeId=runtime_id, agentRuntimeEndpointId=endpoint_id
    )
    assert got.json()["data"]["status"] == "READY"


def test_delete_goes_deleting_then_gone_with_endpoints(
    local: LocalAgentRun, clock: ManualClock
) -> None:
    runtime_id = create(local, "bye")["agentRuntimeId"]
    clock.advance(DELAY)
    local.call(
        "CreateAgentRuntimeEndpoint",
        agentRuntimeId=runtime_id,
        body={"agentRuntimeEndpointName": "Default"},
    )
    clock.advance(DELAY)

    deleted = local.call("DeleteAgentRuntime", agentRuntimeId=runtime_id)

    assert deleted.status_code == 200
    assert status(local, runtime_id) == "DELETING"
    endpoints = local.call("ListAgentRuntimeEndpoints", agentRuntimeId=runtime_id).json()["data"]
    assert [e["status"] for e in endpoints["items"]] == ["DELETING"]
    assert create(local, "other")["status"] == "CREATING"
    assert local.call("CreateAgentRuntime", body=runtime_body("bye")).status_code == 409
    clock.advance(DELAY)
    assert runtime(local, runtime_id).status_code == 404
    assert local.state.endpoints() == []
    assert create(local, "bye")["agentRuntimeName"] == "bye"


def test_fail_trigger_ends_in_create_failed(local: LocalAgentRun, clock: ManualClock) -> None:
    reason = "image pull failed: not found"
    runtime_id = create(local, "broken", environmentVariables={"AGENTRUN_EMULATOR_FAIL": reason})[
        "agentRuntimeId"
    ]
    clock.advance(DELAY)

    data = runtime(local, runtime_id).json()["data"]

    assert data["status"] == "CREATE_FAILED"
    assert data["statusReason"] == reason
    fixed = local.call(
        "UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 1, "environmentVariables": {}}
    )
    assert fixed.json()["data"]["status"] == "UPDATING"
    clock.advance(DELAY)
    assert status(local, runtime_id) == "READY"
    local.call(
        "UpdateAgentRuntime",
        agentRuntimeId=runtime_id,
        body={"cpu": 1, "environmentVariables": {"AGENTRUN_EMULATOR_FAIL": "bad config"}},
    )
    clock.advance(DELAY)
    assert runtime(local, runtime_id).json()["data"]["statusReason"] == "bad config"
    assert status(local, runtime_id) == "UPDATE_FAILED"


def test_data_plane_needs_a_ready_runtime(local: LocalAgentRun, clock: ManualClock) -> None:
    runtime_id = create(local, "warming")["agentRuntimeId"]
    clock.advance(DELAY)
    local.call(
        "CreateAgentRuntimeEndpoint",
        agentRuntimeId=runtime_id,
        body={"agentRuntimeEndpointName": "Default"},
    )
    path = "/agent-runtimes/warming/endpoints/Default/invocations/openai/v1/chat/completions"
    body = {"messages": [{"role": "user", "content": "hi"}]}

    with local.data_client() as client:
        endpoint_creating = client.post(path, json=body)
        clock.advance(DELAY)
        ready = client.post(path, json=body)
        local.call("UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 2})
        updating = client.post(path, json=body)

    assert endpoint_creating.status_code == 409
    assert endpoint_creating.json()["code"] == "ERR_RESOURCE_BUSY"
    assert ready.status_code == 200
    assert updating.status_code == 409 and "UPDATING" in updating.json()["message"]


def test_zero_delay_is_immediate() -> None:
    with LocalAgentRun(transition_seconds=0) as local:
        assert create(local, "now")["status"] == "READY"


def test_set_status_holds_until_the_next_write(local: LocalAgentRun, clock: ManualClock) -> None:
    runtime_id = create(local, "held")["agentRuntimeId"]

    local.state.set_status(runtime_id, "CREATE_FAILED", "image pull failed")

    got = runtime(local, runtime_id).json()["data"]
    assert (got["status"], got["statusReason"]) == ("CREATE_FAILED", "image pull failed")
    clock.advance(DELAY * 10)
    assert status(local, runtime_id) == "CREATE_FAILED"
    local.call("UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 2})
    assert status(local, runtime_id) == "UPDATING"
    clock.advance(DELAY)
    assert status(local, runtime_id) == "READY"


def test_set_status_can_bring_back_a_deleting_endpoint(
    local: LocalAgentRun, clock: ManualClock
) -> None:
    runtime_id = create(local, "undo")["agentRuntimeId"]
    clock.advance(DELAY)
    made = local.call(
        "CreateAgentRuntimeEndpoint",
        agentRuntimeId=runtime_id,
        body={"agentRuntimeEndpointName": "Default"},
    ).json()["data"]
    endpoint_id = made["agentRuntimeEndpointId"]
    clock.advance(DELAY)
    local.call(
        "DeleteAgentRuntimeEndpoint", agentRuntimeId=runtime_id, agentRuntimeEndpointId=endpoint_id
    )

    local.state.set_status(endpoint_id, "READY")
    clock.advance(DELAY)

    got = local.call(
        "GetAgentRuntimeEndpoint", agentRuntimeId=runtime_id, agentRuntimeEndpointId=endpoint_id
    )
    assert got.status_code == 200
    assert got.json()["data"]["status"] == "READY" and "statusReason" not in got.json()["data"]


def test_set_status_of_an_unknown_id_is_not_found(local: LocalAgentRun) -> None:
    with pytest.raises(ApiError, match=r"does not exist") as caught:
        local.state.set_status("ar-none", "READY")
    assert caught.value.status_code == 404
