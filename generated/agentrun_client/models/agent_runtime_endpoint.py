from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.routing_configuration import RoutingConfiguration
    from ..models.scaling_status import ScalingStatus


T = TypeVar("T", bound="AgentRuntimeEndpoint")


@_attrs_define
class AgentRuntimeEndpoint:
    """An endpoint as returned by the service.

    Attributes:
        agent_runtime_endpoint_arn (str | Unset): ARN of the endpoint.
        agent_runtime_endpoint_id (str | Unset): Unique ID of the endpoint.
        agent_runtime_endpoint_name (str | Unset): Endpoint name.
        agent_runtime_id (str | Unset): ID of the owning runtime.
        description (str | Unset): Description.
        disable_public_network_access (bool | Unset): Public access disabled.
        endpoint_public_url (str | Unset): Public URL of the endpoint.
        routing_configuration (RoutingConfiguration | Unset): Weighted traffic split across runtime versions.
        scaling_status (ScalingStatus | Unset): Endpoint scaling state (output).
        status (str | Unset): Lifecycle status of a runtime or endpoint.
        status_reason (str | Unset): Reason for the current status.
        target_version (str | Unset): Runtime version the endpoint targets.
    """

    agent_runtime_endpoint_arn: str | Unset = UNSET
    agent_runtime_endpoint_id: str | Unset = UNSET
    agent_runtime_endpoint_name: str | Unset = UNSET
    agent_runtime_id: str | Unset = UNSET
    description: str | Unset = UNSET
    disable_public_network_access: bool | Unset = UNSET
    endpoint_public_url: str | Unset = UNSET
    routing_configuration: RoutingConfiguration | Unset = UNSET
    scaling_status: ScalingStatus | Unset = UNSET
    status: str | Unset = UNSET
    status_reason: str | Unset = UNSET
    target_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_runtime_endpoint_arn = self.agent_runtime_endpoint_arn

        agent_runtime_endpoint_id = self.agent_runtime_endpoint_id

        agent_runtime_endpoint_name = self.agent_runtime_endpoint_name

        agent_runtime_id = self.agent_runtime_id

        description = self.description

        disable_public_network_access = self.disable_public_network_access

        endpoint_public_url = self.endpoint_public_url

        routing_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.routing_configuration, Unset):
            routing_configuration = self.routing_configuration.to_dict()

        scaling_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaling_status, Unset):
            scaling_status = self.scaling_status.to_dict()

        status = self.status

        status_reason = self.status_reason

        target_version = self.target_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_runtime_endpoint_arn is not UNSET:
            field_dict["agentRuntimeEndpointArn"] = agent_runtime_endpoint_arn
        if agent_runtime_endpoint_id is not UNSET:
            field_dict["agentRuntimeEndpointId"] = agent_runtime_endpoint_id
        if agent_runtime_endpoint_name is not UNSET:
            field_dict["agentRuntimeEndpointName"] = agent_runtime_endpoint_name
        if agent_runtime_id is not UNSET:
            field_dict["agentRuntimeId"] = agent_runtime_id
        if description is not UNSET:
            field_dict["description"] = description
        if disable_public_network_access is not UNSET:
            field_dict["disablePublicNetworkAccess"] = disable_public_network_access
        if endpoint_public_url is not UNSET:
            field_dict["endpointPublicUrl"] = endpoint_public_url
        if routing_configuration is not UNSET:
            field_dict["routingConfiguration"] = routing_configuration
        if scaling_status is not UNSET:
            field_dict["scalingStatus"] = scaling_status
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason
        if target_version is not UNSET:
            field_dict["targetVersion"] = target_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.routing_configuration import RoutingConfiguration
        from ..models.scaling_status import ScalingStatus

        d = dict(src_dict)
        agent_runtime_endpoint_arn = d.pop("agentRuntimeEndpointArn", UNSET)

        agent_runtime_endpoint_id = d.pop("agentRuntimeEndpointId", UNSET)

        agent_runtime_endpoint_name = d.pop("agentRuntimeEndpointName", UNSET)

        agent_runtime_id = d.pop("agentRuntimeId", UNSET)

        description = d.pop("description", UNSET)

        disable_public_network_access = d.pop("disablePublicNetworkAccess", UNSET)

        endpoint_public_url = d.pop("endpointPublicUrl", UNSET)

        _routing_configuration = d.pop("routingConfiguration", UNSET)
        routing_configuration: RoutingConfiguration | Unset
        if isinstance(_routing_configuration, Unset):
            routing_configuration = UNSET
        else:
            routing_configuration = RoutingConfiguration.from_dict(
                _routing_configuration
            )

        _scaling_status = d.pop("scalingStatus", UNSET)
        scaling_status: ScalingStatus | Unset
        if isinstance(_scaling_status, Unset):
            scaling_status = UNSET
        else:
            scaling_status = ScalingStatus.from_dict(_scaling_status)

        status = d.pop("status", UNSET)

        status_reason = d.pop("statusReason", UNSET)

        target_version = d.pop("targetVersion", UNSET)

        agent_runtime_endpoint = cls(
            agent_runtime_endpoint_arn=agent_runtime_endpoint_arn,
            agent_runtime_endpoint_id=agent_runtime_endpoint_id,
            agent_runtime_endpoint_name=agent_runtime_endpoint_name,
            agent_runtime_id=agent_runtime_id,
            description=description,
            disable_public_network_access=disable_public_network_access,
            endpoint_public_url=endpoint_public_url,
            routing_configuration=routing_configuration,
            scaling_status=scaling_status,
            status=status,
            status_reason=status_reason,
            target_version=target_version,
        )

        agent_runtime_endpoint.additional_properties = d
        return agent_runtime_endpoint

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
