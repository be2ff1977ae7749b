"""The create input: its generated fields plus the create-time rules.

Every other input (bodies and list queries) is generated as it is (``_schema.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..errors import InvalidParameterError
from ._record import replace
from ._schema import AgentRuntimeCreateFields, AgentRuntimeUpdateInput, NetworkConfig
from .enums import ArtifactType, NetworkMode

__all__ = ["AgentRuntimeCreateInput", "needs_sizing", "sized_update"]

#: Sent with every runtime update (the API documents ``cpu`` as required there).
_SIZING = (("cpu", "cpu"), ("memory", "memory"), ("port", "port"))

_CODE = ArtifactType.CODE.value
_CONTAINER = ArtifactType.CONTAINER.value


class AgentRuntimeCreateInput(AgentRuntimeCreateFields):
    """Body of CreateAgentRuntime. Call :meth:`prepared` before sending.

    Defaults: ``cpu`` 2 cores, ``memory`` 4096 MB, ``port`` 9000. Units:
    ``disk_size`` in GB, ``session_idle_timeout_seconds`` in seconds.
    """

    __slots__ = ()

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
        return replace(
            self,
            artifact_type=artifact,
            network_configuration=network,
            cpu=2 if self.cpu is None else self.cpu,
            memory=4096 if self.memory is None else self.memory,
            port=9000 if self.port is None else self.port,
        )


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
    return replace(update, **filled) if filled else update
