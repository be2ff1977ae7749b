"""Fixtures shared by the emulator tests.

``server`` is one emulator per test module (immediate transitions, plus the
module's ``EMULATOR_OPTIONS`` if it defines them); ``local`` is that emulator
with its state, scripted faults and request hooks cleared for each test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from agentrun_facade.testing import LocalAgentRun


@pytest.fixture(scope="module")
def server(request: pytest.FixtureRequest) -> Iterator[LocalAgentRun]:
    options: dict[str, Any] = {"transition_seconds": 0}
    options.update(getattr(request.module, "EMULATOR_OPTIONS", {}))
    with LocalAgentRun(**options) as emulator:
        yield emulator


@pytest.fixture
def local(server: LocalAgentRun) -> Iterator[LocalAgentRun]:
    server.state.reset()
    server.faults.clear()
    yield server
    server.faults.clear()
    server.clear_request_hooks()
