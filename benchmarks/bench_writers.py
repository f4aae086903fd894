"""The writers' speed: median time to render each form, for the example and golden reports.

Run: python benchmarks/bench_writers.py

Reports: the bundled example (qidu-2021) and the golden corpus reports
(huaian-2024, pingtan-2021, pingtan-2022); forms: text, Markdown, HTML fragment,
standalone HTML page, and Word (python-docx, the ``docx`` extra).
"""

from __future__ import annotations

import datetime
import platform
from collections.abc import Callable
from pathlib import Path

from _timing import median_seconds as _median_seconds

import govinfo_report
from govinfo_report import Report, example, loads
from govinfo_report.writers import render_docx, render_html, render_markdown, render_text

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "data" / "golden"

WRITERS: dict[str, Callable[[Report], str | bytes]] = {
    "text": render_text,
    "markdown": render_markdown,
    "html": render_html,
    "html page": lambda report: render_html(report, standalone=True),
    "docx": render_docx,
}


def median_seconds(fn: Callable[[], object], *, number: int = 200) -> float:
    return _median_seconds(fn, number=number, repeat=7)


def main() -> None:
    reports = {"qidu-2021 (example)": example()}
    for name in ("huaian-2024", "pingtan-2021", "pingtan-2022"):
        reports[name] = loads((GOLDEN / f"{name}.json").read_bytes())
    print(
        f"govinfo_report {govinfo_report.__version__}, Python {platform.python_version()}, "
        f"{datetime.date.today()}"
    )
    print("median time to render one report:")
    for name, report in reports.items():
        for form, writer in WRITERS.items():
            output = writer(report)
            unit = "bytes" if isinstance(output, bytes) else "characters"
            # A Word document takes a thousand times longer: time fewer of them.
            number = 5 if form == "docx" else 200
            seconds = median_seconds(
                lambda writer=writer, report=report: writer(report),  # type: ignore[misc]
                number=number,
            )
            print(f"  {name:22} {form:10} {seconds * 1e6:10.1f} µs   ({len(output)} {unit})")


if __name__ == "__main__":
    main()
