"""Turning stored records into response bodies with the generated client models.

Stored configuration is first projected onto the output schema of the spec
(input-only fields dropped, write-only values masked), then passed through the
generated models so the answer has exactly the shapes the spec describes.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from agentrun_client.models import (
    AgentRuntime,
    AgentRuntimeEndpoint,
    AgentRuntimeVersion,
)

from .records import EndpointRecord, RuntimeRecord, VersionRecord
from .settings import EmulatorSettings
from .spec import component_schema, resolve

MASK = "******"


def iso(moment: float) -> str:
    """Epoch seconds as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def project(schema: Mapping[str, Any], value: Any) -> Any:
    """Keep only what ``schema`` declares; mask ``writeOnly`` strings."""
    schema = resolve(schema)
    if isinstance(value, dict):
        properties = schema.get("properties")
        if properties is None:
            extra = schema.get("additionalProperties")
            if isinstance(extra, Mapping):
                return {key: project(extra, item) for key, item in value.items()}
            return copy.deepcopy(value)
        kept: dict[str, Any] = {}
        for key, item in value.items():
            if key not in properties:
                continue
            sub = resolve(properties[key])
            kept[key] = MASK if sub.get("writeOnly") and item else project(sub, item)
        return kept
    if isinstance(value, list):
        items = schema.get("items", {})
        return [project(items, item) for item in value]
    return copy.deepcopy(value)


def runtime_arn(settings: EmulatorSettings, runtime_id: str) -> str:
    """``acs:agentrun:{region}:{account}:runtimes/{id}``."""
    return f"acs:agentrun:{settings.region}:{settings.account_id}:runtimes/{runtime_id}"


def invocation_url(base_url: str, runtime_name: str, endpoint_name: str) -> str:
    """Data-plane URL of an endpoint (append ``/openai/v1`` for an OpenAI client)."""
    return (
        f"{base_url.rstrip('/')}/agent-runtimes/{quote(runtime_name, safe='')}"
        f"/endpoints/{quote(endpoint_name, safe='')}/invocations"
    )


def runtime_model(
    settings: EmulatorSettings,
    runtime: RuntimeRecord,
    status: tuple[str, str | None],
    version: VersionRecord | None = None,
) -> AgentRuntime:
    """The AgentRuntime answer (of a published ``version`` when given)."""
    config = version.snapshot if version is not None else runtime.config
    wire = project(component_schema("AgentRuntime"), config)
    wire.update(
        agentRuntimeId=runtime.id,
        agentRuntimeArn=runtime_arn(settings, runtime.id),
        createdAt=iso(runtime.created_at),
        lastUpdatedAt=iso(version.published_at if version else runtime.updated_at),
        status=status[0],
    )
    if status[1]:
        wire["statusReason"] = status[1]
    if version is not None:
        wire["agentRuntimeVersion"] = str(version.number)
    elif runtime.versions_published:
        wire["agentRuntimeVersion"] = str(runtime.versions_published)
    return AgentRuntime.from_dict(wire)


def deleted_runtime_model(runtime: RuntimeRecord) -> AgentRuntime:
    """What DeleteAgentRuntime answers: only the id is meaningful."""
    return AgentRuntime(agent_runtime_id=runtime.id)


def endpoint_model(
    settings: EmulatorSettings,
    endpoint: EndpointRecord,
    runtime_name: str,
    status: tuple[str, str | None],
    base_url: str,
) -> AgentRuntimeEndpoint:
    """The AgentRuntimeEndpoint answer."""
    wire = project(component_schema("AgentRuntimeEndpoint"), endpoint.config)
    wire.update(
        agentRuntimeEndpointId=endpoint.id,
        agentRuntimeEndpointArn=(
            f"{runtime_arn(settings, endpoint.runtime_id)}/endpoints/{endpoint.id}"
        ),
        agentRuntimeId=endpoint.runtime_id,
        endpointPublicUrl=invocation_url(base_url, runtime_name, endpoint.name),
        status=status[0],
    )
    if status[1]:
        wire["statusReason"] = status[1]
    scaling = endpoint.config.get("scalingConfig")
    if scaling:
        instances = int(scaling.get("minInstances", 0))
        wire["scalingStatus"] = {
            "minInstances": instances,
            "currentInstances": instances,
            "targetInstances": instances,
            "scheduledPolicies": copy.deepcopy(scaling.get("scheduledPolicies", [])),
        }
    return AgentRuntimeEndpoint.from_dict(wire)


def version_model(
    settings: EmulatorSettings, version: VersionRecord, runtime_name: str
) -> AgentRuntimeVersion:
    """The AgentRuntimeVersion answer."""
    wire: dict[str, Any] = {
        "agentRuntimeArn": runtime_arn(settings, version.runtime_id),
        "agentRuntimeId": version.runtime_id,
        "agentRuntimeName": runtime_name,
        "agentRuntimeVersion": str(version.number),
        "lastUpdatedAt": iso(version.published_at),
    }
    if version.description is not None:
        wire["description"] = version.description
    return AgentRuntimeVersion.from_dict(wire)
