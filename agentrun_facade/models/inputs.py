"""Request inputs. A field left at ``None`` is not sent.

Create inputs carry the defaults the service expects (``cpu`` 2, ``memory``
4096, ``port`` 9000, endpoint ``target_version`` ``"LATEST"``); update inputs
default every field to ``None``, so an update sends only what the caller set.
``extra`` holds additional wire keys, sent verbatim.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import agentrun_client.models as gen
import attrs
from agentrun_client.api.endpoints import list_agent_runtime_endpoints
from agentrun_client.api.runtimes import list_agent_runtimes
from agentrun_client.api.versions import list_agent_runtime_versions

from ..errors import InvalidParameterError
from ._query import query_model
from ._redact import redacted_values
from ._wire import to_generated, wire_model
from .artifact import AgentRuntimeCode, AgentRuntimeContainer
from .enums import ArtifactType, NetworkMode, SessionAffinityType, Status
from .routing import RoutingConfig, ScalingConfig
from .settings import (
    ArmsConfig,
    HealthCheckConfig,
    LogConfig,
    NASConfig,
    NetworkConfig,
    OSSMountConfig,
    ProtocolConfig,
)

__all__ = [
    "AgentRuntimeCreateInput",
    "AgentRuntimeEndpointCreateInput",
    "AgentRuntimeEndpointListInput",
    "AgentRuntimeEndpointUpdateInput",
    "AgentRuntimeListInput",
    "AgentRuntimeUpdateInput",
    "AgentRuntimeVersionListInput",
    "AgentRuntimeVersionPublishInput",
]


class _WireBody:
    """``to_wire`` for the request bodies."""

    def to_wire(self) -> dict[str, Any]:
        """The JSON body (camelCase keys) sent for this input.

        Raises:
            InvalidParameterError: a field holds a value of the wrong type, or a
                field the API requires is ``None``.
        """
        result: dict[str, Any] = to_generated(self).to_dict()
        return result


_CODE = ArtifactType.CODE.value
_CONTAINER = ArtifactType.CONTAINER.value


@wire_model(gen.CreateAgentRuntimeInput)
@attrs.define(kw_only=True)
class AgentRuntimeCreateInput(_WireBody):
    """Body of CreateAgentRuntime. Call :meth:`prepared` before sending.

    Units: ``cpu`` in cores, ``memory`` in MB, ``disk_size`` in GB,
    ``session_idle_timeout_seconds`` in seconds.
    """

    agent_runtime_name: str | None = None
    arms_configuration: ArmsConfig | None = None
    artifact_type: ArtifactType | str | None = None
    code_configuration: AgentRuntimeCode | None = None
    container_configuration: AgentRuntimeContainer | None = None
    cpu: float | None = 2
    credential_id: str | None = None
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
    log_configuration: LogConfig | None = None
    memory: int | None = 4096
    nas_config: NASConfig | None = None
    network_configuration: NetworkConfig | None = None
    oss_mount_config: OSSMountConfig | None = None
    port: int | None = 9000
    protocol_configuration: ProtocolConfig | None = None
    resource_group_id: str | None = None
    session_affinity_type: SessionAffinityType | str | None = None
    session_concurrency_limit_per_instance: int | None = None
    session_idle_timeout_seconds: int | None = None
    system_tags: list[str] | None = None
    workspace_id: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)

    def prepared(self) -> AgentRuntimeCreateInput:
        """A copy with the create-time rules applied.

        * ``agent_runtime_name`` must be set;
        * one of ``code_configuration`` / ``container_configuration`` must be
          set, and the one ``artifact_type`` names (when it names a known type);
        * ``artifact_type`` is inferred when unset (``Code`` wins when both are set);
        * ``network_configuration`` defaults to ``NetworkConfig(network_mode="PUBLIC")``;
        * ``cpu``/``memory``/``port`` explicitly set to ``None`` fall back to 2/4096/9000.

        Raises:
            InvalidParameterError: a rule above is broken.
        """
        if not self.agent_runtime_name:
            raise InvalidParameterError("agent_runtime_name is required to create an agent runtime")
        code, container = self.code_configuration, self.container_configuration
        if code is None and container is None:
            raise InvalidParameterError(
                "either code_configuration or container_configuration must be set"
            )
        artifact = self.artifact_type
        if artifact is None:
            artifact = ArtifactType.CODE if code is not None else ArtifactType.CONTAINER
        elif str(artifact) == _CODE and code is None:
            raise InvalidParameterError("artifact_type Code requires code_configuration")
        elif str(artifact) == _CONTAINER and container is None:
            raise InvalidParameterError("artifact_type Container requires container_configuration")
        network = self.network_configuration
        if network is None:
            network = NetworkConfig(network_mode=NetworkMode.PUBLIC)
        return attrs.evolve(
            self,
            artifact_type=artifact,
            network_configuration=network,
            cpu=2 if self.cpu is None else self.cpu,
            memory=4096 if self.memory is None else self.memory,
            port=9000 if self.port is None else self.port,
        )


@wire_model(gen.UpdateAgentRuntimeInput)
@attrs.define(kw_only=True)
class AgentRuntimeUpdateInput(_WireBody):
    """Body of UpdateAgentRuntime; only fields set to a value are sent."""

    agent_runtime_name: str | None = None
    arms_configuration: ArmsConfig | None = None
    artifact_type: ArtifactType | str | None = None
    code_configuration: AgentRuntimeCode | None = None
    container_configuration: AgentRuntimeContainer | None = None
    cpu: float | None = None
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
    force_evict_instances: bool | None = None
    header_field_name: str | None = None
    health_check_configuration: HealthCheckConfig | None = None
    log_configuration: LogConfig | None = None
    memory: int | None = None
    nas_config: NASConfig | None = None
    network_configuration: NetworkConfig | None = None
    oss_mount_config: OSSMountConfig | None = None
    port: int | None = None
    protocol_configuration: ProtocolConfig | None = None
    session_affinity_type: SessionAffinityType | str | None = None
    session_concurrency_limit_per_instance: int | None = None
    session_idle_timeout_seconds: int | None = None
    system_tags: list[str] | None = None
    workspace_id: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@query_model(
    list_agent_runtimes._get_kwargs,
    comma_lists=frozenset({"status", "system_tags", "workspace_ids"}),
)
@attrs.define(kw_only=True)
class AgentRuntimeListInput:
    """Query of ListAgentRuntimes; ``status``, ``system_tags`` and
    ``workspace_ids`` take a string or a list (sent comma-joined)."""

    agent_runtime_name: str | None = None
    discovery_resource_group_id: str | None = None
    page_number: int | None = None
    page_size: int | None = None
    resource_group_id: str | None = None
    search_mode: str | None = None
    status: Status | str | Sequence[Status | str] | None = None
    system_tags: str | Sequence[str] | None = None
    workspace_id: str | None = None
    workspace_ids: str | Sequence[str] | None = None


@wire_model(gen.CreateAgentRuntimeEndpointInput)
@attrs.define(kw_only=True)
class AgentRuntimeEndpointCreateInput(_WireBody):
    """Body of CreateAgentRuntimeEndpoint."""

    agent_runtime_endpoint_name: str | None = None
    description: str | None = None
    disable_public_network_access: bool | None = None
    routing_configuration: RoutingConfig | None = None
    scaling_config: ScalingConfig | None = None
    target_version: str | None = "LATEST"
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.UpdateAgentRuntimeEndpointInput)
@attrs.define(kw_only=True)
class AgentRuntimeEndpointUpdateInput(_WireBody):
    """Body of UpdateAgentRuntimeEndpoint; only fields set to a value are sent."""

    agent_runtime_endpoint_name: str | None = None
    delete_scaling_config: bool | None = None
    description: str | None = None
    disable_public_network_access: bool | None = None
    routing_configuration: RoutingConfig | None = None
    scaling_config: ScalingConfig | None = None
    target_version: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@query_model(list_agent_runtime_endpoints._get_kwargs)
@attrs.define(kw_only=True)
class AgentRuntimeEndpointListInput:
    """Query of ListAgentRuntimeEndpoints."""

    endpoint_name: str | None = None
    page_number: int | None = None
    page_size: int | None = None
    search_mode: str | None = None


@query_model(list_agent_runtime_versions._get_kwargs)
@attrs.define(kw_only=True)
class AgentRuntimeVersionListInput:
    """Query of ListAgentRuntimeVersions."""

    page_number: int | None = None
    page_size: int | None = None


@wire_model(gen.PublishRuntimeVersionInput)
@attrs.define(kw_only=True)
class AgentRuntimeVersionPublishInput(_WireBody):
    """Body of PublishRuntimeVersion (``publisher`` is not echoed back)."""

    description: str | None = None
    publisher: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)
