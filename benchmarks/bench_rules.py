"""The rule book's speed: median time to check one report, and a pair of years.

Run: python benchmarks/bench_rules.py

Reports: the bundled example and the golden corpus reports (huaian-2024,
pingtan-2021, pingtan-2022), and the pingtan pair (2022 against 2021).  The target
is 100 µs for one report with all in-year rules.

Last, the narrative extractor alone on each report's texts: ``find_raw`` (its fast
path reads texts without whitespace) against the reference scanner that the tests
hold it to (``_find_reference``).
"""

from __future__ import annotations

import datetime
import platform
from collections.abc import Callable
from pathlib import Path

from _timing import median_seconds as _median_seconds

import govinfo_report
from govinfo_report import Report, check, example, loads
from govinfo_report._narrative import _find_reference, find_raw

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "data" / "golden"


def median_seconds(fn: Callable[[], object], *, number: int = 500) -> float:
    return _median_seconds(fn, number=number, repeat=9)


def narrative_texts(report: Report) -> list[str]:
    general = report.general
    return [
        report.preamble,
        general.intro,
        *(subsection.text for subsection in general.subsections),
        report.problems,
        report.other,
    ]


def main() -> None:
    reports = {"qidu-2021 (example)": example()}
    for name in ("huaian-2024", "pingtan-2021", "pingtan-2022"):
        reports[name] = loads((GOLDEN / f"{name}.json").read_bytes())
    print(
        f"govinfo_report {govinfo_report.__version__}, Python {platform.python_version()}, "
        f"{datetime.date.today()}"
    )
    print("check(report), all in-year rules:")
    for name, report in reports.items():
        findings = check(report)
        seconds = median_seconds(lambda report=report: check(report))  # type: ignore[misc]
        print(f"  {name:22} {seconds * 1e6:8.1f} µs   ({len(findings)} findings)")
    current, previous = reports["pingtan-2022"], reports["pingtan-2021"]
    pair = median_seconds(lambda: check(current, previous=previous))
    print(f"check(pingtan-2022, previous=pingtan-2021): {pair * 1e6:8.1f} µs")
    broken = loads(govinfo_report.dumps(example()).replace('"R1":[0,0', '"R1":[0,4', 1))
    with_repair = median_seconds(lambda: check(broken), number=200)
    print(f"check with an error and its repair search:  {with_repair * 1e6:8.1f} µs")
    print("the narrative extractor on all texts of a report: find_raw (reference scanner):")
    for name, report in reports.items():
        texts = narrative_texts(report)
        fast = median_seconds(lambda texts=texts: [find_raw(t) for t in texts])  # type: ignore[misc]
        reference = median_seconds(
            lambda texts=texts: [_find_reference(t) for t in texts]  # type: ignore[misc]
        )
        print(f"  {name:22} {fast * 1e6:8.1f} µs   ({reference * 1e6:.1f} µs)")


if __name__ == "__main__":
    main()
