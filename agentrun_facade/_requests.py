"""Building one control-plane request, without I/O.

A :class:`Route` (one operation of the spec, see ``_routes.py``) makes an
:class:`OperationCall` from path ids, query values and a JSON body; the call
becomes a :class:`PreparedRequest`: absolute URL with the canonical query,
headers, the exact JSON body bytes and their hash.
The transport signs each attempt of it afresh.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any, cast

import attrs

from ._signing import canonical_query, encode_path_segment
from .config import ResolvedConfig
from .errors import InvalidParameterError

__all__ = [
    "API_VERSION",
    "OperationCall",
    "PreparedRequest",
    "Route",
    "check_id",
    "encode_body",
    "encode_id",
    "prepare",
    "query_text",
]

API_VERSION = "2025-09-10"


def encode_id(value: object, name: str) -> str:
    """One path id, checked (empty, '.', '..' are refused) and percent-encoded."""
    if not isinstance(value, str):
        raise InvalidParameterError(f"{name} must be a string, got {type(value).__name__}")
    try:
        return encode_path_segment(value)
    except InvalidParameterError as exc:
        raise InvalidParameterError(f"{name}: {exc}") from None


def check_id(value: object, name: str) -> str:
    """Validate one path id before a path is built (empty, '.', '..' are refused)."""
    encode_id(value, name)
    return cast(str, value)  # encode_id refused anything but a string


#: Whether an operation sends a JSON body: ``"required"``, ``"optional"`` or ``"none"``.
BodyPresence = str


@attrs.frozen
class Route:
    """How one operation is put on the wire, as the spec says (see ``_routes.py``).

    ``path`` is a template whose ``{name}`` placeholders are the
    ``path_params``; ``query`` lists ``(python_name, wire_name, kind)`` with
    kind ``"str"``, ``"int"`` or ``"bool"``; ``body`` is the body's presence.
    """

    name: str
    method: str
    path: str
    path_params: tuple[str, ...]
    query: tuple[tuple[str, str, str], ...]
    body: BodyPresence
    #: Python name -> wire name of each query parameter.
    wire_names: dict[str, str] = attrs.field(init=False, eq=False, repr=False)

    @wire_names.default
    def _wire_names(self) -> dict[str, str]:
        return {python: wire for python, wire, _kind in self.query}

    def call(
        self,
        path_values: tuple[str, ...] = (),
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        *,
        resource_type: str,
        resource_id: str | None = None,
    ) -> OperationCall:
        """The call of this operation with these path ids, query values and JSON body.

        Path ids are checked and percent-encoded; query values that are
        ``None`` are left out, the others are written as strings under their
        wire names. Raises ``InvalidParameterError`` for a bad path id, an
        unknown query name, or a body this operation does not take.
        """
        if len(path_values) != len(self.path_params):
            raise InvalidParameterError(
                f"{self.name} takes {len(self.path_params)} path id(s), got {len(path_values)}"
            )
        path = self.path
        for name, value in zip(self.path_params, path_values, strict=True):
            path = path.replace("{" + name + "}", encode_id(value, name), 1)
        pairs: list[tuple[str, str]] = []
        if query:
            for key, value in query.items():
                wire_name = self.wire_names.get(key)
                if wire_name is None:
                    raise InvalidParameterError(f"{self.name} has no query parameter {key!r}")
                if value is not None:
                    pairs.append((wire_name, query_text(value)))
        if body is not None and self.body == "none":
            raise InvalidParameterError(f"{self.name} takes no request body")
        if body is None and self.body == "required":
            raise InvalidParameterError(f"{self.name} needs a request body")
        return OperationCall(
            self.name, self.method, path, tuple(pairs), body, resource_type, resource_id
        )


def query_text(value: object) -> str:
    """A query value as sent: booleans ``true``/``false``, numbers in decimal, text as is."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value
    kind = type(value).__name__
    raise InvalidParameterError(f"a query value must be text or a number, got {kind}")


@attrs.frozen
class OperationCall:
    """One control-plane operation, ready to send (built by :meth:`Route.call`).

    ``path`` is relative with its ids already encoded, ``query`` the
    ``(wire name, text)`` pairs, ``body`` the JSON value to send (``None``:
    no body).
    """

    name: str
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    body: Any
    resource_type: str
    resource_id: str | None = None


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


_EMPTY_HASH = hashlib.sha256(b"").hexdigest()


def prepare(call: OperationCall, resolved: ResolvedConfig) -> PreparedRequest:
    """Absolute URL, headers, body bytes and their hash for ``call``.

    The body is serialised here, not by ``httpx``, so a value JSON cannot
    carry is a typed error before anything is sent. The query is put in its
    canonical form (sorted, RFC 3986) once, and sent that way.
    """
    path = call.path
    body = call.body
    content = None if body is None else encode_body(call.name, body)
    headers = dict(resolved.request_headers)
    if content is None:
        headers.pop("content-type", None)
    else:
        headers["content-type"] = "application/json"
    headers["x-acs-action"] = call.name
    headers["x-acs-version"] = API_VERSION
    query = canonical_query(call.query, encode_keys=False) if call.query else ""
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
