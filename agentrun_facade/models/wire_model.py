"""Hand-written bases of the generated data classes, and timestamp parsing.

Every class of ``_schema.py`` derives from :class:`WireModel`; the three
resources' field classes derive from :class:`WireResource`, which adds what a
resource needs (in-place refresh, reading a generated model instance).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar, Self, TypeVar, cast

import attrs
from dateutil import parser as date_parser

from ..errors import InvalidParameterError, MalformedResponseError
from ._convert import PathError
from ._redact import set_fields_repr

__all__ = [
    "WireModel",
    "WireResource",
    "bound_class",
    "complete_subclass",
    "field_values",
    "generated_class",
    "parse_on_assignment",
    "parse_timestamp",
    "read_generated",
]

_M = TypeVar("_M", bound="WireModel")


def parse_timestamp(value: str | None) -> datetime | None:
    """An API timestamp as a ``datetime``; ``None`` when absent or unparseable."""
    if not value or not isinstance(value, str):
        return None
    try:
        return date_parser.isoparse(value)
    except (ValueError, OverflowError):
        pass
    try:
        return date_parser.parse(value)
    except (ValueError, OverflowError):
        return None


class WireModel:
    """An API object: :meth:`from_wire` reads its JSON form, :meth:`to_wire` writes it.

    ``None`` attributes are absent on the wire (``null`` from the wire reads as
    ``None``); keys the spec does not define are kept in ``extra`` and written
    back first, so nothing is lost in a round trip.
    """

    __slots__ = ()

    #: The spec schema (and generated client model) the class presents.
    _wire_schema: ClassVar[str]

    def __repr__(self) -> str:
        return set_fields_repr(self)

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


class _ParsedOnAssignment:
    """Wraps a slot so every assignment, the constructor's included, goes through ``parse``.

    Unlike an attrs converter, it leaves the class without a ``__setattr__``
    hook, which would slow down the assignment of every other field.
    """

    __slots__ = ("parse", "slot")

    def __init__(self, slot: Any, parse: Callable[[Any], Any]) -> None:
        self.slot = slot
        self.parse = parse

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        return self.slot.__get__(instance, owner)

    def __set__(self, instance: object, value: Any) -> None:
        self.slot.__set__(instance, self.parse(value))

    def __delete__(self, instance: object) -> None:
        self.slot.__delete__(instance)


def parse_on_assignment(cls: type, name: str, parse: Callable[[Any], Any]) -> None:
    """Make every assignment of the slotted field ``name`` of ``cls`` store ``parse(value)``."""
    setattr(cls, name, _ParsedOnAssignment(vars(cls)[name], parse))


def complete_subclass(instance: WireModel, generated: type) -> None:
    """Finish an instance of a subclass built field by field by ``generated._read``.

    The generated readers fill the slots directly instead of calling
    ``__init__``; an attrs subclass may add fields of its own, which get their
    defaults here, and an ``__attrs_post_init__`` that runs here.
    """
    cls = type(instance)
    finish = _FINISHERS.get(cls, _UNKNOWN)
    if finish is _UNKNOWN:
        finish = _FINISHERS[cls] = _finisher(cls, generated)
    if finish is not None:
        finish(instance)


_Finisher = Callable[[object], None]
_UNKNOWN: _Finisher = lambda _instance: None  # noqa: E731 - a sentinel of the right type
_FINISHERS: dict[type, _Finisher | None] = {}


def _finisher(cls: type, generated: type) -> _Finisher | None:
    """What completes an instance of ``cls`` read as ``generated``, or ``None``."""
    known = {field.name for field in _fields(generated)}
    added: list[tuple[str, Callable[[object], Any]]] = []
    for field in _fields(cls) if attrs.has(cls) else ():
        if field.name in known:
            continue
        if field.default is attrs.NOTHING:
            if field.init:
                raise TypeError(f"{cls.__name__}.{field.name} needs a default to be read")
            continue  # left unset, as attrs leaves it
        added.append((field.name, _default_maker(field.default)))
    post_init: Callable[[object], None] | None = getattr(cls, "__attrs_post_init__", None)
    if not added and post_init is None:
        return None

    def finish(instance: object) -> None:
        for name, make in added:
            object.__setattr__(instance, name, make(instance))
        if post_init is not None:
            post_init(instance)

    return finish


def _default_maker(default: Any) -> Callable[[object], Any]:
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        factory: Callable[..., Any] = default.factory
        if default.takes_self:
            return factory
        return lambda _instance: factory()
    return lambda _instance: default


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
    return {field.name: getattr(model, field.name) for field in _fields(bound_class(type(model)))}


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
        for field in _fields(base):
            value = getattr(other, field.name)
            setattr(self, field.name, dict(value) if field.name == "extra" else value)


def _fields(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    return tuple(attrs.fields(cast(Any, cls)))
