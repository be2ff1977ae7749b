"""Declarative deploys and endpoint releases, built on the public operations only.

``apply_runtime_async`` / ``apply_endpoint_async`` create a resource by name or
update it with exactly what differs; ``start_canary_async``,
``promote_canary_async`` and ``rollback_async`` move an endpoint's traffic
between published versions. The client is any object with the client's
methods (see the protocols below), so this module imports no client or
resource module.

Comparison happens on the wire form (camelCase JSON): a field given in the
input differs when the value read back does not contain it (nested objects
are compared key by key on the keys the input sets; lists item by item).
Secrets are masked when the service returns them, so fields that carry one
(``environmentVariables``, a registry password, an ARMS licence key) are sent
whenever they are given. For a code package with a checksum on both sides the
checksum stands for the zip content. Create-only fields (``credentialId``,
``resourceGroupId``) cannot be changed by an update and are not compared.

Rollback derives the earlier version from the runtime's published versions
(nothing is recorded on the endpoint): see :func:`rollback_async`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, Protocol, Self, TypeVar, cast

import attrs

from ..config import Config
from ..errors import InvalidParameterError, ResourceFailedError, ResourceNotExistError
from ..models import (
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointListInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionListInput,
    RoutingConfig,
    Status,
    VersionWeight,
    to_wire,
)
from ..models.inputs import sized_update
from ..models.wire_model import field_names
from ..waiters import is_failed_status, positive_seconds
from ..wire_match import LATEST, covers, endpoint_as_sent, holds_secret, version_key

__all__ = [
    "LATEST",
    "Applied",
    "AsyncEndpointApi",
    "AsyncRuntimeApi",
    "apply_endpoint_async",
    "apply_runtime_async",
    "canary_of",
    "promote_canary_async",
    "rollback_async",
    "start_canary_async",
]

_TRANSITIONAL = frozenset({"CREATING", "UPDATING"})
_CREATE_ONLY = frozenset({"credential_id", "resource_group_id"})


# --------------------------------------------------------------------------
# What this module needs from resources and from the client
# --------------------------------------------------------------------------


class AsyncSettling(Protocol):
    """A resource with a status that can wait until it settles."""

    @property
    def status(self) -> Status | str | None: ...

    @property
    def status_reason(self) -> str | None: ...

    def to_wire(self) -> dict[str, Any]: ...

    async def refresh_async(self, config: Config | None = None) -> Self: ...

    async def wait_until_ready_or_failed_async(
        self,
        callback: Callable[[Self], Any] | None = ...,
        interval_seconds: float = ...,
        timeout_seconds: float = ...,
    ) -> Self: ...


class AsyncRuntimeLike(AsyncSettling, Protocol):
    """The fields of a runtime this module reads."""

    @property
    def agent_runtime_id(self) -> str | None: ...

    @property
    def agent_runtime_name(self) -> str | None: ...


class AsyncEndpointLike(AsyncSettling, Protocol):
    """The fields of an endpoint this module reads."""

    @property
    def agent_runtime_id(self) -> str | None: ...

    @property
    def agent_runtime_endpoint_id(self) -> str | None: ...

    @property
    def agent_runtime_endpoint_name(self) -> str | None: ...

    @property
    def target_version(self) -> str | None: ...

    @property
    def routing_configuration(self) -> RoutingConfig | None: ...


R = TypeVar("R", bound=AsyncRuntimeLike)
E = TypeVar("E", bound=AsyncEndpointLike)
R_co = TypeVar("R_co", bound=AsyncRuntimeLike, covariant=True)
E_co = TypeVar("E_co", bound=AsyncEndpointLike, covariant=True)


class AsyncRuntimeApi(Protocol[R_co]):
    """The runtime operations of ``AgentRuntimeClient`` used by :func:`apply_runtime_async`."""

    async def create_async(
        self, input: AgentRuntimeCreateInput, /, config: Config | None = None
    ) -> R_co: ...

    async def update_async(
        self, id: str, input: AgentRuntimeUpdateInput, /, config: Config | None = None
    ) -> R_co: ...

    async def list_async(
        self, input: AgentRuntimeListInput | None = None, /, config: Config | None = None
    ) -> Sequence[R_co]: ...


class AsyncEndpointApi(Protocol[E_co]):
    """The endpoint and version operations of ``AgentRuntimeClient`` used here."""

    async def create_endpoint_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointCreateInput,
        /,
        config: Config | None = None,
    ) -> E_co: ...

    async def update_endpoint_async(
        self,
        agent_runtime_id: str,
        endpoint_id: str,
        input: AgentRuntimeEndpointUpdateInput,
        /,
        config: Config | None = None,
    ) -> E_co: ...

    async def list_endpoints_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointListInput | None = None,
        /,
        config: Config | None = None,
    ) -> Sequence[E_co]: ...

    async def list_versions_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeVersionListInput | None = None,
        /,
        config: Config | None = None,
    ) -> list[AgentRuntimeVersion]: ...


T = TypeVar("T", bound=AsyncSettling)


@attrs.frozen
class Applied(Generic[T]):
    """What an apply did: ``action`` is ``created``, ``updated`` or ``unchanged``;
    ``changed`` names the wire fields an update sent."""

    resource: T
    action: str
    changed: tuple[str, ...] = ()


# --------------------------------------------------------------------------
# Comparing what is wanted with what is there
# --------------------------------------------------------------------------


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


_I = TypeVar("_I", AgentRuntimeUpdateInput, AgentRuntimeEndpointUpdateInput)


def _difference(
    wanted: object, update_cls: type[_I], current: Mapping[str, Any]
) -> tuple[_I | None, tuple[str, ...]]:
    """The update carrying every field of ``wanted`` that ``current`` lacks (or None)."""
    names = set(field_names(update_cls)) - {"extra"}
    values = {
        name: getattr(wanted, name)
        for name in field_names(cast(Any, type(wanted)))
        if name in names and name not in _CREATE_ONLY and getattr(wanted, name) is not None
    }
    extra = dict(getattr(wanted, "extra", {}) or {})
    full = to_wire(update_cls(**values, extra=extra))
    by_wire = {_camel(name): name for name in values}
    changed = tuple(
        key
        for key, value in full.items()
        if holds_secret(key, value) or not covers(value, current.get(key))
    )
    if not changed:
        return None, ()
    update = update_cls(
        **{by_wire[key]: values[by_wire[key]] for key in changed if key in by_wire},
        extra={key: full[key] for key in changed if key not in by_wire},
    )
    return update, changed


def runtime_update_for(
    input: AgentRuntimeCreateInput, current: AsyncRuntimeLike
) -> tuple[AgentRuntimeUpdateInput | None, tuple[str, ...]]:
    """The update that makes ``current`` match ``input`` (None when nothing differs)."""
    return _difference(input.prepared(), AgentRuntimeUpdateInput, current.to_wire())


def endpoint_update_for(
    input: AgentRuntimeEndpointCreateInput, current: AsyncEndpointLike
) -> tuple[AgentRuntimeEndpointUpdateInput | None, tuple[str, ...]]:
    """The update that makes ``current`` match ``input`` (None when nothing differs).

    The endpoint reports ``scalingStatus`` rather than ``scalingConfig``, so a
    scaling configuration is compared with the observed minimum and policies.
    """
    return _difference(input, AgentRuntimeEndpointUpdateInput, endpoint_as_sent(current.to_wire()))


# --------------------------------------------------------------------------
# Waiting
# --------------------------------------------------------------------------


def _status(resource: AsyncSettling) -> str | None:
    status = resource.status
    return status.value if isinstance(status, Status) else status


def _raise_if_failed(resource: AsyncSettling, label: str) -> None:
    status = _status(resource)
    if is_failed_status(status):
        reason = resource.status_reason
        raise ResourceFailedError(
            f"{label} is {status}" + (f": {reason}" if reason else ""),
            resource=resource,
            status=status,
            status_reason=reason,
        )


async def _settle_async(
    resource: T,
    label: str,
    timeout_seconds: float,
    callback: Callable[[T], object] | None,
) -> T:
    """Wait until ``resource`` is no longer CREATING/UPDATING; raise on a failure."""
    if _status(resource) in _TRANSITIONAL:
        await resource.wait_until_ready_or_failed_async(callback, timeout_seconds=timeout_seconds)
    elif callback is not None:
        callback(resource)
    _raise_if_failed(resource, label)
    return resource


async def _wait_out_async(
    resource: T, timeout_seconds: float, callback: Callable[[T], object] | None
) -> T | None:
    """Let a CREATING/UPDATING/DELETING resource settle; None when it is gone meanwhile.

    A failed status is left for the caller: an update may repair it.
    """
    if _status(resource) not in _TRANSITIONAL | {"DELETING"}:
        return resource
    try:
        await resource.wait_until_ready_or_failed_async(callback, timeout_seconds=timeout_seconds)
    except ResourceNotExistError:
        return None
    except ResourceFailedError:
        pass
    return resource


# --------------------------------------------------------------------------
# apply
# --------------------------------------------------------------------------


async def find_runtime_async(
    client: AsyncRuntimeApi[R], name: str, config: Config | None = None
) -> R | None:
    """The runtime named exactly ``name`` (the service's name filter may match loosely)."""
    found = await client.list_async(AgentRuntimeListInput(agent_runtime_name=name), config=config)
    return next((r for r in found if r.agent_runtime_name == name), None)


async def find_endpoint_async(
    client: AsyncEndpointApi[E], agent_runtime_id: str, name: str, config: Config | None = None
) -> E | None:
    """The endpoint of ``agent_runtime_id`` named exactly ``name``."""
    found = await client.list_endpoints_async(
        agent_runtime_id, AgentRuntimeEndpointListInput(endpoint_name=name), config=config
    )
    return next((e for e in found if e.agent_runtime_endpoint_name == name), None)


async def apply_runtime_async(
    client: AsyncRuntimeApi[R],
    input: AgentRuntimeCreateInput,
    *,
    config: Config | None = None,
    wait: bool = True,
    timeout_seconds: float = 600.0,
    callback: Callable[[R], object] | None = None,
) -> Applied[R]:
    """Create the runtime ``input`` names, or update it with what differs.

    An existing runtime in CREATING/UPDATING is waited out first (one being
    deleted is waited until gone, then created anew), even without ``wait``:
    the service refuses changes meanwhile. With ``wait`` the call returns once
    the runtime is READY. ``callback`` sees
    every status change while waiting.

    Raises:
        InvalidParameterError: ``input`` breaks a create rule.
        ResourceFailedError: the runtime is, or ends, in a failed status
            (``*_FAILED`` or ``FAILED``) and the input changes nothing.
        WaiterTimeoutError: not settled within ``timeout_seconds``.
    """
    timeout = positive_seconds("timeout_seconds", timeout_seconds)
    prepared = input.prepared()
    name = str(prepared.agent_runtime_name)
    label = f"AgentRuntime {name!r}"
    current = await find_runtime_async(client, name, config)
    if current is not None:
        current = await _wait_out_async(current, timeout, callback)
    if current is None:
        created = await client.create_async(prepared, config=config)
        if wait:
            await _settle_async(created, label, timeout, callback)
        return Applied(created, "created")
    update, changed = runtime_update_for(prepared, current)
    if update is None:
        _raise_if_failed(current, label)
        return Applied(current, "unchanged")
    runtime_id = str(current.agent_runtime_id)
    # cpu, memory and port go with every update; unchanged ones as they are now.
    update = sized_update(update, current.to_wire())
    updated = await client.update_async(runtime_id, update, config=config)
    if wait:
        await _settle_async(updated, label, timeout, callback)
    return Applied(updated, "updated", changed)


async def apply_endpoint_async(
    client: AsyncEndpointApi[E],
    agent_runtime_id: str,
    input: AgentRuntimeEndpointCreateInput,
    *,
    config: Config | None = None,
    wait: bool = True,
    timeout_seconds: float = 600.0,
    callback: Callable[[E], object] | None = None,
) -> Applied[E]:
    """Create the endpoint ``input`` names in runtime ``agent_runtime_id``, or update it.

    Note that ``AgentRuntimeEndpointCreateInput.target_version`` defaults to
    ``LATEST``: applying an input that leaves it at the default points an
    existing endpoint back at ``LATEST``.

    Raises:
        InvalidParameterError: ``input`` has no endpoint name.
        ResourceFailedError: the endpoint is, or ends, in a failed status.
        WaiterTimeoutError: not settled within ``timeout_seconds``.
    """
    timeout = positive_seconds("timeout_seconds", timeout_seconds)
    name = input.agent_runtime_endpoint_name
    if not name:
        raise InvalidParameterError("agent_runtime_endpoint_name is required to apply an endpoint")
    label = f"AgentRuntimeEndpoint {name!r}"
    current = await find_endpoint_async(client, agent_runtime_id, name, config)
    if current is not None:
        current = await _wait_out_async(current, timeout, callback)
    if current is None:
        created = await client.create_endpoint_async(agent_runtime_id, input, config=config)
        if wait:
            await _settle_async(created, label, timeout, callback)
        return Applied(created, "created")
    update, changed = endpoint_update_for(input, current)
    if update is None:
        _raise_if_failed(current, label)
        return Applied(current, "unchanged")
    updated = await client.update_endpoint_async(
        agent_runtime_id, str(current.agent_runtime_endpoint_id), update, config=config
    )
    if wait:
        await _settle_async(updated, label, timeout, callback)
    return Applied(updated, "updated", changed)


# --------------------------------------------------------------------------
# Releases
# --------------------------------------------------------------------------


def canary_of(endpoint: AsyncEndpointLike) -> VersionWeight | None:
    """The running canary: the heaviest positive weight on a version other than the target."""
    routing = endpoint.routing_configuration
    weights = [
        w
        for w in (routing.version_weights or [] if routing is not None else [])
        if w.version and w.version != endpoint.target_version and (w.weight or 0) > 0
    ]
    return max(weights, key=lambda w: w.weight or 0.0, default=None)


async def _published_async(
    client: AsyncEndpointApi[E], endpoint: AsyncEndpointLike, config: Config | None
) -> list[str]:
    runtime_id = str(endpoint.agent_runtime_id)
    versions = await client.list_versions_async(runtime_id, config=config)
    names = {v.agent_runtime_version for v in versions if v.agent_runtime_version}
    return sorted(names, key=version_key)


def _ids(endpoint: AsyncEndpointLike) -> tuple[str, str]:
    runtime_id, endpoint_id = endpoint.agent_runtime_id, endpoint.agent_runtime_endpoint_id
    if not runtime_id or not endpoint_id:
        raise InvalidParameterError(
            "the endpoint needs agent_runtime_id and agent_runtime_endpoint_id for a release"
        )
    return runtime_id, endpoint_id


def _label(endpoint: AsyncEndpointLike) -> str:
    name = endpoint.agent_runtime_endpoint_name or endpoint.agent_runtime_endpoint_id
    return f"AgentRuntimeEndpoint {name!r}"


def _unweighted(target_version: str | None) -> AgentRuntimeEndpointUpdateInput:
    """An update clearing the weights (and moving the target when one is given)."""
    return AgentRuntimeEndpointUpdateInput(
        target_version=target_version, routing_configuration=RoutingConfig(version_weights=[])
    )


async def _route_async(
    client: AsyncEndpointApi[E],
    endpoint: E,
    update: AgentRuntimeEndpointUpdateInput,
    config: Config | None,
    timeout_seconds: float,
) -> E:
    runtime_id, endpoint_id = _ids(endpoint)
    updated = await client.update_endpoint_async(runtime_id, endpoint_id, update, config=config)
    return await _settle_async(updated, _label(endpoint), timeout_seconds, None)


async def _ready_async(endpoint: E, config: Config | None, timeout_seconds: float) -> E:
    """The endpoint re-read (routing may have changed since it was fetched) and settled."""
    _ids(endpoint)
    await endpoint.refresh_async(config)
    return await _settle_async(endpoint, _label(endpoint), timeout_seconds, None)


async def start_canary_async(
    client: AsyncEndpointApi[E],
    endpoint: E,
    version: str,
    weight: float,
    *,
    config: Config | None = None,
    timeout_seconds: float = 600.0,
) -> E:
    """Send ``weight`` (0 < weight < 1) of the traffic to ``version``; keep the target.

    Raises:
        InvalidParameterError: ``weight`` is outside (0, 1), ``version`` is not
            a published version (or ``LATEST``), or it is the endpoint's target.
    """
    if isinstance(weight, bool) or not isinstance(weight, int | float):
        raise InvalidParameterError("weight must be a number between 0 and 1 (exclusive)")
    if not (math.isfinite(weight) and 0 < weight < 1):
        raise InvalidParameterError(f"weight must be between 0 and 1 (exclusive), got {weight!r}")
    if not isinstance(version, str) or not version:
        raise InvalidParameterError("version must be a non-empty string")
    timeout = positive_seconds("timeout_seconds", timeout_seconds)
    published = await _published_async(client, endpoint, config)
    if version != LATEST and version not in published:
        known = ", ".join(published) or "none"
        raise InvalidParameterError(
            f"version {version!r} does not exist (published versions: {known})"
        )
    endpoint = await _ready_async(endpoint, config, timeout)
    if version == (endpoint.target_version or LATEST):
        raise InvalidParameterError(
            f"{_label(endpoint)} already targets version {version!r}; a canary needs another one"
        )
    routing = RoutingConfig(version_weights=[VersionWeight(version=version, weight=float(weight))])
    update = AgentRuntimeEndpointUpdateInput(routing_configuration=routing)
    return await _route_async(client, endpoint, update, config, timeout)


async def promote_canary_async(
    client: AsyncEndpointApi[E],
    endpoint: E,
    *,
    config: Config | None = None,
    timeout_seconds: float = 600.0,
) -> E:
    """Make the canary version the target and clear the weights.

    Raises:
        InvalidParameterError: no canary is running on the endpoint.
    """
    timeout = positive_seconds("timeout_seconds", timeout_seconds)
    endpoint = await _ready_async(endpoint, config, timeout)
    canary = canary_of(endpoint)
    if canary is None:
        raise InvalidParameterError(f"{_label(endpoint)} has no canary to promote")
    return await _route_async(client, endpoint, _unweighted(canary.version), config, timeout)


async def rollback_async(
    client: AsyncEndpointApi[E],
    endpoint: E,
    *,
    config: Config | None = None,
    timeout_seconds: float = 600.0,
) -> E:
    """Stop a running canary; without one, move the target to the previous version.

    The previous version is derived, not recorded: it is the newest published
    version older than the current target (versions are ordered by number;
    ``LATEST`` counts as newer than every published version, so an endpoint
    on ``LATEST`` goes to the newest published version). This is the version
    the endpoint pointed at before the last change when releases move forward
    one version at a time, as publish / canary / promote do.

    Raises:
        InvalidParameterError: no canary runs and no published version is
            older than the target (nothing earlier is known); nothing is sent.
    """
    timeout = positive_seconds("timeout_seconds", timeout_seconds)
    endpoint = await _ready_async(endpoint, config, timeout)
    if canary_of(endpoint) is not None:
        return await _route_async(client, endpoint, _unweighted(None), config, timeout)
    target = endpoint.target_version or LATEST
    published = await _published_async(client, endpoint, config)
    earlier = [v for v in published if version_key(v) < version_key(target)]
    if not earlier:
        raise InvalidParameterError(
            f"{_label(endpoint)} targets version {target!r} and no earlier published "
            "version exists: nothing to roll back to"
        )
    return await _route_async(client, endpoint, _unweighted(earlier[-1]), config, timeout)
