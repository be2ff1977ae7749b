"""The facade's request table (``agentrun_facade/_routes.py``) says what the generated client says.

The generated client stays the truth about the wire: for every operation its
``_get_kwargs`` is called with every path and query parameter set (path ids
that need percent-encoding, a value of the right type for each query
parameter) and compared with the call the table builds, and the requests the
facade then prepares are compared byte for byte with what ``_get_kwargs`` asks
to send.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import agentrun_client.api
import pytest

from agentrun_facade._requests import OperationCall, Route, prepare
from agentrun_facade._routes import ROUTES
from agentrun_facade.config import Config
from agentrun_facade.errors import InvalidParameterError
from agentrun_facade.signing import canonical_query

#: Path ids that must be percent-encoded (space, slash, non-ASCII, reserved characters).
PATH_IDS = ("ar-1 a/b", "é?#%+")
BODY = {"agentRuntimeName": "n", "nested": {"list": [1, 2.5, True, None, "ü"]}}


class _Body:
    """What ``_get_kwargs`` calls ``to_dict`` on."""

    def to_dict(self) -> dict[str, Any]:
        return BODY


def _generated_operations() -> dict[str, Any]:
    """``_get_kwargs`` of every generated operation module, by module name."""
    found: dict[str, Any] = {}
    for group in pkgutil.iter_modules(agentrun_client.api.__path__):
        package = importlib.import_module(f"agentrun_client.api.{group.name}")
        for module in pkgutil.iter_modules(package.__path__):
            loaded = importlib.import_module(f"{package.__name__}.{module.name}")
            found[module.name] = loaded._get_kwargs
    return found


GENERATED = _generated_operations()


def _module_name(operation_id: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in operation_id).lstrip("_")


def _query_value(name: str, annotation: str) -> Any:
    if annotation.startswith("int"):
        return 7 + len(name)
    if annotation.startswith("bool"):
        return True
    return f"{name} value/ü&="  # needs encoding in the query


def test_the_table_has_exactly_the_generated_operations() -> None:
    assert sorted(_module_name(name) for name in ROUTES) == sorted(GENERATED)
    assert all(route.name == name for name, route in ROUTES.items())


@pytest.mark.parametrize("operation", sorted(ROUTES))
def test_each_route_builds_what_get_kwargs_builds(operation: str) -> None:
    route = ROUTES[operation]
    get_kwargs = GENERATED[_module_name(operation)]
    parameters = inspect.signature(get_kwargs).parameters
    positional = [p for p in parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    assert tuple(p.name for p in positional) == route.path_params
    path_ids = PATH_IDS[: len(positional)]
    query_params = [p for p in parameters.values() if p.kind is p.KEYWORD_ONLY and p.name != "body"]
    query = {p.name: _query_value(p.name, str(p.annotation)) for p in query_params}
    kinds = {name: kind for name, _wire, kind in route.query}
    assert kinds == {p.name: str(p.annotation).split(" ")[0] for p in query_params}

    body_param = parameters.get("body")
    if body_param is None:
        assert route.body == "none"
    else:
        assert route.body == (
            "optional" if body_param.default is not body_param.empty else "required"
        )
    body = BODY if body_param is not None else None
    generated = get_kwargs(*path_ids, **query, **({"body": _Body()} if body else {}))
    call = route.call(path_ids, query, body, resource_type="AgentRuntime")

    assert call.method == generated["method"].upper()
    assert call.path == generated["url"]
    assert dict(call.query) == {k: str(v) for k, v in generated.get("params", {}).items()}
    assert call.body == generated.get("json")
    _same_request(call, generated)


def _same_request(call: OperationCall, generated: dict[str, Any]) -> None:
    """The prepared request equals one prepared straight from ``generated``."""
    resolved = Config(control_endpoint="https://agentrun.example.test/base").resolve()
    prepared = prepare(call, resolved)
    params = generated.get("params") or {}
    query = canonical_query([(k, str(v)) for k, v in params.items()], encode_keys=False)
    url = f"https://agentrun.example.test/base{generated['url']}"
    assert prepared.url == (f"{url}?{query}" if query else url)
    assert prepared.path == "/base" + generated["url"]
    assert prepared.method == generated["method"].upper()
    has_body = "json" in generated
    assert (prepared.content is not None) == has_body
    assert ("content-type" in prepared.headers) == has_body
    if has_body:
        assert prepared.headers["content-type"] == generated["headers"]["Content-Type"]


def test_publish_without_a_body_sends_none() -> None:
    route = ROUTES["PublishRuntimeVersion"]
    generated = GENERATED["publish_runtime_version"]("ar-1")
    call = route.call(("ar-1",), resource_type="AgentRuntime")
    assert "json" not in generated
    assert call.body is None


def test_unset_query_values_are_left_out_like_the_generated_client() -> None:
    route = ROUTES["ListAgentRuntimes"]
    generated = GENERATED["list_agent_runtimes"](agent_runtime_name=None, page_size=5)
    call = route.call(query={"agent_runtime_name": None, "page_size": 5}, resource_type="x")
    assert dict(call.query) == {k: str(v) for k, v in generated["params"].items()}


@pytest.mark.parametrize(
    ("route", "args", "problem"),
    [
        (ROUTES["GetAgentRuntime"], {"path_values": ()}, "takes 1 path id"),
        (ROUTES["GetAgentRuntime"], {"path_values": ("..",)}, "agent_runtime_id"),
        (ROUTES["ListAgentRuntimes"], {"query": {"page": 1}}, "no query parameter 'page'"),
        (ROUTES["ListAgentRuntimes"], {"query": {"status": object()}}, "query value"),
        (ROUTES["DeleteAgentRuntime"], {"path_values": ("a",), "body": {}}, "takes no request"),
        (ROUTES["CreateAgentRuntime"], {}, "needs a request body"),
    ],
)
def test_bad_calls_are_typed_errors(route: Route, args: dict[str, Any], problem: str) -> None:
    with pytest.raises(InvalidParameterError, match=problem):
        route.call(**args, resource_type="AgentRuntime")
