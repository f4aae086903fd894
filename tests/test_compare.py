"""Year-on-year comparison: cell changes, paragraph matching, text similarity."""

from __future__ import annotations

import pickle
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report import (
    AppealTable,
    ApplicationTable,
    Fees,
    GeneralSection,
    GovInfoReportError,
    InvalidAddressError,
    Layout,
    Mark,
    ProactiveDisclosure,
    Report,
    Subsection,
    example,
)
from govinfo_report.compare import (
    CHANGED_THRESHOLD,
    REPEATED_THRESHOLD,
    SECTIONS,
    CellChange,
    Comparison,
    ParagraphChange,
    UnknownSectionError,
    compare,
    text_similarity,
)
from govinfo_report.model import ADDRESSES

from .strategies import any_layout_reports, reports


def make_report(**changes: Any) -> Report:
    base = Report(
        organ="某某县人民政府",
        year=2021,
        general=GeneralSection("总体情况。"),
        proactive=ProactiveDisclosure.zeros(),
        applications=ApplicationTable.zeros(),
        appeals=AppealTable.zeros(),
        problems="",
        other="",
    )
    return attrs.evolve(base, **changes)


def statuses(comparison: Comparison, section: str = "problems") -> list[tuple[str, Any, Any]]:
    return [
        (p.status, p.previous, p.current) for p in comparison.paragraphs if p.section == section
    ]


# --- cells ------------------------------------------------------------------------

BIG = Decimal("1E+40")
TINY = Decimal("1E-40")
# Written out: BIG + 1 and BIG - TINY in the default decimal context would round.
BIG_PLUS_ONE = Decimal("1" + "0" * 39 + "1")
BIG_MINUS_TINY = Decimal("9" * 40 + "." + "9" * 40)


@pytest.mark.parametrize(
    ("previous", "current", "absolute", "relative"),
    [
        (4, 6, 2, Fraction(1, 2)),
        (6, 4, -2, Fraction(-1, 3)),
        (3, 3, 0, Fraction(0)),
        (1, 10**12, 10**12 - 1, Fraction(10**12 - 1)),
        (0, 3, 3, None),
        (0, 0, 0, None),
        (None, 3, None, None),
        (3, None, None, None),
        (None, None, None, None),
        (Decimal("0.10"), Decimal("0.25"), Decimal("0.15"), Fraction(3, 2)),
        (Decimal("3"), Decimal("1"), Decimal("-2"), Fraction(-2, 3)),
        (Decimal("0.00"), Decimal("1.5"), Decimal("1.5"), None),
        # Beyond the 28 digits of the default decimal context: still exact.
        (BIG, BIG_PLUS_ONE, Decimal(1), Fraction(1, 10**40)),
        (TINY, BIG, BIG_MINUS_TINY, Fraction(10**80 - 1)),
    ],
)
def test_cell_change_known_answers(
    previous: int | Decimal | None,
    current: int | Decimal | None,
    absolute: int | Decimal | None,
    relative: Fraction | None,
) -> None:
    change = CellChange.between("R1[NP]", previous, current)
    assert (change.previous, change.current) == (previous, current)
    assert change.absolute == absolute
    assert type(change.absolute) is type(absolute)
    assert change.relative == relative
    assert change.relative is None or type(change.relative) is Fraction


def test_decimal_change_is_exact_beyond_the_default_precision() -> None:
    change = CellChange.between("admin_fees.amount", TINY, BIG)
    assert change.absolute is not None
    assert Fraction(change.absolute) == 10**40 - Fraction(1, 10**40)


def test_cells_of_real_reports() -> None:
    previous = make_report(
        applications=ApplicationTable.from_parts({"R1": [4, Mark.SLASH, None, 2]}),
        proactive=attrs.evolve(ProactiveDisclosure.zeros(), admin_fees=Fees(Decimal("10.00"))),
    )
    current = make_report(
        year=2022,
        applications=ApplicationTable.from_parts({"R1": [6, 1, Mark.DASH, 0]}),
        proactive=attrs.evolve(ProactiveDisclosure.zeros(), admin_fees=Fees(Decimal("12.50"))),
    )
    comparison = compare(previous, current)
    assert [c.address for c in comparison.cells] == list(Report.addresses())
    assert comparison.cell("R1[NP]") == CellChange("R1[NP]", 4, 6, 2, Fraction(1, 2))
    assert comparison.cell("R1[BIZ]") == CellChange("R1[BIZ]", None, 1, None, None)  # mark
    assert comparison.cell("R1[RES]") == CellChange("R1[RES]", None, None, None, None)
    assert comparison.cell("R1[NGO]") == CellChange("R1[NGO]", 2, 0, -2, Fraction(-1))
    assert comparison.cell("R1[TOT]") == CellChange("R1[TOT]", 6, 7, 1, Fraction(1, 6))
    fees = comparison.cell("admin_fees.amount")
    assert fees == CellChange(
        "admin_fees.amount", Decimal("10.00"), Decimal("12.50"), Decimal("2.50"), Fraction(1, 4)
    )
    assert str(fees.absolute) == "2.50"
    assert [c.address for c in comparison.changed_cells()] == [
        "admin_fees.amount",
        "R1[NP]",
        "R1[BIZ]",
        "R1[NGO]",
        "R1[TOT]",
    ]


def test_changed_cells_in_document_order() -> None:
    previous = make_report(applications=ApplicationTable.from_parts({"R1": [4, 1]}))
    current = make_report(applications=ApplicationTable.from_parts({"R1": [4, 2], "R4": [1]}))
    changed = compare(previous, current).changed_cells()
    assert [c.address for c in changed] == ["R1[BIZ]", "R1[TOT]", "R4[NP]", "R4[TOT]"]


def test_blank_to_mark_is_not_a_change() -> None:
    previous = make_report(applications=ApplicationTable.from_parts({"R1": [None]}))
    current = make_report(applications=ApplicationTable.from_parts({"R1": [Mark.SLASH]}))
    assert compare(previous, current).cell("R1[NP]").changed is False


def test_unknown_address() -> None:
    comparison = compare(make_report(), make_report())
    with pytest.raises(InvalidAddressError):
        comparison.cell("R9[NP]")


def test_cell_lookup_in_a_comparison_built_by_hand() -> None:
    cells = (CellChange.between("R4[TOT]", 1, 2), CellChange.between("R1[NP]", 3, 3))
    comparison = Comparison(2021, 2022, "某某县人民政府", cells, ())
    assert comparison.cell("R1[NP]").absolute == 0
    assert comparison.cell("R4[TOT]").relative == 1
    with pytest.raises(InvalidAddressError):
        comparison.cell("R2[NP]")


# --- paragraphs ---------------------------------------------------------------------

P1 = "一是工作人员专业能力有待提升，缺乏完善的技能培训，对公开内容、时限等基本内容掌握不扎实。"
P2 = "二是主动公开的意识不强，业务工作方面虽然公开数量较多，但是公开内容不够详尽。"
P3 = "三是政策解读存在空白，未能及时、准确、有效地进行政策解读，不利于群众对相关文件的理解。"
P4 = "2021年，我镇共收到政府信息公开申请12件，均已按期答复。"


def problems_change(previous: str, current: str) -> Comparison:
    return compare(make_report(problems=previous), make_report(year=2022, problems=current))


def test_identical_paragraphs_are_repeated() -> None:
    comparison = problems_change(f"{P1}\n{P2}", f"{P1}\n{P2}")
    assert statuses(comparison) == [("repeated", P1, P1), ("repeated", P2, P2)]
    assert {p.similarity for p in comparison.paragraphs} == {1.0}


@pytest.mark.parametrize(
    "copy",
    [
        P4.replace("2021", "2022"),  # the year
        P4.replace("2021", "2022").replace("12", "7"),  # the year and a count
        "２０２２年,我镇共收到政府信息公开申请１２件,均已按期答复.",  # full- and half-width
        "  2022年， 我镇共收到 政府信息公开申请12件，均已按期答复  ",  # spaces
        "二〇二二年，我镇共收到政府信息公开申请12件，均已按期答复。",  # a year in Chinese numerals
    ],
)
def test_paragraph_with_only_numbers_or_punctuation_changed_is_repeated(copy: str) -> None:
    comparison = problems_change(P4, copy)
    [change] = comparison.paragraphs[1:]  # [0] is 一's intro
    assert (change.status, change.previous, change.current) == ("repeated", P4, copy.strip())
    assert change.similarity == 1.0


def test_nearly_verbatim_paragraph_is_repeated() -> None:
    edited = P1.replace("有待提升", "有待提高")
    comparison = problems_change(P1, edited)
    [change] = comparison.section("problems")
    assert change.status == "repeated"
    assert REPEATED_THRESHOLD <= change.similarity < 1.0


def test_reworded_paragraph_is_changed() -> None:
    reworded = "一是工作人员专业能力仍需提升，对公开内容、时限等基本内容掌握不够扎实，需加强培训。"
    comparison = problems_change(P1, reworded)
    [change] = comparison.section("problems")
    assert (change.status, change.previous, change.current) == ("changed", P1, reworded)
    assert CHANGED_THRESHOLD <= change.similarity < REPEATED_THRESHOLD


def test_added_and_removed_paragraphs() -> None:
    comparison = problems_change(f"{P1}\n{P2}", f"{P1}\n{P3}")
    assert statuses(comparison) == [
        ("repeated", P1, P1),
        ("added", None, P3),
        ("removed", P2, None),
    ]
    added, removed = comparison.section("problems")[1:]
    assert added.similarity == removed.similarity == 0.0


def test_reordered_paragraphs_are_repeated_in_current_order() -> None:
    comparison = problems_change(f"{P1}\n{P2}\n{P3}", f"{P3}\n{P1}\n{P2}")
    assert statuses(comparison) == [
        ("repeated", P3, P3),
        ("repeated", P1, P1),
        ("repeated", P2, P2),
    ]


def test_duplicate_paragraphs_pair_one_to_one() -> None:
    comparison = problems_change(f"{P1}\n{P1}\n{P2}", f"{P1}\n{P2}\n{P2}")
    assert statuses(comparison) == [
        ("repeated", P1, P1),
        ("repeated", P2, P2),
        ("added", None, P2),
        ("removed", P1, None),
    ]


def test_near_duplicates_pair_with_the_most_similar() -> None:
    close = P1.replace("有待提升", "有待提高")
    far = P1.replace("有待提升，缺乏完善的技能培训", "仍然较弱，没有系统的培训")
    comparison = problems_change(f"{far}\n{close}", P1)
    assert statuses(comparison) == [
        ("repeated", close, P1),
        ("removed", far, None),
    ]


def test_blank_lines_and_surrounding_whitespace_are_ignored() -> None:
    comparison = problems_change(f"\n  {P1}  \n\n\u3000\n", f"{P1}\r\n\n")
    assert statuses(comparison) == [("repeated", P1, P1)]


def test_sections_are_matched_separately_in_document_order() -> None:
    previous = make_report(preamble=P1, problems=P2, other=P3)
    current = make_report(year=2022, preamble=P1, problems=P3, other=P2)
    comparison = compare(previous, current)
    assert [(p.section, p.status) for p in comparison.paragraphs] == [
        ("preamble", "repeated"),
        ("general", "repeated"),
        ("problems", "added"),
        ("problems", "removed"),
        ("other", "added"),
        ("other", "removed"),
    ]


def test_general_pools_intro_and_subsections() -> None:
    previous = make_report(
        general=GeneralSection(
            "总体情况。",
            (Subsection("主动公开情况", P1), Subsection("监督保障情况", f"{P2}\n{P3}")),
        )
    )
    current = make_report(
        year=2022,
        general=GeneralSection(
            "总体情况。", (Subsection("主动公开", f"{P1}\n{P3}"), Subsection("平台建设", P4))
        ),
    )
    general = compare(previous, current).section("general")
    assert [(p.status, p.heading, p.current or p.previous) for p in general] == [
        ("repeated", None, "总体情况。"),
        ("repeated", "主动公开", P1),
        ("repeated", "主动公开", P3),  # moved from 监督保障情况
        ("added", "平台建设", P4),
        ("removed", "监督保障情况", P2),
    ]


def test_comparing_the_example_with_itself() -> None:
    report = example()
    comparison = compare(report, report)
    assert comparison.organ == report.organ
    assert (comparison.previous_year, comparison.current_year) == (2021, 2021)
    assert comparison.changed_cells() == ()
    assert len(comparison.paragraphs) == 13
    assert {p.status for p in comparison.paragraphs} == {"repeated"}
    for section in SECTIONS:
        assert comparison.repeated_share(section) == 1.0


# --- repeated share -----------------------------------------------------------------


def test_repeated_share_counts_characters_of_current_paragraphs() -> None:
    kept, new = "甲" * 10, "乙" * 30
    comparison = problems_change(f"{kept}\n{'丙' * 50}", f"{kept}\n{new}")
    assert comparison.repeated_share("problems") == 10 / 40
    assert comparison.repeated_share("other") == 0.0  # no text at all
    # All sections: 一's intro "总体情况。" (5 characters) is repeated too.
    assert comparison.repeated_share() == 15 / 45


def test_changed_paragraphs_are_not_repeated_in_the_share() -> None:
    reworded = "一是工作人员专业能力仍需提升，对公开内容、时限等基本内容掌握不够扎实，需加强培训。"
    comparison = problems_change(f"{P1}\n{P2}", f"{reworded}\n{P2}")
    assert comparison.repeated_share("problems") == len(P2) / (len(reworded) + len(P2))


def test_unknown_section() -> None:
    comparison = problems_change(P1, P1)
    with pytest.raises(UnknownSectionError) as info:
        comparison.repeated_share("tables")  # type: ignore[arg-type]
    error = info.value
    assert isinstance(error, GovInfoReportError)
    assert isinstance(error, KeyError)
    assert error.code == "section.unknown"
    assert "tables" in str(error)
    assert str(pickle.loads(pickle.dumps(error))) == str(error)
    with pytest.raises(UnknownSectionError):
        comparison.section("五")  # type: ignore[arg-type]


# --- text similarity ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("", "", 1.0),
        ("主动公开", "主动公开", 1.0),
        ("", "主动公开", 0.0),
        ("。，", "", 1.0),  # nothing but punctuation is empty
        ("主动公开", "依申请", 0.0),
        ("主动公开。", "主动 公开", 1.0),
        ("（一）主动公开", "(一)主动公开", 1.0),
        ("2021年度", "2022年度", 1.0),
        ("收到申请0件", "收到申请15件", 1.0),
        ("二〇二一年", "二〇二二年", 1.0),
        ("ABC", "abc", 0.0),  # case is kept
        ("一是培训不足。", "一是宣传不足。", 8 / 14),
        ("甲", "乙", 0.0),
    ],
)
def test_text_similarity_known_answers(a: str, b: str, expected: float) -> None:
    assert text_similarity(a, b) == pytest.approx(expected)


def test_text_similarity_of_a_paragraph_with_a_few_characters_replaced() -> None:
    text = (P1 + P2)[:100]
    three = "乙丙丁" + text[3:]
    six = text[:20] + "乙" + text[21:40] + "丙" + text[41:60] + "丁" + text[61:]
    assert 0.9 < text_similarity(text, three) < 1
    assert CHANGED_THRESHOLD < text_similarity(text, six) < 1


@given(st.text(max_size=80), st.text(max_size=80))
def test_text_similarity_is_bounded_and_symmetric(a: str, b: str) -> None:
    score = text_similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == text_similarity(b, a)


@given(st.text(max_size=80))
def test_text_similarity_of_a_text_with_itself(a: str) -> None:
    assert text_similarity(a, a) == 1.0
    assert text_similarity(a, f" {a}。\n") == 1.0


# --- properties over any reports ------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(any_layout_reports())
def test_a_report_compared_with_itself(report: Report) -> None:
    comparison = compare(report, report)
    assert [c.address for c in comparison.cells] == list(report.addresses())
    assert (comparison.only_in_previous, comparison.only_in_current) == ((), ())
    if report.applications.layout is Layout.OFFICIAL:
        assert [c.address for c in comparison.cells] == list(ADDRESSES)
    for change in comparison.cells:
        assert change.absolute is None or change.absolute == 0
        assert change.relative is None or change.relative == 0
    assert comparison.changed_cells() == ()
    assert all(p.status == "repeated" for p in comparison.paragraphs)
    assert all(p.previous == p.current and p.similarity == 1.0 for p in comparison.paragraphs)
    assert comparison.repeated_share() in (0.0, 1.0)


@settings(max_examples=40, deadline=None)
@given(any_layout_reports(), any_layout_reports())
def test_compare_is_antisymmetric_in_absolute_change(a: Report, b: Report) -> None:
    forward, backward = compare(a, b), compare(b, a)
    for there, back in zip(forward.cells, backward.cells, strict=True):
        assert there.address == back.address
        if there.absolute is None:
            assert back.absolute is None
        else:
            assert back.absolute is not None
            assert there.absolute == -back.absolute
            assert there.absolute == there.current - there.previous  # type: ignore[operator]
        if there.relative is not None:
            assert there.previous  # not 0
            assert there.relative == Fraction(there.absolute) / Fraction(there.previous)  # type: ignore[arg-type]
    assert [c.address for c in forward.changed_cells()] == [
        c.address for c in backward.changed_cells()
    ]


@settings(max_examples=40, deadline=None)
@given(reports(), reports())
def test_every_paragraph_is_accounted_for(a: Report, b: Report) -> None:
    comparison = compare(a, b)
    for section in SECTIONS:
        changes = comparison.section(section)
        current = [p.current for p in changes if p.status != "removed"]
        previous = sorted(p.previous for p in changes if p.status != "added")  # type: ignore[type-var]
        assert current == _lines(b, section)
        assert previous == sorted(_lines(a, section))
        for p in changes:
            assert (p.previous is None) == (p.status == "added")
            assert (p.current is None) == (p.status == "removed")
            if p.status in ("repeated", "changed"):
                assert p.previous is not None
                assert p.current is not None
                assert p.similarity == text_similarity(p.previous, p.current)
            threshold = {"repeated": REPEATED_THRESHOLD, "changed": CHANGED_THRESHOLD}
            assert p.similarity >= threshold.get(p.status, 0.0)
        assert 0.0 <= comparison.repeated_share(section) <= 1.0


def _lines(report: Report, section: str) -> list[str]:
    if section == "general":
        texts = [report.general.intro, *(s.text for s in report.general.subsections)]
    else:
        texts = [getattr(report, section)]
    return [line.strip() for text in texts for line in text.split("\n") if line.strip()]


def test_paragraph_change_is_frozen() -> None:
    change = ParagraphChange("other", "added", None, "新增。", 0.0)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        change.status = "removed"  # type: ignore[misc]


# --- a modified year -----------------------------------------------------------------


def modified_example() -> Report:
    report = example()
    intro = report.general.intro.replace("2021", "2022") + "\n本年度新增政务公开专栏一个。"
    return attrs.evolve(
        report,
        year=2022,
        general=attrs.evolve(report.general, intro=intro),
        applications=ApplicationTable.from_parts({"R1": [3, 1], "R3_1": [2, 1], "R4": [1]}),
        problems=report.problems.replace("较大差距", "一定差距"),
        other="1、2022年，我镇人大代表建议办理2件。",
    )


def test_a_copied_problems_section_counts_as_repeated() -> None:
    report, modified = example(), modified_example()
    assert compare(report, modified).repeated_share("problems") == 1.0
    assert compare(report, report).changed_cells() == ()
