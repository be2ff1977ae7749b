"""AgentRuntimeClient semantics: bodies, results, pagination (sync and async)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeContainer,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointListInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionListInput,
    Config,
    InvalidParameterError,
    NetworkConfig,
    ResourceAlreadyExistError,
    Status,
)
from tests.conftest import FakeAgentRun, envelope, make_config

MODES = ["sync", "async"]


def call(client: AgentRuntimeClient, mode: str, method: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        return getattr(client, method)(*args, **kwargs)
    return asyncio.run(getattr(client, f"{method}_async")(*args, **kwargs))


def collect(
    client: AgentRuntimeClient, mode: str, method: str, *args: Any, **kwargs: Any
) -> list[Any]:
    """Drain ``iter_*`` (sync) or ``iter_*_async`` (async)."""
    if mode == "sync":
        return list(getattr(client, method)(*args, **kwargs))

    async def drain() -> list[Any]:
        return [item async for item in getattr(client, f"{method}_async")(*args, **kwargs)]

    return asyncio.run(drain())


def code_input(name: str = "demo", **fields: Any) -> AgentRuntimeCreateInput:
    return AgentRuntimeCreateInput(
        agent_runtime_name=name,
        code_configuration=AgentRuntimeCode(language="python3.12", zip_file="UEsFBg=="),
        **fields,
    )


# --------------------------------------------------------------------------
# Runtimes
# --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_create_applies_defaults_and_returns_a_bound_runtime(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    runtime = call(client, mode, "create", code_input(description="hello"))
    body = fake.requests[-1].body
    assert body["cpu"] == 2 and body["memory"] == 4096 and body["port"] == 9000
    assert body["artifactType"] == "Code"
    assert body["networkConfiguration"] == {"networkMode": "PUBLIC"}
    assert body["description"] == "hello"
    assert isinstance(runtime, AgentRuntime)
    assert runtime.agent_runtime_name == "demo"
    assert runtime.status is Status.CREATING
    assert runtime.agent_runtime_id in fake.runtimes


@pytest.mark.parametrize("mode", MODES)
def test_create_container_keeps_explicit_settings(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    call(
        client,
        mode,
        "create",
        AgentRuntimeCreateInput(
            agent_runtime_name="img",
            container_configuration=AgentRuntimeContainer(image="registry.example/app:1"),
            cpu=4,
            network_configuration=NetworkConfig(network_mode="PRIVATE", vpc_id="vpc-1"),
        ),
    )
    body = fake.requests[-1].body
    assert body["artifactType"] == "Container"
    assert body["cpu"] == 4
    assert body["networkConfiguration"] == {"networkMode": "PRIVATE", "vpcId": "vpc-1"}


@pytest.mark.parametrize("mode", MODES)
def test_create_without_artifact_is_refused_before_sending(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    with pytest.raises(ValueError):
        call(client, mode, "create", AgentRuntimeCreateInput(agent_runtime_name="x"))
    assert fake.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_create_duplicate_name(mode: str, fake: FakeAgentRun, client: AgentRuntimeClient) -> None:
    fake.add_runtime("demo")
    with pytest.raises(ResourceAlreadyExistError):
        call(client, mode, "create", code_input("demo"))


@pytest.mark.parametrize("mode", MODES)
def test_update_sends_only_fields_set(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    runtime_id = fake.add_runtime("demo")["agentRuntimeId"]
    updated = call(client, mode, "update", runtime_id, AgentRuntimeUpdateInput(description="new"))
    assert fake.requests[-1].body == {"description": "new"}
    assert updated.description == "new"
    assert updated.cpu == 2


@pytest.mark.parametrize("mode", MODES)
def test_get_and_delete(mode: str, fake: FakeAgentRun, client: AgentRuntimeClient) -> None:
    runtime_id = fake.add_runtime("demo", description="d")["agentRuntimeId"]
    got = call(client, mode, "get", runtime_id)
    assert (got.agent_runtime_id, got.description, got.status) == (runtime_id, "d", Status.READY)
    deleted = call(client, mode, "delete", runtime_id)
    assert isinstance(deleted, AgentRuntime)
    assert deleted.agent_runtime_id == runtime_id
    assert runtime_id not in fake.runtimes


@pytest.mark.parametrize("mode", MODES)
def test_delete_response_without_id_still_names_the_runtime(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    fake.script.append(envelope({"agentRuntimeName": ""}))
    assert call(client, mode, "delete", "ar-gone").agent_runtime_id == "ar-gone"


# --------------------------------------------------------------------------
# Pagination
# --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_list_reads_every_page_in_order(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(page_size=10)
    ids = [fake.add_runtime(f"rt-{i:03d}")["agentRuntimeId"] for i in range(35)]
    runtimes = call(client, mode, "list")
    assert [r.agent_runtime_id for r in runtimes] == ids
    pages = [(r.query["pageNumber"], r.query["pageSize"]) for r in fake.calls("ListAgentRuntimes")]
    assert sorted(pages) == [("1", "10"), ("2", "10"), ("3", "10"), ("4", "10")]
    assert pages[0] == ("1", "10")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("echo", [True, False], ids=["echoed-size", "silent-size"])
def test_list_survives_a_server_capping_page_size(
    echo: bool, mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    fake.max_page_size = 20
    fake.echo_page_size = echo
    ids = [fake.add_runtime(f"rt-{i:03d}")["agentRuntimeId"] for i in range(120)]
    runtimes = call(client, mode, "list")
    assert [r.agent_runtime_id for r in runtimes] == ids
    requests = fake.calls("ListAgentRuntimes")
    assert requests[0].query["pageSize"] == "100"
    assert sorted(int(r.query["pageNumber"]) for r in requests) == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("mode", MODES)
def test_list_drops_duplicates_from_shifting_pages(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(page_size=2)
    item = {"agentRuntimeName": "x", "status": "READY"}
    pages = {
        "1": [{"agentRuntimeId": "a", **item}, {"agentRuntimeId": "b", **item}],
        "2": [{"agentRuntimeId": "b", **item}, {"agentRuntimeId": "c", **item}],
        "3": [{"agentRuntimeId": "d", **item}],
    }

    def serve(request: httpx.Request) -> httpx.Response:
        number = request.url.params["pageNumber"]
        return envelope(
            {"items": pages[number], "pageNumber": int(number), "pageSize": 2, "total": 5}
        )

    fake.script.extend([serve] * 20)
    runtimes = call(client, mode, "list")
    found = [r.agent_runtime_id for r in runtimes]
    assert found[:4] == ["a", "b", "c", "d"]
    assert len(found) == len(set(found))


@pytest.mark.parametrize("mode", MODES)
def test_list_with_page_number_returns_exactly_that_page(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    ids = [fake.add_runtime(f"rt-{i}")["agentRuntimeId"] for i in range(7)]
    page = call(client, mode, "list", AgentRuntimeListInput(page_number=2, page_size=3))
    assert [r.agent_runtime_id for r in page] == ids[3:6]
    assert len(fake.requests) == 1
    assert fake.requests[0].query == {"pageNumber": "2", "pageSize": "3"}


@pytest.mark.parametrize("mode", MODES)
def test_list_filters_and_page_size_from_input(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    fake.add_runtime("keep")
    fake.add_runtime("drop")
    found = call(
        client,
        mode,
        "list",
        AgentRuntimeListInput(agent_runtime_name="keep", status=["READY", "CREATING"], page_size=7),
    )
    assert [r.agent_runtime_name for r in found] == ["keep"]
    assert fake.requests[0].query == {
        "agentRuntimeName": "keep",
        "status": "READY,CREATING",
        "pageNumber": "1",
        "pageSize": "7",
    }


@pytest.mark.parametrize("mode", MODES)
def test_empty_listing(mode: str, fake: FakeAgentRun, client: AgentRuntimeClient) -> None:
    assert call(client, mode, "list") == []
    assert len(fake.requests) == 1


def test_iterators_are_lazy(
    fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(page_size=5)
    for i in range(12):
        fake.add_runtime(f"rt-{i}")
    iterator = client.iter_runtimes()
    assert fake.requests == []
    first = next(iterator)
    assert first.agent_runtime_name == "rt-0"
    assert len(fake.requests) == 1
    assert len(list(iterator)) == 11


@pytest.mark.parametrize("mode", MODES)
def test_iterators_validate_arguments_eagerly(mode: str, client: AgentRuntimeClient) -> None:
    method = "iter_endpoints" if mode == "sync" else "iter_endpoints_async"
    with pytest.raises(InvalidParameterError):
        getattr(client, method)("")
    with pytest.raises(InvalidParameterError):
        getattr(client, method)("ar-1", AgentRuntimeListInput())


def test_sync_pager_fetches_pages_concurrently_within_the_limit(
    fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(page_size=2, max_concurrency=3)
    for i in range(20):
        fake.add_runtime(f"rt-{i:02d}")
    fake.delay = 0.02
    runtimes = client.list()
    assert [r.agent_runtime_name for r in runtimes] == [f"rt-{i:02d}" for i in range(20)]
    assert 1 < fake.max_in_flight <= 3


async def test_async_pager_fetches_pages_concurrently_within_the_limit(
    make_client: Callable[..., AgentRuntimeClient],
) -> None:
    state = {"now": 0, "max": 0}
    lock = threading.Lock()
    items = [
        {"agentRuntimeId": f"ar-{i:02d}", "agentRuntimeName": f"rt-{i:02d}"} for i in range(20)
    ]

    async def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        await asyncio.sleep(0.01)
        with lock:
            state["now"] -= 1
        number = int(request.url.params["pageNumber"])
        size = int(request.url.params["pageSize"])
        page = items[(number - 1) * size : number * size]
        return envelope({"items": page, "pageNumber": number, "pageSize": size, "total": 20})

    client = AgentRuntimeClient._with_transport(
        httpx.MockTransport(handler), make_config(page_size=2, max_concurrency=4)
    )
    runtimes = await client.list_async()
    assert [r.agent_runtime_id for r in runtimes] == [i["agentRuntimeId"] for i in items]
    assert 1 < state["max"] <= 4
    await client.aclose()


# --------------------------------------------------------------------------
# Endpoints and versions
# --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_endpoint_lifecycle(mode: str, fake: FakeAgentRun, client: AgentRuntimeClient) -> None:
    runtime_id = fake.add_runtime("demo")["agentRuntimeId"]
    created = call(
        client,
        mode,
        "create_endpoint",
        runtime_id,
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="prod", description="p"),
    )
    assert isinstance(created, AgentRuntimeEndpoint)
    assert fake.requests[-1].body == {
        "agentRuntimeEndpointName": "prod",
        "description": "p",
        "targetVersion": "LATEST",
    }
    endpoint_id = created.agent_runtime_endpoint_id
    assert created.agent_runtime_id == runtime_id
    got = call(client, mode, "get_endpoint", runtime_id, endpoint_id)
    assert got.agent_runtime_endpoint_name == "prod"
    updated = call(
        client,
        mode,
        "update_endpoint",
        runtime_id,
        endpoint_id,
        AgentRuntimeEndpointUpdateInput(target_version="3"),
    )
    assert fake.requests[-1].body == {"targetVersion": "3"}
    assert updated.target_version == "3"
    listed = call(client, mode, "list_endpoints", runtime_id)
    assert [e.agent_runtime_endpoint_id for e in listed] == [endpoint_id]
    deleted = call(client, mode, "delete_endpoint", runtime_id, endpoint_id)
    assert deleted.agent_runtime_endpoint_id == endpoint_id
    assert deleted.status is Status.DELETING
    assert call(client, mode, "list_endpoints", runtime_id) == []


@pytest.mark.parametrize("mode", MODES)
def test_endpoint_listing_pages_and_exact_page(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(page_size=3)
    runtime_id = fake.add_runtime("demo")["agentRuntimeId"]
    ids = [fake.add_endpoint(runtime_id, f"e{i}")["agentRuntimeEndpointId"] for i in range(8)]
    assert [
        e.agent_runtime_endpoint_id for e in call(client, mode, "list_endpoints", runtime_id)
    ] == ids
    assert [
        e.agent_runtime_endpoint_id for e in collect(client, mode, "iter_endpoints", runtime_id)
    ] == ids
    page = call(
        client, mode, "list_endpoints", runtime_id, AgentRuntimeEndpointListInput(page_number=3)
    )
    assert [e.agent_runtime_endpoint_id for e in page] == ids[6:8]
    assert fake.requests[-1].query == {"pageNumber": "3", "pageSize": "3"}


@pytest.mark.parametrize("mode", MODES)
def test_versions_publish_and_list(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    runtime_id = fake.add_runtime("demo")["agentRuntimeId"]
    for _ in range(3):
        version = call(client, mode, "publish_version", runtime_id)
        assert isinstance(version, AgentRuntimeVersion)
    versions = call(client, mode, "list_versions", runtime_id)
    assert [v.agent_runtime_version for v in versions] == ["1", "2", "3"]
    assert [
        v.agent_runtime_version for v in collect(client, mode, "iter_versions", runtime_id)
    ] == [
        "1",
        "2",
        "3",
    ]
    page = call(
        client,
        mode,
        "list_versions",
        runtime_id,
        AgentRuntimeVersionListInput(page_number=2, page_size=2),
    )
    assert [v.agent_runtime_version for v in page] == ["3"]


@pytest.mark.parametrize("mode", MODES)
def test_iter_runtimes(mode: str, fake: FakeAgentRun, client: AgentRuntimeClient) -> None:
    names = [fake.add_runtime(f"n{i}")["agentRuntimeName"] for i in range(4)]
    assert [r.agent_runtime_name for r in collect(client, mode, "iter_runtimes")] == names


def test_resources_remember_their_client(fake: FakeAgentRun, client: AgentRuntimeClient) -> None:
    runtime_id = fake.add_runtime("demo")["agentRuntimeId"]
    runtime = client.get(runtime_id)
    other = AgentRuntimeClient(Config(control_endpoint="https://never.example"))
    # The instance talks through the client that produced it, not a default one.
    runtime.refresh()
    assert fake.calls("GetAgentRuntime")[-1].headers["host"] == "agentrun.test.example"
    assert other._transports == {}


def test_client_constructor_matches_documented_signature() -> None:
    client = AgentRuntimeClient()
    assert client.config == Config()
    with pytest.raises(InvalidParameterError):
        AgentRuntimeClient({"region_id": "x"})  # type: ignore[arg-type]


def test_pager_is_bounded_even_for_slow_pages(
    fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(page_size=1, max_concurrency=2)
    for i in range(6):
        fake.add_runtime(f"rt-{i}")
    fake.delay = 0.01
    started = time.monotonic()
    assert len(client.list()) == 6
    assert fake.max_in_flight <= 2
    assert time.monotonic() - started < 5


def test_import_reads_no_credentials_from_the_environment() -> None:
    script = """
import os
seen = []

class Recorder(dict):
    def __getitem__(self, key):
        seen.append(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        seen.append(key)
        return super().get(key, default)

os.environ = Recorder(os.environ)
import agentrun_facade
client = agentrun_facade.AgentRuntimeClient()
assert not [k for k in seen if k.startswith(("AGENTRUN_", "ALIBABA_", "FC_"))], seen
assert client._transports == {}
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
