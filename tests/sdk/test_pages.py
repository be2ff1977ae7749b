"""Pagers: items, ``by_page()``, and resuming with a continuation token.

Against the local emulator (offset pages of ``pageNumber``/``pageSize`` with
``total``, the page size capped by the emulator); both flavours.
"""

from __future__ import annotations

import asyncio
import base64
import re
from typing import Any

import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeContainer,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointListInput,
    AgentRuntimeListInput,
    AgentRuntimeVersionListInput,
    AgentRuntimeVersionPublishInput,
    Config,
    InvalidParameterError,
    Page,
)
from tests.emulated import Emulator, running

pytest.importorskip("agentrun_facade.testing")

MODES = ["sync", "async"]
COUNT = 23


@pytest.fixture
def client(emulator_client: AgentRuntimeClient) -> AgentRuntimeClient:
    return emulator_client


def add_runtimes(client: AgentRuntimeClient, count: int, prefix: str = "rt") -> list[str]:
    ids = []
    for index in range(count):
        created = client.create(
            AgentRuntimeCreateInput(
                agent_runtime_name=f"{prefix}-{index:02d}",
                container_configuration=AgentRuntimeContainer(image="registry.example/app:1"),
            )
        )
        assert created.agent_runtime_id
        ids.append(created.agent_runtime_id)
    return ids


def pages(
    client: AgentRuntimeClient, mode: str, method: str, *args: Any, **kwargs: Any
) -> list[Page[Any]]:
    """Every page of ``client.<method>(...).by_page()`` in the given flavour."""
    if mode == "sync":
        return list(getattr(client, method)(*args, **kwargs).by_page())

    async def run() -> list[Page[Any]]:
        pager = getattr(client, f"{method}_async")(*args, **kwargs)
        return [page async for page in pager.by_page()]

    return asyncio.run(run())


def items(
    client: AgentRuntimeClient, mode: str, method: str, *args: Any, **kwargs: Any
) -> list[Any]:
    if mode == "sync":
        return list(getattr(client, method)(*args, **kwargs))

    async def run() -> list[Any]:
        return [item async for item in getattr(client, f"{method}_async")(*args, **kwargs)]

    return asyncio.run(run())


def ids(found: list[Any]) -> list[str]:
    return [runtime.agent_runtime_id for runtime in found]


# -- pages ---------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_by_page_yields_every_page_with_its_counters(mode: str, client: AgentRuntimeClient) -> None:
    created = add_runtimes(client, COUNT)
    read = pages(client, mode, "iter_runtimes", AgentRuntimeListInput(page_size=5))
    assert [page.page_number for page in read] == [1, 2, 3, 4, 5]
    assert [len(page.items) for page in read] == [5, 5, 5, 5, 3]
    assert {(page.page_size, page.total) for page in read} == {(5, COUNT)}
    assert [item.agent_runtime_id for page in read for item in page.items] == created
    assert all(page.continuation_token for page in read[:-1])
    assert read[-1].continuation_token is None
    # Iterating a pager gives the same items as the pages.
    assert ids(items(client, mode, "iter_runtimes", AgentRuntimeListInput(page_size=5))) == created


@pytest.mark.parametrize("mode", MODES)
def test_an_empty_listing_is_one_empty_last_page(mode: str, client: AgentRuntimeClient) -> None:
    (page,) = pages(client, mode, "iter_runtimes")
    assert (page.items, page.page_number, page.total, page.continuation_token) == ([], 1, 0, None)


@pytest.mark.parametrize("mode", MODES)
def test_resuming_continues_after_the_page_that_issued_the_token(
    mode: str, client: AgentRuntimeClient, emulator: Emulator
) -> None:
    created = add_runtimes(client, COUNT)
    query = AgentRuntimeListInput(page_size=5, agent_runtime_name="rt-")
    first_run = pages(client, mode, "iter_runtimes", query)
    token = first_run[1].continuation_token
    assert token is not None

    emulator.clear()
    resumed = pages(client, mode, "iter_runtimes", query, continuation_token=token)
    assert [page.page_number for page in resumed] == [3, 4, 5]
    assert [item.agent_runtime_id for page in resumed for item in page.items] == created[10:]
    assert resumed[-1].continuation_token is None
    # Pages 1 and 2 are not read again.
    assert emulator.operations == ["ListAgentRuntimes"] * 3
    # Items too, and a token of a resumed run resumes further.
    assert (
        ids(items(client, mode, "iter_runtimes", query, continuation_token=token)) == (created[10:])
    )
    again = pages(
        client, mode, "iter_runtimes", query, continuation_token=resumed[0].continuation_token
    )
    assert [page.page_number for page in again] == [4, 5]


def test_endpoints_and_versions_resume_too(client: AgentRuntimeClient) -> None:
    (runtime_id,) = add_runtimes(client, 1)
    for index in range(5):
        client.publish_version(runtime_id, AgentRuntimeVersionPublishInput(description=str(index)))
    first = list(
        client.iter_versions(runtime_id, AgentRuntimeVersionListInput(page_size=2)).by_page()
    )
    assert [len(page.items) for page in first] == [2, 2, 1]
    rest = list(client.iter_versions(runtime_id, continuation_token=first[0].continuation_token))
    assert [v.description for v in rest] == [v.description for p in first[1:] for v in p.items]
    endpoints = list(client.iter_endpoints(runtime_id).by_page())
    assert [(page.items, page.continuation_token) for page in endpoints] == [([], None)]


def test_the_token_keeps_the_page_size_the_server_applied() -> None:
    with running(max_page_size=4) as emulator, AgentRuntimeClient(emulator.local.config) as client:
        created = add_runtimes(client, 10)
        query = AgentRuntimeListInput(page_size=10)
        read = list(client.iter_runtimes(query).by_page())
        assert [(page.page_size, len(page.items)) for page in read] == [(4, 4), (4, 4), (4, 2)]
        resumed = list(client.iter_runtimes(query, continuation_token=read[0].continuation_token))
        assert ids(resumed) == created[4:]


@pytest.mark.parametrize("mode", MODES)
def test_one_exact_page_carries_a_token_for_what_follows(
    mode: str, client: AgentRuntimeClient
) -> None:
    created = add_runtimes(client, 7)
    (page,) = pages(
        client, mode, "iter_runtimes", AgentRuntimeListInput(page_number=2, page_size=3)
    )
    assert ids(page.items) == created[3:6]
    rest = items(client, mode, "iter_runtimes", continuation_token=page.continuation_token)
    assert ids(rest) == created[6:]
    (last,) = pages(
        client, mode, "iter_runtimes", AgentRuntimeListInput(page_number=3, page_size=3)
    )
    assert last.continuation_token is None


def test_a_change_between_reads_is_re_read_and_nothing_is_returned_twice(
    client: AgentRuntimeClient,
) -> None:
    created = add_runtimes(client, 12)
    seen: list[Page[Any]] = []
    one_at_a_time = Config(max_concurrency=1)
    for page in client.iter_runtimes(AgentRuntimeListInput(page_size=4), one_at_a_time).by_page():
        seen.append(page)
        if len(seen) == 2:
            # Page 3 now starts one item later: created[8] moved to page 2.
            client.delete(created[0])
    returned = [item.agent_runtime_id for page in seen for item in page.items]
    assert len(returned) == len(set(returned))
    assert set(returned) >= set(created[1:])
    numbers = [page.page_number for page in seen]
    assert numbers[:3] == [1, 2, 3]
    assert len(numbers) > 3  # the pass was followed by a re-read ...
    assert seen[-1].continuation_token is None  # ... and the listing ended.


@pytest.mark.parametrize("mode", MODES)
def test_a_strict_listing_pages_verification_reads_as_pages_without_items(
    mode: str, emulator: Emulator, client: AgentRuntimeClient
) -> None:
    created = add_runtimes(client, 6)
    strict = Config(strict_listing=True)
    read = pages(client, mode, "iter_runtimes", AgentRuntimeListInput(page_size=4), strict)
    assert [page.page_number for page in read] == [1, 2, 1, 2]
    assert [len(page.items) for page in read] == [4, 2, 0, 0]
    assert [page.continuation_token is None for page in read] == [False, False, False, True]
    assert ids([item for page in read for item in page.items]) == created


# -- tokens --------------------------------------------------------------------


def test_tokens_are_opaque_url_safe_strings(client: AgentRuntimeClient) -> None:
    add_runtimes(client, 3)
    first = next(iter(client.iter_runtimes(AgentRuntimeListInput(page_size=1)).by_page()))
    token = first.continuation_token
    assert token is not None and re.fullmatch(r"[A-Za-z0-9_.-]+", token)


@pytest.mark.parametrize("mode", MODES)
def test_a_token_of_another_listing_is_refused_before_sending(
    mode: str, client: AgentRuntimeClient, emulator: Emulator
) -> None:
    (runtime_id,) = add_runtimes(client, 1, prefix="one")
    add_runtimes(client, 3, prefix="many")
    token = _token(client, AgentRuntimeListInput(page_size=1, agent_runtime_name="many"))
    suffix = "" if mode == "sync" else "_async"
    emulator.clear()
    with pytest.raises(InvalidParameterError, match="issued by ListAgentRuntimes, not"):
        getattr(client, f"iter_endpoints{suffix}")(runtime_id, continuation_token=token)
    with pytest.raises(InvalidParameterError, match=r"other filters .*agent_runtime_name='many'"):
        getattr(client, f"iter_runtimes{suffix}")(continuation_token=token)
    with pytest.raises(InvalidParameterError, match="other filters"):
        getattr(client, f"iter_runtimes{suffix}")(
            AgentRuntimeListInput(agent_runtime_name="one"), continuation_token=token
        )
    with pytest.raises(InvalidParameterError, match=r"page_number .* not both"):
        getattr(client, f"iter_runtimes{suffix}")(
            AgentRuntimeListInput(agent_runtime_name="many", page_number=2),
            continuation_token=token,
        )
    assert emulator.operations == []


def _token(client: AgentRuntimeClient, query: AgentRuntimeListInput) -> str:
    token = next(iter(client.iter_runtimes(query).by_page())).continuation_token
    assert token is not None
    return token


def test_an_endpoint_token_belongs_to_its_runtime(client: AgentRuntimeClient) -> None:
    first, second = add_runtimes(client, 2)
    for name in ("a", "b"):
        client.create_endpoint(
            first, AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name=name)
        )
    page = next(
        iter(client.iter_endpoints(first, AgentRuntimeEndpointListInput(page_size=1)).by_page())
    )
    assert page.continuation_token is not None
    with pytest.raises(InvalidParameterError, match=f"ListAgentRuntimeEndpoints of {first}"):
        client.iter_endpoints(second, continuation_token=page.continuation_token)
    rest = list(client.iter_endpoints(first, continuation_token=page.continuation_token))
    assert [e.agent_runtime_endpoint_name for e in rest] == ["b"]


def _garbled(token: str) -> list[tuple[object, str]]:
    payload, _, check = token.partition(".")
    flipped = payload[:5] + ("A" if payload[5] != "A" else "B") + payload[6:]
    unsigned = base64.urlsafe_b64encode(b'{"v":1}').decode().rstrip("=")
    return [
        (token[:-4], "checksum"),
        (flipped + "." + check, "checksum"),
        (payload, "form"),
        ("not a token", "form"),
        ("%%%." + check, "base64url"),
        (unsigned + "." + check, "checksum"),
        ("", "non-empty string"),
        (42, "non-empty string"),
    ]


def test_a_garbled_token_is_an_invalid_parameter(client: AgentRuntimeClient) -> None:
    add_runtimes(client, 2)
    token = _token(client, AgentRuntimeListInput(page_size=1))
    for bad, problem in _garbled(token):
        with pytest.raises(InvalidParameterError, match=problem):
            client.iter_runtimes(continuation_token=bad)  # type: ignore[arg-type]


# -- the pager object ----------------------------------------------------------


def test_a_pager_fetches_nothing_until_read_and_is_consumed_once(
    client: AgentRuntimeClient, emulator: Emulator
) -> None:
    add_runtimes(client, 3)
    emulator.clear()
    pager = client.iter_runtimes(AgentRuntimeListInput(page_size=2))
    assert emulator.operations == []
    assert next(pager).agent_runtime_name == "rt-00"
    assert emulator.operations == ["ListAgentRuntimes"]
    with pytest.raises(InvalidParameterError, match="already iterated"):
        pager.by_page()
    pager.close()
    assert list(pager) == []


def test_an_async_pager_can_be_closed_early(client: AgentRuntimeClient, emulator: Emulator) -> None:
    add_runtimes(client, 6)

    async def run() -> list[str | None]:
        pager = client.iter_runtimes_async(AgentRuntimeListInput(page_size=2))
        pages_seen = pager.by_page()
        first = await pages_seen.__anext__()
        await pager.aclose()
        return [item.agent_runtime_name for item in first.items]

    emulator.clear()
    assert asyncio.run(run()) == ["rt-00", "rt-01"]
    assert emulator.operations == ["ListAgentRuntimes"]


def test_a_resumed_run_never_reads_before_its_first_page(
    client: AgentRuntimeClient, emulator: Emulator
) -> None:
    created = add_runtimes(client, 20)
    query = AgentRuntimeListInput(page_size=4)
    token = list(client.iter_runtimes(query).by_page())[1].continuation_token
    one_at_a_time = Config(max_concurrency=1)
    seen: list[Page[Any]] = []
    for page in client.iter_runtimes(query, one_at_a_time, continuation_token=token).by_page():
        seen.append(page)
        if len(seen) == 1:
            client.delete(created[13])  # page 4, not read yet, and the pages after it shift
    numbers = [page.page_number for page in seen]
    assert len(numbers) > 3 and min(numbers) == 3  # re-read, from the resumed page on
    returned = [item.agent_runtime_id for page in seen for item in page.items]
    assert len(returned) == len(set(returned))
    assert set(returned) == set(created[8:]) - {created[13]}
    assert seen[-1].continuation_token is None
