"""Generated code is what the spec produces, the check notices any edit of its inputs,
and a field added to the spec needs no hand edit to be read and sent."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _run_check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "regenerate"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    for folder in ("spec", "scripts", "generated", "agentrun_facade"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    return tmp_path


def test_generated_is_current() -> None:
    result = _run_check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_fails_after_a_one_character_spec_edit(repo_copy: Path) -> None:
    spec = repo_copy / "spec" / "agentrun-2025-09-10.yaml"
    text = spec.read_text(encoding="utf-8")
    needle = "description: Unique ID of the endpoint."
    assert needle in text
    spec.write_text(text.replace(needle, needle.replace("Unique", "Unigue"), 1), encoding="utf-8")

    result = _run_check(repo_copy)

    assert result.returncode == 1
    assert "generated/agentrun_client/models/agent_runtime_endpoint.py" in result.stdout


def test_check_fails_after_an_edit_that_changes_no_generated_line(repo_copy: Path) -> None:
    spec = repo_copy / "spec" / "agentrun-2025-09-10.yaml"
    text = spec.read_text(encoding="utf-8")
    needle = "description: Filter by agent runtime name."
    assert needle in text
    spec.write_text(text.replace(needle, needle + "X", 1), encoding="utf-8")

    result = _run_check(repo_copy)

    assert result.returncode == 1
    assert "generated/spec.sha256" in result.stdout


def test_regeneration_is_deterministic(repo_copy: Path) -> None:
    script = repo_copy / "scripts" / "regenerate"
    first = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=300)
    assert first.returncode == 0, first.stderr
    snapshot = {
        p.relative_to(repo_copy): p.read_bytes()
        for p in (repo_copy / "generated").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    second = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=300)
    assert second.returncode == 0, second.stderr
    again = {
        p.relative_to(repo_copy): p.read_bytes()
        for p in (repo_copy / "generated").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert again == snapshot
    assert _run_check(repo_copy).returncode == 0


_NEW_FIELD_PROBE = """
import agentrun_facade
from agentrun_facade import AgentRuntime, AgentRuntimeCode, AgentRuntimeCreateInput
from agentrun_facade import AgentRuntimeUpdateInput, MalformedResponseError

assert agentrun_facade.__file__.startswith({root!r}), agentrun_facade.__file__
runtime = AgentRuntime.from_wire({{"agentRuntimeId": "ar-1", "warmPoolSize": 3}})
assert runtime.warm_pool_size == 3 and runtime.extra == {{}}, runtime
assert runtime.to_wire() == {{"agentRuntimeId": "ar-1", "warmPoolSize": 3}}
body = AgentRuntimeCreateInput(
    agent_runtime_name="rt", code_configuration=AgentRuntimeCode(), warm_pool_size=2
).prepared()
assert body.to_wire()["warmPoolSize"] == 2
assert AgentRuntimeUpdateInput(warm_pool_size=0).to_wire() == {{"warmPoolSize": 0}}
from agentrun_client.api.runtimes import list_agent_runtimes
from agentrun_facade import AgentRuntimeListInput
from agentrun_facade.models import list_query
query = list_query(AgentRuntimeListInput(owner_team="blue", page_size=5))
params = list_agent_runtimes._get_kwargs(**query)["params"]
assert params == {{"ownerTeam": "blue", "pageSize": 5}}, params
try:
    AgentRuntime.from_wire({{"warmPoolSize": "many"}})
except MalformedResponseError as exc:
    assert "AgentRuntime.warmPoolSize: expected an integer, got string" in str(exc), exc
else:
    raise AssertionError("a string warmPoolSize was accepted")
print("ok")
"""


def test_a_field_added_to_the_spec_is_usable_after_regenerating(repo_copy: Path) -> None:
    spec_path = repo_copy / "spec" / "agentrun-2025-09-10.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    for name in ("AgentRuntime", "CreateAgentRuntimeInput", "UpdateAgentRuntimeInput"):
        assert "warmPoolSize" not in schemas[name]["properties"]
        schemas[name]["properties"]["warmPoolSize"] = {
            "type": "integer",
            "description": "Instances kept warm.",
        }
    listing = spec["paths"]["/2025-09-10/agents/runtimes"]["get"]
    listing["parameters"].append(
        {"name": "ownerTeam", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    regenerated = subprocess.run(
        [sys.executable, str(repo_copy / "scripts" / "regenerate")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert regenerated.returncode == 0, regenerated.stdout + regenerated.stderr

    probe = subprocess.run(
        [sys.executable, "-c", _NEW_FIELD_PROBE.format(root=str(repo_copy))],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=repo_copy,
        env={**os.environ, "PYTHONPATH": f"{repo_copy}{os.pathsep}{repo_copy / 'generated'}"},
    )
    assert probe.returncode == 0, probe.stdout + probe.stderr
    assert probe.stdout.strip() == "ok"
    assert _run_check(repo_copy).returncode == 0
