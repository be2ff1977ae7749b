"""Fields of the three resources as read from the wire.

``AgentRuntimeFields`` and ``AgentRuntimeEndpointFields`` are attrs classes
(``slots=False``, every field defaulting to ``None``) meant to be subclassed by
the resource classes that add operations. ``AgentRuntimeVersion`` is complete
as it is. Wire keys the spec does not define are kept in ``extra`` and sent
back by :meth:`~WireResource.to_wire`, so nothing is lost in a round trip.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Self, cast

import agentrun_client.models as gen
import attrs
from dateutil import parser as date_parser

from ..errors import InvalidParameterError
from ._redact import redacted_values
from ._wire import (
    EXTRA,
    bound_class,
    generated_class,
    parse_generated,
    to_generated,
    values_from_generated,
    wire_model,
)
from .artifact import AgentRuntimeCode, AgentRuntimeContainer
from .enums import ArtifactType, Status, parse_artifact_type, parse_status
from .routing import RoutingConfig, ScalingStatus
from .settings import (
    HealthCheckConfig,
    LogConfig,
    NASConfig,
    NetworkConfig,
    OSSMountConfig,
    ProtocolConfig,
)

__all__ = [
    "AgentRuntimeEndpointFields",
    "AgentRuntimeFields",
    "AgentRuntimeVersion",
    "WireResource",
    "parse_timestamp",
]


def parse_timestamp(value: str | None) -> datetime | None:
    """An API timestamp as a ``datetime``; ``None`` when absent or unparseable."""
    if not value or not isinstance(value, str):
        return None
    try:
        return date_parser.isoparse(value)
    except (ValueError, OverflowError):
        pass
    try:
        return date_parser.parse(value)
    except (ValueError, OverflowError):
        return None


class WireResource:
    """Conversions shared by the resource field classes (no fields of its own)."""

    @classmethod
    def _field_values(cls, generated: object) -> dict[str, Any]:
        """Constructor keyword arguments for a generated model instance.

        Raises:
            MalformedResponseError: ``generated`` holds a value of the wrong type.
        """
        return values_from_generated(cls, generated)

    @classmethod
    def from_generated(cls, generated: object) -> Self:
        """An instance built from a generated model instance."""
        factory = cast("Callable[..., Self]", cls)
        return factory(**cls._field_values(generated))

    @classmethod
    def from_wire(cls, data: object) -> Self:
        """An instance built from one decoded JSON object (camelCase keys).

        Raises:
            MalformedResponseError: ``data`` does not match the API schema.
        """
        return cls.from_generated(parse_generated(generated_class(cls), data))

    def to_wire(self) -> dict[str, Any]:
        """The JSON object (camelCase keys) the service would send for this resource."""
        result: dict[str, Any] = to_generated(self).to_dict()
        return result

    def update_fields_from(self, other: object) -> None:
        """Copy every field value of ``other`` (same resource type) onto ``self``."""
        base = bound_class(type(self))
        if not isinstance(other, base):
            raise InvalidParameterError(
                f"cannot update {base.__name__} fields from {type(other).__name__}"
            )
        for field in attrs.fields(cast(Any, base)):
            value = getattr(other, field.name)
            setattr(self, field.name, dict(value) if field.name == EXTRA else value)


@wire_model(gen.AgentRuntime)
@attrs.define(kw_only=True, slots=False)
class AgentRuntimeFields(WireResource):
    """Fields of an agent runtime (37 wire fields plus ``extra``).

    ``status`` is a :class:`Status` when known, else the plain wire string.
    Timestamps stay strings; ``created_at_datetime`` and
    ``last_updated_at_datetime`` parse them.
    """

    agent_runtime_arn: str | None = None
    agent_runtime_id: str | None = None
    agent_runtime_name: str | None = None
    agent_runtime_version: str | None = None
    artifact_type: ArtifactType | str | None = attrs.field(
        default=None, converter=parse_artifact_type
    )
    code_configuration: AgentRuntimeCode | None = None
    container_configuration: AgentRuntimeContainer | None = None
    cpu: float | None = None
    created_at: str | None = None
    credential_name: str | None = None
    description: str | None = None
    disable_ondemand: bool | None = None
    disable_session_affinity: bool | None = None
    disk_size: int | None = None
    edition: str | None = None
    enable_session_isolation: bool | None = None
    environment_variables: dict[str, str] | None = attrs.field(default=None, repr=redacted_values)
    execution_role_arn: str | None = None
    external_agent_endpoint_url: str | None = None
    header_field_name: str | None = None
    health_check_configuration: HealthCheckConfig | None = None
    last_updated_at: str | None = None
    log_configuration: LogConfig | None = None
    memory: int | None = None
    nas_config: NASConfig | None = None
    network_configuration: NetworkConfig | None = None
    oss_mount_config: OSSMountConfig | None = None
    port: int | None = None
    protocol_configuration: ProtocolConfig | None = None
    resource_group_id: str | None = None
    session_affinity_type: str | None = None
    session_concurrency_limit_per_instance: int | None = None
    session_idle_timeout_seconds: int | None = None
    status: Status | str | None = attrs.field(default=None, converter=parse_status)
    status_reason: str | None = None
    system_tags: list[str] | None = None
    workspace_id: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)

    @property
    def created_at_datetime(self) -> datetime | None:
        """``created_at`` parsed, or ``None``."""
        return parse_timestamp(self.created_at)

    @property
    def last_updated_at_datetime(self) -> datetime | None:
        """``last_updated_at`` parsed, or ``None``."""
        return parse_timestamp(self.last_updated_at)


@wire_model(gen.AgentRuntimeEndpoint)
@attrs.define(kw_only=True, slots=False)
class AgentRuntimeEndpointFields(WireResource):
    """Fields of an agent runtime endpoint (12 wire fields plus ``extra``)."""

    agent_runtime_endpoint_arn: str | None = None
    agent_runtime_endpoint_id: str | None = None
    agent_runtime_endpoint_name: str | None = None
    agent_runtime_id: str | None = None
    description: str | None = None
    disable_public_network_access: bool | None = None
    endpoint_public_url: str | None = None
    routing_configuration: RoutingConfig | None = None
    scaling_status: ScalingStatus | None = None
    status: Status | str | None = attrs.field(default=None, converter=parse_status)
    status_reason: str | None = None
    target_version: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.AgentRuntimeVersion)
@attrs.define(kw_only=True, slots=False)
class AgentRuntimeVersion(WireResource):
    """A published version of an agent runtime (6 wire fields plus ``extra``)."""

    agent_runtime_arn: str | None = None
    agent_runtime_id: str | None = None
    agent_runtime_name: str | None = None
    agent_runtime_version: str | None = None
    description: str | None = None
    last_updated_at: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)

    @property
    def last_updated_at_datetime(self) -> datetime | None:
        """``last_updated_at`` parsed, or ``None``."""
        return parse_timestamp(self.last_updated_at)
