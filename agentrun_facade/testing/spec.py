"""Loading the OpenAPI document and deriving server-side (strict) schemas from it.

The emulator has no hand-written request model: bodies and query parameters are
checked against the operation's schema from the spec, tightened for the server
side (see :func:`strict_spec`).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml

import agentrun_facade
from agentrun_facade.errors import MissingConfigurationError

SPEC_FILENAME = "agentrun-2025-09-10.yaml"
API_VERSION = "2025-09-10"
SPEC_URI = "urn:agentrun:spec:2025-09-10"
_METHODS = ("get", "put", "post", "delete", "patch")


def spec_candidates() -> list[Path]:
    """Places searched for the spec: the source tree first, then package data."""
    origin = getattr(agentrun_facade, "__file__", None)
    package_dir = Path(origin).parent if origin else Path(__file__).parent.parent
    return [
        package_dir.resolve().parent / "spec" / SPEC_FILENAME,
        Path(__file__).resolve().parent / "spec" / SPEC_FILENAME,
    ]


def spec_path() -> Path:
    """Path of the spec file; raise ``MissingConfigurationError`` when absent."""
    for candidate in spec_candidates():
        if candidate.is_file():
            return candidate
    raise MissingConfigurationError(
        f"the OpenAPI document {SPEC_FILENAME} was not found next to the package "
        "or in agentrun_facade/testing/spec/"
    )


@functools.cache
def load_spec() -> Mapping[str, Any]:
    """Parse the spec once per process."""
    with spec_path().open(encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    if not isinstance(document, dict) or "paths" not in document:
        raise MissingConfigurationError(f"{SPEC_FILENAME} is not an OpenAPI document")
    return document


#: Open-enum schemas the emulator still treats as closed: the service must know
#: which configuration an artifact type needs (official model comment: Code,
#: Container). Every other ``x-known-values`` list is informative only.
CLOSED_ENUMS = frozenset({"ArtifactType"})
#: Bounds of an integer in the official clients (32-bit: C# ``int?``, Java ``Integer``).
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1


def _tighten(node: Any, *, strict_fields: bool) -> Any:
    """A copy for server-side validation.

    Integers get 32-bit bounds where the spec gives none; known values stay
    informative; with ``strict_fields`` objects also forbid undeclared fields.
    """
    if isinstance(node, list):
        return [_tighten(item, strict_fields=strict_fields) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _tighten(value, strict_fields=strict_fields) for key, value in node.items()}
    is_object = out.get("type") == "object" or isinstance(out.get("properties"), dict)
    if strict_fields and is_object and "$ref" not in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    if out.get("type") == "integer":
        out.setdefault("minimum", INT32_MIN)
        out.setdefault("maximum", INT32_MAX)
    out.pop("x-known-values", None)
    return out


@functools.cache
def strict_spec(strict_fields: bool = True) -> Mapping[str, Any]:
    """The spec with every component schema tightened for server-side validation."""
    document = copy.deepcopy(dict(load_spec()))
    components = document.setdefault("components", {})
    schemas = _tighten(components.get("schemas", {}), strict_fields=strict_fields)
    for name in CLOSED_ENUMS:
        schemas[name]["enum"] = list(known_values(name))
    components["schemas"] = schemas
    return document


def tighten_parameter(schema: Mapping[str, Any]) -> dict[str, Any]:
    """A query or path parameter schema tightened like the component schemas."""
    return _tighten(dict(schema), strict_fields=True)  # type: ignore[no-any-return]


def schema_ref(name: str) -> dict[str, str]:
    """A JSON Schema that points at ``#/components/schemas/<name>`` of the strict spec."""
    return {"$ref": f"{SPEC_URI}#/components/schemas/{name}"}


def component_schema(name: str) -> Mapping[str, Any]:
    """The (non-tightened) component schema ``name``."""
    schemas = load_spec()["components"]["schemas"]
    if name not in schemas:
        raise KeyError(name)
    return schemas[name]  # type: ignore[no-any-return]


def known_values(name: str) -> tuple[str, ...]:
    """The ``x-known-values`` of the open-enum component schema ``name``."""
    values = component_schema(name).get("x-known-values")
    if not isinstance(values, list):
        raise KeyError(name)
    return tuple(str(value) for value in values)


def resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a local ``$ref`` (``#/a/b``) in the original spec."""
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return node
    target: Any = load_spec()
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return resolve(target)


@attrs.frozen
class Operation:
    """One control-plane operation as described by the spec."""

    operation_id: str
    method: str
    template: str
    segments: tuple[str, ...]
    path_params: Mapping[str, Mapping[str, Any]]
    query_params: Mapping[str, Mapping[str, Any]]
    required_query: frozenset[str]
    body_schema: str | None
    body_required: bool

    def match(self, method: str, segments: list[str]) -> dict[str, str] | None:
        """Path parameters (still encoded) when ``method`` and ``segments`` fit."""
        if method != self.method or len(segments) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for pattern, value in zip(self.segments, segments, strict=True):
            if pattern.startswith("{") and pattern.endswith("}"):
                params[pattern[1:-1]] = value
            elif pattern != value:
                return None
        return params


def _parameters(path_item: Mapping[str, Any], op: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        yield resolve(raw)


def _body_schema(op: Mapping[str, Any]) -> tuple[str | None, bool]:
    body = op.get("requestBody")
    if not body:
        return None, False
    schema = body["content"]["application/json"]["schema"]
    return schema["$ref"].rsplit("/", 1)[-1], bool(body.get("required", False))


@functools.cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the spec, in document order."""
    found: list[Operation] = []
    for template, path_item in load_spec()["paths"].items():
        for method in _METHODS:
            op = path_item.get(method)
            if op is None:
                continue
            params = list(_parameters(path_item, op))
            body_schema, body_required = _body_schema(op)
            found.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    template=template,
                    segments=tuple(template.strip("/").split("/")),
                    path_params={p["name"]: p["schema"] for p in params if p["in"] == "path"},
                    query_params={p["name"]: p["schema"] for p in params if p["in"] == "query"},
                    required_query=frozenset(
                        p["name"] for p in params if p["in"] == "query" and p.get("required")
                    ),
                    body_schema=body_schema,
                    body_required=body_required,
                )
            )
    return tuple(found)
