"""Endpoints and versions: expose a runtime, publish versions, route to one, clean up."""

from __future__ import annotations

import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeVersionPublishInput,
    ResourceNotExistError,
    Status,
)

from .deploy import WAIT_TIMEOUT, ready_endpoint, ready_runtime, remove_runtime
from .target import IntegrationTarget


def test_endpoint_and_version_lifecycle(
    target: IntegrationTarget, client: AgentRuntimeClient
) -> None:
    runtime = ready_runtime(client, target, "it-endpoints")
    runtime_id = runtime.agent_runtime_id
    assert runtime_id

    endpoint = ready_endpoint(target, runtime, "it-main")
    endpoint_id = endpoint.agent_runtime_endpoint_id
    assert endpoint_id
    assert (endpoint.status, endpoint.target_version) == (Status.READY, "LATEST")

    first = runtime.publish_version(AgentRuntimeVersionPublishInput(description="first"))
    second = client.publish_version(runtime_id, AgentRuntimeVersionPublishInput(description="2nd"))
    assert first.agent_runtime_version and second.agent_runtime_version
    assert first.agent_runtime_version != second.agent_runtime_version
    versions = client.list_versions(runtime_id)
    assert [(v.agent_runtime_version, v.description) for v in versions] == [
        (first.agent_runtime_version, "first"),
        (second.agent_runtime_version, "2nd"),
    ]

    routed = client.update_endpoint(
        runtime_id,
        endpoint_id,
        AgentRuntimeEndpointUpdateInput(target_version=first.agent_runtime_version),
    )
    routed.wait_until_ready_or_failed(
        interval_seconds=target.poll_interval, timeout_seconds=WAIT_TIMEOUT
    )
    fetched = client.get_endpoint(runtime_id, endpoint_id)
    assert fetched.target_version == first.agent_runtime_version
    assert fetched.agent_runtime_endpoint_name == "it-main"

    listed = client.list_endpoints(runtime_id)
    assert [e.agent_runtime_endpoint_id for e in listed] == [endpoint_id]

    fetched.delete_and_wait_until_finished(
        interval_seconds=target.poll_interval, timeout_seconds=WAIT_TIMEOUT
    )
    with pytest.raises(ResourceNotExistError):
        client.get_endpoint(runtime_id, endpoint_id)
    assert client.list_endpoints(runtime_id) == []
    remove_runtime(target, runtime)
