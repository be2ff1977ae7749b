"""Hand-written bases of the generated data classes, and timestamp parsing.

Every class of ``_schema.py`` derives from :class:`WireModel`; the three
resources' field classes derive from :class:`WireResource`, which adds what a
resource needs (in-place refresh, reading a generated model instance).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Self, TypeVar, cast

from ..errors import InvalidParameterError, MalformedResponseError
from ._convert import PathError
from ._record import Record, field_names

__all__ = [
    "WireModel",
    "WireResource",
    "bound_class",
    "field_names",
    "field_values",
    "generated_class",
    "parse_timestamp",
    "read_generated",
]

_M = TypeVar("_M", bound="WireModel")


def parse_timestamp(value: str | None) -> datetime | None:
    """An API timestamp as a ``datetime``; ``None`` when absent or unparseable."""
    if not value or not isinstance(value, str):
        return None
    from dateutil import parser as date_parser  # on first use: a tenth of the import

    try:
        return date_parser.isoparse(value)
    except (ValueError, OverflowError):
        pass
    try:
        return date_parser.parse(value)
    except (ValueError, OverflowError):
        return None


class WireModel(Record):
    """An API object: :meth:`from_wire` reads its JSON form, :meth:`to_wire` writes it.

    ``None`` attributes are absent on the wire (``null`` from the wire reads as
    ``None``); keys the spec does not define are kept in ``extra`` and written
    back first, so nothing is lost in a round trip.

    A subclass may add slots of its own (a resource keeps its client in one):
    it gives them their first values in :meth:`_init_added_slots`, which runs
    for every instance of the subclass, built or read from the wire.
    """

    __slots__ = ("__weakref__", "_extra")

    #: The spec schema (and generated client model) the class presents.
    _wire_schema: ClassVar[str]
    #: The slot behind :attr:`extra`: ``None`` until it holds a key (most objects have none).
    _extra: dict[str, Any] | None

    @property
    def extra(self) -> dict[str, Any]:
        """Keys of the wire object the spec does not define (``to_wire`` writes them first)."""
        extra = self._extra
        if extra is None:
            extra = self._extra = {}
        return extra

    @extra.setter
    def extra(self, value: dict[str, Any] | None) -> None:
        self._extra = value

    def _init_added_slots(self) -> None:
        """Give the slots a subclass adds their first values (nothing here)."""

    @classmethod
    def from_wire(cls, data: object) -> Self:
        """An instance read from one decoded JSON object (camelCase keys).

        Args:
            data: The decoded JSON object, e.g. a response's ``data``.

        Returns:
            The instance; keys the spec does not define are kept in ``extra``.

        Raises:
            MalformedResponseError: ``data`` does not match the API schema; the
                message names the key path (``AgentRuntime.systemTags[1]: ...``).
        """
        try:
            return cls._read(data)
        except PathError as exc:
            raise MalformedResponseError(exc.message(cls._wire_schema)) from None

    def to_wire(self) -> dict[str, Any]:
        """The JSON object (camelCase keys) for this instance.

        Returns:
            A new dict; ``None`` fields are left out and ``extra`` keys come first.

        Raises:
            InvalidParameterError: a field holds a value of the wrong type, or a
                field the API requires is ``None``.
        """
        try:
            return self._write()
        except PathError as exc:
            raise InvalidParameterError(exc.message(type(self).__name__)) from None

    @classmethod
    def _read(cls, data: object) -> Self:
        """Generated: read ``data``, raising :class:`PathError`."""
        raise NotImplementedError

    def _write(self) -> dict[str, Any]:
        """Generated: write the JSON object, raising :class:`PathError`."""
        raise NotImplementedError


def bound_class(cls: type) -> type[WireModel]:
    """The generated class in ``cls``'s MRO (``AgentRuntimeFields`` for ``AgentRuntime``)."""
    for klass in cls.__mro__:
        if "_wire_schema" in vars(klass):
            return cast(type[WireModel], klass)
    raise InvalidParameterError(f"{cls.__name__} is not an AgentRun wire model")


def generated_class(cls: type) -> type[Any]:
    """The generated client's model class for a facade class (or a subclass of one)."""
    import agentrun_client.models as generated

    return cast(type[Any], getattr(generated, bound_class(cls)._wire_schema))


def read_generated(cls: type[_M], generated: object, what: str | None = None) -> _M:
    """An instance of ``cls`` read from a generated client model instance.

    Raises:
        MalformedResponseError: ``generated`` is another model or holds a value
            of the wrong type (named ``what`` in the message).
    """
    expected = generated_class(cls)
    where = what or expected.__name__
    if not isinstance(generated, expected):
        raise MalformedResponseError(
            f"{where}: expected {expected.__name__}, got {type(generated).__name__}"
        )
    try:
        return cls._read(generated.to_dict())
    except PathError as exc:
        raise MalformedResponseError(exc.message(where)) from None
    except (AttributeError, TypeError) as exc:  # a nested value that is no generated model
        raise MalformedResponseError(f"{where}: {exc}") from None


def field_values(model: WireModel) -> dict[str, Any]:
    """Attribute name -> value of every field of ``model``'s generated class."""
    return {name: getattr(model, name) for name in field_names(bound_class(type(model)))}


class WireResource(WireModel):
    """What the three resources' field classes add to :class:`WireModel`."""

    __slots__ = ()

    @classmethod
    def from_generated(cls, generated: object) -> Self:
        """An instance read from a generated client model instance.

        Args:
            generated: An instance of the matching model of the generated client.

        Returns:
            The instance, not bound to any client.

        Raises:
            MalformedResponseError: ``generated`` is another model or holds a
                value of the wrong type.
        """
        return read_generated(cls, generated)

    @classmethod
    def _field_values(cls, generated: object) -> dict[str, Any]:
        """Constructor keyword arguments for a generated model instance."""
        return field_values(read_generated(cls, generated))

    def update_fields_from(self, other: object) -> None:
        """Copy every field value of ``other`` onto ``self``.

        Args:
            other: A resource of the same type (e.g. the same runtime read again).

        Returns:
            None; ``self`` is changed in place.

        Raises:
            InvalidParameterError: ``other`` is not a resource of this type.
        """
        base = bound_class(type(self))
        if not isinstance(other, base):
            raise InvalidParameterError(
                f"cannot update {base.__name__} fields from {type(other).__name__}"
            )
        for name in field_names(base):
            value = getattr(other, name)
            setattr(self, name, dict(value) if name == "extra" else value)
