"""A local AgentRun emulator that speaks the real wire protocol.

Start it with ``with LocalAgentRun() as local:`` and point a client at
``local.config``; use the ``agentrun_local`` pytest fixture
(``agentrun_facade.testing.pytest_plugin``); or run ``agentrun-local serve``.

It implements the 12 control operations of the 2025-09-10 spec (validated
against the spec, signed with ACS3-HMAC-SHA256) and an echo agent on the
OpenAI-compatible data plane (AGENTRUN4-HMAC-SHA256). It accepts what the
official clients send (unknown fields are ignored unless
``strict_unknown_fields=True``; open values are any string) and enforces what
the documents require; ``docs/emulator-vs-service.md`` lists every rule and its
source.

Outcomes on purpose, through a runtime's ``environmentVariables``:
``AGENTRUN_EMULATOR_FAIL=<reason>`` ends a create in ``CREATE_FAILED`` (an
update in ``UPDATE_FAILED``) with that ``statusReason``;
``AGENTRUN_EMULATOR_STATUS=FAILED`` (or any status) is the status the runtime
settles into; ``AGENTRUN_EMULATOR_ENDPOINT_STATUS=ACTIVE`` (or any status) is
the one its endpoints settle into. ``local.state.set_status(id, status)`` (a
test-only knob) puts a runtime or endpoint in any status until its next write.
Faults (latency, 5xx, 429, dropped
connections, answers lost after the request was carried out) can be drawn from
a seeded generator or scripted per operation with :class:`FaultPlan`. List
answers come oldest first, newest first or in a seeded shuffle (``list_order``).

To change state at an exact point of a conversation (say, between two page
reads), register ``local.before_request(callback)``. The server calls
``callback(operation, query, path_params)`` (operationId or ``ChatCompletions``,
raw query values, decoded path parameters) once a request has passed the
signature check and validation, right before it is handled; the request waits
for it. The callback may change ``local.state`` (the :class:`Store`), e.g.
delete a runtime and create another. If it raises, the request gets a 500 and
the failure is logged. ``handle.remove()`` or ``local.clear_request_hooks()``
unregisters callbacks.

Credentials that change while the emulator runs (STS tokens refreshed from a
credentials URI, say) are registered with ``local.accept_credentials(...)`` as
they are issued and dropped with ``local.revoke_credentials(key_id)``;
``local.verified_keys`` tells which key signed each verified request.

Requires the ``emulator`` extra (starlette, uvicorn, jsonschema, pyyaml).
"""

from __future__ import annotations

from agentrun_facade.errors import MissingDependencyError

_EXTRA_MODULES = frozenset({"starlette", "uvicorn", "jsonschema", "referencing", "yaml"})

try:
    from .access_keys import AccessKeys, VerifiedKey
    from .app import DATA_OPERATION, create_app
    from .faults import Decision, FaultPlan, ScriptedFault
    from .hooks import HookHandle, RequestHook, RequestHooks
    from .lifecycle import ManualClock
    from .server import LocalAgentRun
    from .settings import (
        ENDPOINT_STATUS_TRIGGER,
        FAIL_TRIGGER,
        STATUS_TRIGGER,
        EmulatorSettings,
    )
    from .store import Store
except ModuleNotFoundError as exc:  # pragma: no cover - depends on the installed extras
    if (exc.name or "").partition(".")[0] not in _EXTRA_MODULES:
        raise
    raise MissingDependencyError(
        f"the AgentRun emulator needs the 'emulator' extra: pip install "
        f"'agentrun-facade[emulator]' (missing module {exc.name!r})"
    ) from exc

__all__ = [
    "DATA_OPERATION",
    "ENDPOINT_STATUS_TRIGGER",
    "FAIL_TRIGGER",
    "STATUS_TRIGGER",
    "AccessKeys",
    "Decision",
    "EmulatorSettings",
    "FaultPlan",
    "HookHandle",
    "LocalAgentRun",
    "ManualClock",
    "RequestHook",
    "RequestHooks",
    "ScriptedFault",
    "Store",
    "VerifiedKey",
    "create_app",
]
