"""The rule book: every rule fires on its defect and stays silent on consistent reports."""

from __future__ import annotations

import datetime
import pickle
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report import (
    AppealGroup,
    AppealOutcome,
    AppealTable,
    Applicant,
    ApplicationTable,
    Edition,
    Layout,
    Mark,
    OrganKind,
    Period,
    Report,
    Section,
    example,
)
from govinfo_report._narrative import Topic
from govinfo_report.rules import (
    RULES,
    Finding,
    InconsistentReportError,
    RuleBook,
    Severity,
    check,
    raise_for_errors,
    rule,
    rule_catalogue,
    suggest_repair,
)
from govinfo_report.rules.narrative import topic_cells
from govinfo_report.rules.registry import Context
from govinfo_report.rules.repair import REPAIRABLE
from govinfo_report.rules.table import equations, tables_hold

from .strategies import (
    any_layout_consistent_reports,
    any_layout_reports,
    consistent_reports,
    consistent_single_other_reports,
    proactive_2021,
    reports,
)


def with_cells(report: Report, changes: dict[str, Any]) -> Report:
    """A copy of *report* with cells of tables 三 and 四 replaced, by address.

    Table 三 keeps its layout: ``R3_6[NP]`` is a cell of a single-other table only.
    """
    rows = [list(row) for row in report.applications.rows]
    groups = [list(group) for group in report.appeals.groups]
    layout = report.applications.layout
    for address, value in changes.items():
        if address.endswith("]"):
            row, _, column = address[:-1].partition("[")
            rows[layout.position(row)][Applicant(column).position] = value
        else:
            group, _, outcome = address.partition(".")
            groups[AppealGroup(group).position][AppealOutcome(outcome).position] = value
    return attrs.evolve(
        report,
        applications=ApplicationTable(tuple(map(tuple, rows))),
        appeals=AppealTable(tuple(map(tuple, groups))),
    )


def codes(findings: list[Finding]) -> set[str]:
    return {finding.code for finding in findings}


# A consistent report with real numbers, built once; its narrative states the new total.
_EXAMPLE = example()
_SAYS_TWELVE = attrs.evolve(
    _EXAMPLE,
    general=attrs.evolve(
        _EXAMPLE.general,
        subsections=tuple(
            attrs.evolve(s, text=s.text.replace("依申请公开0件", "依申请公开12件"))
            for s in _EXAMPLE.general.subsections
        ),
    ),
)
BASE = with_cells(
    _SAYS_TWELVE,
    {
        "R1[NP]": 10,
        "R1[BIZ]": 2,
        "R1[TOT]": 12,
        "R2[NP]": 1,
        "R2[TOT]": 1,
        "R3_1[NP]": 6,
        "R3_1[TOT]": 6,
        "R3_4_1[BIZ]": 2,
        "R3_4_1[TOT]": 2,
        "R3_7[NP]": 6,
        "R3_7[BIZ]": 2,
        "R3_7[TOT]": 8,
        "R4[NP]": 5,
        "R4[TOT]": 5,
        "RV.maintain": 1,
        "RV.pending": 1,
        "RV.total": 2,
    },
)


def test_consistent_reports_are_clean() -> None:
    assert check(example()) == []
    assert check(BASE) == []


@given(consistent_reports())
def test_generated_consistent_reports_are_clean(report: Report) -> None:
    assert check(report) == []


def _table_findings(report: Report, *, fast: bool) -> list[Finding]:
    context = Context(report, None)
    if not fast:
        context.memo["table.hold"] = False  # every table rule takes its long way
    findings: list[Finding] = []
    for item in RULES.plan(report.edition, with_previous=False):
        if item.code.startswith("table."):
            context.rule = item
            findings += item.function(context)
    return findings


_SMALL_COUNTS = st.integers(min_value=0, max_value=3)
_TABLE_CELLS = Report.addresses()[10:]


@st.composite
def _one_cell_off(draw: st.DrawFn, layout: Layout | None = Layout.OFFICIAL) -> Report:
    report = draw(consistent_reports(layout=layout))
    address = draw(st.sampled_from(report.addresses()[10:]))
    value = draw(st.integers(min_value=0, max_value=50) | st.none() | st.sampled_from(list(Mark)))
    return with_cells(report, {address: value})


@given(
    st.one_of(
        consistent_reports(),
        _one_cell_off(),
        reports(_SMALL_COUNTS),  # all counts: equations often hold by chance
        reports(),  # blanks, marks, any counts
    )
)
def test_the_shared_table_verdict_agrees_with_the_rules(report: Report) -> None:
    # tables_hold lets every table rule return at once; it must be true exactly
    # when the rules, each taking its own way, find nothing.
    slow = _table_findings(report, fast=False)
    assert tables_hold(Context(report, None)) == (slow == [])
    assert _table_findings(report, fast=True) == slow


@given(
    st.one_of(
        consistent_single_other_reports(),
        _one_cell_off(Layout.SINGLE_OTHER),
        reports(_SMALL_COUNTS, layout=Layout.SINGLE_OTHER),
        reports(layout=Layout.SINGLE_OTHER),
        any_layout_consistent_reports(),
        any_layout_reports(_SMALL_COUNTS),
    )
)
def test_the_shared_table_verdict_agrees_with_the_rules_in_either_layout(report: Report) -> None:
    slow = _table_findings(report, fast=False)
    assert tables_hold(Context(report, None)) == (slow == [])
    assert _table_findings(report, fast=True) == slow


#: BASE with its table 三 printed with a single （六）其他处理 row, to which one of
#: the six requests BASE discloses went instead: the totals are BASE's.
SINGLE_BASE = attrs.evolve(
    BASE,
    applications=ApplicationTable.from_parts(
        {"R1": [10, 2], "R2": [1], "R3_1": [5], "R3_4_1": [0, 2], "R3_6": [1], "R4": [5]}
    ),
)
_SINGLE_TABLE_CELLS = SINGLE_BASE.addresses()[10:]


@pytest.mark.parametrize(
    ("base", "address"),
    [(BASE, a) for a in _TABLE_CELLS] + [(SINGLE_BASE, a) for a in _SINGLE_TABLE_CELLS],
    ids=[f"official-{a}" for a in _TABLE_CELLS] + [f"single-{a}" for a in _SINGLE_TABLE_CELLS],
)
def test_the_shared_table_verdict_sees_every_cell(base: Report, address: str) -> None:
    value = base.raw_cell(address)
    assert isinstance(value, int)
    assert tables_hold(Context(base, None))
    for changed in (value + 1, None, Mark.SLASH):
        report = with_cells(base, {address: changed})
        assert not tables_hold(Context(report, None))
        assert _table_findings(report, fast=True) == _table_findings(report, fast=False) != []


# --- each rule fires on its defect ------------------------------------------------

Defect = Callable[[Report], Report]

DEFECTS: list[tuple[str, Defect]] = [
    ("table.T3-A", lambda r: with_cells(r, {"R4[NP]": 6, "R4[TOT]": 6})),
    (
        "table.T3-B",
        lambda r: with_cells(r, {"R3_7[BIZ]": 3, "R3_7[TOT]": 9, "R1[BIZ]": 3, "R1[TOT]": 13}),
    ),
    ("table.T3-C", lambda r: with_cells(r, {"R3_1[TOT]": 7})),
    ("table.T4-1", lambda r: with_cells(r, {"RV.total": 3})),
    ("table.T4-2", lambda r: with_cells(r, {"LD.correct": 1})),
    ("table.T4-3", lambda r: with_cells(r, {"LR.total": 1})),
    ("table.D-3", lambda r: with_cells(r, {"R3_7[NP]": 12})),
    ("table.unfilled", lambda r: with_cells(r, {"R3_2[RES]": None})),
    ("table.unfilled", lambda r: with_cells(r, {"LR.pending": Mark.SLASH})),
    ("table.T3-C.unassessed", lambda r: with_cells(r, {"R3_2[RES]": None})),
    ("document.section-missing", lambda r: attrs.evolve(r, problems="  ")),
    ("document.section-missing", lambda r: attrs.evolve(r, section_order=tuple(Section)[:-1])),
    (
        "document.section-missing",
        lambda r: with_cells(r, dict.fromkeys(example().addresses()[185:])),
    ),
    (
        "document.section-order",
        lambda r: attrs.evolve(
            r,
            section_order=(
                Section.GENERAL,
                Section.REQUESTS,
                Section.PROACTIVE,
                Section.REVIEW_LITIGATION,
                Section.PROBLEMS,
                Section.OTHER,
            ),
        ),
    ),
    (
        "document.year-title",
        lambda r: attrs.evolve(r, title="临淄区齐都镇人民政府2020年政府信息公开工作年度报告"),
    ),
    ("document.year-title", lambda r: attrs.evolve(r, title="二〇二二年政府信息公开工作年度报告")),
    ("document.year-period", lambda r: attrs.evolve(r, period=Period.calendar_year(2020))),
    (
        "document.year-narrative",
        lambda r: attrs.evolve(r, preamble=r.preamble.replace("公开2021年", "公开2020年")),
    ),
    (
        "document.edition-year",
        lambda r: attrs.evolve(
            r,
            year=2020,
            period=Period.calendar_year(2020),
            preamble="",
            general=attrs.evolve(r.general, intro=""),
        ),
    ),
    ("document.late", lambda r: attrs.evolve(r, publication_date=datetime.date(2022, 4, 1))),
    (
        "document.late",
        lambda r: attrs.evolve(
            r, publication_date=datetime.date(2022, 2, 1), organ_kind=OrganKind.DEPARTMENT
        ),
    ),
    (
        "narrative.table-mismatch",
        lambda r: attrs.evolve(r, other="本年度共收到政府信息公开申请15件。"),
    ),
]


@pytest.mark.parametrize(
    ("code", "defect"), DEFECTS, ids=[f"{c}-{i}" for i, (c, _) in enumerate(DEFECTS)]
)
def test_each_rule_fires_on_its_defect(code: str, defect: Defect) -> None:
    assert code not in codes(check(BASE))
    findings = check(defect(BASE))
    assert code in codes(findings), findings
    for finding in findings:
        assert finding.message("zh_CN")
        assert finding.message("en")


def test_every_rule_has_a_defect_test() -> None:
    tested = {code for code, _ in DEFECTS} | {
        "cross-year.not-comparable",
        "cross-year.X-1",
        "cross-year.X-2",
        "cross-year.copied-problems",
        "table.D-1",
        "table.D-2",
        # The 2019 edition's own rules: tests/test_edition_2019.py.
        "table.D-4",
        "cross-year.X-3",
    }
    assert {r.code for r in RULES} <= tested


def _bypass(instance: Any, **values: object) -> Any:
    """A copy with values the model's validators would refuse (as a buggy tool might make)."""
    copy = object.__new__(type(instance))
    for field in attrs.fields(type(instance)):
        object.__setattr__(copy, field.name, values.get(field.name, getattr(instance, field.name)))
    return copy


def test_d1_and_d2_guard_objects_built_around_the_validators() -> None:
    proactive = BASE.proactive
    broken = _bypass(
        proactive,
        licensing=_bypass(proactive.licensing, decisions=-3),
        admin_fees=_bypass(proactive.admin_fees, amount=Decimal(-1)),
    )
    findings = check(_bypass(BASE, proactive=broken))
    assert {"table.D-1", "table.D-2"} <= codes(findings)
    d1 = next(f for f in findings if f.code == "table.D-1")
    assert d1.cells == ("licensing.decisions",)


# --- blanks are never read as 0 ---------------------------------------------------


def test_a_blank_cell_makes_its_rules_unassessable() -> None:
    findings = check(with_cells(BASE, {"R3_4_1[BIZ]": None}))
    by_code = {f.code: f for f in findings}
    # Read as 0, the blank would break T3-B and T3-C; instead they say they cannot tell.
    assert "table.T3-B" not in by_code
    assert "table.T3-C" not in by_code
    assert by_code["table.T3-B.unassessed"].severity is Severity.NOTICE
    assert "R3_4_1[BIZ]" in by_code["table.T3-C.unassessed"].params[1][1]
    assert by_code["table.unfilled"].cells == ("R3_4_1[BIZ]",)


def test_filled_parts_beyond_the_total_are_an_error_despite_blanks() -> None:
    report = with_cells(BASE, {"R3_1[BIZ]": None, "R3_1[TOT]": 5})  # 6 natural persons alone
    findings = check(report)
    t3c = [f for f in findings if f.code == "table.T3-C" and f.subject == "R3_1"]
    assert len(t3c) == 1
    assert (t3c[0].expected, t3c[0].actual) == (6, 5)


# --- findings as data --------------------------------------------------------------


def test_a_finding_carries_its_evidence() -> None:
    findings = check(with_cells(BASE, {"R3_1[TOT]": 7}))
    (t3c,) = [f for f in findings if f.code == "table.T3-C"]
    assert t3c.severity is Severity.ERROR
    assert t3c.subject == "R3_1"
    assert t3c.cells[-1] == "R3_1[TOT]"
    assert (t3c.expected, t3c.actual, t3c.difference) == (6, 7, 1)
    assert t3c.coordinates()[-1] == "三、本年度办理结果 （一）予以公开 × 总计"
    assert t3c.coordinates("en")[-1].endswith("× Total")
    assert "6" in t3c.message()
    assert "7" in t3c.message()
    assert t3c.message("en") == (
        "III. Outcomes this year (i) Disclosed: the applicant columns add up to 6, "
        "but the total is 7"
    )


def test_fingerprints_are_stable_and_distinct() -> None:
    first = check(with_cells(BASE, {"R3_1[TOT]": 7}))
    again = check(with_cells(BASE, {"R3_1[TOT]": 9}))  # a different value, the same defect
    assert [f.fingerprint for f in first] == [f.fingerprint for f in again]
    assert len({f.fingerprint for f in first}) == len(first)


def test_findings_are_ordered_gravest_first() -> None:
    findings = check(with_cells(BASE, {"R3_1[TOT]": 7, "R3_2[RES]": None}))
    ranks = [f.severity.rank for f in findings]
    assert ranks == sorted(ranks)


def test_raise_for_errors() -> None:
    raise_for_errors(check(BASE))
    findings = check(with_cells(BASE, {"RV.total": 5}))
    with pytest.raises(InconsistentReportError) as info:
        raise_for_errors(findings)
    assert isinstance(info.value, ValueError)
    assert [f.code for f in info.value.findings] == ["table.T4-1"]
    assert "table.T4-1" in str(info.value)
    again = pickle.loads(pickle.dumps(info.value))
    assert again.findings == info.value.findings


def test_check_refuses_what_is_not_a_report() -> None:
    with pytest.raises(TypeError):
        check({"organ": "x"})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        check(BASE, previous="2020")  # type: ignore[arg-type]


# --- across years -------------------------------------------------------------------


def previous_of(report: Report) -> Report:
    """The same organ's report on the year before, carrying forward what *report* carries over."""
    carried = report.applications.row("R2")
    previous = with_cells(
        BASE,
        {
            f"R4[{c}]": v
            for c, v in zip(["NP", "BIZ", "RES", "NGO", "LAW", "OTH", "TOT"], carried, strict=True)
        },
    )
    return attrs.evolve(
        previous, year=report.year - 1, period=Period.calendar_year(report.year - 1)
    )


def test_x1_compares_all_seven_columns() -> None:
    current = with_cells(BASE, {"R2[NP]": 1, "R2[TOT]": 1})
    previous = previous_of(current)
    assert not [f for f in check(current, previous=previous) if f.code.startswith("cross-year.X")]
    for column in ["NP", "BIZ", "RES", "NGO", "LAW", "OTH", "TOT"]:
        changed = with_cells(previous, {f"R4[{column}]": 3})
        x1 = [f for f in check(current, previous=changed) if f.code == "cross-year.X-1"]
        assert [f.subject for f in x1] == [column]
        assert x1[0].cells == (f"R2[{column}]",)
        assert x1[0].previous_cells == (f"R4[{column}]",)
        assert (x1[0].expected, x1[0].actual) == (
            3,
            current.applications.row("R2")[
                ["NP", "BIZ", "RES", "NGO", "LAW", "OTH", "TOT"].index(column)
            ],
        )


def test_reports_that_are_not_a_pair_are_not_compared() -> None:
    previous = attrs.evolve(previous_of(BASE), organ="另一个镇人民政府")
    findings = check(with_cells(BASE, {"R2[NP]": 9}), previous=previous)
    assert "cross-year.not-comparable" in codes(findings)
    assert "cross-year.X-1" not in codes(findings)
    two_years_back = attrs.evolve(previous_of(BASE), year=2019)
    assert "cross-year.not-comparable" in codes(check(BASE, previous=two_years_back))


def test_x2_rules_in_force() -> None:
    from govinfo_report import DocumentCounts

    previous = attrs.evolve(
        previous_of(BASE),
        proactive=attrs.evolve(proactive_2021(BASE), normative_docs=DocumentCounts(2, 0, 40)),
    )
    ok = attrs.evolve(
        BASE, proactive=attrs.evolve(proactive_2021(BASE), normative_docs=DocumentCounts(5, 1, 44))
    )
    assert "cross-year.X-2" not in codes(check(ok, previous=previous))
    off = attrs.evolve(
        BASE, proactive=attrs.evolve(proactive_2021(BASE), normative_docs=DocumentCounts(5, 1, 50))
    )
    (x2,) = [f for f in check(off, previous=previous) if f.code == "cross-year.X-2"]
    assert x2.severity is Severity.WARNING
    assert (x2.expected, x2.actual) == (44, 50)


def test_copied_problems_section() -> None:
    previous = previous_of(BASE)
    findings = check(BASE, previous=previous)  # BASE and its previous share 五 word for word
    assert "cross-year.copied-problems" in codes(findings)
    rewritten = attrs.evolve(
        BASE,
        problems="今年我们发现了新的问题：信息发布不够及时，解读材料偏少，平台栏目需要整合优化，将在明年逐一整改落实到位。",
    )
    assert "cross-year.copied-problems" not in codes(check(rewritten, previous=previous))


# --- narrative ------------------------------------------------------------------------


def test_every_narrative_mismatch_is_reported() -> None:
    text = "全年共收到政府信息公开申请15件。……本年度新收政府信息公开申请16件。"
    findings = [
        f for f in check(attrs.evolve(BASE, other=text)) if f.code == "narrative.table-mismatch"
    ]
    assert [f.actual for f in findings] == [15, 16]
    assert all(f.expected == 12 for f in findings)


def test_chinese_numerals_in_the_narrative() -> None:
    ok = attrs.evolve(BASE, other="全年共收到政府信息公开申请十二件。")
    assert "narrative.table-mismatch" not in codes(check(ok))
    off = attrs.evolve(BASE, other="全年共收到政府信息公开申请十七件。")
    assert "narrative.table-mismatch" in codes(check(off))


def _narrative_findings(report: Report) -> list[tuple[str, int, int | None]]:
    return [
        (str(f.subject), int(f.actual), None if f.expected is None else int(f.expected))  # type: ignore[arg-type]
        for f in check(report)
        if f.code == "narrative.table-mismatch"
    ]


def test_the_outcomes_the_narrative_states_are_checked() -> None:
    text = (
        "办结申请8件。予以公开6件，部分公开0件，不予公开0件，无法提供2件，"
        "不予处理0件，其他处理0件。"
    )
    assert _narrative_findings(attrs.evolve(BASE, other=text)) == []
    off = "办结申请8件。予以公开及部分公开5件，无法提供3件，其他处理1件。"
    assert _narrative_findings(attrs.evolve(BASE, other=off)) == [
        ("granted_or_partly", 5, 6),
        ("unavailable", 3, 2),
        ("other_handling", 1, 0),
    ]


def test_a_blank_total_is_the_sum_of_its_parts() -> None:
    # As shanghai-bgt-2019 prints table 三: the 总计 column blank in the outcome rows.
    blank = with_cells(BASE, {"R3_1[TOT]": None, "R3_1[BIZ]": None, "R3_4_1[TOT]": None})
    said = "办结申请8件，予以公开7件，无法提供2件。"
    assert _narrative_findings(attrs.evolve(blank, other=said)) == [("granted", 7, 6)]
    # A row with no number at all shows nothing (it may not have been read): no comparison.
    unread = with_cells(blank, {f"R3_1[{column.value}]": None for column in Applicant})
    assert _narrative_findings(attrs.evolve(unread, other=said)) == []


@given(consistent_single_other_reports())
def test_other_handling_in_the_single_other_layout(report: Report) -> None:
    assert topic_cells(Topic.OTHER_HANDLING, report.applications.layout) == ("R3_6[TOT]",)
    total = report.cell("R3_6[TOT]")
    assert isinstance(total, int)
    said = f"办结政府信息公开申请若干。其他处理{total + 1}件。"
    assert _narrative_findings(attrs.evolve(report, other=said)) == [
        ("other_handling", total + 1, total)
    ]


def test_shanghai_2019_narrative_disagrees_where_the_corpus_says() -> None:
    from pathlib import Path

    from govinfo_report import loads

    golden = Path(__file__).parent / "data" / "golden" / "shanghai-bgt-2019.json"
    report = loads(golden.read_bytes())
    # “予以公开及部分公开258件” against 272 + 3; “无法提供265件” against 337.
    assert _narrative_findings(report) == [
        ("granted_or_partly", 258, 275),
        ("unavailable", 265, 337),
    ]


def test_the_processing_fee_is_not_table_two() -> None:
    report = attrs.evolve(BASE, other="本年度实际收取信息处理费共计400元。")
    assert check(report) == []


# --- repairs ----------------------------------------------------------------------------


@st.composite
def _one_cell_changed(draw: st.DrawFn) -> tuple[Report, str, int, int]:
    """A consistent report (either layout of 三), one of its table cells, its old and new value."""
    report = draw(any_layout_consistent_reports())
    cells = sorted({a for e in equations(report.applications.layout) for a in e.cells})
    address = draw(st.sampled_from(cells))
    old = report.raw_cell(address)
    assert isinstance(old, int)
    delta = draw(st.integers(-50, 50).filter(bool))
    return report, address, old, old + delta if old + delta >= 0 else old - delta


@given(_one_cell_changed())
def test_any_single_cell_change_is_found_and_repaired(
    case: tuple[Report, str, int, int],
) -> None:
    report, address, old, new = case
    errors = [f for f in check(with_cells(report, {address: new})) if f.severity is Severity.ERROR]
    assert any(address in f.cells for f in errors)
    repair = errors[0].repair
    assert repair is not None
    # Every error of the table identities carries the same suggestion; D-3 (an inequality,
    # which a change making 一 + 二 smaller than （七） also breaks) carries none.
    assert all(f.repair == repair for f in errors if f.code in REPAIRABLE)
    assert all(f.repair is None for f in errors if f.code not in REPAIRABLE)
    if address.endswith("]"):
        # In table 三 every cell sits in its own set of identities: exactly one cell mends them.
        assert repair.cells == (address,)
        assert repair.changes[0].new == old
        assert repair.alternatives == ()
    else:
        # In table 四 any of the group's five cells mends its 总计: the changed one is offered.
        candidates = [changes[0].address for changes in repair.candidates() if len(changes) == 1]
        assert address in candidates


def test_repair_suggestion_for_two_typos() -> None:
    report = with_cells(BASE, {"R3_1[NP]": 8, "RV.maintain": 4})
    repair = suggest_repair(report)
    assert repair is not None
    assert {c.address for c in repair.changes} == {"R3_1[NP]", "RV.maintain"} or len(
        repair.changes
    ) == 2


def test_no_repair_for_a_consistent_report() -> None:
    assert suggest_repair(BASE) is None


# --- the catalogue and custom rules -------------------------------------------------------


def test_catalogue_lists_every_rule_in_both_languages() -> None:
    zh, en = rule_catalogue("zh_CN"), rule_catalogue("en")
    assert [e["code"] for e in zh] == [r.code for r in RULES]
    assert len({e["code"] for e in zh}) == len(zh)
    for entry in en:
        assert entry["severity"] in {"error", "warning", "notice"}
        assert entry["description"]
    assert zh[0]["code"] == "table.T3-A"


def test_custom_rule_registration() -> None:
    book = RULES.copy()

    @rule(
        "local.fees-stated",
        severity=Severity.NOTICE,
        book=book,
        title="Section 六 says whether information-processing fees were charged.",
        message="section 六 does not mention 信息处理费",
    )
    def fees_stated(context: Any) -> Any:
        if "信息处理费" not in context.report.other:
            yield context.finding(subject="other")

    assert "local.fees-stated" in book
    assert "local.fees-stated" not in RULES
    assert check(BASE, rules=book) == []  # BASE's 六 says 无收取信息处理费
    findings = check(attrs.evolve(BASE, other="无。"), rules=book)
    assert [f.code for f in findings] == ["local.fees-stated"]
    assert findings[0].message("en") == "section 六 does not mention 信息处理费"
    with pytest.raises(ValueError, match="already registered"):
        rule("local.fees-stated", severity=Severity.NOTICE, book=book, title="", message="")(
            fees_stated
        )
    assert check(BASE) == []
    assert isinstance(RuleBook(), RuleBook)


def test_rules_are_per_edition() -> None:
    # Tables 三 and 四 are the same in both editions; D-4 and X-3 concern 2019's table 二.
    only_2019 = {"table.D-4", "cross-year.X-3"}
    assert {r.code for r in RULES if r.editions == {Edition.FORMAT_2019}} == only_2019
    assert all(Edition.FORMAT_2021 in r.editions for r in RULES if r.code not in only_2019)
    assert {r.code for r in RULES if Edition.FORMAT_2019 not in r.editions} == {"cross-year.X-2"}


def test_rule_catalogue_page_is_generated_from_the_code() -> None:
    from scripts.generate_rule_docs import TARGET, render

    assert TARGET.read_text(encoding="utf-8") == render()
