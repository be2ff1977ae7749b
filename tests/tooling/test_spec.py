"""The OpenAPI document: valid, complete, and consistent with the documented examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "agentrun-2025-09-10.yaml"
SEEDS = ROOT.parent / "shared" / "seeds"

EXPECTED_OPERATIONS = {
    "CreateAgentRuntime": ("post", "/2025-09-10/agents/runtimes", "runtimes"),
    "ListAgentRuntimes": ("get", "/2025-09-10/agents/runtimes", "runtimes"),
    "GetAgentRuntime": ("get", "/2025-09-10/agents/runtimes/{agentRuntimeId}", "runtimes"),
    "UpdateAgentRuntime": ("put", "/2025-09-10/agents/runtimes/{agentRuntimeId}", "runtimes"),
    "DeleteAgentRuntime": ("delete", "/2025-09-10/agents/runtimes/{agentRuntimeId}", "runtimes"),
    "CreateAgentRuntimeEndpoint": (
        "post",
        "/2025-09-10/agents/runtimes/{agentRuntimeId}/endpoints",
        "endpoints",
    ),
    "ListAgentRuntimeEndpoints": (
        "get",
        "/2025-09-10/agents/runtimes/{agentRuntimeId}/endpoints",
        "endpoints",
    ),
    "GetAgentRuntimeEndpoint": (
        "get",
        "/2025-09-10/agents/runtimes/{agentRuntimeId}/endpoints/{agentRuntimeEndpointId}",
        "endpoints",
    ),
    "UpdateAgentRuntimeEndpoint": (
        "put",
        "/2025-09-10/agents/runtimes/{agentRuntimeId}/endpoints/{agentRuntimeEndpointId}",
        "endpoints",
    ),
    "DeleteAgentRuntimeEndpoint": (
        "delete",
        "/2025-09-10/agents/runtimes/{agentRuntimeId}/endpoints/{agentRuntimeEndpointId}",
        "endpoints",
    ),
    "PublishRuntimeVersion": (
        "post",
        "/2025-09-10/agents/runtimes/{agentRuntimeId}/versions",
        "versions",
    ),
    "ListAgentRuntimeVersions": (
        "get",
        "/2025-09-10/agents/runtimes/{agentRuntimeId}/versions",
        "versions",
    ),
}

EXPECTED_QUERY = {
    "GetAgentRuntime": {"agentRuntimeVersion"},
    "ListAgentRuntimes": {
        "agentRuntimeName",
        "discoveryResourceGroupId",
        "pageNumber",
        "pageSize",
        "resourceGroupId",
        "searchMode",
        "status",
        "systemTags",
        "workspaceId",
        "workspaceIds",
    },
    "ListAgentRuntimeEndpoints": {"endpointName", "pageNumber", "pageSize", "searchMode"},
    "ListAgentRuntimeVersions": {"pageNumber", "pageSize"},
}

# Field counts from the API reference (§6): every field of every schema is present.
EXPECTED_FIELD_COUNTS = {
    "CreateAgentRuntimeInput": 32,
    "UpdateAgentRuntimeInput": 31,
    "AgentRuntime": 37,
    "CreateAgentRuntimeEndpointInput": 6,
    "UpdateAgentRuntimeEndpointInput": 7,
    "AgentRuntimeEndpoint": 12,
    "PublishRuntimeVersionInput": 2,
    "AgentRuntimeVersion": 6,
    "CodeConfiguration": 6,
    "ContainerConfiguration": 6,
    "RegistryConfig": 3,
    "RegistryAuthConfig": 2,
    "RegistryCertConfig": 2,
    "RegistryNetworkConfig": 3,
    "NetworkConfiguration": 4,
    "ProtocolConfiguration": 2,
    "ProtocolSettings": 14,
    "LogConfiguration": 2,
    "HealthCheckConfiguration": 6,
    "ArmsConfiguration": 3,
    "NASConfig": 3,
    "NASMountConfig": 3,
    "OSSMountConfig": 1,
    "OSSMountPoint": 5,
    "RoutingConfiguration": 1,
    "VersionWeight": 2,
    "ScalingConfig": 2,
    "ScheduledPolicy": 6,
    "ScalingStatus": 5,
    "ListAgentRuntimesOutput": 4,
    "ListAgentRuntimeEndpointsOutput": 4,
    "ListAgentRuntimeVersionsOutput": 4,
    "AgentRuntimeResult": 3,
    "AgentRuntimeEndpointResult": 3,
    "AgentRuntimeVersionResult": 3,
    "ListAgentRuntimesResult": 3,
    "ListAgentRuntimeEndpointsResult": 3,
    "ListAgentRuntimeVersionsResult": 3,
    "ErrorResult": 3,
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return data


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            found[op["operationId"]] = (method, path, op)
    return found


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_document_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")
    assert spec["info"]["version"] == "2025-09-10"


def test_exactly_the_twelve_operations(spec: dict[str, Any]) -> None:
    ops = _operations(spec)
    assert set(ops) == set(EXPECTED_OPERATIONS)
    for op_id, (method, path, tag) in EXPECTED_OPERATIONS.items():
        got_method, got_path, op = ops[op_id]
        assert (got_method, got_path) == (method, path), op_id
        assert op["tags"] == [tag], op_id


def test_query_parameters(spec: dict[str, Any]) -> None:
    for op_id, (_method, path, op) in _operations(spec).items():
        params = [_resolve(spec, p) for p in op.get("parameters", [])]
        params += [_resolve(spec, p) for p in spec["paths"][path].get("parameters", [])]
        query = {p["name"] for p in params if p["in"] == "query"}
        assert query == EXPECTED_QUERY.get(op_id, set()), op_id
        path_params = {p["name"] for p in params if p["in"] == "path"}
        assert path_params == set(part[1:-1] for part in path.split("/") if part.startswith("{")), (
            op_id
        )


def test_every_schema_field_is_present(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name, count in EXPECTED_FIELD_COUNTS.items():
        assert len(schemas[name]["properties"]) == count, name
        for field, prop in schemas[name]["properties"].items():
            resolved = _resolve(spec, prop)
            assert resolved.get("description") or "$ref" in prop, f"{name}.{field}"


def test_error_responses_use_the_error_schema(spec: dict[str, Any]) -> None:
    for op_id, (_m, _p, op) in _operations(spec).items():
        for status in ("4XX", "5XX"):
            response = _resolve(spec, op["responses"][status])
            schema = response["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorResult"}, op_id


def test_signature_security_scheme_declared(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["AcsSignatureV3"]
    assert scheme["in"] == "header" and scheme["name"] == "Authorization"
    assert "ACS3-HMAC-SHA256" in scheme["description"]
    assert spec["security"] == [{"AcsSignatureV3": []}]


def _schema_validator(spec: dict[str, Any], name: str) -> jsonschema.Draft202012Validator:
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return jsonschema.Draft202012Validator(schema)


def test_spec_examples_validate(spec: dict[str, Any]) -> None:
    validator = _schema_validator(spec, "AgentRuntimeResult")
    examples = spec["components"]["examples"]
    assert set(examples) == {"AgentRuntimeResultCreate", "AgentRuntimeResultUpdate"}
    for example in examples.values():
        validator.validate(example["value"])


def _seed_json(name: str) -> dict[str, Any]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    start = text.index("{\n")
    value, _ = json.JSONDecoder().raw_decode(text[start:])
    assert isinstance(value, dict)
    return value


@pytest.mark.parametrize(
    ("seed", "example"),
    [
        ("api-create-agent-runtime.zh.txt", "AgentRuntimeResultCreate"),
        ("api-update-agent-runtime.zh.txt", "AgentRuntimeResultUpdate"),
    ],
)
def test_seed_examples_are_in_the_spec_and_validate(
    spec: dict[str, Any], seed: str, example: str
) -> None:
    if not SEEDS.exists():
        pytest.skip(f"shared seeds not found at {SEEDS}")
    value = _seed_json(seed)
    _schema_validator(spec, "AgentRuntimeResult").validate(value)
    assert spec["components"]["examples"][example]["value"] == value


def test_validation_is_not_vacuous(spec: dict[str, Any]) -> None:
    validator = _schema_validator(spec, "AgentRuntimeResult")
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"code": "SUCCESS", "data": {"cpu": "two"}})


def test_unknown_fields_and_enum_values_parse_in_the_generated_models() -> None:
    from agentrun_client.models import AgentRuntimeResult

    parsed = AgentRuntimeResult.from_dict(
        {
            "code": "SUCCESS",
            "requestId": "r-1",
            "data": {
                "agentRuntimeId": "ar-1",
                "status": "HIBERNATING",
                "artifactType": "Wasm",
                "brandNewField": {"x": 1},
                "networkConfiguration": {"networkMode": "SATELLITE"},
            },
        }
    )
    assert parsed.data.status == "HIBERNATING"
    assert parsed.data.artifact_type == "Wasm"
    assert parsed.data.additional_properties["brandNewField"] == {"x": 1}
    assert parsed.data.network_configuration.network_mode == "SATELLITE"
