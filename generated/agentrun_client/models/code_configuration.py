from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeConfiguration")


@_attrs_define
class CodeConfiguration:
    """Code package and entry command (artifactType Code).

    Attributes:
        checksum (str | Unset): CRC-64/XZ of the zip package as a decimal string.
        command (list[str] | Unset): Command and arguments, e.g. [python, app.py].
        language (str | Unset): Language runtime.
        oss_bucket_name (str | Unset): OSS bucket holding the code package.
        oss_object_name (str | Unset): OSS object name of the code package.
        zip_file (str | Unset): The zip package inline
    """

    checksum: str | Unset = UNSET
    command: list[str] | Unset = UNSET
    language: str | Unset = UNSET
    oss_bucket_name: str | Unset = UNSET
    oss_object_name: str | Unset = UNSET
    zip_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checksum = self.checksum

        command: list[str] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command

        language = self.language

        oss_bucket_name = self.oss_bucket_name

        oss_object_name = self.oss_object_name

        zip_file = self.zip_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if command is not UNSET:
            field_dict["command"] = command
        if language is not UNSET:
            field_dict["language"] = language
        if oss_bucket_name is not UNSET:
            field_dict["ossBucketName"] = oss_bucket_name
        if oss_object_name is not UNSET:
            field_dict["ossObjectName"] = oss_object_name
        if zip_file is not UNSET:
            field_dict["zipFile"] = zip_file

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        checksum = d.pop("checksum", UNSET)

        command = cast(list[str], d.pop("command", UNSET))

        language = d.pop("language", UNSET)

        oss_bucket_name = d.pop("ossBucketName", UNSET)

        oss_object_name = d.pop("ossObjectName", UNSET)

        zip_file = d.pop("zipFile", UNSET)

        code_configuration = cls(
            checksum=checksum,
            command=command,
            language=language,
            oss_bucket_name=oss_bucket_name,
            oss_object_name=oss_object_name,
            zip_file=zip_file,
        )

        code_configuration.additional_properties = d
        return code_configuration

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
