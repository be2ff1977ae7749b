"""The client of the flavour-written tests: on the module's emulator, its requests in ``wire``.

Written once, async; ``scripts/unasync`` derives the sync fixtures in
``tests/sdk/_sync/conftest.py``. A module changes the client's settings by
overriding ``local_config``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from agentrun_facade import AgentRuntimeClient, Config
from agentrun_facade.client import set_default_client
from tests.sdk.waits import NotedWaits
from tests.sdk.wire import WireLog


@pytest.fixture
async def client(
    local_config: Config, wire: WireLog, waits: NotedWaits
) -> AsyncIterator[AgentRuntimeClient]:
    """A client on ``local_agentrun`` sending through ``wire``; retries noted in ``waits``."""
    async with AgentRuntimeClient(local_config, async_transport=wire, retry_policy=waits) as made:
        yield made


@pytest.fixture
def default_client(client: AgentRuntimeClient) -> Iterator[AgentRuntimeClient]:
    """``client``, also the process-wide client of the resource class methods."""
    previous = set_default_client(client)
    yield client
    set_default_client(previous)
