"""Listing across several pages: every runtime exactly once, even while others change."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from agentrun_facade import AgentRuntimeClient, Config
from agentrun_facade.models import to_wire

from .deploy import runtime_input
from .target import IntegrationTarget
from .traffic import CassetteView, SdkLog

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
        numbers = sorted({int(q["pageNumber"]) for q in queries})
        assert numbers == list(range(1, len(numbers) + 1))
        assert len(numbers) >= 3

    for runtime_id in created:
        client.delete(runtime_id)


SHIFT_PREFIX = "it-shift-"
SHIFT_COUNT = 30


@pytest.mark.emulator_only
@pytest.mark.emulator_options(transition_seconds=0)  # a delete takes effect at once
def test_listing_while_runtimes_are_deleted_and_created(
    target: IntegrationTarget,
    client: AgentRuntimeClient,
    cassette: CassetteView | None,
) -> None:
    """One runtime deleted at the front and one created while page 2 is read.

    ``total`` does not change, yet every later item shifts one place towards
    the front, so a single pass misses the item at the page boundary. The
    strict listing verifies with passes that compare item ids until one agrees
    with the pages read before it; overlapping pages are de-duplicated.
    """
    ids = []
    for index in range(SHIFT_COUNT):
        runtime = client.create(runtime_input(f"{SHIFT_PREFIX}{index:02d}"))
        assert runtime.agent_runtime_id
        ids.append(runtime.agent_runtime_id)
    if target.emulator is not None:
        emulator = target.emulator
        fired: list[str] = []

        def shift(operation: str, query: Mapping[str, str], _: Mapping[str, str]) -> None:
            if operation == "ListAgentRuntimes" and query.get("pageNumber") == "2" and not fired:
                fired.append(operation)
                emulator.state.delete_runtime(ids[0])
                emulator.state.create_runtime(
                    to_wire(runtime_input(f"{SHIFT_PREFIX}new").prepared())
                )

        emulator.before_request(shift)

    listed = client.list(config=Config(page_size=10, max_concurrency=1, strict_listing=True))

    listed_ids = [r.agent_runtime_id for r in listed]
    assert len(listed_ids) == len(set(listed_ids)), "a runtime was listed twice"
    for stable in ids[1:]:
        assert listed_ids.count(stable) == 1, f"{stable} existed throughout but was not listed"
    if cassette is not None:
        pages = cassette.listed_ids("ListAgentRuntimes", "agentRuntimeId")
        served = [item for page in pages for item in page]
        assert len(served) > len(set(served)), "the recorded pages never overlapped"
        assert len(pages) > 3, "no second pass was recorded"

    # ids[0] was deleted while listing (on the emulator); it may still be listed
    # because page 1 was read before it went.
    for runtime_id in listed_ids:
        if runtime_id and runtime_id != ids[0]:
            client.delete(runtime_id)
