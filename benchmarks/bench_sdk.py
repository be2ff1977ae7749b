"""Side-by-side figures for the SDK against the local emulator (127.0.0.1 only).

For the side-by-side comparison with the real agentrun-sdk package see
``benchmarks/compare.py``. Each comparison here runs both variants in the
same process, one after the other, against the same emulator, and prints the
ratio, so a noisy shared machine affects both sides alike. The "baseline"
variants reproduce the strategies of Alibaba's agentrun-sdk 0.0.54
(sequential pages of 50 that stop at the first short page; a new HTTP client
for every call; no retries) on top of this SDK's own transport, so only the
strategy differs.

    .venv/bin/python benchmarks/bench_sdk.py [--runtimes 1000] [--latency-ms 50]
"""

from __future__ import annotations

import argparse
import functools
import statistics
import time
from collections.abc import Callable

from agentrun_facade import (
    AgentRunError,
    AgentRuntimeClient,
    AgentRuntimeListInput,
    Config,
)
from agentrun_facade.testing import LocalAgentRun


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median wall time of ``repeat`` runs, and the last result."""
    times: list[float] = []
    result: object = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def seed(local: LocalAgentRun, count: int) -> str:
    """Create ``count`` runtimes straight in the emulator's store; return one id."""
    first = ""
    for index in range(count):
        record = local.state.create_runtime(
            {
                "agentRuntimeName": f"bench-{index:05d}",
                "artifactType": "Code",
                "codeConfiguration": {"ossBucketName": "b", "ossObjectName": "o.zip"},
                "cpu": 1,
                "memory": 1024,
                "port": 9000,
                "networkConfiguration": {"networkMode": "PUBLIC"},
            }
        )
        first = first or record.id
    return first


def incumbent_listing(client: AgentRuntimeClient, config: Config) -> list[object]:
    """Sequential pages of 50, stopping at the first page shorter than 50."""
    items: list[object] = []
    page = 1
    while page <= 10_000:
        batch = client.list(AgentRuntimeListInput(page_number=page, page_size=50), config=config)
        items.extend(batch)
        if len(batch) < 50:
            break
        page += 1
    return items


def listing(runtimes: int, latency_ms: float, repeat: int) -> None:
    print(f"\n## Listing {runtimes} runtimes, {latency_ms:.0f} ms server latency per request")
    requests: list[str] = []

    def record(operation: str, _query: object, _params: object) -> None:
        requests.append(operation)

    for cap in (100, 20):
        with LocalAgentRun(transition_seconds=0, max_page_size=cap) as local:
            seed(local, runtimes)
            local.faults.latency_ms = latency_ms
            local.before_request(record)
            variants: list[tuple[str, Callable[[AgentRuntimeClient], list[object]]]] = [
                ("this SDK (default)", lambda c: list(c.list())),
                (
                    "this SDK, strict_listing=True",
                    lambda c: list(c.list(config=Config(strict_listing=True))),
                ),
                ("sequential-50 baseline", lambda c: incumbent_listing(c, local.config)),
            ]
            print(f"server page cap {cap}:")
            figures = []
            with AgentRuntimeClient(local.config) as client:
                for label, run in variants:
                    requests.clear()
                    elapsed, items = timed(functools.partial(run, client), repeat)
                    assert isinstance(items, list)
                    figures.append((label, elapsed, len(items), len(requests) // repeat))
            baseline = figures[-1]
            for label, elapsed, count, pages in figures:
                verdict = ""
                if label != baseline[0]:
                    verdict = (
                        f"x{baseline[1] / elapsed:.1f} faster than the baseline"
                        if baseline[2] == count
                        else f"the baseline returned only {baseline[2]} of {count}"
                    )
                print(
                    f"  {label:<32} {count:>5} items {pages:>4} requests "
                    f"{elapsed * 1000:8.1f} ms  {verdict}"
                )


def connection_reuse(calls: int, repeat: int) -> None:
    print(f"\n## {calls} sequential GetAgentRuntime calls: pooled client vs client per call")
    with LocalAgentRun(transition_seconds=0) as local:
        runtime_id = seed(local, 1)

        def pooled() -> None:
            with AgentRuntimeClient(local.config) as client:
                for _ in range(calls):
                    client.get(runtime_id)

        def per_call() -> None:
            for _ in range(calls):
                with AgentRuntimeClient(local.config) as client:
                    client.get(runtime_id)

        pooled_t, _ = timed(pooled, repeat)
        fresh_t, _ = timed(per_call, repeat)
    print(
        f"pooled {pooled_t * 1000:7.1f} ms ({pooled_t / calls * 1e6:6.0f} us/call)"
        f" | client per call {fresh_t * 1000:7.1f} ms ({fresh_t / calls * 1e6:6.0f} us/call)"
        f" | ratio x{fresh_t / pooled_t:.2f}"
    )


def resilience(calls: int, fail_rate: float, throttle_rate: float) -> None:
    print(
        f"\n## {calls} GetAgentRuntime calls with {fail_rate:.0%} injected 5xx and "
        f"{throttle_rate:.0%} injected 429 (seeded)"
    )
    for retries in (3, 0):
        with LocalAgentRun(
            transition_seconds=0,
            seed=7,
            fail_rate=fail_rate,
            throttle_rate=throttle_rate,
            retry_after_seconds=0,
        ) as local:
            local.faults.fail_rate = 0.0
            local.faults.throttle_rate = 0.0
            runtime_id = seed(local, 1)
            local.faults.fail_rate = fail_rate
            local.faults.throttle_rate = throttle_rate
            ok = 0
            started = time.perf_counter()
            with AgentRuntimeClient(local.config) as client:
                for _ in range(calls):
                    try:
                        client.get(runtime_id, config=Config(max_retries=retries))
                        ok += 1
                    except AgentRunError:
                        pass
            elapsed = time.perf_counter() - started
        label = "this SDK (max_retries=3)" if retries else "no retries (baseline)"
        print(f"{label:<26} {ok:>4}/{calls} succeeded in {elapsed:5.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runtimes", type=int, default=1000)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    listing(args.runtimes, args.latency_ms, args.repeat)
    connection_reuse(args.calls, args.repeat)
    resilience(min(args.calls, 200), 0.10, 0.05)


if __name__ == "__main__":
    main()
