"""Every public method of the three public classes documents its arguments, result and errors.

``help()`` shows what ``inspect.getdoc`` returns, so that is what is checked:
an ``Args`` section naming each parameter (when there are any besides
``self``/``cls``), a ``Returns`` section, and a ``Raises`` section whose
entries are exception classes of ``agentrun_facade.errors``. The sync methods
are derived from the async ones, so their documentation must speak of sync
methods only: no ``*_async`` name and no ``await``.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agentrun_facade import AgentRuntime, AgentRuntimeClient, AgentRuntimeEndpoint, errors

CLASSES: tuple[type, ...] = (AgentRuntimeClient, AgentRuntime, AgentRuntimeEndpoint)
SURFACE = Path(__file__).resolve().parents[1] / "fixtures" / "documented-surface.txt"
SECTION = re.compile(r"^(Args|Returns|Raises):$", re.MULTILINE)
ENTRY = re.compile(r"^    (\*{0,2}\w+):", re.MULTILINE)
#: A ``Raises`` entry for a method that raises nothing of its own.
NOTHING = "Nothing"


def _is_sync(name: str) -> bool:
    return not name.endswith("_async") and name != "aclose"


def _public_functions() -> list[tuple[type, str, Callable[..., Any]]]:
    found = []
    for cls in CLASSES:
        for name in sorted(dir(cls)):
            if name.startswith("_"):
                continue
            attribute = inspect.getattr_static(cls, name)
            function = getattr(attribute, "__func__", attribute)
            if inspect.isfunction(function):
                found.append((cls, name, function))
    return found


FUNCTIONS = _public_functions()
IDS = [f"{cls.__name__}.{name}" for cls, name, _ in FUNCTIONS]
SYNC = [(cls, name) for cls, name, _ in FUNCTIONS if _is_sync(name)]


def _sections(doc: str) -> dict[str, str]:
    """Section name -> its indented body."""
    parts = SECTION.split(doc)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def _parameters(function: Callable[..., Any]) -> list[str]:
    names = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name in ("self", "cls"):
            continue
        prefix = {parameter.VAR_POSITIONAL: "*", parameter.VAR_KEYWORD: "**"}
        names.append(prefix.get(parameter.kind, "") + parameter.name)
    return names


def test_the_walk_covers_the_documented_surface() -> None:
    walked = set(IDS)
    for line in SURFACE.read_text(encoding="utf-8").splitlines():
        cls_name, _, signature = line.partition(": ")
        name = re.search(r"def (\w+)\(", signature)
        assert name is not None, line
        if name.group(1) != "__init__":
            assert f"{cls_name}.{name.group(1)}" in walked


@pytest.mark.parametrize(("cls", "name", "function"), FUNCTIONS, ids=IDS)
def test_docstring_has_args_returns_and_raises(
    cls: type, name: str, function: Callable[..., Any]
) -> None:
    doc = inspect.getdoc(getattr(cls, name)) or ""
    sections = _sections(doc)
    parameters = _parameters(function)
    if parameters:
        assert "Args" in sections, f"{name}: no Args section"
        documented = ENTRY.findall(sections["Args"])
        assert documented == parameters, f"{name}: Args {documented} != {parameters}"
    else:
        assert "Args" not in sections, f"{name}: Args section without parameters"
    assert sections.get("Returns", "").strip(), f"{name}: no Returns section"
    raised = ENTRY.findall(sections.get("Raises", ""))
    assert raised, f"{name}: no Raises section"
    for entry in raised:
        if entry == NOTHING:
            assert raised == [NOTHING], f"{name}: {NOTHING!r} next to real exceptions"
            continue
        error = getattr(errors, entry, None)
        assert isinstance(error, type) and issubclass(error, Exception), (
            f"{name}: {entry} is not an exception class of agentrun_facade.errors"
        )


@pytest.mark.parametrize(("cls", "name"), SYNC, ids=[f"{c.__name__}.{n}" for c, n in SYNC])
def test_sync_docstrings_speak_of_sync_methods(cls: type, name: str) -> None:
    doc = inspect.getdoc(getattr(cls, name)) or ""
    assert not re.search(r"\w_async\b", doc), f"{name} names an _async method"
    assert not re.search(r"\bawait\b", doc), f"{name} speaks of await"


def test_each_sync_method_has_an_async_twin_documented_alike() -> None:
    """The derivation maps names only, so twins have the same sections and entries."""
    by_key = {(cls, name): function for cls, name, function in FUNCTIONS}
    for cls, name, _function in FUNCTIONS:
        twin = "aclose" if name == "close" else f"{name}_async"
        if not _is_sync(name) or (cls, twin) not in by_key:
            continue
        sync_doc = _sections(inspect.getdoc(getattr(cls, name)) or "")
        async_doc = _sections(inspect.getdoc(getattr(cls, twin)) or "")
        assert ENTRY.findall(sync_doc.get("Raises", "")) == ENTRY.findall(
            async_doc.get("Raises", "")
        ), name


def test_with_raw_response_is_documented() -> None:
    doc = inspect.getdoc(AgentRuntimeClient.with_raw_response)
    assert doc and "parse()" in doc
