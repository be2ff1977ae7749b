"""What the runtime runs: a code package or a container image."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Self

import agentrun_client.models as gen
import attrs

from ..code_packaging import encode_zip, zip_directory, zip_file
from ..errors import InvalidParameterError
from ._redact import redacted, sized
from ._wire import wire_model
from .enums import ImageRegistryType, Language

__all__ = [
    "AgentRuntimeCode",
    "AgentRuntimeContainer",
    "RegistryAuthConfig",
    "RegistryCertConfig",
    "RegistryConfig",
    "RegistryNetworkConfig",
]

StrPath = str | os.PathLike[str]


def _command(command: Sequence[str] | None) -> list[str] | None:
    if command is None:
        return None
    if isinstance(command, str) or not all(isinstance(part, str) for part in command):
        raise InvalidParameterError("command must be a list of strings, e.g. ['python3', 'app.py']")
    return list(command)


def _describe(path: StrPath) -> str:
    return repr(os.fspath(path))


@wire_model(gen.CodeConfiguration)
@attrs.define(kw_only=True)
class AgentRuntimeCode:
    """A code package (``codeConfiguration``): inline zip or an OSS object.

    ``zip_file`` is the base64 text of the zip and ``checksum`` its CRC-64/XZ
    as a decimal string; the constructors below fill both.
    """

    checksum: str | None = None
    command: list[str] | None = None
    language: Language | str | None = None
    oss_bucket_name: str | None = None
    oss_object_name: str | None = None
    zip_file: str | None = attrs.field(default=None, repr=sized)
    extra: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_zip_file(
        cls,
        path: StrPath,
        *,
        language: Language | str | None = None,
        command: Sequence[str] | None = None,
    ) -> Self:
        """Use an existing ``.zip`` archive as the code package.

        Raises:
            InvalidParameterError: the path is missing, a directory, unreadable
                or not a zip archive.
        """
        source = Path(path)
        if not source.exists():
            raise InvalidParameterError(f"zip file does not exist: {_describe(path)}")
        if not source.is_file():
            raise InvalidParameterError(
                f"not a zip file: {_describe(path)} (use from_file() for a directory)"
            )
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise InvalidParameterError(
                f"cannot read zip file {_describe(path)}: {exc.strerror}"
            ) from exc
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise InvalidParameterError(f"not a zip archive: {_describe(path)}")
        return cls._from_zip_bytes(data, language=language, command=command)

    @classmethod
    def from_file(
        cls,
        path: StrPath,
        *,
        language: Language | str | None = None,
        command: Sequence[str] | None = None,
    ) -> Self:
        """Zip a file or a directory in memory and use it as the code package.

        Raises:
            InvalidParameterError: the path is missing, unreadable, or a
                directory with nothing to package.
        """
        source = Path(path)
        if not source.exists():
            raise InvalidParameterError(f"code path does not exist: {_describe(path)}")
        try:
            data = zip_directory(source) if source.is_dir() else zip_file(source)
        except OSError as exc:
            raise InvalidParameterError(
                f"cannot read code path {_describe(path)}: {exc.strerror}"
            ) from exc
        return cls._from_zip_bytes(data, language=language, command=command)

    @classmethod
    def from_oss(
        cls,
        bucket_name: str,
        object_name: str,
        *,
        language: Language | str | None = None,
        command: Sequence[str] | None = None,
    ) -> Self:
        """Use a zip stored in OSS as the code package.

        Raises:
            InvalidParameterError: an empty bucket or object name.
        """
        for label, value in (("bucket_name", bucket_name), ("object_name", object_name)):
            if not isinstance(value, str) or not value:
                raise InvalidParameterError(f"{label} must be a non-empty string")
        return cls(
            oss_bucket_name=bucket_name,
            oss_object_name=object_name,
            language=language,
            command=_command(command),
        )

    @classmethod
    def _from_zip_bytes(
        cls, data: bytes, *, language: Language | str | None, command: Sequence[str] | None
    ) -> Self:
        text, checksum = encode_zip(data)
        return cls(zip_file=text, checksum=checksum, language=language, command=_command(command))


@wire_model(gen.RegistryAuthConfig)
@attrs.define(kw_only=True)
class RegistryAuthConfig:
    """Login to a self-managed registry; the password never shows in ``repr``."""

    password: str | None = attrs.field(default=None, repr=redacted)
    user_name: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.RegistryCertConfig, renames={"root_ca_cert_base64": "root_ca_cert_base_64"})
@attrs.define(kw_only=True)
class RegistryCertConfig:
    """TLS settings of a self-managed registry (``rootCaCertBase64``)."""

    insecure: bool | None = None
    root_ca_cert_base64: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.RegistryNetworkConfig)
@attrs.define(kw_only=True)
class RegistryNetworkConfig:
    """Where a self-managed registry is reachable (wire ``vSwitchId``)."""

    security_group_id: str | None = None
    v_switch_id: str | None = None
    vpc_id: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.RegistryConfig)
@attrs.define(kw_only=True)
class RegistryConfig:
    """Settings of a self-managed (``CUSTOM``) registry."""

    auth_config: RegistryAuthConfig | None = None
    cert_config: RegistryCertConfig | None = None
    network_config: RegistryNetworkConfig | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.ContainerConfiguration)
@attrs.define(kw_only=True)
class AgentRuntimeContainer:
    """A container image (``containerConfiguration``)."""

    acr_instance_id: str | None = None
    command: list[str] | None = None
    image: str | None = None
    image_registry_type: ImageRegistryType | str | None = None
    port: int | None = None
    registry_config: RegistryConfig | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)
