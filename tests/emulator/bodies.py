"""Request bodies the emulator tests send, in wire form."""

from __future__ import annotations

from typing import Any


def runtime_body(name: str, **changes: Any) -> dict[str, Any]:
    """The CreateAgentRuntime body of a small code runtime called ``name``, with ``changes``."""
    return {
        "agentRuntimeName": name,
        "artifactType": "Code",
        "codeConfiguration": {"language": "python3.12", "command": ["python", "app.py"]},
        "cpu": 1,
        "memory": 1024,
        "port": 9000,
        "networkConfiguration": {"networkMode": "PUBLIC"},
        **changes,
    }
