"""Pytest fixtures for the local AgentRun emulator.

Enable with ``pytest_plugins = ["agentrun_facade.testing.pytest_plugin"]`` or
``-p agentrun_facade.testing.pytest_plugin``. ``agentrun_local`` gives each test
a fresh emulator; options can be set per test with
``@pytest.mark.agentrun_local(transition_seconds=0, ...)``.
``agentrun_local_session`` is one emulator shared by the whole session.

While a fixture is active, code that does not pass a configuration reaches the
emulator too: the ``AGENTRUN_*`` environment variables point at it (credentials,
endpoints, region, account id; any STS token variable is removed) and the
process-wide client behind class methods such as ``AgentRuntime.create`` is one
configured for it. Both are restored afterwards, so real credentials in the
environment are never used by a test that relies on the fixture.

For the whole session the plugin also sets ``ALIBABA_CLOUD_ECS_METADATA_DISABLED``
and ``ALIBABA_CLOUD_CLI_PROFILE_DISABLED`` to ``true``, so the
``alibabacloud-credentials`` default chain (``credentials`` extra) never calls the
ECS metadata service and a developer's own ``~/.aliyun/config.json`` changes
neither credentials nor region; set ``AGENTRUN_TEST_KEEP_CHAIN=1`` to keep them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from ..client import AgentRuntimeClient, set_default_client
from .server import LocalAgentRun

_TOKEN_VARIABLES = ("AGENTRUN_SECURITY_TOKEN", "ALIBABA_CLOUD_SECURITY_TOKEN")


#: Default-chain sources that would reach beyond the test: the ECS metadata service,
#: and the developer's own aliyun CLI profile (credentials and region).
_CHAIN_GUARDS = ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "ALIBABA_CLOUD_CLI_PROFILE_DISABLED")
_SAVED = pytest.StashKey[dict[str, str | None]]()


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``agentrun_local`` marker; keep the default chain on this machine."""
    config.addinivalue_line(
        "markers", "agentrun_local(**options): options of the agentrun_local emulator fixture"
    )
    if os.environ.get("AGENTRUN_TEST_KEEP_CHAIN"):
        return
    # Set before the library is first imported: it reads its variables only then.
    config.stash[_SAVED] = {name: os.environ.get(name) for name in _CHAIN_GUARDS}
    for name in _CHAIN_GUARDS:
        os.environ[name] = "true"


def pytest_unconfigure(config: pytest.Config) -> None:
    """Give the guarded variables back their values from before the session."""
    for name, value in config.stash.get(_SAVED, {}).items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@contextmanager
def pointed_at(local: LocalAgentRun) -> Iterator[LocalAgentRun]:
    """Point the environment and the process-wide client at ``local`` for a while."""
    settings = local.settings
    variables = {
        "AGENTRUN_ACCESS_KEY_ID": settings.access_key_id,
        "AGENTRUN_ACCESS_KEY_SECRET": settings.access_key_secret,
        "AGENTRUN_CONTROL_ENDPOINT": local.url,
        "AGENTRUN_DATA_ENDPOINT": local.url,
        "AGENTRUN_REGION": settings.region,
        "AGENTRUN_ACCOUNT_ID": settings.account_id,
    }
    with pytest.MonkeyPatch.context() as patch:
        for name, value in variables.items():
            patch.setenv(name, value)
        for name in _TOKEN_VARIABLES:
            patch.delenv(name, raising=False)
        if settings.security_token:
            patch.setenv("AGENTRUN_SECURITY_TOKEN", settings.security_token)
        client = AgentRuntimeClient(local.config)
        previous = set_default_client(client)
        try:
            yield local
        finally:
            set_default_client(previous)
            client.close()


@pytest.fixture
def agentrun_local(request: pytest.FixtureRequest) -> Iterator[LocalAgentRun]:
    """A fresh emulator for one test, with the environment pointed at it."""
    marker = request.node.get_closest_marker("agentrun_local")
    options: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    with LocalAgentRun(**options) as local, pointed_at(local):
        yield local


@pytest.fixture(scope="session")
def agentrun_local_session() -> Iterator[LocalAgentRun]:
    """One emulator shared by every test of the session (state is shared too)."""
    with LocalAgentRun() as local, pointed_at(local):
        yield local
