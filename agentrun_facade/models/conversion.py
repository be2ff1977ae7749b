"""Public conversion functions: facade models to and from the wire and the generated models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ..errors import InvalidParameterError
from ._generated import parse_generated
from ._query import list_query
from ._schema import (
    AgentRuntimeEndpointCreateInput,
    AgentRuntimeEndpointFields,
    AgentRuntimeEndpointUpdateInput,
    AgentRuntimeFields,
    AgentRuntimeUpdateInput,
    AgentRuntimeVersion,
    AgentRuntimeVersionPublishInput,
)
from .inputs import AgentRuntimeCreateInput
from .wire_model import WireModel, field_values, generated_class, read_generated

if TYPE_CHECKING:
    import agentrun_client.models as gen

__all__ = ["list_query", "parse_generated", "to_generated", "to_wire", "values_from_generated"]


def _model(value: object) -> WireModel:
    if not isinstance(value, WireModel):
        raise InvalidParameterError(f"{type(value).__name__} is not an AgentRun wire model")
    return value


def to_wire(model: object) -> dict[str, Any]:
    """The JSON object (camelCase keys) for a facade model (``model.to_wire()``).

    Raises:
        InvalidParameterError: ``model`` is no facade model, or holds a value of
            the wrong type.
    """
    return _model(model).to_wire()


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
    """The generated client model instance for a facade model.

    Raises:
        InvalidParameterError: a field holds a value of the wrong type, or a
            field the generated model requires is ``None``.
    """
    checked = _model(model)
    return generated_class(type(checked)).from_dict(checked.to_wire())


def values_from_generated(facade: type, obj: object, *, what: str | None = None) -> dict[str, Any]:
    """Constructor keyword arguments of ``facade`` for a generated model instance.

    Raises:
        MalformedResponseError: ``obj`` is another model or holds a value of the
            wrong type.
    """
    if not (isinstance(facade, type) and issubclass(facade, WireModel)):
        raise InvalidParameterError(f"{facade!r} is not an AgentRun wire model")
    return field_values(read_generated(facade, obj, what))
