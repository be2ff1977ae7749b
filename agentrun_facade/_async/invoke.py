"""OpenAI-compatible chat completions on the data plane, over the client's pooled transport."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .._client_state import CallSettings
from .._invoke_plan import (
    OPENAI_PLACEHOLDER_KEY,
    ChatInvokeArgs,
    InvokeArgs,
    InvokePlan,
    StreamInvokeArgs,
    map_openai_error,
    missing_openai,
    plan_invoke,
)
from .transport import AsyncTransport

if TYPE_CHECKING:
    import httpx
    from openai import AsyncOpenAI, AsyncStream
    from openai.types.chat import ChatCompletion, ChatCompletionChunk

    ChatResult = ChatCompletion
    StreamResult = AsyncStream[ChatCompletionChunk]
    InvokeResult = ChatCompletion | AsyncStream[ChatCompletionChunk]
else:
    ChatResult = StreamResult = InvokeResult = Any

__all__ = [
    "ChatInvokeArgs",
    "ChatResult",
    "InvokeArgs",
    "InvokeResult",
    "StreamInvokeArgs",
    "StreamResult",
    "invoke_openai_async",
]


def _openai_client(transport: AsyncTransport, plan: InvokePlan) -> AsyncOpenAI:
    """The cached OpenAI client for this URL and credentials, built on the shared pool."""
    try:
        from openai import AsyncOpenAI
    except ImportError as exc:
        raise missing_openai(exc) from exc
    import httpx

    from .._data_plane_auth import SignedDataPlaneAuth

    def build(shared: httpx.AsyncBaseTransport) -> tuple[AsyncOpenAI, httpx.AsyncClient]:
        http_client = httpx.AsyncClient(
            transport=shared,
            auth=SignedDataPlaneAuth(plan.credentials, plan.region),
            headers=dict(plan.headers),
            timeout=plan.timeout,
            follow_redirects=False,
        )
        # openai accepts classic httpx clients at run time; its annotations name httpx2.
        client = AsyncOpenAI(
            api_key=OPENAI_PLACEHOLDER_KEY,
            base_url=plan.base_url,
            http_client=cast(Any, http_client),
            max_retries=plan.max_retries,
            timeout=cast(Any, plan.timeout),
        )
        return client, http_client

    owner: AsyncOpenAI = transport.borrow(plan.cache_key, build)
    return owner


async def invoke_openai_async(
    settings: CallSettings,
    transport: AsyncTransport,
    agent_runtime_name: str,
    agent_runtime_endpoint_name: str,
    kwargs: Mapping[str, Any],
) -> InvokeResult:
    """Send one chat-completions request; map OpenAI errors to ours (cause chained)."""
    plan = plan_invoke(settings, agent_runtime_name, agent_runtime_endpoint_name, kwargs)
    client = _openai_client(transport, plan)
    create: Any = client.chat.completions.create
    try:
        result: InvokeResult = await create(**plan.create_kwargs, timeout=plan.timeout)
    except Exception as exc:
        mapped = map_openai_error(exc, plan.label)
        if mapped is None:
            raise
        if mapped is exc.__cause__:
            raise mapped from mapped.__cause__  # keeps its own cause (the provider's error)
        raise mapped from exc
    return result
