"""What every writer shares: validation, the printed form of cells, the official grids.

The three tables are described once, as grids of :class:`Cell` with the
official row and column spans (spec §3–§5); each writer lays the same grid
out in its own form.  Every label comes from the catalogue
(:func:`govinfo_report.labels.label`).

>>> from govinfo_report import Mark
>>> [cell_text(v) for v in (0, 12, Decimal("0.50"), None, Mark.SLASH)]
['0', '12', '0.50', '', '/']
>>> grid = applications_grid(__import__("govinfo_report").example(), "zh_Hans")
>>> len(grid), grid[0][0].rowspan, grid[0][0].colspan
(28, 3, 3)

Table 三 has the rows of its report's :class:`~govinfo_report.model.Layout`:
a report printing （六）其他处理 as one row (``R3_6``) gets that row, as the
2019 format prints it, and a grid of 26 rows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Final, NamedTuple

from govinfo_report.editions import Edition
from govinfo_report.errors import InvalidReportError, Problem
from govinfo_report.i18n import LocaleLike
from govinfo_report.labels import _roman, label, label_locale
from govinfo_report.model import (
    SINGLE_OTHER_ROW,
    AppealGroup,
    AppealOutcome,
    Applicant,
    Layout,
    Mark,
    Report,
    Row,
    RowGroup,
    Section,
)
from govinfo_report.numerals import format_marker
from govinfo_report.proactive import CellType, Column, LayoutError, ProactiveLayout, layout_of

__all__ = [
    "Cell",
    "Grid",
    "appeals_grid",
    "applications_grid",
    "cell_text",
    "html_lang",
    "paragraphs",
    "proactive_grid",
    "section_heading",
    "spread",
    "subsection_marker",
    "validate",
]


class Cell(NamedTuple):
    """One printed cell of a table: its text and the grid it spans."""

    text: str
    rowspan: int = 1
    colspan: int = 1
    #: A heading cell (caption, column header) rather than a row label or a value.
    header: bool = False


#: A table: its rows, each the cells that start in it, left to right.
Grid = list[list[Cell]]


def _count_problem(value: object) -> str | None:
    if value is None or value.__class__ is Mark:
        return None
    if value.__class__ is not int:
        return f"expected a whole number, blank (null) or a mark, got {value!r}"
    if value < 0:
        return f"a count cannot be negative, got {value}"
    return None


def _signed_problem(value: object) -> str | None:
    if value is None or value.__class__ is Mark or value.__class__ is int:
        return None
    return f"expected a whole number, blank (null) or a mark, got {value!r}"


def _amount_problem(value: object) -> str | None:
    if value is None or value.__class__ is Mark:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        return f"expected an exact Decimal amount, got {value!r}"
    if value < 0:
        return f"an amount cannot be negative, got {value}"
    return None


#: How many rows table 三 may have, as a problem with its rows says it.
_APPLICATION_SIZES: Final = (
    f"{Layout.OFFICIAL.size} rows"
    f" (or, with （六）其他处理 as a single row, {Layout.SINGLE_OTHER.size})"
)


_CELL_PROBLEMS: Final[dict[CellType, Callable[[object], str | None]]] = {
    CellType.COUNT: _count_problem,
    CellType.SIGNED: _signed_problem,
    CellType.AMOUNT: _amount_problem,
}


def _rows_layout(rows: object) -> Layout:
    """The layout of table 三 whose size *rows* has; the official one for any other."""
    if isinstance(rows, tuple):
        for layout in Layout:
            if len(rows) == layout.size:
                return layout
    return Layout.OFFICIAL


def _grid_problems(
    rows: object, prefix: str, names: Sequence[str], width: int, what: str | None = None
) -> Iterator[Problem]:
    """The problems of a grid of counts whose rows are *names*; *what* says how many rows."""
    if not isinstance(rows, tuple) or len(rows) != len(names):
        yield Problem(prefix, f"expected a tuple of {what or f'{len(names)} rows'}")
        return
    for name, row in zip(names, rows, strict=True):
        if not isinstance(row, tuple) or len(row) != width:
            yield Problem(f"{prefix}.{name}", f"expected a tuple of {width} cells")
            continue
        for column, value in enumerate(row):
            problem = _count_problem(value)
            if problem is not None:
                yield Problem(f"{prefix}.{name}[{column}]", problem)


def _problems(report: Report) -> Iterator[Problem]:
    for name in ("organ", "preamble", "problems", "other"):
        if not isinstance(getattr(report, name, None), str):
            yield Problem(name, "expected text")
    if report.title is not None and not isinstance(report.title, str):
        yield Problem("title", "expected text")
    if report.year.__class__ is not int:
        yield Problem("year", "expected a year such as 2021")
    general = report.general
    if not isinstance(getattr(general, "intro", None), str):
        yield Problem("general.intro", "expected text")
    for i, subsection in enumerate(getattr(general, "subsections", ())):
        for name in ("title", "text"):
            if not isinstance(getattr(subsection, name, None), str):
                yield Problem(f"general.subsections[{i}].{name}", "expected text")
    proactive = report.proactive
    try:
        layout = layout_of(proactive)
    except LayoutError as error:
        yield Problem("proactive", str(error))
        return
    for block in layout.blocks:
        for entry in block.rows:
            row = getattr(proactive, entry.key, None)
            for column in block.columns:
                value = getattr(row, column.key, None)
                problem = _CELL_PROBLEMS[column.type](value)
                if problem is not None:
                    yield Problem(f"proactive.{entry.key}.{column.key}", problem)
    rows = getattr(report.applications, "rows", None)
    yield from _grid_problems(
        rows,
        "applications",
        _rows_layout(rows).row_keys,
        len(Applicant),
        _APPLICATION_SIZES,
    )
    yield from _grid_problems(
        getattr(report.appeals, "groups", None),
        "appeals",
        [group.value for group in AppealGroup],
        len(AppealOutcome),
    )


def validate(report: Report) -> None:
    """Check every cell and text of *report* before anything is written.

    Raises :class:`~govinfo_report.errors.InvalidReportError` listing every
    problem, each with its path (``applications.R3_1[2]``).  The rows of table
    三 are named by the report's own layout: ``applications.R3_6[2]`` is a cell
    of （六）其他处理 printed as a single row.
    """
    problems = list(_problems(report))
    if problems:
        raise InvalidReportError(problems)


def cell_text(value: int | Decimal | Mark | None) -> str:
    """A cell as the format prints it: a count plain, an amount as its decimal text."""
    if value is None:
        return ""
    if value.__class__ is Mark:
        return str(value.value)
    if isinstance(value, Decimal):
        return format(value.copy_abs() if value.is_zero() else value, "f")
    return str(value)


def paragraphs(text: str) -> list[str]:
    """The non-empty lines of a narrative text, each a paragraph."""
    return [line.strip() for line in text.split("\n") if line.strip()]


@functools.cache
def _label(id: str, key: str) -> str:
    return label(id, key)


@functools.lru_cache(maxsize=64)
def _key(locale: LocaleLike) -> str:
    return label_locale(locale)


def labeller(locale: LocaleLike) -> Callable[[str], str]:
    """A function giving the label of an id in *locale* (the locale negotiated once)."""
    key = _key(locale)
    return lambda id: _label(id, key)


def section_heading(
    section: Section, locale: LocaleLike, edition: Edition = Edition.FORMAT_2021
) -> str:
    """The heading of *section* in *locale* and *edition*, such as ``二、主动公开政府信息情况``."""
    return _edition_label(f"section.{section.value}", _key(locale), edition)


@functools.cache
def _edition_label(id: str, key: str, edition: Edition) -> str:
    return label(id, key, edition=edition)


def subsection_marker(number: int, locale: LocaleLike) -> str:
    """The marker of sub-section *number* of 一: ``（二）``, or ``(ii) `` in English."""
    if _key(locale) == "en":
        return f"({_roman(number).lower()}) "
    return format_marker(2, number)


def html_lang(locale: LocaleLike) -> str:
    """The BCP 47 language tag of the catalogue locale that serves *locale*."""
    return _key(locale).replace("_", "-")


def _spans(count: int, width: int) -> list[int]:
    """How *count* value cells share *width* grid columns: one each, the last the rest.

    A wide last cell leaves the columns it covers at the end of the row, where
    a form without spans (Markdown) pads it, so that the values keep their order
    and their places.
    """
    return [1] * (count - 1) + [width - count + 1]


def _value_width(layout: ProactiveLayout) -> int:
    """The value columns of the grid: as many as the widest block has (3 in both editions)."""
    return max(len(block.columns) for block in layout.blocks)


def proactive_grid(report: Report, locale: LocaleLike) -> Grid:
    """Table 二 in its layout: each block a caption, a header row and data rows (spec §3).

    Both editions' tables have 4 grid columns: the label and three value
    columns, a row with fewer values spanning the rest with its last.
    """
    p = report.proactive
    layout = layout_of(p)
    key = _key(locale)
    width = _value_width(layout)

    def text(id: str) -> str:
        return _layout_label(layout, id, key)

    grid: Grid = []
    for block in layout.blocks:
        spans = _spans(len(block.columns), width)
        grid.append([Cell(text(f"t2.caption.{block.key}"), colspan=width + 1, header=True)])
        grid.append(
            [
                Cell(text("t2.column.content"), header=True),
                *(
                    Cell(text(f"t2.column.{column.key}") + column.note, colspan=span, header=True)
                    for column, span in zip(block.columns, spans, strict=True)
                ),
            ]
        )
        for entry in block.rows:
            row = getattr(p, entry.key)
            grid.append(
                [
                    Cell(text(f"t2.row.{entry.key}") + entry.note),
                    *(
                        Cell(_value_text(row, column), colspan=span)
                        for column, span in zip(block.columns, spans, strict=True)
                    ),
                ]
            )
    return grid


@functools.cache
def _layout_label(layout: ProactiveLayout, id: str, key: str) -> str:
    return layout.label(id, key)


def _value_text(row: object, column: Column) -> str:
    value = getattr(row, column.key)
    printed = cell_text(value)
    if column.unit_field is not None:
        # 2019's 采购总金额 carries the unit it was printed with, beside a blank or a mark too.
        printed += getattr(row, column.unit_field) or ""
    return printed


#: （六）其他处理 as a single row stands where its group stands: under the group's parents.
_SINGLE_OTHER_GROUPS: Final = Row.OTHER_NO_CORRECTION.groups[:-1]


def _row_groups(key: str) -> tuple[RowGroup, ...]:
    """The groups the value row *key* is printed under, outermost first."""
    if key == SINGLE_OTHER_ROW:
        return _SINGLE_OTHER_GROUPS
    return Row(key).groups


def _t3_rows(
    layout: Layout = Layout.OFFICIAL,
) -> tuple[tuple[str, tuple[tuple[RowGroup, int], ...], int], ...]:
    """Each row of 三 in *layout*: its key, the group cells that start in it, its label's span.

    A group cell is given with its row span; the label spans the three label
    columns less one for each group it is under.  In the single-other layout,
    （六）其他处理 is a value row spanning two columns, as （一） and （二）
    do, and 三、本年度办理结果 spans 20 rows instead of 22.

    >>> [(key, span) for key, _, span in _t3_rows(Layout.SINGLE_OTHER)[-4:]]
    [('R3_5_5', 1), ('R3_6', 2), ('R3_7', 2), ('R4', 3)]
    >>> _t3_rows(Layout.SINGLE_OTHER)[2][1]
    ((<RowGroup.OUTCOMES: 'G3'>, 20),)
    """
    keys = layout.row_keys
    groups_of = {key: _row_groups(key) for key in keys}
    started: set[RowGroup] = set()
    rows = []
    for key in keys:
        groups = []
        for group in groups_of[key]:
            if group not in started:
                started.add(group)
                groups.append((group, sum(1 for k in keys if group in groups_of[k])))
        rows.append((key, tuple(groups), 3 - len(groups_of[key])))
    return tuple(rows)


_T3_ROWS: Final = {layout: _t3_rows(layout) for layout in Layout}


@functools.cache
def _row_label(key: str, locale: str) -> str:
    """The label of the value row *key* of 三 (``R3_6`` as the 2019 format prints it)."""
    if key == SINGLE_OTHER_ROW:
        return label(f"t3.row.{key}", locale, edition=Edition.FORMAT_2019)
    return label(f"t3.row.{key}", locale)


def applications_grid(report: Report, locale: LocaleLike) -> Grid:
    """Table 三: 3 header rows and 25 value rows, 10 columns (spec §4).

    A report whose table has （六）其他处理 as a single row gets 23 value rows,
    that row's label spanning two columns (format-2019 §4).
    """
    label = labeller(locale)
    key = _key(locale)
    organisations = [Applicant.COMMERCIAL, Applicant.RESEARCH, Applicant.NONPROFIT]
    organisations += [Applicant.LEGAL_SERVICE, Applicant.OTHER]
    grid: Grid = [
        [
            Cell(label("t3.note.N1"), rowspan=3, colspan=3, header=True),
            Cell(label("t3.header.applicants"), colspan=7, header=True),
        ],
        [
            Cell(label("t3.column.NP"), rowspan=2, header=True),
            Cell(label("t3.header.organisations"), colspan=5, header=True),
            Cell(label("t3.column.TOT"), rowspan=2, header=True),
        ],
        [Cell(label(f"t3.column.{a.value}"), header=True) for a in organisations],
    ]
    table = report.applications
    for (row, groups, colspan), values in zip(_T3_ROWS[table.layout], table.rows, strict=True):
        cells = [Cell(label(f"t3.group.{group.value}"), rowspan=span) for group, span in groups]
        cells.append(Cell(_row_label(row, key), colspan=colspan))
        cells.extend(Cell(cell_text(v)) for v in values)
        grid.append(cells)
    return grid


def appeals_grid(report: Report, locale: LocaleLike) -> Grid:
    """Table 四: 3 header rows and the row of 15 values, 15 columns (spec §5)."""
    label = labeller(locale)
    outcomes = [label(f"t4.column.{o.value}") for o in AppealOutcome]
    return [
        [
            Cell(label("t4.group.RV"), colspan=5, header=True),
            Cell(label("t4.header.litigation"), colspan=10, header=True),
        ],
        [
            *(Cell(text, rowspan=2, header=True) for text in outcomes),
            Cell(label("t4.group.LD"), colspan=5, header=True),
            Cell(label("t4.group.LR"), colspan=5, header=True),
        ],
        [Cell(text, header=True) for text in outcomes * 2],
        [Cell(cell_text(v)) for group in report.appeals.groups for v in group],
    ]


def spread(grid: Grid) -> list[list[tuple[Cell, int, bool]]]:
    """Every row of *grid* position by position: ``(cell, offset, from_above)``.

    Each position of the full grid gets the cell that covers it; ``offset``
    is the position's column within the cell's span (0 at its left edge) and
    ``from_above`` is true in the rows below the one where the cell starts.
    """
    width = sum(cell.colspan for cell in grid[0])
    below: dict[int, tuple[Cell, int]] = {}  # column -> (cell, rows still to cover)
    out: list[list[tuple[Cell, int, bool]]] = []
    for row in grid:
        cells = iter(row)
        line: list[tuple[Cell, int, bool]] = []
        column = 0
        while column < width:
            if column in below:
                cell, left = below[column]
                for offset in range(cell.colspan):
                    line.append((cell, offset, True))
                    if left == 1:
                        del below[column + offset]
                    else:
                        below[column + offset] = (cell, left - 1)
                column += cell.colspan
                continue
            cell = next(cells)
            for offset in range(cell.colspan):
                line.append((cell, offset, False))
                if cell.rowspan > 1:
                    below[column + offset] = (cell, cell.rowspan - 1)
            column += cell.colspan
        out.append(line)
    return out
