"""User-facing data models of the AgentRun facade.

* enums of known wire values (:class:`Status` and friends);
* nested configuration models (code, container, network, protocol, ...);
* request inputs (``AgentRuntimeCreateInput`` ...);
* the fields of the three resources as read from the wire;
* conversion to and from the generated low-level models.
"""

from .artifact import (
    AgentRuntimeCode,
    AgentRuntimeContainer,
    RegistryAuthConfig,
    RegistryCertConfig,
    RegistryConfig,
    RegistryNetworkConfig,
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
from .inputs import (
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointListInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersionListInput,
    AgentRuntimeVersionPublishInput,
)
from .resources import (
    AgentRuntimeEndpointFields,
    AgentRuntimeFields,
    AgentRuntimeVersion,
    WireResource,
    parse_timestamp,
)
from .routing import RoutingConfig, ScalingConfig, ScalingStatus, ScheduledPolicy, VersionWeight
from .settings import (
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
)

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
    "WireResource",
    "list_query",
    "parse_generated",
    "parse_status",
    "parse_timestamp",
    "to_generated",
    "to_wire",
    "values_from_generated",
]
