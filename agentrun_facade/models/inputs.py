"""Request inputs that are more than their generated fields.

The bodies are generated (``_schema.py``); :class:`AgentRuntimeCreateInput`
adds the create-time rules to its generated fields. The list inputs are the
query parameters of the list operations (see ``_query.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Self

import attrs
from agentrun_client.api.endpoints import list_agent_runtime_endpoints
from agentrun_client.api.runtimes import list_agent_runtimes
from agentrun_client.api.versions import list_agent_runtime_versions

from ..errors import InvalidParameterError
from ._query import query_model
from ._schema import AgentRuntimeCreateFields, AgentRuntimeUpdateInput, NetworkConfig
from .enums import ArtifactType, NetworkMode, Status

__all__ = [
    "AgentRuntimeCreateInput",
    "AgentRuntimeEndpointListInput",
    "AgentRuntimeListInput",
    "AgentRuntimeVersionListInput",
    "needs_sizing",
    "sized_update",
]

#: Sent with every runtime update (the API documents ``cpu`` as required there).
_SIZING = (("cpu", "cpu"), ("memory", "memory"), ("port", "port"))

_CODE = ArtifactType.CODE.value
_CONTAINER = ArtifactType.CONTAINER.value


@attrs.define(kw_only=True, slots=True)
class AgentRuntimeCreateInput(AgentRuntimeCreateFields):
    """Body of CreateAgentRuntime. Call :meth:`prepared` before sending.

    Defaults: ``cpu`` 2 cores, ``memory`` 4096 MB, ``port`` 9000. Units:
    ``disk_size`` in GB, ``session_idle_timeout_seconds`` in seconds.
    """

    def prepared(self) -> Self:
        """A copy with the create-time rules applied.

        * ``agent_runtime_name`` must be set;
        * one of ``code_configuration`` / ``container_configuration`` must be
          set, and the one ``artifact_type`` names (when it names a known type);
        * ``artifact_type`` is inferred when unset (``Code`` wins when both are set);
        * ``network_configuration`` defaults to ``NetworkConfig(network_mode="PUBLIC")``;
        * ``cpu``/``memory``/``port`` explicitly set to ``None`` fall back to 2/4096/9000.

        Raises:
            InvalidParameterError: a rule above is broken.
        """
        if not self.agent_runtime_name:
            raise InvalidParameterError("agent_runtime_name is required to create an agent runtime")
        code, container = self.code_configuration, self.container_configuration
        if code is None and container is None:
            raise InvalidParameterError(
                "either code_configuration or container_configuration must be set"
            )
        artifact = self.artifact_type
        if artifact is None:
            artifact = ArtifactType.CODE if code is not None else ArtifactType.CONTAINER
        elif str(artifact) == _CODE and code is None:
            raise InvalidParameterError("artifact_type Code requires code_configuration")
        elif str(artifact) == _CONTAINER and container is None:
            raise InvalidParameterError("artifact_type Container requires container_configuration")
        network = self.network_configuration
        if network is None:
            network = NetworkConfig(network_mode=NetworkMode.PUBLIC)
        return attrs.evolve(
            self,
            artifact_type=artifact,
            network_configuration=network,
            cpu=2 if self.cpu is None else self.cpu,
            memory=4096 if self.memory is None else self.memory,
            port=9000 if self.port is None else self.port,
        )


@query_model(
    list_agent_runtimes._get_kwargs,
    comma_lists=frozenset({"status", "system_tags", "workspace_ids"}),
)
@attrs.define(kw_only=True)
class AgentRuntimeListInput:
    """Query of ListAgentRuntimes; ``status``, ``system_tags`` and
    ``workspace_ids`` take a string or a list (sent comma-joined)."""

    agent_runtime_name: str | None = None
    discovery_resource_group_id: str | None = None
    page_number: int | None = None
    page_size: int | None = None
    resource_group_id: str | None = None
    search_mode: str | None = None
    status: Status | str | Sequence[Status | str] | None = None
    system_tags: str | Sequence[str] | None = None
    workspace_id: str | None = None
    workspace_ids: str | Sequence[str] | None = None


@query_model(list_agent_runtime_endpoints._get_kwargs)
@attrs.define(kw_only=True)
class AgentRuntimeEndpointListInput:
    """Query of ListAgentRuntimeEndpoints."""

    endpoint_name: str | None = None
    page_number: int | None = None
    page_size: int | None = None
    search_mode: str | None = None


@query_model(list_agent_runtime_versions._get_kwargs)
@attrs.define(kw_only=True)
class AgentRuntimeVersionListInput:
    """Query of ListAgentRuntimeVersions."""

    page_number: int | None = None
    page_size: int | None = None


def needs_sizing(update: AgentRuntimeUpdateInput) -> bool:
    """Whether ``update`` leaves ``cpu``, ``memory`` or ``port`` unset."""
    return any(getattr(update, name) is None for name, _key in _SIZING)


def sized_update(
    update: AgentRuntimeUpdateInput, current: Mapping[str, Any]
) -> AgentRuntimeUpdateInput:
    """``update`` with ``cpu``, ``memory`` and ``port`` it leaves unset taken from ``current``.

    ``current`` is the runtime's wire form as last read; a value it lacks
    stays unset (no default is ever filled in), and no other field is copied.
    """
    filled = {
        name: current[key]
        for name, key in _SIZING
        if getattr(update, name) is None and current.get(key) is not None
    }
    return attrs.evolve(update, **filled) if filled else update
