"""Batch speed and memory: ``govinfo-report batch`` over 1,000 and 10,000 reports.

Run: python benchmarks/bench_batch.py [--sizes 1000 10000] [--jobs 2] [--keep DIR]

The corpus is generated: the example and the golden corpus reports, each
varied (organ, year, the counts of tables 三 and 四, consistent or with a typo,
a blank or a "/" now and then) and written by our writers as text (the form
the issue names; ``--forms text markdown html`` takes the forms by turns), with
one JSON document and one unreadable file in every hundred.  The narrative
keeps its template's figures, so most reports also get narrative warnings:
more work for the rule book than a consistent corpus would give.  Each size runs in a fresh process
(``batch.run`` with the given workers, writing JSON Lines and a summary CSV),
which reports reports per second and its peak memory (RSS): the parent's, which
streams the results, and the largest worker's.  The target is ≥ 500 reports/s
with 2 workers, and memory that does not grow with the number of reports.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import random
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

import govinfo_report
from govinfo_report import (
    AppealTable,
    ApplicationTable,
    Mark,
    Report,
    dumps,
    example,
    loads,
    render_html,
    render_markdown,
    render_text,
)
from govinfo_report.model import Count

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "data" / "golden"
ORGANS = (
    "人民政府",
    "发展和改革局",
    "教育局",
    "财政局",
    "自然资源局",
    "生态环境局",
    "卫生健康委员会",
)
PLACES = ("齐都镇", "平潭县", "淮安市", "洪泽区", "临淄区", "金山街道", "新城乡", "东湖区")


def _templates() -> list[Report]:
    reports = [example()]
    reports += [
        loads((GOLDEN / f"{name}.json").read_bytes())
        for name in ("huaian-2024", "pingtan-2021", "pingtan-2022")
    ]
    return reports


def _vary(template: Report, rng: random.Random, index: int) -> Report:
    organ = f"{rng.choice(PLACES)}{rng.choice(ORGANS)}{index}"
    year = rng.randint(2021, 2025)
    outcomes = {
        key: [rng.choice((0, 0, 0, rng.randint(0, 40))) for _ in range(6)]
        for key in ("R3_1", "R3_2", "R3_3_3", "R3_4_1", "R3_5_2", "R3_6_1")
    }
    handled = [sum(column) for column in zip(*outcomes.values(), strict=True)]
    forward = [rng.randint(0, 3) for _ in range(6)]
    over = [rng.randint(0, h + f) for h, f in zip(handled, forward, strict=True)]
    new = [h + f - o for h, f, o in zip(handled, forward, over, strict=True)]
    rows: dict[str, list[Count]] = {"R1": list(new), "R2": list(over), "R4": list(forward)}
    rows.update(outcomes)  # type: ignore[arg-type]
    # Now and then a typo, a blank or a "/".
    roll = rng.random()
    if roll < 0.1:
        rows["R1"][0] = new[0] + 1  # T3-A and T3-C fail
    elif roll < 0.15:
        rows["R2"][2] = None
        rows["R4"][3] = Mark.SLASH
    applications = ApplicationTable.from_parts(rows)
    appeals = AppealTable.from_parts(
        {g: [rng.randint(0, 3) for _ in range(4)] for g in ("RV", "LD", "LR")}
    )

    def this_year(text: str) -> str:
        return text.replace(str(template.year), str(year))

    general = template.general
    return attrs.evolve(
        template,
        preamble=this_year(template.preamble),
        general=attrs.evolve(
            general,
            intro=this_year(general.intro),
            subsections=tuple(
                attrs.evolve(s, title=this_year(s.title), text=this_year(s.text))
                for s in general.subsections
            ),
        ),
        problems=this_year(template.problems),
        other=this_year(template.other),
        organ=organ,
        year=year,
        title=f"{organ}{year}年政府信息公开工作年度报告",
        period=None,
        publication_date=None,
        applications=applications,
        appeals=appeals,
    )


WRITERS: dict[str, tuple[str, Callable[[Report], str]]] = {
    "text": (".txt", render_text),
    "markdown": (".md", render_markdown),
    "html": (".html", lambda report: render_html(report, standalone=True)),
}


def generate(
    folder: Path, count: int, *, forms: Sequence[str] = ("text",), seed: int = 2021
) -> None:
    """Write *count* varied reports into *folder*, in the *forms* by turns."""
    rng = random.Random(seed)
    templates = _templates()
    writers = [WRITERS[form] for form in forms]
    for index in range(count):
        path = folder / f"{index // 1000:03d}" / f"report-{index:06d}"
        path.parent.mkdir(exist_ok=True)
        if index % 100 == 99:
            path.with_suffix(".txt").write_text("本页面不存在。\n", encoding="utf-8")
            continue
        report = _vary(templates[index % len(templates)], rng, index)
        if index % 100 == 42:
            path.with_suffix(".json").write_text(dumps(report), encoding="utf-8")
            continue
        suffix, write = writers[index % len(writers)]
        path.with_suffix(suffix).write_text(write(report), encoding="utf-8")


def _measure(folder: Path, jobs: int) -> dict[str, float]:
    """Run in a fresh process: one batch over *folder*, its rate and peak memory."""
    from govinfo_report.batch import run

    with tempfile.TemporaryDirectory() as out:
        stats = run(
            [folder],
            Path(out) / "results.jsonl",
            summary=Path(out) / "summary.csv",
            workers=jobs,
            progress=False,
        )
    # ru_maxrss is in KiB on Linux.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "reports": stats.processed,
        "seconds": stats.seconds,
        "per_second": stats.per_second,
        "parent_mib": own,
        "worker_mib": children,
        **{f"status_{k}": v for k, v in stats.statuses.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument(
        "--forms",
        nargs="+",
        choices=sorted(WRITERS),
        default=["text"],
        help="the forms the reports are written in, by turns (default: text)",
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure is not None:
        print(json.dumps(_measure(args.measure, args.jobs)))
        return
    print(
        f"govinfo_report {govinfo_report.__version__}, Python {platform.python_version()}, "
        f"{datetime.date.today()}, {args.jobs} workers, forms: {' '.join(args.forms)}"
    )
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        for size in args.sizes:
            folder = root / f"corpus-{size}-{'-'.join(args.forms)}"
            if not folder.exists():
                folder.mkdir(parents=True)
                generate(folder, size, forms=args.forms)
            result = subprocess.run(
                [sys.executable, __file__, "--measure", str(folder), "--jobs", str(args.jobs)],
                capture_output=True,
                text=True,
                check=True,
            )
            m = json.loads(result.stdout)
            statuses = ", ".join(
                f"{k[7:]} {int(v)}" for k, v in m.items() if k.startswith("status_")
            )
            print(
                f"  {int(m['reports']):6d} reports: {m['seconds']:6.1f} s, "
                f"{m['per_second']:6.0f} reports/s, peak RSS parent {m['parent_mib']:5.1f} MiB, "
                f"largest worker {m['worker_mib']:5.1f} MiB   ({statuses})"
            )


if __name__ == "__main__":
    main()
