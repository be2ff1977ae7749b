"""Release walk-through: deploy, publish v1, canary v2 at 10%, promote, roll back.

Runs against a local AgentRun emulator it starts itself, unless ``--env`` is
given, in which case it uses the service configured in the environment
(``AGENTRUN_*`` variables, e.g. the ones ``agentrun-local serve`` prints).
Exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from agentrun_facade import (
    AgentRunError,
    AgentRuntime,
    AgentRuntimeCode,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeVersionPublishInput,
    Config,
)

AGENT_DIR = Path(__file__).resolve().parent / "agent"


@contextlib.contextmanager
def target(from_environment: bool) -> Iterator[Config]:
    """The configuration to use: the environment's, or a fresh local emulator."""
    if from_environment:
        yield Config()
        return
    from agentrun_facade.testing import LocalAgentRun

    with LocalAgentRun(transition_seconds=0.5) as local:
        print(f"local AgentRun emulator at {local.url}")
        yield local.config


def wanted(name: str, release: str) -> AgentRuntimeCreateInput:
    """The runtime as it should be for one release of the agent."""
    return AgentRuntimeCreateInput(
        agent_runtime_name=name,
        description=f"release {release}",
        code_configuration=AgentRuntimeCode.from_file(
            AGENT_DIR, language="python3.12", command=["python", "main.py"]
        ),
    )


def show(endpoint: AgentRuntimeEndpoint) -> str:
    routing = endpoint.routing_configuration
    weights = (routing.version_weights or []) if routing is not None else []
    canary = ", ".join(f"{w.version} at {w.weight:.0%}" for w in weights if w.weight) or "none"
    return f"target version {endpoint.target_version}, canary {canary}"


def walk_through(config: Config, name: str) -> None:
    # 1. Deploy: create by name (a re-run finds it and changes nothing).
    runtime = AgentRuntime.apply(wanted(name, "1"), config=config)
    print(f"deployed {name}: {runtime.status}")
    assert AgentRuntime.apply(wanted(name, "1"), config=config).status == runtime.status
    runtime_id = str(runtime.agent_runtime_id)

    # 2. Publish v1 and point the Default endpoint at it.
    v1 = runtime.publish_version(AgentRuntimeVersionPublishInput(description="first release"))
    endpoint = AgentRuntimeEndpoint.apply(
        runtime_id,
        AgentRuntimeEndpointCreateInput(
            agent_runtime_endpoint_name="Default", target_version=v1.agent_runtime_version
        ),
        config=config,
    )
    print(f"published v{v1.agent_runtime_version}; Default: {show(endpoint)}")

    # 3. Ship a change (one update carrying only what differs) and publish it as v2.
    AgentRuntime.apply(wanted(name, "2"), config=config)
    v2 = runtime.publish_version(AgentRuntimeVersionPublishInput(description="second release"))
    version = str(v2.agent_runtime_version)

    # 4. Canary: 10% of Default's traffic goes to v2, the target stays v1.
    endpoint.start_canary(version, 0.1)
    print(f"canary v{version}: {show(endpoint)}")

    # 5. Promote: v2 becomes the target, the weights are cleared.
    endpoint.promote_canary()
    print(f"promoted: {show(endpoint)}")

    # 6. Roll back: the target goes back to the previous published version.
    endpoint.rollback()
    print(f"rolled back: {show(endpoint)}")
    assert endpoint.target_version == v1.agent_runtime_version

    runtime.delete_and_wait_until_finished(timeout_seconds=120)
    print(f"deleted {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--env", action="store_true", help="use the configured service")
    parser.add_argument("--name", default="release-demo", help="runtime name")
    args = parser.parse_args(argv)
    try:
        with target(args.env) as config:
            walk_through(config, args.name)
    except AgentRunError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
