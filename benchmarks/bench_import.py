"""Import time of ``agentrun_facade`` in one or more Python environments, side by side.

Each run starts a fresh interpreter that imports the package and reports how
long the import took and whether ``alibabacloud_credentials`` or ``httpx`` was
loaded (neither may be: the credential chain and the HTTP stack are imported
on first use). Runs alternate
between the environments so a noisy machine affects them alike; medians are
printed, with the ratio to the first environment.

    .venv/bin/python benchmarks/bench_import.py --python /env/without/bin/python \\
        --python /env/with-credentials/bin/python [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

PROBE = (
    "import json, sys, time\n"
    "started = time.perf_counter()\n"
    "import agentrun_facade\n"
    "elapsed = time.perf_counter() - started\n"
    "from importlib.util import find_spec\n"
    "print(json.dumps({'ms': elapsed * 1000,\n"
    "  'chain_installed': find_spec('alibabacloud_credentials') is not None,\n"
    "  'chain_loaded': any(m.startswith('alibabacloud_credentials') for m in sys.modules),\n"
    "  'httpx_loaded': 'httpx' in sys.modules}))\n"
)


def probe(python: str) -> dict[str, float | bool]:
    done = subprocess.run(
        [python, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60, cwd="/"
    )
    result: dict[str, float | bool] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", action="append", help="interpreter (repeatable)")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    pythons: list[str] = args.python or [sys.executable]
    samples: dict[str, list[float]] = {python: [] for python in pythons}
    flags: dict[str, dict[str, float | bool]] = {}
    for python in pythons:  # warm the file cache and byte-code once
        probe(python)
    for _ in range(max(1, args.runs)):
        for python in pythons:
            result = probe(python)
            samples[python].append(float(result["ms"]))
            flags[python] = result
    first = statistics.median(samples[pythons[0]])
    print(f"median of {args.runs} runs of `import agentrun_facade` in a fresh interpreter")
    for python in pythons:
        median = statistics.median(samples[python])
        info = flags[python]
        print(
            f"  {python}: {median:.1f} ms (x{median / first:.2f}); credentials extra "
            f"{'installed' if info['chain_installed'] else 'absent'}, "
            f"alibabacloud_credentials loaded at import: {info['chain_loaded']}, "
            f"httpx loaded at import: {info['httpx_loaded']}"
        )
    loaded = any(flags[p]["chain_loaded"] or flags[p]["httpx_loaded"] for p in pythons)
    return 1 if loaded else 0


if __name__ == "__main__":
    sys.exit(main())
