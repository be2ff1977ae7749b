"""What one ``AgentRuntimeClient`` holds, shared by its sync and async methods.

The configuration, resolved once (and once per distinct per-call override),
the credential source, signer and retry policy derived from it, the lazily created pooled
transports of each flavour, and the worker pool of the sync flavour. Making a
client imports the HTTP stack (:func:`load_http_stack`); nothing here sends or
sleeps.
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import attrs

from ._json import load_decoder
from ._signing import AcsV3Signer
from .config import Config, ResolvedConfig
from .credentials import CredentialSource, resolve_credential_source
from .errors import ClientClosedError, InvalidParameterError, MissingConfigurationError
from .retry import RetryPolicy

if TYPE_CHECKING:
    import ssl

    import httpx

__all__ = ["CLOSED_MESSAGE", "CallSettings", "ClientState"]

CLOSED_MESSAGE = (
    "this AgentRuntimeClient was closed; create a new one, or keep it open "
    "for as long as it is used (e.g. inside its `with` block)"
)

T = TypeVar("T")

#: Distinct per-call overrides remembered per client (least recently used dropped).
_OVERRIDES_KEPT = 64


@attrs.frozen
class CallSettings:
    """Everything a call needs from its configuration, worked out once.

    ``credentials`` is asked for every signed attempt; it is ``None`` only when
    nothing at all is configured and the default chain is not installed
    (``missing`` then says how to fix that; the data plane goes unsigned).
    """

    resolved: ResolvedConfig
    credentials: CredentialSource | None
    policy: RetryPolicy
    timeout: httpx.Timeout
    missing: str = ""
    signer: AcsV3Signer = attrs.field(factory=AcsV3Signer, repr=False)

    def require_credentials(self) -> CredentialSource:
        """The credential source, or the error naming the ways to configure one."""
        if self.credentials is None:
            raise MissingConfigurationError(self.missing)
        return self.credentials


def _credential_source(resolved: ResolvedConfig) -> tuple[CredentialSource | None, str]:
    """The source to sign with; ``(None, why)`` when nothing is configured anywhere."""
    try:
        return resolve_credential_source(
            resolved.access_key_id,
            resolved.access_key_secret,
            resolved.security_token,
            resolved.credentials_provider,
        ), ""
    except MissingConfigurationError as exc:
        if resolved.access_key_id or resolved.access_key_secret or resolved.security_token:
            raise  # half a key pair is a mistake, not an absence
        return None, str(exc)


def _settings(resolved: ResolvedConfig, policy: RetryPolicy) -> CallSettings:
    credentials, missing = _credential_source(resolved)
    return CallSettings(
        resolved=resolved,
        credentials=credentials,
        policy=attrs.evolve(policy, max_retries=resolved.max_retries),
        timeout=resolved.httpx_timeout(),
        missing=missing,
    )


class _Shared:
    """State shared by a client and its configuration views."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.transports: dict[object, Any] = {}
        self.settings: OrderedDict[Config, CallSettings] = OrderedDict()
        self.ssl_context: ssl.SSLContext | None = None
        #: ``close()`` or ``aclose()`` was called: every later call is refused.
        self.closed = False


def load_http_stack() -> None:
    """Import what a client sends and reads with: ``httpx``, ``httpcore``, the JSON decoder.

    A client exists to send requests, so this one-time cost (about 45 ms of
    CPU) is paid when the client is made, usually at start-up, and not by its
    first request. Importing the package alone still loads none of it.
    """
    import httpcore  # noqa: F401
    import httpx  # noqa: F401

    load_decoder()


def check_config(config: object) -> Config | None:
    if config is not None and not isinstance(config, Config):
        raise InvalidParameterError("config must be an agentrun_facade.Config")
    return config


class ClientState:
    """Configuration, transports and worker pools of one client.

    ``transport`` replaces the HTTP transport under the sync pooled client and
    ``async_transport`` the one under the async client; an
    ``httpx.MockTransport`` given as ``transport`` serves both. ``retry_policy``
    tunes backoff (``max_retries`` still comes from the configuration).
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        self.config: Config = check_config(config) or Config()
        if transport is not None or async_transport is not None:
            import httpx

            if transport is not None and not isinstance(transport, httpx.BaseTransport):
                raise InvalidParameterError("transport must be an httpx.BaseTransport")
            if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
                async_transport = transport
            if async_transport is not None and not isinstance(
                async_transport, httpx.AsyncBaseTransport
            ):
                raise InvalidParameterError("async_transport must be an httpx.AsyncBaseTransport")
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise InvalidParameterError("retry_policy must be an agentrun_facade.retry.RetryPolicy")
        self._injected_transport = transport
        self._injected_transport_async = async_transport
        self._retry_policy = retry_policy or RetryPolicy()
        self._shared = _Shared()
        load_http_stack()

    def _settings(self, override: Config | None = None) -> CallSettings:
        """This client's configuration with ``override`` merged over it, resolved once."""
        check_config(override)
        key = self.config if override is None else self.config.merge(override)
        shared = self._shared
        with shared.lock:
            cached = shared.settings.get(key)
            if cached is not None:
                shared.settings.move_to_end(key)
                return cached
        settings = _settings(key.resolve(), self._retry_policy)
        with shared.lock:
            shared.settings[key] = settings
            while len(shared.settings) > _OVERRIDES_KEPT:
                shared.settings.popitem(last=False)
        return settings

    def _resolve(self, override: Config | None = None) -> ResolvedConfig:
        return self._settings(override).resolved

    def _get_transport(self, kind: Callable[[ClientState], T]) -> T:
        """The transport of one flavour, created on first use (thread safe).

        Raises:
            ClientClosedError: the client was closed (whether or not this
                flavour's pool was ever opened).
        """
        shared = self._shared
        with shared.lock:
            if shared.closed:
                raise ClientClosedError(CLOSED_MESSAGE)
            existing = shared.transports.get(kind)
            if existing is None:
                existing = kind(self)
                shared.transports[kind] = existing
            return cast(T, existing)

    def _ssl_context(self) -> ssl.SSLContext:
        """One TLS context per client (loading the CA bundle is costly), shared by every pool.

        Made on the first HTTPS request, never for a client that only speaks plain HTTP.
        """
        shared = self._shared
        with shared.lock:
            if shared.ssl_context is None:
                import httpx

                shared.ssl_context = httpx.create_ssl_context()
            return shared.ssl_context

    def _mark_closed(self) -> None:
        """Refuse every later call, of either flavour and through every view."""
        with self._shared.lock:
            self._shared.closed = True

    def _existing_transport(self, kind: object) -> Any:
        with self._shared.lock:
            return self._shared.transports.get(kind)

    def with_config(self, config: Config) -> Self:
        """A view of this client with ``config`` merged over its own.

        The view shares this client's pooled connections and worker pool;
        resources returned by a call made with a per-call ``config`` are bound
        to such a view, so their own methods keep using that configuration.

        Args:
            config: The settings to merge, field by field.

        Returns:
            A client of the same class; closing either closes the shared pool.

        Raises:
            InvalidParameterError: ``config`` is not a ``Config``.
        """
        view = copy.copy(self)
        view.config = self.config.merge(check_config(config))
        return view

    def __repr__(self) -> str:
        return f"{type(self).__name__}(config={self.config!r})"
