"""Write ``agentrun_facade/_routes.py``: how each operation of the spec is put on the wire.

For every operation: HTTP method, path template, path parameters (in path
order, with the Python names the generated client gives them), query
parameters (Python name, wire name, kind) and whether a JSON body is
required, optional or absent. The facade builds its requests from this table,
so sending a request imports no generated module; tests/tooling checks the
table against the generated client's own ``_get_kwargs`` of every operation.

    python scripts/routes_codegen.py        print the module
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "agentrun-2025-09-10.yaml"
METHODS = ("get", "put", "post", "delete", "patch")

#: Query schema types and how their values are written (see ``_requests.query_text``).
KINDS = {"string": "str", "integer": "int", "boolean": "bool"}


def snake(name: str) -> str:
    """The Python name openapi-python-client gives a camelCase parameter."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _resolve(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    ref = item.get("$ref")
    if ref is None:
        return item
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return _resolve(spec, node)


def _route(
    spec: dict[str, Any], path: str, method: str, shared: list[Any], op: dict[str, Any]
) -> str:
    params = [_resolve(spec, p) for p in (*shared, *op.get("parameters", []))]
    in_path = {p["name"]: p for p in params if p["in"] == "path"}
    path_names = re.findall(r"{([^}]+)}", path)
    if sorted(path_names) != sorted(in_path):
        raise SystemExit(f"{op['operationId']}: path parameters do not match {path}")
    query = []
    for p in params:
        if p["in"] != "query":
            continue
        kind = KINDS.get(p.get("schema", {}).get("type", ""))
        if kind is None:
            raise SystemExit(f"{op['operationId']}: query {p['name']} has no simple type")
        query.append((snake(p["name"]), p["name"], kind))
    body = op.get("requestBody")
    if body is None:
        presence = "none"
    else:
        presence = "required" if _resolve(spec, body).get("required") else "optional"
    template = re.sub(r"{([^}]+)}", lambda m: "{" + snake(m.group(1)) + "}", path)
    return (
        f"    {op['operationId']!r}: Route(\n"
        f"        name={op['operationId']!r},\n"
        f"        method={method.upper()!r},\n"
        f"        path={template!r},\n"
        f"        path_params={tuple(snake(n) for n in path_names)!r},\n"
        f"        query={tuple(query)!r},\n"
        f"        body={presence!r},\n"
        "    ),\n"
    )


def render(spec_path: Path = SPEC) -> str:
    """The text of ``_routes.py`` for the spec at ``spec_path``."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    entries = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if op is not None:
                entries.append(_route(spec, path, method, shared, op))
    head = (
        f'"""How each operation is put on the wire: generated from {spec_path.name}.\n'
        "\n"
        "Written by scripts/routes_codegen.py (run by scripts/regenerate); do not edit.\n"
        '"""\n'
        "\n"
        "from __future__ import annotations\n"
        "\n"
        "from ._requests import Route\n"
        "\n"
        '__all__ = ["ROUTES"]\n'
        "\n"
        "ROUTES: dict[str, Route] = {\n"
    )
    return head + "".join(entries) + "}\n"


if __name__ == "__main__":
    sys.stdout.write(render())
