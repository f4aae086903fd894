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
from govinfo_report.model import SINGLE_OTHER_ROW, AppealGroup, Layout, Report, Row, RowGroup

from .findings import Finding, Severity
from .registry import Context, rule

__all__ = ["TOPIC_CELLS", "topic_cells"]


def _totals(*rows: Row) -> tuple[str, ...]:
    return tuple(f"{row.value}[TOT]" for row in rows)


def _group(group: RowGroup) -> tuple[str, ...]:
    return _totals(*(row for row in Row if row.parent is group))


#: The cells whose sum each topic of the narrative states, in the official layout.
TOPIC_CELLS: Final[dict[Topic, tuple[str, ...]]] = {
    Topic.NEW_REQUESTS: ("R1[TOT]",),
    Topic.CARRIED_OVER: ("R2[TOT]",),
    Topic.HANDLED: ("R3_7[TOT]",),
    Topic.CARRIED_FORWARD: ("R4[TOT]",),
    Topic.REVIEWS: ("RV.total",),
    Topic.LAWSUITS: ("LD.total", "LR.total"),
    Topic.GRANTED: _totals(Row.GRANTED),
    Topic.PARTLY_GRANTED: _totals(Row.PARTLY_GRANTED),
    Topic.GRANTED_OR_PARTLY: _totals(Row.GRANTED, Row.PARTLY_GRANTED),
    Topic.WITHHELD: _group(RowGroup.WITHHELD),
    Topic.UNAVAILABLE: _group(RowGroup.UNAVAILABLE),
    Topic.NOT_PROCESSED: _group(RowGroup.NOT_PROCESSED),
    Topic.OTHER_HANDLING: _group(RowGroup.OTHER_HANDLING),
}
_SINGLE_OTHER_CELLS: Final = (f"{SINGLE_OTHER_ROW}[TOT]",)


def topic_cells(topic: Topic, layout: Layout = Layout.OFFICIAL) -> tuple[str, ...]:
    """The cells whose sum *topic* states, in table 三's *layout*.

    >>> topic_cells(Topic.OTHER_HANDLING)
    ('R3_6_1[TOT]', 'R3_6_2[TOT]', 'R3_6_3[TOT]')
    >>> topic_cells(Topic.OTHER_HANDLING, Layout.SINGLE_OTHER)
    ('R3_6[TOT]',)
    """
    if topic is Topic.OTHER_HANDLING and layout is Layout.SINGLE_OTHER:
        return _SINGLE_OTHER_CELLS
    return TOPIC_CELLS[topic]


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


def _shown(report: Report, address: str) -> int | None:
    """The number a total cell shows: as printed, or if it is blank, the sum of its parts.

    Blank and marked parts count as 0 (as the format's sums read them); a row or group
    with no number at all shows nothing: it may not have been read.
    """
    value = report.cell(address)
    if isinstance(value, int):
        return value
    key = address.partition("[")[0].partition(".")[0]
    parts = (
        report.appeals.group(key)[:-1] if key in _APPEAL_KEYS else report.applications.row(key)[:-1]
    )
    numbers = [part for part in parts if part.__class__ is int]
    return sum(numbers) if numbers else None


_APPEAL_KEYS: Final = frozenset(group.value for group in AppealGroup)


def _table_value(report: Report, cells: tuple[str, ...]) -> int | None:
    total = 0
    for address in cells:
        value = _shown(report, address)
        if value is None:
            return None
        total += value
    return total


@rule(
    "narrative.table-mismatch",
    severity=Severity.WARNING,
    title=N_(
        "The numbers the text states for requests received, carried over, handled and carried "
        "forward, their outcomes, reviews and lawsuits agree with the tables."
    ),
    message=N_("the text says “{phrase}” ({actual}), but the table shows {expected}"),
)
def table_mismatch(context: Context) -> list[Finding]:
    """Each number stated in the narrative equals its table cell (or cells)."""
    report = context.report
    layout = report.applications.layout
    findings: list[Finding] = []  # returned, not yielded: a generator costs more than a list
    for index, text in enumerate(_narrative(report)):
        if not text:
            continue
        for topic, value, phrase, start, _, _ in find_raw(text):
            cells = topic_cells(topic, layout)
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
