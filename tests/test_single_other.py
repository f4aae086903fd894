"""Table 三 printed with （六）其他处理 as one row (``R3_6``, 23 rows): rules, repairs,
comparison, tidy records and coordinates follow the report's layout."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from fractions import Fraction

import attrs
import pandas as pd
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report import (
    Applicant,
    ApplicationTable,
    InvalidAddressError,
    Layout,
    Mark,
    Period,
    Report,
    example,
)
from govinfo_report._coordinates import coordinates, describe
from govinfo_report.compare import compare
from govinfo_report.editions import Edition
from govinfo_report.labels import label
from govinfo_report.model import ADDRESSES_BY_LAYOUT
from govinfo_report.records import to_csv, to_pandas, to_polars, to_records
from govinfo_report.rules import RULES, Finding, Severity, check, suggest_repair
from govinfo_report.rules.registry import Context
from govinfo_report.rules.table import EQUATIONS, equations, tables_hold

from .strategies import (
    any_layout_reports,
    consistent_single_other_application_tables,
    consistent_single_other_reports,
    proactive_2021,
    single_other_application_tables,
)
from .test_rules import BASE, DEFECTS, SINGLE_BASE, Defect, _bypass, codes, with_cells

SINGLE = Layout.SINGLE_OTHER
COLUMNS = [column.value for column in Applicant]


def single_other(rows: dict[str, list[int]]) -> Report:
    """The example with table 三 built from *rows* (which name ``R3_6``)."""
    return attrs.evolve(example(), applications=ApplicationTable.from_parts(rows))


# --- the strategies ------------------------------------------------------------------


@given(single_other_application_tables())
def test_single_other_tables_have_23_rows(table: ApplicationTable) -> None:
    assert table.layout is SINGLE
    assert len(table.rows) == 23


@given(consistent_single_other_application_tables())
def test_consistent_single_other_tables_tie_out(table: ApplicationTable) -> None:
    assert table.layout is SINGLE
    assert table.with_totals() == table
    for i in range(len(Applicant)):
        r1, r2, r37, r4 = (table.row(key)[i] for key in ("R1", "R2", "R3_7", "R4"))
        assert isinstance(r1, int)
        assert isinstance(r2, int)
        assert isinstance(r37, int)
        assert isinstance(r4, int)
        assert r1 + r2 == r37 + r4


# --- the rule book ---------------------------------------------------------------------


def test_the_single_other_base_is_clean() -> None:
    assert SINGLE_BASE.applications.layout is SINGLE
    assert check(SINGLE_BASE) == []
    assert tables_hold(Context(SINGLE_BASE, None))


@given(consistent_single_other_reports())
def test_generated_consistent_single_other_reports_are_clean(report: Report) -> None:
    assert report.applications.layout is SINGLE
    assert check(report) == []


def test_the_equations_of_each_layout() -> None:
    assert equations() is EQUATIONS is equations(Layout.OFFICIAL)
    single = equations(SINGLE)
    by_code: dict[str, list[str]] = {}
    for equation in single:
        by_code.setdefault(equation.code, []).append(equation.subject)
    assert by_code["table.T3-A"] == by_code["table.T3-B"] == COLUMNS
    assert by_code["table.T3-C"] == list(SINGLE.row_keys)
    assert by_code["table.T4-1"] == ["RV"]
    t3b = single[7]
    assert t3b.parts == tuple(f"{key}[NP]" for key in SINGLE.outcome_keys)
    assert len(t3b.parts) == 19
    assert "R3_6[NP]" in t3b.parts
    assert t3b.total == ("R3_7[NP]",)
    # Every cell of table 三 and 四 of the layout is in some equation, and no other.
    cells = {a for e in single for a in e.cells}
    assert cells == set(ADDRESSES_BY_LAYOUT[SINGLE][10:])


# Defects only a single （六） row can have, next to those of test_rules.DEFECTS.
SINGLE_DEFECTS: list[tuple[str, Defect]] = [
    ("table.T3-C", lambda r: with_cells(r, {"R3_6[TOT]": 2})),
    ("table.T3-B", lambda r: with_cells(r, {"R3_6[BIZ]": 1, "R3_6[TOT]": 2})),
    ("table.T3-A", lambda r: with_cells(r, {"R3_6[NP]": 2, "R3_7[NP]": 7, "R3_7[TOT]": 9})),
    ("table.D-3", lambda r: with_cells(r, {"R3_6[NP]": 7, "R3_7[NP]": 12, "R3_7[TOT]": 14})),
    ("table.unfilled", lambda r: with_cells(r, {"R3_6[LAW]": Mark.SLASH})),
    ("table.T3-B.unassessed", lambda r: with_cells(r, {"R3_6[NP]": None})),
    ("table.T3-C.unassessed", lambda r: with_cells(r, {"R3_6[NP]": None})),
    ("document.section-missing", lambda r: with_cells(r, dict.fromkeys(r.addresses()[10:171]))),
]
ALL_DEFECTS = DEFECTS + SINGLE_DEFECTS


@pytest.mark.parametrize(
    ("code", "defect"), ALL_DEFECTS, ids=[f"{c}-{i}" for i, (c, _) in enumerate(ALL_DEFECTS)]
)
def test_each_rule_fires_on_its_defect_in_a_single_other_report(code: str, defect: Defect) -> None:
    assert code not in codes(check(SINGLE_BASE))
    broken = defect(SINGLE_BASE)
    assert broken.applications.layout is SINGLE
    findings = check(broken)
    assert code in codes(findings), findings
    for finding in findings:
        assert finding.message("zh_CN")
        assert finding.message("en")
        finding.to_dict("en")  # coordinates of every cell, R3_6 included


def test_d1_and_d2_in_a_single_other_report() -> None:
    proactive = SINGLE_BASE.proactive
    broken = _bypass(
        proactive,
        penalty=_bypass(proactive.penalty, decisions=-1),
        admin_fees=_bypass(proactive.admin_fees, amount=Decimal(-1)),
    )
    findings = check(_bypass(SINGLE_BASE, proactive=broken))
    assert {"table.D-1", "table.D-2"} <= codes(findings)


def test_every_rule_is_tested_on_a_single_other_report() -> None:
    tested = {code for code, _ in ALL_DEFECTS} | {"table.D-1", "table.D-2"}
    tested |= {  # below, with a previous report
        "cross-year.not-comparable",
        "cross-year.X-1",
        "cross-year.X-2",
        "cross-year.copied-problems",
    }
    # The rules of 2019's table 二 (D-4, X-3) are tested in tests/test_edition_2019.py.
    assert {r.code for r in RULES if Edition.FORMAT_2021 in r.editions} <= tested


def test_a_finding_on_the_single_other_row() -> None:
    (t3c,) = [f for f in check(with_cells(SINGLE_BASE, {"R3_6[TOT]": 3})) if f.code == "table.T3-C"]
    assert (t3c.subject, t3c.cells[-1], t3c.expected, t3c.actual) == ("R3_6", "R3_6[TOT]", 1, 3)
    assert t3c.coordinates()[-1] == "三、本年度办理结果 （六）其他处理 × 总计"
    assert t3c.message("en") == (
        "III. Outcomes this year (vi) Other handling: the applicant columns add up to 1, "
        "but the total is 3"
    )
    assert t3c.repair is not None
    assert t3c.repair.cells == ("R3_6[TOT]",)


def test_the_rules_read_the_layouts_own_rows() -> None:
    # R3_7 is at 21 and R4 at 22 in the single-other layout (23 and 24 in the official one).
    assert (SINGLE.position("R3_7"), SINGLE.position("R4")) == (21, 22)
    report = with_cells(SINGLE_BASE, {"R4[NP]": 6})
    (t3a,) = [f for f in check(report) if f.code == "table.T3-A"]
    assert (t3a.subject, t3a.expected, t3a.actual) == ("NP", 11, 12)
    assert t3a.cells == ("R1[NP]", "R2[NP]", "R3_7[NP]", "R4[NP]")
    d3 = [f for f in check(with_cells(SINGLE_BASE, {"R3_7[NP]": 12})) if f.code == "table.D-3"]
    assert [(f.subject, f.cells, f.expected, f.actual) for f in d3] == [
        ("NP", ("R3_7[NP]",), 11, 12)
    ]


# --- the single-cell change is found and repaired ---------------------------------------

SINGLE_THREE_CELLS = sorted({a for e in equations(SINGLE) for a in e.cells if a.endswith("]")})
SINGLE_FOUR_CELLS = sorted({a for e in equations(SINGLE) for a in e.cells if "[" not in a})


# The property (any single-cell change is named and repaired) runs on both layouts in
# tests/test_rules.py; here, the case Hypothesis once found and a two-typo repair.


def test_a_repair_of_two_typos_in_a_single_other_report() -> None:
    report = with_cells(SINGLE_BASE, {"R3_6[NP]": 3, "RV.maintain": 4})
    repair = suggest_repair(report)
    assert repair is not None
    assert {c.address for c in repair.changes} == {"R3_6[NP]", "RV.maintain"}
    assert suggest_repair(SINGLE_BASE) is None


# --- across years -------------------------------------------------------------------------


def carried(report: Report, forward: tuple[int | Mark | None, ...], year: int) -> Report:
    """*report* on *year*, carrying forward *forward* (its 四 row), whatever its layout."""
    cells = dict(zip((f"R4[{c}]" for c in COLUMNS), forward, strict=True))
    return attrs.evolve(with_cells(report, cells), year=year, period=Period.calendar_year(year))


@pytest.mark.parametrize(
    ("previous_base", "current_base"),
    [(SINGLE_BASE, BASE), (BASE, SINGLE_BASE), (SINGLE_BASE, SINGLE_BASE)],
    ids=["single-then-official", "official-then-single", "single-then-single"],
)
def test_x1_compares_all_seven_columns_across_layouts(
    previous_base: Report, current_base: Report
) -> None:
    current = current_base
    over = current.applications.row("R2")
    assert any(over)
    previous = carried(previous_base, over, current.year - 1)
    assert previous.applications.layout is previous_base.applications.layout
    assert not [f for f in check(current, previous=previous) if f.code == "cross-year.X-1"]
    for i, column in enumerate(COLUMNS):
        forward = list(over)
        forward[i] = 3
        changed = carried(previous_base, tuple(forward), current.year - 1)
        x1 = [f for f in check(current, previous=changed) if f.code == "cross-year.X-1"]
        assert [f.subject for f in x1] == [column]
        assert x1[0].cells == (f"R2[{column}]",)
        assert x1[0].previous_cells == (f"R4[{column}]",)
        assert (x1[0].expected, x1[0].actual) == (3, over[i])
    blank = carried(previous_base, (None, *over[1:]), current.year - 1)
    unassessed = [f for f in check(current, previous=blank) if f.code.startswith("cross-year.X-1")]
    assert [f.code for f in unassessed] == ["cross-year.X-1.unassessed"]
    assert f"{current.year - 1}:R4[NP]" in dict(unassessed[0].params)["missing"]


def test_the_other_cross_year_rules_with_a_single_other_report() -> None:
    from govinfo_report import DocumentCounts

    previous = attrs.evolve(
        carried(BASE, SINGLE_BASE.applications.row("R2"), 2020),
        proactive=attrs.evolve(proactive_2021(BASE), normative_docs=DocumentCounts(2, 0, 40)),
    )
    current = attrs.evolve(
        SINGLE_BASE,
        proactive=attrs.evolve(proactive_2021(BASE), normative_docs=DocumentCounts(5, 1, 50)),
    )
    found = codes(check(current, previous=previous))
    assert {"cross-year.X-2", "cross-year.copied-problems"} <= found
    assert "cross-year.X-1" not in found
    assert "cross-year.not-comparable" in codes(
        check(current, previous=attrs.evolve(previous, organ="另一个镇人民政府"))
    )


# --- the shared verdict -----------------------------------------------------------------------


def _table_findings(report: Report, *, fast: bool) -> list[Finding]:
    context = Context(report, None)
    if not fast:
        context.memo["table.hold"] = False
    findings: list[Finding] = []
    for item in RULES.plan(report.edition, with_previous=False):
        if item.code.startswith("table."):
            context.rule = item
            findings += item.function(context)
    return findings


@st.composite
def _single_cells_off(draw: st.DrawFn) -> Report:
    report = draw(consistent_single_other_reports())
    cells = draw(st.lists(st.sampled_from(SINGLE_THREE_CELLS), min_size=1, max_size=3))
    values = st.integers(min_value=0, max_value=50) | st.none() | st.sampled_from(list(Mark))
    return with_cells(report, {address: draw(values) for address in cells})


@given(_single_cells_off())
def test_the_shared_verdict_agrees_with_the_long_way_for_single_other(report: Report) -> None:
    slow = _table_findings(report, fast=False)
    assert tables_hold(Context(report, None)) == (slow == [])
    assert _table_findings(report, fast=True) == slow


# --- records, frames and CSV -------------------------------------------------------------------

RECORDED = attrs.evolve(
    with_cells(SINGLE_BASE, {"R3_6[RES]": Mark.SLASH, "R3_6[NGO]": None}), organ="某某县司法局"
)


def test_records_of_a_single_other_report() -> None:
    records = to_records(RECORDED)
    assert len(records) == 186
    assert tuple(r.address for r in records) == RECORDED.addresses()
    assert [r.table for r in records] == ["proactive"] * 10 + ["applications"] * 161 + [
        "appeals"
    ] * 15
    by_address = {r.address: r for r in records}
    assert "R3_6_1[NP]" not in by_address
    np, res, ngo = by_address["R3_6[NP]"], by_address["R3_6[RES]"], by_address["R3_6[NGO]"]
    assert (np.row, np.column, np.value, np.mark) == ("R3_6", "NP", 1, None)
    assert (res.value, res.mark) == (None, "/")
    assert (ngo.value, ngo.mark) == (None, None)
    assert np.row_label_zh == "三、本年度办理结果 （六）其他处理" == describe("R3_6")
    assert (
        np.row_label_en == "III. Outcomes this year (vi) Other handling" == describe("R3_6", "en")
    )
    for record in records:
        assert record.value == RECORDED.cell(record.address)
        zh = f"{record.row_label_zh} × {record.column_label_zh}"
        assert zh == coordinates(record.address)
        en = f"{record.row_label_en} × {record.column_label_en}"
        assert en == coordinates(record.address, "en")
    assert by_address["R3_7[TOT]"].value == 8


def test_frames_of_a_single_other_report() -> None:
    records = to_records(RECORDED)
    frame = to_pandas(RECORDED)
    assert frame.shape == (186, 14)
    assert frame["address"].tolist() == [r.address for r in records]
    assert frame["row"].tolist() == [r.row for r in records]
    assert frame["row_label_en"].tolist() == [r.row_label_en for r in records]
    categories = frame["row"].cat.categories.tolist()
    at = categories.index("R3_6")
    assert categories[at - 1 : at + 5] == ["R3_5_5", "R3_6", "R3_6_1", "R3_6_2", "R3_6_3", "R3_7"]
    assert categories == to_pandas(example())["row"].cat.categories.tolist()
    row = frame.loc[frame["address"] == "R3_6[RES]"].iloc[0]
    assert pd.isna(row["value"])
    assert row["mark"] == "/"
    polars_frame = to_polars(RECORDED)
    assert polars_frame.shape == (186, 14)
    assert polars_frame["address"].to_list() == [r.address for r in records]
    assert polars_frame["row"].to_list() == [r.row for r in records]
    got = polars_frame.filter(pl.col("address") == "R3_6[NP]").row(0, named=True)
    assert (got["value"], got["mark"]) == (1, None)
    assert got["row_label_zh"] == f"{label('t3.group.G3')} {label('t3.row.R3_6', edition='2019')}"


def test_frames_of_reports_in_both_layouts() -> None:
    mixed = [example(), RECORDED, example()]
    expected = [r for report in mixed for r in to_records(report)]
    assert len(expected) == 200 + 186 + 200
    frame = to_pandas(mixed)
    assert frame.shape == (586, 14)
    for name in ("organ", "table", "row", "column", "address", "row_label_zh", "column_label_en"):
        assert frame[name].tolist() == [getattr(r, name) for r in expected], name
    values = frame["value"].tolist()[210:371]  # table 三 of the single-other report
    assert [None if v is pd.NA else v for v in values] == [r.value for r in expected[210:371]]
    separately = pd.concat([to_pandas(report) for report in mixed], ignore_index=True)
    pd.testing.assert_frame_equal(frame, separately)
    polars_frame = to_polars(mixed)
    assert polars_frame.shape == (586, 14)
    assert polars_frame["row"].to_list() == [r.row for r in expected]
    assert pl.concat([to_polars(report) for report in mixed]).equals(polars_frame)


def test_csv_of_reports_in_both_layouts() -> None:
    out = io.StringIO()
    to_csv([RECORDED, example()], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert len(rows) == 186 + 200
    assert [row["address"] for row in rows] == [
        *RECORDED.addresses(),
        *example().addresses(),
    ]
    first = next(row for row in rows if row["address"] == "R3_6[RES]")
    assert (first["row"], first["value"], first["mark"]) == ("R3_6", "", "/")
    assert first["row_label_zh"] == "三、本年度办理结果 （六）其他处理"
    blank = next(row for row in rows if row["address"] == "R3_6[NGO]")
    assert (blank["value"], blank["mark"]) == ("", "")


@settings(max_examples=15, deadline=None)
@given(st.lists(any_layout_reports(), max_size=3))
def test_frames_and_csv_of_any_reports_follow_their_records(reports: list[Report]) -> None:
    expected = [r for report in reports for r in to_records(report)]
    frame = to_pandas(reports)
    assert frame["address"].tolist() == [r.address for r in expected]
    assert frame["row"].tolist() == [r.row for r in expected]
    assert to_polars(reports)["row_label_en"].to_list() == [r.row_label_en for r in expected]
    out = io.StringIO()
    to_csv(reports, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [row["address"] for row in rows] == [r.address for r in expected]


# --- comparison ------------------------------------------------------------------------------


def test_compare_two_single_other_reports() -> None:
    previous = single_other({"R1": [3], "R3_6": [2], "R4": [1]})
    current = single_other({"R1": [4], "R3_6": [4]})
    comparison = compare(previous, current)
    assert [c.address for c in comparison.cells] == list(ADDRESSES_BY_LAYOUT[SINGLE])
    assert comparison.same_layout
    assert (comparison.only_in_previous, comparison.only_in_current) == ((), ())
    change = comparison.cell("R3_6[TOT]")
    assert (change.previous, change.current, change.absolute, change.relative) == (
        2,
        4,
        2,
        Fraction(1),
    )
    assert [c.address for c in comparison.changed_cells()] == [
        "R1[NP]",
        "R1[TOT]",
        "R3_6[NP]",
        "R3_6[TOT]",
        "R3_7[NP]",
        "R3_7[TOT]",
        "R4[NP]",
        "R4[TOT]",
    ]


@pytest.mark.parametrize("single_first", [True, False])
def test_compare_across_layouts(single_first: bool) -> None:
    single = single_other({"R1": [3], "R3_6": [2], "R4": [1]})
    official = attrs.evolve(
        example(), applications=ApplicationTable.from_parts({"R1": [3], "R3_6_3": [3]})
    )
    previous, current = (single, official) if single_first else (official, single)
    comparison = compare(previous, current)
    singles = tuple(f"R3_6[{c}]" for c in COLUMNS)
    subitems = tuple(f"R3_6_{i}[{c}]" for i in (1, 2, 3) for c in COLUMNS)
    assert not comparison.same_layout
    if single_first:
        assert (comparison.only_in_previous, comparison.only_in_current) == (singles, subitems)
    else:
        assert (comparison.only_in_previous, comparison.only_in_current) == (subitems, singles)
    addresses = [c.address for c in comparison.cells]
    assert len(addresses) == 179
    assert addresses == [a for a in current.addresses() if a not in singles + subitems]
    assert addresses == [a for a in previous.addresses() if a not in singles + subitems]
    total = comparison.cell("R3_7[TOT]")
    assert (total.previous, total.current) == (
        previous.cell("R3_7[TOT]"),
        current.cell("R3_7[TOT]"),
    )
    assert total.absolute == (1 if single_first else -1)
    for address in (*singles, *subitems, "R9[NP]"):
        with pytest.raises(InvalidAddressError):
            comparison.cell(address)
    changed = ["R3_7[NP]", "R3_7[TOT]", "R4[NP]", "R4[TOT]"]
    assert [c.address for c in comparison.changed_cells()] == changed


@settings(max_examples=40, deadline=None)
@given(any_layout_reports(), any_layout_reports())
def test_compare_across_any_layouts(a: Report, b: Report) -> None:
    forward, backward = compare(a, b), compare(b, a)
    assert forward.only_in_previous == backward.only_in_current
    assert forward.only_in_current == backward.only_in_previous
    assert set(forward.only_in_previous) == set(a.addresses()) - set(b.addresses())
    assert set(forward.only_in_current) == set(b.addresses()) - set(a.addresses())
    assert [c.address for c in forward.cells] == [
        address for address in b.addresses() if address in set(a.addresses())
    ]
    for there, back in zip(forward.cells, backward.cells, strict=True):
        assert there.address == back.address
        assert (there.previous, there.current) == (a.cell(there.address), b.cell(there.address))
        assert forward.cell(there.address) == there
        if there.absolute is not None:
            assert back.absolute == -there.absolute


# --- coordinates ---------------------------------------------------------------------------------


def test_coordinates_of_the_single_other_row() -> None:
    assert coordinates("R3_6[NP]") == "三、本年度办理结果 （六）其他处理 × 自然人"
    assert coordinates("R3_6[TOT]", "zh_CN") == "三、本年度办理结果 （六）其他处理 × 总计"
    assert coordinates("R3_6[BIZ]", "en") == (
        "III. Outcomes this year (vi) Other handling × Commercial enterprises"
    )
    assert coordinates("R3_6[NP]", "zh_TW").startswith("三、本年度辦理結果 （六）其他處理")
    # Built like every other row: the groups it is under, then its own label.
    zh_row = coordinates("R3_6[NP]").partition(" × ")[0]
    assert zh_row == f"{label('t3.group.G3')} {label('t3.row.R3_6', edition='2019')}"
    assert zh_row.startswith(coordinates("R3_7[NP]").partition(" （七）")[0])
    assert describe("R3_6") == zh_row
    assert describe("R3_6", "en") == "III. Outcomes this year (vi) Other handling"
    # The three sub-items of the official layout keep their coordinates.
    assert coordinates("R3_6_3[NP]") == "三、本年度办理结果 （六）其他处理 3.其他 × 自然人"


def test_a_change_that_also_breaks_d3_still_names_its_cell() -> None:
    # Found by Hypothesis: 一 of 商业企业 1 → 0 with one request handled breaks T3-A, T3-C and
    # D-3; the identities' errors carry the repair, D-3 none.
    rows = [(0,) * 7] * 23
    for key in ("R1", "R3_1", "R3_7"):
        rows[Layout.SINGLE_OTHER.position(key)] = (0, 1, 0, 0, 0, 0, 1)
    report = attrs.evolve(example(), applications=ApplicationTable(tuple(rows)))
    errors = [f for f in check(with_cells(report, {"R1[BIZ]": 0})) if f.severity is Severity.ERROR]
    assert [(f.code, f.repair.cells if f.repair else None) for f in errors] == [
        ("table.T3-A", ("R1[BIZ]",)),
        ("table.T3-C", ("R1[BIZ]",)),
        ("table.D-3", None),
    ]
