"""A closed client refuses every call; pools never outlive their event loop."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from agentrun_facade import AgentRuntimeClient, ClientClosedError, Config


def test_a_sync_with_block_closes_the_async_flavour_too(
    local_config: Config, received: list[str]
) -> None:
    with AgentRuntimeClient(local_config) as client:
        pass
    with pytest.raises(ClientClosedError, match="was closed"):
        client.list()
    with pytest.raises(ClientClosedError):
        asyncio.run(client.list_async())
    assert received == []


def test_an_async_with_block_closes_the_sync_flavour_too(
    local_config: Config, received: list[str]
) -> None:
    async def open_and_close() -> AgentRuntimeClient:
        async with AgentRuntimeClient(local_config) as client:
            return client

    client = asyncio.run(open_and_close())
    with pytest.raises(ClientClosedError):
        client.get("ar-1")
    with pytest.raises(ClientClosedError):
        asyncio.run(client.get_async("ar-1"))
    assert received == []


def test_views_with_another_configuration_are_closed_with_their_client(
    local_config: Config, received: list[str]
) -> None:
    client = AgentRuntimeClient(local_config)
    view = client.with_config(Config(page_size=5))
    client.list()
    client.close()
    with pytest.raises(ClientClosedError):
        view.list()
    with pytest.raises(ClientClosedError):
        client.invoke_openai("rt", messages=[{"role": "user", "content": "hi"}])
    assert received == ["ListAgentRuntimes"]


USER_SUITE = """
import asyncio

import pytest

from agentrun_facade import AgentRuntime, AgentRuntimeClient

pytest_plugins = ["agentrun_facade.testing.pytest_plugin"]


@pytest.mark.asyncio
async def test_the_default_client_from_an_async_test(agentrun_local):
    assert await AgentRuntime.list_async() == []


def test_the_default_client_from_asyncio_run(agentrun_local):
    assert asyncio.run(AgentRuntime.list_async()) == []
    assert asyncio.run(AgentRuntime.list_async()) == []


def test_a_client_of_its_own_used_from_two_loops(agentrun_local):
    client = AgentRuntimeClient()
    assert asyncio.run(client.list_async()) == []
    assert asyncio.run(client.list_async()) == []
    client.close()


def test_the_sync_flavour(agentrun_local):
    assert AgentRuntime.list() == []
"""


def test_a_user_suite_passes_with_resource_warnings_as_errors(tmp_path: Path) -> None:
    pytest.importorskip("pytest_asyncio")
    (tmp_path / "test_user_suite.py").write_text(textwrap.dedent(USER_SUITE))
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nasyncio_mode = strict\nasyncio_default_fixture_loop_scope = function\n"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "dev",
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-W",
            "error::ResourceWarning",
            "-W",
            "error::pytest.PytestUnraisableExceptionWarning",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "4 passed" in result.stdout
