"""Writes whose outcome is unknown: look before retrying.

A POST may have been applied although no answer says so: the connection broke
after the request was sent, a read timed out, or the service answered 5xx.
Repeating it blindly could create a second resource or publish a second
version, so the transport asks the call's *write check* first:

* **CreateAgentRuntime** / **CreateAgentRuntimeEndpoint**: the resource is
  looked up by its name (the list filter, then an exact match on this side, as
  the filter may match loosely). When it holds every comparable field the call
  sent and, for a runtime, was created after the call began (its
  ``createdAt``, to the second, with :data:`CLOCK_TOLERANCE_SECONDS` of
  slack), it is the call's result. Otherwise the request is sent again. A
  "name already exists" answer is resolved the same way after an unknown
  outcome; any other clash raises ``ResourceAlreadyExistError`` naming the id
  of the resource that holds the name. Endpoints carry no creation time, so an
  identical endpoint found after an unknown outcome is taken as the result.
* **PublishRuntimeVersion**: versions have no natural key. The newest version
  is noted before publishing; after an unknown outcome, the oldest version
  newer than that with the description sent is the result. A concurrent
  publisher using the same description between those two reads can have its
  version taken for ours (and ours is then published again); give each
  publish a distinct description where that matters.
* **Deletes**: a 404 to a delete whose earlier attempt may have been applied
  means that attempt deleted it; the delete succeeds.
* **Updates**: an update is repeated as it is, but the service refuses
  changes while a resource is UPDATING, so a "busy" answer (409) to an update
  whose earlier attempt may have been applied is resolved by reading the
  resource: when it holds what the update sent, the update succeeded.

Each reconciliation is logged at DEBUG on ``agentrun_facade``.
``Config(reconcile_writes=False)`` turns all of this off: such outcomes are
then raised to the caller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, Generic, Protocol, TypeVar

import attrs

from .._concurrency import AsyncProducer
from ..errors import (
    AgentRunError,
    ConflictError,
    HTTPError,
    ResourceAlreadyExistError,
    ResourceNotExistError,
)
from ..models import AgentRuntimeVersion
from ..models.wire_model import parse_timestamp
from ..wire_match import holds_what_was_sent, version_key

__all__ = [
    "CLOCK_TOLERANCE_SECONDS",
    "AsyncCreateCheck",
    "AsyncDeleteCheck",
    "AsyncPublishCheck",
    "AsyncUpdateCheck",
    "AsyncWriteCheck",
]

logger = logging.getLogger("agentrun_facade")

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

#: Slack when comparing a resource's ``createdAt`` (whole seconds, the
#: service's clock) with the moment the call began (this machine's clock).
CLOCK_TOLERANCE_SECONDS = 5.0


def _noted(operation: str, outcome: str, resource_id: object, message: str, *args: object) -> None:
    """One DEBUG record per reconciliation.

    Besides the message, the record carries ``operation``, ``reconciliation``
    (``"adopted"``: an earlier attempt's result is returned; ``"resend"``: the
    write is sent again) and ``resource_id`` (the resource found, or the
    runtime a version belongs to; ``None`` when nothing was found).
    """
    fields = {
        "operation": operation,
        "reconciliation": outcome,
        "resource_id": None if resource_id is None else str(resource_id),
    }
    logger.debug(message, *args, extra=fields)


class AsyncWriteCheck(Protocol[R_co]):
    """What the transport asks about a write whose answer was lost or refused."""

    async def applied_async(self) -> R_co | None:
        """After an unknown outcome: the write's result if it took effect, else ``None``."""
        ...

    async def settle_async(self, error: HTTPError, maybe_applied: bool) -> R_co | None:
        """An error answer: the result to return instead, or ``None`` to raise ``error``.

        ``maybe_applied`` is true when an earlier attempt's outcome was unknown.
        May raise a more precise error.
        """
        ...


@attrs.frozen
class AsyncCreateCheck(Generic[R]):
    """A create found again by its name (runtimes and endpoints)."""

    operation: str
    resource_type: str
    name: str
    #: The request body sent (wire form).
    sent: Mapping[str, Any]
    #: The exact-name lookup.
    find: AsyncProducer[R | None]
    #: A found resource in the shape of the request body.
    shape: Callable[[R], Mapping[str, Any]]
    id_key: str
    #: POSIX time the call began; ``None`` when the resource has no creation time.
    started: float | None
    #: Put before the found id in an error's ``resource_id`` (an endpoint's runtime).
    id_prefix: str = ""

    def _ours(self, wire: Mapping[str, Any]) -> bool:
        if not holds_what_was_sent(self.sent, wire):
            return False
        if self.started is None:
            return True
        created = parse_timestamp(wire.get("createdAt"))
        return created is None or created.timestamp() >= self.started - CLOCK_TOLERANCE_SECONDS

    def _label(self, wire: Mapping[str, Any]) -> str:
        return f"{self.resource_type} {wire.get(self.id_key)} ({self.name!r})"

    async def applied_async(self) -> R | None:
        found = await self.find()
        if found is None:
            _noted(
                self.operation,
                "resend",
                None,
                "%s outcome unknown; no %s named %r, sending again",
                self.operation,
                self.resource_type,
                self.name,
            )
            return None
        wire = self.shape(found)
        if not self._ours(wire):
            _noted(
                self.operation,
                "resend",
                wire.get(self.id_key),
                "%s outcome unknown; %s by name is not what this call sent, sending again",
                self.operation,
                self._label(wire),
            )
            return None
        _noted(
            self.operation,
            "adopted",
            wire.get(self.id_key),
            "%s outcome unknown; found %s by name, adopted",
            self.operation,
            self._label(wire),
        )
        return found

    async def settle_async(self, error: HTTPError, maybe_applied: bool) -> R | None:
        if not isinstance(error, ResourceAlreadyExistError):
            return None
        try:
            found = await self.find()
        except AgentRunError:
            return None  # the answer as it came is still right
        if found is None:
            return None
        wire = self.shape(found)
        existing = wire.get(self.id_key)
        if maybe_applied and self._ours(wire):
            _noted(
                self.operation,
                "adopted",
                existing,
                "%s outcome unknown, then the name was taken; found %s, adopted",
                self.operation,
                self._label(wire),
            )
            return found
        raise ResourceAlreadyExistError(
            error.status_code,
            error.error_code,
            f"{self.resource_type} {self.name!r} already exists as {existing}: {error.message}",
            error.request_id,
            self.resource_type,
            f"{self.id_prefix}{existing}" if existing else error.resource_id,
            operation=error.operation,
        ) from error


@attrs.frozen
class AsyncPublishCheck:
    """A publish found again as a version newer than the one noted before it."""

    agent_runtime_id: str
    #: The newest version before publishing (``None``: there was none).
    baseline: str | None
    description: str | None
    list_versions: AsyncProducer[list[AgentRuntimeVersion]]

    @classmethod
    async def noting_async(
        cls,
        agent_runtime_id: str,
        description: str | None,
        list_versions: AsyncProducer[list[AgentRuntimeVersion]],
    ) -> AsyncPublishCheck:
        """Read the newest version now, before publishing."""
        names = [v.agent_runtime_version for v in await list_versions()]
        newest = max((n for n in names if n), key=version_key, default=None)
        return cls(agent_runtime_id, newest, description, list_versions)

    def _newer(self, version: str | None) -> bool:
        if not version:
            return False
        return self.baseline is None or version_key(version) > version_key(self.baseline)

    async def applied_async(self) -> AgentRuntimeVersion | None:
        wanted = self.description or None
        candidates = [
            v
            for v in await self.list_versions()
            if self._newer(v.agent_runtime_version) and (v.description or None) == wanted
        ]
        if not candidates:
            _noted(
                "PublishRuntimeVersion",
                "resend",
                self.agent_runtime_id,
                "PublishRuntimeVersion outcome unknown; no version of %s after %s with that "
                "description, sending again",
                self.agent_runtime_id,
                self.baseline,
            )
            return None
        found = min(candidates, key=lambda v: version_key(str(v.agent_runtime_version)))
        _noted(
            "PublishRuntimeVersion",
            "adopted",
            self.agent_runtime_id,
            "PublishRuntimeVersion outcome unknown; found version %s of %s, adopted",
            found.agent_runtime_version,
            self.agent_runtime_id,
        )
        return found

    async def settle_async(self, error: HTTPError, maybe_applied: bool) -> None:
        return None


@attrs.frozen
class AsyncDeleteCheck(Generic[R]):
    """A delete answered 404 after an attempt that may have been applied: done."""

    operation: str
    resource_id: str
    #: The result reported for the deleted resource.
    gone: Callable[[], R]

    async def applied_async(self) -> R | None:
        # A delete is repeated as it is (it is idempotent); only its 404 needs reading.
        return None

    async def settle_async(self, error: HTTPError, maybe_applied: bool) -> R | None:
        if not (maybe_applied and isinstance(error, ResourceNotExistError)):
            return None
        _noted(
            self.operation,
            "adopted",
            self.resource_id,
            "%s outcome unknown, then %s was not found: an earlier attempt deleted it",
            self.operation,
            self.resource_id,
        )
        return self.gone()


@attrs.frozen
class AsyncUpdateCheck(Generic[R]):
    """An update refused as busy after an attempt that may have been applied: read it."""

    operation: str
    resource_id: str
    sent: Mapping[str, Any]
    read: AsyncProducer[R]
    shape: Callable[[R], Mapping[str, Any]]

    async def applied_async(self) -> R | None:
        # An update is repeated as it is (it is idempotent); only a "busy" answer needs reading.
        return None

    async def settle_async(self, error: HTTPError, maybe_applied: bool) -> R | None:
        if not (maybe_applied and isinstance(error, ConflictError)):
            return None
        try:
            current = await self.read()
        except AgentRunError:
            return None
        if not holds_what_was_sent(self.sent, self.shape(current)):
            return None
        _noted(
            self.operation,
            "adopted",
            self.resource_id,
            "%s outcome unknown, then busy; %s holds what was sent: an earlier attempt applied it",
            self.operation,
            self.resource_id,
        )
        return current
