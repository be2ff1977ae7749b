"""Facade data models: enums, inputs on the wire, resource fields from the wire."""

from __future__ import annotations

import base64
import copy
import inspect
import io
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any, cast

import pytest
import yaml
from agentrun_client import models as gen
from agentrun_client.api.endpoints import list_agent_runtime_endpoints
from agentrun_client.api.runtimes import list_agent_runtimes
from agentrun_client.api.versions import list_agent_runtime_versions
from agentrun_client.types import UNSET

from agentrun_facade.code_packaging import crc64_xz
from agentrun_facade.errors import InvalidParameterError, MalformedResponseError
from agentrun_facade.models import (
    AgentRuntimeCode,
    AgentRuntimeContainer,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointFields,
    AgentRuntimeEndpointListInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeFields,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionListInput,
    AgentRuntimeVersionPublishInput,
    ArmsConfig,
    ArtifactType,
    HealthCheckConfig,
    ImageRegistryType,
    Language,
    LogConfig,
    NASConfig,
    NASMountConfig,
    NetworkConfig,
    NetworkMode,
    OSSMountConfig,
    OSSMountPoint,
    ProtocolConfig,
    ProtocolSetting,
    ProtocolType,
    RegistryAuthConfig,
    RegistryCertConfig,
    RegistryConfig,
    RegistryNetworkConfig,
    RoutingConfig,
    ScalingConfig,
    ScalingStatus,
    ScheduledPolicy,
    SessionAffinityType,
    Status,
    VersionWeight,
    list_query,
    parse_generated,
    parse_status,
    replace,
    to_generated,
    to_wire,
)

SPEC = Path(__file__).resolve().parents[2] / "spec" / "agentrun-2025-09-10.yaml"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def _fields(cls: type) -> list[inspect.Parameter]:
    """The constructor's keyword-only parameters but ``extra``: one per field."""
    parameters = inspect.signature(cls).parameters.values()
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)
    return [p for p in parameters if p.name != "extra"]


def _example(spec: dict[str, Any], name: str) -> dict[str, Any]:
    data: dict[str, Any] = spec["components"]["examples"][name]["value"]["data"]
    return copy.deepcopy(data)


def _properties(spec: dict[str, Any], schema: str) -> set[str]:
    return set(spec["components"]["schemas"][schema]["properties"])


def _bad(value: object) -> Any:
    """A deliberately mistyped value, for the type checks done at run time."""
    return cast(Any, value)


def _crc64_xz_reference(data: bytes) -> int:
    """Bit-by-bit CRC-64/XZ, independent of the table-driven implementation."""
    crc = 0xFFFFFFFFFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xC96C5795D7870F42 if crc & 1 else crc >> 1
    return crc ^ 0xFFFFFFFFFFFFFFFF


# --------------------------------------------------------------------------
# Status and enums
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "final", "failed"),
    [
        (Status.CREATING, False, False),
        (Status.UPDATING, False, False),
        (Status.DELETING, False, False),
        (Status.READY, True, False),
        (Status.CREATE_FAILED, True, True),
        (Status.UPDATE_FAILED, True, True),
        (Status.DELETE_FAILED, True, True),
    ],
)
def test_status_final_and_failed(status: Status, final: bool, failed: bool) -> None:
    assert status.is_final() is final
    assert status.is_failed() is failed


def test_status_is_a_str_with_its_wire_value() -> None:
    assert Status.READY == "READY"
    assert str(Status.CREATE_FAILED) == "CREATE_FAILED"
    assert isinstance(Status.READY, str)
    assert len(Status) == 9


def test_status_knows_failed_and_active() -> None:
    assert parse_status("FAILED") is Status.FAILED
    assert parse_status("ACTIVE") is Status.ACTIVE
    assert Status.FAILED.is_failed() and Status.FAILED.is_final()
    assert Status.ACTIVE.is_final() and not Status.ACTIVE.is_failed()
    assert Status.UPDATE_FAILED.is_failed() and not Status.UPDATING.is_final()


def test_parse_status_keeps_unknown_values_as_strings() -> None:
    assert parse_status("READY") is Status.READY
    assert parse_status(Status.DELETING) is Status.DELETING
    assert parse_status(None) is None
    unknown = parse_status("SCALING")
    assert unknown == "SCALING"
    assert not isinstance(unknown, Status)


def test_enum_values_match_the_wire() -> None:
    assert [m.value for m in ArtifactType] == ["Code", "Container"]
    assert [m.value for m in NetworkMode] == ["PUBLIC", "PRIVATE", "PUBLIC_AND_PRIVATE"]
    assert [m.value for m in ProtocolType] == ["HTTP", "MCP", "SUPER_AGENT"]
    assert [m.value for m in Language] == [
        "python3.10",
        "python3.12",
        "nodejs18",
        "nodejs20",
        "java8",
        "java11",
    ]
    assert [m.value for m in ImageRegistryType] == ["ACR", "ACREE", "CUSTOM"]
    assert SessionAffinityType.HEADER_FIELD.value == "HEADER_FIELD"


def test_enum_or_plain_string_give_the_same_wire() -> None:
    as_enum = NetworkConfig(network_mode=NetworkMode.PUBLIC_AND_PRIVATE)
    as_text = NetworkConfig(network_mode="PUBLIC_AND_PRIVATE")
    assert to_wire(as_enum) == to_wire(as_text) == {"networkMode": "PUBLIC_AND_PRIVATE"}
    # an unknown value passes through untouched
    assert to_wire(NetworkConfig(network_mode="FUTURE_MODE")) == {"networkMode": "FUTURE_MODE"}


# --------------------------------------------------------------------------
# Create input
# --------------------------------------------------------------------------


def _code() -> AgentRuntimeCode:
    return AgentRuntimeCode.from_oss(
        "bucket", "agent.zip", language=Language.PYTHON3_12, command=["python3", "app.py"]
    )


def test_create_defaults_and_minimal_body() -> None:
    model = AgentRuntimeCreateInput(agent_runtime_name="rt", code_configuration=_code())
    assert (model.cpu, model.memory, model.port) == (2, 4096, 9000)
    assert to_wire(model.prepared()) == {
        "agentRuntimeName": "rt",
        "artifactType": "Code",
        "codeConfiguration": {
            "command": ["python3", "app.py"],
            "language": "python3.12",
            "ossBucketName": "bucket",
            "ossObjectName": "agent.zip",
        },
        "cpu": 2,
        "memory": 4096,
        "networkConfiguration": {"networkMode": "PUBLIC"},
        "port": 9000,
    }


def test_create_without_code_or_container_names_both_fields() -> None:
    model = AgentRuntimeCreateInput(agent_runtime_name="rt", artifact_type="Code")
    with pytest.raises(ValueError) as caught:
        model.prepared()
    assert isinstance(caught.value, InvalidParameterError)
    assert "code_configuration" in str(caught.value)
    assert "container_configuration" in str(caught.value)


def test_prepared_infers_container_and_returns_a_copy() -> None:
    container = AgentRuntimeContainer(image="registry.example/agent:1", port=8080)
    model = AgentRuntimeCreateInput(agent_runtime_name="rt", container_configuration=container)
    prepared = model.prepared()
    assert prepared.artifact_type == "Container"
    assert prepared.network_configuration == NetworkConfig(network_mode="PUBLIC")
    assert model.artifact_type is None
    assert model.network_configuration is None


def test_prepared_keeps_explicit_values_and_checks_them() -> None:
    network = NetworkConfig(network_mode=NetworkMode.PRIVATE, vpc_id="vpc-1")
    model = AgentRuntimeCreateInput(
        agent_runtime_name="rt",
        code_configuration=_code(),
        network_configuration=network,
        cpu=None,
        memory=1024,
    )
    prepared = model.prepared()
    assert prepared.network_configuration is network
    assert (prepared.cpu, prepared.memory, prepared.port) == (2, 1024, 9000)
    with pytest.raises(InvalidParameterError, match="container_configuration"):
        AgentRuntimeCreateInput(
            agent_runtime_name="rt", artifact_type="Container", code_configuration=_code()
        ).prepared()
    with pytest.raises(InvalidParameterError, match="agent_runtime_name"):
        AgentRuntimeCreateInput(code_configuration=_code()).prepared()


def test_create_without_prepared_reports_the_missing_required_field() -> None:
    model = AgentRuntimeCreateInput(agent_runtime_name="rt", code_configuration=_code())
    with pytest.raises(InvalidParameterError, match=r"artifact_type is required"):
        to_wire(model)


def test_create_input_covers_every_spec_field(spec: dict[str, Any]) -> None:
    names = [p.name for p in _fields(AgentRuntimeCreateInput)]
    assert len(names) == 32 == len(_properties(spec, "CreateAgentRuntimeInput"))


def test_full_create_input_wire_uses_exact_camel_case(spec: dict[str, Any]) -> None:
    model = AgentRuntimeCreateInput(
        agent_runtime_name="rt",
        arms_configuration=ArmsConfig(
            arms_license_key="license-not-real", cms_workspace="cms", enable_arms=True
        ),
        artifact_type=ArtifactType.CONTAINER,
        code_configuration=AgentRuntimeCode(checksum="1", zip_file="UEs="),
        container_configuration=AgentRuntimeContainer(
            acr_instance_id="cri-1",
            command=["/entry.sh"],
            image="img",
            image_registry_type=ImageRegistryType.CUSTOM,
            port=5000,
            registry_config=RegistryConfig(
                auth_config=RegistryAuthConfig(user_name="u", password="pw-not-real"),
                cert_config=RegistryCertConfig(insecure=False, root_ca_cert_base64="Y2E="),
                network_config=RegistryNetworkConfig(
                    security_group_id="sg-r", v_switch_id="vsw-r", vpc_id="vpc-r"
                ),
            ),
        ),
        cpu=1.5,
        credential_id="cred-id",
        credential_name="cred",
        description="desc",
        disable_ondemand=True,
        disable_session_affinity=False,
        disk_size=10,
        edition="std",
        enable_session_isolation=True,
        environment_variables={"A": "1"},
        execution_role_arn="acs:ram::1:role/r",
        external_agent_endpoint_url="https://ext.example",
        header_field_name="x-session",
        health_check_configuration=HealthCheckConfig(
            failure_threshold=3,
            http_get_url="/ready",
            initial_delay_seconds=5,
            period_seconds=10,
            success_threshold=1,
            timeout_seconds=2,
        ),
        log_configuration=LogConfig(logstore="ls", project="pj"),
        memory=2048,
        nas_config=NASConfig(
            group_id=1,
            user_id=2,
            mount_points=[NASMountConfig(enable_tls=True, mount_dir="/m", server_addr="nas:/")],
        ),
        network_configuration=NetworkConfig(
            network_mode="PRIVATE", security_group_id="sg", vpc_id="vpc", vswitch_ids=["vsw"]
        ),
        oss_mount_config=OSSMountConfig(
            mount_points=[
                OSSMountPoint(
                    bucket_name="b", bucket_path="/p", endpoint="e", mount_dir="/o", read_only=True
                )
            ]
        ),
        port=8080,
        protocol_configuration=ProtocolConfig(
            type=ProtocolType.HTTP,
            protocol_settings=[
                ProtocolSetting(
                    a2a_agent_card="new-card",
                    legacy_a2a_agent_card="old-card",
                    a2a_agent_card_url="https://card",
                    config="{}",
                    headers="h",
                    input_body_json_schema="{}",
                    method="POST",
                    name="n",
                    output_body_json_schema="{}",
                    path="/invoke",
                    path_prefix="/p",
                    request_content_type="application/json",
                    response_content_type="text/event-stream",
                    type="HTTP",
                )
            ],
        ),
        resource_group_id="rg",
        session_affinity_type=SessionAffinityType.HEADER_FIELD,
        session_concurrency_limit_per_instance=4,
        session_idle_timeout_seconds=600,
        system_tags=["x-agentrun-super"],
        workspace_id="ws",
    )
    wire = to_wire(model)
    assert set(wire) == _properties(spec, "CreateAgentRuntimeInput")
    assert wire == {
        "agentRuntimeName": "rt",
        "armsConfiguration": {
            "armsLicenseKey": "license-not-real",
            "cmsWorkspace": "cms",
            "enableArms": True,
        },
        "artifactType": "Container",
        "codeConfiguration": {"checksum": "1", "zipFile": "UEs="},
        "containerConfiguration": {
            "acrInstanceId": "cri-1",
            "command": ["/entry.sh"],
            "image": "img",
            "imageRegistryType": "CUSTOM",
            "port": 5000,
            "registryConfig": {
                "authConfig": {"userName": "u", "password": "pw-not-real"},
                "certConfig": {"insecure": False, "rootCaCertBase64": "Y2E="},
                "networkConfig": {
                    "securityGroupId": "sg-r",
                    "vSwitchId": "vsw-r",
                    "vpcId": "vpc-r",
                },
            },
        },
        "cpu": 1.5,
        "credentialId": "cred-id",
        "credentialName": "cred",
        "description": "desc",
        "disableOndemand": True,
        "disableSessionAffinity": False,
        "diskSize": 10,
        "edition": "std",
        "enableSessionIsolation": True,
        "environmentVariables": {"A": "1"},
        "executionRoleArn": "acs:ram::1:role/r",
        "externalAgentEndpointUrl": "https://ext.example",
        "headerFieldName": "x-session",
        "healthCheckConfiguration": {
            "failureThreshold": 3,
            "httpGetUrl": "/ready",
            "initialDelaySeconds": 5,
            "periodSeconds": 10,
            "successThreshold": 1,
            "timeoutSeconds": 2,
        },
        "logConfiguration": {"logstore": "ls", "project": "pj"},
        "memory": 2048,
        "nasConfig": {
            "groupId": 1,
            "mountPoints": [{"enableTLS": True, "mountDir": "/m", "serverAddr": "nas:/"}],
            "userId": 2,
        },
        "networkConfiguration": {
            "networkMode": "PRIVATE",
            "securityGroupId": "sg",
            "vpcId": "vpc",
            "vswitchIds": ["vsw"],
        },
        "ossMountConfig": {
            "mountPoints": [
                {
                    "bucketName": "b",
                    "bucketPath": "/p",
                    "endpoint": "e",
                    "mountDir": "/o",
                    "readOnly": True,
                }
            ]
        },
        "port": 8080,
        "protocolConfiguration": {
            "type": "HTTP",
            "protocolSettings": [
                {
                    "a2aAgentCard": "new-card",
                    "A2AAgentCard": "old-card",
                    "a2aAgentCardUrl": "https://card",
                    "config": "{}",
                    "headers": "h",
                    "inputBodyJsonSchema": "{}",
                    "method": "POST",
                    "name": "n",
                    "outputBodyJsonSchema": "{}",
                    "path": "/invoke",
                    "pathPrefix": "/p",
                    "requestContentType": "application/json",
                    "responseContentType": "text/event-stream",
                    "type": "HTTP",
                }
            ],
        },
        "resourceGroupId": "rg",
        "sessionAffinityType": "HEADER_FIELD",
        "sessionConcurrencyLimitPerInstance": 4,
        "sessionIdleTimeoutSeconds": 600,
        "systemTags": ["x-agentrun-super"],
        "workspaceId": "ws",
    }
    generated = to_generated(model)
    assert isinstance(generated, gen.CreateAgentRuntimeInput)
    protocol = generated.protocol_configuration
    assert isinstance(protocol, gen.ProtocolConfiguration)
    assert isinstance(protocol.protocol_settings, list)
    assert isinstance(protocol.protocol_settings[0], gen.ProtocolSettings)


def test_extra_keys_are_sent_verbatim() -> None:
    model = ProtocolConfig(type="SUPER_AGENT", extra={"externalEndpoint": "https://sa"})
    assert to_wire(model) == {"type": "SUPER_AGENT", "externalEndpoint": "https://sa"}


@pytest.mark.parametrize(
    ("model", "message"),
    [
        (AgentRuntimeUpdateInput(cpu=_bad("2")), r"AgentRuntimeUpdateInput\.cpu must be a number"),
        (AgentRuntimeUpdateInput(memory=True), r"memory must be an integer"),
        (
            AgentRuntimeUpdateInput(
                code_configuration=AgentRuntimeCode(command=_bad("python app.py"))
            ),
            r"code_configuration\.command must be a list",
        ),
        (
            AgentRuntimeUpdateInput(network_configuration=_bad({"networkMode": "PUBLIC"})),
            r"network_configuration must be a NetworkConfig, got dict",
        ),
        (
            AgentRuntimeUpdateInput(environment_variables=_bad({"A": 1})),
            r"environment_variables must be a dict of strings to strings",
        ),
        (
            AgentRuntimeUpdateInput(system_tags=_bad(["ok", 3])),
            r"system_tags\[1\] must be a string",
        ),
        (
            AgentRuntimeUpdateInput(
                protocol_configuration=ProtocolConfig(
                    protocol_settings=[ProtocolSetting(), _bad("HTTP")]
                )
            ),
            r"protocol_configuration\.protocol_settings\[1\] must be a ProtocolSetting, got str",
        ),
        (
            AgentRuntimeUpdateInput(
                nas_config=NASConfig(mount_points=[NASMountConfig(enable_tls=_bad("yes"))])
            ),
            r"AgentRuntimeUpdateInput\.nas_config\.mount_points\[0\]\.enable_tls must be a boolean",
        ),
        (
            AgentRuntimeUpdateInput(extra=_bad({1: "x"})),
            r"extra must be a mapping with string keys",
        ),
    ],
)
def test_wrong_input_types_raise_invalid_parameter(model: object, message: str) -> None:
    with pytest.raises(InvalidParameterError, match=message):
        to_wire(model)


def test_to_wire_refuses_objects_that_are_not_models() -> None:
    with pytest.raises(InvalidParameterError, match="not an AgentRun wire model"):
        to_wire({"description": "x"})


# --------------------------------------------------------------------------
# Update, endpoint and version inputs
# --------------------------------------------------------------------------


def test_update_sends_only_what_was_set(spec: dict[str, Any]) -> None:
    fields = _fields(AgentRuntimeUpdateInput)
    assert len(fields) == 31 == len(_properties(spec, "UpdateAgentRuntimeInput"))
    assert all(f.default is None for f in fields)
    assert to_wire(AgentRuntimeUpdateInput(description="new")) == {"description": "new"}
    assert to_wire(AgentRuntimeUpdateInput()) == {}
    assert to_wire(
        AgentRuntimeUpdateInput(force_evict_instances=True, cpu=4, disable_ondemand=False)
    ) == {"forceEvictInstances": True, "cpu": 4, "disableOndemand": False}


def test_endpoint_create_input_wire(spec: dict[str, Any]) -> None:
    assert to_wire(AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="ep")) == {
        "agentRuntimeEndpointName": "ep",
        "targetVersion": "LATEST",
    }
    model = AgentRuntimeEndpointCreateInput(
        agent_runtime_endpoint_name="ep",
        description="d",
        disable_public_network_access=True,
        routing_configuration=RoutingConfig(
            version_weights=[VersionWeight(version="1", weight=0.25)]
        ),
        scaling_config=ScalingConfig(
            min_instances=1,
            scheduled_policies=[
                ScheduledPolicy(
                    name="morning",
                    schedule_expression="0 8 * * *",
                    start_time="2025-01-01T00:00:00Z",
                    end_time="2026-01-01T00:00:00Z",
                    target=3,
                    time_zone="Asia/Shanghai",
                )
            ],
        ),
        target_version="2",
    )
    wire = to_wire(model)
    assert set(wire) == _properties(spec, "CreateAgentRuntimeEndpointInput")
    assert wire["routingConfiguration"] == {"versionWeights": [{"version": "1", "weight": 0.25}]}
    assert wire["scalingConfig"] == {
        "minInstances": 1,
        "scheduledPolicies": [
            {
                "endTime": "2026-01-01T00:00:00Z",
                "name": "morning",
                "scheduleExpression": "0 8 * * *",
                "startTime": "2025-01-01T00:00:00Z",
                "target": 3,
                "timeZone": "Asia/Shanghai",
            }
        ],
    }
    assert wire["disablePublicNetworkAccess"] is True
    assert wire["targetVersion"] == "2"


def test_endpoint_update_input_sends_only_what_was_set(spec: dict[str, Any]) -> None:
    fields = _fields(AgentRuntimeEndpointUpdateInput)
    assert {f.name for f in fields} >= {"delete_scaling_config"}
    assert len(fields) == len(_properties(spec, "UpdateAgentRuntimeEndpointInput"))
    assert all(f.default is None for f in fields)
    assert to_wire(AgentRuntimeEndpointUpdateInput(delete_scaling_config=True)) == {
        "deleteScalingConfig": True
    }


def test_publish_input_wire() -> None:
    model = AgentRuntimeVersionPublishInput(description="v2", publisher="ci")
    assert to_wire(model) == {"description": "v2", "publisher": "ci"}
    assert to_wire(AgentRuntimeVersionPublishInput()) == {}
    assert isinstance(to_generated(model), gen.PublishRuntimeVersionInput)


@pytest.mark.parametrize(
    "model",
    [
        AgentRuntimeCreateInput(
            agent_runtime_name="rt", code_configuration=AgentRuntimeCode()
        ).prepared(),
        AgentRuntimeUpdateInput(description="d", extra={"later": 1}),
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="ep"),
        AgentRuntimeEndpointUpdateInput(target_version="2"),
        AgentRuntimeVersionPublishInput(description="v2"),
    ],
)
def test_inputs_give_their_body_with_to_wire(model: Any) -> None:
    body = model.to_wire()
    assert body == to_wire(model)
    assert body == to_generated(model).to_dict()


# --------------------------------------------------------------------------
# List queries
# --------------------------------------------------------------------------


def test_list_query_joins_lists_and_omits_unset() -> None:
    model = AgentRuntimeListInput(
        agent_runtime_name="rt",
        page_number=2,
        page_size=20,
        status=[Status.READY, "CREATING"],
        system_tags=["a", "b"],
        workspace_ids=("w1", "w2"),
    )
    query = list_query(model)
    assert query == {
        "agent_runtime_name": "rt",
        "page_number": 2,
        "page_size": 20,
        "status": "READY,CREATING",
        "system_tags": "a,b",
        "workspace_ids": "w1,w2",
    }
    params = list_agent_runtimes._get_kwargs(**query)["params"]
    assert params == {
        "agentRuntimeName": "rt",
        "pageNumber": 2,
        "pageSize": 20,
        "status": "READY,CREATING",
        "systemTags": "a,b",
        "workspaceIds": "w1,w2",
    }


def test_list_query_single_values_and_empty_input() -> None:
    assert list_query(AgentRuntimeListInput()) == {}
    assert list_query(AgentRuntimeListInput(status=Status.READY, system_tags="t")) == {
        "status": "READY",
        "system_tags": "t",
    }
    assert list_query(AgentRuntimeListInput(status=[])) == {}
    every = AgentRuntimeListInput(
        discovery_resource_group_id="d",
        resource_group_id="r",
        search_mode="fuzzy",
        workspace_id="w",
    )
    assert list_agent_runtimes._get_kwargs(**list_query(every))["params"] == {
        "discoveryResourceGroupId": "d",
        "resourceGroupId": "r",
        "searchMode": "fuzzy",
        "workspaceId": "w",
    }


def test_list_query_for_endpoints_and_versions() -> None:
    endpoints = AgentRuntimeEndpointListInput(
        endpoint_name="ep", page_number=1, page_size=5, search_mode="exact"
    )
    params = list_agent_runtime_endpoints._get_kwargs("ar-1", **list_query(endpoints))["params"]
    assert params == {"endpointName": "ep", "pageNumber": 1, "pageSize": 5, "searchMode": "exact"}
    versions = AgentRuntimeVersionListInput(page_size=50)
    assert list_agent_runtime_versions._get_kwargs("ar-1", **list_query(versions))["params"] == {
        "pageSize": 50
    }


@pytest.mark.parametrize(
    ("model", "message"),
    [
        (AgentRuntimeListInput(page_number=0), "page_number must be a positive integer"),
        (AgentRuntimeListInput(page_size=True), "page_size must be a positive integer"),
        (AgentRuntimeListInput(status=_bad(5)), "status must be a string or a list"),
        (AgentRuntimeListInput(status=["READY", ""]), r"status\[1\] must be a non-empty"),
        (AgentRuntimeListInput(system_tags=["a,b"]), "without commas"),
        (
            AgentRuntimeListInput(agent_runtime_name=_bad(["a"])),
            "agent_runtime_name must be a string",
        ),
    ],
)
def test_list_query_rejects_bad_values(model: AgentRuntimeListInput, message: str) -> None:
    with pytest.raises(InvalidParameterError, match=message):
        list_query(model)


@pytest.mark.parametrize(
    ("model", "get_kwargs"),
    [
        (AgentRuntimeListInput, list_agent_runtimes._get_kwargs),
        (AgentRuntimeEndpointListInput, list_agent_runtime_endpoints._get_kwargs),
        (AgentRuntimeVersionListInput, list_agent_runtime_versions._get_kwargs),
    ],
)
def test_list_inputs_hold_exactly_the_generated_query_parameters(
    model: type[Any], get_kwargs: Any
) -> None:
    parameters = inspect.signature(get_kwargs).parameters
    keyword_only = {
        name for name, p in parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY
    }
    assert {p.name for p in _fields(model)} == keyword_only
    instance = model(
        **{name: "1" if model._query_kinds[name] == "str" else 1 for name in keyword_only}
    )
    positional = ["ar-1"] * (len(parameters) - len(keyword_only))
    params = get_kwargs(*positional, **list_query(instance))["params"]
    assert len(params) == len(keyword_only)


def test_list_query_refuses_non_list_inputs() -> None:
    with pytest.raises(InvalidParameterError, match="not a list input"):
        list_query(AgentRuntimeUpdateInput())


# --------------------------------------------------------------------------
# Code packages
# --------------------------------------------------------------------------


def _zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_reference_crc_matches_the_published_check_value() -> None:
    assert _crc64_xz_reference(b"123456789") == 0x995DC9BBDF1939FA


def test_from_zip_file_encodes_and_checksums(tmp_path: Path) -> None:
    data = _zip_bytes({"app.py": b"print('hi')\n"})
    path = tmp_path / "agent.zip"
    path.write_bytes(data)
    code = AgentRuntimeCode.from_zip_file(
        path, language=Language.PYTHON3_10, command=["python3", "app.py"]
    )
    assert base64.b64decode(code.zip_file or "") == data
    assert code.checksum == str(_crc64_xz_reference(data)) == str(crc64_xz(data))
    assert code.language == "python3.10"
    assert code.command == ["python3", "app.py"]
    assert code.oss_bucket_name is None
    wire = to_wire(code)
    assert wire["zipFile"] == base64.b64encode(data).decode()
    assert wire["checksum"] == code.checksum


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.zip", "does not exist"),
        (lambda p: p, "use from_file"),
        (lambda p: (p / "plain.zip").write_bytes(b"not a zip") and p / "plain.zip", "not a zip"),
        (lambda p: (p / "empty.zip").write_bytes(b"") is not None and p / "empty.zip", "not a zip"),
    ],
)
def test_from_zip_file_rejects_bad_paths(tmp_path: Path, make: Any, message: str) -> None:
    with pytest.raises(InvalidParameterError, match=message):
        AgentRuntimeCode.from_zip_file(make(tmp_path))


def test_from_zip_file_rejects_a_string_command(tmp_path: Path) -> None:
    path = tmp_path / "a.zip"
    path.write_bytes(_zip_bytes({"a": b"a"}))
    with pytest.raises(InvalidParameterError, match="command must be a list"):
        AgentRuntimeCode.from_zip_file(path, command="python app.py")


@pytest.fixture
def no_temp_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if anything tries to create a temporary file or directory."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a temporary file was created")

    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory"):
        monkeypatch.setattr(tempfile, name, refuse)


def test_from_file_zips_a_directory_in_memory(tmp_path: Path, no_temp_files: None) -> None:
    source = tmp_path / "agent"
    (source / "pkg").mkdir(parents=True)
    (source / "app.py").write_bytes(b"import pkg\n")
    (source / "pkg" / "__init__.py").write_bytes(b"X = 1\n")
    before = sorted(os.listdir(tmp_path)), sorted(os.listdir(source))
    code = AgentRuntimeCode.from_file(source, language="python3.12", command=["python3", "app.py"])
    data = base64.b64decode(code.zip_file or "")
    assert code.checksum == str(_crc64_xz_reference(data))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.read("app.py") == b"import pkg\n"
        assert archive.read("pkg/__init__.py") == b"X = 1\n"
    assert (sorted(os.listdir(tmp_path)), sorted(os.listdir(source))) == before
    assert code.language == "python3.12"


def test_from_file_zips_a_single_file(tmp_path: Path, no_temp_files: None) -> None:
    path = tmp_path / "main.py"
    path.write_bytes(b"print(1)\n")
    code = AgentRuntimeCode.from_file(str(path))
    data = base64.b64decode(code.zip_file or "")
    assert code.checksum == str(_crc64_xz_reference(data))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == ["main.py"]
        assert archive.read("main.py") == b"print(1)\n"
    assert os.listdir(tmp_path) == ["main.py"]


def test_from_file_rejects_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InvalidParameterError, match="does not exist"):
        AgentRuntimeCode.from_file(tmp_path / "nope")


def test_from_oss_sets_bucket_and_object() -> None:
    code = AgentRuntimeCode.from_oss("bkt", "dir/agent.zip", language="nodejs20", command=["node"])
    assert to_wire(code) == {
        "command": ["node"],
        "language": "nodejs20",
        "ossBucketName": "bkt",
        "ossObjectName": "dir/agent.zip",
    }
    with pytest.raises(InvalidParameterError, match="bucket_name"):
        AgentRuntimeCode.from_oss("", "o")
    with pytest.raises(InvalidParameterError, match="object_name"):
        AgentRuntimeCode.from_oss("b", "")


# --------------------------------------------------------------------------
# Redaction
# --------------------------------------------------------------------------


def test_reprs_hide_registry_password_license_key_and_env_values() -> None:
    auth = RegistryAuthConfig(user_name="robot", password="pw-not-real-123")
    arms = ArmsConfig(arms_license_key="license-not-real-456", enable_arms=True)
    model = AgentRuntimeCreateInput(
        agent_runtime_name="rt",
        arms_configuration=arms,
        container_configuration=AgentRuntimeContainer(
            image="img", registry_config=RegistryConfig(auth_config=auth)
        ),
        environment_variables={"API_KEY": "env-secret-not-real-789"},
    )
    for text in (repr(auth), repr(arms), repr(model)):
        assert "pw-not-real-123" not in text
        assert "license-not-real-456" not in text
        assert "env-secret-not-real-789" not in text
    assert "'***'" in repr(auth)
    assert "'***'" in repr(arms)
    assert "API_KEY" in repr(model)
    assert "robot" in repr(auth)
    assert repr(RegistryAuthConfig()) == "RegistryAuthConfig()"  # unset fields are left out
    # the wire still carries them
    wire = to_wire(model.prepared())
    assert wire["containerConfiguration"]["registryConfig"]["authConfig"]["password"] == (
        "pw-not-real-123"
    )
    assert wire["armsConfiguration"]["armsLicenseKey"] == "license-not-real-456"


def test_repr_of_code_shows_the_zip_size_not_the_content() -> None:
    code = AgentRuntimeCode(zip_file="A" * 5000)
    assert "A" * 50 not in repr(code)
    assert "5000" in repr(code)


# --------------------------------------------------------------------------
# From the wire
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["AgentRuntimeResultCreate", "AgentRuntimeResultUpdate"])
def test_spec_examples_round_trip_losslessly(spec: dict[str, Any], name: str) -> None:
    data = _example(spec, name)
    runtime = AgentRuntimeFields.from_wire(data)
    assert runtime.status is Status.READY
    assert isinstance(runtime.code_configuration, AgentRuntimeCode)
    assert isinstance(runtime.container_configuration, AgentRuntimeContainer)
    registry = runtime.container_configuration.registry_config
    assert registry is not None and registry.network_config is not None
    assert registry.network_config.v_switch_id == "vsw-xxxxxxxxxxxxx"
    assert runtime.nas_config is not None and runtime.nas_config.mount_points is not None
    assert runtime.nas_config.mount_points[0].enable_tls is True
    assert runtime.environment_variables == {"key": ""}
    assert runtime.extra == {}
    assert to_generated(runtime).to_dict() == data
    assert runtime.to_wire() == data
    assert _example(spec, name) == data  # the input was not mutated


def test_envelope_parses_through_parse_generated(spec: dict[str, Any]) -> None:
    body = spec["components"]["examples"]["AgentRuntimeResultCreate"]["value"]
    result = parse_generated(gen.AgentRuntimeResult, body)
    assert result.request_id == body["requestId"]
    runtime = AgentRuntimeFields.from_generated(result.data)
    assert runtime.agent_runtime_id == "ar-1234567890abcdef"
    with pytest.raises(MalformedResponseError, match=r"AgentRuntimeResult\.data\.cpu"):
        parse_generated(gen.AgentRuntimeResult, {"data": {"cpu": "two"}})


def test_unknown_status_and_unknown_keys_are_kept(spec: dict[str, Any]) -> None:
    data = _example(spec, "AgentRuntimeResultCreate")
    data["status"] = "SCALING_OUT"
    data["futureTopLevel"] = {"nested": [1, 2]}
    data["protocolConfiguration"]["externalEndpoint"] = "https://super.example"
    data["protocolConfiguration"]["protocolSettings"][0]["newKnob"] = True
    data["nasConfig"]["mountPoints"][0]["futureFlag"] = "on"
    runtime = AgentRuntimeFields.from_wire(data)
    assert runtime.status == "SCALING_OUT"
    assert not isinstance(runtime.status, Status)
    assert runtime.extra == {"futureTopLevel": {"nested": [1, 2]}}
    protocol = runtime.protocol_configuration
    assert protocol is not None and protocol.protocol_settings is not None
    assert protocol.extra == {"externalEndpoint": "https://super.example"}
    assert protocol.protocol_settings[0].extra == {"newKnob": True}
    assert runtime.nas_config is not None and runtime.nas_config.mount_points is not None
    assert runtime.nas_config.mount_points[0].extra == {"futureFlag": "on"}
    assert runtime.to_wire() == data


def test_null_for_a_known_key_means_absent() -> None:
    runtime = AgentRuntimeFields.from_wire(
        {"agentRuntimeId": "ar-1", "codeConfiguration": None, "systemTags": None}
    )
    assert runtime.code_configuration is None
    assert runtime.system_tags is None
    assert runtime.to_wire() == {"agentRuntimeId": "ar-1"}


def test_timestamps_parse_or_give_none() -> None:
    runtime = AgentRuntimeFields(
        created_at="2025-01-10T10:30:00Z", last_updated_at="not a timestamp"
    )
    created = runtime.created_at_datetime
    assert created is not None
    assert (created.year, created.month, created.day, created.hour) == (2025, 1, 10, 10)
    offset = created.utcoffset()
    assert offset is not None and offset.total_seconds() == 0
    assert runtime.last_updated_at_datetime is None
    assert AgentRuntimeFields().created_at_datetime is None


def test_endpoint_fields_round_trip(spec: dict[str, Any]) -> None:
    data = {
        "agentRuntimeEndpointArn": "acs:agentrun:cn-hangzhou:1:endpoints/e",
        "agentRuntimeEndpointId": "ep-1",
        "agentRuntimeEndpointName": "Default",
        "agentRuntimeId": "ar-1",
        "description": "d",
        "disablePublicNetworkAccess": False,
        "endpointPublicUrl": "https://ep.example",
        "routingConfiguration": {"versionWeights": [{"version": "1", "weight": 1}]},
        "scalingStatus": {
            "currentError": "",
            "currentInstances": 1,
            "minInstances": 1,
            "scheduledPolicies": [{"name": "p", "target": 2}],
            "targetInstances": 2,
        },
        "status": "UPDATING",
        "statusReason": "",
        "targetVersion": "LATEST",
        "brandNew": 1,
    }
    assert set(data) - {"brandNew"} == _properties(spec, "AgentRuntimeEndpoint")
    endpoint = AgentRuntimeEndpointFields.from_wire(data)
    assert endpoint.status is Status.UPDATING
    assert isinstance(endpoint.scaling_status, ScalingStatus)
    assert endpoint.scaling_status.scheduled_policies == [ScheduledPolicy(name="p", target=2)]
    assert endpoint.routing_configuration == RoutingConfig(
        version_weights=[VersionWeight(version="1", weight=1)]
    )
    assert endpoint.extra == {"brandNew": 1}
    assert endpoint.to_wire() == data


def test_version_round_trip(spec: dict[str, Any]) -> None:
    data = {
        "agentRuntimeArn": "arn",
        "agentRuntimeId": "ar-1",
        "agentRuntimeName": "rt",
        "agentRuntimeVersion": "3",
        "description": "third",
        "lastUpdatedAt": "2025-02-01T00:00:00Z",
    }
    assert set(data) == _properties(spec, "AgentRuntimeVersion")
    version = AgentRuntimeVersion.from_wire(data)
    assert version.agent_runtime_version == "3"
    assert version.last_updated_at_datetime is not None
    assert version.to_wire() == data


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ("not an object", r"AgentRuntime: expected an object, got string"),
        ({"cpu": "two"}, r"AgentRuntime\.cpu: expected a number, got string"),
        ({"memory": True}, r"AgentRuntime\.memory: expected an integer, got boolean"),
        ({"memory": 1.5}, r"AgentRuntime\.memory: expected an integer"),
        ({"systemTags": "a,b"}, r"AgentRuntime\.systemTags: expected an array"),
        ({"systemTags": ["a", None]}, r"AgentRuntime\.systemTags\[1\]: expected a string"),
        ({"codeConfiguration": []}, r"AgentRuntime\.codeConfiguration: expected an object"),
        ({"codeConfiguration": {"command": "run"}}, r"codeConfiguration\.command: expected"),
        ({"environmentVariables": ["ab"]}, r"environmentVariables: expected an object"),
        ({"environmentVariables": {"A": 1}}, r"environmentVariables\.A: expected a string"),
        ({"nasConfig": {"mountPoints": ["x"]}}, r"nasConfig\.mountPoints\[0\]: expected an obj"),
        ({"nasConfig": {"mountPoints": {"a": {}}}}, r"nasConfig\.mountPoints: expected an array"),
        ({"status": 3}, r"AgentRuntime\.status: expected a string, got number"),
        (
            {"protocolConfiguration": {"protocolSettings": [{}, {"name": 3}]}},
            r"AgentRuntime\.protocolConfiguration\.protocolSettings\[1\]\.name: expected a string",
        ),
        (
            {"containerConfiguration": {"registryConfig": {"certConfig": {"insecure": "no"}}}},
            r"containerConfiguration\.registryConfig\.certConfig\.insecure: expected a boolean",
        ),
        (
            {"cpu": None, "diskSize": 2.0},
            r"AgentRuntime\.diskSize: expected an integer, got number",
        ),
    ],
)
def test_malformed_wire_data_raises_malformed_response(data: Any, where: str) -> None:
    with pytest.raises(MalformedResponseError, match=where):
        AgentRuntimeFields.from_wire(data)


def test_field_values_from_a_generated_instance() -> None:
    generated = gen.AgentRuntime(
        agent_runtime_id="ar-1",
        status="READY",
        network_configuration=gen.NetworkConfiguration(network_mode="PUBLIC"),
    )
    generated.additional_properties = {"later": "x"}
    values = AgentRuntimeFields._field_values(generated)
    assert values["agent_runtime_id"] == "ar-1"
    assert values["cpu"] is None
    assert values["network_configuration"] == NetworkConfig(network_mode="PUBLIC")
    assert values["extra"] == {"later": "x"}
    assert AgentRuntimeFields(**values).status is Status.READY
    with pytest.raises(MalformedResponseError, match=r"AgentRuntime\.cpu: expected a number"):
        AgentRuntimeFields._field_values(gen.AgentRuntime(cpu=_bad("x")))
    with pytest.raises(MalformedResponseError, match="expected AgentRuntime"):
        AgentRuntimeFields._field_values(gen.AgentRuntimeEndpoint())
    assert gen.AgentRuntime().cpu is UNSET


# --------------------------------------------------------------------------
# Subclassing by resource classes, and in-place updates
# --------------------------------------------------------------------------


class _Operations:
    """Stands in for an operations mixin: methods only, no fields."""

    def describe(self) -> str:
        return "ops"


class _Runtime(AgentRuntimeFields, _Operations):
    pass


def test_resource_subclass_parses_and_serialises(spec: dict[str, Any]) -> None:
    data = _example(spec, "AgentRuntimeResultUpdate")
    runtime = _Runtime.from_wire(data)
    assert isinstance(runtime, _Runtime)
    assert runtime.describe() == "ops"
    assert runtime.to_wire() == data
    assert isinstance(to_generated(runtime), gen.AgentRuntime)


def test_update_fields_from_copies_every_field(spec: dict[str, Any]) -> None:
    runtime = _Runtime(agent_runtime_id="ar-old", status="CREATING", extra={"a": 1})
    fresh = AgentRuntimeFields.from_wire(_example(spec, "AgentRuntimeResultCreate"))
    runtime.update_fields_from(fresh)
    assert runtime.agent_runtime_id == "ar-1234567890abcdef"
    assert runtime.status is Status.READY
    assert runtime.extra == {}
    assert runtime.to_wire() == fresh.to_wire()
    with pytest.raises(InvalidParameterError, match="AgentRuntimeFields"):
        runtime.update_fields_from(AgentRuntimeEndpointFields())


class _RuntimeWithState(AgentRuntimeFields):
    """A slotted subclass adding slots, as a resource class does for its client."""

    __slots__ = ("notes", "seen")

    notes: list[str]
    seen: int

    def _init_added_slots(self) -> None:
        self.notes = [f"of {self.agent_runtime_id}"]
        self.seen = 1


def test_slots_a_subclass_adds_get_their_first_values_however_built() -> None:
    runtime = _RuntimeWithState.from_wire({"agentRuntimeId": "ar-9", "status": "READY"})
    again = _RuntimeWithState.from_wire({"agentRuntimeId": "ar-9", "status": "READY"})
    built = _RuntimeWithState(agent_runtime_id="ar-9", status="READY")
    assert isinstance(runtime, _RuntimeWithState)
    assert (runtime.agent_runtime_id, runtime.status) == ("ar-9", Status.READY)
    assert (runtime.notes, runtime.seen) == (built.notes, built.seen) == (["of ar-9"], 1)
    assert runtime.notes is not again.notes
    assert runtime == again == built  # added slots are no fields: not compared
    assert "notes" not in repr(runtime)
    assert built.to_wire() == runtime.to_wire() == {"agentRuntimeId": "ar-9", "status": "READY"}
    with pytest.raises(AttributeError):
        runtime.unknown = 1  # type: ignore[attr-defined]


def test_models_compare_by_class_and_fields_and_are_unhashable() -> None:
    first = NetworkConfig(network_mode="PUBLIC", extra={"later": 1})
    assert first == NetworkConfig(network_mode="PUBLIC", extra={"later": 1})
    assert first != NetworkConfig(network_mode="PUBLIC")
    assert first != _Runtime() and AgentRuntimeFields() != _Runtime()
    assert _Runtime(agent_runtime_id="ar-1") == _Runtime(agent_runtime_id="ar-1")
    with pytest.raises(TypeError):
        hash(first)
    with pytest.raises(TypeError):
        NetworkConfig("PUBLIC")  # type: ignore[misc]
    assert NetworkConfig().extra == {} and NetworkConfig().extra is not NetworkConfig().extra


def test_extra_is_a_dict_to_fill_even_when_the_wire_had_no_unknown_key() -> None:
    runtime = AgentRuntimeFields.from_wire({"agentRuntimeId": "ar-1"})
    assert runtime == AgentRuntimeFields(agent_runtime_id="ar-1", extra={})
    assert runtime.extra == {} and runtime.extra is runtime.extra
    runtime.extra["later"] = 1
    assert runtime.to_wire() == {"later": 1, "agentRuntimeId": "ar-1"}
    assert "later" in repr(runtime)
    runtime.extra = None
    assert runtime.extra == {} and runtime.to_wire() == {"agentRuntimeId": "ar-1"}


def test_models_survive_copying_and_pickling() -> None:
    import pickle

    runtime = _Runtime.from_wire(
        {"agentRuntimeId": "ar-1", "status": "READY", "networkConfiguration": {"x": 1}}
    )
    for twin in (copy.copy(runtime), copy.deepcopy(runtime), pickle.loads(pickle.dumps(runtime))):
        assert twin == runtime and twin is not runtime
        assert twin.status is Status.READY
        assert twin.network_configuration is not None
        assert twin.network_configuration.extra == {"x": 1}


def test_replace_copies_with_changes() -> None:
    original = AgentRuntimeUpdateInput(description="old", cpu=2, extra={"later": 1})
    changed = replace(original, cpu=4)
    assert changed == AgentRuntimeUpdateInput(description="old", cpu=4, extra={"later": 1})
    assert original.cpu == 2
    with pytest.raises(TypeError, match="no fields"):
        replace(original, cores=4)


def test_nested_classes_read_and_write_their_own_objects() -> None:
    data = {"networkMode": "PRIVATE", "vswitchIds": ["vsw-1"], "later": 1}
    network = NetworkConfig.from_wire(data)
    assert network == NetworkConfig(
        network_mode="PRIVATE", vswitch_ids=["vsw-1"], extra={"later": 1}
    )
    assert network.to_wire() == data
    assert network.vswitch_ids is not data["vswitchIds"]
    with pytest.raises(MalformedResponseError, match=r"NetworkConfiguration\.vswitchIds\[0\]"):
        NetworkConfig.from_wire({"vswitchIds": [1]})
    with pytest.raises(
        InvalidParameterError, match=r"NetworkConfig\.network_mode must be a string"
    ):
        NetworkConfig(network_mode=_bad(1)).to_wire()


def test_status_assignment_is_parsed() -> None:
    endpoint = AgentRuntimeEndpointFields()
    endpoint.status = "READY"
    assert endpoint.status is Status.READY
    endpoint.status = "SOMETHING_NEW"
    assert endpoint.status == "SOMETHING_NEW"


def test_artifact_type_is_parsed_like_status_and_round_trips() -> None:
    from agentrun_facade.models import AgentRuntimeFields, ArtifactType

    known = AgentRuntimeFields.from_wire({"agentRuntimeId": "ar-1", "artifactType": "Code"})
    assert known.artifact_type is ArtifactType.CODE
    assert known.to_wire()["artifactType"] == "Code"
    unknown = AgentRuntimeFields.from_wire({"agentRuntimeId": "ar-2", "artifactType": "Wasm"})
    assert unknown.artifact_type == "Wasm" and not isinstance(unknown.artifact_type, ArtifactType)
    assert unknown.to_wire()["artifactType"] == "Wasm"


def test_reading_and_writing_loads_no_generated_module() -> None:
    probe = (
        "import sys\n"
        "from agentrun_facade import AgentRuntime, AgentRuntimeListInput, AgentRuntimeUpdateInput\n"
        "from agentrun_facade.models import list_query\n"
        "runtime = AgentRuntime.from_wire({'agentRuntimeId': 'ar-1', 'status': 'READY'})\n"
        "assert runtime.to_wire() == {'agentRuntimeId': 'ar-1', 'status': 'READY'}\n"
        "assert AgentRuntimeUpdateInput(cpu=1).to_wire() == {'cpu': 1}\n"
        "assert list_query(AgentRuntimeListInput(page_size=5)) == {'page_size': 5}\n"
        "print(sorted(name for name in sys.modules if name.startswith('agentrun_client')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
