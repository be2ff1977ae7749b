"""apply by name, and endpoint releases (canary, promote, rollback).

The tests run against the local emulator; request bodies are read from the
client's transport.
"""

from __future__ import annotations

import math
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeContainer,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeListInput,
    InvalidParameterError,
    RegistryAuthConfig,
    RegistryConfig,
    ResourceFailedError,
    Status,
)
from agentrun_facade.client import set_default_client
from agentrun_facade.models import replace
from tests.emulated import Emulator, running
from tests.sdk.wire import WireLog

testing = pytest.importorskip("agentrun_facade.testing")


def code(text: str = "print('v1')") -> AgentRuntimeCode:
    return AgentRuntimeCode(
        language="python3.12",
        command=["python", "main.py"],
        zip_file=text.encode().hex(),
        checksum=str(len(text)),
    )


def runtime_input(**fields: Any) -> AgentRuntimeCreateInput:
    values: dict[str, Any] = {"agent_runtime_name": "shop", "code_configuration": code()}
    values.update(fields)
    return AgentRuntimeCreateInput(**values)


# -- apply: runtimes ----------------------------------------------------------


def test_apply_creates_waits_and_then_writes_nothing(emulator: Emulator) -> None:
    runtime = AgentRuntime.apply(runtime_input())
    assert runtime.status is Status.READY
    assert emulator.writes() == ["CreateAgentRuntime"]

    emulator.clear()
    again = AgentRuntime.apply(runtime_input())
    assert again.agent_runtime_id == runtime.agent_runtime_id
    assert emulator.writes() == []


def test_apply_sends_one_update_and_waits(emulator: Emulator) -> None:
    AgentRuntime.apply(runtime_input())
    emulator.clear()
    updated = AgentRuntime.apply(runtime_input(cpu=4, description="bigger"))
    assert emulator.writes() == ["UpdateAgentRuntime"]
    assert updated.status is Status.READY
    assert (updated.cpu, updated.description) == (4, "bigger")

    emulator.clear()
    new_code = AgentRuntime.apply(
        runtime_input(cpu=4, description="bigger", code_configuration=code("v2"))
    )
    assert emulator.writes() == ["UpdateAgentRuntime"]
    assert new_code.code_configuration is not None
    assert new_code.code_configuration.checksum == "2"


def test_apply_finds_the_exact_name_only(emulator: Emulator) -> None:
    AgentRuntime.apply(runtime_input(agent_runtime_name="shop-old"))
    # The service's name filter matches loosely: "shop" finds "shop-old".
    with AgentRuntimeClient(emulator.local.config) as client:
        loose = client.list(AgentRuntimeListInput(agent_runtime_name="shop"))
    assert [r.agent_runtime_name for r in loose] == ["shop-old"]
    emulator.clear()
    runtime = AgentRuntime.apply(runtime_input(agent_runtime_name="shop"))
    assert "ListAgentRuntimes" in emulator.operations
    assert emulator.writes() == ["CreateAgentRuntime"]
    assert runtime.agent_runtime_name == "shop"
    names = [r.agent_runtime_name for r in AgentRuntime.list()]
    assert sorted(names) == ["shop", "shop-old"]


def test_apply_waits_out_a_transitional_runtime_first() -> None:
    with running(transition_seconds=0.6) as emulator:
        _waits_out(emulator)


def _waits_out(emulator: Emulator) -> None:
    created = AgentRuntime.create(runtime_input())
    assert created.status is Status.CREATING
    emulator.clear()
    runtime = AgentRuntime.apply(runtime_input(description="after"))
    # The update would be refused (409 busy) while CREATING: it was waited out first.
    assert emulator.writes() == ["UpdateAgentRuntime"]
    assert emulator.operations.index("GetAgentRuntime") < emulator.operations.index(
        "UpdateAgentRuntime"
    )
    assert runtime.description == "after"


def test_apply_waits_for_a_deleting_runtime_to_go_then_creates_it() -> None:
    with running(transition_seconds=0.6) as emulator:
        old = AgentRuntime.create(runtime_input())
        old.wait_until_ready_or_failed(interval_seconds=0.1)
        old.delete()
        emulator.clear()
        new = AgentRuntime.apply(runtime_input())
        assert emulator.writes() == ["CreateAgentRuntime"]
        assert new.agent_runtime_id != old.agent_runtime_id
        assert new.status is Status.READY


def test_apply_raises_the_failure_with_its_reason(emulator: Emulator) -> None:
    failing = runtime_input(environment_variables={"AGENTRUN_EMULATOR_FAIL": "image pull failed"})
    with pytest.raises(ResourceFailedError) as caught:
        AgentRuntime.apply(failing)
    assert caught.value.status == "CREATE_FAILED"
    assert "image pull failed" in str(caught.value)
    # Same input again: nothing differs that could fix it, so it reports the failure.
    emulator.clear()
    with pytest.raises(ResourceFailedError, match="CREATE_FAILED"):
        AgentRuntime.apply(runtime_input())
    # A change that removes the cause is sent and the runtime recovers.
    fixed = AgentRuntime.apply(runtime_input(environment_variables={"OK": "1"}))
    assert fixed.status is Status.READY


def test_apply_without_wait_returns_at_once() -> None:
    with running(transition_seconds=30) as emulator:
        runtime = AgentRuntime.apply(runtime_input(), wait=False)
        assert runtime.status is Status.CREATING
        assert "GetAgentRuntime" not in emulator.operations


def test_apply_rejects_bad_input_before_sending(emulator: Emulator) -> None:
    with pytest.raises(InvalidParameterError, match="agent_runtime_name"):
        AgentRuntime.apply(AgentRuntimeCreateInput(code_configuration=code()))
    with pytest.raises(InvalidParameterError, match="timeout_seconds"):
        AgentRuntime.apply(runtime_input(), timeout_seconds=0)
    assert emulator.operations == []


@pytest.fixture
def wire(emulator: Emulator) -> Iterator[WireLog]:
    """Requests of the default client, which is pointed at ``emulator``."""
    log = WireLog(emulator.local.url)
    with AgentRuntimeClient(emulator.local.config, transport=log) as client:
        previous = set_default_client(client)
        yield log
        set_default_client(previous)


def _runtime_body(wire: WireLog) -> dict[str, Any]:
    """The one UpdateAgentRuntime body, without cpu/memory/port (sent with every update
    when the service requires them, so they say nothing about what differed)."""
    (update,) = wire.calls("UpdateAgentRuntime")
    return {k: v for k, v in update.body.items() if k not in {"cpu", "memory", "port"}}


def test_update_body_carries_only_the_difference(wire: WireLog) -> None:
    AgentRuntime.create(runtime_input(description="old"))
    runtime = AgentRuntime.apply(runtime_input(description="new"), wait=False)
    assert runtime.description == "new"
    assert _runtime_body(wire) == {"description": "new"}


def test_absent_values_match_their_defaults(wire: WireLog) -> None:
    AgentRuntime.create(runtime_input())
    wanted = runtime_input(disable_ondemand=False, system_tags=[])
    AgentRuntime.apply(wanted, wait=False)
    assert "UpdateAgentRuntime" not in wire.actions()
    AgentRuntime.apply(replace(wanted, disable_ondemand=True), wait=False)
    assert _runtime_body(wire) == {"disableOndemand": True}


def test_secrets_are_always_sent_when_given(wire: WireLog) -> None:
    # The service masks secrets when it answers, so what it holds cannot be compared
    # with what is wanted: values that carry one are sent whenever they are given,
    # even when (as here) the runtime already holds exactly them.
    container = AgentRuntimeContainer(
        image="registry.example/shop:1",
        registry_config=RegistryConfig(
            auth_config=RegistryAuthConfig(user_name="u", password="not-a-real-password")
        ),
    )
    wanted = AgentRuntimeCreateInput(
        agent_runtime_name="shop",
        container_configuration=container,
        environment_variables={"MODE": "prod"},
    )
    AgentRuntime.create(wanted)
    AgentRuntime.apply(wanted, wait=False)
    body = _runtime_body(wire)
    assert set(body) == {"containerConfiguration", "environmentVariables"}
    assert body["environmentVariables"] == {"MODE": "prod"}
    assert body["containerConfiguration"]["registryConfig"]["authConfig"]["password"] == (
        "not-a-real-password"
    )


def test_plain_failed_status_is_a_failure(emulator: Emulator) -> None:
    # The emulator ends this runtime's creation in FAILED (not CREATE_FAILED) with the reason.
    failing = runtime_input(
        environment_variables={
            "AGENTRUN_EMULATOR_STATUS": "FAILED",
            "AGENTRUN_EMULATOR_FAIL": "quota exceeded",
        }
    )
    with AgentRuntimeClient(emulator.local.config) as client:
        assert client.create(failing).status == "FAILED"
    emulator.clear()
    with pytest.raises(ResourceFailedError, match="quota exceeded"):
        AgentRuntime.apply(runtime_input(), wait=False)
    assert emulator.writes() == []


# -- apply: endpoints ---------------------------------------------------------


def test_endpoint_apply_creates_updates_and_skips(emulator: Emulator) -> None:
    runtime = AgentRuntime.apply(runtime_input())
    runtime_id = runtime.agent_runtime_id or ""
    wanted = AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default")
    emulator.clear()
    endpoint = AgentRuntimeEndpoint.apply(runtime_id, wanted)
    assert (endpoint.status, endpoint.target_version) == (Status.READY, "LATEST")
    assert emulator.writes() == ["CreateAgentRuntimeEndpoint"]

    emulator.clear()
    assert AgentRuntimeEndpoint.apply(runtime_id, wanted).agent_runtime_endpoint_id == (
        endpoint.agent_runtime_endpoint_id
    )
    assert emulator.writes() == []

    wanted.description = "public"
    updated = AgentRuntimeEndpoint.apply(runtime_id, wanted)
    assert emulator.writes() == ["UpdateAgentRuntimeEndpoint"]
    assert updated.description == "public"

    with pytest.raises(InvalidParameterError, match="agent_runtime_endpoint_name"):
        AgentRuntimeEndpoint.apply(runtime_id, AgentRuntimeEndpointCreateInput())


# -- releases -----------------------------------------------------------------


@pytest.fixture
def released(emulator: Emulator) -> tuple[AgentRuntime, AgentRuntimeEndpoint]:
    """A runtime with versions 1 and 2 and a Default endpoint targeting version 1."""
    runtime = AgentRuntime.apply(runtime_input())
    runtime.publish_version()
    AgentRuntime.apply(runtime_input(code_configuration=code("v2")))
    runtime.publish_version()
    endpoint = AgentRuntimeEndpoint.apply(
        runtime.agent_runtime_id or "",
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default", target_version="1"),
    )
    emulator.clear()
    return runtime, endpoint


def weights(endpoint: AgentRuntimeEndpoint) -> list[tuple[str | None, float | None]]:
    routing = endpoint.routing_configuration
    return [(w.version, w.weight) for w in (routing.version_weights or [])] if routing else []


def test_canary_promote_and_rollback(
    emulator: Emulator, released: tuple[AgentRuntime, AgentRuntimeEndpoint]
) -> None:
    _, endpoint = released
    endpoint.start_canary("2", 0.1)
    assert (endpoint.status, endpoint.target_version, weights(endpoint)) == (
        Status.READY,
        "1",
        [("2", 0.1)],
    )
    endpoint.promote_canary()
    assert (endpoint.target_version, weights(endpoint)) == ("2", [])
    endpoint.rollback()
    assert (endpoint.target_version, weights(endpoint)) == ("1", [])
    assert emulator.writes() == ["UpdateAgentRuntimeEndpoint"] * 3
    # What the service holds agrees with the returned objects.
    assert endpoint.refresh().target_version == "1"


def test_rollback_stops_a_running_canary(
    released: tuple[AgentRuntime, AgentRuntimeEndpoint],
) -> None:
    _, endpoint = released
    endpoint.start_canary("2", 0.5)
    endpoint.rollback()
    assert (endpoint.target_version, weights(endpoint)) == ("1", [])


def test_rollback_from_latest_goes_to_the_newest_version(
    released: tuple[AgentRuntime, AgentRuntimeEndpoint],
) -> None:
    runtime, _ = released
    other = AgentRuntimeEndpoint.apply(
        runtime.agent_runtime_id or "",
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="latest"),
    )
    assert other.rollback().target_version == "2"


def test_rollback_with_no_earlier_version_sends_nothing(
    emulator: Emulator, released: tuple[AgentRuntime, AgentRuntimeEndpoint]
) -> None:
    _, endpoint = released
    with pytest.raises(InvalidParameterError, match="no earlier published version"):
        endpoint.rollback()
    assert emulator.writes() == []


@pytest.mark.parametrize("weight", [0, 1, -0.1, 1.5, math.nan, math.inf, True])
def test_weight_outside_the_open_interval_is_refused(
    emulator: Emulator, released: tuple[AgentRuntime, AgentRuntimeEndpoint], weight: float
) -> None:
    _, endpoint = released
    with pytest.raises(InvalidParameterError, match="weight"):
        endpoint.start_canary("2", weight)
    assert emulator.operations == []


def test_unknown_version_and_self_canary_are_refused(
    emulator: Emulator, released: tuple[AgentRuntime, AgentRuntimeEndpoint]
) -> None:
    _, endpoint = released
    with pytest.raises(InvalidParameterError, match=r"version '7' does not exist"):
        endpoint.start_canary("7", 0.1)
    with pytest.raises(InvalidParameterError, match="already targets"):
        endpoint.start_canary("1", 0.1)
    with pytest.raises(InvalidParameterError, match="no canary"):
        endpoint.promote_canary()
    assert emulator.writes() == []


async def test_async_twins(emulator: Emulator) -> None:
    runtime = await AgentRuntime.apply_async(runtime_input())
    await runtime.publish_version_async()
    again = await AgentRuntime.apply_async(runtime_input(code_configuration=code("v2")))
    await again.publish_version_async()
    endpoint = await AgentRuntimeEndpoint.apply_async(
        runtime.agent_runtime_id or "",
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default", target_version="1"),
    )
    await endpoint.start_canary_async("2", 0.25)
    assert weights(endpoint) == [("2", 0.25)]
    await endpoint.promote_canary_async()
    assert endpoint.target_version == "2"
    await endpoint.rollback_async()
    assert endpoint.target_version == "1"


def test_the_release_example_runs_against_the_emulator() -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "release.py"
    done = subprocess.run(
        [sys.executable, str(example)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "canary v2: target version 1, canary 2 at 10%" in done.stdout
    assert "rolled back: target version 1, canary none" in done.stdout
