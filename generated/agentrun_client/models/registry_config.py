from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registry_auth_config import RegistryAuthConfig
    from ..models.registry_cert_config import RegistryCertConfig
    from ..models.registry_network_config import RegistryNetworkConfig


T = TypeVar("T", bound="RegistryConfig")


@_attrs_define
class RegistryConfig:
    """Settings of a self-managed registry (imageRegistryType CUSTOM).

    Attributes:
        auth_config (RegistryAuthConfig | Unset): Registry login credentials.
        cert_config (RegistryCertConfig | Unset): Registry TLS certificate settings.
        network_config (RegistryNetworkConfig | Unset): Network location of the registry.
    """

    auth_config: RegistryAuthConfig | Unset = UNSET
    cert_config: RegistryCertConfig | Unset = UNSET
    network_config: RegistryNetworkConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_config, Unset):
            auth_config = self.auth_config.to_dict()

        cert_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cert_config, Unset):
            cert_config = self.cert_config.to_dict()

        network_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_config, Unset):
            network_config = self.network_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_config is not UNSET:
            field_dict["authConfig"] = auth_config
        if cert_config is not UNSET:
            field_dict["certConfig"] = cert_config
        if network_config is not UNSET:
            field_dict["networkConfig"] = network_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.registry_auth_config import RegistryAuthConfig
        from ..models.registry_cert_config import RegistryCertConfig
        from ..models.registry_network_config import RegistryNetworkConfig

        d = dict(src_dict)
        _auth_config = d.pop("authConfig", UNSET)
        auth_config: RegistryAuthConfig | Unset
        if isinstance(_auth_config, Unset):
            auth_config = UNSET
        else:
            auth_config = RegistryAuthConfig.from_dict(_auth_config)

        _cert_config = d.pop("certConfig", UNSET)
        cert_config: RegistryCertConfig | Unset
        if isinstance(_cert_config, Unset):
            cert_config = UNSET
        else:
            cert_config = RegistryCertConfig.from_dict(_cert_config)

        _network_config = d.pop("networkConfig", UNSET)
        network_config: RegistryNetworkConfig | Unset
        if isinstance(_network_config, Unset):
            network_config = UNSET
        else:
            network_config = RegistryNetworkConfig.from_dict(_network_config)

        registry_config = cls(
            auth_config=auth_config,
            cert_config=cert_config,
            network_config=network_config,
        )

        registry_config.additional_properties = d
        return registry_config

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
