"""``repr`` helpers that keep secrets and bulky payloads out of reprs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import attrs

__all__ = ["redacted", "redacted_values", "set_fields_repr", "sized"]


def set_fields_repr(instance: object) -> str:
    """``Name(field=value, ...)`` with only the fields that are set.

    ``None`` fields and an empty ``extra`` are left out; each field's own
    ``repr`` option is honoured (secrets shown as ``'***'``, payloads as their
    size), and ``extra`` (keys the spec does not define) shows its keys only.
    """
    shown = []
    for field in attrs.fields(cast(Any, type(instance))):
        if not field.repr:
            continue
        value = getattr(instance, field.name)
        if value is None or (field.name == "extra" and not value):
            continue
        if field.name == "extra":
            text = redacted_values(value)
        elif callable(field.repr):
            text = field.repr(value)
        else:
            text = repr(value)
        shown.append(f"{field.name}={text}")
    return f"{type(instance).__name__}({', '.join(shown)})"


def redacted(value: object) -> str:
    """``'***'`` for any set value."""
    return "None" if value is None else "'***'"


def redacted_values(value: object) -> str:
    """A mapping shown with its keys only (environment variables may hold secrets)."""
    if isinstance(value, Mapping):
        return repr(dict.fromkeys(value, "***"))
    return repr(value)


def sized(value: object) -> str:
    """A long string shown as its length."""
    if isinstance(value, str):
        return f"<{len(value)} chars>"
    return repr(value)
