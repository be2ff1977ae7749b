from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_agent_runtime_versions_output import (
        ListAgentRuntimeVersionsOutput,
    )


T = TypeVar("T", bound="ListAgentRuntimeVersionsResult")


@_attrs_define
class ListAgentRuntimeVersionsResult:
    """Envelope holding one page of versions.

    Attributes:
        code (str | Unset): SUCCESS on success, otherwise an error type.
        request_id (str | Unset): Unique request ID.
        data (ListAgentRuntimeVersionsOutput | Unset): One page of versions.
    """

    code: str | Unset = UNSET
    request_id: str | Unset = UNSET
    data: ListAgentRuntimeVersionsOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        request_id = self.request_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_agent_runtime_versions_output import (
            ListAgentRuntimeVersionsOutput,
        )

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        request_id = d.pop("requestId", UNSET)

        _data = d.pop("data", UNSET)
        data: ListAgentRuntimeVersionsOutput | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ListAgentRuntimeVersionsOutput.from_dict(_data)

        list_agent_runtime_versions_result = cls(
            code=code,
            request_id=request_id,
            data=data,
        )

        list_agent_runtime_versions_result.additional_properties = d
        return list_agent_runtime_versions_result

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
