"""``repr`` helpers that keep secrets and bulky payloads out of reprs."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["redacted", "redacted_values", "sized"]


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
