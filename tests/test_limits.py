"""Limits and safety: input size, zip bombs, XML entities, encodings, regex time.

Each limit is crossed here and its error checked: the size, the limit and how
to raise it for sizes; the file or the line for the rest.
"""

from __future__ import annotations

import contextlib
import io
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from govinfo_report import check, example, loads, render_docx
from govinfo_report._json import _decode_stdlib
from govinfo_report.errors import GovInfoReportError, JSONLoadError
from govinfo_report.limits import (
    MAX_COMPRESSION_RATIO,
    MAX_DOCUMENT_BYTES,
    MAX_DOCX_UNPACKED_BYTES,
    MAX_JSON_BYTES,
    MAX_PDF_UNPACKED_BYTES,
    PDF_TIMEOUT,
)
from govinfo_report.model import GeneralSection, Subsection
from govinfo_report.numerals import parse_chinese
from govinfo_report.readers import (
    ReadError,
    read,
    read_docx,
    read_html,
    read_markdown,
    read_pdf,
    read_text,
)

CORPUS = Path(__file__).parent / "data" / "corpus"
QIDU = (CORPUS / "qidu-2021.txt").read_text(encoding="utf-8")


# --- size ---------------------------------------------------------------------------------


def test_the_defaults_are_generous() -> None:
    assert MAX_DOCUMENT_BYTES == 50 * 1024 * 1024
    assert MAX_JSON_BYTES == 20 * 1024 * 1024
    assert MAX_DOCX_UNPACKED_BYTES == 200 * 1024 * 1024
    assert MAX_COMPRESSION_RATIO == 200
    assert MAX_PDF_UNPACKED_BYTES == 200 * 1024 * 1024
    assert PDF_TIMEOUT == 120.0


def _says_size(error: GovInfoReportError, size: int, limit: int, function: str) -> None:
    message = str(error)
    assert f"{size:,}" in message, message
    assert f"limit of {limit:,}" in message, message
    assert f"max_bytes= to {function}()" in message, message


@pytest.mark.parametrize(
    ("reader", "function"),
    [
        (read, "read"),
        (read_text, "read_text"),
        (read_html, "read_html"),
        (read_markdown, "read_markdown"),
    ],
)
def test_text_over_the_limit_is_refused(reader: Callable[..., object], function: str) -> None:
    with pytest.raises(ReadError) as raised:
        reader(QIDU, max_bytes=1000)
    _says_size(raised.value, len(QIDU), 1000, function)


def test_raising_the_limit_reads_the_document() -> None:
    assert read(QIDU, max_bytes=len(QIDU)).report.organ == "临淄区齐都镇人民政府"


def test_bytes_over_the_limit_are_refused() -> None:
    data = QIDU.encode("utf-8")
    with pytest.raises(ReadError) as raised:
        read(data, max_bytes=len(data) - 1)
    _says_size(raised.value, len(data), len(data) - 1, "read")
    assert "bytes" in str(raised.value)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(QIDU, encoding="utf-8")
    size = path.stat().st_size
    with pytest.raises(ReadError) as raised:
        read(path, max_bytes=100)
    assert str(raised.value).startswith(f"{path}: the file is {size:,} bytes")
    _says_size(raised.value, size, 100, "read")


def test_word_and_pdf_over_the_limit_are_refused(tmp_path: Path) -> None:
    data = render_docx(example())
    with pytest.raises(ReadError) as raised:
        read_docx(data, max_bytes=1000)
    _says_size(raised.value, len(data), 1000, "read_docx")
    assert str(raised.value).startswith("Word document is")
    pdf = CORPUS / "hongze-2024.pdf"
    with pytest.raises(ReadError) as raised:
        read_pdf(pdf, max_bytes=1000)
    assert str(raised.value).startswith(str(pdf))
    _says_size(raised.value, pdf.stat().st_size, 1000, "read_pdf")


@pytest.mark.parametrize("text", [QIDU, QIDU.encode()])
def test_json_over_the_limit_is_refused(text: str | bytes) -> None:
    document = example()
    from govinfo_report import dumps

    json_text = dumps(document)
    assert loads(json_text, max_bytes=len(json_text.encode())) == document
    with pytest.raises(JSONLoadError) as raised:
        loads(text, max_bytes=100)
    (problem,) = raised.value.problems
    assert problem.path == "$"
    _says_size(raised.value, len(text), 100, "loads")


def test_json_through_read_has_reads_limit() -> None:
    from govinfo_report import dumps

    text = dumps(example(), indent=True)
    with pytest.raises(ReadError, match=r"max_bytes= to read\(\)"):
        read(text, max_bytes=500)
    # Within read()'s limit, the JSON is read by loads() with the same max_bytes.
    assert read(text, max_bytes=len(text)).form == "json"


# --- JSON: nesting and numbers ------------------------------------------------------------

_HOSTILE_JSON = {
    "deep arrays": "[" * 100_000 + "]" * 100_000,
    "deep objects": '{"a":' * 100_000 + "1" + "}" * 100_000,
    "deep in a field": '{"schema_version":1,"organ":' + "[" * 1000 + "]" * 1000 + "}",
    "huge number": '{"schema_version":1,"year":1' + "0" * 5000 + "}",
    "huge schema_version": '{"schema_version":1' + "0" * 5000 + "}",
    "NaN": '{"schema_version":1,"year":NaN}',
    "Infinity": '{"schema_version":1,"year":Infinity}',
    "-Infinity": "-Infinity",
    "1e400": '{"schema_version":1,"year":1e400}',
    "BOM": "\ufeff{}",
    "NUL": '{"schema_version":1,"organ":"\x00"}',
    "lone surrogate": '{"schema_version":1,"organ":"\\ud800"}',
}


@pytest.mark.parametrize("name", sorted(_HOSTILE_JSON))
@pytest.mark.parametrize("decode", [loads, _decode_stdlib], ids=["loads", "stdlib"])
def test_hostile_json_is_a_located_error(name: str, decode: Callable[[str], object]) -> None:
    started = time.perf_counter()
    with pytest.raises(JSONLoadError) as raised:
        decode(_HOSTILE_JSON[name])
    assert time.perf_counter() - started < 5
    assert raised.value.problems
    assert all(problem.path.startswith("$") for problem in raised.value.problems)


# --- Word documents: zip bombs, entities ----------------------------------------------------


def _with_member(name: str, write: Callable[[zipfile.ZipFile], None]) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(render_docx(example()))) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            target.writestr(member, source.read(member))
        write(target)
    return out.getvalue()


def test_a_zip_bomb_is_refused_from_the_central_directory() -> None:
    def bomb(archive: zipfile.ZipFile) -> None:
        chunk = bytes(1024 * 1024)
        with archive.open("word/media/zeros.bin", "w", force_zip64=True) as member:
            for _ in range(MAX_DOCX_UNPACKED_BYTES // len(chunk) + 1):
                member.write(chunk)

    data = _with_member("word/media/zeros.bin", bomb)
    assert len(data) < 1024 * 1024  # small on disk ...
    with pytest.raises(ReadError) as raised:
        read(data)
    message = str(raised.value)
    assert message.startswith("Word document: a ZIP archive that unpacks to")
    assert f"{MAX_DOCX_UNPACKED_BYTES:,} bytes (a zip bomb?)" in message
    assert "max_bytes= to read_docx()" in message


def test_a_member_compressed_beyond_the_ratio_is_refused() -> None:
    data = _with_member(
        "word/media/zeros.bin",
        lambda archive: archive.writestr("word/media/zeros.bin", bytes(4 * 1024 * 1024)),
    )
    with pytest.raises(ReadError, match=r"word/media/zeros\.bin is compressed [\d,]+ to 1"):
        read_docx(data)


def _with_document_xml(change: Callable[[str], str]) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(render_docx(example()))) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "word/document.xml":
                content = change(content.decode("utf-8")).encode("utf-8")
            target.writestr(member, content)
    return out.getvalue()


_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
    '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">'
    '<!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;"><!ENTITY j "&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;">'
    '<!ENTITY external SYSTEM "file:///etc/passwd">]>'
)


def _declare(xml: str) -> str:
    head, _, body = xml.partition("?>")
    return head + "?>" + _LAUGHS + body.replace("<w:t>", "<w:t>&j;&external;", 1)


def test_billion_laughs_and_external_entities_are_refused() -> None:
    data = _with_document_xml(_declare)
    started = time.perf_counter()
    with pytest.raises(ReadError) as raised:
        read_docx(data)
    assert time.perf_counter() - started < 5
    assert "word/document.xml declares a DTD (<!DOCTYPE>)" in str(raised.value)
    assert str(raised.value).startswith("Word document: ")


def test_python_docx_parser_does_not_expand_entities_either() -> None:
    # The second line of defence, should a DTD ever get past the check.
    from docx.oxml.parser import parse_xml
    from lxml import etree  # type: ignore[import-untyped]

    element = parse_xml(
        b'<!DOCTYPE a [<!ENTITY e "expanded"><!ENTITY f SYSTEM "file:///etc/passwd">]><a>&e;&f;</a>'
    )
    text = etree.tostring(element)
    assert b"expanded" not in text
    assert b"root:" not in text


def test_html_expands_no_entity_and_fetches_nothing() -> None:
    page = (
        '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY y "zzzz">]>'
        "<p>某某县人民政府2021年政府信息公开工作年度报告</p><p>一、总体情况 &x;&y;</p>"
        "<p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>"
    )
    from govinfo_report import dumps

    everything = dumps(read_html(page).report)
    assert "&x;&y;" in everything  # kept as printed, not expanded
    assert "root:" not in everything
    assert "zzzz" not in everything


# --- PDF files: bombs, loops without end, the deadline --------------------------------------
# pdfminer trusts a file's structure.  Each PDF here sends it round a loop that never ends,
# or fills memory, when read without the checks of readers/_pdf_guard.py and the deadline.

HOSTILE = Path(__file__).parent / "data" / "hostile"


def _pdf(objects: dict[int, bytes], trailer: bytes) -> bytes:
    """A PDF of *objects* (number: body), with a cross-reference table that finds them."""
    out = bytearray(b"%PDF-1.4\n")
    offsets: dict[int, int] = {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start, size = len(out), max(offsets) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += (
            b"%010d 00000 n \n" % offsets[number]
            if number in offsets
            else b"0" * 10 + b" 65535 f \n"
        )
    return bytes(out + b"trailer\n%s\nstartxref\n%d\n%%%%EOF\n" % (trailer, start))


def _page(content: bytes, extra: dict[int, bytes] | None = None) -> bytes:
    """A one-page PDF whose page draws *content* (a stream object's whole text)."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        4: content,
        **(extra or {}),
    }
    return _pdf(objects, b"<< /Size %d /Root 1 0 R >>" % (max(objects) + 1))


def _flate(data: bytes, *, image: bool = False) -> bytes:
    kind = b" /Type /XObject /Subtype /Image /Width 1 /Height 1" if image else b""
    return b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n%s\nendstream" % (
        len(data),
        kind,
        data,
    )


def test_a_pdf_whose_streams_unpack_beyond_the_limit_is_refused() -> None:
    bomb = zlib.compress(bytes(MAX_PDF_UNPACKED_BYTES + 1024 * 1024), 9)
    data = _page(_flate(bomb))
    assert len(data) < 1024 * 1024  # small on disk ...
    with pytest.raises(ReadError) as raised:
        read_pdf(data)
    message = str(raised.value)
    assert message.startswith("PDF document: a decompression bomb: the compressed stream at byte ")
    assert f"more than {MAX_PDF_UNPACKED_BYTES:,} bytes" in message
    assert "max_bytes= to read_pdf()" in message
    # ... and the same through read(), which hands PDF bytes to read_pdf.
    with pytest.raises(ReadError, match="a decompression bomb"):
        read(data)


def test_the_pdf_unpacking_limit_counts_every_layer_and_skips_images() -> None:
    from govinfo_report.readers._pdf_guard import bomb

    zeros = bytes(3_000_000)
    assert bomb(_page(_flate(zlib.compress(zeros))), 2_000_000) is not None
    assert bomb(_page(_flate(zlib.compress(zeros))), 4_000_000) is None
    # Flate inside Flate: a few hundred bytes for the whole.
    nested = zlib.compress(zlib.compress(zeros, 9), 9)
    assert len(nested) < 1000
    assert bomb(_page(_flate(nested)), 2_000_000) is not None
    # Output that only begins like Flate is counted as it is, not hidden behind its layer.
    disguised = zlib.compress(b"\x78\x9c" + zeros)
    assert bomb(_page(_flate(disguised)), 2_000_000) is not None
    # Two streams within the limit each, over it together.
    two = _page(
        _flate(zlib.compress(zeros[:1_500_000])), {5: _flate(zlib.compress(zeros[:1_500_000]))}
    )
    assert bomb(two, 2_000_000) is not None
    # An image is never unpacked to read the text: it does not count.
    image = _page(
        b"<< /Length 0 >>\nstream\n\nendstream", {5: _flate(zlib.compress(zeros), image=True)}
    )
    assert bomb(image, 2_000_000) is None
    # Damaged Flate data counts up to where it breaks, as pdfminer unpacks it.
    damaged = zlib.compress(zeros)[:-200] + bytes(200)
    assert bomb(_page(_flate(damaged)), 10_000_000) is None


def test_a_reference_cycle_is_refused_at_once() -> None:
    # "1 0 obj 2 0 R endobj 2 0 obj 1 0 R endobj" as the catalog: pdfminer's resolve1
    # follows the references for ever.
    data = _pdf({1: b"2 0 R", 2: b"1 0 R"}, b"<< /Size 3 /Root 1 0 R >>")
    with pytest.raises(ReadError) as raised:
        read_pdf(data, timeout=None)  # no deadline: the check alone stops it
    assert str(raised.value) == (
        "PDF document: its objects refer to each other in a cycle (1 0 R → 2 0 R → 1 0 R)"
    )


def test_the_pdf_on_which_the_campaign_stalled_is_refused_at_once() -> None:
    # Input 6,442 of the read_pdf campaign of 2026-11-27 (the scanned-page fixture with its
    # /Pages dictionary left open and "endobj" mangled): pdfminer reads object 2 as a
    # reference to itself.
    data = (HOSTILE / "campaign-read_pdf-6442.pdf").read_bytes()
    with pytest.raises(
        ReadError, match=r"^PDF document: its objects refer to each other in a cycle"
    ):
        read_pdf(data, timeout=None)


def test_an_info_dictionary_that_expands_exponentially_is_refused() -> None:
    # /Info /Title → [11 0 R 11 0 R], each of them → two of the next, forty deep: 2⁴⁰ values
    # when pdfplumber expands the metadata on opening the file.
    objects = {n: b"[%d 0 R %d 0 R]" % (n + 1, n + 1) for n in range(10, 50)}
    objects |= {50: b"(leaf)", 1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    objects[2] = b"<< /Type /Pages /Kids [] /Count 0 >>"
    data = _pdf(objects, b"<< /Size 51 /Root 1 0 R /Info << /Title 10 0 R >> >>")
    with pytest.raises(ReadError) as raised:
        read_pdf(data, timeout=None)
    assert str(raised.value) == (
        "PDF document: its document information dictionary (/Info) expands to more than "
        "100,000 values"
    )


def _claims_a_trillion_objects() -> bytes:
    # A cross-reference stream whose /Size claims 10¹² objects, and a catalog without
    # /Pages: pdfminer looks for pages among every object the stream claims, one by one.
    out = bytearray(b"%PDF-1.5\n")
    catalog = len(out)
    out += b"1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    xref = len(out)
    rows = bytes([0, 0, 0, 0, 1, catalog >> 8, catalog & 255, 0, 1, xref >> 8, xref & 255, 0])
    out += b"2 0 obj\n<< /Type /XRef /Size %d /W [1 2 1] /Root 1 0 R /Length %d >>\nstream\n" % (
        10**12,
        len(rows),
    )
    out += rows + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_pdfminer_is_stopped_at_the_deadline() -> None:
    import threading

    data = _claims_a_trillion_objects()
    before = threading.active_count()
    with pytest.raises(ReadError) as raised:
        read_pdf(data, timeout=1)
    assert str(raised.value) == (
        "PDF document: pdfminer did not finish parsing it within 1 s (a broken or hostile "
        "file, or a very long one: pass timeout= to read_pdf() to allow more)"
    )
    assert threading.active_count() == before  # stopped, not left running


def test_a_long_pdf_is_read_with_more_time(tmp_path: Path) -> None:
    path = CORPUS / "hongze-2024.pdf"
    with pytest.raises(
        ReadError, match=rf"^{path}: pdfminer did not finish parsing it within 0.01 s"
    ):
        read_pdf(path, timeout=0.01)
    assert read_pdf(path, timeout=None).report.organ == "淮安市洪泽区人民政府"


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), "60", True])
def test_a_timeout_that_is_no_number_of_seconds_is_refused(timeout: object) -> None:
    with pytest.raises(ValueError, match=r"^timeout= must be a number of seconds above 0"):
        read_pdf(CORPUS / "hongze-2024.pdf", timeout=timeout)  # type: ignore[arg-type]


def test_the_deadline_hands_back_results_and_errors() -> None:
    from govinfo_report.readers._deadline import DeadlineExceeded, within

    assert within(5, sorted, [3, 1, 2]) == [1, 2, 3]
    assert within(None, sorted, [3, 1, 2]) == [1, 2, 3]
    with pytest.raises(ZeroDivisionError):
        within(5, divmod, 1, 0)

    def spin() -> None:
        while True:
            pass

    with pytest.raises(DeadlineExceeded):
        within(0.05, spin)


# --- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_gbk_and_utf16_are_read(encoding: str) -> None:
    expected = read(QIDU).report
    assert read(QIDU.encode(encoding)).report == expected


def test_big5_is_refused_not_read_as_mojibake() -> None:
    # The corpus text in Big5 (characters Big5 lacks as "?"), and a traditional-Chinese one.
    for data in (
        QIDU.encode("big5", "replace"),
        "政府資訊公開工作年度報告\n一、總體情況".encode("big5"),
    ):
        with pytest.raises(ReadError, match="the document is not UTF-8"):
            read(data)
    with pytest.raises(ReadError, match="it reads as Big5"):
        read("某某市政府資訊公開工作年度報告\n一、總體情況\n".encode("big5"))


def test_utf8_mojibake_is_refused() -> None:
    mojibake = QIDU.encode("utf-8").decode("latin-1").encode("utf-8")
    with pytest.raises(ReadError, match="mojibake: UTF-8 text that was read as Latin-1"):
        read(mojibake)


def test_lone_surrogates_are_refused_with_their_line() -> None:
    text = QIDU.replace("一、总体情况", "一、总体情况\ud800", 1)
    line = text[: text.index("\ud800")].count("\n") + 1
    for reader in (read, read_text, read_html, read_markdown):
        with pytest.raises(ReadError, match=f"^line {line}: the document holds a lone surrogate"):
            reader(text)


# --- regular expressions in bounded time --------------------------------------------------

N = 100_000
ADVERSARIAL = {
    "digits": "1" * N,
    "full-width parens": "（" * N,
    "paren digits": "（1" * (N // 2),
    "spaces": " " * N,
    "tabs": "\t" * N,
    "newlines": "\n" * N,
    "blank lines with spaces": " \n" * (N // 2),
    "ideographic spaces": "\u3000" * N,
    "digits and spaces": "1 " * (N // 2),
    "years": "2021年" * (N // 5),
    "markers": "（一）" * (N // 3),
    "headings": "一、" * (N // 2),
    "numerals": "一" * N,
    "less-than": "<" * N,
    "open cells": "<td" * (N // 3),
    "open scripts": "<script" * (N // 7),
    "open comments": "<!--" * (N // 4),
    "pipes": "|" * N,
    "escaped pipes": "\\|" * (N // 2),
    "dashes": "-" * N,
    "page numbers": "第1页" * (N // 3),
    "image markers": "[image:" * (N // 7),
    "dates": "发布日期：" * (N // 5),
    "labels": "行政许可" * (N // 4),
    # A web page's chrome, read token by token at the head of the preamble.
    "breadcrumbs": "当前位置：" + "首页 > " * (N // 5),
    "chrome fields": "来源：" * (N // 3),
    "chrome times": "时间：2022-02-08 16:34 " * (N // 22),
    "chrome widgets": "微信" * (N // 2),
    "chrome brackets": "【" * N,
    # Markdown: a heading with a long run of spaces inside it, and quote markers.
    "heading with spaces": "# 甲" + " " * N + "乙",
    "quote markers": ">" * N,
    # A page's markup and footer: read() sniffs the first, the last section ends at the second.
    "closing tags": "</p>" * (N // 4),
    "open tags": "<a " * (N // 3),
    "footer words": "版权所有" * (N // 4),
    "sentence ends": "。" * N,
    "widgets after sentences": "。附件下载 " * (N // 7),
    "widgets then text": "。" + "【打印】" * (N // 4) + "乙",
    # Runs inside a line: not stripped away, and tried from every start inside them.
    "spaces in a line": "甲" + " " * N + "乙",
    "tabs in a line": "甲" + "\t" * N + "2021年",
    "ideographic spaces in a line": "甲" + "\u3000" * N + "乙",
    "spaces before a year": "某某县人民政府" + " " * N + "2021 年 政府信息公开工作年度报告",
    "spaces between digits": "1" + " " * N + "1",
}
_HEAD = "某某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n"
_TAIL = "\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
LIMIT = 5.0  # seconds: generous; quadratic work on 100 kB would take minutes


def _timed(call: Callable[..., object], *args: object) -> float:
    started = time.perf_counter()
    with contextlib.suppress(GovInfoReportError):
        call(*args)
    return time.perf_counter() - started


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_readers_take_bounded_time(name: str) -> None:
    payload = ADVERSARIAL[name]
    for text in (payload, _HEAD + payload + _TAIL):
        for reader in (read, read_text, read_html, read_markdown):
            assert _timed(reader, text + "\n") < LIMIT, (name, reader.__name__)


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_the_last_section_takes_bounded_time(name: str) -> None:
    # After the last heading, where a page's footer is looked for.
    assert _timed(read_text, _HEAD + _TAIL + ADVERSARIAL[name] + "\n") < LIMIT


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_rules_and_numerals_take_bounded_time(name: str) -> None:
    payload = ADVERSARIAL[name]
    report = attrs.evolve(
        example(),
        preamble=payload,
        general=GeneralSection(payload, (Subsection("情况", payload),)),
        problems=payload,
        other=payload,
    )
    assert _timed(check, report) < LIMIT
    assert _timed(parse_chinese, payload) < LIMIT
