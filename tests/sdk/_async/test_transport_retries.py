"""Which failures are retried, how often, and after how long.

Server errors, throttling and lost answers come from the emulator's scripted
faults; failures it cannot produce (a refused pool, a failed name lookup, a
``Retry-After`` on its own) are raised or answered by the client's transport.
The delays are noted by the retry policy handed to the client (``waits``),
which waits none of them. Written once, async; ``scripts/unasync`` derives the
sync twin.
"""

from __future__ import annotations

import random
import socket
import time

import httpx
import pytest

from agentrun_facade import (
    AgentRuntimeClient,
    AgentRuntimeListInput,
    Config,
    RequestTimeoutError,
    ServerError,
    ThrottlingError,
    TransportError,
)
from agentrun_facade.retry import RetryPolicy
from tests.sdk.conftest import testing
from tests.sdk.inputs import runtime_input, unique
from tests.sdk.waits import NotedWaits
from tests.sdk.wire import WireLog, error


@pytest.fixture
def local_config(local_config: Config) -> Config:
    """Two retries: three attempts in all."""
    return local_config.merge(Config(max_retries=2))


async def runtime_id_of(client: AgentRuntimeClient, wire: WireLog) -> str:
    """A fresh runtime's id; the requests that made it are forgotten."""
    runtime = await client.create_async(runtime_input(unique("retry")))
    wire.clear()
    return runtime.agent_runtime_id or ""


async def named(client: AgentRuntimeClient, name: str) -> list[str]:
    """The names of the runtimes called exactly ``name``."""
    found = await client.list_async(AgentRuntimeListInput(agent_runtime_name=name))
    return [r.agent_runtime_name or "" for r in found if r.agent_runtime_name == name]


def fault(operation: str, **options: object) -> testing.ScriptedFault:
    return testing.ScriptedFault(operation, **options)  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Server errors
# --------------------------------------------------------------------------


async def test_get_retries_5xx_then_succeeds(
    client: AgentRuntimeClient,
    wire: WireLog,
    waits: NotedWaits,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    runtime_id = await runtime_id_of(client, wire)
    local_agentrun.script_faults(
        [fault("GetAgentRuntime", status=503), fault("GetAgentRuntime", status=500)]
    )
    runtime = await client.get_async(runtime_id)
    assert runtime.agent_runtime_id == runtime_id
    assert wire.actions() == ["GetAgentRuntime"] * 3
    assert len(waits.decided) == 2
    # Every attempt is signed afresh (new nonce).
    assert len({r.headers["x-acs-signature-nonce"] for r in wire.requests}) == 3


async def test_retries_are_bounded_by_max_retries(
    client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    local_agentrun.script_faults([fault("GetAgentRuntime", status=503, times=10)])
    with pytest.raises(ServerError):
        await client.get_async("ar-1", config=Config(max_retries=3))
    assert len(wire.requests) == 4


async def test_max_retries_zero_disables_retries(
    client: AgentRuntimeClient,
    wire: WireLog,
    waits: NotedWaits,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    local_agentrun.script_faults([fault("GetAgentRuntime", status=503)])
    with pytest.raises(ServerError):
        await client.get_async("ar-1", config=Config(max_retries=0))
    assert len(wire.requests) == 1 and waits.decided == []


async def test_backoff_grows_and_stays_within_bounds(
    local_config: Config, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    policy = NotedWaits(backoff_base=0.5, backoff_cap=1.5, rng=random.Random(7))
    local_agentrun.script_faults([fault("GetAgentRuntime", status=500, times=5)])
    config = local_config.merge(Config(max_retries=4))
    client = AgentRuntimeClient(config, async_transport=wire, retry_policy=policy)
    with pytest.raises(ServerError):
        await client.get_async("ar-1")
    await client.aclose()
    ceilings = [0.5, 1.0, 1.5, 1.5]
    assert len(policy.decided) == 4
    for delay, ceiling in zip(policy.decided, ceilings, strict=True):
        assert 0.0 <= delay <= ceiling
    # Same seed, same jitter: the sequence is reproducible.
    expected_rng = random.Random(7)
    assert policy.decided == [c * expected_rng.random() for c in ceilings]


async def test_the_client_waits_the_delay_its_policy_decides(
    local_config: Config, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    # Full jitter drawn at its top: each retry waits 0.15 s.
    policy = RetryPolicy(backoff_base=0.15, backoff_cap=0.15, rng=lambda: 1.0)
    local_agentrun.script_faults([fault("GetAgentRuntime", status=503, times=2)])
    async with AgentRuntimeClient(local_config, async_transport=wire, retry_policy=policy) as c:
        runtime_id = await runtime_id_of(c, wire)
        started = time.monotonic()
        await c.get_async(runtime_id)
        waited = time.monotonic() - started
    assert len(wire.requests) == 3
    assert waited >= 0.3


# --------------------------------------------------------------------------
# Writes whose outcome is unknown
# --------------------------------------------------------------------------


async def test_post_is_not_retried_on_status_without_reconciliation(
    client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    local_agentrun.script_faults([fault("CreateAgentRuntime", status=503)])
    name = unique("noretry")
    with pytest.raises(ServerError):
        await client.create_async(runtime_input(name), config=Config(reconcile_writes=False))
    assert wire.actions() == ["CreateAgentRuntime"]


async def test_post_is_not_retried_after_a_read_timeout_without_reconciliation(
    client: AgentRuntimeClient, wire: WireLog, local_agentrun: testing.LocalAgentRun
) -> None:
    local_agentrun.script_faults([fault("CreateAgentRuntime", kind="latency", latency_ms=600)])
    slow = Config(reconcile_writes=False, read_timeout=0.1)
    with pytest.raises(RequestTimeoutError) as caught:
        await client.create_async(runtime_input(unique("slow")), config=slow)
    assert wire.actions() == ["CreateAgentRuntime"]
    assert caught.value.operation == "CreateAgentRuntime"
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


@pytest.mark.parametrize(
    "failure", [httpx.ConnectError("refused"), httpx.PoolTimeout("pool")], ids=["connect", "pool"]
)
async def test_post_is_retried_when_nothing_was_sent(
    failure: Exception, client: AgentRuntimeClient, wire: WireLog
) -> None:
    name = unique("unsent")
    wire.script(failure)
    runtime = await client.create_async(runtime_input(name))
    assert runtime.agent_runtime_name == name
    assert wire.actions() == ["CreateAgentRuntime"] * 2
    assert await named(client, name) == [name]


# --------------------------------------------------------------------------
# Broken exchanges
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("eof"), httpx.ReadError("rst")],
    ids=["read-timeout", "protocol", "read-error"],
)
async def test_get_is_retried_after_transport_failures(
    failure: Exception, client: AgentRuntimeClient, wire: WireLog
) -> None:
    runtime_id = await runtime_id_of(client, wire)
    wire.script(failure)
    assert (await client.get_async(runtime_id)).agent_runtime_id == runtime_id
    assert wire.actions() == ["GetAgentRuntime"] * 2


@pytest.mark.parametrize("kind", ["drop", "lost"])
async def test_get_is_retried_after_the_connection_breaks(
    kind: str,
    client: AgentRuntimeClient,
    wire: WireLog,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    runtime_id = await runtime_id_of(client, wire)
    local_agentrun.script_faults([fault("GetAgentRuntime", kind=kind)])
    assert (await client.get_async(runtime_id)).agent_runtime_id == runtime_id
    assert wire.actions() == ["GetAgentRuntime"] * 2


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_a_refused_connection_is_retried_then_names_host_and_settings(
    client: AgentRuntimeClient, wire: WireLog, waits: NotedWaits
) -> None:
    nowhere = Config(control_endpoint=f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(TransportError) as caught:
        await client.get_async("ar-1", config=nowhere)
    assert not isinstance(caught.value, RequestTimeoutError)
    assert len(wire.requests) == 3 and len(waits.decided) == 2
    text = str(caught.value)
    assert "3 attempt(s)" in text
    assert "127.0.0.1" in text and "region_id" in text and "control_endpoint" in text
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def unresolvable() -> httpx.ConnectError:
    failure = httpx.ConnectError("[Errno -2] Name or service not known")
    failure.__context__ = socket.gaierror(-2, "Name or service not known")
    return failure


async def test_a_dns_failure_is_not_retried_and_names_host_and_settings(
    client: AgentRuntimeClient, wire: WireLog, waits: NotedWaits
) -> None:
    elsewhere = Config(control_endpoint="https://agentrun.no-such-region.example")
    wire.script(unresolvable(), unresolvable())
    with pytest.raises(TransportError) as caught:
        await client.get_async("ar-1", config=elsewhere)
    text = str(caught.value)
    assert len(wire.requests) == 1 and waits.decided == []
    assert "agentrun.no-such-region.example" in text
    assert "region_id" in text and "control_endpoint" in text and "did not resolve" in text


# --------------------------------------------------------------------------
# Delays the server asks for
# --------------------------------------------------------------------------


DELAYED = [
    error(429, "Throttling.User", **{"Retry-After": "7"}),
    error(429, "Throttling.User", **{"x-acs-retry-after": "7"}),
    # x-acs-retry-after on a 4xx marks throttling: retried although 400 is not retryable.
    error(400, "ERR_BUSY", **{"x-acs-retry-after": "7"}),
    error(500, "ERR_INTERNAL_SERVER_ERROR", **{"x-acs-retry-after": "7"}),
]


@pytest.mark.parametrize(
    "answer", DELAYED, ids=["429-retry-after", "429-acs", "400-acs", "500-acs"]
)
async def test_the_delay_the_server_asks_for_is_honoured(
    answer: httpx.Response, client: AgentRuntimeClient, wire: WireLog, waits: NotedWaits
) -> None:
    runtime_id = await runtime_id_of(client, wire)
    wire.script(answer)
    assert (await client.get_async(runtime_id)).agent_runtime_id == runtime_id
    assert waits.decided == [7.0]
    assert wire.actions() == ["GetAgentRuntime"] * 2


async def test_the_emulators_throttling_delay_is_honoured(
    client: AgentRuntimeClient,
    wire: WireLog,
    waits: NotedWaits,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    runtime_id = await runtime_id_of(client, wire)
    local_agentrun.script_faults([fault("GetAgentRuntime", kind="throttle", retry_after=4)])
    await client.get_async(runtime_id)
    assert waits.decided == [4.0]
    assert wire.actions() == ["GetAgentRuntime"] * 2


async def test_throttled_post_is_retried_after_the_delay_asked(
    client: AgentRuntimeClient,
    wire: WireLog,
    waits: NotedWaits,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    # A throttled request was not processed: repeating it cannot create twice,
    # with or without reconciliation.
    local_agentrun.script_faults([fault("CreateAgentRuntime", kind="throttle", retry_after=6)])
    name = unique("throttled")
    runtime = await client.create_async(runtime_input(name), config=Config(reconcile_writes=False))
    assert runtime.agent_runtime_name == name
    assert wire.actions() == ["CreateAgentRuntime"] * 2 and waits.decided == [6.0]
    assert await named(client, name) == [name]


async def test_throttled_post_that_stays_throttled_raises_throttling_error(
    client: AgentRuntimeClient,
    wire: WireLog,
    local_agentrun: testing.LocalAgentRun,
) -> None:
    local_agentrun.script_faults(
        [fault("CreateAgentRuntime", kind="throttle", retry_after=6, times=3)]
    )
    name = unique("stays")
    with pytest.raises(ThrottlingError) as caught:
        await client.create_async(runtime_input(name))
    assert caught.value.status_code == 429 and caught.value.retry_after == 6.0
    assert wire.actions() == ["CreateAgentRuntime"] * 3
    assert await named(client, name) == []
