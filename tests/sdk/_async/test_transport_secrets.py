"""Log records, reprs and errors never carry a secret; a closed client sends nothing.

The DEBUG records are read through the ``agentrun_facade`` logger and the
attributes each exchange record documents (``operation``, ``status_code``,
``attempt``, ...). Written once, async; ``scripts/unasync`` derives the sync twin.
"""

from __future__ import annotations

import logging

import httpx
import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeUpdateInput,
    ClientClosedError,
    Config,
    TransportError,
)
from tests.sdk.conftest import testing
from tests.sdk.inputs import STS, runtime_input, unique
from tests.sdk.waits import NO_WAIT
from tests.sdk.wire import WireLog, envelope


@pytest.fixture
def sts_config(sts_config: Config) -> Config:
    """Plus a header holding a key."""
    return sts_config.merge(Config(headers={"x-api-key": "hdr-secret"}))


SECRETS = (
    STS.access_key_secret,
    "sts-token-not-real",
    "hdr-secret",
    "env-secret",
    "body-text",
    "Signature=",
)


async def test_debug_logs_carry_no_secret(
    sts_config: Config,
    local_agentrun: testing.LocalAgentRun,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with AgentRuntimeClient(sts_config, retry_policy=NO_WAIT) as client:
        runtime = await client.create_async(
            runtime_input(unique("logs"), environment_variables={"PASSWORD": "env-secret"})
        )
        runtime_id = runtime.agent_runtime_id or ""
        local_agentrun.script_faults([testing.ScriptedFault("GetAgentRuntime", status=503)])
        with caplog.at_level(logging.DEBUG, logger="agentrun_facade"):
            await client.get_async(runtime_id)
            await client.update_async(runtime_id, AgentRuntimeUpdateInput(description="body-text"))
    records = [r for r in caplog.records if not r.name.startswith("agentrun_facade.testing")]
    # One DEBUG record per answered attempt: the retried GET, then the update's read and write.
    exchanges = [
        (r.operation, r.status_code, r.attempt)  # type: ignore[attr-defined]
        for r in records
        if hasattr(r, "status_code")
    ]
    assert exchanges == [
        ("GetAgentRuntime", 503, 1),
        ("GetAgentRuntime", 200, 2),
        ("GetAgentRuntime", 200, 1),
        ("UpdateAgentRuntime", 200, 1),
    ]
    assert all(r.name.startswith("agentrun_facade") for r in caplog.records)
    for record in records:
        text = record.getMessage() + repr(vars(record))
        for secret in SECRETS:
            assert secret not in text


async def test_reprs_and_errors_hide_secrets(sts_config: Config, wire: WireLog) -> None:
    config = sts_config.merge(Config(max_retries=0))
    async with AgentRuntimeClient(config, async_transport=wire) as client:
        wire.script(httpx.ConnectError("refused"))
        with pytest.raises(TransportError) as caught:
            await client.get_async("ar-1")
        item = {
            "agentRuntimeId": "ar-1",
            "agentRuntimeName": "r",
            "environmentVariables": {"TOKEN": "env-secret"},
        }
        wire.script(envelope({"items": [item], "pageNumber": 1, "pageSize": 5, "total": 1}))
        listed = await client.list_async()
        for text in (
            repr(client),
            str(client),
            str(caught.value),
            repr(caught.value),
            repr(client.config),
            repr(listed),
        ):
            for secret in SECRETS:
                assert secret not in text


async def test_a_closed_client_sends_nothing(local_config: Config, wire: WireLog) -> None:
    async with AgentRuntimeClient(local_config, async_transport=wire) as client:
        runtime = await client.create_async(runtime_input(unique("closed")))
        runtime_id = runtime.agent_runtime_id or ""
        assert (await client.get_async(runtime_id)).agent_runtime_id == runtime_id
    wire.clear()
    with pytest.raises(ClientClosedError, match="was closed"):
        await client.get_async(runtime_id)
    with pytest.raises(ClientClosedError, match="was closed"):
        await runtime.refresh_async()
    assert wire.requests == []
