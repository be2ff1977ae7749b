"""Endpoint routing across versions and endpoint scaling."""

from __future__ import annotations

from typing import Any

import agentrun_client.models as gen
import attrs

from ._wire import wire_model

__all__ = ["RoutingConfig", "ScalingConfig", "ScalingStatus", "ScheduledPolicy", "VersionWeight"]


@wire_model(gen.VersionWeight)
@attrs.define(kw_only=True)
class VersionWeight:
    """Share of traffic (0.0 to 1.0) sent to one runtime version."""

    version: str | None = None
    weight: float | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.RoutingConfiguration)
@attrs.define(kw_only=True)
class RoutingConfig:
    """Weighted traffic split across runtime versions."""

    version_weights: list[VersionWeight] | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.ScheduledPolicy)
@attrs.define(kw_only=True)
class ScheduledPolicy:
    """A scheduled scaling policy (``schedule_expression`` is a cron expression)."""

    end_time: str | None = None
    name: str | None = None
    schedule_expression: str | None = None
    start_time: str | None = None
    target: int | None = None
    time_zone: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.ScalingConfig)
@attrs.define(kw_only=True)
class ScalingConfig:
    """Endpoint scaling as requested: minimum instances and scheduled policies."""

    min_instances: int | None = None
    scheduled_policies: list[ScheduledPolicy] | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.ScalingStatus)
@attrs.define(kw_only=True)
class ScalingStatus:
    """Endpoint scaling as observed."""

    current_error: str | None = None
    current_instances: int | None = None
    min_instances: int | None = None
    scheduled_policies: list[ScheduledPolicy] | None = None
    target_instances: int | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)
