"""The emulator's state and the rules of the service.

One lock guards everything, so the store can be used from the server's event
loop and from test threads at the same time. Status transitions are computed
lazily from timestamps (see :mod:`.lifecycle`); resources whose deletion has
settled are purged on the next access. With a ``state_file`` every change is
committed to SQLite before the call returns.
"""

from __future__ import annotations

import copy
import hashlib
import threading
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from .errors import already_exists, busy, not_found, validation_failed
from .lifecycle import (
    CREATE_FAILED,
    CREATING,
    DELETING,
    READY,
    TRANSITIONAL,
    UPDATE_FAILED,
    UPDATING,
    Lifecycle,
)
from .persistence import Change, SqliteState
from .records import EndpointRecord, RuntimeRecord, VersionRecord
from .settings import FAIL_TRIGGER, EmulatorSettings

LATEST = "LATEST"
RUNTIME = "AgentRuntime"
ENDPOINT = "AgentRuntimeEndpoint"
VERSION = "AgentRuntimeVersion"
_WEIGHT_TOLERANCE = 1e-9
#: The configuration field each artifact type needs (API reference, CreateAgentRuntimeInput).
_ARTIFACT_CONFIG = {"Code": "codeConfiguration", "Container": "containerConfiguration"}


def _fail_reason(config: Mapping[str, Any]) -> str | None:
    env = config.get("environmentVariables") or {}
    if FAIL_TRIGGER not in env:
        return None
    return str(env[FAIL_TRIGGER]) or f"failed on purpose ({FAIL_TRIGGER})"


def _check_artifact(config: Mapping[str, Any]) -> None:
    """The configuration that ``artifactType`` names must be present."""
    artifact = config.get("artifactType")
    field = _ARTIFACT_CONFIG.get(str(artifact))
    if field is not None and config.get(field) is None:
        raise validation_failed(
            f"invalid request body: {field} is required when artifactType is {artifact}"
        )


class Store:
    """Runtimes, endpoints and versions, with the service's rules applied."""

    def __init__(self, settings: EmulatorSettings) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        self._runtimes: dict[str, RuntimeRecord] = {}
        self._endpoints: dict[str, EndpointRecord] = {}
        self._versions: dict[str, VersionRecord] = {}
        self._counter = 0
        self._pending: list[Change] = []
        self._db = SqliteState(settings.state_file) if settings.state_file else None
        if self._db is not None:
            self._load(self._db)

    # ------------------------------------------------------------------ plumbing

    def now(self) -> float:
        """Current time of the emulator's clock (epoch seconds)."""
        return self.settings.clock()

    def _load(self, db: SqliteState) -> None:
        for doc in db.load("runtime"):
            runtime = RuntimeRecord.from_json(doc)
            self._runtimes[runtime.id] = runtime
        for doc in db.load("endpoint"):
            endpoint = EndpointRecord.from_json(doc)
            self._endpoints[endpoint.id] = endpoint
        for doc in db.load("version"):
            version = VersionRecord.from_json(doc)
            self._versions[version.key] = version
        self._counter = int(db.get_meta("counter") or 0)

    def _next(self, prefix: str) -> tuple[int, str]:
        self._counter += 1
        digest = hashlib.sha256(f"{self.settings.seed}:{prefix}:{self._counter}".encode())
        return self._counter, f"{prefix}-{digest.hexdigest()[:16]}"

    def _put(self, record: RuntimeRecord | EndpointRecord | VersionRecord) -> None:
        if isinstance(record, RuntimeRecord):
            self._pending.append(Change("runtime", record.id, record.seq, record.to_json()))
        elif isinstance(record, EndpointRecord):
            self._pending.append(Change("endpoint", record.id, record.seq, record.to_json()))
        else:
            self._pending.append(Change("version", record.key, record.seq, record.to_json()))

    def _flush(self) -> None:
        changes, self._pending = self._pending, []
        if self._db is not None and changes:
            self._db.apply(changes, {"counter": str(self._counter)})

    def _settle(self) -> None:
        """Purge resources whose deletion has completed."""
        now = self.now()
        for runtime in list(self._runtimes.values()):
            if runtime.lifecycle.at(now)[0] is None:
                self._purge_runtime(runtime.id)
        for endpoint in list(self._endpoints.values()):
            if endpoint.lifecycle.at(now)[0] is None:
                del self._endpoints[endpoint.id]
                self._pending.append(Change("endpoint", endpoint.id))
        self._flush()

    def _purge_runtime(self, runtime_id: str) -> None:
        del self._runtimes[runtime_id]
        self._pending.append(Change("runtime", runtime_id))
        for endpoint in [e for e in self._endpoints.values() if e.runtime_id == runtime_id]:
            del self._endpoints[endpoint.id]
            self._pending.append(Change("endpoint", endpoint.id))
        for version in [v for v in self._versions.values() if v.runtime_id == runtime_id]:
            del self._versions[version.key]
            self._pending.append(Change("version", version.key))

    def _begin(self, phase: str, final: str | None, reason: str | None = None) -> Lifecycle:
        return Lifecycle.begin(
            phase,
            now=self.now(),
            delay=self.settings.transition_seconds,
            final_status=final,
            final_reason=reason,
        )

    def status(self, record: RuntimeRecord | EndpointRecord) -> tuple[str, str | None]:
        """``(status, statusReason)`` of a live record right now."""
        status, reason = record.lifecycle.at(self.now())
        return status or DELETING, reason

    def close(self) -> None:
        """Release the state file, if any."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    # ------------------------------------------------------------------ lookups

    def _runtime(self, runtime_id: str) -> RuntimeRecord:
        runtime = self._runtimes.get(runtime_id)
        if runtime is None:
            raise not_found(RUNTIME, runtime_id)
        return runtime

    def _endpoint(self, runtime_id: str, endpoint_id: str) -> EndpointRecord:
        endpoint = self._endpoints.get(endpoint_id)
        if endpoint is None or endpoint.runtime_id != runtime_id:
            raise not_found(ENDPOINT, endpoint_id)
        return endpoint

    def _runtime_named(self, name: str) -> RuntimeRecord | None:
        return next((r for r in self._runtimes.values() if r.name == name), None)

    def _endpoints_of(self, runtime_id: str) -> list[EndpointRecord]:
        found = [e for e in self._endpoints.values() if e.runtime_id == runtime_id]
        return sorted(found, key=lambda e: e.seq)

    def _versions_of(self, runtime_id: str) -> list[VersionRecord]:
        found = [v for v in self._versions.values() if v.runtime_id == runtime_id]
        return sorted(found, key=lambda v: v.number)

    def _require_settled(self, kind: str, record: RuntimeRecord | EndpointRecord) -> None:
        status, _ = self.status(record)
        if status in TRANSITIONAL:
            raise busy(kind, record.id, status)

    def _check_versions(self, runtime_id: str, body: Mapping[str, Any]) -> None:
        """``targetVersion`` and routing weights must name known versions; weights <= 1."""
        known = {LATEST} | {str(v.number) for v in self._versions_of(runtime_id)}
        problems: list[str] = []
        target = body.get("targetVersion")
        if target is not None and target not in known:
            problems.append(f"targetVersion: version {target!r} does not exist")
        weights = (body.get("routingConfiguration") or {}).get("versionWeights") or []
        for index, weight in enumerate(weights):
            where = f"routingConfiguration.versionWeights[{index}].version"
            version = weight.get("version")
            if version is None:
                problems.append(f"{where}: is required")
            elif version not in known:
                problems.append(f"{where}: version {version!r} does not exist")
        if sum(float(w.get("weight", 0)) for w in weights) > 1 + _WEIGHT_TOLERANCE:
            problems.append("routingConfiguration.versionWeights: weights must sum to at most 1")
        if problems:
            raise validation_failed("invalid request body: " + "; ".join(problems))

    # ------------------------------------------------------------------ runtimes

    def create_runtime(self, body: Mapping[str, Any]) -> RuntimeRecord:
        """CreateAgentRuntime: a new runtime in CREATING."""
        with self._lock:
            _check_artifact(body)
            self._settle()
            name = str(body["agentRuntimeName"])
            if self._runtime_named(name) is not None:
                raise already_exists(RUNTIME, name)
            config = copy.deepcopy(dict(body))
            reason = _fail_reason(config)
            seq, runtime_id = self._next("ar")
            now = self.now()
            runtime = RuntimeRecord(
                id=runtime_id,
                seq=seq,
                config=config,
                created_at=now,
                updated_at=now,
                lifecycle=self._begin(CREATING, CREATE_FAILED if reason else READY, reason),
            )
            self._runtimes[runtime_id] = runtime
            self._put(runtime)
            self._flush()
            return copy.deepcopy(runtime)

    def get_runtime(self, runtime_id: str) -> RuntimeRecord:
        """GetAgentRuntime."""
        with self._lock:
            self._settle()
            return copy.deepcopy(self._runtime(runtime_id))

    def update_runtime(self, runtime_id: str, body: Mapping[str, Any]) -> RuntimeRecord:
        """UpdateAgentRuntime: merge the fields sent; the runtime goes UPDATING."""
        with self._lock:
            self._settle()
            runtime = self._runtime(runtime_id)
            changes = {k: copy.deepcopy(v) for k, v in body.items() if k != "forceEvictInstances"}
            if "artifactType" in changes:
                _check_artifact({**runtime.config, **changes})
            self._require_settled(RUNTIME, runtime)
            new_name = changes.get("agentRuntimeName")
            other = self._runtime_named(new_name) if new_name else None
            if other is not None and other.id != runtime_id:
                raise already_exists(RUNTIME, str(new_name))
            # Copy on write: listed snapshots share the old dict, never a changed one.
            runtime.config = {**runtime.config, **changes}
            reason = _fail_reason(runtime.config)
            runtime.lifecycle = self._begin(UPDATING, UPDATE_FAILED if reason else READY, reason)
            runtime.updated_at = self.now()
            self._put(runtime)
            self._flush()
            return copy.deepcopy(runtime)

    def delete_runtime(self, runtime_id: str) -> RuntimeRecord:
        """DeleteAgentRuntime: the runtime and its endpoints go DELETING, then vanish."""
        with self._lock:
            self._settle()
            runtime = self._runtime(runtime_id)
            if self.status(runtime)[0] != DELETING:
                runtime.lifecycle = self._begin(DELETING, None)
                self._put(runtime)
                for endpoint in self._endpoints_of(runtime_id):
                    if self.status(endpoint)[0] != DELETING:
                        endpoint.lifecycle = runtime.lifecycle
                        self._put(endpoint)
            self._flush()
            result = copy.deepcopy(runtime)
            self._settle()
            return result

    def list_runtimes(
        self,
        *,
        name: str | None = None,
        statuses: Iterable[str] | None = None,
        system_tags: Iterable[str] | None = None,
        workspace_ids: Iterable[str] | None = None,
        resource_group_id: str | None = None,
    ) -> list[RuntimeRecord]:
        """ListAgentRuntimes (every match, in creation order)."""
        wanted_status = set(statuses) if statuses is not None else None
        wanted_tags = set(system_tags or ())
        wanted_ws = set(workspace_ids) if workspace_ids is not None else None
        with self._lock:
            self._settle()
            found = []
            for runtime in sorted(self._runtimes.values(), key=lambda r: r.seq):
                config = runtime.config
                if name is not None and runtime.name != name:
                    continue
                if wanted_status is not None and self.status(runtime)[0] not in wanted_status:
                    continue
                if not wanted_tags <= set(config.get("systemTags") or ()):
                    continue
                if wanted_ws is not None and config.get("workspaceId") not in wanted_ws:
                    continue
                if resource_group_id is not None and (
                    config.get("resourceGroupId") != resource_group_id
                ):
                    continue
                # A shallow snapshot suffices: configs are replaced, never changed in place.
                found.append(attrs.evolve(runtime))
            return found

    # ------------------------------------------------------------------ endpoints

    def create_endpoint(self, runtime_id: str, body: Mapping[str, Any]) -> EndpointRecord:
        """CreateAgentRuntimeEndpoint: a new endpoint in CREATING."""
        with self._lock:
            self._settle()
            runtime = self._runtime(runtime_id)
            self._require_settled(RUNTIME, runtime)
            name = body.get("agentRuntimeEndpointName")
            if name is None:
                raise validation_failed(
                    "invalid request body: agentRuntimeEndpointName: is required"
                )
            if any(e.name == name for e in self._endpoints_of(runtime_id)):
                raise already_exists(ENDPOINT, f"{runtime_id}/{name}")
            self._check_versions(runtime_id, body)
            config = copy.deepcopy(dict(body))
            config.setdefault("targetVersion", LATEST)
            seq, endpoint_id = self._next("are")
            now = self.now()
            endpoint = EndpointRecord(
                id=endpoint_id,
                runtime_id=runtime_id,
                seq=seq,
                config=config,
                created_at=now,
                updated_at=now,
                lifecycle=self._begin(CREATING, READY),
            )
            self._endpoints[endpoint_id] = endpoint
            self._put(endpoint)
            self._flush()
            return copy.deepcopy(endpoint)

    def get_endpoint(self, runtime_id: str, endpoint_id: str) -> EndpointRecord:
        """GetAgentRuntimeEndpoint."""
        with self._lock:
            self._settle()
            self._runtime(runtime_id)
            return copy.deepcopy(self._endpoint(runtime_id, endpoint_id))

    def update_endpoint(
        self, runtime_id: str, endpoint_id: str, body: Mapping[str, Any]
    ) -> EndpointRecord:
        """UpdateAgentRuntimeEndpoint: merge the fields sent; the endpoint goes UPDATING."""
        with self._lock:
            self._settle()
            runtime = self._runtime(runtime_id)
            endpoint = self._endpoint(runtime_id, endpoint_id)
            self._require_settled(RUNTIME, runtime)
            self._require_settled(ENDPOINT, endpoint)
            name = body.get("agentRuntimeEndpointName")
            if name is not None and any(
                e.name == name and e.id != endpoint_id for e in self._endpoints_of(runtime_id)
            ):
                raise already_exists(ENDPOINT, f"{runtime_id}/{name}")
            self._check_versions(runtime_id, body)
            changes = {k: copy.deepcopy(v) for k, v in body.items() if k != "deleteScalingConfig"}
            if body.get("deleteScalingConfig"):
                endpoint.config.pop("scalingConfig", None)
            endpoint.config.update(changes)
            endpoint.lifecycle = self._begin(UPDATING, READY)
            endpoint.updated_at = self.now()
            self._put(endpoint)
            self._flush()
            return copy.deepcopy(endpoint)

    def delete_endpoint(self, runtime_id: str, endpoint_id: str) -> EndpointRecord:
        """DeleteAgentRuntimeEndpoint: the endpoint goes DELETING, then vanishes."""
        with self._lock:
            self._settle()
            self._runtime(runtime_id)
            endpoint = self._endpoint(runtime_id, endpoint_id)
            if self.status(endpoint)[0] != DELETING:
                endpoint.lifecycle = self._begin(DELETING, None)
                self._put(endpoint)
                self._flush()
            result = copy.deepcopy(endpoint)
            self._settle()
            return result

    def list_endpoints(self, runtime_id: str, *, name: str | None = None) -> list[EndpointRecord]:
        """ListAgentRuntimeEndpoints (every match, in creation order)."""
        with self._lock:
            self._settle()
            self._runtime(runtime_id)
            return [
                copy.deepcopy(e)
                for e in self._endpoints_of(runtime_id)
                if name is None or e.name == name
            ]

    # ------------------------------------------------------------------ versions

    def publish_version(self, runtime_id: str, body: Mapping[str, Any] | None) -> VersionRecord:
        """PublishRuntimeVersion: snapshot the runtime's configuration as version N+1."""
        with self._lock:
            self._settle()
            runtime = self._runtime(runtime_id)
            self._require_settled(RUNTIME, runtime)
            runtime.versions_published += 1
            seq, _ = self._next("arv")
            description = (body or {}).get("description")
            version = VersionRecord(
                runtime_id=runtime_id,
                number=runtime.versions_published,
                seq=seq,
                description=None if description is None else str(description),
                snapshot=copy.deepcopy(runtime.config),
                published_at=self.now(),
            )
            self._versions[version.key] = version
            self._put(runtime)
            self._put(version)
            self._flush()
            return copy.deepcopy(version)

    def list_versions(self, runtime_id: str) -> list[VersionRecord]:
        """ListAgentRuntimeVersions (oldest first)."""
        with self._lock:
            self._settle()
            self._runtime(runtime_id)
            return [copy.deepcopy(v) for v in self._versions_of(runtime_id)]

    def get_version(self, runtime_id: str, version: str) -> VersionRecord:
        """One published version of a runtime."""
        with self._lock:
            self._settle()
            self._runtime(runtime_id)
            found = self._versions.get(f"{runtime_id}/{version}")
            if found is None:
                raise not_found(VERSION, f"{runtime_id}/{version}")
            return copy.deepcopy(found)

    # ------------------------------------------------------------------ data plane

    def resolve_invocation(
        self, runtime_name: str, endpoint_name: str
    ) -> tuple[RuntimeRecord, EndpointRecord]:
        """The READY runtime and endpoint addressed by name."""
        with self._lock:
            self._settle()
            runtime = self._runtime_named(runtime_name)
            if runtime is None:
                raise not_found(RUNTIME, runtime_name)
            endpoint = next(
                (e for e in self._endpoints_of(runtime.id) if e.name == endpoint_name), None
            )
            if endpoint is None:
                raise not_found(ENDPOINT, f"{runtime_name}/{endpoint_name}")
            for kind, record, label in (
                (RUNTIME, runtime, runtime_name),
                (ENDPOINT, endpoint, f"{runtime_name}/{endpoint_name}"),
            ):
                status = self.status(record)[0]
                if status != READY:
                    raise busy(kind, label, status)
            return copy.deepcopy(runtime), copy.deepcopy(endpoint)

    # ------------------------------------------------------------------ inspection

    def runtimes(self) -> list[RuntimeRecord]:
        """Copies of every live runtime, in creation order."""
        return self.list_runtimes()

    def endpoints(self, runtime_id: str | None = None) -> list[EndpointRecord]:
        """Copies of every live endpoint (of one runtime when given)."""
        with self._lock:
            self._settle()
            found = sorted(self._endpoints.values(), key=lambda e: e.seq)
            return [copy.deepcopy(e) for e in found if runtime_id in (None, e.runtime_id)]

    def versions(self, runtime_id: str | None = None) -> list[VersionRecord]:
        """Copies of every published version (of one runtime when given)."""
        with self._lock:
            self._settle()
            found = sorted(self._versions.values(), key=lambda v: v.seq)
            return [copy.deepcopy(v) for v in found if runtime_id in (None, v.runtime_id)]

    def reset(self) -> None:
        """Forget every resource (also in the state file)."""
        with self._lock:
            for runtime_id in list(self._runtimes):
                self._purge_runtime(runtime_id)
            for endpoint_id in list(self._endpoints):
                del self._endpoints[endpoint_id]
                self._pending.append(Change("endpoint", endpoint_id))
            self._flush()

    def __repr__(self) -> str:
        return (
            f"<Store runtimes={len(self._runtimes)} endpoints={len(self._endpoints)} "
            f"versions={len(self._versions)}>"
        )
