"""Names that address a runtime or an endpoint on the data plane.

A runtime's and an endpoint's names are path segments of their data-plane
URL (``/agent-runtimes/{runtime}/endpoints/{endpoint}/...``), so a name that
no URL can carry unchanged is refused before anything is sent.
"""

from __future__ import annotations

import unicodedata

from .errors import InvalidParameterError

__all__ = ["check_addressable_name"]


def check_addressable_name(value: object, field: str) -> str:
    """``value`` when it can address a resource on the data plane.

    Raises:
        InvalidParameterError: missing, not a string, empty, ``.``/``..``, leading or
            trailing whitespace, a ``/``, or a control character; the message
            names ``field`` and the problem.
    """
    if value is None:
        raise InvalidParameterError(f"{field} is required")
    if not isinstance(value, str):
        raise InvalidParameterError(f"{field} must be a string, got {type(value).__name__}")
    if not value:
        raise InvalidParameterError(f"{field} must not be empty")
    problem = None
    if value in (".", ".."):
        problem = "must not be a dot segment"
    elif value != value.strip():
        problem = "must not begin or end with whitespace"
    elif "/" in value:
        problem = "must not contain '/'"
    else:
        control = next((c for c in value if unicodedata.category(c) in ("Cc", "Cf")), None)
        if control is not None:
            problem = f"must not contain control characters (found U+{ord(control):04X})"
    if problem is not None:
        raise InvalidParameterError(
            f"{field} {problem}: the name is part of the data-plane address, got {value!r}"
        )
    return value
