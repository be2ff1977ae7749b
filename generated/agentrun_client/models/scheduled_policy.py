from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledPolicy")


@_attrs_define
class ScheduledPolicy:
    """A scheduled scaling policy.

    Attributes:
        end_time (str | Unset): When the policy stops applying.
        name (str | Unset): Policy name.
        schedule_expression (str | Unset): Cron expression of when the policy fires.
        start_time (str | Unset): When the policy starts applying.
        target (int | Unset): Target instance count.
        time_zone (str | Unset): Time zone of the schedule.
    """

    end_time: str | Unset = UNSET
    name: str | Unset = UNSET
    schedule_expression: str | Unset = UNSET
    start_time: str | Unset = UNSET
    target: int | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time = self.end_time

        name = self.name

        schedule_expression = self.schedule_expression

        start_time = self.start_time

        target = self.target

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if name is not UNSET:
            field_dict["name"] = name
        if schedule_expression is not UNSET:
            field_dict["scheduleExpression"] = schedule_expression
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if target is not UNSET:
            field_dict["target"] = target
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end_time = d.pop("endTime", UNSET)

        name = d.pop("name", UNSET)

        schedule_expression = d.pop("scheduleExpression", UNSET)

        start_time = d.pop("startTime", UNSET)

        target = d.pop("target", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        scheduled_policy = cls(
            end_time=end_time,
            name=name,
            schedule_expression=schedule_expression,
            start_time=start_time,
            target=target,
            time_zone=time_zone,
        )

        scheduled_policy.additional_properties = d
        return scheduled_policy

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
