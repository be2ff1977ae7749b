"""The I/O-free parts of ``invoke_openai``: arguments, URL, data-plane auth, error mapping."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

import attrs

from ._client_state import CallSettings
from ._names import check_addressable_name
from ._signing import encode_path_segment
from .config import Config
from .credentials import CredentialSource
from .errors import (
    AgentRunError,
    HTTPError,
    InvalidParameterError,
    MissingDependencyError,
    RequestTimeoutError,
    TransportError,
    error_from_response,
)

if TYPE_CHECKING:
    import httpx

__all__ = [
    "INSTALL_HINT",
    "OPENAI_PLACEHOLDER_KEY",
    "ChatInvokeArgs",
    "InvokeArgs",
    "InvokePlan",
    "StreamInvokeArgs",
    "check_invoke_args",
    "map_openai_error",
    "missing_openai",
    "plan_invoke",
]

OPERATION = "InvokeOpenAI"
RESOURCE_TYPE = "AgentRuntimeEndpoint"
INSTALL_HINT = "pip install 'agentrun-facade[openai]'"
#: The OpenAI client insists on an API key; requests are signed instead, and the
#: ``Authorization`` header it builds from this value is removed before sending.
OPENAI_PLACEHOLDER_KEY = "agentrun-signed-request"


class _InvokeOptions(TypedDict, total=False):
    """Keyword arguments of ``invoke_openai`` other than ``stream``.

    ``messages`` is required. ``config`` overrides the client configuration
    for this call, ``timeout`` (seconds) bounds the request, ``max_retries``
    enables the OpenAI client's own retries (off by default). Every other key
    is passed to ``chat.completions.create`` unchanged.
    """

    messages: Required[Iterable[Mapping[str, Any]]]
    config: Config
    timeout: float
    max_retries: int
    model: str
    temperature: float
    top_p: float
    n: int
    max_tokens: int
    max_completion_tokens: int
    stop: str | list[str]
    presence_penalty: float
    frequency_penalty: float
    seed: int
    user: str
    tools: Iterable[Mapping[str, Any]]
    tool_choice: str | Mapping[str, Any]
    response_format: Mapping[str, Any]
    stream_options: Mapping[str, Any]
    metadata: Mapping[str, str]
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, object]
    extra_body: Mapping[str, object]


class InvokeArgs(_InvokeOptions, total=False):
    """Keyword arguments of ``invoke_openai``: the options plus ``stream``."""

    stream: bool


class ChatInvokeArgs(_InvokeOptions, total=False):
    """``invoke_openai`` without streaming: the result is a ``ChatCompletion``."""

    stream: Literal[False]


class StreamInvokeArgs(_InvokeOptions, total=False):
    """``invoke_openai(stream=True)``: the result is a stream of chunks."""

    stream: Required[Literal[True]]


_CONTROL_KEYS = frozenset({"config", "timeout", "max_retries"})
_ALLOWED = frozenset(InvokeArgs.__annotations__)


@attrs.frozen
class InvokePlan:
    """What one invocation needs: where, how to sign, what to send."""

    base_url: str
    label: str
    credentials: CredentialSource | None = attrs.field(repr=False)
    region: str
    headers: tuple[tuple[str, str], ...]
    timeout: httpx.Timeout
    max_retries: int
    create_kwargs: dict[str, Any] = attrs.field(repr=False)

    @property
    def cache_key(self) -> tuple[object, ...]:
        """Clients are reused per base URL, credential source (by identity), region,
        headers and retries."""
        return (self.base_url, self.credentials, self.region, self.headers, self.max_retries)


def missing_openai(exc: ImportError) -> MissingDependencyError:
    return MissingDependencyError(f"invoke_openai needs the openai package: {INSTALL_HINT}")


def check_invoke_args(kwargs: Mapping[str, Any]) -> Config | None:
    """Refuse unknown arguments and a missing ``messages``; return the ``config`` override."""
    unknown = sorted(set(kwargs) - _ALLOWED)
    if unknown:
        raise InvalidParameterError(f"unknown invoke_openai argument(s): {', '.join(unknown)}")
    if "messages" not in kwargs:
        raise InvalidParameterError("invoke_openai needs messages=[...]")
    override = kwargs.get("config")
    if override is not None and not isinstance(override, Config):
        raise InvalidParameterError("config must be an agentrun_facade.Config")
    return override


def plan_invoke(
    settings: CallSettings,
    runtime_name: str,
    endpoint_name: str,
    kwargs: Mapping[str, Any],
) -> InvokePlan:
    """Validate the arguments and work out URL, credentials, timeout and request body.

    ``settings`` are those of the configuration with the call's ``config``
    merged. Requests are signed with its credential source; only when nothing
    at all is configured (and the default chain is not installed) do they go
    unsigned, to the endpoint's public host.
    """
    resolved = settings.resolved
    check_addressable_name(runtime_name, "agent_runtime_name")
    check_addressable_name(endpoint_name, "agent_runtime_endpoint_name")
    check_invoke_args(kwargs)
    signing = settings.credentials is not None
    data_base = resolved.data_base_url(signing=signing)
    base_url = (
        f"{data_base}/agent-runtimes/{encode_path_segment(runtime_name)}"
        f"/endpoints/{encode_path_segment(endpoint_name)}/invocations/openai/v1"
    )
    import httpx

    timeout = resolved.httpx_timeout()
    seconds = kwargs.get("timeout")
    if seconds is not None:
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, (int, float))
            or not math.isfinite(seconds)
            or seconds <= 0
        ):
            raise InvalidParameterError("timeout must be a positive number of seconds")
        timeout = httpx.Timeout(float(seconds))
    retries = kwargs.get("max_retries", 0)
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise InvalidParameterError("max_retries must be an integer >= 0")
    create = {k: v for k, v in kwargs.items() if k not in _CONTROL_KEYS}
    create.setdefault("model", runtime_name)
    create.setdefault("stream", False)
    return InvokePlan(
        base_url=base_url,
        label=f"{runtime_name}/{endpoint_name}",
        credentials=settings.credentials,
        region=resolved.region_id,
        headers=tuple(sorted(resolved.headers.items())),
        timeout=timeout,
        max_retries=retries,
        create_kwargs=create,
    )


def map_openai_error(exc: Exception, label: str) -> AgentRunError | None:
    """Our typed error for an ``openai`` exception, or ``None`` when it is not one we map."""
    import openai

    if isinstance(exc, openai.APIStatusError):
        response = exc.response
        body: Any = exc.body
        if isinstance(body, Mapping) and isinstance(body.get("error"), Mapping):
            body = body["error"]
        error: HTTPError = error_from_response(
            exc.status_code,
            body,
            response.headers,
            operation=OPERATION,
            resource_type=RESOURCE_TYPE,
            resource_id=label,
        )
        return error
    if isinstance(exc, openai.APITimeoutError):
        return RequestTimeoutError(f"{OPERATION} timed out", operation=OPERATION)
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__
        if isinstance(cause, AgentRunError):
            # Raised by our own auth flow (a credentials failure), which some openai
            # releases wrap as a connection error: it stays what it was.
            return cause
        detail = type(cause).__name__ if cause is not None else "connection error"
        return TransportError(f"{OPERATION} failed: {detail}", operation=OPERATION)
    return None
