"""The one bridge between facade attrs models and the generated wire models.

A facade class is tied to its generated class with :func:`wire_model` (plus a
rename map for the few attribute names that differ). Conversion in both
directions is driven by the generated class's own field types, read once, so
no model has hand-written ``to_dict``/``from_dict`` code:

* facade -> generated: ``None`` becomes ``UNSET``, enums become their value,
  nested models and lists are converted recursively, a ``dict`` becomes the
  generated map wrapper, ``extra`` becomes ``additional_properties``. A value
  of the wrong type raises :class:`InvalidParameterError`.
* wire ``dict`` -> generated: :func:`parse_generated` checks every known key
  against its declared type first (``null`` counts as absent), so the
  generated ``from_dict`` cannot fail or coerce; problems raise
  :class:`MalformedResponseError` naming the object and the key path.
* generated -> facade: ``UNSET`` becomes ``None``, nested generated objects
  become facade models, ``additional_properties`` become ``extra``.
"""

from __future__ import annotations

import enum
import functools
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import UnionType
from typing import Any, Protocol, Self, TypeVar, cast

import agentrun_client.models as generated_models
import attrs
from agentrun_client.types import UNSET, Unset

from ..errors import InvalidParameterError, MalformedResponseError

__all__ = [
    "EXTRA",
    "GeneratedModel",
    "attrs_field_names",
    "bound_class",
    "generated_class",
    "kind_tag",
    "parse_generated",
    "to_generated",
    "type_name",
    "values_from_generated",
    "wire_model",
]

EXTRA = "extra"
"""Name of the facade field holding wire keys the spec does not define."""

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
_DESCRIPTIONS = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "a boolean",
    "list": "a list",
    "model": "an object",
    "map": "an object",
}


def kind_tag(hint: Any, where: str) -> str:
    """``"str"``, ``"int"``, ``"float"``, ``"bool"``, ``"list"``, ``"model"`` or ``"map"``."""
    return _kind_of(hint, where).tag


def attrs_field_names(cls: type) -> list[str]:
    """Names of the attrs fields of ``cls``."""
    return [field.name for field in _attrs_fields(cls)]


def type_name(value: object) -> str:
    """Short type name of a value, for error messages."""
    return type(value).__name__


def _attrs_fields(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    return tuple(attrs.fields(cast(Any, cls)))


def _kind_of(hint: Any, where: str) -> _Kind:
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is UnionType:
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
# Bindings
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _FieldMap:
    name: str  # facade attribute
    generated: str  # generated attribute
    kind: _Kind
    required: bool


@dataclass(frozen=True)
class _Binding:
    facade: type
    generated: type
    fields: tuple[_FieldMap, ...]
    has_extra: bool


_BY_FACADE: dict[type, _Binding] = {}
_FACADE_FOR: dict[type, type] = {}


def wire_model(
    generated: type, *, renames: Mapping[str, str] | None = None
) -> Callable[[type[_T]], type[_T]]:
    """Tie an attrs facade class to its generated class.

    ``renames`` maps facade attribute names to generated ones where they
    differ. Every facade field (except ``extra``) must exist in the generated
    class and every generated field must be covered; otherwise the class is
    refused at import time.
    """
    renames = dict(renames or {})

    def bind(cls: type[_T]) -> type[_T]:
        available = _generated_fields(generated)
        names = [field.name for field in _attrs_fields(cls)]
        maps: list[_FieldMap] = []
        for name in names:
            if name == EXTRA:
                continue
            target = renames.get(name, name)
            if target not in available:
                raise TypeError(f"{cls.__name__}.{name} has no field in {generated.__name__}")
            field = available[target]
            maps.append(_FieldMap(name, target, field.kind, field.required))
        missing = sorted(set(available) - {field.generated for field in maps})
        if missing:
            raise TypeError(f"{cls.__name__} does not cover {generated.__name__}: {missing}")
        _BY_FACADE[cls] = _Binding(cls, generated, tuple(maps), EXTRA in names)
        _FACADE_FOR.setdefault(generated, cls)
        return cls

    return bind


def _binding_for(cls: type) -> _Binding | None:
    for klass in cls.__mro__:
        binding = _BY_FACADE.get(klass)
        if binding is not None:
            return binding
    return None


def _require_binding(cls: type) -> _Binding:
    binding = _binding_for(cls)
    if binding is None:
        raise InvalidParameterError(f"{cls.__name__} is not an AgentRun wire model")
    return binding


def bound_class(cls: type) -> type:
    """The class in ``cls``'s MRO that was bound with :func:`wire_model`."""
    return _require_binding(cls).facade


def generated_class(cls: type) -> type:
    """The generated class a facade class (or a subclass of one) is bound to."""
    return _require_binding(cls).generated


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    return type(value).__name__


def _scalar_ok(value: object, tag: str) -> bool:
    if tag == "str":
        return isinstance(value, str)
    if tag == "bool":
        return isinstance(value, bool)
    if tag == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if tag == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return False


# --------------------------------------------------------------------------
# facade -> generated
# --------------------------------------------------------------------------


def to_generated(model: object) -> Any:
    """The generated model instance for a bound facade model."""
    binding = _require_binding(type(model))
    return _to_generated(model, binding, binding.facade.__name__)


def _to_generated(model: object, binding: _Binding, where: str) -> Any:
    kwargs: dict[str, Any] = {}
    for field in binding.fields:
        value = getattr(model, field.name)
        here = f"{where}.{field.name}"
        if value is None:
            if field.required:
                raise InvalidParameterError(f"{here} is required")
            kwargs[field.generated] = UNSET
        else:
            kwargs[field.generated] = _value_to_generated(value, field.kind, here)
    result = binding.generated(**kwargs)
    if binding.has_extra:
        extra = getattr(model, EXTRA)
        if extra:
            if not isinstance(extra, Mapping) or not all(isinstance(k, str) for k in extra):
                raise InvalidParameterError(f"{where}.extra must be a mapping with string keys")
            result.additional_properties = dict(extra)
    return result


def _value_to_generated(value: object, kind: _Kind, where: str) -> Any:
    if isinstance(value, enum.Enum):
        value = value.value
    if kind.tag == "list":
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
            raise InvalidParameterError(f"{where} must be a list, got {type_name(value)}")
        item = cast(_Kind, kind.item)
        return [_value_to_generated(v, item, f"{where}[{i}]") for i, v in enumerate(value)]
    if kind.tag == "model":
        binding = _binding_for(type(value))
        if binding is None or binding.generated is not kind.cls:
            expected = _FACADE_FOR.get(cast(type, kind.cls), cast(type, kind.cls)).__name__
            raise InvalidParameterError(f"{where} must be a {expected}, got {type_name(value)}")
        return _to_generated(value, binding, where)
    if kind.tag == "map":
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise InvalidParameterError(f"{where} must be a dict of strings to strings")
        return cast(Any, kind.cls).from_dict(dict(value))
    if not _scalar_ok(value, kind.tag):
        raise InvalidParameterError(
            f"{where} must be {_DESCRIPTIONS[kind.tag]}, got {type_name(value)}"
        )
    return value


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
        raise MalformedResponseError(f"{where}: expected an object, got {_json_type(data)}")
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
            raise MalformedResponseError(f"{where}: expected an array, got {_json_type(value)}")
        item = cast(_Kind, kind.item)
        return [_clean_value(v, item, f"{where}[{i}]") for i, v in enumerate(value)]
    if kind.tag == "model":
        return _clean_object(cast(type, kind.cls), value, where)
    if kind.tag == "map":
        if not isinstance(value, Mapping):
            raise MalformedResponseError(f"{where}: expected an object, got {_json_type(value)}")
        for key, item in value.items():
            if not isinstance(item, str):
                raise MalformedResponseError(
                    f"{where}.{key}: expected a string, got {_json_type(item)}"
                )
        return dict(value)
    if not _scalar_ok(value, kind.tag):
        raise MalformedResponseError(
            f"{where}: expected {_DESCRIPTIONS[kind.tag]}, got {_json_type(value)}"
        )
    return value


# --------------------------------------------------------------------------
# generated -> facade
# --------------------------------------------------------------------------


def values_from_generated(facade: type, obj: object, *, what: str | None = None) -> dict[str, Any]:
    """Constructor keyword arguments of ``facade`` for a generated model instance.

    Raises:
        MalformedResponseError: ``obj`` holds a value of the wrong type.
    """
    binding = _require_binding(facade)
    where = what or binding.generated.__name__
    if not isinstance(obj, binding.generated):
        raise MalformedResponseError(
            f"{where}: expected {binding.generated.__name__}, got {type_name(obj)}"
        )
    values: dict[str, Any] = {}
    for field in binding.fields:
        raw = getattr(obj, field.generated)
        if raw is None or isinstance(raw, Unset):
            values[field.name] = None
        else:
            values[field.name] = _value_from_generated(raw, field.kind, f"{where}.{field.name}")
    if binding.has_extra:
        values[EXTRA] = dict(getattr(obj, "additional_properties", {}))
    return values


def _value_from_generated(raw: object, kind: _Kind, where: str) -> Any:
    if kind.tag == "list":
        if not isinstance(raw, list):
            raise MalformedResponseError(f"{where}: expected a list, got {type_name(raw)}")
        item = cast(_Kind, kind.item)
        return [_value_from_generated(v, item, f"{where}[{i}]") for i, v in enumerate(raw)]
    if kind.tag == "model":
        facade = _FACADE_FOR[cast(type, kind.cls)]
        return facade(**values_from_generated(facade, raw, what=where))
    if kind.tag == "map":
        if not isinstance(raw, cast(type, kind.cls)):
            raise MalformedResponseError(f"{where}: expected an object, got {type_name(raw)}")
        props = getattr(raw, "additional_properties", {})
        for key, value in props.items():
            if not isinstance(value, str):
                raise MalformedResponseError(
                    f"{where}.{key}: expected a string, got {type_name(value)}"
                )
        return dict(props)
    if not _scalar_ok(raw, kind.tag):
        raise MalformedResponseError(
            f"{where}: expected {_DESCRIPTIONS[kind.tag]}, got {type_name(raw)}"
        )
    return raw
