"""Turning stored records into the JSON answers of the spec.

Stored configuration is projected onto the output schema of the spec
(input-only fields dropped, write-only values masked) once per record revision
and kept in a :class:`WireCache`; each answer then adds the server-owned fields
(ids, status, timestamps) to a shallow copy. The shapes produced are the ones
of the generated models (``AgentRuntime``, ...); the tests check both agree.
"""

from __future__ import annotations

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
    "endpoint_wire",
    "invocation_url",
    "iso",
    "runtime_arn",
    "runtime_wire",
    "version_wire",
]

_CACHE_LIMIT = 4096


class WireCache:
    """Projected configurations by ``(kind, id, revision)``; bounded, thread-safe."""

    def __init__(self, limit: int = _CACHE_LIMIT) -> None:
        self._limit = limit
        self._items: dict[Hashable, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
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


def _runtime_config(config: dict[str, Any]) -> dict[str, Any]:
    projected: dict[str, Any] = shape_of("AgentRuntime").keep(config, mask=True)
    return projected


def runtime_wire(
    settings: EmulatorSettings,
    cache: WireCache,
    runtime: RuntimeRecord,
    status: tuple[str, str | None],
    version: VersionRecord | None = None,
) -> dict[str, Any]:
    """The AgentRuntime answer (of a published ``version`` when given)."""
    if version is None:
        key: Hashable = ("runtime", runtime.id, runtime.revision)
        config = runtime.config
    else:
        key = ("version", version.key)
        config = version.snapshot
    wire = dict(cache.get(key, lambda: _runtime_config(config)))
    wire["agentRuntimeId"] = runtime.id
    wire["agentRuntimeArn"] = runtime_arn(settings, runtime.id)
    wire["createdAt"] = iso(runtime.created_at)
    wire["lastUpdatedAt"] = iso(version.published_at if version else runtime.updated_at)
    wire["status"] = status[0]
    if status[1]:
        wire["statusReason"] = status[1]
    if version is not None:
        wire["agentRuntimeVersion"] = str(version.number)
    elif runtime.versions_published:
        wire["agentRuntimeVersion"] = str(runtime.versions_published)
    return wire


def deleted_runtime_wire(runtime: RuntimeRecord) -> dict[str, Any]:
    """What DeleteAgentRuntime answers: only the id is meaningful."""
    return {"agentRuntimeId": runtime.id}


def _endpoint_config(config: dict[str, Any]) -> dict[str, Any]:
    wire: dict[str, Any] = shape_of("AgentRuntimeEndpoint").keep(config, mask=True)
    scaling = config.get("scalingConfig")
    if scaling:
        instances = int(scaling.get("minInstances", 0))
        policies = shape_of("ScalingConfig").keep(scaling, mask=True).get("scheduledPolicies", [])
        wire["scalingStatus"] = {
            "minInstances": instances,
            "currentInstances": instances,
            "targetInstances": instances,
            "scheduledPolicies": policies,
        }
    return wire


def endpoint_wire(
    settings: EmulatorSettings,
    cache: WireCache,
    endpoint: EndpointRecord,
    runtime_name: str,
    status: tuple[str, str | None],
    base_url: str,
) -> dict[str, Any]:
    """The AgentRuntimeEndpoint answer."""
    key = ("endpoint", endpoint.id, endpoint.revision)
    wire = dict(cache.get(key, lambda: _endpoint_config(endpoint.config)))
    wire["agentRuntimeEndpointId"] = endpoint.id
    wire["agentRuntimeEndpointArn"] = (
        f"{runtime_arn(settings, endpoint.runtime_id)}/endpoints/{endpoint.id}"
    )
    wire["agentRuntimeId"] = endpoint.runtime_id
    wire["endpointPublicUrl"] = invocation_url(base_url, runtime_name, endpoint.name)
    wire["status"] = status[0]
    if status[1]:
        wire["statusReason"] = status[1]
    return wire


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
