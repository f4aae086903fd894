"""Extension points: a local variant and a new table 二, defined here and nowhere in the library.

The variant is 湖北's 2020 table 二 (format-2019.md §3): the 2019 table with an extra
row 其他主动公开文件 in 第二十条第（一）项 and notes after its labels.  The new table
is a made-up draft of a future format.  Each is defined, registered and given a
rule of its own in this module; JSON, ``cell()``, the rule book, the readers and
the writers then work with it, and the library's own behaviour is unchanged once
it is unregistered.  ``docs/extending.md`` shows the same code.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, cast

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

from govinfo_report import (
    ApplicationTable,
    Edition,
    JSONLoadError,
    Layout,
    Period,
    Report,
    Section,
    check,
    dumps,
    example,
    loads,
    read,
    render_html,
    render_markdown,
    render_text,
    to_records,
)
from govinfo_report._coordinates import coordinates
from govinfo_report.model import (
    PROACTIVE_2019,
    Count,
    ProactiveDisclosure2019,
    PublishedDocuments,
    _check_count,
)
from govinfo_report.proactive import (
    Block,
    CellType,
    Column,
    Entry,
    LayoutError,
    ProactiveLayout,
    layout_of,
    register,
    registered,
    unregister,
)
from govinfo_report.readers import read_html, read_markdown, read_text
from govinfo_report.rules import RULES, Severity, rule
from govinfo_report.rules.findings import Finding
from govinfo_report.rules.registry import Context
from govinfo_report.schema import json_schema

from .strategies import proactive_of

# --- a local variant: 湖北 2020 ---------------------------------------------------


@attrs.frozen(kw_only=True)
class HubeiTable(ProactiveDisclosure2019):
    """湖北's table 二: the 2019 table and a row 其他主动公开文件."""

    other_docs: PublishedDocuments = attrs.field(
        validator=attrs.validators.instance_of(PublishedDocuments)
    )


HUBEI = PROACTIVE_2019.with_row(
    "hubei-2020",
    "art20_1",
    "other_docs",
    "其他主动公开文件",
    after="normative_docs",
    translations={"zh_Hant": "其他主動公開文件", "en": "Other proactively published documents"},
    model=HubeiTable,
).with_notes(
    "hubei-2020",
    rows={"rules": "（设区的市、自治州人民政府应提供相关数据）"},
    columns={"prev_items": "（指2019年事项数）", "decisions": "（指2020年办件量）"},
    model=HubeiTable,
)
#: The same row, its class built by the library (for code that needs no types).
GENERATED = PROACTIVE_2019.with_row(
    "generated", "art20_9", "other_purchases", "其他采购", after="central_procurement"
)

#: The library's rule book and one rule of the variant's own.
HUBEI_RULES = RULES.copy()


@rule(
    "hubei.other-docs",
    severity=Severity.WARNING,
    editions=[Edition.FORMAT_2019],
    book=HUBEI_RULES,
    title="其他主动公开文件: 本年新公开数量 is at most 对外公开总数量.",
    message="{where}: {actual} newly published, more than the {expected} published in all",
)
def other_docs(context: Context) -> Iterator[Finding]:
    table = context.report.proactive
    if not isinstance(table, HubeiTable):
        return
    row = table.other_docs
    published, total = row.new_published, row.published_total
    if isinstance(published, int) and isinstance(total, int) and published > total:
        yield context.finding(
            subject="other_docs",
            cells=("other_docs.new_published", "other_docs.published_total"),
            expected=total,
            actual=published,
        )


# --- a new table 二, from scratch --------------------------------------------------


@attrs.frozen
class Releases:
    """A row of the draft's one block: 发布数量 and 解读数量."""

    released: Count = attrs.field(validator=_check_count)
    explained: Count = attrs.field(validator=_check_count)


@attrs.frozen(kw_only=True)
class DraftTable:
    """The draft table 二: policies and plans released and explained."""

    policies: Releases
    plans: Releases


DRAFT = ProactiveLayout(
    "draft-2027",
    Edition.FORMAT_2021,
    [
        Block(
            "art20_2",
            2,
            [Column("released", "本年发布数量"), Column("explained", "本年解读数量")],
            [Entry("policies", "重大政策"), Entry("plans", "发展规划")],
            Releases,
        )
    ],
    DraftTable,
    translations={
        "t2.column.released": {"en": "Released this year"},
        "t2.column.explained": {"en": "Explained this year"},
        "t2.row.policies": {"en": "Major policies"},
        "t2.row.plans": {"en": "Development plans"},
    },
)


@pytest.fixture(autouse=True)
def registered_layouts() -> Iterator[None]:
    for layout in (HUBEI, DRAFT, GENERATED):
        register(layout)
    yield
    for layout in (HUBEI, DRAFT, GENERATED):
        unregister(layout)


def hubei_report() -> Report:
    base = HUBEI.zeros()
    assert isinstance(base, HubeiTable)
    table = attrs.evolve(
        base,
        other_docs=PublishedDocuments(186, 86, 1021),
        licensing=attrs.evolve(base.licensing, prev_items=40, change=-8, decisions=1300),
    )
    return attrs.evolve(
        example(),
        edition=Edition.FORMAT_2019,
        organ="潜江市周矶街道办事处",
        year=2020,
        title=None,
        publication_date=None,
        period=Period.calendar_year(2020),
        section_order=tuple(Section),
        preamble="本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
        proactive=table,
        applications=ApplicationTable.from_parts(
            {"R1": [3], "R3_1": [2], "R3_6": [1]}, layout=Layout.SINGLE_OTHER
        ),
    )


def draft_report() -> Report:
    table = DraftTable(policies=Releases(12, 7), plans=Releases(3, 3))
    # A table of no class the library knows: typed code casts it.
    return attrs.evolve(example(), proactive=cast(Any, table), section_order=tuple(Section))


# --- the variant everywhere ---------------------------------------------------


def test_cells_and_addresses() -> None:
    report = hubei_report()
    assert report.cell("other_docs.new_made") == 186
    assert report.cell("licensing.change") == -8
    assert report.addresses()[6:9] == (
        "other_docs.new_made",
        "other_docs.new_published",
        "other_docs.published_total",
    )
    assert len(report.addresses()) == 25 + 161 + 15
    assert layout_of(report.proactive) is HUBEI
    assert draft_report().cell("plans.explained") == 3
    assert len(draft_report().addresses()) == 4 + 175 + 15


def test_labels_and_coordinates() -> None:
    assert (
        coordinates("other_docs.new_made") == "第二十条第（一）项 其他主动公开文件 × 本年新制作数量"
    )
    assert HUBEI.label("t2.row.other_docs", "en") == "Other proactively published documents"
    assert HUBEI.label("t2.row.other_docs", "zh_Hant") == "其他主動公開文件"
    # Rows and columns the variant shares with its edition take the catalogue's labels.
    assert HUBEI.label("t2.row.rules", "en") == "Rules"
    assert (
        coordinates("plans.released", "en")
        == "Article 20, item (2) Development plans × Released this year"
    )
    records = {r.address: r for r in to_records(hubei_report())}
    assert records["other_docs.new_made"].row_label_zh == "第二十条第（一）项 其他主动公开文件"
    assert records["other_docs.new_made"].value == 186


def test_json_names_the_variant_and_round_trips() -> None:
    report = hubei_report()
    text = dumps(report)
    data = json.loads(text)
    assert data["edition"] == "2019"
    assert data["proactive"]["layout"] == "hubei-2020"
    assert data["proactive"]["other_docs"] == {
        "new_made": 186,
        "new_published": 86,
        "published_total": 1021,
    }
    assert loads(text) == report
    assert layout_of(loads(text).proactive) is HUBEI
    draft = draft_report()
    assert loads(dumps(draft)) == draft


def test_json_of_an_unregistered_variant_is_a_clear_error() -> None:
    text = dumps(hubei_report())
    unregister(HUBEI)
    try:
        with pytest.raises(JSONLoadError) as info:
            loads(text)
        assert [p.path for p in info.value.problems] == ["$.proactive.layout"]
        assert "hubei-2020" in info.value.problems[0].message
    finally:
        register(HUBEI)


def test_schema_covers_registered_variants_on_request() -> None:
    data = json.loads(dumps(hubei_report()))
    with_variants = jsonschema.Draft202012Validator(json_schema(registered()))
    assert with_variants.is_valid(data)
    assert not jsonschema.Draft202012Validator(json_schema()).is_valid(data)
    # The variant's table in a 2021 report is refused by the schema as by the model.
    data["edition"] = "2021"
    assert not with_variants.is_valid(data)
    with pytest.raises(JSONLoadError, match="cannot hold table 二"):
        loads(json.dumps(data))


def test_rules_check_the_variant_and_its_own_rule() -> None:
    report = hubei_report()
    assert [f.code for f in check(report) if f.severity is Severity.ERROR] == []
    assert isinstance(report.proactive, HubeiTable)
    table = attrs.evolve(report.proactive, other_docs=PublishedDocuments(186, 1100, 1021))
    odd = attrs.evolve(report, proactive=table)
    assert "hubei.other-docs" not in {f.code for f in check(odd)}
    found = [f for f in check(odd, rules=HUBEI_RULES) if f.code == "hubei.other-docs"]
    assert [(f.cells, f.expected, f.actual) for f in found] == [
        (("other_docs.new_published", "other_docs.published_total"), 1021, 1100)
    ]
    # The library's rules read the variant's cells too: D-4 on a reduction below zero.
    fewer = attrs.evolve(table, licensing=attrs.evolve(table.licensing, change=-41))
    codes = {f.code for f in check(attrs.evolve(report, proactive=fewer))}
    assert "table.D-4" in codes


@pytest.mark.parametrize(
    ("write", "read_back"),
    [(render_text, read_text), (render_markdown, read_markdown), (render_html, read_html)],
)
def test_written_variant_reads_back(write: object, read_back: object) -> None:
    for report in (hubei_report(), draft_report()):
        printed = write(report)  # type: ignore[operator]
        result = read_back(printed)  # type: ignore[operator]
        assert result.report == report
        assert layout_of(result.report.proactive) is layout_of(report.proactive)
    printed = render_text(hubei_report())
    assert "规章（设区的市、自治州人民政府应提供相关数据）" in printed
    assert "上一年项目数量（指2019年事项数）" in printed


def test_reader_takes_the_variant_only_where_its_row_is_printed() -> None:
    plain = attrs.evolve(hubei_report(), proactive=PROACTIVE_2019.zeros())
    assert layout_of(read_text(render_text(plain)).report.proactive) is PROACTIVE_2019


@settings(max_examples=25, deadline=None)
@given(proactive_of(HUBEI))
def test_any_variant_table_round_trips(table: Any) -> None:
    report = attrs.evolve(hubei_report(), proactive=table)
    assert loads(dumps(report)) == report
    assert read(dumps(report).encode()).report == report


def test_library_is_unchanged_without_the_variant() -> None:
    for layout in (HUBEI, DRAFT, GENERATED):
        unregister(layout)
    try:
        assert [layout.name for layout in registered()] == ["2021", "2019"]
        with pytest.raises(LayoutError, match="not the class of a registered"):
            layout_of(HUBEI.model)
    finally:
        for layout in (HUBEI, DRAFT, GENERATED):
            register(layout)


def test_a_generated_class_serves_as_well() -> None:
    table = PROACTIVE_2019.zeros()
    values = {
        key: attrs.asdict(getattr(table, key), recurse=False) for key in PROACTIVE_2019.row_keys
    }
    values["other_purchases"] = {"items": 4, "amount": Decimal("1.5"), "unit": "万元"}
    built = GENERATED.build(values)
    assert type(built).__name__ == "ProactiveDisclosure2019_other_purchases"
    report = attrs.evolve(hubei_report(), proactive=built)
    assert report.cell("other_purchases.amount") == Decimal("1.5")
    assert loads(dumps(report)) == report
    assert read_markdown(render_markdown(report)).report == report
    with pytest.raises(LayoutError, match="not an attrs subclass"):
        PROACTIVE_2019.with_row("x", "art20_1", "extra", "其他", model=DraftTable)


def test_bad_definitions_are_refused() -> None:
    with pytest.raises(LayoutError, match="has a row 'rules' already"):
        PROACTIVE_2019.with_row("x", "art20_1", "rules", "规章")
    with pytest.raises(LayoutError, match="has no block"):
        PROACTIVE_2019.with_row("x", "art20_99", "extra", "其他")
    with pytest.raises(LayoutError, match="has no row"):
        PROACTIVE_2019.with_row("x", "art20_1", "extra", "其他", after="nothing")
    with pytest.raises(LayoutError, match="no row or column"):
        PROACTIVE_2019.with_notes("x", columns={"nothing": "（注）"})
    with pytest.raises(LayoutError, match="is registered already"):
        register(attrs.evolve(HUBEI))
    with pytest.raises(LayoutError, match="cannot be unregistered"):
        unregister(PROACTIVE_2019)
    assert HUBEI.blocks[0].columns[0].type is CellType.COUNT
    assert Decimal(0) == HUBEI.zeros().central_procurement.amount  # type: ignore[union-attr]
