"""Writes whose outcome is unknown are resolved by looking, never doubled.

Against the local emulator, whose ``lost`` fault carries a write out and then
drops the connection before the answer, and whose ``error`` fault answers 5xx
without carrying it out. The in-memory ``FakeAgentRun`` covers the clashes
that need a resource created at a chosen time.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeVersionPublishInput,
    Config,
    ConflictError,
    ResourceAlreadyExistError,
    ResourceNotExistError,
    ServerError,
    TransportError,
)
from agentrun_facade.retry import RetryPolicy
from tests.conftest import FakeAgentRun, error, make_config
from tests.emulated import Emulator, running

testing = pytest.importorskip("agentrun_facade.testing")
ScriptedFault = testing.ScriptedFault

MODES = ["sync", "async"]
FAST = RetryPolicy(backoff_base=0.001, backoff_cap=0.01)


def call(client: AgentRuntimeClient, mode: str, method: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        return getattr(client, method)(*args, **kwargs)
    return asyncio.run(getattr(client, f"{method}_async")(*args, **kwargs))


def code() -> AgentRuntimeCode:
    return AgentRuntimeCode(
        language="python3.12", command=["python", "main.py"], zip_file="00", checksum="1"
    )


def runtime_input(name: str = "shop", **fields: Any) -> AgentRuntimeCreateInput:
    return AgentRuntimeCreateInput(agent_runtime_name=name, code_configuration=code(), **fields)


@pytest.fixture
def client(emulator: Emulator) -> Iterator[AgentRuntimeClient]:
    with AgentRuntimeClient(retry_policy=FAST) as made:
        yield made


def served(emulator: Emulator, operation: str) -> int:
    """Requests of ``operation`` the emulator carried out (a 5xx or 429 fault carries none out)."""
    return emulator.operations.count(operation)


# -- creates -------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_create_whose_answer_was_lost_is_found_and_adopted(
    mode: str, emulator: Emulator, client: AgentRuntimeClient, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.local.script_faults([ScriptedFault("CreateAgentRuntime", "lost")])
    with caplog.at_level(logging.DEBUG, logger="agentrun_facade"):
        runtime = call(client, mode, "create", runtime_input())
    listed = client.list()
    assert [r.agent_runtime_id for r in listed] == [runtime.agent_runtime_id]
    assert runtime.agent_runtime_name == "shop" and runtime.cpu == 2
    # Sent once: the lookup found it, so nothing was sent again.
    assert served(emulator, "CreateAgentRuntime") == 1
    adopted = [
        r
        for r in caplog.records
        if r.name == "agentrun_facade"
        and r.levelno == logging.DEBUG
        and isinstance(r.args, tuple)
        and any(runtime.agent_runtime_id in str(a) for a in r.args)
    ]
    assert adopted, "each reconciliation is logged at DEBUG"


@pytest.mark.parametrize("mode", MODES)
def test_a_create_answered_5xx_and_not_applied_is_sent_again_once(
    mode: str, emulator: Emulator, client: AgentRuntimeClient
) -> None:
    emulator.local.script_faults([ScriptedFault("CreateAgentRuntime", "error", status=503)])
    runtime = call(client, mode, "create", runtime_input())
    assert [r.agent_runtime_id for r in client.list()] == [runtime.agent_runtime_id]
    assert served(emulator, "CreateAgentRuntime") == 1


@pytest.mark.parametrize("mode", MODES)
def test_throttled_creates_are_retried(
    mode: str, emulator: Emulator, client: AgentRuntimeClient
) -> None:
    emulator.local.script_faults(
        [ScriptedFault("CreateAgentRuntime", "throttle", times=2, retry_after=0)]
    )
    runtime = call(client, mode, "create", runtime_input())
    assert [r.agent_runtime_id for r in client.list()] == [runtime.agent_runtime_id]
    assert served(emulator, "CreateAgentRuntime") == 1


@pytest.mark.parametrize("mode", MODES)
def test_without_reconciliation_a_lost_answer_is_raised(
    mode: str, emulator: Emulator, client: AgentRuntimeClient
) -> None:
    emulator.local.script_faults([ScriptedFault("CreateAgentRuntime", "lost")])
    with pytest.raises(TransportError) as raised:
        call(client, mode, "create", runtime_input(), Config(reconcile_writes=False))
    assert raised.value.operation == "CreateAgentRuntime"
    # It was applied, and the caller is told it may have been.
    assert [r.agent_runtime_name for r in client.list()] == ["shop"]
    assert served(emulator, "CreateAgentRuntime") == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_clash_with_a_runtime_that_existed_before_names_its_id(
    mode: str, emulator: Emulator, client: AgentRuntimeClient
) -> None:
    existing = client.create(runtime_input())
    with pytest.raises(ResourceAlreadyExistError) as raised:
        call(client, mode, "create", runtime_input())
    assert raised.value.resource_id == existing.agent_runtime_id
    assert str(existing.agent_runtime_id) in str(raised.value)


@pytest.mark.parametrize("mode", MODES)
def test_after_an_unknown_outcome_an_older_runtime_is_still_a_clash(mode: str) -> None:
    fake = FakeAgentRun()
    old = fake.add_runtime("shop", createdAt="2020-01-01T00:00:00Z", **_sent_fields())
    with _fake_client(fake) as client, pytest.raises(ResourceAlreadyExistError) as raised:
        call(client, mode, "create", runtime_input())
    assert raised.value.resource_id == old["agentRuntimeId"]
    # The old runtime, found after the 500, was not taken for this call's result.
    assert len(fake.calls("CreateAgentRuntime")) == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_runtime_found_by_name_that_differs_from_what_was_sent_is_not_adopted(
    mode: str,
) -> None:
    fake = FakeAgentRun()
    fields = {**_sent_fields(), "description": "someone else's"}
    other = fake.add_runtime("shop", createdAt="2099-01-01T00:00:00Z", **fields)
    with _fake_client(fake) as client, pytest.raises(ResourceAlreadyExistError) as raised:
        call(client, mode, "create", runtime_input(description="mine"))
    assert raised.value.resource_id == other["agentRuntimeId"]


@pytest.mark.parametrize("mode", MODES)
def test_the_name_filter_may_match_loosely_only_an_exact_name_is_adopted(
    mode: str, emulator: Emulator, client: AgentRuntimeClient
) -> None:
    client.create(runtime_input("shop-2"))
    emulator.local.script_faults([ScriptedFault("CreateAgentRuntime", "lost")])
    runtime = call(client, mode, "create", runtime_input("shop"))
    assert runtime.agent_runtime_name == "shop"
    assert sorted(r.agent_runtime_name for r in client.list()) == ["shop", "shop-2"]


# -- endpoints and versions ----------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_an_endpoint_create_whose_answer_was_lost_is_adopted(
    mode: str, emulator: Emulator, client: AgentRuntimeClient
) -> None:
    runtime = client.create(runtime_input())
    runtime.wait_until_ready_or_failed(interval_seconds=0.01)
    emulator.local.script_faults([ScriptedFault("CreateAgentRuntimeEndpoint", "lost")])
    wanted = AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default")
    endpoint = call(client, mode, "create_endpoint", runtime.agent_runtime_id, wanted)
    listed = client.list_endpoints(str(runtime.agent_runtime_id))
    assert [e.agent_runtime_endpoint_id for e in listed] == [endpoint.agent_runtime_endpoint_id]
    assert served(emulator, "CreateAgentRuntimeEndpoint") == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["lost", "error"])
def test_a_publish_with_an_unknown_outcome_publishes_exactly_one_version(
    mode: str, kind: str, emulator: Emulator, client: AgentRuntimeClient
) -> None:
    runtime = client.create(runtime_input())
    runtime.wait_until_ready_or_failed(interval_seconds=0.01)
    runtime_id = str(runtime.agent_runtime_id)
    client.publish_version(runtime_id, AgentRuntimeVersionPublishInput(description="first"))
    emulator.local.script_faults([ScriptedFault("PublishRuntimeVersion", kind)])
    wanted = AgentRuntimeVersionPublishInput(description="second")
    version = call(client, mode, "publish_version", runtime_id, wanted)
    versions = client.list_versions(runtime_id)
    assert [(v.agent_runtime_version, v.description) for v in versions] == [
        ("1", "first"),
        ("2", "second"),
    ]
    assert (version.agent_runtime_version, version.description) == ("2", "second")
    assert served(emulator, "PublishRuntimeVersion") == 2


# -- deletes -------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_delete_whose_answer_was_lost_then_404_succeeds(
    mode: str, emulator: Emulator, client: AgentRuntimeClient
) -> None:
    runtime = client.create(runtime_input())
    runtime_id = str(runtime.agent_runtime_id)
    emulator.local.script_faults([ScriptedFault("DeleteAgentRuntime", "lost")])
    deleted = call(client, mode, "delete", runtime_id)
    assert deleted.agent_runtime_id == runtime_id
    assert client.list() == []
    assert served(emulator, "DeleteAgentRuntime") == 2


@pytest.mark.parametrize("mode", MODES)
def test_the_delete_cascade_survives_lost_answers(
    mode: str, emulator: Emulator, client: AgentRuntimeClient
) -> None:
    runtime = AgentRuntime.create(runtime_input())
    runtime.wait_until_ready_or_failed(interval_seconds=0.01)
    runtime.create_endpoint(AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="a"))
    emulator.local.script_faults(
        [
            ScriptedFault("DeleteAgentRuntimeEndpoint", "lost"),
            ScriptedFault("DeleteAgentRuntime", "lost"),
        ]
    )
    runtime_id = str(runtime.agent_runtime_id)
    if mode == "sync":
        AgentRuntime.delete_by_id(runtime_id)
    else:
        asyncio.run(AgentRuntime.delete_by_id_async(runtime_id))
    assert client.list() == []


def test_a_404_to_a_first_delete_is_still_not_found(
    emulator: Emulator, client: AgentRuntimeClient
) -> None:
    with pytest.raises(ResourceNotExistError):
        client.delete("ar-never-was")


def test_a_delete_404_after_an_unknown_outcome_is_raised_without_reconciliation(
    emulator: Emulator, client: AgentRuntimeClient
) -> None:
    runtime_id = str(client.create(runtime_input()).agent_runtime_id)
    emulator.local.script_faults([ScriptedFault("DeleteAgentRuntime", "lost")])
    with pytest.raises(ResourceNotExistError):
        client.delete(runtime_id, Config(reconcile_writes=False))


def test_a_failed_lookup_reports_the_write_error(emulator: Emulator) -> None:
    emulator.local.script_faults(
        [
            ScriptedFault("CreateAgentRuntime", "error", status=500),
            ScriptedFault("ListAgentRuntimes", "error", status=500, times=10),
        ]
    )
    with AgentRuntimeClient(retry_policy=FAST) as client, pytest.raises(ServerError) as raised:
        client.create(runtime_input())
    assert raised.value.operation == "CreateAgentRuntime"
    assert served(emulator, "CreateAgentRuntime") == 0


# -- helpers -------------------------------------------------------------------


def _sent_fields() -> dict[str, Any]:
    """The wire fields of ``runtime_input()`` the fake should hold to match it."""
    return {
        "artifactType": "Code",
        "codeConfiguration": {
            "language": "python3.12",
            "command": ["python", "main.py"],
            "checksum": "1",
        },
        "networkConfiguration": {"networkMode": "PUBLIC"},
    }


def _fake_client(fake: FakeAgentRun) -> AgentRuntimeClient:
    """A client on ``fake`` whose first create gets a 500 and whose second gets a 409."""
    answers = [
        error(500, "ERR_INTERNAL_SERVER_ERROR"),
        error(409, "ERR_RESOURCE_ALREADY_EXISTS", "shop already exists"),
    ]

    def handle(request: httpx.Request) -> httpx.Response:
        if request.headers.get("x-acs-action") == "CreateAgentRuntime" and answers:
            fake.handle(request)  # recorded, and carried out only if nothing clashes
            return answers.pop(0)
        return fake.handle(request)

    return AgentRuntimeClient(
        make_config(), transport=httpx.MockTransport(handle), retry_policy=FAST
    )


# -- updates ---------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_an_update_whose_answer_was_lost_then_busy_is_read_back(mode: str) -> None:
    # The first attempt is applied (the endpoint goes UPDATING) but its answer is
    # lost; the retry is refused as busy, and reading the endpoint shows the update.
    with (
        running(transition_seconds=0.5) as emulator,
        AgentRuntimeClient(retry_policy=FAST) as client,
    ):
        runtime = client.create(runtime_input())
        runtime.wait_until_ready_or_failed(interval_seconds=0.05)
        runtime_id = str(runtime.agent_runtime_id)
        version = client.publish_version(runtime_id).agent_runtime_version
        endpoint = runtime.create_endpoint(
            AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default")
        )
        endpoint.wait_until_ready_or_failed(interval_seconds=0.05)
        endpoint_id = str(endpoint.agent_runtime_endpoint_id)
        emulator.local.script_faults([ScriptedFault("UpdateAgentRuntimeEndpoint", "lost")])
        route = AgentRuntimeEndpointUpdateInput(target_version=version)
        routed = call(client, mode, "update_endpoint", runtime_id, endpoint_id, route)
        assert routed.target_version == version
        assert served(emulator, "UpdateAgentRuntimeEndpoint") == 2  # applied, then refused as busy


@pytest.mark.parametrize("mode", MODES)
def test_a_busy_answer_to_a_first_update_is_still_a_conflict(mode: str) -> None:
    fake = FakeAgentRun()
    runtime_id = fake.add_runtime("shop")["agentRuntimeId"]
    endpoint_id = fake.add_endpoint(runtime_id, "Default")["agentRuntimeEndpointId"]
    fake.script.append(error(409, "ERR_RESOURCE_BUSY", "endpoint is UPDATING"))
    update = AgentRuntimeEndpointUpdateInput(description="x")
    with (
        AgentRuntimeClient(make_config(), transport=fake.transport, retry_policy=FAST) as client,
        pytest.raises(ConflictError),
    ):
        call(client, mode, "update_endpoint", runtime_id, endpoint_id, update)
    # Nothing was unknown, so nothing was read back.
    assert [r.action for r in fake.requests] == ["UpdateAgentRuntimeEndpoint"]
