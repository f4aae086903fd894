"""Hypothesis strategies for reports, for testing tools built on govinfo_report.

Install with the ``testing`` extra (``pip install 'govinfo_report[testing]'``);
without Hypothesis, importing this module raises
:class:`~govinfo_report.errors.MissingExtraError`.  The package itself never
imports it.

Three kinds of strategy, from the loosest to the strictest:

- **valid reports** (:func:`reports`, :func:`reports_2019`, :func:`any_layout_reports`):
  anything the model accepts — blanks, marks, huge counts, any text — in either
  edition and either layout of table 三; what a loader or a writer must survive;
- **consistent reports** (:func:`consistent_reports`, :func:`consistent_reports_2019`, …):
  reports on which :func:`~govinfo_report.check` finds nothing;
- **defects** (:func:`defects`, :func:`broken_identities`, :func:`blank_cells`,
  :func:`wrong_totals`): a consistent report with one cell changed, as a
  :class:`Defect` that says which cell, so a test knows what a checker must find.

>>> from hypothesis import given, settings
>>> from govinfo_report import check, dumps, loads
>>> @settings(max_examples=5, deadline=None, database=None)
... @given(reports_2019())
... def test_json_keeps_everything(report):
...     assert loads(dumps(report)) == report
>>> test_json_keeps_everything()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime
import enum
from decimal import Decimal

import attrs

from .errors import MissingExtraError

try:
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - exercised in a subprocess by tests/test_testing.py
    raise MissingExtraError("govinfo_report.testing", "testing", "hypothesis") from None

from .editions import Edition
from .model import (
    PROACTIVE_2019,
    PROACTIVE_2021,
    Amount,
    AppealGroup,
    AppealOutcome,
    AppealTable,
    Applicant,
    ApplicationTable,
    Count,
    Decisions,
    DocumentCounts,
    Fees,
    GeneralSection,
    Layout,
    Mark,
    OrganKind,
    Period,
    ProactiveDisclosure,
    ProactiveDisclosure2019,
    Report,
    Row,
    Section,
    Subsection,
)
from .proactive import CellType, ProactiveLayout, layout_of

__all__ = [
    "Defect",
    "DefectKind",
    "amounts",
    "any_layout_consistent_reports",
    "any_layout_reports",
    "appeal_tables",
    "application_tables",
    "blank_cells",
    "broken_identities",
    "consistent_appeal_tables",
    "consistent_application_tables",
    "consistent_proactive_of",
    "consistent_reports",
    "consistent_reports_2019",
    "consistent_single_other_application_tables",
    "consistent_single_other_reports",
    "counts",
    "dates",
    "defects",
    "numbers",
    "periods",
    "proactive",
    "proactive_of",
    "reports",
    "reports_2019",
    "signed_counts",
    "single_other_application_tables",
    "texts",
    "units",
    "wrong_totals",
]

# --- cells ---------------------------------------------------------------------------------

#: Any count cell: mostly numbers (small ones often), sometimes blank or a :class:`Mark`.
counts: st.SearchStrategy[Count] = st.one_of(
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=50),
    st.none(),
    st.sampled_from(list(Mark)),
)
#: A count that is a number: what a consistent table holds.
numbers: st.SearchStrategy[int] = st.integers(min_value=0, max_value=5000)
#: Any amount cell (行政事业性收费, 采购总金额): an exact Decimal ≥ 0, blank or a mark.
amounts: st.SearchStrategy[Amount] = st.one_of(
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=100, places=4, allow_nan=False, allow_infinity=False),
    st.none(),
    st.sampled_from(list(Mark)),
)
#: Any signed count cell (2019's 本年增/减): negative too, sometimes blank or a mark.
signed_counts: st.SearchStrategy[Count] = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=-50, max_value=50),
    st.none(),
    st.sampled_from(list(Mark)),
)
#: The unit printed with 2019's 采购总金额, if any.
units: st.SearchStrategy[str | None] = st.sampled_from([None, "元", "万元"])
#: Any text (of the narrative, the organ, the title): any character the model accepts.
texts: st.SearchStrategy[str] = st.text(max_size=60)
#: Any date of a report's lifetime: publication dates and period bounds.
dates: st.SearchStrategy[datetime.date] = st.dates(
    min_value=datetime.date(2008, 1, 1), max_value=datetime.date(2099, 12, 31)
)

# --- tables --------------------------------------------------------------------------------


def application_tables(
    cells: st.SearchStrategy[Count] = counts, *, layout: Layout | None = Layout.OFFICIAL
) -> st.SearchStrategy[ApplicationTable]:
    """Table 三 with any values, in *layout*: the official one unless told, ``None`` for either.

    The totals are drawn like any other cell, so they seldom add up; see
    :func:`consistent_application_tables` for tables that do.
    """
    if layout is None:
        return st.one_of(*(application_tables(cells, layout=each) for each in Layout))
    row = st.tuples(*[cells] * len(Applicant))
    return st.tuples(*[row] * layout.size).map(ApplicationTable)


def single_other_application_tables(
    cells: st.SearchStrategy[Count] = counts,
) -> st.SearchStrategy[ApplicationTable]:
    """Table 三 with （六）其他处理 as one row (23 rows), with any values."""
    return application_tables(cells, layout=Layout.SINGLE_OTHER)


def appeal_tables(cells: st.SearchStrategy[Count] = counts) -> st.SearchStrategy[AppealTable]:
    """Table 四 with any values, its 总计 cells included."""
    group = st.tuples(*[cells] * len(AppealOutcome))
    return st.tuples(*[group] * len(AppealGroup)).map(AppealTable)


def proactive(
    cells: st.SearchStrategy[Count] = counts, fees: st.SearchStrategy[Amount] = amounts
) -> st.SearchStrategy[ProactiveDisclosure]:
    """Table 二 of the 2021 edition (ten cells) with any values.

    :func:`proactive_of` draws the table of any layout, a variant's too.
    """
    documents = st.builds(DocumentCounts, cells, cells, cells)
    decisions = st.builds(Decisions, cells)
    return st.builds(
        ProactiveDisclosure,
        rules=documents,
        normative_docs=documents,
        licensing=decisions,
        penalty=decisions,
        coercion=decisions,
        admin_fees=st.builds(Fees, fees),
    )


@st.composite
def proactive_of(
    draw: st.DrawFn,
    layout: ProactiveLayout,
    cells: st.SearchStrategy[Count] = counts,
    signed: st.SearchStrategy[Count] = signed_counts,
    money: st.SearchStrategy[Amount] = amounts,
) -> ProactiveDisclosure | ProactiveDisclosure2019:
    """Table 二 of *layout* — an edition's or a registered variant's — with any values.

    Each cell is drawn by its column's type: *cells* for counts, *signed* for
    signed counts (本年增/减), *money* for amounts, with a unit where the
    column keeps one.
    """
    by_type = {CellType.COUNT: cells, CellType.SIGNED: signed, CellType.AMOUNT: money}
    rows: dict[str, dict[str, object]] = {}
    for block in layout.blocks:
        for entry in block.rows:
            values: dict[str, object] = {}
            for column in block.columns:
                values[column.key] = draw(by_type[column.type])
                if column.unit_field is not None:
                    values[column.unit_field] = draw(units)
            rows[entry.key] = values
    return layout.build(rows)


@st.composite
def consistent_proactive_of(
    draw: st.DrawFn, layout: ProactiveLayout
) -> ProactiveDisclosure | ProactiveDisclosure2019:
    """Table 二 of *layout* that the rule book passes: numbers only, D-4 holding.

    A signed 本年增/减 is drawn from minus 上一年项目数量 up, so that this year's
    number of items stays 0 or more.
    """
    table = draw(proactive_of(layout, numbers, st.just(0), st.decimals(0, 10**6, places=2)))
    changes: dict[str, dict[str, object]] = {}
    for key in layout.row_keys:
        row = getattr(table, key)
        if hasattr(row, "change"):
            changes[key] = {"change": draw(st.integers(-row.prev_items, 5000))}
    return attrs.evolve(
        table, **{key: attrs.evolve(getattr(table, key), **c) for key, c in changes.items()}
    )


@st.composite
def consistent_application_tables(
    draw: st.DrawFn,
    cells: st.SearchStrategy[int] = numbers,
    *,
    layout: Layout | None = Layout.OFFICIAL,
) -> ApplicationTable:
    """Table 三 satisfying T3-A, T3-B and T3-C: the outcomes and 四 drawn, 一 and 二 derived.

    The rows are those of *layout*: the official one unless told, ``None`` for either.
    """
    if layout is None:
        layout = draw(st.sampled_from(list(Layout)))
    outcomes = layout.outcome_keys
    parts = len(Applicant) - 1
    rows = {row: [draw(cells) for _ in range(parts)] for row in outcomes}
    handled = [sum(rows[row][i] for row in outcomes) for i in range(parts)]
    forward = [draw(cells) for _ in range(parts)]
    over = [draw(st.integers(0, handled[i] + forward[i])) for i in range(parts)]
    new = [handled[i] + forward[i] - over[i] for i in range(parts)]
    rows[Row.NEW_REQUESTS], rows[Row.CARRIED_OVER], rows[Row.CARRIED_FORWARD] = new, over, forward
    return ApplicationTable.from_parts(rows, layout=layout)


def consistent_single_other_application_tables(
    cells: st.SearchStrategy[int] = numbers,
) -> st.SearchStrategy[ApplicationTable]:
    """Table 三 with （六）其他处理 as one row (23 rows), satisfying T3-A, T3-B and T3-C."""
    return consistent_application_tables(cells, layout=Layout.SINGLE_OTHER)


def consistent_appeal_tables(
    cells: st.SearchStrategy[int] = numbers,
) -> st.SearchStrategy[AppealTable]:
    """Table 四 satisfying T4-1..3: four outcomes drawn per group, each 总计 their sum."""
    group = st.lists(cells, min_size=4, max_size=4)
    return st.fixed_dictionaries(dict.fromkeys(AppealGroup, group)).map(AppealTable.from_parts)


# --- reports -------------------------------------------------------------------------------


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Any statistical period: two dates, in order."""
    start, end = sorted([draw(dates), draw(dates)])
    return Period(start, end)


def _table_two(edition: Edition | None, layout: ProactiveLayout | None) -> ProactiveLayout:
    """The layout of table 二 asked for, checked against the edition asked for."""
    if layout is None:
        return PROACTIVE_2019 if edition is Edition.FORMAT_2019 else PROACTIVE_2021
    if edition is not None and layout.edition is not Edition(edition):
        raise ValueError(
            f"table 二 of the {layout.name!r} layout belongs to the {layout.edition.value} "
            f"edition, not the {Edition(edition).value} edition"
        )
    return layout


def reports(
    cells: st.SearchStrategy[Count] = counts,
    *,
    layout: Layout | None = Layout.OFFICIAL,
    edition: Edition | None = None,
    proactive_layout: ProactiveLayout | None = None,
) -> st.SearchStrategy[Report]:
    """Valid reports with any values, including blanks and marks, and any text.

    Table 三 is in *layout*: the official one unless told, ``None`` for either.
    Table 二 is in *proactive_layout* (a registered variant's, say), else in that
    of *edition*; the edition is 2021 unless either says otherwise.  Such
    reports survive JSON (``loads(dumps(report)) == report``), but rarely pass
    :func:`~govinfo_report.check`.
    """
    table_two = _table_two(edition, proactive_layout)
    table_two_values = (
        proactive(cells) if table_two is PROACTIVE_2021 else proactive_of(table_two, cells)
    )
    return st.builds(
        Report,
        edition=st.just(table_two.edition),
        organ=texts,
        organ_kind=st.none() | st.sampled_from(list(OrganKind)),
        section_order=st.none() | st.lists(st.sampled_from(list(Section)), max_size=8).map(tuple),
        year=st.integers(min_value=2008, max_value=2100),
        title=st.none() | texts,
        publication_date=st.none() | dates,
        period=st.none() | periods(),
        preamble=texts,
        general=st.builds(
            GeneralSection,
            texts,
            st.lists(st.builds(Subsection, texts, texts), max_size=5).map(tuple),
        ),
        proactive=table_two_values,
        applications=application_tables(cells, layout=layout),
        appeals=appeal_tables(cells),
        problems=texts,
        other=texts,
    )


def any_layout_reports(cells: st.SearchStrategy[Count] = counts) -> st.SearchStrategy[Report]:
    """Valid reports with any values (2021 edition), table 三 in either layout."""
    return reports(cells, layout=None)


def reports_2019(cells: st.SearchStrategy[Count] = counts) -> st.SearchStrategy[Report]:
    """Valid 2019-edition reports with any values: table 二 of 22 cells, a single （六） row."""
    return reports(cells, layout=Layout.SINGLE_OTHER, edition=Edition.FORMAT_2019)


#: CJK prose without digits: a narrative that states no figure and names no year.
_PROSE: st.SearchStrategy[str] = st.text(
    alphabet="本机关认真贯彻落实条例进一步加强政务公开工作，。", min_size=1, max_size=40
)


@st.composite
def consistent_reports(
    draw: st.DrawFn,
    *,
    layout: Layout | None = Layout.OFFICIAL,
    edition: Edition | None = None,
    proactive_layout: ProactiveLayout | None = None,
) -> Report:
    """Reports on which the rule book finds nothing: ``check(report) == []``.

    Every identity holds, every cell holds a number, every section is there,
    the years agree (2021 to 2040 in the 2021 edition, 2019 or 2020 in the
    2019 one), the report is published on time, and the narrative — CJK prose
    — states no figure.  Table 三 is in *layout*: the official one unless told,
    ``None`` for either; table 二 as in :func:`reports`.
    """
    table_two = _table_two(edition, proactive_layout)
    if table_two.edition is Edition.FORMAT_2021:
        year = draw(st.integers(min_value=2021, max_value=2040))
    else:
        year = draw(st.integers(min_value=2019, max_value=2020))
    values: ProactiveDisclosure | ProactiveDisclosure2019
    if table_two is PROACTIVE_2021:
        values = draw(proactive(numbers, st.decimals(0, 10**6, places=2)))
    else:
        values = draw(consistent_proactive_of(table_two))
    return Report(
        edition=table_two.edition,
        organ=draw(st.sampled_from(["某某县人民政府", "某某市司法局", "某某镇人民政府"])),
        organ_kind=draw(st.none() | st.sampled_from(list(OrganKind))),
        year=year,
        title=None,
        publication_date=draw(
            st.none() | st.dates(datetime.date(year + 1, 1, 1), datetime.date(year + 1, 1, 31))
        ),
        period=draw(st.none() | st.just(Period.calendar_year(year))),
        section_order=draw(st.none() | st.just(tuple(Section))),
        preamble=draw(_PROSE),
        general=GeneralSection(
            draw(_PROSE), tuple(draw(st.lists(st.builds(Subsection, _PROSE, _PROSE), max_size=3)))
        ),
        proactive=values,
        applications=draw(consistent_application_tables(layout=layout)),
        appeals=draw(consistent_appeal_tables()),
        problems=draw(_PROSE),
        other=draw(_PROSE),
    )


def consistent_single_other_reports() -> st.SearchStrategy[Report]:
    """Consistent reports (as :func:`consistent_reports`) whose table 三 has a single （六） row."""
    return consistent_reports(layout=Layout.SINGLE_OTHER)


def consistent_reports_2019() -> st.SearchStrategy[Report]:
    """Consistent 2019-edition reports (as :func:`consistent_reports`) on 2019 or 2020."""
    return consistent_reports(layout=Layout.SINGLE_OTHER, edition=Edition.FORMAT_2019)


def any_layout_consistent_reports() -> st.SearchStrategy[Report]:
    """Consistent reports (as :func:`consistent_reports`), table 三 in either layout."""
    return consistent_reports(layout=None)


# --- defects -------------------------------------------------------------------------------


class DefectKind(enum.StrEnum):
    """What was done to a consistent report to make a :class:`Defect`."""

    #: One cell of table 三 or 四 (a total or a part) changed to another number, so
    #: that every T3-A, T3-B, T3-C or T4 identity it is a term of fails.
    IDENTITY = "identity"
    #: One cell of table 二, 三 or 四 printed blank (or with a mark) where a number belongs.
    BLANK = "blank"
    #: One published total changed: a cell of the 总计 column of table 三 (T3-C)
    #: or the 总计 of a group of table 四 (T4-1..3).
    TOTAL = "total"


@attrs.frozen
class Defect:
    """A report with one known defect, and what it is.

    >>> from govinfo_report import example
    >>> report = example()
    >>> Defect(report, DefectKind.TOTAL, ("RV.total",), report).cells
    ('RV.total',)
    """

    #: The report with the defect.
    report: Report
    kind: DefectKind
    #: The addresses of the cells changed (``R3_1[NP]``, ``RV.total``): one cell.
    cells: tuple[str, ...]
    #: The consistent report the defect was made from.
    original: Report


def _table_three_four(report: Report) -> list[str]:
    """The addresses of tables 三 and 四 of *report*, in document order."""
    groups = tuple(f"{group.value}." for group in AppealGroup)
    return [a for a in report.addresses() if a.endswith("]") or a.startswith(groups)]


def _totals(report: Report) -> list[str]:
    """The addresses of the published totals that T3-C and T4-1..3 check."""
    rows = [f"{key}[{Applicant.TOTAL.value}]" for key in report.applications.layout.row_keys]
    return [*rows, *(f"{group.value}.{AppealOutcome.TOTAL.value}" for group in AppealGroup)]


def _with_cell(report: Report, address: str, value: Count | Amount) -> Report:
    """A copy of *report* with the cell at *address* holding *value*."""
    if layout_of(report.proactive).cell(address) is None:
        # Tables 三 and 四, which hold counts only.
        if isinstance(value, Decimal):
            raise ValueError(f"{address} holds a count, not the amount {value}")
        if address.endswith("]"):
            key, _, column = address[:-1].partition("[")
            rows = [list(row) for row in report.applications.rows]
            rows[report.applications.layout.position(key)][Applicant(column).position] = value
            table = ApplicationTable(tuple(tuple(row) for row in rows))
            return attrs.evolve(report, applications=table)
        key, _, column = address.partition(".")
        groups = [list(group) for group in report.appeals.groups]
        groups[AppealGroup(key).position][AppealOutcome(column).position] = value
        return attrs.evolve(report, appeals=AppealTable(tuple(tuple(g) for g in groups)))
    key, _, column = address.partition(".")
    row = attrs.evolve(getattr(report.proactive, key), **{column: value})
    return attrs.evolve(report, proactive=attrs.evolve(report.proactive, **{key: row}))


@st.composite
def defects(
    draw: st.DrawFn,
    kind: DefectKind | None = None,
    *,
    layout: Layout | None = Layout.OFFICIAL,
    edition: Edition | None = None,
    proactive_layout: ProactiveLayout | None = None,
    marks: bool = False,
) -> Defect:
    """A consistent report with one defect of *kind* (any kind unless told).

    The report is drawn by :func:`consistent_reports` (*layout*, *edition* and
    *proactive_layout* as there), then one cell is changed:

    - :attr:`DefectKind.IDENTITY`: any cell of 三 or 四 gets another number, so
      each identity it is a term of fails and :func:`~govinfo_report.check`
      reports an error naming the cell;
    - :attr:`DefectKind.BLANK`: any cell of 二, 三 or 四 is left blank (or, with
      *marks*, printed as a :class:`~govinfo_report.Mark` such as ``/``): a
      ``table.unfilled`` warning names it, and each identity it is a term of
      is ``….unassessed``;
    - :attr:`DefectKind.TOTAL`: a 总计 of 三 (checked by T3-C) or of 四 (T4-1..3)
      gets another number: ``table.T3-C`` or ``table.T4-n`` names it.
    """
    if kind is None:
        kind = draw(st.sampled_from(list(DefectKind)))
    original = draw(
        consistent_reports(layout=layout, edition=edition, proactive_layout=proactive_layout)
    )
    value: Count | Amount
    if kind is DefectKind.BLANK:
        address = draw(st.sampled_from(original.addresses()))
        value = draw(st.sampled_from([None, *Mark])) if marks else None
    else:
        choices = _table_three_four(original) if kind is DefectKind.IDENTITY else _totals(original)
        address = draw(st.sampled_from(choices))
        old = original.raw_cell(address)
        assert isinstance(old, int)  # a consistent report's tables hold numbers only
        value = draw(st.integers(0, old + 100).filter(lambda new: new != old))
    report = _with_cell(original, address, value)
    return Defect(report, DefectKind(kind), (address,), original)


def broken_identities(
    *, layout: Layout | None = Layout.OFFICIAL, edition: Edition | None = None
) -> st.SearchStrategy[Defect]:
    """Reports with one cell of 三 or 四 changed: see :attr:`DefectKind.IDENTITY`."""
    return defects(DefectKind.IDENTITY, layout=layout, edition=edition)


def blank_cells(
    *, layout: Layout | None = Layout.OFFICIAL, edition: Edition | None = None, marks: bool = False
) -> st.SearchStrategy[Defect]:
    """Reports with one cell left blank where a number belongs: see :attr:`DefectKind.BLANK`."""
    return defects(DefectKind.BLANK, layout=layout, edition=edition, marks=marks)


def wrong_totals(
    *, layout: Layout | None = Layout.OFFICIAL, edition: Edition | None = None
) -> st.SearchStrategy[Defect]:
    """Reports with one published total changed: see :attr:`DefectKind.TOTAL`."""
    return defects(DefectKind.TOTAL, layout=layout, edition=edition)
