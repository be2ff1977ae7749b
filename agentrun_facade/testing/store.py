"""The emulator's state and the rules of the service.

One lock guards everything, so the store can be used from the server's event
loop and from test threads at the same time. Status transitions are computed
lazily from timestamps (see :mod:`.lifecycle`); resources whose deletion has
settled are purged on the next access. With a ``state_file`` every change is
committed to SQLite before the call returns.

Reads return snapshots that share the stored ``config`` (it is replaced, never
changed in place); the inspection methods (:meth:`Store.runtimes`, ...) return
deep copies.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

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
from .render import WireCache
from .settings import ENDPOINT_STATUS_TRIGGER, FAIL_TRIGGER, STATUS_TRIGGER, EmulatorSettings

LATEST = "LATEST"
RUNTIME = "AgentRuntime"
ENDPOINT = "AgentRuntimeEndpoint"
VERSION = "AgentRuntimeVersion"
_WEIGHT_TOLERANCE = 1e-9
#: The configuration field each artifact type needs (API reference, CreateAgentRuntimeInput).
_ARTIFACT_CONFIG = {"Code": "codeConfiguration", "Container": "containerConfiguration"}
#: Statuses in which a runtime or endpoint serves requests (``ACTIVE``: official
#: endpoint example).
SERVING = frozenset({READY, "ACTIVE"})
#: API reference: COOKIE is accepted and normalised by the server to GENERATED_COOKIE.
_AFFINITY_ALIASES = {"COOKIE": "GENERATED_COOKIE"}
_EXACT_SEARCH = "exact"
Record = RuntimeRecord | EndpointRecord


def _failed(status: str) -> bool:
    return status == "FAILED" or status.endswith("_FAILED")


def _outcome(config: Mapping[str, Any], failed_status: str) -> tuple[str, str | None]:
    """Final ``(status, statusReason)`` of a runtime change, from its trigger variables."""
    env = config.get("environmentVariables") or {}
    reason = env.get(FAIL_TRIGGER)
    status = env.get(STATUS_TRIGGER) or (READY if reason is None else failed_status)
    if reason is None and _failed(status):
        return status, f"failed on purpose ({STATUS_TRIGGER})"
    if reason is not None:
        return status, reason or f"failed on purpose ({FAIL_TRIGGER})"
    return status, None


def _endpoint_outcome(runtime_config: Mapping[str, Any]) -> tuple[str, str | None]:
    """Final ``(status, statusReason)`` of an endpoint change, from its runtime's variables."""
    env = runtime_config.get("environmentVariables") or {}
    status = env.get(ENDPOINT_STATUS_TRIGGER) or READY
    return status, f"failed on purpose ({ENDPOINT_STATUS_TRIGGER})" if _failed(status) else None


def _normalised(body: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``body`` to store, with documented aliases resolved."""
    config = {key: copy.deepcopy(value) for key, value in body.items()}
    affinity = config.get("sessionAffinityType")
    if affinity in _AFFINITY_ALIASES:
        config["sessionAffinityType"] = _AFFINITY_ALIASES[affinity]
    return config


def _name_matches(name: str, wanted: str | None, exact: bool) -> bool:
    if wanted is None:
        return True
    return name == wanted if exact else wanted in name


def is_exact_search(search_mode: str | None) -> bool:
    """True when ``searchMode`` asks for exact name matching (fuzzy otherwise)."""
    return search_mode is not None and search_mode.strip().lower() == _EXACT_SEARCH


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
        self._revision = 0
        self._deleting: set[str] = set()
        self._order_keys: dict[str, str] = {}
        self._pending: list[Change] = []
        self.wire = WireCache()
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
        records: list[Record] = [*self._runtimes.values(), *self._endpoints.values()]
        for record in records:
            self._track(record)
        # Revisions keep growing across restarts, so a cached answer is never reused wrongly.
        self._revision = max((record.revision for record in records), default=0)

    def _next(self, prefix: str) -> tuple[int, str]:
        self._counter += 1
        digest = hashlib.sha256(f"{self.settings.seed}:{prefix}:{self._counter}".encode())
        return self._counter, f"{prefix}-{digest.hexdigest()[:16]}"

    def _track(self, record: Record) -> None:
        """Remember records whose lifecycle ends in removal, so settling stays cheap."""
        if record.lifecycle.final_status is None:
            self._deleting.add(record.id)

    def _put(self, record: RuntimeRecord | EndpointRecord | VersionRecord) -> None:
        if not isinstance(record, VersionRecord):
            self._revision += 1
            record.revision = self._revision
            self._track(record)
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
        if not self._deleting:
            return
        now = self.now()
        for record_id in sorted(self._deleting):
            runtime = self._runtimes.get(record_id)
            if runtime is not None and runtime.lifecycle.at(now)[0] is None:
                self._purge_runtime(record_id)
        for record_id in sorted(self._deleting):
            endpoint = self._endpoints.get(record_id)
            if endpoint is not None and endpoint.lifecycle.at(now)[0] is None:
                del self._endpoints[record_id]
                self._pending.append(Change("endpoint", record_id))
        self._deleting = {
            record_id
            for record_id in self._deleting
            if record_id in self._runtimes or record_id in self._endpoints
        }
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

    def _ordered(self, records: Iterable[Any], key_id: Any = None) -> list[Any]:
        """``records`` in the configured list order (``seq`` is creation order)."""
        order = self.settings.list_order
        if order == "oldest":
            return sorted(records, key=lambda r: r.seq)
        if order == "newest":
            return sorted(records, key=lambda r: r.seq, reverse=True)
        return sorted(records, key=lambda r: self._order_key(key_id(r) if key_id else r.id))

    def _order_key(self, ident: str) -> str:
        key = self._order_keys.get(ident)
        if key is None:
            digest = hashlib.sha256(f"{self.settings.seed}:order:{ident}".encode())
            key = self._order_keys[ident] = digest.hexdigest()
        return key

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
            config = _normalised(body)
            final, reason = _outcome(config, CREATE_FAILED)
            seq, runtime_id = self._next("ar")
            now = self.now()
            runtime = RuntimeRecord(
                id=runtime_id,
                seq=seq,
                config=config,
                created_at=now,
                updated_at=now,
                lifecycle=self._begin(CREATING, final, reason),
            )
            self._runtimes[runtime_id] = runtime
            self._put(runtime)
            self._flush()
            return runtime.snapshot()

    def get_runtime(self, runtime_id: str) -> RuntimeRecord:
        """GetAgentRuntime (a snapshot)."""
        with self._lock:
            self._settle()
            return self._runtime(runtime_id).snapshot()

    def update_runtime(self, runtime_id: str, body: Mapping[str, Any]) -> RuntimeRecord:
        """UpdateAgentRuntime: merge the fields sent; the runtime goes UPDATING."""
        with self._lock:
            self._settle()
            runtime = self._runtime(runtime_id)
            if self.settings.require_update_cpu and "cpu" not in body:
                raise validation_failed(
                    "invalid request body: cpu: is required (UpdateAgentRuntimeInput documents it)"
                )
            changes = _normalised({k: v for k, v in body.items() if k != "forceEvictInstances"})
            if "artifactType" in changes:
                _check_artifact({**runtime.config, **changes})
            self._require_settled(RUNTIME, runtime)
            new_name = changes.get("agentRuntimeName")
            other = self._runtime_named(new_name) if new_name else None
            if other is not None and other.id != runtime_id:
                raise already_exists(RUNTIME, str(new_name))
            # Copy on write: listed snapshots share the old dict, never a changed one.
            runtime.config = {**runtime.config, **changes}
            final, reason = _outcome(runtime.config, UPDATE_FAILED)
            runtime.lifecycle = self._begin(UPDATING, final, reason)
            runtime.updated_at = self.now()
            self._put(runtime)
            self._flush()
            return runtime.snapshot()

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
            result = runtime.snapshot()
            self._settle()
            return result

    def list_runtimes(
        self,
        *,
        name: str | None = None,
        exact_name: bool = True,
        statuses: Iterable[str] | None = None,
        system_tags: Iterable[str] | None = None,
        workspace_ids: Iterable[str] | None = None,
        resource_group_id: str | None = None,
    ) -> list[RuntimeRecord]:
        """ListAgentRuntimes: every match (snapshots) in the configured list order.

        ``name`` matches as a substring unless ``exact_name``.
        """
        wanted_status = set(statuses) if statuses is not None else None
        wanted_tags = set(system_tags or ())
        wanted_ws = set(workspace_ids) if workspace_ids is not None else None
        with self._lock:
            self._settle()
            found = []
            for runtime in self._ordered(self._runtimes.values()):
                config = runtime.config
                if not _name_matches(runtime.name, name, exact_name):
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
                found.append(runtime.snapshot())
            return found

    # ------------------------------------------------------------------ endpoints

    def create_endpoint(self, runtime_id: str, body: Mapping[str, Any]) -> EndpointRecord:
        """CreateAgentRuntimeEndpoint: a new endpoint in CREATING."""
        with self._lock:
            self._settle()
            runtime = self._runtime(runtime_id)
            self._require_settled(RUNTIME, runtime)
            name = body.get("agentRuntimeEndpointName")
            if name is not None and any(e.name == name for e in self._endpoints_of(runtime_id)):
                raise already_exists(ENDPOINT, f"{runtime_id}/{name}")
            self._check_versions(runtime_id, body)
            config = _normalised(body)
            config.setdefault("targetVersion", LATEST)
            seq, endpoint_id = self._next("are")
            # Assumption: an endpoint created without a name is named after its id.
            config.setdefault("agentRuntimeEndpointName", endpoint_id)
            now = self.now()
            endpoint = EndpointRecord(
                id=endpoint_id,
                runtime_id=runtime_id,
                seq=seq,
                config=config,
                created_at=now,
                updated_at=now,
                lifecycle=self._begin(CREATING, *_endpoint_outcome(runtime.config)),
            )
            self._endpoints[endpoint_id] = endpoint
            self._put(endpoint)
            self._flush()
            return endpoint.snapshot()

    def get_endpoint(self, runtime_id: str, endpoint_id: str) -> EndpointRecord:
        """GetAgentRuntimeEndpoint (a snapshot)."""
        with self._lock:
            self._settle()
            self._runtime(runtime_id)
            return self._endpoint(runtime_id, endpoint_id).snapshot()

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
            changes = _normalised({k: v for k, v in body.items() if k != "deleteScalingConfig"})
            config = dict(endpoint.config)
            if body.get("deleteScalingConfig"):
                config.pop("scalingConfig", None)
            endpoint.config = {**config, **changes}
            endpoint.lifecycle = self._begin(UPDATING, *_endpoint_outcome(runtime.config))
            endpoint.updated_at = self.now()
            self._put(endpoint)
            self._flush()
            return endpoint.snapshot()

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
            result = endpoint.snapshot()
            self._settle()
            return result

    def list_endpoints(
        self, runtime_id: str, *, name: str | None = None, exact_name: bool = True
    ) -> list[EndpointRecord]:
        """ListAgentRuntimeEndpoints: every match (snapshots) in the configured list order.

        ``name`` matches as a substring unless ``exact_name``.
        """
        with self._lock:
            self._settle()
            self._runtime(runtime_id)
            return [
                e.snapshot()
                for e in self._ordered(self._endpoints_of(runtime_id))
                if _name_matches(e.name, name, exact_name)
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
                snapshot=runtime.config,
                published_at=self.now(),
            )
            self._versions[version.key] = version
            self._put(runtime)
            self._put(version)
            self._flush()
            return version

    def list_versions(self, runtime_id: str) -> list[VersionRecord]:
        """ListAgentRuntimeVersions in the configured list order (versions never change)."""
        with self._lock:
            self._settle()
            self._runtime(runtime_id)
            return self._ordered(self._versions_of(runtime_id), lambda v: v.key)

    def get_version(self, runtime_id: str, version: str) -> VersionRecord:
        """One published version of a runtime."""
        with self._lock:
            self._settle()
            self._runtime(runtime_id)
            found = self._versions.get(f"{runtime_id}/{version}")
            if found is None:
                raise not_found(VERSION, f"{runtime_id}/{version}")
            return found

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
                if status not in SERVING:
                    raise busy(kind, label, status)
            return runtime.snapshot(), endpoint.snapshot()

    # ------------------------------------------------------------------ test-only changes

    @contextlib.contextmanager
    def atomically(self) -> Iterator[None]:
        """Make the changes inside the block appear to requests all at once.

        A test-only knob for setting up a scene, not a service rule: while the
        block runs, requests served by other threads wait, so each sees the
        state from before the block or after it (for example a delete and a
        create made together between two page reads). The store's own methods
        may be called inside; keep the block short.
        """
        with self._lock:
            yield

    def set_status(self, record_id: str, status: str, reason: str | None = None) -> None:
        """Put the runtime or endpoint ``record_id`` in ``status`` now, for good.

        A test-only knob, not a service rule: no operation of the service does
        this. It lets a test (typically from a ``before_request`` hook) show a
        waiter any status sequence, e.g. ``DELETING`` followed by ``READY``
        (a delete the service gave up on). The status stays until the next
        write to the resource. Unknown ids raise the emulator's 404 error.
        """
        with self._lock:
            self._settle()
            record: Record | None = self._runtimes.get(record_id) or self._endpoints.get(record_id)
            if record is None:
                raise not_found("resource", record_id)
            record.lifecycle = Lifecycle(status, reason, None, status, reason)
            self._deleting.discard(record_id)
            self._put(record)
            self._flush()

    # ------------------------------------------------------------------ inspection

    def runtimes(self) -> list[RuntimeRecord]:
        """Copies of every live runtime, in creation order."""
        with self._lock:
            self._settle()
            found = sorted(self._runtimes.values(), key=lambda r: r.seq)
            return [copy.deepcopy(r) for r in found]

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
            self._deleting.clear()
            self._flush()

    def __repr__(self) -> str:
        return (
            f"<Store runtimes={len(self._runtimes)} endpoints={len(self._endpoints)} "
            f"versions={len(self._versions)}>"
        )
