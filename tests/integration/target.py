"""Which server the integration tests talk to, and with which configuration.

* replay (default): no server; the configuration points at the fixed replay
  origin and vcrpy answers from the committed cassettes.
* record (``--record-mode=rewrite``, see ``scripts/record-cassettes``): a fresh
  emulator per test, or the real service when ``AGENTRUN_CASSETTE_TARGET=cloud``.
* live (``--live``): like record, with cassettes disabled.
"""

from __future__ import annotations

import contextlib
import enum
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import pytest

from agentrun_facade import Config, MissingConfigurationError
from agentrun_facade.testing import LocalAgentRun, ScriptedFault

from .cassette_rules import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    ACCOUNT_ID,
    REGION,
    REPLAY_ORIGIN,
    SECURITY_TOKEN,
)

#: Environment variable choosing the recorded server: ``emulator`` (default) or ``cloud``.
TARGET_VARIABLE = "AGENTRUN_CASSETTE_TARGET"
TARGETS = ("emulator", "cloud")

#: Settings every test shares; per-call overrides are merged over these.
COMMON = Config(timeout=10.0, read_timeout=30.0, max_retries=2)

#: Emulator options unless a test's ``emulator_options`` marker says otherwise.
EMULATOR_DEFAULTS: dict[str, Any] = {
    "transition_seconds": 0.05,
    "seed": 0,
    "retry_after_seconds": 0,
}


class Mode(enum.Enum):
    """How the integration tests reach a server."""

    REPLAY = "replay"
    RECORD = "record"
    LIVE = "live"


def mode_of(config: pytest.Config) -> Mode:
    """The mode chosen on the command line (``--live`` / ``--record-mode``)."""
    live = bool(config.getoption("--live", default=False))
    record_mode = config.getoption("--record-mode", default=None)
    recording = record_mode not in (None, "none")
    if live and recording:
        raise pytest.UsageError("--live and --record-mode exclude each other")
    if live:
        return Mode.LIVE
    if recording:
        return Mode.RECORD
    if config.getoption("--disable-recording", default=False):
        raise pytest.UsageError("without cassettes there is nothing to replay: use --live")
    return Mode.REPLAY


def target_name() -> str:
    """``emulator`` or ``cloud``, from :data:`TARGET_VARIABLE`."""
    name = os.environ.get(TARGET_VARIABLE, "emulator").strip().lower() or "emulator"
    if name not in TARGETS:
        raise pytest.UsageError(f"{TARGET_VARIABLE} must be one of {', '.join(TARGETS)}")
    return name


def replay_config() -> Config:
    """The configuration replay uses: fake credentials, the fixed replay origin."""
    return COMMON.merge(
        Config(
            access_key_id=ACCESS_KEY_ID,
            access_key_secret=ACCESS_KEY_SECRET,
            security_token=SECURITY_TOKEN,
            account_id=ACCOUNT_ID,
            region_id=REGION,
            control_endpoint=REPLAY_ORIGIN,
            data_endpoint=REPLAY_ORIGIN,
        )
    )


@attrs.define
class IntegrationTarget:
    """The configuration of one test, and the emulator behind it when there is one."""

    mode: Mode
    config: Config
    emulator: LocalAgentRun | None = None
    cloud: bool = False
    #: Seconds between waiter polls: short locally, polite to the real service.
    poll_interval: float = 0.05
    secrets: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()

    def script_faults(self, faults: list[ScriptedFault]) -> None:
        """Queue faults on the emulator; nothing to do in replay (the cassette has them)."""
        if self.cloud:
            raise AssertionError("faults cannot be scripted on the real service")
        if self.emulator is not None:
            self.emulator.script_faults(faults)

    def faults_pending(self) -> int:
        """Scripted faults not used up yet (0 in replay)."""
        return len(self.emulator.faults.pending()) if self.emulator is not None else 0


def _cloud_target(mode: Mode) -> IntegrationTarget:
    """Credentials and region from the environment (never written anywhere)."""
    config = Config().merge(COMMON)
    resolved = config.resolve()
    if not resolved.has_credentials:
        raise pytest.UsageError(
            "AGENTRUN_CASSETTE_TARGET=cloud needs AGENTRUN_ACCESS_KEY_ID and "
            "AGENTRUN_ACCESS_KEY_SECRET (or the ALIBABA_CLOUD_* names) in the environment"
        )
    origins = [resolved.control_base_url]
    for signing in (True, False):
        with contextlib.suppress(MissingConfigurationError):
            origins.append(resolved.data_base_url(signing=signing))
    secrets = (resolved.access_key_id, resolved.access_key_secret, resolved.security_token)
    return IntegrationTarget(
        mode=mode,
        config=config,
        cloud=True,
        poll_interval=2.0,
        secrets=tuple(s for s in secrets if s),
        origins=tuple(origins),
    )


@contextmanager
def open_target(mode: Mode, emulator_options: dict[str, Any]) -> Iterator[IntegrationTarget]:
    """Start whatever ``mode`` needs; stop it afterwards."""
    fake_secrets = (ACCESS_KEY_ID, ACCESS_KEY_SECRET, SECURITY_TOKEN)
    if mode is Mode.REPLAY:
        yield IntegrationTarget(mode=mode, config=replay_config(), secrets=fake_secrets)
        return
    if target_name() == "cloud":
        yield _cloud_target(mode)
        return
    options = {**EMULATOR_DEFAULTS, **emulator_options}
    with LocalAgentRun(
        access_key_id=ACCESS_KEY_ID,
        access_key_secret=ACCESS_KEY_SECRET,
        security_token=SECURITY_TOKEN,
        account_id=ACCOUNT_ID,
        region=REGION,
        **options,
    ) as local:
        yield IntegrationTarget(
            mode=mode,
            config=COMMON.merge(local.config),
            emulator=local,
            secrets=fake_secrets,
            origins=(local.url,),
        )
