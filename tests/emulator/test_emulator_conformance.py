"""Conformance: Alibaba's official generated client against the emulator.

The official Tea client (``alibabacloud-agentrun20250910``) drives all 12
operations over loopback, using its own ``http`` protocol setting. Every input
model is filled from the client's own constructor signatures, every field at
once, so a field the client knows and the emulator does not shows up here.
Everything sent must read back as sent (as the client parses it), except what
the API reference says the service keeps to itself: write-only secrets come
back masked, input-only fields are absent, and server-owned fields are filled.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from agentrun_facade.testing import LocalAgentRun

client_module = pytest.importorskip("alibabacloud_agentrun20250910.client")
models = pytest.importorskip("alibabacloud_agentrun20250910.models")
tea = pytest.importorskip("alibabacloud_tea_openapi.utils_models")

MASK = "******"
#: Input fields the output models do not have (API reference §9, item 2 and §6.4.2).
INPUT_ONLY = {
    "armsConfiguration",
    "credentialId",
    "forceEvictInstances",
    "deleteScalingConfig",
    "scalingConfig",
    "publisher",
}
#: Write-only secrets, answered masked (the documented example shows a masked password).
SECRETS = {"password", "armsLicenseKey"}
#: Values the emulator checks against other state or a closed list.
OVERRIDES: dict[str, Any] = {
    "CreateAgentRuntimeInput.artifact_type": "Container",
    "UpdateAgentRuntimeInput.artifact_type": "Container",
    "CreateAgentRuntimeInput.session_affinity_type": "HEADER_FIELD",
    "UpdateAgentRuntimeInput.session_affinity_type": "NONE",
    "CodeConfiguration.checksum": "11400000000000000000",
    "CodeConfiguration.zip_file": "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==",
    "CreateAgentRuntimeEndpointInput.target_version": "1",
    "UpdateAgentRuntimeEndpointInput.target_version": "LATEST",
    "UpdateAgentRuntimeEndpointInput.delete_scaling_config": False,
    "VersionWeight.version": "1",
}
_MODEL = re.compile(r"^main_models\.(\w+)$")
_MODEL_LIST = re.compile(r"^List\[main_models\.(\w+)\]$")


def fill(model: type[Any], tag: str = "") -> Any:
    """An instance of an official model with every field set (recursively)."""
    values: dict[str, Any] = {}
    for name, parameter in inspect.signature(model.__init__).parameters.items():
        if name == "self":
            continue
        key = f"{model.__name__}.{name}"
        values[name] = (
            OVERRIDES[key] if key in OVERRIDES else _value(parameter.annotation, key, tag)
        )
    return model(**values)


def _value(annotation: str, key: str, tag: str) -> Any:
    text = f"{key}{tag}".replace(".", "-").replace("_", "-").lower()
    simple: dict[str, Any] = {
        "str": text,
        "bool": True,
        "int": 7,
        "float": 0.5,
        "Dict[str, str]": {"FIRST": f"{text}-1", "SECOND": f"{text}-2"},
        "List[str]": [f"{text}-1", f"{text}-2"],
    }
    if annotation in simple:
        return simple[annotation]
    if found := _MODEL.match(annotation):
        return fill(getattr(models, found.group(1)), tag)
    if found := _MODEL_LIST.match(annotation):
        return [fill(getattr(models, found.group(1)), tag)]
    raise AssertionError(f"{key}: no filler for the annotation {annotation!r}")


@attrs.define
class Tally:
    """What the suite exercised and checked."""

    operations: set[str] = attrs.field(factory=set)
    fields: int = 0

    def answer(self, operation: str, response: Any) -> Any:
        """The ``data`` of one official-client response, checked to be a success."""
        assert response.status_code == 200, f"{operation}: {response.status_code}"
        assert response.body.code == "SUCCESS", operation
        assert response.body.request_id, operation
        self.operations.add(operation)
        return response.body.data

    def same(self, sent: Any, got: Any, where: str, skip: frozenset[str] = frozenset()) -> None:
        """Every field of ``sent`` reads back in ``got`` (secrets masked, input-only absent)."""
        if isinstance(sent, dict):
            assert isinstance(got, dict), f"{where}: expected an object, got {got!r}"
            for key, value in sent.items():
                if key in skip or key in INPUT_ONLY:
                    assert key not in got or key in skip, f"{where}.{key} should not be returned"
                    continue
                assert key in got, f"{where}.{key} was not returned"
                if key in SECRETS:
                    assert got[key] == MASK, f"{where}.{key} is not masked"
                    self.fields += 1
                    continue
                self.same(value, got[key], f"{where}.{key}")
        elif isinstance(sent, list):
            assert isinstance(got, list) and len(got) == len(sent), f"{where}: {got!r}"
            for index, (one, other) in enumerate(zip(sent, got, strict=True)):
                self.same(one, other, f"{where}[{index}]")
            if not sent:
                self.fields += 1
        else:
            assert got == sent, f"{where}: sent {sent!r}, got {got!r}"
            self.fields += 1

    def filled(self, got: dict[str, Any], names: tuple[str, ...], where: str) -> None:
        """Server-owned fields are present and non-empty."""
        for name in names:
            assert got.get(name), f"{where}.{name} is not filled"
            self.fields += 1


RUNTIME_OWNED = ("agentRuntimeId", "agentRuntimeArn", "createdAt", "lastUpdatedAt", "status")
ENDPOINT_OWNED = (
    "agentRuntimeEndpointId",
    "agentRuntimeEndpointArn",
    "agentRuntimeId",
    "endpointPublicUrl",
    "status",
)
VERSION_OWNED = (
    "agentRuntimeVersion",
    "agentRuntimeArn",
    "agentRuntimeId",
    "agentRuntimeName",
    "lastUpdatedAt",
)


@pytest.fixture(scope="module")
def local() -> Iterator[LocalAgentRun]:
    with LocalAgentRun(transition_seconds=0) as emulator:
        yield emulator


@pytest.fixture
def client(local: LocalAgentRun) -> Any:
    local.state.reset()
    settings = local.settings
    config = tea.Config(
        access_key_id=settings.access_key_id,
        access_key_secret=settings.access_key_secret,
        region_id=settings.region,
        endpoint=f"127.0.0.1:{local.port}",
        protocol="http",
    )
    return client_module.Client(config)


def run_everything(client: Any) -> Tally:
    """All 12 operations with every input field set; returns what was checked."""
    tally = Tally()
    create = fill(models.CreateAgentRuntimeInput)
    created = tally.answer(
        "CreateAgentRuntime",
        client.create_agent_runtime(models.CreateAgentRuntimeRequest(body=create)),
    ).to_map()
    runtime_id = created["agentRuntimeId"]
    tally.same(create.to_map(), created, "CreateAgentRuntime")
    tally.filled(created, RUNTIME_OWNED, "CreateAgentRuntime")

    publish = fill(models.PublishRuntimeVersionInput)
    request = models.PublishRuntimeVersionRequest(body=publish)
    published = tally.answer(
        "PublishRuntimeVersion", client.publish_runtime_version(runtime_id, request)
    ).to_map()
    tally.same(publish.to_map(), published, "PublishRuntimeVersion")
    tally.filled(published, VERSION_OWNED, "PublishRuntimeVersion")
    without_body = models.PublishRuntimeVersionRequest()
    second = tally.answer(
        "PublishRuntimeVersion", client.publish_runtime_version(runtime_id, without_body)
    ).to_map()
    assert second["agentRuntimeVersion"] == "2"

    as_published = tally.answer(
        "GetAgentRuntime",
        client.get_agent_runtime(
            runtime_id, models.GetAgentRuntimeRequest(agent_runtime_version="1")
        ),
    ).to_map()
    tally.same(create.to_map(), as_published, "GetAgentRuntime(version 1)")
    assert as_published["agentRuntimeVersion"] == "1"

    update = fill(models.UpdateAgentRuntimeInput)
    updated = tally.answer(
        "UpdateAgentRuntime",
        client.update_agent_runtime(runtime_id, models.UpdateAgentRuntimeRequest(body=update)),
    ).to_map()
    tally.same(update.to_map(), updated, "UpdateAgentRuntime")
    tally.filled(updated, RUNTIME_OWNED, "UpdateAgentRuntime")
    assert updated["resourceGroupId"] == create.resource_group_id

    current = tally.answer(
        "GetAgentRuntime", client.get_agent_runtime(runtime_id, models.GetAgentRuntimeRequest())
    ).to_map()
    tally.same(updated, current, "GetAgentRuntime", skip=frozenset({"status"}))

    listing = models.ListAgentRuntimesRequest(
        agent_runtime_name=update.agent_runtime_name,
        discovery_resource_group_id="discovery-group",
        page_number=1,
        page_size=10,
        resource_group_id=create.resource_group_id,
        search_mode="exact",
        status="READY,UPDATING",
        system_tags=update.system_tags[0],
        workspace_id=update.workspace_id,
        workspace_ids=f"ws-other,{update.workspace_id}",
    )
    page = tally.answer("ListAgentRuntimes", client.list_agent_runtimes(listing)).to_map()
    assert (page["total"], page["pageNumber"], page["pageSize"]) == (1, 1, 10)
    tally.same([current], page["items"], "ListAgentRuntimes.items")

    endpoint_input = fill(models.CreateAgentRuntimeEndpointInput)
    endpoint = tally.answer(
        "CreateAgentRuntimeEndpoint",
        client.create_agent_runtime_endpoint(
            runtime_id, models.CreateAgentRuntimeEndpointRequest(body=endpoint_input)
        ),
    ).to_map()
    endpoint_id = endpoint["agentRuntimeEndpointId"]
    tally.same(endpoint_input.to_map(), endpoint, "CreateAgentRuntimeEndpoint")
    tally.filled(endpoint, ENDPOINT_OWNED, "CreateAgentRuntimeEndpoint")
    _same_scaling(tally, endpoint_input.to_map(), endpoint, "CreateAgentRuntimeEndpoint")

    endpoint_update = fill(models.UpdateAgentRuntimeEndpointInput)
    endpoint_updated = tally.answer(
        "UpdateAgentRuntimeEndpoint",
        client.update_agent_runtime_endpoint(
            runtime_id, endpoint_id, models.UpdateAgentRuntimeEndpointRequest(body=endpoint_update)
        ),
    ).to_map()
    tally.same(endpoint_update.to_map(), endpoint_updated, "UpdateAgentRuntimeEndpoint")
    _same_scaling(tally, endpoint_update.to_map(), endpoint_updated, "UpdateAgentRuntimeEndpoint")

    got_endpoint = tally.answer(
        "GetAgentRuntimeEndpoint", client.get_agent_runtime_endpoint(runtime_id, endpoint_id)
    ).to_map()
    tally.same(endpoint_updated, got_endpoint, "GetAgentRuntimeEndpoint", frozenset({"status"}))

    endpoints = models.ListAgentRuntimeEndpointsRequest(
        endpoint_name=endpoint_update.agent_runtime_endpoint_name,
        page_number=1,
        page_size=10,
        search_mode="exact",
    )
    endpoint_page = tally.answer(
        "ListAgentRuntimeEndpoints", client.list_agent_runtime_endpoints(runtime_id, endpoints)
    ).to_map()
    assert endpoint_page["total"] == 1
    tally.same([got_endpoint], endpoint_page["items"], "ListAgentRuntimeEndpoints.items")

    versions = models.ListAgentRuntimeVersionsRequest(page_number=1, page_size=10)
    version_page = tally.answer(
        "ListAgentRuntimeVersions", client.list_agent_runtime_versions(runtime_id, versions)
    ).to_map()
    assert [v["agentRuntimeVersion"] for v in version_page["items"]] == ["1", "2"]
    first = version_page["items"][0]
    tally.same(published, first, "ListAgentRuntimeVersions", frozenset({"agentRuntimeName"}))
    assert first["agentRuntimeName"] == update.agent_runtime_name

    deleted_endpoint = tally.answer(
        "DeleteAgentRuntimeEndpoint", client.delete_agent_runtime_endpoint(runtime_id, endpoint_id)
    ).to_map()
    assert deleted_endpoint["agentRuntimeEndpointId"] == endpoint_id
    deleted = tally.answer("DeleteAgentRuntime", client.delete_agent_runtime(runtime_id)).to_map()
    assert deleted["agentRuntimeId"] == runtime_id
    return tally


def _same_scaling(tally: Tally, sent: dict[str, Any], got: dict[str, Any], where: str) -> None:
    """Endpoints take ``scalingConfig`` and answer ``scalingStatus`` (API reference §6.3.3)."""
    scaling = sent["scalingConfig"]
    status = got["scalingStatus"]
    tally.same(scaling["minInstances"], status["minInstances"], f"{where}.scalingStatus")
    tally.same(
        scaling["scheduledPolicies"],
        status["scheduledPolicies"],
        f"{where}.scalingStatus.scheduledPolicies",
    )


def test_all_operations_with_every_field_read_back_as_sent(client: Any) -> None:
    tally = run_everything(client)

    assert len(tally.operations) == 12, sorted(tally.operations)
    assert tally.fields >= 200, tally.fields
    print(f"conformance: {len(tally.operations)} operations, {tally.fields} fields checked")


def test_empty_nested_arrays_are_accepted_and_read_back(client: Any) -> None:
    tally = Tally()
    create = models.CreateAgentRuntimeInput(
        agent_runtime_name="empty-arrays",
        artifact_type="Code",
        code_configuration=models.CodeConfiguration(language="python3", command=[]),
        cpu=1.0,
        memory=1024,
        port=9000,
        network_configuration=models.NetworkConfiguration(network_mode="PUBLIC"),
        protocol_configuration=models.ProtocolConfiguration(type="HTTP"),
        nas_config=models.NASConfig(),
        oss_mount_config=models.OSSMountConfig(),
    )
    sent = create.to_map()
    created = tally.answer(
        "CreateAgentRuntime",
        client.create_agent_runtime(models.CreateAgentRuntimeRequest(body=create)),
    ).to_map()
    endpoint_input = models.CreateAgentRuntimeEndpointInput(
        agent_runtime_endpoint_name="Default",
        routing_configuration=models.RoutingConfiguration(),
        scaling_config=models.ScalingConfig(min_instances=1),
    )
    endpoint = tally.answer(
        "CreateAgentRuntimeEndpoint",
        client.create_agent_runtime_endpoint(
            created["agentRuntimeId"], models.CreateAgentRuntimeEndpointRequest(body=endpoint_input)
        ),
    ).to_map()

    assert sent["protocolConfiguration"]["protocolSettings"] == []
    assert sent["nasConfig"]["mountPoints"] == []
    tally.same(sent, created, "CreateAgentRuntime")
    tally.same(endpoint_input.to_map(), endpoint, "CreateAgentRuntimeEndpoint")
    assert endpoint["routingConfiguration"] == {"versionWeights": []}
    assert endpoint["scalingStatus"]["scheduledPolicies"] == []


def test_the_filler_sets_every_field_of_every_input(client: Any) -> None:
    for name in (
        "CreateAgentRuntimeInput",
        "UpdateAgentRuntimeInput",
        "CreateAgentRuntimeEndpointInput",
        "UpdateAgentRuntimeEndpointInput",
        "PublishRuntimeVersionInput",
    ):
        model = getattr(models, name)
        parameters = [p for p in inspect.signature(model.__init__).parameters if p != "self"]
        assert len(fill(model).to_map()) == len(parameters), name
