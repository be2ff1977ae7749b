"""The one service double of the SDK tests: the local emulator, in-process on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agentrun_facade import Config
from agentrun_facade.retry import RetryPolicy

testing = pytest.importorskip("agentrun_facade.testing")

#: Retries without waiting: the tests observe attempts, not delays.
NO_WAIT = RetryPolicy(backoff_base=0.0, backoff_cap=0.0, retry_after_cap=0.0)


@pytest.fixture(scope="module")
def emulator() -> Iterator[testing.LocalAgentRun]:
    """One emulator per test module (state changes take effect at once)."""
    with testing.LocalAgentRun(transition_seconds=0) as local:
        yield local


@pytest.fixture
def config(emulator: testing.LocalAgentRun) -> Config:
    """A client configuration pointing at the emulator, with small pages."""
    emulator.clear_request_hooks()
    base: Config = emulator.config
    return base.merge(Config(page_size=5, max_concurrency=3))
