from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_runtime_version import AgentRuntimeVersion


T = TypeVar("T", bound="ListAgentRuntimeVersionsOutput")


@_attrs_define
class ListAgentRuntimeVersionsOutput:
    """One page of versions.

    Attributes:
        items (list[AgentRuntimeVersion] | Unset): Versions on this page.
        page_number (int | Unset): Page number of this page.
        page_size (int | Unset): Page size used.
        total (int | Unset): Total number of versions.
    """

    items: list[AgentRuntimeVersion] | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        page_number = self.page_number

        page_size = self.page_size

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_runtime_version import AgentRuntimeVersion

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[AgentRuntimeVersion] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = AgentRuntimeVersion.from_dict(items_item_data)

                items.append(items_item)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        total = d.pop("total", UNSET)

        list_agent_runtime_versions_output = cls(
            items=items,
            page_number=page_number,
            page_size=page_size,
            total=total,
        )

        list_agent_runtime_versions_output.additional_properties = d
        return list_agent_runtime_versions_output

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
