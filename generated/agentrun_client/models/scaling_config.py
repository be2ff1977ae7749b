from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduled_policy import ScheduledPolicy


T = TypeVar("T", bound="ScalingConfig")


@_attrs_define
class ScalingConfig:
    """Endpoint scaling input.

    Attributes:
        min_instances (int | Unset): Minimum instances kept.
        scheduled_policies (list[ScheduledPolicy] | Unset): Scheduled scaling policies.
    """

    min_instances: int | Unset = UNSET
    scheduled_policies: list[ScheduledPolicy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_instances = self.min_instances

        scheduled_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scheduled_policies, Unset):
            scheduled_policies = []
            for scheduled_policies_item_data in self.scheduled_policies:
                scheduled_policies_item = scheduled_policies_item_data.to_dict()
                scheduled_policies.append(scheduled_policies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_instances is not UNSET:
            field_dict["minInstances"] = min_instances
        if scheduled_policies is not UNSET:
            field_dict["scheduledPolicies"] = scheduled_policies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scheduled_policy import ScheduledPolicy

        d = dict(src_dict)
        min_instances = d.pop("minInstances", UNSET)

        _scheduled_policies = d.pop("scheduledPolicies", UNSET)
        scheduled_policies: list[ScheduledPolicy] | Unset = UNSET
        if _scheduled_policies is not UNSET:
            scheduled_policies = []
            for scheduled_policies_item_data in _scheduled_policies:
                scheduled_policies_item = ScheduledPolicy.from_dict(
                    scheduled_policies_item_data
                )

                scheduled_policies.append(scheduled_policies_item)

        scaling_config = cls(
            min_instances=min_instances,
            scheduled_policies=scheduled_policies,
        )

        scaling_config.additional_properties = d
        return scaling_config

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
