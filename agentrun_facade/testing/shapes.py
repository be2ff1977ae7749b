"""Keeping only what a schema of the spec declares, fast.

A :class:`Shape` is a spec schema compiled once into the little the emulator
needs to copy a value through it: the declared fields of an object, the value
shape of a map, the item shape of an array, and whether a string is
``writeOnly``. Copies share no container with their input; leaves (strings,
numbers, booleans) are immutable and are shared.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import attrs

from .spec import component_schema, resolve

MASK = "******"


@attrs.frozen
class Shape:
    """What a schema keeps: declared ``fields``, map ``values`` or array ``items``."""

    fields: Mapping[str, Shape] | None = None
    values: Shape | None = None
    items: Shape | None = None
    write_only: bool = False

    def keep(self, value: Any, *, mask: bool) -> Any:
        """A copy of ``value`` with undeclared fields dropped (write-only strings masked)."""
        if isinstance(value, dict):
            fields = self.fields
            if fields is None:
                values = self.values
                if values is None:
                    return _plain(value)
                return {key: values.keep(item, mask=mask) for key, item in value.items()}
            kept: dict[str, Any] = {}
            for key, item in value.items():
                sub = fields.get(key)
                if sub is None:
                    continue
                if mask and sub.write_only and item:
                    kept[key] = MASK
                else:
                    kept[key] = sub.keep(item, mask=mask)
            return kept
        if isinstance(value, list):
            items = self.items or _ANY
            return [items.keep(item, mask=mask) for item in value]
        return value


_ANY = Shape()


def _plain(value: Any) -> Any:
    """A copy of free-form JSON (no schema to follow)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def compile_shape(schema: Mapping[str, Any]) -> Shape:
    """Compile a (possibly ``$ref``) schema of the spec into a :class:`Shape`."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return shape_of(ref.rsplit("/", 1)[-1])
    node = resolve(schema)
    properties = node.get("properties")
    extra = node.get("additionalProperties")
    items = node.get("items")
    return Shape(
        fields=(
            {name: compile_shape(sub) for name, sub in properties.items()}
            if isinstance(properties, Mapping)
            else None
        ),
        values=compile_shape(extra) if isinstance(extra, Mapping) else None,
        items=compile_shape(items) if isinstance(items, Mapping) else None,
        write_only=bool(node.get("writeOnly")),
    )


@functools.cache
def shape_of(name: str) -> Shape:
    """The compiled shape of component schema ``name`` (compiled once per process)."""
    return compile_shape(component_schema(name))
