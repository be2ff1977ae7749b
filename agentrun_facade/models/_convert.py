"""Checks the generated converters call when a value is not the plain expected type.

The generated ``_read``/``_write`` methods (``_schema.py``) test the common case
inline (``type(value) is str``) and call these helpers for containers and for
anything unusual. A problem raises :class:`PathError`, which collects the key
path on its way up; the public ``from_wire``/``to_wire`` turn it into the
user-facing error once, at the top, so no path text is built unless raising.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

__all__ = [
    "DESCRIPTIONS",
    "PathError",
    "expected_array",
    "is_scalar",
    "json_type",
    "new_instance",
    "read_extra",
    "read_list",
    "read_map",
    "read_object",
    "read_scalar",
    "write_extra",
    "write_list",
    "write_map",
    "write_models",
    "write_scalar",
    "wrong_model",
]

_T = TypeVar("_T")

if TYPE_CHECKING:

    def new_instance(cls: type[_T]) -> _T:
        """A new instance of ``cls`` whose ``__init__`` has not run (slots unset)."""

else:
    new_instance = object.__new__

_TYPES: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool}
DESCRIPTIONS = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "a boolean",
}


class PathError(Exception):
    """A value of the wrong type at a key path below the object being converted.

    ``segments`` holds the path innermost first (``[".cpu"]``, then
    ``[".cpu", ".data"]`` ...); ``problem`` the rest of the message.
    """

    def __init__(self, segment: str, problem: str) -> None:
        super().__init__(segment, problem)
        self.segments = [segment]
        self.problem = problem

    def within(self, segment: str) -> PathError:
        """The same error, one level further out."""
        self.segments.append(segment)
        return self

    def message(self, root: str) -> str:
        """The full message, e.g. ``AgentRuntime.systemTags[1]: expected a string``."""
        return root + "".join(reversed(self.segments)) + self.problem


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
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


def is_scalar(value: object, tag: str) -> bool:
    """Whether ``value`` is of kind ``tag`` (``"str"``, ``"int"`` ...); a bool is no number."""
    if tag == "str":
        return isinstance(value, str)
    if tag == "bool":
        return isinstance(value, bool)
    if tag == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --------------------------------------------------------------------------
# Reading: decoded JSON -> attribute values
# --------------------------------------------------------------------------


def _expected(segment: str, what: str, value: object) -> PathError:
    return PathError(segment, f": expected {what}, got {json_type(value)}")


def read_object(data: object) -> dict[Any, Any]:
    """``data`` as a ``dict`` when it is a mapping."""
    if isinstance(data, Mapping):
        return dict(data)
    raise _expected("", "an object", data)


def read_scalar(value: object, tag: str, segment: str) -> Any:
    """A scalar whose type is not exactly ``tag`` (a subclass passes, anything else fails)."""
    if is_scalar(value, tag):
        return value
    raise _expected(segment, DESCRIPTIONS[tag], value)


def read_list(value: object, tag: str, segment: str) -> list[Any]:
    """A copy of a JSON array of scalars."""
    if type(value) is not list:
        raise _expected(segment, "an array", value)
    exact = _TYPES[tag]
    for item in value:
        if type(item) is not exact:
            break
    else:
        return value.copy()
    for index, item in enumerate(value):
        if not is_scalar(item, tag):
            raise _expected(f"{segment}[{index}]", DESCRIPTIONS[tag], item)
    return value.copy()


def expected_array(value: object, segment: str) -> PathError:
    """The error for a value that should be a JSON array."""
    return _expected(segment, "an array", value)


def read_map(value: object, tag: str, segment: str) -> dict[str, Any]:
    """A copy of a JSON object whose values are scalars."""
    if not isinstance(value, Mapping):
        raise _expected(segment, "an object", value)
    exact = _TYPES[tag]
    for item in value.values():
        if type(item) is not exact:
            break
    else:
        return dict(value)
    for key, item in value.items():
        if not is_scalar(item, tag):
            raise _expected(f"{segment}.{key}", DESCRIPTIONS[tag], item)
    return dict(value)


def read_extra(data: dict[Any, Any], known: frozenset[str]) -> dict[str, Any]:
    """The keys of ``data`` the schema does not define."""
    return {key: value for key, value in data.items() if key not in known}


# --------------------------------------------------------------------------
# Writing: attribute values -> JSON-ready values
# --------------------------------------------------------------------------


def _type_name(value: object) -> str:
    return type(value).__name__


def write_scalar(value: object, tag: str, segment: str) -> Any:
    """An attribute value that is not exactly of type ``tag``: enums give their value."""
    if isinstance(value, enum.Enum):
        value = value.value
    if is_scalar(value, tag):
        return value
    raise PathError(segment, f" must be {DESCRIPTIONS[tag]}, got {_type_name(value)}")


def _sequence(value: object, segment: str) -> Sequence[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise PathError(segment, f" must be a list, got {_type_name(value)}")
    return value


def write_list(value: object, tag: str, segment: str) -> list[Any]:
    """A list of scalars (any sequence but a string)."""
    return [
        item if type(item) is _TYPES[tag] else write_scalar(item, tag, f"{segment}[{index}]")
        for index, item in enumerate(_sequence(value, segment))
    ]


def wrong_model(value: object, expected: str, segment: str) -> PathError:
    """The error for a nested value that is not the facade class it must be."""
    return PathError(segment, f" must be a {expected}, got {_type_name(value)}")


def write_models(value: object, cls: type[Any], segment: str) -> list[dict[str, Any]]:
    """A list of nested models, each written with its ``_write``."""
    out: list[dict[str, Any]] = []
    for index, item in enumerate(_sequence(value, segment)):
        here = f"{segment}[{index}]"
        if not isinstance(item, cls):
            raise wrong_model(item, cls.__name__, here)
        try:
            out.append(item._write())
        except PathError as exc:
            raise exc.within(here) from None
    return out


def write_map(value: object, tag: str, segment: str) -> dict[str, Any]:
    """A copy of a mapping of strings to scalars."""
    if isinstance(value, Mapping) and all(
        isinstance(key, str) and is_scalar(item, tag) for key, item in value.items()
    ):
        return dict(value)
    description = "strings" if tag == "str" else DESCRIPTIONS[tag].split(" ", 1)[1] + "s"
    raise PathError(segment, f" must be a dict of strings to {description}")


def write_extra(extra: object) -> dict[str, Any]:
    """A copy of ``extra``, the first keys of the written object."""
    if type(extra) is dict and not extra:
        return {}
    if not isinstance(extra, Mapping) or not all(isinstance(key, str) for key in extra):
        raise PathError(".extra", " must be a mapping with string keys")
    return dict(extra)
