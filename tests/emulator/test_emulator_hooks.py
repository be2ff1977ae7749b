"""``before_request`` hooks of the local emulator: state changes at an exact point."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest

from agentrun_facade.errors import InvalidParameterError
from agentrun_facade.signing import AcsV3Auth, DataPlaneAuth
from agentrun_facade.testing import LocalAgentRun
from tests.emulator.bodies import runtime_body

BASE = "/2025-09-10/agents/runtimes"
LIST_HEADERS = {"x-acs-action": "ListAgentRuntimes", "x-acs-version": "2025-09-10"}

Seen = list[tuple[str, dict[str, str], dict[str, str]]]


@pytest.fixture
def client(local: LocalAgentRun) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=local.url, auth=AcsV3Auth(local.credentials)) as c:
        yield c


def recorder(seen: Seen) -> Any:
    def hook(operation: str, query: Mapping[str, str], path_params: Mapping[str, str]) -> None:
        seen.append((operation, dict(query), dict(path_params)))

    return hook


def page(client: httpx.Client, number: int, size: int = 2) -> dict[str, Any]:
    response = client.get(
        BASE, params={"pageNumber": number, "pageSize": size}, headers=LIST_HEADERS
    )
    assert response.status_code == 200, response.text
    return response.json()["data"]  # type: ignore[no-any-return]


def names(data: dict[str, Any]) -> list[str]:
    return [item["agentRuntimeName"] for item in data["items"]]


def test_hook_between_page_reads_shifts_the_listing(
    local: LocalAgentRun, client: httpx.Client
) -> None:
    for index in range(5):
        local.state.create_runtime(runtime_body(f"rt-{index}"))
    shifted: list[str] = []

    def shift(operation: str, query: Mapping[str, str], path_params: Mapping[str, str]) -> None:
        if operation == "ListAgentRuntimes" and query.get("pageNumber") == "2" and not shifted:
            first = local.state.runtimes()[0]
            local.state.delete_runtime(first.id)
            local.state.create_runtime(runtime_body("rt-new"))
            shifted.append(first.name)

    local.before_request(shift)

    first, second, third = page(client, 1), page(client, 2), page(client, 3)

    assert shifted == ["rt-0"]
    assert names(first) == ["rt-0", "rt-1"]
    assert names(second) == ["rt-3", "rt-4"]  # rt-2 moved to page 1 and is never seen
    assert names(third) == ["rt-new"]
    assert first["total"] == second["total"] == third["total"] == 5
    assert names(page(client, 1)) == ["rt-1", "rt-2"]  # the hook fired only once


def test_changes_made_atomically_are_seen_together_by_a_concurrent_page_read(
    local: LocalAgentRun, client: httpx.Client
) -> None:
    for index in range(3):
        local.state.create_runtime(runtime_body(f"rt-{index}"))
    read: list[dict[str, Any]] = []
    reader = threading.Thread(target=lambda: read.append(page(client, 1, size=10)))
    with local.state.atomically():
        local.state.delete_runtime(local.state.runtimes()[0].id)
        reader.start()
        reader.join(timeout=0.5)
        assert reader.is_alive()  # the page read waits for the block
        local.state.create_runtime(runtime_body("rt-new"))
    reader.join(timeout=30)
    assert not reader.is_alive()
    assert names(read[0]) == ["rt-1", "rt-2", "rt-new"]
    assert read[0]["total"] == 3


def test_hook_gets_operation_raw_query_and_decoded_path_params(local: LocalAgentRun) -> None:
    runtime = local.state.create_runtime(runtime_body("team a"))
    local.state.create_endpoint(runtime.id, {"agentRuntimeEndpointName": "Default"})
    seen: Seen = []
    local.before_request(recorder(seen))

    local.call(
        "GetAgentRuntime", agentRuntimeId=runtime.id, query={"agentRuntimeVersion": "LATEST"}
    )
    local.call("ListAgentRuntimes", query={"pageSize": 7, "status": "READY"})
    auth = DataPlaneAuth(local.credentials, region=local.settings.region)
    chat = httpx.post(
        f"{local.url}/agent-runtimes/team%20a/endpoints/Default"
        "/invocations/openai/v1/chat/completions",
        json={"messages": [{"role": "user", "content": "hi"}]},
        auth=auth,
    )

    assert chat.status_code == 200, chat.text
    assert seen == [
        ("GetAgentRuntime", {"agentRuntimeVersion": "LATEST"}, {"agentRuntimeId": runtime.id}),
        ("ListAgentRuntimes", {"pageSize": "7", "status": "READY"}, {}),
        ("ChatCompletions", {}, {"agentRuntimeName": "team a", "endpointName": "Default"}),
    ]


def test_hook_runs_only_for_requests_that_pass_auth_and_validation(
    local: LocalAgentRun,
) -> None:
    seen: Seen = []
    local.before_request(recorder(seen))

    unsigned = httpx.get(local.url + BASE, headers=LIST_HEADERS)
    invalid = local.call("ListAgentRuntimes", query={"pageSize": "0"})
    bad_status = local.call("ListAgentRuntimes", query={"pageNumber": "x"})
    valid = local.call("ListAgentRuntimes")

    assert (unsigned.status_code, invalid.status_code) == (401, 400)
    assert (bad_status.status_code, valid.status_code) == (400, 200)
    assert [operation for operation, _, _ in seen] == ["ListAgentRuntimes"]


def test_hooks_run_in_order_and_can_be_removed_or_cleared(local: LocalAgentRun) -> None:
    calls: list[str] = []
    first = local.before_request(lambda op, q, p: calls.append("first"))
    local.before_request(lambda op, q, p: calls.append("second"))

    local.call("ListAgentRuntimes")
    first.remove()
    first.remove()
    local.call("ListAgentRuntimes")
    local.clear_request_hooks()
    local.call("ListAgentRuntimes")

    assert calls == ["first", "second", "second"]


def test_failing_hook_is_a_500_with_a_log_line(
    local: LocalAgentRun, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(operation: str, query: Mapping[str, str], path_params: Mapping[str, str]) -> None:
        raise RuntimeError("hook blew up")

    local.before_request(broken)
    with caplog.at_level(logging.ERROR, logger="agentrun_facade.testing"):
        response = local.call("ListAgentRuntimes")

    assert response.status_code == 500
    body = response.json()
    assert body["code"] == "ERR_INTERNAL_SERVER_ERROR"
    assert body["message"] == "a before_request hook failed on ListAgentRuntimes"
    assert body["requestId"] == response.headers["x-acs-request-id"]
    records = [r for r in caplog.records if "before_request hook" in r.getMessage()]
    assert len(records) == 1
    assert "broken" in records[0].getMessage() and "ListAgentRuntimes" in records[0].getMessage()
    assert records[0].exc_info is not None and "hook blew up" in str(records[0].exc_info[1])
    local.clear_request_hooks()
    assert local.call("ListAgentRuntimes").status_code == 200


def test_hook_registered_before_start_is_used() -> None:
    seen: Seen = []
    local = LocalAgentRun(transition_seconds=0)
    local.before_request(recorder(seen))

    with local:
        local.call("ListAgentRuntimes")

    assert [operation for operation, _, _ in seen] == ["ListAgentRuntimes"]


def test_hook_must_be_callable(local: LocalAgentRun) -> None:
    with pytest.raises(InvalidParameterError, match="callable"):
        local.before_request("not a function")  # type: ignore[arg-type]
