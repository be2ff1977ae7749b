"""The public classes match the documented SDK surface exactly.

``tests/fixtures/documented-surface.txt`` holds every method signature of the
reference documentation (extracted by ``scripts/extract-surface`` from
``shared/seeds/sdk-*.md``). Each one must exist on our class with the same
parameter names, kinds and defaults, the same sync/async nature, and as a class
method when the documented first parameter is ``cls``.
"""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import agentrun_facade

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "documented-surface.txt"
SEEDS = ROOT.parent / "shared" / "seeds"
EXPECTED_COUNTS = {"AgentRuntimeClient": 25, "AgentRuntime": 46, "AgentRuntimeEndpoint": 20}

Documented = tuple[str, str, ast.FunctionDef | ast.AsyncFunctionDef]


def _documented() -> list[Documented]:
    found: list[Documented] = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        cls_name, _, signature = line.partition(": ")
        node = ast.parse(signature + ": ...").body[0]
        assert isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        found.append((cls_name, node.name, node))
    return found


DOCUMENTED = _documented()


def test_fixture_matches_the_reference_pages() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"reference pages not found at {SEEDS}")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "extract-surface"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout


def _expected_params(node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[tuple[str, Any, Any]]:
    """(name, kind, default) for every documented parameter, in order."""
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    defaults: list[Any] = [inspect.Parameter.empty] * (len(positional) - len(args.defaults))
    defaults += [ast.literal_eval(d) for d in args.defaults]
    params: list[tuple[str, Any, Any]] = []
    for index, arg in enumerate(positional):
        kind = (
            inspect.Parameter.POSITIONAL_ONLY
            if index < len(args.posonlyargs)
            else inspect.Parameter.POSITIONAL_OR_KEYWORD
        )
        params.append((arg.arg, kind, defaults[index]))
    if args.vararg:
        params.append((args.vararg.arg, inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.empty))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        value = inspect.Parameter.empty if default is None else ast.literal_eval(default)
        params.append((arg.arg, inspect.Parameter.KEYWORD_ONLY, value))
    if args.kwarg:
        params.append((args.kwarg.arg, inspect.Parameter.VAR_KEYWORD, inspect.Parameter.empty))
    return params


def test_documented_method_counts() -> None:
    counts: dict[str, int] = {}
    for cls_name, _name, _node in DOCUMENTED:
        counts[cls_name] = counts.get(cls_name, 0) + 1
    assert counts == EXPECTED_COUNTS


@pytest.mark.parametrize(
    ("cls_name", "method", "node"), DOCUMENTED, ids=[f"{c}.{m}" for c, m, _ in DOCUMENTED]
)
def test_documented_method_matches(
    cls_name: str, method: str, node: ast.FunctionDef | ast.AsyncFunctionDef
) -> None:
    cls = getattr(agentrun_facade, cls_name)
    assert hasattr(cls, method), f"{cls_name}.{method} is missing"
    static = inspect.getattr_static(cls, method)
    expected = _expected_params(node)
    is_classmethod = bool(expected) and expected[0][0] == "cls"
    assert isinstance(static, classmethod) is is_classmethod, (
        f"{cls_name}.{method} classmethod-ness differs"
    )
    function = static.__func__ if isinstance(static, classmethod) else static
    actual = [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]
    # Keyword-only parameters with defaults may extend a documented signature.
    extensions = actual[len(expected) :]
    assert all(
        kind is inspect.Parameter.KEYWORD_ONLY and default is not inspect.Parameter.empty
        for _name, kind, default in extensions
    ), f"{cls_name}.{method} adds parameters that are not optional keywords"
    assert actual[: len(expected)] == expected, f"{cls_name}.{method} parameters differ"
    documented_async = isinstance(node, ast.AsyncFunctionDef)
    assert inspect.iscoroutinefunction(function) is documented_async, (
        f"{cls_name}.{method} sync/async differs"
    )
    assert inspect.iscoroutinefunction(getattr(cls, method)) is documented_async


@pytest.mark.parametrize("cls_name", sorted(EXPECTED_COUNTS))
def test_every_async_method_has_a_sync_twin(cls_name: str) -> None:
    cls = getattr(agentrun_facade, cls_name)
    names = {n for n in dir(cls) if not n.startswith("_")}
    for name in sorted(names):
        if name.endswith("_async"):
            twin = name[: -len("_async")]
            assert twin in names, f"{cls_name}.{twin} missing"
            sync_params = inspect.signature(getattr(cls, twin)).parameters.values()
            async_params = inspect.signature(getattr(cls, name)).parameters.values()
            assert [(p.name, p.kind, p.default) for p in sync_params] == [
                (p.name, p.kind, p.default) for p in async_params
            ], f"{cls_name}.{twin} and {name} differ"
            assert not inspect.iscoroutinefunction(getattr(cls, twin))
