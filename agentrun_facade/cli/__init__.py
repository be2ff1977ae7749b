"""The ``agentrun`` command: deploy, inspect, invoke, release and remove agent runtimes.

Needs the ``cli`` extra (typer, rich, openai). Nothing here is imported by
``import agentrun_facade``; the command-line libraries load only when the
command runs.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``agentrun`` with ``argv`` (default: the process arguments); return the exit code."""
    from .app import run

    return run(argv)
