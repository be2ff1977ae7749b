"""Pytest fixtures for the local AgentRun emulator.

Enable with ``pytest_plugins = ["agentrun_facade.testing.pytest_plugin"]`` or
``-p agentrun_facade.testing.pytest_plugin``. ``agentrun_local`` gives each test
a fresh emulator; options can be set per test with
``@pytest.mark.agentrun_local(transition_seconds=0, ...)``.
``agentrun_local_session`` is one emulator shared by the whole session.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .server import LocalAgentRun


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``agentrun_local`` marker."""
    config.addinivalue_line(
        "markers", "agentrun_local(**options): options of the agentrun_local emulator fixture"
    )


@pytest.fixture
def agentrun_local(request: pytest.FixtureRequest) -> Iterator[LocalAgentRun]:
    """A fresh emulator for one test."""
    marker = request.node.get_closest_marker("agentrun_local")
    options: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    with LocalAgentRun(**options) as local:
        yield local


@pytest.fixture(scope="session")
def agentrun_local_session() -> Iterator[LocalAgentRun]:
    """One emulator shared by every test of the session (state is shared too)."""
    with LocalAgentRun() as local:
        yield local
