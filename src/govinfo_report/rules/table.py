"""The table rules: T3-A, T3-B, T3-C, T4-1..3, D-1, D-2, D-3 and unfilled cells.

A cell printed blank or with a mark is never read as 0.  A rule whose inputs
are not all filled says it could not be assessed — unless the filled parts
alone already exceed the total, which no filling of the blanks can mend.

The equations are kept as data (:data:`EQUATIONS`) so the repair search can
reason about them.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from operator import add, itemgetter, sub
from typing import Final, cast

import attrs

from govinfo_report.editions import Edition
from govinfo_report.i18n import N_
from govinfo_report.model import OUTCOME_ROWS, AppealGroup, AppealOutcome, Applicant, Mark, Row

from .findings import Finding, Severity
from .registry import Context, rule

__all__ = ["EQUATIONS", "Equation", "tables_hold"]

_2021: Final = (Edition.FORMAT_2021,)
_COLUMNS: Final = tuple(Applicant)
_PARTS: Final = _COLUMNS[:-1]


@attrs.frozen
class Equation:
    """One identity a table must satisfy: the sum of ``parts`` equals ``total``.

    ``code`` is the rule's code; ``subject`` the column, row or group.
    """

    code: str
    subject: str
    parts: tuple[str, ...]
    total: tuple[str, ...]

    @property
    def cells(self) -> tuple[str, ...]:
        """Every cell of the equation."""
        return (*self.parts, *self.total)


def _cell(row: Row, column: Applicant) -> str:
    return f"{row.value}[{column.value}]"


def _equations() -> tuple[Equation, ...]:
    equations = [
        Equation(
            "table.T3-A",
            column.value,
            (_cell(Row.NEW_REQUESTS, column), _cell(Row.CARRIED_OVER, column)),
            (_cell(Row.TOTAL_HANDLED, column), _cell(Row.CARRIED_FORWARD, column)),
        )
        for column in _COLUMNS
    ]
    equations += [
        Equation(
            "table.T3-B",
            column.value,
            tuple(_cell(row, column) for row in OUTCOME_ROWS),
            (_cell(Row.TOTAL_HANDLED, column),),
        )
        for column in _COLUMNS
    ]
    equations += [
        Equation(
            "table.T3-C",
            row.value,
            tuple(_cell(row, column) for column in _PARTS),
            (_cell(row, Applicant.TOTAL),),
        )
        for row in Row
    ]
    equations += [
        Equation(
            f"table.T4-{group.position + 1}",
            group.value,
            tuple(f"{group.value}.{o.value}" for o in tuple(AppealOutcome)[:-1]),
            (f"{group.value}.total",),
        )
        for group in AppealGroup
    ]
    return tuple(equations)


#: Every equation of tables 三 and 四 (2021 edition), in rule order.
EQUATIONS: Final = _equations()


def _check_equation(context: Context, equation: Equation) -> Iterator[Finding]:
    report = context.report
    parts = [report.raw_cell(a) for a in equation.parts]
    totals = [report.raw_cell(a) for a in equation.total]
    missing = tuple(
        address
        for address, value in zip(equation.cells, (*parts, *totals), strict=True)
        if value.__class__ is not int
    )
    known_parts = sum(v for v in parts if v.__class__ is int)
    if not missing:
        expected, actual = known_parts, sum(totals)  # type: ignore[arg-type]
        if expected != actual:
            yield context.finding(
                subject=equation.subject, cells=equation.cells, expected=expected, actual=actual
            )
        return
    known_total = [v for v in totals if v.__class__ is int]
    if len(known_total) == len(totals) and known_parts > sum(known_total):
        # Blanks are at least 0, so no reading of them mends this.
        yield context.finding(
            subject=equation.subject,
            cells=equation.cells,
            expected=known_parts,
            actual=sum(known_total),
            template=N_(
                "{where}: the filled parts alone add up to {expected}, "
                "more than the {actual} printed as the total"
            ),
        )
        return
    yield context.unassessed(subject=equation.subject, cells=equation.cells, missing=missing)


def _table_three_fast(context: Context) -> tuple[tuple[int, ...], ...] | None:
    """The rows of table 三 when every cell is a number (the common case), else None."""
    if context.counts_only:
        return context.report.applications.rows  # type: ignore[return-value]
    return None


_TOTAL: Final = itemgetter(Applicant.TOTAL.position)
_T3A_EQUATIONS: Final = EQUATIONS[:7]
_T3B_EQUATIONS: Final = EQUATIONS[7:14]
_T3C_EQUATIONS: Final = EQUATIONS[14:39]
_T4_EQUATIONS: Final = EQUATIONS[39:]
_R1, _R2, _R37, _R4 = (
    row.position
    for row in (Row.NEW_REQUESTS, Row.CARRIED_OVER, Row.TOTAL_HANDLED, Row.CARRIED_FORWARD)
)
_OUTCOMES: Final = slice(OUTCOME_ROWS[0].position, OUTCOME_ROWS[-1].position + 1)


def tables_hold(context: Context) -> bool:
    """Whether every table rule is silent: the common case, decided once per check.

    True when every cell of 二, 三 and 四 where a count belongs holds an int ≥ 0,
    the fee is a finite Decimal ≥ 0, and every equation of 三 and 四 holds; D-3
    then holds too (一 + 二 = （七） + 四 with 四 ≥ 0).  Each table rule returns at
    once when it is true, and otherwise works out its own findings.
    """
    memo = context.memo
    verdict = memo.get("table.hold")
    if verdict is None:
        verdict = memo["table.hold"] = _tables_hold(context)
    return verdict is True


def _tables_hold(context: Context) -> bool:
    if not context.counts_only:
        return False
    report = context.report
    proactive = report.proactive
    rules, docs = proactive.rules, proactive.normative_docs
    counts = (
        rules.issued, rules.repealed, rules.in_force,
        docs.issued, docs.repealed, docs.in_force,
        proactive.licensing.decisions, proactive.penalty.decisions, proactive.coercion.decisions,
    )  # fmt: skip
    if set(map(type, counts)) != _INTS or min(cast("tuple[int, ...]", counts)) < 0:
        return False
    amount = proactive.admin_fees.amount
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
        return False
    # counts_only: every cell of 三 and 四 is an int ≥ 0.
    rows = cast("tuple[tuple[int, ...], ...]", report.applications.rows)
    totals = list(map(_TOTAL, rows))
    # T3-C: sum(row) counts the total once more than the parts.
    if list(map(sub, map(sum, rows), totals)) != totals:
        return False
    # T3-B and T3-A.
    if tuple(map(sum, zip(*rows[_OUTCOMES], strict=True))) != rows[_R37]:
        return False
    if list(map(add, rows[_R1], rows[_R2])) != list(map(add, rows[_R37], rows[_R4])):
        return False
    # T4-1..3.
    groups = cast("tuple[tuple[int, ...], ...]", report.appeals.groups)
    return all(sum(group[:4]) == group[4] for group in groups)


_INTS: Final = {int}


@rule(
    "table.T3-A",
    severity=Severity.ERROR,
    editions=_2021,
    title=N_(
        "For each column, 一 (new) + 二 (carried over) = "
        "（七）总计 (handled) + 四 (carried forward)."
    ),
    message=N_(
        "{where}: new plus carried over is {expected}, but handled plus carried forward is {actual}"
    ),
)
def t3a(context: Context) -> Iterator[Finding]:
    """一 + 二 = 三（七） + 四, column by column (the note printed in the table)."""
    if tables_hold(context):
        return
    rows = _table_three_fast(context)
    if rows is not None:
        received = list(map(add, rows[_R1], rows[_R2]))
        settled = list(map(add, rows[_R37], rows[_R4]))
        if received != settled:
            for i, equation in enumerate(_T3A_EQUATIONS):
                if received[i] != settled[i]:
                    yield context.finding(
                        subject=equation.subject,
                        cells=equation.cells,
                        expected=received[i],
                        actual=settled[i],
                    )
        return
    for equation in _T3A_EQUATIONS:
        yield from _check_equation(context, equation)


@rule(
    "table.T3-B",
    severity=Severity.ERROR,
    editions=_2021,
    title=N_("For each column, （七）总计 is the sum of the outcome rows （一） to （六）."),
    message=N_("{where}: the outcome rows add up to {expected}, but the total handled is {actual}"),
)
def t3b(context: Context) -> Iterator[Finding]:
    """（七）总计 = the sum of the 21 outcome rows, column by column."""
    if tables_hold(context):
        return
    rows = _table_three_fast(context)
    if rows is not None:
        sums = tuple(map(sum, zip(*rows[_OUTCOMES], strict=True)))
        printed = rows[_R37]
        if sums == printed:
            return
        for i, equation in enumerate(_T3B_EQUATIONS):
            if sums[i] != printed[i]:
                yield context.finding(
                    subject=equation.subject,
                    cells=equation.cells,
                    expected=sums[i],
                    actual=printed[i],
                )
        return
    for equation in _T3B_EQUATIONS:
        yield from _check_equation(context, equation)


@rule(
    "table.T3-C",
    severity=Severity.ERROR,
    editions=_2021,
    title=N_("For each row, 总计 is the sum of the six applicant columns."),
    message=N_("{where}: the applicant columns add up to {expected}, but the total is {actual}"),
)
def t3c(context: Context) -> Iterator[Finding]:
    """总计 = the sum of the six applicant columns, row by row."""
    if tables_hold(context):
        return
    rows = _table_three_fast(context)
    if rows is not None:
        totals = list(map(_TOTAL, rows))
        # sum(row) counts the total once more than the parts: parts == total iff
        # sum(row) - total == total.
        if list(map(sub, map(sum, rows), totals)) == totals:
            return
        for row, equation in zip(rows, _T3C_EQUATIONS, strict=True):
            parts = sum(row[:6])
            if parts != row[6]:
                yield context.finding(
                    subject=equation.subject, cells=equation.cells, expected=parts, actual=row[6]
                )
        return
    for equation in _T3C_EQUATIONS:
        yield from _check_equation(context, equation)


def _t4(group: AppealGroup) -> None:
    equation = _T4_EQUATIONS[group.position]

    def check(context: Context) -> Iterator[Finding]:
        if tables_hold(context):
            return
        cells = context.report.appeals.groups[group.position]
        if context.counts_only:
            parts = sum(cells[:4])  # type: ignore[arg-type]
            if parts != cells[4]:
                yield context.finding(
                    subject=equation.subject, cells=equation.cells, expected=parts, actual=cells[4]
                )
            return
        yield from _check_equation(context, equation)

    check.__doc__ = f"{group.label}: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结."
    rule(
        equation.code,
        severity=Severity.ERROR,
        editions=_2021,
        title=_T4_TITLES[group],
        message=N_("{where}: the four outcomes add up to {expected}, but the total is {actual}"),
    )(check)


_T4_TITLES: Final = {
    AppealGroup.REVIEW: N_("行政复议: 总计 is the sum of the four outcomes."),
    AppealGroup.DIRECT_LITIGATION: N_("未经复议直接起诉: 总计 is the sum of the four outcomes."),
    AppealGroup.LITIGATION_AFTER_REVIEW: N_("复议后起诉: 总计 is the sum of the four outcomes."),
}
for _group in AppealGroup:
    _t4(_group)


@rule(
    "table.D-3",
    severity=Severity.ERROR,
    editions=_2021,
    title=N_("For each column, （七）总计 (handled) is at most 一 + 二 (received)."),
    message=N_("{where}: {actual} handled, more than the {expected} received"),
)
def d3(context: Context) -> Iterator[Finding]:
    """（七）总计 ≤ 一 + 二: an organ cannot handle more requests than it had."""
    if tables_hold(context):
        return
    rows = context.report.applications.rows
    new, over, done = rows[_R1], rows[_R2], rows[_R37]
    for column in _COLUMNS:
        i = column.position
        if new[i].__class__ is int and over[i].__class__ is int and done[i].__class__ is int:
            received = new[i] + over[i]  # type: ignore[operator]
            if done[i] > received:  # type: ignore[operator]
                yield context.finding(
                    subject=column.value,
                    cells=(_cell(Row.TOTAL_HANDLED, column),),
                    expected=received,
                    actual=done[i],
                )


def _count_cells(context: Context) -> Iterator[tuple[str, object]]:
    report = context.report
    for address in report.addresses():
        if address != "admin_fees.amount":
            yield address, report.raw_cell(address)


@rule(
    "table.D-1",
    severity=Severity.ERROR,
    title=N_("Every count in tables 二, 三 and 四 is a whole number, 0 or more."),
    message=N_("{coordinates}: {actual} is not a count"),
)
def d1(context: Context) -> Iterator[Finding]:
    """Counts are ints ≥ 0 (the model refuses others; this guards objects built around it)."""
    if tables_hold(context):
        return
    if context.counts_only and all(
        v.__class__ is int and v >= 0 for _, v in _proactive_counts(context)
    ):
        return
    for address, value in _count_cells(context):
        if value is None or value.__class__ is Mark:
            continue
        if value.__class__ is not int or value < 0:
            yield context.finding(subject=address, cells=(address,), actual=repr(value))


def _proactive_counts(context: Context) -> Iterator[tuple[str, object]]:
    proactive = context.report.proactive
    for name in ("rules", "normative_docs"):
        counts = getattr(proactive, name)
        yield f"{name}.issued", counts.issued
        yield f"{name}.repealed", counts.repealed
        yield f"{name}.in_force", counts.in_force
    for name in ("licensing", "penalty", "coercion"):
        yield f"{name}.decisions", getattr(proactive, name).decisions


@rule(
    "table.D-2",
    severity=Severity.ERROR,
    title=N_("The fee amount (万元) is an exact decimal, 0 or more."),
    message=N_("{coordinates}: {actual} is not an amount"),
)
def d2(context: Context) -> Iterator[Finding]:
    """行政事业性收费 is a Decimal ≥ 0."""
    if tables_hold(context):
        return
    amount = context.report.proactive.admin_fees.amount
    if amount is None or amount.__class__ is Mark:
        return
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
        yield context.finding(
            subject="admin_fees", cells=("admin_fees.amount",), actual=repr(amount)
        )


@rule(
    "table.unfilled",
    severity=Severity.WARNING,
    title=N_("Every cell where a number belongs holds one: not blank, not “/”."),
    message=N_("{coordinates}: printed blank or with a mark where a number belongs"),
)
def unfilled(context: Context) -> Iterator[Finding]:
    """Cells printed blank or with a mark, one finding per table row."""
    if tables_hold(context):
        return
    report = context.report
    addresses = [
        address for address, value in _proactive_counts(context) if value.__class__ is not int
    ]
    if not isinstance(report.proactive.admin_fees.amount, Decimal):
        addresses.append("admin_fees.amount")
    if not context.counts_only:
        addresses += [
            address
            for address in report.addresses()[10:]
            if report.raw_cell(address).__class__ is not int
        ]
    by_row: dict[str, list[str]] = {}
    for address in addresses:
        by_row.setdefault(_row_of(address), []).append(address)
    for row, cells in by_row.items():
        yield context.finding(subject=row, cells=tuple(cells))


def _row_of(address: str) -> str:
    if address.endswith("]"):
        return address.partition("[")[0]
    return address.partition(".")[0]
