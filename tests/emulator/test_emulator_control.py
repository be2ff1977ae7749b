"""Control-plane operations of the local emulator, over real HTTP with signed requests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from agentrun_facade.signing import AcsV3Auth
from agentrun_facade.testing import LocalAgentRun
from agentrun_facade.testing.spec import SPEC_URI, strict_spec
from tests.emulator.bodies import runtime_body

HEADERS = {"x-acs-version": "2025-09-10"}
BASE = "/2025-09-10/agents/runtimes"


def conforms(schema_name: str, body: Any) -> None:
    """The body fits the spec's schema, with no field the spec does not declare."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(dict(strict_spec()), default_specification=DRAFT202012)
    )
    ref = {"$ref": f"{SPEC_URI}#/components/schemas/{schema_name}"}
    errors = list(Draft202012Validator(ref, registry=registry).iter_errors(body))
    assert not errors, [e.message for e in errors]


@pytest.fixture
def client(local: LocalAgentRun) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=local.url, auth=AcsV3Auth(local.credentials)) as c:
        yield c


def send(client: httpx.Client, action: str, method: str, path: str, **kw: Any) -> httpx.Response:
    return client.request(method, path, headers={**HEADERS, "x-acs-action": action}, **kw)


def create(client: httpx.Client, name: str, **extra: Any) -> dict[str, Any]:
    response = send(client, "CreateAgentRuntime", "POST", BASE, json=runtime_body(name, **extra))
    assert response.status_code == 200, response.text
    return response.json()["data"]  # type: ignore[no-any-return]


def create_endpoint(
    client: httpx.Client, runtime_id: str, name: str, **extra: Any
) -> httpx.Response:
    body = {"agentRuntimeEndpointName": name, **extra}
    return send(
        client, "CreateAgentRuntimeEndpoint", "POST", f"{BASE}/{runtime_id}/endpoints", json=body
    )


# ---------------------------------------------------------------------- runtimes


def test_create_runtime_answers_the_spec_envelope(client: httpx.Client) -> None:
    response = send(client, "CreateAgentRuntime", "POST", BASE, json=runtime_body("alpha"))

    assert response.status_code == 200
    body = response.json()
    conforms("AgentRuntimeResult", body)
    assert body["code"] == "SUCCESS"
    assert body["requestId"] == response.headers["x-acs-request-id"]
    data = body["data"]
    assert re.fullmatch(r"ar-[0-9a-f]{16}", data["agentRuntimeId"])
    assert data["agentRuntimeArn"] == (
        f"acs:agentrun:cn-hangzhou:1234567890123456:runtimes/{data['agentRuntimeId']}"
    )
    assert data["agentRuntimeName"] == "alpha"
    assert data["cpu"] == 1 and data["memory"] == 1024 and data["port"] == 9000
    assert data["status"] == "READY"
    assert data["codeConfiguration"] == {"language": "python3.12", "command": ["python", "app.py"]}
    assert "agentRuntimeVersion" not in data


def test_input_only_fields_are_not_echoed_and_secrets_are_masked(client: httpx.Client) -> None:
    data = create(
        client,
        "masked",
        credentialId="cred-1",
        armsConfiguration={"enableArms": True, "armsLicenseKey": "license-not-real"},
        containerConfiguration={
            "registryConfig": {"authConfig": {"userName": "u", "password": "pw-not-real"}}
        },
    )

    assert "credentialId" not in data and "armsConfiguration" not in data
    auth = data["containerConfiguration"]["registryConfig"]["authConfig"]
    assert auth["userName"] == "u"
    assert auth["password"] != "pw-not-real"


def test_get_runtime_returns_what_create_returned(client: httpx.Client) -> None:
    created = create(client, "beta")

    response = send(client, "GetAgentRuntime", "GET", f"{BASE}/{created['agentRuntimeId']}")

    assert response.status_code == 200
    conforms("AgentRuntimeResult", response.json())
    assert response.json()["data"] == created


def test_unknown_runtime_is_404_with_the_id_in_the_message(client: httpx.Client) -> None:
    response = send(client, "GetAgentRuntime", "GET", f"{BASE}/ar-0000000000000000")

    assert response.status_code == 404
    body = response.json()
    conforms("ErrorResult", body)
    assert body["code"] == "ERR_NOT_FOUND"
    assert body["message"] == "AgentRuntime(ar-0000000000000000) does not exist"
    assert body["requestId"] == response.headers["x-acs-request-id"]


def test_duplicate_runtime_name_is_409(client: httpx.Client) -> None:
    create(client, "twin")

    response = send(client, "CreateAgentRuntime", "POST", BASE, json=runtime_body("twin"))

    assert response.status_code == 409
    assert response.json()["code"] == "ERR_RESOURCE_ALREADY_EXISTS"
    assert "twin" in response.json()["message"]


def test_update_changes_only_the_fields_sent(client: httpx.Client) -> None:
    created = create(client, "gamma", description="before")
    path = f"{BASE}/{created['agentRuntimeId']}"

    response = send(client, "UpdateAgentRuntime", "PUT", path, json={"cpu": 1, "memory": 2048})

    assert response.status_code == 200
    data = response.json()["data"]
    conforms("AgentRuntimeResult", response.json())
    assert data["memory"] == 2048
    assert data["description"] == "before"
    assert data["cpu"] == 1
    assert data["agentRuntimeName"] == "gamma"


def test_update_to_a_taken_name_is_409(client: httpx.Client) -> None:
    create(client, "taken")
    other = create(client, "free")

    response = send(
        client,
        "UpdateAgentRuntime",
        "PUT",
        f"{BASE}/{other['agentRuntimeId']}",
        json={"agentRuntimeName": "taken", "cpu": 1},
    )

    assert response.status_code == 409
    assert response.json()["code"] == "ERR_RESOURCE_ALREADY_EXISTS"


def test_delete_runtime_answers_only_the_id_then_it_is_gone(client: httpx.Client) -> None:
    created = create(client, "doomed")
    path = f"{BASE}/{created['agentRuntimeId']}"

    response = send(client, "DeleteAgentRuntime", "DELETE", path)

    assert response.status_code == 200
    conforms("AgentRuntimeResult", response.json())
    assert response.json()["data"] == {"agentRuntimeId": created["agentRuntimeId"]}
    assert send(client, "GetAgentRuntime", "GET", path).status_code == 404
    assert send(client, "DeleteAgentRuntime", "DELETE", path).status_code == 404


def test_deleting_a_runtime_deletes_its_endpoints_and_versions(
    client: httpx.Client, local: LocalAgentRun
) -> None:
    runtime_id = create(client, "parent")["agentRuntimeId"]
    assert create_endpoint(client, runtime_id, "one").status_code == 200
    assert create_endpoint(client, runtime_id, "two").status_code == 200
    send(client, "PublishRuntimeVersion", "POST", f"{BASE}/{runtime_id}/versions")
    keeper = create(client, "keeper")["agentRuntimeId"]
    assert create_endpoint(client, keeper, "one").status_code == 200

    send(client, "DeleteAgentRuntime", "DELETE", f"{BASE}/{runtime_id}")

    assert [e.runtime_id for e in local.state.endpoints()] == [keeper]
    assert local.state.versions() == []
    listing = send(client, "ListAgentRuntimeEndpoints", "GET", f"{BASE}/{runtime_id}/endpoints")
    assert listing.status_code == 404


# ---------------------------------------------------------------------- listing


def test_list_uses_creation_order_and_default_page_size_20(client: httpx.Client) -> None:
    names = [f"rt-{i:02d}" for i in range(23)]
    for name in reversed(names):
        create(client, name)

    first = send(client, "ListAgentRuntimes", "GET", BASE).json()
    second = send(client, "ListAgentRuntimes", "GET", BASE, params={"pageNumber": 2}).json()

    conforms("ListAgentRuntimesResult", first)
    assert first["data"]["pageSize"] == 20 and first["data"]["pageNumber"] == 1
    assert first["data"]["total"] == 23
    listed = [r["agentRuntimeName"] for r in first["data"]["items"] + second["data"]["items"]]
    assert listed == list(reversed(names))


def test_page_size_is_capped_at_the_maximum() -> None:
    with LocalAgentRun(transition_seconds=0, max_page_size=3) as local:
        for i in range(7):
            assert (
                local.call("CreateAgentRuntime", body=runtime_body(f"cap-{i}")).status_code == 200
            )

        pages = [
            local.call("ListAgentRuntimes", query={"pageSize": 50, "pageNumber": n}).json()["data"]
            for n in (1, 2, 3, 4)
        ]

    assert [p["pageSize"] for p in pages] == [3, 3, 3, 3]
    assert [len(p["items"]) for p in pages] == [3, 3, 1, 0]
    assert {p["total"] for p in pages} == {7}
    names = [item["agentRuntimeName"] for p in pages for item in p["items"]]
    assert names == [f"cap-{i}" for i in range(7)]


def test_list_filters(client: httpx.Client) -> None:
    create(client, "f-a", systemTags=["x", "y"], workspaceId="ws-1")
    create(client, "f-b", systemTags=["x"], workspaceId="ws-2")
    create(client, "f-c", workspaceId="ws-3", environmentVariables={"AGENTRUN_EMULATOR_FAIL": "no"})

    def names(**query: str) -> list[str]:
        response = send(client, "ListAgentRuntimes", "GET", BASE, params=query)
        assert response.status_code == 200, response.text
        return [r["agentRuntimeName"] for r in response.json()["data"]["items"]]

    assert names(agentRuntimeName="f-b") == ["f-b"]
    assert names(agentRuntimeName="f") == ["f-a", "f-b", "f-c"]
    assert names(agentRuntimeName="f", searchMode="exact") == []
    assert names(systemTags="x") == ["f-a", "f-b"]
    assert names(systemTags="x,y") == ["f-a"]
    assert names(workspaceId="ws-2") == ["f-b"]
    assert names(workspaceIds="ws-1,ws-3") == ["f-a", "f-c"]
    assert names(status="CREATE_FAILED") == ["f-c"]
    assert names(status="READY,CREATE_FAILED") == ["f-a", "f-b", "f-c"]


# ---------------------------------------------------------------------- endpoints


def test_endpoint_crud(client: httpx.Client) -> None:
    runtime_id = create(client, "host")["agentRuntimeId"]
    created = create_endpoint(client, runtime_id, "Default", description="d1")
    assert created.status_code == 200, created.text
    conforms("AgentRuntimeEndpointResult", created.json())
    endpoint = created.json()["data"]
    assert re.fullmatch(r"are-[0-9a-f]{16}", endpoint["agentRuntimeEndpointId"])
    assert endpoint["agentRuntimeId"] == runtime_id
    assert endpoint["targetVersion"] == "LATEST"
    assert endpoint["status"] == "READY"
    path = f"{BASE}/{runtime_id}/endpoints/{endpoint['agentRuntimeEndpointId']}"

    got = send(client, "GetAgentRuntimeEndpoint", "GET", path)
    assert got.json()["data"] == endpoint

    updated = send(
        client,
        "UpdateAgentRuntimeEndpoint",
        "PUT",
        path,
        json={"disablePublicNetworkAccess": True, "scalingConfig": {"minInstances": 2}},
    )
    assert updated.status_code == 200, updated.text
    conforms("AgentRuntimeEndpointResult", updated.json())
    data = updated.json()["data"]
    assert data["description"] == "d1"
    assert data["disablePublicNetworkAccess"] is True
    assert data["scalingStatus"]["minInstances"] == 2

    cleared = send(
        client, "UpdateAgentRuntimeEndpoint", "PUT", path, json={"deleteScalingConfig": True}
    )
    assert "scalingStatus" not in cleared.json()["data"]

    deleted = send(client, "DeleteAgentRuntimeEndpoint", "DELETE", path)
    assert deleted.status_code == 200
    assert deleted.json()["data"]["agentRuntimeEndpointId"] == endpoint["agentRuntimeEndpointId"]
    assert send(client, "GetAgentRuntimeEndpoint", "GET", path).status_code == 404


def test_endpoint_names_are_unique_per_runtime(client: httpx.Client) -> None:
    first = create(client, "r1")["agentRuntimeId"]
    second = create(client, "r2")["agentRuntimeId"]
    assert create_endpoint(client, first, "Default").status_code == 200

    duplicate = create_endpoint(client, first, "Default")
    elsewhere = create_endpoint(client, second, "Default")

    assert duplicate.status_code == 409
    assert duplicate.json()["code"] == "ERR_RESOURCE_ALREADY_EXISTS"
    assert elsewhere.status_code == 200


def test_endpoint_of_another_runtime_is_404(client: httpx.Client) -> None:
    first = create(client, "own")["agentRuntimeId"]
    second = create(client, "other")["agentRuntimeId"]
    endpoint_id = create_endpoint(client, first, "e").json()["data"]["agentRuntimeEndpointId"]

    response = send(
        client, "GetAgentRuntimeEndpoint", "GET", f"{BASE}/{second}/endpoints/{endpoint_id}"
    )

    assert response.status_code == 404
    assert response.json()["message"] == f"AgentRuntimeEndpoint({endpoint_id}) does not exist"


def test_list_endpoints_filters_by_name_and_pages(client: httpx.Client) -> None:
    runtime_id = create(client, "many")["agentRuntimeId"]
    for name in ("a", "b", "c"):
        create_endpoint(client, runtime_id, name)
    path = f"{BASE}/{runtime_id}/endpoints"

    page = send(client, "ListAgentRuntimeEndpoints", "GET", path, params={"pageSize": 2})
    named = send(client, "ListAgentRuntimeEndpoints", "GET", path, params={"endpointName": "b"})

    conforms("ListAgentRuntimeEndpointsResult", page.json())
    assert [e["agentRuntimeEndpointName"] for e in page.json()["data"]["items"]] == ["a", "b"]
    assert page.json()["data"]["total"] == 3
    assert [e["agentRuntimeEndpointName"] for e in named.json()["data"]["items"]] == ["b"]


# ---------------------------------------------------------------------- versions


def test_publish_numbers_versions_and_snapshots(client: httpx.Client) -> None:
    runtime_id = create(client, "versioned", description="v1 config")["agentRuntimeId"]
    versions = f"{BASE}/{runtime_id}/versions"

    first = send(client, "PublishRuntimeVersion", "POST", versions)
    send(
        client,
        "UpdateAgentRuntime",
        "PUT",
        f"{BASE}/{runtime_id}",
        json={"cpu": 1, "description": "v2"},
    )
    second = send(
        client,
        "PublishRuntimeVersion",
        "POST",
        versions,
        json={"description": "second", "publisher": "me"},
    )

    assert first.status_code == 200, first.text
    conforms("AgentRuntimeVersionResult", second.json())
    assert first.json()["data"]["agentRuntimeVersion"] == "1"
    assert second.json()["data"]["agentRuntimeVersion"] == "2"
    assert second.json()["data"]["description"] == "second"
    assert second.json()["data"]["agentRuntimeName"] == "versioned"
    runtime = send(client, "GetAgentRuntime", "GET", f"{BASE}/{runtime_id}").json()["data"]
    assert runtime["agentRuntimeVersion"] == "2"
    old = send(
        client,
        "GetAgentRuntime",
        "GET",
        f"{BASE}/{runtime_id}",
        params={"agentRuntimeVersion": "1"},
    ).json()["data"]
    assert old["agentRuntimeVersion"] == "1" and old["description"] == "v1 config"
    missing = send(
        client,
        "GetAgentRuntime",
        "GET",
        f"{BASE}/{runtime_id}",
        params={"agentRuntimeVersion": "9"},
    )
    assert missing.status_code == 404
    listing = send(client, "ListAgentRuntimeVersions", "GET", versions)
    conforms("ListAgentRuntimeVersionsResult", listing.json())
    assert [v["agentRuntimeVersion"] for v in listing.json()["data"]["items"]] == ["1", "2"]
    assert listing.json()["data"]["total"] == 2


def test_target_version_and_routing_must_name_existing_versions(client: httpx.Client) -> None:
    runtime_id = create(client, "routed")["agentRuntimeId"]
    send(client, "PublishRuntimeVersion", "POST", f"{BASE}/{runtime_id}/versions")

    unknown_target = create_endpoint(client, runtime_id, "a", targetVersion="2")
    unknown_weight = create_endpoint(
        client,
        runtime_id,
        "b",
        routingConfiguration={"versionWeights": [{"version": "5", "weight": 0.5}]},
    )
    too_heavy = create_endpoint(
        client,
        runtime_id,
        "c",
        routingConfiguration={
            "versionWeights": [
                {"version": "1", "weight": 0.7},
                {"version": "LATEST", "weight": 0.4},
            ]
        },
    )
    good = create_endpoint(
        client,
        runtime_id,
        "d",
        targetVersion="1",
        routingConfiguration={
            "versionWeights": [
                {"version": "1", "weight": 0.6},
                {"version": "LATEST", "weight": 0.4},
            ]
        },
    )

    assert unknown_target.status_code == 400
    assert "targetVersion" in unknown_target.json()["message"]
    assert unknown_weight.status_code == 400
    assert "routingConfiguration.versionWeights[0].version" in unknown_weight.json()["message"]
    assert too_heavy.status_code == 400
    assert "sum" in too_heavy.json()["message"]
    assert good.status_code == 200, good.text
    assert good.json()["data"]["targetVersion"] == "1"
    path = f"{BASE}/{runtime_id}/endpoints/{good.json()['data']['agentRuntimeEndpointId']}"
    bad_update = send(
        client, "UpdateAgentRuntimeEndpoint", "PUT", path, json={"targetVersion": "3"}
    )
    assert bad_update.status_code == 400


def test_call_helper_encodes_path_ids(local: LocalAgentRun) -> None:
    response = local.call("GetAgentRuntime", agentRuntimeId="no such/id")

    assert response.status_code == 404
    assert response.json()["message"] == "AgentRuntime(no such/id) does not exist"
