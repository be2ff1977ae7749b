from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProtocolSettings")


@_attrs_define
class ProtocolSettings:
    """Settings of one protocol.

    Attributes:
        a2a_agent_card (str | Unset): A2A agent card (legacy field name).
        a_2_a_agent_card (str | Unset): A2A agent card.
        a_2_a_agent_card_url (str | Unset): URL of the A2A agent card.
        config (str | Unset): Protocol configuration as JSON text.
        headers (str | Unset): Request headers.
        input_body_json_schema (str | Unset): JSON Schema of the request body.
        method (str | Unset): HTTP method.
        name (str | Unset): Optional display name.
        output_body_json_schema (str | Unset): JSON Schema of the response body.
        path (str | Unset): Protocol path.
        path_prefix (str | Unset): Protocol path prefix.
        request_content_type (str | Unset): Request content type.
        response_content_type (str | Unset): Response content type.
        type_ (str | Unset): Protocol type identifier.
    """

    a2a_agent_card: str | Unset = UNSET
    a_2_a_agent_card: str | Unset = UNSET
    a_2_a_agent_card_url: str | Unset = UNSET
    config: str | Unset = UNSET
    headers: str | Unset = UNSET
    input_body_json_schema: str | Unset = UNSET
    method: str | Unset = UNSET
    name: str | Unset = UNSET
    output_body_json_schema: str | Unset = UNSET
    path: str | Unset = UNSET
    path_prefix: str | Unset = UNSET
    request_content_type: str | Unset = UNSET
    response_content_type: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        a2a_agent_card = self.a2a_agent_card

        a_2_a_agent_card = self.a_2_a_agent_card

        a_2_a_agent_card_url = self.a_2_a_agent_card_url

        config = self.config

        headers = self.headers

        input_body_json_schema = self.input_body_json_schema

        method = self.method

        name = self.name

        output_body_json_schema = self.output_body_json_schema

        path = self.path

        path_prefix = self.path_prefix

        request_content_type = self.request_content_type

        response_content_type = self.response_content_type

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if a2a_agent_card is not UNSET:
            field_dict["A2AAgentCard"] = a2a_agent_card
        if a_2_a_agent_card is not UNSET:
            field_dict["a2aAgentCard"] = a_2_a_agent_card
        if a_2_a_agent_card_url is not UNSET:
            field_dict["a2aAgentCardUrl"] = a_2_a_agent_card_url
        if config is not UNSET:
            field_dict["config"] = config
        if headers is not UNSET:
            field_dict["headers"] = headers
        if input_body_json_schema is not UNSET:
            field_dict["inputBodyJsonSchema"] = input_body_json_schema
        if method is not UNSET:
            field_dict["method"] = method
        if name is not UNSET:
            field_dict["name"] = name
        if output_body_json_schema is not UNSET:
            field_dict["outputBodyJsonSchema"] = output_body_json_schema
        if path is not UNSET:
            field_dict["path"] = path
        if path_prefix is not UNSET:
            field_dict["pathPrefix"] = path_prefix
        if request_content_type is not UNSET:
            field_dict["requestContentType"] = request_content_type
        if response_content_type is not UNSET:
            field_dict["responseContentType"] = response_content_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        a2a_agent_card = d.pop("A2AAgentCard", UNSET)

        a_2_a_agent_card = d.pop("a2aAgentCard", UNSET)

        a_2_a_agent_card_url = d.pop("a2aAgentCardUrl", UNSET)

        config = d.pop("config", UNSET)

        headers = d.pop("headers", UNSET)

        input_body_json_schema = d.pop("inputBodyJsonSchema", UNSET)

        method = d.pop("method", UNSET)

        name = d.pop("name", UNSET)

        output_body_json_schema = d.pop("outputBodyJsonSchema", UNSET)

        path = d.pop("path", UNSET)

        path_prefix = d.pop("pathPrefix", UNSET)

        request_content_type = d.pop("requestContentType", UNSET)

        response_content_type = d.pop("responseContentType", UNSET)

        type_ = d.pop("type", UNSET)

        protocol_settings = cls(
            a2a_agent_card=a2a_agent_card,
            a_2_a_agent_card=a_2_a_agent_card,
            a_2_a_agent_card_url=a_2_a_agent_card_url,
            config=config,
            headers=headers,
            input_body_json_schema=input_body_json_schema,
            method=method,
            name=name,
            output_body_json_schema=output_body_json_schema,
            path=path,
            path_prefix=path_prefix,
            request_content_type=request_content_type,
            response_content_type=response_content_type,
            type_=type_,
        )

        protocol_settings.additional_properties = d
        return protocol_settings

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
