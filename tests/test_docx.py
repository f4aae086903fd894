"""The Word writer: every table cell read back, the official merges, headings, page and fonts."""

from __future__ import annotations

import functools
import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import attrs
import docx
import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.styles.style import CharacterStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, given, settings

from govinfo_report import (
    Applicant,
    ApplicationTable,
    Layout,
    Mark,
    Report,
    Row,
    Section,
    example,
    loads,
)
from govinfo_report.errors import InvalidReportError, MissingExtraError
from govinfo_report.i18n import LocaleLike
from govinfo_report.model import Count
from govinfo_report.writers._docx import render_docx
from govinfo_report.writers._layout import (
    Grid,
    appeals_grid,
    applications_grid,
    cell_text,
    paragraphs,
    proactive_grid,
    section_heading,
    spread,
    subsection_marker,
)
from tests.strategies import consistent_reports, proactive_2021, reports

GOLDEN = Path(__file__).parent / "data" / "golden"
GOLDEN_NAMES = ("pingtan-2021", "pingtan-2022", "huaian-2024")
GRIDS = (proactive_grid, applications_grid, appeals_grid)


def value_positions(layout: Layout) -> tuple[list[tuple[int, int]], ...]:
    """Where the value cells of tables 二, 三 and 四 sit, (row, column), in document order.

    Table 三 has a row of values under its 3 header rows for each row of *layout*.
    """
    return (
        [(2, 1), (2, 2), (2, 3), (3, 1), (3, 2), (3, 3), (6, 1), (9, 1), (10, 1), (13, 1)],
        [(r, c) for r in range(3, 3 + layout.size) for c in range(3, 10)],
        [(3, c) for c in range(15)],
    )


#: The value positions of the three tables, by the layout of table 三.
VALUE_POSITIONS = {layout: value_positions(layout) for layout in Layout}
#: The (rows, columns) of the three tables, by the layout of table 三.
SHAPES = {layout: ((14, 4), (3 + layout.size, 10), (4, 15)) for layout in Layout}
LAYOUT_IDS = [layout.value for layout in Layout]


@functools.cache
def rendered(report: Report, locale: str = "zh_Hans") -> bytes:
    """The .docx of *report*, rendered once per test run (reports are frozen and hashable)."""
    return render_docx(report, locale=locale)


def written(report: Report, locale: str = "zh_Hans") -> Document:
    return docx.Document(io.BytesIO(rendered(report, locale)))


def golden(name: str) -> Report:
    return loads((GOLDEN / f"{name}.json").read_bytes())


def layout(table: Table) -> list[list[_Cell]]:
    """The cells of *table* position by position; a merged cell fills every position it spans."""
    return [list(row.cells) for row in table.rows]


@functools.cache
def addresses(table_layout: Layout) -> tuple[str, ...]:
    """Every cell address of a report whose table 三 has *table_layout*, in document order."""
    zeros = ApplicationTable.zeros(table_layout)
    return attrs.evolve(example(), applications=zeros).addresses()


def read_cells(document: Document) -> dict[str, str]:
    """Each cell address with the text of the table cell where the official form has it.

    The layout of table 三 is the document's own: 25 value rows, or 23 with a single
    （六）其他处理 row.
    """
    table_layout = Layout.for_size(len(document.tables[1].rows) - 3)
    texts: list[str] = []
    for table, positions in zip(document.tables, VALUE_POSITIONS[table_layout], strict=True):
        cells = layout(table)
        texts.extend(cells[r][c].text for r, c in positions)
    return dict(zip(addresses(table_layout), texts, strict=True))


def printed_cells(report: Report) -> dict[str, str]:
    return {address: cell_text(value) for address, value in report.iter_cells()}


def xml_safe(text: str) -> str:
    """*text* less the characters XML 1.0 cannot hold."""
    return "".join(
        ch
        for ch in text
        if ch in "\t\n\r"
        or (ch >= " " and not "\ud800" <= ch <= "\udfff" and ch not in "\ufffe\uffff")
    )


def expected_paragraphs(report: Report, locale: LocaleLike = "zh_Hans") -> list[tuple[str, str]]:
    """(style, text) of every paragraph outside the tables, in the official order.

    A carriage return inside a line is written as a line break, which reads back as a newline.
    """

    def body(text: str) -> list[tuple[str, str]]:
        return [("Normal", p) for p in paragraphs(xml_safe(text))]

    out = [("Title", xml_safe(report.display_title)), *body(report.preamble)]
    for section in Section:
        out.append(("Heading 1", section_heading(section, locale)))
        if section is Section.GENERAL:
            out += body(report.general.intro)
            for number, subsection in enumerate(report.general.subsections, 1):
                title = xml_safe(subsection_marker(number, locale) + subsection.title)
                out.append(("Heading 2", title))
                out += body(subsection.text)
        elif section is Section.PROBLEMS:
            out += body(report.problems)
        elif section is Section.OTHER:
            out += body(report.other)
    return [(style, text.replace("\r", "\n")) for style, text in out]


def read_paragraphs(document: Document) -> list[tuple[str, str]]:
    return [(style_name(p), p.text) for p in document.paragraphs]


def style_name(paragraph: Paragraph) -> str:
    style = paragraph.style
    assert style is not None
    return str(style.name)


def with_cells(report: Report) -> Report:
    """*report* with a blank cell, marks and a fee amount with decimals."""
    rows = [list(r) for r in report.applications.rows]
    rows[Row.GRANTED.position][Applicant.COMMERCIAL.position] = None
    rows[Row.GRANTED.position][Applicant.RESEARCH.position] = Mark.SLASH
    rows[Row.GRANTED.position][Applicant.NONPROFIT.position] = Mark.NONE
    rows[Row.NEW_REQUESTS.position][Applicant.OTHER.position] = Mark.DASH
    fees = attrs.evolve(proactive_2021(report).admin_fees, amount=Decimal("12.50"))
    appeals = attrs.evolve(report.appeals, groups=((None, 3, 0, 0, 3), (0,) * 5, (0,) * 5))
    return attrs.evolve(
        report,
        applications=ApplicationTable(tuple(tuple(r) for r in rows)),
        proactive=attrs.evolve(proactive_2021(report), admin_fees=fees),
        appeals=appeals,
    )


def _merged(cells: tuple[Count, ...]) -> Count:
    numbers = [cell for cell in cells if isinstance(cell, int)]
    return sum(numbers) if len(numbers) == len(cells) else cells[0]


def single_other(report: Report) -> Report:
    """*report* with （六）其他处理 printed as one row ``R3_6``: its three sub-items added.

    A column where a sub-item is not a number keeps the first sub-item's cell.
    """
    rows = report.applications.rows
    first = Layout.OFFICIAL.position(Row.OTHER_NO_CORRECTION)
    other = tuple(_merged(column) for column in zip(*rows[first : first + 3], strict=True))
    table = ApplicationTable((*rows[:first], other, *rows[first + 3 :]))
    assert table.layout is Layout.SINGLE_OTHER
    return attrs.evolve(report, applications=table)


def broken(report: Report, **fields: object) -> Report:
    """A copy of *report* with *fields* set around the validators."""
    copy: Report = object.__new__(Report)
    for field in attrs.fields(Report):
        object.__setattr__(copy, field.name, fields.get(field.name, getattr(report, field.name)))
    return copy


# --- every cell reads back ----------------------------------------------------------------


def in_layout(report: Report, table_layout: Layout) -> Report:
    return single_other(report) if table_layout is Layout.SINGLE_OTHER else report


@pytest.mark.parametrize("table_layout", list(Layout), ids=LAYOUT_IDS)
def test_value_positions_are_the_grids_value_cells(table_layout: Layout) -> None:
    """The positions read back are the grids' cells that are neither heading nor label."""
    report = in_layout(example(), table_layout)
    positions = VALUE_POSITIONS[table_layout]
    for make, where, labels in zip(GRIDS, positions, (1, 3, 0), strict=True):
        found = [
            (r, c)
            for r, line in enumerate(spread(make(report, "zh_Hans")))
            for c, (cell, offset, from_above) in enumerate(line)
            if c >= labels and not cell.header and not offset and not from_above
        ]
        assert found == where
    size = {Layout.OFFICIAL: 200, Layout.SINGLE_OTHER: 186}[table_layout]
    assert sum(map(len, positions)) == len(report.addresses()) == size
    assert addresses(table_layout) == report.addresses()
    assert addresses(Layout.OFFICIAL) == Report.addresses()


@pytest.mark.parametrize("table_layout", list(Layout), ids=LAYOUT_IDS)
def test_example_cells_read_back(table_layout: Layout) -> None:
    report = in_layout(example(), table_layout)
    document = written(report)
    shapes = [(len(t.rows), len(t.columns)) for t in document.tables]
    assert shapes == list(SHAPES[table_layout])
    assert read_cells(document) == printed_cells(report)


@pytest.mark.parametrize("table_layout", list(Layout), ids=LAYOUT_IDS)
def test_blank_cells_marks_and_amounts_print_as_they_are(table_layout: Layout) -> None:
    report = in_layout(with_cells(example()), table_layout)
    cells = read_cells(written(report))
    assert cells == printed_cells(report)
    assert cells["R3_1[NP]"] == "0"
    assert (cells["R3_1[BIZ]"], cells["R3_1[RES]"], cells["R3_1[NGO]"]) == ("", "/", "无")
    assert cells["R1[OTH]"] == "-"
    assert cells["admin_fees.amount"] == "12.50"
    assert cells["RV.maintain"] == ""
    # The fee spans the three value columns of its row: one cell, one text.
    fee_row = layout(written(report).tables[0])[13]
    assert {c.text for c in fee_row[1:]} == {"12.50"}


@pytest.mark.parametrize("name", GOLDEN_NAMES)
def test_golden_cells_read_back(name: str) -> None:
    report = golden(name)
    document = written(report)
    assert read_cells(document) == printed_cells(report)
    assert read_paragraphs(document) == expected_paragraphs(report)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=consistent_reports())
def test_generated_reports_read_back(report: Report) -> None:
    document = written(report)
    assert read_cells(document) == printed_cells(report)
    assert read_paragraphs(document) == expected_paragraphs(report)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=consistent_reports().map(single_other))
def test_generated_single_other_reports_read_back(report: Report) -> None:
    document = written(report)
    assert len(document.tables[1].rows) == 3 + 23
    assert read_cells(document) == printed_cells(report)
    assert read_paragraphs(document) == expected_paragraphs(report)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports())
def test_any_valid_report_is_written(report: Report) -> None:
    """Blanks, marks and any text: control characters XML cannot hold are left out."""
    document = written(report)
    assert read_cells(document) == printed_cells(report)
    assert read_paragraphs(document) == expected_paragraphs(report)


def test_characters_xml_cannot_hold_are_left_out() -> None:
    report = attrs.evolve(
        example(), organ="某\x01县人民政府", problems="甲\x00乙\x0b丙\r丁\n\x1f\n戊"
    )
    document = written(report)
    lines = read_paragraphs(document)
    assert lines == expected_paragraphs(report)
    assert lines[0] == ("Title", f"某县人民政府{report.year}年政府信息公开工作年度报告")
    assert ("Normal", "甲乙丙\n丁") in lines
    assert ("Normal", "戊") in lines
    assert document.core_properties.title == lines[0][1]


# --- the official layout ------------------------------------------------------------------


def origins(grid: Grid) -> list[list[tuple[int, int]]]:
    """For each position of *grid*, the top-left position of the cell that covers it."""
    out: list[list[tuple[int, int]]] = []
    for r, line in enumerate(spread(grid)):
        out.append(
            [
                out[r - 1][c] if from_above else (r, c - offset)
                for c, (_, offset, from_above) in enumerate(line)
            ]
        )
    return out


@pytest.mark.parametrize("table_layout", list(Layout), ids=LAYOUT_IDS)
@pytest.mark.parametrize("locale", ["zh_Hans", "zh_Hant", "en"])
def test_cells_are_merged_as_in_the_official_form(locale: str, table_layout: Layout) -> None:
    report = in_layout(with_cells(example()), table_layout)
    document = written(report, locale)
    for table, make in zip(document.tables, GRIDS, strict=True):
        grid = make(report, locale)
        cells = layout(table)
        starts = origins(grid)
        # python-docx gives the same <w:tc> for every position of a merged cell, and
        # different ones for different cells.
        for r, tops in enumerate(starts):
            for c, (top, left) in enumerate(tops):
                assert cells[r][c]._tc is cells[top][left]._tc, (r, c)
        distinct = {id(cell._tc) for row in cells for cell in row}
        assert len(distinct) == sum(len(row) for row in grid)
        # Every position shows its cell's text: labels, headings and values.
        for printed, row in zip(spread(grid), cells, strict=True):
            assert [cell.text for cell, _, _ in printed] == [c.text for c in row]
        # In the XML: a <w:tc> per cell and row, spanning its columns (gridSpan), opening
        # (restart) or continuing (continue) a merge down the rows (vMerge).
        for tr, printed in zip(table._tbl.tr_lst, spread(grid), strict=True):
            expected = [
                (cell.colspan, "continue" if below else "restart" if cell.rowspan > 1 else None)
                for cell, offset, below in printed
                if not offset
            ]
            assert [(tc.grid_span, tc.vMerge) for tc in tr.tc_lst] == expected


def test_top_left_heading_of_table_three_spans_three_rows_and_columns() -> None:
    head = applications_grid(example(), "zh_Hans")[0][0]
    assert (head.rowspan, head.colspan) == (3, 3)
    cells = layout(written(example()).tables[1])
    block = {id(cells[r][c]._tc) for r in range(3) for c in range(3)}
    assert len(block) == 1
    assert cells[0][0]._tc is not cells[0][3]._tc
    assert cells[0][0]._tc is not cells[3][0]._tc
    assert cells[0][0].text == head.text
    # 三、本年度办理结果 runs down the 22 rows of outcomes.
    assert cells[5][0].text == cells[26][0].text == "三、本年度办理结果"
    assert cells[5][0]._tc is cells[26][0]._tc is not cells[27][0]._tc


def test_headings_in_official_order() -> None:
    report = example()
    document = written(report)
    lines = read_paragraphs(document)
    assert lines[0] == ("Title", report.display_title)
    positions = [lines.index(("Heading 1", section_heading(s, "zh_Hans"))) for s in Section]
    assert positions == sorted(positions)
    assert lines == expected_paragraphs(report)
    # The tables sit under 二, 三 and 四, in that order.
    body = document.element.body
    order = [child.tag.rsplit("}", 1)[1] for child in body.iterchildren()]
    headings = [i for i, tag in enumerate(order) if tag == "p"]
    tables = [i for i, tag in enumerate(order) if tag == "tbl"]
    sections = [headings[p] for p in positions]
    assert sections[1] < tables[0] < sections[2] < tables[1] < sections[3] < tables[2]
    assert tables[2] < sections[4]


def test_english_rendition() -> None:
    report = example()
    document = written(report, "en")
    lines = read_paragraphs(document)
    assert lines == expected_paragraphs(report, "en")
    texts = [text for _, text in lines]
    assert "III. Requests for government information" in " ".join(texts)
    for section in Section:
        assert section_heading(section, "zh_Hans") not in texts
    cells = layout(document.tables[1])
    assert cells[3][0].text == applications_grid(report, "en")[3][0].text
    assert "本年新收政府信息公开申请数量" not in cells[3][0].text
    assert document.core_properties.language == "en"


def test_page_is_a4_with_official_margins() -> None:
    (section,) = written(example()).sections
    for length, mm in ((section.page_width, 210), (section.page_height, 297)):
        assert length is not None
        assert abs(length.mm - mm) < 0.5
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm, 1) for m in margins if m is not None] == [37, 35, 28, 26]


def east_asian_font(style: CharacterStyle | None) -> str | None:
    """The East Asian font *style* gives, through its base styles; no theme font on the way."""
    while style is not None:
        fonts = style.element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        if fonts is not None:
            assert fonts.get(qn("w:eastAsiaTheme")) is None
            assert fonts.get(qn("w:asciiTheme")) is None
            name = fonts.get(qn("w:eastAsia"))
            if name is not None:
                return str(name)
        style = style.base_style
    return None


def test_fonts_show_chinese() -> None:
    document = written(example())
    styles = document.styles
    normal = styles["Normal"]
    fonts = normal.element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    assert fonts.get(qn("w:eastAsia")) == "仿宋"
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Times New Roman"
    expected = {
        "Normal": "仿宋",
        "Title": "宋体",
        "Heading 1": "黑体",
        "Heading 2": "楷体",
        "Table Text": "宋体",
    }
    for name, font in expected.items():
        assert east_asian_font(styles[name]) == font, name
    title = styles["Title"]
    assert title.font.bold is True
    assert title.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert title.font.size is not None
    assert title.font.size.pt > normal.font.size.pt
    # Every paragraph, in the body and in the tables, is in one of these styles, and no
    # run names fonts of its own.
    every = list(document.paragraphs)
    for table in document.tables:
        every.extend(p for row in table.rows for cell in row.cells for p in cell.paragraphs)
    for paragraph in every:
        assert style_name(paragraph) in expected
        assert not paragraph._p.xpath("./w:r/w:rPr/w:rFonts")


def test_table_cells_headers_bold_text_centred() -> None:
    report = example()
    document = written(report)
    assert document.styles["Table Text"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    for table, make in zip(document.tables, GRIDS, strict=True):
        assert table.style is not None
        assert table.style.name == "Table Grid"
        cells = layout(table)
        for r, line in enumerate(spread(make(report, "zh_Hans"))):
            for c, (cell, offset, from_above) in enumerate(line):
                if offset or from_above or not cell.text:
                    continue
                (paragraph,) = cells[r][c].paragraphs
                assert style_name(paragraph) == "Table Text"
                assert {run.bold for run in paragraph.runs} == {True if cell.header else None}


def test_core_properties() -> None:
    report = example()
    properties = written(report).core_properties
    assert properties.title == report.display_title
    assert properties.language == "zh-Hans"
    assert properties.author == report.organ


def test_output_is_deterministic() -> None:
    report = with_cells(example())
    assert render_docx(report) == rendered(report)


# --- bad input and the missing extra ------------------------------------------------------


@pytest.mark.parametrize(
    ("table_layout", "row", "path"),
    [
        (Layout.OFFICIAL, "R3_1", "applications.R3_1[2]"),
        (Layout.OFFICIAL, "R3_6_3", "applications.R3_6_3[2]"),
        (Layout.SINGLE_OTHER, "R3_1", "applications.R3_1[2]"),
        (Layout.SINGLE_OTHER, "R3_6", "applications.R3_6[2]"),
        (Layout.SINGLE_OTHER, "R3_7", "applications.R3_7[2]"),
    ],
)
@pytest.mark.parametrize(
    ("value", "message"), [(-1, "negative"), ("3", "whole number"), (1.5, "whole number")]
)
def test_invalid_cell_is_named_before_anything_is_written(
    table_layout: Layout, row: str, path: str, value: object, message: str
) -> None:
    report = in_layout(example(), table_layout)
    rows: list[list[object]] = [list(r) for r in report.applications.rows]
    rows[table_layout.position(row)][Applicant.RESEARCH.position] = value
    table: ApplicationTable = object.__new__(ApplicationTable)
    object.__setattr__(table, "rows", tuple(tuple(r) for r in rows))
    with pytest.raises(InvalidReportError) as raised:
        render_docx(broken(report, applications=table))
    (problem,) = raised.value.problems
    assert problem.path == path
    assert message in problem.message


def test_report_is_checked_before_python_docx_is_imported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(InvalidReportError) as raised:
        render_docx(broken(example(), problems=None))
    assert [p.path for p in raised.value.problems] == ["problems"]


def test_missing_python_docx_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    with pytest.raises(MissingExtraError) as raised:
        render_docx(example())
    error = raised.value
    assert isinstance(error, ImportError)
    assert isinstance(error.__cause__, ImportError)
    assert (error.feature, error.extra, error.package) == ("render_docx", "docx", "python-docx")
    assert "pip install 'govinfo_report[docx]'" in str(error)


def test_library_imports_without_python_docx() -> None:
    code = (
        "import sys; sys.modules['docx'] = None\n"
        "import govinfo_report, govinfo_report.writers, govinfo_report.writers._docx\n"
        "assert not any(name.startswith('docx.') for name in sys.modules)\n"
    )
    src = str(Path(__file__).parents[1] / "src")
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": src})
