"""The readers' speed: median time to read one report, per form.

Run: python benchmarks/bench_readers.py

Text forms are the corpus copies in tests/data/corpus (Word export, glued web
text, PDF text, tab-separated PDF tables); HTML and Markdown are the 齐都镇
report turned into a web page and into Markdown, as tests/test_readers.py does.
"""

from __future__ import annotations

import datetime
import platform
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from _timing import median_seconds as _median_seconds

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_readers import qidu_as_html, qidu_as_markdown  # noqa: E402

import govinfo_report  # noqa: E402
from govinfo_report.readers import read_html, read_markdown, read_text  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"


def median_seconds(fn: Callable[[], object], *, number: int = 20) -> float:
    return _median_seconds(fn, number=number, repeat=9)


def main() -> None:
    print(
        f"govinfo_report {govinfo_report.__version__}, Python {platform.python_version()}, "
        f"{datetime.date.today()}"
    )
    cases: list[tuple[str, str, Callable[[], object]]] = []
    for name, form in [
        ("qidu-2021.txt", "text (Word export)"),
        ("pingtan-2021.txt", "text (glued web page)"),
        ("pingtan-2022.txt", "text (glued web page)"),
        ("huaian-2024.pdf.txt", "text (PDF text)"),
        ("huaian-2024.tabs.txt", "text (tab-separated)"),
        ("hongze-2023.pdf.txt", "text (PDF, single （六）)"),
        ("hongze-2024.pdf.txt", "text (PDF, single （六）)"),
    ]:
        text = (CORPUS / name).read_text(encoding="utf-8")
        cases.append((name, form, lambda text=text: read_text(text)))  # type: ignore[misc]
    page, markdown = qidu_as_html(), qidu_as_markdown()
    cases.append(("qidu-2021 as HTML", "html", lambda: read_html(page)))
    cases.append(("qidu-2021 as Markdown", "markdown", lambda: read_markdown(markdown)))
    hongze = (CORPUS / "hongze-2023.md").read_text(encoding="utf-8")
    cases.append(("hongze-2023.md", "markdown", lambda: read_markdown(hongze)))
    by_form: dict[str, list[float]] = {}
    for name, form, fn in cases:
        seconds = median_seconds(fn)
        by_form.setdefault(form.split(" ")[0], []).append(seconds)
        print(f"  {name:24} {form:24} {seconds * 1e3:7.2f} ms")
    for form, times in by_form.items():
        print(f"median per report, {form:8}: {statistics.median(times) * 1e3:7.2f} ms")


if __name__ == "__main__":
    main()
