"""Client configuration: explicit values, then environment variables, then defaults.

``Config`` holds what the caller chose (every field may be ``None``). Nothing is
read from the environment until :meth:`Config.resolve` is called, which returns
a :class:`ResolvedConfig` with every default filled in and the base URLs worked
out. Secrets never appear in ``repr``/``str`` or in error messages.
"""

from __future__ import annotations

import functools
import math
import os
import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import attrs

from ._version import __version__
from .errors import InvalidParameterError, MissingConfigurationError

if TYPE_CHECKING:
    import httpx

    from .credentials import CredentialProvider

    #: Sent with every control-plane call (worked out on first use: it names httpx's version).
    USER_AGENT: str

__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_READ_TIMEOUT",
    "DEFAULT_REGION",
    "DEFAULT_TIMEOUT",
    "ENV_VARS",
    "USER_AGENT",
    "Config",
    "ResolvedConfig",
]

DEFAULT_REGION = "cn-hangzhou"
DEFAULT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 3
#: Items asked per page. The API reference documents no largest page size (and no
#: default) for the list operations, so none is assumed: 100 is twice what agentrun-sdk
#: asks, and a listing follows the size the server applies if it caps lower.
DEFAULT_PAGE_SIZE = 100
#: The most pages of a listing in flight at once, after page 1 (which tells the total).
#: A listing requests only as many as the network wait hides client CPU behind
#: (``wall / cpu`` of the pages read so far), so this bound matters when the service
#: is slow (at 20 ms per request, 2,000 items take 3 or 4 round trips). The API
#: reference documents no limit on concurrent requests; 16 stays below httpx's 20
#: kept-alive connections per pool, so each window reuses the connections of the one
#: before, and a throttled page (429) is retried after the delay the service asks for.
DEFAULT_MAX_CONCURRENCY = 16


@functools.cache
def user_agent() -> str:
    """The ``user-agent`` of control-plane calls; importing ``httpx`` waits until it is asked.

    Resolving a configuration is the first thing every call does, so this is
    where the SDK first imports ``httpx``.
    """
    import httpx

    return (
        f"agentrun-facade/{__version__} "
        f"python/{sys.version_info.major}.{sys.version_info.minor} httpx/{httpx.__version__}"
    )


def __getattr__(name: str) -> Any:
    if name == "USER_AGENT":
        return user_agent()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Environment variables consulted by :meth:`Config.resolve`, first set wins.
ENV_VARS: Mapping[str, tuple[str, ...]] = {
    "access_key_id": ("AGENTRUN_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_ID"),
    "access_key_secret": ("AGENTRUN_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
    "security_token": ("AGENTRUN_SECURITY_TOKEN", "ALIBABA_CLOUD_SECURITY_TOKEN"),
    "account_id": ("AGENTRUN_ACCOUNT_ID", "FC_ACCOUNT_ID"),
    "region_id": ("AGENTRUN_REGION", "ALIBABA_CLOUD_REGION_ID", "FC_REGION"),
    "control_endpoint": ("AGENTRUN_CONTROL_ENDPOINT",),
    "data_endpoint": ("AGENTRUN_DATA_ENDPOINT",),
}

_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$")
_RAM_MARKERS = (".agentrun-data.", ".funagent-data-pre.")
_MASK = "***"
_HEADER_BREAKS = frozenset("\r\n\0")
_KEY_FIELDS = ("access_key_id", "access_key_secret", "security_token")


# --------------------------------------------------------------------------
# Validation helpers (each error names the field, never its value)
# --------------------------------------------------------------------------


def _check_str(field: str, value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidParameterError(f"{field} must be a string, got {type(value).__name__}")


def _check_seconds(field: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidParameterError(f"{field} must be a number of seconds")
    if not math.isfinite(value) or value <= 0:
        raise InvalidParameterError(f"{field} must be a positive, finite number of seconds")


def _check_int(field: str, value: object, minimum: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidParameterError(f"{field} must be an integer")
    if value < minimum:
        raise InvalidParameterError(f"{field} must be >= {minimum}, got {value}")


def _copy_headers(value: Mapping[str, str] | None) -> dict[str, str] | None:
    """Copy and validate a header mapping (keys and values must be strings)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidParameterError("headers must be a mapping of str to str")
    copied: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key.strip():
            raise InvalidParameterError("headers keys must be non-empty strings")
        if not isinstance(item, str):
            raise InvalidParameterError(f"headers[{key!r}] must be a string")
        if any(ch in _HEADER_BREAKS for ch in key):
            raise InvalidParameterError("headers: a header name contains CR, LF or NUL")
        if any(ch in _HEADER_BREAKS for ch in item):
            # Name the header, never the value: it is often a credential.
            raise InvalidParameterError(
                f"headers[{key!r}]: the value contains CR, LF or NUL (e.g. a trailing newline "
                "read from a file); strip it"
            )
        copied[key] = item
    return copied


def _merge_headers(base: Mapping[str, str], override: Mapping[str, str]) -> dict[str, str]:
    """Merge two header maps; the override wins per name, compared case-insensitively."""
    replaced = {name.lower() for name in override}
    merged = {k: v for k, v in base.items() if k.lower() not in replaced}
    merged.update(override)
    return merged


def _mask_id(value: str | None) -> str | None:
    if value is None:
        return None
    return value[:4] + _MASK if len(value) > 4 else _MASK


def _mask_secret(value: str | None) -> str | None:
    return None if value is None else _MASK


def _normalize_endpoint(field: str, value: str) -> str:
    """Give a scheme-less endpoint ``https://``, keep ``http://``, drop trailing slashes."""
    text = value.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidParameterError(f"{field} must be an http:// or https:// URL")
    if not parts.hostname:
        raise InvalidParameterError(f"{field} has no host")
    if parts.query or parts.fragment:
        raise InvalidParameterError(f"{field} must not carry a query or fragment")
    try:
        _ = parts.port
    except ValueError as exc:
        raise InvalidParameterError(f"{field} has an invalid port") from exc
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path.rstrip("/"), "", ""))


def _check_label(field: str, value: str, env_name: str) -> None:
    if not _LABEL.match(value):
        raise InvalidParameterError(
            f"{field} must contain only letters, digits and '-' (set it explicitly or via "
            f"{env_name})"
        )


def _add_ram_suffix(url: str) -> str:
    """Append ``-ram`` to the first host label of AgentRun data hosts."""
    parts = urlsplit(url)
    netloc = parts.netloc
    userinfo, at, hostport = netloc.rpartition("@")
    if not any(marker in hostport for marker in _RAM_MARKERS):
        return url
    first, dot, rest = hostport.partition(".")
    if first.endswith("-ram"):
        return url
    netloc = f"{userinfo}{at}{first}-ram{dot}{rest}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _request_headers(configured: Mapping[str, str]) -> dict[str, str]:
    """Headers sent with every control call: ours first, then the configured ones."""
    headers = {"user-agent": user_agent(), "accept": "application/json"}
    for name, value in configured.items():
        headers[name.lower()] = value
    return headers


def _check_provider(value: object) -> None:
    if value is not None and not callable(getattr(value, "get_credential", None)):
        raise InvalidParameterError(
            "credentials_provider needs a get_credential() method (for example "
            f"alibabacloud_credentials.client.Client), got {type(value).__name__}"
        )


def _provider_repr(value: object) -> str:
    """Only the provider's type: its own repr may show what it holds."""
    return f"<{type(value).__name__}>"


def _cli_region(environ: Mapping[str, str]) -> str | None:
    """The ``aliyun`` CLI profile's region (the credentials module is loaded only here)."""
    from .credentials import cli_profile_region

    return cli_profile_region(environ)


def _first_env(environ: Mapping[str, str], field: str) -> str | None:
    for name in ENV_VARS[field]:
        value = environ.get(name)
        if value:
            return value
    return None


# --------------------------------------------------------------------------
# Public classes
# --------------------------------------------------------------------------


@attrs.frozen(repr=False)
class ResolvedConfig:
    """A configuration with every default applied; built by :meth:`Config.resolve`."""

    access_key_id: str | None
    access_key_secret: str | None
    security_token: str | None
    account_id: str | None
    region_id: str
    control_endpoint: str | None
    data_endpoint: str | None
    timeout: float
    read_timeout: float
    max_retries: int
    headers: dict[str, str] = attrs.field(hash=False)
    page_size: int
    max_concurrency: int
    control_base_url: str
    strict_listing: bool = False
    reconcile_writes: bool = True
    #: ``user-agent``, ``accept`` and the configured headers, names lower-cased.
    request_headers: dict[str, str] = attrs.field(factory=dict, hash=False, eq=False)
    #: Compared and hashed by identity: two configurations share a provider only if it is
    #: the same object.
    credentials_provider: CredentialProvider | None = attrs.field(default=None, eq=id)

    @property
    def control_base_path(self) -> str:
        """The path part of ``control_base_url`` ("" for a bare host)."""
        return urlsplit(self.control_base_url).path

    @property
    def has_credentials(self) -> bool:
        """True when both an access key id and secret are known."""
        return bool(self.access_key_id and self.access_key_secret)

    def data_base_url(self, *, signing: bool) -> str:
        """Base URL of the data plane.

        The configured data endpoint when there is one, otherwise
        ``https://{account_id}.agentrun-data.{region}.aliyuncs.com``. When
        ``signing`` is true and the host is an AgentRun data host
        (``.agentrun-data.`` or ``.funagent-data-pre.``), ``-ram`` is appended
        to the first host label unless it already ends with it.

        Raises:
            MissingConfigurationError: no data endpoint and no account id.
        """
        if self.data_endpoint is not None:
            url = self.data_endpoint
        else:
            if not self.account_id:
                raise MissingConfigurationError(
                    "account_id is not set: pass Config(account_id=...) or set "
                    "AGENTRUN_ACCOUNT_ID (needed for the default data endpoint)"
                )
            _check_label("account_id", self.account_id, "AGENTRUN_ACCOUNT_ID")
            url = f"https://{self.account_id}.agentrun-data.{self.region_id}.aliyuncs.com"
        return _add_ram_suffix(url) if signing else url

    def httpx_timeout(self) -> httpx.Timeout:
        """``timeout`` for connect, write and pool; ``read_timeout`` for reads."""
        import httpx

        return httpx.Timeout(self.timeout, read=self.read_timeout)

    def __repr__(self) -> str:
        return (
            f"ResolvedConfig(access_key_id={_mask_id(self.access_key_id)!r}, "
            f"access_key_secret={_mask_secret(self.access_key_secret)!r}, "
            f"security_token={_mask_secret(self.security_token)!r}, "
            f"account_id={self.account_id!r}, region_id={self.region_id!r}, "
            f"control_base_url={self.control_base_url!r}, "
            f"data_endpoint={self.data_endpoint!r}, timeout={self.timeout!r}, "
            f"read_timeout={self.read_timeout!r}, max_retries={self.max_retries!r}, "
            f"headers={sorted(self.headers)!r}, page_size={self.page_size!r}, "
            f"max_concurrency={self.max_concurrency!r}, "
            f"strict_listing={self.strict_listing!r}, "
            f"reconcile_writes={self.reconcile_writes!r}"
            + (
                f", credentials_provider={_provider_repr(self.credentials_provider)}"
                if self.credentials_provider is not None
                else ""
            )
            + ")"
        )

    __str__ = __repr__


@attrs.frozen(repr=False)
class Config:
    """What the caller chose; ``None`` means "not set here".

    Positional order: ``access_key_id, access_key_secret, security_token,
    account_id, region_id, control_endpoint, data_endpoint, timeout,
    read_timeout, max_retries, headers, page_size, max_concurrency,
    strict_listing, credentials_provider, reconcile_writes``.

    ``credentials_provider`` is any object with ``get_credential()`` (and
    optionally ``async get_credential_async()``), such as
    ``alibabacloud_credentials.client.Client``; it is asked for credentials
    every time a request attempt is signed. It replaces the key pair: give one
    or the other, and with a provider no key variable is read from the
    environment. Without either, the ``alibabacloud-credentials`` default chain
    is used when the ``credentials`` extra is installed.

    ``strict_listing`` (default false) adds a verification pass to every full
    listing, reading ids only, until it agrees with the pass before: an item
    that exists throughout is then returned exactly once even when other items
    are created and deleted between page reads without changing ``total``, or
    ``ListingConsistencyError`` is raised. By default a listing costs one pass
    (checked against ``total`` and the page sizes; re-read, within a bound,
    when they show a change) and never raises for a listing that changed.

    ``reconcile_writes`` (default true): when a create, endpoint create or
    publish may have been applied although its answer was lost (connection
    broken after sending, read timeout, 5xx), look for its result before
    retrying, and treat a 404 to a delete retried after such an outcome as
    done. False reports those outcomes to the caller instead.

    ``timeout`` (seconds) bounds connecting, writing and waiting for a pooled
    connection; ``read_timeout`` (seconds) bounds each read. Empty strings are
    treated like ``None`` when resolving. Nothing is read from the environment
    until :meth:`resolve`. ``repr`` masks the access key id, hides the secret
    and token, and lists header names only (their values may be credentials).
    """

    access_key_id: str | None = None
    access_key_secret: str | None = None
    security_token: str | None = None
    account_id: str | None = None
    region_id: str | None = None
    control_endpoint: str | None = None
    data_endpoint: str | None = None
    timeout: float | None = None
    read_timeout: float | None = None
    max_retries: int | None = None
    headers: dict[str, str] | None = attrs.field(default=None, converter=_copy_headers, hash=False)
    page_size: int | None = None
    max_concurrency: int | None = None
    strict_listing: bool | None = None
    #: Compared and hashed by identity (configurations are cache keys).
    credentials_provider: CredentialProvider | None = attrs.field(default=None, eq=id)
    reconcile_writes: bool | None = None

    def __attrs_post_init__(self) -> None:
        for name in (
            "access_key_id",
            "access_key_secret",
            "security_token",
            "account_id",
            "region_id",
            "control_endpoint",
            "data_endpoint",
        ):
            _check_str(name, getattr(self, name))
        _check_seconds("timeout", self.timeout)
        _check_seconds("read_timeout", self.read_timeout)
        _check_int("max_retries", self.max_retries, 0)
        _check_int("page_size", self.page_size, 1)
        _check_int("max_concurrency", self.max_concurrency, 1)
        if self.strict_listing is not None and not isinstance(self.strict_listing, bool):
            raise InvalidParameterError("strict_listing must be a bool")
        if self.reconcile_writes is not None and not isinstance(self.reconcile_writes, bool):
            raise InvalidParameterError("reconcile_writes must be a bool")
        if self.control_endpoint:
            _normalize_endpoint("control_endpoint", self.control_endpoint)
        if self.data_endpoint:
            _normalize_endpoint("data_endpoint", self.data_endpoint)
        if self.region_id:
            _check_label("region_id", self.region_id, "AGENTRUN_REGION")
        _check_provider(self.credentials_provider)
        if self.credentials_provider is not None and any(
            getattr(self, name) for name in _KEY_FIELDS
        ):
            raise InvalidParameterError(
                "give either an access key pair or a credentials_provider, not both"
            )

    def merge(self, override: Config | None) -> Config:
        """Return a new config where the override's non-``None`` values win.

        Header maps are merged; for a header set in both, the override's value
        wins (names compared case-insensitively). Credentials are replaced as a
        whole: an override with a provider drops the key pair and token, one
        with a key pair drops the provider.
        """
        if override is None:
            return self
        changes: dict[str, Any] = {}
        if override.credentials_provider is not None:
            changes.update(dict.fromkeys(_KEY_FIELDS))
        elif override.access_key_id or override.access_key_secret:
            changes["credentials_provider"] = None
        for field in attrs.fields(Config):
            value = getattr(override, field.name)
            if value is not None and field.name != "headers":
                changes[field.name] = value
        if override.headers is not None:
            changes["headers"] = _merge_headers(self.headers or {}, override.headers)
        return attrs.evolve(self, **changes)

    def resolve(self, environ: Mapping[str, str] | None = None) -> ResolvedConfig:
        """Fill every unset value from ``environ`` (default ``os.environ``), then defaults.

        With a ``credentials_provider`` no key variable is read. The region is,
        in order: this config, the region variables, the ``region_id`` of the
        active ``aliyun`` CLI profile, ``cn-hangzhou``.

        Raises:
            InvalidParameterError: a value taken from the environment is invalid.
        """
        env: Mapping[str, str] = os.environ if environ is None else environ

        def pick(field: str) -> str | None:
            explicit = getattr(self, field)
            if explicit:
                return str(explicit)
            return _first_env(env, field)

        region = pick("region_id") or _cli_region(env) or DEFAULT_REGION
        _check_label("region_id", region, "AGENTRUN_REGION")
        control = pick("control_endpoint")
        control_endpoint = _normalize_endpoint("control_endpoint", control) if control else None
        data = pick("data_endpoint")
        data_endpoint = _normalize_endpoint("data_endpoint", data) if data else None
        control_base_url = control_endpoint or f"https://agentrun.{region}.aliyuncs.com"

        # The key pair and its STS token belong together: an explicitly given
        # pair never picks up a token from the environment.
        keys: dict[str, str | None] = dict.fromkeys(_KEY_FIELDS)
        if self.credentials_provider is None:
            explicit_pair = bool(self.access_key_id or self.access_key_secret)
            keys["access_key_id"] = pick("access_key_id")
            keys["access_key_secret"] = pick("access_key_secret")
            keys["security_token"] = self.security_token or (
                None if explicit_pair else pick("security_token")
            )
        return ResolvedConfig(
            **keys,
            account_id=pick("account_id"),
            region_id=region,
            control_endpoint=control_endpoint,
            data_endpoint=data_endpoint,
            timeout=float(self.timeout if self.timeout is not None else DEFAULT_TIMEOUT),
            read_timeout=float(
                self.read_timeout if self.read_timeout is not None else DEFAULT_READ_TIMEOUT
            ),
            max_retries=self.max_retries if self.max_retries is not None else DEFAULT_MAX_RETRIES,
            headers=dict(self.headers or {}),
            page_size=self.page_size if self.page_size is not None else DEFAULT_PAGE_SIZE,
            max_concurrency=(
                self.max_concurrency
                if self.max_concurrency is not None
                else DEFAULT_MAX_CONCURRENCY
            ),
            control_base_url=control_base_url,
            strict_listing=bool(self.strict_listing),
            reconcile_writes=self.reconcile_writes is not False,
            request_headers=_request_headers(self.headers or {}),
            credentials_provider=self.credentials_provider,
        )

    def __repr__(self) -> str:
        shown = []
        for field in attrs.fields(Config):
            value = getattr(self, field.name)
            if value is None:
                continue
            if field.name == "access_key_id":
                value = _mask_id(value)
            elif field.name in ("access_key_secret", "security_token"):
                value = _mask_secret(value)
            elif field.name == "headers":
                value = sorted(value)
            elif field.name == "credentials_provider":
                shown.append(f"{field.name}={_provider_repr(value)}")
                continue
            shown.append(f"{field.name}={value!r}")
        return f"Config({', '.join(shown)})"

    __str__ = __repr__
