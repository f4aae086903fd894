"""The table rules: T3-A, T3-B, T3-C, T4-1..3, D-1 to D-4 and unfilled cells.

A cell printed blank or with a mark is never read as 0.  A rule whose inputs
are not all filled says it could not be assessed — unless the filled parts
alone already exceed the total, which no filling of the blanks can mend.

The equations are kept as data (:data:`EQUATIONS`, and :func:`equations` for
either layout of table 三) so the repair search can reason about them.  Table
三 is checked in the rows it was printed with: the official 25, or the 23 of a
single （六）其他处理 row (``R3_6``), whose outcome rows （一） to （六） are
then 19.  Tables 三 and 四 are the same in both editions; table 二 is checked
by its layout's column types (2019's 本年增/减 is signed, and D-4 holds its
derived 本年项目数量 at 0 or more).

>>> [len(equations(layout)) for layout in Layout]
[42, 40]
>>> equations(Layout.SINGLE_OTHER)[7].parts[-1]
'R3_6[NP]'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from operator import add, itemgetter, sub
from typing import Final, cast

import attrs

from govinfo_report.editions import Edition
from govinfo_report.i18n import N_
from govinfo_report.model import (
    AppealGroup,
    AppealOutcome,
    Applicant,
    Layout,
    Mark,
    ProactiveDisclosure,
    Row,
)
from govinfo_report.proactive import CellType, layout_of

from .findings import Finding, Severity
from .registry import Context, RuleCheck, rule

__all__ = ["EQUATIONS", "Equation", "equations", "tables_hold"]

_2019: Final = (Edition.FORMAT_2019,)
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


def _cell(row: str, column: Applicant) -> str:
    return f"{row}[{column.value}]"


_R1_KEY, _R2_KEY, _R37_KEY, _R4_KEY = (
    row.value
    for row in (Row.NEW_REQUESTS, Row.CARRIED_OVER, Row.TOTAL_HANDLED, Row.CARRIED_FORWARD)
)


def _equations(layout: Layout) -> tuple[Equation, ...]:
    equations = [
        Equation(
            "table.T3-A",
            column.value,
            (_cell(_R1_KEY, column), _cell(_R2_KEY, column)),
            (_cell(_R37_KEY, column), _cell(_R4_KEY, column)),
        )
        for column in _COLUMNS
    ]
    equations += [
        Equation(
            "table.T3-B",
            column.value,
            tuple(_cell(row, column) for row in layout.outcome_keys),
            (_cell(_R37_KEY, column),),
        )
        for column in _COLUMNS
    ]
    equations += [
        Equation(
            "table.T3-C",
            row,
            tuple(_cell(row, column) for column in _PARTS),
            (_cell(row, Applicant.TOTAL),),
        )
        for row in layout.row_keys
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


_EQUATIONS: Final = {layout: _equations(layout) for layout in Layout}
#: Every equation of tables 三 and 四 (2021 edition, official layout of 三), in rule order.
EQUATIONS: Final = _EQUATIONS[Layout.OFFICIAL]


def equations(layout: Layout = Layout.OFFICIAL) -> tuple[Equation, ...]:
    """Every equation of tables 三 and 四 for table 三 in *layout*, in rule order.

    T3-A (7, one per column), T3-B (7: the layout's outcome rows add up to
    （七）总计), T3-C (one per row of the layout: 25 or 23), then T4-1..3.

    >>> equations() is EQUATIONS
    True
    >>> [e.subject for e in equations(Layout.SINGLE_OTHER) if e.code == "table.T3-C"][-4:]
    ['R3_5_5', 'R3_6', 'R3_7', 'R4']
    """
    return _EQUATIONS[Layout(layout)]


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


@attrs.frozen
class _Shape:
    """Where the rules of table 三 find their rows and equations, in one layout."""

    r1: int
    r2: int
    r37: int
    r4: int
    #: The outcome rows （一） to （六）.
    outcomes: slice
    t3a: tuple[Equation, ...]
    t3b: tuple[Equation, ...]
    t3c: tuple[Equation, ...]

    @classmethod
    def of(cls, layout: Layout) -> _Shape:
        found = _EQUATIONS[layout]
        t3c_end = 14 + layout.size
        return cls(
            layout.position(_R1_KEY),
            layout.position(_R2_KEY),
            layout.position(_R37_KEY),
            layout.position(_R4_KEY),
            layout.outcome_slice,
            found[:7],
            found[7:14],
            found[14:t3c_end],
        )


#: The shape of table 三 by its number of rows (a layout by its size, read without a lookup).
_SHAPES: Final = {layout.size: _Shape.of(layout) for layout in Layout}
_T4_EQUATIONS: Final = EQUATIONS[14 + Layout.OFFICIAL.size :]


def _shape(rows: tuple[tuple[object, ...], ...]) -> _Shape:
    return _SHAPES[len(rows)]


def _unless_tables_hold(check: Callable[[Context], Iterable[Finding]]) -> RuleCheck:
    """The rule *check*, run only when :func:`tables_hold` is false, its findings a list.

    The common case — every table rule silent — then costs one memo lookup a rule.
    """

    @functools.wraps(check)
    def run(context: Context) -> Sequence[Finding]:
        if tables_hold(context):
            return ()
        return list(check(context))

    return run


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
    if proactive.__class__ is ProactiveDisclosure:
        # The 2021 table, spelled out: this is the path nearly every check takes.
        rules, docs = proactive.rules, proactive.normative_docs
        counts = (
            rules.issued, rules.repealed, rules.in_force,
            docs.issued, docs.repealed, docs.in_force,
            proactive.licensing.decisions, proactive.penalty.decisions,
            proactive.coercion.decisions,
        )  # fmt: skip
        if set(map(type, counts)) != _INTS or min(cast("tuple[int, ...]", counts)) < 0:
            return False
        amount = proactive.admin_fees.amount
        if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
            return False
    else:
        # Any other layout: every cell a number of its column's type, and D-4 holding.
        for _, column, value in layout_of(proactive).values(proactive):
            if value is None or value.__class__ is Mark or _cell_problem(column.type, value):
                return False
        if any(True for _ in _d4(context)):
            return False
    # counts_only: every cell of 三 and 四 is an int ≥ 0.
    rows = cast("tuple[tuple[int, ...], ...]", report.applications.rows)
    totals = list(map(_TOTAL, rows))
    # T3-C: sum(row) counts the total once more than the parts.
    if list(map(sub, map(sum, rows), totals)) != totals:
        return False
    # T3-B and T3-A, in the rows of the table's layout.
    shape = _shape(rows)
    r37 = rows[shape.r37]
    if tuple(map(sum, zip(*rows[shape.outcomes], strict=True))) != r37:
        return False
    if list(map(add, rows[shape.r1], rows[shape.r2])) != list(map(add, r37, rows[shape.r4])):
        return False
    # T4-1..3.
    groups = cast("tuple[tuple[int, ...], ...]", report.appeals.groups)
    return all(sum(group[:4]) == group[4] for group in groups)


_INTS: Final = {int}


@rule(
    "table.T3-A",
    severity=Severity.ERROR,
    title=N_(
        "For each column, 一 (new) + 二 (carried over) = "
        "（七）总计 (handled) + 四 (carried forward)."
    ),
    message=N_(
        "{where}: new plus carried over is {expected}, but handled plus carried forward is {actual}"
    ),
)
@_unless_tables_hold
def t3a(context: Context) -> Iterator[Finding]:
    """一 + 二 = 三（七） + 四, column by column (the note printed in the table)."""
    shape = _shape(context.report.applications.rows)
    rows = _table_three_fast(context)
    if rows is not None:
        received = list(map(add, rows[shape.r1], rows[shape.r2]))
        settled = list(map(add, rows[shape.r37], rows[shape.r4]))
        if received != settled:
            yield from _differences(context, shape.t3a, received, settled)
        return
    for equation in shape.t3a:
        yield from _check_equation(context, equation)


@rule(
    "table.T3-B",
    severity=Severity.ERROR,
    title=N_("For each column, （七）总计 is the sum of the outcome rows （一） to （六）."),
    message=N_("{where}: the outcome rows add up to {expected}, but the total handled is {actual}"),
)
@_unless_tables_hold
def t3b(context: Context) -> Iterator[Finding]:
    """（七）总计 = the sum of the outcome rows (21; 19 with one （六） row), by column."""
    shape = _shape(context.report.applications.rows)
    rows = _table_three_fast(context)
    if rows is not None:
        sums = tuple(map(sum, zip(*rows[shape.outcomes], strict=True)))
        printed = rows[shape.r37]
        if sums != printed:
            yield from _differences(context, shape.t3b, sums, printed)
        return
    for equation in shape.t3b:
        yield from _check_equation(context, equation)


@rule(
    "table.T3-C",
    severity=Severity.ERROR,
    title=N_("For each row, 总计 is the sum of the six applicant columns."),
    message=N_("{where}: the applicant columns add up to {expected}, but the total is {actual}"),
)
@_unless_tables_hold
def t3c(context: Context) -> Iterator[Finding]:
    """总计 = the sum of the six applicant columns, row by row (each row of the layout)."""
    shape = _shape(context.report.applications.rows)
    rows = _table_three_fast(context)
    if rows is not None:
        totals = list(map(_TOTAL, rows))
        # sum(row) counts the total once more than the parts: parts == total iff
        # sum(row) - total == total.
        parts = list(map(sub, map(sum, rows), totals))
        if parts != totals:
            yield from _differences(context, shape.t3c, parts, totals)
        return
    for equation in shape.t3c:
        yield from _check_equation(context, equation)


def _differences(
    context: Context,
    equations: Sequence[Equation],
    expected: Sequence[int],
    actual: Sequence[int],
) -> Iterator[Finding]:
    """A finding for each equation whose parts (*expected*) and total (*actual*) differ."""
    for equation, parts, total in zip(equations, expected, actual, strict=True):
        if parts != total:
            yield context.finding(
                subject=equation.subject, cells=equation.cells, expected=parts, actual=total
            )


def _t4(group: AppealGroup) -> None:
    equation = _T4_EQUATIONS[group.position]

    def check(context: Context) -> Iterator[Finding]:
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
        title=_T4_TITLES[group],
        message=N_("{where}: the four outcomes add up to {expected}, but the total is {actual}"),
    )(_unless_tables_hold(check))


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
    title=N_("For each column, （七）总计 (handled) is at most 一 + 二 (received)."),
    message=N_("{where}: {actual} handled, more than the {expected} received"),
)
@_unless_tables_hold
def d3(context: Context) -> Iterator[Finding]:
    """（七）总计 ≤ 一 + 二: an organ cannot handle more requests than it had."""
    rows = context.report.applications.rows
    shape = _shape(rows)
    new, over, done = rows[shape.r1], rows[shape.r2], rows[shape.r37]
    for column in _COLUMNS:
        i = column.position
        if new[i].__class__ is int and over[i].__class__ is int and done[i].__class__ is int:
            received = new[i] + over[i]  # type: ignore[operator]
            if done[i] > received:  # type: ignore[operator]
                yield context.finding(
                    subject=column.value,
                    cells=(_cell(_R37_KEY, column),),
                    expected=received,
                    actual=done[i],
                )


def _cell_problem(kind: CellType, value: object) -> bool:
    """Whether a filled *value* does not fit a cell of type *kind*."""
    if kind is CellType.AMOUNT:
        return not isinstance(value, Decimal) or not value.is_finite() or value < 0
    if value.__class__ is not int:
        return True
    return kind is CellType.COUNT and value < 0


def _bad_proactive_cells(context: Context) -> Iterator[tuple[str, CellType, object]]:
    """The cells of 二 holding something other than a blank, a mark or a fitting number."""
    for address, column, value in layout_of(context.report.proactive).values(
        context.report.proactive
    ):
        if value is None or value.__class__ is Mark:
            continue
        if _cell_problem(column.type, value):
            yield address, column.type, value


@rule(
    "table.D-1",
    severity=Severity.ERROR,
    title=N_(
        "Every count in tables 二, 三 and 四 is a whole number, 0 or more (本年增/减 may be "
        "negative)."
    ),
    message=N_("{coordinates}: {actual} is not a count"),
)
@_unless_tables_hold
def d1(context: Context) -> Iterator[Finding]:
    """Counts are ints ≥ 0 (the model refuses others; this guards objects built around it)."""
    for address, kind, value in _bad_proactive_cells(context):
        if kind is not CellType.AMOUNT:
            yield context.finding(subject=address, cells=(address,), actual=repr(value))
    if context.counts_only:
        return
    report = context.report
    for address in report.addresses()[_proactive_size(context) :]:
        value = report.raw_cell(address)
        if value is None or value.__class__ is Mark:
            continue
        if value.__class__ is not int or value < 0:
            yield context.finding(subject=address, cells=(address,), actual=repr(value))


def _proactive_size(context: Context) -> int:
    return len(layout_of(context.report.proactive).addresses)


@rule(
    "table.D-2",
    severity=Severity.ERROR,
    title=N_("Every amount in table 二 is an exact decimal, 0 or more."),
    message=N_("{coordinates}: {actual} is not an amount"),
)
@_unless_tables_hold
def d2(context: Context) -> Iterator[Finding]:
    """行政事业性收费 (2021) and 采购总金额 (2019) are Decimals ≥ 0."""
    for address, kind, value in _bad_proactive_cells(context):
        if kind is CellType.AMOUNT:
            row = address.partition(".")[0]
            yield context.finding(subject=row, cells=(address,), actual=repr(value))


def _d4(context: Context) -> Iterator[tuple[str, int, int]]:
    """The rows of 二 whose 上一年项目数量 plus 本年增/减 is negative."""
    proactive = context.report.proactive
    for key in layout_of(proactive).row_keys:
        row = getattr(proactive, key)
        before, change = getattr(row, "prev_items", None), getattr(row, "change", None)
        if before.__class__ is int and change.__class__ is int and before + change < 0:
            yield key, before, change


@rule(
    "table.D-4",
    severity=Severity.ERROR,
    editions=_2019,
    title=N_("上一年项目数量 plus 本年增/减 (this year's number of items) is 0 or more."),
    message=N_("{where}: {previous} items last year and a change of {change} leave {actual}"),
)
@_unless_tables_hold
def d4(context: Context) -> Iterator[Finding]:
    """prev_items + change ≥ 0 in each row of 二 that has both (2019: five rows)."""
    for key, before, change in _d4(context):
        yield context.finding(
            subject=key,
            cells=(f"{key}.prev_items", f"{key}.change"),
            expected=0,
            actual=before + change,
            previous=before,
            change=change,
        )


@rule(
    "table.unfilled",
    severity=Severity.WARNING,
    title=N_("Every cell where a number belongs holds one: not blank, not “/”."),
    message=N_("{coordinates}: printed blank or with a mark where a number belongs"),
)
@_unless_tables_hold
def unfilled(context: Context) -> Iterator[Finding]:
    """Cells printed blank or with a mark, one finding per table row."""
    report = context.report
    size = _proactive_size(context)
    cells = report.addresses() if not context.counts_only else report.addresses()[:size]
    addresses = [
        address for address in cells if report.raw_cell(address).__class__ not in (int, Decimal)
    ]
    by_row: dict[str, list[str]] = {}
    for address in addresses:
        by_row.setdefault(_row_of(address), []).append(address)
    for row, cells_of_row in by_row.items():
        yield context.finding(subject=row, cells=tuple(cells_of_row))


def _row_of(address: str) -> str:
    if address.endswith("]"):
        return address.partition("[")[0]
    return address.partition(".")[0]
