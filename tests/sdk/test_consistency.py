"""One behaviour everywhere: list_all with a config, the data plane logged like the
control plane, reprs that show what is set (names checked before sending:
tests/sdk/_async/test_names.py)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeEndpoint,
    Config,
    RegistryAuthConfig,
    RegistryConfig,
)
from tests.conftest import SECRET, FakeAgentRun
from tests.sdk.test_invoke import MESSAGES, Echo

# --------------------------------------------------------------------------
# list_all takes a config like every other class method
# --------------------------------------------------------------------------


def test_list_all_accepts_a_config(fake: FakeAgentRun, default_client: AgentRuntimeClient) -> None:
    fake.add_runtime("one")
    override = Config(headers={"x-list-all": "sync"})
    assert [r.agent_runtime_name for r in AgentRuntime.list_all(config=override)] == ["one"]
    listed = asyncio.run(
        AgentRuntime.list_all_async(config=Config(headers={"x-list-all": "async"}))
    )
    assert [r.agent_runtime_name for r in listed] == ["one"]
    assert [r.headers.get("x-list-all") for r in fake.requests] == ["sync", "async"]


# --------------------------------------------------------------------------
# invoke_openai in the DEBUG log, like control-plane calls
# --------------------------------------------------------------------------

FIELDS = ("operation", "method", "path", "status_code", "request_id", "attempt", "elapsed_ms")


def exchange_records(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [
        {name: getattr(r, name) for name in FIELDS}
        for r in caplog.records
        if r.name == "agentrun_facade" and hasattr(r, "status_code")
    ]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_invocations_are_logged_like_control_calls(
    fake: FakeAgentRun,
    client: AgentRuntimeClient,
    caplog: pytest.LogCaptureFixture,
    mode: str,
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        reply = Echo()(request)
        reply.headers["x-acs-request-id"] = "req-data-1"
        return reply

    fake.data_handler = answer
    fake.add_runtime("rt")
    caplog.set_level(logging.DEBUG, logger="agentrun_facade")
    if mode == "sync":
        client.list()
        client.invoke_openai("rt", "ep", messages=MESSAGES)
    else:

        async def calls() -> None:
            await client.list_async()
            await client.invoke_openai_async("rt", "ep", messages=MESSAGES)

        asyncio.run(calls())
    control, data = exchange_records(caplog)
    assert control["operation"] == "ListAgentRuntimes" and control["status_code"] == 200
    assert data["operation"] == "InvokeOpenAI"
    assert (data["method"], data["status_code"], data["request_id"], data["attempt"]) == (
        "POST",
        200,
        "req-data-1",
        1,
    )
    assert data["path"] == "/agent-runtimes/rt/endpoints/ep/invocations/openai/v1/chat/completions"
    assert isinstance(data["elapsed_ms"], float) and data["elapsed_ms"] >= 0
    assert all(SECRET not in r.getMessage() for r in caplog.records)


def test_retries_of_the_openai_client_are_numbered(
    fake: FakeAgentRun, client: AgentRuntimeClient, caplog: pytest.LogCaptureFixture
) -> None:
    outcomes = [httpx.Response(503, json={"error": {"message": "busy"}}), None]
    numbered: list[bool] = []

    def answer(request: httpx.Request) -> httpx.Response:
        numbered.append("x-stainless-retry-count" in request.headers)
        outcome = outcomes.pop(0)
        return outcome if outcome is not None else Echo()(request)

    fake.data_handler = answer
    caplog.set_level(logging.DEBUG, logger="agentrun_facade")
    client.invoke_openai("rt", "ep", messages=MESSAGES, max_retries=1)
    records = exchange_records(caplog)
    # openai numbers its retries in x-stainless-retry-count; older releases send
    # no number, and every attempt is then logged as attempt 1.
    second = 2 if numbered[-1] else 1
    assert [(r["status_code"], r["attempt"]) for r in records] == [(503, 1), (200, second)]


# --------------------------------------------------------------------------
# repr shows what is set, secrets hidden
# --------------------------------------------------------------------------


def test_a_resource_repr_shows_only_the_fields_that_are_set() -> None:
    runtime = AgentRuntime.from_wire(
        {
            "agentRuntimeId": "ar-1",
            "agentRuntimeName": "demo",
            "status": "READY",
            "environmentVariables": {"API_KEY": "env-secret-not-real"},
            "containerConfiguration": {"image": "registry/app:1"},
            "futureField": "kept",
        }
    )
    text = repr(runtime)
    assert text.startswith("AgentRuntime(agent_runtime_id='ar-1', agent_runtime_name='demo'")
    assert "None" not in text and len(text) < 300
    assert "environment_variables={'API_KEY': '***'}" in text
    assert "env-secret-not-real" not in text
    assert "image='registry/app:1'" in text and "extra={'futureField': '***'}" in text
    assert repr(AgentRuntimeEndpoint()) == "AgentRuntimeEndpoint()"
    registry = RegistryConfig(auth_config=RegistryAuthConfig(user_name="robot", password="pw"))
    assert repr(registry) == (
        "RegistryConfig(auth_config=RegistryAuthConfig(password='***', user_name='robot'))"
    )
