"""The writers: official layout, labels, blanks, escaping, and round trips through the readers."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_report import (
    Applicant,
    ApplicationTable,
    Mark,
    Report,
    Row,
    RowGroup,
    Section,
    Subsection,
    example,
    loads,
)
from govinfo_report.errors import InvalidReportError
from govinfo_report.labels import iter_labels, label
from govinfo_report.readers import ReadResult, read_html, read_markdown, read_text
from govinfo_report.writers import STYLE, render_html, render_markdown, render_text
from tests.strategies import consistent_reports, proactive_2021

GOLDEN = Path(__file__).parent / "data" / "golden"
CORPUS = Path(__file__).parent / "data" / "corpus"
GOLDEN_NAMES = ("pingtan-2021", "pingtan-2022", "huaian-2024")

Writer = Callable[..., str]
Reader = Callable[..., ReadResult]
FORMS: list[tuple[Writer, Reader]] = [
    (render_text, read_text),
    (render_markdown, read_markdown),
    (render_html, read_html),
]
FORM_IDS = ["text", "markdown", "html"]


def golden(name: str) -> Report:
    return loads((GOLDEN / f"{name}.json").read_bytes())


def carried(report: Report) -> Report:
    """*report* with the fields a document does not carry as the reader decides them.

    The official layout prints neither the organ's kind nor the publication date, and
    the reader records the section order it found: all six, in the official order.
    """
    return attrs.evolve(
        report, organ_kind=None, publication_date=None, section_order=tuple(Section)
    )


def read_back(report: Report, writer: Writer, reader: Reader) -> Report:
    return carried(reader(writer(report)).report)


def broken(report: Report, **fields: object) -> Report:
    """A copy of *report* with *fields* set around the validators."""
    copy: Report = object.__new__(Report)
    for field in attrs.fields(Report):
        object.__setattr__(copy, field.name, fields.get(field.name, getattr(report, field.name)))
    return copy


def broken_applications(row: Row, column: Applicant, value: object) -> ApplicationTable:
    rows: list[list[object]] = [list(r) for r in example().applications.rows]
    rows[row.position][column.position] = value
    table: ApplicationTable = object.__new__(ApplicationTable)
    object.__setattr__(table, "rows", tuple(tuple(r) for r in rows))
    return table


# --- round trips --------------------------------------------------------------------------


@pytest.mark.parametrize(("writer", "reader"), FORMS, ids=FORM_IDS)
def test_example_round_trips(writer: Writer, reader: Reader) -> None:
    report = example()
    assert read_back(report, writer, reader) == carried(report)


@pytest.mark.parametrize("name", GOLDEN_NAMES)
@pytest.mark.parametrize(("writer", "reader"), FORMS, ids=FORM_IDS)
def test_golden_round_trips(name: str, writer: Writer, reader: Reader) -> None:
    report = golden(name)
    result = reader(writer(report))
    assert carried(result.report) == carried(report)
    assert not result.uncertain


def plain_titles(report: Report) -> Report:
    # A sub-section title is read up to its first 。 or ：, as in published reports.
    subsections = tuple(
        Subsection(s.title.replace("。", ""), s.text) for s in report.general.subsections
    )
    return attrs.evolve(report, general=attrs.evolve(report.general, subsections=subsections))


@pytest.mark.parametrize(("writer", "reader"), FORMS, ids=FORM_IDS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=consistent_reports())
def test_generated_reports_round_trip(writer: Writer, reader: Reader, report: Report) -> None:
    report = plain_titles(report)
    back = read_back(report, writer, reader)
    # The reader finds the period only where the narrative states it.
    assert attrs.evolve(back, period=report.period) == carried(report)


# --- the official layout ------------------------------------------------------------------


def test_text_reproduces_the_word_export_of_the_corpus() -> None:
    """Tables 三 and 四 print exactly as Word exports the qidu report."""
    ours = render_text(example())
    corpus = (CORPUS / "qidu-2021.txt").read_text(encoding="utf-8")
    for start, end in (("三、收到和处理", "四、政府信息公开"), ("四、政府信息公开", "五、存在")):
        mine = ours[ours.index(start) : ours.index(end)]
        theirs = corpus[corpus.index(start) : corpus.index(end)]
        # The export prints sub-items as 1． where the format (and the writers) print 1.
        # (spec §9), and breaks one label with a space.
        assert mine == theirs.replace("．", ".").replace("通知 要求", "通知要求")
        assert "1．" not in mine


def test_headings_in_official_order() -> None:
    text = render_text(example())
    lines = text.splitlines()
    positions = [lines.index(section.label) for section in Section]
    assert positions == sorted(positions)
    assert lines[0] == example().display_title


@pytest.mark.parametrize("writer", [render_text, render_markdown, render_html], ids=FORM_IDS)
def test_every_table_label_appears_exactly(writer: Writer) -> None:
    out = writer(example())
    for row in Row:
        assert row.label in out
    for group in RowGroup:
        assert group.label in out
    for item in iter_labels():
        if item.id.startswith(("t2.", "t3.", "t4.", "section.")) and ".note." not in item.id:
            assert item.format() in out, item.id
    assert label("t3.note.N1") in out


def test_row_labels_on_lines_of_their_own() -> None:
    lines = render_text(example()).splitlines()
    for row in Row:
        assert "\t" + row.label in lines


def test_html_spans_are_official() -> None:
    page = render_html(example())
    for fragment in (
        '<th colspan="4">第二十条第（一）项</th>',
        '<th colspan="3">本年处理决定数量</th>',
        '<th rowspan="3" colspan="3">（本列数据的勾稽关系为',
        '<th colspan="7">申请人情况</th>',
        '<th rowspan="2">自然人</th>',
        '<th colspan="5">法人或其他组织</th>',
        '<td colspan="3">一、本年新收政府信息公开申请数量</td>',
        '<td rowspan="22">三、本年度办理结果</td>',
        '<td rowspan="8">（三）不予公开</td>',
        '<td rowspan="3">（四）无法提供</td>',
        '<td rowspan="5">（五）不予处理</td>',
        '<td rowspan="3">（六）其他处理</td>',
        '<td colspan="2">（七）总计</td>',
        '<th colspan="5">行政复议</th>',
        '<th colspan="10">行政诉讼</th>',
        '<th rowspan="2">结果维持</th>',
    ):
        assert fragment in page
    assert page.count("<tr>") == 14 + 28 + 4


# --- cells --------------------------------------------------------------------------------


def with_cells(report: Report, blank: Mark | None = None) -> Report:
    table = report.applications.rows
    rows = [list(r) for r in table]
    rows[Row.GRANTED.position][Applicant.COMMERCIAL.position] = blank
    rows[Row.GRANTED.position][Applicant.RESEARCH.position] = Mark.SLASH
    rows[Row.GRANTED.position][Applicant.NONPROFIT.position] = Mark.NONE
    fees = attrs.evolve(proactive_2021(report).admin_fees, amount=Decimal("12.50"))
    return attrs.evolve(
        report,
        applications=ApplicationTable(tuple(tuple(r) for r in rows)),
        proactive=attrs.evolve(proactive_2021(report), admin_fees=fees),
    )


def test_blank_cells_stay_blank_and_marks_print_as_is() -> None:
    report = with_cells(example())
    lines = render_text(report).splitlines()
    start = lines.index("\t（一）予以公开")
    assert lines[start + 1 : start + 8] == ["\t0", "\t", "\t/", "\t无", "\t0", "\t0", "\t0"]
    assert "\t12.50" in lines
    assert "| 0 |  | / | 无 | 0 | 0 | 0 |" in render_markdown(report)
    assert "<td>0</td><td></td><td>/</td><td>无</td>" in render_html(report)


@pytest.mark.parametrize(("writer", "reader"), FORMS, ids=FORM_IDS)
def test_marks_and_amounts_round_trip(writer: Writer, reader: Reader) -> None:
    report = with_cells(example(), blank=Mark.DASH)
    assert read_back(report, writer, reader) == carried(report)


@pytest.mark.parametrize(("writer", "reader"), FORMS, ids=FORM_IDS)
def test_blank_cells_round_trip(writer: Writer, reader: Reader) -> None:
    report = with_cells(example())
    assert read_back(report, writer, reader) == carried(report)


def test_blank_cells_in_table_four_round_trip() -> None:
    report = example()
    appeals = attrs.evolve(report.appeals, groups=((None, 0, 0, 0, 0), (0,) * 5, (0,) * 5))
    report = attrs.evolve(report, appeals=appeals)
    for writer, reader in FORMS:
        assert read_back(report, writer, reader) == carried(report)


def test_amount_prints_its_decimal_text() -> None:
    report = example()
    fees = attrs.evolve(proactive_2021(report).admin_fees, amount=Decimal("1E+2"))
    report = attrs.evolve(report, proactive=attrs.evolve(proactive_2021(report), admin_fees=fees))
    assert "\t100\n" in render_text(report)


# --- escaping -----------------------------------------------------------------------------


def test_html_escapes_narrative() -> None:
    report = attrs.evolve(example(), problems="<script>alert('x')</script>&")
    page = render_html(report)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;" in page
    assert read_html(page).report.problems == report.problems


def test_markdown_escapes_pipes() -> None:
    report = attrs.evolve(example(), organ="某某|县人民政府", problems="甲|乙")
    md = render_markdown(report)
    assert "# 某某\\|县人民政府" in md
    assert "甲\\|乙" in md
    back = read_markdown(md).report
    assert (back.organ, back.problems) == (report.organ, report.problems)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="\\`*_[]<>|&#~!-+=.)1 文本", min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)
def test_markdown_shows_narrative_as_written(text: str) -> None:
    report = attrs.evolve(example(), problems=text)
    assert read_markdown(render_markdown(report)).report.problems == text


# --- English ------------------------------------------------------------------------------


@pytest.mark.parametrize("writer", [render_text, render_markdown, render_html], ids=FORM_IDS)
def test_english_rendition(writer: Writer) -> None:
    report = example()
    out = writer(report, locale="en")
    for item in iter_labels():
        if ".note." not in item.id:
            assert item.format("en") in out.replace("&#x27;", "'"), item.id
    assert "一、总体情况" not in out
    assert "本年新收政府信息公开申请数量" not in out
    assert report.problems.splitlines()[0] in out  # the narrative stays as written


def test_html_fragment_and_standalone_page() -> None:
    fragment = render_html(example())
    assert not fragment.startswith("<!DOCTYPE")
    assert 'lang="zh-Hans"' in fragment
    page = render_html(example(), standalone=True, locale="en")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert '<html lang="en">' in page
    assert f"<title>{example().display_title}</title>" in page
    assert STYLE in page
    for css in ("size: A4", "border: 1px solid", "仿宋", "宋体", "border-collapse: collapse"):
        assert css in page


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize("writer", [render_text, render_markdown, render_html], ids=FORM_IDS)
@pytest.mark.parametrize(
    ("value", "message"), [(-1, "negative"), ("3", "whole number"), (1.5, "whole number")]
)
def test_invalid_cell_is_named_before_anything_is_written(
    writer: Writer, value: object, message: str
) -> None:
    table = broken_applications(Row.GRANTED, Applicant.RESEARCH, value)
    report = broken(example(), applications=table)
    with pytest.raises(InvalidReportError) as raised:
        writer(report)
    (problem,) = raised.value.problems
    assert problem.path == "applications.R3_1[2]"
    assert message in problem.message


def test_every_problem_is_listed() -> None:
    report = example()
    fees = object.__new__(type(report.proactive.admin_fees))
    object.__setattr__(fees, "amount", Decimal(-1))
    proactive = object.__new__(type(report.proactive))
    for field in attrs.fields(type(report.proactive)):
        object.__setattr__(proactive, field.name, getattr(report.proactive, field.name))
    object.__setattr__(proactive, "admin_fees", fees)
    appeals = object.__new__(type(report.appeals))
    object.__setattr__(appeals, "groups", ((0, 0, 0, 0, True), (0,) * 5, (0,) * 5))
    bad = broken(report, proactive=proactive, appeals=appeals, problems=None)
    with pytest.raises(InvalidReportError) as raised:
        render_html(bad)
    paths = [p.path for p in raised.value.problems]
    assert paths == ["problems", "proactive.admin_fees.amount", "appeals.RV[4]"]
