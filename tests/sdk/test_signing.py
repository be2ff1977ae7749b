"""Tests for agentrun_facade.signing: shared vectors, canonical forms, httpx auth, verification."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from agentrun_facade import _signing, signing
from agentrun_facade.errors import InvalidParameterError
from agentrun_facade.signing import (
    EMPTY_SHA256,
    AcsV3Auth,
    Credentials,
    DataPlaneAuth,
    SignatureVerificationError,
    build_path,
    canonical_query,
    canonical_request,
    data_signing_key,
    encode_path_segment,
    parse_query,
    sign_data_request,
    sign_request,
    string_to_sign,
    verify_data_request,
    verify_request,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
AK = "AKIDTESTONLY"
SK = "test-secret-not-real"
TOKEN = "test-sts-token-not-real+/=="
BASE = "http://127.0.0.1:8080"


def _load(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def _vector_ids(name: str) -> list[str]:
    return [v["name"] for v in _load(name)]


@pytest.mark.parametrize("name", ["signing-vectors.json", "data-signing-vectors.json"])
def test_vector_fixtures_are_the_shared_ones(name: str) -> None:
    shared = SHARED / name
    if not shared.is_file():
        pytest.skip(f"shared vectors not found at {shared}")
    assert json.loads(shared.read_text(encoding="utf-8")) == _load(name)


ACS3_NAMES = _vector_ids("signing-vectors.json")
DATA_NAMES = _vector_ids("data-signing-vectors.json")


def _vector(file: str, name: str) -> dict[str, Any]:
    return next(v for v in _load(file) if v["name"] == name)


def _date(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


# --------------------------------------------------------------------------
# Shared vectors
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ACS3_NAMES)
def test_control_plane_vector(name: str) -> None:
    v = _vector("signing-vectors.json", name)
    body = None if v["body"] is None else v["body"].encode("utf-8")
    query = [tuple(pair) for pair in v["query"]]
    result = sign_request(
        method=v["method"],
        host=v["host"],
        path=v["path"],
        query=query,
        headers=v["headers"],
        body=body,
        access_key_id=v["access_key_id"],
        access_key_secret=v["access_key_secret"],
        security_token=v["security_token"],
    )
    exp = v["expected"]
    wanted = ("authorization", "x-acs-content-sha256", "x-acs-accesskey-id", "x-acs-security-token")
    assert result == {k: exp[k] for k in wanted if k in exp}

    derived = {k: v for k, v in result.items() if k != "authorization"}
    all_headers = {**v["headers"], "host": v["host"], **derived}
    text, signed = canonical_request(
        v["method"],
        v["path"],
        canonical_query(query, encode_keys=False),
        all_headers,
        result["x-acs-content-sha256"],
    )
    assert text == exp["canonical_request"]
    assert signed == exp["signed_headers"]
    assert string_to_sign("ACS3-HMAC-SHA256", text) == exp["string_to_sign"]
    if v.get("path_template"):
        assert build_path(v["path_template"], **v["path_params"]) == v["path"]

    # The server side accepts the same request with the same code.
    wire = {**all_headers, "Authorization": result["authorization"]}
    verified = verify_request(
        method=v["method"],
        host=v["host"],
        path=v["path"],
        raw_query=canonical_query(query, encode_keys=False),
        headers=wire,
        body=body or b"",
        lookup_secret={v["access_key_id"]: v["access_key_secret"]}.get,
        expected_token=v["security_token"],
        now=_date(v["headers"]["x-acs-date"]),
    )
    assert verified.access_key_id == v["access_key_id"]
    assert ";".join(verified.signed_headers) == exp["signed_headers"]


@pytest.mark.parametrize("name", DATA_NAMES)
def test_data_plane_vector(name: str) -> None:
    v = _vector("data-signing-vectors.json", name)
    query = [tuple(pair) for pair in v["query"]]
    result = sign_data_request(
        method=v["method"],
        host=v["host"],
        path=v["path"],
        query=query,
        headers=v["headers"],
        region=v["region"],
        date=v["date"],
        access_key_id=v["access_key_id"],
        access_key_secret=v["access_key_secret"],
        security_token=v["security_token"],
    )
    exp = v["expected"]
    wanted = (
        "agentrun-authorization",
        "x-acs-content-sha256",
        "x-acs-date",
        "x-acs-security-token",
    )
    assert result == {k: exp[k] for k in wanted if k in exp}
    day = v["date"][:10].replace("-", "")
    assert data_signing_key(v["access_key_secret"], day, v["region"]).hex() == exp["signing_key"]
    if v.get("path_template"):
        assert build_path(v["path_template"], **v["path_params"]) == v["path"]

    derived = {k: val for k, val in result.items() if k != "agentrun-authorization"}
    signable = {k: val for k, val in v["headers"].items() if signing._data_signable(k)}
    all_headers = {**signable, "host": v["host"], **derived}
    text, signed = canonical_request(
        v["method"],
        v["path"],
        canonical_query(query, encode_keys=True),
        all_headers,
        "UNSIGNED-PAYLOAD",
    )
    assert text == exp["canonical_request"]
    assert signed == exp["signed_headers"]
    assert string_to_sign("AGENTRUN4-HMAC-SHA256", text) == exp["string_to_sign"]

    wire = {**v["headers"], "host": v["host"], **result}
    verified = verify_data_request(
        method=v["method"],
        host=v["host"],
        path=v["path"],
        raw_query=canonical_query(query, encode_keys=True),
        headers=wire,
        region=v["region"],
        lookup_secret={v["access_key_id"]: v["access_key_secret"]}.get,
        expected_token=v["security_token"],
        now=_date(v["date"]),
    )
    assert ";".join(verified.signed_headers) == exp["signed_headers"]


def test_worked_examples_from_the_note() -> None:
    v = _vector("signing-vectors.json", "create_runtime_post_json")
    exp = v["expected"]
    assert exp["canonical_request"].split("\n")[2] == ""  # empty query line
    assert exp["authorization"].endswith(
        "Signature=aa4ffcdc2c25171cf27497b9a95911bf8e1a51dd72c21f58956bacd555abd3e4"
    )
    d = _vector("data-signing-vectors.json", "invoke_openai_post_default")
    assert d["expected"]["string_to_sign"] == (
        "AGENTRUN4-HMAC-SHA256\nbb3f92ff1e3267d74ef85e5fc4b5bed5c231c7d83572fd0fedfbe3065e42c5b0"
    )
    key = data_signing_key("ExampleAccessKeySecretForVectors01", "20250910", "cn-hangzhou")
    assert key.hex() == "f5eb7c81205c2e6b1d3420b9e1626499563f0f9665ad118ee8b6058bbcb6a47d"


# --------------------------------------------------------------------------
# Path and query encoding
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "encoded"),
    [
        ("a b", "a%20b"),
        ("a/b", "a%2Fb"),
        ("a+b", "a%2Bb"),
        ("a*b", "a%2Ab"),
        ("100%", "100%25"),
        ("k=v", "k%3Dv"),
        ("a:b", "a%3Ab"),
        ("u@h", "u%40h"),
        ("é", "%C3%A9"),
        ("~x", "~x"),
        ("v1.2", "v1.2"),
        ("...", "..."),
        ("ar-0a1b_Z", "ar-0a1b_Z"),
    ],
)
def test_encode_path_segment(raw: str, encoded: str) -> None:
    assert encode_path_segment(raw) == encoded


@pytest.mark.parametrize("bad", ["", ".", "..", None, 5])
def test_encode_path_segment_rejects(bad: Any) -> None:
    with pytest.raises(InvalidParameterError):
        encode_path_segment(bad)


def test_build_path() -> None:
    assert build_path("/r/{id}/e/{name}", id="a/b", name="x y") == "/r/a%2Fb/e/x%20y"
    with pytest.raises(InvalidParameterError, match="missing"):
        build_path("/r/{id}")
    with pytest.raises(InvalidParameterError, match="unknown"):
        build_path("/r/{id}", id="1", other="2")
    with pytest.raises(InvalidParameterError, match="dot segment"):
        build_path("/r/{id}", id="..")


@pytest.mark.parametrize("encode_keys", [False, True])
def test_canonical_query_sorting(encode_keys: bool) -> None:
    def keys(names: list[str]) -> list[str]:
        text = canonical_query([(n, "v") for n in names], encode_keys=encode_keys)
        return [item.split("=")[0] for item in text.split("&")]

    assert keys(["a", "_", "Z", "A"]) == ["A", "Z", "_", "a"]
    assert keys(["page_size", "pageSize", "page.1", "page"]) == [
        "page",
        "page.1",
        "pageSize",
        "page_size",
    ]
    assert keys(["key.2", "key.10"]) == ["key.10", "key.2"]


def test_data_plane_sorts_before_encoding() -> None:
    assert canonical_query([("é", "1"), ("~t", "2")], encode_keys=True) == "~t=2&%C3%A9=1"
    assert canonical_query([("a b", "1")], encode_keys=True) == "a%20b=1"
    assert canonical_query([("a b", "1")], encode_keys=False) == "a b=1"


def test_canonical_query_values() -> None:
    pairs: list[tuple[str, str | None]] = [
        ("s", "a b"),
        ("p", "1+1"),
        ("st", "*"),
        ("sl", "a/b"),
        ("t", "~"),
        ("pc", "%41"),
    ]
    pairs += [("e", ""), ("n", None)]
    assert canonical_query(pairs, encode_keys=False) == (
        "e=&p=1%2B1&pc=%2541&s=a%20b&sl=a%2Fb&st=%2A&t=~"
    )
    assert canonical_query([], encode_keys=False) == ""
    with pytest.raises(InvalidParameterError, match="repeated"):
        canonical_query([("a", "1"), ("a", "2")], encode_keys=False)
    with pytest.raises(InvalidParameterError):
        canonical_query([("a", True)], encode_keys=False)  # type: ignore[list-item]


def test_parse_query_plus_and_percent() -> None:
    assert parse_query("a=x%2By&b=c+d&c=&d&&e=%C3%A9") == [
        ("a", "x+y"),
        ("b", "c d"),
        ("c", ""),
        ("d", ""),
        ("e", "é"),
    ]
    with pytest.raises(InvalidParameterError):
        parse_query("a=%FF")


def test_sign_request_merges_headers_case_insensitively() -> None:
    common: dict[str, Any] = {
        "method": "post",
        "host": "h",
        "path": "/p",
        "query": [],
        "body": b"{}",
        "access_key_id": AK,
        "access_key_secret": SK,
    }
    one = sign_request(headers={"content-type": "application/json"}, **common)
    same = sign_request(
        headers=[("Content-Type", "application/json"), ("content-type", " application/json ")],
        **common,
    )
    assert one == same
    assert "SignedHeaders=content-type;host;x-acs-content-sha256," in one["authorization"]
    with pytest.raises(InvalidParameterError, match="different values") as info:
        sign_request(headers=[("Content-Type", "a"), ("content-type", "b")], **common)
    assert SK not in str(info.value)
    # Inner spaces are kept, so they change the signature.
    spaced = sign_request(headers={"x-acs-x": "a  b"}, **common)
    single = sign_request(headers={"x-acs-x": "a b"}, **common)
    assert spaced["authorization"] != single["authorization"]
    # None and b"" hash alike.
    common["body"] = None
    assert sign_request(headers={}, **common)["x-acs-content-sha256"] == EMPTY_SHA256


def test_sign_data_request_filters_headers_and_rejects_bad_date() -> None:
    base: dict[str, Any] = {
        "method": "GET",
        "host": "h",
        "path": "/p",
        "query": [],
        "region": "cn-hangzhou",
        "access_key_id": AK,
        "access_key_secret": SK,
    }
    plain = sign_data_request(headers={}, date="2025-09-10T08:00:00Z", **base)
    noisy = sign_data_request(
        headers={"User-Agent": "x", "Accept": "y"},
        date=datetime(2025, 9, 10, 8, tzinfo=UTC),
        **base,
    )
    assert plain == noisy
    typed = sign_data_request(
        headers={"Content-Type": "text/plain"}, date=plain["x-acs-date"], **base
    )
    assert "SignedHeaders=content-type;host;" in typed["agentrun-authorization"]
    empty_token = sign_data_request(headers={}, date=plain["x-acs-date"], security_token="", **base)
    assert empty_token == plain
    with pytest.raises(InvalidParameterError, match="date"):
        sign_data_request(headers={}, date="2025-09-10 08:00:00", **base)


def test_credentials_repr_hides_secret_and_token() -> None:
    creds = Credentials(AK, SK, TOKEN)
    for text in (repr(creds), str(creds)):
        assert AK in text
        assert SK not in text
        assert TOKEN not in text
    assert "security_token=None" in repr(Credentials(AK, SK))
    with pytest.raises(InvalidParameterError):
        Credentials("", SK)


# --------------------------------------------------------------------------
# httpx end to end
# --------------------------------------------------------------------------


def _path_of(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii").partition("?")[0]


def acs3_handler(
    secrets: dict[str, str],
    *,
    expected_token: str | None = None,
    now: Callable[[], datetime] | None = None,
    body_of: Callable[[httpx.Request], bytes] = lambda r: r.content,
    seen: list[httpx.Request] | None = None,
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        try:
            verified = verify_request(
                method=request.method,
                host=request.headers["host"],
                path=_path_of(request),
                raw_query=request.url.query.decode("ascii"),
                headers=request.headers,
                body=body_of(request),
                lookup_secret=secrets.get,
                expected_token=expected_token,
                # The clock is read as the request is handled, never when the test is collected.
                now=None if now is None else now(),
            )
        except SignatureVerificationError as exc:
            return httpx.Response(exc.status_code, json={"code": exc.error_code, "msg": str(exc)})
        return httpx.Response(200, json={"signed": list(verified.signed_headers)})

    return handler


def data_handler(
    secrets: dict[str, str], *, region: str = "cn-hangzhou", expected_token: str | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        try:
            verified = verify_data_request(
                method=request.method,
                host=request.headers["host"],
                path=_path_of(request),
                raw_query=request.url.query.decode("ascii"),
                headers=request.headers,
                region=region,
                lookup_secret=secrets.get,
                expected_token=expected_token,
            )
        except SignatureVerificationError as exc:
            return httpx.Response(exc.status_code, json={"code": exc.error_code, "msg": str(exc)})
        return httpx.Response(200, json={"signed": list(verified.signed_headers)})

    return handler


def _client(auth: httpx.Auth, handler: Callable[[httpx.Request], httpx.Response]) -> httpx.Client:
    return httpx.Client(auth=auth, transport=httpx.MockTransport(handler), base_url=BASE)


TRICKY_PARAMS = {
    "space": "a b",
    "plus": "1+1",
    "slash": "a/b",
    "percent": "100%41",
    "unicode": "é智",
    "empty": "",
    "pageSize": "20",
}


def test_acs3_round_trip_with_tricky_query() -> None:
    seen: list[httpx.Request] = []
    with _client(AcsV3Auth(Credentials(AK, SK)), acs3_handler({AK: SK}, seen=seen)) as client:
        path = build_path("/2025-09-10/agents/runtimes/{id}", id="a/b c")
        response = client.get(path, params=TRICKY_PARAMS)
    assert response.status_code == 200, response.text
    request = seen[0]
    expected_query = canonical_query(TRICKY_PARAMS.items(), encode_keys=False)
    assert request.url.query.decode("ascii") == expected_query
    assert dict(parse_query(expected_query)) == TRICKY_PARAMS
    assert _path_of(request) == "/2025-09-10/agents/runtimes/a%2Fb%20c"
    assert request.headers["host"] == "127.0.0.1:8080"
    signed = response.json()["signed"]
    assert {"host", "accept", "user-agent", "x-acs-signature-nonce"} <= set(signed)
    assert not {"accept-encoding", "connection", "content-length"} & set(signed)
    assert "content-type" not in request.headers
    assert request.headers["x-acs-content-sha256"] == EMPTY_SHA256
    assert request.headers["authorization"].startswith(f"ACS3-HMAC-SHA256 Credential={AK},")


def test_acs3_host_includes_port() -> None:
    seen: list[httpx.Request] = []
    with _client(AcsV3Auth(Credentials(AK, SK)), acs3_handler({AK: SK}, seen=seen)) as client:
        assert client.get("/p").status_code == 200
    request = seen[0]
    with pytest.raises(SignatureVerificationError) as info:
        verify_request(
            method="GET",
            host="127.0.0.1",
            path="/p",
            raw_query="",
            headers=request.headers,
            body=b"",
            lookup_secret={AK: SK}.get,
        )
    assert info.value.error_code == "SignatureDoesNotMatch"


def test_acs3_post_body_and_empty_body_content_type() -> None:
    seen: list[httpx.Request] = []
    with _client(AcsV3Auth(Credentials(AK, SK)), acs3_handler({AK: SK}, seen=seen)) as client:
        ok = client.post("/p", json={"name": "é"})
        empty = client.post("/p", content=b"", headers={"Content-Type": "application/json"})
    assert ok.status_code == 200 and "content-type" in ok.json()["signed"]
    body = seen[0].content
    assert seen[0].headers["x-acs-content-sha256"] == hashlib.sha256(body).hexdigest()
    assert empty.status_code == 200
    assert "content-type" not in seen[1].headers
    assert "content-type" not in empty.json()["signed"]


@pytest.mark.parametrize(
    ("handler", "status", "code"),
    [
        (acs3_handler({AK: "another-secret-not-real"}), 403, "SignatureDoesNotMatch"),
        (acs3_handler({"OTHERAK": SK}), 403, "InvalidAccessKeyId.NotFound"),
        (acs3_handler({AK: SK}, body_of=lambda r: r.content + b" "), 403, "SignatureDoesNotMatch"),
        (
            acs3_handler({AK: SK}, now=lambda: datetime.now(UTC) + timedelta(minutes=20)),
            403,
            "InvalidTimeStamp.Expired",
        ),
        (acs3_handler({AK: SK}, expected_token=TOKEN), 403, "InvalidSecurityToken"),
    ],
    ids=["wrong-secret", "unknown-key", "altered-body", "stale-date", "missing-token"],
)
def test_acs3_rejections(
    handler: Callable[[httpx.Request], httpx.Response], status: int, code: str
) -> None:
    with _client(AcsV3Auth(Credentials(AK, SK)), handler) as client:
        response = client.post("/p", json={"a": 1})
    assert response.status_code == status
    assert response.json()["code"] == code
    assert SK not in response.text


def test_acs3_altered_body_with_rehashed_payload_fails() -> None:
    headers = {"x-acs-date": signing.format_date(datetime.now(UTC)), "x-acs-signature-nonce": "n1"}
    added = sign_request(
        method="POST",
        host="h",
        path="/p",
        query=[],
        headers=headers,
        body=b'{"a":1}',
        access_key_id=AK,
        access_key_secret=SK,
    )
    forged = b'{"a":2}'
    wire = {**headers, **added, "host": "h"}
    wire["x-acs-content-sha256"] = hashlib.sha256(forged).hexdigest()
    kwargs: dict[str, Any] = {"method": "POST", "host": "h", "path": "/p", "raw_query": ""}
    with pytest.raises(SignatureVerificationError) as info:
        verify_request(headers=wire, body=forged, lookup_secret={AK: SK}.get, **kwargs)
    assert (info.value.status_code, info.value.error_code) == (403, "SignatureDoesNotMatch")
    signature = added["authorization"].rpartition("=")[2]
    assert signature not in str(info.value) and SK not in str(info.value)


def test_acs3_stale_client_clock() -> None:
    old = datetime(2020, 1, 1, tzinfo=UTC)
    with _client(AcsV3Auth(Credentials(AK, SK), clock=lambda: old), acs3_handler({AK: SK})) as c:
        response = c.get("/p")
    assert (response.status_code, response.json()["code"]) == (403, "InvalidTimeStamp.Expired")


def test_verify_request_incomplete_signatures() -> None:
    stamp = signing.format_date(datetime.now(UTC))
    base: dict[str, Any] = {
        "method": "GET",
        "host": "h",
        "path": "/p",
        "raw_query": "",
        "body": b"",
        "lookup_secret": {AK: SK}.get,
    }
    cases = [
        {},
        {"Authorization": "garbage"},
        {"Authorization": f"ACS3-HMAC-SHA256 Credential={AK},SignedHeaders=host"},
    ]
    # A request whose SignedHeaders lacks the nonce.
    added = sign_request(
        method="GET",
        host="h",
        path="/p",
        query=[],
        headers={"x-acs-date": stamp},
        body=None,
        access_key_id=AK,
        access_key_secret=SK,
    )
    cases.append({"x-acs-date": stamp, **added})
    for headers in cases:
        with pytest.raises(SignatureVerificationError) as info:
            verify_request(headers=headers, **base)
        assert (info.value.status_code, info.value.error_code) == (401, "IncompleteSignature")
    full = {"x-acs-date": "yesterday", "x-acs-signature-nonce": "n1"}
    added = sign_request(
        method="GET",
        host="h",
        path="/p",
        query=[],
        headers=full,
        body=None,
        access_key_id=AK,
        access_key_secret=SK,
    )
    with pytest.raises(SignatureVerificationError) as info:
        verify_request(headers={**full, **added}, **base)
    assert (info.value.status_code, info.value.error_code) == (403, "InvalidTimeStamp.Expired")


def test_acs3_sts_round_trip_and_token_mismatch() -> None:
    seen: list[httpx.Request] = []
    creds = Credentials(AK, SK, TOKEN)
    handler = acs3_handler({AK: SK}, expected_token=TOKEN, seen=seen)
    with _client(AcsV3Auth(creds), handler) as client:
        response = client.delete("/p")
    assert response.status_code == 200, response.text
    assert {"x-acs-security-token", "x-acs-accesskey-id"} <= set(response.json()["signed"])
    assert seen[0].headers["x-acs-security-token"] == TOKEN
    assert seen[0].headers["x-acs-accesskey-id"] == AK
    wrong = acs3_handler({AK: SK}, expected_token="other-token-not-real")
    with _client(AcsV3Auth(creds), wrong) as client:
        response = client.delete("/p")
    assert (response.status_code, response.json()["code"]) == (403, "InvalidSecurityToken")
    assert TOKEN not in response.text and "other-token-not-real" not in response.text


def test_acs3_credentials_provider_is_read_per_pass() -> None:
    supply = iter([Credentials(AK, SK, TOKEN), Credentials(AK, SK)])
    auth = AcsV3Auth(lambda: next(supply))
    request = httpx.Request("GET", f"{BASE}/p")
    first = next(auth.auth_flow(request))
    assert first.headers["x-acs-security-token"] == TOKEN
    second = next(auth.auth_flow(request))
    assert "x-acs-security-token" not in second.headers
    assert "x-acs-accesskey-id" not in second.headers
    with pytest.raises(InvalidParameterError):
        next(AcsV3Auth(lambda: "nope").auth_flow(request))  # type: ignore[arg-type,return-value]


def test_acs3_two_passes_get_fresh_date_and_nonce() -> None:
    start = datetime.now(UTC)
    ticks: Iterator[datetime] = (start + timedelta(seconds=i) for i in itertools.count())
    auth = AcsV3Auth(Credentials(AK, SK), clock=lambda: next(ticks))
    request = httpx.Request("POST", f"{BASE}/p", json={"k": "v"})
    request.read()
    stamps = []
    for _ in range(2):
        sent = next(auth.auth_flow(request))
        stamps.append((sent.headers["x-acs-date"], sent.headers["x-acs-signature-nonce"]))
        response = acs3_handler({AK: SK})(sent)
        assert response.status_code == 200, response.text
    assert stamps[0][0] != stamps[1][0] and stamps[0][1] != stamps[1][1]
    assert all(len(nonce) == 32 for _, nonce in stamps)


def test_acs3_rejects_conflicting_duplicate_headers() -> None:
    auth = AcsV3Auth(Credentials(AK, SK))
    with (
        _client(auth, acs3_handler({AK: SK})) as client,
        pytest.raises(InvalidParameterError, match="different values"),
    ):
        client.get("/p", headers=[("x-acs-foo", "1"), ("X-Acs-Foo", "2")])


def test_acs3_async_client() -> None:
    async def run() -> list[httpx.Response]:
        auth = AcsV3Auth(Credentials(AK, SK))
        transport = httpx.MockTransport(acs3_handler({AK: SK}))
        async with httpx.AsyncClient(auth=auth, transport=transport, base_url=BASE) as client:
            good = await client.post("/p", json={"x": "é"}, params=TRICKY_PARAMS)
        bad_auth = AcsV3Auth(Credentials(AK, "wrong-secret-not-real"))
        async with httpx.AsyncClient(auth=bad_auth, transport=transport, base_url=BASE) as client:
            bad = await client.post("/p", json={"x": 1})
        return [good, bad]

    good, bad = asyncio.run(run())
    assert good.status_code == 200, good.text
    assert (bad.status_code, bad.json()["code"]) == (403, "SignatureDoesNotMatch")


def test_data_plane_round_trip_sync_and_async() -> None:
    seen: list[httpx.Request] = []
    verify = data_handler({AK: SK})

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return verify(request)

    params = {"é": "1", "~t": "a b+c", "page": "2"}
    auth = DataPlaneAuth(Credentials(AK, SK), region="cn-hangzhou")
    with _client(auth, handler) as client:
        response = client.post(build_path("/agent-runtimes/{n}/x", n="agent demo+1"), json={})
    assert response.status_code == 200, response.text
    assert response.json()["signed"] == [
        "content-type",
        "host",
        "x-acs-content-sha256",
        "x-acs-date",
    ]
    assert seen[0].headers["x-acs-content-sha256"] == "UNSIGNED-PAYLOAD"
    assert (
        seen[0]
        .headers["agentrun-authorization"]
        .startswith(f"AGENTRUN4-HMAC-SHA256 Credential={AK}/")
    )

    async def run() -> httpx.Response:
        transport = httpx.MockTransport(handler)
        async with httpx.AsyncClient(auth=auth, transport=transport, base_url=BASE) as client:
            return await client.get("/status", params=params)

    response = asyncio.run(run())
    assert response.status_code == 200, response.text
    assert seen[1].url.query.decode("ascii") == "page=2&~t=a%20b%2Bc&%C3%A9=1"


def test_data_plane_rejections() -> None:
    auth = DataPlaneAuth(Credentials(AK, SK, TOKEN), region="cn-hangzhou")
    cases = [
        (data_handler({AK: SK}, expected_token=TOKEN), 200, None),
        (data_handler({AK: SK}, region="ap-southeast-1"), 403, "SignatureDoesNotMatch"),
        (data_handler({AK: "other-secret-not-real"}), 403, "SignatureDoesNotMatch"),
        (data_handler({AK: SK}, expected_token="other"), 403, "InvalidSecurityToken"),
        (data_handler({}), 403, "InvalidAccessKeyId.NotFound"),
    ]
    for handler, status, code in cases:
        with _client(auth, handler) as client:
            response = client.get("/p")
        assert response.status_code == status, response.text
        if code:
            assert response.json()["code"] == code
    stale = DataPlaneAuth(
        Credentials(AK, SK), region="cn-hangzhou", clock=lambda: datetime(2020, 1, 1, tzinfo=UTC)
    )
    with _client(stale, data_handler({AK: SK})) as client:
        response = client.get("/p")
    assert (response.status_code, response.json()["code"]) == (403, "InvalidTimeStamp.Expired")


def test_data_plane_scope_day_must_match_date() -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    added = sign_data_request(
        method="GET",
        host="h",
        path="/p",
        query=[],
        headers={},
        region="cn-hangzhou",
        date=now,
        access_key_id=AK,
        access_key_secret=SK,
    )
    day = now.strftime("%Y%m%d")
    other = (now - timedelta(days=1)).strftime("%Y%m%d")
    forged = {**added, "host": "h"}
    forged["agentrun-authorization"] = added["agentrun-authorization"].replace(day, other)
    with pytest.raises(SignatureVerificationError) as info:
        verify_data_request(
            method="GET",
            host="h",
            path="/p",
            raw_query="",
            headers=forged,
            region="cn-hangzhou",
            lookup_secret={AK: SK}.get,
        )
    assert (info.value.status_code, info.value.error_code) == (403, "SignatureDoesNotMatch")
    assert "scope date" in str(info.value)


def test_nothing_secret_in_reprs() -> None:
    auth = DataPlaneAuth(Credentials(AK, SK, TOKEN), region="cn-hangzhou")
    before = datetime.now(UTC).strftime("%Y%m%d")
    with _client(auth, data_handler({AK: SK})) as client:
        client.get("/p")
    after = datetime.now(UTC).strftime("%Y%m%d")  # the request may straddle midnight UTC
    keys = {data_signing_key(SK, day, "cn-hangzhou").hex() for day in (before, after)}
    texts = [repr(_signing._KEY_CACHE), repr(auth), repr(AcsV3Auth(Credentials(AK, SK, TOKEN)))]
    for text in texts:
        assert SK not in text and TOKEN not in text
        assert not any(key in text for key in keys)


def test_signing_key_cache_is_bounded_and_correct() -> None:
    cache = _signing._SigningKeyCache(size=3)
    regions = [f"region-{i}" for i in range(5)]
    keys = [cache.get(SK, "20250910", region) for region in regions]
    assert keys == [data_signing_key(SK, "20250910", region) for region in regions]
    assert len(cache._entries) == 3
    assert cache.get(SK, "20250910", "region-0") == keys[0]
    assert SK not in repr(cache) and keys[0].hex() not in repr(cache)
