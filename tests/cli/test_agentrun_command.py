"""The ``agentrun`` command, every subcommand end to end against the local emulator."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

testing = pytest.importorskip("agentrun_facade.testing")
typer_testing = pytest.importorskip("typer.testing")

from agentrun_facade.cli.app import app  # noqa: E402
from tests.emulated import Emulator, running  # noqa: E402


@pytest.fixture
def agent_dir(tmp_path: Path) -> Path:
    (tmp_path / "main.py").write_text("print('hello')\n")
    return tmp_path


def agentrun(*args: str, input: str | None = None) -> Any:
    return typer_testing.CliRunner().invoke(app, list(args), input=input)


def ok_json(*args: str) -> Any:
    result = agentrun(*args, "--output", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def error_line(result: Any) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.stderr
    return str(lines[0])


def deploy(agent_dir: Path, *extra: str, name: str = "shop") -> Any:
    return ok_json("deploy", str(agent_dir), "--name", name, "--command", "python main.py", *extra)


# -- deploy ---------------------------------------------------------------------


def test_deploy_creates_runtime_and_default_endpoint_then_rerun_writes_nothing(
    emulator: Emulator, agent_dir: Path
) -> None:
    first = deploy(agent_dir)
    assert (first["action"], first["endpointAction"]) == ("created", "created")
    assert first["runtime"]["status"] == "READY"
    assert first["runtime"]["codeConfiguration"]["command"] == ["python", "main.py"]
    assert "zipFile" not in first["runtime"]["codeConfiguration"]
    assert first["endpoint"]["agentRuntimeEndpointName"] == "Default"
    assert first["endpoint"]["status"] == "READY"
    assert emulator.writes() == ["CreateAgentRuntime", "CreateAgentRuntimeEndpoint"]

    emulator.clear()
    again = deploy(agent_dir)
    assert (again["action"], again["endpointAction"]) == ("unchanged", "exists")
    assert emulator.writes() == []


def test_deploy_sends_one_update_with_what_changed(emulator: Emulator, agent_dir: Path) -> None:
    deploy(agent_dir)
    (agent_dir / "main.py").write_text("print('v2')\n")
    emulator.clear()
    changed = deploy(agent_dir, "--cpu", "4", "--memory", "8192", "--port", "8080")
    assert changed["action"] == "updated"
    assert set(changed["changed"]) == {"codeConfiguration", "cpu", "memory", "port"}
    assert (changed["runtime"]["cpu"], changed["runtime"]["port"]) == (4, 8080)
    assert emulator.writes() == ["UpdateAgentRuntime"]


def test_deploy_image_and_environment_are_masked_in_output(emulator: Emulator) -> None:
    result = agentrun(
        "deploy", "--name", "img", "--image", "registry.example/agent:1",
        "--env", "TOKEN=not-a-real-token", "--env", "MODE=a=b", "-o", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["runtime"]["artifactType"] == "Container"
    assert body["runtime"]["containerConfiguration"]["image"] == "registry.example/agent:1"
    assert body["runtime"]["environmentVariables"] == {"TOKEN": "***", "MODE": "***"}
    assert "not-a-real-token" not in result.stdout + result.stderr
    # The service masks environment values when read, so given ones are always sent.
    emulator.clear()
    again = agentrun(
        "deploy", "--name", "img", "--image", "registry.example/agent:1",
        "--env", "TOKEN=not-a-real-token", "--env", "MODE=a=b", "-o", "json",
    )  # fmt: skip
    assert json.loads(again.stdout)["changed"] == ["environmentVariables"]
    assert emulator.writes() == ["UpdateAgentRuntime"]


def test_deploy_table_output_and_progress(emulator: Emulator, agent_dir: Path) -> None:
    result = agentrun("deploy", str(agent_dir), "--name", "tbl")
    assert result.exit_code == 0, result.stderr
    assert "created runtime tbl" in result.stdout
    assert "endpoint Default: created" in result.stdout
    assert "runtime tbl: READY" in result.stderr


def test_deploy_no_wait_returns_before_ready(agent_dir: Path) -> None:
    with running(transition_seconds=30) as emulator:
        body = deploy(agent_dir, "--no-wait")
        assert body["runtime"]["status"] == "CREATING"
        assert body["endpointAction"] == "pending"
        assert emulator.writes() == ["CreateAgentRuntime"]


def test_deploy_no_wait_update_reports_the_existing_endpoint(agent_dir: Path) -> None:
    with running(transition_seconds=0.5) as emulator:
        deploy(agent_dir)
        emulator.clear()
        body = deploy(agent_dir, "--no-wait", "--cpu", "3")
        assert (body["action"], body["runtime"]["status"]) == ("updated", "UPDATING")
        assert body["endpointAction"] == "exists"
        assert emulator.writes() == ["UpdateAgentRuntime"]


# -- inspect and invoke ---------------------------------------------------------


def test_ls_get_and_versions(emulator: Emulator, agent_dir: Path) -> None:
    deploy(agent_dir, name="one")
    deploy(agent_dir, name="two")
    assert [r["agentRuntimeName"] for r in ok_json("ls")] == ["one", "two"]
    shown = ok_json("get", "two")
    assert shown["runtime"]["agentRuntimeName"] == "two"
    assert [e["agentRuntimeEndpointName"] for e in shown["endpoints"]] == ["Default"]
    assert ok_json("versions", "two") == []
    ok_json("publish", "two", "--description", "first cut")
    (version,) = ok_json("versions", "two")
    assert (version["agentRuntimeVersion"], version["description"]) == ("1", "first cut")

    table = agentrun("ls")
    assert table.exit_code == 0
    assert "one" in table.stdout and "READY" in table.stdout
    details = agentrun("get", "two")
    assert "python3.12" in details.stdout and "Default" in details.stdout
    assert "1" in agentrun("versions", "two").stdout


def test_invoke_plain_and_streaming(emulator: Emulator, agent_dir: Path) -> None:
    deploy(agent_dir)
    plain = agentrun("invoke", "shop", "hello there")
    assert plain.exit_code == 0, plain.stderr
    assert "hello there" in plain.stdout
    streamed = agentrun("invoke", "shop", "one two three", "--stream")
    assert streamed.exit_code == 0, streamed.stderr
    assert "one two three" in streamed.stdout
    assert "hello" in ok_json("invoke", "shop", "hello", "--endpoint", "Default")["reply"]


# -- releases -----------------------------------------------------------------------


def test_publish_canary_promote_rollback(emulator: Emulator, agent_dir: Path) -> None:
    deploy(agent_dir)
    assert ok_json("publish", "shop")["agentRuntimeVersion"] == "1"
    # Point Default at version 1 through a canary and a promotion.
    ok_json("canary", "shop", "1", "--weight", "0.5")
    assert ok_json("promote", "shop")["targetVersion"] == "1"
    (agent_dir / "main.py").write_text("print('v2')\n")
    deploy(agent_dir)
    assert ok_json("publish", "shop", "--description", "v2")["agentRuntimeVersion"] == "2"

    emulator.clear()
    canary = ok_json("canary", "shop", "2", "--weight", "0.1", "--endpoint", "Default")
    assert canary["targetVersion"] == "1"
    assert canary["routingConfiguration"]["versionWeights"] == [{"version": "2", "weight": 0.1}]
    promoted = ok_json("promote", "shop")
    assert (promoted["targetVersion"], promoted["routingConfiguration"]["versionWeights"]) == (
        "2",
        [],
    )
    rolled = ok_json("rollback", "shop")
    assert rolled["targetVersion"] == "1"
    assert emulator.writes() == ["UpdateAgentRuntimeEndpoint"] * 3

    text = agentrun("canary", "shop", "2", "--weight", "0.2")
    assert "2@0.2" in text.stdout
    assert "rolled back" in agentrun("rollback", "shop").stdout
    assert ok_json("get", "shop")["endpoints"][0]["targetVersion"] == "1"


# -- remove ----------------------------------------------------------------------------


def test_rm_asks_unless_yes(emulator: Emulator, agent_dir: Path) -> None:
    deploy(agent_dir)
    refused = agentrun("rm", "shop", input="n\n")
    assert refused.exit_code == 1
    assert ok_json("get", "shop")["runtime"]["agentRuntimeName"] == "shop"
    emulator.clear()
    removed = agentrun("rm", "shop", "--yes")
    assert removed.exit_code == 0, removed.stderr
    assert "deleted runtime shop" in removed.stdout
    assert emulator.writes() == ["DeleteAgentRuntimeEndpoint", "DeleteAgentRuntime"]
    assert ok_json("ls") == []
    assert agentrun("get", "shop").exit_code == 3


# -- exit codes and errors ------------------------------------------------------------


def test_usage_errors_exit_2(emulator: Emulator, agent_dir: Path) -> None:
    deploy(agent_dir)
    ok_json("publish", "shop")
    assert agentrun("deploy", "--name", "x").exit_code == 2  # neither PATH nor --image
    assert agentrun("deploy", str(agent_dir), "--name", "x", "--env", "NOEQUALS").exit_code == 2
    assert agentrun("canary", "shop", "1").exit_code == 2  # --weight missing
    assert agentrun("nonsense").exit_code == 2
    weight = agentrun("canary", "shop", "1", "--weight", "1.5")
    assert weight.exit_code == 2
    assert "weight" in error_line(weight)
    unknown = agentrun("canary", "shop", "9", "--weight", "0.1")
    assert unknown.exit_code == 2
    assert "'9' does not exist" in error_line(unknown)
    assert emulator.writes() == [
        "CreateAgentRuntime",
        "CreateAgentRuntimeEndpoint",
        "PublishRuntimeVersion",
    ]


def test_not_found_exits_3(emulator: Emulator, agent_dir: Path) -> None:
    for args in (("get", "ghost"), ("versions", "ghost"), ("rm", "ghost", "--yes")):
        result = agentrun(*args)
        assert result.exit_code == 3
        assert "ghost" in error_line(result)
    deploy(agent_dir)
    missing = agentrun("promote", "shop", "--endpoint", "blue")
    assert missing.exit_code == 3
    assert "blue" in error_line(missing)


def test_conflict_exits_4_with_request_id(agent_dir: Path) -> None:
    with running(transition_seconds=30):
        deploy(agent_dir, "--no-wait")
        busy = agentrun("publish", "shop")
        assert busy.exit_code == 4
        line = error_line(busy)
        assert "request id" in line.lower() or "req" in line.lower()


def test_failed_status_exits_5_with_the_reason(emulator: Emulator, agent_dir: Path) -> None:
    failed = agentrun(
        "deploy",
        str(agent_dir),
        "--name",
        "bad",
        "--env",
        "AGENTRUN_EMULATOR_FAIL=image pull failed",
    )
    assert failed.exit_code == 5
    assert "image pull failed" in error_line(failed)


def test_timeout_exits_6(agent_dir: Path) -> None:
    with running(transition_seconds=30):
        result = agentrun("deploy", str(agent_dir), "--name", "slow", "--timeout", "0.3")
        assert result.exit_code == 6
        assert "did not reach a final status" in error_line(result)


def test_other_errors_exit_1_and_debug_shows_the_log(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    debug = agentrun("ls", "--debug")
    assert debug.exit_code == 0
    assert "DEBUG" in debug.stderr
    monkeypatch.setenv("AGENTRUN_ACCESS_KEY_SECRET", "wrong-secret-not-real")
    denied = agentrun("ls")
    assert denied.exit_code == 1
    line = error_line(denied)
    assert "wrong-secret-not-real" not in denied.stderr
    assert "request" in line.lower()


# -- the installed command ---------------------------------------------------------------


def test_the_command_runs_in_its_own_process(emulator: Emulator, agent_dir: Path) -> None:
    deploy(agent_dir)
    env = {**os.environ, "COLUMNS": "200"}
    done = subprocess.run(
        [sys.executable, "-m", "agentrun_facade.cli", "ls", "--output", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [r["agentRuntimeName"] for r in json.loads(done.stdout)] == ["shop"]
    missing = subprocess.run(
        [sys.executable, "-m", "agentrun_facade.cli", "get", "ghost"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert missing.returncode == 3
    assert missing.stderr.strip().splitlines()[-1].startswith("error: ")


def test_importing_the_sdk_does_not_load_the_cli() -> None:
    # (httpx itself imports click and rich when they are installed, for its own command.)
    code = (
        "import sys, agentrun_facade; "
        "print(sorted(m for m in sys.modules "
        "if m in ('typer', 'agentrun_facade.cli') or m.startswith('agentrun_facade.cli.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


def test_profile_selects_the_cli_profile_of_the_credentials_chain(
    emulator: Emulator, tmp_path: Path
) -> None:
    pytest.importorskip("alibabacloud_credentials")
    settings = emulator.local.settings
    profiles = [
        {
            "name": "stale",
            "mode": "AK",
            "access_key_id": "AKID-NOT-KNOWN",
            "access_key_secret": "not-a-real-secret",
            "region_id": settings.region,
        },
        {
            "name": "local",
            "mode": "AK",
            "access_key_id": settings.access_key_id,
            "access_key_secret": settings.access_key_secret,
            "region_id": settings.region,
        },
    ]
    (tmp_path / ".aliyun").mkdir()
    (tmp_path / ".aliyun" / "config.json").write_text(
        json.dumps({"current": "stale", "profiles": profiles})
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ALIBABA_CLOUD_", "AGENTRUN_", "FC_"))
    }
    env.update(
        HOME=str(tmp_path),
        ALIBABA_CLOUD_ECS_METADATA_DISABLED="true",
        AGENTRUN_CONTROL_ENDPOINT=emulator.local.url,
    )

    def ls(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "agentrun_facade.cli", "ls", "-o", "json", *extra],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )

    current = ls()
    assert current.returncode == 1
    assert "InvalidAccessKeyId" in current.stderr  # the current profile's key is unknown
    chosen = ls("--profile", "local")
    assert chosen.returncode == 0, chosen.stderr
    assert json.loads(chosen.stdout) == []
