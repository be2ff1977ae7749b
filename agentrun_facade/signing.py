"""Request signing for AgentRun: ACS3-HMAC-SHA256 (control plane) and
AGENTRUN4-HMAC-SHA256 (data plane).

Pure functions build the canonical forms and signatures; ``AcsV3Auth`` and
``DataPlaneAuth`` apply them to every ``httpx`` request (sync and async alike);
``verify_request`` and ``verify_data_request`` check signatures on the server
side with the same canonicalisation code. Everything but the ``httpx.Auth``
classes lives in ``_signing`` (no ``httpx`` import) and is re-exported here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Generator
from datetime import datetime

import httpx

from ._signing import (
    _PLAIN_KEY,
    _STS_HEADERS,
    ACS3_ALGORITHM,
    DATA_ALGORITHM,
    DATE_FORMAT,
    EMPTY_SHA256,
    UNSIGNED_PAYLOAD,
    AcsV3Signer,
    Credentials,
    ExpectedToken,
    HeaderInput,
    SignatureVerificationError,
    VerifiedRequest,
    _authorization,
    _check_region,
    _data_key,
    _data_signable,
    _merge_headers,
    _utcnow,
    build_path,
    canonical_query,
    canonical_request,
    data_signing_key,
    encode_path_segment,
    format_date,
    new_nonce,
    parse_query,
    sign_data_request,
    sign_request,
    string_to_sign,
    verify_data_request,
    verify_request,
)
from .errors import InvalidParameterError

__all__ = [
    "ACS3_ALGORITHM",
    "DATA_ALGORITHM",
    "DATE_FORMAT",
    "EMPTY_SHA256",
    "UNSIGNED_PAYLOAD",
    "AcsV3Auth",
    "AcsV3Signer",
    "Credentials",
    "DataPlaneAuth",
    "ExpectedToken",
    "HeaderInput",
    "SignatureVerificationError",
    "VerifiedRequest",
    "build_path",
    "canonical_query",
    "canonical_request",
    "data_signing_key",
    "encode_path_segment",
    "format_date",
    "parse_query",
    "sign_data_request",
    "sign_request",
    "string_to_sign",
    "verify_data_request",
    "verify_request",
]

# --- httpx integration ---


class _SigningAuth(httpx.Auth):
    def __init__(
        self,
        credentials: Callable[[], Credentials] | Credentials,
        clock: Callable[[], datetime] | None,
    ) -> None:
        if not isinstance(credentials, Credentials) and not callable(credentials):
            raise InvalidParameterError("credentials must be Credentials or a callable")
        self._credentials = credentials
        self._clock = clock or _utcnow

    def _resolve(self) -> Credentials:
        source = self._credentials
        creds = source if isinstance(source, Credentials) else source()
        if not isinstance(creds, Credentials):
            raise InvalidParameterError("the credentials provider must return Credentials")
        return creds

    @staticmethod
    def _target(request: httpx.Request, *, encode_keys: bool) -> tuple[str, str]:
        """Return the raw path and the canonical query, which becomes the wire query."""
        path = request.url.raw_path.decode("ascii").partition("?")[0] or "/"
        pairs = parse_query(request.url.query.decode("ascii"))
        if not encode_keys and any(not _PLAIN_KEY.fullmatch(key) for key, _ in pairs):
            raise InvalidParameterError("query parameter names must be plain [A-Za-z0-9._~-]")
        query_string = canonical_query(pairs, encode_keys=encode_keys)
        request.url = request.url.copy_with(query=query_string.encode("ascii") or None)
        return path, query_string

    @staticmethod
    def _collect(request: httpx.Request, wanted: Callable[[str], bool]) -> dict[str, str]:
        """Merge the headers to sign and write them back once, trimmed."""
        signed = _merge_headers((k, v) for k, v in request.headers.multi_items() if wanted(k))
        signed.setdefault("host", request.url.netloc.decode("ascii"))
        for name, value in signed.items():
            request.headers[name] = value
        return signed

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class AcsV3Auth(_SigningAuth):
    """``httpx.Auth`` signing every attempt with ACS3-HMAC-SHA256."""

    requires_request_body = True

    def __init__(
        self,
        credentials: Callable[[], Credentials] | Credentials,
        *,
        clock: Callable[[], datetime] | None = None,
        nonce: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(credentials, clock)
        self._nonce = nonce or new_nonce

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        creds = self._resolve()
        path, query_string = self._target(request, encode_keys=False)
        body = request.content
        if not body:
            request.headers.pop("content-type", None)
        headers = _merge_headers(request.headers.multi_items())
        headers.pop("host", None)
        signer = AcsV3Signer(creds, clock=self._clock, nonce=self._nonce)
        signer.sign(
            method=request.method,
            host=request.url.netloc.decode("ascii"),
            path=path,
            query=query_string,
            headers=headers,
            payload_hash=hashlib.sha256(body).hexdigest(),
        )
        for name in (*_STS_HEADERS, "authorization"):
            request.headers.pop(name, None)
        for name, value in headers.items():
            request.headers[name] = value
        request.headers.setdefault("host", request.url.netloc.decode("ascii"))
        yield request


class DataPlaneAuth(_SigningAuth):
    """``httpx.Auth`` signing every attempt with AGENTRUN4-HMAC-SHA256."""

    def __init__(
        self,
        credentials: Callable[[], Credentials] | Credentials,
        *,
        region: str,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        _check_region(region)
        super().__init__(credentials, clock)
        self._region = region

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request, self._resolve())
        yield request

    def sign(self, request: httpx.Request, creds: Credentials) -> None:
        """Sign ``request`` in place with ``creds`` (for callers that fetch them themselves)."""
        path, query_string = self._target(request, encode_keys=True)
        headers = request.headers
        for name in ("x-acs-security-token", "agentrun-authorization"):
            headers.pop(name, None)
        stamp = format_date(self._clock())
        key, scope = _data_key(creds.access_key_secret, stamp, self._region)
        headers["x-acs-date"] = stamp
        headers["x-acs-content-sha256"] = UNSIGNED_PAYLOAD
        if creds.security_token:
            headers["x-acs-security-token"] = creds.security_token
        signed = self._collect(request, _data_signable)
        credential = f"{creds.access_key_id}/{scope}"
        parts = (request.method, path, query_string)
        headers["Agentrun-Authorization"] = _authorization(
            DATA_ALGORITHM, credential, key, parts, signed, UNSIGNED_PAYLOAD
        )
