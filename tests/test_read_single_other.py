"""Table 三 with （六）其他处理 printed as one row: the single-other layout, in every form.

The 洪泽区 reports (2023 as PDF text and as Markdown, 2024 as PDF text) print it so;
synthetic reports made from the official-layout corpus print it so in the other forms
(Word export, tab-separated, glued web text, HTML).  Contradictory tables — a （六）
row with values and sub-items too, sub-items whose labels are not the format's, a
row with too many numbers — are said to be so, and never read with shifted values.
"""

from __future__ import annotations

import html
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

from govinfo_report import ApplicationTable, InvalidAddressError, Report, example, loads
from govinfo_report.model import SINGLE_OTHER_ROW, Layout, Row
from govinfo_report.readers import (
    ReadError,
    ReadResult,
    read,
    read_html,
    read_markdown,
    read_text,
)
from govinfo_report.readers._blocks import Table, blocks_from_markdown
from govinfo_report.readers._layout import Compact, find_row_labels, table_layout
from tests.test_readers import qidu_as_html, qidu_as_markdown

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus"
SUB_ITEMS = ("R3_6_1", "R3_6_2", "R3_6_3")


def golden(name: str) -> Report:
    return loads((DATA / "golden" / f"{name}.json").read_bytes())


def corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def squeeze(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def wrong_cells(report: Report, expected: Report) -> dict[str, tuple[object, object]]:
    """Every cell of *expected* that *report* reads otherwise (same layout required)."""
    assert report.applications.layout is expected.applications.layout
    return {
        address: (report.raw_cell(address), expected.raw_cell(address))
        for address in expected.addresses()
        if report.raw_cell(address) != expected.raw_cell(address)
    }


def merged(report: Report) -> Report:
    """*report* (official layout) with its three （六） sub-items added into one row."""
    rows = report.applications.rows
    layout = Layout.OFFICIAL
    first = layout.position(Row.OTHER_NO_CORRECTION)
    parts = rows[first : first + 3]
    one = tuple(sum(cells) for cells in zip(*parts, strict=True))
    table = ApplicationTable((*rows[:first], one, *rows[first + 3 :]))
    assert table.layout is Layout.SINGLE_OTHER
    return attrs.evolve(report, applications=table)


# --- the 洪泽区 reports ----------------------------------------------------------------

HONGZE = [
    ("hongze-2023.pdf.txt", "hongze-2023", "text"),
    ("hongze-2023.md", "hongze-2023", "markdown"),
    ("hongze-2024.pdf.txt", "hongze-2024", "text"),
]


@pytest.mark.parametrize(("file", "name", "form"), HONGZE, ids=[h[0] for h in HONGZE])
def test_hongze_reads_to_its_golden_report(file: str, name: str, form: str) -> None:
    result = read(CORPUS / file)
    expected = golden(name)
    report = result.report
    assert result.form == form
    assert expected.applications.layout is Layout.SINGLE_OTHER
    assert report.applications.layout is Layout.SINGLE_OTHER
    assert len(report.applications.rows) == 23
    assert (report.organ, report.year) == (expected.organ, expected.year)
    assert report.period == expected.period
    assert report.publication_date == expected.publication_date
    assert report.title == expected.title
    assert report.section_order == expected.section_order
    assert report.proactive == expected.proactive
    assert report.applications == expected.applications
    assert report.appeals == expected.appeals
    assert wrong_cells(report, expected) == {}
    assert result.uncertain == ()
    assert any("single-other" in d.message for d in result.diagnostics if d.kind == "note")


@pytest.mark.parametrize(("file", "name", "form"), HONGZE, ids=[h[0] for h in HONGZE])
def test_hongze_narrative_is_kept(file: str, name: str, form: str) -> None:
    report = read(CORPUS / file).report
    expected = golden(name)
    assert squeeze(report.preamble) == squeeze(expected.preamble)
    assert squeeze(report.general.intro) == squeeze(expected.general.intro)
    assert [s.title for s in report.general.subsections] == [
        s.title for s in expected.general.subsections
    ]
    assert [squeeze(s.text) for s in report.general.subsections] == [
        squeeze(s.text) for s in expected.general.subsections
    ]
    assert squeeze(report.problems) == squeeze(expected.problems)
    assert squeeze(report.other) == squeeze(expected.other)


def test_hongze_2023_key_cells_as_printed() -> None:
    # Typed from the page, not from the reader: the golden file and every form agree.
    reports = [golden("hongze-2023")] + [
        read(CORPUS / file).report for file in ("hongze-2023.pdf.txt", "hongze-2023.md")
    ]
    for report in reports:
        assert report.organ == "洪泽区人民政府"
        assert report.cell("R1[NP]") == 21
        assert report.cell("R1[TOT]") == 21
        assert report.cell("R3_2[TOT]") == 4
        assert report.cell("R3_3_1[TOT]") == 1
        assert report.cell("R3_3_2[TOT]") == 0  # 「2.其他法律行政止公开」
        assert report.cell("R3_4_1[TOT]") == 10
        assert report.cell("R3_4_2[NP]") == 3
        assert report.cell("R3_5_1[TOT]") == 1
        assert report.cell("R3_6[TOT]") == 0
        assert report.cell("R3_7[TOT]") == 21
        assert report.cell("R4[TOT]") == 0
        # Table 四 as published: 10 / 1 / 0 / 0 with 总计 0, and 5 / 0 / 0 / 0 with 总计 0.
        assert report.appeals.groups == ((10, 1, 0, 0, 0), (0, 0, 0, 0, 0), (5, 0, 0, 0, 0))
        assert report.cell("RV.maintain") == 10
        assert report.cell("RV.correct") == 1
        assert report.cell("RV.total") == 0
        assert report.cell("LR.maintain") == 5
        assert report.cell("LR.total") == 0
        assert report.cell("normative_docs.repealed") == 5
        assert report.cell("normative_docs.in_force") == 5
        assert report.cell("licensing.decisions") == 550
        assert report.cell("penalty.decisions") == 4119
        assert report.cell("coercion.decisions") == 195
        assert report.cell("admin_fees.amount") == Decimal("7730.28")
        with pytest.raises(InvalidAddressError):
            report.cell("R3_6_1[TOT]")


def test_hongze_2024_key_cells_as_printed() -> None:
    for report in (golden("hongze-2024"), read(CORPUS / "hongze-2024.pdf.txt").report):
        assert report.organ == "淮安市洪泽区人民政府"
        assert report.cell("R1[TOT]") == 95  # the narrative says 17: a difference of scope
        assert report.cell("R3_1[TOT]") == 50
        assert report.cell("R3_2[TOT]") == 9
        assert report.cell("R3_3_3[TOT]") == 1
        assert report.cell("R3_4_1[NP]") == 31
        assert report.cell("R3_4_2[TOT]") == 1
        assert report.cell("R3_6[TOT]") == 0
        assert report.cell("R3_7[NP]") == 95
        assert report.cell("R3_7[TOT]") == 95
        assert report.cell("R4[TOT]") == 0
        assert report.appeals.groups == ((1, 1, 0, 0, 2), (1, 0, 0, 0, 1), (2, 0, 1, 0, 3))
        assert report.cell("RV.total") == 2
        assert report.cell("LD.maintain") == 1
        assert report.cell("LR.other") == 1
        assert report.cell("LR.total") == 3
        assert (report.cell("normative_docs.issued"), report.cell("normative_docs.in_force")) == (
            3,
            8,
        )
        assert report.cell("licensing.decisions") == 9487
        assert report.cell("admin_fees.amount") == Decimal("7545")


def test_hongze_golden_ties_out_as_published() -> None:
    for name in ("hongze-2023", "hongze-2024"):
        table = golden(name).applications
        for row in table.layout.row_keys:
            assert table.computed_total(row) == table[row, "TOT"]
        for column in ("NP", "BIZ", "TOT"):
            assert table.computed_outcomes(column) == table["R3_7", column]
    # 2024's 二 is 2023's 四; 2023's 5 规范性文件 in force + 3 - 0 = 2024's 8.
    assert golden("hongze-2024").applications.row("R2") == golden("hongze-2023").applications.row(
        "R4"
    )


def hongze_as_html() -> str:
    """hongze-2023.md as a web page: its paragraphs and tables in HTML."""
    out = []
    for item in blocks_from_markdown(corpus("hongze-2023.md")).items:
        if isinstance(item, Table):
            rows = "".join(
                "<tr>"
                + "".join(f"<td>{html.escape(c) or '&nbsp;'}</td>" for c in r.cells)
                + "</tr>"
                for r in item.rows
            )
            out.append(f"<table>{rows}</table>")
        else:
            out.append(f"<p>{html.escape(item.text)}</p>")
    return "<html><body>" + "\n".join(out) + "</body></html>"


def test_hongze_as_html() -> None:
    page = hongze_as_html()
    expected = golden("hongze-2023")
    for result in (read_html(page), read_html(page.replace("</td>", ""))):
        assert result.form == "html"
        assert result.report.applications.layout is Layout.SINGLE_OTHER
        assert wrong_cells(result.report, expected) == {}
        assert result.uncertain == ()


def test_the_short_label_of_row_3_3_2_is_found() -> None:
    for text in ("2.其他法律行政止公开0000000", "2.其他法律行政法规禁止公开0000000"):
        compact = Compact.of("1.属于国家秘密0000000" + text)
        keys = [f.key for f in find_row_labels(compact, 0, len(compact.text))]
        assert keys == ["R3_3_1", "R3_3_2"]


# --- synthetic reports in the other forms ----------------------------------------------

# 齐都镇's table 三 (all zeros) given values that tie out in the single-other layout:
# 一 + 二 = （七） + 四 (6 + 1 = 5 + 2 in 自然人); （七） = （一） + （六） (4 = 2 + 2, 1 = 0 + 1).
QIDU_VALUES = {
    "R1": (5, 1, 0, 0, 0, 0, 6),
    "R2": (1, 0, 0, 0, 0, 0, 1),
    "R3_1": (2, 0, 0, 0, 0, 0, 2),
    "R3_6": (2, 1, 0, 0, 0, 0, 3),
    "R3_7": (4, 1, 0, 0, 0, 0, 5),
    "R4": (2, 0, 0, 0, 0, 0, 2),
}
_QIDU_LABELS = {
    "R1": "一、本年新收政府信息公开申请数量",
    "R2": "二、上年结转政府信息公开申请数量",
    "R3_1": "（一）予以公开",
    "R3_7": "（七）总计",
    "R4": "四、结转下年度继续办理",
}


def _set_row(lines: list[str], label: str, values: tuple[int, ...]) -> None:
    # Word's export: the label's line, then one "\t" line per cell.
    i = next(n for n, line in enumerate(lines) if line == "\t" + label)
    assert lines[i + 1 : i + 8] == ["\t0"] * 7
    lines[i + 1 : i + 8] = [f"\t{v}" for v in values]


def qidu_single_other(head_values: tuple[int, ...] | None = None) -> str:
    """qidu-2021.txt with its three （六） sub-item rows replaced by one （六）其他处理 row.

    With *head_values*, the sub-items are kept and （六）其他处理 is given those
    values as well: a table that prints both.
    """
    lines = corpus("qidu-2021.txt").split("\n")
    for key, label in _QIDU_LABELS.items():
        _set_row(lines, label, QIDU_VALUES[key])
    i = lines.index("\t（六）其他处理")
    j = lines.index("\t（七）总计")
    assert lines[j - 2 : j] == ["", "\t"]
    if head_values is None:
        lines[i + 1 : j - 2] = [f"\t{v}" for v in QIDU_VALUES["R3_6"]]
    else:
        # The head's values as a row of their own, the sub-items (all 0) after it.
        lines[i + 1 : i + 1] = [f"\t{v}" for v in head_values] + ["", "\t"]
    return "\n".join(lines)


def qidu_single_other_expected() -> Report:
    keys = Layout.SINGLE_OTHER.row_keys
    rows = tuple(QIDU_VALUES.get(key, (0,) * 7) for key in keys)
    return attrs.evolve(example(), applications=ApplicationTable(rows))


QIDU_FORMS: list[tuple[str, Any]] = [
    ("text", lambda text: read_text(text)),
    ("html", lambda text: read(qidu_as_html(text))),
    ("html", lambda text: read_html(qidu_as_html(text).replace("</td>", ""))),
    ("markdown", lambda text: read(qidu_as_markdown(text))),
]


@pytest.mark.parametrize(
    ("form", "reader"), QIDU_FORMS, ids=["text", "html", "html-unclosed", "markdown"]
)
def test_a_single_other_row_reads_back_in_every_form(form: str, reader: Any) -> None:
    result: ReadResult = reader(qidu_single_other())
    assert result.form == form
    expected = qidu_single_other_expected()
    assert result.report.applications.layout is Layout.SINGLE_OTHER
    assert wrong_cells(result.report, expected) == {}
    assert result.report.cell("R3_6[BIZ]") == 1
    assert result.uncertain == ()
    assert squeeze(result.report.problems) == squeeze(expected.problems)


def test_a_single_other_row_in_tab_separated_text() -> None:
    text = corpus("huaian-2024.tabs.txt")
    sub_items = re.search(r"\t（六）其他处理\t1、[^\n]*\n[^\n]*\n\t\t3、其他[^\n]*\n", text)
    assert sub_items is not None
    text = text.replace(sub_items.group(), "\t（六）其他处理\t\t181\t5\t0\t0\t1\t0\t187\n")
    result = read_text(text)
    expected = merged(golden("huaian-2024"))
    assert expected.cell("R3_6[TOT]") == 187  # 71 + 6 + 110
    assert wrong_cells(result.report, expected) == {}
    assert result.uncertain == ()


def test_a_single_other_row_in_pdf_text() -> None:
    text = corpus("huaian-2024.pdf.txt")
    sub_items = re.search(r"（六）其\n他处理\n1、.*?3、其他 108 2 0 0 0 0 110\n", text, re.DOTALL)
    assert sub_items is not None
    text = text.replace(sub_items.group(), "（六）其\n他处理 181 5 0 0 1 0 187\n")
    result = read_text(text)
    assert wrong_cells(result.report, merged(golden("huaian-2024"))) == {}
    assert result.uncertain == ()


def test_glued_cells_are_cut_by_the_identities_of_the_layout() -> None:
    # pingtan-2021 with its three （六） rows (0000000, 0000000, 1000001) printed as one.
    # （一） 270020130 and （四）1 220000325 each cut two ways on their own: only T3-B over
    # the 19 outcome rows of this layout, （六） included, decides them.
    text = corpus("pingtan-2021.txt")
    sub_items = re.search(r"（六）其他处理1\.申请人.*?3\.其他1000001", text)
    assert sub_items is not None
    result = read_text(text.replace(sub_items.group(), "（六）其他处理1000001"))
    expected = merged(golden("pingtan-2021"))
    wrong = wrong_cells(result.report, expected)
    # 行政规范性文件 693665 stays ambiguous (table 二 has no identity), as in the official text.
    assert set(wrong) == {f"normative_docs.{c}" for c in ("issued", "repealed", "in_force")}
    assert result.report.cell("R3_1[NP]") == 27
    assert result.report.cell("R3_4_1[NP]") == 22
    assert result.report.cell("R3_6[TOT]") == 1
    decided = {cell for d in result.diagnostics if d.kind == "decided" for cell in d.cells}
    assert {"R3_1", "R3_4_1"} <= decided
    assert {cell for d in result.uncertain for cell in d.cells} == {"normative_docs"}


# --- contradictions: said, never shifted -----------------------------------------------


def test_a_sixth_row_with_values_and_sub_items_is_diagnosed() -> None:
    text = qidu_single_other(head_values=(2, 1, 0, 0, 0, 0, 3))
    result = read_text(text)
    report = result.report
    # The sub-items are there: the official layout, each read by its own label.
    assert report.applications.layout is Layout.OFFICIAL
    for key in SUB_ITEMS:
        assert report.applications.row(key) == (0,) * 7
    assert report.applications.row("R3_5_5") == (0,) * 7  # nothing shifted into it
    assert report.applications.row("R3_7") == QIDU_VALUES["R3_7"]
    (diagnostic,) = [d for d in result.uncertain if "其他处理" in d.message]
    assert diagnostic.kind == "unrecognised"
    assert set(diagnostic.cells) == set(SUB_ITEMS)
    with pytest.raises(ReadError, match="certainty"):
        read_text(text, strict=True)


def _hongze_2024_with_sub_items(head: str, first: str = "50") -> str:
    text = corpus("hongze-2024.pdf.txt")
    text = text.replace(
        "（一）予以公开 50 0 0 0 0 0 50", f"（一）予以公开 {first} 0 0 0 0 0 {first}"
    )
    return text.replace(
        "（六）其他处理 0 0 0 0 0 0 0\n",
        f"（六）其他处理 {head}\n"
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n"
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n"
        "3.其他 1 0 0 0 0 0 1\n",
    )


def test_a_sixth_row_printing_the_sum_of_its_sub_items_is_a_subtotal() -> None:
    result = read_text(_hongze_2024_with_sub_items("1 0 0 0 0 0 1", first="49"))
    report = result.report
    assert report.applications.layout is Layout.OFFICIAL
    assert report.applications.row("R3_6_3") == (1, 0, 0, 0, 0, 0, 1)
    assert report.applications.row("R3_5_5") == (0,) * 7
    assert report.cell("R3_1[TOT]") == 49
    assert result.uncertain == ()
    assert any("subtotal" in d.message for d in result.diagnostics if d.kind == "note")


def test_a_sixth_row_disagreeing_with_its_sub_items_is_uncertain() -> None:
    text = _hongze_2024_with_sub_items("2 0 0 0 0 0 2", first="49")
    result = read_text(text)
    assert result.report.applications.layout is Layout.OFFICIAL
    assert result.report.applications.row("R3_6_1") == (0,) * 7
    assert result.report.applications.row("R3_6_3") == (1, 0, 0, 0, 0, 0, 1)
    assert [d.kind for d in result.uncertain] == ["unrecognised"]
    with pytest.raises(ReadError):
        read_text(text, strict=True)


def test_sub_items_with_other_labels_are_refused_not_taken_for_the_row() -> None:
    text = corpus("hongze-2024.pdf.txt").replace(
        "（六）其他处理 0 0 0 0 0 0 0\n",
        "（六）其他处理\n1.逾期不补正 0 0 0 0 0 0 0\n2.逾期不缴费 0 0 0 0 0 0 0\n"
        "3.其它情形 0 0 0 0 0 0 0\n",
    )
    result = read_text(text)
    report = result.report
    assert report.applications.layout is Layout.OFFICIAL
    for key in SUB_ITEMS:
        assert report.applications.row(key) == (None,) * 7
    assert report.applications.row("R3_5_5") == (0,) * 7
    assert report.applications.row("R3_7") == (95, 0, 0, 0, 0, 0, 95)
    assert {cell for d in result.uncertain for cell in d.cells} >= set(SUB_ITEMS)


def test_a_sixth_row_with_too_many_numbers_is_left_blank() -> None:
    # A sub-item row whose label was lost: fourteen numbers after （六）其他处理.
    text = corpus("hongze-2024.pdf.txt").replace(
        "（六）其他处理 0 0 0 0 0 0 0\n", "（六）其他处理 0 0 0 0 0 0 0\n1 0 0 0 0 0 1\n"
    )
    result = read_text(text)
    report = result.report
    assert report.applications.layout is Layout.SINGLE_OTHER
    assert report.applications.row(SINGLE_OTHER_ROW) == (None,) * 7
    assert report.applications.row("R3_7") == (95, 0, 0, 0, 0, 0, 95)
    assert any(SINGLE_OTHER_ROW in d.cells for d in result.uncertain)


def test_table_layout_from_the_labels() -> None:
    def layout_of(text: str) -> tuple[Layout, str | None]:
        compact = Compact.of(text)
        labels = list(find_row_labels(compact, 0, len(compact.text)))
        shape = table_layout(compact, labels, len(compact.text))
        return shape.layout, shape.problem

    head = "5.要求行政机关确认或重新出具已获取信息0000000"
    assert layout_of(head + "（六）其他处理0000000（七）总计0000000") == (
        Layout.SINGLE_OTHER,
        None,
    )
    assert layout_of(head + "（六）其他处理1.申请人无正当理由逾期不补正0000000") == (
        Layout.OFFICIAL,
        None,
    )
    assert layout_of(head + "(六)其他处理 3、其他 0 0 0 0 0 0 0")[0] is Layout.OFFICIAL
    layout, problem = layout_of(head + "（六）其他处理1.逾期不补正0000000（七）总计0000000")
    assert layout is Layout.OFFICIAL
    assert problem is not None
    # Neither （六） nor its sub-items: the official layout, its rows missing.
    assert layout_of(head + "（七）总计0000000") == (Layout.OFFICIAL, None)


OFFICIAL_FORMS = [
    "qidu-2021.txt",
    "huaian-2024.pdf.txt",
    "huaian-2024.tabs.txt",
    "pingtan-2022.txt",
]


@pytest.mark.parametrize("file", OFFICIAL_FORMS)
def test_the_official_layout_is_kept_where_it_is_printed(file: str) -> None:
    result = read_text(corpus(file))
    assert result.report.applications.layout is Layout.OFFICIAL
    assert not [d for d in result.diagnostics if "其他处理" in d.message]


def test_single_other_markdown_reads_the_same_as_its_text() -> None:
    text = qidu_single_other()
    assert read_markdown(qidu_as_markdown(text)).report.applications == (
        read_text(text).report.applications
    )


def test_the_head_of_the_sub_items_may_stand_among_them() -> None:
    # PDF text may print a group label centred on its rows: after the first sub-item.
    text = corpus("huaian-2024.pdf.txt")
    assert "（六）其\n他处理\n1、" in text
    text = text.replace("（六）其\n他处理\n1、", "1、").replace(
        "67 3 0 0 1 0 71\n", "67 3 0 0 1 0 71\n（六）其他处理\n"
    )
    result = read_text(text)
    assert result.report.applications.layout is Layout.OFFICIAL
    assert wrong_cells(result.report, golden("huaian-2024")) == {}
    assert result.uncertain == ()


def test_a_sixth_label_after_the_total_is_not_a_row() -> None:
    text = corpus("huaian-2024.pdf.txt")
    assert "（六）其\n他处理\n1、" in text
    # Say the head were lost, and a note after the table named （六）其他处理: still official.
    text = text.replace("（六）其\n他处理\n1、", "1、").replace(
        "四、结转下年度继续办理 103 0 0 0 0 0 103\n",
        "四、结转下年度继续办理 103 0 0 0 0 0 103\n注：（六）其他处理含撤回申请。\n",
    )
    result = read_text(text)
    assert result.report.applications.layout is Layout.OFFICIAL
    assert wrong_cells(result.report, golden("huaian-2024")) == {}


def test_a_subtotal_row_in_tab_separated_text() -> None:
    # （六）其他处理 with its own row of values (71 + 6 + 110 = 187), then the sub-items.
    text = corpus("huaian-2024.tabs.txt").replace(
        "\t（六）其他处理\t1、", "\t（六）其他处理\t\t181\t5\t0\t0\t1\t0\t187\n\t\t1、"
    )
    result = read_text(text)
    assert result.report.applications.layout is Layout.OFFICIAL
    assert wrong_cells(result.report, golden("huaian-2024")) == {}
    assert result.uncertain == ()
    assert any("subtotal" in d.message for d in result.diagnostics if d.kind == "note")
    # One cell off: the head disagrees with its sub-items.
    result = read_text(text.replace("\t181\t5\t", "\t180\t5\t"))
    assert wrong_cells(result.report, golden("huaian-2024")) == {}
    assert [d.kind for d in result.uncertain] == ["unrecognised"]


def test_only_some_sub_items_recognised() -> None:
    # 1. and 2. worded otherwise, 3.其他 as the format has it.
    text = corpus("hongze-2024.pdf.txt").replace(
        "（六）其他处理 0 0 0 0 0 0 0\n",
        "（六）其他处理\n1.逾期不补正 0 0 0 0 0 0 0\n2.逾期不缴费 0 0 0 0 0 0 0\n"
        "3.其他 0 0 0 0 0 0 0\n",
    )
    result = read_text(text)
    table = result.report.applications
    assert table.layout is Layout.OFFICIAL
    assert table.row("R3_6_1") == table.row("R3_6_2") == (None,) * 7
    assert table.row("R3_6_3") == (0,) * 7
    assert table.row("R3_5_5") == (0,) * 7
    problems = [d for d in result.uncertain if "其他处理" in d.message]
    assert len(problems) == 1
    assert "labels are not the format's" in problems[0].message
