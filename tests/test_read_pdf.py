"""The PDF reader: the corpus PDFs cell by cell against their golden reports, and junk.

The three born-digital PDFs of the corpus (淮安市 2024, 洪泽区 2023 and 2024) read to
their golden reports exactly: every cell, the layout of table 三 (洪泽区 prints （六）其他处理
as one row), hongze-2023's table 四 as printed (it does not tie out), and the narrative
with its wrapped lines joined and its page numbers gone.  A PDF that is damaged,
encrypted, a scan or no report gives a ReadError naming it.  The small PDFs in
tests/data/pdf/ are written by scripts/make_pdf_fixtures.py.
"""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_report import Layout, Report, loads
from govinfo_report.errors import MissingExtraError
from govinfo_report.readers import ReadError, ReadResult, read, read_pdf
from govinfo_report.readers._pdf import _chrome, _Line, _paragraph_lines, pdf_text

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus"
FIXTURES = DATA / "pdf"
NAMES = ("huaian-2024", "hongze-2023", "hongze-2024")


def golden(name: str) -> Report:
    return loads((DATA / "golden" / f"{name}.json").read_bytes())


@functools.cache
def read_corpus(name: str) -> ReadResult:
    # About a second a PDF: each is read once for the whole module.
    return read_pdf(CORPUS / f"{name}.pdf")


@functools.cache
def corpus_text(name: str) -> str:
    return pdf_text((CORPUS / f"{name}.pdf").read_bytes()).text


# --- the corpus --------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_every_cell_is_read_right(name: str) -> None:
    result = read_corpus(name)
    report, expected = result.report, golden(name)
    assert result.form == "pdf"
    assert report.applications.layout is expected.applications.layout
    wrong = {
        address: (report.raw_cell(address), expected.raw_cell(address))
        for address in expected.addresses()
        if report.raw_cell(address) != expected.raw_cell(address)
    }
    assert wrong == {}
    assert result.uncertain == ()


@pytest.mark.parametrize("name", NAMES)
def test_the_whole_report_is_read_as_printed(name: str) -> None:
    # Title, period, section order, narrative paragraph by paragraph: all as the golden
    # report has them.  Only the organ's kind is not printed in a report.
    report, expected = read_corpus(name).report, golden(name)
    assert attrs.evolve(report, organ_kind=expected.organ_kind) == expected


def test_hongze_single_other_row_and_table_four_as_printed() -> None:
    result = read_corpus("hongze-2023")
    report = result.report
    assert report.applications.layout is Layout.SINGLE_OTHER
    assert len(report.applications.rows) == 23
    assert any("single-other" in d.message for d in result.diagnostics if d.kind == "note")
    # 行政复议 10/1/0/0 with 总计 0, as published: read as printed, not corrected.
    cells = ("maintain", "correct", "other", "pending", "total")
    assert [report.cell(f"RV.{c}") for c in cells] == [10, 1, 0, 0, 0]
    assert [report.cell(f"LR.{c}") for c in cells] == [5, 0, 0, 0, 0]


def test_strict_reading_passes() -> None:
    result = read_pdf((CORPUS / "hongze-2024.pdf").read_bytes(), strict=True)
    assert result.report.cell("R1[TOT]") == 95


@pytest.mark.parametrize("name", ["huaian-2024", "hongze-2023"])
def test_page_numbers_go_and_rows_come_as_cells(name: str) -> None:
    text = corpus_text(name)
    lines = text.split("\n")
    assert not [line for line in lines if line.strip() in {f"- {n} -" for n in range(1, 8)}]
    # Table rows are Word's export form: one cell a line, behind a tab.
    assert "\t一、本年新收政府信息公开申请数量\n\t" in text
    # The vertical label 三、本年度办理结果 is one cell, read once.
    assert text.count("三、本年度办理结果") == 1


def test_label_split_by_a_page_break_is_read() -> None:
    # huaian-2024 breaks （四）无 / 法提供 over pages 4 and 5: the rows under it are read.
    report = read_corpus("huaian-2024").report
    assert report.cell("R3_4_2[TOT]") == 11
    assert report.cell("R3_4_3[TOT]") == 1


def test_read_detects_a_pdf_by_its_content(tmp_path: Path) -> None:
    data = (CORPUS / "hongze-2024.pdf").read_bytes()
    renamed = tmp_path / "report.bin"
    renamed.write_bytes(data)
    assert read(renamed).report == read_corpus("hongze-2024").report
    assert read(b"\n" + data).form == "pdf"  # a header after some junk, as PDF allows


# --- chrome and paragraphs -------------------------------------------------------------


def line(page: int, top: float, text: str, x0: float = 90, x1: float = 505) -> _Line:
    return _Line(page, top, x0, x1, 16.0, text)


def test_page_numbers_headers_and_footers_are_chrome() -> None:
    lines = [
        line(0, 30, "淮安市人民政府办公室"),  # running header, every page
        line(0, 200, "正文第一段"),
        line(0, 800, "- 1 -"),
        line(1, 30, "淮安市人民政府办公室"),
        line(1, 200, "正文第二段"),
        line(1, 800, "第 2 页 共 2 页"),
        line(1, 400, "95"),  # a number alone in the text is no page number
        line(1, 820, "2"),  # in the bottom margin it is
    ]
    chrome = _chrome(lines, [842.0, 842.0])
    assert {item.text for item in chrome} == {
        "淮安市人民政府办公室",
        "- 1 -",
        "第 2 页 共 2 页",
        "2",
    }


def test_a_header_on_one_page_only_is_kept() -> None:
    lines = [line(0, 30, "淮安市人民政府"), line(0, 200, "正文"), line(1, 200, "正文")]
    assert _chrome(lines, [842.0, 842.0]) == set()


def test_wrapped_lines_are_joined_into_paragraphs() -> None:
    lines = [
        line(0, 100, "二、主动公开政府信息情况", x1=300),
        line(0, 130, "（一）主动公开情况。本年主动公开", x0=122),
        line(0, 160, "政府信息。"),
        line(0, 190, "一二三。", x1=200),
        line(0, 220, "第二段", x0=122, x1=200),
        line(1, 100, "（二）依申请公开情况", x0=90, x1=505),
    ]
    assert list(_paragraph_lines(lines)) == [
        "二、主动公开政府信息情况",
        "（一）主动公开情况。本年主动公开政府信息。一二三。",
        "第二段",
        "（二）依申请公开情况",
    ]


# --- what cannot be read -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "message"),
    [
        ("image-only.pdf", "OCR is needed"),
        ("encrypted.pdf", "encrypted PDF"),
        ("not-a-report.pdf", "not an annual report"),
    ],
)
def test_unreadable_pdfs_say_why(file: str, message: str) -> None:
    path = FIXTURES / file
    for source in (path, str(path), path.read_bytes()):
        with pytest.raises(ReadError, match=message) as raised:
            read_pdf(source)
        assert str(raised.value).startswith(str(path) if source != path.read_bytes() else "PDF")
    with pytest.raises(ReadError, match=message):
        read(path)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7 ...",
        b"%PDF-1.4\n" + b"\0" * 100,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    ],
)
def test_damaged_pdfs_are_read_errors(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(data)
    with pytest.raises(ReadError, match="PDF") as raised:
        read(path)
    assert str(path) in str(raised.value)


def test_a_truncated_pdf_is_a_read_error() -> None:
    data = (CORPUS / "hongze-2023.pdf").read_bytes()
    with pytest.raises(ReadError, match="PDF"):
        read_pdf(data[: len(data) // 3])


def test_not_a_pdf_at_all() -> None:
    with pytest.raises(ReadError, match="not a PDF"):
        read_pdf(b"plain text")
    with pytest.raises(ReadError, match="No such file"):
        read_pdf(FIXTURES / "missing.pdf")
    with pytest.raises(ReadError, match="expected a path or bytes"):
        read_pdf(42)  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(junk=st.binary(max_size=400))
def test_junk_after_a_pdf_header_is_a_read_error(junk: bytes) -> None:
    with pytest.raises(ReadError):
        read(b"%PDF-1.5\n" + junk)


def test_missing_pdfplumber_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pdfplumber", None)  # import pdfplumber now fails
    for reader in (read, read_pdf):
        with pytest.raises(MissingExtraError) as raised:
            reader(CORPUS / "hongze-2024.pdf")
        error = raised.value
        assert (error.feature, error.extra, error.package) == ("read_pdf", "pdf", "pdfplumber")
        assert "pip install 'govinfo_report[pdf]'" in str(error)


def test_library_imports_without_pdfplumber() -> None:
    code = (
        "import sys; sys.modules['pdfplumber'] = None\n"
        "import govinfo_report, govinfo_report.readers, govinfo_report.readers._pdf\n"
        "assert not any(name.startswith('pdfminer') for name in sys.modules)\n"
    )
    src = str(Path(__file__).parents[1] / "src")
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": src})
