from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryNetworkConfig")


@_attrs_define
class RegistryNetworkConfig:
    """Network location of the registry.

    Attributes:
        security_group_id (str | Unset): Security group for reaching the registry.
        v_switch_id (str | Unset): vSwitch in which the registry is reachable.
        vpc_id (str | Unset): VPC in which the registry is reachable.
    """

    security_group_id: str | Unset = UNSET
    v_switch_id: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        security_group_id = self.security_group_id

        v_switch_id = self.v_switch_id

        vpc_id = self.vpc_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if security_group_id is not UNSET:
            field_dict["securityGroupId"] = security_group_id
        if v_switch_id is not UNSET:
            field_dict["vSwitchId"] = v_switch_id
        if vpc_id is not UNSET:
            field_dict["vpcId"] = vpc_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        security_group_id = d.pop("securityGroupId", UNSET)

        v_switch_id = d.pop("vSwitchId", UNSET)

        vpc_id = d.pop("vpcId", UNSET)

        registry_network_config = cls(
            security_group_id=security_group_id,
            v_switch_id=v_switch_id,
            vpc_id=vpc_id,
        )

        registry_network_config.additional_properties = d
        return registry_network_config

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
