"""generated/ is what the spec produces, and the check notices a one-character edit."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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
    for folder in ("spec", "scripts", "generated"):
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
