"""CPU per item to read list pages: JSON bytes -> the objects a user gets.

Every variant decodes the same list page and turns each item into the SDK's
object; the figure is CPU µs per item including the decode, the median of
several runs. Each run reads its pages (``--pages``, 40 of 50 items) twice:
once dropping each page's objects before the next (the garbage collector
finds little alive), once keeping all of them alive (2,000 objects by
default), as a list of results does, so the collector's passes over the
growing heap are included. In one run it compares:

* ``from_wire``: what the facade does with a response: ``orjson`` decodes it
  (``agentrun_facade._json``) and the generated readers build the objects
  (``AgentRuntime.from_wire``);
* ``previous``: ``parse_generated`` on the list envelope, then
  ``from_generated`` per item (the generated client's models in between),
  decoding with ``json.loads``;
* ``from_wire@REV`` and ``previous@REV`` (``--baseline-rev``): those paths as
  they were at a git revision, run from an exported copy in a subprocess (a
  revision without ``agentrun_facade._json`` decodes with ``json.loads``, as it
  did);
* ``agentrun-sdk``: Alibaba's agentrun-sdk 0.0.54: the Tea model's
  ``from_map`` on the page body (decoded with ``json.loads``), then the
  pydantic ``from_inner_object`` per item, run by ``--incumbent-python``
  (default ``.venv-incumbent``, made by ``benchmarks/setup-incumbent``; never a
  dependency of this project).

    benchmarks/setup-incumbent
    .venv/bin/python benchmarks/parse.py [--runs 7] [--baseline-rev REV]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INCUMBENT = ROOT / ".venv-incumbent" / "bin" / "python"
PAGE_SIZE = 50
KINDS = ("runtime (flat)", "runtime (nested)", "endpoint", "version")
#: Suffix of the figures measured with every object of a run kept alive.
KEPT = " kept"
Reader = Callable[[bytes], list[Any]]


# --------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------


def _nested_runtime() -> dict[str, Any]:
    import yaml

    spec = yaml.safe_load((ROOT / "spec" / "agentrun-2025-09-10.yaml").read_text("utf-8"))
    data: dict[str, Any] = spec["components"]["examples"]["AgentRuntimeResultCreate"]["value"]
    return copy.deepcopy(data["data"])


def _flat_runtime(nested: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in nested.items() if not isinstance(value, (dict, list))}


def _endpoint() -> dict[str, Any]:
    return {
        "agentRuntimeEndpointArn": "acs:agentrun:cn-hangzhou:1:runtimes/ar-1/endpoints/ep-1",
        "agentRuntimeEndpointId": "ep-1",
        "agentRuntimeEndpointName": "default",
        "agentRuntimeId": "ar-1",
        "description": "Default endpoint",
        "disablePublicNetworkAccess": False,
        "endpointPublicUrl": "https://ep-1.agentrun.example.com",
        "routingConfiguration": {"versionWeights": [{"version": "1", "weight": 1.0}]},
        "scalingStatus": {"currentInstances": 1, "minInstances": 1, "targetInstances": 1},
        "status": "READY",
        "statusReason": "",
        "targetVersion": "LATEST",
    }


def _version() -> dict[str, Any]:
    return {
        "agentRuntimeArn": "acs:agentrun:cn-hangzhou:1:runtimes/ar-1",
        "agentRuntimeId": "ar-1",
        "agentRuntimeName": "my-agent-runtime",
        "agentRuntimeVersion": "3",
        "description": "third",
        "lastUpdatedAt": "2025-02-01T00:00:00Z",
    }


def _page(item: dict[str, Any], id_key: str) -> bytes:
    items = []
    for index in range(PAGE_SIZE):
        one = copy.deepcopy(item)
        one[id_key] = f"{item[id_key]}-{index:03d}"
        items.append(one)
    body = {
        "code": "SUCCESS",
        "requestId": "req-1",
        "data": {"items": items, "pageNumber": 1, "pageSize": PAGE_SIZE, "total": PAGE_SIZE},
    }
    return json.dumps(body).encode()


def build_pages() -> dict[str, bytes]:
    nested = _nested_runtime()
    return {
        "runtime (flat)": _page(_flat_runtime(nested), "agentRuntimeId"),
        "runtime (nested)": _page(nested, "agentRuntimeId"),
        "endpoint": _page(_endpoint(), "agentRuntimeEndpointId"),
        "version": _page(_version(), "agentRuntimeVersion"),
    }


# --------------------------------------------------------------------------
# Readers (imports inside: a subprocess may have only one of the SDKs)
# --------------------------------------------------------------------------


def facade_readers() -> dict[str, Reader]:
    from agentrun_facade import AgentRuntime, AgentRuntimeEndpoint, AgentRuntimeVersion

    decode: Callable[[bytes], Any]
    try:
        from agentrun_facade._json import decode
    except ImportError:  # a revision from before orjson
        decode = json.loads

    def reader(cls: Any) -> Reader:
        read = cls.from_wire
        return lambda raw: [read(item) for item in decode(raw)["data"]["items"]]

    runtime = reader(AgentRuntime)
    return {
        "runtime (flat)": runtime,
        "runtime (nested)": runtime,
        "endpoint": reader(AgentRuntimeEndpoint),
        "version": reader(AgentRuntimeVersion),
    }


def previous_readers() -> dict[str, Reader]:
    from agentrun_client import models as gen

    from agentrun_facade import AgentRuntime, AgentRuntimeEndpoint, AgentRuntimeVersion
    from agentrun_facade.models import parse_generated

    def reader(envelope: Any, cls: Any) -> Reader:
        def read(raw: bytes) -> list[Any]:
            output = parse_generated(envelope, json.loads(raw)).data
            return [cls.from_generated(item) for item in output.items]

        return read

    runtime = reader(gen.ListAgentRuntimesResult, AgentRuntime)
    return {
        "runtime (flat)": runtime,
        "runtime (nested)": runtime,
        "endpoint": reader(gen.ListAgentRuntimeEndpointsResult, AgentRuntimeEndpoint),
        "version": reader(gen.ListAgentRuntimeVersionsResult, AgentRuntimeVersion),
    }


def incumbent_readers() -> dict[str, Reader]:
    import importlib
    import logging

    # Imported by name: agentrun-sdk lives in another interpreter, untyped.
    runtime_module = importlib.import_module("agentrun.agent_runtime.runtime")
    endpoint_module = importlib.import_module("agentrun.agent_runtime.endpoint")
    model_module = importlib.import_module("agentrun.agent_runtime.model")
    tea = importlib.import_module("alibabacloud_agentrun20250910.models")
    logging.disable(logging.WARNING)

    def reader(body_cls: Any, cls: Any) -> Reader:
        def read(raw: bytes) -> list[Any]:
            body = body_cls().from_map(json.loads(raw))
            return [cls.from_inner_object(item) for item in body.data.items]

        return read

    runtime = reader(tea.ListAgentRuntimesResult, runtime_module.AgentRuntime)
    return {
        "runtime (flat)": runtime,
        "runtime (nested)": runtime,
        "endpoint": reader(
            tea.ListAgentRuntimeEndpointsResult, endpoint_module.AgentRuntimeEndpoint
        ),
        "version": reader(tea.ListAgentRuntimeVersionsResult, model_module.AgentRuntimeVersion),
    }


READERS: dict[str, Callable[[], dict[str, Reader]]] = {
    "from_wire": facade_readers,
    "previous": previous_readers,
    "incumbent": incumbent_readers,
}


# --------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------


Sampler = Callable[[], dict[str, float]]


def one_run(read: Reader, raw: bytes, pages: int, keep: bool) -> float:
    """CPU µs per item to read ``pages`` copies of one page (``keep``: keeping every object)."""
    kept: list[list[Any]] = []
    started = time.process_time()
    for _ in range(pages):
        objects = read(raw)
        if keep:
            kept.append(objects)
    elapsed = time.process_time() - started
    kept.clear()
    return elapsed / (pages * PAGE_SIZE) * 1e6


def in_process(variant: str, pages: dict[str, bytes], count: int) -> Sampler:
    """One run of every kind of item, dropped and kept, in this interpreter."""
    readers = READERS[variant]()
    for kind in KINDS:
        readers[kind](pages[kind])  # warm up

    def sample() -> dict[str, float]:
        figures = {kind: one_run(readers[kind], pages[kind], count, False) for kind in KINDS}
        for kind in KINDS:
            figures[kind + KEPT] = one_run(readers[kind], pages[kind], count, True)
        return figures

    return sample


def in_subprocess(python: str, variant: str, pages_file: Path, count: int, path: str) -> Sampler:
    """One run of every kind of item in a fresh ``python`` (``path`` first on its path)."""
    env = dict(os.environ, DISABLE_BREAKING_CHANGES_WARNING="1")
    if path:
        env["PYTHONPATH"] = path
    command = [python, __file__, "--measure", variant, "--pages-file", str(pages_file)]

    def sample() -> dict[str, float]:
        result = subprocess.run(
            [*command, "--pages", str(count)],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
            check=False,
        )
        if result.returncode != 0:
            lines = result.stderr.strip().splitlines()
            raise RuntimeError(lines[-1] if lines else f"exit status {result.returncode}")
        figures: dict[str, float] = json.loads(result.stdout)
        return figures

    return sample


def export_revision(rev: str, into: Path) -> str:
    """Export the facade and generated code of git revision ``rev``; its import path."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "agentrun_facade", "generated"],
        capture_output=True,
        timeout=120,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return os.pathsep.join([str(into), str(into / "generated")])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (median)")
    parser.add_argument("--pages", type=int, default=40, help="pages of 50 per run")
    parser.add_argument("--baseline-rev", help="also measure both paths at this git revision")
    parser.add_argument(
        "--incumbent-python",
        default=str(DEFAULT_INCUMBENT) if DEFAULT_INCUMBENT.exists() else None,
        help="an interpreter with agentrun-sdk installed (default: .venv-incumbent)",
    )
    parser.add_argument("--measure", choices=sorted(READERS), help=argparse.SUPPRESS)
    parser.add_argument("--pages-file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.runs, args.pages = max(1, min(args.runs, 50)), max(1, min(args.pages, 1000))

    if args.measure:
        raw = json.loads(Path(args.pages_file).read_text())
        pages = {kind: text.encode() for kind, text in raw.items()}
        print(json.dumps(in_process(args.measure, pages, args.pages)()))
        return

    pages = build_pages()
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        pages_file = Path(tmp) / "pages.json"
        pages_file.write_text(json.dumps({k: v.decode() for k, v in pages.items()}))
        # Every run is a fresh interpreter, so each variant meets the same heap
        # (the cyclic garbage collector's cost grows with the objects alive).
        samplers: dict[str, Sampler] = {
            name: in_subprocess(sys.executable, name, pages_file, args.pages, "")
            for name in ("from_wire", "previous")
        }
        if args.baseline_rev:
            try:
                path = export_revision(args.baseline_rev, Path(tmp) / "baseline")
                for variant in ("from_wire", "previous"):
                    samplers[f"{variant}@{args.baseline_rev[:7]}"] = in_subprocess(
                        sys.executable, variant, pages_file, args.pages, path
                    )
            except subprocess.CalledProcessError as exc:
                notes.append(f"@{args.baseline_rev}: not measured ({exc})")
        if args.incumbent_python:
            samplers["agentrun-sdk"] = in_subprocess(
                args.incumbent_python, "incumbent", pages_file, args.pages, ""
            )
        else:
            notes.append("agentrun-sdk: not measured (run benchmarks/setup-incumbent)")
        # Runs of the variants alternate, so a busy machine affects them alike.
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in samplers}
        for _ in range(args.runs):
            for name, sample in list(samplers.items()):
                try:
                    samples[name].append(sample())
                except RuntimeError as exc:
                    notes.append(f"{name}: not measured ({exc})")
                    del samplers[name], samples[name]
    rows = [kind + suffix for suffix in ("", KEPT) for kind in KINDS]
    columns = {
        name: {row: statistics.median(run[row] for run in runs) for row in rows}
        for name, runs in samples.items()
    }

    print(f"CPU µs per item, JSON decode included; median of {args.runs} runs")
    print(
        f"of {args.pages} pages of {PAGE_SIZE} items (goals: nested runtime a third or less of"
        " agentrun-sdk's, endpoint <= 5)"
    )
    names = list(columns)
    for suffix, title in (
        ("", "each page's objects dropped before the next"),
        (KEPT, f"all {args.pages * PAGE_SIZE:,} objects of a run kept alive (collector included)"),
    ):
        print(f"\n{title}")
        print(f"{'item':<18}" + "".join(f"{name:>22}" for name in names))
        for kind in KINDS:
            row = kind + suffix
            mine = columns["from_wire"][row]
            cells = [f"{columns[name][row]:8.1f}" for name in names[:1]]
            cells += [
                f"{columns[name][row]:8.1f} ({columns[name][row] / mine:4.1f}x)"
                for name in names[1:]
            ]
            print(f"{kind:<18}" + "".join(f"{cell:>22}" for cell in cells))
    print("\n(Nx) = that variant's CPU per item divided by from_wire's")
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
