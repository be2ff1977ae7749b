"""``client.with_raw_response``: every client method, returning a ``RawResponse``.

Each method runs the plain method of the client while a recorder notes the
HTTP responses, and returns the last one with ``parse()`` giving the plain
method's result. ``iter_*`` reads the pager's first page at once (the
response described) and ``parse()`` returns the pager, which continues from
that page without reading it again. An error answer raises the same typed
error as the plain method; a 2xx body that does not match the specification
is raised by ``parse()`` instead, so the response can still be inspected.
"""

from __future__ import annotations

import builtins
from typing import TypeVar, Unpack, overload

from .._concurrency import AsyncProducer
from ..config import Config
from ..endpoint import AgentRuntimeEndpoint
from ..errors import MalformedResponseError
from ..models import (
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointListInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeListInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionListInput,
    AgentRuntimeVersionPublishInput,
)
from ..raw_response import RawResponse, ResponseRecorder
from ..runtime import AgentRuntime
from .client_methods import AsyncClientMethods
from .invoke import (
    ChatInvokeArgs,
    ChatResult,
    InvokeArgs,
    InvokeResult,
    StreamInvokeArgs,
    StreamResult,
)
from .pager import AsyncPager

__all__ = ["AsyncRawResponseMethods", "capture_async"]

T = TypeVar("T")


async def capture_async(call: AsyncProducer[T]) -> RawResponse[T]:
    """Run ``call`` while recording responses; describe the last one."""
    recorder = ResponseRecorder()
    deactivate = recorder.activate()
    try:
        value = await call()
    except MalformedResponseError as exc:
        deferred: RawResponse[T] | None = recorder.deferred(exc)
        if deferred is None:
            raise
        return deferred
    finally:
        deactivate()
    return recorder.result(value)


async def _primed_async(pager: AsyncPager[T]) -> AsyncPager[T]:
    await pager._prime_async()
    return pager


class AsyncRawResponseMethods:
    """The methods of ``client.with_raw_response`` in this flavour (see the module docs)."""

    def __init__(self, client: AsyncClientMethods) -> None:
        self._client_async = client

    # -- runtimes ------------------------------------------------------------

    async def create_async(
        self, input: AgentRuntimeCreateInput, config: Config | None = None
    ) -> RawResponse[AgentRuntime]:
        """``create``, with its HTTP response."""
        return await capture_async(lambda: self._client_async.create_async(input, config))

    async def delete_async(
        self, id: str, config: Config | None = None
    ) -> RawResponse[AgentRuntime]:
        """``delete``, with its HTTP response."""
        return await capture_async(lambda: self._client_async.delete_async(id, config))

    async def update_async(
        self, id: str, input: AgentRuntimeUpdateInput, config: Config | None = None
    ) -> RawResponse[AgentRuntime]:
        """``update``, with its HTTP response."""
        return await capture_async(lambda: self._client_async.update_async(id, input, config))

    async def get_async(self, id: str, config: Config | None = None) -> RawResponse[AgentRuntime]:
        """``get``, with its HTTP response."""
        return await capture_async(lambda: self._client_async.get_async(id, config))

    async def list_async(
        self, input: AgentRuntimeListInput | None = None, config: Config | None = None
    ) -> RawResponse[builtins.list[AgentRuntime]]:
        """``list``, with the response of the page read last."""
        return await capture_async(lambda: self._client_async.list_async(input, config))

    async def iter_runtimes_async(
        self,
        input: AgentRuntimeListInput | None = None,
        config: Config | None = None,
        *,
        continuation_token: str | None = None,
    ) -> RawResponse[AsyncPager[AgentRuntime]]:
        """``iter_runtimes``, with the response of its first page (read now)."""
        pager = self._client_async.iter_runtimes_async(
            input, config, continuation_token=continuation_token
        )
        return await capture_async(lambda: _primed_async(pager))

    # -- endpoints -----------------------------------------------------------

    async def create_endpoint_async(
        self,
        agent_runtime_id: str,
        endpoint: AgentRuntimeEndpointCreateInput,
        config: Config | None = None,
    ) -> RawResponse[AgentRuntimeEndpoint]:
        """``create_endpoint``, with its HTTP response."""
        return await capture_async(
            lambda: self._client_async.create_endpoint_async(agent_runtime_id, endpoint, config)
        )

    async def delete_endpoint_async(
        self, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> RawResponse[AgentRuntimeEndpoint]:
        """``delete_endpoint``, with its HTTP response."""
        return await capture_async(
            lambda: self._client_async.delete_endpoint_async(agent_runtime_id, endpoint_id, config)
        )

    async def update_endpoint_async(
        self,
        agent_runtime_id: str,
        endpoint_id: str,
        endpoint: AgentRuntimeEndpointUpdateInput,
        config: Config | None = None,
    ) -> RawResponse[AgentRuntimeEndpoint]:
        """``update_endpoint``, with its HTTP response."""
        return await capture_async(
            lambda: self._client_async.update_endpoint_async(
                agent_runtime_id, endpoint_id, endpoint, config
            )
        )

    async def get_endpoint_async(
        self, agent_runtime_id: str, endpoint_id: str, config: Config | None = None
    ) -> RawResponse[AgentRuntimeEndpoint]:
        """``get_endpoint``, with its HTTP response."""
        return await capture_async(
            lambda: self._client_async.get_endpoint_async(agent_runtime_id, endpoint_id, config)
        )

    async def list_endpoints_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointListInput | None = None,
        config: Config | None = None,
    ) -> RawResponse[builtins.list[AgentRuntimeEndpoint]]:
        """``list_endpoints``, with the response of the page read last."""
        return await capture_async(
            lambda: self._client_async.list_endpoints_async(agent_runtime_id, input, config)
        )

    async def iter_endpoints_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeEndpointListInput | None = None,
        config: Config | None = None,
        *,
        continuation_token: str | None = None,
    ) -> RawResponse[AsyncPager[AgentRuntimeEndpoint]]:
        """``iter_endpoints``, with the response of its first page (read now)."""
        pager = self._client_async.iter_endpoints_async(
            agent_runtime_id, input, config, continuation_token=continuation_token
        )
        return await capture_async(lambda: _primed_async(pager))

    # -- versions ------------------------------------------------------------

    async def publish_version_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeVersionPublishInput | None = None,
        config: Config | None = None,
    ) -> RawResponse[AgentRuntimeVersion]:
        """``publish_version``, with its HTTP response."""
        return await capture_async(
            lambda: self._client_async.publish_version_async(agent_runtime_id, input, config)
        )

    async def list_versions_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeVersionListInput | None = None,
        config: Config | None = None,
    ) -> RawResponse[builtins.list[AgentRuntimeVersion]]:
        """``list_versions``, with the response of the page read last."""
        return await capture_async(
            lambda: self._client_async.list_versions_async(agent_runtime_id, input, config)
        )

    async def iter_versions_async(
        self,
        agent_runtime_id: str,
        input: AgentRuntimeVersionListInput | None = None,
        config: Config | None = None,
        *,
        continuation_token: str | None = None,
    ) -> RawResponse[AsyncPager[AgentRuntimeVersion]]:
        """``iter_versions``, with the response of its first page (read now)."""
        pager = self._client_async.iter_versions_async(
            agent_runtime_id, input, config, continuation_token=continuation_token
        )
        return await capture_async(lambda: _primed_async(pager))

    # -- data plane ----------------------------------------------------------

    @overload
    async def invoke_openai_async(
        self,
        agent_runtime_name: str,
        agent_runtime_endpoint_name: str = ...,
        **kwargs: Unpack[ChatInvokeArgs],
    ) -> RawResponse[ChatResult]: ...

    @overload
    async def invoke_openai_async(
        self,
        agent_runtime_name: str,
        agent_runtime_endpoint_name: str = ...,
        **kwargs: Unpack[StreamInvokeArgs],
    ) -> RawResponse[StreamResult]: ...

    @overload
    async def invoke_openai_async(
        self,
        agent_runtime_name: str,
        agent_runtime_endpoint_name: str = ...,
        **kwargs: Unpack[InvokeArgs],
    ) -> RawResponse[InvokeResult]: ...

    async def invoke_openai_async(
        self,
        agent_runtime_name: str,
        agent_runtime_endpoint_name: str = "Default",
        **kwargs: Unpack[InvokeArgs],
    ) -> RawResponse[InvokeResult]:
        """``invoke_openai``, with the data plane's response (its headers, for a stream)."""
        return await capture_async(
            lambda: self._client_async.invoke_openai_async(
                agent_runtime_name, agent_runtime_endpoint_name, **kwargs
            )
        )
