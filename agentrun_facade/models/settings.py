"""Runtime settings: network, protocol, logging, health checks, ARMS, storage mounts."""

from __future__ import annotations

from typing import Any

import agentrun_client.models as gen
import attrs

from ._redact import redacted
from ._wire import wire_model
from .enums import NetworkMode, ProtocolType

__all__ = [
    "ArmsConfig",
    "HealthCheckConfig",
    "LogConfig",
    "NASConfig",
    "NASMountConfig",
    "NetworkConfig",
    "OSSMountConfig",
    "OSSMountPoint",
    "ProtocolConfig",
    "ProtocolSetting",
]


@wire_model(gen.NetworkConfiguration)
@attrs.define(kw_only=True)
class NetworkConfig:
    """Network mode, VPC, vSwitches and security group (wire ``vswitchIds``)."""

    network_mode: NetworkMode | str | None = None
    security_group_id: str | None = None
    vpc_id: str | None = None
    vswitch_ids: list[str] | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(
    gen.ProtocolSettings,
    renames={
        "a2a_agent_card": "a_2_a_agent_card",
        "legacy_a2a_agent_card": "a2a_agent_card",
        "a2a_agent_card_url": "a_2_a_agent_card_url",
        "type": "type_",
    },
)
@attrs.define(kw_only=True)
class ProtocolSetting:
    """Settings of one protocol.

    ``a2a_agent_card`` is wire ``a2aAgentCard``; ``legacy_a2a_agent_card`` is
    the older wire spelling ``A2AAgentCard``.
    """

    a2a_agent_card: str | None = None
    legacy_a2a_agent_card: str | None = None
    a2a_agent_card_url: str | None = None
    config: str | None = None
    headers: str | None = None
    input_body_json_schema: str | None = None
    method: str | None = None
    name: str | None = None
    output_body_json_schema: str | None = None
    path: str | None = None
    path_prefix: str | None = None
    request_content_type: str | None = None
    response_content_type: str | None = None
    type: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.ProtocolConfiguration, renames={"type": "type_"})
@attrs.define(kw_only=True)
class ProtocolConfig:
    """Protocol(s) the agent speaks."""

    type: ProtocolType | str | None = None
    protocol_settings: list[ProtocolSetting] | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.LogConfiguration)
@attrs.define(kw_only=True)
class LogConfig:
    """Simple Log Service destination."""

    logstore: str | None = None
    project: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.HealthCheckConfiguration)
@attrs.define(kw_only=True)
class HealthCheckConfig:
    """Instance health checks (thresholds are counts, times are seconds)."""

    failure_threshold: int | None = None
    http_get_url: str | None = None
    initial_delay_seconds: int | None = None
    period_seconds: int | None = None
    success_threshold: int | None = None
    timeout_seconds: int | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.ArmsConfiguration)
@attrs.define(kw_only=True)
class ArmsConfig:
    """ARMS monitoring; the license key never shows in ``repr``."""

    arms_license_key: str | None = attrs.field(default=None, repr=redacted)
    cms_workspace: str | None = None
    enable_arms: bool | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.NASMountConfig)
@attrs.define(kw_only=True)
class NASMountConfig:
    """One NAS mount point (``enable_tls`` is wire ``enableTLS``)."""

    enable_tls: bool | None = None
    mount_dir: str | None = None
    server_addr: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.NASConfig)
@attrs.define(kw_only=True)
class NASConfig:
    """NAS file-system mounts."""

    group_id: int | None = None
    mount_points: list[NASMountConfig] | None = None
    user_id: int | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.OSSMountPoint)
@attrs.define(kw_only=True)
class OSSMountPoint:
    """One OSS bucket mount."""

    bucket_name: str | None = None
    bucket_path: str | None = None
    endpoint: str | None = None
    mount_dir: str | None = None
    read_only: bool | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


@wire_model(gen.OSSMountConfig)
@attrs.define(kw_only=True)
class OSSMountConfig:
    """OSS bucket mounts."""

    mount_points: list[OSSMountPoint] | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)
