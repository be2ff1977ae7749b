"""Bad bytes, bad values, statuses and updates as the real service may present them."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeUpdateInput,
    Config,
    InvalidParameterError,
    MalformedResponseError,
    ResourceFailedError,
    ServerError,
    Status,
    TransportError,
    ValidationError,
    WaiterTimeoutError,
)
from agentrun_facade.retry import RetryPolicy
from tests.conftest import FakeAgentRun, envelope, make_config
from tests.emulated import Emulator, running

MODES = ["sync", "async"]
FAST = RetryPolicy(backoff_base=0.001, backoff_cap=0.01)
NESTED = b"[" * 3000 + b"]" * 3000


def run(target: Any, mode: str, method: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        return getattr(target, method)(*args, **kwargs)
    return asyncio.run(getattr(target, f"{method}_async")(*args, **kwargs))


def code() -> AgentRuntimeCode:
    return AgentRuntimeCode(language="python3.12", command=["python", "main.py"], zip_file="00")


@pytest.fixture
def fake() -> FakeAgentRun:
    return FakeAgentRun()


@pytest.fixture
def client(fake: FakeAgentRun) -> Iterator[AgentRuntimeClient]:
    with AgentRuntimeClient(make_config(), transport=fake.transport, retry_policy=FAST) as made:
        yield made


# -- bytes -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_deeply_nested_json_in_a_success_is_malformed(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    fake.script.append(httpx.Response(200, content=NESTED))
    with pytest.raises(MalformedResponseError) as raised:
        run(client, mode, "get", "ar-1")
    assert raised.value.status_code == 200


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "kind"), [(400, ValidationError), (500, ServerError)])
def test_deeply_nested_json_in_an_error_keeps_its_status(
    mode: str, status: int, kind: type[Exception], fake: FakeAgentRun
) -> None:
    fake.script.extend([httpx.Response(status, content=NESTED)] * 4)
    config = make_config(max_retries=0)
    with (
        AgentRuntimeClient(config, transport=fake.transport) as client,
        pytest.raises(kind) as raised,
    ):
        run(client, mode, "get", "ar-1")
    assert getattr(raised.value, "status_code", None) == status


def test_header_values_with_line_breaks_are_refused_naming_the_header() -> None:
    secret = "token-value-not-real"
    for value in (f"Bearer {secret}\n", f"{secret}\r\nx-evil: 1", f"{secret}\0"):
        with pytest.raises(InvalidParameterError) as raised:
            Config(headers={"X-Gateway-Token": value})
        assert "X-Gateway-Token" in str(raised.value)
        assert secret not in str(raised.value)


def test_header_values_with_line_breaks_are_refused_in_per_call_configs(
    fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    with pytest.raises(InvalidParameterError):
        client.get("ar-1", Config(headers={"X-Token": "abc\n"}))
    assert fake.requests == []


# -- connections -------------------------------------------------------------------


def _unresolvable(request: httpx.Request) -> httpx.Response:
    error = httpx.ConnectError("[Errno -2] Name or service not known")
    error.__context__ = socket.gaierror(-2, "Name or service not known")
    raise error


@pytest.mark.parametrize("mode", MODES)
def test_a_dns_failure_is_not_retried_and_names_host_and_settings(mode: str) -> None:
    attempts: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return _unresolvable(request)

    config = make_config(control_endpoint="https://agentrun.no-such-region.example")
    client = AgentRuntimeClient(config, transport=httpx.MockTransport(handler), retry_policy=FAST)
    with client, pytest.raises(TransportError) as raised:
        run(client, mode, "get", "ar-1")
    text = str(raised.value)
    assert len(attempts) == 1
    assert "agentrun.no-such-region.example" in text
    assert "region_id" in text and "control_endpoint" in text and "did not resolve" in text


@pytest.mark.parametrize("mode", MODES)
def test_a_refused_connection_is_retried_then_names_host_and_settings(mode: str) -> None:
    attempts: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("[Errno 111] Connection refused")

    config = make_config(control_endpoint="https://agentrun.test.example")
    client = AgentRuntimeClient(config, transport=httpx.MockTransport(handler), retry_policy=FAST)
    with client, pytest.raises(TransportError) as raised:
        run(client, mode, "get", "ar-1")
    assert len(attempts) == 3  # max_retries 2 in the test configuration
    assert "agentrun.test.example" in str(raised.value) and "region_id" in str(raised.value)


# -- listings ------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_total_that_contradicts_the_items_on_every_read_is_malformed(mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("pageNumber", "1"))
        items = [{"agentRuntimeId": f"ar-{i}"} for i in range(3)] if page == 1 else []
        return envelope({"items": items, "total": 5, "pageNumber": page, "pageSize": 3})

    client = AgentRuntimeClient(make_config(), transport=httpx.MockTransport(handler))
    with client, pytest.raises(MalformedResponseError) as raised:
        run(client, mode, "list")
    assert "every read" in str(raised.value)
    assert raised.value.operation == "ListAgentRuntimes"


# -- waiters ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("callback", ["not callable", 42])
def test_a_waiter_callback_that_cannot_be_called_is_refused_at_the_call(
    mode: str, callback: Any, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    runtime = client.get(fake.add_runtime("shop")["agentRuntimeId"])
    fake.requests.clear()
    for method in ("wait_until_ready_or_failed", "delete_and_wait_until_finished"):
        with pytest.raises(InvalidParameterError, match="callback"):
            run(runtime, mode, method, callback)
    assert fake.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_plain_failed_ends_the_wait_at_once_with_its_reason(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    runtime_id = fake.add_runtime("shop", status="CREATING")["agentRuntimeId"]
    fake.runtimes[runtime_id]["statusReason"] = "image pull failed"
    fake.status_script[runtime_id] = deque(["FAILED"] * 5)
    runtime = client.get(runtime_id)
    with pytest.raises(ResourceFailedError) as raised:
        run(runtime, mode, "wait_until_ready_or_failed", None, 0.01, 30.0)
    assert raised.value.status == "FAILED"
    assert raised.value.status_reason == "image pull failed"
    assert len(fake.calls("GetAgentRuntime")) == 2  # the get above, then one poll


@pytest.mark.parametrize("mode", MODES)
def test_an_unknown_status_keeps_polling_and_is_named_at_the_deadline(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    runtime_id = fake.add_runtime("shop", status="SCALING_OUT")["agentRuntimeId"]
    runtime = client.get(runtime_id)
    with pytest.raises(WaiterTimeoutError) as raised:
        run(runtime, mode, "wait_until_ready_or_failed", None, 0.02, 0.2)
    assert "SCALING_OUT" in str(raised.value)
    assert len(fake.calls("GetAgentRuntime")) > 2


@pytest.mark.parametrize("mode", MODES)
def test_statuses_the_service_uses_end_waits(mode: str, emulator: Emulator) -> None:
    failing = AgentRuntime.create(
        AgentRuntimeCreateInput(
            agent_runtime_name="failing",
            code_configuration=code(),
            environment_variables={
                "AGENTRUN_EMULATOR_STATUS": "FAILED",
                "AGENTRUN_EMULATOR_FAIL": "out of quota",
            },
        )
    )
    with pytest.raises(ResourceFailedError) as raised:
        run(failing, mode, "wait_until_ready_or_failed", None, 0.01, 30.0)
    assert (raised.value.status, raised.value.status_reason) == ("FAILED", "out of quota")
    assert failing.status is Status.FAILED

    serving = AgentRuntime.create(
        AgentRuntimeCreateInput(
            agent_runtime_name="serving",
            code_configuration=code(),
            environment_variables={"AGENTRUN_EMULATOR_ENDPOINT_STATUS": "ACTIVE"},
        )
    )
    serving.wait_until_ready_or_failed(interval_seconds=0.01)
    endpoint = serving.create_endpoint(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default")
    )
    done = run(endpoint, mode, "wait_until_ready_or_failed", None, 0.01, 30.0)
    assert done.status is Status.ACTIVE


@pytest.mark.parametrize("mode", MODES)
def test_the_delete_waiters_last_callback_reports_the_resource_gone(mode: str) -> None:
    with running(transition_seconds=0.2):
        runtime = AgentRuntime.create(
            AgentRuntimeCreateInput(agent_runtime_name="doomed", code_configuration=code())
        )
        runtime.wait_until_ready_or_failed(interval_seconds=0.05)
        endpoint = runtime.create_endpoint(
            AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default")
        )
        endpoint.wait_until_ready_or_failed(interval_seconds=0.05)
        seen: list[Any] = []

        def report(resource: AgentRuntimeEndpoint) -> None:
            seen.append(resource.status)

        run(endpoint, mode, "delete_and_wait_until_finished", report, 0.05, 30.0)
    assert seen[-1] is None and endpoint.status is None
    assert Status.DELETING in seen[:-1]


# -- updates -----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_an_update_by_id_keeps_the_current_sizing_and_echoes_no_secret(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    runtime_id = fake.add_runtime(
        "shop",
        cpu=1.5,
        memory=3072,
        port=8080,
        environmentVariables={"TOKEN": "******"},
        containerConfiguration={
            "image": "registry.example/shop:1",
            "registryConfig": {"authConfig": {"userName": "u", "password": "******"}},
        },
    )["agentRuntimeId"]
    run(client, mode, "update", runtime_id, _described())
    (sent,) = fake.calls("UpdateAgentRuntime")
    assert sent.body == {"description": "new", "cpu": 1.5, "memory": 3072, "port": 8080}
    assert "******" not in json.dumps(sent.body)
    assert len(fake.calls("GetAgentRuntime")) == 1


@pytest.mark.parametrize("mode", MODES)
def test_the_callers_sizing_wins_and_needs_no_read(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    runtime_id = fake.add_runtime("shop")["agentRuntimeId"]
    wanted = AgentRuntimeUpdateInput(cpu=4, memory=8192, port=9001)
    run(client, mode, "update", runtime_id, wanted)
    (sent,) = fake.calls("UpdateAgentRuntime")
    assert sent.body == {"cpu": 4, "memory": 8192, "port": 9001}
    assert fake.calls("GetAgentRuntime") == []


@pytest.mark.parametrize("mode", MODES)
def test_an_instance_update_uses_its_own_state_and_the_strict_emulator_accepts_it(
    mode: str, emulator: Emulator
) -> None:
    runtime = AgentRuntime.create(
        AgentRuntimeCreateInput(
            agent_runtime_name="sized", code_configuration=code(), cpu=1, memory=1024, port=8000
        )
    )
    runtime.wait_until_ready_or_failed(interval_seconds=0.01)
    emulator.clear()
    run(runtime, mode, "update", _described())
    assert emulator.operations == ["UpdateAgentRuntime"]
    assert (runtime.cpu, runtime.memory, runtime.port, runtime.description) == (
        1,
        1024,
        8000,
        "new",
    )
    again = AgentRuntime.update_by_id(str(runtime.agent_runtime_id), _described("newer"))
    assert (again.cpu, again.memory, again.port) == (1, 1024, 8000)


def _described(text: str = "new") -> AgentRuntimeUpdateInput:
    return AgentRuntimeUpdateInput(description=text)


# -- the soak, small -------------------------------------------------------------------------


def test_a_small_soak_meets_its_goal() -> None:
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "soak.py"
    result = subprocess.run(
        [sys.executable, str(script), "--lifecycles", "4", "--seed", "3"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "goal met" in result.stdout
    assert "completed 4/4" in result.stdout
