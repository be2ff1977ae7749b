"""The process-wide client behind the resource class methods.

The resource methods themselves are tested once, async, against the emulator
(tests/sdk/_async/test_resource_methods.py and test_resource_waiters.py, with
derived sync twins).
"""

from __future__ import annotations

from agentrun_facade.client import default_client as shared_client
from agentrun_facade.client import set_default_client


def test_default_client_is_created_once_and_lazily() -> None:
    previous = set_default_client(None)
    try:
        first = shared_client()
        assert shared_client() is first
    finally:
        set_default_client(previous)
