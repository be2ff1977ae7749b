"""Where signing credentials come from: fixed keys, a provider object, or the default chain.

A :class:`CredentialSource` is asked for credentials each time a request
attempt is signed, so a provider that refreshes (STS tokens, RAM roles) is
honoured on every request and every retry. :func:`resolve_credential_source`
picks the source from what the configuration holds:

1. an explicit provider: any object with ``get_credential()`` (and optionally
   ``async get_credential_async()``) whose result has ``access_key_id``,
   ``access_key_secret`` and ``security_token``, such as
   ``alibabacloud_credentials.client.Client``;
2. an AccessKey pair, with its STS token if any (``Config`` or environment);
3. otherwise the default chain of the official ``alibabacloud-credentials``
   library (extra ``credentials``): environment, OIDC/RRSA, the ``aliyun`` CLI
   profile (``~/.aliyun/config.json``, ``ALIBABA_CLOUD_PROFILE``),
   ``~/.alibabacloud/credentials.ini``, the ECS RAM role and
   ``ALIBABA_CLOUD_CREDENTIALS_URI``.

The library is imported by the first request that needs it, never by
``import agentrun_facade``. It reads its environment variables when it is
imported, so the chain does not see variables set after that first use.
"""

from __future__ import annotations

import abc
import contextlib
import importlib.util
import json
import os
import threading
import weakref
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ._signing import Credentials
from .errors import (
    AgentRunError,
    CredentialProviderError,
    InvalidParameterError,
    MissingConfigurationError,
)

if TYPE_CHECKING:
    import asyncio  # imported where used: importing the SDK does not import asyncio

__all__ = [
    "CREDENTIALS_EXTRA_HINT",
    "AsyncCredentialProvider",
    "CredentialProvider",
    "CredentialSource",
    "ProviderCredential",
    "ProviderCredentialSource",
    "StaticCredentialSource",
    "cli_profile_region",
    "default_chain_source",
    "resolve_credential_source",
]

CREDENTIALS_EXTRA_HINT = "pip install 'agentrun-facade[credentials]'"
_LIBRARY = "alibabacloud_credentials"
_KEY_VARIABLES = (
    "AGENTRUN_ACCESS_KEY_ID and AGENTRUN_ACCESS_KEY_SECRET (or ALIBABA_CLOUD_ACCESS_KEY_ID "
    "and ALIBABA_CLOUD_ACCESS_KEY_SECRET, with the matching *_SECURITY_TOKEN for STS keys)"
)
_CHAIN_SOURCES = (
    "environment, OIDC/RRSA, the aliyun CLI profile ~/.aliyun/config.json, "
    "~/.alibabacloud/credentials.ini, the ECS RAM role, ALIBABA_CLOUD_CREDENTIALS_URI"
)


# --------------------------------------------------------------------------
# What a provider looks like
# --------------------------------------------------------------------------


class ProviderCredential(Protocol):
    """What a provider returns (``alibabacloud_credentials.models.CredentialModel`` fits)."""

    @property
    def access_key_id(self) -> str | None: ...

    @property
    def access_key_secret(self) -> str | None: ...

    @property
    def security_token(self) -> str | None: ...


class CredentialProvider(Protocol):
    """Anything that hands out credentials on demand, refreshing them as it sees fit."""

    def get_credential(self) -> ProviderCredential: ...


class AsyncCredentialProvider(CredentialProvider, Protocol):
    """A provider that can also be awaited; the async path then uses it."""

    async def get_credential_async(self) -> ProviderCredential: ...


# --------------------------------------------------------------------------
# Sources: what the signer calls for every attempt
# --------------------------------------------------------------------------


class CredentialSource(abc.ABC):
    """Gives the credentials to sign one request attempt with."""

    @abc.abstractmethod
    def get(self) -> Credentials:
        """The credentials to use now.

        Raises:
            MissingConfigurationError: no credentials are configured anywhere.
            CredentialProviderError: the provider failed or returned no usable keys.
        """

    @abc.abstractmethod
    async def get_async(self) -> Credentials:
        """Like :meth:`get`, without blocking the event loop."""


class StaticCredentialSource(CredentialSource):
    """Always the same AccessKey pair (and STS token)."""

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def get(self) -> Credentials:
        return self._credentials

    async def get_async(self) -> Credentials:
        return self._credentials

    def __repr__(self) -> str:
        return f"StaticCredentialSource({self._credentials!r})"


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class _Flight:
    """One provider call in progress, shared by every caller that arrives meanwhile."""

    def __init__(self, loop: asyncio.AbstractEventLoop | None) -> None:
        self.loop = loop  # the event loop of an async leader, None for a thread
        self.task: asyncio.Future[None] | None = None  # keeps an async leader's call alive
        self._guard = threading.Lock()
        self._done = threading.Event()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._value: Credentials | None = None
        self._error: BaseException | None = None

    def finish(self, value: Credentials | None, error: BaseException | None) -> None:
        with self._guard:
            self._value, self._error = value, error
            self._done.set()
            waiters, self._waiters = self._waiters, []
        for loop, future in waiters:
            with contextlib.suppress(RuntimeError):  # a closed loop took its waiter along
                loop.call_soon_threadsafe(_wake, future)

    def result(self) -> Credentials:
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value

    def wait(self) -> Credentials:
        self._done.wait()
        return self.result()

    async def wait_async(self) -> Credentials:
        import asyncio

        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._guard:
            pending = not self._done.is_set()
            if pending:
                self._waiters.append((loop, future))
        if pending:
            await future
        return self.result()


class _Gate:
    """The call in flight for one provider, shared by every source of that provider."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.flight: _Flight | None = None


_gates: weakref.WeakKeyDictionary[object, _Gate] = weakref.WeakKeyDictionary()
_gates_lock = threading.Lock()


def _gate_for(provider: object) -> _Gate:
    with _gates_lock:
        try:
            gate = _gates.get(provider)
            if gate is None:
                gate = _gates[provider] = _Gate()
        except TypeError:  # unhashable or not weak-referenceable: one gate per source
            gate = _Gate()
    return gate


def _running_loop() -> asyncio.AbstractEventLoop | None:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class ProviderCredentialSource(CredentialSource):
    """Asks a provider on every call, with at most one call to it in flight.

    Callers that arrive while a call is in flight (threads and asyncio tasks
    alike) share its result instead of calling the provider again, so a
    refresh never turns into a stampede. The async path awaits the provider's
    ``get_credential_async()`` when it has one and otherwise runs
    ``get_credential()`` in a worker thread. Sources built for the same
    provider object share one flight. Serialising the calls also keeps
    ``alibabacloud-credentials`` from waiting on its own refresh lock inside
    the event loop.
    """

    def __init__(self, provider: CredentialProvider) -> None:
        if not callable(getattr(provider, "get_credential", None)):
            raise InvalidParameterError(
                "a credentials provider needs a get_credential() method (for example "
                "alibabacloud_credentials.client.Client), got "
                f"{type(provider).__name__}"
            )
        self._provider = provider
        self._gate = _gate_for(provider)
        self._name = type(provider).__name__

    def __repr__(self) -> str:
        return f"ProviderCredentialSource({self._name})"

    def get(self) -> Credentials:
        flight, leader = self._join(None)
        if not leader:
            if flight.loop is not None and flight.loop is _running_loop():
                # The call in flight needs this very loop to finish: waiting would deadlock.
                return self._call()
            return flight.wait()
        try:
            value = self._call()
        except BaseException as exc:
            self._land(flight, None, exc)
            raise
        self._land(flight, value, None)
        return value

    async def get_async(self) -> Credentials:
        import asyncio

        loop = asyncio.get_running_loop()
        flight, leader = self._join(loop)
        if leader:
            # A task of its own, so that cancelling one caller leaves the others served.
            flight.task = asyncio.ensure_future(self._lead(flight))
        return await flight.wait_async()

    def _join(self, loop: asyncio.AbstractEventLoop | None) -> tuple[_Flight, bool]:
        with self._gate.lock:
            current = self._gate.flight
            # A call left behind by an event loop closed mid-flight never lands: start afresh.
            if current is not None and not (current.loop and current.loop.is_closed()):
                return current, False
            flight = self._gate.flight = _Flight(loop)
            return flight, True

    def _land(
        self, flight: _Flight, value: Credentials | None, error: BaseException | None
    ) -> None:
        with self._gate.lock:
            if self._gate.flight is flight:
                self._gate.flight = None
        flight.finish(value, error)

    async def _lead(self, flight: _Flight) -> None:
        try:
            value = await self._call_async()
        except BaseException as exc:
            self._land(flight, None, exc)
            if not isinstance(exc, Exception):
                raise
        else:
            self._land(flight, value, None)

    def _call(self) -> Credentials:
        try:
            raw = self._provider.get_credential()
        except AgentRunError:
            raise
        except Exception as exc:
            raise self._failed(exc) from exc
        return self._convert(raw)

    async def _call_async(self) -> Credentials:
        import asyncio

        method = getattr(self._provider, "get_credential_async", None)
        try:
            if callable(method):
                raw = await method()
            else:
                raw = await asyncio.to_thread(self._provider.get_credential)
        except AgentRunError:
            raise
        except Exception as exc:
            raise self._failed(exc) from exc
        return self._convert(raw)

    def _failed(self, exc: Exception) -> CredentialProviderError:
        # The provider's own message may quote a response body: it stays in the chained cause.
        return CredentialProviderError(
            f"the credentials provider {self._name} failed with {type(exc).__name__} "
            "(see the chained exception)"
        )

    def _convert(self, raw: object) -> Credentials:
        values: dict[str, str | None] = {}
        for name in ("access_key_id", "access_key_secret", "security_token"):
            value = getattr(raw, name, None)
            if value is not None and not isinstance(value, str):
                raise CredentialProviderError(
                    f"the credentials provider {self._name} returned a {name} that is not a "
                    f"string ({type(value).__name__})"
                )
            values[name] = value or None
        for name in ("access_key_id", "access_key_secret"):
            if not values[name]:
                raise CredentialProviderError(
                    f"the credentials provider {self._name} returned no {name}"
                )
        return Credentials(
            values["access_key_id"] or "",
            values["access_key_secret"] or "",
            values["security_token"],
        )


# --------------------------------------------------------------------------
# The default chain of alibabacloud-credentials
# --------------------------------------------------------------------------


def _library_installed() -> bool:
    try:
        return importlib.util.find_spec(_LIBRARY) is not None
    except (ImportError, ValueError):  # ValueError: blocked via sys.modules[name] = None
        return False


class _DefaultChain:
    """The library's default chain, imported and built on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._client: Any = None
        self._found = False

    def _chain(self) -> Any:
        with self._lock:
            if self._client is None:
                try:
                    from alibabacloud_credentials.client import Client
                except ImportError as exc:
                    raise _missing_credentials() from exc
                try:
                    self._client = Client()
                except Exception as exc:
                    raise self._failure(exc) from exc
            return self._client

    def get_credential(self) -> Any:
        chain = self._chain()
        try:
            credential = chain.get_credential()
        except Exception as exc:
            raise self._failure(exc) from exc
        self._found = True
        return credential

    async def get_credential_async(self) -> Any:
        import asyncio

        # Importing and building the chain is blocking work: keep it off the loop.
        chain = self._client if self._client is not None else await asyncio.to_thread(self._chain)
        try:
            credential = await chain.get_credential_async()
        except Exception as exc:
            raise self._failure(exc) from exc
        self._found = True
        return credential

    def _failure(self, exc: Exception) -> AgentRunError:
        if self._found:
            return CredentialProviderError(
                f"the alibabacloud-credentials default chain failed to refresh credentials "
                f"({type(exc).__name__}, see the chained exception)"
            )
        return MissingConfigurationError(
            f"no credentials found: the alibabacloud-credentials default chain ({_CHAIN_SOURCES}) "
            f"gave none (its errors are in the chained exception); set {_KEY_VARIABLES}, or "
            "configure one of those sources"
        )


def _missing_credentials() -> MissingConfigurationError:
    return MissingConfigurationError(
        f"no credentials: set {_KEY_VARIABLES} or pass them in Config(access_key_id=..., "
        "access_key_secret=...); to use the aliyun CLI profile, RAM roles, OIDC/RRSA or "
        "ALIBABA_CLOUD_CREDENTIALS_URI instead, install the default chain: "
        f"{CREDENTIALS_EXTRA_HINT}"
    )


_default_source: ProviderCredentialSource | None = None
_default_lock = threading.Lock()


def default_chain_source() -> CredentialSource:
    """The process-wide source backed by the ``alibabacloud-credentials`` default chain.

    Nothing is imported or contacted until the source is first asked for
    credentials.

    Raises:
        MissingConfigurationError: the ``credentials`` extra is not installed.
    """
    global _default_source
    if not _library_installed():
        raise _missing_credentials()
    with _default_lock:
        if _default_source is None:
            _default_source = ProviderCredentialSource(_DefaultChain())
        return _default_source


def resolve_credential_source(
    access_key_id: str | None = None,
    access_key_secret: str | None = None,
    security_token: str | None = None,
    provider: CredentialProvider | None = None,
) -> CredentialSource:
    """The source to sign with, from what the configuration resolved.

    A provider wins and must come alone; an AccessKey pair (with its token) is
    used as is; with neither, the ``alibabacloud-credentials`` default chain.

    Raises:
        InvalidParameterError: both keys and a provider were given, or the
            provider has no ``get_credential()``.
        MissingConfigurationError: half a key pair, a token without a pair, or
            nothing at all and the ``credentials`` extra is not installed.
    """
    if provider is not None:
        if access_key_id or access_key_secret or security_token:
            raise InvalidParameterError(
                "give either an AccessKey pair or a credentials provider, not both"
            )
        return ProviderCredentialSource(provider)
    if access_key_id and access_key_secret:
        return StaticCredentialSource(
            Credentials(access_key_id, access_key_secret, security_token or None)
        )
    if access_key_id or access_key_secret:
        missing = "access_key_secret" if access_key_id else "access_key_id"
        raise MissingConfigurationError(
            f"{missing} is not set while its pair is: set both (Config or {_KEY_VARIABLES})"
        )
    if security_token:
        raise MissingConfigurationError(
            "security_token is set without access_key_id and access_key_secret"
        )
    return default_chain_source()


# --------------------------------------------------------------------------
# The region of the aliyun CLI profile
# --------------------------------------------------------------------------


def cli_profile_region(environ: Mapping[str, str] | None = None) -> str | None:
    """``region_id`` of the active ``aliyun`` CLI profile, or ``None``.

    Reads ``$HOME/.aliyun/config.json``; the profile is ``ALIBABA_CLOUD_PROFILE``
    or the file's ``current``. ``None`` when the file, the profile or its
    region is absent, or when ``ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true``.

    Raises:
        InvalidParameterError: the file exists but cannot be read as JSON.
    """
    env: Mapping[str, str] = os.environ if environ is None else environ
    if env.get("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "").lower() == "true":
        return None
    path = Path(env.get("HOME") or os.path.expanduser("~")) / ".aliyun" / "config.json"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidParameterError(
            f"cannot read the aliyun CLI configuration {path}: {type(exc).__name__}"
        ) from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InvalidParameterError(
            f"the aliyun CLI configuration {path} is not valid JSON"
        ) from exc
    if not isinstance(data, dict):
        raise InvalidParameterError(f"the aliyun CLI configuration {path} is not a JSON object")
    name = env.get("ALIBABA_CLOUD_PROFILE") or data.get("current")
    profiles = data.get("profiles")
    for profile in profiles if isinstance(profiles, list) else []:
        if isinstance(profile, dict) and profile.get("name") == name:
            region = profile.get("region_id")
            return region if isinstance(region, str) and region else None
    return None
