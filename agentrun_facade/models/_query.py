"""List inputs as keyword arguments of the generated ``_get_kwargs``.

The list-input classes are generated from the list operations' query
parameters (``_schema.py``) on top of :class:`ListQuery`; :func:`list_query`
turns an instance into its keyword arguments (snake_case names, unset fields
omitted, lists comma-joined).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from ..errors import InvalidParameterError
from ._record import Record

__all__ = ["ListQuery", "list_query"]


class ListQuery(Record):
    """Base of the generated list inputs: which parameters they hold and how to send them."""

    __slots__ = ("__weakref__",)

    #: Attribute (the ``_get_kwargs`` parameter) -> ``"str"`` or ``"int"``.
    _query_kinds: ClassVar[Mapping[str, str]]
    #: Attributes that also take a list, sent comma-joined.
    _comma_lists: ClassVar[frozenset[str]]


def _type_name(value: object) -> str:
    return type(value).__name__


def list_query(model: object) -> dict[str, Any]:
    """Keyword arguments for the generated ``_get_kwargs`` of a list input.

    Unset fields are omitted; lists are comma-joined; enums become their value.

    Raises:
        InvalidParameterError: a value of the wrong type, or a page number or
            size below 1.
    """
    if not isinstance(model, ListQuery):
        raise InvalidParameterError(f"{type(model).__name__} is not a list input")
    where = type(model).__name__
    comma_lists = model._comma_lists
    query: dict[str, Any] = {}
    for name, tag in model._query_kinds.items():
        value = getattr(model, name)
        if value is None:
            continue
        here = f"{where}.{name}"
        if tag == "int":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidParameterError(f"{here} must be a positive integer, got {value!r}")
            query[name] = value
            continue
        text = _query_text(value, here, allow_list=name in comma_lists)
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
        raise InvalidParameterError(f"{where} must be {expected}, got {_type_name(value)}")
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
