"""Settings of the local emulator (credentials, timings, paging, faults)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypedDict

import attrs

from agentrun_facade.errors import InvalidParameterError

DEFAULT_ACCESS_KEY_ID = "AKIDLOCALTEST0000"
DEFAULT_ACCESS_KEY_SECRET = "local-emulator-secret-not-real"
DEFAULT_REGION = "cn-hangzhou"
DEFAULT_ACCOUNT_ID = "1234567890123456"

#: Put this key in a runtime's environmentVariables to make it fail: create ends in
#: CREATE_FAILED (update in UPDATE_FAILED) with statusReason set to the value.
FAIL_TRIGGER = "AGENTRUN_EMULATOR_FAIL"
#: This key in a runtime's environmentVariables names the status its create or update
#: settles into instead (``FAILED``, say); statusReason comes from FAIL_TRIGGER if set.
STATUS_TRIGGER = "AGENTRUN_EMULATOR_STATUS"
#: This key in a runtime's environmentVariables names the status that the runtime's
#: endpoints settle into after a create or update (``ACTIVE``, ``FAILED``, ...).
ENDPOINT_STATUS_TRIGGER = "AGENTRUN_EMULATOR_ENDPOINT_STATUS"
#: Orders the list operations can use (no source specifies the service's order).
ListOrder = Literal["oldest", "newest", "shuffled"]
LIST_ORDERS: tuple[ListOrder, ...] = ("oldest", "newest", "shuffled")
#: Default largest request body accepted (bigger ones get 413).
DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024


def _hidden(value: object) -> str:
    return "None" if value is None else "'***'"


def _non_empty(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidParameterError(f"{attribute.name} must be a non-empty string")


def _optional_text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value):
        raise InvalidParameterError(f"{attribute.name} must be a non-empty string or None")


def _seconds(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidParameterError(f"{attribute.name} must be a number")
    if not math.isfinite(value) or value < 0:
        raise InvalidParameterError(f"{attribute.name} must be a finite number >= 0")


def _rate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise InvalidParameterError(f"{attribute.name} must be a number between 0 and 1")


def _count(minimum: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise InvalidParameterError(f"{attribute.name} must be an integer >= {minimum}")

    return check


def _list_order(_: object, __: attrs.Attribute[Any], value: object) -> None:
    if value not in LIST_ORDERS:
        raise InvalidParameterError(f"list_order must be one of {', '.join(LIST_ORDERS)}")


def _flag(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidParameterError(f"{attribute.name} must be True or False")


def _state_file(value: object) -> Path | None:
    if value is None or isinstance(value, Path):
        return value
    if isinstance(value, str) and value:
        return Path(value)
    raise InvalidParameterError("state_file must be a path or None")


def _clock(value: object) -> Callable[[], float]:
    if value is None:
        return time.time
    if not callable(value):
        raise InvalidParameterError("clock must be a callable returning epoch seconds")
    return value


@attrs.frozen
class EmulatorSettings:
    """Everything the emulator needs to know; secrets are hidden from ``repr``.

    ``transition_seconds`` is how long CREATING/UPDATING/DELETING last (0 makes
    every transition immediate). ``clock`` returns epoch seconds and drives the
    lifecycle and timestamps; signatures are always checked against real time.
    Rates are probabilities per request, drawn from ``random.Random(seed)``;
    ``lost_response_rate`` is the share of requests that are carried out in full
    and whose answer is then lost (the connection drops).

    ``strict_unknown_fields`` rejects request fields and query parameters the spec
    does not declare (by default they are accepted and ignored).
    ``require_update_cpu`` (default on) rejects an UpdateAgentRuntime body
    without ``cpu``, which the API documents as required there.
    ``list_order`` is the order of list answers: ``oldest`` first, ``newest``
    first, or ``shuffled`` (a fixed order drawn from ``seed``).
    ``max_body_bytes`` is the largest request body accepted (413 above it).
    """

    access_key_id: str = attrs.field(default=DEFAULT_ACCESS_KEY_ID, validator=_non_empty)
    access_key_secret: str = attrs.field(
        default=DEFAULT_ACCESS_KEY_SECRET, validator=_non_empty, repr=_hidden
    )
    security_token: str | None = attrs.field(default=None, validator=_optional_text, repr=_hidden)
    region: str = attrs.field(default=DEFAULT_REGION, validator=_non_empty)
    account_id: str = attrs.field(default=DEFAULT_ACCOUNT_ID, validator=_non_empty)
    transition_seconds: float = attrs.field(default=0.5, validator=_seconds)
    max_page_size: int = attrs.field(default=100, validator=_count(1))
    default_page_size: int = attrs.field(default=20, validator=_count(1))
    state_file: Path | None = attrs.field(default=None, converter=_state_file)
    seed: int = attrs.field(default=0, validator=_count(0))
    latency_ms: float = attrs.field(default=0.0, validator=_seconds)
    jitter_ms: float = attrs.field(default=0.0, validator=_seconds)
    fail_rate: float = attrs.field(default=0.0, validator=_rate)
    throttle_rate: float = attrs.field(default=0.0, validator=_rate)
    drop_rate: float = attrs.field(default=0.0, validator=_rate)
    lost_response_rate: float = attrs.field(default=0.0, validator=_rate)
    retry_after_seconds: int = attrs.field(default=1, validator=_count(0))
    strict_unknown_fields: bool = attrs.field(default=False, validator=_flag)
    require_update_cpu: bool = attrs.field(default=True, validator=_flag)
    list_order: ListOrder = attrs.field(default="oldest", validator=_list_order)
    max_body_bytes: int = attrs.field(default=DEFAULT_MAX_BODY_BYTES, validator=_count(1))
    verify_signatures: bool = attrs.field(
        default=True, validator=attrs.validators.instance_of(bool)
    )
    public_url: str | None = attrs.field(default=None, validator=_optional_text)
    clock: Callable[[], float] = attrs.field(default=None, converter=_clock, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        rates = self.fail_rate + self.throttle_rate + self.drop_rate + self.lost_response_rate
        if rates > 1:
            raise InvalidParameterError(
                "fail_rate + throttle_rate + drop_rate + lost_response_rate must be <= 1"
            )


class SettingsOptions(TypedDict, total=False):
    """Keyword options accepted wherever an :class:`EmulatorSettings` is built."""

    access_key_id: str
    access_key_secret: str
    security_token: str | None
    region: str
    account_id: str
    transition_seconds: float
    max_page_size: int
    default_page_size: int
    state_file: str | Path | None
    seed: int
    latency_ms: float
    jitter_ms: float
    fail_rate: float
    throttle_rate: float
    drop_rate: float
    lost_response_rate: float
    retry_after_seconds: int
    strict_unknown_fields: bool
    require_update_cpu: bool
    list_order: ListOrder
    max_body_bytes: int
    verify_signatures: bool
    public_url: str | None
    clock: Callable[[], float] | None


def build_settings(base: EmulatorSettings | None, options: SettingsOptions) -> EmulatorSettings:
    """``base`` (or the defaults) with ``options`` applied; unknown names are rejected."""
    known = {field.name for field in attrs.fields(EmulatorSettings)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise InvalidParameterError(f"unknown emulator option(s): {', '.join(unknown)}")
    return attrs.evolve(base or EmulatorSettings(), **options)
