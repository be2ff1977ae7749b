"""The emulator accepts what the real service and the official clients send.

Unknown fields, open values, documented aliases, optional endpoint names, fuzzy
name filters, the cpu rule of UpdateAgentRuntime, statuses produced on purpose
and the configurable list order. The sources are in docs/emulator-vs-service.md.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from agentrun_client.models import AgentRuntime as GeneratedRuntime
from agentrun_client.models import AgentRuntimeEndpoint as GeneratedEndpoint

from agentrun_facade import AgentRuntimeClient, AgentRuntimeContainer, AgentRuntimeCreateInput
from agentrun_facade.testing import LocalAgentRun
from agentrun_facade.testing.settings import ENDPOINT_STATUS_TRIGGER, STATUS_TRIGGER, ListOrder


def runtime_body(name: str, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "agentRuntimeName": name,
        "artifactType": "Container",
        "cpu": 1,
        "memory": 1024,
        "port": 8080,
        "networkConfiguration": {"networkMode": "PUBLIC"},
        "containerConfiguration": {"image": "registry.example/agent:1"},
    }
    body.update(changes)
    return body


def ok(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    return response.json()["data"]  # type: ignore[no-any-return]


def create(local: LocalAgentRun, name: str, **changes: Any) -> dict[str, Any]:
    return ok(local.call("CreateAgentRuntime", body=runtime_body(name, **changes)))


def create_endpoint(local: LocalAgentRun, runtime_id: str, **body: Any) -> dict[str, Any]:
    return ok(local.call("CreateAgentRuntimeEndpoint", agentRuntimeId=runtime_id, body=body))


# ---------------------------------------------------------------------- unknown fields


def test_unknown_fields_are_accepted_and_ignored(local: LocalAgentRun) -> None:
    created = create(
        local,
        "future",
        someFutureField={"nested": [1, 2]},
        protocolConfiguration={"type": "SUPER_AGENT", "externalEndpoint": "https://x.example"},
    )

    got = ok(local.call("GetAgentRuntime", agentRuntimeId=created["agentRuntimeId"]))

    assert "someFutureField" not in got
    assert got["protocolConfiguration"] == {"type": "SUPER_AGENT"}
    (stored,) = local.state.runtimes()
    assert "someFutureField" not in stored.config
    assert "externalEndpoint" not in stored.config["protocolConfiguration"]


def test_unknown_query_parameters_are_ignored(local: LocalAgentRun) -> None:
    create(local, "listed")

    listed = ok(local.call("ListAgentRuntimes", query={"futureFilter": "x"}))

    assert listed["total"] == 1


def test_unknown_fields_in_every_write_are_accepted(local: LocalAgentRun) -> None:
    runtime_id = create(local, "writes")["agentRuntimeId"]
    endpoint = create_endpoint(local, runtime_id, agentRuntimeEndpointName="e", later=True)
    endpoint_id = endpoint["agentRuntimeEndpointId"]

    updated = local.call(
        "UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 2, "later": 1}
    )
    endpoint_updated = local.call(
        "UpdateAgentRuntimeEndpoint",
        agentRuntimeId=runtime_id,
        agentRuntimeEndpointId=endpoint_id,
        body={"description": "d", "later": 1},
    )
    published = local.call("PublishRuntimeVersion", agentRuntimeId=runtime_id, body={"x": 1})

    assert [updated.status_code, endpoint_updated.status_code, published.status_code] == [200] * 3


def test_strict_unknown_fields_rejects_them(local: LocalAgentRun) -> None:
    with LocalAgentRun(transition_seconds=0, strict_unknown_fields=True) as strict:
        response = strict.call("CreateAgentRuntime", body=runtime_body("s", someFutureField=1))
        query = strict.call("ListAgentRuntimes", query={"futureFilter": "x"})

    assert response.status_code == 400
    assert "someFutureField: is not a known field" in response.json()["message"]
    assert query.status_code == 400


def test_the_facade_extra_escape_hatch_reaches_the_emulator(local: LocalAgentRun) -> None:
    with AgentRuntimeClient(local.config) as client:
        created = client.create(
            AgentRuntimeCreateInput(
                agent_runtime_name="with-extra",
                container_configuration=AgentRuntimeContainer(
                    image="registry.example/agent:1", extra={"futureImageField": 1}
                ),
                extra={"someFutureField": "value"},
            )
        )

    assert created.agent_runtime_name == "with-extra"


# ---------------------------------------------------------------------- open values


def test_open_values_are_accepted_as_any_string(local: LocalAgentRun) -> None:
    created = create(
        local,
        "open",
        artifactType="Code",
        codeConfiguration={"language": "python3", "command": ["python", "app.py"]},
        networkConfiguration={"networkMode": "SOMEDAY_MODE"},
        protocolConfiguration={"type": "A2A"},
        sessionAffinityType="SOMETHING_ELSE",
    )
    node = create(
        local,
        "node",
        artifactType="Code",
        codeConfiguration={"language": "nodejs"},
        containerConfiguration={"image": "i", "imageRegistryType": "OTHER_REGISTRY"},
    )

    assert created["codeConfiguration"]["language"] == "python3"
    assert created["networkConfiguration"]["networkMode"] == "SOMEDAY_MODE"
    assert created["protocolConfiguration"]["type"] == "A2A"
    assert created["sessionAffinityType"] == "SOMETHING_ELSE"
    assert node["codeConfiguration"]["language"] == "nodejs"
    assert node["containerConfiguration"]["imageRegistryType"] == "OTHER_REGISTRY"


def test_artifact_type_stays_closed(local: LocalAgentRun) -> None:
    response = local.call("CreateAgentRuntime", body=runtime_body("zip", artifactType="Zip"))

    assert response.status_code == 400
    assert "artifactType: must be one of Code, Container" in response.json()["message"]


def test_cookie_affinity_is_stored_as_generated_cookie(local: LocalAgentRun) -> None:
    created = create(local, "cookie", sessionAffinityType="COOKIE")
    runtime_id = created["agentRuntimeId"]
    create(local, "header", sessionAffinityType="HEADER_FIELD")

    local.call("UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 1})
    after_update = ok(
        local.call(
            "UpdateAgentRuntime",
            agentRuntimeId=runtime_id,
            body={"cpu": 1, "sessionAffinityType": "COOKIE"},
        )
    )

    assert created["sessionAffinityType"] == "GENERATED_COOKIE"
    assert after_update["sessionAffinityType"] == "GENERATED_COOKIE"
    got = ok(local.call("GetAgentRuntime", agentRuntimeId=runtime_id))
    assert got["sessionAffinityType"] == "GENERATED_COOKIE"


# ---------------------------------------------------------------------- endpoint names


def test_an_endpoint_without_a_name_is_named_after_its_id(local: LocalAgentRun) -> None:
    runtime_id = create(local, "unnamed")["agentRuntimeId"]

    first = create_endpoint(local, runtime_id)
    second = create_endpoint(local, runtime_id, description="also unnamed")

    for endpoint in (first, second):
        assert endpoint["agentRuntimeEndpointName"] == endpoint["agentRuntimeEndpointId"]
    assert first["agentRuntimeEndpointId"] != second["agentRuntimeEndpointId"]
    assert first["endpointPublicUrl"].endswith(
        f"/endpoints/{first['agentRuntimeEndpointId']}/invocations"
    )


# ---------------------------------------------------------------------- name filters


def names(response: httpx.Response, key: str) -> list[str]:
    return [item[key] for item in ok(response)["items"]]


def test_runtime_name_filter_is_fuzzy_unless_search_mode_is_exact(local: LocalAgentRun) -> None:
    for name in ("shop", "shop-eu", "workshop", "other"):
        create(local, name)

    def listed(**query: str) -> list[str]:
        return names(local.call("ListAgentRuntimes", query=query), "agentRuntimeName")

    assert listed(agentRuntimeName="shop") == ["shop", "shop-eu", "workshop"]
    assert listed(agentRuntimeName="shop", searchMode="fuzzy") == ["shop", "shop-eu", "workshop"]
    assert listed(agentRuntimeName="shop", searchMode="exact") == ["shop"]
    assert listed(agentRuntimeName="shop", searchMode="EXACT") == ["shop"]
    assert listed(agentRuntimeName="SHOP") == []


def test_endpoint_name_filter_is_fuzzy_unless_search_mode_is_exact(local: LocalAgentRun) -> None:
    runtime_id = create(local, "host")["agentRuntimeId"]
    for name in ("Default", "Default-canary", "blue"):
        create_endpoint(local, runtime_id, agentRuntimeEndpointName=name)

    def listed(**query: str) -> list[str]:
        response = local.call("ListAgentRuntimeEndpoints", agentRuntimeId=runtime_id, query=query)
        return names(response, "agentRuntimeEndpointName")

    assert listed(endpointName="Default") == ["Default", "Default-canary"]
    assert listed(endpointName="Default", searchMode="exact") == ["Default"]
    assert listed() == ["Default", "Default-canary", "blue"]


# ---------------------------------------------------------------------- cpu on update


def test_update_without_cpu_is_rejected_by_default(local: LocalAgentRun) -> None:
    runtime_id = create(local, "partial")["agentRuntimeId"]

    updated = local.call("UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"description": "d"})

    assert updated.status_code == 400, updated.text
    assert "cpu: is required" in updated.json()["message"]


def test_update_without_cpu_is_accepted_when_the_rule_is_off() -> None:
    with LocalAgentRun(transition_seconds=0, require_update_cpu=False) as lenient:
        runtime_id = ok(lenient.call("CreateAgentRuntime", body=runtime_body("lenient")))[
            "agentRuntimeId"
        ]
        updated = lenient.call(
            "UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"description": "d"}
        )

    assert updated.status_code == 200, updated.text


def test_require_update_cpu_rejects_an_update_without_cpu() -> None:
    with LocalAgentRun(transition_seconds=0, require_update_cpu=True) as strict:
        runtime_id = ok(strict.call("CreateAgentRuntime", body=runtime_body("cpu")))[
            "agentRuntimeId"
        ]
        without = strict.call(
            "UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"memory": 2048}
        )
        with_cpu = strict.call(
            "UpdateAgentRuntime", agentRuntimeId=runtime_id, body={"cpu": 2, "memory": 2048}
        )
        after = ok(strict.call("GetAgentRuntime", agentRuntimeId=runtime_id))

    assert without.status_code == 400
    assert without.json()["code"] == "ERR_VALIDATION_FAILED"
    assert "cpu: is required" in without.json()["message"]
    assert with_cpu.status_code == 200, with_cpu.text
    assert (after["cpu"], after["memory"]) == (2, 2048)


# ---------------------------------------------------------------------- statuses on purpose


def test_a_runtime_can_settle_into_plain_failed(local: LocalAgentRun) -> None:
    env = {STATUS_TRIGGER: "FAILED", "AGENTRUN_EMULATOR_FAIL": "quota exceeded"}
    created = create(local, "failed", environmentVariables=env)
    plain = create(local, "plain", environmentVariables={STATUS_TRIGGER: "FAILED"})

    got = ok(local.call("GetAgentRuntime", agentRuntimeId=created["agentRuntimeId"]))
    other = ok(local.call("GetAgentRuntime", agentRuntimeId=plain["agentRuntimeId"]))

    assert (got["status"], got["statusReason"]) == ("FAILED", "quota exceeded")
    assert other["status"] == "FAILED"
    assert STATUS_TRIGGER in other["statusReason"]
    failed = local.call("ListAgentRuntimes", query={"status": "FAILED"})
    assert names(failed, "agentRuntimeName") == ["failed", "plain"]


def test_an_update_can_settle_into_any_status(local: LocalAgentRun) -> None:
    runtime_id = create(local, "later")["agentRuntimeId"]

    local.call(
        "UpdateAgentRuntime",
        agentRuntimeId=runtime_id,
        body={"cpu": 1, "environmentVariables": {STATUS_TRIGGER: "FAILED"}},
    )

    assert ok(local.call("GetAgentRuntime", agentRuntimeId=runtime_id))["status"] == "FAILED"


def test_endpoints_can_settle_into_active_and_still_serve(local: LocalAgentRun) -> None:
    runtime = create(local, "active", environmentVariables={ENDPOINT_STATUS_TRIGGER: "ACTIVE"})
    endpoint = create_endpoint(local, runtime["agentRuntimeId"], agentRuntimeEndpointName="Default")

    got = ok(
        local.call(
            "GetAgentRuntimeEndpoint",
            agentRuntimeId=runtime["agentRuntimeId"],
            agentRuntimeEndpointId=endpoint["agentRuntimeEndpointId"],
        )
    )
    with local.data_client() as data:
        reply = data.post(
            "/agent-runtimes/active/endpoints/Default/invocations/openai/v1/chat/completions",
            json={"messages": [{"role": "user", "content": "hi"}]},
        )

    assert got["status"] == "ACTIVE"
    assert "statusReason" not in got
    assert reply.status_code == 200, reply.text


def test_endpoints_can_settle_into_failed(local: LocalAgentRun) -> None:
    runtime = create(local, "bad-ep", environmentVariables={ENDPOINT_STATUS_TRIGGER: "FAILED"})

    endpoint = create_endpoint(local, runtime["agentRuntimeId"], agentRuntimeEndpointName="e")

    assert endpoint["status"] == "FAILED"
    assert ENDPOINT_STATUS_TRIGGER in endpoint["statusReason"]


# ---------------------------------------------------------------------- list order


def _populate(local: LocalAgentRun, count: int) -> str:
    for index in range(count):
        create(local, f"order-{index:02d}")
    runtime_id = local.state.runtimes()[0].id
    for index in range(count):
        create_endpoint(local, runtime_id, agentRuntimeEndpointName=f"ep-{index:02d}")
        local.call("PublishRuntimeVersion", agentRuntimeId=runtime_id)
    return runtime_id


def _all_pages(
    local: LocalAgentRun, operation: str, key: str, runtime_id: str | None = None
) -> list[str]:
    found: list[str] = []
    for number in range(1, 10):
        query = {"pageNumber": str(number), "pageSize": "4"}
        if runtime_id is None:
            page = ok(local.call(operation, query=query))["items"]
        else:
            page = ok(local.call(operation, query=query, agentRuntimeId=runtime_id))["items"]
        found += [item[key] for item in page]
        if len(page) < 4:
            return found
    raise AssertionError("too many pages")


@pytest.mark.parametrize("order", ["oldest", "newest", "shuffled"])
def test_list_order_is_stable_across_pages(order: ListOrder) -> None:
    with LocalAgentRun(transition_seconds=0, list_order=order, seed=3) as local:
        runtime_id = _populate(local, 10)
        runtimes = _all_pages(local, "ListAgentRuntimes", "agentRuntimeName")
        endpoints = _all_pages(
            local,
            "ListAgentRuntimeEndpoints",
            "agentRuntimeEndpointName",
            runtime_id,
        )
        versions = _all_pages(local, "ListAgentRuntimeVersions", "agentRuntimeVersion", runtime_id)

    oldest = [f"order-{i:02d}" for i in range(10)]
    assert sorted(runtimes) == oldest
    assert sorted(endpoints) == [f"ep-{i:02d}" for i in range(10)]
    assert sorted(versions, key=int) == [str(i) for i in range(1, 11)]
    if order == "oldest":
        assert runtimes == oldest
        assert versions == [str(i) for i in range(1, 11)]
    elif order == "newest":
        assert runtimes == oldest[::-1]
        assert versions == [str(i) for i in range(10, 0, -1)]
    else:
        assert runtimes not in (oldest, oldest[::-1])


def test_shuffled_order_depends_on_the_seed() -> None:
    orders = []
    for seed in (1, 2, 1):
        with LocalAgentRun(transition_seconds=0, list_order="shuffled", seed=seed) as local:
            _populate(local, 8)
            orders.append(_all_pages(local, "ListAgentRuntimes", "agentRuntimeName"))

    assert orders[0] == orders[2]
    assert orders[0] != orders[1]


def test_list_order_must_be_known() -> None:
    from agentrun_facade.errors import InvalidParameterError

    with pytest.raises(InvalidParameterError, match="list_order"):
        LocalAgentRun(list_order="random")  # type: ignore[arg-type]


@pytest.mark.parametrize("order", ["oldest", "newest", "shuffled"])
def test_the_facade_listings_do_not_depend_on_order(order: ListOrder) -> None:
    from agentrun_facade import AgentRuntimeListInput

    with LocalAgentRun(transition_seconds=0, list_order=order, seed=11) as local:
        runtime_id = _populate(local, 12)
        with AgentRuntimeClient(local.config) as client:
            runtimes = client.list(AgentRuntimeListInput(page_size=5))
            endpoints = client.list_endpoints(runtime_id)
            versions = client.list_versions(runtime_id)

    assert sorted(r.agent_runtime_name or "" for r in runtimes) == [
        f"order-{i:02d}" for i in range(12)
    ]
    assert len({e.agent_runtime_endpoint_id for e in endpoints}) == 12
    assert sorted(int(v.agent_runtime_version or 0) for v in versions) == list(range(1, 13))


# ---------------------------------------------------------------------- rendering


def test_answers_have_the_shapes_of_the_generated_models(local: LocalAgentRun) -> None:
    created = create(
        local,
        "shapes",
        containerConfiguration={
            "image": "i",
            "registryConfig": {"authConfig": {"userName": "u", "password": "p"}},
        },
        armsConfiguration={"enableArms": True, "armsLicenseKey": "k"},
        environmentVariables={"A": "1"},
    )
    endpoint = create_endpoint(
        local,
        created["agentRuntimeId"],
        agentRuntimeEndpointName="e",
        scalingConfig={"minInstances": 1, "scheduledPolicies": [{"name": "p", "target": 2}]},
    )

    assert GeneratedRuntime.from_dict(created).to_dict() == created
    assert GeneratedEndpoint.from_dict(endpoint).to_dict() == endpoint
    assert created["containerConfiguration"]["registryConfig"]["authConfig"]["password"] == "******"
    assert "armsConfiguration" not in created
    assert endpoint["scalingStatus"]["scheduledPolicies"] == [{"name": "p", "target": 2}]


def test_a_waiter_sees_a_runtime_fail_on_purpose(local: LocalAgentRun) -> None:
    from agentrun_facade.errors import ResourceFailedError

    with AgentRuntimeClient(local.config) as client:
        runtime = client.create(
            AgentRuntimeCreateInput(
                agent_runtime_name="waits-for-failure",
                container_configuration=AgentRuntimeContainer(image="registry.example/a:1"),
                environment_variables={STATUS_TRIGGER: "FAILED"},
            )
        )
        with pytest.raises(ResourceFailedError, match="FAILED"):
            runtime.wait_until_ready_or_failed()
