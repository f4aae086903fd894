r"""The PDF form: born-digital PDFs to the text the shared reading reads, through pdfplumber.

A PDF holds characters at positions, and ruled lines.  pdfplumber finds the
ruled tables (their merged cells included) and the lines of text around them;
here both become one text in reading order, as Word exports a document: each
paragraph on a line, each table row as its cells, one a line behind a tab, the
row ended by a blank line.  A cell that a merge covers is not repeated, so each
merged cell is taken once.  A table broken by a page becomes two tables
one after the other, and the rows are read by their labels, as in any other
form.  Page numbers (``- 4 -``, ``第 4 页``) and running headers and footers
are left out; lines that wrap inside a paragraph are joined again.

pdfplumber is an optional extra (``pip install 'govinfo_report[pdf]'``); it is
imported only when a PDF is read.

>>> from pathlib import Path
>>> text = pdf_text(Path("tests/data/corpus/hongze-2024.pdf").read_bytes())
>>> text.pages, text.text.splitlines()[:2]
(5, ['淮安市洪泽区人民政府', '2024年政府信息公开工作年度报告'])
>>> "\t行政许可\n\t9487\n" in text.text
True
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Final, NamedTuple

from govinfo_report.errors import MissingExtraError
from govinfo_report.limits import MAX_PDF_UNPACKED_BYTES, PDF_TIMEOUT

from ._deadline import DeadlineExceeded, within
from ._pdf_guard import bomb, structure_defect

if TYPE_CHECKING:
    from pdfplumber.page import Page

__all__ = ["PDFError", "PDFText", "pdf_text"]


class PDFText(NamedTuple):
    """The text of a PDF in the shared reading's form, and how many pages it has."""

    text: str
    pages: int


class PDFError(Exception):
    """A PDF that cannot be read: the message says why (the caller names the document)."""


# A page number alone on a line, as Chinese official documents print it (GB/T 9704:
# "— 4 —"), or "第 4 页 (共 6 页)": never a line of the text, wherever it stands.
_PAGE_NUMBER: Final = re.compile(
    r"\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?)\s*"
)
# A bare "4" or "4 / 6" is a page number only in the top or bottom margin.
_BARE_PAGE_NUMBER: Final = re.compile(r"\s*\d{1,4}(?:\s*/\s*\d{1,4})?\s*")
# A line that opens a heading or a numbered sub-section never continues the line above.
_OPENS_BLOCK: Final = re.compile(
    r"[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[)）]"
)
# Spaces that text extraction puts in the gaps of Word's CJK/Latin spacing: PDFs of
# Chinese reports hold no space there (a space next to a CJK character is never text).
# (A match starts where a run of spaces starts: tried from inside a long run, " +(?=…)"
# would scan to its end from every space, in quadratic time.)
_CJK_GAP: Final = re.compile(r"(?<=[^\x00-\x7f]) +|(?<! ) +(?=[^\x00-\x7f])")
# Headers and footers lie in the top and bottom 10 % of the page.
_MARGIN: Final = 0.1


class _Line(NamedTuple):
    """A line of text on a page (not in a table), where it stands."""

    page: int
    top: float
    x0: float
    x1: float
    size: float
    text: str


class _Row(NamedTuple):
    """A table row on a page: its cells, each merged cell once."""

    page: int
    top: float
    cells: tuple[str, ...]


def _tidy(text: str) -> str:
    return _CJK_GAP.sub("", text.strip())


def _cell_text(text: str) -> str:
    """One line for a cell's text: its wrapped lines joined, as the cell prints them."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    out = ""
    for line in lines:
        # Latin words wrapped over lines keep a space between them; CJK text does not.
        joint = " " if out and out[-1].isascii() and line[0].isascii() else ""
        out += joint + line
    return _tidy(out)


def _page_items(page: Page, number: int) -> tuple[list[_Line], list[_Row]]:
    """The lines of text and the table rows of *page*."""
    rows: list[_Row] = []
    bands: list[tuple[float, float, float, float]] = []
    for table in page.find_tables():
        for row, cells in zip(table.rows, table.extract(), strict=True):
            kept = [cell for cell in cells if cell is not None]
            if len(kept) < 2 or not any(kept):
                # A cell across the whole table is a caption or a frame around text:
                # read it as text, with the characters the cell's edges would cut.
                continue
            rows.append(_Row(number, row.bbox[1], tuple(_cell_text(cell) for cell in kept)))
            bands.append(row.bbox)

    def outside_rows(obj: dict[str, object]) -> bool:
        if obj.get("object_type") != "char":
            return True
        x = (float(obj["x0"]) + float(obj["x1"])) / 2  # type: ignore[arg-type]
        y = (float(obj["top"]) + float(obj["bottom"])) / 2  # type: ignore[arg-type]
        return not any(x0 <= x < x1 and top <= y < bottom for x0, top, x1, bottom in bands)

    text_page = page.filter(outside_rows) if bands else page
    lines = []
    for found in text_page.extract_text_lines(return_chars=True):
        text = _tidy(str(found["text"]))
        if not text:
            continue
        chars = found["chars"]
        size = statistics.median(float(char["size"]) for char in chars) if chars else 10.0
        lines.append(
            _Line(number, float(found["top"]), float(found["x0"]), float(found["x1"]), size, text)
        )
    return lines, rows


def _chrome(lines: Sequence[_Line], heights: Sequence[float]) -> set[_Line]:
    """The page numbers, and the headers and footers that repeat from page to page."""

    def in_margin(line: _Line) -> bool:
        height = heights[line.page]
        return line.top < height * _MARGIN or line.top > height * (1 - _MARGIN)

    chrome = {
        line
        for line in lines
        if _PAGE_NUMBER.fullmatch(line.text)
        or (in_margin(line) and _BARE_PAGE_NUMBER.fullmatch(line.text))
    }
    if len(heights) < 2:
        return chrome

    def shape(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text)

    marginal = [line for line in lines if in_margin(line)]
    seen = Counter(shape for _, shape in {(line.page, shape(line)) for line in marginal})
    repeated = {shape for shape, count in seen.items() if count >= 2}
    return chrome | {line for line in marginal if shape(line) in repeated}


def _paragraph_lines(lines: Sequence[_Line]) -> Iterator[str]:
    """The lines as paragraphs: a line that fills the text width continues on the next."""
    if not lines:
        return
    # The text block's edges: the most common left edge, the right edge most full lines reach.
    left = Counter(round(line.x0) for line in lines).most_common(1)[0][0]
    right = statistics.quantiles([line.x1 for line in lines], n=10)[-1] if len(lines) > 1 else 0
    paragraph = ""
    previous: _Line | None = None
    for line in lines:
        char = line.size or 10.0
        continues = (
            previous is not None
            and previous.x1 >= right - 1.5 * char
            and line.x0 <= left + 0.5 * char
            and not _OPENS_BLOCK.match(line.text)
        )
        if continues:
            joint = " " if paragraph[-1:].isascii() and line.text[0].isascii() else ""
            paragraph += joint + line.text
        else:
            if paragraph:
                yield paragraph
            paragraph = line.text
        previous = line
    if paragraph:
        yield paragraph


def _document_text(lines: Sequence[_Line], rows: Sequence[_Row]) -> str:
    """The lines and rows of every page in reading order, in Word's export form."""
    items: list[tuple[int, float, int, _Line | _Row]] = [
        *((line.page, line.top, 0, line) for line in lines),
        *((row.page, row.top, 1, row) for row in rows),
    ]
    items.sort(key=lambda item: item[:3])
    out: list[str] = []
    run: list[_Line] = []
    for *_, item in items:
        if isinstance(item, _Line):
            run.append(item)
            continue
        out.extend(_paragraph_lines(run))
        run = []
        out.extend("\t" + cell for cell in item.cells)
        out.append("")
    out.extend(_paragraph_lines(run))
    return "\n".join(out) + "\n"


class _Pages(NamedTuple):
    """What the pages of a PDF hold, as pdfplumber finds it."""

    lines: list[_Line]
    rows: list[_Row]
    heights: list[float]
    images: int


def _pages(data: bytes) -> _Pages:
    import pdfplumber

    # Opened by pdfminer too, so under the same deadline as the pages.
    defect = structure_defect(data)
    if defect is not None:
        raise PDFError(defect)
    lines: list[_Line] = []
    rows: list[_Row] = []
    heights: list[float] = []
    images = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages):
            heights.append(float(page.height))
            images += len(page.images)
            # Bold text is often printed twice, a hair apart: keep one of each.
            page_lines, page_rows = _page_items(page.dedupe_chars(), number)
            lines += page_lines
            rows += page_rows
    return _Pages(lines, rows, heights, images)


def pdf_text(
    data: bytes,
    *,
    timeout: float | None = PDF_TIMEOUT,
    unpacked_limit: int = MAX_PDF_UNPACKED_BYTES,
) -> PDFText:
    """The text of the PDF *data*, in the form the shared reading reads.

    Raises :class:`PDFError` for a PDF that cannot be opened (corrupt or
    encrypted), that holds no text (a scan), whose streams unpack to more than
    *unpacked_limit* bytes, whose structure would send pdfminer round a loop, or
    whose parsing takes more than *timeout* seconds (``None``: no limit); and
    :class:`~govinfo_report.errors.MissingExtraError` without pdfplumber.
    """
    try:
        import pdfplumber  # noqa: F401  (here, to say which extra is missing)
    except ImportError as error:
        raise MissingExtraError("read_pdf", "pdf", "pdfplumber") from error

    # What no deadline can stop (one call into zlib; memory) is looked for first.
    defect = bomb(data, unpacked_limit)
    if defect is not None:
        raise PDFError(defect)
    try:
        lines, rows, heights, images = within(timeout, _pages, data)
    except PDFError:
        raise
    except DeadlineExceeded:
        raise PDFError(
            f"pdfminer did not finish parsing it within {timeout:g} s (a broken or hostile "
            "file, or a very long one: pass timeout= to read_pdf() to allow more)"
        ) from None
    except Exception as error:
        # pdfminer raises many kinds of errors (and bare ones) on broken files.
        if b"/Encrypt" in data:
            raise PDFError("an encrypted PDF: it cannot be read without its password") from None
        raise PDFError(f"not a readable PDF file ({type(error).__name__}: {error})") from None
    if not lines and not rows:
        if images:
            raise PDFError(
                "a PDF of images without a text layer (a scan): "
                "OCR is needed to read it, e.g. with ocrmypdf"
            )
        raise PDFError("a PDF without any text")
    chrome = _chrome(lines, heights)
    body = [line for line in lines if line not in chrome]
    return PDFText(_document_text(body, rows), len(heights))
