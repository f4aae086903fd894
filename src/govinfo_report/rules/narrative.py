"""Narrative against tables: the numbers the text states agree with the tables.

Agencies restate their figures in prose — "全年共收到政府信息公开申请17件" —
and the prose and the table often disagree.  Every statement found is
compared, not only the first.  The information-processing fee that section 六
reports (信息处理费) is a different thing from table 二's 行政事业性收费 and is
not compared with it.
"""

from __future__ import annotations

from typing import Final

from govinfo_report._narrative import Topic, find_raw
from govinfo_report.i18n import N_
from govinfo_report.model import Report

from .findings import Finding, Severity
from .registry import Context, rule

__all__ = ["TOPIC_CELLS"]

#: The cells whose sum each topic of the narrative states.
TOPIC_CELLS: Final[dict[Topic, tuple[str, ...]]] = {
    Topic.NEW_REQUESTS: ("R1[TOT]",),
    Topic.CARRIED_OVER: ("R2[TOT]",),
    Topic.HANDLED: ("R3_7[TOT]",),
    Topic.CARRIED_FORWARD: ("R4[TOT]",),
    Topic.REVIEWS: ("RV.total",),
    Topic.LAWSUITS: ("LD.total", "LR.total"),
}


def _narrative(report: Report) -> tuple[str, ...]:
    """The texts of the narrative, in document order; :func:`_place` names each."""
    general = report.general
    return (
        report.preamble,
        general.intro,
        *[subsection.text for subsection in general.subsections],
        report.problems,
        report.other,
    )


def _place(report: Report, index: int) -> str:
    """The name of the text at *index* of :func:`_narrative`."""
    subsections = len(report.general.subsections)
    if index < 2:
        return ("preamble", "general")[index]
    if index < 2 + subsections:
        return f"general.subsections[{index - 2}]"
    return ("problems", "other")[index - 2 - subsections]


def _table_value(report: Report, cells: tuple[str, ...]) -> int | None:
    total = 0
    for address in cells:
        value = report.cell(address)
        if not isinstance(value, int):
            return None
        total += value
    return total


@rule(
    "narrative.table-mismatch",
    severity=Severity.WARNING,
    title=N_(
        "The numbers the text states for requests received, carried over, handled and carried "
        "forward, reviews and lawsuits agree with the tables."
    ),
    message=N_("the text says “{phrase}” ({actual}), but the table shows {expected}"),
)
def table_mismatch(context: Context) -> list[Finding]:
    """Each number stated in the narrative equals its table cell (or cells)."""
    report = context.report
    findings: list[Finding] = []  # returned, not yielded: a generator costs more than a list
    for index, text in enumerate(_narrative(report)):
        if not text:
            continue
        for topic, value, phrase, start, _, _ in find_raw(text):
            cells = TOPIC_CELLS[topic]
            expected = _table_value(report, cells)
            if expected is not None and expected != value:
                finding = context.finding(
                    subject=topic.value,
                    cells=cells,
                    expected=expected,
                    actual=value,
                    phrase=phrase,
                    place=_place(report, index),
                    start=start,
                )
                findings.append(finding)
    return findings
