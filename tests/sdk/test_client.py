"""AgentRuntimeClient semantics: bodies, results, pagination (sync and async)."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import logging
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeCreateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    Config,
    InvalidParameterError,
    ListingConsistencyError,
    MalformedResponseError,
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
def test_delete_response_without_id_still_names_the_runtime(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    fake.script.append(envelope({"agentRuntimeName": ""}))
    assert call(client, mode, "delete", "ar-gone").agent_runtime_id == "ar-gone"


# --------------------------------------------------------------------------
# Pagination
# --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("strict", [True, False], ids=["strict", "relaxed"])
def test_list_reads_every_page_in_order(
    strict: bool, mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(page_size=10, strict_listing=strict)
    ids = [fake.add_runtime(f"rt-{i:03d}")["agentRuntimeId"] for i in range(35)]
    runtimes = call(client, mode, "list")
    assert [r.agent_runtime_id for r in runtimes] == ids
    pages = [(r.query["pageNumber"], r.query["pageSize"]) for r in fake.calls("ListAgentRuntimes")]
    # A strict listing confirms a consistent pass with a second, identical one.
    passes = 2 if strict else 1
    assert Counter(pages) == {(str(n), "10"): passes for n in range(1, 5)}
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
    assert [r.query["pageSize"] for r in requests[1:]] == ["20"] * (len(requests) - 1)
    # One pass of pages 1..6 (the default listing), sized as the server applies them.
    assert Counter(int(r.query["pageNumber"]) for r in requests) == {n: 1 for n in range(1, 7)}


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

    client = AgentRuntimeClient(
        make_config(page_size=2, max_concurrency=4), transport=httpx.MockTransport(handler)
    )
    runtimes = await client.list_async()
    assert [r.agent_runtime_id for r in runtimes] == [i["agentRuntimeId"] for i in items]
    assert 1 < state["max"] <= 4
    await client.aclose()


# --------------------------------------------------------------------------
# Client construction and binding
# --------------------------------------------------------------------------


def test_resources_remember_their_client(fake: FakeAgentRun, client: AgentRuntimeClient) -> None:
    runtime_id = fake.add_runtime("demo")["agentRuntimeId"]
    runtime = client.get(runtime_id)
    other = AgentRuntimeClient(Config(control_endpoint="https://never.example"))
    # The instance talks through the client that produced it, not a default one.
    runtime.refresh()
    assert fake.calls("GetAgentRuntime")[-1].headers["host"] == "agentrun.test.example"
    other.close()


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
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# --------------------------------------------------------------------------
# Listings under change, lazy windows, error context, body encoding
# --------------------------------------------------------------------------


def runtime_item(index: int) -> dict[str, Any]:
    return {"agentRuntimeId": f"ar-{index:05d}", "agentRuntimeName": f"rt-{index:05d}"}


class ChurningListing:
    """Runtimes served by page; when page 2 is first requested (before it is answered)
    the front item is deleted and a new one appended, so every later page shifts."""

    def __init__(self, count: int) -> None:
        self.items = [runtime_item(i) for i in range(count)]
        self.next_index = count
        self.changed = False
        self.reads: list[int] = []
        self.lock = threading.Lock()

    def handle(self, request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["pageNumber"])
        size = int(request.url.params["pageSize"])
        with self.lock:
            self.reads.append(number)
            if number == 2 and not self.changed:
                self.changed = True
                del self.items[0]
                self.items.append(runtime_item(self.next_index))
                self.next_index += 1
            page = self.items[(number - 1) * size : number * size]
            total = len(self.items)
        return envelope({"items": page, "pageNumber": number, "pageSize": size, "total": total})


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("concurrency", [1, 4])
def test_strict_listing_survives_a_delete_and_an_append_between_reads(
    concurrency: int, mode: str
) -> None:
    server = ChurningListing(30)
    client = AgentRuntimeClient(
        make_config(page_size=10, max_concurrency=concurrency, strict_listing=True),
        transport=httpx.MockTransport(server.handle),
    )
    found = [r.agent_runtime_id for r in collect(client, mode, "iter_runtimes")]
    client.close()
    # ar-00000 was deleted and ar-00030 created during the listing: either may appear.
    throughout = [f"ar-{i:05d}" for i in range(1, 30)]
    counts = Counter(found)
    assert all(counts[item] == 1 for item in throughout)
    assert max(counts.values()) == 1
    # The first verification pass finds ar-00010 and disagrees; the second agrees.
    assert server.reads.count(1) == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("concurrency", [1, 4])
def test_relaxed_listing_misses_the_item_at_the_page_boundary(concurrency: int, mode: str) -> None:
    """Known trade-off of ``strict_listing=False``: every count stays consistent when a
    delete and a create fall between the same two reads, so one pass is trusted and the
    item pushed from page 2 onto page 1 (ar-00010) is never seen."""
    server = ChurningListing(30)
    config = make_config(page_size=10, max_concurrency=concurrency, strict_listing=False)
    client = AgentRuntimeClient(config, transport=httpx.MockTransport(server.handle))
    found = [r.agent_runtime_id for r in collect(client, mode, "iter_runtimes")]
    client.close()
    assert "ar-00010" not in found
    assert len(found) == len(set(found))
    assert sorted(server.reads) == [1, 2, 3]


class RestlessListing(ChurningListing):
    """Churns on every pass: a new item at the front before each page 1 read and the
    front item deleted before each page 2 read, so no two passes ever agree."""

    def handle(self, request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["pageNumber"])
        size = int(request.url.params["pageSize"])
        with self.lock:
            self.reads.append(number)
            if number == 1:
                self.items.insert(0, runtime_item(self.next_index))
                self.next_index += 1
            elif number == 2:
                del self.items[0]
            page = self.items[(number - 1) * size : number * size]
            total = len(self.items)
        return envelope({"items": page, "pageNumber": number, "pageSize": size, "total": total})


@pytest.mark.parametrize("mode", MODES)
def test_strict_listing_that_never_settles_raises(mode: str) -> None:
    server = RestlessListing(20)
    config = make_config(page_size=10, max_concurrency=1, strict_listing=True)
    client = AgentRuntimeClient(config, transport=httpx.MockTransport(server.handle))
    with pytest.raises(ListingConsistencyError) as caught:
        collect(client, mode, "iter_runtimes")
    client.close()
    assert caught.value.operation == "ListAgentRuntimes"
    assert caught.value.passes == 3
    assert "strict_listing=False" in str(caught.value)
    assert server.reads == [1, 2, 3] * 3


@pytest.mark.parametrize("mode", MODES)
def test_relaxed_listing_that_never_settles_warns(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    server = RestlessListing(20)
    config = make_config(page_size=10, max_concurrency=1, strict_listing=False)
    client = AgentRuntimeClient(config, transport=httpx.MockTransport(server.handle))
    with caplog.at_level(logging.WARNING, logger="agentrun_facade"):
        found = [r.agent_runtime_id for r in collect(client, mode, "iter_runtimes")]
    client.close()
    assert len(found) == len(set(found))
    assert [r.levelno for r in caplog.records] == [logging.WARNING]


class LargeListing:
    """``count`` runtimes generated on demand; counts the page requests."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.reads: list[int] = []
        self.lock = threading.Lock()

    def handle(self, request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["pageNumber"])
        size = int(request.url.params["pageSize"])
        with self.lock:
            self.reads.append(number)
        start = (number - 1) * size
        page = [runtime_item(i) for i in range(start, min(start + size, self.count))]
        return envelope(
            {"items": page, "pageNumber": number, "pageSize": size, "total": self.count}
        )


def take(client: AgentRuntimeClient, mode: str, count: int) -> list[str]:
    """The ids of the first ``count`` runtimes of ``iter_runtimes``, closing the iterator."""
    if mode == "sync":
        iterator = client.iter_runtimes()
        taken = [r.agent_runtime_id for r in itertools.islice(iterator, count)]
        iterator.close()  # type: ignore[attr-defined]
        return taken

    async def run() -> list[str]:
        iterator = client.iter_runtimes_async()
        taken = []
        async for runtime in iterator:
            taken.append(runtime.agent_runtime_id)
            if len(taken) == count:
                break
        await iterator.aclose()  # type: ignore[attr-defined]
        return taken

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("concurrency", [1, 3, 8])
def test_iterators_fetch_pages_in_windows_of_max_concurrency(mode: str, concurrency: int) -> None:
    server = LargeListing(5000)
    client = AgentRuntimeClient(
        make_config(page_size=100, max_concurrency=concurrency),
        transport=httpx.MockTransport(server.handle),
    )
    taken = take(client, mode, 150)
    client.close()
    assert taken == [f"ar-{i:05d}" for i in range(150)]
    assert 2 <= len(server.reads) <= 1 + concurrency
    assert sorted(server.reads) == list(range(1, len(server.reads) + 1))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("strict", [True, False])
def test_windowed_iteration_returns_every_item_once_in_page_order(mode: str, strict: bool) -> None:
    server = LargeListing(5000)
    config = make_config(page_size=100, max_concurrency=4, strict_listing=strict)
    client = AgentRuntimeClient(config, transport=httpx.MockTransport(server.handle))
    found = [r.agent_runtime_id for r in collect(client, mode, "iter_runtimes")]
    client.close()
    assert found == [f"ar-{i:05d}" for i in range(5000)]
    assert Counter(server.reads) == {n: 2 if strict else 1 for n in range(1, 51)}


@pytest.mark.parametrize("mode", MODES)
def test_listing_errors_name_the_operation_resource_and_request(
    mode: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    runtime_id = fake.add_runtime("demo")["agentRuntimeId"]
    fake.script.append(
        envelope(
            {"items": [], "pageNumber": 1, "pageSize": 1, "total": 10**9}, request_id="req-huge"
        )
    )
    with pytest.raises(MalformedResponseError) as caught:
        collect(client, mode, "iter_endpoints", runtime_id)
    err = caught.value
    assert err.operation == "ListAgentRuntimeEndpoints"
    assert (err.resource_type, err.resource_id) == ("AgentRuntime", runtime_id)
    assert err.request_id == "req-huge"
    assert isinstance(err.__cause__, MalformedResponseError)
    text = str(err)
    assert "more than 10000 pages" in text
    assert f"AgentRuntime({runtime_id})" in text and "ListAgentRuntimeEndpoints" in text


@pytest.mark.parametrize("mode", MODES)
def test_inconsistent_total_in_a_later_page_names_that_page_request(
    mode: str, fake: FakeAgentRun, make_client: Callable[..., AgentRuntimeClient]
) -> None:
    client = make_client(page_size=1)
    item = runtime_item(1)
    fake.script.extend(
        [
            envelope({"items": [item], "pageNumber": 1, "pageSize": 1, "total": 2}, "req-p1"),
            envelope({"items": [item], "pageNumber": 2, "pageSize": 1, "total": -4}, "req-p2"),
        ]
    )
    with pytest.raises(MalformedResponseError) as caught:
        collect(client, mode, "iter_runtimes")
    err = caught.value
    assert err.operation == "ListAgentRuntimes" and err.resource_type == "AgentRuntime"
    assert err.request_id == "req-p2"
    assert "total=-4" in str(err)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("value", "problem"),
    [(object(), "object"), (float("nan"), "NaN"), (float("inf"), "NaN")],
    ids=["object", "nan", "inf"],
)
def test_unencodable_body_is_a_typed_error_before_sending(
    mode: str, value: Any, problem: str, fake: FakeAgentRun, client: AgentRuntimeClient
) -> None:
    secret_marker = "value-must-not-leak"
    body = AgentRuntimeUpdateInput(description=secret_marker, extra={"x": value})
    with pytest.raises(InvalidParameterError) as caught:
        call(client, mode, "update", "rt1", body)
    text = str(caught.value)
    assert "UpdateAgentRuntime" in text and problem in text
    assert secret_marker not in text
    assert fake.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_body_is_sent_as_compact_signed_utf8_json(mode: str, fake: FakeAgentRun) -> None:
    runtime_id = fake.add_runtime("seed")["agentRuntimeId"]
    raw: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        raw.append(request.read())
        return fake.handle(request)  # verifies the signature over these bytes

    client = AgentRuntimeClient(make_config(), transport=httpx.MockTransport(handler))
    body = AgentRuntimeUpdateInput(
        description="żółw ok", cpu=1, memory=2048, port=80, extra={"n": 1.5}
    )
    call(client, mode, "update", runtime_id, body)
    client.close()
    assert raw == ['{"n":1.5,"cpu":1,"description":"żółw ok","memory":2048,"port":80}'.encode()]
    sent = fake.calls("UpdateAgentRuntime")[0]
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["content-length"] == str(len(raw[0]))
    assert sent.headers["x-acs-content-sha256"] == hashlib.sha256(raw[0]).hexdigest()


@pytest.mark.parametrize("mode", MODES)
def test_iterating_with_a_page_number_yields_exactly_that_page(mode: str) -> None:
    server = LargeListing(95)
    client = AgentRuntimeClient(make_config(), transport=httpx.MockTransport(server.handle))
    found = [
        r.agent_runtime_id
        for r in collect(
            client, mode, "iter_runtimes", AgentRuntimeListInput(page_number=3, page_size=10)
        )
    ]
    client.close()
    assert found == [f"ar-{i:05d}" for i in range(20, 30)]
    assert server.reads == [3]
