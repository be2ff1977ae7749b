"""``client.with_raw_response`` against the emulator: each call's response and ``parse()``.

Written once, async; ``scripts/unasync`` derives the sync twin. Answers the
emulator never gives (a retried 503, a malformed 2xx, secret-bearing headers)
are tested over ``httpx.MockTransport`` in ``tests/sdk/test_raw_responses.py``.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersionPublishInput,
    Config,
    RawResponse,
    ResourceNotExistError,
)
from tests.sdk.conftest import testing
from tests.sdk.inputs import runtime_input, seed, unique
from tests.sdk.wire import WireLog


def check_response(response: RawResponse[Any], operations: list[str], *expected: str) -> None:
    """``response`` is the last of the responses to ``expected``, in that order."""
    assert response.status_code == 200
    assert response.request_id and response.request_id == response.headers["X-Acs-Request-Id"]
    assert isinstance(response.elapsed, datetime.timedelta)
    assert response.elapsed > datetime.timedelta(0)
    assert response.content is not None
    assert json.loads(response.content)["requestId"] == response.request_id
    assert response.response_count == len(expected)
    assert operations == list(expected)


async def test_each_call_returns_its_response_and_parses_to_the_plain_result(
    client: AgentRuntimeClient, wire: WireLog
) -> None:
    raw = client.with_raw_response

    def check(response: RawResponse[Any], *expected: str) -> Any:
        check_response(response, wire.actions(), *expected)
        wire.clear()
        return response.parse()

    name = unique("raw")
    created = check(await raw.create_async(runtime_input(name)), "CreateAgentRuntime")
    runtime_id = created.agent_runtime_id
    assert created.agent_runtime_name == name
    fetched = check(await raw.get_async(runtime_id), "GetAgentRuntime")
    assert fetched.to_wire() == (await client.get_async(runtime_id)).to_wire()
    wire.clear()
    # memory and port are read first: every update carries cpu, memory and port.
    updated = check(
        await raw.update_async(runtime_id, AgentRuntimeUpdateInput(cpu=4)),
        "GetAgentRuntime",
        "UpdateAgentRuntime",
    )
    assert updated.cpu == 4
    endpoint = check(
        await raw.create_endpoint_async(
            runtime_id, AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="ep")
        ),
        "CreateAgentRuntimeEndpoint",
    )
    endpoint_id = endpoint.agent_runtime_endpoint_id
    got = check(await raw.get_endpoint_async(runtime_id, endpoint_id), "GetAgentRuntimeEndpoint")
    assert got.agent_runtime_endpoint_name == "ep"
    update = AgentRuntimeEndpointUpdateInput(description="d")
    check(
        await raw.update_endpoint_async(runtime_id, endpoint_id, update),
        "UpdateAgentRuntimeEndpoint",
    )
    endpoints = check(await raw.list_endpoints_async(runtime_id), "ListAgentRuntimeEndpoints")
    assert [e.agent_runtime_endpoint_id for e in endpoints] == [endpoint_id]
    version = check(
        await raw.publish_version_async(
            runtime_id, AgentRuntimeVersionPublishInput(description="v")
        ),
        # The versions are noted first, so that a lost answer can be found again.
        "ListAgentRuntimeVersions",
        "PublishRuntimeVersion",
    )
    listed = check(await raw.list_versions_async(runtime_id), "ListAgentRuntimeVersions")
    assert [v.agent_runtime_version for v in listed] == [version.agent_runtime_version]
    deleted_endpoint = check(
        await raw.delete_endpoint_async(runtime_id, endpoint_id), "DeleteAgentRuntimeEndpoint"
    )
    assert deleted_endpoint.agent_runtime_endpoint_id
    deleted = check(await raw.delete_async(runtime_id), "DeleteAgentRuntime")
    assert deleted.agent_runtime_id == runtime_id


async def test_a_listing_describes_the_page_read_last(
    client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    prefix = unique("rawlist")
    names = seed(local_agentrun, prefix, 7)
    query = AgentRuntimeListInput(agent_runtime_name=prefix, page_size=3)
    response = await client.with_raw_response.list_async(query, Config(max_concurrency=1))
    assert wire.actions() == ["ListAgentRuntimes"] * 3
    assert response.response_count == 3
    assert response.content is not None
    assert json.loads(response.content)["data"]["pageNumber"] == 3
    assert [r.agent_runtime_name for r in response.parse()] == names


async def test_iter_reads_the_first_page_now_and_the_pager_does_not_read_it_again(
    client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    prefix = unique("rawiter")
    names = seed(local_agentrun, prefix, 5)
    query = AgentRuntimeListInput(agent_runtime_name=prefix, page_size=2)
    response = await client.with_raw_response.iter_runtimes_async(query)
    assert wire.actions() == ["ListAgentRuntimes"]
    assert response.content is not None
    assert json.loads(response.content)["data"]["pageNumber"] == 1
    pages = [page async for page in response.parse().by_page()]
    assert [page.page_number for page in pages] == [1, 2, 3]
    assert [r.agent_runtime_name for p in pages for r in p.items] == names
    assert wire.actions() == ["ListAgentRuntimes"] * 3


async def test_an_error_answer_raises_the_plain_error_with_its_headers(
    client: AgentRuntimeClient,
) -> None:
    with pytest.raises(ResourceNotExistError) as caught:
        await client.with_raw_response.get_async("ar-missing")
    error = caught.value
    assert error.headers["x-acs-request-id"] == error.request_id
    assert "content-type" in error.headers


async def test_invoke_describes_the_data_plane_response(client: AgentRuntimeClient) -> None:
    pytest.importorskip("openai")
    name = unique("talk")
    runtime = await client.create_async(runtime_input(name))
    await runtime.wait_until_ready_or_failed_async(interval_seconds=0.01, timeout_seconds=10)
    endpoint = await runtime.create_endpoint_async(
        AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="ep")
    )
    await endpoint.wait_until_ready_or_failed_async(interval_seconds=0.01, timeout_seconds=10)
    messages = [{"role": "user", "content": "hello raw"}]
    response = await client.with_raw_response.invoke_openai_async(name, "ep", messages=messages)
    assert response.status_code == 200
    assert response.content is not None and b"hello raw" in response.content
    assert "hello raw" in (response.parse().choices[0].message.content or "")
