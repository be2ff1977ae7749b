"""What the command prints: rich tables for people, JSON for programs.

JSON output is the resource's wire form with secrets masked (environment
variable values, registry passwords) and the inline code package left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from rich.console import Console
from rich.table import Table

from ..models import Status

__all__ = [
    "MASK",
    "Printer",
    "endpoint_rows",
    "public_wire",
    "runtime_rows",
    "version_rows",
]

MASK = "***"
_SECRET_KEYS = frozenset({"password", "armsLicenseKey"})


class Wire(Protocol):
    def to_wire(self) -> dict[str, Any]: ...


def _masked(value: Any, key: str = "") -> Any:
    if key == "environmentVariables" and isinstance(value, Mapping):
        return dict.fromkeys(value, MASK)
    if key in _SECRET_KEYS and value:
        return MASK
    if isinstance(value, Mapping):
        return {k: _masked(v, str(k)) for k, v in value.items() if k != "zipFile"}
    if isinstance(value, list):
        return [_masked(item) for item in value]
    return value


def public_wire(resource: Wire) -> dict[str, Any]:
    """The resource as JSON, safe to print."""
    result: dict[str, Any] = _masked(resource.to_wire())
    return result


def text(value: object) -> str:
    """A cell: enums by value, ``None`` as a dash."""
    if value is None:
        return "-"
    if isinstance(value, Status):
        return value.value
    return str(value)


def runtime_rows(runtimes: Iterable[Any]) -> tuple[list[str], list[list[str]]]:
    header = ["NAME", "ID", "STATUS", "ARTIFACT", "VERSION", "CPU", "MEMORY", "UPDATED"]
    rows = [
        [
            text(r.agent_runtime_name),
            text(r.agent_runtime_id),
            text(r.status),
            text(getattr(r.artifact_type, "value", r.artifact_type)),
            text(r.agent_runtime_version),
            text(r.cpu),
            text(r.memory),
            text(r.last_updated_at),
        ]
        for r in runtimes
    ]
    return header, rows


def routing_text(endpoint: Any) -> str:
    routing = endpoint.routing_configuration
    weights = (routing.version_weights or []) if routing is not None else []
    parts = [f"{w.version}@{w.weight:g}" for w in weights if w.version and w.weight is not None]
    return ", ".join(parts) or "-"


def endpoint_rows(endpoints: Iterable[Any]) -> tuple[list[str], list[list[str]]]:
    header = ["ENDPOINT", "ID", "STATUS", "TARGET", "CANARY", "URL"]
    rows = [
        [
            text(e.agent_runtime_endpoint_name),
            text(e.agent_runtime_endpoint_id),
            text(e.status),
            text(e.target_version),
            routing_text(e),
            text(e.endpoint_public_url),
        ]
        for e in endpoints
    ]
    return header, rows


def version_rows(versions: Iterable[Any]) -> tuple[list[str], list[list[str]]]:
    header = ["VERSION", "DESCRIPTION", "PUBLISHED"]
    rows = [
        [text(v.agent_runtime_version), text(v.description), text(v.last_updated_at)]
        for v in versions
    ]
    return header, rows


class Printer:
    """Prints results on stdout and progress on stderr."""

    def __init__(self, output: str, *, stdout: Console | None = None) -> None:
        self.output = output
        self.out = stdout or Console(soft_wrap=True)
        self.err = Console(stderr=True, soft_wrap=True)

    @property
    def json(self) -> bool:
        return self.output == "json"

    def data(self, value: object) -> None:
        """Print ``value`` as JSON (only in JSON mode)."""
        self.out.print_json(json.dumps(value, default=str))

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None
    ) -> None:
        table = Table(title=title, title_justify="left", box=None, pad_edge=False)
        for name in header:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*row)
        self.out.print(table)

    def fields(self, pairs: Sequence[tuple[str, object]]) -> None:
        table = Table(show_header=False, box=None, pad_edge=False)
        table.add_column(style="bold")
        table.add_column()
        for key, value in pairs:
            table.add_row(key, text(value))
        self.out.print(table)

    def say(self, message: str) -> None:
        """A line for people (stdout in table mode, stderr in JSON mode)."""
        (self.err if self.json else self.out).print(message, highlight=False)

    def progress(self, message: str) -> None:
        """A progress line on stderr."""
        self.err.print(message, highlight=False, style="dim")
