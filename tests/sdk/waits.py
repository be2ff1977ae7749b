"""Retry policies handed to the client (its public ``retry_policy=`` argument) in tests.

The client decides as it would with any policy; these only change how long it
waits between attempts: not at all, so the tests observe attempts, not delays.
"""

from __future__ import annotations

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
