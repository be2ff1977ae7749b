"""Fixtures shared by the SDK tests: the local emulator (the one service double), clients on it.

Clients of the flavour-written tests (``client``, ``default_client``) are in
``tests/sdk/_async/conftest.py`` and its derived sync twin.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agentrun_facade import AgentRuntimeClient, Config
from tests.emulated import Emulator
from tests.sdk.inputs import STS
from tests.sdk.waits import NotedWaits
from tests.sdk.wire import WireLog

testing = pytest.importorskip("agentrun_facade.testing")


@pytest.fixture
def emulator_client(emulator: Emulator) -> Iterator[AgentRuntimeClient]:
    """A client of its own on the emulator (closed afterwards)."""
    with AgentRuntimeClient(emulator.local.config) as made:
        yield made


@pytest.fixture(scope="module")
def local_agentrun() -> Iterator[testing.LocalAgentRun]:
    """One emulator per test module, in-process on 127.0.0.1 (changes take effect at once)."""
    with testing.LocalAgentRun(transition_seconds=0) as local:
        yield local


@pytest.fixture
def local_config(local_agentrun: testing.LocalAgentRun) -> Config:
    """A configuration pointing at ``local_agentrun``, with small pages.

    Request hooks and scripted faults left by an earlier test are dropped.
    """
    local_agentrun.clear_request_hooks()
    local_agentrun.faults.clear()
    base: Config = local_agentrun.config
    return base.merge(Config(page_size=5, max_concurrency=3))


@pytest.fixture
def sts_config(local_config: Config, local_agentrun: testing.LocalAgentRun) -> Iterator[Config]:
    """``local_config`` signed with ``STS``, which ``local_agentrun`` accepts during the test."""
    local_agentrun.accept_credentials(STS)
    yield local_config.merge(
        Config(
            access_key_id=STS.access_key_id,
            access_key_secret=STS.access_key_secret,
            security_token=STS.security_token,
        )
    )
    local_agentrun.revoke_credentials(STS.access_key_id)


@pytest.fixture
def received(local_config: Config, local_agentrun: testing.LocalAgentRun) -> list[str]:
    """The operations ``local_agentrun`` carried out during the test, in order.

    A request answered with a scripted fault (5xx, throttling, a drop) is not
    among them; a ``lost`` fault's request is (it is carried out, then its
    answer is dropped).
    """
    return Emulator(local_agentrun).operations


@pytest.fixture
def wire(local_agentrun: testing.LocalAgentRun) -> Iterator[WireLog]:
    """The requests of ``client`` (and of any client given it as transport)."""
    log = WireLog(local_agentrun.url)
    yield log
    log.close()


@pytest.fixture
def waits() -> NotedWaits:
    """The retry policy of ``client``: the delays it decided, none of them waited."""
    return NotedWaits()
