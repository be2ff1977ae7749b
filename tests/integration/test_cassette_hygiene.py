"""The committed cassettes: no secrets, one per test, and every operation covered.

These checks read files only. They are skipped while recording (the cassettes
are being rewritten); ``scripts/record-cassettes`` runs them right after.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .cassette_files import (
    CASSETTE_DIR,
    CONTROL_ACTIONS,
    FORBIDDEN_HEADERS,
    cassette_files,
    cassette_path,
    read_interactions,
    recorded_tests,
    secret_findings,
)
from .cassette_rules import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    KEPT_REQUEST_HEADERS,
    REPLAY_ORIGIN,
    SECURITY_TOKEN,
)
from .target import Mode


@pytest.fixture(autouse=True)
def _not_while_recording(integration_mode: Mode) -> Iterator[None]:
    if integration_mode is Mode.RECORD:
        pytest.skip("cassettes are being rewritten; checked by the replay run afterwards")
    yield


def _cassettes() -> list[Path]:
    files = cassette_files()
    assert files, f"no cassette under {CASSETTE_DIR}: run scripts/record-cassettes"
    return files


def test_secret_scan_detects_each_pattern() -> None:
    samples = {
        "ACS3-HMAC-SHA256 Credential=x": {"ACS3 signature", "credential scope"},
        "AGENTRUN4-HMAC-SHA256": {"AGENTRUN4 signature"},
        f"key {ACCESS_KEY_ID}": {"test access key id"},
        f"secret {ACCESS_KEY_SECRET}": {"test access key secret"},
        f"token {SECURITY_TOKEN}": {"test STS token"},
        "X-Acs-Security-Token: x": {"security token header"},
        "x-acs-accesskey-id: x": {"access key id header"},
        "LTAI5tAbCdEfGhIjKlMn": {"Alibaba Cloud AccessKey id"},
        "LTAI5tshort": set(),
        "nothing to see": set(),
    }
    for text, expected in samples.items():
        assert set(secret_findings(text)) == expected, text


def test_no_cassette_contains_a_secret() -> None:
    leaks = {}
    for path in _cassettes():
        found = secret_findings(path.read_text(encoding="utf-8"))
        if found:
            leaks[str(path.relative_to(CASSETTE_DIR))] = found
    assert not leaks, f"secrets in cassettes: {leaks}"


def test_cassettes_keep_no_signing_header_and_use_the_replay_origin() -> None:
    for path in _cassettes():
        interactions = read_interactions(path)
        assert interactions, f"{path.name} records no request"
        for interaction in interactions:
            names = {name.lower() for name in interaction.request_headers}
            assert not names & FORBIDDEN_HEADERS, f"{path.name}: {names & FORBIDDEN_HEADERS}"
            assert names <= KEPT_REQUEST_HEADERS, f"{path.name}: {names - KEPT_REQUEST_HEADERS}"
            assert interaction.uri.startswith(REPLAY_ORIGIN + "/"), interaction.uri
            response_names = {name.lower() for name in interaction.response_headers}
            assert not response_names & {"date", "server"}, path.name


def test_every_recorded_test_has_its_cassette_and_no_cassette_is_orphaned() -> None:
    expected = set()
    for module, name, parametrized in recorded_tests():
        assert not parametrized, f"{module}::{name}: parametrized tests need per-case cassettes"
        expected.add(cassette_path(module, name))
    assert expected, "no cassette-backed test found"
    present = set(_cassettes())
    missing = sorted(str(p.relative_to(CASSETTE_DIR)) for p in expected - present)
    orphaned = sorted(str(p.relative_to(CASSETTE_DIR)) for p in present - expected)
    assert not missing, f"missing cassettes (run scripts/record-cassettes): {missing}"
    assert not orphaned, f"cassettes without a test: {orphaned}"


def test_every_control_operation_is_recorded() -> None:
    actions = {
        interaction.action
        for path in _cassettes()
        for interaction in read_interactions(path)
        if interaction.action
    }
    assert CONTROL_ACTIONS - actions == set(), (
        f"never recorded: {sorted(CONTROL_ACTIONS - actions)}"
    )
    assert actions - CONTROL_ACTIONS == set(), (
        f"unknown actions: {sorted(actions - CONTROL_ACTIONS)}"
    )


def test_error_paths_and_data_plane_are_recorded() -> None:
    statuses = set()
    data_plane = {"json": False, "stream": False}
    for path in _cassettes():
        for interaction in read_interactions(path):
            statuses.add(interaction.status)
            if interaction.uri.endswith("/chat/completions") and interaction.status == 200:
                stream = "data: [DONE]" in interaction.response_body
                data_plane["stream" if stream else "json"] = True
    assert {400, 404, 409, 429, 503} <= statuses, sorted(statuses)
    assert statuses & {401, 403}, sorted(statuses)
    assert data_plane == {"json": True, "stream": True}
