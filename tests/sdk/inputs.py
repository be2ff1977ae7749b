"""Inputs the emulator accepts: runtimes under names no other test of the run uses, a chat,
STS credentials."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from agentrun_facade import AgentRuntimeCode, AgentRuntimeCreateInput
from agentrun_facade.models import to_wire
from agentrun_facade.signing import Credentials

if TYPE_CHECKING:
    from agentrun_facade.testing import LocalAgentRun

#: A code artifact the emulator accepts (an empty zip archive).
CODE = AgentRuntimeCode(language="python3.12", command=["python", "main.py"], zip_file="UEsFBg==")

_names = itertools.count()


def unique(prefix: str) -> str:
    """A runtime or endpoint name no other test of the run uses."""
    return f"{prefix}-{next(_names)}"


def runtime_input(name: str, **fields: Any) -> AgentRuntimeCreateInput:
    """A code runtime called ``name`` (``fields`` add to or override the rest)."""
    return AgentRuntimeCreateInput(agent_runtime_name=name, code_configuration=CODE, **fields)


def runtime_body(name: str) -> dict[str, Any]:
    """``runtime_input(name)`` as the client sends it (wire form), to put in an emulator's store."""
    return to_wire(runtime_input(name).prepared())


def seed(local: LocalAgentRun, prefix: str, count: int) -> list[str]:
    """Put ``prefix-00000`` ... in the emulator's store directly; their names, oldest first."""
    names = [f"{prefix}-{index:05d}" for index in range(count)]
    for name in names:
        local.state.create_runtime(runtime_body(name))
    return names


#: A chat the emulator's echo agent answers with ``echo: hello there``.
MESSAGES = [{"role": "user", "content": "hello there"}]

#: An STS triple (obviously fake) that ``sts_config`` signs with.
STS = Credentials("STS.TESTONLY", "sts-secret-not-real", "sts-token-not-real")
