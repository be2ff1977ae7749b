"""Durable state, binding rules, the CLI and the pytest plugin of the local emulator."""

from __future__ import annotations

import io
import json
import shlex
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from agentrun_facade.config import Config
from agentrun_facade.errors import InvalidParameterError
from agentrun_facade.testing import EmulatorSettings, LocalAgentRun, cli
from agentrun_facade.testing.cli import banner, build_parser, main, serve, settings_from_args
from agentrun_facade.testing.server import is_loopback
from tests.emulator.bodies import runtime_body

#: A code artifact stored in OSS.
OSS_CODE = {"ossBucketName": "b", "ossObjectName": "o.zip"}


def snapshot(local: LocalAgentRun) -> dict[str, Any]:
    runtimes = local.call("ListAgentRuntimes", query={"pageSize": 100}).json()["data"]["items"]
    result: dict[str, Any] = {"runtimes": runtimes}
    for item in runtimes:
        runtime_id = item["agentRuntimeId"]
        result[runtime_id] = (
            local.call("ListAgentRuntimeEndpoints", agentRuntimeId=runtime_id).json()["data"],
            local.call("ListAgentRuntimeVersions", agentRuntimeId=runtime_id).json()["data"],
        )
    # Public URLs name the current port, which changes between runs.
    normalised: dict[str, Any] = json.loads(json.dumps(result).replace(local.url, "http://x"))
    return normalised


def test_restart_with_a_state_file_keeps_everything(tmp_path: Path) -> None:
    state = tmp_path / "agentrun.sqlite"
    with LocalAgentRun(state_file=state, transition_seconds=0) as first:
        ids = []
        for name in ("kept-a", "kept-b"):
            response = first.call("CreateAgentRuntime", body=runtime_body(name))
            ids.append(response.json()["data"]["agentRuntimeId"])
        first.call("PublishRuntimeVersion", agentRuntimeId=ids[0], body={"description": "v1"})
        first.call(
            "CreateAgentRuntimeEndpoint",
            agentRuntimeId=ids[0],
            body={"agentRuntimeEndpointName": "Default", "targetVersion": "1"},
        )
        first.call(
            "UpdateAgentRuntime", agentRuntimeId=ids[1], body={"cpu": 1, "description": "changed"}
        )
        doomed = first.call("CreateAgentRuntime", body=runtime_body("gone"))
        first.call("DeleteAgentRuntime", agentRuntimeId=doomed.json()["data"]["agentRuntimeId"])
        before = snapshot(first)

    with LocalAgentRun(state_file=state, transition_seconds=0) as second:
        after = snapshot(second)
        fresh = second.call("CreateAgentRuntime", body=runtime_body("new"))

    assert [r["agentRuntimeName"] for r in before["runtimes"]] == ["kept-a", "kept-b"]
    assert after == before
    assert fresh.status_code == 200
    assert fresh.json()["data"]["agentRuntimeId"] not in {
        *ids,
        doomed.json()["data"]["agentRuntimeId"],
    }


def test_memory_state_starts_empty_each_time() -> None:
    with LocalAgentRun(transition_seconds=0) as local:
        local.call("CreateAgentRuntime", body=runtime_body("temp"))
    with LocalAgentRun(transition_seconds=0) as local:
        assert local.state.runtimes() == []


def test_ids_are_deterministic_for_a_seed() -> None:
    def first_id(seed: int) -> str:
        with LocalAgentRun(seed=seed, transition_seconds=0) as local:
            body = runtime_body("same")
            return str(local.call("CreateAgentRuntime", body=body).json()["data"]["agentRuntimeId"])

    assert first_id(3) == first_id(3)
    assert first_id(3) != first_id(4)


def test_state_is_safe_to_use_from_threads() -> None:
    with LocalAgentRun(transition_seconds=0) as local:

        def worker(index: int) -> None:
            for j in range(5):
                body = runtime_body(f"t{index}-{j}")
                assert local.call("CreateAgentRuntime", body=body).status_code == 200

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)

        assert len(local.state.runtimes()) == 20
        assert len({r.id for r in local.state.runtimes()}) == 20


# ---------------------------------------------------------------------- binding


def test_only_loopback_is_allowed_by_default() -> None:
    with pytest.raises(ValueError, match="loopback"):
        LocalAgentRun(host="0.0.0.0")
    assert LocalAgentRun(host="0.0.0.0", allow_non_loopback=True).host == "0.0.0.0"
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("10.1.2.3") and not is_loopback("example.com")


def test_unknown_options_are_rejected() -> None:
    with pytest.raises(InvalidParameterError, match="no_such_option"):
        LocalAgentRun(no_such_option=1)  # type: ignore[call-arg]


def test_config_and_credentials_point_at_the_emulator() -> None:
    with LocalAgentRun(region="cn-shanghai") as local:
        config = local.config
        assert isinstance(config, Config)
        assert config.control_endpoint == local.url == config.data_endpoint
        assert config.region_id == "cn-shanghai"
        assert config.account_id == "1234567890123456"
        assert config.access_key_id == "AKIDLOCALTEST0000"
        assert local.credentials.access_key_secret == "local-emulator-secret-not-real"
        assert local.url == f"http://127.0.0.1:{local.port}"
    with pytest.raises(httpx.ConnectError):
        httpx.get(local.url)


def test_settings_repr_hides_secrets() -> None:
    settings = EmulatorSettings(access_key_secret="hidden-secret", security_token="hidden-token")

    assert "hidden" not in repr(settings)
    assert settings.default_page_size == 20 and settings.max_page_size == 100
    assert settings.transition_seconds == 0.5


# ---------------------------------------------------------------------- CLI


def test_cli_arguments_become_settings(tmp_path: Path) -> None:
    args = build_parser().parse_args(
        [
            "serve",
            "--port",
            "0",
            "--state",
            str(tmp_path / "s.db"),
            "--seed",
            "5",
            "--transition-seconds",
            "0",
            "--max-page-size",
            "10",
            "--access-key-id",
            "AKIDTESTONLY",
            "--fail-rate",
            "0.1",
            "--throttle-rate",
            "0.2",
            "--drop-rate",
            "0.05",
            "--latency-ms",
            "3",
            "--jitter-ms",
            "4",
        ]
    )

    settings = settings_from_args(args)

    assert args.port == 0 and args.host == "127.0.0.1"
    assert settings.state_file == tmp_path / "s.db"
    assert (settings.seed, settings.transition_seconds, settings.max_page_size) == (5, 0, 10)
    assert settings.access_key_id == "AKIDTESTONLY"
    assert (settings.fail_rate, settings.throttle_rate, settings.drop_rate) == (0.1, 0.2, 0.05)
    assert (settings.latency_ms, settings.jitter_ms) == (3, 4)


def test_banner_is_a_list_of_exports() -> None:
    text = banner(EmulatorSettings(), "http://127.0.0.1:8765")

    exports = dict(
        shlex.split(line.removeprefix("export "))[0].split("=", 1)
        for line in text.splitlines()
        if line.startswith("export ")
    )
    assert exports == {
        "AGENTRUN_ACCESS_KEY_ID": "AKIDLOCALTEST0000",
        "AGENTRUN_ACCESS_KEY_SECRET": "local-emulator-secret-not-real",
        "AGENTRUN_CONTROL_ENDPOINT": "http://127.0.0.1:8765",
        "AGENTRUN_DATA_ENDPOINT": "http://127.0.0.1:8765",
        "AGENTRUN_REGION": "cn-hangzhou",
        "AGENTRUN_ACCOUNT_ID": "1234567890123456",
    }


def test_serve_prints_exports_and_serves_until_stopped() -> None:
    out = io.StringIO()
    stop = threading.Event()
    local = LocalAgentRun(transition_seconds=0)
    thread = threading.Thread(target=serve, args=(local,), kwargs={"out": out, "stop": stop})
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while "AGENTRUN_DATA_ENDPOINT" not in out.getvalue() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert f"export AGENTRUN_CONTROL_ENDPOINT={local.url}" in out.getvalue()
        assert local.call("ListAgentRuntimes").status_code == 200
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()


def test_main_refuses_a_public_host_and_names_the_flag(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--host", "0.0.0.0", "--port", "0"])

    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "loopback" in err and "--allow-non-loopback" in err
    assert "allow_non_loopback=True" not in err


def test_help_shows_the_non_loopback_flag_with_a_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--help"])

    assert exit_info.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--allow-non-loopback WARNING:" in text


def test_main_binds_a_public_host_when_the_flag_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[LocalAgentRun] = []
    monkeypatch.setattr(cli, "serve", lambda local, **_: served.append(local))

    code = main(["serve", "--host", "0.0.0.0", "--port", "0", "--allow-non-loopback"])

    assert code == 0
    assert [local.host for local in served] == ["0.0.0.0"]


# ---------------------------------------------------------------------- pytest plugin

pytest_plugins = ["pytester"]


def test_pytest_plugin_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        pytest_plugins = ["agentrun_facade.testing.pytest_plugin"]
        BODY = {"agentRuntimeName": "p", "artifactType": "Code", "cpu": 1, "memory": 64,
                "port": 80, "networkConfiguration": {"networkMode": "PUBLIC"},
                "codeConfiguration": {"language": "python3.12", "command": ["app"]}}

        def test_fresh(agentrun_local):
            assert agentrun_local.call("CreateAgentRuntime", body=BODY).status_code == 200

        def test_fresh_again(agentrun_local):
            assert agentrun_local.state.runtimes() == []

        @pytest.mark.agentrun_local(max_page_size=7, transition_seconds=0)
        def test_marker(agentrun_local):
            assert agentrun_local.settings.max_page_size == 7

        def test_session(agentrun_local_session):
            assert agentrun_local_session.url.startswith("http://127.0.0.1:")
        """
    )

    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-p", "no:asyncio")

    result.assert_outcomes(passed=4)


def test_pytest_plugin_points_unconfigured_code_at_the_emulator(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a developer's shell might hold: these must never be used by the test.
    monkeypatch.setenv("AGENTRUN_ACCESS_KEY_ID", "AKIDREALLOOKINGNOTREAL")
    monkeypatch.setenv("AGENTRUN_ACCESS_KEY_SECRET", "real-looking-secret-not-real")
    monkeypatch.setenv("AGENTRUN_SECURITY_TOKEN", "real-looking-token-not-real")
    monkeypatch.setenv("AGENTRUN_CONTROL_ENDPOINT", "http://127.0.0.1:9")
    pytester.makepyfile(
        """
        import os

        from agentrun_facade import (
            AgentRuntime, AgentRuntimeClient, AgentRuntimeCode, AgentRuntimeCreateInput,
        )

        pytest_plugins = ["agentrun_facade.testing.pytest_plugin"]
        CODE = AgentRuntimeCode.from_oss("b", "o.zip")

        def test_class_methods_and_plain_clients(agentrun_local):
            AgentRuntime.create(
                AgentRuntimeCreateInput(agent_runtime_name="a", code_configuration=CODE)
            )
            with AgentRuntimeClient() as client:
                client.create(
                    AgentRuntimeCreateInput(agent_runtime_name="b", code_configuration=CODE)
                )
            names = sorted(r.name for r in agentrun_local.state.runtimes())
            assert names == ["a", "b"]
            assert "AGENTRUN_SECURITY_TOKEN" not in os.environ

        def test_environment_is_restored_afterwards():
            assert os.environ["AGENTRUN_ACCESS_KEY_ID"] == "AKIDREALLOOKINGNOTREAL"
        """
    )

    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-p", "no:asyncio")

    result.assert_outcomes(passed=2)


def test_listed_records_are_snapshots() -> None:
    from agentrun_facade.testing import Store

    store = Store(EmulatorSettings(transition_seconds=0))
    created = store.create_runtime(runtime_body("snap", codeConfiguration=OSS_CODE, memory=512))
    (listed,) = store.list_runtimes()
    store.update_runtime(created.id, {"cpu": 1, "description": "changed", "memory": 1024})
    assert "description" not in listed.config
    assert listed.config["memory"] == 512
    (again,) = store.list_runtimes()
    assert again.config["description"] == "changed"
    assert again.config["memory"] == 1024


def test_answers_after_a_restart_reflect_later_updates(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    body = runtime_body("restarted", codeConfiguration=OSS_CODE, memory=512)
    with LocalAgentRun(state_file=state, transition_seconds=0) as local:
        runtime_id = local.call("CreateAgentRuntime", body=body).json()["data"]["agentRuntimeId"]
        for memory in (600, 700, 800):
            local.call(
                "UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 1, "memory": memory}
            )
    with LocalAgentRun(state_file=state, transition_seconds=0) as local:
        before = local.call("GetAgentRuntime", agentRuntimeId=runtime_id).json()["data"]
        memories = []
        for memory in (900, 1000, 1100, 1200, 1300):
            local.call(
                "UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 1, "memory": memory}
            )
            got = local.call("GetAgentRuntime", agentRuntimeId=runtime_id).json()["data"]
            memories.append(got["memory"])

    assert before["memory"] == 800
    assert memories == [900, 1000, 1100, 1200, 1300]
