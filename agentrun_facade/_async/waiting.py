"""Polling loops around the sans-I/O waiter: re-read, observe, back off."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from .._backends import asleep
from .._base import resource_label, status_text
from ..config import Config
from ..errors import ResourceNotExistError, WaiterError
from ..models import Status
from ..waiters import DELETE_SPEC, READY_SPEC, Waiter, WaitOutcome

__all__ = ["AsyncPollable", "delete_and_wait_async", "wait_until_ready_async"]


class AsyncPollable(Protocol):
    """A resource that can re-read and delete itself."""

    @property
    def status(self) -> Status | str | None: ...

    @property
    def status_reason(self) -> str | None: ...

    async def refresh_async(self, config: Config | None = None) -> Any: ...

    async def delete_async(self, config: Config | None = None) -> Any: ...


P = TypeVar("P", bound=AsyncPollable)


def _observe(
    waiter: Waiter, resource: P, callback: Callable[[P], object] | None, gone: bool
) -> bool:
    """Record one poll; report a status change; True when the wait is over.

    The callback sees every change, including the one that ends the wait with
    an error (a ``*_FAILED`` status, an unexpected status, the deadline).
    """
    status = None if gone else status_text(resource.status)
    reason = None if gone else resource.status_reason
    try:
        outcome = waiter.observe(status, reason, resource=resource, gone=gone)
    except WaiterError:
        if waiter.status_changed and callback is not None:
            callback(resource)
        raise
    if waiter.status_changed and callback is not None:
        callback(resource)
    return outcome is WaitOutcome.DONE


async def wait_until_ready_async(
    resource: P,
    callback: Callable[[P], object] | None,
    interval_seconds: float,
    timeout_seconds: float,
    config: Config | None = None,
) -> P:
    """Poll until READY (or no status); raise on ``*_FAILED`` or at the deadline."""
    waiter = Waiter(
        READY_SPEC,
        interval_seconds=interval_seconds,
        timeout_seconds=timeout_seconds,
        label=resource_label(resource),
    )
    while True:
        await resource.refresh_async(config)
        if _observe(waiter, resource, callback, gone=False):
            return resource
        await asleep(waiter.next_delay())


async def delete_and_wait_async(
    resource: P,
    callback: Callable[[P], object] | None,
    interval_seconds: float,
    timeout_seconds: float,
    config: Config | None = None,
) -> P:
    """Delete, then poll until the resource is gone (DELETING keeps waiting)."""
    waiter = Waiter(
        DELETE_SPEC,
        interval_seconds=interval_seconds,
        timeout_seconds=timeout_seconds,
        label=resource_label(resource),
    )
    try:
        await resource.delete_async(config)
    except ResourceNotExistError:
        return resource
    while True:
        try:
            await resource.refresh_async(config)
            gone = False
        except ResourceNotExistError:
            gone = True
        if _observe(waiter, resource, callback, gone=gone):
            return resource
        await asleep(waiter.next_delay())
