"""The ``agentrun`` commands (typer), each a thin layer over the SDK.

Configuration comes from the environment like any SDK call (``AGENTRUN_*``
variables, which ``agentrun-local serve`` prints); ``--region`` and
``--profile`` override it. Results go to stdout (a table, or JSON with
``--output json``); progress and errors go to stderr. Exit codes: 0 ok,
1 other error, 2 usage, 3 not found, 4 conflict, 5 a failed status,
6 timeout.
"""

from __future__ import annotations

import enum
import logging
import os
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import attrs
import typer

from .. import (
    AgentRunError,
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeCode,
    AgentRuntimeContainer,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeVersionPublishInput,
    Config,
    Status,
)
from .._sync.release import apply_runtime, find_endpoint, find_runtime
from .failures import NotFoundError, exit_code, one_line
from .render import Printer, endpoint_rows, public_wire, runtime_rows, version_rows

__all__ = ["app", "run"]

DEFAULT_ENDPOINT = "Default"
PROFILE_VARIABLE = "ALIBABA_CLOUD_PROFILE"

app = typer.Typer(
    name="agentrun",
    help="Deploy, release and call AgentRun agent runtimes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click messages: a usage error is an "Error: ..." line, not a panel.
    rich_markup_mode=None,
)


class Output(enum.StrEnum):
    """Output formats."""

    table = "table"
    json = "json"


Region = Annotated[
    str | None, typer.Option("--region", help="Region id (default: from the environment).")
]
Profile = Annotated[
    str | None,
    typer.Option("--profile", help=f"Credentials profile (sets {PROFILE_VARIABLE})."),
]
OutputOption = Annotated[Output, typer.Option("--output", "-o", help="Output format.")]
Debug = Annotated[bool, typer.Option("--debug", help="Show the SDK's DEBUG log on stderr.")]
Timeout = Annotated[
    float, typer.Option("--timeout", min=0.001, help="Seconds to wait for READY / deletion.")
]
EndpointName = Annotated[str, typer.Option("--endpoint", help="Endpoint name.")]
Name = Annotated[str, typer.Argument(help="Runtime name.", metavar="NAME", show_default=False)]


@attrs.define
class Session:
    """What one command works with."""

    client: AgentRuntimeClient
    printer: Printer

    def runtime(self, name: str) -> AgentRuntime:
        """The runtime named exactly ``name``."""
        found = find_runtime(self.client, name)
        if found is None:
            raise NotFoundError(f"no agent runtime is named {name!r}")
        return found

    def endpoint(self, runtime: AgentRuntime, name: str) -> AgentRuntimeEndpoint:
        """The endpoint of ``runtime`` named exactly ``name``."""
        found = find_endpoint(self.client, str(runtime.agent_runtime_id), name)
        if found is None:
            raise NotFoundError(
                f"agent runtime {runtime.agent_runtime_name!r} has no endpoint named {name!r}"
            )
        return found

    def on_status(self, kind: str) -> Any:
        """A waiter callback printing each status change."""

        last: list[str] = []

        def report(resource: Any) -> None:
            status = resource.status
            status = status.value if isinstance(status, Status) else status
            reason = f" ({resource.status_reason})" if resource.status_reason else ""
            line = f"  {kind}: {status}{reason}"
            if last[-1:] != [line]:
                last.append(line)
                self.printer.progress(line)

        return report


@contextmanager
def _debug_log(enabled: bool) -> Iterator[None]:
    if not enabled:
        yield
        return
    logger = logging.getLogger("agentrun_facade")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


@contextmanager
def _profile(profile: str | None) -> Iterator[None]:
    if profile is None:
        yield
        return
    previous = os.environ.get(PROFILE_VARIABLE)
    os.environ[PROFILE_VARIABLE] = profile
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(PROFILE_VARIABLE, None)
        else:
            os.environ[PROFILE_VARIABLE] = previous


@contextmanager
def session(
    region: str | None, profile: str | None, output: Output, debug: bool
) -> Iterator[Session]:
    """Set up a client; turn SDK errors into one line on stderr and an exit code."""
    printer = Printer(output.value)
    with _debug_log(debug), _profile(profile):
        try:
            with AgentRuntimeClient(Config(region_id=region)) as client:
                yield Session(client, printer)
        except AgentRunError as error:
            if debug:
                printer.err.print_exception()
            printer.err.print(one_line(error), highlight=False, markup=False)
            raise typer.Exit(exit_code(error)) from None


# --------------------------------------------------------------------------
# deploy
# --------------------------------------------------------------------------


def _environment(pairs: Sequence[str] | None) -> dict[str, str] | None:
    if not pairs:
        return None
    result: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"expected K=V, got {pair!r}", param_hint="--env")
        result[key] = value
    return result


def _artifact(
    path: Path | None, image: str | None, language: str, command: list[str] | None
) -> dict[str, Any]:
    if (path is None) == (image is None):
        raise typer.BadParameter("give a code PATH or --image IMAGE (exactly one)")
    if image is not None:
        return {"container_configuration": AgentRuntimeContainer(image=image, command=command)}
    assert path is not None
    if path.suffix == ".zip" and path.is_file():
        code = AgentRuntimeCode.from_zip_file(path, language=language, command=command)
    else:
        code = AgentRuntimeCode.from_file(path, language=language, command=command)
    return {"code_configuration": code}


@app.command()
def deploy(
    name: Annotated[str, typer.Option("--name", "-n", help="Runtime name.", show_default=False)],
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Code directory, file or .zip to package.", metavar="PATH", show_default=False
        ),
    ] = None,
    language: Annotated[str, typer.Option(help="Language of the code.")] = "python3.12",
    command: Annotated[
        str | None, typer.Option(help='Start command, e.g. "python main.py".')
    ] = None,
    cpu: Annotated[float | None, typer.Option(help="CPU cores [default: 2].")] = None,
    memory: Annotated[int | None, typer.Option(help="Memory in MB [default: 4096].")] = None,
    port: Annotated[
        int | None, typer.Option(help="Port the agent listens on [default: 9000].")
    ] = None,
    env: Annotated[
        list[str] | None, typer.Option("--env", "-e", help="K=V environment variable (repeatable).")
    ] = None,
    image: Annotated[
        str | None, typer.Option(help="Container image to run instead of a code package.")
    ] = None,
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="Wait until READY.")] = True,
    timeout: Timeout = 600.0,
    region: Region = None,
    profile: Profile = None,
    output: OutputOption = Output.table,
    debug: Debug = False,
) -> None:
    """Package PATH (or use --image) and create or update the runtime NAME.

    Creates the Default endpoint when it is missing. Running it again with
    nothing changed sends no write (environment variables, which the service
    masks when read, are sent whenever --env is given).
    """
    split = shlex.split(command) if command else None
    with session(region, profile, output, debug) as s:
        wanted = AgentRuntimeCreateInput(
            agent_runtime_name=name,
            cpu=cpu,
            memory=memory,
            port=port,
            environment_variables=_environment(env),
            **_artifact(path, image, language, split),
        )
        with s.printer.err.status(f"Deploying {name}"):
            applied = apply_runtime(
                s.client,
                wanted,
                wait=wait,
                timeout_seconds=timeout,
                callback=s.on_status(f"runtime {name}"),
            )
            runtime = applied.resource
            endpoint, endpoint_action = _default_endpoint(s, runtime, wait, timeout)
        _report_deploy(
            s.printer, applied.action, applied.changed, runtime, endpoint, endpoint_action
        )


def _default_endpoint(
    s: Session, runtime: AgentRuntime, wait: bool, timeout: float
) -> tuple[AgentRuntimeEndpoint | None, str]:
    runtime_id = str(runtime.agent_runtime_id)
    existing = find_endpoint(s.client, runtime_id, DEFAULT_ENDPOINT)
    if existing is not None:
        return existing, "exists"
    if runtime.status not in (Status.READY, None):
        return None, "pending"  # the service refuses new endpoints until the runtime settles
    created = s.client.create_endpoint(
        runtime_id, AgentRuntimeEndpointCreateInput(agent_runtime_endpoint_name=DEFAULT_ENDPOINT)
    )
    if wait:
        created.wait_until_ready_or_failed(
            s.on_status(f"endpoint {DEFAULT_ENDPOINT}"), timeout_seconds=timeout
        )
    return created, "created"


def _report_deploy(
    printer: Printer,
    action: str,
    changed: Sequence[str],
    runtime: AgentRuntime,
    endpoint: AgentRuntimeEndpoint | None,
    endpoint_action: str,
) -> None:
    if printer.json:
        printer.data(
            {
                "action": action,
                "changed": list(changed),
                "runtime": public_wire(runtime),
                "endpointAction": endpoint_action,
                "endpoint": public_wire(endpoint) if endpoint is not None else None,
            }
        )
        return
    what = f"{action} runtime {runtime.agent_runtime_name} ({runtime.agent_runtime_id})"
    detail = f": {', '.join(changed)}" if changed else ""
    printer.say(f"{what}{detail}")
    printer.table(*runtime_rows([runtime]))
    if endpoint is None:
        printer.say(
            f"endpoint {DEFAULT_ENDPOINT} not created yet: the runtime is not READY "
            "(run deploy again once it is)"
        )
        return
    printer.say(f"endpoint {DEFAULT_ENDPOINT}: {endpoint_action}")
    printer.table(*endpoint_rows([endpoint]))


# --------------------------------------------------------------------------
# inspect
# --------------------------------------------------------------------------


@app.command("ls")
def list_runtimes(
    region: Region = None,
    profile: Profile = None,
    output: OutputOption = Output.table,
    debug: Debug = False,
) -> None:
    """List every agent runtime."""
    with session(region, profile, output, debug) as s:
        runtimes = s.client.list()
        if s.printer.json:
            s.printer.data([public_wire(r) for r in runtimes])
        else:
            s.printer.table(*runtime_rows(runtimes))


@app.command()
def get(
    name: Name,
    region: Region = None,
    profile: Profile = None,
    output: OutputOption = Output.table,
    debug: Debug = False,
) -> None:
    """Show one runtime and its endpoints."""
    with session(region, profile, output, debug) as s:
        runtime = s.runtime(name)
        endpoints = s.client.list_endpoints(str(runtime.agent_runtime_id))
        if s.printer.json:
            s.printer.data(
                {"runtime": public_wire(runtime), "endpoints": [public_wire(e) for e in endpoints]}
            )
            return
        s.printer.fields(_runtime_fields(runtime))
        s.printer.table(*endpoint_rows(endpoints))


def _runtime_fields(runtime: AgentRuntime) -> list[tuple[str, object]]:
    code, container = runtime.code_configuration, runtime.container_configuration
    pairs: list[tuple[str, object]] = [
        ("name", runtime.agent_runtime_name),
        ("id", runtime.agent_runtime_id),
        ("status", runtime.status),
        ("reason", runtime.status_reason),
        ("version", runtime.agent_runtime_version),
        ("cpu", runtime.cpu),
        ("memory (MB)", runtime.memory),
        ("port", runtime.port),
    ]
    if code is not None:
        pairs += [("language", code.language), ("command", shlex.join(code.command or []))]
    if container is not None:
        pairs += [("image", container.image)]
    if runtime.environment_variables:
        pairs.append(("environment", ", ".join(sorted(runtime.environment_variables))))
    pairs += [("created", runtime.created_at), ("updated", runtime.last_updated_at)]
    return pairs


@app.command()
def versions(
    name: Name,
    region: Region = None,
    profile: Profile = None,
    output: OutputOption = Output.table,
    debug: Debug = False,
) -> None:
    """List the published versions of a runtime."""
    with session(region, profile, output, debug) as s:
        runtime = s.runtime(name)
        found = s.client.list_versions(str(runtime.agent_runtime_id))
        if s.printer.json:
            s.printer.data([public_wire(v) for v in found])
        else:
            s.printer.table(*version_rows(found))


# --------------------------------------------------------------------------
# invoke
# --------------------------------------------------------------------------


@app.command()
def invoke(
    name: Name,
    message: Annotated[
        str, typer.Argument(help="The user message.", metavar="MESSAGE", show_default=False)
    ],
    endpoint: EndpointName = DEFAULT_ENDPOINT,
    stream: Annotated[
        bool, typer.Option("--stream", help="Print the reply as it arrives.")
    ] = False,
    region: Region = None,
    profile: Profile = None,
    output: OutputOption = Output.table,
    debug: Debug = False,
) -> None:
    """Send MESSAGE to the agent behind an endpoint and print the reply."""
    messages: list[Any] = [{"role": "user", "content": message}]
    with session(region, profile, output, debug) as s:
        if not stream:
            reply = s.client.invoke_openai(name, endpoint, messages=messages)
            content = reply.choices[0].message.content if reply.choices else None
            if s.printer.json:
                s.printer.data({"reply": content or ""})
            else:
                typer.echo(content or "")
            return
        parts: list[str] = []
        for chunk in s.client.invoke_openai(name, endpoint, messages=messages, stream=True):
            piece = chunk.choices[0].delta.content if chunk.choices else None
            if piece:
                parts.append(piece)
                if not s.printer.json:
                    typer.echo(piece, nl=False)
        if s.printer.json:
            s.printer.data({"reply": "".join(parts)})
        else:
            typer.echo()


# --------------------------------------------------------------------------
# releases
# --------------------------------------------------------------------------


@app.command()
def publish(
    name: Name,
    description: Annotated[
        str | None, typer.Option(help="Description of the version.", show_default=False)
    ] = None,
    region: Region = None,
    profile: Profile = None,
    output: OutputOption = Output.table,
    debug: Debug = False,
) -> None:
    """Publish the runtime's current configuration as a new version."""
    with session(region, profile, output, debug) as s:
        runtime = s.runtime(name)
        version = runtime.publish_version(AgentRuntimeVersionPublishInput(description=description))
        if s.printer.json:
            s.printer.data(public_wire(version))
        else:
            s.printer.say(f"published version {version.agent_runtime_version} of {name}")


def _show_endpoint(s: Session, what: str, endpoint: AgentRuntimeEndpoint) -> None:
    if s.printer.json:
        s.printer.data(public_wire(endpoint))
        return
    s.printer.say(what)
    s.printer.table(*endpoint_rows([endpoint]))


def _move(
    s: Session, endpoint: AgentRuntimeEndpoint, done: str, call: Callable[[], object]
) -> None:
    """Run a release step with a spinner, then show where the endpoint points."""
    name = endpoint.agent_runtime_endpoint_name
    with s.printer.err.status(f"{done.capitalize()}: waiting for {name}"):
        call()
    _show_endpoint(s, f"{done}: {name} targets version {endpoint.target_version}", endpoint)


@app.command()
def canary(
    name: Name,
    version: Annotated[
        str, typer.Argument(help="Published version to send traffic to.", metavar="VERSION")
    ],
    weight: Annotated[
        float,
        typer.Option("--weight", "-w", help="Share of traffic, 0 < W < 1.", show_default=False),
    ],
    endpoint: EndpointName = DEFAULT_ENDPOINT,
    timeout: Timeout = 600.0,
    region: Region = None,
    profile: Profile = None,
    output: OutputOption = Output.table,
    debug: Debug = False,
) -> None:
    """Send a share of an endpoint's traffic to VERSION (the target stays)."""
    with session(region, profile, output, debug) as s:
        found = s.endpoint(s.runtime(name), endpoint)
        with s.printer.err.status(f"Routing {weight:g} of {endpoint} to version {version}"):
            found.start_canary(version, weight, timeout_seconds=timeout)
        _show_endpoint(s, f"canary: version {version} gets {weight:g} of {endpoint}", found)


@app.command()
def promote(
    name: Name,
    endpoint: EndpointName = DEFAULT_ENDPOINT,
    timeout: Timeout = 600.0,
    region: Region = None,
    profile: Profile = None,
    output: OutputOption = Output.table,
    debug: Debug = False,
) -> None:
    """Make the canary version the endpoint's target."""
    with session(region, profile, output, debug) as s:
        found = s.endpoint(s.runtime(name), endpoint)
        _move(s, found, "promoted", lambda: found.promote_canary(timeout_seconds=timeout))


@app.command()
def rollback(
    name: Name,
    endpoint: EndpointName = DEFAULT_ENDPOINT,
    timeout: Timeout = 600.0,
    region: Region = None,
    profile: Profile = None,
    output: OutputOption = Output.table,
    debug: Debug = False,
) -> None:
    """Stop a running canary, else move the target back to the previous version."""
    with session(region, profile, output, debug) as s:
        found = s.endpoint(s.runtime(name), endpoint)
        _move(s, found, "rolled back", lambda: found.rollback(timeout_seconds=timeout))


# --------------------------------------------------------------------------
# remove
# --------------------------------------------------------------------------


@app.command()
def rm(
    name: Name,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    timeout: Timeout = 600.0,
    region: Region = None,
    profile: Profile = None,
    output: OutputOption = Output.table,
    debug: Debug = False,
) -> None:
    """Delete the runtime's endpoints, then the runtime, and wait until it is gone."""
    with session(region, profile, output, debug) as s:
        runtime = s.runtime(name)
        if not yes:
            count = len(s.client.list_endpoints(str(runtime.agent_runtime_id)))
            typer.confirm(
                f"Delete agent runtime {name} and its {count} endpoint(s)?", abort=True, err=True
            )
        with s.printer.err.status(f"Deleting {name}"):
            runtime.delete_and_wait_until_finished(
                s.on_status(f"runtime {name}"), timeout_seconds=timeout
            )
        if s.printer.json:
            s.printer.data({"deleted": name, "agentRuntimeId": runtime.agent_runtime_id})
        else:
            s.printer.say(f"deleted runtime {name} ({runtime.agent_runtime_id})")


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit code."""
    try:
        app(args=list(argv) if argv is not None else None, prog_name="agentrun")
    except SystemExit as exit:
        code = exit.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0
