"""Contains all the data models used in inputs/outputs"""

from .agent_runtime import AgentRuntime
from .agent_runtime_endpoint import AgentRuntimeEndpoint
from .agent_runtime_endpoint_result import AgentRuntimeEndpointResult
from .agent_runtime_environment_variables import AgentRuntimeEnvironmentVariables
from .agent_runtime_result import AgentRuntimeResult
from .agent_runtime_version import AgentRuntimeVersion
from .agent_runtime_version_result import AgentRuntimeVersionResult
from .arms_configuration import ArmsConfiguration
from .code_configuration import CodeConfiguration
from .container_configuration import ContainerConfiguration
from .create_agent_runtime_endpoint_input import CreateAgentRuntimeEndpointInput
from .create_agent_runtime_input import CreateAgentRuntimeInput
from .create_agent_runtime_input_environment_variables import (
    CreateAgentRuntimeInputEnvironmentVariables,
)
from .error_result import ErrorResult
from .health_check_configuration import HealthCheckConfiguration
from .list_agent_runtime_endpoints_output import ListAgentRuntimeEndpointsOutput
from .list_agent_runtime_endpoints_result import ListAgentRuntimeEndpointsResult
from .list_agent_runtime_versions_output import ListAgentRuntimeVersionsOutput
from .list_agent_runtime_versions_result import ListAgentRuntimeVersionsResult
from .list_agent_runtimes_output import ListAgentRuntimesOutput
from .list_agent_runtimes_result import ListAgentRuntimesResult
from .log_configuration import LogConfiguration
from .nas_config import NASConfig
from .nas_mount_config import NASMountConfig
from .network_configuration import NetworkConfiguration
from .oss_mount_config import OSSMountConfig
from .oss_mount_point import OSSMountPoint
from .protocol_configuration import ProtocolConfiguration
from .protocol_settings import ProtocolSettings
from .publish_runtime_version_input import PublishRuntimeVersionInput
from .registry_auth_config import RegistryAuthConfig
from .registry_cert_config import RegistryCertConfig
from .registry_config import RegistryConfig
from .registry_network_config import RegistryNetworkConfig
from .routing_configuration import RoutingConfiguration
from .scaling_config import ScalingConfig
from .scaling_status import ScalingStatus
from .scheduled_policy import ScheduledPolicy
from .update_agent_runtime_endpoint_input import UpdateAgentRuntimeEndpointInput
from .update_agent_runtime_input import UpdateAgentRuntimeInput
from .update_agent_runtime_input_environment_variables import (
    UpdateAgentRuntimeInputEnvironmentVariables,
)
from .version_weight import VersionWeight

__all__ = (
    "AgentRuntime",
    "AgentRuntimeEndpoint",
    "AgentRuntimeEndpointResult",
    "AgentRuntimeEnvironmentVariables",
    "AgentRuntimeResult",
    "AgentRuntimeVersion",
    "AgentRuntimeVersionResult",
    "ArmsConfiguration",
    "CodeConfiguration",
    "ContainerConfiguration",
    "CreateAgentRuntimeEndpointInput",
    "CreateAgentRuntimeInput",
    "CreateAgentRuntimeInputEnvironmentVariables",
    "ErrorResult",
    "HealthCheckConfiguration",
    "ListAgentRuntimeEndpointsOutput",
    "ListAgentRuntimeEndpointsResult",
    "ListAgentRuntimeVersionsOutput",
    "ListAgentRuntimeVersionsResult",
    "ListAgentRuntimesOutput",
    "ListAgentRuntimesResult",
    "LogConfiguration",
    "NASConfig",
    "NASMountConfig",
    "NetworkConfiguration",
    "OSSMountConfig",
    "OSSMountPoint",
    "ProtocolConfiguration",
    "ProtocolSettings",
    "PublishRuntimeVersionInput",
    "RegistryAuthConfig",
    "RegistryCertConfig",
    "RegistryConfig",
    "RegistryNetworkConfig",
    "RoutingConfiguration",
    "ScalingConfig",
    "ScalingStatus",
    "ScheduledPolicy",
    "UpdateAgentRuntimeEndpointInput",
    "UpdateAgentRuntimeInput",
    "UpdateAgentRuntimeInputEnvironmentVariables",
    "VersionWeight",
)
