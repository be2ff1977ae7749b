"""Public conversion functions between facade models and the wire."""

from __future__ import annotations

from typing import Any, overload

import agentrun_client.models as gen

from . import _wire
from ._query import list_query
from ._wire import parse_generated, values_from_generated
from .inputs import (
    AgentRuntimeCreateInput,
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersionPublishInput,
)
from .resources import AgentRuntimeEndpointFields, AgentRuntimeFields, AgentRuntimeVersion

__all__ = ["list_query", "parse_generated", "to_generated", "to_wire", "values_from_generated"]


@overload
def to_generated(model: AgentRuntimeCreateInput) -> gen.CreateAgentRuntimeInput: ...
@overload
def to_generated(model: AgentRuntimeUpdateInput) -> gen.UpdateAgentRuntimeInput: ...
@overload
def to_generated(model: AgentRuntimeEndpointCreateInput) -> gen.CreateAgentRuntimeEndpointInput: ...
@overload
def to_generated(model: AgentRuntimeEndpointUpdateInput) -> gen.UpdateAgentRuntimeEndpointInput: ...
@overload
def to_generated(model: AgentRuntimeVersionPublishInput) -> gen.PublishRuntimeVersionInput: ...
@overload
def to_generated(model: AgentRuntimeFields) -> gen.AgentRuntime: ...
@overload
def to_generated(model: AgentRuntimeEndpointFields) -> gen.AgentRuntimeEndpoint: ...
@overload
def to_generated(model: AgentRuntimeVersion) -> gen.AgentRuntimeVersion: ...
@overload
def to_generated(model: object) -> Any: ...
def to_generated(model: object) -> Any:
    """The generated model instance for a facade model.

    ``None`` fields become ``UNSET``, enums their value, nested models and
    lists are converted recursively, ``extra`` becomes ``additional_properties``.

    Raises:
        InvalidParameterError: a field holds a value of the wrong type, or a
            field the generated model requires is ``None``.
    """
    return _wire.to_generated(model)


def to_wire(model: object) -> dict[str, Any]:
    """The JSON object (camelCase keys) for a facade model."""
    result: dict[str, Any] = _wire.to_generated(model).to_dict()
    return result
