from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NASMountConfig")


@_attrs_define
class NASMountConfig:
    """One NAS mount.

    Attributes:
        enable_tls (bool | Unset): Encrypt in transit (general-purpose NAS only).
        mount_dir (str | Unset): Local mount directory.
        server_addr (str | Unset): NAS mount target address.
    """

    enable_tls: bool | Unset = UNSET
    mount_dir: str | Unset = UNSET
    server_addr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_tls = self.enable_tls

        mount_dir = self.mount_dir

        server_addr = self.server_addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_tls is not UNSET:
            field_dict["enableTLS"] = enable_tls
        if mount_dir is not UNSET:
            field_dict["mountDir"] = mount_dir
        if server_addr is not UNSET:
            field_dict["serverAddr"] = server_addr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enable_tls = d.pop("enableTLS", UNSET)

        mount_dir = d.pop("mountDir", UNSET)

        server_addr = d.pop("serverAddr", UNSET)

        nas_mount_config = cls(
            enable_tls=enable_tls,
            mount_dir=mount_dir,
            server_addr=server_addr,
        )

        nas_mount_config.additional_properties = d
        return nas_mount_config

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
