"""Building one control-plane request, without I/O.

An :class:`OperationCall` (what the operation modules of the generated
client say to send) becomes a :class:`PreparedRequest`: absolute URL with the
canonical query, headers, the exact JSON body bytes and their hash, timeout.
The transport signs each attempt of it afresh.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

import attrs

from .config import ResolvedConfig
from .errors import InvalidParameterError
from .signing import canonical_query, encode_path_segment

__all__ = [
    "API_VERSION",
    "OperationCall",
    "PreparedRequest",
    "check_id",
    "encode_body",
    "prepare",
]

API_VERSION = "2025-09-10"


def check_id(value: object, name: str) -> str:
    """Validate one path id before a path is built (empty, '.', '..' are refused)."""
    if not isinstance(value, str):
        raise InvalidParameterError(f"{name} must be a string, got {type(value).__name__}")
    try:
        encode_path_segment(value)
    except InvalidParameterError as exc:
        raise InvalidParameterError(f"{name}: {exc}") from None
    return value


@attrs.frozen
class OperationCall:
    """One control-plane operation, ready to send.

    ``kwargs`` is what the generated operation module's ``_get_kwargs`` built:
    ``method``, relative ``url`` (path ids already encoded), optional
    ``params``, ``json`` and ``headers``.
    """

    name: str
    kwargs: Mapping[str, Any]
    resource_type: str
    resource_id: str | None = None

    @property
    def method(self) -> str:
        return str(self.kwargs["method"]).upper()


@attrs.frozen
class PreparedRequest:
    """Everything needed to build and sign each attempt of a call.

    ``url`` already holds the canonical query (``query``), so the bytes
    signed are the bytes sent; ``content`` is the exact body (``None`` for no
    body) and ``payload_hash`` its SHA-256.
    """

    method: str
    url: str
    path: str
    query: str
    content: bytes | None
    payload_hash: str
    headers: dict[str, str]


class _Unencodable(TypeError):
    """Raised from ``json.dumps`` for a value of a type JSON has no form for."""


def _refuse(value: object) -> object:
    raise _Unencodable(type(value).__name__)


def encode_body(call_name: str, value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON (NaN and infinities refused).

    Raises:
        InvalidParameterError: the body holds something JSON cannot carry; the
            message names the operation and the problem, never the values.
    """
    try:
        text = json.dumps(
            value, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_refuse
        )
        return text.encode("utf-8")
    except _Unencodable as exc:
        problem = f"a value of type {exc.args[0]}, which JSON cannot encode"
    except TypeError:
        problem = "a key JSON cannot encode (keys must be strings or numbers)"
    except UnicodeEncodeError:
        problem = "a string that is not valid Unicode"
    except ValueError as exc:
        if "circular" in str(exc).lower():
            problem = "a circular reference"
        else:
            problem = "NaN or an infinite number, which JSON cannot encode"
    except RecursionError:
        problem = "values nested too deeply to encode"
    raise InvalidParameterError(f"{call_name}: the request body holds {problem}") from None


def _query_pairs(params: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    pairs: list[tuple[str, str | None]] = []
    for key, value in params.items():
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, int | float):
            value = str(value)
        pairs.append((str(key), value))
    return pairs


_EMPTY_HASH = hashlib.sha256(b"").hexdigest()


def prepare(call: OperationCall, resolved: ResolvedConfig) -> PreparedRequest:
    """Absolute URL, headers, body bytes and their hash for ``call``.

    The body is serialised here, not by ``httpx``, so a value JSON cannot
    carry is a typed error before anything is sent. The query is put in its
    canonical form (sorted, RFC 3986) once, and sent that way.
    """
    kwargs = call.kwargs
    path = str(kwargs["url"])
    body = kwargs.get("json")
    content = None if body is None else encode_body(call.name, body)
    headers = dict(resolved.request_headers)
    for name, value in (kwargs.get("headers") or {}).items():
        headers[str(name).lower()] = str(value)
    if content is None:
        headers.pop("content-type", None)
    else:
        headers.setdefault("content-type", "application/json")
    headers["x-acs-action"] = call.name
    headers["x-acs-version"] = API_VERSION
    params = kwargs.get("params")
    query = canonical_query(_query_pairs(params), encode_keys=False) if params else ""
    base = resolved.control_base_url
    return PreparedRequest(
        method=call.method,
        url=f"{base}{path}?{query}" if query else base + path,
        path=resolved.control_base_path + path,
        query=query,
        content=content,
        payload_hash=hashlib.sha256(content).hexdigest() if content else _EMPTY_HASH,
        headers=headers,
    )
