"""Credential sources: fixed keys, provider objects and the alibabacloud-credentials chain.

Everything runs on loopback: a local ALIBABA_CLOUD_CREDENTIALS_URI server
issues STS credentials, and the default chain runs in a child interpreter with
a temporary HOME (the library reads its environment variables when imported)
whose non-loopback connections are refused.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from agentrun_facade.credentials import (
    CREDENTIALS_EXTRA_HINT,
    ProviderCredentialSource,
    cli_profile_region,
    default_chain_source,
    resolve_credential_source,
)
from agentrun_facade.errors import (
    CredentialProviderError,
    InvalidParameterError,
    MissingConfigurationError,
)
from agentrun_facade.signing import AcsV3Auth, Credentials, verify_request

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


class CountingProvider:
    """A provider whose every call hands out a new credential generation."""

    def __init__(self, *, delay: float = 0.0, release: threading.Event | None = None) -> None:
        self.calls = 0
        self.threads: list[int] = []
        self._delay = delay
        self._release = release
        self._lock = threading.Lock()

    def get_credential(self) -> SimpleNamespace:
        with self._lock:
            self.calls += 1
            n = self.calls
            self.threads.append(threading.get_ident())
        if self._release is not None:
            assert self._release.wait(10)
        if self._delay:
            time.sleep(self._delay)
        return SimpleNamespace(
            access_key_id=f"AKID-{n}", access_key_secret=f"secret-{n}", security_token=f"tok-{n}"
        )


class AsyncCountingProvider(CountingProvider):
    def __init__(self, release: asyncio.Event | None = None) -> None:
        super().__init__()
        self.async_calls = 0
        self._async_release = release

    async def get_credential_async(self) -> SimpleNamespace:
        self.async_calls += 1
        n = self.async_calls
        if self._async_release is not None:
            await asyncio.wait_for(self._async_release.wait(), 10)
        return SimpleNamespace(
            access_key_id=f"AAKID-{n}", access_key_secret=f"asecret-{n}", security_token=None
        )


class CredentialsURIServer:
    """ALIBABA_CLOUD_CREDENTIALS_URI on 127.0.0.1: each GET issues a new STS generation."""

    def __init__(self, lifetime_seconds: int, delay: float = 0.0) -> None:
        self.lifetime_seconds = lifetime_seconds
        self.delay = delay
        self.issued: list[dict[str, str]] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = json.dumps(owner.issue()).encode()
                if owner.delay:
                    time.sleep(owner.delay)
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def issue(self) -> dict[str, str]:
        with self._lock:
            n = len(self.issued) + 1
            expiration = datetime.now(UTC) + timedelta(seconds=self.lifetime_seconds)
            record = {
                "Code": "Success",
                "AccessKeyId": f"STS.FAKE{n}",
                "AccessKeySecret": f"fake-sts-secret-{n}",
                "SecurityToken": f"fake-sts-token-{n}",
                "Expiration": expiration.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
            self.issued.append(record)
            return record

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/credentials?role=test"

    def __enter__(self) -> CredentialsURIServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def uri_client(url: str) -> Any:
    """The official library's client for a credentials URI (an explicit provider)."""
    from alibabacloud_credentials.client import Client
    from alibabacloud_credentials.models import Config as CredentialsConfig

    return Client(CredentialsConfig(type="credentials_uri", credentials_uri=url))


# The child interpreter refuses any connection that is not to loopback, so a
# chain source that tries the network (the ECS metadata service) fails loudly.
CHILD_PRELUDE = textwrap.dedent(
    """
    import asyncio, json, socket, sys
    _connect = socket.socket.connect
    def _loopback_only(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise OSError("non-loopback connection refused in this test: %s" % (host,))
        return _connect(sock, address)
    socket.socket.connect = _loopback_only
    from agentrun_facade.credentials import cli_profile_region, resolve_credential_source
    def show(c):
        return [c.access_key_id, c.access_key_secret, c.security_token]
    """
)


def run_child(code: str, home: Path, **variables: str) -> Any:
    """Run ``code`` in a fresh interpreter with only the given environment; return its JSON."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ALIBABA_CLOUD_", "AGENTRUN_", "FC_"))
    }
    env.update({"HOME": str(home), "ALIBABA_CLOUD_ECS_METADATA_DISABLED": "true", **variables})
    done = subprocess.run(
        [sys.executable, "-c", CHILD_PRELUDE + textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def write_cli_config(home: Path, current: str = "dev") -> None:
    (home / ".aliyun").mkdir(parents=True, exist_ok=True)
    profiles = [
        {
            "name": "dev",
            "mode": "AK",
            "access_key_id": "AKID-CLI-DEV",
            "access_key_secret": "cli-dev-secret",
            "region_id": "cn-shanghai",
        },
        {
            "name": "ops",
            "mode": "StsToken",
            "access_key_id": "STS.CLI-OPS",
            "access_key_secret": "cli-ops-secret",
            "sts_token": "cli-ops-token",
            "region_id": "cn-beijing",
        },
    ]
    (home / ".aliyun" / "config.json").write_text(
        json.dumps({"current": current, "profiles": profiles})
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def short_lived() -> Iterator[CredentialsURIServer]:
    # Under 15 minutes of validity the library treats credentials as stale at once.
    with CredentialsURIServer(lifetime_seconds=600) as server:
        yield server


# --------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------


async def test_static_keys_are_used_as_given() -> None:
    source = resolve_credential_source("AKID-FIXED", "fixed-secret", "fixed-token")
    expected = Credentials("AKID-FIXED", "fixed-secret", "fixed-token")
    assert source.get() == expected
    assert await source.get_async() == expected
    assert "fixed-secret" not in repr(source) and "fixed-token" not in repr(source)


@pytest.mark.parametrize(
    ("args", "error", "names"),
    [
        (("AKID", None, None), MissingConfigurationError, "access_key_secret"),
        ((None, "secret", None), MissingConfigurationError, "access_key_id"),
        ((None, None, "token"), MissingConfigurationError, "security_token"),
        (("AKID", "secret", None, CountingProvider()), InvalidParameterError, "not both"),
        ((None, None, None, object()), InvalidParameterError, "get_credential()"),
    ],
)
def test_incomplete_or_conflicting_settings_are_refused(
    args: tuple[Any, ...], error: type[Exception], names: str
) -> None:
    with pytest.raises(error, match=names.replace("(", r"\(").replace(")", r"\)")) as caught:
        resolve_credential_source(*args)
    assert "secret" not in str(caught.value).replace("access_key_secret", "")


def test_without_the_extra_no_keys_names_both_ways_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "alibabacloud_credentials", None)  # as if not installed
    with pytest.raises(MissingConfigurationError) as caught:
        resolve_credential_source()
    text = str(caught.value)
    assert "AGENTRUN_ACCESS_KEY_ID" in text and "AGENTRUN_ACCESS_KEY_SECRET" in text
    assert CREDENTIALS_EXTRA_HINT in text


def test_the_library_is_imported_only_when_the_chain_is_asked() -> None:
    code = """
        import sys
        import agentrun_facade
        from agentrun_facade.credentials import default_chain_source, resolve_credential_source
        loaded = lambda: any(m.startswith("alibabacloud_credentials") for m in sys.modules)
        at_import = loaded()
        resolve_credential_source("AKID", "secret").get()
        default_chain_source()
        print(json.dumps([at_import, loaded()]))
    """
    assert run_child(code, Path.cwd()) == [False, False]


# --------------------------------------------------------------------------
# Provider objects
# --------------------------------------------------------------------------


async def test_an_explicit_provider_is_asked_on_every_call() -> None:
    provider = CountingProvider()
    source = resolve_credential_source(provider=provider)
    assert [source.get().access_key_id for _ in range(3)] == ["AKID-1", "AKID-2", "AKID-3"]
    assert (await source.get_async()).security_token == "tok-4"
    # A sync-only provider runs off the event loop's thread.
    assert provider.threads[-1] != threading.get_ident()


async def test_the_async_path_prefers_the_providers_async_method() -> None:
    provider = AsyncCountingProvider()
    source = resolve_credential_source(provider=provider)
    assert (await source.get_async()) == Credentials("AAKID-1", "asecret-1", None)
    assert source.get().access_key_id == "AKID-1"
    assert (provider.async_calls, provider.calls) == (1, 1)


@pytest.mark.parametrize(
    ("result", "named"),
    [
        (SimpleNamespace(access_key_id="AKID", access_key_secret=""), "no access_key_secret"),
        (SimpleNamespace(access_key_secret="s3cr3t-value"), "no access_key_id"),
        (SimpleNamespace(access_key_id=12, access_key_secret="s3cr3t-value"), "not a string"),
        (None, "no access_key_id"),
    ],
)
def test_an_unusable_provider_result_is_a_typed_error(result: object, named: str) -> None:
    class Provider:
        def get_credential(self) -> object:
            return result

    with pytest.raises(CredentialProviderError, match=named) as caught:
        resolve_credential_source(provider=Provider()).get()
    assert "s3cr3t-value" not in str(caught.value)


async def test_provider_failures_are_wrapped_without_their_text_and_not_cached() -> None:
    outcomes: list[object] = [RuntimeError("body said secret=s3cr3t-value"), None]

    class Flaky(CountingProvider):
        def get_credential(self) -> SimpleNamespace:
            outcome = outcomes.pop(0) if outcomes else None
            if isinstance(outcome, Exception):
                raise outcome
            return super().get_credential()

    source = resolve_credential_source(provider=Flaky())
    with pytest.raises(CredentialProviderError, match="Flaky failed with RuntimeError") as caught:
        source.get()
    assert "s3cr3t-value" not in str(caught.value)
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert source.get().access_key_id == "AKID-1"
    assert (await source.get_async()).access_key_id == "AKID-2"


# --------------------------------------------------------------------------
# No stampede
# --------------------------------------------------------------------------


def test_concurrent_threads_share_one_provider_call() -> None:
    release = threading.Event()
    provider = CountingProvider(release=release)
    source = resolve_credential_source(provider=provider)
    results: list[Credentials] = []
    start = threading.Barrier(12)

    def call() -> None:
        start.wait(5)
        results.append(source.get())

    threads = [threading.Thread(target=call) for _ in range(12)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)  # every thread is now waiting on the one call in flight
    release.set()
    for thread in threads:
        thread.join(10)
    assert provider.calls == 1
    assert {c.access_key_id for c in results} == {"AKID-1"} and len(results) == 12
    # Once it has landed, the next caller asks the provider again.
    assert source.get().access_key_id == "AKID-2"


async def test_concurrent_tasks_share_one_provider_call() -> None:
    release = asyncio.Event()
    provider = AsyncCountingProvider(release)
    source = resolve_credential_source(provider=provider)
    tasks = [asyncio.ensure_future(source.get_async()) for _ in range(20)]
    await asyncio.sleep(0.05)
    tasks[0].cancel()  # one impatient caller leaves; the call goes on for the others
    release.set()
    results = await asyncio.gather(*tasks[1:])
    assert provider.async_calls == 1
    assert {c.access_key_id for c in results} == {"AAKID-1"}
    assert tasks[0].cancelled()


async def test_a_slow_sync_provider_does_not_block_the_event_loop() -> None:
    provider = CountingProvider(delay=0.4)
    source = resolve_credential_source(provider=provider)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.ensure_future(ticker())
    results = await asyncio.gather(*(source.get_async() for _ in range(5)))
    task.cancel()
    assert provider.calls == 1 and len({c.access_key_id for c in results}) == 1
    assert ticks >= 10  # the loop kept running during the 0.4 s call


def test_threads_and_tasks_share_one_provider_call() -> None:
    release = threading.Event()
    provider = CountingProvider(release=release)
    source = resolve_credential_source(provider=provider)
    seen: list[str] = []
    leader = threading.Thread(target=lambda: seen.append(source.get().access_key_id))
    leader.start()
    time.sleep(0.2)

    async def tasks() -> list[Credentials]:
        waiting = [asyncio.ensure_future(source.get_async()) for _ in range(5)]
        await asyncio.sleep(0.1)
        release.set()
        return await asyncio.gather(*waiting)

    seen.extend(c.access_key_id for c in asyncio.run(tasks()))
    leader.join(10)
    assert provider.calls == 1 and seen == ["AKID-1"] * 6


def test_a_call_abandoned_by_a_closed_loop_does_not_block_later_callers() -> None:
    provider = AsyncCountingProvider(asyncio.Event())  # never released
    source = resolve_credential_source(provider=provider)
    loop = asyncio.new_event_loop()
    task = loop.create_task(source.get_async())
    loop.run_until_complete(asyncio.sleep(0.05))
    assert provider.async_calls == 1 and not task.done()
    loop.close()  # without cancelling: the call in flight can never land
    assert source.get().access_key_id == "AKID-1"


def test_sources_of_one_provider_share_the_call_in_flight() -> None:
    release = threading.Event()
    provider = CountingProvider(release=release)
    first, second = ProviderCredentialSource(provider), ProviderCredentialSource(provider)
    out: list[str] = []
    threads = [
        threading.Thread(target=lambda s=s: out.append(s.get().access_key_id))
        for s in (first, second, first, second)
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    release.set()
    for thread in threads:
        thread.join(10)
    assert provider.calls == 1 and out == ["AKID-1"] * 4


# --------------------------------------------------------------------------
# The official library as an explicit provider: a credentials URI
# --------------------------------------------------------------------------


def test_uri_credentials_are_cached_until_stale_then_fetched_again() -> None:
    # 15 min + 2 s of validity: the library keeps them for ~2 s (it refreshes
    # 15 minutes before expiry), then fetches a new generation.
    with CredentialsURIServer(lifetime_seconds=15 * 60 + 2) as server:
        source = resolve_credential_source(provider=uri_client(server.url))
        first = source.get()
        assert first.access_key_id == "STS.FAKE1" and first.security_token == "fake-sts-token-1"
        assert source.get() == first and len(server.issued) == 1
        started = time.monotonic()
        current = first
        while current == first and time.monotonic() - started < 6:
            time.sleep(0.2)
            current = source.get()
        assert current == Credentials("STS.FAKE2", "fake-sts-secret-2", "fake-sts-token-2")
        assert len(server.issued) == 2 and time.monotonic() - started >= 0.5


async def test_short_lived_uri_credentials_are_fetched_for_every_request(
    short_lived: CredentialsURIServer,
) -> None:
    source = resolve_credential_source(provider=uri_client(short_lived.url))
    tokens = [source.get().security_token, (await source.get_async()).security_token]
    tokens.append(source.get().security_token)
    assert tokens == ["fake-sts-token-1", "fake-sts-token-2", "fake-sts-token-3"]


def test_every_signed_attempt_carries_the_current_sts_token(
    short_lived: CredentialsURIServer,
) -> None:
    source = resolve_credential_source(provider=uri_client(short_lived.url))
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        issued = {r["AccessKeyId"]: r for r in short_lived.issued}
        verified = verify_request(
            method=request.method,
            host=request.url.host,
            path=request.url.path,
            raw_query=request.url.query.decode(),
            headers=request.headers,
            body=request.content,
            lookup_secret=lambda key: issued[key]["AccessKeySecret"] if key in issued else None,
            expected_token=issued[request.headers["x-acs-accesskey-id"]]["SecurityToken"],
        )
        seen.append(verified.access_key_id)
        return httpx.Response(503 if len(seen) == 1 else 200)

    with httpx.Client(transport=httpx.MockTransport(handler), auth=AcsV3Auth(source.get)) as http:
        assert http.get("https://agentrun.test.example/x").status_code == 503
        assert http.get("https://agentrun.test.example/x").status_code == 200
    assert seen == ["STS.FAKE1", "STS.FAKE2"]


def test_the_library_is_not_stampeded_by_concurrent_threads() -> None:
    # Without the shared call each thread would refetch: the library serialises
    # refreshes but short-lived credentials are stale again for the next one.
    with CredentialsURIServer(lifetime_seconds=600, delay=0.3) as server:
        source = resolve_credential_source(provider=uri_client(server.url))
        results: list[Credentials] = []
        start = threading.Barrier(10)

        def call() -> None:
            start.wait(5)
            results.append(source.get())

        threads = [threading.Thread(target=call) for _ in range(10)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
    assert len(results) == 10 and len(server.issued) == 1


async def test_the_library_is_not_stampeded_by_concurrent_tasks() -> None:
    with CredentialsURIServer(lifetime_seconds=600, delay=0.3) as server:
        source = resolve_credential_source(provider=uri_client(server.url))
        results = await asyncio.gather(*(source.get_async() for _ in range(10)))
    assert {c.security_token for c in results} == {"fake-sts-token-1"}
    assert len(server.issued) == 1


# --------------------------------------------------------------------------
# The default chain (child interpreters with a temporary HOME)
# --------------------------------------------------------------------------


def test_default_chain_reads_the_cli_profile(home: Path) -> None:
    write_cli_config(home)
    code = """
        source = resolve_credential_source()
        print(json.dumps([show(source.get()), show(asyncio.run(source.get_async())),
                          cli_profile_region()]))
    """
    assert run_child(code, home) == [
        ["AKID-CLI-DEV", "cli-dev-secret", None],
        ["AKID-CLI-DEV", "cli-dev-secret", None],
        "cn-shanghai",
    ]


def test_alibaba_cloud_profile_selects_the_cli_profile(home: Path) -> None:
    write_cli_config(home)
    code = """
        print(json.dumps([show(resolve_credential_source().get()), cli_profile_region()]))
    """
    assert run_child(code, home, ALIBABA_CLOUD_PROFILE="ops") == [
        ["STS.CLI-OPS", "cli-ops-secret", "cli-ops-token"],
        "cn-beijing",
    ]


def test_default_chain_reads_credentials_ini(home: Path) -> None:
    (home / ".alibabacloud").mkdir()
    (home / ".alibabacloud" / "credentials.ini").write_text(
        "[default]\ntype = access_key\naccess_key_id = AKID-INI\naccess_key_secret = ini-secret\n"
    )
    code = "print(json.dumps(show(resolve_credential_source().get())))"
    assert run_child(code, home) == ["AKID-INI", "ini-secret", None]


def test_default_chain_refreshes_from_the_credentials_uri(
    home: Path, short_lived: CredentialsURIServer
) -> None:
    code = """
        source = resolve_credential_source()
        first, second = source.get(), asyncio.run(source.get_async())
        print(json.dumps([show(first), show(second), cli_profile_region()]))
    """
    assert run_child(code, home, ALIBABA_CLOUD_CREDENTIALS_URI=short_lived.url) == [
        ["STS.FAKE1", "fake-sts-secret-1", "fake-sts-token-1"],
        ["STS.FAKE2", "fake-sts-secret-2", "fake-sts-token-2"],
        None,
    ]


def test_an_empty_default_chain_is_missing_configuration(home: Path) -> None:
    code = """
        from agentrun_facade.errors import MissingConfigurationError
        try:
            resolve_credential_source().get()
        except MissingConfigurationError as exc:
            print(json.dumps(str(exc)))
    """
    text = run_child(code, home)
    assert "no credentials found" in text and "AGENTRUN_ACCESS_KEY_ID" in text
    assert "~/.aliyun/config.json" in text and "ALIBABA_CLOUD_CREDENTIALS_URI" in text


def test_default_chain_source_is_shared() -> None:
    assert default_chain_source() is default_chain_source()


# --------------------------------------------------------------------------
# The CLI profile's region
# --------------------------------------------------------------------------


def test_cli_profile_region(home: Path) -> None:
    env = {"HOME": str(home)}
    assert cli_profile_region(env) is None  # no file
    write_cli_config(home)
    assert cli_profile_region(env) == "cn-shanghai"
    assert cli_profile_region({**env, "ALIBABA_CLOUD_PROFILE": "ops"}) == "cn-beijing"
    assert cli_profile_region({**env, "ALIBABA_CLOUD_PROFILE": "absent"}) is None
    assert cli_profile_region({**env, "ALIBABA_CLOUD_CLI_PROFILE_DISABLED": "TRUE"}) is None


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\udcff"])
def test_an_unreadable_cli_configuration_is_named(home: Path, content: str) -> None:
    (home / ".aliyun").mkdir()
    path = home / ".aliyun" / "config.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    with pytest.raises(InvalidParameterError, match="aliyun CLI configuration") as caught:
        cli_profile_region({"HOME": str(home)})
    assert str(path) in str(caught.value)
