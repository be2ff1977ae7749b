from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registry_config import RegistryConfig


T = TypeVar("T", bound="ContainerConfiguration")


@_attrs_define
class ContainerConfiguration:
    """Container image and start command (artifactType Container).

    Attributes:
        acr_instance_id (str | Unset): ID or name of the Container Registry instance.
        command (list[str] | Unset): Entry command.
        image (str | Unset): Container image URI.
        image_registry_type (str | Unset): Where the image comes from.
        port (int | Unset): Port the container listens on.
        registry_config (RegistryConfig | Unset): Settings of a self-managed registry (imageRegistryType CUSTOM).
    """

    acr_instance_id: str | Unset = UNSET
    command: list[str] | Unset = UNSET
    image: str | Unset = UNSET
    image_registry_type: str | Unset = UNSET
    port: int | Unset = UNSET
    registry_config: RegistryConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acr_instance_id = self.acr_instance_id

        command: list[str] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command

        image = self.image

        image_registry_type = self.image_registry_type

        port = self.port

        registry_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registry_config, Unset):
            registry_config = self.registry_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acr_instance_id is not UNSET:
            field_dict["acrInstanceId"] = acr_instance_id
        if command is not UNSET:
            field_dict["command"] = command
        if image is not UNSET:
            field_dict["image"] = image
        if image_registry_type is not UNSET:
            field_dict["imageRegistryType"] = image_registry_type
        if port is not UNSET:
            field_dict["port"] = port
        if registry_config is not UNSET:
            field_dict["registryConfig"] = registry_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.registry_config import RegistryConfig

        d = dict(src_dict)
        acr_instance_id = d.pop("acrInstanceId", UNSET)

        command = cast(list[str], d.pop("command", UNSET))

        image = d.pop("image", UNSET)

        image_registry_type = d.pop("imageRegistryType", UNSET)

        port = d.pop("port", UNSET)

        _registry_config = d.pop("registryConfig", UNSET)
        registry_config: RegistryConfig | Unset
        if isinstance(_registry_config, Unset):
            registry_config = UNSET
        else:
            registry_config = RegistryConfig.from_dict(_registry_config)

        container_configuration = cls(
            acr_instance_id=acr_instance_id,
            command=command,
            image=image,
            image_registry_type=image_registry_type,
            port=port,
            registry_config=registry_config,
        )

        container_configuration.additional_properties = d
        return container_configuration

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
