"""The JSON Schema (draft 2020-12) of the report document, generated from the model.

The schema is built by walking the attrs classes and the row and column
enums, so it cannot drift from the model; the package also ships it as
``report.schema.json`` (regenerate with ``python scripts/generate_schema.py``).

>>> schema = json_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> official, single = schema["$defs"]["ApplicationTable"]["oneOf"]
>>> official["properties"]["R1"]["title"], single["properties"]["R3_6"]["title"]
('一、本年新收政府信息公开申请数量', '（六）其他处理')
>>> schema == packaged_schema()
True
"""

from __future__ import annotations

import datetime
import enum
import json
import typing
from functools import cache
from importlib import resources
from typing import Any, Final

import attrs

from .editions import Edition
from .model import (
    PROACTIVE_2019,
    PROACTIVE_2021,
    Amount,
    AppealGroup,
    AppealOutcome,
    AppealTable,
    Applicant,
    ApplicationTable,
    Count,
    Layout,
    Mark,
    Report,
    Row,
    Signed,
)
from .proactive import CellType, ProactiveLayout, is_built_in
from .serialise import SCHEMA_VERSION

__all__ = ["SCHEMA_ID", "json_schema", "packaged_schema"]

#: The schema's ``$id``.
SCHEMA_ID: Final = f"https://govinfo-report.readthedocs.io/schema/v{SCHEMA_VERSION}/report.json"
_MARKS: Final = [mark.value for mark in Mark]
_SUPPORTED_EDITIONS: Final = [edition.value for edition in Edition]
_PROACTIVE: Final = typing.get_type_hints(Report)["proactive"]
#: The layouts of table 二 the packaged schema covers: the two national editions.
BUILT_IN_LAYOUTS: Final = (PROACTIVE_2021, PROACTIVE_2019)


def _count() -> dict[str, Any]:
    return {
        "description": "A count; null for a cell printed blank; a mark for a cell printed as such.",
        "anyOf": [
            {"type": "integer", "minimum": 0},
            {"type": "null"},
            {"enum": _MARKS},
        ],
    }


def _signed() -> dict[str, Any]:
    return {
        "description": "A signed count (本年增/减): negative for a reduction; null for blank; "
        "or a mark.",
        "anyOf": [
            {"type": "integer"},
            {"type": "null"},
            {"enum": _MARKS},
        ],
    }


def _amount() -> dict[str, Any]:
    return {
        "description": "An exact amount in 万元 as a decimal string; null for blank; or a mark.",
        "anyOf": [
            {"type": "string", "pattern": r"^(0|[1-9][0-9]{0,15})(\.[0-9]{1,8})?$"},
            {"type": "null"},
            {"enum": _MARKS},
        ],
    }


def _grid(title: str, rows: dict[str, str], columns: list[str], description: str) -> dict[str, Any]:
    row_schema = {
        "type": "array",
        "prefixItems": [{"$ref": "#/$defs/Count", "title": c} for c in columns],
        "items": False,
        "minItems": len(columns),
    }
    return {
        "title": title,
        "description": description,
        "type": "object",
        "properties": {key: {"title": label, **row_schema} for key, label in rows.items()},
        "required": list(rows),
        "additionalProperties": False,
    }


def _proactive(layouts: tuple[ProactiveLayout, ...], defs: dict[str, Any]) -> dict[str, Any]:
    options = []
    for layout in layouts:
        _define(layout.model, defs)
        definition = defs[layout.model.__name__]
        definition["title"] = f"二、主动公开政府信息情况 ({layout.name})"
        for block in layout.blocks:
            for entry in block.rows:
                definition["properties"][entry.key]["title"] = f"{block.caption} {entry.label}"
            row = defs[block.row_class.__name__]
            for column in block.columns:
                row["properties"][column.key]["title"] = column.label
                if column.type is CellType.AMOUNT and column.unit_field is not None:
                    row["properties"][column.key]["description"] = (
                        f"An exact amount, in the unit given by {column.unit_field!r}."
                    )
                    row["properties"][column.unit_field] = {
                        "title": "The unit printed with the amount, such as 元",
                        "anyOf": [
                            {"type": "string", "pattern": r"^\S(?:.*\S)?$"},
                            {"type": "null"},
                        ],
                    }
        if not is_built_in(layout):
            definition["properties"] = {
                "layout": {"const": layout.name, "title": "The variant's registered name"},
                **definition["properties"],
            }
            definition["required"] = ["layout", *definition["required"]]
        options.append({"$ref": f"#/$defs/{layout.model.__name__}"})
    return {
        "description": "Table 二, in the layout of the report's edition (or a registered "
        "variant of it); the keys tell which.",
        "oneOf": options,
    }


def _type_schema(annotation: object, defs: dict[str, Any]) -> dict[str, Any]:
    if annotation == _PROACTIVE:
        return _proactive(defs["$layouts"], defs)
    if annotation == Count:
        return {"$ref": "#/$defs/Count"}
    if annotation == Signed:
        return {"$ref": "#/$defs/Signed"}
    if annotation == Amount:
        return {"$ref": "#/$defs/Amount"}
    if annotation is str:
        return {"type": "string"}
    if annotation is int:
        return {"type": "integer", "minimum": 1, "maximum": 9999}
    if annotation is datetime.date:
        return {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    if annotation is Edition:
        return {"enum": _SUPPORTED_EDITIONS}
    if isinstance(annotation, type) and issubclass(annotation, enum.StrEnum):
        return {"enum": [member.value for member in annotation]}
    args = typing.get_args(annotation)
    if type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        return {"anyOf": [_type_schema(inner, defs), {"type": "null"}]}
    if typing.get_origin(annotation) is tuple:
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if isinstance(annotation, type) and attrs.has(annotation):
        _define(annotation, defs)
        return {"$ref": f"#/$defs/{annotation.__name__}"}
    raise TypeError(f"no JSON Schema for {annotation!r}")  # pragma: no cover


def _define(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    if cls is ApplicationTable:
        columns = [column.label for column in Applicant]
        official = {row.value: row.label for row in Row}
        single = {key: official.get(key, "（六）其他处理") for key in Layout.SINGLE_OTHER.row_keys}
        defs[cls.__name__] = {
            "title": "三、收到和处理政府信息公开申请情况",
            "oneOf": [
                _grid(
                    "The official rows",
                    official,
                    columns,
                    "25 rows keyed by row key, each the 7 applicant columns in order, 总计 last.",
                ),
                _grid(
                    "（六）其他处理 as a single row",
                    single,
                    columns,
                    "23 rows keyed by row key, （六）其他处理 as one row R3_6 (as the 2019 "
                    "format and many later reports print it).",
                ),
            ],
        }
        return
    if cls is AppealTable:
        defs[cls.__name__] = _grid(
            "四、政府信息公开行政复议、行政诉讼情况",
            {group.value: group.label for group in AppealGroup},
            [outcome.label for outcome in AppealOutcome],
            "3 groups keyed by group key, each the 5 outcome columns in order, 总计 last.",
        )
        return
    defs[cls.__name__] = {}  # reserve the name before recursing
    hints = typing.get_type_hints(cls, include_extras=True)
    fields = attrs.fields(cls)
    defs[cls.__name__] = {
        "type": "object",
        "properties": {f.name: _type_schema(hints[f.name], defs) for f in fields},
        "required": [f.name for f in fields if f.default is attrs.NOTHING],
        "additionalProperties": False,
    }


def json_schema(layouts: typing.Iterable[ProactiveLayout] | None = None) -> dict[str, Any]:
    """Generate the JSON Schema of the report document from the model.

    Table 二 may take each of *layouts*; by default the two national editions'
    (the packaged schema).  Pass :func:`~govinfo_report.proactive.registered`
    to include the variants registered in this process.
    """
    chosen = BUILT_IN_LAYOUTS if layouts is None else tuple(layouts)
    defs: dict[str, Any] = {
        "Count": _count(),
        "Signed": _signed(),
        "Amount": _amount(),
        "$layouts": chosen,
    }
    _define(Report, defs)
    del defs["$layouts"]
    report = defs.pop(Report.__name__)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "政府信息公开工作年度报告",
        "description": "One annual report on government information disclosure, as written "
        "by govinfo_report.dumps.",
        "type": "object",
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            **report["properties"],
        },
        "required": ["schema_version", *report["required"]],
        "additionalProperties": False,
        # Table 二 is the layout of the report's own edition.
        "allOf": [
            {
                "if": {"properties": {"edition": {"const": edition.value}}},
                "then": {
                    "properties": {
                        "proactive": {
                            "oneOf": [
                                {"$ref": f"#/$defs/{layout.model.__name__}"}
                                for layout in chosen
                                if layout.edition is edition
                            ]
                        }
                    }
                },
            }
            for edition in Edition
            if any(layout.edition is edition for layout in chosen)
        ],
        "$defs": dict(sorted(defs.items())),
    }


@cache
def _packaged_text() -> str:
    return resources.files(__package__).joinpath("report.schema.json").read_text("utf-8")


def packaged_schema() -> dict[str, Any]:
    """The schema shipped with the package (equal to :func:`json_schema`)."""
    schema: dict[str, Any] = json.loads(_packaged_text())
    return schema
