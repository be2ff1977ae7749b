from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oss_mount_point import OSSMountPoint


T = TypeVar("T", bound="OSSMountConfig")


@_attrs_define
class OSSMountConfig:
    """OSS bucket mounts.

    Attributes:
        mount_points (list[OSSMountPoint] | Unset): OSS mount points.
    """

    mount_points: list[OSSMountPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mount_points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mount_points, Unset):
            mount_points = []
            for mount_points_item_data in self.mount_points:
                mount_points_item = mount_points_item_data.to_dict()
                mount_points.append(mount_points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mount_points is not UNSET:
            field_dict["mountPoints"] = mount_points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oss_mount_point import OSSMountPoint

        d = dict(src_dict)
        _mount_points = d.pop("mountPoints", UNSET)
        mount_points: list[OSSMountPoint] | Unset = UNSET
        if _mount_points is not UNSET:
            mount_points = []
            for mount_points_item_data in _mount_points:
                mount_points_item = OSSMountPoint.from_dict(mount_points_item_data)

                mount_points.append(mount_points_item)

        oss_mount_config = cls(
            mount_points=mount_points,
        )

        oss_mount_config.additional_properties = d
        return oss_mount_config

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
