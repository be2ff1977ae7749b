"""The emulator as an ASGI application (Starlette requests and responses, no router).

Every request goes through the same steps: route on the raw path (so
percent-encoded names survive), injected faults, the body (at most
``max_body_bytes``, else 413), signature check, the
``x-acs-action``/``x-acs-version`` headers, spec validation, the registered
``before_request`` hooks (see :mod:`.hooks`), then the handler. A ``lost``
fault lets all of that happen and then drops the connection instead of answering.
Every answer carries ``x-acs-request-id``; errors carry the spec's error body.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any
from urllib.parse import unquote

import attrs
from starlette.datastructures import State
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from agentrun_facade.signing import (
    Credentials,
    SignatureVerificationError,
    parse_query,
    verify_data_request,
    verify_request,
)

from .access_keys import AccessKeys
from .errors import (
    INTERNAL_ERROR,
    ApiError,
    server_failure,
    throttled,
    too_large,
    validation_failed,
)
from .faults import FaultPlan
from .hooks import HookFailedError, RequestHooks
from .routes_control import HANDLERS, Call, Handler
from .routes_data import chat_completions, parse_chat_request
from .settings import EmulatorSettings
from .spec import Operation, operations
from .store import Store
from .validation import check_action_headers, check_path_params, parse_body
from .validation import parse_query as validate_query

logger = logging.getLogger("agentrun_facade.testing")

#: Operation name of the data-plane chat completions call (for scripted faults).
DATA_OPERATION = "ChatCompletions"
_DATA_PATTERN = (
    "agent-runtimes",
    None,
    "endpoints",
    None,
    "invocations",
    "openai",
    "v1",
    "chat",
    "completions",
)
_DROPPING: ContextVar[bool] = ContextVar("agentrun_emulator_dropping", default=False)


class _QuietDrops(logging.Filter):
    """Hide the server's complaint about a response the emulator broke on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (_DROPPING.get() and "without completing response" in record.getMessage())


_QUIET_DROPS = _QuietDrops()


@attrs.frozen
class Target:
    """Where a request goes: a control operation or the data plane."""

    name: str
    operation: Operation | None
    params: dict[str, str]


class _DroppedResponse(Response):
    """Starts a response, sends part of the body, then gives up (connection drops)."""

    def __init__(self, request_id: str) -> None:
        super().__init__()
        self._request_id = request_id

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        _DROPPING.set(True)
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", b"4096"),
                    (b"x-acs-request-id", self._request_id.encode("ascii")),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b'{"code": "SUCC', "more_body": True})


def _decode(segment: str) -> str:
    try:
        return unquote(segment, errors="strict")
    except UnicodeDecodeError:
        raise validation_failed("path segment is not valid percent-encoded UTF-8") from None


@functools.cache
def _candidates(method: str, length: int) -> tuple[Operation, ...]:
    """The operations whose method and number of path segments fit."""
    return tuple(o for o in operations() if o.method == method and len(o.segments) == length)


def route(method: str, raw_path: str) -> Target:
    """Find the operation for ``method`` and the (still encoded) ``raw_path``."""
    segments = raw_path.strip("/").split("/")
    for operation in _candidates(method, len(segments)):
        params = operation.match(method, segments)
        if params is not None:
            decoded = {name: _decode(value) for name, value in params.items()}
            return Target(operation.operation_id, operation, decoded)
    if (
        method == "POST"
        and len(segments) == len(_DATA_PATTERN)
        and all(p is None or p == s for p, s in zip(_DATA_PATTERN, segments, strict=True))
    ):
        names = {"agentRuntimeName": _decode(segments[1]), "endpointName": _decode(segments[3])}
        return Target(DATA_OPERATION, None, names)
    raise ApiError(404, "ERR_NOT_FOUND", f"Operation({method} {raw_path}) does not exist")


class Emulator:
    """Request handling shared by the whole application."""

    def __init__(
        self,
        settings: EmulatorSettings,
        store: Store,
        faults: FaultPlan,
        hooks: RequestHooks | None = None,
        keys: AccessKeys | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.faults = faults
        self.hooks = hooks if hooks is not None else RequestHooks()
        self.keys = keys if keys is not None else access_keys_of(settings)

    async def handle(self, request: Request) -> Response:
        """Answer one request; never raises."""
        request_id = str(uuid.uuid4()).upper()
        name = "-"
        lost = False
        try:
            raw_path = _raw_path(request.scope)
            target = route(request.method, raw_path)
            name = target.name
            dropped, lost = await self._inject(name, request_id)
            if dropped is not None:
                return dropped
            headers = _headers(request.scope)
            body = await _read_body(request, headers, self.settings.max_body_bytes)
            self._verify(request, headers, target, raw_path, body)
            query, answer = self._prepare(request, headers, target, body, request_id)
            if self.hooks:
                await asyncio.to_thread(self.hooks.run, name, query, target.params)
            response = answer()
        except ApiError as exc:
            response = JSONResponse(
                exc.body(request_id), status_code=exc.status_code, headers=exc.headers
            )
        except HookFailedError as exc:
            logger.error("%s; answering 500", exc, exc_info=exc.__cause__)
            error = ApiError(500, INTERNAL_ERROR, f"a before_request hook failed on {name}")
            response = JSONResponse(error.body(request_id), status_code=500)
        except Exception:
            logger.exception("unexpected failure in %s", name)
            error = ApiError(500, INTERNAL_ERROR, "the emulator failed unexpectedly")
            response = JSONResponse(error.body(request_id), status_code=500)
        if lost:
            logger.info("losing the %s answer of %s", response.status_code, name)
            return _DroppedResponse(request_id)
        response.headers["x-acs-request-id"] = request_id
        logger.debug("%s %s -> %s", request.method, name, response.status_code)
        return response

    async def _inject(self, name: str, request_id: str) -> tuple[Response | None, bool]:
        """Apply the fault drawn for this request: ``(early answer, lose the answer)``."""
        decision = self.faults.decide(name)
        if decision.delay > 0:
            await asyncio.sleep(decision.delay)
        if decision.kind is None:
            return None, False
        logger.info("injecting %s fault into %s", decision.kind, name)
        if decision.kind == "lost":
            return None, True
        if decision.kind == "drop":
            return _DroppedResponse(request_id), False
        if decision.kind == "throttle":
            raise throttled(decision.retry_after)
        raise server_failure(decision.status)

    def _verify(
        self,
        request: Request,
        headers: dict[str, str],
        target: Target,
        raw_path: str,
        body: bytes,
    ) -> None:
        settings = self.settings
        if not settings.verify_signatures:
            return
        common: dict[str, Any] = {
            "method": request.method,
            "host": headers.get("host", ""),
            "path": raw_path,
            "raw_query": request.scope.get("query_string", b"").decode("latin-1"),
            "headers": headers,
            "lookup_secret": self.keys.lookup_secret,
            "expected_token": self.keys.expected_token,
        }
        data_plane = target.operation is None
        try:
            if data_plane:
                verified = verify_data_request(region=settings.region, **common)
            else:
                verified = verify_request(body=body, **common)
        except SignatureVerificationError as exc:
            raise ApiError(exc.status_code, exc.error_code, exc.message) from None
        self.keys.record(verified.access_key_id, data_plane=data_plane)

    def _prepare(
        self,
        request: Request,
        headers: dict[str, str],
        target: Target,
        body: bytes,
        request_id: str,
    ) -> tuple[dict[str, str], Callable[[], Response]]:
        """Validate the request; return its raw query and a thunk that answers it."""
        operation = target.operation
        if operation is None:
            params = target.params
            answer = functools.partial(
                chat_completions,
                self.store,
                params["agentRuntimeName"],
                params["endpointName"],
                parse_chat_request(body),
            )
            return dict(_query_pairs(request)), answer
        check_action_headers(operation, headers)
        check_path_params(operation, target.params)
        pairs = _query_pairs(request)
        strict = self.settings.strict_unknown_fields
        call = Call(
            operation=operation,
            params=target.params,
            query=validate_query(operation, pairs, strict_fields=strict),
            body=parse_body(operation, body, headers.get("content-type"), strict_fields=strict),
            request_id=request_id,
            base_url=self.settings.public_url or _base_url(request.scope, headers),
        )
        handler = HANDLERS[operation.operation_id]
        return dict(pairs), functools.partial(_answer, handler, self.store, call)


def _answer(handler: Handler, store: Store, call: Call) -> Response:
    return Response(handler(store, call).encode(), media_type="application/json")


def _headers(scope: Scope) -> dict[str, str]:
    """Request headers by lower-case name (the last of repeated ones wins)."""
    return {name.decode("latin-1"): value.decode("latin-1") for name, value in scope["headers"]}


def _base_url(scope: Scope, headers: dict[str, str]) -> str:
    """``scheme://host[:port]`` the request was sent to."""
    host = headers.get("host")
    if not host:
        server = scope.get("server") or ("127.0.0.1", 80)
        host = f"{server[0]}:{server[1]}"
    return f"{scope.get('scheme', 'http')}://{host}"


async def _read_body(request: Request, headers: dict[str, str], limit: int) -> bytes:
    """The request body; 413 as soon as it is known to exceed ``limit`` bytes."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _query_pairs(request: Request) -> list[tuple[str, str]]:
    try:
        return parse_query(request.scope.get("query_string", b"").decode("latin-1"))
    except ValueError:
        raise validation_failed("query string is not valid percent-encoded UTF-8") from None


def _raw_path(scope: Scope) -> str:
    raw = scope.get("raw_path")
    if isinstance(raw, bytes) and raw:
        return raw.decode("latin-1").partition("?")[0]
    return str(scope.get("path", "/"))


class EmulatorApp:
    """The ASGI application: every HTTP request goes to :meth:`Emulator.handle`.

    ``state.emulator`` gives access to the store, faults and hooks. Lifespan
    events are acknowledged; other connection types are refused.
    """

    def __init__(self, emulator: Emulator) -> None:
        self.state = State({"emulator": emulator})
        self._emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            response = await self._emulator.handle(Request(scope, receive))
            await response(scope, receive, send)
        elif kind == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        elif kind == "websocket":
            await send({"type": "websocket.close", "code": 1003})


def access_keys_of(settings: EmulatorSettings) -> AccessKeys:
    """The accepted keys, starting with the key pair and token of ``settings``."""
    initial = Credentials(
        settings.access_key_id, settings.access_key_secret, settings.security_token
    )
    return AccessKeys(initial)


def create_app(
    settings: EmulatorSettings | None = None,
    *,
    store: Store | None = None,
    faults: FaultPlan | None = None,
    hooks: RequestHooks | None = None,
    keys: AccessKeys | None = None,
) -> EmulatorApp:
    """Build the ASGI app; ``app.state.emulator`` gives access to store, faults, hooks and
    accepted keys."""
    settings = settings or EmulatorSettings()
    store = store or Store(settings)
    faults = faults or FaultPlan(
        seed=settings.seed,
        latency_ms=settings.latency_ms,
        jitter_ms=settings.jitter_ms,
        fail_rate=settings.fail_rate,
        throttle_rate=settings.throttle_rate,
        drop_rate=settings.drop_rate,
        lost_response_rate=settings.lost_response_rate,
        retry_after_seconds=settings.retry_after_seconds,
    )
    server_log = logging.getLogger("uvicorn.error")
    if _QUIET_DROPS not in server_log.filters:
        server_log.addFilter(_QUIET_DROPS)
    emulator = Emulator(settings, store, faults, hooks, keys)
    return EmulatorApp(emulator)
