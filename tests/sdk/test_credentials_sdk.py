"""Credentials through the SDK, end to end against the local emulator on 127.0.0.1.

The emulator accepts a changing set of keys (``LocalAgentRun.accept_credentials``
/ ``revoke_credentials``) and records which key signed each verified request
(``verified_keys``), so these tests see exactly which credentials the SDK used
for every control- and data-plane request, retries included.
"""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeEndpointCreateInput,
    AuthenticationError,
    Config,
    CredentialProviderError,
    InvalidParameterError,
    MissingConfigurationError,
)
from agentrun_facade.credentials import CREDENTIALS_EXTRA_HINT
from agentrun_facade.signing import Credentials
from agentrun_facade.testing import LocalAgentRun, ScriptedFault
from tests.sdk.inputs import MESSAGES, runtime_input
from tests.sdk.test_credentials import (
    CredentialsURIServer,
    run_child,
    uri_client,
    write_cli_config,
)
from tests.sdk.waits import NO_WAIT

pytest_plugins = ["pytester"]


def emulator_config(local: LocalAgentRun, **fields: Any) -> Config:
    """Where the emulator is, without any key: credentials come from ``fields``."""
    return Config(
        control_endpoint=local.url,
        data_endpoint=local.url,
        region_id=local.settings.region,
        account_id=local.settings.account_id,
        **fields,
    )


def deploy(client: AgentRuntimeClient, name: str) -> str:
    """A READY runtime with a READY endpoint ``ep``; returns the runtime id."""
    runtime = client.create(runtime_input(name))
    runtime.wait_until_ready_or_failed(interval_seconds=0.02, timeout_seconds=10)
    endpoint = runtime.create_endpoint(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="ep")
    )
    endpoint.wait_until_ready_or_failed(interval_seconds=0.02, timeout_seconds=10)
    return runtime.agent_runtime_id or ""


class RotatingProvider:
    """Hands out a new key generation on every call and makes the emulator accept only it."""

    def __init__(self, local: LocalAgentRun) -> None:
        self.local = local
        self.sync_calls = 0
        self.async_calls = 0
        self.issued: list[str] = []
        self._lock = threading.Lock()

    def _issue(self) -> SimpleNamespace:
        with self._lock:
            n = len(self.issued) + 1
            key = Credentials(f"STS.ROTATE{n}", f"rotate-secret-{n}", f"rotate-token-{n}")
            self.local.accept_credentials(key)
            if self.issued:
                self.local.revoke_credentials(self.issued[-1])
            self.issued.append(key.access_key_id)
        return SimpleNamespace(
            access_key_id=key.access_key_id,
            access_key_secret=key.access_key_secret,
            security_token=key.security_token,
        )

    def get_credential(self) -> SimpleNamespace:
        self.sync_calls += 1
        return self._issue()

    async def get_credential_async(self) -> SimpleNamespace:
        self.async_calls += 1
        return self._issue()


class EmulatorFedURIServer(CredentialsURIServer):
    """A credentials URI whose every STS generation the emulator accepts, the last one only."""

    def __init__(self, local: LocalAgentRun, lifetime_seconds: int) -> None:
        super().__init__(lifetime_seconds)
        self.local = local

    def issue(self) -> dict[str, str]:
        record = super().issue()
        self.local.accept_credentials(
            Credentials(record["AccessKeyId"], record["AccessKeySecret"], record["SecurityToken"])
        )
        if len(self.issued) > 1:  # the previous generation expires
            self.local.revoke_credentials(self.issued[-2]["AccessKeyId"])
        return record


@pytest.fixture
def local() -> Iterator[LocalAgentRun]:
    with LocalAgentRun(transition_seconds=0) as server:
        yield server


# --------------------------------------------------------------------------
# Config.credentials_provider
# --------------------------------------------------------------------------


def test_config_takes_a_provider_instead_of_keys(local: LocalAgentRun) -> None:
    provider = RotatingProvider(local)
    config = Config(credentials_provider=provider)
    assert repr(config) == "Config(credentials_provider=<RotatingProvider>)"
    assert config == Config(credentials_provider=provider) and len({config, config}) == 1
    assert config != Config(credentials_provider=RotatingProvider(local))
    with pytest.raises(InvalidParameterError, match="not both"):
        Config(access_key_id="AKID", access_key_secret="s", credentials_provider=provider)
    with pytest.raises(InvalidParameterError, match="get_credential"):
        Config(credentials_provider=object())  # type: ignore[arg-type]
    # A per-call override replaces the credentials as a whole, either way round.
    keyed = Config(access_key_id="AKID-BASE", access_key_secret="base-secret")
    assert keyed.merge(config) == config
    assert config.merge(keyed) == keyed
    # With a provider no key variable is read from the environment.
    env = {"AGENTRUN_ACCESS_KEY_ID": "AKID-ENV", "AGENTRUN_ACCESS_KEY_SECRET": "env-secret"}
    resolved = config.resolve(env)
    assert (resolved.access_key_id, resolved.access_key_secret) == (None, None)
    assert "RotatingProvider" in repr(resolved)


def test_an_explicit_provider_signs_control_and_data_plane_calls(local: LocalAgentRun) -> None:
    provider = RotatingProvider(local)
    config = emulator_config(local, credentials_provider=provider)
    with AgentRuntimeClient(config, retry_policy=NO_WAIT) as client:
        runtime_id = deploy(client, "explicit")
        local.script_faults([ScriptedFault("GetAgentRuntime", status=503)])
        assert client.get(runtime_id).agent_runtime_name == "explicit"  # one retry
        reply = client.invoke_openai("explicit", "ep", messages=MESSAGES)
        assert "hello there" in (reply.choices[0].message.content or "")

        async def from_the_event_loop() -> str:
            await client.get_async(runtime_id)
            answer = await client.invoke_openai_async("explicit", "ep", messages=MESSAGES)
            return answer.choices[0].message.content or ""

        assert "hello there" in asyncio.run(from_the_event_loop())
    seen = local.verified_keys
    # Every attempt asked the provider afresh: the faulted attempt used one
    # generation, the retry the next; the earlier ones were revoked by then.
    assert len(provider.issued) == len(seen) + 1
    used = [v.access_key_id for v in seen]
    assert used == [k for k in provider.issued if k in used] and len(set(used)) == len(used)
    assert all(v.with_token for v in seen)
    assert [v.data_plane for v in seen][-3:] == [True, False, True]
    # The async calls used the provider's async method, the sync calls the sync one.
    assert provider.async_calls == 2 and provider.sync_calls == len(provider.issued) - 2


def test_a_failing_provider_is_a_typed_error_and_nothing_is_sent(local: LocalAgentRun) -> None:
    class Broken:
        def get_credential(self) -> object:
            raise RuntimeError("metadata said secret=s3cr3t-value")

    with AgentRuntimeClient(emulator_config(local, credentials_provider=Broken())) as client:
        with pytest.raises(CredentialProviderError, match="Broken") as caught:
            client.list()
        with pytest.raises(CredentialProviderError) as data_plane:
            client.invoke_openai("any", "ep", messages=MESSAGES)
    assert "s3cr3t-value" not in str(caught.value)
    # The provider's own error stays the chained cause on both planes.
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert isinstance(data_plane.value.__cause__, RuntimeError)
    assert local.verified_keys == []


# --------------------------------------------------------------------------
# STS credentials from a credentials URI that go stale
# --------------------------------------------------------------------------


def test_stale_sts_credentials_are_fetched_again_and_each_token_verified(
    local: LocalAgentRun,
) -> None:
    # 10 minutes of validity is stale at once for alibabacloud-credentials (it
    # refreshes 15 minutes before expiry), so every signed attempt fetches anew.
    with EmulatorFedURIServer(local, lifetime_seconds=600) as server:
        config = emulator_config(local, credentials_provider=uri_client(server.url))
        with AgentRuntimeClient(config, retry_policy=NO_WAIT) as client:
            runtime_id = deploy(client, "sts")
            local.script_faults([ScriptedFault("GetAgentRuntime", status=502)])
            client.get(runtime_id)
            client.invoke_openai("sts", "ep", messages=MESSAGES)
            asyncio.run(client.invoke_openai_async("sts", "ep", messages=MESSAGES))
            # A generation that was revoked is refused: the emulator really checks.
            stale = server.issued[0]
            local.accept_credentials(
                Credentials(stale["AccessKeyId"], stale["AccessKeySecret"], "not-its-token")
            )
            stale_config = emulator_config(
                local,
                access_key_id=stale["AccessKeyId"],
                access_key_secret=stale["AccessKeySecret"],
                security_token=stale["SecurityToken"],
            )
            with (
                AgentRuntimeClient(stale_config) as stale_client,
                pytest.raises(AuthenticationError, match="InvalidSecurityToken"),
            ):
                stale_client.get(runtime_id)
    seen = [v.access_key_id for v in local.verified_keys]
    issued = [r["AccessKeyId"] for r in server.issued]
    # One generation per attempt; only the faulted attempt is missing from the
    # verified ones (the fault is injected before the signature check).
    assert len(issued) == len(seen) + 1 and len(set(seen)) == len(seen)
    assert seen == [key for key in issued if key in seen]
    assert all(v.with_token for v in local.verified_keys)
    assert [v.data_plane for v in local.verified_keys][-2:] == [True, True]


# --------------------------------------------------------------------------
# The default chain: a CLI profile in a temporary HOME
# --------------------------------------------------------------------------


def test_a_cli_profile_in_home_drives_real_calls_with_its_region(home: Path) -> None:
    write_cli_config(home)  # profile "dev": AKID-CLI-DEV, region cn-shanghai
    with LocalAgentRun(
        transition_seconds=0,
        region="cn-shanghai",
        access_key_id="AKID-CLI-DEV",
        access_key_secret="cli-dev-secret",
    ) as local:
        code = """
            import os
            from agentrun_facade import (AgentRuntimeClient, AgentRuntimeCode,
                AgentRuntimeCreateInput, AgentRuntimeEndpointCreateInput, Config)
            config = Config(control_endpoint=os.environ["EMULATOR_URL"],
                            data_endpoint=os.environ["EMULATOR_URL"], account_id="1234567890123456")
            code = AgentRuntimeCode(language="python3.12", command=["python"], zip_file="UEsFBg==")
            with AgentRuntimeClient(config) as client:
                runtime = client.create(AgentRuntimeCreateInput(agent_runtime_name="cli",
                                                                code_configuration=code))
                runtime.wait_until_ready_or_failed(interval_seconds=0.02, timeout_seconds=10)
                runtime.create_endpoint(AgentRuntimeEndpointCreateInput(
                    agent_runtime_endpoint_name="ep")).wait_until_ready_or_failed(
                    interval_seconds=0.02, timeout_seconds=10)
                reply = client.invoke_openai("cli", "ep",
                                             messages=[{"role": "user", "content": "hi cli"}])
                print(json.dumps([config.resolve().region_id,
                                  reply.choices[0].message.content]))
        """
        region, content = run_child(code, home, EMULATOR_URL=local.url)
        seen = local.verified_keys
    assert region == "cn-shanghai" and "hi cli" in content
    # The data-plane signature's scope names the region: the emulator (in
    # cn-shanghai) would refuse the default cn-hangzhou.
    assert {v.access_key_id for v in seen} == {"AKID-CLI-DEV"}
    assert any(v.data_plane for v in seen) and any(not v.data_plane for v in seen)


def test_the_cli_profile_region_is_the_fallback_region(home: Path) -> None:
    write_cli_config(home)
    env = {"HOME": str(home)}
    assert Config().resolve(env).region_id == "cn-shanghai"
    assert Config().resolve({**env, "ALIBABA_CLOUD_PROFILE": "ops"}).region_id == "cn-beijing"
    assert Config().resolve({**env, "AGENTRUN_REGION": "cn-hongkong"}).region_id == "cn-hongkong"
    assert Config(region_id="us-west-1").resolve(env).region_id == "us-west-1"
    assert Config().resolve({"HOME": str(home / "elsewhere")}).region_id == "cn-hangzhou"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


# --------------------------------------------------------------------------
# Nothing configured
# --------------------------------------------------------------------------


def test_without_keys_and_without_the_extra_the_error_names_both_ways_out(
    local: LocalAgentRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "alibabacloud_credentials", None)  # as if not installed
    for name in list(os.environ):
        if name.startswith(("AGENTRUN_ACCESS", "AGENTRUN_SECURITY", "ALIBABA_CLOUD_ACCESS")):
            monkeypatch.delenv(name)
    with (
        AgentRuntimeClient(emulator_config(local)) as client,
        pytest.raises(MissingConfigurationError) as caught,
    ):
        client.list()
    text = str(caught.value)
    assert "AGENTRUN_ACCESS_KEY_ID" in text and CREDENTIALS_EXTRA_HINT in text
    assert local.verified_keys == []


def test_the_pytest_plugin_keeps_the_default_chain_on_this_machine(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "false")
    monkeypatch.delenv("ALIBABA_CLOUD_CLI_PROFILE_DISABLED")
    pytester.makeconftest('pytest_plugins = ["agentrun_facade.testing.pytest_plugin"]')
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(
        """
        import os
        def test_guarded():
            assert os.environ["ALIBABA_CLOUD_ECS_METADATA_DISABLED"] == "true"
            assert os.environ["ALIBABA_CLOUD_CLI_PROFILE_DISABLED"] == "true"
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)
    # Given back afterwards.
    assert os.environ["ALIBABA_CLOUD_ECS_METADATA_DISABLED"] == "false"
    assert "ALIBABA_CLOUD_CLI_PROFILE_DISABLED" not in os.environ
