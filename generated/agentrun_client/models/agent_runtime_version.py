from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentRuntimeVersion")


@_attrs_define
class AgentRuntimeVersion:
    """A published runtime version.

    Attributes:
        agent_runtime_arn (str | Unset): ARN of the runtime.
        agent_runtime_id (str | Unset): ID of the runtime.
        agent_runtime_name (str | Unset): Name of the runtime.
        agent_runtime_version (str | Unset): The published version identifier.
        description (str | Unset): Description of the version.
        last_updated_at (str | Unset): Time of the version's last update.
    """

    agent_runtime_arn: str | Unset = UNSET
    agent_runtime_id: str | Unset = UNSET
    agent_runtime_name: str | Unset = UNSET
    agent_runtime_version: str | Unset = UNSET
    description: str | Unset = UNSET
    last_updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_runtime_arn = self.agent_runtime_arn

        agent_runtime_id = self.agent_runtime_id

        agent_runtime_name = self.agent_runtime_name

        agent_runtime_version = self.agent_runtime_version

        description = self.description

        last_updated_at = self.last_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_runtime_arn is not UNSET:
            field_dict["agentRuntimeArn"] = agent_runtime_arn
        if agent_runtime_id is not UNSET:
            field_dict["agentRuntimeId"] = agent_runtime_id
        if agent_runtime_name is not UNSET:
            field_dict["agentRuntimeName"] = agent_runtime_name
        if agent_runtime_version is not UNSET:
            field_dict["agentRuntimeVersion"] = agent_runtime_version
        if description is not UNSET:
            field_dict["description"] = description
        if last_updated_at is not UNSET:
            field_dict["lastUpdatedAt"] = last_updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_runtime_arn = d.pop("agentRuntimeArn", UNSET)

        agent_runtime_id = d.pop("agentRuntimeId", UNSET)

        agent_runtime_name = d.pop("agentRuntimeName", UNSET)

        agent_runtime_version = d.pop("agentRuntimeVersion", UNSET)

        description = d.pop("description", UNSET)

        last_updated_at = d.pop("lastUpdatedAt", UNSET)

        agent_runtime_version = cls(
            agent_runtime_arn=agent_runtime_arn,
            agent_runtime_id=agent_runtime_id,
            agent_runtime_name=agent_runtime_name,
            agent_runtime_version=agent_runtime_version,
            description=description,
            last_updated_at=last_updated_at,
        )

        agent_runtime_version.additional_properties = d
        return agent_runtime_version

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
