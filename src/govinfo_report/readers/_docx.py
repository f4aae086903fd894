r"""The Word form: a .docx to the text the shared reading reads, through python-docx.

The body is walked in document order, paragraphs and tables interleaved, and
written as Word exports a document to text: each paragraph on a line, each
table row as its cells, one a line behind a tab, the row ended by a blank line.
Merged cells are taken once: a cell spanning columns (``w:gridSpan``) is one
``w:tc`` already, and a cell continuing a vertical merge (``w:vMerge`` without
``restart``) is left out, as HTML leaves out the cells a ``rowspan`` covers.
A row of a single cell (a caption such as 第二十条第（一）项, or a table used
as a frame around text) is text.  Automatic numbering (一、 （一） 1. drawn by
Word rather than typed) is written out, since the reading finds sections by it.
Headers, footers and their page numbers are not part of the body.

python-docx is an optional extra (``pip install 'govinfo_report[docx]'``);
it is imported only when a Word document is read.

>>> from govinfo_report import example
>>> from govinfo_report.writers import render_docx
>>> text = docx_text(render_docx(example()))
>>> text.splitlines()[0]
'临淄区齐都镇人民政府2021年政府信息公开工作年度报告'
>>> "\t规章\n\t0\n\t0\n\t0\n\n" in text
True
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from govinfo_report.errors import MissingExtraError
from govinfo_report.labels import _roman
from govinfo_report.limits import MAX_COMPRESSION_RATIO, MAX_DOCX_UNPACKED_BYTES
from govinfo_report.numerals import format_chinese

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement

__all__ = ["DocxError", "docx_text", "is_word_document"]


class DocxError(Exception):
    """A file that cannot be read as a Word document: the message says why."""


_W: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def is_word_document(data: bytes) -> bool:
    r"""Whether *data* is a ZIP archive that holds a Word document (``word/document.xml``).

    >>> is_word_document(b"PK\x03\x04 not really a zip")
    False
    """
    return bool(_members(data) & {"word/document.xml"})


def _members(data: bytes) -> set[str]:
    """The names of the members of the ZIP archive *data*, lower-cased; none if it is none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {name.lower() for name in archive.namelist()}
    except Exception:  # BadZipFile, EOFError, NotImplementedError ("zip file version 8.8") ...
        return set()


def _one_line(text: str) -> str:
    """Text of a paragraph or cell on one line: tabs would read as cells, breaks as rows."""
    out = ""
    for line in re.split(r"[\n\t\v\r]+", text):
        line = line.strip()
        if not line:
            continue
        # Latin words wrapped over lines keep a space between them; CJK text does not.
        joint = " " if out and out[-1].isascii() and line[0].isascii() else ""
        out += joint + line
    return out


# --- automatic numbering -------------------------------------------------------------------


def _format_number(n: int, fmt: str) -> str:
    """*n* in Word's number format *fmt* (``w:numFmt``); decimal for formats not known."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional"):
        return format_chinese(n) if 0 <= n < 10**16 else str(n)
    if fmt == "chineseLegalSimplified":
        return format_chinese(n, style="financial") if 0 <= n < 10**16 else str(n)
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Word's list numbering: the text Word draws before each numbered paragraph."""

    def __init__(self, numbering: BaseOxmlElement | None, styles: BaseOxmlElement | None) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (abstract, level)
        self.abstract: dict[str, str] = {}  # numId -> abstractNumId
        self.starts: dict[tuple[str, int], int] = {}  # (numId, level) -> startOverride
        self.style_numbers: dict[str, tuple[str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        self.started: set[str] = set()
        if numbering is not None:
            for abstract in numbering.iterchildren(_w("abstractNum")):
                key = abstract.get(_w("abstractNumId"), "")
                for level in abstract.iterchildren(_w("lvl")):
                    ilvl = int(level.get(_w("ilvl"), "0"))
                    self.levels[(key, ilvl)] = (
                        _val(level, "numFmt") or "decimal",
                        _val(level, "lvlText") or "",
                        int(_val(level, "start") or "1"),
                    )
            for num in numbering.iterchildren(_w("num")):
                num_id = num.get(_w("numId"), "")
                self.abstract[num_id] = _val(num, "abstractNumId") or ""
                for override in num.iterchildren(_w("lvlOverride")):
                    start = _val(override, "startOverride")
                    if start is not None:
                        ilvl = int(override.get(_w("ilvl"), "0"))
                        self.starts[(num_id, ilvl)] = int(start)
        if styles is not None:
            for style in styles.iterchildren(_w("style")):
                num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
                if num_pr is not None:
                    num_id = _val(num_pr, "numId")
                    if num_id is not None:
                        level = int(_val(num_pr, "ilvl") or "0")
                        self.style_numbers[style.get(_w("styleId"), "")] = (num_id, level)

    def label(self, p: BaseOxmlElement) -> str:
        """The number Word draws before paragraph *p*, or ``""``."""
        num_pr = p.find(f"{_w('pPr')}/{_w('numPr')}")
        found: tuple[str, int] | None = None
        if num_pr is not None:
            num_id = _val(num_pr, "numId")
            if num_id is not None:
                found = (num_id, int(_val(num_pr, "ilvl") or "0"))
        else:
            style = p.find(f"{_w('pPr')}/{_w('pStyle')}")
            if style is not None:
                found = self.style_numbers.get(style.get(_w("val"), ""))
        if found is None or found[0] == "0" or found[0] not in self.abstract:
            return ""
        num_id, level = found
        abstract = self.abstract[num_id]
        if (abstract, level) not in self.levels:
            return ""
        counters = self.counters.setdefault(abstract, [0] * 10)
        if num_id not in self.started:
            # A list that restarts its numbering says so with a start override.
            self.started.add(num_id)
            for (override_id, ilvl), start in self.starts.items():
                if override_id == num_id and ilvl < len(counters):
                    counters[ilvl] = start - 1
        if level >= len(counters):
            return ""
        starts = [self.levels.get((abstract, i), ("", "", 1))[2] for i in range(10)]
        if counters[level] == 0 and starts[level] != 1:
            counters[level] = starts[level] - 1
        counters[level] += 1
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = starts[deeper] - 1
        fmt, text, _ = self.levels[(abstract, level)]

        def number(match: re.Match[str]) -> str:
            i = int(match.group(1)) - 1
            if not 0 <= i < len(counters):
                return ""
            value = max(counters[i], starts[i]) if i < level else counters[i]
            return _format_number(value, self.levels.get((abstract, i), (fmt, "", 1))[0])

        return re.sub(r"%(\d)", number, text)


def _val(element: BaseOxmlElement, tag: str) -> str | None:
    child = element.find(_w(tag))
    return None if child is None else child.get(_w("val"))


# --- the body ------------------------------------------------------------------------------


def _paragraph(p: BaseOxmlElement, numbering: _Numbering) -> str:
    text = str(p.text)  # CT_P.text: its runs, tabs and hyperlinks
    return _one_line(numbering.label(p) + text)


def _cell_text(tc: BaseOxmlElement, numbering: _Numbering) -> str:
    # Every paragraph of the cell, those of nested tables included, on one line.
    return _one_line("\n".join(_paragraph(p, numbering) for p in tc.iter(_w("p"))))


def _blocks(parent: BaseOxmlElement, numbering: _Numbering) -> Iterator[str]:
    """The lines of the body (or a content control) in Word's export form."""
    for child in parent.iterchildren():
        if child.tag == _w("p"):
            line = _paragraph(child, numbering)
            if line:
                yield line
        elif child.tag == _w("tbl"):
            for tr in child.iter(_w("tr")):
                if tr.getparent() is not child:
                    continue  # a nested table's row: its text is in its cell's
                cells = [
                    _cell_text(tc, numbering)
                    for tc in tr.iterchildren(_w("tc"))
                    if _v_merge(tc) != "continue"
                ]
                if len(cells) >= 2:
                    yield from ("\t" + cell for cell in cells)
                    yield ""
                elif cells and cells[0]:
                    yield cells[0]
        elif child.tag in (_w("sdt"), _w("customXml")):
            content = child.find(_w("sdtContent"))
            yield from _blocks(child if content is None else content, numbering)


def _v_merge(tc: BaseOxmlElement) -> str | None:
    merge = tc.find(f"{_w('tcPr')}/{_w('vMerge')}")
    if merge is None:
        return None
    # <w:vMerge/> without a value continues the cell above.
    return str(merge.get(_w("val"), "continue"))


def _check_archive(data: bytes, unpacked_limit: int) -> None:
    """Refuse a zip bomb, or XML with a DTD, before python-docx unpacks anything.

    The sizes come from the archive's central directory; zipfile never unpacks a
    member beyond the size given there, so they bound what reading can cost.  Word
    never writes a DTD: one is there to declare entities (a "billion laughs" that
    expands to gigabytes, or an external entity that reads a file), and is refused
    whatever the XML parser would do with it.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            total = sum(member.file_size for member in members)
            if total > unpacked_limit:
                raise DocxError(
                    f"a ZIP archive that unpacks to {total:,} bytes, more than the limit of "
                    f"{unpacked_limit:,} bytes (a zip bomb?); pass max_bytes= to read_docx() "
                    "to raise it"
                )
            for member in members:
                ratio = member.file_size / max(member.compress_size, 1)
                if member.file_size > _RATIO_FLOOR and ratio > MAX_COMPRESSION_RATIO:
                    raise DocxError(
                        f"{member.filename} is compressed {ratio:,.0f} to 1, more than "
                        f"{MAX_COMPRESSION_RATIO} to 1: a zip bomb, not a Word document"
                    )
            for member in members:
                if member.filename.lower().endswith((".xml", ".rels")):
                    content = archive.read(member)
                    if any(mark in content for mark in _DOCTYPE):
                        raise DocxError(
                            f"{member.filename} declares a DTD (<!DOCTYPE>), which Word never "
                            "writes: refused, as its entities could expand without end or "
                            "read other files"
                        )
    except DocxError:
        raise
    except Exception as error:
        # zipfile and zlib raise many kinds of errors on damaged archives (zlib.error,
        # BadZipFile, EOFError, NotImplementedError for an unknown method ...).
        raise DocxError(
            f"not a readable Word document (.docx): a damaged ZIP archive "
            f"({type(error).__name__}: {error})"
        ) from None


# Members this small cannot amount to a bomb, whatever their ratio.
_RATIO_FLOOR: Final = 1024 * 1024
_DOCTYPE: Final = tuple(
    "<!DOCTYPE".encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)


def docx_text(data: bytes, *, unpacked_limit: int = MAX_DOCX_UNPACKED_BYTES) -> str:
    """The text of the Word document *data*, in the form the shared reading reads.

    Raises :class:`DocxError` for a file that is not a readable Word document
    (a zip bomb, or XML with a DTD, included), and
    :class:`~govinfo_report.errors.MissingExtraError` without python-docx.
    """
    try:
        import docx
    except ImportError as error:
        raise MissingExtraError("read_docx", "docx", "python-docx") from error

    members = _members(data)
    if not members:
        raise DocxError("not a readable Word document (.docx): a damaged or empty ZIP archive")
    if "word/document.xml" not in members:
        raise DocxError("a ZIP archive that is not a Word document: it holds no word/document.xml")
    _check_archive(data, unpacked_limit)
    try:
        document = docx.Document(io.BytesIO(data))
        part = document.part
        try:
            numbering_element = part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering_element = None
        numbering = _Numbering(numbering_element, part.styles.element)
        lines = list(_blocks(document.element.body, numbering))
    except Exception as error:
        # python-docx, lxml and zipfile raise many kinds of errors on broken files.
        raise DocxError(f"not a readable Word document ({type(error).__name__}: {error})") from None
    return "\n".join(lines) + "\n"
