"""Known string values of the API as ``str`` enums.

The wire carries plain strings and the service may add values at any time, so
every input accepts either one of these members or a plain ``str``, and values
read from the wire stay plain strings (except ``status``, see
:func:`parse_status`).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar, cast

from ..errors import InvalidParameterError
from ..waiters import is_failed_status

__all__ = [
    "ArtifactType",
    "ImageRegistryType",
    "Language",
    "NetworkMode",
    "ProtocolType",
    "SessionAffinityType",
    "Status",
    "parse_artifact_type",
    "parse_status",
]


class _WireEnum(StrEnum):
    """A ``str`` enum (``str()`` and ``==`` use the wire value)."""


class Status(_WireEnum):
    """Lifecycle status of an agent runtime or an endpoint."""

    CREATING = "CREATING"
    CREATE_FAILED = "CREATE_FAILED"
    UPDATING = "UPDATING"
    UPDATE_FAILED = "UPDATE_FAILED"
    READY = "READY"
    DELETING = "DELETING"
    DELETE_FAILED = "DELETE_FAILED"
    #: Named by the official model's comment on a runtime's status.
    FAILED = "FAILED"
    #: A serving endpoint, as in the official endpoint example; ready like ``READY``.
    ACTIVE = "ACTIVE"

    def is_final(self) -> bool:
        """True for ``READY``, ``ACTIVE`` and every failed status."""
        return self in (Status.READY, Status.ACTIVE) or self.is_failed()

    def is_failed(self) -> bool:
        """True for ``FAILED`` and every ``*_FAILED`` status."""
        return is_failed_status(self.value)


_E = TypeVar("_E", bound=_WireEnum)


def _parse_unusual(value: object, members: Mapping[str, _E], name: str) -> _E | str | None:
    """``value`` is not a plain ``str``: ``None``, a member, a ``str`` subclass or wrong."""
    if value is None or (isinstance(value, _WireEnum) and value in members.values()):
        return cast("_E | None", value)
    if isinstance(value, str):
        return members.get(str(value), value)
    raise InvalidParameterError(f"{name} must be a string, got {type(value).__name__}")


_STATUSES = {member.value: member for member in Status}


def parse_status(value: str | None) -> Status | str | None:
    """Map a wire status to :class:`Status`; an unknown value stays a plain ``str``."""
    if type(value) is str:
        return _STATUSES.get(value, value)
    return _parse_unusual(value, _STATUSES, "status")


class ArtifactType(_WireEnum):
    """How the agent is packaged (``artifactType``)."""

    CODE = "Code"
    CONTAINER = "Container"


_ARTIFACT_TYPES = {member.value: member for member in ArtifactType}


def parse_artifact_type(value: str | None) -> ArtifactType | str | None:
    """Map a wire artifact type to :class:`ArtifactType`; an unknown value stays a ``str``."""
    if type(value) is str:
        return _ARTIFACT_TYPES.get(value, value)
    return _parse_unusual(value, _ARTIFACT_TYPES, "artifact_type")


class NetworkMode(_WireEnum):
    """Network access mode (``networkConfiguration.networkMode``)."""

    PUBLIC = "PUBLIC"
    PRIVATE = "PRIVATE"
    PUBLIC_AND_PRIVATE = "PUBLIC_AND_PRIVATE"


class ProtocolType(_WireEnum):
    """Protocol the agent speaks (``protocolConfiguration.type``)."""

    HTTP = "HTTP"
    MCP = "MCP"
    SUPER_AGENT = "SUPER_AGENT"


class Language(_WireEnum):
    """Language runtime of a code package (``codeConfiguration.language``)."""

    PYTHON3_10 = "python3.10"
    PYTHON3_12 = "python3.12"
    NODEJS18 = "nodejs18"
    NODEJS20 = "nodejs20"
    JAVA8 = "java8"
    JAVA11 = "java11"


class ImageRegistryType(_WireEnum):
    """Where a container image comes from (``containerConfiguration.imageRegistryType``)."""

    ACR = "ACR"
    ACREE = "ACREE"
    CUSTOM = "CUSTOM"


class SessionAffinityType(_WireEnum):
    """Session affinity mode (``sessionAffinityType``).

    ``COOKIE`` is accepted by the service as an alias and stored as
    ``GENERATED_COOKIE``.
    """

    NONE = "NONE"
    HEADER_FIELD = "HEADER_FIELD"
    GENERATED_COOKIE = "GENERATED_COOKIE"
    COOKIE = "COOKIE"
