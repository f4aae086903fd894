"""The Word form: a .docx in the official layout, through python-docx (an optional extra).

``pip install 'govinfo_report[docx]'`` installs python-docx; the rest of the
library imports and works without it.  The page is A4 with the margins of
GB/T 9704 (37/35/28/26 mm); the body is 仿宋 三号, the headings 一、… in 黑体
and （一）… in 楷体, the title centred in bold 宋体, the tables in 宋体 with
the official merged cells and ruled borders, and the page number centred in
the footer as ``— 1 —``.  The output is deterministic: the same report gives
the same bytes.

>>> import io, docx
>>> from govinfo_report import example
>>> data = render_docx(example())
>>> document = docx.Document(io.BytesIO(data))
>>> document.paragraphs[0].text
'临淄区齐都镇人民政府2021年政府信息公开工作年度报告'
>>> document.tables[1].cell(0, 0).text == document.tables[1].cell(2, 2).text
True
"""

from __future__ import annotations

import copy
import datetime
import io
import re
import zipfile
from typing import TYPE_CHECKING, Final, NamedTuple

from govinfo_report.errors import MissingExtraError
from govinfo_report.i18n import LocaleLike
from govinfo_report.model import Report, Section

from ._layout import (
    Grid,
    appeals_grid,
    applications_grid,
    html_lang,
    paragraphs,
    proactive_grid,
    section_heading,
    spread,
    subsection_marker,
    validate,
)

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.text.font import CT_RPr
    from docx.styles.style import ParagraphStyle
    from docx.text.paragraph import Paragraph

__all__ = ["render_docx"]

#: The Latin font of every text; East Asian text takes the fonts below.
LATIN: Final = "Times New Roman"
BODY_FONT: Final = "仿宋"
TITLE_FONT: Final = "宋体"
HEADING_FONT: Final = "黑体"
SUBHEADING_FONT: Final = "楷体"
TABLE_FONT: Final = "宋体"

#: The name of the paragraph style of the table cells.
TABLE_STYLE: Final = "Table Text"


class _TableLayout(NamedTuple):
    """How a table is laid out on the page."""

    #: The column widths in millimetres; they add up to 156 mm, the text width.
    widths: tuple[float, ...]
    #: The font size in points, where it is not the table style's.
    size: float | None = None
    #: Whether the rows of headings at the top repeat on each page the table runs to.
    repeat_headings: bool = True


# 二 repeats no heading: its four blocks each have their own.
def _proactive_layout(columns: int) -> _TableLayout:
    """Table 二's widths: the label 48 mm, the value columns sharing the rest (36 mm in 2021)."""
    value = 108.0 / (columns - 1)
    return _TableLayout((48.0, *(value,) * (columns - 1)), repeat_headings=False)


_REQUESTS: Final = _TableLayout((10.0, 20.0, 42.0, *(12.0,) * 7))
_APPEALS: Final = _TableLayout((10.4,) * 15, size=9)  # 15 columns: 小五

# Characters XML 1.0 cannot hold (C0 controls but tab, newline and return; lone
# surrogates; U+FFFE and U+FFFF): no Word document can contain them.
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Every member of the zip file gets this timestamp, so equal reports give equal bytes.
_ZIP_TIME: Final = (1980, 1, 1, 0, 0, 0)


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _set_fonts(rpr: CT_RPr, east_asian: str) -> None:
    """Set the Latin and East Asian fonts on ``w:rPr`` *rpr*, dropping any theme font."""
    from docx.oxml.ns import qn

    fonts = rpr.get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for attribute, name in (
        ("w:ascii", LATIN),
        ("w:hAnsi", LATIN),
        ("w:eastAsia", east_asian),
        ("w:cs", LATIN),
    ):
        fonts.set(qn(attribute), name)


def _paragraph_style(
    document: Document,
    name: str,
    east_asian: str,
    size: float,
    *,
    bold: bool = False,
    centred: bool = False,
    indent: bool = True,
) -> ParagraphStyle:
    """Restyle (or add) paragraph style *name*: fonts, size, black, no theme decoration."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    from docx.styles.style import ParagraphStyle

    if name in document.styles:
        style = document.styles[name]
    else:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
    assert isinstance(style, ParagraphStyle)
    element = style.element
    # Start from clean run properties; drop the template's borders and spacing.
    for old in element.findall(qn("w:rPr")):
        element.remove(old)
    for ppr in element.findall(qn("w:pPr")):
        for old in [*ppr.findall(qn("w:pBdr")), *ppr.findall(qn("w:spacing"))]:
            ppr.remove(old)
    font = style.font
    font.size = Pt(size)
    font.bold = True if bold else None
    font.color.rgb = RGBColor(0, 0, 0)
    _set_fonts(element.get_or_add_rPr(), east_asian)
    layout = style.paragraph_format
    layout.space_before = Pt(0)
    layout.space_after = Pt(0)
    if centred:
        layout.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if not indent:
        layout.first_line_indent = Pt(0)
    return style


def _setup(document: Document, report: Report, locale: LocaleLike) -> dict[str, str]:
    """Page, styles, footer and core properties of the official layout.

    Gives the style id of each paragraph style used, by name.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(20)

    # The document defaults name theme fonts; every text here names its fonts.
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        for rpr in defaults.iter(qn("w:rPr")):
            _set_fonts(rpr, BODY_FONT)

    english = html_lang(locale).startswith("en")
    normal = _paragraph_style(document, "Normal", BODY_FONT, 16)
    normal.paragraph_format.first_line_indent = Pt(32)  # two characters of 三号
    normal.paragraph_format.line_spacing = Pt(29)  # 22 lines on the 225 mm type area
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US" if english else "zh-CN")
    lang.set(qn("w:eastAsia"), "zh-CN")
    rpr.append(lang)

    title = _paragraph_style(document, "Title", TITLE_FONT, 22, bold=True, centred=True)
    title.paragraph_format.first_line_indent = Pt(0)
    title.paragraph_format.line_spacing = Pt(36)
    title.paragraph_format.space_after = Pt(29)
    _paragraph_style(document, "Heading 1", HEADING_FONT, 16)
    _paragraph_style(document, "Heading 2", SUBHEADING_FONT, 16)
    table = _paragraph_style(document, TABLE_STYLE, TABLE_FONT, 10.5, centred=True, indent=False)
    table.paragraph_format.line_spacing = 1.0

    # The page number as GB/T 9704 has it: 四号 宋体, between dashes.
    _paragraph_style(document, "Footer", TITLE_FONT, 14, centred=True, indent=False)
    footer = section.footer.paragraphs[0]
    footer.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    footer._p.append(field)
    footer.add_run(" —")

    properties = document.core_properties
    properties.title = _xml_text(report.display_title)[:255]
    properties.language = html_lang(locale)
    properties.author = _xml_text(report.organ)[:255]
    properties.comments = ""
    properties.last_modified_by = ""
    if report.publication_date is not None:
        moment = datetime.datetime.combine(report.publication_date, datetime.time())
        properties.created = properties.modified = moment
    else:
        # The template's dates are not the report's: leave them out.
        element = properties._element
        for name in ("dcterms:created", "dcterms:modified"):
            for old in element.findall(qn(name)):
                element.remove(old)
    names = ("Title", "Heading 1", "Heading 2", TABLE_STYLE)
    return {name: document.styles[name].style_id for name in names}


def _text(document: Document, text: str, style: str | None = None) -> Paragraph:
    """Add a paragraph of *text* in the style of id *style* (Normal by default)."""
    paragraph = document.add_paragraph(_xml_text(text))
    if style is not None:
        # As paragraph.style = ... does, less its slow look-up by name.
        paragraph._p.style = style
    return paragraph


def _paragraphs(document: Document, text: str) -> None:
    for paragraph in paragraphs(_xml_text(text)):
        _text(document, paragraph)


def _table(document: Document, grid: Grid, layout: _TableLayout, style: str) -> None:
    """Add *grid* as a ruled table: text in each cell's top-left position, then the merges.

    Each cell's paragraph has the style of id *style*.
    """
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    widths = layout.widths
    rows = spread(grid)
    table = document.add_table(rows=len(rows), cols=len(widths), style="Table Grid")
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)
    # Narrow cell margins (1 mm a side) leave room for the figures in narrow columns.
    margins = OxmlElement("w:tblCellMar")
    for side in ("w:left", "w:right"):
        margin = OxmlElement(side, {qn("w:w"): "57", qn("w:type"): "dxa"})
        margins.append(margin)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")
    # Format the first row's cells (width, centred, the table text style), then copy
    # their properties down each column: python-docx sets them one by one slowly.
    first = table.rows[0].cells
    for cell, width in zip(first, widths, strict=True):
        cell.width = Mm(width)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell.paragraphs[0]._p.style = style
    templates = [(cell._tc.tcPr, cell.paragraphs[0]._p.pPr) for cell in first]
    for row in table.rows[1:]:
        for tc, (tcpr, ppr) in zip(row._tr.tc_lst, templates, strict=True):
            tc.replace(tc.tcPr, copy.deepcopy(tcpr))
            tc.p_lst[0].insert(0, copy.deepcopy(ppr))
    # The cells before any merge, row by row: each cell's text goes in the top-left
    # position of its region, then the region is merged as Word writes merged cells:
    # the first cell of each row of the region spans its columns (w:gridSpan, the
    # others removed), and the rows below continue the top one (w:vMerge).  Done on
    # the XML directly: python-docx's merge() re-walks the table for every region.
    cells = [row.cells for row in table.rows]
    tcs = [[cell._tc for cell in row] for row in cells]
    merges = []
    for r, line in enumerate(rows):
        for c, (cell, offset, from_above) in enumerate(line):
            if offset or from_above:
                continue
            if cell.text:
                run = cells[r][c].paragraphs[0].add_run(_xml_text(cell.text))
                run.bold = cell.header or None
                if layout.size is not None:
                    run.font.size = Pt(layout.size)
            if cell.rowspan > 1 or cell.colspan > 1:
                merges.append((r, c, cell.rowspan, cell.colspan))
    for top, left, rowspan, colspan in merges:
        width = Mm(sum(widths[left : left + colspan]))
        for r in range(top, top + rowspan):
            tc = tcs[r][left]
            tc_pr = tc.get_or_add_tcPr()
            if colspan > 1:
                tc_pr.grid_span = colspan
                tc_pr.width = width
                for covered in tcs[r][left + 1 : left + colspan]:
                    covered.getparent().remove(covered)
            if rowspan > 1:
                tc_pr.vMerge_val = "restart" if r == top else "continue"
    if layout.repeat_headings:
        # The rows of headings only at the top repeat on each page the table runs to.
        for row, line in zip(table.rows, rows, strict=True):
            if not all(cell.header for cell, _, _ in line):
                break
            row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def render_docx(report: Report, *, locale: LocaleLike = "zh_Hans") -> bytes:
    """The report as a Word document (.docx) in the official layout, as bytes.

    The title, the preamble, then the six sections under their headings (the
    styles Heading 1 and Heading 2, so they show in Word's navigation pane):
    一 with its intro and numbered sub-sections （一）…, the three tables with
    the official merged cells, 五 and 六.  Labels are the catalogue's in
    *locale*; the narrative is printed as written, less any character XML
    cannot hold.  Write the bytes to a file with
    ``Path("report.docx").write_bytes(render_docx(report))``.

    Needs python-docx (``pip install 'govinfo_report[docx]'``); without it
    raises :class:`~govinfo_report.errors.MissingExtraError`.  A report that
    breaks the model's invariants raises
    :class:`~govinfo_report.errors.InvalidReportError` before anything is made.

    >>> import io, docx
    >>> from govinfo_report import example
    >>> data = render_docx(example())
    >>> data[:2], len(data) > 0
    (b'PK', True)
    >>> table = docx.Document(io.BytesIO(data)).tables[1]
    >>> table.cell(3, 0).text, table.cell(3, 2).text, table.cell(3, 3).text
    ('一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '0')
    >>> docx.Document(io.BytesIO(render_docx(example(), locale="en"))).tables[2].cell(0, 0).text
    'Administrative review'
    """
    validate(report)
    try:
        import docx
    except ImportError as error:
        raise MissingExtraError("render_docx", "docx", "python-docx") from error

    document = docx.Document()
    styles = _setup(document, report, locale)
    table = styles[TABLE_STYLE]
    _text(document, report.display_title, styles["Title"])
    _paragraphs(document, report.preamble)
    for section in Section:
        _text(document, section_heading(section, locale, report.edition), styles["Heading 1"])
        if section is Section.GENERAL:
            _paragraphs(document, report.general.intro)
            for number, subsection in enumerate(report.general.subsections, 1):
                heading = subsection_marker(number, locale) + subsection.title
                _text(document, heading, styles["Heading 2"])
                _paragraphs(document, subsection.text)
        elif section is Section.PROACTIVE:
            grid = proactive_grid(report, locale)
            _table(document, grid, _proactive_layout(sum(c.colspan for c in grid[0])), table)
        elif section is Section.REQUESTS:
            _table(document, applications_grid(report, locale), _REQUESTS, table)
        elif section is Section.REVIEW_LITIGATION:
            _table(document, appeals_grid(report, locale), _APPEALS, table)
        elif section is Section.PROBLEMS:
            _paragraphs(document, report.problems)
        else:
            _paragraphs(document, report.other)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_times(buffer.getvalue())


def _fixed_times(data: bytes) -> bytes:
    """*data*, a zip file, with every member's timestamp fixed."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = info.external_attr
            target.writestr(member, source.read(info))
    return out.getvalue()
