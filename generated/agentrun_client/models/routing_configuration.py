from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.version_weight import VersionWeight


T = TypeVar("T", bound="RoutingConfiguration")


@_attrs_define
class RoutingConfiguration:
    """Weighted traffic split across runtime versions.

    Attributes:
        version_weights (list[VersionWeight] | Unset): Traffic weight per version.
    """

    version_weights: list[VersionWeight] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_weights: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.version_weights, Unset):
            version_weights = []
            for version_weights_item_data in self.version_weights:
                version_weights_item = version_weights_item_data.to_dict()
                version_weights.append(version_weights_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version_weights is not UNSET:
            field_dict["versionWeights"] = version_weights

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.version_weight import VersionWeight

        d = dict(src_dict)
        _version_weights = d.pop("versionWeights", UNSET)
        version_weights: list[VersionWeight] | Unset = UNSET
        if _version_weights is not UNSET:
            version_weights = []
            for version_weights_item_data in _version_weights:
                version_weights_item = VersionWeight.from_dict(
                    version_weights_item_data
                )

                version_weights.append(version_weights_item)

        routing_configuration = cls(
            version_weights=version_weights,
        )

        routing_configuration.additional_properties = d
        return routing_configuration

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
