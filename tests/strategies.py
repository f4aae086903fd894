"""Hypothesis strategies for reports, shared by the test modules."""

from __future__ import annotations

import datetime

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
    Mark,
    OrganKind,
    Period,
    ProactiveDisclosure,
    Report,
    Row,
    Section,
    Subsection,
)
from govinfo_report.model import Amount, Count

#: Any count cell: mostly numbers, sometimes blank or a mark.
counts: st.SearchStrategy[Count] = st.one_of(
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=50),
    st.none(),
    st.sampled_from(list(Mark)),
)
numbers: st.SearchStrategy[Count] = st.integers(min_value=0, max_value=5000)
amounts: st.SearchStrategy[Amount] = st.one_of(
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=100, places=4, allow_nan=False, allow_infinity=False),
    st.none(),
    st.sampled_from(list(Mark)),
)
texts = st.text(max_size=60)
dates = st.dates(min_value=datetime.date(2008, 1, 1), max_value=datetime.date(2099, 12, 31))


def application_tables(
    cells: st.SearchStrategy[Count] = counts,
) -> st.SearchStrategy[ApplicationTable]:
    row = st.tuples(*[cells] * len(Applicant))
    return st.tuples(*[row] * len(Row)).map(ApplicationTable)


def appeal_tables(cells: st.SearchStrategy[Count] = counts) -> st.SearchStrategy[AppealTable]:
    group = st.tuples(*[cells] * len(AppealOutcome))
    return st.tuples(*[group] * len(AppealGroup)).map(AppealTable)


def proactive(cells: st.SearchStrategy[Count] = counts) -> st.SearchStrategy[ProactiveDisclosure]:
    documents = st.builds(DocumentCounts, cells, cells, cells)
    decisions = st.builds(Decisions, cells)
    return st.builds(
        ProactiveDisclosure,
        rules=documents,
        normative_docs=documents,
        licensing=decisions,
        penalty=decisions,
        coercion=decisions,
        admin_fees=st.builds(Fees, amounts),
    )


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start, end = sorted([draw(dates), draw(dates)])
    return Period(start, end)


def reports(cells: st.SearchStrategy[Count] = counts) -> st.SearchStrategy[Report]:
    """Valid reports with any values, including blanks and marks."""
    return st.builds(
        Report,
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
        proactive=proactive(cells),
        applications=application_tables(cells),
        appeals=appeal_tables(cells),
        problems=texts,
        other=texts,
    )


def consistent_reports() -> st.SearchStrategy[Report]:
    """Reports whose totals are filled from their parts."""
    return reports(numbers).map(Report.with_totals)


__all__ = [
    "amounts",
    "appeal_tables",
    "application_tables",
    "consistent_reports",
    "counts",
    "dates",
    "numbers",
    "periods",
    "proactive",
    "reports",
    "texts",
]
