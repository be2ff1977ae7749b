"""Data classes of the API objects, generated from agentrun-2025-09-10.yaml.

Written by scripts/regenerate from the spec and spec/facade-models.yaml;
do not edit. Each class reads a decoded JSON object with ``from_wire`` and
gives it back with ``to_wire`` (see ``wire_model.WireModel``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, ClassVar, Self, TypeVar

from ._convert import (
    PathError,
    expected_array,
    new_instance,
    read_extra,
    read_list,
    read_map,
    read_object,
    read_scalar,
    write_extra,
    write_list,
    write_map,
    write_models,
    write_scalar,
    wrong_model,
)
from ._query import ListQuery
from ._redact import redacted, redacted_values, sized
from .code_package import CodePackageConstructors
from .enums import (
    ArtifactType,
    ImageRegistryType,
    Language,
    NetworkMode,
    ProtocolType,
    SessionAffinityType,
    Status,
    parse_artifact_type,
    parse_status,
)
from .wire_model import WireModel, WireResource, parse_timestamp

__all__ = [
    "AgentRuntimeCode",
    "AgentRuntimeContainer",
    "AgentRuntimeCreateFields",
    "AgentRuntimeEndpointCreateInput",
    "AgentRuntimeEndpointFields",
    "AgentRuntimeEndpointListInput",
    "AgentRuntimeEndpointUpdateInput",
    "AgentRuntimeFields",
    "AgentRuntimeListInput",
    "AgentRuntimeUpdateInput",
    "AgentRuntimeVersion",
    "AgentRuntimeVersionListInput",
    "AgentRuntimeVersionPublishInput",
    "ArmsConfig",
    "HealthCheckConfig",
    "LogConfig",
    "NASConfig",
    "NASMountConfig",
    "NetworkConfig",
    "OSSMountConfig",
    "OSSMountPoint",
    "ProtocolConfig",
    "ProtocolSetting",
    "RegistryAuthConfig",
    "RegistryCertConfig",
    "RegistryConfig",
    "RegistryNetworkConfig",
    "RoutingConfig",
    "ScalingConfig",
    "ScalingStatus",
    "ScheduledPolicy",
    "VersionWeight",
]


class AgentRuntimeCode(CodePackageConstructors):
    """A code package (``codeConfiguration``): inline zip or an OSS object.

    ``zip_file`` is the base64 text of the zip and ``checksum`` its CRC-64/XZ
    as a decimal string; the constructors fill both.
    """

    __slots__ = (
        "checksum",
        "command",
        "language",
        "oss_bucket_name",
        "oss_object_name",
        "zip_file",
    )

    _wire_schema: ClassVar[str] = "CodeConfiguration"
    _field_names: ClassVar[tuple[str, ...]] = (
        "checksum",
        "command",
        "language",
        "oss_bucket_name",
        "oss_object_name",
        "zip_file",
        "extra",
    )
    _field_reprs: ClassVar[Mapping[str, Callable[[Any], str]]] = {"zip_file": sized}

    checksum: str | None
    command: list[str] | None
    language: Language | str | None
    oss_bucket_name: str | None
    oss_object_name: str | None
    zip_file: str | None

    def __init__(
        self,
        *,
        checksum: str | None = None,
        command: list[str] | None = None,
        language: Language | str | None = None,
        oss_bucket_name: str | None = None,
        oss_object_name: str | None = None,
        zip_file: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.checksum = checksum
        self.command = command
        self.language = language
        self.oss_bucket_name = oss_bucket_name
        self.oss_object_name = oss_object_name
        self.zip_file = zip_file
        self._extra = extra
        if self.__class__ is not AgentRuntimeCode:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AgentRuntimeCode):
            return NotImplemented
        return (
            self.checksum,
            self.command,
            self.language,
            self.oss_bucket_name,
            self.oss_object_name,
            self.zip_file,
            self.extra,
        ) == (
            other.checksum,
            other.command,
            other.language,
            other.oss_bucket_name,
            other.oss_object_name,
            other.zip_file,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_agent_runtime_code(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.checksum
        if value is not None:
            out["checksum"] = (
                value if type(value) is str else write_scalar(value, "str", ".checksum")
            )
        value = self.command
        if value is not None:
            out["command"] = write_list(value, "str", ".command")
        value = self.language
        if value is not None:
            out["language"] = (
                value if type(value) is str else write_scalar(value, "str", ".language")
            )
        value = self.oss_bucket_name
        if value is not None:
            out["ossBucketName"] = (
                value if type(value) is str else write_scalar(value, "str", ".oss_bucket_name")
            )
        value = self.oss_object_name
        if value is not None:
            out["ossObjectName"] = (
                value if type(value) is str else write_scalar(value, "str", ".oss_object_name")
            )
        value = self.zip_file
        if value is not None:
            out["zipFile"] = (
                value if type(value) is str else write_scalar(value, "str", ".zip_file")
            )
        return out


_AgentRuntimeCodeT = TypeVar("_AgentRuntimeCodeT", bound="AgentRuntimeCode")


def _read_agent_runtime_code(cls: type[_AgentRuntimeCodeT], data: object) -> _AgentRuntimeCodeT:
    if type(data) is not dict:
        data = read_object(data)
    f_checksum = data.get("checksum")
    if type(f_checksum) is not str and f_checksum is not None:
        f_checksum = read_scalar(f_checksum, "str", ".checksum")
    f_command = data.get("command")
    if f_command is not None:
        f_command = read_list(f_command, "str", ".command")
    f_language = data.get("language")
    if type(f_language) is not str and f_language is not None:
        f_language = read_scalar(f_language, "str", ".language")
    f_oss_bucket_name = data.get("ossBucketName")
    if type(f_oss_bucket_name) is not str and f_oss_bucket_name is not None:
        f_oss_bucket_name = read_scalar(f_oss_bucket_name, "str", ".ossBucketName")
    f_oss_object_name = data.get("ossObjectName")
    if type(f_oss_object_name) is not str and f_oss_object_name is not None:
        f_oss_object_name = read_scalar(f_oss_object_name, "str", ".ossObjectName")
    f_zip_file = data.get("zipFile")
    if type(f_zip_file) is not str and f_zip_file is not None:
        f_zip_file = read_scalar(f_zip_file, "str", ".zipFile")
    self = new_instance(cls)
    self.checksum = f_checksum
    self.command = f_command
    self.language = f_language
    self.oss_bucket_name = f_oss_bucket_name
    self.oss_object_name = f_oss_object_name
    self.zip_file = f_zip_file
    self._extra = (
        None
        if _CODE_CONFIGURATION_KEYS.issuperset(data)
        else read_extra(data, _CODE_CONFIGURATION_KEYS)
    )
    if cls is not AgentRuntimeCode:
        self._init_added_slots()
    return self


class RegistryAuthConfig(WireModel):
    """Login to a self-managed registry; the password never shows in ``repr``."""

    __slots__ = ("password", "user_name")

    _wire_schema: ClassVar[str] = "RegistryAuthConfig"
    _field_names: ClassVar[tuple[str, ...]] = ("password", "user_name", "extra")
    _field_reprs: ClassVar[Mapping[str, Callable[[Any], str]]] = {"password": redacted}

    password: str | None
    user_name: str | None

    def __init__(
        self,
        *,
        password: str | None = None,
        user_name: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.password = password
        self.user_name = user_name
        self._extra = extra
        if self.__class__ is not RegistryAuthConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, RegistryAuthConfig):
            return NotImplemented
        return (
            self.password,
            self.user_name,
            self.extra,
        ) == (
            other.password,
            other.user_name,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_registry_auth_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.password
        if value is not None:
            out["password"] = (
                value if type(value) is str else write_scalar(value, "str", ".password")
            )
        value = self.user_name
        if value is not None:
            out["userName"] = (
                value if type(value) is str else write_scalar(value, "str", ".user_name")
            )
        return out


_RegistryAuthConfigT = TypeVar("_RegistryAuthConfigT", bound="RegistryAuthConfig")


def _read_registry_auth_config(
    cls: type[_RegistryAuthConfigT], data: object
) -> _RegistryAuthConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_password = data.get("password")
    if type(f_password) is not str and f_password is not None:
        f_password = read_scalar(f_password, "str", ".password")
    f_user_name = data.get("userName")
    if type(f_user_name) is not str and f_user_name is not None:
        f_user_name = read_scalar(f_user_name, "str", ".userName")
    self = new_instance(cls)
    self.password = f_password
    self.user_name = f_user_name
    self._extra = (
        None
        if _REGISTRY_AUTH_CONFIG_KEYS.issuperset(data)
        else read_extra(data, _REGISTRY_AUTH_CONFIG_KEYS)
    )
    if cls is not RegistryAuthConfig:
        self._init_added_slots()
    return self


class RegistryCertConfig(WireModel):
    """TLS settings of a self-managed registry (``rootCaCertBase64``)."""

    __slots__ = ("insecure", "root_ca_cert_base64")

    _wire_schema: ClassVar[str] = "RegistryCertConfig"
    _field_names: ClassVar[tuple[str, ...]] = ("insecure", "root_ca_cert_base64", "extra")

    insecure: bool | None
    root_ca_cert_base64: str | None

    def __init__(
        self,
        *,
        insecure: bool | None = None,
        root_ca_cert_base64: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.insecure = insecure
        self.root_ca_cert_base64 = root_ca_cert_base64
        self._extra = extra
        if self.__class__ is not RegistryCertConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, RegistryCertConfig):
            return NotImplemented
        return (
            self.insecure,
            self.root_ca_cert_base64,
            self.extra,
        ) == (
            other.insecure,
            other.root_ca_cert_base64,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_registry_cert_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.insecure
        if value is not None:
            out["insecure"] = (
                value if type(value) is bool else write_scalar(value, "bool", ".insecure")
            )
        value = self.root_ca_cert_base64
        if value is not None:
            out["rootCaCertBase64"] = (
                value if type(value) is str else write_scalar(value, "str", ".root_ca_cert_base64")
            )
        return out


_RegistryCertConfigT = TypeVar("_RegistryCertConfigT", bound="RegistryCertConfig")


def _read_registry_cert_config(
    cls: type[_RegistryCertConfigT], data: object
) -> _RegistryCertConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_insecure = data.get("insecure")
    if type(f_insecure) is not bool and f_insecure is not None:
        f_insecure = read_scalar(f_insecure, "bool", ".insecure")
    f_root_ca_cert_base64 = data.get("rootCaCertBase64")
    if type(f_root_ca_cert_base64) is not str and f_root_ca_cert_base64 is not None:
        f_root_ca_cert_base64 = read_scalar(f_root_ca_cert_base64, "str", ".rootCaCertBase64")
    self = new_instance(cls)
    self.insecure = f_insecure
    self.root_ca_cert_base64 = f_root_ca_cert_base64
    self._extra = (
        None
        if _REGISTRY_CERT_CONFIG_KEYS.issuperset(data)
        else read_extra(data, _REGISTRY_CERT_CONFIG_KEYS)
    )
    if cls is not RegistryCertConfig:
        self._init_added_slots()
    return self


class RegistryNetworkConfig(WireModel):
    """Where a self-managed registry is reachable (wire ``vSwitchId``)."""

    __slots__ = ("security_group_id", "v_switch_id", "vpc_id")

    _wire_schema: ClassVar[str] = "RegistryNetworkConfig"
    _field_names: ClassVar[tuple[str, ...]] = (
        "security_group_id",
        "v_switch_id",
        "vpc_id",
        "extra",
    )

    security_group_id: str | None
    v_switch_id: str | None
    vpc_id: str | None

    def __init__(
        self,
        *,
        security_group_id: str | None = None,
        v_switch_id: str | None = None,
        vpc_id: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.security_group_id = security_group_id
        self.v_switch_id = v_switch_id
        self.vpc_id = vpc_id
        self._extra = extra
        if self.__class__ is not RegistryNetworkConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, RegistryNetworkConfig):
            return NotImplemented
        return (
            self.security_group_id,
            self.v_switch_id,
            self.vpc_id,
            self.extra,
        ) == (
            other.security_group_id,
            other.v_switch_id,
            other.vpc_id,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_registry_network_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.security_group_id
        if value is not None:
            out["securityGroupId"] = (
                value if type(value) is str else write_scalar(value, "str", ".security_group_id")
            )
        value = self.v_switch_id
        if value is not None:
            out["vSwitchId"] = (
                value if type(value) is str else write_scalar(value, "str", ".v_switch_id")
            )
        value = self.vpc_id
        if value is not None:
            out["vpcId"] = value if type(value) is str else write_scalar(value, "str", ".vpc_id")
        return out


_RegistryNetworkConfigT = TypeVar("_RegistryNetworkConfigT", bound="RegistryNetworkConfig")


def _read_registry_network_config(
    cls: type[_RegistryNetworkConfigT], data: object
) -> _RegistryNetworkConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_security_group_id = data.get("securityGroupId")
    if type(f_security_group_id) is not str and f_security_group_id is not None:
        f_security_group_id = read_scalar(f_security_group_id, "str", ".securityGroupId")
    f_v_switch_id = data.get("vSwitchId")
    if type(f_v_switch_id) is not str and f_v_switch_id is not None:
        f_v_switch_id = read_scalar(f_v_switch_id, "str", ".vSwitchId")
    f_vpc_id = data.get("vpcId")
    if type(f_vpc_id) is not str and f_vpc_id is not None:
        f_vpc_id = read_scalar(f_vpc_id, "str", ".vpcId")
    self = new_instance(cls)
    self.security_group_id = f_security_group_id
    self.v_switch_id = f_v_switch_id
    self.vpc_id = f_vpc_id
    self._extra = (
        None
        if _REGISTRY_NETWORK_CONFIG_KEYS.issuperset(data)
        else read_extra(data, _REGISTRY_NETWORK_CONFIG_KEYS)
    )
    if cls is not RegistryNetworkConfig:
        self._init_added_slots()
    return self


class RegistryConfig(WireModel):
    """Settings of a self-managed (``CUSTOM``) registry."""

    __slots__ = ("auth_config", "cert_config", "network_config")

    _wire_schema: ClassVar[str] = "RegistryConfig"
    _field_names: ClassVar[tuple[str, ...]] = (
        "auth_config",
        "cert_config",
        "network_config",
        "extra",
    )

    auth_config: RegistryAuthConfig | None
    cert_config: RegistryCertConfig | None
    network_config: RegistryNetworkConfig | None

    def __init__(
        self,
        *,
        auth_config: RegistryAuthConfig | None = None,
        cert_config: RegistryCertConfig | None = None,
        network_config: RegistryNetworkConfig | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.auth_config = auth_config
        self.cert_config = cert_config
        self.network_config = network_config
        self._extra = extra
        if self.__class__ is not RegistryConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, RegistryConfig):
            return NotImplemented
        return (
            self.auth_config,
            self.cert_config,
            self.network_config,
            self.extra,
        ) == (
            other.auth_config,
            other.cert_config,
            other.network_config,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_registry_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.auth_config
        if value is not None:
            if not isinstance(value, RegistryAuthConfig):
                raise wrong_model(value, "RegistryAuthConfig", ".auth_config")
            try:
                out["authConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".auth_config") from None
        value = self.cert_config
        if value is not None:
            if not isinstance(value, RegistryCertConfig):
                raise wrong_model(value, "RegistryCertConfig", ".cert_config")
            try:
                out["certConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".cert_config") from None
        value = self.network_config
        if value is not None:
            if not isinstance(value, RegistryNetworkConfig):
                raise wrong_model(value, "RegistryNetworkConfig", ".network_config")
            try:
                out["networkConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".network_config") from None
        return out


_RegistryConfigT = TypeVar("_RegistryConfigT", bound="RegistryConfig")


def _read_registry_config(cls: type[_RegistryConfigT], data: object) -> _RegistryConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_auth_config = data.get("authConfig")
    if f_auth_config is not None:
        try:
            f_auth_config = _read_registry_auth_config(RegistryAuthConfig, f_auth_config)
        except PathError as exc:
            raise exc.within(".authConfig") from None
    f_cert_config = data.get("certConfig")
    if f_cert_config is not None:
        try:
            f_cert_config = _read_registry_cert_config(RegistryCertConfig, f_cert_config)
        except PathError as exc:
            raise exc.within(".certConfig") from None
    f_network_config = data.get("networkConfig")
    if f_network_config is not None:
        try:
            f_network_config = _read_registry_network_config(
                RegistryNetworkConfig, f_network_config
            )
        except PathError as exc:
            raise exc.within(".networkConfig") from None
    self = new_instance(cls)
    self.auth_config = f_auth_config
    self.cert_config = f_cert_config
    self.network_config = f_network_config
    self._extra = (
        None if _REGISTRY_CONFIG_KEYS.issuperset(data) else read_extra(data, _REGISTRY_CONFIG_KEYS)
    )
    if cls is not RegistryConfig:
        self._init_added_slots()
    return self


class AgentRuntimeContainer(WireModel):
    """A container image (``containerConfiguration``)."""

    __slots__ = (
        "acr_instance_id",
        "command",
        "image",
        "image_registry_type",
        "port",
        "registry_config",
    )

    _wire_schema: ClassVar[str] = "ContainerConfiguration"
    _field_names: ClassVar[tuple[str, ...]] = (
        "acr_instance_id",
        "command",
        "image",
        "image_registry_type",
        "port",
        "registry_config",
        "extra",
    )

    acr_instance_id: str | None
    command: list[str] | None
    image: str | None
    image_registry_type: ImageRegistryType | str | None
    port: int | None
    registry_config: RegistryConfig | None

    def __init__(
        self,
        *,
        acr_instance_id: str | None = None,
        command: list[str] | None = None,
        image: str | None = None,
        image_registry_type: ImageRegistryType | str | None = None,
        port: int | None = None,
        registry_config: RegistryConfig | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.acr_instance_id = acr_instance_id
        self.command = command
        self.image = image
        self.image_registry_type = image_registry_type
        self.port = port
        self.registry_config = registry_config
        self._extra = extra
        if self.__class__ is not AgentRuntimeContainer:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AgentRuntimeContainer):
            return NotImplemented
        return (
            self.acr_instance_id,
            self.command,
            self.image,
            self.image_registry_type,
            self.port,
            self.registry_config,
            self.extra,
        ) == (
            other.acr_instance_id,
            other.command,
            other.image,
            other.image_registry_type,
            other.port,
            other.registry_config,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_agent_runtime_container(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.acr_instance_id
        if value is not None:
            out["acrInstanceId"] = (
                value if type(value) is str else write_scalar(value, "str", ".acr_instance_id")
            )
        value = self.command
        if value is not None:
            out["command"] = write_list(value, "str", ".command")
        value = self.image
        if value is not None:
            out["image"] = value if type(value) is str else write_scalar(value, "str", ".image")
        value = self.image_registry_type
        if value is not None:
            out["imageRegistryType"] = (
                value if type(value) is str else write_scalar(value, "str", ".image_registry_type")
            )
        value = self.port
        if value is not None:
            out["port"] = value if type(value) is int else write_scalar(value, "int", ".port")
        value = self.registry_config
        if value is not None:
            if not isinstance(value, RegistryConfig):
                raise wrong_model(value, "RegistryConfig", ".registry_config")
            try:
                out["registryConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".registry_config") from None
        return out


_AgentRuntimeContainerT = TypeVar("_AgentRuntimeContainerT", bound="AgentRuntimeContainer")


def _read_agent_runtime_container(
    cls: type[_AgentRuntimeContainerT], data: object
) -> _AgentRuntimeContainerT:
    if type(data) is not dict:
        data = read_object(data)
    f_acr_instance_id = data.get("acrInstanceId")
    if type(f_acr_instance_id) is not str and f_acr_instance_id is not None:
        f_acr_instance_id = read_scalar(f_acr_instance_id, "str", ".acrInstanceId")
    f_command = data.get("command")
    if f_command is not None:
        f_command = read_list(f_command, "str", ".command")
    f_image = data.get("image")
    if type(f_image) is not str and f_image is not None:
        f_image = read_scalar(f_image, "str", ".image")
    f_image_registry_type = data.get("imageRegistryType")
    if type(f_image_registry_type) is not str and f_image_registry_type is not None:
        f_image_registry_type = read_scalar(f_image_registry_type, "str", ".imageRegistryType")
    f_port = data.get("port")
    if type(f_port) is not int and f_port is not None:
        f_port = read_scalar(f_port, "int", ".port")
    f_registry_config = data.get("registryConfig")
    if f_registry_config is not None:
        try:
            f_registry_config = _read_registry_config(RegistryConfig, f_registry_config)
        except PathError as exc:
            raise exc.within(".registryConfig") from None
    self = new_instance(cls)
    self.acr_instance_id = f_acr_instance_id
    self.command = f_command
    self.image = f_image
    self.image_registry_type = f_image_registry_type
    self.port = f_port
    self.registry_config = f_registry_config
    self._extra = (
        None
        if _CONTAINER_CONFIGURATION_KEYS.issuperset(data)
        else read_extra(data, _CONTAINER_CONFIGURATION_KEYS)
    )
    if cls is not AgentRuntimeContainer:
        self._init_added_slots()
    return self


class NetworkConfig(WireModel):
    """Network mode, VPC, vSwitches and security group (wire ``vswitchIds``)."""

    __slots__ = ("network_mode", "security_group_id", "vpc_id", "vswitch_ids")

    _wire_schema: ClassVar[str] = "NetworkConfiguration"
    _field_names: ClassVar[tuple[str, ...]] = (
        "network_mode",
        "security_group_id",
        "vpc_id",
        "vswitch_ids",
        "extra",
    )

    network_mode: NetworkMode | str | None
    security_group_id: str | None
    vpc_id: str | None
    vswitch_ids: list[str] | None

    def __init__(
        self,
        *,
        network_mode: NetworkMode | str | None = None,
        security_group_id: str | None = None,
        vpc_id: str | None = None,
        vswitch_ids: list[str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.network_mode = network_mode
        self.security_group_id = security_group_id
        self.vpc_id = vpc_id
        self.vswitch_ids = vswitch_ids
        self._extra = extra
        if self.__class__ is not NetworkConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, NetworkConfig):
            return NotImplemented
        return (
            self.network_mode,
            self.security_group_id,
            self.vpc_id,
            self.vswitch_ids,
            self.extra,
        ) == (
            other.network_mode,
            other.security_group_id,
            other.vpc_id,
            other.vswitch_ids,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_network_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.network_mode
        if value is not None:
            out["networkMode"] = (
                value if type(value) is str else write_scalar(value, "str", ".network_mode")
            )
        value = self.security_group_id
        if value is not None:
            out["securityGroupId"] = (
                value if type(value) is str else write_scalar(value, "str", ".security_group_id")
            )
        value = self.vpc_id
        if value is not None:
            out["vpcId"] = value if type(value) is str else write_scalar(value, "str", ".vpc_id")
        value = self.vswitch_ids
        if value is not None:
            out["vswitchIds"] = write_list(value, "str", ".vswitch_ids")
        return out


_NetworkConfigT = TypeVar("_NetworkConfigT", bound="NetworkConfig")


def _read_network_config(cls: type[_NetworkConfigT], data: object) -> _NetworkConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_network_mode = data.get("networkMode")
    if type(f_network_mode) is not str and f_network_mode is not None:
        f_network_mode = read_scalar(f_network_mode, "str", ".networkMode")
    f_security_group_id = data.get("securityGroupId")
    if type(f_security_group_id) is not str and f_security_group_id is not None:
        f_security_group_id = read_scalar(f_security_group_id, "str", ".securityGroupId")
    f_vpc_id = data.get("vpcId")
    if type(f_vpc_id) is not str and f_vpc_id is not None:
        f_vpc_id = read_scalar(f_vpc_id, "str", ".vpcId")
    f_vswitch_ids = data.get("vswitchIds")
    if f_vswitch_ids is not None:
        f_vswitch_ids = read_list(f_vswitch_ids, "str", ".vswitchIds")
    self = new_instance(cls)
    self.network_mode = f_network_mode
    self.security_group_id = f_security_group_id
    self.vpc_id = f_vpc_id
    self.vswitch_ids = f_vswitch_ids
    self._extra = (
        None
        if _NETWORK_CONFIGURATION_KEYS.issuperset(data)
        else read_extra(data, _NETWORK_CONFIGURATION_KEYS)
    )
    if cls is not NetworkConfig:
        self._init_added_slots()
    return self


class ProtocolSetting(WireModel):
    """Settings of one protocol.

    ``a2a_agent_card`` is wire ``a2aAgentCard``; ``legacy_a2a_agent_card`` is
    the older wire spelling ``A2AAgentCard``.
    """

    __slots__ = (
        "a2a_agent_card",
        "a2a_agent_card_url",
        "config",
        "headers",
        "input_body_json_schema",
        "legacy_a2a_agent_card",
        "method",
        "name",
        "output_body_json_schema",
        "path",
        "path_prefix",
        "request_content_type",
        "response_content_type",
        "type",
    )

    _wire_schema: ClassVar[str] = "ProtocolSettings"
    _field_names: ClassVar[tuple[str, ...]] = (
        "legacy_a2a_agent_card",
        "a2a_agent_card",
        "a2a_agent_card_url",
        "config",
        "headers",
        "input_body_json_schema",
        "method",
        "name",
        "output_body_json_schema",
        "path",
        "path_prefix",
        "request_content_type",
        "response_content_type",
        "type",
        "extra",
    )

    legacy_a2a_agent_card: str | None
    a2a_agent_card: str | None
    a2a_agent_card_url: str | None
    config: str | None
    headers: str | None
    input_body_json_schema: str | None
    method: str | None
    name: str | None
    output_body_json_schema: str | None
    path: str | None
    path_prefix: str | None
    request_content_type: str | None
    response_content_type: str | None
    type: str | None

    def __init__(
        self,
        *,
        legacy_a2a_agent_card: str | None = None,
        a2a_agent_card: str | None = None,
        a2a_agent_card_url: str | None = None,
        config: str | None = None,
        headers: str | None = None,
        input_body_json_schema: str | None = None,
        method: str | None = None,
        name: str | None = None,
        output_body_json_schema: str | None = None,
        path: str | None = None,
        path_prefix: str | None = None,
        request_content_type: str | None = None,
        response_content_type: str | None = None,
        type: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.legacy_a2a_agent_card = legacy_a2a_agent_card
        self.a2a_agent_card = a2a_agent_card
        self.a2a_agent_card_url = a2a_agent_card_url
        self.config = config
        self.headers = headers
        self.input_body_json_schema = input_body_json_schema
        self.method = method
        self.name = name
        self.output_body_json_schema = output_body_json_schema
        self.path = path
        self.path_prefix = path_prefix
        self.request_content_type = request_content_type
        self.response_content_type = response_content_type
        self.type = type
        self._extra = extra
        if self.__class__ is not ProtocolSetting:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ProtocolSetting):
            return NotImplemented
        return (
            self.legacy_a2a_agent_card,
            self.a2a_agent_card,
            self.a2a_agent_card_url,
            self.config,
            self.headers,
            self.input_body_json_schema,
            self.method,
            self.name,
            self.output_body_json_schema,
            self.path,
            self.path_prefix,
            self.request_content_type,
            self.response_content_type,
            self.type,
            self.extra,
        ) == (
            other.legacy_a2a_agent_card,
            other.a2a_agent_card,
            other.a2a_agent_card_url,
            other.config,
            other.headers,
            other.input_body_json_schema,
            other.method,
            other.name,
            other.output_body_json_schema,
            other.path,
            other.path_prefix,
            other.request_content_type,
            other.response_content_type,
            other.type,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_protocol_setting(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.legacy_a2a_agent_card
        if value is not None:
            out["A2AAgentCard"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".legacy_a2a_agent_card")
            )
        value = self.a2a_agent_card
        if value is not None:
            out["a2aAgentCard"] = (
                value if type(value) is str else write_scalar(value, "str", ".a2a_agent_card")
            )
        value = self.a2a_agent_card_url
        if value is not None:
            out["a2aAgentCardUrl"] = (
                value if type(value) is str else write_scalar(value, "str", ".a2a_agent_card_url")
            )
        value = self.config
        if value is not None:
            out["config"] = value if type(value) is str else write_scalar(value, "str", ".config")
        value = self.headers
        if value is not None:
            out["headers"] = value if type(value) is str else write_scalar(value, "str", ".headers")
        value = self.input_body_json_schema
        if value is not None:
            out["inputBodyJsonSchema"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".input_body_json_schema")
            )
        value = self.method
        if value is not None:
            out["method"] = value if type(value) is str else write_scalar(value, "str", ".method")
        value = self.name
        if value is not None:
            out["name"] = value if type(value) is str else write_scalar(value, "str", ".name")
        value = self.output_body_json_schema
        if value is not None:
            out["outputBodyJsonSchema"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".output_body_json_schema")
            )
        value = self.path
        if value is not None:
            out["path"] = value if type(value) is str else write_scalar(value, "str", ".path")
        value = self.path_prefix
        if value is not None:
            out["pathPrefix"] = (
                value if type(value) is str else write_scalar(value, "str", ".path_prefix")
            )
        value = self.request_content_type
        if value is not None:
            out["requestContentType"] = (
                value if type(value) is str else write_scalar(value, "str", ".request_content_type")
            )
        value = self.response_content_type
        if value is not None:
            out["responseContentType"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".response_content_type")
            )
        value = self.type
        if value is not None:
            out["type"] = value if type(value) is str else write_scalar(value, "str", ".type")
        return out


_ProtocolSettingT = TypeVar("_ProtocolSettingT", bound="ProtocolSetting")


def _read_protocol_setting(cls: type[_ProtocolSettingT], data: object) -> _ProtocolSettingT:
    if type(data) is not dict:
        data = read_object(data)
    f_legacy_a2a_agent_card = data.get("A2AAgentCard")
    if type(f_legacy_a2a_agent_card) is not str and f_legacy_a2a_agent_card is not None:
        f_legacy_a2a_agent_card = read_scalar(f_legacy_a2a_agent_card, "str", ".A2AAgentCard")
    f_a2a_agent_card = data.get("a2aAgentCard")
    if type(f_a2a_agent_card) is not str and f_a2a_agent_card is not None:
        f_a2a_agent_card = read_scalar(f_a2a_agent_card, "str", ".a2aAgentCard")
    f_a2a_agent_card_url = data.get("a2aAgentCardUrl")
    if type(f_a2a_agent_card_url) is not str and f_a2a_agent_card_url is not None:
        f_a2a_agent_card_url = read_scalar(f_a2a_agent_card_url, "str", ".a2aAgentCardUrl")
    f_config = data.get("config")
    if type(f_config) is not str and f_config is not None:
        f_config = read_scalar(f_config, "str", ".config")
    f_headers = data.get("headers")
    if type(f_headers) is not str and f_headers is not None:
        f_headers = read_scalar(f_headers, "str", ".headers")
    f_input_body_json_schema = data.get("inputBodyJsonSchema")
    if type(f_input_body_json_schema) is not str and f_input_body_json_schema is not None:
        f_input_body_json_schema = read_scalar(
            f_input_body_json_schema, "str", ".inputBodyJsonSchema"
        )
    f_method = data.get("method")
    if type(f_method) is not str and f_method is not None:
        f_method = read_scalar(f_method, "str", ".method")
    f_name = data.get("name")
    if type(f_name) is not str and f_name is not None:
        f_name = read_scalar(f_name, "str", ".name")
    f_output_body_json_schema = data.get("outputBodyJsonSchema")
    if type(f_output_body_json_schema) is not str and f_output_body_json_schema is not None:
        f_output_body_json_schema = read_scalar(
            f_output_body_json_schema, "str", ".outputBodyJsonSchema"
        )
    f_path = data.get("path")
    if type(f_path) is not str and f_path is not None:
        f_path = read_scalar(f_path, "str", ".path")
    f_path_prefix = data.get("pathPrefix")
    if type(f_path_prefix) is not str and f_path_prefix is not None:
        f_path_prefix = read_scalar(f_path_prefix, "str", ".pathPrefix")
    f_request_content_type = data.get("requestContentType")
    if type(f_request_content_type) is not str and f_request_content_type is not None:
        f_request_content_type = read_scalar(f_request_content_type, "str", ".requestContentType")
    f_response_content_type = data.get("responseContentType")
    if type(f_response_content_type) is not str and f_response_content_type is not None:
        f_response_content_type = read_scalar(
            f_response_content_type, "str", ".responseContentType"
        )
    f_type = data.get("type")
    if type(f_type) is not str and f_type is not None:
        f_type = read_scalar(f_type, "str", ".type")
    self = new_instance(cls)
    self.legacy_a2a_agent_card = f_legacy_a2a_agent_card
    self.a2a_agent_card = f_a2a_agent_card
    self.a2a_agent_card_url = f_a2a_agent_card_url
    self.config = f_config
    self.headers = f_headers
    self.input_body_json_schema = f_input_body_json_schema
    self.method = f_method
    self.name = f_name
    self.output_body_json_schema = f_output_body_json_schema
    self.path = f_path
    self.path_prefix = f_path_prefix
    self.request_content_type = f_request_content_type
    self.response_content_type = f_response_content_type
    self.type = f_type
    self._extra = (
        None
        if _PROTOCOL_SETTINGS_KEYS.issuperset(data)
        else read_extra(data, _PROTOCOL_SETTINGS_KEYS)
    )
    if cls is not ProtocolSetting:
        self._init_added_slots()
    return self


class ProtocolConfig(WireModel):
    """Protocol(s) the agent speaks."""

    __slots__ = ("protocol_settings", "type")

    _wire_schema: ClassVar[str] = "ProtocolConfiguration"
    _field_names: ClassVar[tuple[str, ...]] = ("protocol_settings", "type", "extra")

    protocol_settings: list[ProtocolSetting] | None
    type: ProtocolType | str | None

    def __init__(
        self,
        *,
        protocol_settings: list[ProtocolSetting] | None = None,
        type: ProtocolType | str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.protocol_settings = protocol_settings
        self.type = type
        self._extra = extra
        if self.__class__ is not ProtocolConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ProtocolConfig):
            return NotImplemented
        return (
            self.protocol_settings,
            self.type,
            self.extra,
        ) == (
            other.protocol_settings,
            other.type,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_protocol_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.protocol_settings
        if value is not None:
            out["protocolSettings"] = write_models(value, ProtocolSetting, ".protocol_settings")
        value = self.type
        if value is not None:
            out["type"] = value if type(value) is str else write_scalar(value, "str", ".type")
        return out


_ProtocolConfigT = TypeVar("_ProtocolConfigT", bound="ProtocolConfig")


def _read_protocol_config(cls: type[_ProtocolConfigT], data: object) -> _ProtocolConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_protocol_settings = data.get("protocolSettings")
    if f_protocol_settings is not None:
        if type(f_protocol_settings) is not list:
            raise expected_array(f_protocol_settings, ".protocolSettings")
        items_protocol_settings: list[ProtocolSetting] = []
        try:
            for item in f_protocol_settings:
                items_protocol_settings.append(_read_protocol_setting(ProtocolSetting, item))
        except PathError as exc:
            raise exc.within(f".protocolSettings[{len(items_protocol_settings)}]") from None
        f_protocol_settings = items_protocol_settings
    f_type = data.get("type")
    if type(f_type) is not str and f_type is not None:
        f_type = read_scalar(f_type, "str", ".type")
    self = new_instance(cls)
    self.protocol_settings = f_protocol_settings
    self.type = f_type
    self._extra = (
        None
        if _PROTOCOL_CONFIGURATION_KEYS.issuperset(data)
        else read_extra(data, _PROTOCOL_CONFIGURATION_KEYS)
    )
    if cls is not ProtocolConfig:
        self._init_added_slots()
    return self


class LogConfig(WireModel):
    """Simple Log Service destination."""

    __slots__ = ("logstore", "project")

    _wire_schema: ClassVar[str] = "LogConfiguration"
    _field_names: ClassVar[tuple[str, ...]] = ("logstore", "project", "extra")

    logstore: str | None
    project: str | None

    def __init__(
        self,
        *,
        logstore: str | None = None,
        project: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.logstore = logstore
        self.project = project
        self._extra = extra
        if self.__class__ is not LogConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, LogConfig):
            return NotImplemented
        return (
            self.logstore,
            self.project,
            self.extra,
        ) == (
            other.logstore,
            other.project,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_log_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.logstore
        if value is not None:
            out["logstore"] = (
                value if type(value) is str else write_scalar(value, "str", ".logstore")
            )
        value = self.project
        if value is not None:
            out["project"] = value if type(value) is str else write_scalar(value, "str", ".project")
        return out


_LogConfigT = TypeVar("_LogConfigT", bound="LogConfig")


def _read_log_config(cls: type[_LogConfigT], data: object) -> _LogConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_logstore = data.get("logstore")
    if type(f_logstore) is not str and f_logstore is not None:
        f_logstore = read_scalar(f_logstore, "str", ".logstore")
    f_project = data.get("project")
    if type(f_project) is not str and f_project is not None:
        f_project = read_scalar(f_project, "str", ".project")
    self = new_instance(cls)
    self.logstore = f_logstore
    self.project = f_project
    self._extra = (
        None
        if _LOG_CONFIGURATION_KEYS.issuperset(data)
        else read_extra(data, _LOG_CONFIGURATION_KEYS)
    )
    if cls is not LogConfig:
        self._init_added_slots()
    return self


class HealthCheckConfig(WireModel):
    """Instance health checks (thresholds are counts, times are seconds)."""

    __slots__ = (
        "failure_threshold",
        "http_get_url",
        "initial_delay_seconds",
        "period_seconds",
        "success_threshold",
        "timeout_seconds",
    )

    _wire_schema: ClassVar[str] = "HealthCheckConfiguration"
    _field_names: ClassVar[tuple[str, ...]] = (
        "failure_threshold",
        "http_get_url",
        "initial_delay_seconds",
        "period_seconds",
        "success_threshold",
        "timeout_seconds",
        "extra",
    )

    failure_threshold: int | None
    http_get_url: str | None
    initial_delay_seconds: int | None
    period_seconds: int | None
    success_threshold: int | None
    timeout_seconds: int | None

    def __init__(
        self,
        *,
        failure_threshold: int | None = None,
        http_get_url: str | None = None,
        initial_delay_seconds: int | None = None,
        period_seconds: int | None = None,
        success_threshold: int | None = None,
        timeout_seconds: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.failure_threshold = failure_threshold
        self.http_get_url = http_get_url
        self.initial_delay_seconds = initial_delay_seconds
        self.period_seconds = period_seconds
        self.success_threshold = success_threshold
        self.timeout_seconds = timeout_seconds
        self._extra = extra
        if self.__class__ is not HealthCheckConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, HealthCheckConfig):
            return NotImplemented
        return (
            self.failure_threshold,
            self.http_get_url,
            self.initial_delay_seconds,
            self.period_seconds,
            self.success_threshold,
            self.timeout_seconds,
            self.extra,
        ) == (
            other.failure_threshold,
            other.http_get_url,
            other.initial_delay_seconds,
            other.period_seconds,
            other.success_threshold,
            other.timeout_seconds,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_health_check_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.failure_threshold
        if value is not None:
            out["failureThreshold"] = (
                value if type(value) is int else write_scalar(value, "int", ".failure_threshold")
            )
        value = self.http_get_url
        if value is not None:
            out["httpGetUrl"] = (
                value if type(value) is str else write_scalar(value, "str", ".http_get_url")
            )
        value = self.initial_delay_seconds
        if value is not None:
            out["initialDelaySeconds"] = (
                value
                if type(value) is int
                else write_scalar(value, "int", ".initial_delay_seconds")
            )
        value = self.period_seconds
        if value is not None:
            out["periodSeconds"] = (
                value if type(value) is int else write_scalar(value, "int", ".period_seconds")
            )
        value = self.success_threshold
        if value is not None:
            out["successThreshold"] = (
                value if type(value) is int else write_scalar(value, "int", ".success_threshold")
            )
        value = self.timeout_seconds
        if value is not None:
            out["timeoutSeconds"] = (
                value if type(value) is int else write_scalar(value, "int", ".timeout_seconds")
            )
        return out


_HealthCheckConfigT = TypeVar("_HealthCheckConfigT", bound="HealthCheckConfig")


def _read_health_check_config(cls: type[_HealthCheckConfigT], data: object) -> _HealthCheckConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_failure_threshold = data.get("failureThreshold")
    if type(f_failure_threshold) is not int and f_failure_threshold is not None:
        f_failure_threshold = read_scalar(f_failure_threshold, "int", ".failureThreshold")
    f_http_get_url = data.get("httpGetUrl")
    if type(f_http_get_url) is not str and f_http_get_url is not None:
        f_http_get_url = read_scalar(f_http_get_url, "str", ".httpGetUrl")
    f_initial_delay_seconds = data.get("initialDelaySeconds")
    if type(f_initial_delay_seconds) is not int and f_initial_delay_seconds is not None:
        f_initial_delay_seconds = read_scalar(
            f_initial_delay_seconds, "int", ".initialDelaySeconds"
        )
    f_period_seconds = data.get("periodSeconds")
    if type(f_period_seconds) is not int and f_period_seconds is not None:
        f_period_seconds = read_scalar(f_period_seconds, "int", ".periodSeconds")
    f_success_threshold = data.get("successThreshold")
    if type(f_success_threshold) is not int and f_success_threshold is not None:
        f_success_threshold = read_scalar(f_success_threshold, "int", ".successThreshold")
    f_timeout_seconds = data.get("timeoutSeconds")
    if type(f_timeout_seconds) is not int and f_timeout_seconds is not None:
        f_timeout_seconds = read_scalar(f_timeout_seconds, "int", ".timeoutSeconds")
    self = new_instance(cls)
    self.failure_threshold = f_failure_threshold
    self.http_get_url = f_http_get_url
    self.initial_delay_seconds = f_initial_delay_seconds
    self.period_seconds = f_period_seconds
    self.success_threshold = f_success_threshold
    self.timeout_seconds = f_timeout_seconds
    self._extra = (
        None
        if _HEALTH_CHECK_CONFIGURATION_KEYS.issuperset(data)
        else read_extra(data, _HEALTH_CHECK_CONFIGURATION_KEYS)
    )
    if cls is not HealthCheckConfig:
        self._init_added_slots()
    return self


class ArmsConfig(WireModel):
    """ARMS monitoring; the license key never shows in ``repr``."""

    __slots__ = ("arms_license_key", "cms_workspace", "enable_arms")

    _wire_schema: ClassVar[str] = "ArmsConfiguration"
    _field_names: ClassVar[tuple[str, ...]] = (
        "arms_license_key",
        "cms_workspace",
        "enable_arms",
        "extra",
    )
    _field_reprs: ClassVar[Mapping[str, Callable[[Any], str]]] = {"arms_license_key": redacted}

    arms_license_key: str | None
    cms_workspace: str | None
    enable_arms: bool | None

    def __init__(
        self,
        *,
        arms_license_key: str | None = None,
        cms_workspace: str | None = None,
        enable_arms: bool | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.arms_license_key = arms_license_key
        self.cms_workspace = cms_workspace
        self.enable_arms = enable_arms
        self._extra = extra
        if self.__class__ is not ArmsConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ArmsConfig):
            return NotImplemented
        return (
            self.arms_license_key,
            self.cms_workspace,
            self.enable_arms,
            self.extra,
        ) == (
            other.arms_license_key,
            other.cms_workspace,
            other.enable_arms,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_arms_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.arms_license_key
        if value is not None:
            out["armsLicenseKey"] = (
                value if type(value) is str else write_scalar(value, "str", ".arms_license_key")
            )
        value = self.cms_workspace
        if value is not None:
            out["cmsWorkspace"] = (
                value if type(value) is str else write_scalar(value, "str", ".cms_workspace")
            )
        value = self.enable_arms
        if value is not None:
            out["enableArms"] = (
                value if type(value) is bool else write_scalar(value, "bool", ".enable_arms")
            )
        return out


_ArmsConfigT = TypeVar("_ArmsConfigT", bound="ArmsConfig")


def _read_arms_config(cls: type[_ArmsConfigT], data: object) -> _ArmsConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_arms_license_key = data.get("armsLicenseKey")
    if type(f_arms_license_key) is not str and f_arms_license_key is not None:
        f_arms_license_key = read_scalar(f_arms_license_key, "str", ".armsLicenseKey")
    f_cms_workspace = data.get("cmsWorkspace")
    if type(f_cms_workspace) is not str and f_cms_workspace is not None:
        f_cms_workspace = read_scalar(f_cms_workspace, "str", ".cmsWorkspace")
    f_enable_arms = data.get("enableArms")
    if type(f_enable_arms) is not bool and f_enable_arms is not None:
        f_enable_arms = read_scalar(f_enable_arms, "bool", ".enableArms")
    self = new_instance(cls)
    self.arms_license_key = f_arms_license_key
    self.cms_workspace = f_cms_workspace
    self.enable_arms = f_enable_arms
    self._extra = (
        None
        if _ARMS_CONFIGURATION_KEYS.issuperset(data)
        else read_extra(data, _ARMS_CONFIGURATION_KEYS)
    )
    if cls is not ArmsConfig:
        self._init_added_slots()
    return self


class NASMountConfig(WireModel):
    """One NAS mount point (``enable_tls`` is wire ``enableTLS``)."""

    __slots__ = ("enable_tls", "mount_dir", "server_addr")

    _wire_schema: ClassVar[str] = "NASMountConfig"
    _field_names: ClassVar[tuple[str, ...]] = ("enable_tls", "mount_dir", "server_addr", "extra")

    enable_tls: bool | None
    mount_dir: str | None
    server_addr: str | None

    def __init__(
        self,
        *,
        enable_tls: bool | None = None,
        mount_dir: str | None = None,
        server_addr: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.enable_tls = enable_tls
        self.mount_dir = mount_dir
        self.server_addr = server_addr
        self._extra = extra
        if self.__class__ is not NASMountConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, NASMountConfig):
            return NotImplemented
        return (
            self.enable_tls,
            self.mount_dir,
            self.server_addr,
            self.extra,
        ) == (
            other.enable_tls,
            other.mount_dir,
            other.server_addr,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_nas_mount_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.enable_tls
        if value is not None:
            out["enableTLS"] = (
                value if type(value) is bool else write_scalar(value, "bool", ".enable_tls")
            )
        value = self.mount_dir
        if value is not None:
            out["mountDir"] = (
                value if type(value) is str else write_scalar(value, "str", ".mount_dir")
            )
        value = self.server_addr
        if value is not None:
            out["serverAddr"] = (
                value if type(value) is str else write_scalar(value, "str", ".server_addr")
            )
        return out


_NASMountConfigT = TypeVar("_NASMountConfigT", bound="NASMountConfig")


def _read_nas_mount_config(cls: type[_NASMountConfigT], data: object) -> _NASMountConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_enable_tls = data.get("enableTLS")
    if type(f_enable_tls) is not bool and f_enable_tls is not None:
        f_enable_tls = read_scalar(f_enable_tls, "bool", ".enableTLS")
    f_mount_dir = data.get("mountDir")
    if type(f_mount_dir) is not str and f_mount_dir is not None:
        f_mount_dir = read_scalar(f_mount_dir, "str", ".mountDir")
    f_server_addr = data.get("serverAddr")
    if type(f_server_addr) is not str and f_server_addr is not None:
        f_server_addr = read_scalar(f_server_addr, "str", ".serverAddr")
    self = new_instance(cls)
    self.enable_tls = f_enable_tls
    self.mount_dir = f_mount_dir
    self.server_addr = f_server_addr
    self._extra = (
        None
        if _NAS_MOUNT_CONFIG_KEYS.issuperset(data)
        else read_extra(data, _NAS_MOUNT_CONFIG_KEYS)
    )
    if cls is not NASMountConfig:
        self._init_added_slots()
    return self


class NASConfig(WireModel):
    """NAS file-system mounts."""

    __slots__ = ("group_id", "mount_points", "user_id")

    _wire_schema: ClassVar[str] = "NASConfig"
    _field_names: ClassVar[tuple[str, ...]] = ("group_id", "mount_points", "user_id", "extra")

    group_id: int | None
    mount_points: list[NASMountConfig] | None
    user_id: int | None

    def __init__(
        self,
        *,
        group_id: int | None = None,
        mount_points: list[NASMountConfig] | None = None,
        user_id: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.group_id = group_id
        self.mount_points = mount_points
        self.user_id = user_id
        self._extra = extra
        if self.__class__ is not NASConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, NASConfig):
            return NotImplemented
        return (
            self.group_id,
            self.mount_points,
            self.user_id,
            self.extra,
        ) == (
            other.group_id,
            other.mount_points,
            other.user_id,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_nas_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.group_id
        if value is not None:
            out["groupId"] = (
                value if type(value) is int else write_scalar(value, "int", ".group_id")
            )
        value = self.mount_points
        if value is not None:
            out["mountPoints"] = write_models(value, NASMountConfig, ".mount_points")
        value = self.user_id
        if value is not None:
            out["userId"] = value if type(value) is int else write_scalar(value, "int", ".user_id")
        return out


_NASConfigT = TypeVar("_NASConfigT", bound="NASConfig")


def _read_nas_config(cls: type[_NASConfigT], data: object) -> _NASConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_group_id = data.get("groupId")
    if type(f_group_id) is not int and f_group_id is not None:
        f_group_id = read_scalar(f_group_id, "int", ".groupId")
    f_mount_points = data.get("mountPoints")
    if f_mount_points is not None:
        if type(f_mount_points) is not list:
            raise expected_array(f_mount_points, ".mountPoints")
        items_mount_points: list[NASMountConfig] = []
        try:
            for item in f_mount_points:
                items_mount_points.append(_read_nas_mount_config(NASMountConfig, item))
        except PathError as exc:
            raise exc.within(f".mountPoints[{len(items_mount_points)}]") from None
        f_mount_points = items_mount_points
    f_user_id = data.get("userId")
    if type(f_user_id) is not int and f_user_id is not None:
        f_user_id = read_scalar(f_user_id, "int", ".userId")
    self = new_instance(cls)
    self.group_id = f_group_id
    self.mount_points = f_mount_points
    self.user_id = f_user_id
    self._extra = None if _NAS_CONFIG_KEYS.issuperset(data) else read_extra(data, _NAS_CONFIG_KEYS)
    if cls is not NASConfig:
        self._init_added_slots()
    return self


class OSSMountPoint(WireModel):
    """One OSS bucket mount."""

    __slots__ = ("bucket_name", "bucket_path", "endpoint", "mount_dir", "read_only")

    _wire_schema: ClassVar[str] = "OSSMountPoint"
    _field_names: ClassVar[tuple[str, ...]] = (
        "bucket_name",
        "bucket_path",
        "endpoint",
        "mount_dir",
        "read_only",
        "extra",
    )

    bucket_name: str | None
    bucket_path: str | None
    endpoint: str | None
    mount_dir: str | None
    read_only: bool | None

    def __init__(
        self,
        *,
        bucket_name: str | None = None,
        bucket_path: str | None = None,
        endpoint: str | None = None,
        mount_dir: str | None = None,
        read_only: bool | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.bucket_name = bucket_name
        self.bucket_path = bucket_path
        self.endpoint = endpoint
        self.mount_dir = mount_dir
        self.read_only = read_only
        self._extra = extra
        if self.__class__ is not OSSMountPoint:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, OSSMountPoint):
            return NotImplemented
        return (
            self.bucket_name,
            self.bucket_path,
            self.endpoint,
            self.mount_dir,
            self.read_only,
            self.extra,
        ) == (
            other.bucket_name,
            other.bucket_path,
            other.endpoint,
            other.mount_dir,
            other.read_only,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_oss_mount_point(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.bucket_name
        if value is not None:
            out["bucketName"] = (
                value if type(value) is str else write_scalar(value, "str", ".bucket_name")
            )
        value = self.bucket_path
        if value is not None:
            out["bucketPath"] = (
                value if type(value) is str else write_scalar(value, "str", ".bucket_path")
            )
        value = self.endpoint
        if value is not None:
            out["endpoint"] = (
                value if type(value) is str else write_scalar(value, "str", ".endpoint")
            )
        value = self.mount_dir
        if value is not None:
            out["mountDir"] = (
                value if type(value) is str else write_scalar(value, "str", ".mount_dir")
            )
        value = self.read_only
        if value is not None:
            out["readOnly"] = (
                value if type(value) is bool else write_scalar(value, "bool", ".read_only")
            )
        return out


_OSSMountPointT = TypeVar("_OSSMountPointT", bound="OSSMountPoint")


def _read_oss_mount_point(cls: type[_OSSMountPointT], data: object) -> _OSSMountPointT:
    if type(data) is not dict:
        data = read_object(data)
    f_bucket_name = data.get("bucketName")
    if type(f_bucket_name) is not str and f_bucket_name is not None:
        f_bucket_name = read_scalar(f_bucket_name, "str", ".bucketName")
    f_bucket_path = data.get("bucketPath")
    if type(f_bucket_path) is not str and f_bucket_path is not None:
        f_bucket_path = read_scalar(f_bucket_path, "str", ".bucketPath")
    f_endpoint = data.get("endpoint")
    if type(f_endpoint) is not str and f_endpoint is not None:
        f_endpoint = read_scalar(f_endpoint, "str", ".endpoint")
    f_mount_dir = data.get("mountDir")
    if type(f_mount_dir) is not str and f_mount_dir is not None:
        f_mount_dir = read_scalar(f_mount_dir, "str", ".mountDir")
    f_read_only = data.get("readOnly")
    if type(f_read_only) is not bool and f_read_only is not None:
        f_read_only = read_scalar(f_read_only, "bool", ".readOnly")
    self = new_instance(cls)
    self.bucket_name = f_bucket_name
    self.bucket_path = f_bucket_path
    self.endpoint = f_endpoint
    self.mount_dir = f_mount_dir
    self.read_only = f_read_only
    self._extra = (
        None if _OSS_MOUNT_POINT_KEYS.issuperset(data) else read_extra(data, _OSS_MOUNT_POINT_KEYS)
    )
    if cls is not OSSMountPoint:
        self._init_added_slots()
    return self


class OSSMountConfig(WireModel):
    """OSS bucket mounts."""

    __slots__ = ("mount_points",)

    _wire_schema: ClassVar[str] = "OSSMountConfig"
    _field_names: ClassVar[tuple[str, ...]] = ("mount_points", "extra")

    mount_points: list[OSSMountPoint] | None

    def __init__(
        self,
        *,
        mount_points: list[OSSMountPoint] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.mount_points = mount_points
        self._extra = extra
        if self.__class__ is not OSSMountConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, OSSMountConfig):
            return NotImplemented
        return (
            self.mount_points,
            self.extra,
        ) == (
            other.mount_points,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_oss_mount_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.mount_points
        if value is not None:
            out["mountPoints"] = write_models(value, OSSMountPoint, ".mount_points")
        return out


_OSSMountConfigT = TypeVar("_OSSMountConfigT", bound="OSSMountConfig")


def _read_oss_mount_config(cls: type[_OSSMountConfigT], data: object) -> _OSSMountConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_mount_points = data.get("mountPoints")
    if f_mount_points is not None:
        if type(f_mount_points) is not list:
            raise expected_array(f_mount_points, ".mountPoints")
        items_mount_points: list[OSSMountPoint] = []
        try:
            for item in f_mount_points:
                items_mount_points.append(_read_oss_mount_point(OSSMountPoint, item))
        except PathError as exc:
            raise exc.within(f".mountPoints[{len(items_mount_points)}]") from None
        f_mount_points = items_mount_points
    self = new_instance(cls)
    self.mount_points = f_mount_points
    self._extra = (
        None
        if _OSS_MOUNT_CONFIG_KEYS.issuperset(data)
        else read_extra(data, _OSS_MOUNT_CONFIG_KEYS)
    )
    if cls is not OSSMountConfig:
        self._init_added_slots()
    return self


class VersionWeight(WireModel):
    """Share of traffic (0.0 to 1.0) sent to one runtime version."""

    __slots__ = ("version", "weight")

    _wire_schema: ClassVar[str] = "VersionWeight"
    _field_names: ClassVar[tuple[str, ...]] = ("version", "weight", "extra")

    version: str | None
    weight: float | None

    def __init__(
        self,
        *,
        version: str | None = None,
        weight: float | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.version = version
        self.weight = weight
        self._extra = extra
        if self.__class__ is not VersionWeight:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, VersionWeight):
            return NotImplemented
        return (
            self.version,
            self.weight,
            self.extra,
        ) == (
            other.version,
            other.weight,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_version_weight(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.version
        if value is not None:
            out["version"] = value if type(value) is str else write_scalar(value, "str", ".version")
        value = self.weight
        if value is not None:
            out["weight"] = (
                value if type(value) is float else write_scalar(value, "float", ".weight")
            )
        return out


_VersionWeightT = TypeVar("_VersionWeightT", bound="VersionWeight")


def _read_version_weight(cls: type[_VersionWeightT], data: object) -> _VersionWeightT:
    if type(data) is not dict:
        data = read_object(data)
    f_version = data.get("version")
    if type(f_version) is not str and f_version is not None:
        f_version = read_scalar(f_version, "str", ".version")
    f_weight = data.get("weight")
    if type(f_weight) is not float and type(f_weight) is not int and f_weight is not None:
        f_weight = read_scalar(f_weight, "float", ".weight")
    self = new_instance(cls)
    self.version = f_version
    self.weight = f_weight
    self._extra = (
        None if _VERSION_WEIGHT_KEYS.issuperset(data) else read_extra(data, _VERSION_WEIGHT_KEYS)
    )
    if cls is not VersionWeight:
        self._init_added_slots()
    return self


class RoutingConfig(WireModel):
    """Weighted traffic split across runtime versions."""

    __slots__ = ("version_weights",)

    _wire_schema: ClassVar[str] = "RoutingConfiguration"
    _field_names: ClassVar[tuple[str, ...]] = ("version_weights", "extra")

    version_weights: list[VersionWeight] | None

    def __init__(
        self,
        *,
        version_weights: list[VersionWeight] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.version_weights = version_weights
        self._extra = extra
        if self.__class__ is not RoutingConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, RoutingConfig):
            return NotImplemented
        return (
            self.version_weights,
            self.extra,
        ) == (
            other.version_weights,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_routing_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.version_weights
        if value is not None:
            out["versionWeights"] = write_models(value, VersionWeight, ".version_weights")
        return out


_RoutingConfigT = TypeVar("_RoutingConfigT", bound="RoutingConfig")


def _read_routing_config(cls: type[_RoutingConfigT], data: object) -> _RoutingConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_version_weights = data.get("versionWeights")
    if f_version_weights is not None:
        if type(f_version_weights) is not list:
            raise expected_array(f_version_weights, ".versionWeights")
        items_version_weights: list[VersionWeight] = []
        try:
            for item in f_version_weights:
                items_version_weights.append(_read_version_weight(VersionWeight, item))
        except PathError as exc:
            raise exc.within(f".versionWeights[{len(items_version_weights)}]") from None
        f_version_weights = items_version_weights
    self = new_instance(cls)
    self.version_weights = f_version_weights
    self._extra = (
        None
        if _ROUTING_CONFIGURATION_KEYS.issuperset(data)
        else read_extra(data, _ROUTING_CONFIGURATION_KEYS)
    )
    if cls is not RoutingConfig:
        self._init_added_slots()
    return self


class ScheduledPolicy(WireModel):
    """A scheduled scaling policy (``schedule_expression`` is a cron expression)."""

    __slots__ = ("end_time", "name", "schedule_expression", "start_time", "target", "time_zone")

    _wire_schema: ClassVar[str] = "ScheduledPolicy"
    _field_names: ClassVar[tuple[str, ...]] = (
        "end_time",
        "name",
        "schedule_expression",
        "start_time",
        "target",
        "time_zone",
        "extra",
    )

    end_time: str | None
    name: str | None
    schedule_expression: str | None
    start_time: str | None
    target: int | None
    time_zone: str | None

    def __init__(
        self,
        *,
        end_time: str | None = None,
        name: str | None = None,
        schedule_expression: str | None = None,
        start_time: str | None = None,
        target: int | None = None,
        time_zone: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.end_time = end_time
        self.name = name
        self.schedule_expression = schedule_expression
        self.start_time = start_time
        self.target = target
        self.time_zone = time_zone
        self._extra = extra
        if self.__class__ is not ScheduledPolicy:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ScheduledPolicy):
            return NotImplemented
        return (
            self.end_time,
            self.name,
            self.schedule_expression,
            self.start_time,
            self.target,
            self.time_zone,
            self.extra,
        ) == (
            other.end_time,
            other.name,
            other.schedule_expression,
            other.start_time,
            other.target,
            other.time_zone,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_scheduled_policy(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.end_time
        if value is not None:
            out["endTime"] = (
                value if type(value) is str else write_scalar(value, "str", ".end_time")
            )
        value = self.name
        if value is not None:
            out["name"] = value if type(value) is str else write_scalar(value, "str", ".name")
        value = self.schedule_expression
        if value is not None:
            out["scheduleExpression"] = (
                value if type(value) is str else write_scalar(value, "str", ".schedule_expression")
            )
        value = self.start_time
        if value is not None:
            out["startTime"] = (
                value if type(value) is str else write_scalar(value, "str", ".start_time")
            )
        value = self.target
        if value is not None:
            out["target"] = value if type(value) is int else write_scalar(value, "int", ".target")
        value = self.time_zone
        if value is not None:
            out["timeZone"] = (
                value if type(value) is str else write_scalar(value, "str", ".time_zone")
            )
        return out


_ScheduledPolicyT = TypeVar("_ScheduledPolicyT", bound="ScheduledPolicy")


def _read_scheduled_policy(cls: type[_ScheduledPolicyT], data: object) -> _ScheduledPolicyT:
    if type(data) is not dict:
        data = read_object(data)
    f_end_time = data.get("endTime")
    if type(f_end_time) is not str and f_end_time is not None:
        f_end_time = read_scalar(f_end_time, "str", ".endTime")
    f_name = data.get("name")
    if type(f_name) is not str and f_name is not None:
        f_name = read_scalar(f_name, "str", ".name")
    f_schedule_expression = data.get("scheduleExpression")
    if type(f_schedule_expression) is not str and f_schedule_expression is not None:
        f_schedule_expression = read_scalar(f_schedule_expression, "str", ".scheduleExpression")
    f_start_time = data.get("startTime")
    if type(f_start_time) is not str and f_start_time is not None:
        f_start_time = read_scalar(f_start_time, "str", ".startTime")
    f_target = data.get("target")
    if type(f_target) is not int and f_target is not None:
        f_target = read_scalar(f_target, "int", ".target")
    f_time_zone = data.get("timeZone")
    if type(f_time_zone) is not str and f_time_zone is not None:
        f_time_zone = read_scalar(f_time_zone, "str", ".timeZone")
    self = new_instance(cls)
    self.end_time = f_end_time
    self.name = f_name
    self.schedule_expression = f_schedule_expression
    self.start_time = f_start_time
    self.target = f_target
    self.time_zone = f_time_zone
    self._extra = (
        None
        if _SCHEDULED_POLICY_KEYS.issuperset(data)
        else read_extra(data, _SCHEDULED_POLICY_KEYS)
    )
    if cls is not ScheduledPolicy:
        self._init_added_slots()
    return self


class ScalingConfig(WireModel):
    """Endpoint scaling as requested: minimum instances and scheduled policies."""

    __slots__ = ("min_instances", "scheduled_policies")

    _wire_schema: ClassVar[str] = "ScalingConfig"
    _field_names: ClassVar[tuple[str, ...]] = ("min_instances", "scheduled_policies", "extra")

    min_instances: int | None
    scheduled_policies: list[ScheduledPolicy] | None

    def __init__(
        self,
        *,
        min_instances: int | None = None,
        scheduled_policies: list[ScheduledPolicy] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.min_instances = min_instances
        self.scheduled_policies = scheduled_policies
        self._extra = extra
        if self.__class__ is not ScalingConfig:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ScalingConfig):
            return NotImplemented
        return (
            self.min_instances,
            self.scheduled_policies,
            self.extra,
        ) == (
            other.min_instances,
            other.scheduled_policies,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_scaling_config(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.min_instances
        if value is not None:
            out["minInstances"] = (
                value if type(value) is int else write_scalar(value, "int", ".min_instances")
            )
        value = self.scheduled_policies
        if value is not None:
            out["scheduledPolicies"] = write_models(value, ScheduledPolicy, ".scheduled_policies")
        return out


_ScalingConfigT = TypeVar("_ScalingConfigT", bound="ScalingConfig")


def _read_scaling_config(cls: type[_ScalingConfigT], data: object) -> _ScalingConfigT:
    if type(data) is not dict:
        data = read_object(data)
    f_min_instances = data.get("minInstances")
    if type(f_min_instances) is not int and f_min_instances is not None:
        f_min_instances = read_scalar(f_min_instances, "int", ".minInstances")
    f_scheduled_policies = data.get("scheduledPolicies")
    if f_scheduled_policies is not None:
        if type(f_scheduled_policies) is not list:
            raise expected_array(f_scheduled_policies, ".scheduledPolicies")
        items_scheduled_policies: list[ScheduledPolicy] = []
        try:
            for item in f_scheduled_policies:
                items_scheduled_policies.append(_read_scheduled_policy(ScheduledPolicy, item))
        except PathError as exc:
            raise exc.within(f".scheduledPolicies[{len(items_scheduled_policies)}]") from None
        f_scheduled_policies = items_scheduled_policies
    self = new_instance(cls)
    self.min_instances = f_min_instances
    self.scheduled_policies = f_scheduled_policies
    self._extra = (
        None if _SCALING_CONFIG_KEYS.issuperset(data) else read_extra(data, _SCALING_CONFIG_KEYS)
    )
    if cls is not ScalingConfig:
        self._init_added_slots()
    return self


class ScalingStatus(WireModel):
    """Endpoint scaling as observed."""

    __slots__ = (
        "current_error",
        "current_instances",
        "min_instances",
        "scheduled_policies",
        "target_instances",
    )

    _wire_schema: ClassVar[str] = "ScalingStatus"
    _field_names: ClassVar[tuple[str, ...]] = (
        "current_error",
        "current_instances",
        "min_instances",
        "scheduled_policies",
        "target_instances",
        "extra",
    )

    current_error: str | None
    current_instances: int | None
    min_instances: int | None
    scheduled_policies: list[ScheduledPolicy] | None
    target_instances: int | None

    def __init__(
        self,
        *,
        current_error: str | None = None,
        current_instances: int | None = None,
        min_instances: int | None = None,
        scheduled_policies: list[ScheduledPolicy] | None = None,
        target_instances: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.current_error = current_error
        self.current_instances = current_instances
        self.min_instances = min_instances
        self.scheduled_policies = scheduled_policies
        self.target_instances = target_instances
        self._extra = extra
        if self.__class__ is not ScalingStatus:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ScalingStatus):
            return NotImplemented
        return (
            self.current_error,
            self.current_instances,
            self.min_instances,
            self.scheduled_policies,
            self.target_instances,
            self.extra,
        ) == (
            other.current_error,
            other.current_instances,
            other.min_instances,
            other.scheduled_policies,
            other.target_instances,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_scaling_status(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.current_error
        if value is not None:
            out["currentError"] = (
                value if type(value) is str else write_scalar(value, "str", ".current_error")
            )
        value = self.current_instances
        if value is not None:
            out["currentInstances"] = (
                value if type(value) is int else write_scalar(value, "int", ".current_instances")
            )
        value = self.min_instances
        if value is not None:
            out["minInstances"] = (
                value if type(value) is int else write_scalar(value, "int", ".min_instances")
            )
        value = self.scheduled_policies
        if value is not None:
            out["scheduledPolicies"] = write_models(value, ScheduledPolicy, ".scheduled_policies")
        value = self.target_instances
        if value is not None:
            out["targetInstances"] = (
                value if type(value) is int else write_scalar(value, "int", ".target_instances")
            )
        return out


_ScalingStatusT = TypeVar("_ScalingStatusT", bound="ScalingStatus")


def _read_scaling_status(cls: type[_ScalingStatusT], data: object) -> _ScalingStatusT:
    if type(data) is not dict:
        data = read_object(data)
    f_current_error = data.get("currentError")
    if type(f_current_error) is not str and f_current_error is not None:
        f_current_error = read_scalar(f_current_error, "str", ".currentError")
    f_current_instances = data.get("currentInstances")
    if type(f_current_instances) is not int and f_current_instances is not None:
        f_current_instances = read_scalar(f_current_instances, "int", ".currentInstances")
    f_min_instances = data.get("minInstances")
    if type(f_min_instances) is not int and f_min_instances is not None:
        f_min_instances = read_scalar(f_min_instances, "int", ".minInstances")
    f_scheduled_policies = data.get("scheduledPolicies")
    if f_scheduled_policies is not None:
        if type(f_scheduled_policies) is not list:
            raise expected_array(f_scheduled_policies, ".scheduledPolicies")
        items_scheduled_policies: list[ScheduledPolicy] = []
        try:
            for item in f_scheduled_policies:
                items_scheduled_policies.append(_read_scheduled_policy(ScheduledPolicy, item))
        except PathError as exc:
            raise exc.within(f".scheduledPolicies[{len(items_scheduled_policies)}]") from None
        f_scheduled_policies = items_scheduled_policies
    f_target_instances = data.get("targetInstances")
    if type(f_target_instances) is not int and f_target_instances is not None:
        f_target_instances = read_scalar(f_target_instances, "int", ".targetInstances")
    self = new_instance(cls)
    self.current_error = f_current_error
    self.current_instances = f_current_instances
    self.min_instances = f_min_instances
    self.scheduled_policies = f_scheduled_policies
    self.target_instances = f_target_instances
    self._extra = (
        None if _SCALING_STATUS_KEYS.issuperset(data) else read_extra(data, _SCALING_STATUS_KEYS)
    )
    if cls is not ScalingStatus:
        self._init_added_slots()
    return self


class AgentRuntimeFields(WireResource):
    """Fields of an agent runtime as read from the wire, plus ``extra``.

    ``status`` and ``artifact_type`` are enum members when known, else the
    plain wire string. Timestamps stay strings; the ``*_datetime``
    properties parse them.
    """

    __slots__ = (
        "_artifact_type",
        "_status",
        "agent_runtime_arn",
        "agent_runtime_id",
        "agent_runtime_name",
        "agent_runtime_version",
        "code_configuration",
        "container_configuration",
        "cpu",
        "created_at",
        "credential_name",
        "description",
        "disable_ondemand",
        "disable_session_affinity",
        "disk_size",
        "edition",
        "enable_session_isolation",
        "environment_variables",
        "execution_role_arn",
        "external_agent_endpoint_url",
        "header_field_name",
        "health_check_configuration",
        "last_updated_at",
        "log_configuration",
        "memory",
        "nas_config",
        "network_configuration",
        "oss_mount_config",
        "port",
        "protocol_configuration",
        "resource_group_id",
        "session_affinity_type",
        "session_concurrency_limit_per_instance",
        "session_idle_timeout_seconds",
        "status_reason",
        "system_tags",
        "workspace_id",
    )

    _wire_schema: ClassVar[str] = "AgentRuntime"
    _field_names: ClassVar[tuple[str, ...]] = (
        "agent_runtime_arn",
        "agent_runtime_id",
        "agent_runtime_name",
        "agent_runtime_version",
        "artifact_type",
        "code_configuration",
        "container_configuration",
        "cpu",
        "created_at",
        "credential_name",
        "description",
        "disable_ondemand",
        "disable_session_affinity",
        "disk_size",
        "edition",
        "enable_session_isolation",
        "environment_variables",
        "execution_role_arn",
        "external_agent_endpoint_url",
        "header_field_name",
        "health_check_configuration",
        "last_updated_at",
        "log_configuration",
        "memory",
        "nas_config",
        "network_configuration",
        "oss_mount_config",
        "port",
        "protocol_configuration",
        "resource_group_id",
        "session_affinity_type",
        "session_concurrency_limit_per_instance",
        "session_idle_timeout_seconds",
        "status",
        "status_reason",
        "system_tags",
        "workspace_id",
        "extra",
    )
    _field_reprs: ClassVar[Mapping[str, Callable[[Any], str]]] = {
        "environment_variables": redacted_values
    }

    agent_runtime_arn: str | None
    agent_runtime_id: str | None
    agent_runtime_name: str | None
    agent_runtime_version: str | None
    _artifact_type: ArtifactType | str | None
    code_configuration: AgentRuntimeCode | None
    container_configuration: AgentRuntimeContainer | None
    cpu: float | None
    created_at: str | None
    credential_name: str | None
    description: str | None
    disable_ondemand: bool | None
    disable_session_affinity: bool | None
    disk_size: int | None
    edition: str | None
    enable_session_isolation: bool | None
    environment_variables: dict[str, str] | None
    execution_role_arn: str | None
    external_agent_endpoint_url: str | None
    header_field_name: str | None
    health_check_configuration: HealthCheckConfig | None
    last_updated_at: str | None
    log_configuration: LogConfig | None
    memory: int | None
    nas_config: NASConfig | None
    network_configuration: NetworkConfig | None
    oss_mount_config: OSSMountConfig | None
    port: int | None
    protocol_configuration: ProtocolConfig | None
    resource_group_id: str | None
    session_affinity_type: SessionAffinityType | str | None
    session_concurrency_limit_per_instance: int | None
    session_idle_timeout_seconds: int | None
    _status: Status | str | None
    status_reason: str | None
    system_tags: list[str] | None
    workspace_id: str | None

    def __init__(
        self,
        *,
        agent_runtime_arn: str | None = None,
        agent_runtime_id: str | None = None,
        agent_runtime_name: str | None = None,
        agent_runtime_version: str | None = None,
        artifact_type: ArtifactType | str | None = None,
        code_configuration: AgentRuntimeCode | None = None,
        container_configuration: AgentRuntimeContainer | None = None,
        cpu: float | None = None,
        created_at: str | None = None,
        credential_name: str | None = None,
        description: str | None = None,
        disable_ondemand: bool | None = None,
        disable_session_affinity: bool | None = None,
        disk_size: int | None = None,
        edition: str | None = None,
        enable_session_isolation: bool | None = None,
        environment_variables: dict[str, str] | None = None,
        execution_role_arn: str | None = None,
        external_agent_endpoint_url: str | None = None,
        header_field_name: str | None = None,
        health_check_configuration: HealthCheckConfig | None = None,
        last_updated_at: str | None = None,
        log_configuration: LogConfig | None = None,
        memory: int | None = None,
        nas_config: NASConfig | None = None,
        network_configuration: NetworkConfig | None = None,
        oss_mount_config: OSSMountConfig | None = None,
        port: int | None = None,
        protocol_configuration: ProtocolConfig | None = None,
        resource_group_id: str | None = None,
        session_affinity_type: SessionAffinityType | str | None = None,
        session_concurrency_limit_per_instance: int | None = None,
        session_idle_timeout_seconds: int | None = None,
        status: Status | str | None = None,
        status_reason: str | None = None,
        system_tags: list[str] | None = None,
        workspace_id: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.agent_runtime_arn = agent_runtime_arn
        self.agent_runtime_id = agent_runtime_id
        self.agent_runtime_name = agent_runtime_name
        self.agent_runtime_version = agent_runtime_version
        self._artifact_type = parse_artifact_type(artifact_type)
        self.code_configuration = code_configuration
        self.container_configuration = container_configuration
        self.cpu = cpu
        self.created_at = created_at
        self.credential_name = credential_name
        self.description = description
        self.disable_ondemand = disable_ondemand
        self.disable_session_affinity = disable_session_affinity
        self.disk_size = disk_size
        self.edition = edition
        self.enable_session_isolation = enable_session_isolation
        self.environment_variables = environment_variables
        self.execution_role_arn = execution_role_arn
        self.external_agent_endpoint_url = external_agent_endpoint_url
        self.header_field_name = header_field_name
        self.health_check_configuration = health_check_configuration
        self.last_updated_at = last_updated_at
        self.log_configuration = log_configuration
        self.memory = memory
        self.nas_config = nas_config
        self.network_configuration = network_configuration
        self.oss_mount_config = oss_mount_config
        self.port = port
        self.protocol_configuration = protocol_configuration
        self.resource_group_id = resource_group_id
        self.session_affinity_type = session_affinity_type
        self.session_concurrency_limit_per_instance = session_concurrency_limit_per_instance
        self.session_idle_timeout_seconds = session_idle_timeout_seconds
        self._status = parse_status(status)
        self.status_reason = status_reason
        self.system_tags = system_tags
        self.workspace_id = workspace_id
        self._extra = extra
        if self.__class__ is not AgentRuntimeFields:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AgentRuntimeFields):
            return NotImplemented
        return (
            self.agent_runtime_arn,
            self.agent_runtime_id,
            self.agent_runtime_name,
            self.agent_runtime_version,
            self.artifact_type,
            self.code_configuration,
            self.container_configuration,
            self.cpu,
            self.created_at,
            self.credential_name,
            self.description,
            self.disable_ondemand,
            self.disable_session_affinity,
            self.disk_size,
            self.edition,
            self.enable_session_isolation,
            self.environment_variables,
            self.execution_role_arn,
            self.external_agent_endpoint_url,
            self.header_field_name,
            self.health_check_configuration,
            self.last_updated_at,
            self.log_configuration,
            self.memory,
            self.nas_config,
            self.network_configuration,
            self.oss_mount_config,
            self.port,
            self.protocol_configuration,
            self.resource_group_id,
            self.session_affinity_type,
            self.session_concurrency_limit_per_instance,
            self.session_idle_timeout_seconds,
            self.status,
            self.status_reason,
            self.system_tags,
            self.workspace_id,
            self.extra,
        ) == (
            other.agent_runtime_arn,
            other.agent_runtime_id,
            other.agent_runtime_name,
            other.agent_runtime_version,
            other.artifact_type,
            other.code_configuration,
            other.container_configuration,
            other.cpu,
            other.created_at,
            other.credential_name,
            other.description,
            other.disable_ondemand,
            other.disable_session_affinity,
            other.disk_size,
            other.edition,
            other.enable_session_isolation,
            other.environment_variables,
            other.execution_role_arn,
            other.external_agent_endpoint_url,
            other.header_field_name,
            other.health_check_configuration,
            other.last_updated_at,
            other.log_configuration,
            other.memory,
            other.nas_config,
            other.network_configuration,
            other.oss_mount_config,
            other.port,
            other.protocol_configuration,
            other.resource_group_id,
            other.session_affinity_type,
            other.session_concurrency_limit_per_instance,
            other.session_idle_timeout_seconds,
            other.status,
            other.status_reason,
            other.system_tags,
            other.workspace_id,
            other.extra,
        )

    @property
    def artifact_type(self) -> ArtifactType | str | None:
        """``artifactType``; every value assigned goes through ``parse_artifact_type``."""
        return self._artifact_type

    @artifact_type.setter
    def artifact_type(self, value: ArtifactType | str | None) -> None:
        self._artifact_type = parse_artifact_type(value)

    @property
    def status(self) -> Status | str | None:
        """``status``; every value assigned goes through ``parse_status``."""
        return self._status

    @status.setter
    def status(self, value: Status | str | None) -> None:
        self._status = parse_status(value)

    @property
    def created_at_datetime(self) -> datetime | None:
        """``created_at`` parsed, or ``None``."""
        return parse_timestamp(self.created_at)

    @property
    def last_updated_at_datetime(self) -> datetime | None:
        """``last_updated_at`` parsed, or ``None``."""
        return parse_timestamp(self.last_updated_at)

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_agent_runtime_fields(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.agent_runtime_arn
        if value is not None:
            out["agentRuntimeArn"] = (
                value if type(value) is str else write_scalar(value, "str", ".agent_runtime_arn")
            )
        value = self.agent_runtime_id
        if value is not None:
            out["agentRuntimeId"] = (
                value if type(value) is str else write_scalar(value, "str", ".agent_runtime_id")
            )
        value = self.agent_runtime_name
        if value is not None:
            out["agentRuntimeName"] = (
                value if type(value) is str else write_scalar(value, "str", ".agent_runtime_name")
            )
        value = self.agent_runtime_version
        if value is not None:
            out["agentRuntimeVersion"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".agent_runtime_version")
            )
        value = self.artifact_type
        if value is not None:
            out["artifactType"] = (
                value if type(value) is str else write_scalar(value, "str", ".artifact_type")
            )
        value = self.code_configuration
        if value is not None:
            if not isinstance(value, AgentRuntimeCode):
                raise wrong_model(value, "AgentRuntimeCode", ".code_configuration")
            try:
                out["codeConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".code_configuration") from None
        value = self.container_configuration
        if value is not None:
            if not isinstance(value, AgentRuntimeContainer):
                raise wrong_model(value, "AgentRuntimeContainer", ".container_configuration")
            try:
                out["containerConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".container_configuration") from None
        value = self.cpu
        if value is not None:
            out["cpu"] = value if type(value) is float else write_scalar(value, "float", ".cpu")
        value = self.created_at
        if value is not None:
            out["createdAt"] = (
                value if type(value) is str else write_scalar(value, "str", ".created_at")
            )
        value = self.credential_name
        if value is not None:
            out["credentialName"] = (
                value if type(value) is str else write_scalar(value, "str", ".credential_name")
            )
        value = self.description
        if value is not None:
            out["description"] = (
                value if type(value) is str else write_scalar(value, "str", ".description")
            )
        value = self.disable_ondemand
        if value is not None:
            out["disableOndemand"] = (
                value if type(value) is bool else write_scalar(value, "bool", ".disable_ondemand")
            )
        value = self.disable_session_affinity
        if value is not None:
            out["disableSessionAffinity"] = (
                value
                if type(value) is bool
                else write_scalar(value, "bool", ".disable_session_affinity")
            )
        value = self.disk_size
        if value is not None:
            out["diskSize"] = (
                value if type(value) is int else write_scalar(value, "int", ".disk_size")
            )
        value = self.edition
        if value is not None:
            out["edition"] = value if type(value) is str else write_scalar(value, "str", ".edition")
        value = self.enable_session_isolation
        if value is not None:
            out["enableSessionIsolation"] = (
                value
                if type(value) is bool
                else write_scalar(value, "bool", ".enable_session_isolation")
            )
        value = self.environment_variables
        if value is not None:
            out["environmentVariables"] = write_map(value, "str", ".environment_variables")
        value = self.execution_role_arn
        if value is not None:
            out["executionRoleArn"] = (
                value if type(value) is str else write_scalar(value, "str", ".execution_role_arn")
            )
        value = self.external_agent_endpoint_url
        if value is not None:
            out["externalAgentEndpointUrl"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".external_agent_endpoint_url")
            )
        value = self.header_field_name
        if value is not None:
            out["headerFieldName"] = (
                value if type(value) is str else write_scalar(value, "str", ".header_field_name")
            )
        value = self.health_check_configuration
        if value is not None:
            if not isinstance(value, HealthCheckConfig):
                raise wrong_model(value, "HealthCheckConfig", ".health_check_configuration")
            try:
                out["healthCheckConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".health_check_configuration") from None
        value = self.last_updated_at
        if value is not None:
            out["lastUpdatedAt"] = (
                value if type(value) is str else write_scalar(value, "str", ".last_updated_at")
            )
        value = self.log_configuration
        if value is not None:
            if not isinstance(value, LogConfig):
                raise wrong_model(value, "LogConfig", ".log_configuration")
            try:
                out["logConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".log_configuration") from None
        value = self.memory
        if value is not None:
            out["memory"] = value if type(value) is int else write_scalar(value, "int", ".memory")
        value = self.nas_config
        if value is not None:
            if not isinstance(value, NASConfig):
                raise wrong_model(value, "NASConfig", ".nas_config")
            try:
                out["nasConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".nas_config") from None
        value = self.network_configuration
        if value is not None:
            if not isinstance(value, NetworkConfig):
                raise wrong_model(value, "NetworkConfig", ".network_configuration")
            try:
                out["networkConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".network_configuration") from None
        value = self.oss_mount_config
        if value is not None:
            if not isinstance(value, OSSMountConfig):
                raise wrong_model(value, "OSSMountConfig", ".oss_mount_config")
            try:
                out["ossMountConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".oss_mount_config") from None
        value = self.port
        if value is not None:
            out["port"] = value if type(value) is int else write_scalar(value, "int", ".port")
        value = self.protocol_configuration
        if value is not None:
            if not isinstance(value, ProtocolConfig):
                raise wrong_model(value, "ProtocolConfig", ".protocol_configuration")
            try:
                out["protocolConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".protocol_configuration") from None
        value = self.resource_group_id
        if value is not None:
            out["resourceGroupId"] = (
                value if type(value) is str else write_scalar(value, "str", ".resource_group_id")
            )
        value = self.session_affinity_type
        if value is not None:
            out["sessionAffinityType"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".session_affinity_type")
            )
        value = self.session_concurrency_limit_per_instance
        if value is not None:
            out["sessionConcurrencyLimitPerInstance"] = (
                value
                if type(value) is int
                else write_scalar(value, "int", ".session_concurrency_limit_per_instance")
            )
        value = self.session_idle_timeout_seconds
        if value is not None:
            out["sessionIdleTimeoutSeconds"] = (
                value
                if type(value) is int
                else write_scalar(value, "int", ".session_idle_timeout_seconds")
            )
        value = self.status
        if value is not None:
            out["status"] = value if type(value) is str else write_scalar(value, "str", ".status")
        value = self.status_reason
        if value is not None:
            out["statusReason"] = (
                value if type(value) is str else write_scalar(value, "str", ".status_reason")
            )
        value = self.system_tags
        if value is not None:
            out["systemTags"] = write_list(value, "str", ".system_tags")
        value = self.workspace_id
        if value is not None:
            out["workspaceId"] = (
                value if type(value) is str else write_scalar(value, "str", ".workspace_id")
            )
        return out


_AgentRuntimeFieldsT = TypeVar("_AgentRuntimeFieldsT", bound="AgentRuntimeFields")


def _read_agent_runtime_fields(
    cls: type[_AgentRuntimeFieldsT], data: object
) -> _AgentRuntimeFieldsT:
    if type(data) is not dict:
        data = read_object(data)
    f_agent_runtime_arn = data.get("agentRuntimeArn")
    if type(f_agent_runtime_arn) is not str and f_agent_runtime_arn is not None:
        f_agent_runtime_arn = read_scalar(f_agent_runtime_arn, "str", ".agentRuntimeArn")
    f_agent_runtime_id = data.get("agentRuntimeId")
    if type(f_agent_runtime_id) is not str and f_agent_runtime_id is not None:
        f_agent_runtime_id = read_scalar(f_agent_runtime_id, "str", ".agentRuntimeId")
    f_agent_runtime_name = data.get("agentRuntimeName")
    if type(f_agent_runtime_name) is not str and f_agent_runtime_name is not None:
        f_agent_runtime_name = read_scalar(f_agent_runtime_name, "str", ".agentRuntimeName")
    f_agent_runtime_version = data.get("agentRuntimeVersion")
    if type(f_agent_runtime_version) is not str and f_agent_runtime_version is not None:
        f_agent_runtime_version = read_scalar(
            f_agent_runtime_version, "str", ".agentRuntimeVersion"
        )
    f_artifact_type = data.get("artifactType")
    if type(f_artifact_type) is not str and f_artifact_type is not None:
        f_artifact_type = read_scalar(f_artifact_type, "str", ".artifactType")
    f_code_configuration = data.get("codeConfiguration")
    if f_code_configuration is not None:
        try:
            f_code_configuration = _read_agent_runtime_code(AgentRuntimeCode, f_code_configuration)
        except PathError as exc:
            raise exc.within(".codeConfiguration") from None
    f_container_configuration = data.get("containerConfiguration")
    if f_container_configuration is not None:
        try:
            f_container_configuration = _read_agent_runtime_container(
                AgentRuntimeContainer, f_container_configuration
            )
        except PathError as exc:
            raise exc.within(".containerConfiguration") from None
    f_cpu = data.get("cpu")
    if type(f_cpu) is not float and type(f_cpu) is not int and f_cpu is not None:
        f_cpu = read_scalar(f_cpu, "float", ".cpu")
    f_created_at = data.get("createdAt")
    if type(f_created_at) is not str and f_created_at is not None:
        f_created_at = read_scalar(f_created_at, "str", ".createdAt")
    f_credential_name = data.get("credentialName")
    if type(f_credential_name) is not str and f_credential_name is not None:
        f_credential_name = read_scalar(f_credential_name, "str", ".credentialName")
    f_description = data.get("description")
    if type(f_description) is not str and f_description is not None:
        f_description = read_scalar(f_description, "str", ".description")
    f_disable_ondemand = data.get("disableOndemand")
    if type(f_disable_ondemand) is not bool and f_disable_ondemand is not None:
        f_disable_ondemand = read_scalar(f_disable_ondemand, "bool", ".disableOndemand")
    f_disable_session_affinity = data.get("disableSessionAffinity")
    if type(f_disable_session_affinity) is not bool and f_disable_session_affinity is not None:
        f_disable_session_affinity = read_scalar(
            f_disable_session_affinity, "bool", ".disableSessionAffinity"
        )
    f_disk_size = data.get("diskSize")
    if type(f_disk_size) is not int and f_disk_size is not None:
        f_disk_size = read_scalar(f_disk_size, "int", ".diskSize")
    f_edition = data.get("edition")
    if type(f_edition) is not str and f_edition is not None:
        f_edition = read_scalar(f_edition, "str", ".edition")
    f_enable_session_isolation = data.get("enableSessionIsolation")
    if type(f_enable_session_isolation) is not bool and f_enable_session_isolation is not None:
        f_enable_session_isolation = read_scalar(
            f_enable_session_isolation, "bool", ".enableSessionIsolation"
        )
    f_environment_variables = data.get("environmentVariables")
    if f_environment_variables is not None:
        f_environment_variables = read_map(f_environment_variables, "str", ".environmentVariables")
    f_execution_role_arn = data.get("executionRoleArn")
    if type(f_execution_role_arn) is not str and f_execution_role_arn is not None:
        f_execution_role_arn = read_scalar(f_execution_role_arn, "str", ".executionRoleArn")
    f_external_agent_endpoint_url = data.get("externalAgentEndpointUrl")
    if type(f_external_agent_endpoint_url) is not str and f_external_agent_endpoint_url is not None:
        f_external_agent_endpoint_url = read_scalar(
            f_external_agent_endpoint_url, "str", ".externalAgentEndpointUrl"
        )
    f_header_field_name = data.get("headerFieldName")
    if type(f_header_field_name) is not str and f_header_field_name is not None:
        f_header_field_name = read_scalar(f_header_field_name, "str", ".headerFieldName")
    f_health_check_configuration = data.get("healthCheckConfiguration")
    if f_health_check_configuration is not None:
        try:
            f_health_check_configuration = _read_health_check_config(
                HealthCheckConfig, f_health_check_configuration
            )
        except PathError as exc:
            raise exc.within(".healthCheckConfiguration") from None
    f_last_updated_at = data.get("lastUpdatedAt")
    if type(f_last_updated_at) is not str and f_last_updated_at is not None:
        f_last_updated_at = read_scalar(f_last_updated_at, "str", ".lastUpdatedAt")
    f_log_configuration = data.get("logConfiguration")
    if f_log_configuration is not None:
        try:
            f_log_configuration = _read_log_config(LogConfig, f_log_configuration)
        except PathError as exc:
            raise exc.within(".logConfiguration") from None
    f_memory = data.get("memory")
    if type(f_memory) is not int and f_memory is not None:
        f_memory = read_scalar(f_memory, "int", ".memory")
    f_nas_config = data.get("nasConfig")
    if f_nas_config is not None:
        try:
            f_nas_config = _read_nas_config(NASConfig, f_nas_config)
        except PathError as exc:
            raise exc.within(".nasConfig") from None
    f_network_configuration = data.get("networkConfiguration")
    if f_network_configuration is not None:
        try:
            f_network_configuration = _read_network_config(NetworkConfig, f_network_configuration)
        except PathError as exc:
            raise exc.within(".networkConfiguration") from None
    f_oss_mount_config = data.get("ossMountConfig")
    if f_oss_mount_config is not None:
        try:
            f_oss_mount_config = _read_oss_mount_config(OSSMountConfig, f_oss_mount_config)
        except PathError as exc:
            raise exc.within(".ossMountConfig") from None
    f_port = data.get("port")
    if type(f_port) is not int and f_port is not None:
        f_port = read_scalar(f_port, "int", ".port")
    f_protocol_configuration = data.get("protocolConfiguration")
    if f_protocol_configuration is not None:
        try:
            f_protocol_configuration = _read_protocol_config(
                ProtocolConfig, f_protocol_configuration
            )
        except PathError as exc:
            raise exc.within(".protocolConfiguration") from None
    f_resource_group_id = data.get("resourceGroupId")
    if type(f_resource_group_id) is not str and f_resource_group_id is not None:
        f_resource_group_id = read_scalar(f_resource_group_id, "str", ".resourceGroupId")
    f_session_affinity_type = data.get("sessionAffinityType")
    if type(f_session_affinity_type) is not str and f_session_affinity_type is not None:
        f_session_affinity_type = read_scalar(
            f_session_affinity_type, "str", ".sessionAffinityType"
        )
    f_session_concurrency_limit_per_instance = data.get("sessionConcurrencyLimitPerInstance")
    if (
        type(f_session_concurrency_limit_per_instance) is not int
        and f_session_concurrency_limit_per_instance is not None
    ):
        f_session_concurrency_limit_per_instance = read_scalar(
            f_session_concurrency_limit_per_instance, "int", ".sessionConcurrencyLimitPerInstance"
        )
    f_session_idle_timeout_seconds = data.get("sessionIdleTimeoutSeconds")
    if (
        type(f_session_idle_timeout_seconds) is not int
        and f_session_idle_timeout_seconds is not None
    ):
        f_session_idle_timeout_seconds = read_scalar(
            f_session_idle_timeout_seconds, "int", ".sessionIdleTimeoutSeconds"
        )
    f_status = data.get("status")
    if type(f_status) is not str and f_status is not None:
        f_status = read_scalar(f_status, "str", ".status")
    f_status_reason = data.get("statusReason")
    if type(f_status_reason) is not str and f_status_reason is not None:
        f_status_reason = read_scalar(f_status_reason, "str", ".statusReason")
    f_system_tags = data.get("systemTags")
    if f_system_tags is not None:
        f_system_tags = read_list(f_system_tags, "str", ".systemTags")
    f_workspace_id = data.get("workspaceId")
    if type(f_workspace_id) is not str and f_workspace_id is not None:
        f_workspace_id = read_scalar(f_workspace_id, "str", ".workspaceId")
    self = new_instance(cls)
    self.agent_runtime_arn = f_agent_runtime_arn
    self.agent_runtime_id = f_agent_runtime_id
    self.agent_runtime_name = f_agent_runtime_name
    self.agent_runtime_version = f_agent_runtime_version
    self._artifact_type = parse_artifact_type(f_artifact_type)
    self.code_configuration = f_code_configuration
    self.container_configuration = f_container_configuration
    self.cpu = f_cpu
    self.created_at = f_created_at
    self.credential_name = f_credential_name
    self.description = f_description
    self.disable_ondemand = f_disable_ondemand
    self.disable_session_affinity = f_disable_session_affinity
    self.disk_size = f_disk_size
    self.edition = f_edition
    self.enable_session_isolation = f_enable_session_isolation
    self.environment_variables = f_environment_variables
    self.execution_role_arn = f_execution_role_arn
    self.external_agent_endpoint_url = f_external_agent_endpoint_url
    self.header_field_name = f_header_field_name
    self.health_check_configuration = f_health_check_configuration
    self.last_updated_at = f_last_updated_at
    self.log_configuration = f_log_configuration
    self.memory = f_memory
    self.nas_config = f_nas_config
    self.network_configuration = f_network_configuration
    self.oss_mount_config = f_oss_mount_config
    self.port = f_port
    self.protocol_configuration = f_protocol_configuration
    self.resource_group_id = f_resource_group_id
    self.session_affinity_type = f_session_affinity_type
    self.session_concurrency_limit_per_instance = f_session_concurrency_limit_per_instance
    self.session_idle_timeout_seconds = f_session_idle_timeout_seconds
    self._status = parse_status(f_status)
    self.status_reason = f_status_reason
    self.system_tags = f_system_tags
    self.workspace_id = f_workspace_id
    self._extra = (
        None if _AGENT_RUNTIME_KEYS.issuperset(data) else read_extra(data, _AGENT_RUNTIME_KEYS)
    )
    if cls is not AgentRuntimeFields:
        self._init_added_slots()
    return self


class AgentRuntimeEndpointFields(WireResource):
    """Fields of an agent runtime endpoint as read from the wire, plus ``extra``."""

    __slots__ = (
        "_status",
        "agent_runtime_endpoint_arn",
        "agent_runtime_endpoint_id",
        "agent_runtime_endpoint_name",
        "agent_runtime_id",
        "description",
        "disable_public_network_access",
        "endpoint_public_url",
        "routing_configuration",
        "scaling_status",
        "status_reason",
        "target_version",
    )

    _wire_schema: ClassVar[str] = "AgentRuntimeEndpoint"
    _field_names: ClassVar[tuple[str, ...]] = (
        "agent_runtime_endpoint_arn",
        "agent_runtime_endpoint_id",
        "agent_runtime_endpoint_name",
        "agent_runtime_id",
        "description",
        "disable_public_network_access",
        "endpoint_public_url",
        "routing_configuration",
        "scaling_status",
        "status",
        "status_reason",
        "target_version",
        "extra",
    )

    agent_runtime_endpoint_arn: str | None
    agent_runtime_endpoint_id: str | None
    agent_runtime_endpoint_name: str | None
    agent_runtime_id: str | None
    description: str | None
    disable_public_network_access: bool | None
    endpoint_public_url: str | None
    routing_configuration: RoutingConfig | None
    scaling_status: ScalingStatus | None
    _status: Status | str | None
    status_reason: str | None
    target_version: str | None

    def __init__(
        self,
        *,
        agent_runtime_endpoint_arn: str | None = None,
        agent_runtime_endpoint_id: str | None = None,
        agent_runtime_endpoint_name: str | None = None,
        agent_runtime_id: str | None = None,
        description: str | None = None,
        disable_public_network_access: bool | None = None,
        endpoint_public_url: str | None = None,
        routing_configuration: RoutingConfig | None = None,
        scaling_status: ScalingStatus | None = None,
        status: Status | str | None = None,
        status_reason: str | None = None,
        target_version: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.agent_runtime_endpoint_arn = agent_runtime_endpoint_arn
        self.agent_runtime_endpoint_id = agent_runtime_endpoint_id
        self.agent_runtime_endpoint_name = agent_runtime_endpoint_name
        self.agent_runtime_id = agent_runtime_id
        self.description = description
        self.disable_public_network_access = disable_public_network_access
        self.endpoint_public_url = endpoint_public_url
        self.routing_configuration = routing_configuration
        self.scaling_status = scaling_status
        self._status = parse_status(status)
        self.status_reason = status_reason
        self.target_version = target_version
        self._extra = extra
        if self.__class__ is not AgentRuntimeEndpointFields:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, AgentRuntimeEndpointFields
        ):
            return NotImplemented
        return (
            self.agent_runtime_endpoint_arn,
            self.agent_runtime_endpoint_id,
            self.agent_runtime_endpoint_name,
            self.agent_runtime_id,
            self.description,
            self.disable_public_network_access,
            self.endpoint_public_url,
            self.routing_configuration,
            self.scaling_status,
            self.status,
            self.status_reason,
            self.target_version,
            self.extra,
        ) == (
            other.agent_runtime_endpoint_arn,
            other.agent_runtime_endpoint_id,
            other.agent_runtime_endpoint_name,
            other.agent_runtime_id,
            other.description,
            other.disable_public_network_access,
            other.endpoint_public_url,
            other.routing_configuration,
            other.scaling_status,
            other.status,
            other.status_reason,
            other.target_version,
            other.extra,
        )

    @property
    def status(self) -> Status | str | None:
        """``status``; every value assigned goes through ``parse_status``."""
        return self._status

    @status.setter
    def status(self, value: Status | str | None) -> None:
        self._status = parse_status(value)

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_agent_runtime_endpoint_fields(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.agent_runtime_endpoint_arn
        if value is not None:
            out["agentRuntimeEndpointArn"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".agent_runtime_endpoint_arn")
            )
        value = self.agent_runtime_endpoint_id
        if value is not None:
            out["agentRuntimeEndpointId"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".agent_runtime_endpoint_id")
            )
        value = self.agent_runtime_endpoint_name
        if value is not None:
            out["agentRuntimeEndpointName"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".agent_runtime_endpoint_name")
            )
        value = self.agent_runtime_id
        if value is not None:
            out["agentRuntimeId"] = (
                value if type(value) is str else write_scalar(value, "str", ".agent_runtime_id")
            )
        value = self.description
        if value is not None:
            out["description"] = (
                value if type(value) is str else write_scalar(value, "str", ".description")
            )
        value = self.disable_public_network_access
        if value is not None:
            out["disablePublicNetworkAccess"] = (
                value
                if type(value) is bool
                else write_scalar(value, "bool", ".disable_public_network_access")
            )
        value = self.endpoint_public_url
        if value is not None:
            out["endpointPublicUrl"] = (
                value if type(value) is str else write_scalar(value, "str", ".endpoint_public_url")
            )
        value = self.routing_configuration
        if value is not None:
            if not isinstance(value, RoutingConfig):
                raise wrong_model(value, "RoutingConfig", ".routing_configuration")
            try:
                out["routingConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".routing_configuration") from None
        value = self.scaling_status
        if value is not None:
            if not isinstance(value, ScalingStatus):
                raise wrong_model(value, "ScalingStatus", ".scaling_status")
            try:
                out["scalingStatus"] = value._write()
            except PathError as exc:
                raise exc.within(".scaling_status") from None
        value = self.status
        if value is not None:
            out["status"] = value if type(value) is str else write_scalar(value, "str", ".status")
        value = self.status_reason
        if value is not None:
            out["statusReason"] = (
                value if type(value) is str else write_scalar(value, "str", ".status_reason")
            )
        value = self.target_version
        if value is not None:
            out["targetVersion"] = (
                value if type(value) is str else write_scalar(value, "str", ".target_version")
            )
        return out


_AgentRuntimeEndpointFieldsT = TypeVar(
    "_AgentRuntimeEndpointFieldsT", bound="AgentRuntimeEndpointFields"
)


def _read_agent_runtime_endpoint_fields(
    cls: type[_AgentRuntimeEndpointFieldsT], data: object
) -> _AgentRuntimeEndpointFieldsT:
    if type(data) is not dict:
        data = read_object(data)
    f_agent_runtime_endpoint_arn = data.get("agentRuntimeEndpointArn")
    if type(f_agent_runtime_endpoint_arn) is not str and f_agent_runtime_endpoint_arn is not None:
        f_agent_runtime_endpoint_arn = read_scalar(
            f_agent_runtime_endpoint_arn, "str", ".agentRuntimeEndpointArn"
        )
    f_agent_runtime_endpoint_id = data.get("agentRuntimeEndpointId")
    if type(f_agent_runtime_endpoint_id) is not str and f_agent_runtime_endpoint_id is not None:
        f_agent_runtime_endpoint_id = read_scalar(
            f_agent_runtime_endpoint_id, "str", ".agentRuntimeEndpointId"
        )
    f_agent_runtime_endpoint_name = data.get("agentRuntimeEndpointName")
    if type(f_agent_runtime_endpoint_name) is not str and f_agent_runtime_endpoint_name is not None:
        f_agent_runtime_endpoint_name = read_scalar(
            f_agent_runtime_endpoint_name, "str", ".agentRuntimeEndpointName"
        )
    f_agent_runtime_id = data.get("agentRuntimeId")
    if type(f_agent_runtime_id) is not str and f_agent_runtime_id is not None:
        f_agent_runtime_id = read_scalar(f_agent_runtime_id, "str", ".agentRuntimeId")
    f_description = data.get("description")
    if type(f_description) is not str and f_description is not None:
        f_description = read_scalar(f_description, "str", ".description")
    f_disable_public_network_access = data.get("disablePublicNetworkAccess")
    if (
        type(f_disable_public_network_access) is not bool
        and f_disable_public_network_access is not None
    ):
        f_disable_public_network_access = read_scalar(
            f_disable_public_network_access, "bool", ".disablePublicNetworkAccess"
        )
    f_endpoint_public_url = data.get("endpointPublicUrl")
    if type(f_endpoint_public_url) is not str and f_endpoint_public_url is not None:
        f_endpoint_public_url = read_scalar(f_endpoint_public_url, "str", ".endpointPublicUrl")
    f_routing_configuration = data.get("routingConfiguration")
    if f_routing_configuration is not None:
        try:
            f_routing_configuration = _read_routing_config(RoutingConfig, f_routing_configuration)
        except PathError as exc:
            raise exc.within(".routingConfiguration") from None
    f_scaling_status = data.get("scalingStatus")
    if f_scaling_status is not None:
        try:
            f_scaling_status = _read_scaling_status(ScalingStatus, f_scaling_status)
        except PathError as exc:
            raise exc.within(".scalingStatus") from None
    f_status = data.get("status")
    if type(f_status) is not str and f_status is not None:
        f_status = read_scalar(f_status, "str", ".status")
    f_status_reason = data.get("statusReason")
    if type(f_status_reason) is not str and f_status_reason is not None:
        f_status_reason = read_scalar(f_status_reason, "str", ".statusReason")
    f_target_version = data.get("targetVersion")
    if type(f_target_version) is not str and f_target_version is not None:
        f_target_version = read_scalar(f_target_version, "str", ".targetVersion")
    self = new_instance(cls)
    self.agent_runtime_endpoint_arn = f_agent_runtime_endpoint_arn
    self.agent_runtime_endpoint_id = f_agent_runtime_endpoint_id
    self.agent_runtime_endpoint_name = f_agent_runtime_endpoint_name
    self.agent_runtime_id = f_agent_runtime_id
    self.description = f_description
    self.disable_public_network_access = f_disable_public_network_access
    self.endpoint_public_url = f_endpoint_public_url
    self.routing_configuration = f_routing_configuration
    self.scaling_status = f_scaling_status
    self._status = parse_status(f_status)
    self.status_reason = f_status_reason
    self.target_version = f_target_version
    self._extra = (
        None
        if _AGENT_RUNTIME_ENDPOINT_KEYS.issuperset(data)
        else read_extra(data, _AGENT_RUNTIME_ENDPOINT_KEYS)
    )
    if cls is not AgentRuntimeEndpointFields:
        self._init_added_slots()
    return self


class AgentRuntimeVersion(WireResource):
    """A published version of an agent runtime, plus ``extra``."""

    __slots__ = (
        "agent_runtime_arn",
        "agent_runtime_id",
        "agent_runtime_name",
        "agent_runtime_version",
        "description",
        "last_updated_at",
    )

    _wire_schema: ClassVar[str] = "AgentRuntimeVersion"
    _field_names: ClassVar[tuple[str, ...]] = (
        "agent_runtime_arn",
        "agent_runtime_id",
        "agent_runtime_name",
        "agent_runtime_version",
        "description",
        "last_updated_at",
        "extra",
    )

    agent_runtime_arn: str | None
    agent_runtime_id: str | None
    agent_runtime_name: str | None
    agent_runtime_version: str | None
    description: str | None
    last_updated_at: str | None

    def __init__(
        self,
        *,
        agent_runtime_arn: str | None = None,
        agent_runtime_id: str | None = None,
        agent_runtime_name: str | None = None,
        agent_runtime_version: str | None = None,
        description: str | None = None,
        last_updated_at: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.agent_runtime_arn = agent_runtime_arn
        self.agent_runtime_id = agent_runtime_id
        self.agent_runtime_name = agent_runtime_name
        self.agent_runtime_version = agent_runtime_version
        self.description = description
        self.last_updated_at = last_updated_at
        self._extra = extra
        if self.__class__ is not AgentRuntimeVersion:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AgentRuntimeVersion):
            return NotImplemented
        return (
            self.agent_runtime_arn,
            self.agent_runtime_id,
            self.agent_runtime_name,
            self.agent_runtime_version,
            self.description,
            self.last_updated_at,
            self.extra,
        ) == (
            other.agent_runtime_arn,
            other.agent_runtime_id,
            other.agent_runtime_name,
            other.agent_runtime_version,
            other.description,
            other.last_updated_at,
            other.extra,
        )

    @property
    def last_updated_at_datetime(self) -> datetime | None:
        """``last_updated_at`` parsed, or ``None``."""
        return parse_timestamp(self.last_updated_at)

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_agent_runtime_version(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.agent_runtime_arn
        if value is not None:
            out["agentRuntimeArn"] = (
                value if type(value) is str else write_scalar(value, "str", ".agent_runtime_arn")
            )
        value = self.agent_runtime_id
        if value is not None:
            out["agentRuntimeId"] = (
                value if type(value) is str else write_scalar(value, "str", ".agent_runtime_id")
            )
        value = self.agent_runtime_name
        if value is not None:
            out["agentRuntimeName"] = (
                value if type(value) is str else write_scalar(value, "str", ".agent_runtime_name")
            )
        value = self.agent_runtime_version
        if value is not None:
            out["agentRuntimeVersion"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".agent_runtime_version")
            )
        value = self.description
        if value is not None:
            out["description"] = (
                value if type(value) is str else write_scalar(value, "str", ".description")
            )
        value = self.last_updated_at
        if value is not None:
            out["lastUpdatedAt"] = (
                value if type(value) is str else write_scalar(value, "str", ".last_updated_at")
            )
        return out


_AgentRuntimeVersionT = TypeVar("_AgentRuntimeVersionT", bound="AgentRuntimeVersion")


def _read_agent_runtime_version(
    cls: type[_AgentRuntimeVersionT], data: object
) -> _AgentRuntimeVersionT:
    if type(data) is not dict:
        data = read_object(data)
    f_agent_runtime_arn = data.get("agentRuntimeArn")
    if type(f_agent_runtime_arn) is not str and f_agent_runtime_arn is not None:
        f_agent_runtime_arn = read_scalar(f_agent_runtime_arn, "str", ".agentRuntimeArn")
    f_agent_runtime_id = data.get("agentRuntimeId")
    if type(f_agent_runtime_id) is not str and f_agent_runtime_id is not None:
        f_agent_runtime_id = read_scalar(f_agent_runtime_id, "str", ".agentRuntimeId")
    f_agent_runtime_name = data.get("agentRuntimeName")
    if type(f_agent_runtime_name) is not str and f_agent_runtime_name is not None:
        f_agent_runtime_name = read_scalar(f_agent_runtime_name, "str", ".agentRuntimeName")
    f_agent_runtime_version = data.get("agentRuntimeVersion")
    if type(f_agent_runtime_version) is not str and f_agent_runtime_version is not None:
        f_agent_runtime_version = read_scalar(
            f_agent_runtime_version, "str", ".agentRuntimeVersion"
        )
    f_description = data.get("description")
    if type(f_description) is not str and f_description is not None:
        f_description = read_scalar(f_description, "str", ".description")
    f_last_updated_at = data.get("lastUpdatedAt")
    if type(f_last_updated_at) is not str and f_last_updated_at is not None:
        f_last_updated_at = read_scalar(f_last_updated_at, "str", ".lastUpdatedAt")
    self = new_instance(cls)
    self.agent_runtime_arn = f_agent_runtime_arn
    self.agent_runtime_id = f_agent_runtime_id
    self.agent_runtime_name = f_agent_runtime_name
    self.agent_runtime_version = f_agent_runtime_version
    self.description = f_description
    self.last_updated_at = f_last_updated_at
    self._extra = (
        None
        if _AGENT_RUNTIME_VERSION_KEYS.issuperset(data)
        else read_extra(data, _AGENT_RUNTIME_VERSION_KEYS)
    )
    if cls is not AgentRuntimeVersion:
        self._init_added_slots()
    return self


class AgentRuntimeCreateFields(WireModel):
    """Fields of the CreateAgentRuntime body (see ``AgentRuntimeCreateInput``).

    Units: ``cpu`` in cores, ``memory`` in MB, ``disk_size`` in GB,
    ``session_idle_timeout_seconds`` in seconds.
    """

    __slots__ = (
        "agent_runtime_name",
        "arms_configuration",
        "artifact_type",
        "code_configuration",
        "container_configuration",
        "cpu",
        "credential_id",
        "credential_name",
        "description",
        "disable_ondemand",
        "disable_session_affinity",
        "disk_size",
        "edition",
        "enable_session_isolation",
        "environment_variables",
        "execution_role_arn",
        "external_agent_endpoint_url",
        "header_field_name",
        "health_check_configuration",
        "log_configuration",
        "memory",
        "nas_config",
        "network_configuration",
        "oss_mount_config",
        "port",
        "protocol_configuration",
        "resource_group_id",
        "session_affinity_type",
        "session_concurrency_limit_per_instance",
        "session_idle_timeout_seconds",
        "system_tags",
        "workspace_id",
    )

    _wire_schema: ClassVar[str] = "CreateAgentRuntimeInput"
    _field_names: ClassVar[tuple[str, ...]] = (
        "agent_runtime_name",
        "arms_configuration",
        "artifact_type",
        "code_configuration",
        "container_configuration",
        "cpu",
        "credential_id",
        "credential_name",
        "description",
        "disable_ondemand",
        "disable_session_affinity",
        "disk_size",
        "edition",
        "enable_session_isolation",
        "environment_variables",
        "execution_role_arn",
        "external_agent_endpoint_url",
        "header_field_name",
        "health_check_configuration",
        "log_configuration",
        "memory",
        "nas_config",
        "network_configuration",
        "oss_mount_config",
        "port",
        "protocol_configuration",
        "resource_group_id",
        "session_affinity_type",
        "session_concurrency_limit_per_instance",
        "session_idle_timeout_seconds",
        "system_tags",
        "workspace_id",
        "extra",
    )
    _field_reprs: ClassVar[Mapping[str, Callable[[Any], str]]] = {
        "environment_variables": redacted_values
    }

    agent_runtime_name: str | None
    arms_configuration: ArmsConfig | None
    artifact_type: ArtifactType | str | None
    code_configuration: AgentRuntimeCode | None
    container_configuration: AgentRuntimeContainer | None
    cpu: float | None
    credential_id: str | None
    credential_name: str | None
    description: str | None
    disable_ondemand: bool | None
    disable_session_affinity: bool | None
    disk_size: int | None
    edition: str | None
    enable_session_isolation: bool | None
    environment_variables: dict[str, str] | None
    execution_role_arn: str | None
    external_agent_endpoint_url: str | None
    header_field_name: str | None
    health_check_configuration: HealthCheckConfig | None
    log_configuration: LogConfig | None
    memory: int | None
    nas_config: NASConfig | None
    network_configuration: NetworkConfig | None
    oss_mount_config: OSSMountConfig | None
    port: int | None
    protocol_configuration: ProtocolConfig | None
    resource_group_id: str | None
    session_affinity_type: SessionAffinityType | str | None
    session_concurrency_limit_per_instance: int | None
    session_idle_timeout_seconds: int | None
    system_tags: list[str] | None
    workspace_id: str | None

    def __init__(
        self,
        *,
        agent_runtime_name: str | None = None,
        arms_configuration: ArmsConfig | None = None,
        artifact_type: ArtifactType | str | None = None,
        code_configuration: AgentRuntimeCode | None = None,
        container_configuration: AgentRuntimeContainer | None = None,
        cpu: float | None = 2,
        credential_id: str | None = None,
        credential_name: str | None = None,
        description: str | None = None,
        disable_ondemand: bool | None = None,
        disable_session_affinity: bool | None = None,
        disk_size: int | None = None,
        edition: str | None = None,
        enable_session_isolation: bool | None = None,
        environment_variables: dict[str, str] | None = None,
        execution_role_arn: str | None = None,
        external_agent_endpoint_url: str | None = None,
        header_field_name: str | None = None,
        health_check_configuration: HealthCheckConfig | None = None,
        log_configuration: LogConfig | None = None,
        memory: int | None = 4096,
        nas_config: NASConfig | None = None,
        network_configuration: NetworkConfig | None = None,
        oss_mount_config: OSSMountConfig | None = None,
        port: int | None = 9000,
        protocol_configuration: ProtocolConfig | None = None,
        resource_group_id: str | None = None,
        session_affinity_type: SessionAffinityType | str | None = None,
        session_concurrency_limit_per_instance: int | None = None,
        session_idle_timeout_seconds: int | None = None,
        system_tags: list[str] | None = None,
        workspace_id: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.agent_runtime_name = agent_runtime_name
        self.arms_configuration = arms_configuration
        self.artifact_type = artifact_type
        self.code_configuration = code_configuration
        self.container_configuration = container_configuration
        self.cpu = cpu
        self.credential_id = credential_id
        self.credential_name = credential_name
        self.description = description
        self.disable_ondemand = disable_ondemand
        self.disable_session_affinity = disable_session_affinity
        self.disk_size = disk_size
        self.edition = edition
        self.enable_session_isolation = enable_session_isolation
        self.environment_variables = environment_variables
        self.execution_role_arn = execution_role_arn
        self.external_agent_endpoint_url = external_agent_endpoint_url
        self.header_field_name = header_field_name
        self.health_check_configuration = health_check_configuration
        self.log_configuration = log_configuration
        self.memory = memory
        self.nas_config = nas_config
        self.network_configuration = network_configuration
        self.oss_mount_config = oss_mount_config
        self.port = port
        self.protocol_configuration = protocol_configuration
        self.resource_group_id = resource_group_id
        self.session_affinity_type = session_affinity_type
        self.session_concurrency_limit_per_instance = session_concurrency_limit_per_instance
        self.session_idle_timeout_seconds = session_idle_timeout_seconds
        self.system_tags = system_tags
        self.workspace_id = workspace_id
        self._extra = extra
        if self.__class__ is not AgentRuntimeCreateFields:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AgentRuntimeCreateFields):
            return NotImplemented
        return (
            self.agent_runtime_name,
            self.arms_configuration,
            self.artifact_type,
            self.code_configuration,
            self.container_configuration,
            self.cpu,
            self.credential_id,
            self.credential_name,
            self.description,
            self.disable_ondemand,
            self.disable_session_affinity,
            self.disk_size,
            self.edition,
            self.enable_session_isolation,
            self.environment_variables,
            self.execution_role_arn,
            self.external_agent_endpoint_url,
            self.header_field_name,
            self.health_check_configuration,
            self.log_configuration,
            self.memory,
            self.nas_config,
            self.network_configuration,
            self.oss_mount_config,
            self.port,
            self.protocol_configuration,
            self.resource_group_id,
            self.session_affinity_type,
            self.session_concurrency_limit_per_instance,
            self.session_idle_timeout_seconds,
            self.system_tags,
            self.workspace_id,
            self.extra,
        ) == (
            other.agent_runtime_name,
            other.arms_configuration,
            other.artifact_type,
            other.code_configuration,
            other.container_configuration,
            other.cpu,
            other.credential_id,
            other.credential_name,
            other.description,
            other.disable_ondemand,
            other.disable_session_affinity,
            other.disk_size,
            other.edition,
            other.enable_session_isolation,
            other.environment_variables,
            other.execution_role_arn,
            other.external_agent_endpoint_url,
            other.header_field_name,
            other.health_check_configuration,
            other.log_configuration,
            other.memory,
            other.nas_config,
            other.network_configuration,
            other.oss_mount_config,
            other.port,
            other.protocol_configuration,
            other.resource_group_id,
            other.session_affinity_type,
            other.session_concurrency_limit_per_instance,
            other.session_idle_timeout_seconds,
            other.system_tags,
            other.workspace_id,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_agent_runtime_create_fields(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.agent_runtime_name
        if value is None:
            raise PathError(".agent_runtime_name", " is required")
        out["agentRuntimeName"] = (
            value if type(value) is str else write_scalar(value, "str", ".agent_runtime_name")
        )
        value = self.artifact_type
        if value is None:
            raise PathError(".artifact_type", " is required")
        out["artifactType"] = (
            value if type(value) is str else write_scalar(value, "str", ".artifact_type")
        )
        value = self.cpu
        if value is None:
            raise PathError(".cpu", " is required")
        out["cpu"] = value if type(value) is float else write_scalar(value, "float", ".cpu")
        value = self.memory
        if value is None:
            raise PathError(".memory", " is required")
        out["memory"] = value if type(value) is int else write_scalar(value, "int", ".memory")
        value = self.network_configuration
        if value is None:
            raise PathError(".network_configuration", " is required")
        if not isinstance(value, NetworkConfig):
            raise wrong_model(value, "NetworkConfig", ".network_configuration")
        try:
            out["networkConfiguration"] = value._write()
        except PathError as exc:
            raise exc.within(".network_configuration") from None
        value = self.port
        if value is None:
            raise PathError(".port", " is required")
        out["port"] = value if type(value) is int else write_scalar(value, "int", ".port")
        value = self.arms_configuration
        if value is not None:
            if not isinstance(value, ArmsConfig):
                raise wrong_model(value, "ArmsConfig", ".arms_configuration")
            try:
                out["armsConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".arms_configuration") from None
        value = self.code_configuration
        if value is not None:
            if not isinstance(value, AgentRuntimeCode):
                raise wrong_model(value, "AgentRuntimeCode", ".code_configuration")
            try:
                out["codeConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".code_configuration") from None
        value = self.container_configuration
        if value is not None:
            if not isinstance(value, AgentRuntimeContainer):
                raise wrong_model(value, "AgentRuntimeContainer", ".container_configuration")
            try:
                out["containerConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".container_configuration") from None
        value = self.credential_id
        if value is not None:
            out["credentialId"] = (
                value if type(value) is str else write_scalar(value, "str", ".credential_id")
            )
        value = self.credential_name
        if value is not None:
            out["credentialName"] = (
                value if type(value) is str else write_scalar(value, "str", ".credential_name")
            )
        value = self.description
        if value is not None:
            out["description"] = (
                value if type(value) is str else write_scalar(value, "str", ".description")
            )
        value = self.disable_ondemand
        if value is not None:
            out["disableOndemand"] = (
                value if type(value) is bool else write_scalar(value, "bool", ".disable_ondemand")
            )
        value = self.disable_session_affinity
        if value is not None:
            out["disableSessionAffinity"] = (
                value
                if type(value) is bool
                else write_scalar(value, "bool", ".disable_session_affinity")
            )
        value = self.disk_size
        if value is not None:
            out["diskSize"] = (
                value if type(value) is int else write_scalar(value, "int", ".disk_size")
            )
        value = self.edition
        if value is not None:
            out["edition"] = value if type(value) is str else write_scalar(value, "str", ".edition")
        value = self.enable_session_isolation
        if value is not None:
            out["enableSessionIsolation"] = (
                value
                if type(value) is bool
                else write_scalar(value, "bool", ".enable_session_isolation")
            )
        value = self.environment_variables
        if value is not None:
            out["environmentVariables"] = write_map(value, "str", ".environment_variables")
        value = self.execution_role_arn
        if value is not None:
            out["executionRoleArn"] = (
                value if type(value) is str else write_scalar(value, "str", ".execution_role_arn")
            )
        value = self.external_agent_endpoint_url
        if value is not None:
            out["externalAgentEndpointUrl"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".external_agent_endpoint_url")
            )
        value = self.header_field_name
        if value is not None:
            out["headerFieldName"] = (
                value if type(value) is str else write_scalar(value, "str", ".header_field_name")
            )
        value = self.health_check_configuration
        if value is not None:
            if not isinstance(value, HealthCheckConfig):
                raise wrong_model(value, "HealthCheckConfig", ".health_check_configuration")
            try:
                out["healthCheckConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".health_check_configuration") from None
        value = self.log_configuration
        if value is not None:
            if not isinstance(value, LogConfig):
                raise wrong_model(value, "LogConfig", ".log_configuration")
            try:
                out["logConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".log_configuration") from None
        value = self.nas_config
        if value is not None:
            if not isinstance(value, NASConfig):
                raise wrong_model(value, "NASConfig", ".nas_config")
            try:
                out["nasConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".nas_config") from None
        value = self.oss_mount_config
        if value is not None:
            if not isinstance(value, OSSMountConfig):
                raise wrong_model(value, "OSSMountConfig", ".oss_mount_config")
            try:
                out["ossMountConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".oss_mount_config") from None
        value = self.protocol_configuration
        if value is not None:
            if not isinstance(value, ProtocolConfig):
                raise wrong_model(value, "ProtocolConfig", ".protocol_configuration")
            try:
                out["protocolConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".protocol_configuration") from None
        value = self.resource_group_id
        if value is not None:
            out["resourceGroupId"] = (
                value if type(value) is str else write_scalar(value, "str", ".resource_group_id")
            )
        value = self.session_affinity_type
        if value is not None:
            out["sessionAffinityType"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".session_affinity_type")
            )
        value = self.session_concurrency_limit_per_instance
        if value is not None:
            out["sessionConcurrencyLimitPerInstance"] = (
                value
                if type(value) is int
                else write_scalar(value, "int", ".session_concurrency_limit_per_instance")
            )
        value = self.session_idle_timeout_seconds
        if value is not None:
            out["sessionIdleTimeoutSeconds"] = (
                value
                if type(value) is int
                else write_scalar(value, "int", ".session_idle_timeout_seconds")
            )
        value = self.system_tags
        if value is not None:
            out["systemTags"] = write_list(value, "str", ".system_tags")
        value = self.workspace_id
        if value is not None:
            out["workspaceId"] = (
                value if type(value) is str else write_scalar(value, "str", ".workspace_id")
            )
        return out


_AgentRuntimeCreateFieldsT = TypeVar("_AgentRuntimeCreateFieldsT", bound="AgentRuntimeCreateFields")


def _read_agent_runtime_create_fields(
    cls: type[_AgentRuntimeCreateFieldsT], data: object
) -> _AgentRuntimeCreateFieldsT:
    if type(data) is not dict:
        data = read_object(data)
    f_agent_runtime_name = data.get("agentRuntimeName")
    if type(f_agent_runtime_name) is not str and f_agent_runtime_name is not None:
        f_agent_runtime_name = read_scalar(f_agent_runtime_name, "str", ".agentRuntimeName")
    f_arms_configuration = data.get("armsConfiguration")
    if f_arms_configuration is not None:
        try:
            f_arms_configuration = _read_arms_config(ArmsConfig, f_arms_configuration)
        except PathError as exc:
            raise exc.within(".armsConfiguration") from None
    f_artifact_type = data.get("artifactType")
    if type(f_artifact_type) is not str and f_artifact_type is not None:
        f_artifact_type = read_scalar(f_artifact_type, "str", ".artifactType")
    f_code_configuration = data.get("codeConfiguration")
    if f_code_configuration is not None:
        try:
            f_code_configuration = _read_agent_runtime_code(AgentRuntimeCode, f_code_configuration)
        except PathError as exc:
            raise exc.within(".codeConfiguration") from None
    f_container_configuration = data.get("containerConfiguration")
    if f_container_configuration is not None:
        try:
            f_container_configuration = _read_agent_runtime_container(
                AgentRuntimeContainer, f_container_configuration
            )
        except PathError as exc:
            raise exc.within(".containerConfiguration") from None
    f_cpu = data.get("cpu")
    if type(f_cpu) is not float and type(f_cpu) is not int and f_cpu is not None:
        f_cpu = read_scalar(f_cpu, "float", ".cpu")
    f_credential_id = data.get("credentialId")
    if type(f_credential_id) is not str and f_credential_id is not None:
        f_credential_id = read_scalar(f_credential_id, "str", ".credentialId")
    f_credential_name = data.get("credentialName")
    if type(f_credential_name) is not str and f_credential_name is not None:
        f_credential_name = read_scalar(f_credential_name, "str", ".credentialName")
    f_description = data.get("description")
    if type(f_description) is not str and f_description is not None:
        f_description = read_scalar(f_description, "str", ".description")
    f_disable_ondemand = data.get("disableOndemand")
    if type(f_disable_ondemand) is not bool and f_disable_ondemand is not None:
        f_disable_ondemand = read_scalar(f_disable_ondemand, "bool", ".disableOndemand")
    f_disable_session_affinity = data.get("disableSessionAffinity")
    if type(f_disable_session_affinity) is not bool and f_disable_session_affinity is not None:
        f_disable_session_affinity = read_scalar(
            f_disable_session_affinity, "bool", ".disableSessionAffinity"
        )
    f_disk_size = data.get("diskSize")
    if type(f_disk_size) is not int and f_disk_size is not None:
        f_disk_size = read_scalar(f_disk_size, "int", ".diskSize")
    f_edition = data.get("edition")
    if type(f_edition) is not str and f_edition is not None:
        f_edition = read_scalar(f_edition, "str", ".edition")
    f_enable_session_isolation = data.get("enableSessionIsolation")
    if type(f_enable_session_isolation) is not bool and f_enable_session_isolation is not None:
        f_enable_session_isolation = read_scalar(
            f_enable_session_isolation, "bool", ".enableSessionIsolation"
        )
    f_environment_variables = data.get("environmentVariables")
    if f_environment_variables is not None:
        f_environment_variables = read_map(f_environment_variables, "str", ".environmentVariables")
    f_execution_role_arn = data.get("executionRoleArn")
    if type(f_execution_role_arn) is not str and f_execution_role_arn is not None:
        f_execution_role_arn = read_scalar(f_execution_role_arn, "str", ".executionRoleArn")
    f_external_agent_endpoint_url = data.get("externalAgentEndpointUrl")
    if type(f_external_agent_endpoint_url) is not str and f_external_agent_endpoint_url is not None:
        f_external_agent_endpoint_url = read_scalar(
            f_external_agent_endpoint_url, "str", ".externalAgentEndpointUrl"
        )
    f_header_field_name = data.get("headerFieldName")
    if type(f_header_field_name) is not str and f_header_field_name is not None:
        f_header_field_name = read_scalar(f_header_field_name, "str", ".headerFieldName")
    f_health_check_configuration = data.get("healthCheckConfiguration")
    if f_health_check_configuration is not None:
        try:
            f_health_check_configuration = _read_health_check_config(
                HealthCheckConfig, f_health_check_configuration
            )
        except PathError as exc:
            raise exc.within(".healthCheckConfiguration") from None
    f_log_configuration = data.get("logConfiguration")
    if f_log_configuration is not None:
        try:
            f_log_configuration = _read_log_config(LogConfig, f_log_configuration)
        except PathError as exc:
            raise exc.within(".logConfiguration") from None
    f_memory = data.get("memory")
    if type(f_memory) is not int and f_memory is not None:
        f_memory = read_scalar(f_memory, "int", ".memory")
    f_nas_config = data.get("nasConfig")
    if f_nas_config is not None:
        try:
            f_nas_config = _read_nas_config(NASConfig, f_nas_config)
        except PathError as exc:
            raise exc.within(".nasConfig") from None
    f_network_configuration = data.get("networkConfiguration")
    if f_network_configuration is not None:
        try:
            f_network_configuration = _read_network_config(NetworkConfig, f_network_configuration)
        except PathError as exc:
            raise exc.within(".networkConfiguration") from None
    f_oss_mount_config = data.get("ossMountConfig")
    if f_oss_mount_config is not None:
        try:
            f_oss_mount_config = _read_oss_mount_config(OSSMountConfig, f_oss_mount_config)
        except PathError as exc:
            raise exc.within(".ossMountConfig") from None
    f_port = data.get("port")
    if type(f_port) is not int and f_port is not None:
        f_port = read_scalar(f_port, "int", ".port")
    f_protocol_configuration = data.get("protocolConfiguration")
    if f_protocol_configuration is not None:
        try:
            f_protocol_configuration = _read_protocol_config(
                ProtocolConfig, f_protocol_configuration
            )
        except PathError as exc:
            raise exc.within(".protocolConfiguration") from None
    f_resource_group_id = data.get("resourceGroupId")
    if type(f_resource_group_id) is not str and f_resource_group_id is not None:
        f_resource_group_id = read_scalar(f_resource_group_id, "str", ".resourceGroupId")
    f_session_affinity_type = data.get("sessionAffinityType")
    if type(f_session_affinity_type) is not str and f_session_affinity_type is not None:
        f_session_affinity_type = read_scalar(
            f_session_affinity_type, "str", ".sessionAffinityType"
        )
    f_session_concurrency_limit_per_instance = data.get("sessionConcurrencyLimitPerInstance")
    if (
        type(f_session_concurrency_limit_per_instance) is not int
        and f_session_concurrency_limit_per_instance is not None
    ):
        f_session_concurrency_limit_per_instance = read_scalar(
            f_session_concurrency_limit_per_instance, "int", ".sessionConcurrencyLimitPerInstance"
        )
    f_session_idle_timeout_seconds = data.get("sessionIdleTimeoutSeconds")
    if (
        type(f_session_idle_timeout_seconds) is not int
        and f_session_idle_timeout_seconds is not None
    ):
        f_session_idle_timeout_seconds = read_scalar(
            f_session_idle_timeout_seconds, "int", ".sessionIdleTimeoutSeconds"
        )
    f_system_tags = data.get("systemTags")
    if f_system_tags is not None:
        f_system_tags = read_list(f_system_tags, "str", ".systemTags")
    f_workspace_id = data.get("workspaceId")
    if type(f_workspace_id) is not str and f_workspace_id is not None:
        f_workspace_id = read_scalar(f_workspace_id, "str", ".workspaceId")
    self = new_instance(cls)
    self.agent_runtime_name = f_agent_runtime_name
    self.arms_configuration = f_arms_configuration
    self.artifact_type = f_artifact_type
    self.code_configuration = f_code_configuration
    self.container_configuration = f_container_configuration
    self.cpu = f_cpu
    self.credential_id = f_credential_id
    self.credential_name = f_credential_name
    self.description = f_description
    self.disable_ondemand = f_disable_ondemand
    self.disable_session_affinity = f_disable_session_affinity
    self.disk_size = f_disk_size
    self.edition = f_edition
    self.enable_session_isolation = f_enable_session_isolation
    self.environment_variables = f_environment_variables
    self.execution_role_arn = f_execution_role_arn
    self.external_agent_endpoint_url = f_external_agent_endpoint_url
    self.header_field_name = f_header_field_name
    self.health_check_configuration = f_health_check_configuration
    self.log_configuration = f_log_configuration
    self.memory = f_memory
    self.nas_config = f_nas_config
    self.network_configuration = f_network_configuration
    self.oss_mount_config = f_oss_mount_config
    self.port = f_port
    self.protocol_configuration = f_protocol_configuration
    self.resource_group_id = f_resource_group_id
    self.session_affinity_type = f_session_affinity_type
    self.session_concurrency_limit_per_instance = f_session_concurrency_limit_per_instance
    self.session_idle_timeout_seconds = f_session_idle_timeout_seconds
    self.system_tags = f_system_tags
    self.workspace_id = f_workspace_id
    self._extra = (
        None
        if _CREATE_AGENT_RUNTIME_INPUT_KEYS.issuperset(data)
        else read_extra(data, _CREATE_AGENT_RUNTIME_INPUT_KEYS)
    )
    if cls is not AgentRuntimeCreateFields:
        self._init_added_slots()
    return self


class AgentRuntimeUpdateInput(WireModel):
    """Body of UpdateAgentRuntime; only fields set to a value are sent."""

    __slots__ = (
        "agent_runtime_name",
        "arms_configuration",
        "artifact_type",
        "code_configuration",
        "container_configuration",
        "cpu",
        "credential_name",
        "description",
        "disable_ondemand",
        "disable_session_affinity",
        "disk_size",
        "edition",
        "enable_session_isolation",
        "environment_variables",
        "execution_role_arn",
        "external_agent_endpoint_url",
        "force_evict_instances",
        "header_field_name",
        "health_check_configuration",
        "log_configuration",
        "memory",
        "nas_config",
        "network_configuration",
        "oss_mount_config",
        "port",
        "protocol_configuration",
        "session_affinity_type",
        "session_concurrency_limit_per_instance",
        "session_idle_timeout_seconds",
        "system_tags",
        "workspace_id",
    )

    _wire_schema: ClassVar[str] = "UpdateAgentRuntimeInput"
    _field_names: ClassVar[tuple[str, ...]] = (
        "agent_runtime_name",
        "arms_configuration",
        "artifact_type",
        "code_configuration",
        "container_configuration",
        "cpu",
        "credential_name",
        "description",
        "disable_ondemand",
        "disable_session_affinity",
        "disk_size",
        "edition",
        "enable_session_isolation",
        "environment_variables",
        "execution_role_arn",
        "external_agent_endpoint_url",
        "force_evict_instances",
        "header_field_name",
        "health_check_configuration",
        "log_configuration",
        "memory",
        "nas_config",
        "network_configuration",
        "oss_mount_config",
        "port",
        "protocol_configuration",
        "session_affinity_type",
        "session_concurrency_limit_per_instance",
        "session_idle_timeout_seconds",
        "system_tags",
        "workspace_id",
        "extra",
    )
    _field_reprs: ClassVar[Mapping[str, Callable[[Any], str]]] = {
        "environment_variables": redacted_values
    }

    agent_runtime_name: str | None
    arms_configuration: ArmsConfig | None
    artifact_type: ArtifactType | str | None
    code_configuration: AgentRuntimeCode | None
    container_configuration: AgentRuntimeContainer | None
    cpu: float | None
    credential_name: str | None
    description: str | None
    disable_ondemand: bool | None
    disable_session_affinity: bool | None
    disk_size: int | None
    edition: str | None
    enable_session_isolation: bool | None
    environment_variables: dict[str, str] | None
    execution_role_arn: str | None
    external_agent_endpoint_url: str | None
    force_evict_instances: bool | None
    header_field_name: str | None
    health_check_configuration: HealthCheckConfig | None
    log_configuration: LogConfig | None
    memory: int | None
    nas_config: NASConfig | None
    network_configuration: NetworkConfig | None
    oss_mount_config: OSSMountConfig | None
    port: int | None
    protocol_configuration: ProtocolConfig | None
    session_affinity_type: SessionAffinityType | str | None
    session_concurrency_limit_per_instance: int | None
    session_idle_timeout_seconds: int | None
    system_tags: list[str] | None
    workspace_id: str | None

    def __init__(
        self,
        *,
        agent_runtime_name: str | None = None,
        arms_configuration: ArmsConfig | None = None,
        artifact_type: ArtifactType | str | None = None,
        code_configuration: AgentRuntimeCode | None = None,
        container_configuration: AgentRuntimeContainer | None = None,
        cpu: float | None = None,
        credential_name: str | None = None,
        description: str | None = None,
        disable_ondemand: bool | None = None,
        disable_session_affinity: bool | None = None,
        disk_size: int | None = None,
        edition: str | None = None,
        enable_session_isolation: bool | None = None,
        environment_variables: dict[str, str] | None = None,
        execution_role_arn: str | None = None,
        external_agent_endpoint_url: str | None = None,
        force_evict_instances: bool | None = None,
        header_field_name: str | None = None,
        health_check_configuration: HealthCheckConfig | None = None,
        log_configuration: LogConfig | None = None,
        memory: int | None = None,
        nas_config: NASConfig | None = None,
        network_configuration: NetworkConfig | None = None,
        oss_mount_config: OSSMountConfig | None = None,
        port: int | None = None,
        protocol_configuration: ProtocolConfig | None = None,
        session_affinity_type: SessionAffinityType | str | None = None,
        session_concurrency_limit_per_instance: int | None = None,
        session_idle_timeout_seconds: int | None = None,
        system_tags: list[str] | None = None,
        workspace_id: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.agent_runtime_name = agent_runtime_name
        self.arms_configuration = arms_configuration
        self.artifact_type = artifact_type
        self.code_configuration = code_configuration
        self.container_configuration = container_configuration
        self.cpu = cpu
        self.credential_name = credential_name
        self.description = description
        self.disable_ondemand = disable_ondemand
        self.disable_session_affinity = disable_session_affinity
        self.disk_size = disk_size
        self.edition = edition
        self.enable_session_isolation = enable_session_isolation
        self.environment_variables = environment_variables
        self.execution_role_arn = execution_role_arn
        self.external_agent_endpoint_url = external_agent_endpoint_url
        self.force_evict_instances = force_evict_instances
        self.header_field_name = header_field_name
        self.health_check_configuration = health_check_configuration
        self.log_configuration = log_configuration
        self.memory = memory
        self.nas_config = nas_config
        self.network_configuration = network_configuration
        self.oss_mount_config = oss_mount_config
        self.port = port
        self.protocol_configuration = protocol_configuration
        self.session_affinity_type = session_affinity_type
        self.session_concurrency_limit_per_instance = session_concurrency_limit_per_instance
        self.session_idle_timeout_seconds = session_idle_timeout_seconds
        self.system_tags = system_tags
        self.workspace_id = workspace_id
        self._extra = extra
        if self.__class__ is not AgentRuntimeUpdateInput:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AgentRuntimeUpdateInput):
            return NotImplemented
        return (
            self.agent_runtime_name,
            self.arms_configuration,
            self.artifact_type,
            self.code_configuration,
            self.container_configuration,
            self.cpu,
            self.credential_name,
            self.description,
            self.disable_ondemand,
            self.disable_session_affinity,
            self.disk_size,
            self.edition,
            self.enable_session_isolation,
            self.environment_variables,
            self.execution_role_arn,
            self.external_agent_endpoint_url,
            self.force_evict_instances,
            self.header_field_name,
            self.health_check_configuration,
            self.log_configuration,
            self.memory,
            self.nas_config,
            self.network_configuration,
            self.oss_mount_config,
            self.port,
            self.protocol_configuration,
            self.session_affinity_type,
            self.session_concurrency_limit_per_instance,
            self.session_idle_timeout_seconds,
            self.system_tags,
            self.workspace_id,
            self.extra,
        ) == (
            other.agent_runtime_name,
            other.arms_configuration,
            other.artifact_type,
            other.code_configuration,
            other.container_configuration,
            other.cpu,
            other.credential_name,
            other.description,
            other.disable_ondemand,
            other.disable_session_affinity,
            other.disk_size,
            other.edition,
            other.enable_session_isolation,
            other.environment_variables,
            other.execution_role_arn,
            other.external_agent_endpoint_url,
            other.force_evict_instances,
            other.header_field_name,
            other.health_check_configuration,
            other.log_configuration,
            other.memory,
            other.nas_config,
            other.network_configuration,
            other.oss_mount_config,
            other.port,
            other.protocol_configuration,
            other.session_affinity_type,
            other.session_concurrency_limit_per_instance,
            other.session_idle_timeout_seconds,
            other.system_tags,
            other.workspace_id,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_agent_runtime_update_input(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.agent_runtime_name
        if value is not None:
            out["agentRuntimeName"] = (
                value if type(value) is str else write_scalar(value, "str", ".agent_runtime_name")
            )
        value = self.arms_configuration
        if value is not None:
            if not isinstance(value, ArmsConfig):
                raise wrong_model(value, "ArmsConfig", ".arms_configuration")
            try:
                out["armsConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".arms_configuration") from None
        value = self.artifact_type
        if value is not None:
            out["artifactType"] = (
                value if type(value) is str else write_scalar(value, "str", ".artifact_type")
            )
        value = self.code_configuration
        if value is not None:
            if not isinstance(value, AgentRuntimeCode):
                raise wrong_model(value, "AgentRuntimeCode", ".code_configuration")
            try:
                out["codeConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".code_configuration") from None
        value = self.container_configuration
        if value is not None:
            if not isinstance(value, AgentRuntimeContainer):
                raise wrong_model(value, "AgentRuntimeContainer", ".container_configuration")
            try:
                out["containerConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".container_configuration") from None
        value = self.cpu
        if value is not None:
            out["cpu"] = value if type(value) is float else write_scalar(value, "float", ".cpu")
        value = self.credential_name
        if value is not None:
            out["credentialName"] = (
                value if type(value) is str else write_scalar(value, "str", ".credential_name")
            )
        value = self.description
        if value is not None:
            out["description"] = (
                value if type(value) is str else write_scalar(value, "str", ".description")
            )
        value = self.disable_ondemand
        if value is not None:
            out["disableOndemand"] = (
                value if type(value) is bool else write_scalar(value, "bool", ".disable_ondemand")
            )
        value = self.disable_session_affinity
        if value is not None:
            out["disableSessionAffinity"] = (
                value
                if type(value) is bool
                else write_scalar(value, "bool", ".disable_session_affinity")
            )
        value = self.disk_size
        if value is not None:
            out["diskSize"] = (
                value if type(value) is int else write_scalar(value, "int", ".disk_size")
            )
        value = self.edition
        if value is not None:
            out["edition"] = value if type(value) is str else write_scalar(value, "str", ".edition")
        value = self.enable_session_isolation
        if value is not None:
            out["enableSessionIsolation"] = (
                value
                if type(value) is bool
                else write_scalar(value, "bool", ".enable_session_isolation")
            )
        value = self.environment_variables
        if value is not None:
            out["environmentVariables"] = write_map(value, "str", ".environment_variables")
        value = self.execution_role_arn
        if value is not None:
            out["executionRoleArn"] = (
                value if type(value) is str else write_scalar(value, "str", ".execution_role_arn")
            )
        value = self.external_agent_endpoint_url
        if value is not None:
            out["externalAgentEndpointUrl"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".external_agent_endpoint_url")
            )
        value = self.force_evict_instances
        if value is not None:
            out["forceEvictInstances"] = (
                value
                if type(value) is bool
                else write_scalar(value, "bool", ".force_evict_instances")
            )
        value = self.header_field_name
        if value is not None:
            out["headerFieldName"] = (
                value if type(value) is str else write_scalar(value, "str", ".header_field_name")
            )
        value = self.health_check_configuration
        if value is not None:
            if not isinstance(value, HealthCheckConfig):
                raise wrong_model(value, "HealthCheckConfig", ".health_check_configuration")
            try:
                out["healthCheckConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".health_check_configuration") from None
        value = self.log_configuration
        if value is not None:
            if not isinstance(value, LogConfig):
                raise wrong_model(value, "LogConfig", ".log_configuration")
            try:
                out["logConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".log_configuration") from None
        value = self.memory
        if value is not None:
            out["memory"] = value if type(value) is int else write_scalar(value, "int", ".memory")
        value = self.nas_config
        if value is not None:
            if not isinstance(value, NASConfig):
                raise wrong_model(value, "NASConfig", ".nas_config")
            try:
                out["nasConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".nas_config") from None
        value = self.network_configuration
        if value is not None:
            if not isinstance(value, NetworkConfig):
                raise wrong_model(value, "NetworkConfig", ".network_configuration")
            try:
                out["networkConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".network_configuration") from None
        value = self.oss_mount_config
        if value is not None:
            if not isinstance(value, OSSMountConfig):
                raise wrong_model(value, "OSSMountConfig", ".oss_mount_config")
            try:
                out["ossMountConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".oss_mount_config") from None
        value = self.port
        if value is not None:
            out["port"] = value if type(value) is int else write_scalar(value, "int", ".port")
        value = self.protocol_configuration
        if value is not None:
            if not isinstance(value, ProtocolConfig):
                raise wrong_model(value, "ProtocolConfig", ".protocol_configuration")
            try:
                out["protocolConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".protocol_configuration") from None
        value = self.session_affinity_type
        if value is not None:
            out["sessionAffinityType"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".session_affinity_type")
            )
        value = self.session_concurrency_limit_per_instance
        if value is not None:
            out["sessionConcurrencyLimitPerInstance"] = (
                value
                if type(value) is int
                else write_scalar(value, "int", ".session_concurrency_limit_per_instance")
            )
        value = self.session_idle_timeout_seconds
        if value is not None:
            out["sessionIdleTimeoutSeconds"] = (
                value
                if type(value) is int
                else write_scalar(value, "int", ".session_idle_timeout_seconds")
            )
        value = self.system_tags
        if value is not None:
            out["systemTags"] = write_list(value, "str", ".system_tags")
        value = self.workspace_id
        if value is not None:
            out["workspaceId"] = (
                value if type(value) is str else write_scalar(value, "str", ".workspace_id")
            )
        return out


_AgentRuntimeUpdateInputT = TypeVar("_AgentRuntimeUpdateInputT", bound="AgentRuntimeUpdateInput")


def _read_agent_runtime_update_input(
    cls: type[_AgentRuntimeUpdateInputT], data: object
) -> _AgentRuntimeUpdateInputT:
    if type(data) is not dict:
        data = read_object(data)
    f_agent_runtime_name = data.get("agentRuntimeName")
    if type(f_agent_runtime_name) is not str and f_agent_runtime_name is not None:
        f_agent_runtime_name = read_scalar(f_agent_runtime_name, "str", ".agentRuntimeName")
    f_arms_configuration = data.get("armsConfiguration")
    if f_arms_configuration is not None:
        try:
            f_arms_configuration = _read_arms_config(ArmsConfig, f_arms_configuration)
        except PathError as exc:
            raise exc.within(".armsConfiguration") from None
    f_artifact_type = data.get("artifactType")
    if type(f_artifact_type) is not str and f_artifact_type is not None:
        f_artifact_type = read_scalar(f_artifact_type, "str", ".artifactType")
    f_code_configuration = data.get("codeConfiguration")
    if f_code_configuration is not None:
        try:
            f_code_configuration = _read_agent_runtime_code(AgentRuntimeCode, f_code_configuration)
        except PathError as exc:
            raise exc.within(".codeConfiguration") from None
    f_container_configuration = data.get("containerConfiguration")
    if f_container_configuration is not None:
        try:
            f_container_configuration = _read_agent_runtime_container(
                AgentRuntimeContainer, f_container_configuration
            )
        except PathError as exc:
            raise exc.within(".containerConfiguration") from None
    f_cpu = data.get("cpu")
    if type(f_cpu) is not float and type(f_cpu) is not int and f_cpu is not None:
        f_cpu = read_scalar(f_cpu, "float", ".cpu")
    f_credential_name = data.get("credentialName")
    if type(f_credential_name) is not str and f_credential_name is not None:
        f_credential_name = read_scalar(f_credential_name, "str", ".credentialName")
    f_description = data.get("description")
    if type(f_description) is not str and f_description is not None:
        f_description = read_scalar(f_description, "str", ".description")
    f_disable_ondemand = data.get("disableOndemand")
    if type(f_disable_ondemand) is not bool and f_disable_ondemand is not None:
        f_disable_ondemand = read_scalar(f_disable_ondemand, "bool", ".disableOndemand")
    f_disable_session_affinity = data.get("disableSessionAffinity")
    if type(f_disable_session_affinity) is not bool and f_disable_session_affinity is not None:
        f_disable_session_affinity = read_scalar(
            f_disable_session_affinity, "bool", ".disableSessionAffinity"
        )
    f_disk_size = data.get("diskSize")
    if type(f_disk_size) is not int and f_disk_size is not None:
        f_disk_size = read_scalar(f_disk_size, "int", ".diskSize")
    f_edition = data.get("edition")
    if type(f_edition) is not str and f_edition is not None:
        f_edition = read_scalar(f_edition, "str", ".edition")
    f_enable_session_isolation = data.get("enableSessionIsolation")
    if type(f_enable_session_isolation) is not bool and f_enable_session_isolation is not None:
        f_enable_session_isolation = read_scalar(
            f_enable_session_isolation, "bool", ".enableSessionIsolation"
        )
    f_environment_variables = data.get("environmentVariables")
    if f_environment_variables is not None:
        f_environment_variables = read_map(f_environment_variables, "str", ".environmentVariables")
    f_execution_role_arn = data.get("executionRoleArn")
    if type(f_execution_role_arn) is not str and f_execution_role_arn is not None:
        f_execution_role_arn = read_scalar(f_execution_role_arn, "str", ".executionRoleArn")
    f_external_agent_endpoint_url = data.get("externalAgentEndpointUrl")
    if type(f_external_agent_endpoint_url) is not str and f_external_agent_endpoint_url is not None:
        f_external_agent_endpoint_url = read_scalar(
            f_external_agent_endpoint_url, "str", ".externalAgentEndpointUrl"
        )
    f_force_evict_instances = data.get("forceEvictInstances")
    if type(f_force_evict_instances) is not bool and f_force_evict_instances is not None:
        f_force_evict_instances = read_scalar(
            f_force_evict_instances, "bool", ".forceEvictInstances"
        )
    f_header_field_name = data.get("headerFieldName")
    if type(f_header_field_name) is not str and f_header_field_name is not None:
        f_header_field_name = read_scalar(f_header_field_name, "str", ".headerFieldName")
    f_health_check_configuration = data.get("healthCheckConfiguration")
    if f_health_check_configuration is not None:
        try:
            f_health_check_configuration = _read_health_check_config(
                HealthCheckConfig, f_health_check_configuration
            )
        except PathError as exc:
            raise exc.within(".healthCheckConfiguration") from None
    f_log_configuration = data.get("logConfiguration")
    if f_log_configuration is not None:
        try:
            f_log_configuration = _read_log_config(LogConfig, f_log_configuration)
        except PathError as exc:
            raise exc.within(".logConfiguration") from None
    f_memory = data.get("memory")
    if type(f_memory) is not int and f_memory is not None:
        f_memory = read_scalar(f_memory, "int", ".memory")
    f_nas_config = data.get("nasConfig")
    if f_nas_config is not None:
        try:
            f_nas_config = _read_nas_config(NASConfig, f_nas_config)
        except PathError as exc:
            raise exc.within(".nasConfig") from None
    f_network_configuration = data.get("networkConfiguration")
    if f_network_configuration is not None:
        try:
            f_network_configuration = _read_network_config(NetworkConfig, f_network_configuration)
        except PathError as exc:
            raise exc.within(".networkConfiguration") from None
    f_oss_mount_config = data.get("ossMountConfig")
    if f_oss_mount_config is not None:
        try:
            f_oss_mount_config = _read_oss_mount_config(OSSMountConfig, f_oss_mount_config)
        except PathError as exc:
            raise exc.within(".ossMountConfig") from None
    f_port = data.get("port")
    if type(f_port) is not int and f_port is not None:
        f_port = read_scalar(f_port, "int", ".port")
    f_protocol_configuration = data.get("protocolConfiguration")
    if f_protocol_configuration is not None:
        try:
            f_protocol_configuration = _read_protocol_config(
                ProtocolConfig, f_protocol_configuration
            )
        except PathError as exc:
            raise exc.within(".protocolConfiguration") from None
    f_session_affinity_type = data.get("sessionAffinityType")
    if type(f_session_affinity_type) is not str and f_session_affinity_type is not None:
        f_session_affinity_type = read_scalar(
            f_session_affinity_type, "str", ".sessionAffinityType"
        )
    f_session_concurrency_limit_per_instance = data.get("sessionConcurrencyLimitPerInstance")
    if (
        type(f_session_concurrency_limit_per_instance) is not int
        and f_session_concurrency_limit_per_instance is not None
    ):
        f_session_concurrency_limit_per_instance = read_scalar(
            f_session_concurrency_limit_per_instance, "int", ".sessionConcurrencyLimitPerInstance"
        )
    f_session_idle_timeout_seconds = data.get("sessionIdleTimeoutSeconds")
    if (
        type(f_session_idle_timeout_seconds) is not int
        and f_session_idle_timeout_seconds is not None
    ):
        f_session_idle_timeout_seconds = read_scalar(
            f_session_idle_timeout_seconds, "int", ".sessionIdleTimeoutSeconds"
        )
    f_system_tags = data.get("systemTags")
    if f_system_tags is not None:
        f_system_tags = read_list(f_system_tags, "str", ".systemTags")
    f_workspace_id = data.get("workspaceId")
    if type(f_workspace_id) is not str and f_workspace_id is not None:
        f_workspace_id = read_scalar(f_workspace_id, "str", ".workspaceId")
    self = new_instance(cls)
    self.agent_runtime_name = f_agent_runtime_name
    self.arms_configuration = f_arms_configuration
    self.artifact_type = f_artifact_type
    self.code_configuration = f_code_configuration
    self.container_configuration = f_container_configuration
    self.cpu = f_cpu
    self.credential_name = f_credential_name
    self.description = f_description
    self.disable_ondemand = f_disable_ondemand
    self.disable_session_affinity = f_disable_session_affinity
    self.disk_size = f_disk_size
    self.edition = f_edition
    self.enable_session_isolation = f_enable_session_isolation
    self.environment_variables = f_environment_variables
    self.execution_role_arn = f_execution_role_arn
    self.external_agent_endpoint_url = f_external_agent_endpoint_url
    self.force_evict_instances = f_force_evict_instances
    self.header_field_name = f_header_field_name
    self.health_check_configuration = f_health_check_configuration
    self.log_configuration = f_log_configuration
    self.memory = f_memory
    self.nas_config = f_nas_config
    self.network_configuration = f_network_configuration
    self.oss_mount_config = f_oss_mount_config
    self.port = f_port
    self.protocol_configuration = f_protocol_configuration
    self.session_affinity_type = f_session_affinity_type
    self.session_concurrency_limit_per_instance = f_session_concurrency_limit_per_instance
    self.session_idle_timeout_seconds = f_session_idle_timeout_seconds
    self.system_tags = f_system_tags
    self.workspace_id = f_workspace_id
    self._extra = (
        None
        if _UPDATE_AGENT_RUNTIME_INPUT_KEYS.issuperset(data)
        else read_extra(data, _UPDATE_AGENT_RUNTIME_INPUT_KEYS)
    )
    if cls is not AgentRuntimeUpdateInput:
        self._init_added_slots()
    return self


class AgentRuntimeEndpointCreateInput(WireModel):
    """Body of CreateAgentRuntimeEndpoint."""

    __slots__ = (
        "agent_runtime_endpoint_name",
        "description",
        "disable_public_network_access",
        "routing_configuration",
        "scaling_config",
        "target_version",
    )

    _wire_schema: ClassVar[str] = "CreateAgentRuntimeEndpointInput"
    _field_names: ClassVar[tuple[str, ...]] = (
        "agent_runtime_endpoint_name",
        "description",
        "disable_public_network_access",
        "routing_configuration",
        "scaling_config",
        "target_version",
        "extra",
    )

    agent_runtime_endpoint_name: str | None
    description: str | None
    disable_public_network_access: bool | None
    routing_configuration: RoutingConfig | None
    scaling_config: ScalingConfig | None
    target_version: str | None

    def __init__(
        self,
        *,
        agent_runtime_endpoint_name: str | None = None,
        description: str | None = None,
        disable_public_network_access: bool | None = None,
        routing_configuration: RoutingConfig | None = None,
        scaling_config: ScalingConfig | None = None,
        target_version: str | None = "LATEST",
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.agent_runtime_endpoint_name = agent_runtime_endpoint_name
        self.description = description
        self.disable_public_network_access = disable_public_network_access
        self.routing_configuration = routing_configuration
        self.scaling_config = scaling_config
        self.target_version = target_version
        self._extra = extra
        if self.__class__ is not AgentRuntimeEndpointCreateInput:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, AgentRuntimeEndpointCreateInput
        ):
            return NotImplemented
        return (
            self.agent_runtime_endpoint_name,
            self.description,
            self.disable_public_network_access,
            self.routing_configuration,
            self.scaling_config,
            self.target_version,
            self.extra,
        ) == (
            other.agent_runtime_endpoint_name,
            other.description,
            other.disable_public_network_access,
            other.routing_configuration,
            other.scaling_config,
            other.target_version,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_agent_runtime_endpoint_create_input(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.agent_runtime_endpoint_name
        if value is not None:
            out["agentRuntimeEndpointName"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".agent_runtime_endpoint_name")
            )
        value = self.description
        if value is not None:
            out["description"] = (
                value if type(value) is str else write_scalar(value, "str", ".description")
            )
        value = self.disable_public_network_access
        if value is not None:
            out["disablePublicNetworkAccess"] = (
                value
                if type(value) is bool
                else write_scalar(value, "bool", ".disable_public_network_access")
            )
        value = self.routing_configuration
        if value is not None:
            if not isinstance(value, RoutingConfig):
                raise wrong_model(value, "RoutingConfig", ".routing_configuration")
            try:
                out["routingConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".routing_configuration") from None
        value = self.scaling_config
        if value is not None:
            if not isinstance(value, ScalingConfig):
                raise wrong_model(value, "ScalingConfig", ".scaling_config")
            try:
                out["scalingConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".scaling_config") from None
        value = self.target_version
        if value is not None:
            out["targetVersion"] = (
                value if type(value) is str else write_scalar(value, "str", ".target_version")
            )
        return out


_AgentRuntimeEndpointCreateInputT = TypeVar(
    "_AgentRuntimeEndpointCreateInputT", bound="AgentRuntimeEndpointCreateInput"
)


def _read_agent_runtime_endpoint_create_input(
    cls: type[_AgentRuntimeEndpointCreateInputT], data: object
) -> _AgentRuntimeEndpointCreateInputT:
    if type(data) is not dict:
        data = read_object(data)
    f_agent_runtime_endpoint_name = data.get("agentRuntimeEndpointName")
    if type(f_agent_runtime_endpoint_name) is not str and f_agent_runtime_endpoint_name is not None:
        f_agent_runtime_endpoint_name = read_scalar(
            f_agent_runtime_endpoint_name, "str", ".agentRuntimeEndpointName"
        )
    f_description = data.get("description")
    if type(f_description) is not str and f_description is not None:
        f_description = read_scalar(f_description, "str", ".description")
    f_disable_public_network_access = data.get("disablePublicNetworkAccess")
    if (
        type(f_disable_public_network_access) is not bool
        and f_disable_public_network_access is not None
    ):
        f_disable_public_network_access = read_scalar(
            f_disable_public_network_access, "bool", ".disablePublicNetworkAccess"
        )
    f_routing_configuration = data.get("routingConfiguration")
    if f_routing_configuration is not None:
        try:
            f_routing_configuration = _read_routing_config(RoutingConfig, f_routing_configuration)
        except PathError as exc:
            raise exc.within(".routingConfiguration") from None
    f_scaling_config = data.get("scalingConfig")
    if f_scaling_config is not None:
        try:
            f_scaling_config = _read_scaling_config(ScalingConfig, f_scaling_config)
        except PathError as exc:
            raise exc.within(".scalingConfig") from None
    f_target_version = data.get("targetVersion")
    if type(f_target_version) is not str and f_target_version is not None:
        f_target_version = read_scalar(f_target_version, "str", ".targetVersion")
    self = new_instance(cls)
    self.agent_runtime_endpoint_name = f_agent_runtime_endpoint_name
    self.description = f_description
    self.disable_public_network_access = f_disable_public_network_access
    self.routing_configuration = f_routing_configuration
    self.scaling_config = f_scaling_config
    self.target_version = f_target_version
    self._extra = (
        None
        if _CREATE_AGENT_RUNTIME_ENDPOINT_INPUT_KEYS.issuperset(data)
        else read_extra(data, _CREATE_AGENT_RUNTIME_ENDPOINT_INPUT_KEYS)
    )
    if cls is not AgentRuntimeEndpointCreateInput:
        self._init_added_slots()
    return self


class AgentRuntimeEndpointUpdateInput(WireModel):
    """Body of UpdateAgentRuntimeEndpoint; only fields set to a value are sent."""

    __slots__ = (
        "agent_runtime_endpoint_name",
        "delete_scaling_config",
        "description",
        "disable_public_network_access",
        "routing_configuration",
        "scaling_config",
        "target_version",
    )

    _wire_schema: ClassVar[str] = "UpdateAgentRuntimeEndpointInput"
    _field_names: ClassVar[tuple[str, ...]] = (
        "agent_runtime_endpoint_name",
        "delete_scaling_config",
        "description",
        "disable_public_network_access",
        "routing_configuration",
        "scaling_config",
        "target_version",
        "extra",
    )

    agent_runtime_endpoint_name: str | None
    delete_scaling_config: bool | None
    description: str | None
    disable_public_network_access: bool | None
    routing_configuration: RoutingConfig | None
    scaling_config: ScalingConfig | None
    target_version: str | None

    def __init__(
        self,
        *,
        agent_runtime_endpoint_name: str | None = None,
        delete_scaling_config: bool | None = None,
        description: str | None = None,
        disable_public_network_access: bool | None = None,
        routing_configuration: RoutingConfig | None = None,
        scaling_config: ScalingConfig | None = None,
        target_version: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.agent_runtime_endpoint_name = agent_runtime_endpoint_name
        self.delete_scaling_config = delete_scaling_config
        self.description = description
        self.disable_public_network_access = disable_public_network_access
        self.routing_configuration = routing_configuration
        self.scaling_config = scaling_config
        self.target_version = target_version
        self._extra = extra
        if self.__class__ is not AgentRuntimeEndpointUpdateInput:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, AgentRuntimeEndpointUpdateInput
        ):
            return NotImplemented
        return (
            self.agent_runtime_endpoint_name,
            self.delete_scaling_config,
            self.description,
            self.disable_public_network_access,
            self.routing_configuration,
            self.scaling_config,
            self.target_version,
            self.extra,
        ) == (
            other.agent_runtime_endpoint_name,
            other.delete_scaling_config,
            other.description,
            other.disable_public_network_access,
            other.routing_configuration,
            other.scaling_config,
            other.target_version,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_agent_runtime_endpoint_update_input(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.agent_runtime_endpoint_name
        if value is not None:
            out["agentRuntimeEndpointName"] = (
                value
                if type(value) is str
                else write_scalar(value, "str", ".agent_runtime_endpoint_name")
            )
        value = self.delete_scaling_config
        if value is not None:
            out["deleteScalingConfig"] = (
                value
                if type(value) is bool
                else write_scalar(value, "bool", ".delete_scaling_config")
            )
        value = self.description
        if value is not None:
            out["description"] = (
                value if type(value) is str else write_scalar(value, "str", ".description")
            )
        value = self.disable_public_network_access
        if value is not None:
            out["disablePublicNetworkAccess"] = (
                value
                if type(value) is bool
                else write_scalar(value, "bool", ".disable_public_network_access")
            )
        value = self.routing_configuration
        if value is not None:
            if not isinstance(value, RoutingConfig):
                raise wrong_model(value, "RoutingConfig", ".routing_configuration")
            try:
                out["routingConfiguration"] = value._write()
            except PathError as exc:
                raise exc.within(".routing_configuration") from None
        value = self.scaling_config
        if value is not None:
            if not isinstance(value, ScalingConfig):
                raise wrong_model(value, "ScalingConfig", ".scaling_config")
            try:
                out["scalingConfig"] = value._write()
            except PathError as exc:
                raise exc.within(".scaling_config") from None
        value = self.target_version
        if value is not None:
            out["targetVersion"] = (
                value if type(value) is str else write_scalar(value, "str", ".target_version")
            )
        return out


_AgentRuntimeEndpointUpdateInputT = TypeVar(
    "_AgentRuntimeEndpointUpdateInputT", bound="AgentRuntimeEndpointUpdateInput"
)


def _read_agent_runtime_endpoint_update_input(
    cls: type[_AgentRuntimeEndpointUpdateInputT], data: object
) -> _AgentRuntimeEndpointUpdateInputT:
    if type(data) is not dict:
        data = read_object(data)
    f_agent_runtime_endpoint_name = data.get("agentRuntimeEndpointName")
    if type(f_agent_runtime_endpoint_name) is not str and f_agent_runtime_endpoint_name is not None:
        f_agent_runtime_endpoint_name = read_scalar(
            f_agent_runtime_endpoint_name, "str", ".agentRuntimeEndpointName"
        )
    f_delete_scaling_config = data.get("deleteScalingConfig")
    if type(f_delete_scaling_config) is not bool and f_delete_scaling_config is not None:
        f_delete_scaling_config = read_scalar(
            f_delete_scaling_config, "bool", ".deleteScalingConfig"
        )
    f_description = data.get("description")
    if type(f_description) is not str and f_description is not None:
        f_description = read_scalar(f_description, "str", ".description")
    f_disable_public_network_access = data.get("disablePublicNetworkAccess")
    if (
        type(f_disable_public_network_access) is not bool
        and f_disable_public_network_access is not None
    ):
        f_disable_public_network_access = read_scalar(
            f_disable_public_network_access, "bool", ".disablePublicNetworkAccess"
        )
    f_routing_configuration = data.get("routingConfiguration")
    if f_routing_configuration is not None:
        try:
            f_routing_configuration = _read_routing_config(RoutingConfig, f_routing_configuration)
        except PathError as exc:
            raise exc.within(".routingConfiguration") from None
    f_scaling_config = data.get("scalingConfig")
    if f_scaling_config is not None:
        try:
            f_scaling_config = _read_scaling_config(ScalingConfig, f_scaling_config)
        except PathError as exc:
            raise exc.within(".scalingConfig") from None
    f_target_version = data.get("targetVersion")
    if type(f_target_version) is not str and f_target_version is not None:
        f_target_version = read_scalar(f_target_version, "str", ".targetVersion")
    self = new_instance(cls)
    self.agent_runtime_endpoint_name = f_agent_runtime_endpoint_name
    self.delete_scaling_config = f_delete_scaling_config
    self.description = f_description
    self.disable_public_network_access = f_disable_public_network_access
    self.routing_configuration = f_routing_configuration
    self.scaling_config = f_scaling_config
    self.target_version = f_target_version
    self._extra = (
        None
        if _UPDATE_AGENT_RUNTIME_ENDPOINT_INPUT_KEYS.issuperset(data)
        else read_extra(data, _UPDATE_AGENT_RUNTIME_ENDPOINT_INPUT_KEYS)
    )
    if cls is not AgentRuntimeEndpointUpdateInput:
        self._init_added_slots()
    return self


class AgentRuntimeVersionPublishInput(WireModel):
    """Body of PublishRuntimeVersion (``publisher`` is not echoed back)."""

    __slots__ = ("description", "publisher")

    _wire_schema: ClassVar[str] = "PublishRuntimeVersionInput"
    _field_names: ClassVar[tuple[str, ...]] = ("description", "publisher", "extra")

    description: str | None
    publisher: str | None

    def __init__(
        self,
        *,
        description: str | None = None,
        publisher: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.description = description
        self.publisher = publisher
        self._extra = extra
        if self.__class__ is not AgentRuntimeVersionPublishInput:
            self._init_added_slots()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, AgentRuntimeVersionPublishInput
        ):
            return NotImplemented
        return (
            self.description,
            self.publisher,
            self.extra,
        ) == (
            other.description,
            other.publisher,
            other.extra,
        )

    @classmethod
    def _read(cls, data: object) -> Self:
        return _read_agent_runtime_version_publish_input(cls, data)

    def _write(self) -> dict[str, Any]:
        out = {} if self._extra is None else write_extra(self._extra)
        value: Any
        value = self.description
        if value is not None:
            out["description"] = (
                value if type(value) is str else write_scalar(value, "str", ".description")
            )
        value = self.publisher
        if value is not None:
            out["publisher"] = (
                value if type(value) is str else write_scalar(value, "str", ".publisher")
            )
        return out


_AgentRuntimeVersionPublishInputT = TypeVar(
    "_AgentRuntimeVersionPublishInputT", bound="AgentRuntimeVersionPublishInput"
)


def _read_agent_runtime_version_publish_input(
    cls: type[_AgentRuntimeVersionPublishInputT], data: object
) -> _AgentRuntimeVersionPublishInputT:
    if type(data) is not dict:
        data = read_object(data)
    f_description = data.get("description")
    if type(f_description) is not str and f_description is not None:
        f_description = read_scalar(f_description, "str", ".description")
    f_publisher = data.get("publisher")
    if type(f_publisher) is not str and f_publisher is not None:
        f_publisher = read_scalar(f_publisher, "str", ".publisher")
    self = new_instance(cls)
    self.description = f_description
    self.publisher = f_publisher
    self._extra = (
        None
        if _PUBLISH_RUNTIME_VERSION_INPUT_KEYS.issuperset(data)
        else read_extra(data, _PUBLISH_RUNTIME_VERSION_INPUT_KEYS)
    )
    if cls is not AgentRuntimeVersionPublishInput:
        self._init_added_slots()
    return self


class AgentRuntimeListInput(ListQuery):
    """Query of ListAgentRuntimes; ``status``, ``system_tags`` and
    ``workspace_ids`` take a string or a list (sent comma-joined).
    """

    __slots__ = (
        "agent_runtime_name",
        "discovery_resource_group_id",
        "page_number",
        "page_size",
        "resource_group_id",
        "search_mode",
        "status",
        "system_tags",
        "workspace_id",
        "workspace_ids",
    )

    _query_kinds: ClassVar[Mapping[str, str]] = {
        "agent_runtime_name": "str",
        "discovery_resource_group_id": "str",
        "page_number": "int",
        "page_size": "int",
        "resource_group_id": "str",
        "search_mode": "str",
        "status": "str",
        "system_tags": "str",
        "workspace_id": "str",
        "workspace_ids": "str",
    }
    _comma_lists: ClassVar[frozenset[str]] = frozenset({"status", "system_tags", "workspace_ids"})
    _field_names: ClassVar[tuple[str, ...]] = (
        "agent_runtime_name",
        "discovery_resource_group_id",
        "page_number",
        "page_size",
        "resource_group_id",
        "search_mode",
        "status",
        "system_tags",
        "workspace_id",
        "workspace_ids",
    )

    agent_runtime_name: str | None
    discovery_resource_group_id: str | None
    page_number: int | None
    page_size: int | None
    resource_group_id: str | None
    search_mode: str | None
    status: Status | str | Sequence[Status | str] | None
    system_tags: str | Sequence[str] | None
    workspace_id: str | None
    workspace_ids: str | Sequence[str] | None

    def __init__(
        self,
        *,
        agent_runtime_name: str | None = None,
        discovery_resource_group_id: str | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        resource_group_id: str | None = None,
        search_mode: str | None = None,
        status: Status | str | Sequence[Status | str] | None = None,
        system_tags: str | Sequence[str] | None = None,
        workspace_id: str | None = None,
        workspace_ids: str | Sequence[str] | None = None,
    ) -> None:
        self.agent_runtime_name = agent_runtime_name
        self.discovery_resource_group_id = discovery_resource_group_id
        self.page_number = page_number
        self.page_size = page_size
        self.resource_group_id = resource_group_id
        self.search_mode = search_mode
        self.status = status
        self.system_tags = system_tags
        self.workspace_id = workspace_id
        self.workspace_ids = workspace_ids

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AgentRuntimeListInput):
            return NotImplemented
        return (
            self.agent_runtime_name,
            self.discovery_resource_group_id,
            self.page_number,
            self.page_size,
            self.resource_group_id,
            self.search_mode,
            self.status,
            self.system_tags,
            self.workspace_id,
            self.workspace_ids,
        ) == (
            other.agent_runtime_name,
            other.discovery_resource_group_id,
            other.page_number,
            other.page_size,
            other.resource_group_id,
            other.search_mode,
            other.status,
            other.system_tags,
            other.workspace_id,
            other.workspace_ids,
        )


class AgentRuntimeEndpointListInput(ListQuery):
    """Query of ListAgentRuntimeEndpoints."""

    __slots__ = ("endpoint_name", "page_number", "page_size", "search_mode")

    _query_kinds: ClassVar[Mapping[str, str]] = {
        "endpoint_name": "str",
        "page_number": "int",
        "page_size": "int",
        "search_mode": "str",
    }
    _comma_lists: ClassVar[frozenset[str]] = frozenset()
    _field_names: ClassVar[tuple[str, ...]] = (
        "endpoint_name",
        "page_number",
        "page_size",
        "search_mode",
    )

    endpoint_name: str | None
    page_number: int | None
    page_size: int | None
    search_mode: str | None

    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        search_mode: str | None = None,
    ) -> None:
        self.endpoint_name = endpoint_name
        self.page_number = page_number
        self.page_size = page_size
        self.search_mode = search_mode

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, AgentRuntimeEndpointListInput
        ):
            return NotImplemented
        return (
            self.endpoint_name,
            self.page_number,
            self.page_size,
            self.search_mode,
        ) == (
            other.endpoint_name,
            other.page_number,
            other.page_size,
            other.search_mode,
        )


class AgentRuntimeVersionListInput(ListQuery):
    """Query of ListAgentRuntimeVersions."""

    __slots__ = ("page_number", "page_size")

    _query_kinds: ClassVar[Mapping[str, str]] = {"page_number": "int", "page_size": "int"}
    _comma_lists: ClassVar[frozenset[str]] = frozenset()
    _field_names: ClassVar[tuple[str, ...]] = ("page_number", "page_size")

    page_number: int | None
    page_size: int | None

    def __init__(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> None:
        self.page_number = page_number
        self.page_size = page_size

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, AgentRuntimeVersionListInput
        ):
            return NotImplemented
        return (
            self.page_number,
            self.page_size,
        ) == (
            other.page_number,
            other.page_size,
        )


_CODE_CONFIGURATION_KEYS = frozenset(
    {"checksum", "command", "language", "ossBucketName", "ossObjectName", "zipFile"}
)
_REGISTRY_AUTH_CONFIG_KEYS = frozenset({"password", "userName"})
_REGISTRY_CERT_CONFIG_KEYS = frozenset({"insecure", "rootCaCertBase64"})
_REGISTRY_NETWORK_CONFIG_KEYS = frozenset({"securityGroupId", "vSwitchId", "vpcId"})
_REGISTRY_CONFIG_KEYS = frozenset({"authConfig", "certConfig", "networkConfig"})
_CONTAINER_CONFIGURATION_KEYS = frozenset(
    {"acrInstanceId", "command", "image", "imageRegistryType", "port", "registryConfig"}
)
_NETWORK_CONFIGURATION_KEYS = frozenset({"networkMode", "securityGroupId", "vpcId", "vswitchIds"})
_PROTOCOL_SETTINGS_KEYS = frozenset(
    {
        "A2AAgentCard",
        "a2aAgentCard",
        "a2aAgentCardUrl",
        "config",
        "headers",
        "inputBodyJsonSchema",
        "method",
        "name",
        "outputBodyJsonSchema",
        "path",
        "pathPrefix",
        "requestContentType",
        "responseContentType",
        "type",
    }
)
_PROTOCOL_CONFIGURATION_KEYS = frozenset({"protocolSettings", "type"})
_LOG_CONFIGURATION_KEYS = frozenset({"logstore", "project"})
_HEALTH_CHECK_CONFIGURATION_KEYS = frozenset(
    {
        "failureThreshold",
        "httpGetUrl",
        "initialDelaySeconds",
        "periodSeconds",
        "successThreshold",
        "timeoutSeconds",
    }
)
_ARMS_CONFIGURATION_KEYS = frozenset({"armsLicenseKey", "cmsWorkspace", "enableArms"})
_NAS_MOUNT_CONFIG_KEYS = frozenset({"enableTLS", "mountDir", "serverAddr"})
_NAS_CONFIG_KEYS = frozenset({"groupId", "mountPoints", "userId"})
_OSS_MOUNT_POINT_KEYS = frozenset({"bucketName", "bucketPath", "endpoint", "mountDir", "readOnly"})
_OSS_MOUNT_CONFIG_KEYS = frozenset({"mountPoints"})
_VERSION_WEIGHT_KEYS = frozenset({"version", "weight"})
_ROUTING_CONFIGURATION_KEYS = frozenset({"versionWeights"})
_SCHEDULED_POLICY_KEYS = frozenset(
    {"endTime", "name", "scheduleExpression", "startTime", "target", "timeZone"}
)
_SCALING_CONFIG_KEYS = frozenset({"minInstances", "scheduledPolicies"})
_SCALING_STATUS_KEYS = frozenset(
    {"currentError", "currentInstances", "minInstances", "scheduledPolicies", "targetInstances"}
)
_AGENT_RUNTIME_KEYS = frozenset(
    {
        "agentRuntimeArn",
        "agentRuntimeId",
        "agentRuntimeName",
        "agentRuntimeVersion",
        "artifactType",
        "codeConfiguration",
        "containerConfiguration",
        "cpu",
        "createdAt",
        "credentialName",
        "description",
        "disableOndemand",
        "disableSessionAffinity",
        "diskSize",
        "edition",
        "enableSessionIsolation",
        "environmentVariables",
        "executionRoleArn",
        "externalAgentEndpointUrl",
        "headerFieldName",
        "healthCheckConfiguration",
        "lastUpdatedAt",
        "logConfiguration",
        "memory",
        "nasConfig",
        "networkConfiguration",
        "ossMountConfig",
        "port",
        "protocolConfiguration",
        "resourceGroupId",
        "sessionAffinityType",
        "sessionConcurrencyLimitPerInstance",
        "sessionIdleTimeoutSeconds",
        "status",
        "statusReason",
        "systemTags",
        "workspaceId",
    }
)
_AGENT_RUNTIME_ENDPOINT_KEYS = frozenset(
    {
        "agentRuntimeEndpointArn",
        "agentRuntimeEndpointId",
        "agentRuntimeEndpointName",
        "agentRuntimeId",
        "description",
        "disablePublicNetworkAccess",
        "endpointPublicUrl",
        "routingConfiguration",
        "scalingStatus",
        "status",
        "statusReason",
        "targetVersion",
    }
)
_AGENT_RUNTIME_VERSION_KEYS = frozenset(
    {
        "agentRuntimeArn",
        "agentRuntimeId",
        "agentRuntimeName",
        "agentRuntimeVersion",
        "description",
        "lastUpdatedAt",
    }
)
_CREATE_AGENT_RUNTIME_INPUT_KEYS = frozenset(
    {
        "agentRuntimeName",
        "armsConfiguration",
        "artifactType",
        "codeConfiguration",
        "containerConfiguration",
        "cpu",
        "credentialId",
        "credentialName",
        "description",
        "disableOndemand",
        "disableSessionAffinity",
        "diskSize",
        "edition",
        "enableSessionIsolation",
        "environmentVariables",
        "executionRoleArn",
        "externalAgentEndpointUrl",
        "headerFieldName",
        "healthCheckConfiguration",
        "logConfiguration",
        "memory",
        "nasConfig",
        "networkConfiguration",
        "ossMountConfig",
        "port",
        "protocolConfiguration",
        "resourceGroupId",
        "sessionAffinityType",
        "sessionConcurrencyLimitPerInstance",
        "sessionIdleTimeoutSeconds",
        "systemTags",
        "workspaceId",
    }
)
_UPDATE_AGENT_RUNTIME_INPUT_KEYS = frozenset(
    {
        "agentRuntimeName",
        "armsConfiguration",
        "artifactType",
        "codeConfiguration",
        "containerConfiguration",
        "cpu",
        "credentialName",
        "description",
        "disableOndemand",
        "disableSessionAffinity",
        "diskSize",
        "edition",
        "enableSessionIsolation",
        "environmentVariables",
        "executionRoleArn",
        "externalAgentEndpointUrl",
        "forceEvictInstances",
        "headerFieldName",
        "healthCheckConfiguration",
        "logConfiguration",
        "memory",
        "nasConfig",
        "networkConfiguration",
        "ossMountConfig",
        "port",
        "protocolConfiguration",
        "sessionAffinityType",
        "sessionConcurrencyLimitPerInstance",
        "sessionIdleTimeoutSeconds",
        "systemTags",
        "workspaceId",
    }
)
_CREATE_AGENT_RUNTIME_ENDPOINT_INPUT_KEYS = frozenset(
    {
        "agentRuntimeEndpointName",
        "description",
        "disablePublicNetworkAccess",
        "routingConfiguration",
        "scalingConfig",
        "targetVersion",
    }
)
_UPDATE_AGENT_RUNTIME_ENDPOINT_INPUT_KEYS = frozenset(
    {
        "agentRuntimeEndpointName",
        "deleteScalingConfig",
        "description",
        "disablePublicNetworkAccess",
        "routingConfiguration",
        "scalingConfig",
        "targetVersion",
    }
)
_PUBLISH_RUNTIME_VERSION_INPUT_KEYS = frozenset({"description", "publisher"})
