"""Reprs show what is set, secrets hidden.

The other behaviours once tested here run once, async, on the emulator:
``list_all`` with a config (tests/sdk/_async/test_resource_methods.py), the
data plane logged like the control plane (test_invoke_openai.py), names
checked before sending (test_names.py).
"""

from __future__ import annotations

from agentrun_facade import (
    AgentRuntime,
    AgentRuntimeEndpoint,
    RegistryAuthConfig,
    RegistryConfig,
)

# --------------------------------------------------------------------------
# repr shows what is set, secrets hidden
# --------------------------------------------------------------------------


def test_a_resource_repr_shows_only_the_fields_that_are_set() -> None:
    runtime = AgentRuntime.from_wire(
        {
            "agentRuntimeId": "ar-1",
            "agentRuntimeName": "demo",
            "status": "READY",
            "environmentVariables": {"API_KEY": "env-secret-not-real"},
            "containerConfiguration": {"image": "registry/app:1"},
            "futureField": "kept",
        }
    )
    text = repr(runtime)
    assert text.startswith("AgentRuntime(agent_runtime_id='ar-1', agent_runtime_name='demo'")
    assert "None" not in text and len(text) < 300
    assert "environment_variables={'API_KEY': '***'}" in text
    assert "env-secret-not-real" not in text
    assert "image='registry/app:1'" in text and "extra={'futureField': '***'}" in text
    assert repr(AgentRuntimeEndpoint()) == "AgentRuntimeEndpoint()"
    registry = RegistryConfig(auth_config=RegistryAuthConfig(user_name="robot", password="pw"))
    assert repr(registry) == (
        "RegistryConfig(auth_config=RegistryAuthConfig(password='***', user_name='robot'))"
    )
