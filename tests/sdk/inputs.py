"""Inputs the emulator accepts, under names no other test of the run uses."""

from __future__ import annotations

import itertools
from typing import Any

from agentrun_facade import AgentRuntimeCode, AgentRuntimeCreateInput

#: A code artifact the emulator accepts (an empty zip archive).
CODE = AgentRuntimeCode(language="python3.12", command=["python", "main.py"], zip_file="UEsFBg==")

_names = itertools.count()


def unique(prefix: str) -> str:
    """A runtime or endpoint name no other test of the run uses."""
    return f"{prefix}-{next(_names)}"


def runtime_input(name: str, **fields: Any) -> AgentRuntimeCreateInput:
    """A code runtime called ``name`` (``fields`` add to or override the rest)."""
    return AgentRuntimeCreateInput(agent_runtime_name=name, code_configuration=CODE, **fields)


#: A chat the emulator's echo agent answers with ``echo: hello there``.
MESSAGES = [{"role": "user", "content": "hello there"}]
