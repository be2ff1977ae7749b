"""Fixtures shared by the SDK tests: the local emulator (the one service double), clients on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agentrun_facade import AgentRuntimeClient, Config
from agentrun_facade.retry import RetryPolicy
from tests.emulated import Emulator, running
from tests.sdk.recording import WireTap

testing = pytest.importorskip("agentrun_facade.testing")

#: Retries without waiting: the tests observe attempts, not delays.
NO_WAIT = RetryPolicy(backoff_base=0.0, backoff_cap=0.0, retry_after_cap=0.0)


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A local emulator the environment and the default client point at."""
    with running() as started:
        yield started


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
def tap() -> WireTap:
    """A transport for either flavour that notes what the client sends to the emulator."""
    return WireTap()
