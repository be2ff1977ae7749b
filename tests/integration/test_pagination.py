"""Listing across several pages: every runtime exactly once."""

from __future__ import annotations

from agentrun_facade import AgentRuntimeClient, Config

from .deploy import runtime_input
from .target import IntegrationTarget
from .wire import CassetteView, SdkLog

COUNT = 25
PAGE_SIZE = 10
PREFIX = "it-page-"


def test_list_runtimes_across_pages_without_duplicates(
    target: IntegrationTarget,
    client: AgentRuntimeClient,
    cassette: CassetteView | None,
    sdk_log: SdkLog,
) -> None:
    created = {}
    for index in range(COUNT):
        runtime = client.create(runtime_input(f"{PREFIX}{index:02d}"))
        assert runtime.agent_runtime_id
        created[runtime.agent_runtime_id] = runtime.agent_runtime_name

    listed = client.list(config=Config(page_size=PAGE_SIZE))

    ids = [r.agent_runtime_id for r in listed]
    assert len(ids) == len(set(ids)), "a runtime was listed twice"
    mine = {
        r.agent_runtime_id: r.agent_runtime_name for r in listed if r.agent_runtime_id in created
    }
    assert mine == created
    pages = sdk_log.exchanges("ListAgentRuntimes")
    assert len(pages) >= -(-COUNT // PAGE_SIZE)
    assert all(p.status == 200 for p in pages)
    if cassette is not None:
        queries = cassette.queries("ListAgentRuntimes")
        assert {q["pageSize"] for q in queries} == {str(PAGE_SIZE)}
        numbers = sorted(int(q["pageNumber"]) for q in queries)
        assert numbers == list(range(1, len(numbers) + 1))
        assert len(numbers) >= 3

    for runtime_id in created:
        client.delete(runtime_id)
