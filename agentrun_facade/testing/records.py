"""Stored resources: runtimes, endpoints and published versions.

``config`` holds the wire fields the caller sent (camelCase, as in the spec);
everything server-owned (ids, status, timestamps) lives in typed attributes.
A stored ``config`` is never changed in place: a change replaces it and bumps
``revision``, so snapshots and rendered answers can share it safely.
"""

from __future__ import annotations

import copy
from typing import Any

import attrs

from .lifecycle import Lifecycle


@attrs.define
class RuntimeRecord:
    """An agent runtime."""

    id: str
    seq: int
    config: dict[str, Any]
    created_at: float
    updated_at: float
    lifecycle: Lifecycle
    versions_published: int = 0
    revision: int = 0

    @property
    def name(self) -> str:
        return str(self.config["agentRuntimeName"])

    def snapshot(self) -> RuntimeRecord:
        """A shallow copy (the stored ``config`` is shared: it is never changed in place)."""
        return RuntimeRecord(
            self.id,
            self.seq,
            self.config,
            self.created_at,
            self.updated_at,
            self.lifecycle,
            self.versions_published,
            self.revision,
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = attrs.asdict(self, recurse=False)
        data["lifecycle"] = self.lifecycle.to_json()
        return copy.deepcopy(data)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RuntimeRecord:
        """Inverse of :meth:`to_json`."""
        fields = dict(data)
        fields["lifecycle"] = Lifecycle.from_json(fields["lifecycle"])
        return cls(**fields)


@attrs.define
class EndpointRecord:
    """An endpoint of a runtime."""

    id: str
    runtime_id: str
    seq: int
    config: dict[str, Any]
    created_at: float
    updated_at: float
    lifecycle: Lifecycle
    revision: int = 0

    @property
    def name(self) -> str:
        return str(self.config["agentRuntimeEndpointName"])

    def snapshot(self) -> EndpointRecord:
        """A shallow copy (the stored ``config`` is shared: it is never changed in place)."""
        return EndpointRecord(
            self.id,
            self.runtime_id,
            self.seq,
            self.config,
            self.created_at,
            self.updated_at,
            self.lifecycle,
            self.revision,
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = attrs.asdict(self, recurse=False)
        data["lifecycle"] = self.lifecycle.to_json()
        return copy.deepcopy(data)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EndpointRecord:
        """Inverse of :meth:`to_json`."""
        fields = dict(data)
        fields["lifecycle"] = Lifecycle.from_json(fields["lifecycle"])
        return cls(**fields)


@attrs.define
class VersionRecord:
    """A published snapshot of a runtime's configuration."""

    runtime_id: str
    number: int
    seq: int
    description: str | None
    snapshot: dict[str, Any]
    published_at: float

    @property
    def key(self) -> str:
        return f"{self.runtime_id}/{self.number}"

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return copy.deepcopy(attrs.asdict(self, recurse=False))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> VersionRecord:
        """Inverse of :meth:`to_json`."""
        return cls(**data)
