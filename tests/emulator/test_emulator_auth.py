"""Signature checks of the local emulator on the control (ACS3) and data (AGENTRUN4) plane."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from agentrun_facade.signing import AcsV3Auth, Credentials, DataPlaneAuth
from agentrun_facade.testing import LocalAgentRun

LIST = "/2025-09-10/agents/runtimes"
LIST_HEADERS = {"x-acs-action": "ListAgentRuntimes", "x-acs-version": "2025-09-10"}
CHAT = "/agent-runtimes/none/endpoints/none/invocations/openai/v1/chat/completions"
CHAT_BODY = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture(scope="module")
def local() -> Iterator[LocalAgentRun]:
    with LocalAgentRun(transition_seconds=0) as emulator:
        yield emulator


def control(local: LocalAgentRun, auth: httpx.Auth | None) -> httpx.Response:
    with httpx.Client(base_url=local.url, auth=auth) as client:
        return client.get(LIST, headers=LIST_HEADERS)


def data(local: LocalAgentRun, auth: httpx.Auth | None) -> httpx.Response:
    with httpx.Client(base_url=local.url, auth=auth) as client:
        return client.post(CHAT, json=CHAT_BODY)


def error_code(response: httpx.Response) -> tuple[int, str]:
    assert response.headers["x-acs-request-id"] == response.json()["requestId"]
    return response.status_code, response.json()["code"]


def test_correct_signature_is_accepted(local: LocalAgentRun) -> None:
    assert control(local, AcsV3Auth(local.credentials)).status_code == 200


def test_missing_signature_is_401(local: LocalAgentRun) -> None:
    assert error_code(control(local, None)) == (401, "IncompleteSignature")


def test_wrong_secret_is_403_signature_does_not_match(local: LocalAgentRun) -> None:
    wrong = Credentials(local.settings.access_key_id, "another-secret-not-real")

    assert error_code(control(local, AcsV3Auth(wrong))) == (403, "SignatureDoesNotMatch")


def test_unknown_access_key_is_403(local: LocalAgentRun) -> None:
    stranger = Credentials("AKIDTESTONLY", local.settings.access_key_secret)

    assert error_code(control(local, AcsV3Auth(stranger))) == (403, "InvalidAccessKeyId.NotFound")


def test_stale_date_is_403(local: LocalAgentRun) -> None:
    def past() -> datetime:
        return datetime.now(UTC) - timedelta(minutes=20)

    auth = AcsV3Auth(local.credentials, clock=past)

    assert error_code(control(local, auth)) == (403, "InvalidTimeStamp.Expired")


def test_body_changed_after_signing_is_rejected(local: LocalAgentRun) -> None:
    class Tamper(httpx.Auth):
        requires_request_body = True

        def auth_flow(
            self, request: httpx.Request
        ) -> Generator[httpx.Request, httpx.Response, None]:
            signed = next(AcsV3Auth(local.credentials).auth_flow(request))
            signed.headers["x-acs-action"] = "CreateAgentRuntime"
            yield signed

    with httpx.Client(base_url=local.url, auth=Tamper()) as client:
        response = client.post(LIST, headers=LIST_HEADERS, json={})

    assert error_code(response) == (403, "SignatureDoesNotMatch")


def test_data_plane_signature_is_checked(local: LocalAgentRun) -> None:
    region = local.settings.region
    wrong = Credentials(local.settings.access_key_id, "another-secret-not-real")

    assert error_code(data(local, None)) == (401, "IncompleteSignature")
    assert error_code(data(local, DataPlaneAuth(wrong, region=region))) == (
        403,
        "SignatureDoesNotMatch",
    )
    assert error_code(data(local, DataPlaneAuth(local.credentials, region="cn-beijing"))) == (
        403,
        "SignatureDoesNotMatch",
    )
    # A good signature gets past the check: the runtime simply does not exist.
    assert error_code(data(local, DataPlaneAuth(local.credentials, region=region))) == (
        404,
        "ERR_NOT_FOUND",
    )


def test_control_signature_is_not_accepted_on_the_data_plane(local: LocalAgentRun) -> None:
    assert data(local, AcsV3Auth(local.credentials)).status_code == 401


def test_sts_token_is_required_when_configured() -> None:
    with LocalAgentRun(security_token="sts-token-not-real") as local:
        assert local.credentials.security_token == "sts-token-not-real"
        without = Credentials(local.settings.access_key_id, local.settings.access_key_secret)
        wrong = Credentials(
            local.settings.access_key_id, local.settings.access_key_secret, "other-token"
        )

        assert error_code(control(local, AcsV3Auth(without))) == (403, "InvalidSecurityToken")
        assert error_code(control(local, AcsV3Auth(wrong))) == (403, "InvalidSecurityToken")
        assert control(local, AcsV3Auth(local.credentials)).status_code == 200
        data_auth = DataPlaneAuth(without, region=local.settings.region)
        assert error_code(data(local, data_auth)) == (403, "InvalidSecurityToken")


def test_verification_can_be_switched_off() -> None:
    with LocalAgentRun(verify_signatures=False) as local:
        assert control(local, None).status_code == 200
