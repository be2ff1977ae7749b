from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.protocol_settings import ProtocolSettings


T = TypeVar("T", bound="ProtocolConfiguration")


@_attrs_define
class ProtocolConfiguration:
    """Protocol(s) the agent speaks.

    Attributes:
        protocol_settings (list[ProtocolSettings] | Unset): Per-protocol settings.
        type_ (str | Unset): Protocol type.
    """

    protocol_settings: list[ProtocolSettings] | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.protocol_settings, Unset):
            protocol_settings = []
            for protocol_settings_item_data in self.protocol_settings:
                protocol_settings_item = protocol_settings_item_data.to_dict()
                protocol_settings.append(protocol_settings_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol_settings is not UNSET:
            field_dict["protocolSettings"] = protocol_settings
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.protocol_settings import ProtocolSettings

        d = dict(src_dict)
        _protocol_settings = d.pop("protocolSettings", UNSET)
        protocol_settings: list[ProtocolSettings] | Unset = UNSET
        if _protocol_settings is not UNSET:
            protocol_settings = []
            for protocol_settings_item_data in _protocol_settings:
                protocol_settings_item = ProtocolSettings.from_dict(
                    protocol_settings_item_data
                )

                protocol_settings.append(protocol_settings_item)

        type_ = d.pop("type", UNSET)

        protocol_configuration = cls(
            protocol_settings=protocol_settings,
            type_=type_,
        )

        protocol_configuration.additional_properties = d
        return protocol_configuration

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
