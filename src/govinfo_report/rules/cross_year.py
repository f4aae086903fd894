"""The rules across years: the same organ's reports on two adjacent years.

X-1: what a report carries over (二) is what the previous one carried forward
(四), in all seven columns — across the change of format too (a 2020 report
against its 2021 successor), since those rows kept their meaning.  X-2: the
number of rules and normative documents in force moves by what was issued
and repealed (2021 format).  X-3: this year's 上一年项目数量 is last year's
plus its 本年增/减 (2019 format, both years).  And a section 五 that repeats
the previous year's nearly word for word is the copied, perfunctory report
(内容雷同) the format names as a failing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Final

from govinfo_report.editions import Edition
from govinfo_report.i18n import N_
from govinfo_report.model import Applicant, Report, Row
from govinfo_report.proactive import layout_of

from .findings import Finding, Severity
from .registry import Context, rule

__all__ = ["COPIED_THRESHOLD", "comparable"]

#: Similarity of two 五 sections (0..1) from which the later one counts as copied.
COPIED_THRESHOLD: Final = 0.9
# Shorter sections ("无。") repeat for want of anything to say, not by copying.
_COPIED_MIN_CHARS: Final = 40


def _organ_key(organ: str) -> str:
    return "".join(unicodedata.normalize("NFKC", organ).split())


def comparable(previous: Report, current: Report) -> bool:
    """Whether *previous* is the same organ's report on the year before *current*'s."""
    return previous.year == current.year - 1 and _organ_key(previous.organ) == _organ_key(
        current.organ
    )


@rule(
    "cross-year.not-comparable",
    severity=Severity.WARNING,
    needs_previous=True,
    title=N_(
        "The previous report given is the same organ's report on the year before; "
        "otherwise nothing is compared."
    ),
    message=N_(
        "not compared with the previous report: it is {previous_organ}'s report on "
        "{actual}, this is {organ}'s report on {expected}"
    ),
)
def not_comparable(context: Context) -> Iterator[Finding]:
    """Say so, instead of comparing, when the two reports are not a pair of years."""
    previous, report = context.previous, context.report
    if previous is not None and not comparable(previous, report):
        yield context.finding(
            subject="previous",
            expected=report.year,
            actual=previous.year,
            organ=report.organ,
            previous_organ=previous.organ,
        )


def _pair(context: Context) -> Report | None:
    previous = context.previous
    if previous is None or not comparable(previous, context.report):
        return None
    return previous


@rule(
    "cross-year.X-1",
    severity=Severity.WARNING,
    needs_previous=True,
    title=N_(
        "For each column, 二 (carried over) equals 四 (carried forward) of the previous "
        "year's report."
    ),
    message=N_(
        "{where}: {actual} carried over from last year, but last year's report carried "
        "forward {expected}"
    ),
)
def x1(context: Context) -> Iterator[Finding]:
    """上年结转 (year y) = 结转下年度继续办理 (year y−1), in all seven columns.

    Both rows are found by key, so the two reports compare whatever the layout
    of their tables 三 (a single （六） row in one, its three sub-items in the other).
    """
    previous = _pair(context)
    if previous is None:
        return
    over = context.report.applications.row(Row.CARRIED_OVER)
    forward = previous.applications.row(Row.CARRIED_FORWARD)
    for column in Applicant:
        now, before = over[column.position], forward[column.position]
        cell = f"R2[{column.value}]"
        previous_cell = f"R4[{column.value}]"
        if now.__class__ is int and before.__class__ is int:
            if now != before:
                yield context.finding(
                    subject=column.value,
                    cells=(cell,),
                    previous_cells=(previous_cell,),
                    expected=before,
                    actual=now,
                )
        else:
            missing: tuple[str, ...] = (cell,) if now.__class__ is not int else ()
            missing += (f"{previous.year}:{previous_cell}",) if before.__class__ is not int else ()
            yield context.unassessed(subject=column.value, cells=(cell,), missing=missing)


@rule(
    "cross-year.X-2",
    severity=Severity.WARNING,
    needs_previous=True,
    editions=(Edition.FORMAT_2021,),
    title=N_(
        "For 规章 and 行政规范性文件, 现行有效件数 moves from last year's by what was issued "
        "and repealed (only roughly: 制发 may include revisions)."
    ),
    message=N_(
        "{where}: {actual} in force, but last year's {previous} plus {issued} issued minus "
        "{repealed} repealed is {expected}"
    ),
)
def x2(context: Context) -> Iterator[Finding]:
    """in_force(y) ≈ in_force(y−1) + issued(y) − repealed(y)."""
    previous = _pair(context)
    if previous is None or previous.edition is not Edition.FORMAT_2021:
        return
    for name in ("rules", "normative_docs"):
        now = getattr(context.report.proactive, name)
        before = getattr(previous.proactive, name).in_force
        values = (before, now.issued, now.repealed, now.in_force)
        if not all(value.__class__ is int for value in values):
            continue  # table.unfilled already says which cells are blank
        expected = before + now.issued - now.repealed
        if now.in_force != expected:
            yield context.finding(
                subject=name,
                cells=(f"{name}.issued", f"{name}.repealed", f"{name}.in_force"),
                previous_cells=(f"{name}.in_force",),
                expected=expected,
                actual=now.in_force,
                previous=before,
                issued=now.issued,
                repealed=now.repealed,
            )


_2019: Final = (Edition.FORMAT_2019,)


@rule(
    "cross-year.X-3",
    severity=Severity.WARNING,
    needs_previous=True,
    editions=_2019,
    title=N_(
        "Each item count of 二 (2019 format) starts from last year's: 上一年项目数量 equals "
        "last year's 上一年项目数量 plus its 本年增/减."
    ),
    message=N_(
        "{where}: {actual} items the year before, but last year's report had {previous} "
        "and a change of {change}, {expected} in all"
    ),
)
def x3(context: Context) -> Iterator[Finding]:
    """prev_items(y) ≈ prev_items(y−1) + change(y−1), for every row with both columns."""
    previous = _pair(context)
    if previous is None or previous.edition is not Edition.FORMAT_2019:
        return
    now_table, before_table = context.report.proactive, previous.proactive
    for key in layout_of(now_table).row_keys:
        now, before = getattr(now_table, key), getattr(before_table, key, None)
        count = getattr(now, "prev_items", None)
        last, change = getattr(before, "prev_items", None), getattr(before, "change", None)
        if not (count.__class__ is int and last.__class__ is int and change.__class__ is int):
            continue  # table.unfilled already says which cells are blank
        expected = last + change
        if count != expected:
            yield context.finding(
                subject=key,
                cells=(f"{key}.prev_items",),
                previous_cells=(f"{key}.prev_items", f"{key}.change"),
                expected=expected,
                actual=count,
                previous=last,
                change=change,
            )


@rule(
    "cross-year.copied-problems",
    severity=Severity.WARNING,
    needs_previous=True,
    title=N_(
        "Section 五 is not a near copy of the previous year's (内容雷同, named by the format "
        "as a failing)."
    ),
    message=N_("{where} repeats last year's text: {percent}% alike"),
)
def copied_problems(context: Context) -> Iterator[Finding]:
    """五、存在的主要问题及改进情况 is written anew each year."""
    from govinfo_report.compare import text_similarity

    previous = _pair(context)
    if previous is None:
        return
    current_text, previous_text = context.report.problems, previous.problems
    if min(len(current_text.strip()), len(previous_text.strip())) < _COPIED_MIN_CHARS:
        return
    similarity = text_similarity(previous_text, current_text)
    if similarity >= COPIED_THRESHOLD:
        yield context.finding(subject="problems", percent=round(similarity * 100))
