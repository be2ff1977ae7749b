"""``agentrun-local``: run the emulator from a shell.

``agentrun-local serve --port 8765`` prints ``export AGENTRUN_...=`` lines (so a
shell can ``eval`` them) and serves until interrupted. When the address cannot
be bound (say, the port is taken) it prints one line saying so and exits with
status 1.
"""

from __future__ import annotations

import argparse
import errno
import shlex
import signal
import sys
import threading
from collections.abc import Sequence
from typing import TextIO

from agentrun_facade.errors import InvalidParameterError

from .server import LocalAgentRun, is_loopback
from .settings import (
    DEFAULT_ACCESS_KEY_ID,
    DEFAULT_ACCESS_KEY_SECRET,
    DEFAULT_ACCOUNT_ID,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_REGION,
    LIST_ORDERS,
    EmulatorSettings,
)

#: Exit status when the address cannot be bound.
EXIT_CANNOT_BIND = 1


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser (``serve`` is the only command)."""
    parser = argparse.ArgumentParser(
        prog="agentrun-local", description="Local AgentRun emulator for offline development."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the emulator until interrupted")
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (loopback only unless --allow-non-loopback is given)",
    )
    serve.add_argument("--port", type=int, default=8765, help="port (0 picks a free one)")
    serve.add_argument(
        "--allow-non-loopback",
        action="store_true",
        help="WARNING: let --host be a non-loopback address; anyone who can reach it can "
        "use the emulator with its well-known test credentials",
    )
    serve.add_argument("--state", metavar="FILE", help="keep state in this SQLite file")
    serve.add_argument("--seed", type=int, default=0, help="seed for ids and random faults")
    serve.add_argument("--transition-seconds", type=float, default=0.5)
    serve.add_argument("--max-page-size", type=int, default=100)
    serve.add_argument("--default-page-size", type=int, default=20)
    serve.add_argument("--access-key-id", default=DEFAULT_ACCESS_KEY_ID)
    serve.add_argument("--access-key-secret", default=DEFAULT_ACCESS_KEY_SECRET)
    serve.add_argument("--security-token", default=None)
    serve.add_argument("--region", default=DEFAULT_REGION)
    serve.add_argument("--account-id", default=DEFAULT_ACCOUNT_ID)
    serve.add_argument("--fail-rate", type=float, default=0.0, help="share of 5xx answers")
    serve.add_argument("--throttle-rate", type=float, default=0.0, help="share of 429 answers")
    serve.add_argument("--drop-rate", type=float, default=0.0, help="share of dropped connections")
    serve.add_argument(
        "--lost-response-rate",
        type=float,
        default=0.0,
        help="share of requests carried out whose answer is then lost (connection dropped)",
    )
    serve.add_argument("--retry-after", type=int, default=1, help="Retry-After of 429s (seconds)")
    serve.add_argument("--latency-ms", type=float, default=0.0)
    serve.add_argument("--jitter-ms", type=float, default=0.0)
    serve.add_argument(
        "--no-verify-signatures", action="store_true", help="accept unsigned requests"
    )
    serve.add_argument(
        "--strict-unknown-fields",
        action="store_true",
        help="reject request fields and query parameters the spec does not declare",
    )
    serve.add_argument(
        "--require-update-cpu",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="reject UpdateAgentRuntime bodies without cpu (default: on, as documented)",
    )
    serve.add_argument(
        "--list-order", choices=LIST_ORDERS, default="oldest", help="order of list answers"
    )
    serve.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        help="largest request body accepted (413 above it)",
    )
    return parser


def settings_from_args(args: argparse.Namespace) -> EmulatorSettings:
    """Turn parsed ``serve`` arguments into settings."""
    return EmulatorSettings(
        access_key_id=args.access_key_id,
        access_key_secret=args.access_key_secret,
        security_token=args.security_token,
        region=args.region,
        account_id=args.account_id,
        transition_seconds=args.transition_seconds,
        max_page_size=args.max_page_size,
        default_page_size=args.default_page_size,
        state_file=args.state,
        seed=args.seed,
        latency_ms=args.latency_ms,
        jitter_ms=args.jitter_ms,
        fail_rate=args.fail_rate,
        throttle_rate=args.throttle_rate,
        drop_rate=args.drop_rate,
        lost_response_rate=args.lost_response_rate,
        retry_after_seconds=args.retry_after,
        verify_signatures=not args.no_verify_signatures,
        strict_unknown_fields=args.strict_unknown_fields,
        require_update_cpu=args.require_update_cpu,
        list_order=args.list_order,
        max_body_bytes=args.max_body_bytes,
    )


def banner(settings: EmulatorSettings, url: str) -> str:
    """``export`` lines for the endpoint and the test credentials."""
    values = {
        "AGENTRUN_ACCESS_KEY_ID": settings.access_key_id,
        "AGENTRUN_ACCESS_KEY_SECRET": settings.access_key_secret,
        "AGENTRUN_CONTROL_ENDPOINT": url,
        "AGENTRUN_DATA_ENDPOINT": url,
        "AGENTRUN_REGION": settings.region,
        "AGENTRUN_ACCOUNT_ID": settings.account_id,
    }
    if settings.security_token:
        values["AGENTRUN_SECURITY_TOKEN"] = settings.security_token
    lines = [f"# AgentRun emulator listening on {url} (Ctrl-C to stop)"]
    lines += [f"export {name}={shlex.quote(value)}" for name, value in values.items()]
    return "\n".join(lines) + "\n"


def bind_failure(host: str, port: int, exc: OSError) -> str:
    """One line explaining why ``host:port`` could not be bound."""
    if exc.errno == errno.EADDRINUSE:
        why = "the address is already in use (is another emulator running? try --port 0)"
    elif exc.errno == errno.EACCES:
        why = "permission denied (ports below 1024 need privileges)"
    else:
        why = exc.strerror or str(exc)
    return f"agentrun-local: cannot listen on {host}:{port}: {why}"


def serve(local: LocalAgentRun, *, out: TextIO, stop: threading.Event | None = None) -> None:
    """Start ``local``, print the banner and block until ``stop`` is set or interrupted."""
    stop = stop or threading.Event()
    with local:
        out.write(banner(local.settings, local.url))
        out.flush()
        try:
            while not stop.wait(0.2):
                pass
        except KeyboardInterrupt:
            pass


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``agentrun-local`` and ``python -m agentrun_facade.testing``."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.allow_non_loopback and not is_loopback(args.host):
        parser.error(
            f"refusing to bind {args.host!r}: the emulator only listens on loopback "
            "addresses unless --allow-non-loopback is given"
        )
    try:
        local = LocalAgentRun(
            settings_from_args(args),
            host=args.host,
            port=args.port,
            allow_non_loopback=args.allow_non_loopback,
        )
    except InvalidParameterError as exc:
        parser.error(str(exc))
    stop = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        local.start()
    except OSError as exc:
        print(bind_failure(args.host, args.port, exc), file=sys.stderr)
        return EXIT_CANNOT_BIND
    serve(local, out=sys.stdout, stop=stop)
    return 0
