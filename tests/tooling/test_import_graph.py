"""The package's import graph has no cycle, counting every import statement.

Imports inside functions and under ``if TYPE_CHECKING:`` count too: a cycle
hidden behind them is still a cycle for a reader following the modules.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    path = ROOT / "scripts" / "import-graph"
    loader = importlib.machinery.SourceFileLoader("import_graph_tool", str(path))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[loader.name] = module
    loader.exec_module(module)
    return module


TOOL = _tool()


def test_the_sdk_has_no_import_cycle() -> None:
    edges = TOOL.graph(include_testing=True)
    assert "agentrun_facade.client" in edges
    assert TOOL.cycles(edges) == []


def test_every_kind_of_import_is_an_edge(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "from . import errors\n"
        "if TYPE_CHECKING:\n"
        "    from .client import Client\n"
        "def f():\n"
        "    from .models.inputs import X\n"
        "    import agentrun_facade.config\n",
        encoding="utf-8",
    )
    known = {
        "agentrun_facade.errors",
        "agentrun_facade.client",
        "agentrun_facade.models",
        "agentrun_facade.models.inputs",
        "agentrun_facade.config",
    }
    found = TOOL.imports_of("agentrun_facade.mod", source, known)
    # The deepest module is the edge (``models.inputs``, not ``models``).
    assert found == known - {"agentrun_facade.models"}


def test_a_cycle_is_reported() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert TOOL.cycles(edges) == [["a", "b", "c"]]
