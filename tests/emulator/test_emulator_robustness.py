"""Bad bytes never break the emulator; lost answers and a busy port are handled.

Non-finite numbers, deep nesting, oversized bodies and absurd page numbers get
clean 4xx answers on both planes, and the emulator keeps serving afterwards.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from agentrun_facade.errors import InvalidParameterError
from agentrun_facade.testing import LocalAgentRun, ScriptedFault
from agentrun_facade.testing.cli import build_parser, main, settings_from_args

BASE = "/2025-09-10/agents/runtimes"
CREATE = {"x-acs-action": "CreateAgentRuntime", "x-acs-version": "2025-09-10"}
LIST = {"x-acs-action": "ListAgentRuntimes", "x-acs-version": "2025-09-10"}
CHAT = "/agent-runtimes/{name}/endpoints/Default/invocations/openai/v1/chat/completions"
JSON = {"content-type": "application/json"}
LIMIT = 1024 * 1024
EMULATOR_OPTIONS = {"max_body_bytes": LIMIT}


def runtime_text(name: str, cpu: str = "1") -> str:
    return (
        f'{{"agentRuntimeName": "{name}", "artifactType": "Container", "cpu": {cpu}, '
        '"memory": 1024, "port": 8080, "networkConfiguration": {"networkMode": "PUBLIC"}, '
        '"containerConfiguration": {"image": "registry.example/agent:1"}}'
    )


def nested(depth: int) -> str:
    return '{"a": ' * depth + "1" + "}" * depth


@pytest.fixture
def control(local: LocalAgentRun) -> Iterator[httpx.Client]:
    with local.control_client(timeout=10.0) as client:
        yield client


def post_raw(client: httpx.Client, content: str | bytes) -> httpx.Response:
    return client.post(BASE, content=content, headers={**CREATE, **JSON})


def bad_request(response: httpx.Response, status: int = 400) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == "ERR_BAD_REQUEST"
    return str(body["message"])


@pytest.mark.parametrize("cpu", ["NaN", "Infinity", "-Infinity", "1e400", "9" * 30])
def test_non_finite_numbers_are_400_and_never_stored(
    local: LocalAgentRun, control: httpx.Client, cpu: str
) -> None:
    response = post_raw(control, runtime_text("nan", cpu))

    assert "out of range" in bad_request(response)
    assert local.state.runtimes() == []
    assert control.get(BASE, headers=LIST).status_code == 200


def test_deep_nesting_is_400_on_the_control_plane(control: httpx.Client) -> None:
    shallow = runtime_text("deep")[:-1] + f', "later": {nested(30)}}}'
    deep = runtime_text("deep")[:-1] + f', "later": {nested(40)}}}'

    assert post_raw(control, shallow).status_code == 200
    assert "deeper than" in bad_request(post_raw(control, deep))
    assert "deeper than" in bad_request(post_raw(control, nested(100_000)))


def test_deep_nesting_is_400_on_the_data_plane(local: LocalAgentRun) -> None:
    with local.data_client() as data:
        response = data.post(
            CHAT.format(name="any"), content=nested(100_000).encode(), headers=JSON
        )
        messages = '{"messages": [{"role": "user", "content": "x", "x": ' + nested(50) + "}]}"
        nested_field = data.post(CHAT.format(name="any"), content=messages, headers=JSON)

    assert "deeper than" in bad_request(response)
    assert "deeper than" in bad_request(nested_field)


def test_bodies_above_the_limit_are_413(local: LocalAgentRun, control: httpx.Client) -> None:
    padding = "x" * LIMIT
    big = runtime_text("big")[:-1] + f', "description": "{padding}"}}'

    response = post_raw(control, big)

    assert f"larger than {LIMIT} bytes" in bad_request(response, 413)
    assert local.state.runtimes() == []
    assert post_raw(control, runtime_text("small")).status_code == 200


def test_the_default_body_limit_is_documented() -> None:
    from agentrun_facade.testing import EmulatorSettings

    assert EmulatorSettings().max_body_bytes == 16 * 1024 * 1024


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ({"pageNumber": str(10**30)}, "pageNumber: must be <= 2147483647"),
        ({"pageSize": str(10**30)}, "pageSize: must be <= 2147483647"),
        ({"pageNumber": "-5"}, "pageNumber: must be >= 1"),
        ({"pageNumber": "1e3"}, "pageNumber: must be of type integer"),
    ],
)
def test_absurd_page_numbers_are_a_clean_400(
    local: LocalAgentRun, query: dict[str, str], fragment: str
) -> None:
    response = local.call("ListAgentRuntimes", query=dict(query))

    assert response.status_code == 400, response.text
    assert fragment in response.json()["message"]


def test_a_page_past_the_end_is_empty(local: LocalAgentRun) -> None:
    post = local.call("CreateAgentRuntime", body=json.loads(runtime_text("one")))
    assert post.status_code == 200

    page = local.call("ListAgentRuntimes", query={"pageNumber": str(2**31 - 1), "pageSize": "100"})

    data = page.json()["data"]
    assert (data["items"], data["total"], data["pageNumber"]) == ([], 1, 2**31 - 1)


def test_the_emulator_keeps_serving_after_a_barrage_of_bad_requests(
    local: LocalAgentRun, control: httpx.Client
) -> None:
    barrage: list[tuple[str, str | bytes, dict[str, str]]] = [
        (BASE, runtime_text("n", "NaN"), CREATE),
        (BASE, runtime_text("n", "1e999"), CREATE),
        (BASE, nested(100_000), CREATE),
        (BASE, "[" * 50_000, CREATE),
        (BASE, b"\xff\xfe\x00", CREATE),
        (BASE, '{"agentRuntimeName": "x"', CREATE),
        (BASE, "x" * (LIMIT + 1), CREATE),
        (BASE, '"just a string"', CREATE),
        (BASE, "null", CREATE),
        (BASE, runtime_text("n", "10" * 400), CREATE),
    ]
    statuses = []
    for path, content, headers in barrage:
        statuses.append(
            control.post(path, content=content, headers={**headers, **JSON}).status_code
        )
    for query in ({"pageNumber": "9" * 40}, {"pageSize": "-1"}, {"pageSize": "1.5"}):
        statuses.append(control.get(BASE, params=query, headers=LIST).status_code)
    with local.data_client() as data:
        for content in ("NaN", nested(100_000), '{"messages": [{"role": 1}]}', ""):
            statuses.append(
                data.post(CHAT.format(name="x"), content=content, headers=JSON).status_code
            )

    assert all(400 <= status < 500 for status in statuses), str(statuses)
    assert post_raw(control, runtime_text("still-fine")).status_code == 200
    listed = control.get(BASE, headers=LIST)
    assert listed.status_code == 200
    assert [r["agentRuntimeName"] for r in listed.json()["data"]["items"]] == ["still-fine"]


# ---------------------------------------------------------------------- lost answers


def _runtime_body(name: str) -> dict[str, Any]:
    return json.loads(runtime_text(name))  # type: ignore[no-any-return]


def test_a_scripted_lost_answer_commits_the_write(local: LocalAgentRun) -> None:
    local.script_faults([ScriptedFault("CreateAgentRuntime", "lost")])

    with pytest.raises(httpx.TransportError):
        local.call("CreateAgentRuntime", body=_runtime_body("committed"))
    again = local.call("CreateAgentRuntime", body=_runtime_body("committed"))

    assert [r.name for r in local.state.runtimes()] == ["committed"]
    assert again.status_code == 409
    assert local.faults.pending() == []


def test_a_lost_answer_can_hit_any_operation(local: LocalAgentRun) -> None:
    runtime_id = local.call("CreateAgentRuntime", body=_runtime_body("r")).json()["data"][
        "agentRuntimeId"
    ]
    local.faults.script("PublishRuntimeVersion", "lost", times=2)

    for _ in range(2):
        with pytest.raises(httpx.TransportError):
            local.call("PublishRuntimeVersion", agentRuntimeId=runtime_id)
    listed = local.call("ListAgentRuntimeVersions", agentRuntimeId=runtime_id)

    assert listed.json()["data"]["total"] == 2


def test_a_seeded_lost_response_rate_commits_every_write() -> None:
    with LocalAgentRun(transition_seconds=0, lost_response_rate=1.0, seed=4) as local:
        for index in range(3):
            with pytest.raises(httpx.TransportError):
                local.call("CreateAgentRuntime", body=_runtime_body(f"lost-{index}"))
        names = [r.name for r in local.state.runtimes()]

    assert names == ["lost-0", "lost-1", "lost-2"]


def test_lost_answers_follow_the_seed() -> None:
    def outcomes(seed: int) -> list[bool]:
        with LocalAgentRun(transition_seconds=0, lost_response_rate=0.5, seed=seed) as local:
            found = []
            for _ in range(12):
                try:
                    local.call("ListAgentRuntimes")
                    found.append(True)
                except httpx.TransportError:
                    found.append(False)
            return found

    first = outcomes(9)

    assert first == outcomes(9)
    assert True in first and False in first


def test_rates_including_lost_answers_cannot_exceed_one() -> None:
    with pytest.raises(InvalidParameterError, match="lost_response_rate"):
        LocalAgentRun(drop_rate=0.6, lost_response_rate=0.5)


def test_cli_options_of_the_contract_and_faults() -> None:
    args = build_parser().parse_args(
        [
            "serve",
            "--lost-response-rate",
            "0.1",
            "--strict-unknown-fields",
            "--require-update-cpu",
            "--list-order",
            "shuffled",
            "--max-body-bytes",
            "1000",
        ]
    )

    settings = settings_from_args(args)

    assert settings.lost_response_rate == 0.1
    assert settings.strict_unknown_fields and settings.require_update_cpu
    assert (settings.list_order, settings.max_body_bytes) == ("shuffled", 1000)


# ---------------------------------------------------------------------- busy port


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        yield int(holder.getsockname()[1])


def test_serve_on_a_busy_port_says_so_in_one_line(
    busy_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["serve", "--port", str(busy_port)])

    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1
    assert f"127.0.0.1:{busy_port}" in err and "already in use" in err


def test_the_command_exits_non_zero_without_a_traceback(busy_port: int) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "agentrun_facade.testing", "serve", "--port", str(busy_port)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert "already in use" in done.stderr
    assert done.stdout == ""
