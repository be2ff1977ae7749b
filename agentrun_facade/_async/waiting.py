"""Polling loops around the sans-I/O waiter: re-read, observe, back off.

One loop, :func:`poll_async`, serves every wait: a resource becoming ready, a
resource being deleted, and a runtime's endpoints draining before the runtime
itself is deleted (the cascade of ``AgentRuntime.delete``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import attrs

from .. import _concurrency, waiters
from .._concurrency import AsyncProducer
from .._resource_binding import resource_label, status_text
from ..config import Config
from ..errors import InvalidParameterError, ResourceNotExistError, WaiterError
from ..models import Status
from ..waiters import (
    DELETE_SPEC,
    DRAIN_SPEC,
    ENDPOINTS_GONE,
    ENDPOINTS_LEFT,
    READY_SPEC,
    Waiter,
    WaiterSpec,
    WaitOutcome,
)
from .service import AsyncRuntimeService

__all__ = [
    "AsyncPollable",
    "delete_and_wait_async",
    "delete_runtime_cascade_async",
    "poll_async",
    "wait_until_ready_async",
]

RT = TypeVar("RT")
ET = TypeVar("ET")


@attrs.frozen
class Observation:
    """One poll result: the status seen (``gone`` when the resource no longer exists)."""

    status: str | None
    reason: str | None = None
    gone: bool = False


async def poll_async(
    waiter: Waiter,
    read: AsyncProducer[Observation],
    on_change: Callable[[], object] | None = None,
) -> None:
    """Read, observe and back off until ``waiter`` says the wait is over.

    ``on_change`` is called on every status change, including the one that
    ends the wait with an error (a ``*_FAILED`` status, an unexpected status,
    the deadline).
    """
    while True:
        seen = await read()
        try:
            outcome = waiter.observe(
                seen.status, seen.reason, resource=waiter.last_resource, gone=seen.gone
            )
        except WaiterError:
            if waiter.status_changed and on_change is not None:
                on_change()
            raise
        if waiter.status_changed and on_change is not None:
            on_change()
        if outcome is WaitOutcome.DONE:
            return
        # Looked up on the module at each wait: one place to replace sleeping.
        await _concurrency.asleep(waiter.next_delay())


class AsyncPollable(Protocol):
    """A resource that can re-read and delete itself."""

    status: Status | str | None
    status_reason: str | None

    async def refresh_async(self, config: Config | None = None) -> Any: ...

    async def delete_async(self, config: Config | None = None) -> Any: ...


P = TypeVar("P", bound=AsyncPollable)


def _waiter(spec: WaiterSpec, resource: object, interval: float, timeout: float) -> Waiter:
    waiter = Waiter(
        spec, interval_seconds=interval, timeout_seconds=timeout, label=resource_label(resource)
    )
    waiter.last_resource = resource
    return waiter


def check_callback(callback: object) -> None:
    """Refuse a callback that cannot be called, before anything is sent."""
    if callback is not None and not callable(callback):
        raise InvalidParameterError(
            f"callback must be callable (it gets the resource), got {type(callback).__name__}"
        )


def _reporter(resource: P, callback: Callable[[P], object] | None) -> Callable[[], object] | None:
    return None if callback is None else (lambda: callback(resource))


async def wait_until_ready_async(
    resource: P,
    callback: Callable[[P], object] | None,
    interval_seconds: float,
    timeout_seconds: float,
    config: Config | None = None,
    spec: WaiterSpec = READY_SPEC,
) -> P:
    """Poll until ready (``spec``); raise on a failed status or at the deadline."""
    check_callback(callback)
    waiter = _waiter(spec, resource, interval_seconds, timeout_seconds)

    async def read() -> Observation:
        await resource.refresh_async(config)
        return Observation(status_text(resource.status), resource.status_reason)

    await poll_async(waiter, read, _reporter(resource, callback))
    return resource


async def delete_and_wait_async(
    resource: P,
    callback: Callable[[P], object] | None,
    interval_seconds: float,
    timeout_seconds: float,
    config: Config | None = None,
    delete: AsyncProducer[object] | None = None,
) -> P:
    """Delete (``delete``, else ``resource.delete_async``), then poll until the resource is gone.

    DELETING keeps waiting. When it is gone, the resource's ``status`` and
    ``status_reason`` are cleared before the last callback, which so reports it
    gone.
    """
    check_callback(callback)
    waiter = _waiter(DELETE_SPEC, resource, interval_seconds, timeout_seconds)
    try:
        await (delete() if delete is not None else resource.delete_async(config))
    except ResourceNotExistError:
        return resource

    async def read() -> Observation:
        try:
            await resource.refresh_async(config)
        except ResourceNotExistError:
            resource.status = None
            resource.status_reason = None
            return Observation(None, gone=True)
        return Observation(status_text(resource.status), resource.status_reason)

    await poll_async(waiter, read, _reporter(resource, callback))
    return resource


async def delete_runtime_cascade_async(
    client: AsyncRuntimeService[RT, ET],
    agent_runtime_id: str,
    config: Config | None,
    endpoint_id: Callable[[ET], str | None],
    *,
    drain_interval_seconds: float = waiters.DRAIN_INTERVAL_SECONDS,
    drain_timeout_seconds: float = waiters.DRAIN_TIMEOUT_SECONDS,
) -> RT:
    """Delete every endpoint (all pages), wait until none is listed, then the runtime.

    The endpoint listings are polled with growing delays capped at
    ``drain_interval_seconds`` until ``drain_timeout_seconds`` have passed
    (both checked before anything is sent).
    """
    interval = waiters.positive_seconds("drain_interval_seconds", drain_interval_seconds)
    timeout = waiters.positive_seconds("drain_timeout_seconds", drain_timeout_seconds)
    endpoints = await client.list_endpoints_async(agent_runtime_id, config=config)

    async def delete_one(endpoint: ET) -> None:
        identifier = endpoint_id(endpoint)
        if not identifier:
            return
        with contextlib.suppress(ResourceNotExistError):
            await client.delete_endpoint_async(agent_runtime_id, identifier, config=config)

    limit = client._resolve(config).max_concurrency
    await client._workers_async().map_async(delete_one, endpoints, limit)
    waiter = Waiter(
        DRAIN_SPEC,
        interval_seconds=interval,
        timeout_seconds=timeout,
        label=f"endpoints of AgentRuntime({agent_runtime_id})",
    )

    async def read() -> Observation:
        left = await client.list_endpoints_async(agent_runtime_id, config=config)
        return Observation(ENDPOINTS_LEFT if left else ENDPOINTS_GONE)

    await poll_async(waiter, read)
    return await client.delete_async(agent_runtime_id, config=config)
