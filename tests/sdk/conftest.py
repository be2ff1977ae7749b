"""Fixtures shared by the SDK feature tests: the local emulator and a client on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agentrun_facade import AgentRuntimeClient
from tests.emulated import Emulator, running


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A local emulator the environment and the default client point at."""
    pytest.importorskip("agentrun_facade.testing")
    with running() as started:
        yield started


@pytest.fixture
def emulator_client(emulator: Emulator) -> Iterator[AgentRuntimeClient]:
    """A client of its own on the emulator (closed afterwards)."""
    with AgentRuntimeClient(emulator.local.config) as made:
        yield made
