from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.arms_configuration import ArmsConfiguration
    from ..models.code_configuration import CodeConfiguration
    from ..models.container_configuration import ContainerConfiguration
    from ..models.health_check_configuration import HealthCheckConfiguration
    from ..models.log_configuration import LogConfiguration
    from ..models.nas_config import NASConfig
    from ..models.network_configuration import NetworkConfiguration
    from ..models.oss_mount_config import OSSMountConfig
    from ..models.protocol_configuration import ProtocolConfiguration
    from ..models.update_agent_runtime_input_environment_variables import (
        UpdateAgentRuntimeInputEnvironmentVariables,
    )


T = TypeVar("T", bound="UpdateAgentRuntimeInput")


@_attrs_define
class UpdateAgentRuntimeInput:
    """Body of UpdateAgentRuntime; fields left out are not changed.

    Attributes:
        agent_runtime_name (str | Unset): Name of the runtime.
        arms_configuration (ArmsConfiguration | Unset): Application Real-Time Monitoring settings (input only).
        artifact_type (str | Unset): How the agent is deployed.
        code_configuration (CodeConfiguration | Unset): Code package and entry command (artifactType Code).
        container_configuration (ContainerConfiguration | Unset): Container image and start command (artifactType
            Container).
        cpu (float | Unset): CPU cores (documented as required by the service reference, but only the fields sent are
            changed).
        credential_name (str | Unset): Credential that authenticates inbound requests.
        description (str | Unset): Description.
        disable_ondemand (bool | Unset): Disable on-demand elasticity.
        disable_session_affinity (bool | Unset): Disable session affinity.
        disk_size (int | Unset): Disk size in GB.
        edition (str | Unset): Edition.
        enable_session_isolation (bool | Unset): Run each session in an isolated environment.
        environment_variables (UpdateAgentRuntimeInputEnvironmentVariables | Unset): Environment variables.
        execution_role_arn (str | Unset): Execution role ARN.
        external_agent_endpoint_url (str | Unset): URL of an externally hosted agent.
        force_evict_instances (bool | Unset): Best-effort eviction of running sessions so new settings apply sooner.
        header_field_name (str | Unset): Header used for HEADER_FIELD session affinity.
        health_check_configuration (HealthCheckConfiguration | Unset): Instance health checks.
        log_configuration (LogConfiguration | Unset): Simple Log Service destination.
        memory (int | Unset): Memory in MB.
        nas_config (NASConfig | Unset): NAS file-system mounts.
        network_configuration (NetworkConfiguration | Unset): Network mode, VPC, vSwitches and security group.
        oss_mount_config (OSSMountConfig | Unset): OSS bucket mounts.
        port (int | Unset): Listening port.
        protocol_configuration (ProtocolConfiguration | Unset): Protocol(s) the agent speaks.
        session_affinity_type (str | Unset): Session affinity mode; COOKIE is accepted as an alias of GENERATED_COOKIE.
        session_concurrency_limit_per_instance (int | Unset): Maximum concurrent sessions per instance.
        session_idle_timeout_seconds (int | Unset): Session idle timeout in seconds.
        system_tags (list[str] | Unset): System tags.
        workspace_id (str | Unset): Workspace ID.
    """

    agent_runtime_name: str | Unset = UNSET
    arms_configuration: ArmsConfiguration | Unset = UNSET
    artifact_type: str | Unset = UNSET
    code_configuration: CodeConfiguration | Unset = UNSET
    container_configuration: ContainerConfiguration | Unset = UNSET
    cpu: float | Unset = UNSET
    credential_name: str | Unset = UNSET
    description: str | Unset = UNSET
    disable_ondemand: bool | Unset = UNSET
    disable_session_affinity: bool | Unset = UNSET
    disk_size: int | Unset = UNSET
    edition: str | Unset = UNSET
    enable_session_isolation: bool | Unset = UNSET
    environment_variables: UpdateAgentRuntimeInputEnvironmentVariables | Unset = UNSET
    execution_role_arn: str | Unset = UNSET
    external_agent_endpoint_url: str | Unset = UNSET
    force_evict_instances: bool | Unset = UNSET
    header_field_name: str | Unset = UNSET
    health_check_configuration: HealthCheckConfiguration | Unset = UNSET
    log_configuration: LogConfiguration | Unset = UNSET
    memory: int | Unset = UNSET
    nas_config: NASConfig | Unset = UNSET
    network_configuration: NetworkConfiguration | Unset = UNSET
    oss_mount_config: OSSMountConfig | Unset = UNSET
    port: int | Unset = UNSET
    protocol_configuration: ProtocolConfiguration | Unset = UNSET
    session_affinity_type: str | Unset = UNSET
    session_concurrency_limit_per_instance: int | Unset = UNSET
    session_idle_timeout_seconds: int | Unset = UNSET
    system_tags: list[str] | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_runtime_name = self.agent_runtime_name

        arms_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arms_configuration, Unset):
            arms_configuration = self.arms_configuration.to_dict()

        artifact_type = self.artifact_type

        code_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_configuration, Unset):
            code_configuration = self.code_configuration.to_dict()

        container_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container_configuration, Unset):
            container_configuration = self.container_configuration.to_dict()

        cpu = self.cpu

        credential_name = self.credential_name

        description = self.description

        disable_ondemand = self.disable_ondemand

        disable_session_affinity = self.disable_session_affinity

        disk_size = self.disk_size

        edition = self.edition

        enable_session_isolation = self.enable_session_isolation

        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = self.environment_variables.to_dict()

        execution_role_arn = self.execution_role_arn

        external_agent_endpoint_url = self.external_agent_endpoint_url

        force_evict_instances = self.force_evict_instances

        header_field_name = self.header_field_name

        health_check_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health_check_configuration, Unset):
            health_check_configuration = self.health_check_configuration.to_dict()

        log_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log_configuration, Unset):
            log_configuration = self.log_configuration.to_dict()

        memory = self.memory

        nas_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nas_config, Unset):
            nas_config = self.nas_config.to_dict()

        network_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_configuration, Unset):
            network_configuration = self.network_configuration.to_dict()

        oss_mount_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oss_mount_config, Unset):
            oss_mount_config = self.oss_mount_config.to_dict()

        port = self.port

        protocol_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protocol_configuration, Unset):
            protocol_configuration = self.protocol_configuration.to_dict()

        session_affinity_type = self.session_affinity_type

        session_concurrency_limit_per_instance = (
            self.session_concurrency_limit_per_instance
        )

        session_idle_timeout_seconds = self.session_idle_timeout_seconds

        system_tags: list[str] | Unset = UNSET
        if not isinstance(self.system_tags, Unset):
            system_tags = self.system_tags

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_runtime_name is not UNSET:
            field_dict["agentRuntimeName"] = agent_runtime_name
        if arms_configuration is not UNSET:
            field_dict["armsConfiguration"] = arms_configuration
        if artifact_type is not UNSET:
            field_dict["artifactType"] = artifact_type
        if code_configuration is not UNSET:
            field_dict["codeConfiguration"] = code_configuration
        if container_configuration is not UNSET:
            field_dict["containerConfiguration"] = container_configuration
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if credential_name is not UNSET:
            field_dict["credentialName"] = credential_name
        if description is not UNSET:
            field_dict["description"] = description
        if disable_ondemand is not UNSET:
            field_dict["disableOndemand"] = disable_ondemand
        if disable_session_affinity is not UNSET:
            field_dict["disableSessionAffinity"] = disable_session_affinity
        if disk_size is not UNSET:
            field_dict["diskSize"] = disk_size
        if edition is not UNSET:
            field_dict["edition"] = edition
        if enable_session_isolation is not UNSET:
            field_dict["enableSessionIsolation"] = enable_session_isolation
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables
        if execution_role_arn is not UNSET:
            field_dict["executionRoleArn"] = execution_role_arn
        if external_agent_endpoint_url is not UNSET:
            field_dict["externalAgentEndpointUrl"] = external_agent_endpoint_url
        if force_evict_instances is not UNSET:
            field_dict["forceEvictInstances"] = force_evict_instances
        if header_field_name is not UNSET:
            field_dict["headerFieldName"] = header_field_name
        if health_check_configuration is not UNSET:
            field_dict["healthCheckConfiguration"] = health_check_configuration
        if log_configuration is not UNSET:
            field_dict["logConfiguration"] = log_configuration
        if memory is not UNSET:
            field_dict["memory"] = memory
        if nas_config is not UNSET:
            field_dict["nasConfig"] = nas_config
        if network_configuration is not UNSET:
            field_dict["networkConfiguration"] = network_configuration
        if oss_mount_config is not UNSET:
            field_dict["ossMountConfig"] = oss_mount_config
        if port is not UNSET:
            field_dict["port"] = port
        if protocol_configuration is not UNSET:
            field_dict["protocolConfiguration"] = protocol_configuration
        if session_affinity_type is not UNSET:
            field_dict["sessionAffinityType"] = session_affinity_type
        if session_concurrency_limit_per_instance is not UNSET:
            field_dict["sessionConcurrencyLimitPerInstance"] = (
                session_concurrency_limit_per_instance
            )
        if session_idle_timeout_seconds is not UNSET:
            field_dict["sessionIdleTimeoutSeconds"] = session_idle_timeout_seconds
        if system_tags is not UNSET:
            field_dict["systemTags"] = system_tags
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.arms_configuration import ArmsConfiguration
        from ..models.code_configuration import CodeConfiguration
        from ..models.container_configuration import ContainerConfiguration
        from ..models.health_check_configuration import HealthCheckConfiguration
        from ..models.log_configuration import LogConfiguration
        from ..models.nas_config import NASConfig
        from ..models.network_configuration import NetworkConfiguration
        from ..models.oss_mount_config import OSSMountConfig
        from ..models.protocol_configuration import ProtocolConfiguration
        from ..models.update_agent_runtime_input_environment_variables import (
            UpdateAgentRuntimeInputEnvironmentVariables,
        )

        d = dict(src_dict)
        agent_runtime_name = d.pop("agentRuntimeName", UNSET)

        _arms_configuration = d.pop("armsConfiguration", UNSET)
        arms_configuration: ArmsConfiguration | Unset
        if isinstance(_arms_configuration, Unset):
            arms_configuration = UNSET
        else:
            arms_configuration = ArmsConfiguration.from_dict(_arms_configuration)

        artifact_type = d.pop("artifactType", UNSET)

        _code_configuration = d.pop("codeConfiguration", UNSET)
        code_configuration: CodeConfiguration | Unset
        if isinstance(_code_configuration, Unset):
            code_configuration = UNSET
        else:
            code_configuration = CodeConfiguration.from_dict(_code_configuration)

        _container_configuration = d.pop("containerConfiguration", UNSET)
        container_configuration: ContainerConfiguration | Unset
        if isinstance(_container_configuration, Unset):
            container_configuration = UNSET
        else:
            container_configuration = ContainerConfiguration.from_dict(
                _container_configuration
            )

        cpu = d.pop("cpu", UNSET)

        credential_name = d.pop("credentialName", UNSET)

        description = d.pop("description", UNSET)

        disable_ondemand = d.pop("disableOndemand", UNSET)

        disable_session_affinity = d.pop("disableSessionAffinity", UNSET)

        disk_size = d.pop("diskSize", UNSET)

        edition = d.pop("edition", UNSET)

        enable_session_isolation = d.pop("enableSessionIsolation", UNSET)

        _environment_variables = d.pop("environmentVariables", UNSET)
        environment_variables: UpdateAgentRuntimeInputEnvironmentVariables | Unset
        if isinstance(_environment_variables, Unset):
            environment_variables = UNSET
        else:
            environment_variables = (
                UpdateAgentRuntimeInputEnvironmentVariables.from_dict(
                    _environment_variables
                )
            )

        execution_role_arn = d.pop("executionRoleArn", UNSET)

        external_agent_endpoint_url = d.pop("externalAgentEndpointUrl", UNSET)

        force_evict_instances = d.pop("forceEvictInstances", UNSET)

        header_field_name = d.pop("headerFieldName", UNSET)

        _health_check_configuration = d.pop("healthCheckConfiguration", UNSET)
        health_check_configuration: HealthCheckConfiguration | Unset
        if isinstance(_health_check_configuration, Unset):
            health_check_configuration = UNSET
        else:
            health_check_configuration = HealthCheckConfiguration.from_dict(
                _health_check_configuration
            )

        _log_configuration = d.pop("logConfiguration", UNSET)
        log_configuration: LogConfiguration | Unset
        if isinstance(_log_configuration, Unset):
            log_configuration = UNSET
        else:
            log_configuration = LogConfiguration.from_dict(_log_configuration)

        memory = d.pop("memory", UNSET)

        _nas_config = d.pop("nasConfig", UNSET)
        nas_config: NASConfig | Unset
        if isinstance(_nas_config, Unset):
            nas_config = UNSET
        else:
            nas_config = NASConfig.from_dict(_nas_config)

        _network_configuration = d.pop("networkConfiguration", UNSET)
        network_configuration: NetworkConfiguration | Unset
        if isinstance(_network_configuration, Unset):
            network_configuration = UNSET
        else:
            network_configuration = NetworkConfiguration.from_dict(
                _network_configuration
            )

        _oss_mount_config = d.pop("ossMountConfig", UNSET)
        oss_mount_config: OSSMountConfig | Unset
        if isinstance(_oss_mount_config, Unset):
            oss_mount_config = UNSET
        else:
            oss_mount_config = OSSMountConfig.from_dict(_oss_mount_config)

        port = d.pop("port", UNSET)

        _protocol_configuration = d.pop("protocolConfiguration", UNSET)
        protocol_configuration: ProtocolConfiguration | Unset
        if isinstance(_protocol_configuration, Unset):
            protocol_configuration = UNSET
        else:
            protocol_configuration = ProtocolConfiguration.from_dict(
                _protocol_configuration
            )

        session_affinity_type = d.pop("sessionAffinityType", UNSET)

        session_concurrency_limit_per_instance = d.pop(
            "sessionConcurrencyLimitPerInstance", UNSET
        )

        session_idle_timeout_seconds = d.pop("sessionIdleTimeoutSeconds", UNSET)

        system_tags = cast(list[str], d.pop("systemTags", UNSET))

        workspace_id = d.pop("workspaceId", UNSET)

        update_agent_runtime_input = cls(
            agent_runtime_name=agent_runtime_name,
            arms_configuration=arms_configuration,
            artifact_type=artifact_type,
            code_configuration=code_configuration,
            container_configuration=container_configuration,
            cpu=cpu,
            credential_name=credential_name,
            description=description,
            disable_ondemand=disable_ondemand,
            disable_session_affinity=disable_session_affinity,
            disk_size=disk_size,
            edition=edition,
            enable_session_isolation=enable_session_isolation,
            environment_variables=environment_variables,
            execution_role_arn=execution_role_arn,
            external_agent_endpoint_url=external_agent_endpoint_url,
            force_evict_instances=force_evict_instances,
            header_field_name=header_field_name,
            health_check_configuration=health_check_configuration,
            log_configuration=log_configuration,
            memory=memory,
            nas_config=nas_config,
            network_configuration=network_configuration,
            oss_mount_config=oss_mount_config,
            port=port,
            protocol_configuration=protocol_configuration,
            session_affinity_type=session_affinity_type,
            session_concurrency_limit_per_instance=session_concurrency_limit_per_instance,
            session_idle_timeout_seconds=session_idle_timeout_seconds,
            system_tags=system_tags,
            workspace_id=workspace_id,
        )

        update_agent_runtime_input.additional_properties = d
        return update_agent_runtime_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
