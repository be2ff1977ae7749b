"""Fixtures of the cassette-backed integration tests (see docs/cassettes.md).

Every test that uses the ``target`` fixture (directly or through ``client``)
gets pytest-recording's ``vcr`` marker and a cassette under
``tests/cassettes/<module>/<test>.yaml``; in replay the network is blocked
(``block_network``) and ``record_mode`` is pytest-recording's default, ``none``.
``--live`` drops both and runs the same tests against a fresh emulator.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from vcr.cassette import Cassette

from agentrun_facade import AgentRuntimeClient

from .cassette_files import CASSETTE_DIR, INTEGRATION_DIR
from .cassette_rules import Scrubber, vcr_options
from .target import IntegrationTarget, Mode, mode_of, open_target, target_name
from .traffic import CassetteView, SdkLog

_CALL_REPORT = pytest.StashKey[pytest.TestReport]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "emulator_options(**options): LocalAgentRun options when recording or live"
    )
    config.addinivalue_line(
        "markers", "emulator_only: needs the emulator (fault injection); skipped on the service"
    )


def _is_integration(item: pytest.Item) -> bool:
    return INTEGRATION_DIR in Path(item.path).resolve().parents


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Cassette and network-blocking markers for the integration tests (not in live mode)."""
    mode = mode_of(config) if any(_is_integration(i) for i in items) else Mode.REPLAY
    if mode is Mode.LIVE:
        return
    for item in items:
        if not _is_integration(item):
            continue
        item.add_marker(pytest.mark.block_network)
        if "target" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.vcr)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[_CALL_REPORT] = report
    return report


@pytest.fixture(scope="session")
def integration_mode(pytestconfig: pytest.Config) -> Mode:
    """replay, record or live."""
    return mode_of(pytestconfig)


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """``tests/cassettes/<test module>`` (overrides pytest-recording's default)."""
    return str(CASSETTE_DIR / Path(str(request.node.path)).stem)


@pytest.fixture
def target(request: pytest.FixtureRequest, integration_mode: Mode) -> Iterator[IntegrationTarget]:
    """The configuration (and emulator, when one runs) of this test."""
    if (
        integration_mode is not Mode.REPLAY
        and target_name() == "cloud"
        and request.node.get_closest_marker("emulator_only") is not None
    ):
        pytest.skip("needs the emulator's fault injection")
    marker = request.node.get_closest_marker("emulator_options")
    options: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    with open_target(integration_mode, options) as opened:
        yield opened


@pytest.fixture
def vcr_config(target: IntegrationTarget) -> dict[str, Any]:
    """pytest-recording's cassette options: filters, hooks and matchers."""
    return vcr_options(Scrubber(target.secrets, target.origins))


@pytest.fixture(autouse=True)
def _cassette_complete(request: pytest.FixtureRequest, integration_mode: Mode) -> Iterator[None]:
    """In replay: the cassette must exist, and a passing test must have played all of it."""
    if integration_mode is not Mode.REPLAY or request.node.get_closest_marker("vcr") is None:
        yield
        return
    name = request.getfixturevalue("default_cassette_name")
    path = Path(request.getfixturevalue("vcr_cassette_dir")) / f"{name}.yaml"
    if not path.is_file():
        pytest.fail(f"cassette {path} is missing: record it with scripts/record-cassettes")
    cassette: Cassette = request.getfixturevalue("vcr")
    yield
    report = request.node.stash.get(_CALL_REPORT, None)
    if report is not None and report.passed and not cassette.all_played:
        unplayed = len(cassette) - len(cassette.play_counts)
        pytest.fail(f"{unplayed} recorded interaction(s) of {path.name} were never requested")


@pytest.fixture
def cassette(vcr: Cassette | None) -> CassetteView | None:
    """The active cassette (record and replay), or None in live mode."""
    return CassetteView(vcr) if vcr is not None else None


@pytest.fixture
def sdk_log(caplog: pytest.LogCaptureFixture) -> SdkLog:
    """Control-plane responses as the SDK logged them (every mode)."""
    return SdkLog(caplog)


@pytest.fixture
def client(target: IntegrationTarget) -> Iterator[AgentRuntimeClient]:
    """A client on the test's configuration, closed afterwards."""
    with AgentRuntimeClient(target.config) as opened:
        yield opened
