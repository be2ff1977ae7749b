"""Whether a resource read back already holds what was sent, and how versions order.

Comparison happens on the wire form (camelCase JSON): a value sent is held
when the value read back contains it (nested objects key by key on the keys
sent, lists item by item, numbers within rounding). The service masks
secrets when it returns them, so fields that carry one cannot be compared.
For a code package with a checksum on both sides, the checksum stands for
the zip content. Used by declarative deploys (what differs) and by write
reconciliation (is this the resource an earlier attempt created).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

__all__ = [
    "LATEST",
    "NOT_READ_BACK",
    "covers",
    "endpoint_as_sent",
    "holds_secret",
    "holds_what_was_sent",
    "version_key",
]

#: The ``targetVersion`` that follows the runtime's current configuration.
LATEST = "LATEST"

_SECRET_KEYS = frozenset({"password", "armsLicenseKey"})
_ALWAYS_SECRET = frozenset({"environmentVariables"})

#: Request fields the service does not return (API reference: create-only or write-only).
NOT_READ_BACK = frozenset(
    {
        "credentialId",
        "resourceGroupId",
        "armsConfiguration",
        "forceEvictInstances",
        "deleteScalingConfig",
        "publisher",
    }
)


def holds_secret(key: str, value: Any) -> bool:
    """Whether ``value`` (sent under ``key``) carries a value the service masks when read."""
    if key in _ALWAYS_SECRET or key in _SECRET_KEYS:
        return True
    if isinstance(value, Mapping):
        return any(holds_secret(str(k), v) for k, v in value.items())
    if isinstance(value, list):
        return any(holds_secret("", item) for item in value)
    return False


def covers(wanted: Any, current: Any) -> bool:
    """Whether ``current`` (read back) already holds everything ``wanted`` sets."""
    if current is None:
        # Absent reads as empty, and booleans default to false (API reference).
        return wanted is False or wanted in ({}, [])
    if isinstance(wanted, Mapping):
        if not isinstance(current, Mapping):
            return False
        if "checksum" in wanted and wanted.get("checksum") == current.get("checksum"):
            wanted = {k: v for k, v in wanted.items() if k != "zipFile"}
        return all(covers(value, current.get(key)) for key, value in wanted.items())
    if isinstance(wanted, list):
        return (
            isinstance(current, list)
            and len(wanted) == len(current)
            and all(covers(w, c) for w, c in zip(wanted, current, strict=True))
        )
    if isinstance(wanted, bool) or isinstance(current, bool):
        return wanted is current
    if isinstance(wanted, int | float) and isinstance(current, int | float):
        return math.isclose(wanted, current, rel_tol=1e-9, abs_tol=1e-12)
    return bool(wanted == current)


def endpoint_as_sent(wire: Mapping[str, Any]) -> dict[str, Any]:
    """An endpoint read back, with ``scalingStatus`` also as the ``scalingConfig`` it came from."""
    shaped = dict(wire)
    scaling = shaped.get("scalingStatus")
    if isinstance(scaling, Mapping):
        shaped["scalingConfig"] = {
            k: v for k, v in scaling.items() if k in ("minInstances", "scheduledPolicies")
        }
    return shaped


def holds_what_was_sent(sent: Mapping[str, Any], current: Mapping[str, Any]) -> bool:
    """Whether ``current`` holds every comparable field of the request body ``sent``.

    Fields the service does not return, or returns masked, are skipped.
    """
    return all(
        covers(value, current.get(key))
        for key, value in sent.items()
        if key not in NOT_READ_BACK and not holds_secret(key, value)
    )


def version_key(version: str) -> tuple[int, int, str]:
    """Order of versions: numbers numerically, then other names, ``LATEST`` last."""
    if version == LATEST:
        return (2, 0, version)
    if version.isdigit():
        return (0, int(version), version)
    return (1, 0, version)
