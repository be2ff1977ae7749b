"""Documented error paths: 404, 409, 400, 403, and retried 429 / 503."""

from __future__ import annotations

import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeUpdateInput,
    AuthenticationError,
    Config,
    ResourceAlreadyExistError,
    ResourceNotExistError,
    ServerError,
    ThrottlingError,
    ValidationError,
)
from agentrun_facade.testing import ScriptedFault

from .deploy import ready_runtime, runtime_input
from .target import IntegrationTarget
from .traffic import CassetteView, Exchange, SdkLog, statuses


def test_unknown_runtime_is_not_found(client: AgentRuntimeClient) -> None:
    with pytest.raises(ResourceNotExistError) as raised:
        client.get("ar-it-does-not-exist")
    error = raised.value
    assert (error.status_code, error.operation) == (404, "GetAgentRuntime")
    assert error.request_id


def test_duplicate_name_already_exists(
    target: IntegrationTarget, client: AgentRuntimeClient
) -> None:
    original = client.create(runtime_input("it-duplicate"))
    with pytest.raises(ResourceAlreadyExistError) as raised:
        client.create(runtime_input("it-duplicate"))
    assert raised.value.status_code == 409
    listed = [r for r in client.list() if r.agent_runtime_name == "it-duplicate"]
    assert [r.agent_runtime_id for r in listed] == [original.agent_runtime_id]
    assert original.agent_runtime_id
    client.delete(original.agent_runtime_id)


def test_create_with_invalid_port_is_rejected_by_the_server(client: AgentRuntimeClient) -> None:
    with pytest.raises(ValidationError) as raised:
        client.create(runtime_input("it-bad-port", port=0))
    assert raised.value.status_code == 400
    assert "port" in raised.value.message


def test_update_with_out_of_range_port_is_rejected(
    target: IntegrationTarget, client: AgentRuntimeClient
) -> None:
    runtime = ready_runtime(client, target, "it-port-range")
    assert runtime.agent_runtime_id
    with pytest.raises(ValidationError) as raised:
        client.update(runtime.agent_runtime_id, AgentRuntimeUpdateInput(port=70000))
    assert (raised.value.status_code, raised.value.operation) == (400, "UpdateAgentRuntime")
    assert client.get(runtime.agent_runtime_id).port == 9000
    client.delete(runtime.agent_runtime_id)


def test_wrong_secret_is_an_authentication_error(client: AgentRuntimeClient) -> None:
    wrong = Config(access_key_secret="wrong-secret-not-real")
    with pytest.raises(AuthenticationError) as raised:
        client.list(config=wrong)
    assert raised.value.status_code in (401, 403)
    assert "wrong-secret-not-real" not in str(raised.value)


@pytest.mark.emulator_only
def test_throttled_read_is_retried(
    target: IntegrationTarget,
    client: AgentRuntimeClient,
    cassette: CassetteView | None,
    sdk_log: SdkLog,
) -> None:
    runtime = client.create(runtime_input("it-throttled"))
    assert runtime.agent_runtime_id
    target.script_faults([ScriptedFault("GetAgentRuntime", "throttle", retry_after=0)])

    fetched = client.get(runtime.agent_runtime_id)

    assert fetched.agent_runtime_name == "it-throttled"
    assert target.faults_pending() == 0
    assert sdk_log.exchanges("GetAgentRuntime") == [
        Exchange("GetAgentRuntime", 429, 1),
        Exchange("GetAgentRuntime", 200, 2),
    ]
    if cassette is not None:
        assert statuses(cassette.exchanges("GetAgentRuntime")) == [429, 200]
        assert cassette.response_headers("GetAgentRuntime")[0]["retry-after"] == ["0"]
        assert cassette.sent("GetAgentRuntime") == 2


@pytest.mark.emulator_only
def test_persistent_throttling_gives_up_after_max_retries(
    target: IntegrationTarget,
    client: AgentRuntimeClient,
    cassette: CassetteView | None,
    sdk_log: SdkLog,
) -> None:
    target.script_faults([ScriptedFault("ListAgentRuntimes", "throttle", times=3, retry_after=0)])
    with pytest.raises(ThrottlingError) as raised:
        client.list()
    assert raised.value.status_code == 429
    assert raised.value.error_code == "Throttling.User"
    attempts = sdk_log.exchanges("ListAgentRuntimes")
    assert [(e.status, e.attempt) for e in attempts] == [(429, 1), (429, 2), (429, 3)]
    if cassette is not None:
        assert statuses(cassette.exchanges()) == [429, 429, 429]


@pytest.mark.emulator_only
def test_unavailable_service_is_retried(
    target: IntegrationTarget,
    client: AgentRuntimeClient,
    cassette: CassetteView | None,
    sdk_log: SdkLog,
) -> None:
    runtime = client.create(runtime_input("it-unavailable"))
    assert runtime.agent_runtime_id
    target.script_faults([ScriptedFault("GetAgentRuntime", "error", status=503)])

    fetched = client.get(runtime.agent_runtime_id)

    assert fetched.agent_runtime_id == runtime.agent_runtime_id
    assert target.faults_pending() == 0
    assert [(e.status, e.attempt) for e in sdk_log.exchanges("GetAgentRuntime")] == [
        (503, 1),
        (200, 2),
    ]
    if cassette is not None:
        assert statuses(cassette.exchanges("GetAgentRuntime")) == [503, 200]
        assert cassette.sent("GetAgentRuntime") == 2


@pytest.mark.emulator_only
def test_server_error_on_create_is_looked_up_then_sent_again(
    target: IntegrationTarget, client: AgentRuntimeClient, sdk_log: SdkLog
) -> None:
    # A 500 may hide an applied create: the SDK looks for the runtime by name
    # first, finds none, and only then sends the create again.
    target.script_faults([ScriptedFault("CreateAgentRuntime", "error", status=500)])
    runtime = client.create(runtime_input("it-unknown-outcome"))
    assert statuses(sdk_log.exchanges("CreateAgentRuntime")) == [500, 200]
    assert statuses(sdk_log.exchanges("ListAgentRuntimes")) == [200]
    listed = [r for r in client.list() if r.agent_runtime_name == "it-unknown-outcome"]
    assert [r.agent_runtime_id for r in listed] == [runtime.agent_runtime_id]
    assert runtime.agent_runtime_id
    client.delete(runtime.agent_runtime_id)


def test_server_error_on_create_is_raised_without_reconciliation(
    target: IntegrationTarget, client: AgentRuntimeClient, sdk_log: SdkLog
) -> None:
    target.script_faults([ScriptedFault("CreateAgentRuntime", "error", status=500)])
    with pytest.raises(ServerError) as raised:
        client.create(runtime_input("it-not-retried"), config=Config(reconcile_writes=False))
    assert raised.value.status_code == 500
    assert statuses(sdk_log.exchanges("CreateAgentRuntime")) == [500]
