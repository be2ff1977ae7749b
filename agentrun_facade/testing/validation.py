"""Request validation against the strict, spec-derived schemas.

Bytes that are not acceptable JSON (malformed, ``NaN``/``Infinity``, nested
deeper than :data:`MAX_DEPTH`) are ``400 ERR_BAD_REQUEST``. Every schema problem
is reported as ``400 ERR_VALIDATION_FAILED`` with a message that names each
offending field path (``codeConfiguration.command[0]``) and what is wrong with
it, never the offending value (it may be a secret).

Fields and query parameters the spec does not declare are accepted and dropped,
unless ``strict_fields`` asks for them to be rejected.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errors import bad_request, validation_failed
from .shapes import shape_of
from .spec import (
    API_VERSION,
    SPEC_URI,
    Operation,
    operations,
    schema_ref,
    strict_spec,
    tighten_parameter,
)

_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_NUMBER = re.compile(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")
#: Deepest nesting of arrays and objects accepted in a JSON body.
MAX_DEPTH = 32


@functools.cache
def _registry(strict_fields: bool = True) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(
        dict(strict_spec(strict_fields)), default_specification=DRAFT202012
    )
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


@functools.cache
def _validator_for(schema_name: str, strict_fields: bool = True) -> Any:
    return Draft202012Validator(schema_ref(schema_name), registry=_registry(strict_fields))


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


def parse_body(
    operation: Operation, raw: bytes, content_type: str | None, *, strict_fields: bool = True
) -> Any:
    """Decode and validate the JSON body of ``operation``; None when absent and optional.

    Without ``strict_fields`` undeclared fields are accepted and left out of the result.
    """
    if operation.body_schema is None:
        if raw.strip():
            raise validation_failed(f"{operation.operation_id} takes no request body")
        return None
    if not raw.strip():
        if operation.body_required:
            raise validation_failed("request body is required")
        return None
    if content_type and "json" not in content_type.lower():
        raise bad_request("request body must be sent as application/json")
    body = decode_json(raw)
    validator = _validator_for(operation.body_schema, strict_fields)
    _raise_if(collect_problems(validator, body), "request body")
    if strict_fields:
        return body
    return shape_of(operation.body_schema).keep(body, mask=False)


#: Largest integer magnitude accepted anywhere in a JSON body (64-bit).
MAX_INTEGER = 2**63 - 1


class _OutOfRange(ValueError):
    """A JSON number no client type can hold (``NaN``, ``Infinity``, ``1e400``, 10**30)."""


def _no_constant(name: str) -> Any:
    raise _OutOfRange(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (math.inf, -math.inf):
        raise _OutOfRange(text)
    return value


def _bounded_int(text: str) -> int:
    if len(text) > 20:
        raise _OutOfRange(text)
    value = int(text)
    if abs(value) > MAX_INTEGER:
        raise _OutOfRange(text)
    return value


def _too_deep(value: Any) -> bool:
    """True when arrays and objects nest deeper than :data:`MAX_DEPTH` (no recursion)."""
    level: list[Any] = [value]
    for _ in range(MAX_DEPTH):
        below: list[Any] = []
        for node in level:
            if isinstance(node, dict):
                below.extend(v for v in node.values() if isinstance(v, dict | list))
            elif isinstance(node, list):
                below.extend(v for v in node if isinstance(v, dict | list))
        if not below:
            return False
        level = below
    return True


def decode_json(raw: bytes) -> Any:
    """Parse JSON text: 400 ``ERR_BAD_REQUEST`` for malformed, out-of-range or too deep input.

    ``NaN``, ``Infinity``, floats that overflow and integers beyond 64 bits are out of range.
    """
    try:
        value = json.loads(
            raw.decode("utf-8"),
            parse_constant=_no_constant,
            parse_float=_finite_float,
            parse_int=_bounded_int,
        )
    except _OutOfRange:
        raise bad_request(
            "request body contains a number out of range (NaN, Infinity or beyond 64 bits)"
        ) from None
    except RecursionError:
        raise bad_request(f"request body nests deeper than {MAX_DEPTH} levels") from None
    except (UnicodeDecodeError, ValueError):
        raise bad_request("request body is not valid JSON") from None
    if _too_deep(value):
        raise bad_request(f"request body nests deeper than {MAX_DEPTH} levels")
    return value


def _coerce(value: str, schema: Mapping[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer" and _INTEGER.match(value):
        return int(value)
    if kind == "number" and _NUMBER.match(value):
        return float(value)
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


def _operation(operation_id: str) -> Operation:
    return next(o for o in operations() if o.operation_id == operation_id)


@functools.cache
def _query_validator(operation_id: str, strict_fields: bool) -> Any:
    operation = _operation(operation_id)
    schema = {
        "type": "object",
        "properties": {
            name: tighten_parameter(sub) for name, sub in operation.query_params.items()
        },
        "required": sorted(operation.required_query),
        "additionalProperties": not strict_fields,
    }
    return _validator(schema)


def parse_query(
    operation: Operation, pairs: list[tuple[str, str]], *, strict_fields: bool = True
) -> dict[str, Any]:
    """Typed query parameters of ``operation``, validated against the spec.

    Without ``strict_fields`` undeclared parameters are accepted and left out.
    """
    if not pairs and not operation.required_query:
        return {}
    values: dict[str, Any] = {}
    for name, value in pairs:
        if name in values:
            raise validation_failed(f"invalid query: {name}: is given more than once")
        values[name] = _coerce(value, operation.query_params.get(name, {}))
    validator = _query_validator(operation.operation_id, strict_fields)
    _raise_if(collect_problems(validator, values), "query")
    if strict_fields:
        return values
    return {name: value for name, value in values.items() if name in operation.query_params}


@functools.cache
def _path_validators(operation_id: str) -> dict[str, Any]:
    params = _operation(operation_id).path_params
    return {name: _validator(tighten_parameter(sub)) for name, sub in params.items()}


@functools.lru_cache(maxsize=4096)
def _path_problems(operation_id: str, name: str, value: str) -> tuple[str, ...]:
    validator = _path_validators(operation_id).get(name) or _validator({})
    return tuple(p.replace("body", name, 1) for p in collect_problems(validator, value))


def check_path_params(operation: Operation, params: Mapping[str, str]) -> None:
    """Validate decoded path parameters against their spec schemas."""
    problems: list[str] = []
    for name, value in params.items():
        problems += _path_problems(operation.operation_id, name, value)
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
