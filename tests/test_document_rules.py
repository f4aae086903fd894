"""The document rules' quick checks agree with the rules read in full.

``document.section-missing``, ``document.section-order``,
``document.year-title`` and ``document.year-narrative`` first decide the common
case — nothing to report — in one go; whatever that does not settle they read
section by section, year by year.  These properties compare each rule with
its reading in full, on any report and on texts made of the words that matter.
"""

from __future__ import annotations

import unicodedata

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report import Report, Section, example
from govinfo_report.numerals import parse_chinese
from govinfo_report.rules import RULES, Context, Finding
from govinfo_report.rules.document import (
    _ORDER,
    _YEAR_IN_TITLE,
    _is_present,
    _only_year,
    _own_years,
    _years,
)
from tests.strategies import any_layout_reports, reports_2019


def run(code: str, report: Report) -> list[Finding]:
    context = Context(report, None)
    context.rule = RULES[code]
    return list(context.rule.function(context))


#: Texts that are empty, blank in several ways, or not.
BLANKISH = st.sampled_from(["", " ", "\n", "\u3000", " \t\n", "无。", "\u200b", "a"])


@st.composite
def any_reports(draw: st.DrawFn) -> Report:
    report = draw(st.one_of(any_layout_reports(), reports_2019()))
    if draw(st.booleans()):
        general = attrs.evolve(
            report.general,
            intro=draw(BLANKISH),
            subsections=report.general.subsections if draw(st.booleans()) else (),
        )
        report = attrs.evolve(
            report, general=general, problems=draw(BLANKISH), other=draw(BLANKISH)
        )
    if draw(st.booleans()):
        report = attrs.evolve(report, section_order=draw(st.sampled_from([None, tuple(Section)])))
    return report


@settings(max_examples=150)
@given(any_reports())
def test_section_missing(report: Report) -> None:
    order = report.section_order
    expected = [
        section.value
        for section in Section
        if (order is not None and section not in order) or not _is_present(report, section)
    ]
    assert [finding.subject for finding in run("document.section-missing", report)] == expected


@settings(max_examples=100)
@given(any_reports())
def test_section_order(report: Report) -> None:
    order = report.section_order
    ranks = [_ORDER[section] for section in order] if order is not None else []
    expected = order is not None and ranks != sorted(set(ranks))
    assert len(run("document.section-order", report)) == int(expected)


#: The words in which a text names years.
YEAR_WORDS = st.sampled_from(
    [
        "2021", "2020", "２０２１", "２０20", "二〇二一", "二零二一", "1", "12", "年", "年度",
        "信息公开工作", "政府信息公开工作年度报告", "报告", "我镇", "1月1日", "12月31日",
        "至", "到", "—", "截止到", "，", "。", "\n", " ", "数据从",
    ]
)  # fmt: skip
YEAR_TEXTS = st.lists(YEAR_WORDS, max_size=30).map("".join)
YEARS = st.sampled_from([2020, 2021, 2022, 999])


@settings(max_examples=1000)
@given(YEAR_TEXTS, st.one_of(YEARS, st.just(10000)))
def test_only_year(text: str, year: int) -> None:
    """When it says so, every year the text names as the report's own is *year*."""
    if _only_year(text, year):
        assert all(named == year for named, _ in _own_years(text))


@settings(max_examples=300)
@given(YEAR_TEXTS, YEAR_TEXTS, YEARS)
def test_year_narrative(preamble: str, intro: str, year: int) -> None:
    report = example()
    report = attrs.evolve(
        report, year=year, preamble=preamble, general=attrs.evolve(report.general, intro=intro)
    )
    text = "\n".join((preamble, intro))
    expected = [(named, phrase) for named, phrase in _own_years(text) if named != year]
    found = run("document.year-narrative", report)
    assert [(finding.actual, dict(finding.params)["phrase"]) for finding in found] == expected


@settings(max_examples=500)
@given(YEAR_TEXTS)
def test_years_in_a_title(title: str) -> None:
    expected = []
    for match in _YEAR_IN_TITLE.finditer(unicodedata.normalize("NFKC", title)):
        try:
            expected.append(parse_chinese(match.group(1)))
        except ValueError:
            continue
    assert _years(title) == expected
