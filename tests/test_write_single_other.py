"""The writers on a table 三 printed with （六）其他处理 as a single row (``Layout.SINGLE_OTHER``).

As the 2019 format prints it (format-2019 §4): 23 value rows, （六）其他处理 one row ``R3_6``
whose label spans the two label columns as （一） and （二） do, under a 三、本年度办理结果
spanning 20 rows instead of 22: a grid of 10 columns × 26 rows.  Every value is checked at its
position in each form, against a layout written out here from the spec, not from the writers'
own grid.  Reading back is not used: the readers' side is tested on its own.
"""

from __future__ import annotations

import functools
import html.parser
import io
import re
from collections.abc import Callable

import attrs
import docx
import pytest
from docx.document import Document
from docx.table import _Cell

from govinfo_report import Applicant, ApplicationTable, Layout, Mark, Report, Section, example
from govinfo_report.errors import InvalidReportError
from govinfo_report.labels import label
from govinfo_report.model import Count
from govinfo_report.writers import render_docx, render_html, render_markdown, render_text
from govinfo_report.writers._layout import (
    Cell,
    applications_grid,
    cell_text,
    section_heading,
    spread,
    validate,
)

LOCALES = ["zh_Hans", "zh_Hant", "en"]
SINGLE = Layout.SINGLE_OTHER
KEYS = SINGLE.row_keys
#: The rows of the grid: 3 header rows, then one a value row.
HEADER_ROWS = 3
#: Where the first value column is: after the three label columns.
LABEL_COLUMNS = 3
#: The 23 value rows of the single-other layout, in printed order.
EXPECTED_KEYS = (
    "R1",
    "R2",
    "R3_1",
    "R3_2",
    *(f"R3_3_{i}" for i in range(1, 9)),
    *(f"R3_4_{i}" for i in range(1, 4)),
    *(f"R3_5_{i}" for i in range(1, 6)),
    "R3_6",
    "R3_7",
    "R4",
)
#: The row of （六）其他处理 and of （七）总计 in the grid.
OTHER_ROW = HEADER_ROWS + EXPECTED_KEYS.index("R3_6")
TOTAL_ROW = HEADER_ROWS + EXPECTED_KEYS.index("R3_7")
#: The rows 三、本年度办理结果 spans: （一） to （七）.
OUTCOMES = range(HEADER_ROWS + 2, HEADER_ROWS + 22)

Writer = Callable[..., str]


def distinct_example() -> Report:
    """The example with a single （六） row and every cell of 三 a different number.

    A value in the wrong place shows.  Among them a blank, a ``/`` and a ``无``: blank
    and marks print as they are in this layout too.
    """
    rows: list[list[Count]] = [
        [100 * (r + 1) + c for c in range(len(Applicant))] for r in range(len(KEYS))
    ]
    other, total = KEYS.index("R3_6"), KEYS.index("R3_7")
    rows[other][Applicant.COMMERCIAL.position] = None
    rows[other][Applicant.RESEARCH.position] = Mark.SLASH
    rows[total][Applicant.NONPROFIT.position] = Mark.NONE
    table = ApplicationTable(tuple(tuple(row) for row in rows))
    return attrs.evolve(example(), applications=table)


#: A report built in code, with a single （六） row (the totals computed).
BUILT = attrs.evolve(
    example(), applications=ApplicationTable.from_parts({"R1": [3], "R3_6": [2], "R4": [1]})
)
DISTINCT = distinct_example()


def t3_label(id: str, locale: str) -> str:
    """A label of table 三 as the 2019 format prints it: its （六）其他处理 is one row."""
    return label(id, locale, edition="2019")


def parents(key: str) -> tuple[str, ...]:
    """The groups row *key* is printed under, outermost first, from its key (spec §4).

    ``R3_…`` rows are under 三、本年度办理结果 (``G3``); a sub-item ``R3_3_1`` is under
    its group ``G3_3`` as well.
    """
    if not key.startswith("R3_"):
        return ()
    parts = key[1:].split("_")
    if len(parts) == 3:
        return ("G3", f"G{parts[0]}_{parts[1]}")
    return ("G3",)


def label_columns(key: str, locale: str) -> list[str]:
    """The texts of the three label positions of row *key*, a merged cell's in each position."""
    groups = [t3_label(f"t3.group.{group}", locale) for group in parents(key)]
    return groups + [t3_label(f"t3.row.{key}", locale)] * (LABEL_COLUMNS - len(groups))


def printed(report: Report, key: str) -> list[str]:
    return [cell_text(value) for value in report.applications.row(key)]


def value_rows(report: Report, locale: str) -> list[list[str]]:
    """The 23 value rows of 三, position by position, a merged cell's text in each position."""
    return [label_columns(key, locale) + printed(report, key) for key in KEYS]


def first_positions(report: Report, locale: str) -> list[list[str]]:
    """The 23 value rows as Markdown writes them: a merged cell's text once.

    A group's text in its top row; a row's label in the rightmost column it spans.
    """
    out = []
    for i, key in enumerate(KEYS):
        groups = parents(key)
        line = ["", "", t3_label(f"t3.row.{key}", locale), *printed(report, key)]
        for column, group in enumerate(groups):
            previous = parents(KEYS[i - 1]) if i else ()
            if group not in previous:
                line[column] = t3_label(f"t3.group.{group}", locale)
        out.append(line)
    return out


def table_three_text(out: str, locale: str) -> str:
    start = out.index(section_heading(Section.REQUESTS, locale))
    return out[start : out.index(section_heading(Section.REVIEW_LITIGATION, locale), start)]


def test_the_layout_is_the_spec_s() -> None:
    assert KEYS == EXPECTED_KEYS
    assert DISTINCT.applications.layout is SINGLE is BUILT.applications.layout
    values = [value for row in DISTINCT.applications.rows for value in row]
    assert len(values) == 161
    numbers = [value for value in values if isinstance(value, int)]
    assert len(set(numbers)) == len(numbers) == 158
    assert len(DISTINCT.addresses()) == 186
    assert t3_label("t3.row.R3_6", "zh_Hans") == "（六）其他处理"
    assert t3_label("t3.row.R3_6", "en") == "(vi) Other handling"


# --- the grid -----------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_grid_has_the_single_other_row(locale: str) -> None:
    grid = applications_grid(DISTINCT, locale)
    assert len(grid) == HEADER_ROWS + 23 == 26
    corner = grid[0][0]
    assert (corner.rowspan, corner.colspan, corner.header) == (3, 3, True)
    other = t3_label("t3.row.R3_6", locale)
    values = [Cell(text) for text in printed(DISTINCT, "R3_6")]
    # The row starts with its label over two columns: 三 covers the first from above.
    assert grid[OTHER_ROW] == [Cell(other, colspan=2), *values]
    assert grid[TOTAL_ROW][0] == Cell(t3_label("t3.row.R3_7", locale), colspan=2)
    # （六） is no group: no cell spans rows with its text, no sub-item is printed.
    assert [cell for row in grid for cell in row if cell.text == other] == [grid[OTHER_ROW][0]]
    texts = {cell.text for row in grid for cell in row}
    for key in ("R3_6_1", "R3_6_2", "R3_6_3"):
        assert label(f"t3.row.{key}", locale) not in texts


@pytest.mark.parametrize("locale", LOCALES)
def test_grid_spans(locale: str) -> None:
    grid = applications_grid(DISTINCT, locale)
    outcomes = grid[OUTCOMES[0]][0]
    assert outcomes == Cell(t3_label("t3.group.G3", locale), rowspan=20)
    groups = {
        cell.text: (r, cell.rowspan)
        for r, row in enumerate(grid)
        for cell in row
        if cell.rowspan > 1
    }
    assert groups == {
        grid[0][0].text: (0, 3),
        t3_label("t3.column.NP", locale): (1, 2),
        t3_label("t3.column.TOT", locale): (1, 2),
        t3_label("t3.group.G3", locale): (5, 20),
        t3_label("t3.group.G3_3", locale): (7, 8),
        t3_label("t3.group.G3_4", locale): (15, 3),
        t3_label("t3.group.G3_5", locale): (18, 5),
    }
    lines = spread(grid)
    assert {len(line) for line in lines} == {10}
    # The first column: the corner, 一、, 二、, 三、 down the 20 outcome rows, 四、.
    first = [line[0][0].text for line in lines]
    assert first == [
        *[grid[0][0].text] * 3,
        t3_label("t3.row.R1", locale),
        t3_label("t3.row.R2", locale),
        *[outcomes.text] * 20,
        t3_label("t3.row.R4", locale),
    ]
    # Every value row: its labels and its seven values where the spec puts them.
    body = [[cell.text for cell, _, _ in line] for line in lines[HEADER_ROWS:]]
    assert body == value_rows(DISTINCT, locale)


def test_official_grid_is_unchanged() -> None:
    grid = applications_grid(example(), "zh_Hans")
    assert len(grid) == 28
    assert grid[5][0] == Cell("三、本年度办理结果", rowspan=22)
    assert Cell("（六）其他处理", rowspan=3) in grid[HEADER_ROWS + 20]


# --- text ---------------------------------------------------------------------------------


def text_rows(out: str, locale: str) -> list[list[str]]:
    """The rows of table 三 in Word's text export: each row's lines, without their tab."""
    lines = table_three_text(out, locale).split("\n")[1:]
    rows: list[list[str]] = [[]]
    for line in lines:
        if line:
            assert line.startswith("\t")
            rows[-1].append(line[1:])
        elif rows[-1]:
            rows.append([])
    return [row for row in rows if row]


@pytest.mark.parametrize("report", [DISTINCT, BUILT], ids=["distinct", "built"])
@pytest.mark.parametrize("locale", LOCALES)
def test_text_prints_every_value_in_its_row(report: Report, locale: str) -> None:
    rows = text_rows(render_text(report, locale=locale), locale)
    assert len(rows) == 26
    body = rows[HEADER_ROWS:]
    # A cell merged down prints empty below its first row, one merged across once: the
    # groups' positions, then the row's label, then its seven values.
    expected = [
        [*line[: len(parents(key))], line[2], *line[3:]]
        for key, line in zip(KEYS, first_positions(report, locale), strict=True)
    ]
    assert body == expected
    other = body[KEYS.index("R3_6")]
    assert other == ["", t3_label("t3.row.R3_6", locale), *printed(report, "R3_6")]
    total = body[KEYS.index("R3_7")]
    assert total == ["", t3_label("t3.row.R3_7", locale), *printed(report, "R3_7")]
    # 三、本年度办理结果 opens the first outcome row and is printed empty in the 19 below.
    assert [row[0] for row in body[2:22]] == [t3_label("t3.group.G3", locale)] + [""] * 19
    assert body[-1] == [t3_label("t3.row.R4", locale), *printed(report, "R4")]


def test_text_of_the_built_report() -> None:
    lines = render_text(BUILT).splitlines()
    start = lines.index("\t（六）其他处理")
    assert lines[start - 2 : start + 9] == ["", "\t", "\t（六）其他处理"] + [
        f"\t{v}" for v in (2, 0, 0, 0, 0, 0, 2)
    ] + [""]
    assert lines[start + 9 : start + 18] == ["\t", "\t（七）总计"] + [
        f"\t{v}" for v in (2, 0, 0, 0, 0, 0, 2)
    ]


# --- Markdown -----------------------------------------------------------------------------


def markdown_rows(out: str, locale: str) -> list[list[str]]:
    """The rows of table 三 in the Markdown, cell by cell, unescaped; no separator row."""
    lines = [line for line in table_three_text(out, locale).splitlines() if line.startswith("|")]
    assert lines[1] == "|" + "---|" * 10
    rows = []
    for line in [lines[0], *lines[2:]]:
        cells = re.split(r"(?<!\\) \| ", line[2:-2])
        rows.append([re.sub(r"\\(.)", r"\1", cell).strip() for cell in cells])
    return rows


@pytest.mark.parametrize("report", [DISTINCT, BUILT], ids=["distinct", "built"])
@pytest.mark.parametrize("locale", LOCALES)
def test_markdown_prints_every_value_in_its_position(report: Report, locale: str) -> None:
    rows = markdown_rows(render_markdown(report, locale=locale), locale)
    assert len(rows) == 26
    assert {len(row) for row in rows} == {10}
    assert rows[HEADER_ROWS:] == first_positions(report, locale)
    other = t3_label("t3.row.R3_6", locale)
    assert rows[OTHER_ROW] == ["", "", other, *printed(report, "R3_6")]
    total = t3_label("t3.row.R3_7", locale)
    assert rows[TOTAL_ROW] == ["", "", total, *printed(report, "R3_7")]


def test_markdown_of_the_built_report() -> None:
    md = render_markdown(BUILT)
    assert "|  |  | （六）其他处理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |" in md
    assert "|  |  | （七）总计 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |" in md
    assert "|  |  | 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |" in md


# --- HTML ---------------------------------------------------------------------------------


class _Tables(html.parser.HTMLParser):
    """The tables of a page: each row's cells as (text, rowspan, colspan)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._cell: list[str] | None = None
        self._spans = (1, 1)

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            values = dict(attributes)
            self._cell = []
            self._spans = (int(values.get("rowspan") or 1), int(values.get("colspan") or 1))

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(("".join(self._cell), *self._spans))
            self._cell = None


def placed(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """The text at each position of an HTML table, as a browser lays the spans out."""
    grid: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows):
        column = 0
        for text, rowspan, colspan in row:
            while (r, column) in grid:
                column += 1
            for down in range(rowspan):
                for across in range(colspan):
                    assert (r + down, column + across) not in grid
                    grid[r + down, column + across] = text
            column += colspan
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    return [[grid[r, c] for c in range(width)] for r in range(height)]


@pytest.mark.parametrize("report", [DISTINCT, BUILT], ids=["distinct", "built"])
@pytest.mark.parametrize("locale", LOCALES)
def test_html_places_every_value(report: Report, locale: str) -> None:
    page = render_html(report, locale=locale)
    parser = _Tables()
    parser.feed(page)
    tables = parser.tables
    assert len(tables) == 3
    rows = placed(tables[1])
    assert len(rows) == 26
    assert {len(row) for row in rows} == {10}
    assert rows[HEADER_ROWS:] == value_rows(report, locale)
    # The row of （六）: a label over two columns, the seven values; 三 covers it from above.
    other = t3_label("t3.row.R3_6", locale)
    values = [(text, 1, 1) for text in printed(report, "R3_6")]
    assert tables[1][OTHER_ROW] == [(other, 1, 2), *values]
    total = t3_label("t3.row.R3_7", locale)
    values = [(text, 1, 1) for text in printed(report, "R3_7")]
    assert tables[1][TOTAL_ROW] == [(total, 1, 2), *values]
    assert tables[1][OUTCOMES[0]][0] == (t3_label("t3.group.G3", locale), 20, 1)
    assert page.count("<tr>") == 14 + 26 + 4


def test_html_of_the_built_report() -> None:
    page = render_html(BUILT)
    assert '<td rowspan="20">三、本年度办理结果</td>' in page
    assert '<td rowspan="22">' not in page
    assert '<td rowspan="3">（六）其他处理</td>' not in page
    values = "".join(f"<td>{v}</td>" for v in (2, 0, 0, 0, 0, 0, 2))
    assert f'<tr><td colspan="2">（六）其他处理</td>{values}</tr>' in page
    assert f'<tr><td colspan="2">（七）总计</td>{values}</tr>' in page
    assert '<td rowspan="5">（五）不予处理</td>' in page


# --- Word ---------------------------------------------------------------------------------


@functools.cache
def rendered(report: Report, locale: str) -> bytes:
    return render_docx(report, locale=locale)


def written(report: Report, locale: str = "zh_Hans") -> Document:
    return docx.Document(io.BytesIO(rendered(report, locale)))


def docx_cells(report: Report, locale: str) -> list[list[_Cell]]:
    """Table 三 position by position; a merged cell fills every position it spans."""
    return [list(row.cells) for row in written(report, locale).tables[1].rows]


@pytest.mark.parametrize("report", [DISTINCT, BUILT], ids=["distinct", "built"])
@pytest.mark.parametrize("locale", LOCALES)
def test_docx_places_every_value(report: Report, locale: str) -> None:
    cells = docx_cells(report, locale)
    assert len(cells) == 26
    assert {len(row) for row in cells} == {10}
    texts = [[cell.text for cell in row] for row in cells[HEADER_ROWS:]]
    assert texts == value_rows(report, locale)
    # Each address of the report's own, read where the spec puts it: 161 values of 三.
    found = {
        f"{key}[{column.value}]": cells[HEADER_ROWS + r][LABEL_COLUMNS + column.position].text
        for r, key in enumerate(KEYS)
        for column in Applicant
    }
    assert len(found) == 161
    expected = dict(report.iter_cells())
    assert found == {address: cell_text(expected[address]) for address in found}
    assert set(found) <= set(report.addresses())


@pytest.mark.parametrize("locale", LOCALES)
def test_docx_merges(locale: str) -> None:
    cells = docx_cells(DISTINCT, locale)
    outcomes = cells[OUTCOMES[0]][0]
    # 三、本年度办理结果 runs down the 20 rows of outcomes, and no further.
    assert all(cells[r][0]._tc is outcomes._tc for r in OUTCOMES)
    assert cells[OUTCOMES[-1] + 1][0]._tc is not outcomes._tc
    assert cells[OUTCOMES[0] - 1][0]._tc is not outcomes._tc
    assert outcomes.text == t3_label("t3.group.G3", locale)
    # （六）其他处理: one cell over columns 2 and 3 of its row, merged with nothing above.
    other = cells[OTHER_ROW][1]
    assert other._tc is cells[OTHER_ROW][2]._tc
    assert other._tc is not cells[OTHER_ROW - 1][1]._tc
    assert other._tc is not cells[OTHER_ROW + 1][1]._tc
    assert other.text == t3_label("t3.row.R3_6", locale)
    # In the XML: 三 continues down (vMerge), the label spans two grid columns.
    table = written(DISTINCT, locale).tables[1]
    tr = table._tbl.tr_lst[OTHER_ROW]
    spans = [(tc.grid_span, tc.vMerge) for tc in tr.tc_lst]
    assert spans == [(1, "continue"), (2, None), *[(1, None)] * 7]
    first = table._tbl.tr_lst[OUTCOMES[0]].tc_lst[0]
    assert (first.grid_span, first.vMerge) == (1, "restart")


def test_docx_english() -> None:
    document = written(BUILT, "en")
    cells = [[cell.text for cell in row] for row in docx_cells(BUILT, "en")]
    assert cells[OTHER_ROW] == ["III. Outcomes this year"] + ["(vi) Other handling"] * 2 + [
        "2",
        "0",
        "0",
        "0",
        "0",
        "0",
        "2",
    ]
    text = "\n".join(cell for row in cells for cell in row)
    assert "其他处理" not in text
    assert document.core_properties.language == "en"


# --- every writer -------------------------------------------------------------------------


def docx_text(report: Report, locale: str = "zh_Hans") -> str:
    document = written(report, locale)
    paragraphs = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(paragraphs + cells)


TEXT_WRITERS: list[Writer] = [render_text, render_markdown, render_html, docx_text]
WRITER_IDS = ["text", "markdown", "html", "docx"]


@pytest.mark.parametrize("writer", TEXT_WRITERS, ids=WRITER_IDS)
def test_english_rendition(writer: Writer) -> None:
    out = writer(BUILT, locale="en")
    assert "(vi) Other handling" in out
    assert "III. Outcomes this year" in out
    assert "(vii) Total" in out
    for key in ("R3_6_1", "R3_6_2", "R3_6_3"):
        assert label(f"t3.row.{key}", "en") not in out
    assert "其他处理" not in out
    assert "本年度办理结果" not in out


@pytest.mark.parametrize("writer", TEXT_WRITERS, ids=WRITER_IDS)
@pytest.mark.parametrize("locale", LOCALES)
def test_no_sub_item_of_other_handling_is_printed(writer: Writer, locale: str) -> None:
    out = writer(BUILT, locale=locale)
    for key in ("R3_6_1", "R3_6_2", "R3_6_3"):
        assert label(f"t3.row.{key}", locale) not in out
    assert out.count(t3_label("t3.row.R3_6", locale)) == (2 if writer is docx_text else 1)


# --- bad input ----------------------------------------------------------------------------


def broken(report: Report, rows: tuple[object, ...]) -> Report:
    """A copy of *report* whose table 三 has *rows*, set around the validators."""
    table: ApplicationTable = object.__new__(ApplicationTable)
    object.__setattr__(table, "rows", rows)
    copy: Report = object.__new__(Report)
    for field in attrs.fields(Report):
        object.__setattr__(copy, field.name, getattr(report, field.name))
    object.__setattr__(copy, "applications", table)
    return copy


def with_cell(key: str, column: Applicant, value: object) -> Report:
    rows: list[list[object]] = [list(row) for row in BUILT.applications.rows]
    rows[SINGLE.position(key)][column.position] = value
    return broken(BUILT, tuple(tuple(row) for row in rows))


def render_any_docx(report: Report) -> bytes:
    return render_docx(report)


ALL_WRITERS: list[Callable[[Report], object]] = [
    render_text,
    render_markdown,
    render_html,
    render_any_docx,
]


def test_validate_accepts_both_layouts() -> None:
    validate(BUILT)
    validate(DISTINCT)
    validate(example())


@pytest.mark.parametrize("writer", ALL_WRITERS, ids=WRITER_IDS)
@pytest.mark.parametrize(
    ("key", "column", "path"),
    [
        ("R3_6", Applicant.RESEARCH, "applications.R3_6[2]"),
        ("R3_7", Applicant.TOTAL, "applications.R3_7[6]"),
        ("R4", Applicant.NATURAL_PERSON, "applications.R4[0]"),
    ],
)
@pytest.mark.parametrize(
    ("value", "message"), [(-1, "negative"), ("3", "whole number"), (1.5, "whole number")]
)
def test_bad_cell_is_named_by_the_report_s_own_address(
    writer: Callable[[Report], object],
    key: str,
    column: Applicant,
    path: str,
    value: object,
    message: str,
) -> None:
    with pytest.raises(InvalidReportError) as raised:
        writer(with_cell(key, column, value))
    (problem,) = raised.value.problems
    assert problem.path == path
    assert message in problem.message


@pytest.mark.parametrize("writer", ALL_WRITERS, ids=WRITER_IDS)
def test_bad_row_is_named(writer: Callable[[Report], object]) -> None:
    rows = list(BUILT.applications.rows)
    rows[SINGLE.position("R3_6")] = (0,) * 6
    with pytest.raises(InvalidReportError) as raised:
        writer(broken(BUILT, tuple(rows)))
    (problem,) = raised.value.problems
    assert problem.path == "applications.R3_6"
    assert "7 cells" in problem.message


@pytest.mark.parametrize("size", [22, 24, 26])
def test_a_table_of_neither_size_is_refused(size: int) -> None:
    report = broken(BUILT, ((0,) * 7,) * size)
    with pytest.raises(InvalidReportError) as raised:
        validate(report)
    (problem,) = raised.value.problems
    assert problem.path == "applications"
    assert "25 rows" in problem.message
    assert "23" in problem.message
