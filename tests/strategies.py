"""Hypothesis strategies for reports, shared by the test modules."""

from __future__ import annotations

import datetime

import attrs
from hypothesis import strategies as st

from govinfo_report import (
    AppealGroup,
    AppealOutcome,
    AppealTable,
    Applicant,
    ApplicationTable,
    Decisions,
    DocumentCounts,
    Fees,
    GeneralSection,
    Layout,
    Mark,
    OrganKind,
    Period,
    ProactiveDisclosure,
    Report,
    Row,
    Section,
    Subsection,
)
from govinfo_report.editions import Edition
from govinfo_report.model import PROACTIVE_2019, Amount, Count
from govinfo_report.model import ProactiveDisclosure as _Proactive2021
from govinfo_report.proactive import CellType, ProactiveLayout

#: Any count cell: mostly numbers, sometimes blank or a mark.
counts: st.SearchStrategy[Count] = st.one_of(
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=50),
    st.none(),
    st.sampled_from(list(Mark)),
)
numbers: st.SearchStrategy[int] = st.integers(min_value=0, max_value=5000)
amounts: st.SearchStrategy[Amount] = st.one_of(
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=100, places=4, allow_nan=False, allow_infinity=False),
    st.none(),
    st.sampled_from(list(Mark)),
)
#: Any signed count cell (本年增/减): negative too, sometimes blank or a mark.
signed_counts: st.SearchStrategy[Count] = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=-50, max_value=50),
    st.none(),
    st.sampled_from(list(Mark)),
)
#: The unit printed with 2019's 采购总金额, if any.
units: st.SearchStrategy[str | None] = st.sampled_from([None, "元", "万元"])
texts = st.text(max_size=60)
dates = st.dates(min_value=datetime.date(2008, 1, 1), max_value=datetime.date(2099, 12, 31))


def application_tables(
    cells: st.SearchStrategy[Count] = counts, *, layout: Layout | None = Layout.OFFICIAL
) -> st.SearchStrategy[ApplicationTable]:
    """Table 三 with any values, in *layout*: the official one unless told, ``None`` for either."""
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
    group = st.tuples(*[cells] * len(AppealOutcome))
    return st.tuples(*[group] * len(AppealGroup)).map(AppealTable)


def proactive(
    cells: st.SearchStrategy[Count] = counts, fees: st.SearchStrategy[Amount] = amounts
) -> st.SearchStrategy[ProactiveDisclosure]:
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
) -> ProactiveDisclosure:
    """Table 二 of any layout (a registered variant's too), with any values."""
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
    return layout.build(rows)  # type: ignore[return-value]


@st.composite
def consistent_proactive_of(draw: st.DrawFn, layout: ProactiveLayout) -> ProactiveDisclosure:
    """Table 二 of *layout* that the rule book passes: numbers only, D-4 holding."""
    table = draw(proactive_of(layout, numbers, st.just(0), st.decimals(0, 10**6, places=2)))
    changes: dict[str, dict[str, object]] = {}
    for key in layout.row_keys:
        row = getattr(table, key)
        if hasattr(row, "change"):
            # 本年增/减 from -上一年项目数量 up: this year's count stays 0 or more.
            changes[key] = {"change": draw(st.integers(-row.prev_items, 5000))}
    return attrs.evolve(
        table, **{key: attrs.evolve(getattr(table, key), **c) for key, c in changes.items()}
    )


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start, end = sorted([draw(dates), draw(dates)])
    return Period(start, end)


def reports(
    cells: st.SearchStrategy[Count] = counts,
    *,
    layout: Layout | None = Layout.OFFICIAL,
    edition: Edition = Edition.FORMAT_2021,
) -> st.SearchStrategy[Report]:
    """Valid reports with any values, including blanks and marks.

    Table 三 is in *layout*: the official one unless told, ``None`` for either;
    table 二 in that of *edition*.
    """
    table_two = (
        proactive(cells) if edition is Edition.FORMAT_2021 else proactive_of(PROACTIVE_2019, cells)
    )
    return st.builds(
        Report,
        edition=st.just(edition),
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
        proactive=table_two,
        applications=application_tables(cells, layout=layout),
        appeals=appeal_tables(cells),
        problems=texts,
        other=texts,
    )


def any_layout_reports(cells: st.SearchStrategy[Count] = counts) -> st.SearchStrategy[Report]:
    """Valid reports with any values, table 三 in either layout."""
    return reports(cells, layout=None)


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
    group = st.lists(cells, min_size=4, max_size=4)
    return st.fixed_dictionaries(dict.fromkeys(AppealGroup, group)).map(AppealTable.from_parts)


@st.composite
def consistent_reports(
    draw: st.DrawFn,
    *,
    layout: Layout | None = Layout.OFFICIAL,
    edition: Edition = Edition.FORMAT_2021,
) -> Report:
    """Reports on which the rule book finds nothing: every identity holds, every section is
    there, the years agree, and the narrative states no figure.

    Table 三 is in *layout*: the official one unless told, ``None`` for either; table 二
    and the year are those of *edition*."""
    if edition is Edition.FORMAT_2021:
        year = draw(st.integers(min_value=2021, max_value=2040))
        table_two = draw(proactive(numbers, st.decimals(0, 10**6, places=2)))
    else:
        year = draw(st.integers(min_value=2019, max_value=2020))
        table_two = draw(consistent_proactive_of(PROACTIVE_2019))
    # CJK text without digits: a narrative that states no figure and names no year.
    prose = st.text(
        alphabet="本机关认真贯彻落实条例进一步加强政务公开工作，。", min_size=1, max_size=40
    )
    return Report(
        edition=edition,
        organ=draw(st.sampled_from(["某某县人民政府", "某某市司法局", "某某镇人民政府"])),
        organ_kind=draw(st.none() | st.sampled_from(list(OrganKind))),
        year=year,
        title=None,
        publication_date=draw(
            st.none() | st.dates(datetime.date(year + 1, 1, 1), datetime.date(year + 1, 1, 31))
        ),
        period=draw(st.none() | st.just(Period.calendar_year(year))),
        section_order=draw(st.none() | st.just(tuple(Section))),
        preamble=draw(prose),
        general=GeneralSection(
            draw(prose), tuple(draw(st.lists(st.builds(Subsection, prose, prose), max_size=3)))
        ),
        proactive=table_two,
        applications=draw(consistent_application_tables(layout=layout)),
        appeals=draw(consistent_appeal_tables()),
        problems=draw(prose),
        other=draw(prose),
    )


def consistent_single_other_reports() -> st.SearchStrategy[Report]:
    """Consistent reports (as :func:`consistent_reports`) whose table 三 has a single （六） row."""
    return consistent_reports(layout=Layout.SINGLE_OTHER)


def reports_2019(cells: st.SearchStrategy[Count] = counts) -> st.SearchStrategy[Report]:
    """Valid 2019-edition reports with any values: table 二 of 22 cells, a single （六） row."""
    return reports(cells, layout=Layout.SINGLE_OTHER, edition=Edition.FORMAT_2019)


def consistent_reports_2019() -> st.SearchStrategy[Report]:
    """Consistent 2019-edition reports (as :func:`consistent_reports`) on 2019 or 2020."""
    return consistent_reports(layout=Layout.SINGLE_OTHER, edition=Edition.FORMAT_2019)


def any_layout_consistent_reports() -> st.SearchStrategy[Report]:
    """Consistent reports (as :func:`consistent_reports`), table 三 in either layout."""
    return consistent_reports(layout=None)


__all__ = [
    "amounts",
    "any_layout_consistent_reports",
    "any_layout_reports",
    "appeal_tables",
    "application_tables",
    "consistent_appeal_tables",
    "consistent_application_tables",
    "consistent_proactive_of",
    "consistent_reports",
    "consistent_reports_2019",
    "consistent_single_other_application_tables",
    "consistent_single_other_reports",
    "counts",
    "dates",
    "numbers",
    "periods",
    "proactive",
    "proactive_2021",
    "proactive_of",
    "reports",
    "reports_2019",
    "signed_counts",
    "single_other_application_tables",
    "texts",
    "units",
]


def proactive_2021(report: Report) -> _Proactive2021:
    """Table 二 of a 2021-edition report, typed as such."""
    assert isinstance(report.proactive, _Proactive2021), report.proactive
    return report.proactive
