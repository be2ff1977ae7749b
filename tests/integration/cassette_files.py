"""Reading committed cassettes: where they live, what they hold, what must never be in them."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml

from agentrun_facade.testing.settings import DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET

from .cassette_rules import ACCESS_KEY_ID, ACCESS_KEY_SECRET, SECURITY_TOKEN

INTEGRATION_DIR = Path(__file__).resolve().parent
CASSETTE_DIR = INTEGRATION_DIR.parent / "cassettes"

#: Test modules that talk to no server and so have no cassettes.
NO_CASSETTE_MODULES = frozenset({"test_cassette_hygiene"})

#: The 12 control-plane operations of the 2025-09-10 API.
CONTROL_ACTIONS = frozenset(
    {
        "CreateAgentRuntime",
        "GetAgentRuntime",
        "UpdateAgentRuntime",
        "DeleteAgentRuntime",
        "ListAgentRuntimes",
        "CreateAgentRuntimeEndpoint",
        "GetAgentRuntimeEndpoint",
        "UpdateAgentRuntimeEndpoint",
        "DeleteAgentRuntimeEndpoint",
        "ListAgentRuntimeEndpoints",
        "PublishRuntimeVersion",
        "ListAgentRuntimeVersions",
    }
)

#: Text that must never appear in a cassette, with the reason.
SECRET_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ACS3 signature", re.compile(r"ACS3-HMAC-SHA256")),
    ("AGENTRUN4 signature", re.compile(r"AGENTRUN4-HMAC-SHA256")),
    ("credential scope", re.compile(r"Credential=")),
    ("test access key id", re.compile(re.escape(ACCESS_KEY_ID))),
    ("test access key secret", re.compile(re.escape(ACCESS_KEY_SECRET))),
    ("emulator default access key id", re.compile(re.escape(DEFAULT_ACCESS_KEY_ID))),
    ("emulator default secret", re.compile(re.escape(DEFAULT_ACCESS_KEY_SECRET))),
    ("test STS token", re.compile(re.escape(SECURITY_TOKEN))),
    ("security token header", re.compile(r"x-acs-security-token", re.IGNORECASE)),
    ("access key id header", re.compile(r"x-acs-accesskey-id", re.IGNORECASE)),
    ("Alibaba Cloud AccessKey id", re.compile(r"LTAI[0-9A-Za-z]{12,}")),
)

#: Header names that must never be recorded (compared case-insensitively).
FORBIDDEN_HEADERS = frozenset(
    {"authorization", "agentrun-authorization", "x-acs-security-token", "x-acs-accesskey-id"}
)


@attrs.frozen
class Interaction:
    """One recorded request and its response, as stored."""

    method: str
    uri: str
    action: str | None
    request_headers: Mapping[str, list[str]]
    status: int
    response_headers: Mapping[str, list[str]]
    response_body: str


def cassette_files() -> list[Path]:
    """Every committed cassette, sorted."""
    return sorted(CASSETTE_DIR.rglob("*.yaml"))


def cassette_path(module: str, test_name: str) -> Path:
    """Where the cassette of ``module::test_name`` lives."""
    return CASSETTE_DIR / module / f"{test_name}.yaml"


def _header(headers: Mapping[str, list[str]], name: str) -> str | None:
    for key, values in headers.items():
        if key.lower() == name and values:
            return str(values[0])
    return None


def _text(body: Any) -> str:
    if isinstance(body, Mapping):
        body = body.get("string", "")
    if isinstance(body, bytes):
        return body.decode("utf-8", "replace")
    return "" if body is None else str(body)


def read_interactions(path: Path) -> list[Interaction]:
    """Parse one cassette file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found = []
    for item in data.get("interactions") or []:
        request, response = item["request"], item["response"]
        request_headers = request.get("headers") or {}
        found.append(
            Interaction(
                method=request["method"],
                uri=request["uri"],
                action=_header(request_headers, "x-acs-action"),
                request_headers=request_headers,
                status=int(response["status"]["code"]),
                response_headers=response.get("headers") or {},
                response_body=_text(response.get("body")),
            )
        )
    return found


def secret_findings(text: str) -> list[str]:
    """Names of the secret patterns found in ``text``."""
    return [name for name, pattern in SECRET_PATTERNS if pattern.search(text)]


def _is_parametrized(node: ast.FunctionDef) -> bool:
    return any("parametrize" in ast.unparse(d) for d in node.decorator_list)


def recorded_tests() -> Iterator[tuple[str, str, bool]]:
    """``(module, test name, parametrized)`` of every test that runs on a cassette."""
    for path in sorted(INTEGRATION_DIR.glob("test_*.py")):
        if path.stem in NO_CASSETTE_MODULES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
                yield path.stem, node.name, _is_parametrized(node)
