"""Soak the SDK's write path against the local emulator with faults (127.0.0.1 only).

Each lifecycle: create a runtime -> wait until READY -> create its endpoint ->
wait -> publish a version -> route the endpoint to that version -> wait ->
list runtimes by name -> delete (endpoints, then the runtime) and wait until
gone. ``--lifecycles`` of them run through the async client and as many
through the sync client (``--concurrency`` at a time), against one emulator
whose faults are drawn from ``--seed``: by default 10% 5xx and 10% 429
(20% in all), 5% connections dropped before the request is carried out, and
10% answers lost after the request was carried out (a write is committed,
then the connection breaks).

Printed per client flavour (the emulator's own state is the ground truth):

* completed: lifecycles that ran to the end;
* lost: writes the SDK reported done whose effect is missing;
* duplicated: extra resources or versions a lifecycle did not ask for;
* orphaned: runtimes or endpoints left behind at the end;
* writes raised: write calls (create, update, publish, delete) that raised;
* untyped errors: exceptions that are not an ``AgentRunError``.

Goal: completed = lifecycles both ways, every other count 0.

    .venv/bin/python benchmarks/soak.py [--lifecycles 50] [--seed 7] [--concurrency 10]

The client allows 10 retries with a short backoff (faults hit a third of
all requests here), and the emulator asks throttled callers to wait 0 s.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import attrs

from agentrun_facade import (
    AgentRunError,
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeVersionPublishInput,
    Config,
)
from agentrun_facade.retry import RetryPolicy
from agentrun_facade.testing import LocalAgentRun

T = TypeVar("T")
INTERVAL = 0.1
TIMEOUT = 60.0
ENDPOINT = "Default"


@attrs.define
class Tally:
    """What one client flavour's lifecycles came to."""

    completed: int = 0
    lost: int = 0
    duplicated: int = 0
    orphaned: int = 0
    writes_raised: int = 0
    untyped: int = 0
    errors: Counter[str] = attrs.field(factory=Counter)

    def failed(self, step: str, exc: BaseException) -> None:
        self.errors[f"{step}: {type(exc).__name__}"] += 1
        if not isinstance(exc, AgentRunError):
            self.untyped += 1


class Aborted(Exception):
    """A step failed; the lifecycle stops there."""


class Checker:
    """Compares what the SDK returned with the emulator's state."""

    def __init__(self, local: LocalAgentRun, tally: Tally) -> None:
        self.state = local.state
        self.tally = tally

    def created(self, runtime: AgentRuntime, name: str) -> None:
        found = self.state.list_runtimes(name=name)
        if [r.id for r in found] != [runtime.agent_runtime_id]:
            self.tally.lost += 1

    def endpoint(self, runtime_id: str, endpoint_id: str | None) -> None:
        found = [e.id for e in self.state.list_endpoints(runtime_id)]
        if endpoint_id not in found:
            self.tally.lost += 1
        self.tally.duplicated += max(0, len(found) - 1)

    def published(self, runtime_id: str, version: str | None) -> None:
        found = [str(v.number) for v in self.state.list_versions(runtime_id)]
        if version not in found:
            self.tally.lost += 1
        self.tally.duplicated += max(0, len(found) - 1)

    def routed(self, runtime_id: str, version: str | None) -> None:
        targets = [e.config.get("targetVersion") for e in self.state.list_endpoints(runtime_id)]
        if targets != [version]:
            self.tally.lost += 1

    def deleted(self, runtime_id: str) -> None:
        if any(r.id == runtime_id for r in self.state.list_runtimes()):
            self.tally.lost += 1


def runtime_input(name: str) -> AgentRuntimeCreateInput:
    return AgentRuntimeCreateInput(
        agent_runtime_name=name,
        code_configuration=AgentRuntimeCode(
            language="python3.12",
            command=["python", "main.py"],
            zip_file="UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==",
        ),
        description=f"soak {name}",
    )


def step(tally: Tally, name: str, write: bool, run: Callable[[], T]) -> T:
    try:
        return run()
    except Exception as exc:
        tally.failed(name, exc)
        tally.writes_raised += write
        raise Aborted(name) from exc


async def astep(tally: Tally, name: str, write: bool, run: Callable[[], Any]) -> Any:
    try:
        return await run()
    except Exception as exc:
        tally.failed(name, exc)
        tally.writes_raised += write
        raise Aborted(name) from exc


def lifecycle_sync(client: AgentRuntimeClient, name: str, check: Checker) -> None:
    tally = check.tally
    runtime = step(tally, "create", True, lambda: client.create(runtime_input(name)))
    check.created(runtime, name)
    runtime_id = str(runtime.agent_runtime_id)
    step(tally, "wait", False, lambda: runtime.wait_until_ready_or_failed(None, INTERVAL, TIMEOUT))
    wanted = AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name=ENDPOINT)
    endpoint = step(tally, "endpoint", True, lambda: runtime.create_endpoint(wanted))
    check.endpoint(runtime_id, endpoint.agent_runtime_endpoint_id)
    step(
        tally,
        "wait endpoint",
        False,
        lambda: endpoint.wait_until_ready_or_failed(None, INTERVAL, TIMEOUT),
    )
    publish = AgentRuntimeVersionPublishInput(description=f"release of {name}")
    version = step(tally, "publish", True, lambda: runtime.publish_version(publish))
    check.published(runtime_id, version.agent_runtime_version)
    route = AgentRuntimeEndpointUpdateInput(target_version=version.agent_runtime_version)
    endpoint_id = str(endpoint.agent_runtime_endpoint_id)
    routed = step(
        tally, "route", True, lambda: client.update_endpoint(runtime_id, endpoint_id, route)
    )
    check.routed(runtime_id, version.agent_runtime_version)
    step(
        tally,
        "wait route",
        False,
        lambda: routed.wait_until_ready_or_failed(None, INTERVAL, TIMEOUT),
    )
    listed = step(
        tally, "list", False, lambda: client.list(AgentRuntimeListInput(agent_runtime_name=name))
    )
    if runtime_id not in [r.agent_runtime_id for r in listed]:
        tally.lost += 1
    step(
        tally,
        "delete",
        True,
        lambda: runtime.delete_and_wait_until_finished(None, INTERVAL, TIMEOUT),
    )
    check.deleted(runtime_id)
    tally.completed += 1


async def lifecycle_async(client: AgentRuntimeClient, name: str, check: Checker) -> None:
    tally = check.tally
    runtime = await astep(tally, "create", True, lambda: client.create_async(runtime_input(name)))
    check.created(runtime, name)
    runtime_id = str(runtime.agent_runtime_id)
    await astep(
        tally,
        "wait",
        False,
        lambda: runtime.wait_until_ready_or_failed_async(None, INTERVAL, TIMEOUT),
    )
    wanted = AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name=ENDPOINT)
    endpoint = await astep(tally, "endpoint", True, lambda: runtime.create_endpoint_async(wanted))
    check.endpoint(runtime_id, endpoint.agent_runtime_endpoint_id)
    await astep(
        tally,
        "wait endpoint",
        False,
        lambda: endpoint.wait_until_ready_or_failed_async(None, INTERVAL, TIMEOUT),
    )
    publish = AgentRuntimeVersionPublishInput(description=f"release of {name}")
    version = await astep(tally, "publish", True, lambda: runtime.publish_version_async(publish))
    check.published(runtime_id, version.agent_runtime_version)
    route = AgentRuntimeEndpointUpdateInput(target_version=version.agent_runtime_version)
    endpoint_id = str(endpoint.agent_runtime_endpoint_id)
    routed = await astep(
        tally,
        "route",
        True,
        lambda: client.update_endpoint_async(runtime_id, endpoint_id, route),
    )
    check.routed(runtime_id, version.agent_runtime_version)
    await astep(
        tally,
        "wait route",
        False,
        lambda: routed.wait_until_ready_or_failed_async(None, INTERVAL, TIMEOUT),
    )
    listed = await astep(
        tally,
        "list",
        False,
        lambda: client.list_async(AgentRuntimeListInput(agent_runtime_name=name)),
    )
    if runtime_id not in [r.agent_runtime_id for r in listed]:
        tally.lost += 1
    await astep(
        tally,
        "delete",
        True,
        lambda: runtime.delete_and_wait_until_finished_async(None, INTERVAL, TIMEOUT),
    )
    check.deleted(runtime_id)
    tally.completed += 1


@attrs.frozen
class Run:
    """How to run one flavour's lifecycles."""

    local: LocalAgentRun
    concurrency: int
    seed: int
    #: False (``--no-reconcile``) shows what the same faults do without reconciliation.
    reconcile: bool = True

    def client(self) -> AgentRuntimeClient:
        policy = RetryPolicy(backoff_base=0.02, backoff_cap=0.5, rng=random.Random(self.seed))
        config = Config(max_retries=10, reconcile_writes=self.reconcile)
        return AgentRuntimeClient(self.local.config.merge(config), retry_policy=policy)


def run_sync(run: Run, names: list[str]) -> Tally:
    check = Checker(run.local, Tally())

    def one(name: str) -> None:
        with contextlib.suppress(Aborted):
            lifecycle_sync(client, name, check)

    with run.client() as client, ThreadPoolExecutor(run.concurrency) as pool:
        list(pool.map(one, names))
    return check.tally


def run_async(run: Run, names: list[str]) -> Tally:
    check = Checker(run.local, Tally())

    async def main() -> None:
        gate = asyncio.Semaphore(run.concurrency)
        async with run.client() as client:

            async def one(name: str) -> None:
                async with gate:
                    with contextlib.suppress(Aborted):
                        await lifecycle_async(client, name, check)

            await asyncio.gather(*(one(name) for name in names))

    asyncio.run(main())
    return check.tally


def orphans(local: LocalAgentRun, prefix: str) -> int:
    """Runtimes (and their endpoints) of ``prefix`` still there once deletions settle."""
    deadline = time.monotonic() + 10
    while True:
        left = [r for r in local.state.list_runtimes() if r.name.startswith(prefix)]
        if not left or time.monotonic() > deadline:
            return sum(1 + len(local.state.list_endpoints(r.id)) for r in left)
        time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lifecycles", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--fail-rate", type=float, default=0.10)
    parser.add_argument("--throttle-rate", type=float, default=0.10)
    parser.add_argument("--drop-rate", type=float, default=0.05)
    parser.add_argument("--lost-rate", type=float, default=0.10)
    parser.add_argument(
        "--no-reconcile", action="store_true", help="Config(reconcile_writes=False), to compare"
    )
    args = parser.parse_args(argv)
    options = {
        "seed": args.seed,
        "transition_seconds": 0.05,
        "fail_rate": args.fail_rate,
        "throttle_rate": args.throttle_rate,
        "drop_rate": args.drop_rate,
        "lost_response_rate": args.lost_rate,
        "retry_after_seconds": 0,
    }
    print(
        f"soak: {args.lifecycles} lifecycles per flavour, seed {args.seed}, faults: "
        f"{args.fail_rate:.0%} 5xx, {args.throttle_rate:.0%} 429, {args.drop_rate:.0%} dropped, "
        f"{args.lost_rate:.0%} lost after commit"
    )
    ok = True
    with LocalAgentRun(**options) as local:
        run = Run(local, args.concurrency, args.seed, reconcile=not args.no_reconcile)
        for flavour, lifecycles in (("async", run_async), ("sync", run_sync)):
            names = [f"soak-{flavour}-{i:03d}" for i in range(args.lifecycles)]
            started = time.perf_counter()
            tally = lifecycles(run, names)
            tally.orphaned = orphans(local, f"soak-{flavour}-")
            elapsed = time.perf_counter() - started
            print(
                f"{flavour:5}  completed {tally.completed}/{args.lifecycles}  lost {tally.lost}  "
                f"duplicated {tally.duplicated}  orphaned {tally.orphaned}  "
                f"writes raised {tally.writes_raised}  untyped errors {tally.untyped}  "
                f"({elapsed:.1f} s)"
            )
            for error, count in sorted(tally.errors.items()):
                print(f"       {count} x {error}")
            ok &= (
                tally.completed == args.lifecycles
                and not (tally.lost or tally.duplicated or tally.orphaned or tally.writes_raised)
                and not tally.untyped
            )
    print("goal met" if ok else "goal missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
