"""govinfo_report.testing: each strategy keeps its promise.

Valid reports survive JSON, consistent ones pass the rule book, and each kind of
defect is found where the defect says it is.  The module is optional: without
Hypothesis it raises MissingExtraError, and the package never imports it.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govinfo_report.testing as testing
from govinfo_report import (
    ApplicationTable,
    Edition,
    Layout,
    Mark,
    MissingExtraError,
    Report,
    check,
    dumps,
    example,
    loads,
)
from govinfo_report.model import (
    PROACTIVE_2019,
    PROACTIVE_2021,
    ProactiveDisclosure,
    ProactiveDisclosure2019,
    PublishedDocuments,
)
from govinfo_report.proactive import ProactiveLayout, layout_of, register, unregister
from govinfo_report.rules import Severity
from govinfo_report.rules.table import equations
from govinfo_report.testing import (
    Defect,
    DefectKind,
    any_layout_consistent_reports,
    any_layout_reports,
    blank_cells,
    broken_identities,
    consistent_proactive_of,
    consistent_reports,
    consistent_reports_2019,
    consistent_single_other_reports,
    defects,
    proactive_of,
    reports,
    reports_2019,
    wrong_totals,
)

#: A registered variant of the 2019 table 二, its class built by the library.
VARIANT = PROACTIVE_2019.with_row(
    "testing-variant", "art20_9", "other_purchases", "其他采购", after="central_procurement"
)
#: The codes of the identities of tables 三 and 四.
IDENTITY_CODES = frozenset(equation.code for equation in equations())

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(autouse=True)
def registered_variant() -> Iterator[None]:
    register(VARIANT)
    yield
    unregister(VARIANT)


def changed(defect: Defect) -> list[str]:
    """The addresses whose cells differ between the defect's report and its original."""
    before = dict(defect.original.iter_cells())
    return [address for address, value in defect.report.iter_cells() if value != before[address]]


# --- the optional module ------------------------------------------------------------------


def test_without_hypothesis_the_module_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.delitem(sys.modules, "govinfo_report.testing")
    with pytest.raises(MissingExtraError) as raised:
        importlib.import_module("govinfo_report.testing")
    assert (raised.value.extra, raised.value.package) == ("testing", "hypothesis")
    assert "pip install 'govinfo_report[testing]'" in str(raised.value)


def test_the_package_does_not_import_it() -> None:
    code = (
        "import sys, govinfo_report; "
        "print('govinfo_report.testing' in sys.modules, 'hypothesis' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


def test_public_names() -> None:
    assert sorted(testing.__all__) == testing.__all__
    for name in testing.__all__:
        assert getattr(testing, name).__doc__, name


# --- valid reports ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("strategy", "edition", "layouts"),
    [
        (reports(), Edition.FORMAT_2021, {Layout.OFFICIAL}),
        (reports(layout=Layout.SINGLE_OTHER), Edition.FORMAT_2021, {Layout.SINGLE_OTHER}),
        (any_layout_reports(), Edition.FORMAT_2021, set(Layout)),
        (reports_2019(), Edition.FORMAT_2019, {Layout.SINGLE_OTHER}),
        (reports(edition=Edition.FORMAT_2019), Edition.FORMAT_2019, {Layout.OFFICIAL}),
        (reports(proactive_layout=VARIANT, layout=None), Edition.FORMAT_2019, set(Layout)),
    ],
    ids=["2021", "2021-single-other", "2021-any-layout", "2019", "2019-official", "variant"],
)
def test_valid_reports_survive_json(
    strategy: st.SearchStrategy[Report], edition: Edition, layouts: set[Layout]
) -> None:
    @SETTINGS
    @given(strategy)
    def survives(report: Report) -> None:
        assert report.edition is edition
        assert report.applications.layout in layouts
        assert loads(dumps(report)) == report

    survives()


@SETTINGS
@given(proactive_of(PROACTIVE_2021), proactive_of(PROACTIVE_2019), proactive_of(VARIANT))
def test_table_two_of_each_layout(table_2021: object, table_2019: object, variant: object) -> None:
    assert type(table_2021) is ProactiveDisclosure
    assert type(table_2019) is ProactiveDisclosure2019
    assert layout_of(variant) is VARIANT


def test_table_two_must_be_of_the_edition_asked_for() -> None:
    with pytest.raises(ValueError, match="belongs to the 2019 edition"):
        reports(edition=Edition.FORMAT_2021, proactive_layout=PROACTIVE_2019)


# --- consistent reports -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("strategy", "edition", "layout"),
    [
        (consistent_reports(), Edition.FORMAT_2021, PROACTIVE_2021),
        (consistent_single_other_reports(), Edition.FORMAT_2021, PROACTIVE_2021),
        (any_layout_consistent_reports(), Edition.FORMAT_2021, PROACTIVE_2021),
        (consistent_reports_2019(), Edition.FORMAT_2019, PROACTIVE_2019),
        (consistent_reports(edition=Edition.FORMAT_2019), Edition.FORMAT_2019, PROACTIVE_2019),
        (
            consistent_reports(proactive_layout=VARIANT, layout=Layout.SINGLE_OTHER),
            Edition.FORMAT_2019,
            VARIANT,
        ),
    ],
    ids=["2021", "2021-single-other", "2021-any-layout", "2019", "2019-official", "variant"],
)
def test_consistent_reports_pass_every_rule(
    strategy: st.SearchStrategy[Report], edition: Edition, layout: ProactiveLayout
) -> None:
    @SETTINGS
    @given(strategy)
    def passes(report: Report) -> None:
        assert (report.edition, layout_of(report.proactive)) == (edition, layout)
        assert check(report) == []
        assert loads(dumps(report)) == report

    passes()


@SETTINGS
@given(consistent_proactive_of(PROACTIVE_2019))
def test_consistent_table_two_keeps_this_years_items(table: ProactiveDisclosure2019) -> None:
    for row in (table.licensing, table.other_services, table.penalty, table.coercion):
        assert isinstance(row.prev_items, int)
        assert isinstance(row.change, int)
        assert row.prev_items + row.change >= 0


# --- defects ------------------------------------------------------------------------------

EITHER_EDITION = {
    "2021": {},
    "2021-any-layout": {"layout": None},
    "2019": {"edition": Edition.FORMAT_2019, "layout": Layout.SINGLE_OTHER},
}


@pytest.mark.parametrize("options", EITHER_EDITION.values(), ids=EITHER_EDITION.keys())
def test_a_broken_identity_is_an_error_naming_the_cell(options: dict[str, object]) -> None:
    @SETTINGS
    @given(broken_identities(**options))  # type: ignore[arg-type]
    def found(defect: Defect) -> None:
        assert defect.kind is DefectKind.IDENTITY
        assert changed(defect) == list(defect.cells)
        (address,) = defect.cells
        errors = [f for f in check(defect.report) if f.severity is Severity.ERROR]
        assert any(f.code in IDENTITY_CODES and address in f.cells for f in errors), errors

    found()


@pytest.mark.parametrize("options", EITHER_EDITION.values(), ids=EITHER_EDITION.keys())
@pytest.mark.parametrize("marks", [False, True], ids=["blank", "blank-or-mark"])
def test_a_blank_cell_is_unfilled_and_unassessed(options: dict[str, object], marks: bool) -> None:
    @SETTINGS
    @given(blank_cells(marks=marks, **options))  # type: ignore[arg-type]
    def found(defect: Defect) -> None:
        assert defect.kind is DefectKind.BLANK
        assert changed(defect) == list(defect.cells)
        (address,) = defect.cells
        assert not isinstance(defect.report.raw_cell(address), int)
        if not marks:
            assert defect.report.raw_cell(address) is None
        findings = check(defect.report)
        assert not [f for f in findings if f.severity is Severity.ERROR]
        assert [f.cells for f in findings if f.code == "table.unfilled"] == [(address,)]
        if layout_of(defect.report.proactive).cell(address) is None:  # a cell of 三 or 四
            unassessed = [f for f in findings if f.code.endswith(".unassessed")]
            assert unassessed
            assert all(address in f.cells for f in unassessed)

    found()


@pytest.mark.parametrize("value", [None, Mark.SLASH], ids=["blank", "slash"])
def test_a_blank_cell_of_2019_table_two_is_unfilled(value: Mark | None) -> None:
    report = attrs.evolve(
        example(),
        edition=Edition.FORMAT_2019,
        year=2020,
        proactive=ProactiveDisclosure2019.zeros(),
        applications=ApplicationTable.zeros(Layout.SINGLE_OTHER),
    )
    table = attrs.evolve(ProactiveDisclosure2019.zeros(), rules=PublishedDocuments(value, 0, 0))
    findings = check(attrs.evolve(report, proactive=table))
    assert [f.cells for f in findings if f.code == "table.unfilled"] == [("rules.new_made",)]


@pytest.mark.parametrize("options", EITHER_EDITION.values(), ids=EITHER_EDITION.keys())
def test_a_wrong_total_is_found_by_its_rule(options: dict[str, object]) -> None:
    @SETTINGS
    @given(wrong_totals(**options))  # type: ignore[arg-type]
    def found(defect: Defect) -> None:
        assert defect.kind is DefectKind.TOTAL
        assert changed(defect) == list(defect.cells)
        (address,) = defect.cells
        if address.endswith("[TOT]"):
            code, subject = "table.T3-C", address.removesuffix("[TOT]")
        else:
            group = address.removesuffix(".total")
            code = {"RV": "table.T4-1", "LD": "table.T4-2", "LR": "table.T4-3"}[group]
            subject = group
        (finding,) = [f for f in check(defect.report) if f.code == code]
        assert (finding.severity, finding.subject) == (Severity.ERROR, subject)
        assert address in finding.cells
        assert finding.actual == defect.report.cell(address)
        assert finding.expected == defect.original.cell(address)

    found()


@SETTINGS
@given(defects(), defects(edition=Edition.FORMAT_2019, layout=None, marks=True))
def test_any_defect_changes_one_cell_of_a_consistent_report(
    defect_2021: Defect, defect_2019: Defect
) -> None:
    for defect in (defect_2021, defect_2019):
        assert check(defect.original) == []
        assert changed(defect) == list(defect.cells)
        assert defect.report.edition is defect.original.edition
        assert check(defect.report) != []
