"""``AgentRuntimeClient``: the sync and async operations on one pooled configuration."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _resource_binding
from ._async.client_methods import AsyncClientMethods
from ._async.raw_methods import AsyncRawResponseMethods
from ._sync.client_methods import SyncClientMethods
from ._sync.raw_methods import SyncRawResponseMethods
from .config import Config
from .retry import RetryPolicy

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AgentRuntimeClient",
    "AgentRuntimeClientWithRawResponse",
    "default_client",
    "set_default_client",
]


class AgentRuntimeClientWithRawResponse(SyncRawResponseMethods, AsyncRawResponseMethods):
    """Every ``AgentRuntimeClient`` method, returning a ``RawResponse`` of its result.

    ``client.with_raw_response.get(id)`` sends what ``client.get(id)`` sends
    and returns the HTTP response (``status_code``, ``headers``,
    ``request_id``, ``elapsed``, ``content``) with ``parse()`` giving the
    runtime; the ``_async`` twins are awaited the same way. A method that
    sends several requests (``list*``, retried calls) describes the response
    received last, and ``iter_*`` the first page, which it reads at once.
    """

    def __init__(self, client: AgentRuntimeClient) -> None:
        SyncRawResponseMethods.__init__(self, client)
        AsyncRawResponseMethods.__init__(self, client)


class AgentRuntimeClient(SyncClientMethods, AsyncClientMethods):
    """Create, read, update, delete and list agent runtimes, endpoints and versions.

    Every method exists twice: ``create`` and ``create_async`` and so on. The
    client owns one pooled HTTP client per flavour, created on first use and
    reused by every call; close it with ``close()`` / ``aclose()`` or use it as
    a (async) context manager. ``config`` on a call is merged field by field
    over the client's configuration; each distinct configuration is resolved
    (environment read, defaults applied) once per client.

    ``transport`` / ``async_transport`` replace the HTTP transport under the
    sync / async pool (an ``httpx.MockTransport`` passed as ``transport``
    serves both); ``retry_policy`` tunes the backoff between retries.
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(
            config,
            transport=transport,
            async_transport=async_transport,
            retry_policy=retry_policy,
        )

    @property
    def with_raw_response(self) -> AgentRuntimeClientWithRawResponse:
        """The same methods, each returning the HTTP response with ``parse()``.

        Returns:
            An ``AgentRuntimeClientWithRawResponse`` on this client.
        """
        return AgentRuntimeClientWithRawResponse(self)

    async def aclose(self) -> None:
        """Close the async pool, and the sync pool if one was opened.

        Returns:
            None. Calls made on the client afterwards raise ``ClientClosedError``.

        Raises:
            Nothing: closing again does nothing.
        """
        await AsyncClientMethods.aclose(self)
        SyncClientMethods.close(self)


_resource_binding.register_default_factory(AgentRuntimeClient)


def default_client() -> AgentRuntimeClient:
    """The process-wide client behind the resource class methods (created on first use)."""
    client: AgentRuntimeClient = _resource_binding.default_client()
    return client


def set_default_client(client: AgentRuntimeClient | None) -> AgentRuntimeClient | None:
    """Replace the process-wide client (``None`` resets it); returns the previous one."""
    previous: AgentRuntimeClient | None = _resource_binding.set_default_client(client)
    return previous
