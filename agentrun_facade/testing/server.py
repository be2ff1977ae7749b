"""``LocalAgentRun``: the emulator served by uvicorn on a background thread."""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Unpack

import httpx
import uvicorn

from agentrun_facade.config import Config
from agentrun_facade.errors import InvalidParameterError
from agentrun_facade.signing import AcsV3Auth, Credentials, DataPlaneAuth, build_path

from .access_keys import AccessKeys, VerifiedKey
from .app import access_keys_of, create_app
from .faults import FaultPlan, ScriptedFault
from .hooks import HookHandle, RequestHook, RequestHooks
from .settings import EmulatorSettings, SettingsOptions, build_settings
from .spec import API_VERSION, operations
from .store import Store

logger = logging.getLogger("agentrun_facade.testing")
_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 10.0


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class LocalAgentRun:
    """A local AgentRun emulator on a free loopback port, for tests and offline work.

    Use as a context manager (``with LocalAgentRun() as local:``) or call
    :meth:`start` and :meth:`stop`. Keyword options are the fields of
    :class:`EmulatorSettings`. Binding anything but a loopback address needs
    ``allow_non_loopback=True``.
    """

    def __init__(
        self,
        settings: EmulatorSettings | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        allow_non_loopback: bool = False,
        **options: Unpack[SettingsOptions],
    ) -> None:
        if not isinstance(host, str) or not host:
            raise InvalidParameterError("host must be a non-empty string")
        if not is_loopback(host) and not allow_non_loopback:
            raise InvalidParameterError(
                f"refusing to bind {host!r}: the emulator only listens on loopback unless "
                "allow_non_loopback=True"
            )
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise InvalidParameterError("port must be an integer between 0 and 65535")
        self.settings = build_settings(settings, options)
        self.host = host
        self._requested_port = port
        self._port: int | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._store: Store | None = None
        self._faults: FaultPlan | None = None
        self._hooks = RequestHooks()
        self._keys = access_keys_of(self.settings)
        self._socket: socket.socket | None = None
        self._client: httpx.Client | None = None
        self._client_lock = threading.Lock()

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> LocalAgentRun:
        """Bind, serve on a background thread and wait until connections are accepted."""
        if self._thread is not None:
            return self
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets of
        # that protocol, and without it keep-alive requests stall on delayed ACKs.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host.strip("[]"), self._requested_port))
        except OSError:
            sock.close()
            raise
        self._port = int(sock.getsockname()[1])
        self._socket = sock
        self._store = Store(self.settings)
        app = create_app(self.settings, store=self._store, hooks=self._hooks, keys=self._keys)
        self._faults = app.state.emulator.faults
        config = uvicorn.Config(
            app,
            log_config=None,
            access_log=False,
            lifespan="off",
            loop="asyncio",
            # Only loopback clients talk to the emulator: no proxy headers to honour.
            proxy_headers=False,
            server_header=False,
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="agentrun-local", daemon=True
        )
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the AgentRun emulator did not start")
            time.sleep(0.005)
        logger.info("AgentRun emulator listening on %s", self.url)
        return self

    def stop(self) -> None:
        """Stop serving and release the state file; safe to call twice."""
        server, thread = self._server, self._thread
        with self._client_lock:
            if self._client is not None:
                self._client.close()
                self._client = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(_STOP_TIMEOUT)
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self._store is not None:
            self._store.close()
        self._server = self._thread = None

    def __enter__(self) -> LocalAgentRun:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ access

    def _require(self, value: Any, what: str) -> Any:
        if value is None:
            raise RuntimeError(f"LocalAgentRun.{what} is only available after start()")
        return value

    @property
    def port(self) -> int:
        """The bound port."""
        return int(self._require(self._port, "port"))

    @property
    def url(self) -> str:
        """``http://host:port`` (control and data plane share it)."""
        host = f"[{self.host.strip('[]')}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def state(self) -> Store:
        """The live store, for assertions."""
        return self._require(self._store, "state")  # type: ignore[no-any-return]

    @property
    def faults(self) -> FaultPlan:
        """The fault plan, to script faults."""
        return self._require(self._faults, "faults")  # type: ignore[no-any-return]

    @property
    def credentials(self) -> Credentials:
        """The credentials the emulator accepts."""
        s = self.settings
        return Credentials(s.access_key_id, s.access_key_secret, s.security_token)

    @property
    def config(self) -> Config:
        """A client configuration pointing at this emulator."""
        s = self.settings
        return Config(
            access_key_id=s.access_key_id,
            access_key_secret=s.access_key_secret,
            security_token=s.security_token,
            account_id=s.account_id,
            region_id=s.region,
            control_endpoint=self.url,
            data_endpoint=self.url,
        )

    def accept_credentials(self, credentials: Credentials) -> None:
        """Accept another key pair (with its STS token, if any) from now on.

        Meant for refreshing credentials: a test's credentials-URI server or
        provider registers each triple it issues (and may :meth:`revoke_credentials`
        the previous one). Works before and after :meth:`start`.
        """
        self._keys.accept(credentials)

    def revoke_credentials(self, access_key_id: str) -> None:
        """Stop accepting ``access_key_id`` (requests signed with it get 403)."""
        self._keys.revoke(access_key_id)

    @property
    def verified_keys(self) -> list[VerifiedKey]:
        """Which key id signed each verified request, oldest first."""
        return self._keys.verified

    @property
    def access_keys(self) -> AccessKeys:
        """The registry of accepted keys."""
        return self._keys

    def script_faults(self, faults: list[ScriptedFault]) -> None:
        """Shorthand for ``self.faults.script_faults(faults)``."""
        self.faults.script_faults(faults)

    def before_request(self, callback: RequestHook) -> HookHandle:
        """Run ``callback(operation, query, path_params)`` in the server before each request.

        The callback runs once a request has passed the signature check and
        validation, right before it is handled; the request waits for it. It may
        change ``self.state`` (e.g. create or delete runtimes between two page
        reads). An exception in it makes the request a 500 and is logged. Works
        before and after :meth:`start`; ``handle.remove()`` unregisters it.
        """
        return self._hooks.add(callback)

    def clear_request_hooks(self) -> None:
        """Unregister every :meth:`before_request` callback."""
        self._hooks.clear()

    def control_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` that signs control-plane requests for this emulator."""
        return httpx.Client(base_url=self.url, auth=AcsV3Auth(self.credentials), **kwargs)

    def data_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` that signs data-plane requests for this emulator."""
        auth = DataPlaneAuth(self.credentials, region=self.settings.region)
        return httpx.Client(base_url=self.url, auth=auth, **kwargs)

    def call(
        self,
        operation_id: str,
        *,
        body: Any = None,
        query: Mapping[str, str | int] | None = None,
        headers: dict[str, str] | None = None,
        **path_params: str,
    ) -> httpx.Response:
        """Send one signed control-plane request by operationId and return the response.

        ``body`` is sent as JSON when not None; path parameters are keywords
        (``agentRuntimeId=...``) and are percent-encoded.
        """
        operation = next((o for o in operations() if o.operation_id == operation_id), None)
        if operation is None:
            raise InvalidParameterError(f"unknown operation {operation_id!r}")
        path = build_path(operation.template, **path_params)
        sent = {"x-acs-action": operation_id, "x-acs-version": API_VERSION, **(headers or {})}
        with self._client_lock:
            if self._client is None:
                self._client = self.control_client(timeout=10.0)
            client = self._client
        return client.request(operation.method, path, params=query, json=body, headers=sent)

    def __repr__(self) -> str:
        where = self.url if self._port is not None else "not started"
        return f"LocalAgentRun({where})"
