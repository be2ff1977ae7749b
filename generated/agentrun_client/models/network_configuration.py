from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkConfiguration")


@_attrs_define
class NetworkConfiguration:
    """Network mode, VPC, vSwitches and security group.

    Attributes:
        network_mode (str | Unset): Network access mode.
        security_group_id (str | Unset): Security group ID.
        vpc_id (str | Unset): VPC ID.
        vswitch_ids (list[str] | Unset): vSwitch IDs.
    """

    network_mode: str | Unset = UNSET
    security_group_id: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    vswitch_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network_mode = self.network_mode

        security_group_id = self.security_group_id

        vpc_id = self.vpc_id

        vswitch_ids: list[str] | Unset = UNSET
        if not isinstance(self.vswitch_ids, Unset):
            vswitch_ids = self.vswitch_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network_mode is not UNSET:
            field_dict["networkMode"] = network_mode
        if security_group_id is not UNSET:
            field_dict["securityGroupId"] = security_group_id
        if vpc_id is not UNSET:
            field_dict["vpcId"] = vpc_id
        if vswitch_ids is not UNSET:
            field_dict["vswitchIds"] = vswitch_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        network_mode = d.pop("networkMode", UNSET)

        security_group_id = d.pop("securityGroupId", UNSET)

        vpc_id = d.pop("vpcId", UNSET)

        vswitch_ids = cast(list[str], d.pop("vswitchIds", UNSET))

        network_configuration = cls(
            network_mode=network_mode,
            security_group_id=security_group_id,
            vpc_id=vpc_id,
            vswitch_ids=vswitch_ids,
        )

        network_configuration.additional_properties = d
        return network_configuration

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
