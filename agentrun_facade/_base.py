"""Hand-written pieces shared by the async code and its derived sync twin.

Nothing here sends or sleeps: request preparation, response parsing, error
mapping, logging helpers and the state every client holds. ``_async/`` and
``_sync/`` only send, sleep and iterate.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import sys
import threading
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import attrs
import httpx

from ._version import __version__
from .config import Config, ResolvedConfig
from .errors import (
    HTTPError,
    InvalidParameterError,
    MalformedResponseError,
    MissingConfigurationError,
    RequestTimeoutError,
    TransportError,
    error_from_response,
)
from .pagination import Page, PageRequest
from .retry import FailureKind, RetryPolicy, classify_transport_error, parse_retry_after
from .signing import Credentials, encode_path_segment
from .waiters import WaiterSpec

if TYPE_CHECKING:
    from agentrun_client.models import AgentRuntime as GeneratedRuntime
    from agentrun_client.models import AgentRuntimeEndpoint as GeneratedEndpoint
    from agentrun_client.models import AgentRuntimeVersion as GeneratedVersion

    from .client import AgentRuntimeClient
    from .models import AgentRuntimeVersion
    from .resources import AgentRuntime, AgentRuntimeEndpoint

__all__ = [
    "API_VERSION",
    "USER_AGENT",
    "AsyncPageFetcher",
    "CallResult",
    "ClientBase",
    "OperationCall",
    "PreparedRequest",
    "SyncPageFetcher",
    "logger",
]

API_VERSION = "2025-09-10"
USER_AGENT = (
    f"agentrun-facade/{__version__} "
    f"python/{sys.version_info.major}.{sys.version_info.minor} httpx/{httpx.__version__}"
)
logger = logging.getLogger("agentrun_facade")

T = TypeVar("T")
R = TypeVar("R")

#: Fetch one page (async and sync flavours; ``scripts/unasync`` maps the names).
AsyncPageFetcher = Callable[[PageRequest], Awaitable[Page[T]]]
SyncPageFetcher = Callable[[PageRequest], Page[T]]


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------


def check_id(value: object, name: str) -> str:
    """Validate one path id before a path is built (empty, '.', '..' are refused)."""
    if not isinstance(value, str):
        raise InvalidParameterError(f"{name} must be a string, got {type(value).__name__}")
    try:
        encode_path_segment(value)
    except InvalidParameterError as exc:
        raise InvalidParameterError(f"{name}: {exc}") from None
    return value


@attrs.frozen
class OperationCall:
    """One control-plane operation, ready to send.

    ``kwargs`` is what the generated operation module's ``_get_kwargs`` built:
    ``method``, relative ``url`` (path ids already encoded), optional
    ``params``, ``json`` and ``headers``.
    """

    name: str
    kwargs: Mapping[str, Any]
    resource_type: str
    resource_id: str | None = None

    @property
    def method(self) -> str:
        return str(self.kwargs["method"]).upper()


@attrs.frozen
class PreparedRequest:
    """Everything needed to build one attempt of a call."""

    method: str
    url: str
    params: dict[str, Any]
    json: Any
    has_body: bool
    headers: dict[str, str]
    timeout: httpx.Timeout
    credentials: Credentials = attrs.field(repr=False)


@attrs.frozen
class CallResult(Generic[R]):
    """A parsed response and how it was obtained."""

    value: R
    attempts: int
    status_code: int
    request_id: str | None


def credentials_of(resolved: ResolvedConfig) -> Credentials:
    """The signing credentials, or a clear error when they are not configured."""
    if not resolved.access_key_id or not resolved.access_key_secret:
        raise MissingConfigurationError(
            "access_key_id and access_key_secret are required: pass them in Config or set "
            "AGENTRUN_ACCESS_KEY_ID / AGENTRUN_ACCESS_KEY_SECRET"
        )
    return Credentials(
        resolved.access_key_id, resolved.access_key_secret, resolved.security_token or None
    )


def base_headers(resolved: ResolvedConfig) -> dict[str, str]:
    """``user-agent`` and ``accept``, then the configured extra headers."""
    headers = {"user-agent": USER_AGENT, "accept": "application/json"}
    lowered = {name.lower(): name for name in headers}
    for name, value in resolved.headers.items():
        existing = lowered.get(name.lower())
        if existing is not None:
            del headers[existing]
        headers[name] = value
    return headers


def prepare(call: OperationCall, resolved: ResolvedConfig) -> PreparedRequest:
    """Absolute URL, headers, timeout and credentials for ``call``."""
    kwargs = call.kwargs
    relative = str(kwargs["url"])
    headers = base_headers(resolved)
    for name, value in (kwargs.get("headers") or {}).items():
        headers[str(name)] = str(value)
    headers["x-acs-action"] = call.name
    headers["x-acs-version"] = API_VERSION
    return PreparedRequest(
        method=call.method,
        url=resolved.control_base_url + relative,
        params=dict(kwargs.get("params") or {}),
        json=kwargs.get("json"),
        has_body="json" in kwargs,
        headers=headers,
        timeout=resolved.httpx_timeout(),
        credentials=credentials_of(resolved),
    )


# --------------------------------------------------------------------------
# Responses
# --------------------------------------------------------------------------


def request_id_of(response: httpx.Response) -> str | None:
    headers = response.headers
    value: str | None = headers.get("x-acs-request-id") or headers.get("x-request-id")
    return value


def decode_body(content: bytes) -> Any:
    """The JSON value of an error body, or ``None`` when it is not JSON."""
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None


def error_code_of(body: Any) -> str | None:
    if isinstance(body, Mapping):
        for key in ("code", "Code"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    return None


def parse_success(
    call: OperationCall, response: httpx.Response, parse: Callable[[Mapping[str, Any]], R]
) -> R:
    """Decode a 2xx envelope and hand it to ``parse``; anything odd is malformed."""
    status = response.status_code
    request_id = request_id_of(response)

    def malformed(message: str) -> MalformedResponseError:
        return MalformedResponseError(
            message, operation=call.name, status_code=status, request_id=request_id
        )

    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        raise malformed("response body is not valid JSON") from None
    if not isinstance(body, dict):
        raise malformed("response body is not a JSON object")
    if not isinstance(body.get("data"), dict):
        raise malformed("response envelope has no 'data' object")
    try:
        return parse(body)
    except MalformedResponseError as exc:
        raise malformed(str(exc.args[0]) if exc.args else "response does not match") from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise malformed(f"response does not match the schema ({type(exc).__name__})") from exc


def error_for(call: OperationCall, response: httpx.Response, body: Any) -> HTTPError:
    """The typed error for an error status."""
    return error_from_response(
        response.status_code,
        body,
        response.headers,
        operation=call.name,
        resource_type=call.resource_type,
        resource_id=call.resource_id,
        retry_after=parse_retry_after(response.headers),
    )


def failure_kind(exc: httpx.TransportError) -> FailureKind | None:
    """Retry class of a transport exception; a pool timeout never sent anything."""
    if isinstance(exc, httpx.PoolTimeout):
        return FailureKind.CONNECT
    return classify_transport_error(exc)


def transport_error(
    call: OperationCall, exc: httpx.TransportError, attempts: int
) -> TransportError:
    """Our error for a failed exchange; the message names no header or body."""
    detail = str(exc) or type(exc).__name__
    message = f"{call.name} failed after {attempts} attempt(s): {type(exc).__name__}: {detail}"
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(message, operation=call.name)
    return TransportError(message, operation=call.name)


def log_response(
    call: OperationCall, response: httpx.Response, elapsed: float, attempt: int
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s %s -> %d request_id=%s attempt=%d elapsed_ms=%.1f",
            call.name,
            call.method,
            response.request.url.raw_path.decode("ascii", "replace").partition("?")[0],
            response.status_code,
            request_id_of(response),
            attempt,
            elapsed * 1000.0,
        )


def log_retry(call: OperationCall, attempt: int, delay: float, reason: str) -> None:
    logger.debug("%s: retrying after attempt %d (%s) in %.3fs", call.name, attempt, reason, delay)


def log_failure(
    call: OperationCall, exc: httpx.TransportError, elapsed: float, attempt: int
) -> None:
    logger.debug(
        "%s %s failed: %s attempt=%d elapsed_ms=%.1f",
        call.name,
        call.method,
        type(exc).__name__,
        attempt,
        elapsed * 1000.0,
    )


# --------------------------------------------------------------------------
# Event loop identity (the sync twin uses ``loop_token``)
# --------------------------------------------------------------------------


def loop_token_async() -> object:
    """The running event loop: pooled async connections belong to one loop."""
    return asyncio.get_running_loop()


def loop_token() -> object:
    """Sync code has no event loop; one constant token."""
    return None


# --------------------------------------------------------------------------
# Client state
# --------------------------------------------------------------------------


class ClientBase:
    """Configuration and lazily created transports shared by the sync and async mixins.

    ``_transport`` (for tests) replaces the HTTP transport underneath both the
    sync and the async pooled client; ``httpx.MockTransport`` serves both.
    ``_retry_policy`` and ``_rng`` tune retries (``max_retries`` still comes
    from the configuration).
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        _transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        _retry_policy: RetryPolicy | None = None,
        _rng: random.Random | None = None,
    ) -> None:
        if config is not None and not isinstance(config, Config):
            raise InvalidParameterError("config must be an agentrun_facade.Config")
        self.config: Config = config if config is not None else Config()
        self._injected_transport = _transport
        self._retry_policy = _retry_policy or RetryPolicy()
        self._rng = _rng
        self._state_lock = threading.Lock()
        self._transports: dict[object, Any] = {}

    def _resolve(self, config: Config | None) -> ResolvedConfig:
        """This client's configuration with a per-call override merged over it."""
        if config is not None and not isinstance(config, Config):
            raise InvalidParameterError("config must be an agentrun_facade.Config")
        return self.config.merge(config).resolve()

    def _get_transport(self, kind: Callable[..., T]) -> T:
        """The transport of one flavour, created on first use (thread safe)."""
        with self._state_lock:
            existing = self._transports.get(kind)
            if existing is None:
                existing = kind(
                    transport=self._injected_transport,
                    policy=self._retry_policy,
                    rng=self._rng,
                )
                self._transports[kind] = existing
            return cast(T, existing)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(config={self.config!r})"


# --------------------------------------------------------------------------
# Building resources (lazy imports: resources.py imports the mixins)
# --------------------------------------------------------------------------

_CLIENT_ATTR = "_agentrun_client"


def bind_client(resource: object, client: object) -> None:
    """Remember which client produced ``resource`` (kept out of attrs fields, eq and repr)."""
    vars(resource)[_CLIENT_ATTR] = client


def bound_client(resource: object) -> Any:
    """The client that produced ``resource``, or ``None``."""
    return vars(resource).get(_CLIENT_ATTR)


def runtime_from(data: GeneratedRuntime, client: object) -> AgentRuntime:
    from .resources import AgentRuntime

    runtime = AgentRuntime.from_generated(data)
    bind_client(runtime, client)
    return runtime


def endpoint_from(
    data: GeneratedEndpoint, client: object, agent_runtime_id: str | None = None
) -> AgentRuntimeEndpoint:
    from .resources import AgentRuntimeEndpoint

    endpoint = AgentRuntimeEndpoint.from_generated(data)
    if not endpoint.agent_runtime_id and agent_runtime_id:
        endpoint.agent_runtime_id = agent_runtime_id
    bind_client(endpoint, client)
    return endpoint


def version_from(data: GeneratedVersion) -> AgentRuntimeVersion:
    from .models import AgentRuntimeVersion

    return AgentRuntimeVersion.from_generated(data)


def default_client() -> AgentRuntimeClient:
    """The process-wide client used by resource class methods."""
    from .client import default_client as shared

    return shared()


def client_for(resource: object) -> AgentRuntimeClient:
    """The client that produced ``resource``, else the process-wide one."""
    client = bound_client(resource)
    if client is None:
        return default_client()
    return cast("AgentRuntimeClient", client)


def require_id(value: str | None, name: str) -> str:
    """An id a resource method needs; a clear error when the object lacks it."""
    if not value:
        raise InvalidParameterError(f"{name} is not set on this object")
    return value


def status_text(status: object) -> str | None:
    """A status as its wire string (``Status`` members and plain strings alike)."""
    return None if status is None else str(status)


#: Waiting for a runtime's endpoint list to drain before deleting the runtime.
ENDPOINTS_GONE = "NO_ENDPOINTS"
ENDPOINTS_LEFT = "ENDPOINTS_REMAINING"
DRAIN_SPEC = WaiterSpec(
    success=frozenset({ENDPOINTS_GONE}), failure=frozenset(), retry=frozenset({ENDPOINTS_LEFT})
)
DRAIN_INTERVAL_SECONDS = 5.0
DRAIN_TIMEOUT_SECONDS = 300.0
