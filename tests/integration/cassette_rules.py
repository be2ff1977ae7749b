"""What a cassette keeps: fixed replay origin, fake credentials, filters and matching.

Requests are recorded against a server on some origin (the emulator on a random
loopback port, or the real service) and rewritten to :data:`REPLAY_ORIGIN`, the
origin the replay configuration points at. vcrpy applies the same request
filter to live requests before matching, so a replayed request and its recorded
twin meet on the rewritten form; the port never matters.

Request headers are reduced to :data:`KEPT_REQUEST_HEADERS`: everything that
signs a request (``Authorization``, ``Agentrun-Authorization``, date, nonce,
content hash, access key id, STS token) and machine-specific noise (user agent,
``x-stainless-*``) is dropped. Known secret values are replaced wherever else
they could appear (URI, body, response headers and body).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from vcr.request import Request

#: Where the replay configuration points; recorded URLs are rewritten to it.
REPLAY_ORIGIN = "http://127.0.0.1:9"

#: Fake credentials shared by the emulator (record, live) and the replay configuration.
ACCESS_KEY_ID = "AKIDTESTONLY"
ACCESS_KEY_SECRET = "test-secret-not-real"
SECURITY_TOKEN = "sts-token-not-real"
ACCOUNT_ID = "1234567890123456"
REGION = "cn-hangzhou"

#: Signing headers removed with vcrpy's ``filter_headers``.
SIGNING_HEADERS = (
    "authorization",
    "agentrun-authorization",
    "x-acs-accesskey-id",
    "x-acs-security-token",
    "x-acs-signature-nonce",
    "x-acs-date",
    "x-acs-content-sha256",
)

#: The only request headers a cassette keeps (none of them is secret or volatile).
KEPT_REQUEST_HEADERS = frozenset({"accept", "content-type", "x-acs-action", "x-acs-version"})

#: Response headers that only add noise to a cassette.
DROPPED_RESPONSE_HEADERS = frozenset({"date", "server"})

#: vcrpy matchers: no header is compared, so signatures, dates and nonces never matter.
MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "body")

REDACTED = "REDACTED"
_SIGNATURE_TEXT = re.compile(r"(?:ACS3|AGENTRUN4)-HMAC-SHA256[^\"]*|Credential=[^,\"\s]*")


def _replace(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


def _as_text(body: Any) -> str | None:
    if isinstance(body, bytes):
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return body if isinstance(body, str) else None


class Scrubber:
    """vcrpy ``before_record_request`` / ``before_record_response`` hooks.

    ``secrets`` are values that must never be written (access key id, secret,
    STS token); ``origins`` are the recorded server's origins, replaced by
    :data:`REPLAY_ORIGIN` inside response bodies (e.g. ``endpointPublicUrl``).
    """

    def __init__(self, secrets: Iterable[str | None], origins: Iterable[str] = ()) -> None:
        # Longest first, so a secret containing another is replaced whole.
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)
        self.origins = sorted({o.rstrip("/") for o in origins if o}, key=len, reverse=True)

    def _text(self, text: str) -> str:
        for origin in self.origins:
            text = text.replace(origin, REPLAY_ORIGIN)
        text = _replace(text, self.secrets)
        return _SIGNATURE_TEXT.sub(REDACTED, text)

    def request(self, request: Request) -> Request:
        """Rewrite the origin, keep only harmless headers, scrub URI and body."""
        parts = urlsplit(request.uri)
        replay = urlsplit(REPLAY_ORIGIN)
        uri = urlunsplit((replay.scheme, replay.netloc, parts.path, parts.query, ""))
        request.uri = _replace(uri, self.secrets)
        kept = {k: v for k, v in request.headers.items() if k.lower() in KEPT_REQUEST_HEADERS}
        request.headers = kept
        text = _as_text(request.body)
        if text is not None:
            scrubbed = _replace(text, self.secrets)
            if scrubbed != text:
                request.body = scrubbed
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """Drop noisy headers, scrub header values and the body, fix content-length."""
        headers: dict[str, list[str]] = {}
        for name, values in response["headers"].items():
            if name.lower() in DROPPED_RESPONSE_HEADERS:
                continue
            headers[name] = [_replace(str(v), self.secrets) for v in values]
        body = response["body"]["string"]
        text = _as_text(body)
        if text is not None:
            scrubbed = self._text(text)
            if scrubbed != text:
                encoded = scrubbed.encode("utf-8")
                response["body"]["string"] = encoded
                for name in headers:
                    if name.lower() == "content-length":
                        headers[name] = [str(len(encoded))]
        response["headers"] = headers
        return response


def vcr_options(scrubber: Scrubber) -> dict[str, Any]:
    """Keyword arguments for ``vcr.use_cassette`` (the ``vcr_config`` fixture).

    ``record_mode`` is deliberately absent: pytest-recording's ``--record-mode``
    decides it (default ``none``), and a value here would override the option.
    """
    request_hook: Callable[[Request], Request] = scrubber.request
    response_hook: Callable[[dict[str, Any]], dict[str, Any]] = scrubber.response
    return {
        "filter_headers": list(SIGNING_HEADERS),
        "before_record_request": request_hook,
        "before_record_response": response_hook,
        "decode_compressed_response": True,
        "match_on": list(MATCH_ON),
        "allow_playback_repeats": False,
    }
