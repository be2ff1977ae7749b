from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSSMountPoint")


@_attrs_define
class OSSMountPoint:
    """One OSS mount.

    Attributes:
        bucket_name (str | Unset): Bucket to mount.
        bucket_path (str | Unset): Directory inside the bucket.
        endpoint (str | Unset): OSS endpoint.
        mount_dir (str | Unset): Local mount directory.
        read_only (bool | Unset): Mount read-only.
    """

    bucket_name: str | Unset = UNSET
    bucket_path: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    mount_dir: str | Unset = UNSET
    read_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_name = self.bucket_name

        bucket_path = self.bucket_path

        endpoint = self.endpoint

        mount_dir = self.mount_dir

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket_name is not UNSET:
            field_dict["bucketName"] = bucket_name
        if bucket_path is not UNSET:
            field_dict["bucketPath"] = bucket_path
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if mount_dir is not UNSET:
            field_dict["mountDir"] = mount_dir
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket_name = d.pop("bucketName", UNSET)

        bucket_path = d.pop("bucketPath", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        mount_dir = d.pop("mountDir", UNSET)

        read_only = d.pop("readOnly", UNSET)

        oss_mount_point = cls(
            bucket_name=bucket_name,
            bucket_path=bucket_path,
            endpoint=endpoint,
            mount_dir=mount_dir,
            read_only=read_only,
        )

        oss_mount_point.additional_properties = d
        return oss_mount_point

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
