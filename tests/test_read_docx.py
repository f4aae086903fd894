"""The Word reader: our own documents read back, odd tables read by label, and junk.

Documents written by :func:`~govinfo_report.writers.render_docx` read back to the same
report (the example, the golden reports, generated reports).  Tables split in two,
merged cells undone, automatic numbering for the headings: still read by label.  A
damaged file, a ZIP that is no Word document, a document that is no report give a
ReadError naming it.
"""

from __future__ import annotations

import copy
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import attrs
import docx
import pytest
from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_report import Report, Section, Subsection, example, loads
from govinfo_report.errors import MissingExtraError
from govinfo_report.readers import ReadError, read, read_docx
from govinfo_report.readers._docx import _format_number, docx_text
from govinfo_report.writers import render_docx
from tests.strategies import any_layout_consistent_reports

GOLDEN = Path(__file__).parent / "data" / "golden"
GOLDEN_NAMES = ("pingtan-2021", "pingtan-2022", "huaian-2024", "hongze-2023", "hongze-2024")


def golden(name: str) -> Report:
    return loads((GOLDEN / f"{name}.json").read_bytes())


def carried(report: Report) -> Report:
    """*report* less what the official layout does not print (as in test_writers)."""
    return attrs.evolve(
        report, organ_kind=None, publication_date=None, section_order=tuple(Section)
    )


def document(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def saved(doc: Document) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# --- our own documents ------------------------------------------------------------------


def test_example_reads_back(tmp_path: Path) -> None:
    data = render_docx(example())
    result = read_docx(data)
    assert result.form == "docx"
    assert carried(result.report) == carried(example())
    assert result.uncertain == ()
    path = tmp_path / "report.docx"
    path.write_bytes(data)
    assert read_docx(path).report == result.report
    assert read_docx(str(path)).report == result.report


def test_read_detects_word_by_its_content(tmp_path: Path) -> None:
    renamed = tmp_path / "report.bin"
    renamed.write_bytes(render_docx(example()))
    result = read(renamed)
    assert result.form == "docx"
    assert carried(result.report) == carried(example())
    assert read(renamed.read_bytes()).form == "docx"


@pytest.mark.parametrize("name", GOLDEN_NAMES)
def test_golden_reports_read_back(name: str) -> None:
    report = golden(name)
    result = read_docx(render_docx(report), strict=True)
    assert carried(result.report) == carried(report)
    assert result.report.applications.layout is report.applications.layout


def plain_titles(report: Report) -> Report:
    # A sub-section title is read up to its first 。 or ：, as in published reports.
    subsections = tuple(
        Subsection(s.title.replace("。", ""), s.text) for s in report.general.subsections
    )
    return attrs.evolve(report, general=attrs.evolve(report.general, subsections=subsections))


# Writing a Word document takes some 200 ms: a few examples are enough here, the other
# writers' round trips cover the reading with many more.
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=any_layout_consistent_reports())
def test_generated_reports_read_back(report: Report) -> None:
    report = plain_titles(report)
    back = carried(read_docx(render_docx(report)).report)
    # The reader finds the period only where the narrative states it.
    assert attrs.evolve(back, period=report.period) == carried(report)


def test_each_merged_cell_is_taken_once() -> None:
    text = docx_text(render_docx(example()))
    # 三、本年度办理结果 spans 21 rows (vMerge), the row labels of 一 and 二 three columns.
    assert text.count("三、本年度办理结果") == 1
    assert text.count("\t一、本年新收政府信息公开申请数量\n") == 1
    assert "\t一、本年新收政府信息公开申请数量\n\t0\n" in text


# --- tables split or merged oddly, numbering drawn by Word --------------------------------


def split_table_three(data: bytes, at: int) -> bytes:
    """Table 三 broken in two before row *at*, with a page number between, as on a page."""
    doc = document(data)
    table = doc.tables[1]._tbl
    second = copy.deepcopy(table)
    for tr in table.tr_lst[at:]:
        table.remove(tr)
    for tr in second.tr_lst[:at]:
        second.remove(tr)
    page = OxmlElement("w:p")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "- 3 -"
    run.append(text)
    page.append(run)
    table.addnext(page)
    page.addnext(second)
    return saved(doc)


@pytest.mark.parametrize("at", [5, 12, 20])
def test_a_table_split_over_pages_reads_by_label(at: int) -> None:
    report = golden("huaian-2024")
    result = read_docx(split_table_three(render_docx(report), at))
    assert carried(result.report) == carried(report)
    assert result.uncertain == ()


def unmerged(data: bytes) -> bytes:
    """Every merge undone: a cell's text repeated down its rows, spans split into cells."""
    doc = document(data)
    for table in doc.tables:
        above: dict[int, str] = {}
        for tr in table._tbl.tr_lst:
            column = 0
            for tc in list(tr.tc_lst):
                pr = tc.get_or_add_tcPr()
                merge = pr.find(qn("w:vMerge"))
                span = tc.grid_span
                if merge is not None:
                    if merge.get(qn("w:val")) == "restart":
                        above[column] = "".join(t.text or "" for t in tc.iter(qn("w:t")))
                    else:
                        emptied(tc).append(run_of(above.get(column, "")))
                    pr.remove(merge)
                if span > 1:
                    pr.grid_span = 1
                    for _ in range(span - 1):
                        empty = copy.deepcopy(tc)
                        emptied(empty)
                        tc.addnext(empty)
                column += span
    return saved(doc)


def emptied(tc: BaseOxmlElement) -> BaseOxmlElement:
    """Cell *tc* with its paragraphs removed and one empty paragraph added; that one."""
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    p = OxmlElement("w:p")
    tc.append(p)
    return p


def run_of(text: str) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    element = OxmlElement("w:t")
    element.text = text
    run.append(element)
    return run


@pytest.mark.parametrize("name", ["huaian-2024", "hongze-2023"])
def test_tables_without_merged_cells_read_by_label(name: str) -> None:
    report = golden(name)
    result = read_docx(unmerged(render_docx(report)))
    assert carried(result.report) == carried(report)


def numbered_headings(data: bytes) -> bytes:
    """The headings 一、… and （一）… drawn by Word's automatic numbering, not typed."""
    doc = document(data)
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum", {qn("w:abstractNumId"): "90"})
    for level, text in ((0, "%1、"), (1, "（%2）")):
        lvl = OxmlElement("w:lvl", {qn("w:ilvl"): str(level)})
        for tag, value in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:lvlText", text)):
            lvl.append(OxmlElement(tag, {qn("w:val"): value}))
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num", {qn("w:numId"): "90"})
    num.append(OxmlElement("w:abstractNumId", {qn("w:val"): "90"}))
    numbering.append(num)
    for paragraph in doc.paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        if style not in ("Heading 1", "Heading 2"):
            continue
        level = 0 if style == "Heading 1" else 1
        marker = paragraph.text.split("、", 1)[0] + "、" if level == 0 else ""
        if level == 1:
            marker = paragraph.text[: paragraph.text.index("）") + 1]
        first = paragraph.runs[0]
        first.text = first.text[len(marker) :]
        pr = paragraph._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        num_pr.append(OxmlElement("w:ilvl", {qn("w:val"): str(level)}))
        num_pr.append(OxmlElement("w:numId", {qn("w:val"): "90"}))
        pr.append(num_pr)
    return saved(doc)


def test_automatic_numbering_is_read() -> None:
    report = golden("pingtan-2022")
    data = numbered_headings(render_docx(report))
    assert "一、总体情况" not in "".join(p.text for p in document(data).paragraphs)
    result = read_docx(data)
    assert carried(result.report) == carried(report)


@pytest.mark.parametrize(
    ("number", "fmt", "text"),
    [
        (3, "chineseCounting", "三"),
        (12, "chineseCountingThousand", "十二"),
        (3, "decimal", "3"),
        (3, "decimalFullWidth", "３"),
        (4, "upperRoman", "IV"),
        (28, "lowerLetter", "bb"),
        (2, "bullet", ""),
        (5, "somethingNew", "5"),
    ],
)
def test_number_formats(number: int, fmt: str, text: str) -> None:
    assert _format_number(number, fmt) == text


# --- what cannot be read -----------------------------------------------------------------


def zip_of(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (zip_of({"notes.txt": "hello"}), "ZIP archive that is not a Word document"),
        (b"PK\x03\x04" + b"\0" * 64, "damaged or empty ZIP"),
        (zip_of({"word/document.xml": "<w:document"}), "not a readable Word document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, r"Word 97-2003 document \(\.doc\)"),
    ],
    ids=["other-zip", "damaged-zip", "broken-xml", "doc"],
)
def test_unreadable_files_say_why(data: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(data)
    with pytest.raises(ReadError, match=message) as raised:
        read(path)
    assert str(raised.value).startswith(str(path))


def test_a_truncated_document_is_a_read_error() -> None:
    data = render_docx(example())
    with pytest.raises(ReadError, match="Word document"):
        read_docx(data[: len(data) // 2])


def test_a_word_document_that_is_no_report(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("会议纪要")
    doc.add_table(rows=2, cols=2).cell(0, 0).text = "甲"
    path = tmp_path / "minutes.docx"
    doc.save(str(path))
    with pytest.raises(ReadError, match="not an annual report") as raised:
        read_docx(path)
    assert str(raised.value).startswith(str(path))


@settings(max_examples=40, deadline=None)
@given(junk=st.binary(max_size=300))
def test_junk_after_a_zip_header_is_a_read_error(junk: bytes) -> None:
    with pytest.raises(ReadError):
        read(b"PK\x03\x04" + junk)


def test_missing_python_docx_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    data = render_docx(example())
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    for reader in (read, read_docx):
        with pytest.raises(MissingExtraError) as raised:
            reader(data)
        error = raised.value
        assert (error.feature, error.extra, error.package) == ("read_docx", "docx", "python-docx")


def test_library_imports_without_python_docx_for_reading() -> None:
    code = (
        "import sys; sys.modules['docx'] = None\n"
        "import govinfo_report.readers, govinfo_report.readers._docx\n"
        "assert not any(name.startswith('docx') for name in sys.modules if sys.modules[name])\n"
    )
    src = str(Path(__file__).parents[1] / "src")
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": src})
