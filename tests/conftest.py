"""Shared test doubles: an in-memory AgentRun control and data plane behind httpx.MockTransport.

``FakeAgentRun`` verifies every signature with the library's own verifier,
records each request as it travelled on the wire, keeps runtimes and endpoints
in memory (with page-size capping for pagination tests), and can be scripted
with responses or exceptions that are served before the normal handling.
"""

from __future__ import annotations

import itertools
import json
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, unquote

import attrs
import httpx
import pytest

from agentrun_facade import AgentRuntimeClient, Config
from agentrun_facade.client import set_default_client
from agentrun_facade.retry import RetryPolicy
from agentrun_facade.signing import verify_data_request, verify_request

# The alibabacloud-credentials default chain reads these once, when it is imported:
# it must neither reach the ECS metadata service nor read the developer's own
# ~/.aliyun/config.json or ~/.alibabacloud/credentials.ini, and the CLI profile's
# region must not leak into Config.resolve. Tests that exercise those sources run
# in child interpreters with a temporary HOME.
os.environ["ALIBABA_CLOUD_ECS_METADATA_DISABLED"] = "true"
os.environ["ALIBABA_CLOUD_CLI_PROFILE_DISABLED"] = "true"
os.environ["ALIBABA_CLOUD_CREDENTIALS_FILE"] = os.devnull + "/absent-credentials.ini"
for _name in (
    "ALIBABA_CLOUD_CREDENTIALS_URI",
    "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
    "ALIBABA_CLOUD_PROFILE",
):
    os.environ.pop(_name, None)

AK = "AKIDTESTONLY"
SECRET = "test-secret-not-real"
TOKEN = "sts-token-not-real"
CONTROL = "https://agentrun.test.example"
DATA = "https://1234567890.agentrun-data.cn-hangzhou.aliyuncs.com"
PREFIX = "/2025-09-10/agents/runtimes"

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


@attrs.define
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    query: dict[str, str]
    raw_query: str
    headers: httpx.Headers
    body: Any
    action: str | None


def envelope(data: Any, request_id: str = "req-ok") -> httpx.Response:
    return httpx.Response(
        200,
        json={"code": "SUCCESS", "requestId": request_id, "data": data},
        headers={"x-acs-request-id": request_id},
    )


def error(status: int, code: str, message: str = "failed", **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        json={"code": code, "message": message, "requestId": f"req-{status}"},
        headers={"x-acs-request-id": f"req-{status}", **headers},
    )


class FakeAgentRun:
    """In-memory service; pass ``transport`` to ``AgentRuntimeClient(config, transport=...)``."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.script: deque[Reply] = deque()
        self.runtimes: dict[str, dict[str, Any]] = {}
        self.endpoints: dict[str, dict[str, dict[str, Any]]] = {}
        self.versions: dict[str, list[dict[str, Any]]] = {}
        #: Statuses served by successive GetAgentRuntime / GetAgentRuntimeEndpoint calls.
        self.status_script: dict[str, deque[str]] = {}
        #: After an endpoint delete, how many reads still see it (status DELETING).
        self.endpoint_delete_lag = 0
        self._lingering: dict[str, list[Any]] = {}
        self.max_page_size: int | None = None
        self.echo_page_size = True
        self.default_page_size = 10
        self.delay = 0.0
        self.in_flight = 0
        self.max_in_flight = 0
        self.verify = True
        self.expected_token: str | None = None
        self.data_handler: Callable[[httpx.Request], httpx.Response] | None = None
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.transport = httpx.MockTransport(self.handle)

    # -- seeding ---------------------------------------------------------------

    def add_runtime(self, name: str, status: str = "READY", **fields: Any) -> dict[str, Any]:
        runtime_id = f"ar-{next(self._ids):04d}"
        runtime = {
            "agentRuntimeId": runtime_id,
            "agentRuntimeName": name,
            "status": status,
            "cpu": 2,
            "memory": 4096,
            "port": 9000,
            **fields,
        }
        self.runtimes[runtime_id] = runtime
        self.endpoints[runtime_id] = {}
        self.versions[runtime_id] = []
        return runtime

    def add_endpoint(self, runtime_id: str, name: str, status: str = "READY") -> dict[str, Any]:
        endpoint_id = f"ep-{next(self._ids):04d}"
        endpoint = {
            "agentRuntimeEndpointId": endpoint_id,
            "agentRuntimeEndpointName": name,
            "agentRuntimeId": runtime_id,
            "status": status,
            "targetVersion": "LATEST",
        }
        self.endpoints[runtime_id][endpoint_id] = endpoint
        return endpoint

    def calls(self, action: str) -> list[Recorded]:
        return [r for r in self.requests if r.action == action]

    # -- transport -------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay:
                time.sleep(self.delay)
            return self._handle(request)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _handle(self, request: httpx.Request) -> httpx.Response:
        raw = request.url.raw_path.decode("ascii")
        path, _, raw_query = raw.partition("?")
        body_bytes = request.read()
        body = json.loads(body_bytes) if body_bytes else None
        record = Recorded(
            method=request.method,
            path=path,
            query=dict(parse_qsl(raw_query, keep_blank_values=True)),
            raw_query=raw_query,
            headers=request.headers,
            body=body,
            action=request.headers.get("x-acs-action"),
        )
        with self._lock:
            self.requests.append(record)
            reply = self.script.popleft() if self.script else None
        if reply is not None:
            if isinstance(reply, Exception):
                raise reply
            if callable(reply) and not isinstance(reply, httpx.Response):
                return reply(request)
            # A fresh copy: scripted responses may be shared between parametrized runs.
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        if path.startswith("/agent-runtimes/"):
            return self._data_plane(request, path, raw_query)
        if self.verify:
            verify_request(
                method=request.method,
                host=request.url.netloc.decode("ascii"),
                path=path,
                raw_query=raw_query,
                headers=dict(request.headers),
                body=body_bytes,
                lookup_secret=lambda ak: SECRET if ak == AK else None,
                expected_token=self.expected_token,
            )
        return self._route(record)

    def _data_plane(self, request: httpx.Request, path: str, raw_query: str) -> httpx.Response:
        verify_data_request(
            method=request.method,
            host=request.url.netloc.decode("ascii"),
            path=path,
            raw_query=raw_query,
            headers=dict(request.headers),
            region="cn-hangzhou",
            lookup_secret=lambda ak: SECRET if ak == AK else None,
        )
        assert self.data_handler is not None, "no data plane handler installed"
        return self.data_handler(request)

    # -- control plane -----------------------------------------------------------

    def _route(self, r: Recorded) -> httpx.Response:
        rest = r.path[len(PREFIX) :] if r.path.startswith(PREFIX) else None
        if rest is None:
            return error(404, "ERR_NOT_FOUND", "unknown path")
        parts = [unquote(p) for p in rest.split("/") if p]
        if not parts:
            return self._list_runtimes(r) if r.method == "GET" else self._create_runtime(r)
        runtime_id = parts[0]
        runtime = self.runtimes.get(runtime_id)
        if runtime is None:
            if len(parts) == 1 and r.method == "POST":
                return error(405, "ERR_METHOD", "no")
            return error(404, "ERR_NOT_FOUND", f"agent runtime {runtime_id} does not exist")
        if len(parts) == 1:
            if r.method == "GET":
                return envelope(self._with_status(runtime_id, runtime))
            if r.method == "PUT":
                runtime.update(r.body or {})
                return envelope(runtime)
            if r.method == "DELETE":
                if self.endpoints.get(runtime_id):
                    return error(409, "ERR_RESOURCE_BUSY", "endpoints remain")
                del self.runtimes[runtime_id]
                return envelope({"agentRuntimeId": runtime_id, "agentRuntimeName": ""})
        if parts[1] == "versions":
            items = self.versions[runtime_id]
            if r.method == "POST":
                version = {
                    "agentRuntimeId": runtime_id,
                    "agentRuntimeVersion": str(len(items) + 1),
                    "description": (r.body or {}).get("description"),
                }
                items.append(version)
                return envelope(version)
            return self._page(r, items)
        endpoints = self.endpoints[runtime_id]
        if len(parts) == 2 and r.method == "GET":
            visible = list(endpoints.values()) + self._linger(runtime_id)
            return self._page(r, visible)
        if len(parts) == 2:
            if r.method == "POST":
                endpoint = self.add_endpoint(runtime_id, (r.body or {})["agentRuntimeEndpointName"])
                endpoint.update(r.body or {})
                return envelope(endpoint)
            return self._page(r, list(endpoints.values()))
        endpoint_id = parts[2]
        endpoint = endpoints.get(endpoint_id)
        if endpoint is None and r.method == "GET":
            ghost = [
                e for e in self._linger(runtime_id) if e["agentRuntimeEndpointId"] == endpoint_id
            ]
            if ghost:
                return envelope(ghost[0])
        if endpoint is None:
            return error(404, "ERR_NOT_FOUND", f"endpoint {endpoint_id} does not exist")
        if r.method == "GET":
            return envelope(self._with_status(endpoint_id, endpoint))
        if r.method == "PUT":
            endpoint.update(r.body or {})
            return envelope(endpoint)
        del endpoints[endpoint_id]
        deleting = {**endpoint, "status": "DELETING"}
        if self.endpoint_delete_lag:
            self._lingering[endpoint_id] = [runtime_id, self.endpoint_delete_lag, deleting]
        return envelope(deleting)

    def _linger(self, runtime_id: str) -> list[dict[str, Any]]:
        """Deleted endpoints still visible to this read (each read uses one up)."""
        visible = []
        for endpoint_id, entry in list(self._lingering.items()):
            if entry[0] != runtime_id:
                continue
            entry[1] -= 1
            if entry[1] < 0:
                del self._lingering[endpoint_id]
                continue
            visible.append(entry[2])
        return visible

    def _with_status(self, key: str, resource: dict[str, Any]) -> dict[str, Any]:
        queue = self.status_script.get(key)
        if queue:
            resource["status"] = queue.popleft()
            if resource["status"].endswith("_FAILED"):
                resource["statusReason"] = "image pull failed"
        return resource

    def _create_runtime(self, r: Recorded) -> httpx.Response:
        body = dict(r.body or {})
        for existing in self.runtimes.values():
            if existing["agentRuntimeName"] == body.get("agentRuntimeName"):
                return error(409, "ERR_RESOURCE_ALREADY_EXISTS", "already exists")
        runtime = self.add_runtime(body.pop("agentRuntimeName"), status="CREATING", **body)
        return envelope(runtime)

    def _list_runtimes(self, r: Recorded) -> httpx.Response:
        items = list(self.runtimes.values())
        name = r.query.get("agentRuntimeName")
        if name:
            items = [i for i in items if i["agentRuntimeName"] == name]
        return self._page(r, items)

    def _page(self, r: Recorded, items: list[dict[str, Any]]) -> httpx.Response:
        number = int(r.query.get("pageNumber", "1"))
        size = int(r.query.get("pageSize", str(self.default_page_size)))
        if self.max_page_size is not None:
            size = min(size, self.max_page_size)
        start = (number - 1) * size
        data: dict[str, Any] = {
            "items": items[start : start + size],
            "pageNumber": number,
            "total": len(items),
        }
        if self.echo_page_size:
            data["pageSize"] = size
        return envelope(data)


@pytest.fixture
def fake() -> FakeAgentRun:
    return FakeAgentRun()


def make_config(**overrides: Any) -> Config:
    values: dict[str, Any] = {
        "access_key_id": AK,
        "access_key_secret": SECRET,
        "region_id": "cn-hangzhou",
        "account_id": "1234567890",
        "control_endpoint": CONTROL,
        "max_retries": 2,
    }
    values.update(overrides)
    return Config(**values)


class NoSleep:
    """Records the delays the code asked for instead of sleeping."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def sync(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> NoSleep:
    """Record the sleeps of retries and waits instead of sleeping.

    Both flavours sleep through the one hand-written module that differs by
    flavour (``_concurrency``); nothing derived is patched.
    """
    recorder = NoSleep()
    monkeypatch.setattr("agentrun_facade._concurrency.sleep", recorder.sync)
    monkeypatch.setattr("agentrun_facade._concurrency.asleep", recorder.async_)
    return recorder


@pytest.fixture
def make_client(fake: FakeAgentRun) -> Iterator[Callable[..., AgentRuntimeClient]]:
    """Build clients on the fake (closed at teardown); keyword args override the config."""
    made: list[AgentRuntimeClient] = []

    def build(retry_policy: RetryPolicy | None = None, **overrides: Any) -> AgentRuntimeClient:
        client = AgentRuntimeClient(
            make_config(**overrides), transport=fake.transport, retry_policy=retry_policy
        )
        made.append(client)
        return client

    yield build
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., AgentRuntimeClient]) -> AgentRuntimeClient:
    return make_client()


@pytest.fixture
def default_client(client: AgentRuntimeClient) -> Iterator[AgentRuntimeClient]:
    """Install ``client`` as the process-wide client of the resource class methods."""
    previous = set_default_client(client)
    yield client
    set_default_client(previous)


__all__ = [
    "AK",
    "CONTROL",
    "DATA",
    "PREFIX",
    "SECRET",
    "TOKEN",
    "FakeAgentRun",
    "NoSleep",
    "Recorded",
    "envelope",
    "error",
    "make_config",
]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("agentrun").addoption(
        "--live",
        action="store_true",
        default=False,
        help="run tests/integration against a freshly started emulator, cassettes disabled",
    )
