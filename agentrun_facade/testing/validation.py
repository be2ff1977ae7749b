"""Request validation against the strict, spec-derived schemas.

Every problem is reported as ``400 ERR_VALIDATION_FAILED`` with a message that
names each offending field path (``codeConfiguration.command[0]``) and what is
wrong with it, never the offending value (it may be a secret).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errors import validation_failed
from .spec import API_VERSION, SPEC_URI, Operation, known_values, schema_ref, strict_spec

_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_NUMBER = re.compile(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")
#: Comma-separated query filters and the spec schema whose ``x-known-values``
#: their items must come from (the spec itself types the filters as plain strings).
_CSV_ENUM_FILTERS: dict[tuple[str, str], str] = {("ListAgentRuntimes", "status"): "ResourceStatus"}


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(
        dict(strict_spec()), default_specification=DRAFT202012
    )
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


@functools.cache
def _validator_for(schema_name: str) -> Any:
    return Draft202012Validator(schema_ref(schema_name), registry=_registry())


def _validator(schema: Mapping[str, Any]) -> Any:
    return Draft202012Validator(dict(schema), registry=_registry())


def format_path(parts: Iterable[Any]) -> str:
    """``["a", 0, "b"]`` -> ``a[0].b``; the empty path is ``body``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _join(base: str, name: str) -> str:
    return f"{base}.{name}" if base else name


def _describe(error: Any) -> list[tuple[str, str]]:
    """Turn one jsonschema error into ``(field path, problem)`` pairs."""
    where = format_path(error.absolute_path)
    kind = error.validator
    expected = error.validator_value
    if kind == "required":
        present = error.instance if isinstance(error.instance, dict) else {}
        return [(_join(where, name), "is required") for name in expected if name not in present]
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - known) if isinstance(error.instance, dict) else []
        return [(_join(where, name), "is not a known field") for name in extra]
    if kind == "enum":
        return [(where or "body", "must be one of " + ", ".join(str(v) for v in expected))]
    problems = {
        "type": f"must be of type {expected}",
        "minimum": f"must be >= {expected}",
        "maximum": f"must be <= {expected}",
        "exclusiveMinimum": f"must be > {expected}",
        "exclusiveMaximum": f"must be < {expected}",
        "minLength": f"must be at least {expected} character(s) long",
        "maxLength": f"must be at most {expected} character(s) long",
        "pattern": f"must match {expected}",
        "minItems": f"must have at least {expected} item(s)",
    }
    return [(where or "body", problems.get(kind, f"fails the {kind} rule"))]


def collect_problems(validator: Any, instance: Any) -> list[str]:
    """Every ``path: problem`` for ``instance``, sorted and de-duplicated."""
    found: set[tuple[str, str]] = set()
    for error in validator.iter_errors(instance):
        found.update(_describe(error))
    return [f"{path}: {problem}" for path, problem in sorted(found)]


def _raise_if(problems: list[str], what: str) -> None:
    if problems:
        raise validation_failed(f"invalid {what}: " + "; ".join(problems))


def parse_body(operation: Operation, raw: bytes, content_type: str | None) -> Any:
    """Decode and validate the JSON body of ``operation``; None when absent and optional."""
    if operation.body_schema is None:
        if raw.strip():
            raise validation_failed(f"{operation.operation_id} takes no request body")
        return None
    if not raw.strip():
        if operation.body_required:
            raise validation_failed("request body is required")
        return None
    if content_type and "json" not in content_type.lower():
        raise validation_failed("request body must be sent as application/json")
    body = decode_json(raw)
    _raise_if(collect_problems(_validator_for(operation.body_schema), body), "request body")
    return body


def decode_json(raw: bytes) -> Any:
    """Parse JSON text; malformed input is a validation failure."""
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise validation_failed("request body is not valid JSON") from None


def _coerce(value: str, schema: Mapping[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer" and _INTEGER.match(value):
        return int(value)
    if kind == "number" and _NUMBER.match(value):
        return float(value)
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


_QUERY_VALIDATORS: dict[str, Any] = {}


def _query_validator(operation: Operation) -> Any:
    cached = _QUERY_VALIDATORS.get(operation.operation_id)
    if cached is not None:
        return cached
    schema = {
        "type": "object",
        "properties": dict(operation.query_params),
        "required": sorted(operation.required_query),
        "additionalProperties": False,
    }
    validator = _QUERY_VALIDATORS[operation.operation_id] = _validator(schema)
    return validator


def parse_query(operation: Operation, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Typed query parameters of ``operation``, validated against the spec."""
    values: dict[str, Any] = {}
    for name, value in pairs:
        if name in values:
            raise validation_failed(f"invalid query: {name}: is given more than once")
        values[name] = _coerce(value, operation.query_params.get(name, {}))
    _raise_if(collect_problems(_query_validator(operation), values), "query")
    _check_csv_enums(operation, values)
    return values


def _check_csv_enums(operation: Operation, values: Mapping[str, Any]) -> None:
    """Each item of a comma-separated enum filter must be a known value of the spec."""
    problems: list[str] = []
    for (operation_id, name), schema_name in _CSV_ENUM_FILTERS.items():
        raw = values.get(name)
        if operation_id != operation.operation_id or not isinstance(raw, str):
            continue
        known = known_values(schema_name)
        for item in (part.strip() for part in raw.split(",")):
            if item and item not in known:
                problems.append(f"{name}: {item!r} is not one of " + ", ".join(known))
    _raise_if(problems, "query")


def check_path_params(operation: Operation, params: Mapping[str, str]) -> None:
    """Validate decoded path parameters against their spec schemas."""
    problems: list[str] = []
    for name, value in params.items():
        validator = _validator(operation.path_params.get(name, {}))
        problems += [p.replace("body", name, 1) for p in collect_problems(validator, value)]
    _raise_if(problems, "path")


def check_action_headers(operation: Operation, headers: Mapping[str, str]) -> None:
    """``x-acs-action`` must name the operation and ``x-acs-version`` the API version."""
    action = headers.get("x-acs-action")
    if action != operation.operation_id:
        raise validation_failed(
            f"header x-acs-action must be {operation.operation_id!r} for this path and method"
        )
    if headers.get("x-acs-version") != API_VERSION:
        raise validation_failed(f"header x-acs-version must be {API_VERSION!r}")


def validate_instance(schema: Mapping[str, Any], instance: Any, what: str) -> None:
    """Validate ``instance`` against an ad-hoc schema (used by the data plane)."""
    _raise_if(collect_problems(_validator(schema), instance), what)
