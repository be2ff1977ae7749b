"""User-facing data models of the AgentRun facade.

* ``_schema.py`` (generated from the spec by scripts/regenerate): every API
  object as a plain slotted class with ``from_wire``/``to_wire`` -- nested
  configuration, request bodies, and the fields of the three resources;
  :func:`replace` copies one with some fields changed;
* enums of known wire values (:class:`Status` and friends);
* hand-written additions: code package constructors, create-time rules, list
  inputs, and conversion to and from the generated low-level models.
"""

from ._record import replace
from ._schema import (
    AgentRuntimeCode,
    AgentRuntimeContainer,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointFields,
    AgentRuntimeEndpointListInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeFields,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionListInput,
    AgentRuntimeVersionPublishInput,
    ArmsConfig,
    HealthCheckConfig,
    LogConfig,
    NASConfig,
    NASMountConfig,
    NetworkConfig,
    OSSMountConfig,
    OSSMountPoint,
    ProtocolConfig,
    ProtocolSetting,
    RegistryAuthConfig,
    RegistryCertConfig,
    RegistryConfig,
    RegistryNetworkConfig,
    RoutingConfig,
    ScalingConfig,
    ScalingStatus,
    ScheduledPolicy,
    VersionWeight,
)
from .conversion import list_query, parse_generated, to_generated, to_wire, values_from_generated
from .enums import (
    ArtifactType,
    ImageRegistryType,
    Language,
    NetworkMode,
    ProtocolType,
    SessionAffinityType,
    Status,
    parse_status,
)
from .inputs import AgentRuntimeCreateInput
from .wire_model import WireModel, WireResource, parse_timestamp

__all__ = [
    "AgentRuntimeCode",
    "AgentRuntimeContainer",
    "AgentRuntimeCreateInput",
    "AgentRuntimeEndpointCreateInput",
    "AgentRuntimeEndpointFields",
    "AgentRuntimeEndpointListInput",
    "AgentRuntimeEndpointUpdateInput",
    "AgentRuntimeFields",
    "AgentRuntimeListInput",
    "AgentRuntimeUpdateInput",
    "AgentRuntimeVersion",
    "AgentRuntimeVersionListInput",
    "AgentRuntimeVersionPublishInput",
    "ArmsConfig",
    "ArtifactType",
    "HealthCheckConfig",
    "ImageRegistryType",
    "Language",
    "LogConfig",
    "NASConfig",
    "NASMountConfig",
    "NetworkConfig",
    "NetworkMode",
    "OSSMountConfig",
    "OSSMountPoint",
    "ProtocolConfig",
    "ProtocolSetting",
    "ProtocolType",
    "RegistryAuthConfig",
    "RegistryCertConfig",
    "RegistryConfig",
    "RegistryNetworkConfig",
    "RoutingConfig",
    "ScalingConfig",
    "ScalingStatus",
    "ScheduledPolicy",
    "SessionAffinityType",
    "Status",
    "VersionWeight",
    "WireModel",
    "WireResource",
    "list_query",
    "parse_generated",
    "parse_status",
    "parse_timestamp",
    "replace",
    "to_generated",
    "to_wire",
    "values_from_generated",
]
