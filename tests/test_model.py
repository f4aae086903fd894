"""The domain model: cells, enums, addresses, totals and invariants."""

from __future__ import annotations

import datetime
import pickle
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given

from govinfo_report import (
    AppealGroup,
    AppealOutcome,
    AppealTable,
    Applicant,
    ApplicationTable,
    Decisions,
    DocumentCounts,
    Edition,
    Fees,
    GeneralSection,
    InvalidAddressError,
    InvalidReportError,
    JSONLoadError,
    Layout,
    Mark,
    OrganKind,
    Period,
    ProactiveDisclosure,
    Report,
    Row,
    RowGroup,
    Section,
    Subsection,
    dumps,
    example,
    loads,
)
from govinfo_report.model import ADDRESSES, OUTCOME_ROWS

from .strategies import proactive_2021, reports


def make_report(**changes: Any) -> Report:
    base = Report(
        organ="某某县人民政府",
        year=2024,
        general=GeneralSection("总体情况。"),
        proactive=ProactiveDisclosure.zeros(),
        applications=ApplicationTable.zeros(),
        appeals=AppealTable.zeros(),
        problems="问题。",
        other="其他。",
    )
    return attrs.evolve(base, **changes)


# --- labels and keys -----------------------------------------------------------

SPEC_ROW_LABELS = [
    ("R1", "一、本年新收政府信息公开申请数量"),
    ("R2", "二、上年结转政府信息公开申请数量"),
    ("R3_1", "（一）予以公开"),
    ("R3_2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("R3_3_1", "1.属于国家秘密"),
    ("R3_3_2", "2.其他法律行政法规禁止公开"),
    ("R3_3_3", "3.危及“三安全一稳定”"),
    ("R3_3_4", "4.保护第三方合法权益"),
    ("R3_3_5", "5.属于三类内部事务信息"),
    ("R3_3_6", "6.属于四类过程性信息"),
    ("R3_3_7", "7.属于行政执法案卷"),
    ("R3_3_8", "8.属于行政查询事项"),
    ("R3_4_1", "1.本机关不掌握相关政府信息"),
    ("R3_4_2", "2.没有现成信息需要另行制作"),
    ("R3_4_3", "3.补正后申请内容仍不明确"),
    ("R3_5_1", "1.信访举报投诉类申请"),
    ("R3_5_2", "2.重复申请"),
    ("R3_5_3", "3.要求提供公开出版物"),
    ("R3_5_4", "4.无正当理由大量反复申请"),
    ("R3_5_5", "5.要求行政机关确认或重新出具已获取信息"),
    ("R3_6_1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("R3_6_2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("R3_6_3", "3.其他"),
    ("R3_7", "（七）总计"),
    ("R4", "四、结转下年度继续办理"),
]


def test_rows_are_the_spec_rows_in_order() -> None:
    assert [(row.value, row.label) for row in Row] == SPEC_ROW_LABELS


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("NP", "自然人"),
        ("BIZ", "商业企业"),
        ("RES", "科研机构"),
        ("NGO", "社会公益组织"),
        ("LAW", "法律服务机构"),
        ("OTH", "其他"),
        ("TOT", "总计"),
    ],
)
def test_applicant_columns(key: str, label: str) -> None:
    assert Applicant(key).label == label


def test_row_groups_and_nesting() -> None:
    assert [g.label for g in RowGroup] == [
        "三、本年度办理结果",
        "（三）不予公开",
        "（四）无法提供",
        "（五）不予处理",
        "（六）其他处理",
    ]
    assert Row.NEW_REQUESTS.groups == ()
    assert Row.GRANTED.groups == (RowGroup.OUTCOMES,)
    assert Row.OTHER_FEE_UNPAID.groups == (RowGroup.OUTCOMES, RowGroup.OTHER_HANDLING)
    assert len(OUTCOME_ROWS) == 21
    assert Row.TOTAL_HANDLED not in OUTCOME_ROWS
    assert Row.GRANTED.is_outcome
    assert not Row.CARRIED_FORWARD.is_outcome


def test_appeal_labels() -> None:
    assert [g.label for g in AppealGroup] == ["行政复议", "未经复议直接起诉", "复议后起诉"]
    assert [o.label for o in AppealOutcome] == [
        "结果维持",
        "结果纠正",
        "其他结果",
        "尚未审结",
        "总计",
    ]


def test_edition_for_year() -> None:
    assert Edition.for_year(2019) is Edition.FORMAT_2019
    assert Edition.for_year(2020) is Edition.FORMAT_2019
    assert Edition.for_year(2021) is Edition.FORMAT_2021


# --- cells: blank, marks and zero ------------------------------------------------


def test_blank_mark_and_zero_are_different() -> None:
    cells = [[0, None, Mark.SLASH, 3, 0, 0, 3]] + [[0] * 7] * 24
    table = ApplicationTable(tuple(tuple(r) for r in cells))
    report = make_report(applications=table)
    assert report.cell("R1[NP]") == 0
    assert report.cell("R1[BIZ]") is None
    assert report.cell("R1[RES]") is None
    assert report.raw_cell("R1[NP]") == 0
    assert report.raw_cell("R1[BIZ]") is None
    assert report.raw_cell("R1[RES]") is Mark.SLASH
    assert table.computed_total(Row.NEW_REQUESTS) is None  # parts not all numbers


@pytest.mark.parametrize("mark", list(Mark))
def test_every_mark_is_kept(mark: Mark) -> None:
    report = make_report(
        proactive=attrs.evolve(ProactiveDisclosure.zeros(), licensing=Decisions(mark)),
        appeals=AppealTable(((mark, 0, 0, 0, 0), (0,) * 5, (0,) * 5)),
    )
    assert report.raw_cell("licensing.decisions") is mark
    assert report.raw_cell("RV.maintain") is mark
    assert report.cell("RV.maintain") is None


def test_amount_is_decimal_and_int_is_converted() -> None:
    assert Fees(3).amount == Decimal(3)
    assert isinstance(Fees(3).amount, Decimal)
    assert Fees(Decimal("0.50")).amount == Decimal("0.50")
    assert Fees(None).amount is None
    assert Fees(Mark.SLASH).amount is Mark.SLASH


@pytest.mark.parametrize("bad", [-1, 1.5, True, "3", Decimal(2)])
def test_bad_counts_are_refused(bad: object) -> None:
    with pytest.raises(InvalidReportError) as info:
        Decisions(bad)  # type: ignore[arg-type]
    assert info.value.problems[0].path == "decisions"


@pytest.mark.parametrize("bad", [-1, 1.5, Decimal("-0.1"), Decimal("NaN"), "1"])
def test_bad_amounts_are_refused(bad: object) -> None:
    with pytest.raises(InvalidReportError):
        Fees(bad)


def test_bad_table_cells_are_named() -> None:
    rows: list[list[object]] = [[0] * 7 for _ in Row]
    rows[3][2] = -4
    rows[5][0] = 2.0
    with pytest.raises(InvalidReportError) as info:
        ApplicationTable(tuple(map(tuple, rows)))  # type: ignore[arg-type]
    assert [p.path for p in info.value.problems] == [
        "applications.R3_2[2]",
        "applications.R3_3_2[0]",
    ]


def test_bad_table_shapes() -> None:
    with pytest.raises(InvalidReportError, match="applications: expected a tuple of 25 rows "):
        ApplicationTable(((0,) * 7,) * 24)
    with pytest.raises(InvalidReportError, match="7 cells"):
        ApplicationTable(((0,) * 6,) * 25)
    with pytest.raises(InvalidReportError):
        AppealTable([[0] * 5] * 3)  # type: ignore[arg-type]


def test_bad_report_fields() -> None:
    with pytest.raises(InvalidReportError, match="year"):
        make_report(year=True)
    with pytest.raises(InvalidReportError, match="year"):
        make_report(year=0)
    with pytest.raises(InvalidReportError, match="organ"):
        make_report(organ=None)
    with pytest.raises(InvalidReportError, match="not valid Unicode"):
        make_report(problems="bad \ud800 text")
    with pytest.raises(InvalidReportError, match="date"):
        make_report(publication_date=datetime.datetime(2022, 1, 1))
    with pytest.raises(InvalidReportError, match="cannot hold table 二 of the '2021' layout"):
        make_report(edition=Edition.FORMAT_2019)
    with pytest.raises(InvalidReportError, match="expected one of"):
        make_report(edition="2019")
    with pytest.raises(InvalidReportError, match="Subsection"):
        GeneralSection("x", ["not a subsection"])  # type: ignore[list-item]
    with pytest.raises(InvalidReportError, match="before it starts"):
        Period(datetime.date(2021, 12, 31), datetime.date(2021, 1, 1))


def test_frozen() -> None:
    report = example()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.year = 2022  # type: ignore[misc]


# --- addresses -------------------------------------------------------------------


def test_address_count_and_order() -> None:
    addresses = Report.addresses()
    assert len(addresses) == 10 + 175 + 15 == len(set(addresses))
    assert addresses[:10] == (
        "rules.issued",
        "rules.repealed",
        "rules.in_force",
        "normative_docs.issued",
        "normative_docs.repealed",
        "normative_docs.in_force",
        "licensing.decisions",
        "penalty.decisions",
        "coercion.decisions",
        "admin_fees.amount",
    )
    assert addresses[10] == "R1[NP]"
    assert addresses[184] == "R4[TOT]"
    assert addresses[185] == "RV.maintain"
    assert addresses[-1] == "LR.total"


def _distinct_report() -> Report:
    """A report in which every cell holds a different number, so no lookup can hide."""
    proactive = ProactiveDisclosure(
        rules=DocumentCounts(1, 2, 3),
        normative_docs=DocumentCounts(4, 5, 6),
        licensing=Decisions(7),
        penalty=Decisions(8),
        coercion=Decisions(9),
        admin_fees=Fees(Decimal("10.5")),
    )
    applications = ApplicationTable(
        tuple(tuple(100 + 10 * r + c for c in range(7)) for r in range(25))
    )
    appeals = AppealTable(tuple(tuple(1000 + 10 * g + o for o in range(5)) for g in range(3)))
    return make_report(proactive=proactive, applications=applications, appeals=appeals)


def _expected(address: str) -> int | Decimal:
    position = ADDRESSES.index(address)
    if position < 9:
        return position + 1
    if position == 9:
        return Decimal("10.5")
    if position < 185:
        r, c = divmod(position - 10, 7)
        return 100 + 10 * r + c
    g, o = divmod(position - 185, 5)
    return 1000 + 10 * g + o


@pytest.mark.parametrize("address", ADDRESSES)
def test_every_address_reads_its_own_cell(address: str) -> None:
    report = _distinct_report()
    assert report.cell(address) == _expected(address)


def test_addresses_agree_with_attributes() -> None:
    report = _distinct_report()
    assert (
        report.cell("R3_3_1[NP]")
        == report.applications[Row.WITHHELD_STATE_SECRET, Applicant.NATURAL_PERSON]
    )
    assert report.cell("R4[TOT]") == report.applications["R4", "TOT"]
    assert report.cell("RV.total") == report.appeals[AppealGroup.REVIEW, AppealOutcome.TOTAL]
    assert report.cell("rules.issued") == proactive_2021(report).rules.issued
    assert report.cell("admin_fees.amount") == proactive_2021(report).admin_fees.amount
    assert dict(report.iter_cells())["LD.pending"] == report.appeals["LD", "pending"]


@pytest.mark.parametrize(
    "address", ["R9[NP]", "R1[XX]", "R1", "rules", "RV.sum", "", "rules.amount"]
)
def test_unknown_addresses(address: str) -> None:
    with pytest.raises(InvalidAddressError) as info:
        example().cell(address)
    assert isinstance(info.value, KeyError)
    assert repr(address) in str(info.value)


# --- totals ------------------------------------------------------------------------


def test_from_parts_fills_totals() -> None:
    table = ApplicationTable.from_parts(
        {
            Row.NEW_REQUESTS: [10, 2, 0, 1],
            Row.CARRIED_OVER: [1],
            Row.GRANTED: [5, 1],
            Row.WITHHELD_STATE_SECRET: [2],
            Row.OTHER_MISC: [1, 0, 0, 1],
            Row.CARRIED_FORWARD: [3, 1],
        }
    )
    assert table.row(Row.NEW_REQUESTS) == (10, 2, 0, 1, 0, 0, 13)
    assert table.row(Row.TOTAL_HANDLED) == (8, 1, 0, 1, 0, 0, 10)
    assert table.computed_outcomes(Applicant.TOTAL) == 10
    assert table.computed_total(Row.CARRIED_FORWARD) == 4


def test_from_parts_refuses_too_many_columns() -> None:
    with pytest.raises(InvalidReportError, match="six applicant columns"):
        ApplicationTable.from_parts({"R1": [1] * 7})
    with pytest.raises(InvalidReportError, match="four outcomes"):
        AppealTable.from_parts({"RV": [1] * 5})
    with pytest.raises(ValueError, match="R9"):
        ApplicationTable.from_parts({"R9": [1]})


def test_published_totals_are_kept_apart_from_computed_ones() -> None:
    rows = [list(r) for r in ApplicationTable.from_parts({"R1": [3, 4]}).rows]
    rows[0][6] = 9  # published as 9, though the parts add up to 7
    table = ApplicationTable(tuple(map(tuple, rows)))
    assert table["R1", "TOT"] == 9
    assert table.computed_total("R1") == 7
    assert table.with_totals()["R1", "TOT"] == 7


def test_with_totals_counts_blanks_as_zero() -> None:
    appeals = AppealTable(((5, None, Mark.SLASH, 2, None), (0,) * 5, (0,) * 5))
    assert appeals.computed_total("RV") is None
    assert appeals.with_totals()["RV", "total"] == 7
    report = make_report(appeals=appeals).with_totals()
    assert report.cell("RV.total") == 7


@given(reports())
def test_with_totals_is_idempotent(report: Report) -> None:
    once = report.with_totals()
    assert once.with_totals() == once
    for row in Row:
        assert once.applications[row, Applicant.TOTAL] == sum(
            v for v in once.applications.row(row)[:-1] if isinstance(v, int)
        )


def test_reports_pickle() -> None:
    report = example()
    assert pickle.loads(pickle.dumps(report)) == report
    error = InvalidReportError([])
    assert isinstance(pickle.loads(pickle.dumps(error)), InvalidReportError)


def test_display_title() -> None:
    assert make_report().display_title == "某某县人民政府2024年政府信息公开工作年度报告"
    assert make_report(title="关于2024年的报告").display_title == "关于2024年的报告"


def test_subsections_accept_any_iterable() -> None:
    section = GeneralSection("x", iter([Subsection("a", "b")]))
    assert section.subsections == (Subsection("a", "b"),)


def test_sections() -> None:
    assert [s.label for s in Section] == [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ]
    report = example()
    for section in Section:
        assert hasattr(report, section.attribute)
    with pytest.raises(InvalidReportError, match="Section"):
        make_report(section_order=("general",))


@pytest.mark.parametrize(
    ("organ", "kind"),
    [
        ("淮安市人民政府", OrganKind.GOVERNMENT),
        ("临淄区齐都镇人民政府", OrganKind.GOVERNMENT),
        ("上海市人民政府办公厅", OrganKind.DEPARTMENT),
        ("淮安市洪泽区人民政府办公室", OrganKind.DEPARTMENT),
        ("岳阳市信访局", OrganKind.DEPARTMENT),
        ("平潭综合实验区管理委员会", OrganKind.DEPARTMENT),
        ("平潭综合实验区", OrganKind.GOVERNMENT),
        ("某某县", OrganKind.GOVERNMENT),
        ("某某街道办事处", OrganKind.DEPARTMENT),
    ],
)
def test_organ_kind_inference(organ: str, kind: OrganKind) -> None:
    assert OrganKind.infer(organ) is kind


def test_deadlines() -> None:
    assert OrganKind.GOVERNMENT.deadline(2021) == datetime.date(2022, 3, 31)
    assert OrganKind.DEPARTMENT.deadline(2021) == datetime.date(2022, 1, 31)


# --- table 三 with （六）其他处理 as a single row ------------------------------------


def _single_other(**rows: list[int]) -> Report:
    return attrs.evolve(example(), applications=ApplicationTable.from_parts(rows))


def test_layouts() -> None:
    assert Layout.OFFICIAL.row_keys == tuple(row.value for row in Row)
    single = Layout.SINGLE_OTHER.row_keys
    assert len(single) == 23
    assert single[single.index("R3_5_5") + 1 : single.index("R3_5_5") + 3] == ("R3_6", "R3_7")
    assert not {"R3_6_1", "R3_6_2", "R3_6_3"} & set(single)
    assert Layout.SINGLE_OTHER.outcome_keys == (*single[2:20], "R3_6")
    assert Layout.for_size(25) is Layout.OFFICIAL
    assert Layout.for_keys(["R1", "R3_6"]) is Layout.SINGLE_OTHER
    with pytest.raises(ValueError, match="not a row of table 三 in the single-other layout"):
        Layout.SINGLE_OTHER.position("R3_6_1")
    with pytest.raises(ValueError, match="official layout"):
        Layout.OFFICIAL.position("R3_6")


def test_a_single_other_row_is_kept_as_printed() -> None:
    report = _single_other(R1=[3, 1], R3_1=[1], R3_6=[2, 1], R4=[0])
    table = report.applications
    assert table.layout is Layout.SINGLE_OTHER
    assert len(table.rows) == 23
    assert table["R3_6", "TOT"] == report.cell("R3_6[TOT]") == 3
    assert table["R3_7", "NP"] == 3  # （七）总计 sums the single （六） row
    assert table.computed_outcomes("TOT") == 4 == table.row("R3_7")[-1]
    assert table.computed_total("R3_6") == 3
    assert ApplicationTable.zeros(Layout.SINGLE_OTHER).layout is Layout.SINGLE_OTHER
    assert table.with_totals() == table
    with pytest.raises(ValueError, match="single-other layout"):
        table["R3_6_1", "NP"]
    with pytest.raises(InvalidAddressError):
        report.cell("R3_6_1[NP]")
    with pytest.raises(InvalidAddressError):
        example().cell("R3_6[NP]")


def test_addresses_follow_the_layout() -> None:
    report = _single_other(R3_6=[1])
    addresses = report.addresses()
    assert len(addresses) == 10 + 23 * 7 + 15 == 186
    assert "R3_6[BIZ]" in addresses
    assert "R3_6_1[BIZ]" not in addresses
    assert addresses[:10] == ADDRESSES[:10]
    assert addresses[-15:] == ADDRESSES[-15:]
    assert Report.addresses() == ADDRESSES == example().addresses()
    assert [address for address, _ in report.iter_cells()] == list(addresses)
    assert all(report.raw_cell(address) is not None for address in addresses)


def test_from_parts_refuses_rows_of_both_layouts() -> None:
    with pytest.raises(InvalidReportError, match=r"applications\.R3_6_1: 'R3_6_1' is not a row"):
        ApplicationTable.from_parts({"R3_6": [1], "R3_6_1": [1]})
    with pytest.raises(InvalidReportError, match=r"applications\.R9"):
        ApplicationTable.from_parts({"R9": [1]})


def test_bad_single_other_shapes_are_named() -> None:
    rows = list(ApplicationTable.zeros(Layout.SINGLE_OTHER).rows)
    rows[20] = (0, 0, -1, 0, 0, 0, 0)
    with pytest.raises(InvalidReportError, match=r"applications\.R3_6\[2\]"):
        ApplicationTable(tuple(rows))
    with pytest.raises(InvalidReportError, match=r"expected a tuple of 25 rows \(or, with （六）"):
        ApplicationTable(tuple(rows[:22]))


def test_single_other_json_round_trip() -> None:
    report = _single_other(R1=[5], R3_6=[4], R4=[1])
    text = dumps(report)
    assert '"R3_6":[4,0,0,0,0,0,4]' in text
    assert loads(text) == report
    mixed = text.replace('"R3_5_5":', '"R3_6_1":')
    with pytest.raises(JSONLoadError) as caught:
        loads(mixed)
    assert [p.path for p in caught.value.problems] == [
        "$.applications.R3_6_1",
        "$.applications.R3_5_5",
    ]
