"""The JSON Schema: generated from the model, shipped with the package, and right."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest
from hypothesis import given

from govinfo_report import Report, dumps, example, from_dict, to_dict
from govinfo_report.errors import JSONLoadError
from govinfo_report.schema import json_schema, packaged_schema

from .strategies import reports

VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def test_schema_is_valid_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_shipped_schema_matches_its_generator() -> None:
    assert packaged_schema() == json_schema()


def test_shipped_file_is_what_the_script_writes() -> None:
    from scripts.generate_schema import TARGET, render

    assert TARGET.read_text(encoding="utf-8") == render()


def test_schema_names_every_row_and_column() -> None:
    official, single = json_schema()["$defs"]["ApplicationTable"]["oneOf"]
    assert len(single["properties"]) == 23
    assert single["properties"]["R3_6"]["title"] == "（六）其他处理"
    assert "R3_6_1" not in single["properties"]
    table = official
    assert len(table["properties"]) == 25
    assert (
        table["properties"]["R3_2"]["title"]
        == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    )
    titles = [item["title"] for item in table["properties"]["R1"]["prefixItems"]]
    assert titles == [
        "自然人",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "总计",
    ]


def test_example_is_valid() -> None:
    VALIDATOR.validate(json.loads(dumps(example())))


def test_a_single_other_row_is_valid_and_mixed_rows_are_not() -> None:
    import attrs

    from govinfo_report.model import ApplicationTable

    report = attrs.evolve(example(), applications=ApplicationTable.from_parts({"R3_6": [2]}))
    data = json.loads(dumps(report))
    VALIDATOR.validate(data)
    data["applications"]["R3_6_1"] = [0] * 7
    assert not VALIDATOR.is_valid(data)


@given(reports())
def test_every_written_document_is_valid(report: Report) -> None:
    VALIDATOR.validate(json.loads(dumps(report)))


def _edit(
    path: str, value: object = None, *, delete: bool = False
) -> Callable[[dict[str, Any]], None]:
    *parents, last = path.split("/")

    def edit(data: dict[str, Any]) -> None:
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if delete:
            del node[last]
        elif isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return edit


INVALID = {
    "negative count": _edit("applications/R1/0", -1),
    "fractional count": _edit("applications/R1/0", 0.5),
    "boolean count": _edit("appeals/RV/4", True),
    "text count": _edit("proactive/licensing/decisions", "12"),
    "unknown mark": _edit("applications/R4/6", "N/A"),
    "short row": _edit("applications/R2", [0] * 6),
    "long row": _edit("appeals/LD", [0] * 6),
    "unknown row": _edit("applications/R5", [0] * 7),
    "missing row": _edit("applications/R3_6_3", delete=True),
    "unknown key": _edit("colour", "red"),
    "missing field": _edit("organ", delete=True),
    "missing schema_version": _edit("schema_version", delete=True),
    "other schema_version": _edit("schema_version", 2),
    "other edition": _edit("edition", "2019"),
    "amount as number": _edit("proactive/admin_fees/amount", 1.5),
    "amount with exponent": _edit("proactive/admin_fees/amount", "1e3"),
    "bad date": _edit("publication_date", "2021-13-01"),
    "year out of range": _edit("year", 0),
    "organ not text": _edit("organ", 12),
    "subsection extra key": _edit("general/subsections/0/number", 1),
}


@pytest.mark.parametrize("mutate", list(INVALID.values()), ids=list(INVALID))
def test_invalid_documents_are_rejected_by_both(mutate: Callable[[dict[str, Any]], None]) -> None:
    data = copy.deepcopy(to_dict(example()))
    mutate(data)
    assert not VALIDATOR.is_valid(data)
    with pytest.raises(JSONLoadError):
        from_dict(data)
