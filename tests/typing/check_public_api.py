"""Type-checked (not run) by scripts/test: the public API's types as users see them.

``assert_type`` makes mypy fail when a call's inferred type drifts (for example
``invoke_openai`` returning a union where the ``stream`` argument decides).
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import httpx
from openai import AsyncStream, Stream
from openai.types.chat import ChatCompletion, ChatCompletionChunk

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeClient,
    AgentRuntimeCreateInput,
    AgentRuntimeEndpoint,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeVersion,
    AsyncPager,
    Config,
    CredentialProvider,
    HTTPError,
    Page,
    RawResponse,
    SyncPager,
)


def sync_calls(client: AgentRuntimeClient, runtime: AgentRuntime, flag: bool) -> None:
    config = Config()
    assert_type(AgentRuntime.create(AgentRuntimeCreateInput(), config=config), AgentRuntime)
    assert_type(AgentRuntime.get_by_id("ar-1"), AgentRuntime)
    assert_type(AgentRuntime.list(), list[AgentRuntime])
    assert_type(runtime.refresh(), AgentRuntime)
    assert_type(runtime.list_endpoints(), list[AgentRuntimeEndpoint])
    assert_type(runtime.list_versions(), list[AgentRuntimeVersion])
    assert_type(runtime.wait_until_ready_or_failed(), AgentRuntime)
    pager = client.iter_runtimes()
    assert_type(pager, SyncPager[AgentRuntime])
    assert_type(next(pager), AgentRuntime)
    for page in client.iter_versions("ar-1", continuation_token="token").by_page():
        assert_type(page, Page[AgentRuntimeVersion])
        assert_type(page.items, list[AgentRuntimeVersion])
        assert_type(page.continuation_token, str | None)
        assert_type(page.total, int | None)
    items: Iterator[AgentRuntimeEndpoint] = client.iter_endpoints("ar-1")
    assert_type(list(items), list[AgentRuntimeEndpoint])
    messages = [{"role": "user", "content": "hi"}]
    raw = client.with_raw_response
    assert_type(raw.get("ar-1"), RawResponse[AgentRuntime])
    assert_type(raw.get("ar-1").parse(), AgentRuntime)
    assert_type(raw.get("ar-1").headers, httpx.Headers)
    assert_type(raw.get("ar-1").request_id, str | None)
    assert_type(raw.get("ar-1").elapsed, datetime.timedelta)
    assert_type(raw.list(), RawResponse[list[AgentRuntime]])
    assert_type(raw.iter_runtimes().parse(), SyncPager[AgentRuntime])
    assert_type(raw.invoke_openai("rt", messages=messages).parse(), ChatCompletion)
    assert_type(
        raw.invoke_openai("rt", messages=messages, stream=True),
        RawResponse[Stream[ChatCompletionChunk]],
    )
    try:
        client.get("ar-1")
    except HTTPError as error:
        assert_type(error.headers, httpx.Headers)
    assert_type(runtime.invoke_openai(messages=messages), ChatCompletion)
    assert_type(runtime.invoke_openai(messages=messages, stream=True), Stream[ChatCompletionChunk])
    assert_type(
        client.invoke_openai("rt", messages=messages, stream=flag),
        ChatCompletion | Stream[ChatCompletionChunk],
    )


async def async_calls(client: AgentRuntimeClient, endpoint: AgentRuntimeEndpoint) -> None:
    assert_type(await client.get_async("ar-1"), AgentRuntime)
    pager = client.iter_endpoints_async("ar-1")
    assert_type(pager, AsyncPager[AgentRuntimeEndpoint])
    async for page in pager.by_page():
        assert_type(page, Page[AgentRuntimeEndpoint])
    async for runtime in client.iter_runtimes_async(continuation_token="token"):
        assert_type(runtime, AgentRuntime)
    raw = client.with_raw_response
    assert_type(await raw.get_endpoint_async("ar-1", "ep-1"), RawResponse[AgentRuntimeEndpoint])
    assert_type((await raw.iter_versions_async("ar-1")).parse(), AsyncPager[AgentRuntimeVersion])
    stream: AsyncIterator[AgentRuntimeVersion] = client.iter_versions_async("ar-1")
    assert_type(await anext(stream), AgentRuntimeVersion)
    messages = [{"role": "user", "content": "hi"}]
    assert_type(await endpoint.invoke_openai_async(messages=messages), ChatCompletion)
    assert_type(
        await endpoint.invoke_openai_async(messages=messages, stream=True),
        AsyncStream[ChatCompletionChunk],
    )


def release_calls(endpoint: AgentRuntimeEndpoint) -> None:
    wanted = AgentRuntimeCreateInput(agent_runtime_name="rt")
    assert_type(AgentRuntime.apply(wanted, wait=False, timeout_seconds=60), AgentRuntime)
    assert_type(
        AgentRuntimeEndpoint.apply("ar-1", AgentRuntimeEndpointCreateInput()), AgentRuntimeEndpoint
    )
    assert_type(endpoint.start_canary("2", 0.1), AgentRuntimeEndpoint)
    assert_type(endpoint.promote_canary(), AgentRuntimeEndpoint)
    assert_type(endpoint.rollback(timeout_seconds=30), AgentRuntimeEndpoint)


async def async_release_calls(endpoint: AgentRuntimeEndpoint) -> None:
    wanted = AgentRuntimeCreateInput(agent_runtime_name="rt")
    assert_type(await AgentRuntime.apply_async(wanted), AgentRuntime)
    assert_type(await endpoint.start_canary_async("2", 0.1), AgentRuntimeEndpoint)
    assert_type(await endpoint.promote_canary_async(), AgentRuntimeEndpoint)
    assert_type(await endpoint.rollback_async(), AgentRuntimeEndpoint)


@dataclasses.dataclass
class IssuedKeys:
    access_key_id: str
    access_key_secret: str
    security_token: str | None = None


class KeyVault:
    """A provider as users write one: any object with get_credential()."""

    def get_credential(self) -> IssuedKeys:
        return IssuedKeys("AKID", "secret")

    async def get_credential_async(self) -> IssuedKeys:
        return IssuedKeys("AKID", "secret")


def credential_providers() -> None:
    provider: CredentialProvider = KeyVault()
    config = Config(credentials_provider=provider)
    assert_type(config.credentials_provider, CredentialProvider | None)
    assert_type(
        AgentRuntime.list_all(config=Config(credentials_provider=KeyVault())), list[AgentRuntime]
    )
