"""Lossless JSON for reports, through one cattrs converter factory.

The document is an object with a ``schema_version`` and the report's fields.
Table 三 is an object of 25 rows keyed by row key, each a list of 7 cells in
column order (总计 last); table 四 has 3 groups of 5.  A cell is a whole
number, ``null`` for a cell printed blank, or a mark string (``"/"``,
``"-"``, ``"—"``, ``"无"``).  The fee amount is a decimal string such as
``"0.25"``, so no tool reads it through a float.

>>> from govinfo_report import example
>>> text = dumps(example())
>>> loads(text) == example() and dumps(loads(text)) == text
True
>>> loads('{"schema_version": 1, "organ": 3}')
Traceback (most recent call last):
    ...
govinfo_report.errors.JSONLoadError: not a valid report document (8 problems):
  $.organ: expected text, got 3
  $.year: required field missing
  ...
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from operator import itemgetter
from typing import Any, Final

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_unstructure_fn

from . import _json
from .editions import Edition
from .errors import GovInfoReportError, InvalidReportError, JSONLoadError, Problem
from .limits import MAX_JSON_BYTES, too_large
from .model import (
    MAX_COUNT,
    MIN_SIGNED,
    PROACTIVE_2021,
    SINGLE_OTHER_ROW,
    Amount,
    AppealGroup,
    AppealOutcome,
    AppealTable,
    Applicant,
    ApplicationTable,
    Count,
    Decisions,
    DocumentCounts,
    FeeItems,
    Fees,
    GeneralSection,
    ItemCounts,
    Layout,
    Mark,
    Period,
    ProactiveDisclosure,
    ProactiveDisclosure2019,
    PublishedDocuments,
    Report,
    Row,
    Signed,
    Subsection,
)
from .proactive import ProactiveLayout, for_keys, is_built_in, layout_of, named, registered

__all__ = [
    "SCHEMA_VERSION",
    "dumps",
    "from_dict",
    "loads",
    "make_converter",
    "to_dict",
]

#: The version of the JSON document format; bumped on any incompatible change.
SCHEMA_VERSION: Final = 1

_ROW_KEYS: Final = tuple(row.value for row in Row)
_ROW_KEY_SET: Final = frozenset(_ROW_KEYS)
_GROUP_KEYS: Final = tuple(group.value for group in AppealGroup)
_GROUP_KEY_SET: Final = frozenset(_GROUP_KEYS)
_MARK_BY_TEXT: Final = {mark.value: mark for mark in Mark}
_AMOUNT_PATTERN: Final = re.compile(r"(?:0|[1-9][0-9]{0,15})(?:\.[0-9]{1,8})?")
_DATE_PATTERN: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _Invalid(ValueError):
    """A leaf problem raised inside a hook: its message, and where below the hook."""

    def __init__(self, message: str, problems: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        #: (relative path, message) pairs, when the hook found several problems.
        self.problems = problems or (("", message),)


def _type_name(value: object) -> str:
    names = {str: "text", int: "a number", float: "a number", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return names.get(type(value), type(value).__name__)


# --- leaf hooks -----------------------------------------------------------------


def _cell_problem(value: object) -> str | None:
    if value.__class__ is int:
        if value < 0:
            return f"a count cannot be negative, got {value}"
        return None if value <= MAX_COUNT else f"a count cannot exceed {MAX_COUNT}, got {value}"
    if value is None or (isinstance(value, str) and value in _MARK_BY_TEXT):
        return None
    if value.__class__ is float:
        if value.is_integer() and abs(value) > MAX_COUNT:
            # orjson reads an integer beyond 64 bits as a float.
            return f"a count cannot exceed {MAX_COUNT}, got {value!r}"
        return f"a count must be a whole number, got {value!r}"
    return (
        f"expected a whole number, null (blank) or one of "
        f"{', '.join(map(repr, _MARK_BY_TEXT))}, got {value!r}"
    )


def _structure_cells(values: object, width: int) -> tuple[Count, ...]:
    """One row of a table: a list of *width* cells."""
    if values.__class__ is not list:
        raise _Invalid(f"expected an array of {width} cells, got {_type_name(values)}")
    row: list[Any] = values
    if len(row) != width:
        raise _Invalid(f"expected {width} cells, got {len(row)}")
    if set(map(type, row)) == {int} and min(row) >= 0 and max(row) <= MAX_COUNT:
        return tuple(row)
    problems = tuple(
        (f"[{i}]", message)
        for i, value in enumerate(row)
        if (message := _cell_problem(value)) is not None
    )
    if problems:
        raise _Invalid(problems[0][1], problems)
    return tuple(_MARK_BY_TEXT[v] if isinstance(v, str) else v for v in row)


def _grid_problems(
    mapping: dict[str, Any], keys: tuple[str, ...], width: int
) -> tuple[tuple[str, str], ...]:
    key_set = frozenset(keys)
    problems = [(f".{key}", "unknown key") for key in mapping if key not in key_set]
    problems += [(f".{key}", "required row missing") for key in keys if key not in mapping]
    for key in keys:
        if key in mapping:
            try:
                _structure_cells(mapping[key], width)
            except _Invalid as error:
                problems += [(f".{key}{path}", message) for path, message in error.problems]
    return tuple(problems)


def _make_grid_hook(
    cls: type[Any],
    field: str,
    keys: tuple[str, ...],
    width: int,
    alternative: tuple[str, ...] = (),
) -> Callable[[Any, Any], Any]:
    """A hook for a table stored as one tuple of rows, from an object of arrays.

    The object's keys are *keys*, or else *alternative* (table 三 with a single
    （六） row, whose key ``R3_6`` tells it apart).
    """
    key_set = frozenset(keys)
    rows_of = itemgetter(*keys)
    other_set = frozenset(alternative)
    other_rows_of = itemgetter(*alternative) if alternative else rows_of
    lists, widths = {list}, {width}
    new, set_ = object.__new__, object.__setattr__

    def hook(data: object, _: object) -> Any:
        if data.__class__ is not dict:
            raise _Invalid(f"expected an object, got {_type_name(data)}")
        mapping: dict[str, Any] = data
        names = keys
        if mapping.keys() == key_set:
            rows = rows_of(mapping)
        elif alternative and mapping.keys() == other_set:
            rows, names = other_rows_of(mapping), alternative
        else:
            expected = alternative if alternative and SINGLE_OTHER_ROW in mapping else keys
            problems = _grid_problems(mapping, expected, width)
            raise _Invalid(problems[0][1], problems)
        if (
            set(map(type, rows)) == lists
            and set(map(len, rows)) == widths
            and _json.all_counts(rows)
        ):
            table = new(cls)
            set_(table, field, tuple(map(tuple, rows)))
            return table
        try:
            cells_by_row = tuple([_structure_cells(row, width) for row in rows])
        except _Invalid:
            problems = _grid_problems(mapping, names, width)
            raise _Invalid(problems[0][1], problems) from None
        table = new(cls)
        set_(table, field, cells_by_row)
        return table

    return hook


def _structure_count(value: object, _: object) -> Count:
    message = _cell_problem(value)
    if message is not None:
        raise _Invalid(message)
    if isinstance(value, str):
        return _MARK_BY_TEXT[value]
    return value  # type: ignore[return-value]


def _structure_signed(value: object, _: object) -> int | Mark | None:
    if value is None:
        return None
    if value.__class__ is int:
        if not MIN_SIGNED <= value <= MAX_COUNT:
            raise _Invalid(f"a signed count must be from {MIN_SIGNED} to {MAX_COUNT}, got {value}")
        return value
    if isinstance(value, str) and value in _MARK_BY_TEXT:
        return _MARK_BY_TEXT[value]
    raise _Invalid(f"expected a whole number (may be negative), null or a mark, got {value!r}")


#: The annotation of :attr:`Report.proactive`.
_PROACTIVE: Final = typing.get_type_hints(Report)["proactive"]


def _make_proactive_hook(converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """Table 二 is structured as the registered layout whose rows its keys name."""
    # Hooks are looked up at first use: the converter is still being set up here.
    keys_2021 = frozenset(PROACTIVE_2021.row_keys)
    hooks: dict[type, Callable[[Any, Any], Any]] = {}

    def structure(layout: ProactiveLayout, mapping: dict[str, Any]) -> Any:
        model = layout.model
        model_hook = hooks.get(model)
        if model_hook is None:
            model_hook = hooks[model] = converter.get_structure_hook(model)
        return model_hook(mapping, model)

    def hook(data: object, _: object) -> Any:
        if data.__class__ is not dict:
            raise _Invalid(f"expected an object, got {_type_name(data)}")
        mapping: dict[str, Any] = data
        if mapping.keys() == keys_2021:
            # The 2021 table, by far the commonest.
            return structure(PROACTIVE_2021, mapping)
        if "layout" in mapping:
            # A variant's table names its layout, which must be registered here too.
            name = mapping["layout"]
            try:
                layout = named(name) if isinstance(name, str) else None
            except GovInfoReportError as error:
                raise _Invalid(str(error), ((".layout", str(error)),)) from None
            if layout is None:
                raise _Invalid("expected a layout name", ((".layout", "expected a layout name"),))
            rest = {key: value for key, value in mapping.items() if key != "layout"}
            return structure(layout, rest)
        layout = for_keys(mapping)
        if layout is None:
            # Say what is wrong against the layout whose rows it shares most.
            layout = max(registered(), key=lambda known: len(set(known.row_keys) & set(mapping)))
        return structure(layout, mapping)

    return hook


def _structure_amount(value: object, _: object) -> Amount:
    if value is None:
        return None
    if isinstance(value, str):
        if value in _MARK_BY_TEXT:
            return _MARK_BY_TEXT[value]
        if _AMOUNT_PATTERN.fullmatch(value):
            return Decimal(value)
    raise _Invalid(
        f'expected a decimal string such as "12.5" (up to 8 decimal places), null or a mark, '
        f"got {value!r}"
    )


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected text, got {value!r}")
    return value


def _structure_int(value: object, _: type) -> int:
    if value.__class__ is not int:
        raise _Invalid(f"expected a whole number, got {value!r}")
    return value


def _structure_date(value: object, _: object) -> datetime.date:
    if value.__class__ is str and _DATE_PATTERN.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError as error:
            raise _Invalid(f"not a date: {error}") from None
    raise _Invalid(f'expected a date such as "2022-01-20", got {value!r}')


def _structure_edition(value: object, _: type) -> Edition:
    if isinstance(value, str) and value in _EDITIONS:
        return Edition(value)
    raise _Invalid(f'expected an edition, "2019" or "2021", got {value!r}')


_EDITIONS: Final = frozenset(edition.value for edition in Edition)


# --- records ----------------------------------------------------------------------


def _prefixed(name: str, error: _Invalid) -> Iterator[tuple[str, str]]:
    for path, message in error.problems:
        yield f"{name}{path}", message


def _problems_of(error: Exception) -> tuple[tuple[str, str], ...]:
    """Relative (path, message) pairs for an error raised by any hook."""
    if isinstance(error, _Invalid):
        return error.problems
    if isinstance(error, InvalidReportError):
        return tuple(("", problem.message) for problem in error.problems)
    if isinstance(error, cattrs.BaseValidationError):
        # A hook generated by cattrs, registered by a user for a class of their own.
        return tuple((p.path[1:], p.message) for p in _cattrs_problems(error, "$"))
    return (("", str(error) or type(error).__name__),)


def _cattrs_problems(error: BaseException, path: str) -> Iterator[Problem]:
    if isinstance(error, ClassValidationError):
        with_notes, others = error.group_exceptions()
        for sub, note in with_notes:
            if isinstance(sub, KeyError):
                yield Problem(f"{path}.{note.name}", "required field missing")
            else:
                yield from _cattrs_problems(sub, f"{path}.{note.name}")
        for sub in others:
            yield from _cattrs_problems(sub, path)
    elif isinstance(error, IterableValidationError):
        for sub in error.exceptions:
            notes = getattr(sub, "__notes__", ())
            index = next((n.index for n in notes if isinstance(n, IterableValidationNote)), None)
            yield from _cattrs_problems(sub, path if index is None else f"{path}[{index}]")
    elif isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield Problem(f"{path}.{key}", "unknown key")
    elif isinstance(error, _Invalid | InvalidReportError):
        for subpath, message in _problems_of(error):
            yield Problem(path + subpath, message)
    else:
        yield Problem(path, str(error) or type(error).__name__)


#: Classes whose attrs validators check nothing the hooks have not checked,
#: so that structuring may skip running them a second time.
_TRUSTED: Final = frozenset(
    {
        Subsection,
        GeneralSection,
        DocumentCounts,
        Decisions,
        Fees,
        PublishedDocuments,
        ItemCounts,
        FeeItems,
        Period,
        ProactiveDisclosure,
        ProactiveDisclosure2019,
        Report,
    }
)


def _make_record_hook(cls: type[Any], converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """A structure hook for an attrs class, mapped from a JSON object field by field.

    Like cattrs' generated hooks it rejects unknown keys and reports every
    problem, but it checks the common, valid case in one pass and builds the
    instance without validating each value twice.
    """
    fields = attrs.fields(cls)
    # With extras: a signed count is an annotated count.
    hints = typing.get_type_hints(cls, include_extras=True)
    steps = tuple(
        (f.name, converter.get_structure_hook(hints[f.name]), hints[f.name]) for f in fields
    )
    names = frozenset(f.name for f in fields)
    required = tuple(f.name for f in fields if f.default is attrs.NOTHING)
    defaults: dict[str, object] = {}
    for f in fields:
        if isinstance(f.default, attrs.Factory) or f.default is not attrs.NOTHING:  # type: ignore[arg-type]
            defaults[f.name] = f.default
    trusted = cls in _TRUSTED
    label = cls.__name__
    fields_by_name = {f.name: f for f in fields}
    validators = {f.name: f.validator for f in fields}

    def build(values: dict[str, object]) -> Any:
        # The slow path builds through the constructor, so every check runs.
        return cls(**values)

    def slow(data: object) -> Any:
        if data.__class__ is not dict:
            raise _Invalid(f"expected an object ({label}), got {_type_name(data)}")
        mapping: dict[str, object] = data
        problems: list[tuple[str, str]] = []
        values: dict[str, object] = {}
        for name, structure, hint in steps:
            if name not in mapping:
                if name in required:
                    problems.append((f".{name}", "required field missing"))
                continue
            try:
                values[name] = structure(mapping[name], hint)
                if trusted and validators[name] is not None:
                    # Our validators look at their value alone, so each can say its
                    # piece even when the object as a whole cannot be built.
                    validators[name](None, fields_by_name[name], values[name])
            except Exception as error:
                problems += [(f".{name}{path}", message) for path, message in _problems_of(error)]
        problems += [(f".{key}", "unknown key") for key in mapping if key not in names]
        if not problems:
            try:
                return build(values)
            except InvalidReportError as error:
                problems += [
                    # A problem naming one of the object's fields is placed there.
                    (f".{problem.path}" if problem.path in names else "", problem.message)
                    for problem in error.problems
                ]
        raise _Invalid(problems[0][1], tuple(problems))

    return _compile_hook(cls, fields, steps, names, trusted, slow, converter.get_structure_hook)


def _compile_hook(
    cls: type[Any],
    fields: tuple[attrs.Attribute[Any], ...],
    steps: tuple[tuple[str, Callable[[Any, Any], Any], Any], ...],
    names: frozenset[str],
    trusted: bool,
    slow: Callable[[object], Any],
    _structure_hook_of: Callable[[Any], Callable[[Any, Any], Any]],
) -> Callable[[Any, Any], Any]:
    """Generate the hook: straight-line code for an object with exactly the class's keys.

    Like cattrs, we generate the function once per class: a plain sequence of
    lookups and calls runs several times faster than a loop over the fields,
    and the commonest values (a count, a text) are checked inline.  Anything
    else, or any failure, goes to *slow*, which says what is wrong and where.
    """
    namespace: dict[str, object] = {"_cls": cls, "_names": names, "_slow": slow}
    lines = [
        "def hook(m, _):",
        "    if m.__class__ is dict and m.keys() == _names:",
        "        try:",
    ]
    if trusted:
        namespace["_new"] = object.__new__
        lines.append("            o = _new(_cls)")
    for i, (name, structure, hint) in enumerate(steps):
        namespace[f"h{i}"] = structure
        namespace[f"t{i}"] = hint
        lines.append(f"            v = m[{name!r}]")
        inner = _optional_inner(hint)
        if hint == Count:
            namespace["_max"] = MAX_COUNT
            lines.append(
                f"            if v.__class__ is not int or v < 0 or v > _max: v = h{i}(v, t{i})"
            )
        elif hint is str:
            lines.append(f"            if v.__class__ is not str: v = h{i}(v, t{i})")
        elif inner is not None:
            # Saves a call for the common null; the inner hook does the rest.
            namespace[f"h{i}"] = _structure_hook_of(inner)
            namespace[f"t{i}"] = inner
            lines.append(f"            if v is not None: v = h{i}(v, t{i})")
        else:
            lines.append(f"            v = h{i}(v, t{i})")
        if trusted and hint is int and fields[i].validator is not None:
            # Plain ints (the year) have range checks only the model knows.
            namespace[f"val{i}"] = fields[i].validator
            namespace[f"at{i}"] = fields[i]
            lines.append(f"            val{i}(o, at{i}, v)")
        if trusted:
            # Setting through the slot descriptor skips a look-up by name.
            slot = getattr(cls, "__dict__", {}).get(name)
            if isinstance(slot, types.MemberDescriptorType):
                namespace[f"s{i}"] = slot.__set__
                lines.append(f"            s{i}(o, v)")
            else:
                namespace["_set"] = object.__setattr__
                lines.append(f"            _set(o, {name!r}, v)")
        else:
            lines.append(f"            a{i} = v")
    if trusted:
        if hasattr(cls, "__attrs_post_init__"):
            lines.append("            o.__attrs_post_init__()")
        lines.append("            return o")
    else:
        arguments = ", ".join(f"{name}=a{i}" for i, (name, _, _) in enumerate(steps))
        lines.append(f"            return _cls({arguments})")
    lines += ["        except Exception:", "            pass", "    return _slow(m)"]
    source = "\n".join(lines) + "\n"
    # The source is built from attrs field names, which are identifiers.
    exec(compile(source, f"<govinfo_report structure {cls.__qualname__}>", "exec"), namespace)
    hook: Callable[[Any, Any], Any] = namespace["hook"]  # type: ignore[assignment]
    return hook


def _make_sequence_hook(item: type[Any], converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    structure_item = converter.get_structure_hook(item)

    def hook(data: object, _: object) -> tuple[Any, ...]:
        if data.__class__ is not list:
            raise _Invalid(f"expected an array, got {_type_name(data)}")
        items: list[object] = data
        try:
            return tuple([structure_item(value, item) for value in items])
        except Exception:
            pass
        problems: list[tuple[str, str]] = []
        result = []
        for index, value in enumerate(items):
            try:
                result.append(structure_item(value, item))
            except Exception as error:
                problems += [(f"[{index}]{path}", message) for path, message in _problems_of(error)]
        if problems:
            raise _Invalid(problems[0][1], tuple(problems))
        return tuple(result)

    return hook


def _optional_inner(hint: object) -> Any:
    """The X of ``X | None``, or ``None`` for any other type."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 2:
        if args[1] is type(None):
            return args[0]
        if args[0] is type(None):
            return args[1]
    return None


@functools.cache
def _members(cls: type[enum.StrEnum]) -> tuple[dict[str, enum.StrEnum], str]:
    return {m.value: m for m in cls}, ", ".join(repr(m.value) for m in cls)


def _structure_str_enum(value: object, cls: type[enum.StrEnum]) -> enum.StrEnum:
    members, choices = _members(cls)
    member = members.get(value) if isinstance(value, str) else None
    if member is None:
        raise _Invalid(f"expected one of {choices}, got {value!r}")
    return member


def _equals(union: object) -> Callable[[object], bool]:
    """A predicate for one union type (unions have no class to dispatch on)."""
    return lambda t: t == union


def _is_record(cls: object) -> bool:
    return isinstance(cls, type) and attrs.has(cls)


def _is_homogeneous_tuple(cls: object) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _enum_value(member: enum.StrEnum) -> str:
    return member.value


def _unstructure_amount(value: Amount) -> str | None:
    if value is None or value.__class__ is Mark:
        return value
    # Fixed-point notation keeps trailing zeros as printed and never uses an exponent.
    return format(value, "f")


def make_converter() -> cattrs.Converter:
    """A new converter between reports and plain JSON-ready data.

    Each call builds a fresh converter, so a caller may register hooks of its
    own (for a class of a local variant, say) without affecting the library's.

    >>> converter = make_converter()
    >>> converter.unstructure(Period.calendar_year(2021))
    {'start': '2021-01-01', 'end': '2021-12-31'}
    >>> converter.structure({"start": "2021-01-01", "end": "2021-12-31"}, Period)
    Period(start=datetime.date(2021, 1, 1), end=datetime.date(2021, 12, 31))
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)

    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    # A StrEnum is also a str: registered on StrEnum, this hook comes first in its MRO.
    converter.register_structure_hook(enum.StrEnum, _structure_str_enum)
    converter.register_structure_hook(Edition, _structure_edition)
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_structure_hook_func(_equals(Count), _structure_count)
    converter.register_structure_hook_func(_equals(Amount), _structure_amount)
    converter.register_structure_hook_func(_equals(Signed), _structure_signed)
    converter.register_structure_hook_func(_equals(_PROACTIVE), _make_proactive_hook(converter))
    converter.register_structure_hook(
        ApplicationTable,
        _make_grid_hook(
            ApplicationTable,
            "rows",
            _ROW_KEYS,
            len(Applicant),
            Layout.SINGLE_OTHER.row_keys,
        ),
    )
    converter.register_structure_hook(
        AppealTable, _make_grid_hook(AppealTable, "groups", _GROUP_KEYS, len(AppealOutcome))
    )
    converter.register_structure_hook_factory(
        _is_homogeneous_tuple, lambda t: _make_sequence_hook(typing.get_args(t)[0], converter)
    )
    converter.register_structure_hook_factory(
        lambda t: _optional_inner(t) is not None, lambda t: _make_optional_hook(t, converter)
    )
    converter.register_structure_hook_factory(
        _is_record, lambda cls: _make_record_hook(cls, converter)
    )

    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_unstructure_hook(enum.StrEnum, _enum_value)
    converter.register_unstructure_hook_func(lambda t: t == Amount, _unstructure_amount)
    converter.register_unstructure_hook_func(lambda t: t == Count, lambda v: v)
    converter.register_unstructure_hook_func(lambda t: t == Signed, lambda v: v)
    converter.register_unstructure_hook_func(
        lambda t: t == _PROACTIVE, lambda v: _unstructure_proactive(v, converter)
    )
    converter.register_unstructure_hook(
        ApplicationTable,
        lambda table: dict(zip(table.layout.row_keys, table.rows, strict=True)),
    )
    converter.register_unstructure_hook(
        AppealTable, lambda table: dict(zip(_GROUP_KEYS, table.groups, strict=True))
    )
    converter.register_unstructure_hook_factory(
        _is_record, lambda cls: make_dict_unstructure_fn(cls, converter)
    )
    return converter


def _unstructure_proactive(table: object, converter: cattrs.Converter) -> dict[str, Any]:
    data: dict[str, Any] = converter.unstructure(table, table.__class__)
    layout = layout_of(table)
    if not is_built_in(layout):
        # Keys cannot tell a variant from its edition's table (one that adds only notes,
        # say): the variant is named, and a reader of the JSON must have it registered.
        return {"layout": layout.name, **data}
    return data


def _make_optional_hook(union: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    inner = _optional_inner(union)
    structure = converter.get_structure_hook(inner)

    def hook(value: object, _: object) -> Any:
        return None if value is None else structure(value, inner)

    return hook


_CONVERTER: Final = make_converter()
_STRUCTURE_REPORT: Final = _CONVERTER.get_structure_hook(Report)


# --- the public verbs -------------------------------------------------------------


def _plain(report: Report) -> dict[str, Any]:
    # Table rows stay tuples here: both JSON backends write them as arrays.
    if not isinstance(report, Report):
        raise TypeError(f"expected a Report, got {type(report).__name__}")
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(_CONVERTER.unstructure(report, Report))
    return data


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain, JSON-ready data (dicts, lists, str, int, None).

    >>> from govinfo_report import example
    >>> data = to_dict(example())
    >>> data["schema_version"], data["applications"]["R1"]
    (1, [0, 0, 0, 0, 0, 0, 0])
    """
    data = _plain(report)
    for table in ("applications", "appeals"):
        data[table] = {
            key: [v.value if v.__class__ is Mark else v for v in row]
            for key, row in data[table].items()
        }
    return data


def from_dict(data: Mapping[str, Any]) -> Report:
    """Build a report from plain data, checking every value.

    Raises :class:`~govinfo_report.errors.JSONLoadError` listing every problem
    with its ``$.path``; no half-built report is ever returned.
    """
    if not isinstance(data, dict):
        raise JSONLoadError([Problem("$", f"expected an object, got {_type_name(data)}")])
    return _from_owned_dict(dict(data))


def _shown(value: object) -> str:
    """*value* for a message: a short number or text as such, anything else by its type.

    The repr of deeply nested data, or of an int of thousands of digits, is not bounded.
    """
    if isinstance(value, str) or (value.__class__ is int and -(10**40) < value < 10**40):
        return repr(value)[:40]
    return _type_name(value)


def _from_owned_dict(data: dict[str, Any]) -> Report:
    # Takes ownership of *data*: removes schema_version from it.
    version = data.pop("schema_version", None)
    if version != SCHEMA_VERSION or version.__class__ is not int:
        if version is None:
            message = "required field missing"
        else:
            message = (
                f"unsupported schema_version {_shown(version)}; this library reads {SCHEMA_VERSION}"
            )
        raise JSONLoadError([Problem("$.schema_version", message)])
    try:
        report: Report = _STRUCTURE_REPORT(data, Report)
    except Exception as error:  # every hook error becomes a problem with its path
        raise JSONLoadError(
            [Problem("$" + path, message) for path, message in _problems_of(error)]
        ) from None
    return report


def loads(text: str | bytes, *, max_bytes: int | None = None) -> Report:
    """Read a report from JSON text.

    Raises :class:`~govinfo_report.errors.JSONLoadError` (a ``ValueError``)
    for malformed JSON and for every value that is not a valid report.  Text
    longer than *max_bytes* (default
    :data:`~govinfo_report.limits.MAX_JSON_BYTES`, 20 MiB; characters for a
    ``str``) is refused before it is parsed.

    .. versionchanged:: 0.1.0 *max_bytes*
    """
    if isinstance(text, str | bytes | bytearray | memoryview):
        limit = MAX_JSON_BYTES if max_bytes is None else max_bytes
        unit = "characters" if isinstance(text, str) else "bytes"
        refused = too_large("the JSON text", len(text), limit, "loads", unit)
        if refused is not None:
            raise JSONLoadError([Problem("$", refused)])
    data = _json.decode(text)
    if data.__class__ is not dict:
        raise JSONLoadError([Problem("$", f"expected an object, got {_type_name(data)}")])
    return _from_owned_dict(data)


def dumps(report: Report, *, indent: bool = False) -> str:
    """Write a report as canonical JSON text (compact, or indented by two spaces).

    Chinese is written as UTF-8, not escaped; amounts are decimal strings.
    ``dumps(loads(text)) == text`` holds for any text ``dumps`` wrote.
    """
    return _json.encode(_plain(report), indent=indent)
