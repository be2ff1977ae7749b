"""``parse_generated``: a generated client model from a decoded JSON object, checked first.

Every known key is checked against the type the generated class declares
(``null`` counts as absent), so the generated ``from_dict`` cannot fail or
coerce; problems raise :class:`MalformedResponseError` naming the object and
the key path. The facade's own objects are read by the generated converters
(``WireModel.from_wire``); this serves callers of the generated models, and
loads them only when first used.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from types import UnionType
from typing import Any, Protocol, Self, TypeVar, cast

import attrs

from ..errors import MalformedResponseError
from ._convert import DESCRIPTIONS, is_scalar, json_type

__all__ = ["GeneratedModel", "parse_generated"]

_T = TypeVar("_T")


class GeneratedModel(Protocol):
    """What every generated model class offers."""

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


_G = TypeVar("_G", bound=GeneratedModel)


# --------------------------------------------------------------------------
# Field kinds read from the generated classes
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Kind:
    """Declared type of one generated field: a scalar, a list, a model or a map."""

    tag: str  # "str" | "int" | "float" | "bool" | "list" | "model" | "map"
    cls: type | None = None  # the generated class, for "model" and "map"
    item: _Kind | None = None  # the element kind, for "list"


_SCALAR_TAGS: dict[object, str] = {str: "str", int: "int", float: "float", bool: "bool"}


def _attrs_fields(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    return tuple(attrs.fields(cast(Any, cls)))


def _kind_of(hint: Any, where: str) -> _Kind:
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is UnionType:
        from agentrun_client.types import Unset

        args = [arg for arg in typing.get_args(hint) if arg not in (Unset, type(None))]
        if len(args) != 1:
            raise TypeError(f"unsupported field type for {where}: {hint!r}")
        return _kind_of(args[0], where)
    if origin is list:
        (item,) = typing.get_args(hint)
        return _Kind("list", item=_kind_of(item, where))
    tag = _SCALAR_TAGS.get(hint)
    if tag is not None:
        return _Kind(tag)
    if isinstance(hint, type) and attrs.has(hint):
        names = [field.name for field in _attrs_fields(hint)]
        return _Kind("map" if names == ["additional_properties"] else "model", cls=hint)
    raise TypeError(f"unsupported field type for {where}: {hint!r}")


@dataclass(frozen=True)
class _GeneratedField:
    kind: _Kind
    required: bool


@functools.cache
def _generated_fields(cls: type) -> dict[str, _GeneratedField]:
    """Python name -> kind of every field of a generated model class."""
    import agentrun_client.models as generated_models

    hints = typing.get_type_hints(cls, localns=vars(generated_models))
    return {
        field.name: _GeneratedField(
            _kind_of(hints[field.name], f"{cls.__name__}.{field.name}"),
            field.default is attrs.NOTHING,
        )
        for field in _attrs_fields(cls)
        if field.name != "additional_properties"
    }


_PROBE_KEY = "\x00probe"


class _Probe:
    """Stands in for a field value while reading a class's wire names."""

    def __init__(self, name: str) -> None:
        self.name = name

    def to_dict(self) -> dict[str, Any]:
        return {_PROBE_KEY: self.name}


def _probe_name(value: object) -> str | None:
    if isinstance(value, _Probe):
        return value.name
    if isinstance(value, dict):
        name = value.get(_PROBE_KEY)
        return name if isinstance(name, str) else None
    if isinstance(value, list) and value:
        return _probe_name(value[0])
    return None


@functools.cache
def _wire_schema(cls: type) -> dict[str, _Kind]:
    """Wire key -> kind, read by serialising an instance that holds probes."""
    fields = _generated_fields(cls)
    probe = cls(
        **{
            name: [_Probe(name)] if field.kind.tag == "list" else _Probe(name)
            for name, field in fields.items()
        }
    )
    schema: dict[str, _Kind] = {}
    for key, value in probe.to_dict().items():
        name = _probe_name(value)
        if name is None or name not in fields:
            raise TypeError(f"cannot read the wire name of {cls.__name__} key {key!r}")
        schema[key] = fields[name].kind
    if len(schema) != len(fields):
        raise TypeError(f"{cls.__name__}: wire names do not cover every field")
    return schema


# --------------------------------------------------------------------------
# wire dict -> generated
# --------------------------------------------------------------------------


def parse_generated(generated: type[_G], data: object, *, what: str | None = None) -> _G:
    """Build a generated model from a decoded JSON object, checking every known key.

    ``null`` for a known key counts as absent; unknown keys are kept (they end
    up in ``additional_properties``).

    Raises:
        MalformedResponseError: ``data`` does not match the generated schema.
    """
    name = what or generated.__name__
    cleaned = _clean_object(generated, data, name)
    try:
        return generated.from_dict(cleaned)
    except KeyError as exc:
        raise MalformedResponseError(f"{name}: missing required key {exc}") from exc
    except (TypeError, ValueError, AttributeError) as exc:  # pragma: no cover - pre-checked
        raise MalformedResponseError(f"{name}: {exc}") from exc


def _clean_object(cls: type, data: object, where: str) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise MalformedResponseError(f"{where}: expected an object, got {json_type(data)}")
    schema = _wire_schema(cls)
    cleaned: dict[str, Any] = {}
    for key, value in data.items():
        kind = schema.get(key) if isinstance(key, str) else None
        if kind is None:
            cleaned[key] = value
        elif value is not None:
            cleaned[key] = _clean_value(value, kind, f"{where}.{key}")
    return cleaned


def _clean_value(value: object, kind: _Kind, where: str) -> Any:
    if kind.tag == "list":
        if not isinstance(value, list):
            raise MalformedResponseError(f"{where}: expected an array, got {json_type(value)}")
        item = cast(_Kind, kind.item)
        return [_clean_value(v, item, f"{where}[{i}]") for i, v in enumerate(value)]
    if kind.tag == "model":
        return _clean_object(cast(type, kind.cls), value, where)
    if kind.tag == "map":
        if not isinstance(value, Mapping):
            raise MalformedResponseError(f"{where}: expected an object, got {json_type(value)}")
        for key, item in value.items():
            if not isinstance(item, str):
                raise MalformedResponseError(
                    f"{where}.{key}: expected a string, got {json_type(item)}"
                )
        return dict(value)
    if not is_scalar(value, kind.tag):
        raise MalformedResponseError(
            f"{where}: expected {DESCRIPTIONS[kind.tag]}, got {json_type(value)}"
        )
    return value
