"""AgentRuntime and AgentRuntimeEndpoint: class methods, instance methods, waiters."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import Any

import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionPublishInput,
    Config,
    DeleteResourceError,
    InvalidParameterError,
    ResourceFailedError,
    ResourceNotExistError,
    Status,
    WaiterTimeoutError,
    waiters,
)
from agentrun_facade.client import default_client as shared_client
from agentrun_facade.client import set_default_client
from tests.conftest import FakeAgentRun, NoSleep, envelope

MODES = ["sync", "async"]


def run(target: Any, mode: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call ``method`` on a class or instance, sync or async."""
    if mode == "sync":
        return getattr(target, method)(*args, **kwargs)
    return asyncio.run(getattr(target, f"{method}_async")(*args, **kwargs))


def code_input(name: str) -> AgentRuntimeCreateInput:
    return AgentRuntimeCreateInput(
        agent_runtime_name=name, code_configuration=AgentRuntimeCode(zip_file="UEsFBg==")
    )


@pytest.fixture
def seeded(fake: FakeAgentRun) -> dict[str, str]:
    runtime = fake.add_runtime("demo")
    endpoint = fake.add_endpoint(runtime["agentRuntimeId"], "prod")
    return {"rt": runtime["agentRuntimeId"], "ep": endpoint["agentRuntimeEndpointId"]}


# --------------------------------------------------------------------------
# Class methods go through the process-wide client
# --------------------------------------------------------------------------

RUNTIME_CLASS_CASES: list[tuple[str, Callable[[dict[str, str]], tuple[Any, ...]], str]] = [
    ("create", lambda ids: (code_input("fresh"),), "CreateAgentRuntime"),
    ("get_by_id", lambda ids: (ids["rt"],), "GetAgentRuntime"),
    (
        "update_by_id",
        lambda ids: (ids["rt"], AgentRuntimeUpdateInput(description="u")),
        "UpdateAgentRuntime",
    ),
    ("list", lambda ids: (), "ListAgentRuntimes"),
    ("list_all", lambda ids: (), "ListAgentRuntimes"),
    (
        "create_endpoint_by_id",
        lambda ids: (ids["rt"], AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="e2")),
        "CreateAgentRuntimeEndpoint",
    ),
    ("get_endpoint_by_id", lambda ids: (ids["rt"], ids["ep"]), "GetAgentRuntimeEndpoint"),
    (
        "update_endpoint_by_id",
        lambda ids: (ids["rt"], ids["ep"], AgentRuntimeEndpointUpdateInput(description="x")),
        "UpdateAgentRuntimeEndpoint",
    ),
    ("delete_endpoint_by_id", lambda ids: (ids["rt"], ids["ep"]), "DeleteAgentRuntimeEndpoint"),
    ("list_endpoints_by_id", lambda ids: (ids["rt"],), "ListAgentRuntimeEndpoints"),
    ("list_versions_by_id", lambda ids: (ids["rt"],), "ListAgentRuntimeVersions"),
    (
        "publish_version_by_id",
        lambda ids: (ids["rt"], AgentRuntimeVersionPublishInput(description="v")),
        "PublishRuntimeVersion",
    ),
    ("delete_by_id", lambda ids: (ids["rt"],), "DeleteAgentRuntime"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", RUNTIME_CLASS_CASES, ids=[c[0] for c in RUNTIME_CLASS_CASES])
def test_runtime_class_methods(
    case: tuple[str, Callable[[dict[str, str]], tuple[Any, ...]], str],
    mode: str,
    fake: FakeAgentRun,
    seeded: dict[str, str],
    default_client: AgentRuntimeClient,
    no_sleep: NoSleep,
) -> None:
    method, args, action = case
    result = run(AgentRuntime, mode, method, *args(seeded))
    assert fake.calls(action), f"{action} was not sent"
    if action.endswith("Endpoint"):
        assert isinstance(result, AgentRuntimeEndpoint)
        assert result.agent_runtime_id == seeded["rt"]
    elif action == "PublishRuntimeVersion":
        assert isinstance(result, AgentRuntimeVersion)
    elif action.startswith("List"):
        assert isinstance(result, list)
        kinds = {
            "ListAgentRuntimes": AgentRuntime,
            "ListAgentRuntimeEndpoints": AgentRuntimeEndpoint,
            "ListAgentRuntimeVersions": AgentRuntimeVersion,
        }
        assert all(isinstance(item, kinds[action]) for item in result)
        assert len(result) == (0 if action == "ListAgentRuntimeVersions" else 1)
    else:
        assert isinstance(result, AgentRuntime)
        assert result.agent_runtime_id


ENDPOINT_CLASS_CASES: list[tuple[str, Callable[[dict[str, str]], tuple[Any, ...]], str]] = [
    (
        "create_by_id",
        lambda ids: (ids["rt"], AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="e3")),
        "CreateAgentRuntimeEndpoint",
    ),
    ("get_by_id", lambda ids: (ids["rt"], ids["ep"]), "GetAgentRuntimeEndpoint"),
    (
        "update_by_id",
        lambda ids: (ids["rt"], ids["ep"], AgentRuntimeEndpointUpdateInput(target_version="2")),
        "UpdateAgentRuntimeEndpoint",
    ),
    ("list_by_id", lambda ids: (ids["rt"],), "ListAgentRuntimeEndpoints"),
    ("delete_by_id", lambda ids: (ids["rt"], ids["ep"]), "DeleteAgentRuntimeEndpoint"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", ENDPOINT_CLASS_CASES, ids=[c[0] for c in ENDPOINT_CLASS_CASES])
def test_endpoint_class_methods(
    case: tuple[str, Callable[[dict[str, str]], tuple[Any, ...]], str],
    mode: str,
    fake: FakeAgentRun,
    seeded: dict[str, str],
    default_client: AgentRuntimeClient,
) -> None:
    method, args, action = case
    result = run(AgentRuntimeEndpoint, mode, method, *args(seeded))
    assert [r.action for r in fake.requests] == [action]
    items = result if isinstance(result, list) else [result]
    assert items and all(isinstance(item, AgentRuntimeEndpoint) for item in items)
    assert all(item.agent_runtime_id == seeded["rt"] for item in items)


def test_default_client_is_created_once_and_lazily() -> None:
    previous = set_default_client(None)
    try:
        first = shared_client()
        assert shared_client() is first
    finally:
        set_default_client(previous)


def test_class_method_config_override(
    fake: FakeAgentRun, seeded: dict[str, str], default_client: AgentRuntimeClient
) -> None:
    AgentRuntime.get_by_id(seeded["rt"], config=Config(headers={"x-tenant": "t1"}))
    assert fake.requests[-1].headers["x-tenant"] == "t1"


@pytest.mark.parametrize("mode", MODES)
def test_resources_keep_the_per_call_config_that_produced_them(
    mode: str, fake: FakeAgentRun, seeded: dict[str, str], default_client: AgentRuntimeClient
) -> None:
    override = Config(headers={"x-tenant": "t2"})
    runtime = AgentRuntime.get_by_id(seeded["rt"], config=override)
    run(runtime, mode, "refresh")
    assert fake.requests[-1].headers["x-tenant"] == "t2"
    listed = AgentRuntime.list(config=override)
    assert listed
    run(listed[0], mode, "refresh")
    assert fake.requests[-1].headers["x-tenant"] == "t2"
    # A call without override on an object from a plain call sends no such header.
    plain = AgentRuntime.get_by_id(seeded["rt"])
    run(plain, mode, "refresh")
    assert "x-tenant" not in fake.requests[-1].headers


# --------------------------------------------------------------------------
# Instance methods use the client that produced the object
# --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_runtime_instance_methods(
    mode: str, fake: FakeAgentRun, seeded: dict[str, str], client: AgentRuntimeClient
) -> None:
    runtime = client.get(seeded["rt"])
    fake.runtimes[seeded["rt"]]["description"] = "changed remotely"
    assert run(runtime, mode, "refresh") is runtime
    assert runtime.description == "changed remotely"
    fake.runtimes[seeded["rt"]]["status"] = "UPDATING"
    assert run(runtime, mode, "get") is runtime
    assert runtime.status is Status.UPDATING
    reads = len(fake.calls("GetAgentRuntime"))
    assert run(runtime, mode, "update", AgentRuntimeUpdateInput(description="mine")) is runtime
    assert runtime.description == "mine"
    # cpu, memory and port go along as this object holds them, without another read.
    assert fake.requests[-1].body == {"description": "mine", "cpu": 2, "memory": 4096, "port": 9000}
    assert len(fake.calls("GetAgentRuntime")) == reads

    created = run(
        runtime,
        mode,
        "create_endpoint",
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="e9"),
    )
    assert isinstance(created, AgentRuntimeEndpoint)
    endpoint_id = created.agent_runtime_endpoint_id
    assert run(runtime, mode, "get_endpoint", endpoint_id).agent_runtime_endpoint_name == "e9"
    updated = run(
        runtime,
        mode,
        "update_endpoint",
        endpoint_id,
        AgentRuntimeEndpointUpdateInput(description="d"),
    )
    assert updated.description == "d"
    names = sorted(e.agent_runtime_endpoint_name for e in run(runtime, mode, "list_endpoints"))
    assert names == ["e9", "prod"]
    assert (
        run(runtime, mode, "delete_endpoint", endpoint_id).agent_runtime_endpoint_id == endpoint_id
    )
    version = run(runtime, mode, "publish_version")
    assert [v.agent_runtime_version for v in run(runtime, mode, "list_versions")] == [
        version.agent_runtime_version
    ]


@pytest.mark.parametrize("mode", MODES)
def test_endpoint_instance_methods(
    mode: str, fake: FakeAgentRun, seeded: dict[str, str], client: AgentRuntimeClient
) -> None:
    endpoint = client.get_endpoint(seeded["rt"], seeded["ep"])
    fake.endpoints[seeded["rt"]][seeded["ep"]]["description"] = "remote"
    assert run(endpoint, mode, "refresh") is endpoint
    assert endpoint.description == "remote"
    assert run(endpoint, mode, "get") is endpoint
    assert (
        run(endpoint, mode, "update", AgentRuntimeEndpointUpdateInput(target_version="7"))
        is endpoint
    )
    assert endpoint.target_version == "7"
    assert run(endpoint, mode, "delete") is endpoint
    assert endpoint.status is Status.DELETING
    assert seeded["ep"] not in fake.endpoints[seeded["rt"]]


@pytest.mark.parametrize("mode", MODES)
def test_instance_methods_need_ids(mode: str, client: AgentRuntimeClient) -> None:
    with pytest.raises(InvalidParameterError):
        run(AgentRuntime(), mode, "refresh")
    with pytest.raises(ValueError):
        run(AgentRuntimeEndpoint(agent_runtime_id="ar-1"), mode, "delete")


def test_unbound_instances_use_the_default_client(
    fake: FakeAgentRun, seeded: dict[str, str], default_client: AgentRuntimeClient
) -> None:
    runtime = AgentRuntime(agent_runtime_id=seeded["rt"])
    runtime.refresh()
    assert runtime.agent_runtime_name == "demo"


def test_bound_client_is_not_a_field(
    fake: FakeAgentRun, seeded: dict[str, str], client: AgentRuntimeClient
) -> None:
    runtime = client.get(seeded["rt"])
    twin = AgentRuntime.from_wire(runtime.to_wire())
    assert runtime == twin
    assert "client" not in repr(runtime).lower()
    # The instance talks through the client that read it, not the default one.
    previous = set_default_client(None)
    try:
        count = len(fake.requests)
        runtime.refresh()
        assert len(fake.requests) == count + 1
    finally:
        set_default_client(previous)


# --------------------------------------------------------------------------
# delete_by_id: endpoints first, across pages, then the runtime
# --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_delete_by_id_deletes_every_endpoint_then_the_runtime(
    mode: str,
    fake: FakeAgentRun,
    make_client: Callable[..., AgentRuntimeClient],
    no_sleep: NoSleep,
) -> None:
    client = make_client(page_size=3)
    previous = set_default_client(client)
    try:
        runtime_id = fake.add_runtime("big")["agentRuntimeId"]
        endpoint_ids = {
            fake.add_endpoint(runtime_id, f"e{i}")["agentRuntimeEndpointId"] for i in range(7)
        }
        fake.endpoint_delete_lag = 1  # the list still shows them once after deletion
        deleted = run(AgentRuntime, mode, "delete_by_id", runtime_id)
    finally:
        set_default_client(previous)
    assert isinstance(deleted, AgentRuntime) and deleted.agent_runtime_id == runtime_id
    assert runtime_id not in fake.runtimes
    actions = [r.action for r in fake.requests]
    deletes = [r.path.rsplit("/", 1)[1] for r in fake.calls("DeleteAgentRuntimeEndpoint")]
    assert set(deletes) == endpoint_ids and len(deletes) == 7
    first_listing = [r for r in fake.calls("ListAgentRuntimeEndpoints")][:3]
    assert sorted(r.query["pageNumber"] for r in first_listing) == ["1", "2", "3"]
    assert actions[-1] == "DeleteAgentRuntime"
    assert actions.index("DeleteAgentRuntime") > max(
        i for i, a in enumerate(actions) if a == "DeleteAgentRuntimeEndpoint"
    )
    assert no_sleep.delays, "the drain should have waited for the lingering endpoints"
    assert all(d <= 5.0 for d in no_sleep.delays)


def test_delete_by_id_gives_up_after_the_drain_deadline(
    fake: FakeAgentRun,
    seeded: dict[str, str],
    client: AgentRuntimeClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(waiters, "DRAIN_TIMEOUT_SECONDS", 0.05)
    monkeypatch.setattr(waiters, "DRAIN_INTERVAL_SECONDS", 0.01)
    fake.endpoint_delete_lag = 10_000
    runtime = client.get(seeded["rt"])
    with pytest.raises(WaiterTimeoutError):
        runtime.delete()
    assert not fake.calls("DeleteAgentRuntime")


def test_delete_by_id_of_missing_runtime(
    fake: FakeAgentRun, default_client: AgentRuntimeClient
) -> None:
    with pytest.raises(ResourceNotExistError):
        AgentRuntime.delete_by_id("ar-missing")


@pytest.mark.parametrize("mode", MODES)
def test_instance_delete_cascades_and_returns_self(
    mode: str, fake: FakeAgentRun, seeded: dict[str, str], client: AgentRuntimeClient
) -> None:
    runtime = client.get(seeded["rt"])
    assert run(runtime, mode, "delete") is runtime
    assert fake.endpoints[seeded["rt"]] == {} and seeded["rt"] not in fake.runtimes


# --------------------------------------------------------------------------
# Waiters
# --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_wait_until_ready_reports_changes(
    mode: str,
    fake: FakeAgentRun,
    seeded: dict[str, str],
    client: AgentRuntimeClient,
    no_sleep: NoSleep,
) -> None:
    runtime = client.get(seeded["rt"])
    fake.status_script[seeded["rt"]] = deque(["CREATING", "CREATING", "CREATING", "READY"])
    seen: list[Any] = []
    result = run(
        runtime,
        mode,
        "wait_until_ready_or_failed",
        callback=lambda r: seen.append(r.status),
        interval_seconds=1,
        timeout_seconds=5,
    )
    assert result is runtime and runtime.status is Status.READY
    assert seen == [Status.CREATING, Status.READY]
    assert no_sleep.delays == [0.5, 1.0, 1.0]
    assert len(fake.calls("GetAgentRuntime")) == 1 + 4


@pytest.mark.parametrize("mode", MODES)
def test_wait_raises_on_failure_with_reason(
    mode: str,
    fake: FakeAgentRun,
    seeded: dict[str, str],
    client: AgentRuntimeClient,
    no_sleep: NoSleep,
) -> None:
    endpoint = client.get_endpoint(seeded["rt"], seeded["ep"])
    fake.status_script[seeded["ep"]] = deque(["UPDATING", "UPDATE_FAILED"])
    with pytest.raises(ResourceFailedError) as caught:
        run(endpoint, mode, "wait_until_ready_or_failed", timeout_seconds=5)
    assert caught.value.status == "UPDATE_FAILED"
    assert caught.value.status_reason == "image pull failed"
    assert caught.value.resource is endpoint
    assert "image pull failed" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_wait_times_out_naming_the_last_status(
    mode: str, fake: FakeAgentRun, seeded: dict[str, str], client: AgentRuntimeClient
) -> None:
    runtime = client.get(seeded["rt"])
    fake.runtimes[seeded["rt"]]["status"] = "CREATING"
    with pytest.raises(WaiterTimeoutError) as caught:
        run(
            runtime, mode, "wait_until_ready_or_failed", interval_seconds=0.01, timeout_seconds=0.05
        )
    assert caught.value.status == "CREATING"
    assert "CREATING" in str(caught.value)
    assert 2 <= len(fake.calls("GetAgentRuntime")) < 50


@pytest.mark.parametrize("mode", MODES)
def test_delete_and_wait_until_finished(
    mode: str,
    fake: FakeAgentRun,
    seeded: dict[str, str],
    client: AgentRuntimeClient,
    no_sleep: NoSleep,
) -> None:
    endpoint = client.get_endpoint(seeded["rt"], seeded["ep"])
    fake.endpoint_delete_lag = 2
    seen: list[Any] = []
    result = run(
        endpoint,
        mode,
        "delete_and_wait_until_finished",
        callback=lambda e: seen.append(e.status),
        timeout_seconds=5,
    )
    assert result is endpoint
    gets = fake.calls("GetAgentRuntimeEndpoint")
    assert len(gets) == 1 + 3  # two DELETING reads, then not found
    assert seen[0] is Status.DELETING


@pytest.mark.parametrize("mode", MODES)
def test_delete_and_wait_rejects_an_unexpected_status(
    mode: str,
    fake: FakeAgentRun,
    seeded: dict[str, str],
    client: AgentRuntimeClient,
    no_sleep: NoSleep,
) -> None:
    endpoint = client.get_endpoint(seeded["rt"], seeded["ep"])
    fake.script.extend(
        [
            envelope({**fake.endpoints[seeded["rt"]][seeded["ep"]], "status": "DELETING"}),
            envelope({**fake.endpoints[seeded["rt"]][seeded["ep"]], "status": "READY"}),
        ]
    )
    with pytest.raises(DeleteResourceError) as caught:
        run(endpoint, mode, "delete_and_wait_until_finished", timeout_seconds=5)
    assert caught.value.status == "READY"


@pytest.mark.parametrize("mode", MODES)
def test_runtime_delete_and_wait(
    mode: str,
    fake: FakeAgentRun,
    seeded: dict[str, str],
    client: AgentRuntimeClient,
    no_sleep: NoSleep,
) -> None:
    runtime = client.get(seeded["rt"])
    assert run(runtime, mode, "delete_and_wait_until_finished", timeout_seconds=5) is runtime
    assert seeded["rt"] not in fake.runtimes


@pytest.mark.parametrize("mode", MODES)
def test_delete_and_wait_on_an_already_deleted_resource(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    ghost = AgentRuntimeEndpoint(agent_runtime_id="ar-none", agent_runtime_endpoint_id="ep-none")
    previous = set_default_client(client)
    try:
        assert run(ghost, mode, "delete_and_wait_until_finished", timeout_seconds=5) is ghost
    finally:
        set_default_client(previous)
    assert len(fake.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_wait_callback_sees_the_failing_status_before_the_error(
    mode: str,
    fake: FakeAgentRun,
    seeded: dict[str, str],
    client: AgentRuntimeClient,
    no_sleep: NoSleep,
) -> None:
    runtime = client.get(seeded["rt"])
    fake.status_script[seeded["rt"]] = deque(["CREATING", "UPDATING", "CREATE_FAILED"])
    seen: list[Any] = []
    with pytest.raises(ResourceFailedError) as caught:
        run(
            runtime,
            mode,
            "wait_until_ready_or_failed",
            callback=lambda r: seen.append(r.status),
            timeout_seconds=5,
        )
    assert seen == [Status.CREATING, Status.UPDATING, Status.CREATE_FAILED]
    assert caught.value.status_reason == "image pull failed"
    assert str(caught.value) == (
        f"AgentRuntime({seeded['rt']}) reached status CREATE_FAILED: image pull failed"
    )


@pytest.mark.parametrize("mode", MODES)
def test_delete_wait_callback_sees_the_unexpected_status_before_the_error(
    mode: str,
    fake: FakeAgentRun,
    seeded: dict[str, str],
    client: AgentRuntimeClient,
    no_sleep: NoSleep,
) -> None:
    endpoint = client.get_endpoint(seeded["rt"], seeded["ep"])
    current = fake.endpoints[seeded["rt"]][seeded["ep"]]
    fake.script.extend(
        [envelope({**current, "status": "DELETING"}), envelope({**current, "status": "READY"})]
    )
    seen: list[Any] = []
    with pytest.raises(DeleteResourceError) as caught:
        run(
            endpoint,
            mode,
            "delete_and_wait_until_finished",
            callback=lambda e: seen.append(e.status),
            timeout_seconds=5,
        )
    assert seen == [Status.READY]  # the delete answered DELETING; the first poll saw READY
    assert str(caught.value).startswith(f"AgentRuntimeEndpoint({seeded['ep']}) ")


@pytest.mark.parametrize("mode", MODES)
def test_timeout_callback_sees_a_change_made_by_the_last_poll(
    mode: str, fake: FakeAgentRun, seeded: dict[str, str], client: AgentRuntimeClient
) -> None:
    runtime = client.get(seeded["rt"])
    fake.status_script[seeded["rt"]] = deque(["CREATING", "UPDATING"] * 500)
    seen: list[Any] = []
    with pytest.raises(WaiterTimeoutError) as caught:
        run(
            runtime,
            mode,
            "wait_until_ready_or_failed",
            callback=lambda r: seen.append(r.status),
            interval_seconds=0.01,
            timeout_seconds=0.05,
        )
    polls = len(fake.calls("GetAgentRuntime")) - 1
    assert len(seen) == polls and seen[-1] == caught.value.status
    text = str(caught.value)
    assert text.startswith(f"AgentRuntime({seeded['rt']}) ")
    assert f"last status {caught.value.status}" in text
