"""JSON text -> validated report, and report -> JSON text, against pydantic v2.

Run: python benchmarks/bench_json.py  (needs the ``bench`` extra: pydantic, orjson).

The pydantic model below has the same JSON shape and the same constraints
(counts ≥ 0, blank as null, marks as strings, exact decimal strings, dates,
no unknown keys), so both sides parse and validate the same work.
"""

from __future__ import annotations

import datetime
import platform
import sys
from decimal import Decimal
from typing import Annotated, Literal

import pydantic
from _timing import median_seconds
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

import govinfo_report
from govinfo_report import _json

Mark = Literal["/", "-", "—", "无"]
Cell = Annotated[int, Field(ge=0, strict=True)] | None | Mark
Row7 = tuple[Cell, Cell, Cell, Cell, Cell, Cell, Cell]
Row5 = tuple[Cell, Cell, Cell, Cell, Cell]
AmountText = Annotated[str, StringConstraints(pattern=r"^(0|[1-9][0-9]{0,15})(\.[0-9]{1,8})?$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Period(Strict):
    start: datetime.date = Field(strict=False)
    end: datetime.date = Field(strict=False)


class Subsection(Strict):
    title: str
    text: str


class General(Strict):
    intro: str
    subsections: tuple[Subsection, ...] = Field(strict=False)


class DocumentCounts(Strict):
    issued: Cell
    repealed: Cell
    in_force: Cell


class Decisions(Strict):
    decisions: Cell


class Fees(Strict):
    amount: AmountText | Mark | None


class Proactive(Strict):
    rules: DocumentCounts
    normative_docs: DocumentCounts
    licensing: Decisions
    penalty: Decisions
    coercion: Decisions
    admin_fees: Fees


ApplicationRows = BaseModel  # placeholder for mypy; replaced below


def _applications_model() -> type[BaseModel]:
    fields: dict[str, object] = {
        row.value: (Row7, Field(strict=False)) for row in govinfo_report.Row
    }
    return pydantic.create_model(  # type: ignore[call-overload, no-any-return]
        "Applications", __config__=ConfigDict(extra="forbid", frozen=True, strict=True), **fields
    )


def _appeals_model() -> type[BaseModel]:
    fields: dict[str, object] = {
        group.value: (Row5, Field(strict=False)) for group in govinfo_report.AppealGroup
    }
    return pydantic.create_model(  # type: ignore[call-overload, no-any-return]
        "Appeals", __config__=ConfigDict(extra="forbid", frozen=True, strict=True), **fields
    )


Applications = _applications_model()
Appeals = _appeals_model()


class PydanticReport(Strict):
    schema_version: Literal[1]
    edition: Literal["2021"]
    organ: str
    organ_kind: Literal["government", "department"] | None = None
    year: int = Field(ge=1, le=9999)
    title: str | None = None
    publication_date: datetime.date | None = Field(default=None, strict=False)
    period: Period | None = None
    section_order: (
        tuple[
            Literal["general", "proactive", "requests", "review_litigation", "problems", "other"],
            ...,
        ]
        | None
    ) = Field(default=None, strict=False)
    preamble: str = ""
    general: General
    proactive: Proactive
    applications: Applications  # type: ignore[valid-type]
    appeals: Appeals  # type: ignore[valid-type]
    problems: str
    other: str


def _varied_report(seed: int) -> govinfo_report.Report:
    """The example with non-zero, seed-dependent numbers, so no path is all zeros."""
    base = govinfo_report.example()
    parts = {
        row: [(seed * 7 + row.position * 3 + c) % 50 for c in range(6)]
        for row in govinfo_report.Row
    }
    appeals = {
        g: [(seed + g.position + k) % 9 for k in range(4)] for g in govinfo_report.AppealGroup
    }
    return govinfo_report.Report(
        organ=base.organ,
        year=base.year,
        period=base.period,
        publication_date=datetime.date(2022, 1, 20),
        preamble=base.preamble,
        general=base.general,
        proactive=govinfo_report.ProactiveDisclosure(
            rules=govinfo_report.DocumentCounts(seed % 5, 1, 30),
            normative_docs=govinfo_report.DocumentCounts(12, 3, 240),
            licensing=govinfo_report.Decisions(1234 + seed),
            penalty=govinfo_report.Decisions(56),
            coercion=govinfo_report.Decisions(7),
            admin_fees=govinfo_report.Fees(Decimal("12.35")),
        ),
        applications=govinfo_report.ApplicationTable.from_parts(parts),
        appeals=govinfo_report.AppealTable.from_parts(appeals),
        problems=base.problems,
        other=base.other,
    )


def main() -> None:
    texts = [govinfo_report.dumps(_varied_report(seed)) for seed in range(20)]
    reports = [govinfo_report.loads(text) for text in texts]
    models = [PydanticReport.model_validate_json(text) for text in texts]
    # Both sides must agree on the document before timing means anything.
    for text, model in zip(texts, models, strict=True):
        assert model.model_dump_json(exclude_unset=False) == text, "pydantic shape differs"

    cycle = iter(range(10**12))

    def ours_load() -> object:
        return govinfo_report.loads(texts[next(cycle) % 20])

    def theirs_load() -> object:
        return PydanticReport.model_validate_json(texts[next(cycle) % 20])

    def ours_dump() -> object:
        return govinfo_report.dumps(reports[next(cycle) % 20])

    def theirs_dump() -> object:
        return models[next(cycle) % 20].model_dump_json()

    number, repeat = 2000, 15
    results = {}
    for name, fn in [
        ("load ours", ours_load),
        ("load pydantic", theirs_load),
        ("dump ours", ours_dump),
        ("dump pydantic", theirs_dump),
    ]:
        fn()
        results[name] = median_seconds(fn, number=number, repeat=repeat)

    print(
        f"govinfo_report {govinfo_report.__version__} (JSON backend: {_json.BACKEND}), "
        f"pydantic {pydantic.VERSION}, Python {platform.python_version()}, "
        f"{datetime.date.today()}"
    )
    print(f"document size: {len(texts[0].encode())} bytes")
    for name, seconds in results.items():
        print(f"{name:15} {seconds * 1e6:8.1f} µs per report")
    load_ratio = results["load ours"] / results["load pydantic"]
    dump_ratio = results["dump ours"] / results["dump pydantic"]
    print(f"load ratio (ours / pydantic model_validate_json): {load_ratio:.2f}")
    print(f"dump ratio (ours / pydantic model_dump_json):     {dump_ratio:.2f}")
    sys.exit(0)


if __name__ == "__main__":
    main()
