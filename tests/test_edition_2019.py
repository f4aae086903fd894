"""The 2019 edition (国办公开办函〔2019〕60号): model, JSON, rules, writers and readers.

Table 二 has 22 cells in five blocks, 本年增/减 signed and 采购总金额 kept with its
printed unit; table 三 has （六）其他处理 as a single row (23 rows); table 四 is as
in 2021.  The corpus reports pingtan-2020 (glued web text) and shanghai-bgt-2019
(HTML) are read here; their golden files are compared in test_golden_2019.py.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

from govinfo_report import (
    ApplicationTable,
    Edition,
    InvalidReportError,
    JSONLoadError,
    Layout,
    Report,
    check,
    dumps,
    example,
    loads,
    read,
    render_markdown,
    render_text,
)
from govinfo_report._coordinates import coordinates
from govinfo_report.labels import label
from govinfo_report.model import (
    PROACTIVE_2019,
    FeeItems,
    ItemCounts,
    ProactiveDisclosure2019,
    Procurement,
    PublishedDocuments,
)
from govinfo_report.proactive import layout_of
from govinfo_report.readers._table_two import cuts
from govinfo_report.rules import Severity
from govinfo_report.schema import packaged_schema
from govinfo_report.writers._layout import proactive_grid

from .strategies import consistent_reports_2019, reports_2019
from .test_rules import _bypass
from .test_writers import FORMS, carried, plain_titles, read_back

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
SCHEMA = jsonschema.Draft202012Validator(packaged_schema())


def report_2019(**proactive: Any) -> Report:
    """The example's text and tables in the 2019 edition, table 二 as given (zeros otherwise)."""
    table = attrs.evolve(ProactiveDisclosure2019.zeros(), **proactive)
    base = example()
    return attrs.evolve(
        base,
        edition=Edition.FORMAT_2019,
        year=2020,
        title=None,
        period=None,
        preamble="",
        proactive=table,
        applications=ApplicationTable.from_parts(
            {"R1": [5, 1], "R3_1": [3], "R3_6": [2, 1]}, layout=Layout.SINGLE_OTHER
        ),
    )


def codes(report: Report, previous: Report | None = None) -> set[str]:
    return {finding.code for finding in check(report, previous=previous)}


# --- the model --------------------------------------------------------------------


def test_cells_and_addresses() -> None:
    report = report_2019(
        licensing=ItemCounts(396, -8, 2278),
        central_procurement=Procurement(6, Decimal(251000), "元"),
    )
    assert len(report.addresses()) == 22 + 161 + 15
    assert report.addresses()[:3] == (
        "rules.new_made",
        "rules.new_published",
        "rules.published_total",
    )
    assert report.cell("licensing.change") == -8
    assert report.cell("central_procurement.amount") == Decimal(251000)
    assert report.proactive.central_procurement.unit == "元"  # type: ignore[union-attr]
    assert report.cell("R3_6[TOT]") == 3
    assert PROACTIVE_2019.addresses == tuple(
        f"{row}.{column}"
        for row, columns in [
            ("rules", ("new_made", "new_published", "published_total")),
            ("normative_docs", ("new_made", "new_published", "published_total")),
            ("licensing", ("prev_items", "change", "decisions")),
            ("other_services", ("prev_items", "change", "decisions")),
            ("penalty", ("prev_items", "change", "decisions")),
            ("coercion", ("prev_items", "change", "decisions")),
            ("admin_fees", ("prev_items", "change")),
            ("central_procurement", ("items", "amount")),
        ]
        for column in columns
    )


def test_bad_values_are_refused() -> None:
    with pytest.raises(InvalidReportError, match="change"):
        ItemCounts(1, 1.5, 0)  # type: ignore[arg-type]
    with pytest.raises(InvalidReportError, match="cannot be negative"):
        ItemCounts(-1, 0, 0)
    with pytest.raises(InvalidReportError, match="unit"):
        Procurement(1, Decimal(1), " 元")
    with pytest.raises(InvalidReportError, match="signed count must be from"):
        FeeItems(0, -(2**64))
    with pytest.raises(InvalidReportError, match="cannot hold table 二 of the '2019' layout"):
        attrs.evolve(report_2019(), edition=Edition.FORMAT_2021)


# --- JSON and its schema ----------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(reports_2019())
def test_json_round_trip(report: Report) -> None:
    text = dumps(report)
    assert loads(text) == report
    assert dumps(loads(text)) == text
    assert SCHEMA.is_valid(json.loads(text))


def test_json_of_2019_table_two() -> None:
    report = report_2019(
        licensing=ItemCounts(396, -8, 2278),
        central_procurement=Procurement(6, Decimal("251000.50"), "元"),
    )
    data = json.loads(dumps(report))
    assert data["edition"] == "2019"
    assert data["proactive"]["licensing"] == {"prev_items": 396, "change": -8, "decisions": 2278}
    assert data["proactive"]["central_procurement"] == {
        "items": 6,
        "amount": "251000.50",
        "unit": "元",
    }
    assert "R3_6" in data["applications"]
    assert "R3_6_1" not in data["applications"]


@pytest.mark.parametrize(
    ("path", "value", "where", "message"),
    [
        ("licensing/change", 1.5, "$.proactive.licensing.change", "may be negative"),
        ("licensing/prev_items", -1, "$.proactive.licensing.prev_items", "cannot be negative"),
        ("central_procurement/unit", "", "$.proactive.central_procurement.unit", "unit"),
        ("central_procurement/amount", 3, "$.proactive.central_procurement.amount", "decimal"),
    ],
)
def test_bad_json_names_the_cell(path: str, value: object, where: str, message: str) -> None:
    data = json.loads(dumps(report_2019()))
    row, column = path.split("/")
    data["proactive"][row][column] = value
    assert not SCHEMA.is_valid(data)
    with pytest.raises(JSONLoadError) as info:
        loads(json.dumps(data))
    assert [problem.path for problem in info.value.problems] == [where]
    assert message in info.value.problems[0].message


def test_a_2021_table_in_a_2019_document_is_refused() -> None:
    data = json.loads(dumps(example()))
    data["edition"] = "2019"
    assert not SCHEMA.is_valid(data)
    with pytest.raises(JSONLoadError) as info:
        loads(json.dumps(data))
    assert [problem.path for problem in info.value.problems] == ["$.proactive"]


# --- rules ---------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(consistent_reports_2019())
def test_consistent_2019_reports_are_clean(report: Report) -> None:
    assert check(report) == []


def test_signed_change_is_a_count() -> None:
    report = report_2019(penalty=ItemCounts(2648, -18, 538))
    assert codes(report) & {"table.D-1", "table.D-4"} == set()


def test_d4_fires_on_a_reduction_below_zero() -> None:
    report = report_2019(admin_fees=FeeItems(35, -40))
    (finding,) = [f for f in check(report) if f.code == "table.D-4"]
    assert finding.severity is Severity.ERROR
    assert finding.cells == ("admin_fees.prev_items", "admin_fees.change")
    assert (finding.expected, finding.actual) == (0, -5)
    assert finding.message() == (
        "第二十条第（八）项 行政事业性收费：上一年项目数量35，本年增/减-40，本年项目数量为-5"
    )


def test_d1_names_a_bad_cell_built_around_the_model() -> None:
    row = _bypass(ItemCounts(1, 0, 0), change=1.5)
    report = _bypass(report_2019(), proactive=_bypass(ProactiveDisclosure2019.zeros(), penalty=row))
    found = [f for f in check(report) if f.code == "table.D-1"]
    assert [f.cells for f in found] == [("penalty.change",)]
    amount = _bypass(Procurement(0, Decimal(0)), amount=-1)
    report = _bypass(
        report_2019(),
        proactive=_bypass(ProactiveDisclosure2019.zeros(), central_procurement=amount),
    )
    assert [f.cells for f in check(report) if f.code == "table.D-2"] == [
        ("central_procurement.amount",)
    ]


def test_x3_carries_the_item_counts() -> None:
    earlier = attrs.evolve(report_2019(licensing=ItemCounts(100, 5, 10)), year=2019)
    same = report_2019(licensing=ItemCounts(105, 0, 10))
    assert "cross-year.X-3" not in codes(same, earlier)
    off = report_2019(licensing=ItemCounts(110, 0, 10))
    (finding,) = [f for f in check(off, previous=earlier) if f.code == "cross-year.X-3"]
    assert (finding.expected, finding.actual, finding.cells) == (
        105,
        110,
        ("licensing.prev_items",),
    )
    assert finding.previous_cells == ("licensing.prev_items", "licensing.change")


def test_carry_over_compared_across_the_format_change_in_all_columns() -> None:
    earlier = report_2019()
    forward = [1, 2, 3, 4, 5, 6, 21]
    earlier = attrs.evolve(
        earlier,
        year=2020,
        applications=ApplicationTable.from_parts(
            {"R1": [1, 2, 3, 4, 5, 6], "R4": forward[:6]}, layout=Layout.SINGLE_OTHER
        ),
    )
    later = attrs.evolve(
        example(),
        applications=ApplicationTable.from_parts({"R2": forward[:6], "R3_1": forward[:6]}),
    )
    assert later.year == 2021
    assert later.edition is Edition.FORMAT_2021
    found = check(later, previous=earlier)
    assert not any(f.code.startswith("cross-year.X-1") for f in found)
    assert "cross-year.X-2" not in {f.code for f in found}  # 2019 has no 现行有效件数
    shifted = attrs.evolve(
        later,
        applications=ApplicationTable.from_parts(
            {"R2": [0, 3, 4, 5, 6, 7], "R3_1": [0, 3, 4, 5, 6, 7]}
        ),
    )
    x1 = [f for f in check(shifted, previous=earlier) if f.code == "cross-year.X-1"]
    assert [f.subject for f in x1] == ["NP", "BIZ", "RES", "NGO", "LAW", "OTH", "TOT"]
    assert [(f.expected, f.actual) for f in x1][:2] == [(1, 0), (2, 3)]


def test_pingtan_2020_against_pingtan_2021() -> None:
    earlier, later = (
        read(CORPUS / "pingtan-2020.txt").report,
        read(CORPUS / "pingtan-2021.txt").report,
    )
    assert (earlier.edition, later.edition) == (Edition.FORMAT_2019, Edition.FORMAT_2021)
    found = check(later, previous=earlier)
    # Both carry nothing: 2020's 结转下年度 and 2021's 上年结转 are 0 in all seven columns.
    assert earlier.applications.row("R4") == later.applications.row("R2") == (0,) * 7
    assert not [f for f in found if f.code.startswith("cross-year.X-1")]


# --- writers ---------------------------------------------------------------------------


def test_the_2019_table_two_is_printed_in_its_layout() -> None:
    grid = proactive_grid(
        report_2019(central_procurement=Procurement(6, Decimal(251000), "元")), "zh_Hans"
    )
    texts = [[cell.text for cell in row] for row in grid]
    assert len(grid) == 5 + 5 + 8
    assert texts[0] == ["第二十条第（一）项"]
    assert grid[0][0].colspan == 4
    assert texts[1] == ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]
    assert texts[5] == ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]
    assert texts[13] == ["信息内容", "上一年项目数量", "本年增/减"]
    assert [c.colspan for c in grid[14]] == [1, 1, 2]
    assert texts[-1] == ["政府集中采购", "6", "251000元"]
    assert texts[-3] == ["第二十条第（九）项"]


def test_headings_are_the_2019_edition_s() -> None:
    text = render_text(report_2019())
    assert label("section.problems", edition=Edition.FORMAT_2019) in text
    assert "五、政府信息公开工作存在的主要问题及改进情况" in text
    assert "（六）其他处理" in text
    assert "1.申请人无正当理由逾期不补正" not in text


@settings(max_examples=25, deadline=None)
@given(consistent_reports_2019())
def test_written_2019_reports_read_back(report: Report) -> None:
    report = plain_titles(report)
    for writer, reader in FORMS:
        back = read_back(report, writer, reader)
        # The reader finds the period only where the narrative states it.
        assert attrs.evolve(back, period=report.period) == carried(report)
        assert back.edition is Edition.FORMAT_2019


def test_negative_change_and_units_read_back_in_every_form() -> None:
    report = report_2019(
        penalty=ItemCounts(2648, -18, 538),
        admin_fees=FeeItems(35, -15),
        central_procurement=Procurement(39, Decimal("573802895.90"), "元"),
        other_services=ItemCounts(None, None, None),
    )
    for writer, reader in FORMS:
        assert reader(writer(report)).report.proactive == report.proactive


# --- readers -----------------------------------------------------------------------------


def test_pingtan_2020_reads_as_the_2019_edition() -> None:
    result = read(CORPUS / "pingtan-2020.txt")
    report = result.report
    assert (report.edition, report.year, report.applications.layout) == (
        Edition.FORMAT_2019,
        2020,
        Layout.SINGLE_OTHER,
    )
    table = report.proactive
    assert isinstance(table, ProactiveDisclosure2019)
    # Cut one way only: 007 and 35-15.
    assert table.rules == PublishedDocuments(0, 0, 7)
    assert table.admin_fees == FeeItems(35, -15)
    # The others are glued past telling: left blank, every reading listed.
    ambiguous = {d.cells[0]: d.candidates for d in result.diagnostics if d.kind == "ambiguous"}
    assert set(ambiguous) == {
        "normative_docs",
        "licensing",
        "other_services",
        "penalty",
        "coercion",
        "central_procurement",
    }
    assert (2648, -18, 538) in ambiguous["penalty"]
    assert all(candidate[0] == 2648 for candidate in ambiguous["penalty"])
    assert (77, 77, 166) in ambiguous["normative_docs"]
    assert (3957, Decimal("3802895.90")) in ambiguous["central_procurement"]
    # What every reading agrees on is read: only 本年增/减 takes the sign, and the unit is 元.
    assert table.penalty == ItemCounts(2648, None, None)
    assert table.central_procurement == Procurement(None, None, "元")
    assert table.licensing == ItemCounts(None, None, None)
    assert not [d for d in result.diagnostics if d.kind == "blank" and "penalty" in d.where]
    # Table 三 is cut by its identities; its published inconsistency is found.
    assert report.applications.row("R3_7") == (20, 0, 0, 0, 0, 1, 21)
    t3b = [(f.subject, f.expected, f.actual) for f in check(report) if f.code == "table.T3-B"]
    assert t3b == [("NP", 26, 20), ("TOT", 27, 21)]


def test_shanghai_2019_reads_with_blank_cells_blank() -> None:
    result = read(CORPUS / "shanghai-bgt-2019.html")
    report = result.report
    assert (report.organ, report.year, report.edition) == (
        "上海市人民政府办公厅",
        2019,
        Edition.FORMAT_2019,
    )
    table = report.proactive
    assert isinstance(table, ProactiveDisclosure2019)
    assert table.rules == PublishedDocuments(13, 13, 524)
    assert table.normative_docs == PublishedDocuments(60, 60, 368)
    assert table.central_procurement == Procurement(6, Decimal(251000), "元")
    assert report.applications.row("R1") == (821, 35, None, None, 2, 1, 859)
    assert report.applications.row("R3_1")[-1] is None  # 总计 printed blank, not 0
    assert result.uncertain == ()
    assert not [f for f in check(report) if f.severity is Severity.ERROR]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("007", [(0, 0, 7)]),
        ("35-15", None),
        ("0 0 0", [(0, 0, 0)]),
        ("1+2", None),
    ],
)
def test_cuts(text: str, expected: list[tuple[int, ...]] | None) -> None:
    columns = PROACTIVE_2019.row("rules")[0].columns
    found = list(cuts(text, columns))
    if expected is not None:
        assert found == expected
    else:
        assert found == []


def test_cuts_of_signed_and_money_rows() -> None:
    items = PROACTIVE_2019.row("penalty")[0].columns
    assert list(cuts("2648-18538", items)) == [
        (2648, -1, 8538),
        (2648, -18, 538),
        (2648, -185, 38),
        (2648, -1853, 8),
    ]
    fees = PROACTIVE_2019.row("admin_fees")[0].columns
    assert list(cuts("35-15", fees)) == [(35, -15)]
    money = PROACTIVE_2019.row("central_procurement")[0].columns
    assert next(iter(cuts("6251000元", money))) == (6, (Decimal(251000), "元"))


def test_coordinates_of_2019_cells() -> None:
    assert (
        coordinates("other_services.change")
        == "第二十条第（五）项 其他对外管理服务事项 × 本年增/减"
    )
    assert coordinates("central_procurement.amount", "en") == (
        "Article 20, item (9) Centralised government procurement × Total procurement amount"
    )
    assert layout_of(ProactiveDisclosure2019.zeros()) is PROACTIVE_2019


# --- the golden reports -------------------------------------------------------------------

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"


def squeeze(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def narrative(report: Report) -> str:
    general = report.general
    parts = [general.intro, *(s.title + s.text for s in general.subsections)]
    return squeeze("".join([report.preamble, *parts, report.problems, report.other]))


@pytest.mark.parametrize(
    ("source", "name"),
    [("pingtan-2020.txt", "pingtan-2020"), ("shanghai-bgt-2019.html", "shanghai-bgt-2019")],
)
def test_2019_corpus_reads_to_its_golden_report(source: str, name: str) -> None:
    report = read(CORPUS / source).report
    expected = loads((GOLDEN / f"{name}.json").read_bytes())
    assert report.edition is expected.edition is Edition.FORMAT_2019
    wrong = {
        address: (report.raw_cell(address), expected.raw_cell(address))
        for address in expected.addresses()
        if report.raw_cell(address) != expected.raw_cell(address)
    }
    assert wrong == {}
    assert report.addresses() == expected.addresses()
    assert report.proactive == expected.proactive  # the procurement unit too
    assert (report.organ, report.year, report.title) == (
        expected.organ,
        expected.year,
        expected.title,
    )
    assert (report.period, report.publication_date, report.section_order) == (
        expected.period,
        expected.publication_date,
        expected.section_order,
    )
    # Every character of the narrative; where glued headings end is the golden file's call.
    assert narrative(report) == narrative(expected)
    assert report.preamble == expected.preamble
    assert report.problems == expected.problems


def test_2019_golden_reports_check_as_published() -> None:
    pingtan = loads((GOLDEN / "pingtan-2020.json").read_bytes())
    errors = [(f.code, f.subject) for f in check(pingtan) if f.severity is Severity.ERROR]
    assert errors == [("table.T3-B", "NP"), ("table.T3-B", "TOT")]
    shanghai = loads((GOLDEN / "shanghai-bgt-2019.json").read_bytes())
    assert [f for f in check(shanghai) if f.severity is Severity.ERROR] == []


def test_2019_report_round_trips_through_word() -> None:
    from govinfo_report import render_docx  # the docx extra, which the test extra installs
    from govinfo_report.readers import read_docx

    report = report_2019(
        penalty=ItemCounts(2648, -18, 538),
        central_procurement=Procurement(6, Decimal(251000), "元"),
    )
    back = read_docx(render_docx(report)).report
    assert back.edition is Edition.FORMAT_2019
    assert back.proactive == report.proactive
    assert back.applications == report.applications


def test_findings_name_2019_cells_with_2019_labels() -> None:
    report = read(CORPUS / "pingtan-2020.txt").report
    (penalty,) = [f for f in check(report) if f.code == "table.unfilled" and f.subject == "penalty"]
    assert penalty.coordinates() == (
        "第二十条第（六）项 行政处罚 × 本年增/减",
        "第二十条第（六）项 行政处罚 × 处理决定数量",
    )
    (docs,) = [f for f in check(report) if f.subject == "normative_docs"]
    assert docs.message().startswith("第二十条第（一）项 规范性文件 × 本年新制作数量")
    assert docs.layout == "2019"
    assert all(f.layout == "" for f in check(example()))


STRAY = (
    "编写说明:可先适当综述。要注意数据间的逻辑关系:第一项加第二项之和,等于第三项加第四项之和。"
    "“其他处理”项目:主要考虑极少数特殊情况。"
)


@pytest.mark.parametrize(
    "after",
    ["三、收到和处理政府信息公开申请情况", "申请人情况", "四、政府信息公开行政复议、行政诉讼情况"],
)
@pytest.mark.parametrize("render", [render_text, render_markdown], ids=["text", "markdown"])
def test_stray_template_text_is_ignored(after: str, render: Any) -> None:
    # A 湖北 2020 report kept its template's 编写说明 (format-2019 §6, §8): no value moves.
    report = loads((GOLDEN / "pingtan-2020.json").read_bytes())
    text = render(report)
    line_end = text.index("\n", text.index(after))
    result = read(text[: line_end + 1] + STRAY + "\n" + text[line_end + 1 :])
    assert [a for a in report.addresses() if result.report.raw_cell(a) != report.raw_cell(a)] == []
    assert result.uncertain == ()
