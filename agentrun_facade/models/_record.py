"""What every generated class shares: its field list, its ``repr`` and copies with changes.

The generated classes (``_schema.py``) are plain slotted classes written out in
full; each lists its fields in ``_field_names`` (``extra`` last where it has
one) and the fields shown specially in ``_field_reprs``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Self, TypeVar

from ._redact import redacted_values

__all__ = ["Record", "field_names", "replace"]

_R = TypeVar("_R", bound="Record")


class Record:
    """Base of the generated classes."""

    __slots__ = ()

    #: Attribute names of the fields, in declaration order.
    _field_names: ClassVar[tuple[str, ...]] = ()
    #: Field name -> how its value shows in ``repr`` (secrets as ``'***'`` ...).
    _field_reprs: ClassVar[Mapping[str, Callable[[Any], str]]] = {}

    def __repr__(self) -> str:
        """``Name(field=value, ...)`` with only the fields that are set.

        ``None`` fields and an empty ``extra`` are left out; secrets show as
        ``'***'``, payloads as their size, and ``extra`` (keys the spec does
        not define) shows its keys only.
        """
        shown = []
        reprs = self._field_reprs
        for name in self._field_names:
            value = getattr(self, name)
            if value is None or (name == "extra" and not value):
                continue
            if name == "extra":
                text = redacted_values(value)
            else:
                show = reprs.get(name)
                text = repr(value) if show is None else show(value)
            shown.append(f"{name}={text}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __replace__(self, **changes: Any) -> Self:
        """A new instance with the same field values but ``changes`` (``copy.replace``)."""
        unknown = set(changes).difference(self._field_names)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no fields {sorted(unknown)}")
        values = {name: getattr(self, name) for name in self._field_names}
        values.update(changes)
        return type(self)(**values)


def field_names(cls: type[Record] | Record) -> tuple[str, ...]:
    """Attribute names of the fields of a generated class (or of an instance's class)."""
    return cls._field_names


def replace(model: _R, /, **changes: Any) -> _R:
    """A copy of ``model`` with ``changes`` applied (fields not named keep their value).

    Raises:
        TypeError: ``changes`` names something that is not a field.
    """
    return model.__replace__(**changes)
