from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogConfiguration")


@_attrs_define
class LogConfiguration:
    """Simple Log Service destination.

    Attributes:
        logstore (str | Unset): SLS logstore name.
        project (str | Unset): SLS project name.
    """

    logstore: str | Unset = UNSET
    project: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logstore = self.logstore

        project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logstore is not UNSET:
            field_dict["logstore"] = logstore
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        logstore = d.pop("logstore", UNSET)

        project = d.pop("project", UNSET)

        log_configuration = cls(
            logstore=logstore,
            project=project,
        )

        log_configuration.additional_properties = d
        return log_configuration

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
