"""A local emulator the environment points at, recording the operations it serves."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: Operations that change state.
WRITES = frozenset(
    {
        "CreateAgentRuntime",
        "UpdateAgentRuntime",
        "DeleteAgentRuntime",
        "CreateAgentRuntimeEndpoint",
        "UpdateAgentRuntimeEndpoint",
        "DeleteAgentRuntimeEndpoint",
        "PublishRuntimeVersion",
    }
)


class Emulator:
    """A running ``LocalAgentRun`` and the operation ids it has served, in order."""

    def __init__(self, local: Any) -> None:
        self.local = local
        self.operations: list[str] = []
        local.before_request(lambda operation, query, path: self.operations.append(operation))

    def writes(self) -> list[str]:
        return [op for op in self.operations if op in WRITES]

    def clear(self) -> None:
        self.operations.clear()


@contextmanager
def running(**options: Any) -> Iterator[Emulator]:
    """Start an emulator (``transition_seconds`` 0 unless given) and point the SDK at it."""
    from agentrun_facade.testing import LocalAgentRun
    from agentrun_facade.testing.pytest_plugin import pointed_at

    options.setdefault("transition_seconds", 0)
    with LocalAgentRun(**options) as local, pointed_at(local):
        yield Emulator(local)
