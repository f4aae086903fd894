"""The domain model of a 政府信息公开工作年度报告 (2021 and 2019 editions).

Every class is a frozen, slotted attrs class that knows nothing of JSON or of
any document form.  A value cell holds an ``int`` (a count), a
:class:`~decimal.Decimal` (the fee amount), ``None`` for a cell printed
blank, or a :class:`Mark` for a cell printed as ``/``, ``-``, ``—`` or ``无``:
blank, ``/`` and ``0`` are three different things.

Totals as published (the 总计 column, the （七）总计 row, the 总计 of table 四)
are stored as published; the totals computed from their parts are methods,
and :meth:`Report.with_totals` fills published totals from their parts for
reports built in code.

>>> table = ApplicationTable.from_parts({Row.NEW_REQUESTS: [3, 1], Row.GRANTED: [2, 1]})
>>> table[Row.NEW_REQUESTS, Applicant.TOTAL]
4
>>> table[Row.TOTAL_HANDLED, Applicant.NATURAL_PERSON]
2
"""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Final, TypeAlias, TypeVar

import attrs

from . import _grid
from ._json import all_counts
from .editions import Edition
from .errors import GovInfoReportError, InvalidAddressError, InvalidReportError, Problem
from .proactive import Block, CellType, Column, Entry, ProactiveLayout, layout_of, register

__all__ = [
    "PROACTIVE_2019",
    "PROACTIVE_2021",
    "Amount",
    "AppealGroup",
    "AppealOutcome",
    "AppealTable",
    "Applicant",
    "ApplicationTable",
    "Count",
    "Decisions",
    "DocumentCounts",
    "FeeItems",
    "Fees",
    "GeneralSection",
    "ItemCounts",
    "Mark",
    "OrganKind",
    "Period",
    "ProactiveDisclosure",
    "ProactiveDisclosure2019",
    "Procurement",
    "PublishedDocuments",
    "Report",
    "Row",
    "RowGroup",
    "Section",
    "Signed",
    "Subsection",
]


class Mark(enum.StrEnum):
    """A cell printed with a sign instead of a number.

    Such a cell is "not filled": it is kept as printed and never read as 0.
    A cell printed blank is ``None``, not a mark.
    """

    SLASH = "/"
    DASH = "-"
    EM_DASH = "—"
    NONE = "无"


#: A count cell: a number, ``None`` (printed blank) or a :class:`Mark`.
Count: TypeAlias = int | Mark | None
#: A money cell (万元): an exact decimal, ``None`` (printed blank) or a :class:`Mark`.
Amount: TypeAlias = Decimal | Mark | None
#: A signed count cell, such as 2019's 本年增/减: a count that may be negative.
Signed: TypeAlias = Annotated[int | Mark | None, "signed"]

_MARKS: Final = frozenset(Mark)
#: The largest count a cell may hold: what an unsigned 64-bit integer holds, as
#: in every JSON tool that reads integers exactly.
MAX_COUNT: Final = 2**64 - 1
#: The smallest signed count (本年增/减): what a signed 64-bit integer holds.
MIN_SIGNED: Final = -(2**63)


def _count_problem(value: object) -> str | None:
    """Why *value* is not a valid count cell, or ``None`` if it is."""
    if value is None or value.__class__ is Mark:
        return None
    if value.__class__ is not int:
        # bool is an int subclass, but True is never a count.
        return f"expected a whole number, blank (null) or a mark, got {value!r}"
    if value < 0:
        return f"a count cannot be negative, got {value}"
    if value > MAX_COUNT:
        return f"a count must be at most {MAX_COUNT}, got {value}"
    return None


def _check_count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    problem = _count_problem(value)
    if problem is not None:
        raise InvalidReportError([Problem(attribute.name, problem)])


def _signed_problem(value: object) -> str | None:
    """Why *value* is not a valid signed count cell, or ``None`` if it is."""
    if value is None or value.__class__ is Mark:
        return None
    if value.__class__ is not int:
        return f"expected a whole number, blank (null) or a mark, got {value!r}"
    if not MIN_SIGNED <= value <= MAX_COUNT:
        return f"a signed count must be from {MIN_SIGNED} to {MAX_COUNT}, got {value}"
    return None


def _check_signed(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    problem = _signed_problem(value)
    if problem is not None:
        raise InvalidReportError([Problem(attribute.name, problem)])


def _to_amount(value: object) -> object:
    # An int is exact, so accepting it saves users a Decimal() call; a float is not.
    if value.__class__ is int:
        return Decimal(value)
    return value


def _check_amount(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None or value.__class__ is Mark:
        return
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidReportError(
            [Problem(attribute.name, f"expected an exact Decimal amount, got {value!r}")]
        )
    if value < 0:
        raise InvalidReportError(
            [Problem(attribute.name, f"an amount cannot be negative, got {value}")]
        )


def _check_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidReportError([Problem(attribute.name, f"expected text, got {value!r}")])
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            # A lone surrogate cannot be written as UTF-8 (or JSON) at all.
            raise InvalidReportError(
                [Problem(attribute.name, f"not valid Unicode text at index {error.start}")]
            ) from None


# --- table 三 -----------------------------------------------------------------


class Applicant(enum.StrEnum):
    """The value columns of table 三: kinds of applicant, then 总计.

    >>> Applicant.COMMERCIAL.label
    '商业企业'
    """

    NATURAL_PERSON = "NP"
    COMMERCIAL = "BIZ"
    RESEARCH = "RES"
    NONPROFIT = "NGO"
    LEGAL_SERVICE = "LAW"
    OTHER = "OTH"
    TOTAL = "TOT"

    @property
    def label(self) -> str:
        """The official column label."""
        return _APPLICANT_LABELS[self]

    @property
    def position(self) -> int:
        """The position of the column, from 0."""
        return _APPLICANT_INDEX[self]


_APPLICANT_LABELS: Final = {Applicant(key): label for key, label in _grid.APPLICANT_COLUMNS}
_APPLICANT_INDEX: Final = {column: i for i, column in enumerate(Applicant)}
#: The six applicant columns whose sum is 总计.
APPLICANT_PARTS: Final = tuple(Applicant)[:-1]


class RowGroup(enum.StrEnum):
    """A label-only row of table 三 that groups value rows; it has no cells.

    >>> RowGroup.WITHHELD.label
    '（三）不予公开'
    """

    OUTCOMES = "G3"
    WITHHELD = "G3_3"
    UNAVAILABLE = "G3_4"
    NOT_PROCESSED = "G3_5"
    OTHER_HANDLING = "G3_6"

    @property
    def marker(self) -> str:
        """The ordinal marker as printed, such as ``（三）``."""
        return _GROUP_INFO[self][0]

    @property
    def text(self) -> str:
        """The label without its marker."""
        return _GROUP_INFO[self][1]

    @property
    def label(self) -> str:
        """The full official label: marker and text."""
        return self.marker + self.text

    @property
    def parent(self) -> RowGroup | None:
        """The group this group belongs to, if any."""
        return _GROUP_INFO[self][2]


_GROUP_INFO: Final[dict[RowGroup, tuple[str, str, RowGroup | None]]] = {
    RowGroup(key): (marker, text, RowGroup(parent) if parent else None)
    for key, marker, text, parent in _grid.APPLICATION_GROUPS
}


class Row(enum.StrEnum):
    """The 25 value rows of table 三, valued by the spec's row keys.

    >>> Row.PARTLY_GRANTED.label
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'
    >>> Row("R3_3_1").marker, Row("R3_3_1").text
    ('1.', '属于国家秘密')
    >>> [group.label for group in Row.WITHHELD_STATE_SECRET.groups]
    ['三、本年度办理结果', '（三）不予公开']
    """

    NEW_REQUESTS = "R1"
    CARRIED_OVER = "R2"
    GRANTED = "R3_1"
    PARTLY_GRANTED = "R3_2"
    WITHHELD_STATE_SECRET = "R3_3_1"
    WITHHELD_PROHIBITED_BY_LAW = "R3_3_2"
    WITHHELD_SECURITY_STABILITY = "R3_3_3"
    WITHHELD_THIRD_PARTY = "R3_3_4"
    WITHHELD_INTERNAL_AFFAIRS = "R3_3_5"
    WITHHELD_PROCESS_INFO = "R3_3_6"
    WITHHELD_ENFORCEMENT_FILES = "R3_3_7"
    WITHHELD_ADMIN_INQUIRY = "R3_3_8"
    UNAVAILABLE_NOT_HELD = "R3_4_1"
    UNAVAILABLE_NEEDS_CREATION = "R3_4_2"
    UNAVAILABLE_UNCLEAR = "R3_4_3"
    NOT_PROCESSED_PETITION = "R3_5_1"
    NOT_PROCESSED_DUPLICATE = "R3_5_2"
    NOT_PROCESSED_PUBLICATION = "R3_5_3"
    NOT_PROCESSED_EXCESSIVE = "R3_5_4"
    NOT_PROCESSED_CONFIRMATION = "R3_5_5"
    OTHER_NO_CORRECTION = "R3_6_1"
    OTHER_FEE_UNPAID = "R3_6_2"
    OTHER_MISC = "R3_6_3"
    TOTAL_HANDLED = "R3_7"
    CARRIED_FORWARD = "R4"

    @property
    def marker(self) -> str:
        """The ordinal marker as the format prints it: ``一、``, ``（一）`` or ``1.``."""
        return _ROW_INFO[self][0]

    @property
    def text(self) -> str:
        """The label without its marker."""
        return _ROW_INFO[self][1]

    @property
    def label(self) -> str:
        """The full official label: marker and text."""
        return self.marker + self.text

    @property
    def parent(self) -> RowGroup | None:
        """The innermost label-only group the row is printed under, if any."""
        return _ROW_INFO[self][2]

    @property
    def groups(self) -> tuple[RowGroup, ...]:
        """The groups the row is printed under, outermost first."""
        chain: list[RowGroup] = []
        group = self.parent
        while group is not None:
            chain.append(group)
            group = group.parent
        return tuple(reversed(chain))

    @property
    def position(self) -> int:
        """The position of the row among the 25 value rows, from 0."""
        return _ROW_INDEX[self]

    @property
    def is_outcome(self) -> bool:
        """Whether the row is one of the 21 outcome rows that （七）总计 adds up."""
        return self in OUTCOME_ROWS


_ROW_INFO: Final[dict[Row, tuple[str, str, RowGroup | None]]] = {
    Row(key): (marker, text, RowGroup(parent) if parent else None)
    for key, marker, text, parent in _grid.APPLICATION_ROWS
}
_ROW_INDEX: Final = {row: i for i, row in enumerate(Row)}
#: The outcome rows whose sum, column by column, is （七）总计.
OUTCOME_ROWS: Final = tuple(Row)[2:-2]
_OUTCOME_SLICE: Final = slice(2, 2 + len(OUTCOME_ROWS))
_ROW_COUNT: Final = len(Row)
_COLUMN_COUNT: Final = len(Applicant)

#: The key of （六）其他处理 printed as one row, without its three sub-items.
SINGLE_OTHER_ROW: Final = "R3_6"


class Layout(enum.StrEnum):
    """The rows of table 三: the official ones, or （六）其他处理 as a single row.

    The 2021 format splits （六）其他处理 into three sub-items (``R3_6_1`` …
    ``R3_6_3``, 25 rows).  The 2019 format printed it as one row, ``R3_6``
    (23 rows), and many reports on 2021 and later still do: their tables are
    read and kept as printed, never spread over the three sub-items.

    >>> Layout.SINGLE_OTHER.row_keys[-4:], Layout.OFFICIAL.size
    (('R3_5_5', 'R3_6', 'R3_7', 'R4'), 25)
    >>> Layout.for_size(23)
    <Layout.SINGLE_OTHER: 'single-other'>
    """

    #: （六） with its three sub-items: the 2021 format.
    OFFICIAL = "official"
    #: （六）其他处理 as one row ``R3_6``: the 2019 format, and many reports since.
    SINGLE_OTHER = "single-other"

    @property
    def row_keys(self) -> tuple[str, ...]:
        """The keys of the value rows, in printed order."""
        return _LAYOUT_ROWS[self]

    @property
    def size(self) -> int:
        """The number of value rows: 25 or 23."""
        return len(_LAYOUT_ROWS[self])

    @property
    def outcome_keys(self) -> tuple[str, ...]:
        """The outcome rows, （一） to （六）, whose sum is （七）总计."""
        return _LAYOUT_ROWS[self][2:-2]

    @property
    def outcome_slice(self) -> slice:
        """Where the outcome rows lie among the value rows."""
        return slice(2, self.size - 2)

    def position(self, row: Row | str) -> int:
        """The position of *row* (a :class:`Row` or a row key) among the value rows.

        >>> Layout.SINGLE_OTHER.position("R3_7"), Layout.OFFICIAL.position(Row.TOTAL_HANDLED)
        (21, 23)
        """
        index = _LAYOUT_INDEX[self].get(row)
        if index is None:
            raise ValueError(f"{row!r} is not a row of table 三 in the {self.value} layout")
        return index

    @classmethod
    def for_size(cls, size: int) -> Layout:
        """The layout with *size* value rows."""
        return _LAYOUT_BY_SIZE[size]

    @classmethod
    def for_keys(cls, keys: Iterable[str]) -> Layout:
        """The layout whose row keys *keys* name: single-other when ``R3_6`` is among them."""
        return cls.SINGLE_OTHER if SINGLE_OTHER_ROW in keys else cls.OFFICIAL


def _single_other_rows() -> tuple[str, ...]:
    keys = [row.value for row in Row]
    first = keys.index(Row.OTHER_NO_CORRECTION.value)
    return (*keys[:first], SINGLE_OTHER_ROW, *keys[first + 3 :])


_LAYOUT_ROWS: Final = {
    Layout.OFFICIAL: tuple(row.value for row in Row),
    Layout.SINGLE_OTHER: _single_other_rows(),
}
_LAYOUT_INDEX: Final[dict[Layout, dict[str, int]]] = {
    layout: {key: i for i, key in enumerate(keys)} for layout, keys in _LAYOUT_ROWS.items()
}
_LAYOUT_BY_SIZE: Final = {len(keys): layout for layout, keys in _LAYOUT_ROWS.items()}


def _add(values: Iterable[Count]) -> int:
    """Sum *values*, reading blank and marked cells as 0 (for filling totals)."""
    return sum(value for value in values if value.__class__ is int)


def _strict_sum(values: Iterable[Count]) -> int | None:
    """Sum *values*, or ``None`` when any of them is not a number."""
    total = 0
    for value in values:
        if value.__class__ is not int:
            return None
        total += value
    return total


def _table_problems(
    rows: object, names: Sequence[str], width: int, what: str
) -> Iterator[tuple[str, str]]:
    """Yield (relative path, message) for everything wrong with a grid of counts."""
    if not isinstance(rows, tuple) or len(rows) != len(names):
        yield "", f"expected a tuple of {what}"
        return
    for name, row in zip(names, rows, strict=True):
        if not isinstance(row, tuple) or len(row) != width:
            yield name, f"expected a tuple of {width} cells"
            continue
        for column, value in enumerate(row):
            problem = _count_problem(value)
            if problem is not None:
                yield f"{name}[{column}]", problem


# Mapping is invariant in its keys: these let both dict[Row, …] and dict[str, …] through.
_RowKey = TypeVar("_RowKey", bound=str)
_GroupKey = TypeVar("_GroupKey", bound=str)


def _well_formed(value: object, rows: int, width: int) -> bool:
    return (
        value.__class__ is tuple
        and len(value) == rows
        and all(row.__class__ is tuple and len(row) == width for row in value)
    )


@attrs.frozen
class ApplicationTable:
    """Table 三、收到和处理政府信息公开申请情况: 25 rows × 7 columns.

    Index it with a row and a column; both accept their enum or key:

    >>> table = ApplicationTable.zeros()
    >>> table["R3_2", "BIZ"]
    0
    >>> len(table.rows), len(table.rows[0])
    (25, 7)

    A table printed with （六）其他处理 as one row has 23 rows (its
    :attr:`layout` is :attr:`Layout.SINGLE_OTHER`), and that row's key is ``R3_6``:

    >>> ApplicationTable.from_parts({"R3_6": [1]})["R3_6", "TOT"]
    1
    """

    #: The cells, row by row in the order of :attr:`Layout.row_keys` (for the
    #: official layout, that of :class:`Row`), each row in the order of
    #: :class:`Applicant` (the last cell is 总计 as published).
    rows: tuple[tuple[Count, ...], ...] = attrs.field()

    @rows.validator
    def _check_rows(self, attribute: attrs.Attribute[Any], value: object) -> None:
        size = len(value) if isinstance(value, tuple) else -1
        layout = _LAYOUT_BY_SIZE.get(size, Layout.OFFICIAL)
        if _well_formed(value, layout.size, _COLUMN_COUNT) and all_counts(value):  # type: ignore[arg-type]
            return  # every cell a count: nothing to say, checked in C
        what = "25 rows (or, with （六）其他处理 as a single row, 23)"
        problems = [
            Problem(f"applications.{path}" if path else "applications", message)
            for path, message in _table_problems(value, layout.row_keys, _COLUMN_COUNT, what)
        ]
        if problems:
            raise InvalidReportError(problems)

    @property
    def layout(self) -> Layout:
        """Which rows the table has: the official ones, or a single （六） row."""
        return _LAYOUT_BY_SIZE[len(self.rows)]

    @classmethod
    def zeros(cls, layout: Layout = Layout.OFFICIAL) -> ApplicationTable:
        """A table of zeros: an organ that received no request."""
        return cls(((0,) * _COLUMN_COUNT,) * Layout(layout).size)

    @classmethod
    def from_parts(
        cls, rows: Mapping[_RowKey, Sequence[Count]], *, layout: Layout | None = None
    ) -> ApplicationTable:
        """Build a table from the applicant columns, computing every total.

        Each row gives the six applicant columns (自然人 … 其他), or fewer, in
        order; what is not given is 0.  Rows not given are 0.  The 总计 column
        and the （七）总计 row are computed, so nobody types a total.  The
        layout is single-other when ``R3_6`` is among the rows, unless given.

        >>> t = ApplicationTable.from_parts({"R1": [17], "R3_1": [10], "R4": [7]})
        >>> t["R3_7", "TOT"], t["R1", "NP"]
        (10, 17)
        """
        layout = Layout.for_keys(rows) if layout is None else Layout(layout)
        grid = [[0] * len(APPLICANT_PARTS) for _ in layout.row_keys]
        grid_cells: list[list[Count]] = grid  # type: ignore[assignment]
        for key, values in rows.items():
            try:
                position = layout.position(key)
            except ValueError as error:
                raise InvalidReportError([Problem(f"applications.{key}", str(error))]) from None
            if len(values) > len(APPLICANT_PARTS):
                raise InvalidReportError(
                    [Problem(f"applications.{key}", "give at most the six applicant columns")]
                )
            grid_cells[position][: len(values)] = values
        return cls(tuple((*r, 0) for r in grid_cells)).with_totals()

    def __getitem__(self, key: tuple[Row | str, Applicant | str]) -> Count:
        row, column = key
        return self.rows[self.layout.position(row)][Applicant(column).position]

    def row(self, row: Row | str) -> tuple[Count, ...]:
        """The seven cells of *row*, 总计 last."""
        return self.rows[self.layout.position(row)]

    def computed_total(self, row: Row | str) -> int | None:
        """The sum of the six applicant columns of *row*, or ``None`` if any is not a number."""
        return _strict_sum(self.rows[self.layout.position(row)][:-1])

    def computed_outcomes(self, column: Applicant | str) -> int | None:
        """The sum of the outcome rows in *column* (what （七）总计 should be)."""
        index = Applicant(column).position
        return _strict_sum(row[index] for row in self.rows[self.layout.outcome_slice])

    def with_totals(self) -> ApplicationTable:
        """A copy whose 总计 column and （七）总计 row are computed from their parts.

        Blank and marked cells count as 0 in these sums.
        """
        layout = self.layout
        body = [list(row[:-1]) for row in self.rows]
        outcomes = layout.outcome_slice
        body[layout.position(Row.TOTAL_HANDLED)] = [
            _add(row[i] for row in body[outcomes]) for i in range(6)
        ]
        return ApplicationTable(tuple((*row, _add(row)) for row in body))


# --- table 四 -----------------------------------------------------------------


class AppealGroup(enum.StrEnum):
    """The groups of table 四: administrative review and the two kinds of lawsuit."""

    REVIEW = "RV"
    DIRECT_LITIGATION = "LD"
    LITIGATION_AFTER_REVIEW = "LR"

    @property
    def label(self) -> str:
        """The official group label, such as ``行政复议``."""
        return _APPEAL_GROUP_LABELS[self]

    @property
    def position(self) -> int:
        """The position of the group, from 0."""
        return _APPEAL_GROUP_INDEX[self]


class AppealOutcome(enum.StrEnum):
    """The outcome columns repeated under each group of table 四, 总计 last."""

    MAINTAINED = "maintain"
    CORRECTED = "correct"
    OTHER = "other"
    PENDING = "pending"
    TOTAL = "total"

    @property
    def label(self) -> str:
        """The official column label, such as ``结果维持``."""
        return _APPEAL_OUTCOME_LABELS[self]

    @property
    def position(self) -> int:
        """The position of the column within its group, from 0."""
        return _APPEAL_OUTCOME_INDEX[self]


_APPEAL_GROUP_LABELS: Final = {AppealGroup(key): label for key, label in _grid.APPEAL_GROUPS}
_APPEAL_GROUP_INDEX: Final = {group: i for i, group in enumerate(AppealGroup)}
_APPEAL_OUTCOME_LABELS: Final = {AppealOutcome(k): label for k, label in _grid.APPEAL_OUTCOMES}
_APPEAL_OUTCOME_INDEX: Final = {outcome: i for i, outcome in enumerate(AppealOutcome)}


@attrs.frozen
class AppealTable:
    """Table 四、政府信息公开行政复议、行政诉讼情况: 3 groups × 5 outcomes.

    >>> table = AppealTable.from_parts({"RV": [5, 0, 0, 2]})
    >>> table["RV", "total"], table[AppealGroup.DIRECT_LITIGATION, AppealOutcome.TOTAL]
    (7, 0)
    """

    #: The cells, group by group in the order of :class:`AppealGroup`, each in
    #: the order of :class:`AppealOutcome` (the last cell is 总计 as published).
    groups: tuple[tuple[Count, ...], ...] = attrs.field()

    @groups.validator
    def _check_groups(self, attribute: attrs.Attribute[Any], value: object) -> None:
        problems = [
            Problem(f"appeals.{path}" if path else "appeals", message)
            for path, message in _table_problems(
                value, [g.value for g in AppealGroup], len(AppealOutcome), "3 groups"
            )
        ]
        if problems:
            raise InvalidReportError(problems)

    @classmethod
    def zeros(cls) -> AppealTable:
        """A table of zeros: no review, no lawsuit."""
        return cls(((0,) * len(AppealOutcome),) * len(AppealGroup))

    @classmethod
    def from_parts(cls, groups: Mapping[_GroupKey, Sequence[Count]]) -> AppealTable:
        """Build a table from the four outcomes of each group, computing each 总计.

        Groups not given are 0.
        """
        cells: list[list[Count]] = [[0, 0, 0, 0] for _ in AppealGroup]
        for key, values in groups.items():
            group = AppealGroup(key)
            if len(values) > 4:
                raise InvalidReportError(
                    [Problem(f"appeals.{group.value}", "give at most the four outcomes")]
                )
            cells[group.position][: len(values)] = values
        return cls(tuple((*group, 0) for group in cells)).with_totals()

    def __getitem__(self, key: tuple[AppealGroup | str, AppealOutcome | str]) -> Count:
        group, outcome = key
        return self.groups[AppealGroup(group).position][AppealOutcome(outcome).position]

    def group(self, group: AppealGroup | str) -> tuple[Count, ...]:
        """The five cells of *group*, 总计 last."""
        return self.groups[AppealGroup(group).position]

    def computed_total(self, group: AppealGroup | str) -> int | None:
        """The sum of the four outcomes of *group*, or ``None`` if any is not a number."""
        return _strict_sum(self.groups[AppealGroup(group).position][:-1])

    def with_totals(self) -> AppealTable:
        """A copy whose 总计 cells are computed (blank and marked cells count as 0)."""
        return AppealTable(tuple((*g[:-1], _add(g[:-1])) for g in self.groups))


# --- table 二 -----------------------------------------------------------------


@attrs.frozen
class DocumentCounts:
    """A row of 第二十条第（一）项: 规章 or 行政规范性文件."""

    #: 本年制发件数
    issued: Count = attrs.field(validator=_check_count)
    #: 本年废止件数
    repealed: Count = attrs.field(validator=_check_count)
    #: 现行有效件数
    in_force: Count = attrs.field(validator=_check_count)


@attrs.frozen
class Decisions:
    """A row of 第二十条第（五）项 or （六）项: 本年处理决定数量."""

    #: 本年处理决定数量
    decisions: Count = attrs.field(validator=_check_count)


@attrs.frozen
class Fees:
    """The row of 第二十条第（八）项: 行政事业性收费."""

    #: 本年收费金额（单位：万元）; an ``int`` given here is made a Decimal.
    amount: Amount = attrs.field(converter=_to_amount, validator=_check_amount)


@attrs.frozen(kw_only=True)
class ProactiveDisclosure:
    """Table 二、主动公开政府信息情况: the ten cells under 第二十条.

    >>> ProactiveDisclosure.zeros().admin_fees
    Fees(amount=Decimal('0'))
    """

    #: 第二十条第（一）项 规章
    rules: DocumentCounts
    #: 第二十条第（一）项 行政规范性文件
    normative_docs: DocumentCounts
    #: 第二十条第（五）项 行政许可
    licensing: Decisions
    #: 第二十条第（六）项 行政处罚
    penalty: Decisions
    #: 第二十条第（六）项 行政强制
    coercion: Decisions
    #: 第二十条第（八）项 行政事业性收费
    admin_fees: Fees

    @classmethod
    def zeros(cls) -> ProactiveDisclosure:
        """Every cell 0."""
        return cls(
            rules=DocumentCounts(0, 0, 0),
            normative_docs=DocumentCounts(0, 0, 0),
            licensing=Decisions(0),
            penalty=Decisions(0),
            coercion=Decisions(0),
            admin_fees=Fees(Decimal(0)),
        )


#: Table 二 of the 2021 edition: four blocks, ten cells.
PROACTIVE_2021: Final = register(
    ProactiveLayout(
        "2021",
        Edition.FORMAT_2021,
        [
            Block(
                "art20_1",
                1,
                [
                    Column("issued", "本年制发件数"),
                    Column("repealed", "本年废止件数"),
                    Column("in_force", "现行有效件数"),
                ],
                [Entry("rules", "规章"), Entry("normative_docs", "行政规范性文件")],
                DocumentCounts,
            ),
            Block(
                "art20_5",
                5,
                [Column("decisions", "本年处理决定数量")],
                [Entry("licensing", "行政许可")],
                Decisions,
            ),
            Block(
                "art20_6",
                6,
                [Column("decisions", "本年处理决定数量")],
                [Entry("penalty", "行政处罚"), Entry("coercion", "行政强制")],
                Decisions,
            ),
            Block(
                "art20_8",
                8,
                [Column("amount", "本年收费金额（单位：万元）", CellType.AMOUNT)],
                [Entry("admin_fees", "行政事业性收费")],
                Fees,
            ),
        ],
        ProactiveDisclosure,
        notes=["（单位：万元）"],
    )
)


# --- table 二, 2019 edition -----------------------------------------------------


@attrs.frozen
class PublishedDocuments:
    """A row of 第二十条第（一）项 in the 2019 edition: 规章 or 规范性文件."""

    #: 本年新制作数量
    new_made: Count = attrs.field(validator=_check_count)
    #: 本年新公开数量
    new_published: Count = attrs.field(validator=_check_count)
    #: 对外公开总数量
    published_total: Count = attrs.field(validator=_check_count)


@attrs.frozen
class ItemCounts:
    """A row of 第二十条第（五）项 or （六）项 in the 2019 edition, such as 行政许可."""

    #: 上一年项目数量
    prev_items: Count = attrs.field(validator=_check_count)
    #: 本年增/减: negative for a net reduction
    change: Signed = attrs.field(validator=_check_signed)
    #: 处理决定数量
    decisions: Count = attrs.field(validator=_check_count)


@attrs.frozen
class FeeItems:
    """The row of 第二十条第（八）项 in the 2019 edition: 行政事业性收费 items (not money)."""

    #: 上一年项目数量
    prev_items: Count = attrs.field(validator=_check_count)
    #: 本年增/减: negative for a net reduction
    change: Signed = attrs.field(validator=_check_signed)


def _check_unit(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value or value != value.strip()):
        raise InvalidReportError(
            [Problem(attribute.name, f"expected a unit such as '元' or null, got {value!r}")]
        )


@attrs.frozen
class Procurement:
    """The row of 第二十条第（九）项 in the 2019 edition: 政府集中采购.

    The format does not say in which unit 采购总金额 is given, so the unit is
    kept as printed (``251000元`` is ``amount=Decimal('251000'), unit='元'``).
    """

    #: 采购项目数量
    items: Count = attrs.field(validator=_check_count)
    #: 采购总金额, exact, in :attr:`unit`
    amount: Amount = attrs.field(converter=_to_amount, validator=_check_amount)
    #: The unit printed with the amount, such as ``元`` or ``万元``; ``None`` when none is.
    unit: str | None = attrs.field(default=None, validator=_check_unit)


@attrs.frozen(kw_only=True)
class ProactiveDisclosure2019:
    """Table 二 of the 2019 edition: 22 cells under 第二十条, in five blocks.

    >>> table = ProactiveDisclosure2019.zeros()
    >>> table.licensing
    ItemCounts(prev_items=0, change=0, decisions=0)
    >>> PROACTIVE_2019.addresses[6:9]
    ('licensing.prev_items', 'licensing.change', 'licensing.decisions')
    """

    #: 第二十条第（一）项 规章
    rules: PublishedDocuments
    #: 第二十条第（一）项 规范性文件
    normative_docs: PublishedDocuments
    #: 第二十条第（五）项 行政许可
    licensing: ItemCounts
    #: 第二十条第（五）项 其他对外管理服务事项
    other_services: ItemCounts
    #: 第二十条第（六）项 行政处罚
    penalty: ItemCounts
    #: 第二十条第（六）项 行政强制
    coercion: ItemCounts
    #: 第二十条第（八）项 行政事业性收费
    admin_fees: FeeItems
    #: 第二十条第（九）项 政府集中采购
    central_procurement: Procurement

    @classmethod
    def zeros(cls) -> ProactiveDisclosure2019:
        """Every cell 0 (and no unit for the procurement amount)."""
        return cls(
            rules=PublishedDocuments(0, 0, 0),
            normative_docs=PublishedDocuments(0, 0, 0),
            licensing=ItemCounts(0, 0, 0),
            other_services=ItemCounts(0, 0, 0),
            penalty=ItemCounts(0, 0, 0),
            coercion=ItemCounts(0, 0, 0),
            admin_fees=FeeItems(0, 0),
            central_procurement=Procurement(0, Decimal(0)),
        )


_ITEM_COLUMNS: Final = (
    Column("prev_items", "上一年项目数量"),
    Column("change", "本年增/减", CellType.SIGNED),
    Column("decisions", "处理决定数量"),
)
#: Table 二 of the 2019 edition: five blocks, 22 cells.
PROACTIVE_2019: Final = register(
    ProactiveLayout(
        "2019",
        Edition.FORMAT_2019,
        [
            Block(
                "art20_1",
                1,
                [
                    Column("new_made", "本年新制作数量"),
                    Column("new_published", "本年新公开数量"),
                    Column("published_total", "对外公开总数量"),
                ],
                [Entry("rules", "规章"), Entry("normative_docs", "规范性文件")],
                PublishedDocuments,
            ),
            Block(
                "art20_5",
                5,
                _ITEM_COLUMNS,
                [Entry("licensing", "行政许可"), Entry("other_services", "其他对外管理服务事项")],
                ItemCounts,
            ),
            Block(
                "art20_6",
                6,
                _ITEM_COLUMNS,
                [Entry("penalty", "行政处罚"), Entry("coercion", "行政强制")],
                ItemCounts,
            ),
            Block(
                "art20_8", 8, _ITEM_COLUMNS[:2], [Entry("admin_fees", "行政事业性收费")], FeeItems
            ),
            Block(
                "art20_9",
                9,
                [
                    Column("items", "采购项目数量"),
                    Column("amount", "采购总金额", CellType.AMOUNT, unit_field="unit"),
                ],
                [Entry("central_procurement", "政府集中采购")],
                Procurement,
            ),
        ],
        ProactiveDisclosure2019,
    )
)


# --- narrative ----------------------------------------------------------------


@attrs.frozen
class Subsection:
    """A numbered sub-section of 一、总体情况, such as （一）主动公开情况.

    The title is kept without its ordinal marker, which follows from its place.
    """

    title: str = attrs.field(validator=_check_text)
    text: str = attrs.field(validator=_check_text)


def _to_subsections(value: Iterable[Subsection]) -> tuple[Subsection, ...]:
    subsections = tuple(value)
    for i, subsection in enumerate(subsections):
        if not isinstance(subsection, Subsection):
            raise InvalidReportError(
                [Problem(f"general.subsections[{i}]", f"expected a Subsection, got {subsection!r}")]
            )
    return subsections


@attrs.frozen
class GeneralSection:
    """Section 一、总体情况: an opening text and optional numbered sub-sections."""

    #: The text before the first sub-section (paragraphs separated by newlines).
    intro: str = attrs.field(default="", validator=_check_text)
    subsections: tuple[Subsection, ...] = attrs.field(default=(), converter=_to_subsections)


def _check_period(instance: Period, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise InvalidReportError([Problem(attribute.name, f"expected a date, got {value!r}")])


@attrs.frozen
class Period:
    """The statistical period a report states, such as 2021年1月1日至12月31日."""

    start: datetime.date = attrs.field(validator=_check_period)
    end: datetime.date = attrs.field(validator=_check_period)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidReportError(
                [Problem("period", f"ends ({self.end}) before it starts ({self.start})")]
            )

    @classmethod
    def calendar_year(cls, year: int) -> Period:
        """1 January to 31 December of *year*."""
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def _check_year(instance: Report, attribute: attrs.Attribute[Any], value: object) -> None:
    if value.__class__ is not int or not 1 <= value <= 9999:
        raise InvalidReportError([Problem("year", f"expected a year such as 2021, got {value!r}")])


def _check_optional_date(instance: Report, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (
        not isinstance(value, datetime.date) or isinstance(value, datetime.datetime)
    ):
        raise InvalidReportError([Problem(attribute.name, f"expected a date, got {value!r}")])


def _check_edition(instance: Report, attribute: attrs.Attribute[Any], value: object) -> None:
    if value.__class__ is not Edition:
        raise InvalidReportError(
            [Problem("edition", f"expected one of {[e.value for e in Edition]}, got {value!r}")]
        )


def _check_proactive(instance: Report, attribute: attrs.Attribute[Any], value: object) -> None:
    try:
        layout_of(value)
    except GovInfoReportError as error:
        raise InvalidReportError([Problem("proactive", str(error))]) from None


class Section(enum.StrEnum):
    """The six sections of a report, valued by the spec's section keys.

    >>> Section.REQUESTS.label
    '三、收到和处理政府信息公开申请情况'
    >>> [section.attribute for section in Section][2:4]
    ['applications', 'appeals']
    """

    GENERAL = "general"
    PROACTIVE = "proactive"
    REQUESTS = "requests"
    REVIEW_LITIGATION = "review_litigation"
    PROBLEMS = "problems"
    OTHER = "other"

    @property
    def marker(self) -> str:
        """The ordinal marker of the heading, such as ``三、``."""
        return _SECTION_INFO[self][0]

    @property
    def text(self) -> str:
        """The heading without its marker, as the 2021 edition prints it."""
        return _SECTION_INFO[self][1]

    @property
    def label(self) -> str:
        """The full heading: marker and text."""
        return self.marker + self.text

    @property
    def attribute(self) -> str:
        """The name of the :class:`Report` attribute that holds the section."""
        return _SECTION_INFO[self][2]


_SECTION_INFO: Final = {
    Section.GENERAL: ("一、", "总体情况", "general"),
    Section.PROACTIVE: ("二、", "主动公开政府信息情况", "proactive"),
    Section.REQUESTS: ("三、", "收到和处理政府信息公开申请情况", "applications"),
    Section.REVIEW_LITIGATION: ("四、", "政府信息公开行政复议、行政诉讼情况", "appeals"),
    Section.PROBLEMS: ("五、", "存在的主要问题及改进情况", "problems"),
    Section.OTHER: ("六、", "其他需要报告的事项", "other"),
}


class OrganKind(enum.StrEnum):
    """What kind of organ issues a report, which sets its deadline (条例第四十九条).

    >>> OrganKind.infer("淮安市人民政府"), OrganKind.infer("淮安市司法局")
    (<OrganKind.GOVERNMENT: 'government'>, <OrganKind.DEPARTMENT: 'department'>)
    >>> OrganKind.GOVERNMENT.deadline(2023)
    datetime.date(2024, 3, 31)
    """

    #: A people's government reporting for its own level (本级政府): due by 3月31日.
    GOVERNMENT = "government"
    #: A department of a government, or any other organ: due by 1月31日.
    DEPARTMENT = "department"

    def deadline(self, year: int) -> datetime.date:
        """The last day to publish the report on *year*."""
        if self is OrganKind.GOVERNMENT:
            return datetime.date(year + 1, 3, 31)
        return datetime.date(year + 1, 1, 31)

    @classmethod
    def infer(cls, organ: str) -> OrganKind:
        """Guess the kind from the organ's name.

        A name ending in 人民政府, or a bare place name (平潭综合实验区, 某某县:
        the place's own report), is a government; anything else — a bureau, a
        commission, a government's office (人民政府办公室) — a department.
        """
        name = "".join(organ.split())
        if name.endswith(("人民政府", *_PLACES)):
            return cls.GOVERNMENT
        return cls.DEPARTMENT


_PLACES: Final = ("省", "市", "区", "县", "旗", "镇", "乡", "自治州", "盟", "自治区", "街道")


def _check_sections(instance: Report, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, tuple) or not all(isinstance(v, Section) for v in value):
        raise InvalidReportError(
            [Problem(attribute.name, f"expected a tuple of Section, got {value!r}")]
        )


# --- the report ---------------------------------------------------------------


#: Every cell address of the 2021 edition, in document order.
ADDRESSES: Final[tuple[str, ...]] = (
    *(
        f"{row}.{column}"
        for row in ("rules", "normative_docs")
        for column in ("issued", "repealed", "in_force")
    ),
    *(f"{row}.decisions" for row in ("licensing", "penalty", "coercion")),
    "admin_fees.amount",
    *(f"{row.value}[{column.value}]" for row in Row for column in Applicant),
    *(f"{group.value}.{outcome.value}" for group in AppealGroup for outcome in AppealOutcome),
)

#: The address of each cell of table 三, and its (row, column) position, by layout.
_APPLICATION_CELLS: Final = {
    layout: {
        f"{key}[{column.value}]": (i, column.position)
        for i, key in enumerate(layout.row_keys)
        for column in Applicant
    }
    for layout in Layout
}
#: Every cell address of a report, in document order, by the layout of its table 三.
ADDRESSES_BY_LAYOUT: Final = {
    layout: (*ADDRESSES[:10], *_APPLICATION_CELLS[layout], *ADDRESSES[-15:]) for layout in Layout
}
_APPEAL_CELLS: Final = {
    f"{group.value}.{outcome.value}": (group.position, outcome.position)
    for group in AppealGroup
    for outcome in AppealOutcome
}


class _Addresses:
    """``Report.addresses()``: the official addresses; ``report.addresses()``: the report's."""

    def __get__(
        self, instance: Report | None, owner: type[Report]
    ) -> Callable[[], tuple[str, ...]]:
        if instance is None:
            return _official_addresses
        addresses = _addresses(
            layout_of(instance.proactive), _LAYOUT_BY_SIZE[len(instance.applications.rows)]
        )
        return lambda: addresses


@functools.cache
def _addresses(proactive: ProactiveLayout, layout: Layout) -> tuple[str, ...]:
    return (*proactive.addresses, *_APPLICATION_CELLS[layout], *ADDRESSES[-15:])


def _official_addresses() -> tuple[str, ...]:
    return ADDRESSES


def _numeric(value: Count | Amount) -> int | Decimal | None:
    return None if value is None or value.__class__ is Mark else value  # type: ignore[return-value]


@attrs.frozen(kw_only=True)
class Report:
    """One 政府信息公开工作年度报告 of one organ on one year.

    >>> report = Report(
    ...     organ="某某县人民政府",
    ...     year=2024,
    ...     general=GeneralSection("2024年，本县……"),
    ...     proactive=ProactiveDisclosure.zeros(),
    ...     applications=ApplicationTable.from_parts({Row.NEW_REQUESTS: [2, 1]}),
    ...     appeals=AppealTable.zeros(),
    ...     problems="……",
    ...     other="本年度未收取信息处理费。",
    ... )
    >>> report.cell("R1[TOT]"), report.applications[Row.NEW_REQUESTS, Applicant.COMMERCIAL]
    (3, 1)
    >>> report.cell("admin_fees.amount")
    Decimal('0')
    """

    #: The edition of the format the report follows.
    edition: Edition = attrs.field(default=Edition.FORMAT_2021, validator=_check_edition)
    #: The issuing organ, such as 临淄区齐都镇人民政府.
    organ: str = attrs.field(validator=_check_text)
    #: Government or department, when known; :meth:`OrganKind.infer` guesses it from the name.
    organ_kind: OrganKind | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(OrganKind))
    )
    #: The year the report is on (not the year it was published).
    year: int = attrs.field(validator=_check_year)
    #: The title as printed, when it is not the usual one (see :attr:`display_title`).
    title: str | None = attrs.field(default=None, validator=attrs.validators.optional(_check_text))
    publication_date: datetime.date | None = attrs.field(
        default=None, validator=_check_optional_date
    )
    #: The statistical period, when the report states one.
    period: Period | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Period))
    )
    #: The sections in the order their headings appear in the source document, when the
    #: report was read from one (``None`` when unknown, as for a report built in code).
    section_order: tuple[Section, ...] | None = attrs.field(default=None, validator=_check_sections)
    #: The text between the title and 一、总体情况.
    preamble: str = attrs.field(default="", validator=_check_text)
    #: 一、总体情况
    general: GeneralSection = attrs.field(validator=attrs.validators.instance_of(GeneralSection))
    #: 二、主动公开政府信息情况: a :class:`ProactiveDisclosure` in the 2021 edition, a
    #: :class:`ProactiveDisclosure2019` in 2019, or the class of a registered variant.
    proactive: ProactiveDisclosure | ProactiveDisclosure2019 = attrs.field(
        validator=_check_proactive
    )
    #: 三、收到和处理政府信息公开申请情况
    applications: ApplicationTable = attrs.field(
        validator=attrs.validators.instance_of(ApplicationTable)
    )
    #: 四、政府信息公开行政复议、行政诉讼情况
    appeals: AppealTable = attrs.field(validator=attrs.validators.instance_of(AppealTable))
    #: 五、存在的主要问题及改进情况
    problems: str = attrs.field(validator=_check_text)
    #: 六、其他需要报告的事项
    other: str = attrs.field(validator=_check_text)

    @property
    def display_title(self) -> str:
        """The title as printed, or the usual one built from organ and year.

        >>> Report.standard_title("某某县人民政府", 2024)
        '某某县人民政府2024年政府信息公开工作年度报告'
        """
        return self.title or self.standard_title(self.organ, self.year)

    @staticmethod
    def standard_title(organ: str, year: int) -> str:
        """The usual title of a report of *organ* on *year*."""
        return f"{organ}{year}年政府信息公开工作年度报告"

    def raw_cell(self, address: str) -> Count | Amount:
        """The cell at *address* as stored: a number, ``None`` (blank) or a :class:`Mark`.

        Raises :class:`~govinfo_report.errors.InvalidAddressError` for an unknown address.
        """
        rows = self.applications.rows
        position = _APPLICATION_CELLS[_LAYOUT_BY_SIZE[len(rows)]].get(address)
        if position is not None:
            return rows[position[0]][position[1]]
        position = _APPEAL_CELLS.get(address)
        if position is not None:
            return self.appeals.groups[position[0]][position[1]]
        found = layout_of(self.proactive).cell(address)
        if found is not None:
            row, column = address.split(".")
            value: Count | Amount = getattr(getattr(self.proactive, row), column)
            return value
        raise InvalidAddressError(address)

    def cell(self, address: str) -> int | Decimal | None:
        """The number in the cell at *address*, or ``None`` when it holds none.

        Addresses are the spec's: ``R3_3_1[NP]``, ``R4[TOT]``, ``RV.total``,
        ``rules.issued``, ``admin_fees.amount``.  A cell printed blank or with
        a mark such as ``/`` gives ``None``; use :meth:`raw_cell` to tell them apart.
        """
        return _numeric(self.raw_cell(address))

    #: Every cell address, in document order: 10 of 二 (22 in the 2019 edition), 175
    #: of 三 (161 with a single （六） row), 15 of 四.  ``Report.addresses()`` gives
    #: those of the official 2021 layout; ``report.addresses()`` those of *report*.
    addresses: ClassVar[_Addresses] = _Addresses()

    def iter_cells(self) -> Iterator[tuple[str, Count | Amount]]:
        """Yield ``(address, raw value)`` for every cell, in document order."""
        for address in self.addresses():
            yield address, self.raw_cell(address)

    def __attrs_post_init__(self) -> None:
        # Checked here, not by a validator, so that JSON loading (which builds
        # reports without running validators it has made redundant) checks it too.
        layout = layout_of(self.proactive)
        if layout.edition is not self.edition:
            raise InvalidReportError(
                [
                    Problem(
                        "proactive",
                        f"a report of the {self.edition.value} edition cannot hold table 二 "
                        f"of the {layout.name!r} layout ({layout.edition.value} edition)",
                    )
                ]
            )

    def with_totals(self) -> Report:
        """A copy with every published total filled from its parts.

        Fills the 总计 column and the （七）总计 row of table 三 and the 总计 of
        each group of table 四; blank and marked parts count as 0.
        """
        return attrs.evolve(
            self,
            applications=self.applications.with_totals(),
            appeals=self.appeals.with_totals(),
        )
