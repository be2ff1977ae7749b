"""Write the facade's data classes, their converters and the list inputs from the spec.

Used by scripts/regenerate. Input: the spec (what the wire holds) and
spec/facade-models.yaml (how the facade presents it: names, docstrings, bases,
enums, defaults, reprs). Output: one Python module of plain slotted classes,
each written out in full (``__init__``, ``__eq__``, the field list the shared
``__repr__`` reads), with a straight-line reader (decoded JSON object ->
instance) and ``_write`` (instance -> JSON object): importing the module
compiles nothing and no type is looked up at run time.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["render"]

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_DEFAULT_BASE = "wire_model.WireModel"
_REF = "#/components/schemas/"


@dataclass
class _Kind:
    tag: str  # "str" | "int" | "float" | "bool" | "model" | "list" | "map"
    model: str | None = None  # facade class, for "model" (and lists of models)
    item: _Kind | None = None  # element kind, for "list" and "map"
    enum: str | None = None  # enum the attribute also accepts, for "str"


@dataclass
class _Field:
    key: str  # wire key
    name: str  # attribute name
    kind: _Kind
    required: bool
    default: Any = None
    converter: str | None = None
    repr: str | None = None
    timestamp: bool = False
    sequence: bool = False  # list inputs: also takes a sequence, sent comma-joined


@dataclass
class _Class:
    schema: str
    name: str
    doc: str
    bases: list[str]
    fields: list[_Field] = field(default_factory=list)


def snake_case(key: str) -> str:
    """``agentRuntimeId`` -> ``agent_runtime_id``, ``enableTLS`` -> ``enable_tls``."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", key).lower()
    name = re.sub(r"\W", "_", name)
    return name + "_" if keyword.iskeyword(name) else name


@dataclass
class _QueryParameter:
    name: str  # attribute name, the same as the generated ``_get_kwargs`` parameter
    tag: str  # "str" | "int"
    enum: str | None
    comma_list: bool


@dataclass
class _ListInput:
    operation: str
    name: str
    doc: str
    parameters: list[_QueryParameter]


def read_list_inputs(spec: dict[str, Any], presentation: dict[str, Any]) -> list[_ListInput]:
    """The list inputs named in the presentation, from their operations' query parameters."""
    operations: dict[str, dict[str, Any]] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                operations[operation["operationId"]] = operation
    shared = spec["components"].get("parameters", {})
    inputs: list[_ListInput] = []
    for operation_id, entry in (presentation.get("list_inputs") or {}).items():
        if operation_id not in operations:
            raise SystemExit(f"facade-models.yaml: no operation {operation_id!r} in the spec")
        options: dict[str, Any] = entry.get("fields") or {}
        parameters: list[_QueryParameter] = []
        for parameter in operations[operation_id].get("parameters", []):
            if "$ref" in parameter:
                parameter = shared[parameter["$ref"].rsplit("/", 1)[1]]
            if parameter["in"] != "query":
                continue
            tag = _SCALARS.get(parameter.get("schema", {}).get("type"))
            if tag not in ("str", "int"):
                raise SystemExit(f"{operation_id}.{parameter['name']}: unsupported query type")
            option = options.get(parameter["name"]) or {}
            parameters.append(
                _QueryParameter(
                    snake_case(parameter["name"]),
                    tag,
                    option.get("enum"),
                    bool(option.get("comma_list")),
                )
            )
        doc = entry.get("doc") or f"Query of {operation_id}."
        inputs.append(_ListInput(operation_id, entry["name"], doc, parameters))
    return inputs


class _Reader:
    def __init__(self, spec: dict[str, Any], presentation: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.enums: dict[str, str] = presentation.get("enums") or {}
        self.listed: dict[str, Any] = presentation["classes"]
        self.classes: dict[str, _Class] = {}

    def facade_name(self, schema: str) -> str:
        entry = self.listed.get(schema) or {}
        return str(entry.get("name", schema))

    def read_all(self) -> list[_Class]:
        for schema in self.listed:
            self.read_class(schema)
        return list(self.classes.values())

    def read_class(self, schema: str) -> None:
        if schema in self.classes:
            return
        if schema not in self.schemas:
            raise SystemExit(f"facade-models.yaml: no schema {schema!r} in the spec")
        body = self.schemas[schema]
        if body.get("type") != "object":
            raise SystemExit(f"schema {schema} is not an object")
        entry = self.listed.get(schema) or {}
        overrides: dict[str, Any] = entry.get("fields") or {}
        unknown = set(overrides) - set(body.get("properties", {}))
        if unknown:
            raise SystemExit(f"facade-models.yaml: {schema} has no properties {sorted(unknown)}")
        doc = entry.get("doc") or f"The ``{schema}`` object of the API."
        cls = _Class(schema, self.facade_name(schema), doc, entry.get("bases") or [_DEFAULT_BASE])
        self.classes[schema] = cls  # before recursing: schemas may refer to each other
        required = set(body.get("required", []))
        names: set[str] = set()
        for key, prop in body.get("properties", {}).items():
            option: dict[str, Any] = overrides.get(key) or {}
            name = str(option.get("name", snake_case(key)))
            if name in names or name == "extra":
                raise SystemExit(f"{schema}.{key}: attribute {name!r} is taken; name it")
            names.add(name)
            kind = self.kind(prop, f"{schema}.{key}")
            if "enum" in option:
                if kind.tag != "str":
                    raise SystemExit(f"{schema}.{key}: only strings take an enum")
                kind.enum = option["enum"]
            cls.fields.append(
                _Field(
                    key=key,
                    name=name,
                    kind=kind,
                    required=key in required,
                    default=option.get("default"),
                    converter=option.get("converter"),
                    repr=option.get("repr"),
                    timestamp=bool(option.get("timestamp")),
                )
            )

    def kind(self, prop: dict[str, Any], where: str) -> _Kind:
        ref = prop.get("$ref")
        if ref is not None:
            if not ref.startswith(_REF):
                raise SystemExit(f"{where}: unsupported reference {ref}")
            target = ref[len(_REF) :]
            body = self.schemas[target]
            if body.get("type") == "object":
                self.read_class(target)
                return _Kind("model", model=self.facade_name(target))
            kind = self.kind(body, where)
            if kind.tag == "str":
                kind.enum = self.enums.get(target)
            return kind
        tag = prop.get("type")
        if tag in _SCALARS:
            return _Kind(_SCALARS[tag])
        if tag == "array":
            item = self.kind(prop["items"], f"{where}[]")
            if item.tag not in ("str", "int", "float", "bool", "model"):
                raise SystemExit(f"{where}: unsupported array items")
            return _Kind("list", model=item.model, item=item)
        if tag == "object" and isinstance(prop.get("additionalProperties"), dict):
            item = self.kind(prop["additionalProperties"], f"{where}{{}}")
            if item.tag not in _SCALARS.values():
                raise SystemExit(f"{where}: unsupported map values")
            return _Kind("map", item=item)
        raise SystemExit(f"{where}: unsupported type {prop!r}")


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


def _annotation(kind: _Kind) -> str:
    if kind.tag == "model":
        return str(kind.model)
    if kind.tag == "list":
        return f"list[{_annotation(_element(kind))}]"
    if kind.tag == "map":
        return f"dict[str, {_annotation(_element(kind))}]"
    if kind.enum:
        return f"{kind.enum} | {kind.tag}"
    return kind.tag


def _field_annotation(f: _Field) -> str:
    one = _annotation(f.kind)
    return f"{one} | Sequence[{one}] | None" if f.sequence else f"{one} | None"


def _element(kind: _Kind) -> _Kind:
    assert kind.item is not None
    return kind.item


def _slot(f: _Field) -> str:
    """The slot holding a field; a converted field keeps it behind a property."""
    return f"_{f.name}" if f.converter else f.name


def _params(fields: list[_Field], extra: bool) -> list[str]:
    lines = ["        self,", "        *,"]
    lines += [f"        {f.name}: {_field_annotation(f)} = {f.default!r}," for f in fields]
    if extra:
        lines.append("        extra: dict[str, Any] | None = None,")
    return lines


def _init_lines(name: str, fields: list[_Field], extra: bool) -> list[str]:
    """``__init__``: keyword-only, every field defaulting as the presentation says."""
    lines = ["    def __init__(", *_params(fields, extra), "    ) -> None:"]
    for f in fields:
        value = f"{f.converter}({f.name})" if f.converter else f.name
        lines.append(f"        self.{_slot(f)} = {value}")
    if extra:
        lines += [
            "        self._extra = extra",
            f"        if self.__class__ is not {name}:",
            "            self._init_added_slots()",
        ]
    elif not fields:
        lines.append("        pass")
    return lines


def _eq_lines(name: str, names: list[str]) -> list[str]:
    """``__eq__`` as attrs writes it: same class, then every field in order."""
    mine = ", ".join(f"self.{n}" for n in names)
    theirs = ", ".join(f"other.{n}" for n in names)
    return [
        "    def __eq__(self, other: object) -> bool:",
        f"        if other.__class__ is not self.__class__ or not isinstance(other, {name}):",
        "            return NotImplemented",
        f"        return ({mine},) == ({theirs},)",
    ]


def _field_list_lines(names: list[str], reprs: dict[str, str]) -> list[str]:
    lines = [f"    _field_names: ClassVar[tuple[str, ...]] = {tuple(names)!r}"]
    if reprs:
        shown = ", ".join(f"{n!r}: {r}" for n, r in reprs.items())
        annotation = "ClassVar[Mapping[str, Callable[[Any], str]]]"
        lines.append(f"    _field_reprs: {annotation} = {{{shown}}}")
    return lines


def _property_lines(f: _Field) -> list[str]:
    """A converted field: every assignment, the constructor's included, is parsed."""
    annotation = _field_annotation(f)
    return [
        "",
        "    @property",
        f"    def {f.name}(self) -> {annotation}:",
        f'        """``{f.key}``; every value assigned goes through ``{f.converter}``."""',
        f"        return self._{f.name}",
        "",
        f"    @{f.name}.setter",
        f"    def {f.name}(self, value: {annotation}) -> None:",
        f"        self._{f.name} = {f.converter}(value)",
    ]


def _reader(model: str) -> str:
    """The module-level function that reads one wire object into ``model``."""
    return f"_read_{snake_case(model)}"


def _read_method_lines(cls: _Class) -> list[str]:
    return [
        "    @classmethod",
        "    def _read(cls, data: object) -> Self:",
        f"        return {_reader(cls.name)}(cls, data)",
    ]


def _read_function_lines(cls: _Class) -> list[str]:
    """The reader: straight-line code, one plain call per nested object, lazy messages."""
    var = f"_{cls.name}T"
    lines = [
        "",
        "",
        f"{var} = TypeVar({var!r}, bound={cls.name!r})",
        "",
        "",
        f"def {_reader(cls.name)}(cls: type[{var}], data: object) -> {var}:",
        "    if type(data) is not dict:",
        "        data = read_object(data)",
    ]
    for f in cls.fields:
        local = f"f_{f.name}"
        segment = f".{f.key}"
        kind = f.kind
        lines.append(f"    {local} = data.get({f.key!r})")
        if kind.tag in ("str", "int", "bool"):
            lines += [
                f"    if type({local}) is not {kind.tag} and {local} is not None:",
                f"        {local} = read_scalar({local}, {kind.tag!r}, {segment!r})",
            ]
        elif kind.tag == "float":
            lines += [
                f"    if type({local}) is not float and type({local}) is not int"
                f" and {local} is not None:",
                f"        {local} = read_scalar({local}, 'float', {segment!r})",
            ]
        elif kind.tag == "model":
            lines += [
                f"    if {local} is not None:",
                "        try:",
                f"            {local} = {_reader(str(kind.model))}({kind.model}, {local})",
                "        except PathError as exc:",
                f"            raise exc.within({segment!r}) from None",
            ]
        elif kind.tag == "list" and _element(kind).tag == "model":
            read = f"{_reader(str(kind.model))}({kind.model}, item)"
            lines += [
                f"    if {local} is not None:",
                f"        if type({local}) is not list:",
                f"            raise expected_array({local}, {segment!r})",
                f"        items_{f.name}: list[{kind.model}] = []",
                "        try:",
                f"            for item in {local}:",
                f"                items_{f.name}.append({read})",
                "        except PathError as exc:",
                f'            raise exc.within(f"{segment}[{{len(items_{f.name})}}]") from None',
                f"        {local} = items_{f.name}",
            ]
        elif kind.tag == "list":
            lines += [
                f"    if {local} is not None:",
                f"        {local} = read_list({local}, {_element(kind).tag!r}, {segment!r})",
            ]
        else:  # map
            lines += [
                f"    if {local} is not None:",
                f"        {local} = read_map({local}, {_element(kind).tag!r}, {segment!r})",
            ]
    keys = _keys_name(cls)
    lines.append("    self = new_instance(cls)")
    lines += [
        f"    self.{_slot(f)} = {f.converter}(f_{f.name})"
        if f.converter
        else f"    self.{f.name} = f_{f.name}"
        for f in cls.fields
    ]
    lines += [
        f"    self._extra = None if {keys}.issuperset(data) else read_extra(data, {keys})",
        f"    if cls is not {cls.name}:",
        "        self._init_added_slots()",
        "    return self",
    ]
    return lines


def _write_lines(cls: _Class) -> list[str]:
    lines = [
        "    def _write(self) -> dict[str, Any]:",
        "        out = {} if self._extra is None else write_extra(self._extra)",
        "        value: Any",
    ]
    ordered = [f for f in cls.fields if f.required] + [f for f in cls.fields if not f.required]
    for f in ordered:
        segment = f".{f.name}"
        kind = f.kind
        lines.append(f"        value = self.{f.name}")
        if f.required:
            lines += [
                "        if value is None:",
                f"            raise PathError({segment!r}, ' is required')",
            ]
            indent = "        "
        else:
            lines.append("        if value is not None:")
            indent = "            "
        target = f"out[{f.key!r}]"
        if kind.tag in ("str", "int", "bool", "float"):
            lines += [
                f"{indent}{target} = (",
                f"{indent}    value if type(value) is {kind.tag}"
                f" else write_scalar(value, {kind.tag!r}, {segment!r})",
                f"{indent})",
            ]
        elif kind.tag == "model":
            lines += [
                f"{indent}if not isinstance(value, {kind.model}):",
                f"{indent}    raise wrong_model(value, {kind.model!r}, {segment!r})",
                f"{indent}try:",
                f"{indent}    {target} = value._write()",
                f"{indent}except PathError as exc:",
                f"{indent}    raise exc.within({segment!r}) from None",
            ]
        elif kind.tag == "list" and _element(kind).tag == "model":
            lines.append(f"{indent}{target} = write_models(value, {kind.model}, {segment!r})")
        elif kind.tag == "list":
            lines.append(
                f"{indent}{target} = write_list(value, {_element(kind).tag!r}, {segment!r})"
            )
        else:
            lines.append(
                f"{indent}{target} = write_map(value, {_element(kind).tag!r}, {segment!r})"
            )
    lines.append("        return out")
    return lines


def _keys_name(cls: _Class) -> str:
    return f"_{snake_case(cls.schema).upper()}_KEYS"


def _class_lines(cls: _Class) -> list[str]:
    bases = ", ".join(base.rsplit(".", 1)[1] for base in cls.bases)
    names = [f.name for f in cls.fields] + ["extra"]
    slots = tuple(sorted(_slot(f) for f in cls.fields))
    lines = ["", "", f"class {cls.name}({bases}):"]
    lines += _docstring(cls.doc)
    lines += ["", f"    __slots__ = {slots!r}", ""]
    lines += [f"    _wire_schema: ClassVar[str] = {cls.schema!r}"]
    lines += _field_list_lines(names, {f.name: f.repr for f in cls.fields if f.repr})
    lines.append("")
    lines += [f"    {_slot(f)}: {_field_annotation(f)}" for f in cls.fields]
    lines.append("")
    lines += _init_lines(cls.name, cls.fields, extra=True)
    lines.append("")
    lines += _eq_lines(cls.name, names)
    for f in cls.fields:
        if f.converter:
            lines += _property_lines(f)
    for f in cls.fields:
        if f.timestamp:
            lines += [
                "",
                "    @property",
                f"    def {f.name}_datetime(self) -> datetime | None:",
                f'        """``{f.name}`` parsed, or ``None``."""',
                f"        return parse_timestamp(self.{f.name})",
            ]
    lines.append("")
    lines += _read_method_lines(cls)
    lines.append("")
    lines += _write_lines(cls)
    lines += _read_function_lines(cls)
    return lines


def _list_input_lines(query: _ListInput) -> list[str]:
    fields = [
        _Field(
            key=p.name,
            name=p.name,
            kind=_Kind(p.tag, enum=p.enum),
            required=False,
            sequence=p.comma_list,
        )
        for p in query.parameters
    ]
    names = [f.name for f in fields]
    lines = ["", "", f"class {query.name}(ListQuery):"]
    lines += _docstring(query.doc)
    kinds = ", ".join(f"{p.name!r}: {p.tag!r}" for p in query.parameters)
    commas = ", ".join(repr(p.name) for p in query.parameters if p.comma_list)
    lines += [
        "",
        f"    __slots__ = {tuple(sorted(names))!r}",
        "",
        f"    _query_kinds: ClassVar[Mapping[str, str]] = {{{kinds}}}",
        f"    _comma_lists: ClassVar[frozenset[str]] = frozenset({{{commas}}})"
        if commas
        else "    _comma_lists: ClassVar[frozenset[str]] = frozenset()",
        *_field_list_lines(names, {}),
        "",
    ]
    lines += [f"    {f.name}: {_field_annotation(f)}" for f in fields]
    lines.append("")
    lines += _init_lines(query.name, fields, extra=False)
    lines.append("")
    lines += _eq_lines(query.name, names)
    return lines


def _docstring(text: str) -> list[str]:
    doc = text.strip().splitlines()
    if len(doc) == 1:
        return [f'    """{doc[0]}"""']
    return [f'    """{doc[0]}', *(f"    {line}".rstrip() for line in doc[1:]), '    """']


def render(spec_path: Path, presentation_path: Path) -> str:
    """The source of the generated module (ruff formats it afterwards)."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    presentation = yaml.safe_load(presentation_path.read_text(encoding="utf-8"))
    classes = _Reader(spec, presentation).read_all()
    queries = read_list_inputs(spec, presentation)
    bases = sorted({base for cls in classes for base in cls.bases})
    enum_names = sorted(
        {f.kind.enum for cls in classes for f in cls.fields if f.kind.enum}
        | {p.enum for query in queries for p in query.parameters if p.enum}
        | {f.converter for cls in classes for f in cls.fields if f.converter}
    )
    timestamps = any(f.timestamp for cls in classes for f in cls.fields)
    reprs = sorted({f.repr for cls in classes for f in cls.fields if f.repr})
    head = [
        f'"""Data classes of the API objects, generated from {spec_path.name}.',
        "",
        f"Written by scripts/regenerate from the spec and spec/{presentation_path.name};",
        "do not edit. Each class reads a decoded JSON object with ``from_wire`` and",
        "gives it back with ``to_wire`` (see ``wire_model.WireModel``).",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Callable, Mapping, Sequence",
        *(["from datetime import datetime"] if timestamps else []),
        "from typing import Any, ClassVar, Self, TypeVar",
        "",
        "from ._convert import (",
        "    PathError,",
        "    read_extra,",
        "    read_list,",
        "    read_map,",
        "    expected_array,",
        "    new_instance,",
        "    read_object,",
        "    read_scalar,",
        "    write_extra,",
        "    write_list,",
        "    write_map,",
        "    write_models,",
        "    write_scalar,",
        "    wrong_model,",
        ")",
    ]
    if reprs:
        head.append(f"from ._redact import {', '.join(reprs)}")
    modules: dict[str, set[str]] = {
        "enums": set(enum_names),
        "wire_model": set(),
        "_query": {"ListQuery"},
    }
    for base in bases:
        module, name = base.rsplit(".", 1)
        modules.setdefault(module, set()).add(name)
    if timestamps:
        modules.setdefault("wire_model", set()).add("parse_timestamp")
    for module, names in sorted(modules.items()):
        if names:
            head.append(f"from .{module} import {', '.join(sorted(names))}")
    names = [cls.name for cls in classes] + [query.name for query in queries]
    head += ["", f"__all__ = {sorted(names)!r}"]
    body: list[str] = []
    for cls in classes:
        body += _class_lines(cls)
    for query in queries:
        body += _list_input_lines(query)
    keys = ["", ""]
    for cls in classes:
        members = ", ".join(repr(f.key) for f in cls.fields)
        keys.append(f"{_keys_name(cls)} = frozenset({{{members}}})")
    return "\n".join(head + body + keys) + "\n"
