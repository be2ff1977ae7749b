"""Turning stored records into the JSON answers of the spec.

A record's answer is projected from its stored configuration (input-only fields
dropped, write-only values masked), completed with the server-owned fields that
only change with the record (ids, ARN, timestamps) and serialised once per
record revision; the text is kept in a :class:`WireCache`. Each answer then
only appends the fields that change with time (``status``, ``statusReason``).
The shapes produced are the ones of the generated models (``AgentRuntime``,
...); the tests check both agree.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Callable, Hashable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from .records import EndpointRecord, RuntimeRecord, VersionRecord
from .settings import EmulatorSettings
from .shapes import MASK, shape_of

__all__ = [
    "MASK",
    "WireCache",
    "deleted_runtime_wire",
    "dumps",
    "endpoint_json",
    "invocation_url",
    "iso",
    "runtime_arn",
    "runtime_json",
    "version_wire",
]

_CACHE_LIMIT = 4096


def dumps(value: Any) -> str:
    """Compact JSON text (non-finite numbers are refused)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


class WireCache:
    """Serialised answers by ``(kind, id, revision, ...)``; bounded, thread-safe."""

    def __init__(self, limit: int = _CACHE_LIMIT) -> None:
        self._limit = limit
        self._items: dict[Hashable, str] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, build: Callable[[], str]) -> str:
        """The cached value of ``key``, built (and kept) on first use."""
        found = self._items.get(key)
        if found is not None:
            return found
        value = build()
        with self._lock:
            if len(self._items) >= self._limit:
                # Forget the oldest half; revisions only grow, so old keys are cold.
                for stale in list(self._items)[: self._limit // 2]:
                    del self._items[stale]
            self._items[key] = value
        return value

    def __len__(self) -> int:
        return len(self._items)


@functools.lru_cache(maxsize=4096)
def iso(moment: float) -> str:
    """Epoch seconds as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def runtime_arn(settings: EmulatorSettings, runtime_id: str) -> str:
    """``acs:agentrun:{region}:{account}:runtimes/{id}``."""
    return f"acs:agentrun:{settings.region}:{settings.account_id}:runtimes/{runtime_id}"


def invocation_url(base_url: str, runtime_name: str, endpoint_name: str) -> str:
    """Data-plane URL of an endpoint (append ``/openai/v1`` for an OpenAI client)."""
    return (
        f"{base_url.rstrip('/')}/agent-runtimes/{quote(runtime_name, safe='')}"
        f"/endpoints/{quote(endpoint_name, safe='')}/invocations"
    )


def _with_status(text: str, status: tuple[str, str | None]) -> str:
    """Close the cached object ``text`` (its final ``}`` cut off) with the status fields."""
    tail = f',"status":{dumps(status[0])}'
    if status[1]:
        tail += f',"statusReason":{dumps(status[1])}'
    return text + tail + "}"


def runtime_json(
    settings: EmulatorSettings,
    cache: WireCache,
    runtime: RuntimeRecord,
    status: tuple[str, str | None],
    version: VersionRecord | None = None,
) -> str:
    """The AgentRuntime answer as JSON text (of a published ``version`` when given)."""

    def build() -> str:
        config = version.snapshot if version is not None else runtime.config
        wire: dict[str, Any] = shape_of("AgentRuntime").keep(config, mask=True)
        wire["agentRuntimeId"] = runtime.id
        wire["agentRuntimeArn"] = runtime_arn(settings, runtime.id)
        wire["createdAt"] = iso(runtime.created_at)
        wire["lastUpdatedAt"] = iso(version.published_at if version else runtime.updated_at)
        if version is not None:
            wire["agentRuntimeVersion"] = str(version.number)
        elif runtime.versions_published:
            wire["agentRuntimeVersion"] = str(runtime.versions_published)
        return dumps(wire)[:-1]

    if version is None:
        key: Hashable = ("runtime", runtime.id, runtime.revision)
    else:
        key = ("version", version.key, runtime.created_at)
    return _with_status(cache.get(key, build), status)


def deleted_runtime_wire(runtime: RuntimeRecord) -> dict[str, Any]:
    """What DeleteAgentRuntime answers: only the id is meaningful."""
    return {"agentRuntimeId": runtime.id}


def endpoint_json(
    settings: EmulatorSettings,
    cache: WireCache,
    endpoint: EndpointRecord,
    runtime_name: str,
    status: tuple[str, str | None],
    base_url: str,
) -> str:
    """The AgentRuntimeEndpoint answer as JSON text."""

    def build() -> str:
        config = endpoint.config
        wire: dict[str, Any] = shape_of("AgentRuntimeEndpoint").keep(config, mask=True)
        scaling = config.get("scalingConfig")
        if scaling:
            instances = int(scaling.get("minInstances", 0))
            policies = shape_of("ScalingConfig").keep(scaling, mask=True)
            wire["scalingStatus"] = {
                "minInstances": instances,
                "currentInstances": instances,
                "targetInstances": instances,
                "scheduledPolicies": policies.get("scheduledPolicies", []),
            }
        wire["agentRuntimeEndpointId"] = endpoint.id
        wire["agentRuntimeEndpointArn"] = (
            f"{runtime_arn(settings, endpoint.runtime_id)}/endpoints/{endpoint.id}"
        )
        wire["agentRuntimeId"] = endpoint.runtime_id
        wire["endpointPublicUrl"] = invocation_url(base_url, runtime_name, endpoint.name)
        return dumps(wire)[:-1]

    key = ("endpoint", endpoint.id, endpoint.revision, runtime_name, base_url)
    return _with_status(cache.get(key, build), status)


def version_wire(
    settings: EmulatorSettings, version: VersionRecord, runtime_name: str
) -> dict[str, Any]:
    """The AgentRuntimeVersion answer."""
    wire: dict[str, Any] = {
        "agentRuntimeArn": runtime_arn(settings, version.runtime_id),
        "agentRuntimeId": version.runtime_id,
        "agentRuntimeName": runtime_name,
        "agentRuntimeVersion": str(version.number),
        "lastUpdatedAt": iso(version.published_at),
    }
    if version.description is not None:
        wire["description"] = version.description
    return wire
