"""HTTP/1.1 connections pooled on asyncio streams: the async clients' default transport.

:class:`AsyncioHTTPTransport` is an ``httpx.AsyncBaseTransport``, so every
``httpx.AsyncClient`` feature above the transport (auth, redirects, cookies,
decoding, streaming, event hooks, env proxies) works as usual. Below it, the
``h11`` state machine frames each message (the same one httpx's own transport
uses) and asyncio streams carry the bytes.

httpx's own async transport runs on ``httpcore`` and ``anyio``: its first
request in a process loads anyio's asyncio backend (20-35 ms of CPU), and each
request pays for anyio's locks, cancel scopes and stream wrappers on top of
asyncio's. Neither is needed by a client that only runs on asyncio and only
speaks HTTP/1.1, which is what this SDK's clients do. The sync clients keep
``httpx.HTTPTransport``. Pass ``async_transport=httpx.AsyncHTTPTransport()``
to an ``AgentRuntimeClient`` to use httpx's own stack instead (for HTTP/2, or
trio through anyio).

Errors are httpx's: ``ConnectError``/``ConnectTimeout``,
``WriteError``/``WriteTimeout``, ``ReadError``/``ReadTimeout``,
``PoolTimeout``, and ``RemoteProtocolError`` when the server breaks HTTP or
closes the connection before its answer is complete; the underlying error is
the ``__cause__``. Timeouts come from the request (``httpx.Timeout``).

A transport serves the event loop that first uses it; a request from another
loop is refused, since connections cannot move between loops.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TypeAlias

import h11
import httpx

__all__ = ["AsyncioHTTPTransport"]

#: ``(scheme, host, port)`` of the connections that may serve a request.
Origin: TypeAlias = tuple[bytes, str, int]

_DEFAULT_PORTS = {b"http": 80, b"https": 443}
_READ_SIZE = 64 * 1024
#: How long ``aclose`` waits for closing connections to finish (TLS shutdown).
_CLOSE_WAIT_S = 1.0


class _Phase:
    """The httpx errors of one phase of a request: timing out, and failing otherwise."""

    def __init__(self, timeout: type[httpx.TimeoutException], error: type[httpx.TransportError]):
        self.timeout = timeout
        self.error = error


_CONNECT = _Phase(httpx.ConnectTimeout, httpx.ConnectError)
_WRITE = _Phase(httpx.WriteTimeout, httpx.WriteError)
_READ = _Phase(httpx.ReadTimeout, httpx.ReadError)


@contextlib.contextmanager
def _mapped(phase: _Phase, request: httpx.Request) -> Iterator[None]:
    """Raise the httpx error of ``phase`` for what asyncio, ssl and h11 raise inside."""
    try:
        yield
    except TimeoutError as exc:
        raise phase.timeout(str(exc) or f"{phase.timeout.__name__}", request=request) from exc
    except h11.RemoteProtocolError as exc:
        raise httpx.RemoteProtocolError(str(exc), request=request) from exc
    except h11.LocalProtocolError as exc:
        raise httpx.LocalProtocolError(str(exc), request=request) from exc
    except (OSError, EOFError) as exc:  # ssl.SSLError is an OSError
        raise phase.error(str(exc) or type(exc).__name__, request=request) from exc


def _has_unread_bytes_or_eof(writer: asyncio.StreamWriter) -> bool:
    """Whether the socket of an idle connection became readable: the server closed it
    (or sent bytes nobody asked for). Either way it cannot carry a new request."""
    sock = writer.get_extra_info("socket")
    if sock is None:
        return True
    if not hasattr(select, "poll"):  # Windows: select() takes sockets, and any number of them
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable)
    poller = select.poll()  # unlike select(), not limited to descriptors below 1024
    poller.register(sock.fileno(), select.POLLIN)
    return bool(poller.poll(0))


class _CountingReader(asyncio.StreamReader):
    """A stream reader that counts the bytes the event loop handed it.

    asyncio reads a socket as soon as bytes arrive, so bytes a server sends to an
    idle connection wait here rather than in the socket; the count tells them apart.
    """

    def __init__(self) -> None:
        super().__init__()
        self.received = 0

    def feed_data(self, data: bytes) -> None:  # type: ignore[override]  # the protocol's bytes
        self.received += len(data)
        super().feed_data(data)


class _Connection:
    """One TCP (or TLS) connection and its HTTP/1.1 state."""

    __slots__ = ("consumed", "http", "idle_since", "origin", "reader", "writer")

    def __init__(
        self, origin: Origin, reader: _CountingReader, writer: asyncio.StreamWriter
    ) -> None:
        self.origin = origin
        self.reader = reader
        self.writer = writer
        self.http = h11.Connection(h11.CLIENT)
        self.idle_since = 0.0
        #: Bytes taken from ``reader`` into ``http``.
        self.consumed = 0

    def usable(self, now: float, expiry: float) -> bool:
        """Whether this idle connection may carry the next request.

        Bytes that came after the last response (left in ``h11``'s buffer or the
        reader's, or still in the socket) answer no request of ours: read as the
        next response, they would answer the wrong one.
        """
        return (
            now - self.idle_since < expiry
            and not self.writer.is_closing()
            and not self.reader.at_eof()
            and self.reader.received == self.consumed
            and not self.http.trailing_data[0]
            and not _has_unread_bytes_or_eof(self.writer)
        )

    async def next_event(self, read_timeout: float | None) -> object:
        """The next HTTP event from the server (an ``h11`` event), reading as needed."""
        while True:
            event = self.http.next_event()
            if event is not h11.NEED_DATA:
                return event
            async with asyncio.timeout(read_timeout):
                data = await self.reader.read(_READ_SIZE)
            self.consumed += len(data)
            self.http.receive_data(data)


class _ResponseBody(httpx.AsyncByteStream):
    """The body of one response; closing it hands the connection back to the pool."""

    def __init__(
        self,
        pool: AsyncioHTTPTransport,
        connection: _Connection,
        request: httpx.Request,
        read_timeout: float | None,
    ) -> None:
        self._pool = pool
        self._connection: _Connection | None = connection
        self._request = request
        self._read_timeout = read_timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._connection
        if connection is None:
            raise httpx.StreamClosed()
        try:
            while True:
                with _mapped(_READ, self._request):
                    event = await connection.next_event(self._read_timeout)
                if isinstance(event, h11.Data):
                    yield bytes(event.data)
                elif isinstance(event, h11.EndOfMessage):
                    return
                elif isinstance(event, h11.ConnectionClosed):
                    raise httpx.RemoteProtocolError(
                        "the server closed the connection before the body was complete",
                        request=self._request,
                    )
        except BaseException:
            # Cancelled, timed out or broken mid-body: the connection cannot be reused.
            self._connection = None
            self._pool._discard(connection)
            raise

    async def aclose(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            self._pool._release(connection)


class AsyncioHTTPTransport(httpx.AsyncBaseTransport):
    """Pooled HTTP/1.1 connections on asyncio streams (see the module).

    Args:
        tls_context: The TLS context of ``https://`` connections, or a function
            that makes it (called once, on the first HTTPS connection, so a
            transport that only speaks plain HTTP never loads a CA bundle).
            Defaults to ``httpx.create_ssl_context()``.
        max_connections: The most connections open at once, over all origins;
            a request beyond it waits (``httpx.Timeout.pool``) for one to free.
        max_keepalive_connections: The most idle connections kept for reuse.
        keepalive_expiry: Seconds an idle connection is kept.
    """

    def __init__(
        self,
        *,
        tls_context: ssl.SSLContext | Callable[[], ssl.SSLContext] | None = None,
        max_connections: int = 100,
        max_keepalive_connections: int = 20,
        keepalive_expiry: float = 5.0,
    ) -> None:
        if max_connections < 1 or max_keepalive_connections < 0 or keepalive_expiry < 0:
            raise ValueError(
                "max_connections must be at least 1, max_keepalive_connections and "
                "keepalive_expiry at least 0"
            )
        self._tls_source = tls_context
        self._tls: ssl.SSLContext | None = (
            tls_context if isinstance(tls_context, ssl.SSLContext) else None
        )
        self._max_connections = max_connections
        self._max_idle = max_keepalive_connections
        self._expiry = keepalive_expiry
        self._loop: asyncio.AbstractEventLoop | None = None
        #: Idle connections, least recently used first.
        self._idle: list[_Connection] = []
        self._open: set[_Connection] = set()
        #: Connections open or being opened: at most ``max_connections``.
        self._reserved = 0
        #: Requests waiting for a connection to free, woken when one does.
        self._waiters: list[asyncio.Future[None]] = []
        self._closed = False

    # -- the transport -------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._check_open()
        self._check_loop()
        timeouts = request.extensions.get("timeout", {})
        url = request.url
        scheme = url.raw_scheme
        if scheme not in _DEFAULT_PORTS:
            raise httpx.UnsupportedProtocol(
                f"the URL scheme must be http or https, not {url.scheme!r}", request=request
            )
        origin: Origin = (scheme, url.host, url.port or _DEFAULT_PORTS[scheme])
        connection = self._reusable(origin) or await self._acquire(origin, request, timeouts)
        try:
            await self._send(connection, request, timeouts.get("write"))
            head = await self._receive_head(connection, request, timeouts.get("read"))
        except BaseException:
            self._discard(connection)
            raise
        return httpx.Response(
            head.status_code,
            headers=head.headers.raw_items(),
            stream=_ResponseBody(self, connection, request, timeouts.get("read")),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": head.reason},
        )

    async def aclose(self) -> None:
        """Close the idle connections now and the busy ones when their responses close."""
        self._closed = True
        idle, self._idle = self._idle, []
        for connection in idle:
            self._close(connection)
        self._wake()  # requests waiting for a connection now fail
        if idle:
            with contextlib.suppress(TimeoutError, OSError):
                async with asyncio.timeout(_CLOSE_WAIT_S):
                    await asyncio.gather(
                        *(c.writer.wait_closed() for c in idle), return_exceptions=True
                    )

    # -- connections ---------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("this transport is closed; make a new one")

    def _check_loop(self) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif loop is not self._loop:
            raise RuntimeError(
                "an AsyncioHTTPTransport serves the event loop that first used it; "
                "make one transport per event loop"
            )

    def _reusable(self, origin: Origin) -> _Connection | None:
        """The most recently used idle connection to ``origin`` that is still usable."""
        now = time.monotonic()
        for index in range(len(self._idle) - 1, -1, -1):
            connection = self._idle[index]
            if connection.origin != origin:
                continue
            del self._idle[index]
            if connection.usable(now, self._expiry):
                return connection
            self._close(connection)
        return None

    async def _acquire(
        self, origin: Origin, request: httpx.Request, timeouts: dict[str, float | None]
    ) -> _Connection:
        """A new connection to ``origin`` once the pool has room for it, or an idle one
        handed back meanwhile (the caller found none idle).

        A request waits while ``max_connections`` are busy; each connection that
        turns idle or closes wakes the waiters to look again.
        """
        try:
            async with asyncio.timeout(timeouts.get("pool")):
                while self._reserved >= self._max_connections:
                    if self._idle:
                        self._close(self._idle.pop(0))  # make room: the least recently used
                        continue
                    waiter = asyncio.get_running_loop().create_future()
                    self._waiters.append(waiter)
                    try:
                        await waiter
                    finally:
                        self._waiters.remove(waiter)
                    self._check_open()
                    connection = self._reusable(origin)
                    if connection is not None:
                        return connection
        except TimeoutError as exc:
            raise httpx.PoolTimeout(
                f"no connection freed within the pool timeout ({self._max_connections} open)",
                request=request,
            ) from exc
        self._reserved += 1
        try:
            return await self._connect(origin, request, timeouts)
        except BaseException:
            self._reserved -= 1
            self._wake()
            raise

    async def _connect(
        self, origin: Origin, request: httpx.Request, timeouts: dict[str, float | None]
    ) -> _Connection:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        reader = _CountingReader()
        with _mapped(_CONNECT, request):
            tls = self._tls_context() if scheme == b"https" else None
            async with asyncio.timeout(timeouts.get("connect")):
                transport, protocol = await loop.create_connection(
                    lambda: asyncio.StreamReaderProtocol(reader),
                    host,
                    port,
                    ssl=tls,
                    server_hostname=host if tls else None,
                )
        writer = asyncio.StreamWriter(transport, protocol, reader, loop)
        connection = _Connection(origin, reader, writer)
        self._open.add(connection)
        return connection

    def _wake(self) -> None:
        """Have the requests waiting for a connection look again."""
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _tls_context(self) -> ssl.SSLContext:
        if self._tls is None:
            source = self._tls_source
            self._tls = source() if callable(source) else httpx.create_ssl_context()
        return self._tls

    def _release(self, connection: _Connection) -> None:
        """Keep a connection whose exchange is complete for reuse, or close it."""
        http = connection.http
        if self._closed or http.our_state is not h11.DONE or http.their_state is not h11.DONE:
            self._discard(connection)
            return
        http.start_next_cycle()
        connection.idle_since = time.monotonic()
        self._idle.append(connection)
        while len(self._idle) > self._max_idle:
            self._close(self._idle.pop(0))
        self._wake()

    def _discard(self, connection: _Connection) -> None:
        """Close a connection that must not be reused (a broken or unfinished exchange)."""
        with contextlib.suppress(ValueError):
            self._idle.remove(connection)
        self._close(connection)

    def _close(self, connection: _Connection) -> None:
        if connection in self._open:
            self._open.discard(connection)
            self._reserved -= 1
            self._wake()
        with contextlib.suppress(RuntimeError):  # its event loop is already closed
            connection.writer.close()

    # -- one exchange --------------------------------------------------------

    @staticmethod
    async def _send(
        connection: _Connection, request: httpx.Request, write_timeout: float | None
    ) -> None:
        http, writer = connection.http, connection.writer
        stream = request.stream
        if not isinstance(stream, httpx.AsyncByteStream):
            raise RuntimeError("an async transport needs an async request body")
        with _mapped(_WRITE, request):
            target = request.url.raw_path
            head = h11.Request(method=request.method, target=target, headers=request.headers.raw)
            writer.write(http.send(head) or b"")
            async for chunk in stream:
                if chunk:
                    writer.write(http.send(h11.Data(data=chunk)) or b"")
                    async with asyncio.timeout(write_timeout):
                        await writer.drain()
            writer.write(http.send(h11.EndOfMessage()) or b"")
            async with asyncio.timeout(write_timeout):
                await writer.drain()

    @staticmethod
    async def _receive_head(
        connection: _Connection, request: httpx.Request, read_timeout: float | None
    ) -> h11.Response:
        with _mapped(_READ, request):
            while True:
                event = await connection.next_event(read_timeout)
                if isinstance(event, h11.Response):
                    return event
                if isinstance(event, h11.ConnectionClosed):
                    raise httpx.RemoteProtocolError(
                        "the server closed the connection without sending a response",
                        request=request,
                    )
                # An informational (1xx) response: the final one follows.
