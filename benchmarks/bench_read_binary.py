"""Reading Word and PDF files: median time per PDF page and per Word document.

Run: python benchmarks/bench_read_binary.py

PDFs are the three born-digital reports of tests/data/corpus, read with read_pdf
(pdfplumber), timed whole and divided by their pages; for comparison, the text
layer alone as pypdfium2 extracts it, where pypdfium2 is installed (it comes with
pdfplumber); and the share of read_pdf taken by the checks made before pdfminer
parses a file (decompression bombs, reference cycles).  Word documents are the
example and the golden reports as render_docx writes them, read with read_docx.
"""

from __future__ import annotations

import datetime
import io
import platform
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from _timing import median_seconds

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import govinfo_report  # noqa: E402
from govinfo_report import example, loads, render_docx  # noqa: E402
from govinfo_report.readers import read_docx, read_pdf  # noqa: E402
from govinfo_report.readers._pdf import pdf_text  # noqa: E402
from govinfo_report.readers._pdf_guard import bomb, structure_defect  # noqa: E402

DATA = ROOT / "tests" / "data"
PDFS = ("huaian-2024", "hongze-2023", "hongze-2024")
GOLDEN = ("pingtan-2021", "pingtan-2022", "huaian-2024", "hongze-2023", "hongze-2024")


def _pdfium_text(data: bytes) -> Callable[[], object] | None:
    try:
        import pypdfium2  # type: ignore[import-untyped]
    except ImportError:
        return None

    def extract() -> str:
        document = pypdfium2.PdfDocument(io.BytesIO(data))
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in document)
        finally:
            document.close()

    return extract


def main() -> None:
    print(
        f"govinfo_report {govinfo_report.__version__}, Python {platform.python_version()}, "
        f"{datetime.date.today()}"
    )
    per_page: list[float] = []
    pdfium_per_page: list[float] = []
    checks_share: list[float] = []
    for name in PDFS:
        data = (DATA / "corpus" / f"{name}.pdf").read_bytes()
        pages = pdf_text(data).pages
        seconds = median_seconds(lambda data=data: read_pdf(data), number=1, repeat=5)  # type: ignore[misc]
        per_page.append(seconds / pages)
        checks = median_seconds(
            lambda data=data: (bomb(data, 1 << 30), structure_defect(data)),  # type: ignore[misc]
            number=3,
            repeat=5,
        )
        checks_share.append(checks / seconds)
        line = f"  {name + '.pdf':20} {pages} pages  {seconds * 1e3:8.1f} ms"
        line += f"  {seconds / pages * 1e3:7.1f} ms/page  checks {checks * 1e3:5.1f} ms"
        pdfium = _pdfium_text(data)
        if pdfium is not None:
            text_only = median_seconds(pdfium, number=3, repeat=5)
            pdfium_per_page.append(text_only / pages)
            line += f"   (pypdfium2 text only: {text_only / pages * 1e3:5.1f} ms/page)"
        print(line)
    print(f"median per PDF page, read_pdf:       {statistics.median(per_page) * 1e3:7.1f} ms")
    if pdfium_per_page:
        median = statistics.median(pdfium_per_page) * 1e3
        print(f"median per PDF page, pypdfium2 text: {median:7.1f} ms")
    share = statistics.median(checks_share)
    print(f"checks before pdfminer parses (bombs, cycles): {share:.1%} of read_pdf's time")

    per_docx: list[float] = []
    reports = [("example", example())]
    reports += [(name, loads((DATA / "golden" / f"{name}.json").read_bytes())) for name in GOLDEN]
    for name, report in reports:
        data = render_docx(report)
        seconds = median_seconds(lambda data=data: read_docx(data), number=5, repeat=5)  # type: ignore[misc]
        per_docx.append(seconds)
        print(f"  {name + '.docx':20} {len(data) // 1024:4} KiB  {seconds * 1e3:8.1f} ms")
    print(f"median per Word document, read_docx: {statistics.median(per_docx) * 1e3:7.1f} ms")


if __name__ == "__main__":
    main()
