"""Quickstart: deploy an agent, expose it, publish a version, list, invoke, clean up.

Runs against the local AgentRun emulator by default. With real credentials in
the environment (AGENTRUN_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_ID and the
matching secret, plus AGENTRUN_ACCOUNT_ID and AGENTRUN_REGION) it runs against
the real service instead; pass --local to force the emulator.

Exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from agentrun_facade import (
    AgentRunError,
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeVersionPublishInput,
    Config,
)

AGENT_DIR = Path(__file__).resolve().parent / "agent"
CLOUD_KEY_VARIABLES = ("AGENTRUN_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_ID")


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


@contextlib.contextmanager
def target(force_local: bool) -> Iterator[tuple[Config, bool]]:
    """Yield the configuration to use and whether it is the local emulator."""
    if not force_local and any(os.environ.get(name) for name in CLOUD_KEY_VARIABLES):
        say("target: AgentRun service configured in the environment")
        yield Config(), False
        return
    from agentrun_facade.testing import LocalAgentRun

    with LocalAgentRun(transition_seconds=1.0) as local:
        say(f"target: local AgentRun emulator at {local.url}")
        yield local.config, True


async def seed_runtimes(config: Config, prefix: str, count: int) -> list[str]:
    """Create ``count`` small runtimes concurrently; return their ids."""
    code = AgentRuntimeCode.from_oss("quickstart-bucket", "seed.zip", language="python3.12")
    async with AgentRuntimeClient(config) as client:
        limit = asyncio.Semaphore(16)

        async def create(index: int) -> str:
            async with limit:
                runtime = await client.create_async(
                    AgentRuntimeCreateInput(
                        agent_runtime_name=f"{prefix}-seed-{index:03d}",
                        code_configuration=code,
                        cpu=0.5,
                        memory=512,
                    )
                )
            assert runtime.agent_runtime_id
            return runtime.agent_runtime_id

        return list(await asyncio.gather(*(create(i) for i in range(count))))


async def delete_runtimes(config: Config, ids: list[str]) -> None:
    async with AgentRuntimeClient(config) as client:
        limit = asyncio.Semaphore(16)

        async def delete(runtime_id: str) -> None:
            async with limit:
                await client.delete_async(runtime_id)

        await asyncio.gather(*(delete(i) for i in ids))


def run(config: Config, seed_count: int) -> None:
    prefix = f"quickstart-{uuid.uuid4().hex[:6]}"
    code = AgentRuntimeCode.from_file(
        AGENT_DIR, language="python3.12", command=["python3", "main.py"]
    )
    say(
        f"packaged {AGENT_DIR.name}/: {len(code.zip_file or '')} base64 chars, "
        f"crc64 {code.checksum}"
    )

    runtime = AgentRuntime.create(
        AgentRuntimeCreateInput(
            agent_runtime_name=prefix,
            description="quickstart echo agent",
            code_configuration=code,
            environment_variables={"GREETING": "hello"},
        ),
        config=config,
    )
    seeded: list[str] = []
    try:
        say(
            f"created runtime {runtime.agent_runtime_name} ({runtime.agent_runtime_id}), "
            f"status {runtime.status}"
        )
        runtime.wait_until_ready_or_failed(
            callback=lambda r: say(f"  runtime status: {r.status}"),
            interval_seconds=1,
            timeout_seconds=120,
        )

        endpoint = runtime.create_endpoint(
            AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name="Default"),
            config=config,
        )
        endpoint.wait_until_ready_or_failed(interval_seconds=1, timeout_seconds=120)
        say(
            f"endpoint {endpoint.agent_runtime_endpoint_name} is {endpoint.status} "
            f"(target {endpoint.target_version})"
        )

        version = runtime.publish_version(
            AgentRuntimeVersionPublishInput(description="first release"), config=config
        )
        endpoint.update(
            AgentRuntimeEndpointUpdateInput(target_version=version.agent_runtime_version),
            config=config,
        )
        endpoint.wait_until_ready_or_failed(interval_seconds=1, timeout_seconds=120)
        say(
            f"published version {version.agent_runtime_version}; "
            f"endpoint now routes to version {endpoint.target_version}"
        )

        if seed_count:
            started = time.perf_counter()
            seeded = asyncio.run(seed_runtimes(config, prefix, seed_count))
            say(f"seeded {len(seeded)} more runtimes in {time.perf_counter() - started:.2f}s")
        started = time.perf_counter()
        listed = AgentRuntime.list(config=config)
        mine = [r for r in listed if (r.agent_runtime_name or "").startswith(prefix)]
        ids = [r.agent_runtime_id for r in listed]
        if len(ids) != len(set(ids)):
            raise RuntimeError("listing returned a runtime twice")
        if len(mine) != seed_count + 1:
            raise RuntimeError(f"expected {seed_count + 1} runtimes, listed {len(mine)}")
        say(
            f"listed {len(listed)} runtimes across pages in "
            f"{time.perf_counter() - started:.2f}s, no duplicates"
        )

        question = "What can you do?"
        reply = runtime.invoke_openai(
            messages=[{"role": "user", "content": question}], config=config
        )
        say(f"invoke: {question!r} -> {reply.choices[0].message.content!r}")
        pieces = []
        for chunk in runtime.invoke_openai(
            messages=[{"role": "user", "content": "stream this answer"}],
            stream=True,
            config=config,
        ):
            if chunk.choices and chunk.choices[0].delta.content:
                pieces.append(chunk.choices[0].delta.content)
        say(f"invoke (stream): {len(pieces)} chunks -> {''.join(pieces)!r}")
    finally:
        if seeded:
            asyncio.run(delete_runtimes(config, seeded))
        AgentRuntime.delete_by_id(runtime.agent_runtime_id or "", config=config)
        say(f"cleaned up {len(seeded) + 1} runtimes and their endpoints")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--local", action="store_true", help="always use the local emulator")
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="extra runtimes to create for the listing (default 300 locally, 0 in the cloud)",
    )
    args = parser.parse_args(argv)
    try:
        with target(args.local) as (config, local):
            seed = args.seed if args.seed is not None else (300 if local else 0)
            run(config, seed)
    except (AgentRunError, RuntimeError) as exc:
        say(f"FAILED: {type(exc).__name__}: {exc}")
        return 1
    say("quickstart finished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
