"""The async clients' HTTP/1.1 transport, against small servers scripted byte by byte.

Each test starts a server on 127.0.0.1 in its own event loop (:func:`serving`)
whose script answers every accepted connection with raw HTTP/1.1 bytes, and
drives an :class:`AsyncioHTTPTransport` through ``httpx.AsyncClient``. What the
server saw (connections accepted, which of them the client hung up) shows
whether connections were reused, replaced or closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import socket
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable

import attrs
import httpx
import pytest
import trustme

from agentrun_facade.asyncio_http import AsyncioHTTPTransport

#: The longest any step of a test may wait before the test fails.
WAIT_S = 2.0
#: Client timeouts: generous, so only the timeouts a test sets on purpose fire.
TIMEOUT = httpx.Timeout(WAIT_S)


@attrs.define
class Received:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@attrs.define(eq=False)
class Peer:
    """One connection the server accepted, numbered from 0 in the order of arrival."""

    index: int
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    requests: list[Received] = attrs.field(factory=list)
    #: The client closed its end.
    hung_up: bool = False
    #: The script closed the server's end.
    closed: bool = False

    async def request(self) -> Received | None:
        """The next request, head and body; ``None`` once the client hangs up."""
        try:
            head = await self.reader.readuntil(b"\r\n\r\n")
            start, *lines = head.decode("latin-1").split("\r\n")
            method, target, _version = start.split(" ", 2)
            headers = {
                name.strip().lower(): value.strip()
                for name, _, value in (line.partition(":") for line in lines if line)
            }
            if headers.get("transfer-encoding", "").lower() == "chunked":
                body = await self._chunked_body()
            else:
                body = await self.reader.readexactly(int(headers.get("content-length", "0")))
        except (asyncio.IncompleteReadError, ConnectionError):
            self.hung_up = True
            return None
        received = Received(method, target, headers, body)
        self.requests.append(received)
        return received

    async def _chunked_body(self) -> bytes:
        body = bytearray()
        for _ in range(100_000):
            size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await self.reader.readuntil(b"\r\n")  # no trailers: the final CRLF
                return bytes(body)
            body += await self.reader.readexactly(size)
            await self.reader.readexactly(2)
        raise AssertionError("more chunks than any test sends")

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def close(self) -> None:
        """Close the server's end (the client reads the end of the stream)."""
        self.writer.close()
        with contextlib.suppress(ConnectionError):
            await self.writer.wait_closed()
        self.closed = True

    async def await_hang_up(self) -> None:
        """Read (and drop) whatever the client sends until it closes its end."""
        with contextlib.suppress(ConnectionError):
            for _ in range(10_000):
                if not await self.reader.read(64 * 1024):
                    break
        self.hung_up = True


#: What a server does with one accepted connection.
Script = Callable[[Peer], Awaitable[None]]


def response(body: bytes = b"", *, status: str = "200 OK", headers: str = "") -> bytes:
    """A complete response with a ``Content-Length`` body; ``headers`` are extra lines."""
    return (
        f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n{headers}\r\n".encode("latin-1")
        + body
    )


async def answer_each(peer: Peer) -> None:
    """Answer every request on the connection with ``<connection>:<request>``, both from 0."""
    for number in range(1_000):
        if await peer.request() is None:
            return
        await peer.send(response(f"{peer.index}:{number}".encode()))


def first_then_answer(first: Script) -> Script:
    """``first`` on the first connection; :func:`answer_each` on every later one."""

    async def script(peer: Peer) -> None:
        await (first if peer.index == 0 else answer_each)(peer)

    return script


@attrs.define(eq=False)
class Server:
    """A server on 127.0.0.1 running one script per accepted connection."""

    script: Script
    peers: list[Peer] = attrs.field(factory=list)
    port: int = 0
    tasks: set[asyncio.Task[None]] = attrs.field(factory=set)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def accepted(self) -> int:
        return len(self.peers)

    async def accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.tasks.add(task)
        peer = Peer(len(self.peers), reader, writer)
        self.peers.append(peer)
        try:
            await self.script(peer)
            if not peer.closed and not peer.hung_up:
                await peer.await_hang_up()
        except (ConnectionError, asyncio.IncompleteReadError):
            peer.hung_up = True
        finally:
            writer.close()

    async def until(self, condition: Callable[[], bool], what: str) -> None:
        """Wait (at most ``WAIT_S``) until ``condition()`` holds."""
        for _ in range(int(WAIT_S / 0.005)):
            if condition():
                return
            await asyncio.sleep(0.005)
        raise AssertionError(f"the server never saw {what}")

    async def until_hung_up(self, index: int) -> None:
        await self.until(
            lambda: index < len(self.peers) and self.peers[index].hung_up,
            f"the client close connection {index}",
        )


@contextlib.asynccontextmanager
async def serving(
    script: Script = answer_each, tls: ssl.SSLContext | None = None
) -> AsyncIterator[Server]:
    """A :class:`Server` running ``script``, stopped with its connections on exit."""
    server = Server(script)
    listener = await asyncio.start_server(server.accept, "127.0.0.1", 0, ssl=tls)
    server.port = listener.sockets[0].getsockname()[1]
    try:
        yield server
    finally:
        listener.close()
        for peer in server.peers:
            peer.writer.close()  # ends the scripts' reads
        _done, stuck = (
            await asyncio.wait(server.tasks, timeout=WAIT_S) if server.tasks else ((), ())
        )
        for task in stuck:
            task.cancel()
        await listener.wait_closed()


def client(transport: AsyncioHTTPTransport) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=transport, timeout=TIMEOUT)


def one_slot() -> AsyncioHTTPTransport:
    """A transport of one connection: if it fails to free one, the next request cannot start."""
    return AsyncioHTTPTransport(max_connections=1)


async def text(http: httpx.AsyncClient, url: str) -> str:
    """The body of a ``GET`` that must answer 200."""
    async with asyncio.timeout(WAIT_S):
        reply = await http.get(url)
    assert reply.status_code == 200
    return reply.text


# -- keeping connections alive ------------------------------------------------


async def test_sequential_requests_share_one_connection() -> None:
    async with serving() as server, client(AsyncioHTTPTransport()) as http:
        assert [await text(http, server.url) for _ in range(3)] == ["0:0", "0:1", "0:2"]
    assert server.accepted == 1


async def test_where_select_has_no_poll_as_on_windows_connections_are_still_reused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(select, "poll", raising=False)
    async with serving() as server, client(AsyncioHTTPTransport()) as http:
        assert [await text(http, server.url) for _ in range(3)] == ["0:0", "0:1", "0:2"]
    assert server.accepted == 1


async def test_a_response_saying_connection_close_is_not_reused() -> None:
    async def close_but_stay_open(peer: Peer) -> None:
        await peer.request()
        await peer.send(response(b"once", headers="Connection: close\r\n"))

    async with (
        serving(first_then_answer(close_but_stay_open)) as server,
        client(AsyncioHTTPTransport()) as http,
    ):
        assert await text(http, server.url) == "once"
        assert await text(http, server.url) == "1:0"
        await server.until_hung_up(0)
    assert server.accepted == 2


async def test_an_idle_connection_the_server_closed_is_replaced() -> None:
    async def answer_once_then_close(peer: Peer) -> None:
        await peer.request()
        await peer.send(response(b"once"))
        await peer.close()

    async with (
        serving(first_then_answer(answer_once_then_close)) as server,
        client(AsyncioHTTPTransport()) as http,
    ):
        assert await text(http, server.url) == "once"
        await server.until(lambda: server.peers[0].closed, "its own close")
        await asyncio.sleep(0.01)  # the FIN crosses the loopback
        assert await text(http, server.url) == "1:0"
    assert server.accepted == 2


async def test_an_idle_connection_older_than_keepalive_expiry_is_replaced() -> None:
    async with serving() as server, client(AsyncioHTTPTransport(keepalive_expiry=0.2)) as http:
        assert await text(http, server.url) == "0:0"
        assert await text(http, server.url) == "0:1"  # still fresh
        await asyncio.sleep(0.25)
        assert await text(http, server.url) == "1:0"
        await server.until_hung_up(0)
    assert server.accepted == 2


async def test_idle_connections_beyond_max_keepalive_connections_are_closed() -> None:
    all_in = asyncio.Event()

    async def answer_once_all_are_in(peer: Peer) -> None:
        await peer.request()
        if peer.index == 2:
            all_in.set()
        async with asyncio.timeout(WAIT_S):
            await all_in.wait()
        await peer.send(response(f"first on {peer.index}".encode()))
        await answer_each(peer)

    transport = AsyncioHTTPTransport(max_keepalive_connections=1)
    async with serving(answer_once_all_are_in) as server, client(transport) as http:
        bodies = await asyncio.gather(*(text(http, server.url) for _ in range(3)))
        assert sorted(bodies) == ["first on 0", "first on 1", "first on 2"]
        await server.until(
            lambda: sum(peer.hung_up for peer in server.peers) == 2, "two connections closed"
        )
        (kept,) = [peer for peer in server.peers if not peer.hung_up]
        assert await text(http, server.url) == f"{kept.index}:0"
        assert server.accepted == 3


# -- broken answers -----------------------------------------------------------


async def _close_without_answering(peer: Peer) -> None:
    await peer.request()
    await peer.close()


async def _close_mid_body(peer: Peer) -> None:
    await peer.request()
    await peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nonly")
    await peer.close()


async def _answer_garbage(peer: Peer) -> None:
    await peer.request()
    await peer.send(b"this is not HTTP\r\n\r\n")


@pytest.mark.parametrize(
    "broken",
    [_close_without_answering, _close_mid_body, _answer_garbage],
    ids=["closed-before-answer", "closed-mid-body", "garbage-status-line"],
)
async def test_a_broken_answer_is_a_protocol_error_and_the_next_request_works(
    broken: Script,
) -> None:
    async with serving(first_then_answer(broken)) as server, client(one_slot()) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            async with asyncio.timeout(WAIT_S):
                await http.get(server.url)
        assert await text(http, server.url) == "1:0"
        assert await text(http, server.url) == "1:1"
        await server.until(
            lambda: server.peers[0].closed or server.peers[0].hung_up,
            "the broken connection closed",
        )
    assert server.accepted == 2


async def test_a_silent_server_is_a_read_timeout_and_its_connection_is_dropped() -> None:
    async def never_answer(peer: Peer) -> None:
        await peer.request()

    async with (
        serving(first_then_answer(never_answer)) as server,
        client(one_slot()) as http,
    ):
        with pytest.raises(httpx.ReadTimeout):
            await http.get(server.url, timeout=httpx.Timeout(WAIT_S, read=0.05))
        await server.until_hung_up(0)
        assert await text(http, server.url) == "1:0"


async def test_a_closed_port_is_a_connect_error_and_frees_its_slot() -> None:
    with socket.socket() as bound_not_listening:
        bound_not_listening.bind(("127.0.0.1", 0))
        port = bound_not_listening.getsockname()[1]
        async with serving() as server, client(one_slot()) as http:
            with pytest.raises(httpx.ConnectError) as caught:
                async with asyncio.timeout(WAIT_S):
                    await http.get(f"http://127.0.0.1:{port}/")
            assert isinstance(caught.value.__cause__, ConnectionRefusedError)
            assert await text(http, server.url) == "0:0"


# -- the pool's limit ---------------------------------------------------------


async def test_with_one_connection_a_second_request_waits_for_the_first_to_close() -> None:
    async with serving() as server, client(AsyncioHTTPTransport(max_connections=1)) as http:
        async with asyncio.timeout(WAIT_S), http.stream("GET", server.url) as first:
            second = asyncio.create_task(http.get(server.url))
            await asyncio.sleep(0.05)
            assert not second.done()
            assert [len(peer.requests) for peer in server.peers] == [1]
            assert await first.aread() == b"0:0"
        async with asyncio.timeout(WAIT_S):
            assert (await second).text == "0:1"
    assert server.accepted == 1


async def test_with_one_connection_busy_a_short_pool_timeout_is_a_pool_timeout() -> None:
    async with serving() as server, client(AsyncioHTTPTransport(max_connections=1)) as http:
        async with asyncio.timeout(WAIT_S), http.stream("GET", server.url) as first:
            with pytest.raises(httpx.PoolTimeout):
                await http.get(server.url, timeout=httpx.Timeout(WAIT_S, pool=0.05))
            await first.aread()
        assert await text(http, server.url) == "0:1"
    assert server.accepted == 1


async def test_a_request_waiting_for_a_connection_is_refused_when_the_transport_closes() -> None:
    transport = AsyncioHTTPTransport(max_connections=1)
    async with (
        serving() as server,
        client(transport) as http,
        asyncio.timeout(WAIT_S),
        http.stream("GET", server.url) as first,
    ):
        waiting = asyncio.create_task(http.get(server.url))
        await asyncio.sleep(0.05)
        await transport.aclose()
        with pytest.raises(RuntimeError, match="closed"):
            await waiting
        assert await first.aread() == b"0:0"
    assert server.accepted == 1


async def test_a_connection_to_another_origin_makes_room_by_closing_an_idle_one() -> None:
    transport = AsyncioHTTPTransport(max_connections=1)
    async with serving() as one, serving() as other, client(transport) as http:
        assert await text(http, one.url) == "0:0"
        assert await text(http, other.url) == "0:0"
        await one.until_hung_up(0)
        assert await text(http, one.url) == "1:0"


# -- bodies -------------------------------------------------------------------


async def test_a_chunked_response_body_arrives_whole() -> None:
    async def chunked(peer: Peer) -> None:
        await peer.request()
        await peer.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        await peer.send(b"5\r\nhello\r\n1;ext=1\r\n \r\n")
        await peer.send(b"5\r\nworld\r\n0\r\n\r\n")
        await answer_each(peer)

    async with serving(chunked) as server, client(AsyncioHTTPTransport()) as http:
        assert await text(http, server.url) == "hello world"
        assert await text(http, server.url) == "0:0"  # the connection was reused
    assert server.accepted == 1


async def test_a_streamed_response_yields_each_part_as_the_server_sends_it() -> None:
    first_part_read = asyncio.Event()

    async def in_two_parts(peer: Peer) -> None:
        await peer.request()
        await peer.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nfirs\r\n")
        async with asyncio.timeout(WAIT_S):
            await first_part_read.wait()
        await peer.send(b"4\r\nlast\r\n0\r\n\r\n")

    async with (
        serving(in_two_parts) as server,
        client(AsyncioHTTPTransport()) as http,
        asyncio.timeout(WAIT_S),
        http.stream("GET", server.url) as streamed,
    ):
        parts = streamed.aiter_bytes()
        assert await anext(parts) == b"firs"
        first_part_read.set()
        assert [part async for part in parts] == [b"last"]


async def test_a_streamed_request_body_arrives_intact() -> None:
    pieces = [b"a" * 10, b"", b"b" * 300_000, b"c"]

    async def generate() -> AsyncIterator[bytes]:
        for piece in pieces:
            await asyncio.sleep(0)
            yield piece

    async def echo(peer: Peer) -> None:
        for _ in range(10):
            received = await peer.request()
            if received is None:
                return
            await peer.send(response(received.body))

    async with serving(echo) as server, client(AsyncioHTTPTransport()) as http:
        async with asyncio.timeout(WAIT_S):
            reply = await http.post(server.url, content=generate())
        assert reply.content == b"".join(pieces)
        assert server.peers[0].requests[0].headers["transfer-encoding"] == "chunked"
        async with asyncio.timeout(WAIT_S):
            assert (await http.post(server.url, content=b"again")).content == b"again"
    assert server.accepted == 1


async def test_informational_responses_before_the_final_one_are_skipped() -> None:
    async def hints_first(peer: Peer) -> None:
        await peer.request()
        await peer.send(b"HTTP/1.1 100 Continue\r\n\r\n")
        await peer.send(b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n")
        await peer.send(response(b"final", status="201 Created"))
        await answer_each(peer)

    async with serving(hints_first) as server, client(AsyncioHTTPTransport()) as http:
        async with asyncio.timeout(WAIT_S):
            reply = await http.get(server.url)
        assert (reply.status_code, reply.text) == (201, "final")
        assert "link" not in reply.headers
        assert await text(http, server.url) == "0:0"


async def test_bytes_sent_after_a_complete_response_are_never_read_as_the_next_answer() -> None:
    async def overlong(peer: Peer) -> None:
        await peer.request()
        await peer.send(response(b"mine") + response(b"stale"))
        await peer.await_hang_up()

    async with (
        serving(first_then_answer(overlong)) as server,
        client(AsyncioHTTPTransport()) as http,
    ):
        assert await text(http, server.url) == "mine"
        assert await text(http, server.url) == "1:0"


async def test_bytes_sent_to_an_idle_connection_are_never_read_as_the_next_answer() -> None:
    answered, stale_sent = asyncio.Event(), asyncio.Event()

    async def unsolicited(peer: Peer) -> None:
        await peer.request()
        await peer.send(response(b"mine"))
        async with asyncio.timeout(WAIT_S):
            await answered.wait()
        await peer.send(response(b"stale"))
        stale_sent.set()
        await peer.await_hang_up()

    async with (
        serving(first_then_answer(unsolicited)) as server,
        client(AsyncioHTTPTransport()) as http,
    ):
        assert await text(http, server.url) == "mine"
        answered.set()
        async with asyncio.timeout(WAIT_S):
            await stale_sent.wait()
        await asyncio.sleep(0.01)  # the stale answer crosses the loopback
        assert await text(http, server.url) == "1:0"


# -- leaving an exchange early ------------------------------------------------


async def test_a_request_cancelled_before_its_answer_frees_its_slot_and_connection() -> None:
    async def never_answer(peer: Peer) -> None:
        await peer.request()

    transport = AsyncioHTTPTransport(max_connections=1)
    async with serving(first_then_answer(never_answer)) as server, client(transport) as http:
        waiting = asyncio.create_task(http.get(server.url))
        await server.until(lambda: bool(server.peers and server.peers[0].requests), "a request")
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert await text(http, server.url) == "1:0"
        await server.until_hung_up(0)
    assert server.accepted == 2


async def test_a_streamed_response_closed_unread_does_not_hand_back_its_connection() -> None:
    async def long_answer_first(peer: Peer) -> None:
        await peer.request()
        await peer.send(response(b"x" * 1000))
        await answer_each(peer)

    async with (
        serving(first_then_answer(long_answer_first)) as server,
        client(one_slot()) as http,
    ):
        async with asyncio.timeout(WAIT_S), http.stream("GET", server.url) as unread:
            assert unread.status_code == 200
        assert await text(http, server.url) == "1:0"
        await server.until_hung_up(0)
    assert server.accepted == 2


async def test_a_streamed_response_left_mid_body_does_not_hand_back_its_connection() -> None:
    async def in_parts_first(peer: Peer) -> None:
        await peer.request()
        await peer.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\none\r\n")
        await peer.send(b"3\r\ntwo\r\n0\r\n\r\n")
        await answer_each(peer)

    async with (
        serving(first_then_answer(in_parts_first)) as server,
        client(one_slot()) as http,
    ):
        async with asyncio.timeout(WAIT_S), http.stream("GET", server.url) as streamed:
            async for _part in streamed.aiter_raw():
                break
        assert await text(http, server.url) == "1:0"


# -- TLS ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate_authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def server_tls(certificate_authority: trustme.CA) -> ssl.SSLContext:
    """The server's side: a certificate for 127.0.0.1 from ``certificate_authority``."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate_authority.issue_cert("127.0.0.1").configure_cert(context)
    return context


async def test_a_certificate_from_an_untrusted_authority_is_a_connect_error(
    server_tls: ssl.SSLContext,
) -> None:
    async with serving(tls=server_tls) as server, client(AsyncioHTTPTransport()) as http:
        with pytest.raises(httpx.ConnectError) as caught:
            async with asyncio.timeout(WAIT_S):
                await http.get(f"https://127.0.0.1:{server.port}/")
    assert isinstance(caught.value.__cause__, ssl.SSLCertVerificationError)


async def test_a_trusted_tls_context_is_made_once_and_serves_https(
    certificate_authority: trustme.CA, server_tls: ssl.SSLContext
) -> None:
    made: list[ssl.SSLContext] = []

    def trusting() -> ssl.SSLContext:
        context = ssl.create_default_context()
        certificate_authority.configure_trust(context)
        made.append(context)
        return context

    # No connection is kept, so each request makes (and verifies) a new one.
    transport = AsyncioHTTPTransport(tls_context=trusting, max_keepalive_connections=0)
    async with serving(tls=server_tls) as server, client(transport) as http:
        url = f"https://127.0.0.1:{server.port}/"
        assert [await text(http, url) for _ in range(2)] == ["0:0", "1:0"]
    assert len(made) == 1


async def test_a_plain_http_transport_never_makes_its_tls_context() -> None:
    made: list[ssl.SSLContext] = []

    def refuse() -> ssl.SSLContext:
        made.append(ssl.create_default_context())
        raise AssertionError("no TLS context is needed for plain HTTP")

    async with serving() as server, client(AsyncioHTTPTransport(tls_context=refuse)) as http:
        assert [await text(http, server.url) for _ in range(2)] == ["0:0", "0:1"]
    assert made == []


# -- misuse -------------------------------------------------------------------


async def test_a_request_from_a_second_event_loop_is_refused() -> None:
    transport = AsyncioHTTPTransport()
    async with serving() as server, client(transport) as http:
        assert await text(http, server.url) == "0:0"
        elsewhere = transport.handle_async_request(httpx.Request("GET", server.url))
        with pytest.raises(RuntimeError, match="event loop"):
            await asyncio.to_thread(asyncio.run, elsewhere)
        assert await text(http, server.url) == "0:1"


async def test_a_request_after_aclose_is_refused_and_aclose_closes_idle_connections() -> None:
    transport = AsyncioHTTPTransport()
    async with serving() as server:
        async with client(transport) as http:
            assert await text(http, server.url) == "0:0"
        await server.until_hung_up(0)
        with pytest.raises(RuntimeError, match="closed"):
            await transport.handle_async_request(httpx.Request("GET", server.url))
    assert server.accepted == 1


async def test_a_scheme_other_than_http_is_unsupported() -> None:
    transport = AsyncioHTTPTransport()
    with pytest.raises(httpx.UnsupportedProtocol, match="ftp"):
        await transport.handle_async_request(httpx.Request("GET", "ftp://127.0.0.1/file"))


@pytest.mark.parametrize(
    "limits",
    [{"max_connections": 0}, {"max_keepalive_connections": -1}, {"keepalive_expiry": -0.1}],
    ids=lambda limits: next(iter(limits)),
)
def test_impossible_limits_are_refused(limits: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=next(iter(limits))):
        AsyncioHTTPTransport(**limits)  # type: ignore[arg-type]


async def test_a_request_with_a_sync_only_body_is_refused_before_anything_is_sent() -> None:
    async with serving() as server:
        transport = AsyncioHTTPTransport()
        body = httpx.Request("POST", server.url, content=iter([b"sync"])).stream
        request = httpx.Request("POST", server.url, headers={"Host": "127.0.0.1"}, stream=body)
        with pytest.raises(RuntimeError, match="async request body"):
            await transport.handle_async_request(request)
        await transport.aclose()
    assert all(not peer.requests for peer in server.peers)
