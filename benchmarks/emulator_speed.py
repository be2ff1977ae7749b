"""Server CPU per request of the local emulator, with 16 keep-alive clients (127.0.0.1 only).

The emulator runs in its own process (``python -m agentrun_facade.testing serve``),
so its CPU time can be read from ``/proc`` (Linux) apart from the clients'. It
is seeded with ``--runtimes`` runtimes; then ``--clients`` threads, each with
one keep-alive connection, send signed requests of one kind:

* ``list``: ListAgentRuntimes, one page of 100;
* ``get``: GetAgentRuntime of one runtime.

For each kind it prints requests/s and server CPU per request (milliseconds),
the median of ``--rounds`` rounds. With ``--baseline DIR`` (the root of another
source tree, e.g. ``mkdir /tmp/base && git archive <commit> | tar -x -C /tmp/base``)
the same load also runs against an emulator imported from there, rounds
alternating, and the ratio is printed, so both sides see the same machine noise.
Both sides use the HTTP parser installed here (uvicorn picks ``httptools``, part
of the ``emulator`` extra, over its pure-Python ``h11``); the first line says which.

    .venv/bin/python benchmarks/emulator_speed.py [--baseline /tmp/base] [--rounds 5]

Goals: <= 1.5 ms server CPU per list page of 100, <= 0.35 ms per GET.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import attrs
import httpx

from agentrun_facade.signing import AcsV3Auth, Credentials
from agentrun_facade.testing.settings import DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET

BASE = "/2025-09-10/agents/runtimes"
VERSION = "2025-09-10"
GOALS_MS = {"list": 1.5, "get": 0.35}
_URL = re.compile(r"AGENTRUN_CONTROL_ENDPOINT=(\S+)")
_CREDENTIALS = Credentials(DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET)


@attrs.frozen
class Figures:
    """One round of one kind of request."""

    requests: int
    seconds: float
    cpu_seconds: float

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu_seconds / self.requests


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


@contextmanager
def emulator(source: Path | None) -> Iterator[tuple[str, int]]:
    """Serve an emulator in a child process; yield its URL and pid."""
    env = dict(os.environ)
    if source is not None:
        paths = [str(source), str(source / "generated"), env.get("PYTHONPATH", "")]
        env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    command = [sys.executable, "-m", "agentrun_facade.testing", "serve", "--port", "0"]
    command += ["--transition-seconds", "0", "--max-page-size", "100"]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=str(source) if source is not None else None,
    )
    try:
        assert process.stdout is not None
        url = ""
        deadline = time.monotonic() + 30
        while not url and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            found = _URL.search(line)
            url = found.group(1) if found else ""
        if not url:
            raise RuntimeError("the emulator did not start")
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(10)


def runtime_body(index: int) -> dict[str, object]:
    """A runtime with a typical amount of configuration."""
    return {
        "agentRuntimeName": f"speed-{index:04d}",
        "artifactType": "Code",
        "codeConfiguration": {
            "language": "python3.12",
            "command": ["python", "main.py"],
            "ossBucketName": "bucket",
            "ossObjectName": f"agents/{index}.zip",
        },
        "cpu": 1,
        "memory": 2048,
        "port": 9000,
        "description": f"runtime number {index}",
        "environmentVariables": {"MODE": "bench", "INDEX": str(index)},
        "networkConfiguration": {"networkMode": "PUBLIC"},
        "protocolConfiguration": {"type": "HTTP", "protocolSettings": []},
        "healthCheckConfiguration": {"httpGetUrl": "/ready", "periodSeconds": 30},
        "logConfiguration": {"project": "p", "logstore": "l"},
        "systemTags": ["bench"],
    }


def seed(url: str, count: int) -> str:
    """Create ``count`` runtimes; return the id of the first."""
    headers = {"x-acs-action": "CreateAgentRuntime", "x-acs-version": VERSION}
    first = ""
    with httpx.Client(base_url=url, auth=AcsV3Auth(_CREDENTIALS), timeout=30) as client:
        for index in range(count):
            response = client.post(BASE, json=runtime_body(index), headers=headers)
            response.raise_for_status()
            first = first or response.json()["data"]["agentRuntimeId"]
    return first


def load(url: str, pid: int, kind: str, runtime_id: str, clients: int, each: int) -> Figures:
    """``clients`` threads with one keep-alive connection each send ``each`` requests."""
    if kind == "list":
        path, action, params = BASE, "ListAgentRuntimes", {"pageNumber": 1, "pageSize": 100}
    else:
        path, action, params = f"{BASE}/{runtime_id}", "GetAgentRuntime", {}
    headers = {"x-acs-action": action, "x-acs-version": VERSION}
    errors: list[str] = []
    start = threading.Barrier(clients + 1)

    def worker() -> None:
        with httpx.Client(base_url=url, auth=AcsV3Auth(_CREDENTIALS), timeout=60) as client:
            client.get(path, params=params, headers=headers)  # open the connection
            start.wait()
            for _ in range(each):
                response = client.get(path, params=params, headers=headers)
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {response.text[:200]}")

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    cpu_before, began = cpu_seconds(pid), time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed, cpu_after = time.perf_counter() - began, cpu_seconds(pid)
    if errors:
        raise RuntimeError(f"{len(errors)} failed requests, e.g. {errors[0]}")
    return Figures(clients * each, elapsed, cpu_after - cpu_before)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, help="root of another checkout to compare")
    parser.add_argument("--runtimes", type=int, default=100)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--list-requests", type=int, default=40, help="per client per round")
    parser.add_argument("--get-requests", type=int, default=150, help="per client per round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if not Path("/proc/self/stat").exists():
        raise SystemExit("this benchmark reads server CPU time from /proc (Linux only)")

    sides: dict[str, Path | None] = {"current": None}
    if args.baseline is not None:
        sides = {"baseline": args.baseline.resolve(), "current": None}
    results: dict[tuple[str, str], list[Figures]] = {}
    with ExitStack() as stack:
        servers = {}
        for side, source in sides.items():
            url, pid = stack.enter_context(emulator(source))
            servers[side] = (url, pid, seed(url, args.runtimes))
        for _ in range(args.rounds):
            for kind, each in (("list", args.list_requests), ("get", args.get_requests)):
                for side, (url, pid, runtime_id) in servers.items():
                    figures = load(url, pid, kind, runtime_id, args.clients, each)
                    results.setdefault((side, kind), []).append(figures)

    parser_name = "httptools" if importlib.util.find_spec("httptools") else "h11"
    print(
        f"{args.clients} keep-alive clients, {args.runtimes} runtimes, "
        f"median of {args.rounds} rounds, HTTP parser {parser_name}"
    )
    print(f"{'side':<9} {'request':<20} {'requests/s':>11} {'server CPU ms/req':>18} {'goal':>7}")
    medians: dict[tuple[str, str], float] = {}
    for (side, kind), rounds in sorted(results.items(), key=lambda item: item[0][1]):
        rate = statistics.median(f.per_second for f in rounds)
        cpu = medians[side, kind] = statistics.median(f.cpu_ms for f in rounds)
        label = "list page of 100" if kind == "list" else "get one runtime"
        goal = f"{GOALS_MS[kind]:.2f}" if side == "current" else ""
        print(f"{side:<9} {label:<20} {rate:>11.0f} {cpu:>18.3f} {goal:>7}")
    if "baseline" in sides:
        for kind in ("list", "get"):
            ratio = medians["baseline", kind] / medians["current", kind]
            print(f"{kind}: current uses {ratio:.1f}x less server CPU per request")


if __name__ == "__main__":
    main()
