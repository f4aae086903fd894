"""Counts the model holds are those JSON tools hold: 0 to 2**64 − 1, signed from −2**63.

Found by the long fuzzing campaign: a document with a count of 23 digits read into a
report that ``dumps`` could not write, and a ``schema_version`` of deeply nested arrays
could not be shown in the error.
"""

from __future__ import annotations

import json

import attrs
import pytest

from govinfo_report import (
    ApplicationTable,
    Edition,
    InvalidReportError,
    JSONLoadError,
    Layout,
    dumps,
    example,
    loads,
    read,
    render_text,
)
from govinfo_report.model import MAX_COUNT, MIN_SIGNED, DocumentCounts, ItemCounts
from govinfo_report.model import ProactiveDisclosure2019 as Table2019


def test_a_count_over_64_bits_is_refused_by_the_model() -> None:
    DocumentCounts(MAX_COUNT, 0, 0)
    with pytest.raises(InvalidReportError, match="at most"):
        DocumentCounts(MAX_COUNT + 1, 0, 0)
    ItemCounts(0, MIN_SIGNED, 0)
    with pytest.raises(InvalidReportError, match="signed count must be from"):
        ItemCounts(0, MIN_SIGNED - 1, 0)


def test_a_count_over_64_bits_in_a_document_is_unrecognised() -> None:
    text = render_text(example()).replace("\t0\n", "\t99999999999999999999999\n", 1)
    result = read(text)
    assert [d.message for d in result.diagnostics if d.kind == "unrecognised"] == [
        "rules: not a count: a number of 23 digits"
    ]
    assert loads(dumps(result.report)) == result.report


def test_every_signed_count_the_model_holds_is_written() -> None:
    table = attrs.evolve(Table2019.zeros(), licensing=ItemCounts(MAX_COUNT, MIN_SIGNED, 0))
    report = attrs.evolve(
        example(),
        edition=Edition.FORMAT_2019,
        proactive=table,
        applications=ApplicationTable.zeros(Layout.SINGLE_OTHER),
    )
    assert loads(dumps(report)) == report
    data = json.loads(dumps(report))
    data["proactive"]["licensing"]["change"] = MIN_SIGNED - 1
    with pytest.raises(JSONLoadError) as info:
        loads(json.dumps(data))
    assert [p.path for p in info.value.problems] == ["$.proactive.licensing.change"]


@pytest.mark.parametrize(
    ("version", "shown"),
    [("[" * 500 + "]" * 500, "an array"), ("9" * 60, "a number"), ('"x"', "'x'")],
)
def test_an_odd_schema_version_is_shown_briefly(version: str, shown: str) -> None:
    with pytest.raises(JSONLoadError) as info:
        loads('{"schema_version": ' + version + "}")
    (problem,) = info.value.problems
    assert problem.path == "$.schema_version"
    assert problem.message == f"unsupported schema_version {shown}; this library reads 1"
