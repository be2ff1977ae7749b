"""Request signing without ``httpx``: ACS3-HMAC-SHA256 (control plane) and
AGENTRUN4-HMAC-SHA256 (data plane).

Pure functions build the canonical forms and signatures, ``AcsV3Signer``
signs a prepared control-plane request, and ``verify_request`` /
``verify_data_request`` check signatures on the server side with the same
canonicalisation code. ``signing`` (the public module) re-exports all of it
and adds the ``httpx.Auth`` classes; the SDK's request path imports this
module only, so importing the SDK does not import ``httpx``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from urllib.parse import quote_from_bytes, unquote_plus

import attrs

from agentrun_facade.errors import AgentRunError, InvalidParameterError

ACS3_ALGORITHM = "ACS3-HMAC-SHA256"
DATA_ALGORITHM = "AGENTRUN4-HMAC-SHA256"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
DATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_DATA_PRODUCT = "agentrun"
_DATA_TERMINATOR = "aliyun_v4_request"
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_PLAIN_KEY = re.compile(r"[A-Za-z0-9._~-]+")
_ACS3_EXTRA = frozenset({"host", "content-type", "user-agent", "accept"})
_DATA_EXTRA = frozenset({"host", "content-type"})
_STS_HEADERS = ("x-acs-security-token", "x-acs-accesskey-id")
_NONCE = "x-acs-signature-nonce"

HeaderInput = Mapping[str, str] | Iterable[tuple[str, str]]
#: The STS token a verified request must carry: fixed, per access key id, or none.
ExpectedToken = str | Callable[[str], str | None] | None


# --- Credentials and errors ---


def _hidden(value: object) -> str:
    return "None" if value is None else "'***'"


@attrs.frozen
class Credentials:
    """An AccessKey pair, optionally with an STS token; the repr hides secrets."""

    access_key_id: str
    access_key_secret: str = attrs.field(repr=_hidden)
    security_token: str | None = attrs.field(default=None, repr=_hidden)

    def __attrs_post_init__(self) -> None:
        for name in ("access_key_id", "access_key_secret"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise InvalidParameterError(f"{name} must be a non-empty string")
        if self.security_token is not None and not isinstance(self.security_token, str):
            raise InvalidParameterError("security_token must be a string or None")


class SignatureVerificationError(AgentRunError):
    """A request failed signature verification (``status_code``, ``error_code``)."""

    status_code: int

    def __init__(self, status_code: int, error_code: str, message: str) -> None:
        super().__init__(f"{error_code}: {message}", status_code=status_code)
        self.error_code = error_code
        self.message = message


@attrs.frozen
class VerifiedRequest:
    """Outcome of a successful verification."""

    access_key_id: str
    signed_headers: tuple[str, ...]


# --- Encoding and canonical forms ---


def _rfc3986(value: str, what: str) -> str:
    try:
        raw = value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError(f"{what} is not valid Unicode text") from None
    return quote_from_bytes(raw, safe="")


def encode_path_segment(value: str) -> str:
    """Percent-encode one path id (RFC 3986 unreserved characters stay literal)."""
    if not isinstance(value, str):
        raise InvalidParameterError(f"path id must be a string, got {type(value).__name__}")
    if value in ("", ".", ".."):
        shown = "empty" if not value else f"{value!r} (a dot segment)"
        raise InvalidParameterError(f"path id must not be {shown}")
    return _rfc3986(value, "path id")


def build_path(template: str, /, **params: str) -> str:
    """Fill ``{name}`` placeholders in ``template`` with encoded path ids."""
    names = _PLACEHOLDER.findall(template)
    missing = [n for n in names if n not in params]
    if missing:
        raise InvalidParameterError(f"missing path parameter(s): {', '.join(missing)}")
    unknown = sorted(set(params) - set(names))
    if unknown:
        raise InvalidParameterError(f"unknown path parameter(s): {', '.join(unknown)}")
    return _PLACEHOLDER.sub(lambda m: encode_path_segment(params[m.group(1)]), template)


def canonical_query(pairs: Iterable[tuple[str, str | None]], *, encode_keys: bool) -> str:
    """Canonical query string: sort by decoded key, RFC 3986 values, ``key=`` if empty.

    Pairs whose value is None are dropped; a repeated key is an error.
    """
    kept: dict[str, str] = {}
    for key, value in pairs:
        if not isinstance(key, str) or not key:
            raise InvalidParameterError("query parameter names must be non-empty strings")
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidParameterError(f"query parameter {key!r} must be a string")
        if key in kept:
            raise InvalidParameterError(f"query parameter {key!r} is repeated")
        kept[key] = str(value)
    items = []
    for key in sorted(kept):
        name = _rfc3986(key, "query parameter name") if encode_keys else key
        items.append(f"{name}={_rfc3986(kept[key], f'query parameter {key!r}')}")
    return "&".join(items)


def parse_query(raw_query: str) -> list[tuple[str, str]]:
    """Decode a raw query string into pairs (``+`` is a space, ``%2B`` a plus)."""
    pairs: list[tuple[str, str]] = []
    for item in raw_query.split("&"):
        if not item:
            continue
        key, _, value = item.partition("=")
        try:
            pairs.append((unquote_plus(key, errors="strict"), unquote_plus(value, errors="strict")))
        except UnicodeDecodeError:
            raise InvalidParameterError("query string is not valid UTF-8") from None
    return pairs


def _items(headers: HeaderInput) -> Iterable[tuple[str, str]]:
    return headers.items() if isinstance(headers, Mapping) else headers


def _merge_headers(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Lower-case names, trim values, merge case variants; conflicting values fail."""
    merged: dict[str, str] = {}
    for name, value in items:
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidParameterError("header names and values must be strings")
        key = name.strip().lower()
        text = value.strip()
        if not key or "\n" in text or "\r" in text:
            raise InvalidParameterError(f"header {key!r} has an empty name or a line break")
        if merged.get(key, text) != text:
            raise InvalidParameterError(f"header {key!r} is given twice with different values")
        merged[key] = text
    return merged


def canonical_request(
    method: str, path: str, query_string: str, headers: HeaderInput, payload_hash: str
) -> tuple[str, str]:
    """Return ``(canonical request, SignedHeaders)`` over exactly ``headers``."""
    return _canonical(method, path, query_string, _merge_headers(_items(headers)), payload_hash)


def _canonical(
    method: str, path: str, query_string: str, merged: dict[str, str], payload_hash: str
) -> tuple[str, str]:
    """:func:`canonical_request` over headers already merged by :func:`_merge_headers`."""
    names = sorted(merged)
    lines = "".join(f"{name}:{merged[name]}\n" for name in names)
    signed = ";".join(names)
    text = "\n".join([method.upper(), path or "/", query_string, lines, signed, payload_hash])
    return text, signed


def string_to_sign(algorithm: str, canonical: str) -> str:
    """Two-line string to sign: algorithm name and the canonical request hash."""
    return f"{algorithm}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


# --- Dates and the data-plane signing key ---


def format_date(moment: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SSZ`` in UTC (a naive datetime is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(DATE_FORMAT)


def _parse_date(stamp: str) -> datetime:
    return datetime.strptime(stamp, DATE_FORMAT).replace(tzinfo=UTC)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class _SigningKeyCache:
    """Bounded LRU of derived data-plane keys; never shows its contents."""

    __slots__ = ("_entries", "_lock", "_size")

    def __init__(self, size: int = 16) -> None:
        self._entries: OrderedDict[tuple[bytes, str, str], bytes] = OrderedDict()
        self._lock = threading.Lock()
        self._size = size

    def get(self, secret: str, day: str, region: str) -> bytes:
        slot = (hashlib.sha256(secret.encode("utf-8")).digest(), day, region)
        with self._lock:
            key = self._entries.pop(slot, None) or data_signing_key(secret, day, region)
            self._entries[slot] = key
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
            return key

    def __repr__(self) -> str:
        return f"<_SigningKeyCache entries={len(self._entries)}>"


_KEY_CACHE = _SigningKeyCache()


def data_signing_key(secret: str, day: str, region: str) -> bytes:
    """Derive the AGENTRUN4 key: ``aliyun_v4``+secret -> day -> region -> product."""
    key = _hmac(("aliyun_v4" + secret).encode("utf-8"), day)
    for part in (region, _DATA_PRODUCT, _DATA_TERMINATOR):
        key = _hmac(key, part)
    return key


def _check_region(region: str) -> None:
    if not isinstance(region, str) or not region or "/" in region or region != region.strip():
        raise InvalidParameterError("region must be a non-empty id such as 'cn-hangzhou'")


# --- Signing ---


def _authorization(
    algorithm: str,
    credential: str,
    key: bytes,
    parts: tuple[str, str, str],
    merged: dict[str, str],
    payload: str,
) -> str:
    """Build ``<ALG> Credential=..,SignedHeaders=..,Signature=..``; parts = method, path, query.

    ``merged`` are the signed headers as :func:`_merge_headers` returns them.
    """
    canonical, signed = _canonical(*parts, merged, payload)
    message = string_to_sign(algorithm, canonical).encode("utf-8")
    signature = hmac.new(key, message, hashlib.sha256).hexdigest()
    return f"{algorithm} Credential={credential},SignedHeaders={signed},Signature={signature}"


def _data_key(secret: str, stamp: str, region: str) -> tuple[bytes, str]:
    """Return the cached signing key and the credential scope for ``x-acs-date`` ``stamp``."""
    try:
        _parse_date(stamp)
    except ValueError:
        raise InvalidParameterError("date must look like 2025-09-10T08:00:00Z") from None
    day = stamp[:10].replace("-", "")
    return _KEY_CACHE.get(secret, day, region), f"{day}/{region}/{_DATA_PRODUCT}/{_DATA_TERMINATOR}"


def sign_request(
    *,
    method: str,
    host: str,
    path: str,
    query: Iterable[tuple[str, str | None]],
    headers: HeaderInput,
    body: bytes | None,
    access_key_id: str,
    access_key_secret: str,
    security_token: str | None = None,
) -> dict[str, str]:
    """Sign a control-plane request (ACS3-HMAC-SHA256); return the headers to add."""
    creds = Credentials(access_key_id, access_key_secret, security_token)
    payload = hashlib.sha256(body or b"").hexdigest()
    added = {"x-acs-content-sha256": payload}
    if creds.security_token:
        added["x-acs-accesskey-id"] = creds.access_key_id
        added["x-acs-security-token"] = creds.security_token
    merged = _merge_headers([*_items(headers), ("host", host), *added.items()])
    parts = (method, path, canonical_query(query, encode_keys=False))
    key = access_key_secret.encode("utf-8")
    added["authorization"] = _authorization(
        ACS3_ALGORITHM, access_key_id, key, parts, merged, payload
    )
    return added


def _data_signable(name: str) -> bool:
    lowered = name.strip().lower()
    return lowered in _DATA_EXTRA or lowered.startswith("x-acs-")


def sign_data_request(
    *,
    method: str,
    host: str,
    path: str,
    query: Iterable[tuple[str, str | None]],
    headers: HeaderInput,
    region: str,
    date: str | datetime,
    access_key_id: str,
    access_key_secret: str,
    security_token: str | None = None,
) -> dict[str, str]:
    """Sign a data-plane request (AGENTRUN4-HMAC-SHA256); return the headers to add."""
    _check_region(region)
    creds = Credentials(access_key_id, access_key_secret, security_token)
    stamp = format_date(date) if isinstance(date, datetime) else date
    key, scope = _data_key(access_key_secret, stamp, region)
    added = {"x-acs-content-sha256": UNSIGNED_PAYLOAD, "x-acs-date": stamp}
    if creds.security_token:
        added["x-acs-security-token"] = creds.security_token
    eligible = [(n, v) for n, v in _items(headers) if isinstance(n, str) and _data_signable(n)]
    merged = _merge_headers([*eligible, ("host", host), *added.items()])
    parts = (method, path, canonical_query(query, encode_keys=True))
    added["agentrun-authorization"] = _authorization(
        DATA_ALGORITHM, f"{access_key_id}/{scope}", key, parts, merged, UNSIGNED_PAYLOAD
    )
    return added


def new_nonce() -> str:
    """A fresh ``x-acs-signature-nonce``: 128 random bits as 32 hex digits."""
    return secrets.token_hex(16)


def _acs3_signable(name: str) -> bool:
    return name in _ACS3_EXTRA or name.startswith("x-acs-")


class AcsV3Signer:
    """Signs control-plane requests (ACS3-HMAC-SHA256) from their prepared parts.

    :meth:`sign` adds the date, nonce, payload hash, STS headers and
    ``Authorization`` to a header map whose names are lower-case, with the
    credentials given to that call (for a source that refreshes them) or else
    the ones given here. The caller sends exactly the path and canonical query
    it signed.
    """

    def __init__(
        self,
        credentials: Credentials | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
        nonce: Callable[[], str] | None = None,
    ) -> None:
        if credentials is not None and not isinstance(credentials, Credentials):
            raise InvalidParameterError("credentials must be Credentials")
        self._credentials = credentials
        self._clock = clock or _utcnow
        self._nonce = nonce or new_nonce

    def sign(
        self,
        *,
        method: str,
        host: str,
        path: str,
        query: str,
        headers: dict[str, str],
        payload_hash: str,
        credentials: Credentials | None = None,
    ) -> None:
        """Add the signature headers for one attempt to ``headers`` (lower-case names).

        Raises:
            InvalidParameterError: no credentials here nor at construction.
        """
        creds = credentials or self._credentials
        if not isinstance(creds, Credentials):
            raise InvalidParameterError("signing needs Credentials")
        for name in (*_STS_HEADERS, "authorization"):
            headers.pop(name, None)
        headers["x-acs-date"] = format_date(self._clock())
        headers[_NONCE] = self._nonce()
        headers["x-acs-content-sha256"] = payload_hash
        if creds.security_token:
            headers["x-acs-accesskey-id"] = creds.access_key_id
            headers["x-acs-security-token"] = creds.security_token
        signed = _merge_headers(
            [("host", host), *((k, v) for k, v in headers.items() if _acs3_signable(k))]
        )
        headers["authorization"] = _authorization(
            ACS3_ALGORITHM,
            creds.access_key_id,
            creds.access_key_secret.encode("utf-8"),
            (method, path, query),
            signed,
            payload_hash,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


# --- Verification (server side) ---


def _fail(status: int, code: str, message: str) -> SignatureVerificationError:
    return SignatureVerificationError(status, code, message)


def _parse_authorization(value: str | None, algorithm: str) -> tuple[str, tuple[str, ...], str]:
    """Split ``<ALG> Credential=..,SignedHeaders=..,Signature=..``."""
    if not value:
        raise _fail(401, "IncompleteSignature", "the authorization header is missing")
    name, _, rest = value.strip().partition(" ")
    fields = dict(part.strip().partition("=")[::2] for part in rest.split(","))
    credential = fields.get("Credential", "")
    signed = tuple(fields.get("SignedHeaders", "").split(";"))
    signature = fields.get("Signature", "")
    if (
        name != algorithm
        or set(fields) != {"Credential", "SignedHeaders", "Signature"}
        or not credential
        or not all(signed)
        or not re.fullmatch(r"[0-9a-f]{64}", signature)
    ):
        raise _fail(401, "IncompleteSignature", f"the authorization header is not {algorithm}")
    return credential, signed, signature


def _signed_values(
    signed: tuple[str, ...], headers: Mapping[str, str], host: str, required: tuple[str, ...]
) -> dict[str, str]:
    lowered = {k.lower(): v for k, v in headers.items()}
    lowered["host"] = host
    missing = [name for name in required if name not in signed]
    if missing:
        raise _fail(401, "IncompleteSignature", f"SignedHeaders lacks {', '.join(missing)}")
    absent = [name for name in signed if name not in lowered]
    if absent:
        raise _fail(401, "IncompleteSignature", f"signed header(s) not sent: {', '.join(absent)}")
    return {name: lowered[name] for name in signed}


def _check_date(values: Mapping[str, str], now: datetime | None, max_skew: int) -> datetime:
    try:
        moment = _parse_date(values.get("x-acs-date", "").strip())
    except ValueError:
        raise _fail(403, "InvalidTimeStamp.Expired", "x-acs-date is not a valid time") from None
    current = now or _utcnow()
    current = current if current.tzinfo else current.replace(tzinfo=UTC)
    if abs((current - moment).total_seconds()) > max_skew:
        raise _fail(403, "InvalidTimeStamp.Expired", "x-acs-date is too far from server time")
    return moment


def _check_token(values: Mapping[str, str], expected_token: str | None) -> None:
    if expected_token is None:
        return
    token = values.get("x-acs-security-token")
    if token is None or not hmac.compare_digest(token.strip().encode(), expected_token.encode()):
        raise _fail(403, "InvalidSecurityToken", "the security token is missing or invalid")


def _verify(
    algorithm: str,
    parts: tuple[str, str, str, str],
    headers: Mapping[str, str],
    body: bytes | None,
    region: str | None,
    lookup_secret: Callable[[str], str | None],
    checks: tuple[ExpectedToken, datetime | None, int],
) -> VerifiedRequest:
    """Shared server-side check; ``parts`` = method, host, path, raw query and
    ``checks`` = expected token, current time, allowed skew in seconds."""
    method, host, path, raw_query = parts
    expected_token, now, max_skew = checks
    data = algorithm == DATA_ALGORITHM
    auth_name = "agentrun-authorization" if data else "authorization"
    auth = next((v for k, v in headers.items() if k.lower() == auth_name), None)
    credential, signed, signature = _parse_authorization(auth, algorithm)
    ak, _, scope = credential.partition("/")
    scope_parts = scope.split("/")
    if data and (len(scope_parts) != 4 or scope_parts[2:] != [_DATA_PRODUCT, _DATA_TERMINATOR]):
        raise _fail(401, "IncompleteSignature", "the credential scope is malformed")
    if not ak or (scope and not data):
        raise _fail(401, "IncompleteSignature", "the credential is malformed")
    required = ("host", "x-acs-date", "x-acs-content-sha256")
    values = _signed_values(signed, headers, host, required if data else (*required, _NONCE))
    secret = lookup_secret(ak)
    if secret is None:
        raise _fail(403, "InvalidAccessKeyId.NotFound", "the access key id is not known")
    moment = _check_date(values, now, max_skew)
    payload = values["x-acs-content-sha256"].strip()
    if data:
        if scope_parts[0] != moment.strftime("%Y%m%d"):
            raise _fail(403, "SignatureDoesNotMatch", "scope date is not the x-acs-date day")
        if scope_parts[1] != region:
            raise _fail(403, "SignatureDoesNotMatch", f"credential scope region is not {region!r}")
        payload = UNSIGNED_PAYLOAD
        key = _data_key(secret, values["x-acs-date"].strip(), scope_parts[1])[0]
    else:
        digest = hashlib.sha256(body or b"").hexdigest()
        if not hmac.compare_digest(payload.encode(), digest.encode()):
            raise _fail(403, "SignatureDoesNotMatch", "payload hash does not match the body")
        key = secret.encode("utf-8")
    try:
        query_string = canonical_query(parse_query(raw_query), encode_keys=data)
        expected = _authorization(
            algorithm,
            credential,
            key,
            (method, path, query_string),
            _merge_headers(values.items()),
            payload,
        )
    except InvalidParameterError as exc:
        raise _fail(403, "SignatureDoesNotMatch", f"cannot canonicalise: {exc}") from None
    if not hmac.compare_digest(expected.rpartition("=")[2].encode(), signature.encode()):
        raise _fail(403, "SignatureDoesNotMatch", "the request signature does not match")
    _check_token(values, expected_token(ak) if callable(expected_token) else expected_token)
    return VerifiedRequest(ak, signed)


def verify_request(
    *,
    method: str,
    host: str,
    path: str,
    raw_query: str,
    headers: Mapping[str, str],
    body: bytes,
    lookup_secret: Callable[[str], str | None],
    expected_token: ExpectedToken = None,
    now: datetime | None = None,
    max_skew_seconds: int = 900,
) -> VerifiedRequest:
    """Check an ACS3-HMAC-SHA256 request; raise ``SignatureVerificationError``.

    ``expected_token`` is the STS token the request must carry, or a function
    of the access key id giving it (``None``: no token is required).
    """
    parts = (method, host, path, raw_query)
    checks = (expected_token, now, max_skew_seconds)
    return _verify(ACS3_ALGORITHM, parts, headers, body, None, lookup_secret, checks)


def verify_data_request(
    *,
    method: str,
    host: str,
    path: str,
    raw_query: str,
    headers: Mapping[str, str],
    region: str,
    lookup_secret: Callable[[str], str | None],
    expected_token: ExpectedToken = None,
    now: datetime | None = None,
    max_skew_seconds: int = 900,
) -> VerifiedRequest:
    """Check an AGENTRUN4-HMAC-SHA256 request; raise ``SignatureVerificationError``.

    ``expected_token`` is as for :func:`verify_request`.
    """
    parts = (method, host, path, raw_query)
    checks = (expected_token, now, max_skew_seconds)
    return _verify(DATA_ALGORITHM, parts, headers, None, region, lookup_secret, checks)
