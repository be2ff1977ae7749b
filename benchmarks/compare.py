"""This SDK against Alibaba's agentrun-sdk 0.0.54, side by side, on one stand-in server.

Starts ``benchmarks/stand_in.py`` on 127.0.0.1 (standard library only) and
runs every measurement in a fresh interpreter (``benchmarks/sdk_runner.py``),
each SDK installed as its users install it: this SDK from ``--facade-python``
(``.venv-bench``: a core install of this checkout, created by
``benchmarks/setup-facade``), agentrun-sdk from ``--incumbent-python``
(``.venv-incumbent``, created by ``benchmarks/setup-incumbent``; it is never a
dependency of this project). Runs of the two SDKs alternate, so a noisy
machine affects both alike, and medians are printed with the ratio and the
target each figure has.

    benchmarks/setup-facade && benchmarks/setup-incumbent
    .venv/bin/python benchmarks/compare.py [--runs 5] [--quick]
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_INCUMBENT = ROOT / ".venv-incumbent" / "bin" / "python"
DEFAULT_FACADE = ROOT / ".venv-bench" / "bin" / "python"
QUIET = {"DISABLE_BREAKING_CHANGES_WARNING": "1", "PATH": "/usr/bin:/bin"}


class StandIn:
    """The stand-in server, in its own process."""

    def __init__(self) -> None:
        # -I -S: no site-packages, so the stand-in can only use the standard library.
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-S", str(HERE / "stand_in.py")],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if not line.startswith("port="):
            raise SystemExit(f"the stand-in server did not start: {line!r}")
        self.port = int(line.partition("=")[2])

    def reset(self, runtimes: int, latency_ms: float = 0.0, churn: str = "none") -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        query = f"runtimes={runtimes}&latency_ms={latency_ms}&churn={churn}"
        connection.request("POST", f"/__reset?{query}")
        connection.getresponse().read()
        connection.close()

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


#: ``--facade-path``: measure this SDK from another checkout (e.g. an older revision).
FACADE_PATH: list[str] = []


def run(python: str, sdk: str, scenario: str, port: int, *extra: str) -> dict[str, Any]:
    """One measurement in a fresh interpreter."""
    env = dict(QUIET)
    if sdk == "facade" and FACADE_PATH:
        env["PYTHONPATH"] = ":".join(FACADE_PATH)
    done = subprocess.run(
        [
            python,
            str(HERE / "sdk_runner.py"),
            "--sdk",
            sdk,
            "--scenario",
            scenario,
            "--port",
            str(port),
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{sdk} {scenario} failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def medians_of(
    runs: int, variants: dict[str, Callable[[], dict[str, Any]]], keys: tuple[str, ...]
) -> dict[str, dict[str, float]]:
    """Median of each of ``keys`` per variant, the variants alternating run by run."""
    samples: dict[str, dict[str, list[float]]] = {key: {n: [] for n in variants} for key in keys}
    for _ in range(runs):
        for name, measure in variants.items():
            result = measure()
            for key in keys:
                samples[key][name].append(float(result[key]))
    return {
        key: {name: statistics.median(values) for name, values in per_variant.items()}
        for key, per_variant in samples.items()
    }


def medians(
    runs: int, variants: dict[str, Callable[[], dict[str, Any]]], key: str
) -> dict[str, float]:
    """Median of ``key`` per variant, the variants alternating run by run."""
    return medians_of(runs, variants, (key,))[key]


def import_cpu(python: str, module: str, runs: int, path: list[str] | None = None) -> float:
    probe = (
        "import time\nstarted = time.process_time()\n"
        f"import {module}\nprint(time.process_time() - started)\n"
    )
    values = []
    for _ in range(runs + 1):
        env = dict(QUIET, PYTHONPATH=":".join(path)) if path else QUIET
        done = subprocess.run(
            [python, "-c", probe], capture_output=True, text=True, check=True, env=env, cwd="/"
        )
        values.append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(values[1:])  # the first run warms the byte-code cache


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--incumbent-python", default=str(DEFAULT_INCUMBENT))
    parser.add_argument(
        "--facade-python",
        default=str(DEFAULT_FACADE),
        help="the interpreter that runs this SDK (default: .venv-bench from "
        "benchmarks/setup-facade; e.g. .venv/bin/python for the development install)",
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument(
        "--facade-path",
        help="a checkout of this SDK to measure instead of the installed one (e.g. a git "
        "worktree of an older revision; its generated/ folder is added too)",
    )
    args = parser.parse_args(argv)
    if args.facade_path:
        FACADE_PATH[:] = [args.facade_path, str(Path(args.facade_path) / "generated")]
    facade_python = args.facade_python
    incumbent = args.incumbent_python
    if not Path(facade_python).exists():
        raise SystemExit(f"{facade_python} not found: run benchmarks/setup-facade first")
    if not Path(incumbent).exists():
        raise SystemExit(f"{incumbent} not found: run benchmarks/setup-incumbent first")
    big = 20_000 if args.quick else 100_000
    rows: list[tuple[str, str, str, str, str]] = []
    server = StandIn()
    try:
        port = server.port

        def both_of(scenario: str, keys: tuple[str, ...]) -> dict[str, dict[str, float]]:
            return medians_of(
                args.runs,
                {
                    "facade": lambda: run(facade_python, "facade", scenario, port),
                    "incumbent": lambda: run(incumbent, "incumbent", scenario, port),
                },
                keys,
            )

        def both(scenario: str, key: str) -> dict[str, float]:
            return both_of(scenario, (key,))[key]

        # 1. Listing 2,000 runtimes at 20 ms per request: wall time.
        server.reset(2000, latency_ms=20)
        for scenario in ("list", "list_async"):
            wall = both(scenario, "wall_s")
            ratio = wall["incumbent"] / wall["facade"]
            rows.append(
                (
                    f"{scenario} 2,000 @ 20 ms/request, wall",
                    f"{wall['facade'] * 1000:.0f} ms",
                    f"{wall['incumbent'] * 1000:.0f} ms",
                    f"x{ratio:.1f} faster",
                    ">= x6 faster",
                )
            )

        # 2. The same listing at 0 ms: client CPU of the first call in a process (cold:
        # first connection, imports left to first use, e.g. the async I/O backend) and
        # of the second (warm; not a target, shown for context). The first call's runs
        # also give the CPU of configuring the SDK (this SDK imports its HTTP stack when
        # a client is made; agentrun-sdk at import) and of importing, configuring and
        # listing in one process (neither is a target).
        server.reset(2000, latency_ms=0)
        with_import: dict[str, float] = {}
        setup: dict[str, float] = {}
        for scenario, label, target in (
            ("list", "list", "<= 0.33"),
            ("list_async", "list_async", "<= 0.33"),
            ("list_warm", "list (2nd call, warm)", ""),
            ("list_async_warm", "list_async (2nd call, warm)", ""),
        ):
            measured = both_of(scenario, ("cpu_s", "with_import_cpu_s", "setup_cpu_s"))
            cpu = measured["cpu_s"]
            if scenario == "list":
                with_import = measured["with_import_cpu_s"]
                setup = measured["setup_cpu_s"]
            ratio = cpu["facade"] / cpu["incumbent"]
            rows.append(
                (
                    f"{label} 2,000 @ 0 ms, client CPU",
                    f"{cpu['facade'] * 1000:.0f} ms",
                    f"{cpu['incumbent'] * 1000:.0f} ms",
                    f"{ratio:.2f} of incumbent",
                    target,
                )
            )
        rows.append(
            (
                "configure (Config and client), CPU",
                f"{setup['facade'] * 1000:.0f} ms",
                f"{setup['incumbent'] * 1000:.0f} ms (Config)",
                "",
                "",
            )
        )
        rows.append(
            (
                "import + configure + first list 2,000 @ 0 ms, CPU",
                f"{with_import['facade'] * 1000:.0f} ms",
                f"{with_import['incumbent'] * 1000:.0f} ms",
                f"{with_import['facade'] / with_import['incumbent']:.2f} of incumbent",
                "",
            )
        )

        # 3. Memory of 100k runtimes: iterate (facade lazily; incumbent has only list) and list.
        server.reset(big, latency_ms=0)
        runs_big = max(1, min(args.runs, 3))
        iterate = medians(
            runs_big,
            {"facade": lambda: run(facade_python, "facade", "iter", port)},
            "rss_peak_mb",
        )["facade"]
        listed = medians(
            runs_big,
            {
                "facade": lambda: run(facade_python, "facade", "list", port),
                "incumbent": lambda: run(incumbent, "incumbent", "list", port),
            },
            "rss_peak_mb",
        )
        rows.append(
            (
                f"iterate {big:,}, peak RSS",
                f"{iterate:.0f} MB",
                f"{listed['incumbent']:.0f} MB (list)",
                "",
                "<= 100 MB",
            )
        )
        rows.append(
            (
                f"list {big:,}, peak RSS",
                f"{listed['facade']:.0f} MB",
                f"{listed['incumbent']:.0f} MB",
                f"{listed['facade'] / listed['incumbent']:.2f} of incumbent",
                "< incumbent",
            )
        )

        # 4. Balanced churn: a delete at the front and a create at the end between reads.
        repeat = "5" if args.quick else "20"
        for churn in ("once", "every"):
            server.reset(1000, latency_ms=0, churn=churn)
            default = run(facade_python, "facade", "churn", port, "--repeat", repeat)
            strict = run(facade_python, "facade", "churn", port, "--repeat", repeat, "--strict")
            theirs = run(incumbent, "incumbent", "churn", port, "--repeat", repeat)

            def text(result: dict[str, Any]) -> str:
                return (
                    f"{result['raised']} raised, {result['incomplete']} incomplete, "
                    f"{result['complete']} complete"
                )

            rows.append(
                (
                    f"churn ({churn}), default x{repeat}",
                    text(default),
                    text(theirs),
                    "",
                    "never raises",
                )
            )
            rows.append(
                (
                    f"churn ({churn}), strict x{repeat}",
                    text(strict),
                    "",
                    "",
                    "never silently incomplete",
                )
            )

        # 5. One GetAgentRuntime against raw httpx + sign_request (same process, 0 ms).
        server.reset(10, latency_ms=0)
        # Each run times both in one process, blocks alternating: its ratio is the
        # side-by-side figure, and the row gives the median of the runs' ratios.
        gets = [run(facade_python, "facade", "get", port) for _ in range(args.runs)]
        facade_get = statistics.median(g["per_call_s"]["facade"] for g in gets)
        raw_get = statistics.median(g["per_call_s"]["raw"] for g in gets)
        get_ratio = statistics.median(
            g["per_call_s"]["facade"] / g["per_call_s"]["raw"] for g in gets
        )
        rows.append(
            (
                "get, per call (wall)",
                f"{facade_get * 1e6:.0f} µs",
                f"{raw_get * 1e6:.0f} µs (raw httpx + sign_request)",
                f"x{get_ratio:.2f}",
                "<= x1.15",
            )
        )
    finally:
        server.close()

    # 6. Import CPU in fresh interpreters.
    ours = import_cpu(facade_python, "agentrun_facade", max(args.runs, 7), FACADE_PATH)
    theirs_import = import_cpu(incumbent, "agentrun", max(args.runs, 7))
    rows.append(
        (
            "import, CPU",
            f"{ours * 1000:.0f} ms",
            f"{theirs_import * 1000:.0f} ms",
            f"{ours / theirs_import:.2f} of incumbent",
            "<= 0.125",
        )
    )

    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    header = ("measurement", "agentrun-facade", "agentrun-sdk 0.0.54", "ratio", "target")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    print(f"medians of {args.runs} runs (fresh interpreter per run), stand-in server on 127.0.0.1")
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
