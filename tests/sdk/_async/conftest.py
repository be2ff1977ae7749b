"""Clients on the module's emulator whose requests are noted (``wire``).

Written once, async; ``scripts/unasync`` derives the sync fixtures in
``tests/sdk/_sync/conftest.py``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from agentrun_facade import AgentRuntimeClient, Config
from agentrun_facade.client import set_default_client
from tests.sdk.conftest import NO_WAIT, testing

from .wire import WireLog


@pytest.fixture
async def wire(local_agentrun: testing.LocalAgentRun) -> AsyncIterator[WireLog]:
    """The requests of ``noted_client``; scripted faults are dropped afterwards."""
    noted = WireLog(local_agentrun.url)
    yield noted
    await noted.aclose()
    local_agentrun.faults.clear()


@pytest.fixture
async def noted_client(local_config: Config, wire: WireLog) -> AsyncIterator[AgentRuntimeClient]:
    """A client on ``local_agentrun`` sending through ``wire`` (retries without waiting)."""
    async with AgentRuntimeClient(
        local_config, async_transport=wire, retry_policy=NO_WAIT
    ) as opened:
        yield opened


@pytest.fixture
def default_noted_client(noted_client: AgentRuntimeClient) -> Iterator[AgentRuntimeClient]:
    """``noted_client``, also the process-wide client of the resource class methods."""
    previous = set_default_client(noted_client)
    yield noted_client
    set_default_client(previous)
