"""Table 三 with a single （六） row, across the library: written, read back, checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from govinfo_report import Layout, Report, check, loads, read
from govinfo_report.batch import process
from govinfo_report.readers import read_html, read_markdown, read_text
from govinfo_report.writers import render_html, render_markdown, render_text

from .strategies import consistent_single_other_reports

GOLDEN = Path(__file__).parent / "data" / "golden"
CORPUS = Path(__file__).parent / "data" / "corpus"


def golden(name: str) -> Report:
    return loads((GOLDEN / f"{name}.json").read_bytes())


WRITERS = [
    (render_text, read_text),
    (render_markdown, read_markdown),
    (lambda report: render_html(report, standalone=True), read_html),
]


@pytest.mark.parametrize("name", ["hongze-2023", "hongze-2024"])
@pytest.mark.parametrize(("write", "reader"), WRITERS)
def test_what_a_writer_writes_reads_back(name: str, write: object, reader: object) -> None:
    report = golden(name)
    result = reader(write(report))  # type: ignore[operator]
    assert result.report.applications == report.applications
    assert result.report.applications.layout is Layout.SINGLE_OTHER
    assert result.report.appeals == report.appeals
    assert result.report.proactive == report.proactive


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(consistent_single_other_reports())
def test_generated_single_other_reports_read_back(report: Report) -> None:
    for write, reader in WRITERS:
        read_back = reader(write(report)).report  # type: ignore[no-untyped-call]
        assert read_back.applications == report.applications
        assert read_back.appeals == report.appeals


def test_the_hongze_reports_are_checked_as_published() -> None:
    # 2023: table 四 prints 总计 0 under 10/1/0/0 (行政复议) and 5/0/0/0 (复议后起诉).
    findings = check(read(CORPUS / "hongze-2023.pdf.txt").report)
    errors = [(f.code, f.subject) for f in findings if f.severity.value == "error"]
    assert errors == [("table.T4-1", "RV"), ("table.T4-3", "LR")]
    # 2024 ties out; its narrative counts 17 applications where table 三 shows 95.
    findings = check(read(CORPUS / "hongze-2024.pdf.txt").report)
    assert [(f.code, f.expected, f.actual) for f in findings] == [
        ("narrative.table-mismatch", 95, 17)
    ]
    # Across the two years: 2024's 二 is 2023's 四 in all seven columns.
    pair = check(golden("hongze-2024"), previous=golden("hongze-2023"))
    assert not [f for f in pair if f.code.startswith("cross-year.X-1")]


def test_batch_reads_and_checks_a_single_other_report() -> None:
    outcome = process(CORPUS / "hongze-2023.md")
    assert outcome["status"] == "errors"
    assert outcome["report"]["applications"]["R3_6"] == [0, 0, 0, 0, 0, 0, 0]
    assert "R3_6_1" not in outcome["report"]["applications"]
    assert {f["code"] for f in outcome["findings"]} >= {"table.T4-1", "table.T4-3"}
