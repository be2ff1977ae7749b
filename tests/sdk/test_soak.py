"""The soak benchmark, small: lifecycles under random faults reach their goal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_a_small_soak_meets_its_goal() -> None:
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "soak.py"
    result = subprocess.run(
        [sys.executable, str(script), "--lifecycles", "4", "--seed", "3"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "goal met" in result.stdout
    assert "completed 4/4" in result.stdout
