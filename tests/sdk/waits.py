"""Waits in tests: retry policies handed to the client, and a consumer's pause.

The client decides as it would with any policy; these only change how long it
waits between attempts: not at all, so the tests observe attempts, not delays.
:func:`pause_async` (``pause`` in the derived sync tests) stands for a consumer
busy with what it was given, so the client's work meanwhile can be observed.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import attrs

from agentrun_facade.retry import RetryPolicy

#: Retries without waiting.
NO_WAIT = RetryPolicy(backoff_base=0.0, backoff_cap=0.0, retry_after_cap=0.0)


@attrs.frozen
class NotedWaits(RetryPolicy):
    """A retry policy that notes each delay it decides and waits none of it."""

    decided: list[float] = attrs.field(factory=list, eq=False, repr=False)

    def decide(self, **outcome: Any) -> float | None:
        """The delay :meth:`RetryPolicy.decide` chooses, noted; the client waits 0 s."""
        delay = super().decide(**outcome)
        if delay is None:
            return None
        self.decided.append(delay)
        return 0.0


async def pause_async(seconds: float) -> None:
    """Let ``seconds`` pass without blocking the event loop."""
    await asyncio.sleep(seconds)


def pause(seconds: float) -> None:
    """Sync twin of :func:`pause_async`: block the thread for ``seconds``."""
    time.sleep(seconds)
