"""Spec-driven request validation of the local emulator (400 ERR_VALIDATION_FAILED).

These tests run with ``strict_unknown_fields=True``; what is accepted by default
is covered in ``test_emulator_contract.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from agentrun_facade.signing import AcsV3Auth
from agentrun_facade.testing import LocalAgentRun
from agentrun_facade.testing.spec import load_spec

BASE = "/2025-09-10/agents/runtimes"


def runtime_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "agentRuntimeName": "valid",
        "artifactType": "Container",
        "cpu": 0.5,
        "memory": 512,
        "port": 8080,
        "networkConfiguration": {"networkMode": "PUBLIC"},
        "containerConfiguration": {"image": "registry.example/agent:1", "port": 8080},
    }
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}


EMULATOR_OPTIONS = {"strict_unknown_fields": True}


@pytest.fixture
def client(local: LocalAgentRun) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=local.url, auth=AcsV3Auth(local.credentials)) as c:
        yield c


def post_create(client: httpx.Client, **kw: Any) -> httpx.Response:
    headers = {"x-acs-action": "CreateAgentRuntime", "x-acs-version": "2025-09-10"}
    return client.post(BASE, headers={**headers, **kw.pop("headers", {})}, **kw)


def rejected(response: httpx.Response, code: str = "ERR_VALIDATION_FAILED") -> str:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] == code
    assert body["requestId"] == response.headers["x-acs-request-id"]
    return str(body["message"])


def test_a_valid_body_is_accepted(client: httpx.Client) -> None:
    assert post_create(client, json=runtime_body()).status_code == 200


def test_unknown_top_level_field_is_named(client: httpx.Client) -> None:
    message = rejected(post_create(client, json=runtime_body(colour="blue")))

    assert "colour: is not a known field" in message


def test_unknown_nested_field_is_named_with_its_path(client: httpx.Client) -> None:
    body = runtime_body(networkConfiguration={"networkMode": "PUBLIC", "vpc": "x"})

    assert "networkConfiguration.vpc: is not a known field" in rejected(
        post_create(client, json=body)
    )


def test_wrong_type_is_named(client: httpx.Client) -> None:
    message = rejected(post_create(client, json=runtime_body(cpu="two")))

    assert "cpu: must be of type number" in message


def test_wrong_item_type_names_the_index(client: httpx.Client) -> None:
    body = runtime_body(containerConfiguration={"command": ["run", 7]})

    assert "containerConfiguration.command[1]: must be of type string" in rejected(
        post_create(client, json=body)
    )


def test_each_missing_required_field_is_named(client: httpx.Client) -> None:
    message = rejected(post_create(client, json=runtime_body(cpu=None, memory=None, port=None)))

    for field in ("cpu", "memory", "port"):
        assert f"{field}: is required" in message
    assert "agentRuntimeName" not in message


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"port": 70000}, "port: must be <= 65535"),
        ({"port": 0}, "port: must be >= 1"),
        ({"memory": 0}, "memory: must be >= 1"),
        ({"cpu": 0}, "cpu: must be > 0"),
        ({"agentRuntimeName": ""}, "agentRuntimeName: must be at least 1"),
        ({"artifactType": "Zip"}, "artifactType: must be one of Code, Container"),
        ({"memory": 2**31}, "memory: must be <= 2147483647"),
        ({"codeConfiguration": {"checksum": "12ab"}}, "codeConfiguration.checksum: must match"),
    ],
)
def test_out_of_range_and_unknown_values(
    client: httpx.Client, changes: dict[str, Any], fragment: str
) -> None:
    assert fragment in rejected(post_create(client, json=runtime_body(**changes)))


def test_secret_values_never_appear_in_messages(client: httpx.Client) -> None:
    body = runtime_body(environmentVariables={"TOKEN": 123456789})

    message = rejected(post_create(client, json=body))

    assert "environmentVariables.TOKEN: must be of type string" in message
    assert "123456789" not in message


def test_malformed_json_is_rejected(client: httpx.Client) -> None:
    response = post_create(
        client, content=b'{"agentRuntimeName": ', headers={"content-type": "application/json"}
    )

    assert "not valid JSON" in rejected(response, "ERR_BAD_REQUEST")


def test_body_must_be_an_object(client: httpx.Client) -> None:
    assert "body: must be of type object" in rejected(post_create(client, json=[runtime_body()]))


def test_missing_body_is_rejected_where_required(client: httpx.Client) -> None:
    assert "request body is required" in rejected(post_create(client))


def test_body_on_an_operation_without_one_is_rejected(client: httpx.Client) -> None:
    headers = {"x-acs-action": "ListAgentRuntimes", "x-acs-version": "2025-09-10"}

    response = client.request("GET", BASE, headers=headers, json={"a": 1})

    assert "takes no request body" in rejected(response)


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ({"pageSize": "0"}, "pageSize: must be >= 1"),
        ({"pageNumber": "0"}, "pageNumber: must be >= 1"),
        ({"pageSize": "ten"}, "pageSize: must be of type integer"),
        ({"pageSize": "1.5"}, "pageSize: must be of type integer"),
        ({"colour": "blue"}, "colour: is not a known field"),
    ],
)
def test_query_parameters_follow_the_spec(
    local: LocalAgentRun, query: dict[str, str], fragment: str
) -> None:
    assert fragment in rejected(local.call("ListAgentRuntimes", query=dict(query)))


def test_update_body_is_validated_too(local: LocalAgentRun) -> None:
    runtime_id = local.call("CreateAgentRuntime", body=runtime_body()).json()["data"][
        "agentRuntimeId"
    ]

    response = local.call(
        "UpdateAgentRuntime",
        agentRuntimeId=runtime_id,
        body={"cpu": 2, "forceEvictInstances": "yes"},
    )

    assert "forceEvictInstances: must be of type boolean" in rejected(response)


def test_endpoint_weight_range_comes_from_the_spec(local: LocalAgentRun) -> None:
    runtime_id = local.call("CreateAgentRuntime", body=runtime_body()).json()["data"][
        "agentRuntimeId"
    ]
    body = {
        "agentRuntimeEndpointName": "e",
        "routingConfiguration": {"versionWeights": [{"version": "LATEST", "weight": 1.5}]},
    }

    response = local.call("CreateAgentRuntimeEndpoint", agentRuntimeId=runtime_id, body=body)

    assert "routingConfiguration.versionWeights[0].weight: must be <= 1" in rejected(response)


def test_publish_body_is_optional_but_validated(local: LocalAgentRun) -> None:
    runtime_id = local.call("CreateAgentRuntime", body=runtime_body()).json()["data"][
        "agentRuntimeId"
    ]

    without = local.call("PublishRuntimeVersion", agentRuntimeId=runtime_id)
    wrong = local.call("PublishRuntimeVersion", agentRuntimeId=runtime_id, body={"notes": "x"})

    assert without.status_code == 200
    assert "notes: is not a known field" in rejected(wrong)


def test_action_header_must_match_the_operation(client: httpx.Client) -> None:
    wrong = post_create(client, json=runtime_body(), headers={"x-acs-action": "GetAgentRuntime"})

    assert "x-acs-action" in rejected(wrong)


def test_version_header_must_be_the_api_version(client: httpx.Client) -> None:
    wrong = post_create(client, json=runtime_body(), headers={"x-acs-version": "2023-01-01"})

    assert "x-acs-version" in rejected(wrong)


def test_unknown_path_is_404(local: LocalAgentRun) -> None:
    with local.control_client() as client:
        response = client.get("/2025-09-10/agents/nothing-here")

    assert response.status_code == 404
    assert response.json()["code"] == "ERR_NOT_FOUND"
    assert "x-acs-request-id" in response.headers


# ---------------------------------------------------------------------- artifact type


@pytest.mark.parametrize(
    ("artifact", "present", "missing"),
    [
        ("Code", "containerConfiguration", "codeConfiguration"),
        ("Container", "codeConfiguration", "containerConfiguration"),
    ],
)
def test_create_needs_the_configuration_of_its_artifact_type(
    client: httpx.Client, artifact: str, present: str, missing: str
) -> None:
    configs = {
        "codeConfiguration": {"language": "python3.12", "command": ["python", "app.py"]},
        "containerConfiguration": {"image": "registry.example/agent:1"},
    }
    changes: dict[str, Any] = {missing: None, present: configs[present]}
    body = runtime_body(artifactType=artifact, **changes)

    message = rejected(post_create(client, json=body))

    assert f"{missing} is required when artifactType is {artifact}" in message


def test_create_with_both_configurations_is_accepted(client: httpx.Client) -> None:
    body = runtime_body(codeConfiguration={"language": "python3.12", "command": ["app"]})

    assert post_create(client, json=body).status_code == 200


def test_update_that_switches_artifact_type_needs_the_new_configuration(
    local: LocalAgentRun,
) -> None:
    created = local.call("CreateAgentRuntime", body=runtime_body())
    runtime_id = created.json()["data"]["agentRuntimeId"]

    switched = local.call(
        "UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 2, "artifactType": "Code"}
    )
    with_code = local.call(
        "UpdateAgentRuntime",
        agentRuntimeId=runtime_id,
        body={
            "cpu": 2,
            "artifactType": "Code",
            "codeConfiguration": {"command": ["python", "app.py"]},
        },
    )

    assert "codeConfiguration is required when artifactType is Code" in rejected(switched)
    assert with_code.status_code == 200, with_code.text
    assert with_code.json()["data"]["artifactType"] == "Code"


def test_update_keeping_artifact_type_uses_the_stored_configuration(
    local: LocalAgentRun,
) -> None:
    created = local.call("CreateAgentRuntime", body=runtime_body())
    runtime_id = created.json()["data"]["agentRuntimeId"]

    same = local.call(
        "UpdateAgentRuntime",
        agentRuntimeId=runtime_id,
        body={"cpu": 2, "artifactType": "Container"},
    )

    assert same.status_code == 200, same.text


def test_rejected_update_leaves_the_runtime_unchanged(local: LocalAgentRun) -> None:
    created = local.call("CreateAgentRuntime", body=runtime_body()).json()["data"]

    local.call(
        "UpdateAgentRuntime",
        agentRuntimeId=created["agentRuntimeId"],
        body={"artifactType": "Code", "description": "changed"},
    )

    after = local.call("GetAgentRuntime", agentRuntimeId=created["agentRuntimeId"])
    assert after.json()["data"] == created


# ---------------------------------------------------------------------- status filter


def test_status_filter_accepts_any_value(local: LocalAgentRun) -> None:
    local.call("CreateAgentRuntime", body=runtime_body())
    known = load_spec()["components"]["schemas"]["ResourceStatus"]["x-known-values"]

    every = local.call("ListAgentRuntimes", query={"status": ",".join(known)})
    ready = local.call("ListAgentRuntimes", query={"status": "READY"})
    other = local.call("ListAgentRuntimes", query={"status": "SOMETHING_NEW, ready"})

    assert every.status_code == 200, every.text
    assert every.json()["data"]["total"] == 1
    assert ready.json()["data"]["total"] == 1
    assert other.status_code == 200, other.text
    assert other.json()["data"]["total"] == 0
