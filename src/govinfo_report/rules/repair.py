"""Repair suggestions: the fewest cell changes that make tables 三 and 四 tie out.

When a table breaks its identities, one wrong number is the usual cause.  We
look for the single cells whose change would make every identity hold (a
cell's change must mend every broken identity it appears in and break none
that held), and, failing that, for pairs of cells.  Several single cells may
do — in table 四 any of a group's five cells can mend its 总计 — so the
alternatives come with the suggestion.  Nothing is ever applied.

>>> import attrs
>>> from govinfo_report import ApplicationTable, example
>>> rows = [list(row) for row in example().applications.rows]
>>> rows[0][0] = 5  # a typo in 一、本年新收 × 自然人
>>> report = attrs.evolve(example(), applications=ApplicationTable(tuple(map(tuple, rows))))
>>> suggest_repair(report).changes
(CellChange(address='R1[NP]', old=5, new=0),)

Table 三 is repaired in the rows it was printed with, a single （六） row too:

>>> single = attrs.evolve(
...     example(), applications=ApplicationTable.from_parts({"R1": [3], "R3_6": [2], "R4": [1]})
... )
>>> rows = [list(row) for row in single.applications.rows]
>>> rows[20][6] = 4  # （六）其他处理 × 总计, printed 4 for 2
>>> single = attrs.evolve(single, applications=ApplicationTable(tuple(map(tuple, rows))))
>>> suggest_repair(single).changes
(CellChange(address='R3_6[TOT]', old=4, new=2),)
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from govinfo_report.model import Layout, Report

from .findings import CellChange, Finding, Repair, Severity
from .table import EQUATIONS, equations

__all__ = ["attach_repairs", "suggest_repair"]

#: The codes of the rules whose error findings a repair speaks to.
REPAIRABLE: Final = frozenset(equation.code for equation in EQUATIONS)
#: The rank of each cell of the equations (in rule order), by the layout of table 三.
_ORDERS: Final = {
    layout: {
        address: i
        for i, address in enumerate(dict.fromkeys(a for e in equations(layout) for a in e.cells))
    }
    for layout in Layout
}


def suggest_repair(report: Report) -> Repair | None:
    """The smallest set of cell changes that makes every identity of 三 and 四 hold.

    ``None`` when every identity holds (or cannot be assessed), or when no
    change of one or two cells would do.  The identities are those of the
    layout of *report*'s table 三 (see :func:`~govinfo_report.rules.table.equations`).
    """
    layout = report.applications.layout
    order = _ORDERS[layout]
    values: dict[str, int] = {}
    residuals: list[int] = []
    members: list[dict[str, int]] = []  # per equation: cell -> coefficient
    for equation in equations(layout):
        cells = [report.raw_cell(address) for address in equation.cells]
        if not all(value.__class__ is int for value in cells):
            continue  # not assessable: a blank is never read as 0
        coefficients = dict.fromkeys(equation.parts, 1) | dict.fromkeys(equation.total, -1)
        for address, value in zip(equation.cells, cells, strict=True):
            values[address] = value  # type: ignore[assignment]
        residuals.append(sum(coefficients[a] * values[a] for a in equation.cells))
        members.append(coefficients)
    broken = {i for i, residual in enumerate(residuals) if residual}
    if not broken:
        return None
    masks: dict[str, int] = {}
    for i, coefficients in enumerate(members):
        for address in coefficients:
            masks[address] = masks.get(address, 0) | (1 << i)
    broken_mask = sum(1 << i for i in broken)
    suspects = sorted({a for i in broken for a in members[i]}, key=order.__getitem__)

    singles = []
    for address in suspects:
        if masks[address] != broken_mask:
            continue  # changing it would leave an identity broken, or break one that holds
        deltas = {-residuals[i] * members[i][address] for i in broken}
        if len(deltas) == 1:
            (delta,) = deltas
            if values[address] + delta >= 0:
                singles.append((CellChange(address, values[address], values[address] + delta),))
    if singles:
        return _best(singles, order)

    pairs = []
    for x, y in itertools.combinations(suspects, 2):
        if (masks[x] | masks[y]) & broken_mask != broken_mask:
            continue
        solution = _solve_pair(x, y, masks[x] | masks[y], residuals, members, values)
        if solution is not None:
            pairs.append(solution)
    return _best(pairs, order) if pairs else None


def _solve_pair(
    x: str,
    y: str,
    mask: int,
    residuals: list[int],
    members: list[dict[str, int]],
    values: dict[str, int],
) -> tuple[CellChange, CellChange] | None:
    """Changes of *x* and *y* that mend every identity they appear in, if unique."""
    rows = [
        (members[i].get(x, 0), members[i].get(y, 0), -residuals[i])
        for i in range(len(residuals))
        if mask >> i & 1
    ]
    dx = next((c // a for a, b, c in rows if b == 0), None)
    dy = next((c // b for a, b, c in rows if a == 0), None)
    if dx is None and dy is not None:
        dx = next(((c - b * dy) // a for a, b, c in rows if a), None)
    if dy is None and dx is not None:
        dy = next(((c - a * dx) // b for a, b, c in rows if b), None)
    if dx is None or dy is None or not dx or not dy:
        return None  # no solution, or infinitely many: not a suggestion
    if any(a * dx + b * dy != c for a, b, c in rows):
        return None
    if values[x] + dx < 0 or values[y] + dy < 0:
        return None
    return (CellChange(x, values[x], values[x] + dx), CellChange(y, values[y], values[y] + dy))


def _best(candidates: Sequence[tuple[CellChange, ...]], order: dict[str, int]) -> Repair:
    # The smallest change first: a typo is likelier to be a digit off than a new number.
    ranked = sorted(
        candidates,
        key=lambda changes: (
            sum(abs(c.delta) for c in changes),
            [order[c.address] for c in changes],
        ),
    )
    return Repair(changes=ranked[0], alternatives=tuple(ranked[1:]))


def attach_repairs(report: Report, findings: Iterable[Finding]) -> list[Finding]:
    """*findings*, with the repair suggestion on each error of the table identities."""
    findings = list(findings)
    if not any(f.severity is Severity.ERROR and f.code in REPAIRABLE for f in findings):
        return findings
    repair = suggest_repair(report)
    if repair is None:
        return findings
    return [
        attrs.evolve(f, repair=repair)
        if f.severity is Severity.ERROR and f.code in REPAIRABLE
        else f
        for f in findings
    ]
