"""List inputs as keyword arguments of the generated ``_get_kwargs``.

A list-input class is tied to its operation's ``_get_kwargs`` with
:func:`query_model`; :func:`list_query` turns an instance into its keyword
arguments (snake_case names, unset fields omitted, lists comma-joined).
"""

from __future__ import annotations

import enum
import inspect
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ..errors import InvalidParameterError
from ._generated import attrs_field_names, kind_tag, type_name

__all__ = ["list_query", "query_model"]

_T = TypeVar("_T")


# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _QueryBinding:
    kinds: Mapping[str, str]  # parameter -> "str" | "int"
    comma_lists: frozenset[str]


_QUERY_BY_FACADE: dict[type, _QueryBinding] = {}


def query_model(
    get_kwargs: Callable[..., dict[str, Any]], *, comma_lists: frozenset[str] = frozenset()
) -> Callable[[type[_T]], type[_T]]:
    """Tie an attrs list-input class to the generated ``_get_kwargs`` of its operation.

    The class's fields must be exactly the keyword-only parameters; names in
    ``comma_lists`` also accept a list, sent comma-joined.
    """
    hints = typing.get_type_hints(get_kwargs)
    kinds = {
        name: kind_tag(hints[name], name)
        for name, parameter in inspect.signature(get_kwargs).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }

    def bind(cls: type[_T]) -> type[_T]:
        names = set(attrs_field_names(cls))
        if names != set(kinds) or not comma_lists <= names:
            raise TypeError(f"{cls.__name__} does not match {get_kwargs.__module__}")
        _QUERY_BY_FACADE[cls] = _QueryBinding(kinds, comma_lists)
        return cls

    return bind


def list_query(model: object) -> dict[str, Any]:
    """Keyword arguments for the generated ``_get_kwargs`` of a list input.

    Unset fields are omitted; lists are comma-joined; enums become their value.

    Raises:
        InvalidParameterError: a value of the wrong type, or a page number or
            size below 1.
    """
    binding = next(
        (_QUERY_BY_FACADE[k] for k in type(model).__mro__ if k in _QUERY_BY_FACADE), None
    )
    if binding is None:
        raise InvalidParameterError(f"{type(model).__name__} is not a list input")
    where = type(model).__name__
    query: dict[str, Any] = {}
    for name, tag in binding.kinds.items():
        value = getattr(model, name)
        if value is None:
            continue
        here = f"{where}.{name}"
        if tag == "int":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidParameterError(f"{here} must be a positive integer, got {value!r}")
            query[name] = value
            continue
        text = _query_text(value, here, allow_list=name in binding.comma_lists)
        if text is not None:
            query[name] = text
    return query


def _query_text(value: object, where: str, *, allow_list: bool) -> str | None:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, str):
        return value
    if not allow_list or isinstance(value, (bytes, Mapping)) or not isinstance(value, Sequence):
        expected = "a string or a list of strings" if allow_list else "a string"
        raise InvalidParameterError(f"{where} must be {expected}, got {type_name(value)}")
    parts: list[str] = []
    for index, item in enumerate(value):
        if isinstance(item, enum.Enum):
            item = item.value
        if not isinstance(item, str) or not item or "," in item:
            raise InvalidParameterError(
                f"{where}[{index}] must be a non-empty string without commas, got {item!r}"
            )
        parts.append(item)
    return ",".join(parts) if parts else None
