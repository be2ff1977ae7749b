"""One measurement of one SDK against the stand-in server, printed as JSON.

Run by ``benchmarks/compare.py`` in a fresh interpreter per measurement: the
facade's (``.venv-bench``, a core install of this project) or the incumbent's
(``.venv-incumbent``, with Alibaba's agentrun-sdk 0.0.54). Untyped on purpose
where it touches agentrun-sdk, which is not installed next to this project.
Only the standard library is imported before the SDK: ``with_import_cpu_s`` is the
CPU time of importing the SDK, configuring it and running the scenario, and
``setup_cpu_s`` that of configuring it (for this SDK: the ``Config`` and the
client, which imports the HTTP stack).

    python benchmarks/sdk_runner.py --sdk facade --scenario list --port 8765
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import http.client
import json
import resource
import time
from typing import Any

#: CPU of configuring the SDK after its import: a ``Config`` and, for this SDK, the client.
SETUP: dict[str, float] = {}

AK = "AKIDBENCHONLY"
SECRET = "bench-secret-not-real"


def _server_ids(port: int) -> list[str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/__ids")
    ids: list[str] = json.loads(connection.getresponse().read())
    connection.close()
    return ids


# --------------------------------------------------------------------------
# The facade
# --------------------------------------------------------------------------


def facade(args: argparse.Namespace) -> dict[str, Any]:
    import agentrun_facade as sdk

    started = time.process_time()
    config = sdk.Config(
        access_key_id=AK,
        access_key_secret=SECRET,
        control_endpoint=f"http://127.0.0.1:{args.port}",
        strict_listing=args.strict,
        max_retries=0,
    )
    client = sdk.AgentRuntimeClient(config)
    SETUP["setup_cpu_s"] = time.process_time() - started
    scenario = args.scenario
    if scenario == "list":
        return _timed(lambda: len(client.list()))
    if scenario == "list_async":
        return _timed(lambda: len(asyncio.run(client.list_async())))
    if scenario == "list_warm":
        return _warm(lambda: len(client.list()))
    if scenario == "list_async_warm":
        return _warm(lambda: len(asyncio.run(client.list_async())))
    if scenario == "iter":

        def iterate() -> int:
            count = 0
            for _runtime in client.iter_runtimes():
                count += 1
            return count

        return _timed(iterate)
    if scenario == "churn":
        return _churn(lambda: [r.agent_runtime_id for r in client.list()], args, sdk.AgentRunError)
    if scenario == "get":
        return _get(client, args)
    raise SystemExit(f"unknown scenario {scenario}")


def _get(client: Any, args: argparse.Namespace) -> dict[str, Any]:
    """Per-call time of ``client.get`` and of raw httpx + ``sign_request`` (same process)."""
    import httpx

    from agentrun_facade.signing import sign_request

    runtime_id = "ar-00000000"
    base = f"http://127.0.0.1:{args.port}"
    path = f"/2025-09-10/agents/runtimes/{runtime_id}"
    raw = httpx.Client()

    def raw_get() -> object:
        headers = {
            "x-acs-action": "GetAgentRuntime",
            "x-acs-version": "2025-09-10",
            "x-acs-date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "x-acs-signature-nonce": "nonce",
            "accept": "application/json",
        }
        headers.update(
            sign_request(
                method="GET",
                host=f"127.0.0.1:{args.port}",
                path=path,
                query=[],
                headers=headers,
                body=None,
                access_key_id=AK,
                access_key_secret=SECRET,
            )
        )
        return raw.get(base + path, headers=headers).json()

    def sdk_get() -> object:
        return client.get(runtime_id)

    for fn in (raw_get, sdk_get):  # warm both paths (pools, lazy imports)
        for _ in range(50):
            fn()
    samples: dict[str, list[float]] = {"raw": [], "facade": []}
    for _block in range(args.blocks):
        for name, fn in (("raw", raw_get), ("facade", sdk_get)):
            started = time.perf_counter()
            for _ in range(args.calls):
                fn()
            samples[name].append((time.perf_counter() - started) / args.calls)
    return {"per_call_s": {k: sorted(v)[len(v) // 2] for k, v in samples.items()}}


# --------------------------------------------------------------------------
# agentrun-sdk 0.0.54
# --------------------------------------------------------------------------


def incumbent(args: argparse.Namespace) -> dict[str, Any]:
    from agentrun.agent_runtime import AgentRuntime  # type: ignore
    from agentrun.utils.config import Config  # type: ignore
    from alibabacloud_tea_openapi import models as openapi_models  # type: ignore

    # The stand-in server speaks plain HTTP on 127.0.0.1; the Tea client's
    # protocol defaults to HTTPS, so the benchmark sets it (nothing else changes).
    original = openapi_models.Config.__init__

    def plain_http(self: Any, *a: Any, **kw: Any) -> None:
        kw.setdefault("protocol", "http")
        original(self, *a, **kw)

    openapi_models.Config.__init__ = plain_http
    started = time.process_time()
    config = Config(
        access_key_id=AK,
        access_key_secret=SECRET,
        region_id="cn-hangzhou",
        control_endpoint=f"http://127.0.0.1:{args.port}",
    )
    SETUP["setup_cpu_s"] = time.process_time() - started
    scenario = args.scenario
    if scenario == "list":
        return _timed(lambda: len(AgentRuntime.list(config=config)))
    if scenario == "list_async":
        return _timed(lambda: len(asyncio.run(AgentRuntime.list_async(config=config))))
    if scenario == "list_warm":
        return _warm(lambda: len(AgentRuntime.list(config=config)))
    if scenario == "list_async_warm":
        return _warm(lambda: len(asyncio.run(AgentRuntime.list_async(config=config))))
    if scenario == "iter":
        # agentrun-sdk has no lazy listing: iterate what list returns.
        return _timed(lambda: sum(1 for _ in AgentRuntime.list(config=config)))
    if scenario == "churn":
        return _churn(
            lambda: [r.agent_runtime_id for r in AgentRuntime.list(config=config)], args, Exception
        )
    raise SystemExit(f"unknown scenario {scenario}")


# --------------------------------------------------------------------------
# Shared
# --------------------------------------------------------------------------


def _timed(run: Any) -> dict[str, Any]:
    gc.collect()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    cpu = time.process_time()
    started = time.perf_counter()
    items = run()
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "items": items,
        "rss_peak_mb": peak,
        "rss_before_mb": rss_before,
    }


def _warm(run: Any) -> dict[str, Any]:
    """``run`` timed on its second call in this process (imports, pools and caches warm)."""
    run()
    return _timed(run)


def _churn(list_ids: Any, args: argparse.Namespace, error_type: type[Exception]) -> dict[str, Any]:
    """List ``--repeat`` times under churn; count raises and silently incomplete listings."""
    raised = incomplete = complete = 0
    for _ in range(args.repeat):
        before = set(_server_ids(args.port))
        try:
            listed = list_ids()
        except error_type:
            raised += 1
            continue
        throughout = before & set(_server_ids(args.port))
        if throughout - set(listed):
            incomplete += 1
        else:
            complete += 1
    return {"raised": raised, "incomplete": incomplete, "complete": complete}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdk", choices=["facade", "incumbent"], required=True)
    parser.add_argument("--scenario", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--blocks", type=int, default=7)
    args = parser.parse_args()
    run = facade if args.sdk == "facade" else incumbent
    started = time.process_time()
    result = run(args)
    # Importing the SDK, configuring it and the scenario, in one process.
    result["with_import_cpu_s"] = time.process_time() - started
    result.update(SETUP)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
