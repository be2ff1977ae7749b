"""Constructing a client: the documented signature, no environment read at import,
the User-Agent, header checks, and both flavours of one client in one block."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from agentrun_facade import AgentRuntimeClient, Config, InvalidParameterError
from agentrun_facade.config import USER_AGENT
from tests.sdk.inputs import runtime_input, unique
from tests.sdk.waits import NO_WAIT
from tests.sdk.wire import WireLog


def test_client_constructor_matches_documented_signature() -> None:
    client = AgentRuntimeClient()
    assert client.config == Config()
    with pytest.raises(InvalidParameterError):
        AgentRuntimeClient({"region_id": "x"})  # type: ignore[arg-type]
    client.close()


def test_user_agent_names_versions() -> None:
    assert USER_AGENT.startswith("agentrun-facade/")
    assert " python/3." in USER_AGENT and f" httpx/{httpx.__version__}" in USER_AGENT


def test_header_values_with_line_breaks_are_refused_naming_the_header() -> None:
    secret = "token-value-not-real"
    for value in (f"Bearer {secret}\n", f"{secret}\r\nx-evil: 1", f"{secret}\0"):
        with pytest.raises(InvalidParameterError) as raised:
            Config(headers={"X-Gateway-Token": value})
        assert "X-Gateway-Token" in str(raised.value)
        assert secret not in str(raised.value)


def test_import_reads_no_credentials_from_the_environment() -> None:
    script = """
import os
seen = []

class Recorder(dict):
    def __getitem__(self, key):
        seen.append(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        seen.append(key)
        return super().get(key, default)

os.environ = Recorder(os.environ)
import agentrun_facade
client = agentrun_facade.AgentRuntimeClient()
assert not [k for k in seen if k.startswith(("AGENTRUN_", "ALIBABA_", "FC_"))], seen
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


async def test_both_flavours_work_inside_an_async_with_block(
    local_config: Config, wire: WireLog
) -> None:
    async with AgentRuntimeClient(local_config, transport=wire, retry_policy=NO_WAIT) as client:
        runtime = await client.create_async(runtime_input(unique("flavours")))
        runtime_id = runtime.agent_runtime_id or ""
        assert (await client.get_async(runtime_id)).agent_runtime_id == runtime_id
        assert client.get(runtime_id).agent_runtime_id == runtime_id
    assert wire.actions()[-2:] == ["GetAgentRuntime", "GetAgentRuntime"]
