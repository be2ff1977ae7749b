"""Settings every test shares: the credential sources that must stay out of reach, ``--live``.

The service double of the SDK and CLI tests is the local emulator (``emulator``
here, and the fixtures in ``tests/sdk/conftest.py``); requests and retry delays
are observed through the client's public ``transport=`` / ``retry_policy=``
seams (``tests/sdk/wire.py``, ``tests/sdk/waits.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.emulated import Emulator, running

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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("agentrun").addoption(
        "--live",
        action="store_true",
        default=False,
        help="run tests/integration against a freshly started emulator, cassettes disabled",
    )


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A local emulator the environment and the default client point at."""
    pytest.importorskip("agentrun_facade.testing")
    with running() as started:
        yield started
