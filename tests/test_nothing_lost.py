"""Nothing lost: read → JSON → load → render → read gives back the same report.

For every report we have — the golden files, the bundled example, each source of the
corpus as read, and generated reports of both editions and both layouts of table 三 — the
report goes through JSON and then through each writer and its reader (text, Markdown, HTML,
Word), and comes back equal, up to what a document does not carry (:func:`carried`: the
organ's kind, the publication date, the section order; for generated reports the period,
which the reader finds only where the narrative states it).  The narrative must come back
to the character, not merely up to whitespace.

Three losses this module found were fixed, and each keeps a test of its own below:

- 2019's 采购总金额 printed blank or with a mark lost the unit kept with it (pingtan-2020:
  ``central_procurement.unit`` ``元``): the writers printed the unit only after a number;
- a number of one to three digits between two cells printed ``-`` or ``—`` was taken by
  the readers for a page number (``- 8 -``) across the cells' line breaks, and the row read
  blank; so was a negative 本年增/减 before such a cell (``-12`` ``—``);
- in Markdown, a sub-section title ending in ``#`` lost it: the reader took the escaped
  ``\\#`` for a heading's closing sequence.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from govinfo_report import (
    ApplicationTable,
    Edition,
    Layout,
    Mark,
    Report,
    Subsection,
    dumps,
    example,
    loads,
    read,
)
from govinfo_report.model import Count, ItemCounts, ProactiveDisclosure2019
from govinfo_report.proactive import layout_of
from govinfo_report.readers import ReadResult, read_docx, read_html, read_markdown, read_text
from govinfo_report.testing import (
    appeal_tables,
    application_tables,
    consistent_reports,
    proactive_of,
)
from govinfo_report.writers import render_docx, render_html, render_markdown, render_text
from tests.test_writers import carried

DATA = Path(__file__).parent / "data"
GOLDEN = sorted((DATA / "golden").glob("*.json"))
#: Every source of the corpus that read() reads (its README is not a report).
SOURCES = sorted(path for path in (DATA / "corpus").iterdir() if path.name != "README.md")

Writer = Callable[..., Any]
Reader = Callable[..., ReadResult]
PAIRS: list[tuple[Writer, Reader]] = [
    (render_text, read_text),
    (render_markdown, read_markdown),
    (render_html, read_html),
    (render_docx, read_docx),
]
PAIR_IDS = ["text", "markdown", "html", "docx"]


def narrative(report: Report) -> tuple[object, ...]:
    """Every text of *report*, exactly as it stands."""
    subsections = tuple((s.title, s.text) for s in report.general.subsections)
    return (
        report.organ,
        report.title,
        report.preamble,
        report.general.intro,
        subsections,
        report.problems,
        report.other,
    )


def through(report: Report, writer: Writer, reader: Reader) -> Report:
    """*report* through JSON, then written by *writer* and read back by *reader*."""
    loaded = loads(dumps(report))
    assert loaded == report
    result: Report = reader(writer(loaded)).report
    return result


def assert_nothing_lost(back: Report, report: Report) -> None:
    assert narrative(back) == narrative(report)
    assert carried(back) == carried(report)


def marked(name: str, pair_id: str) -> Any:
    return pytest.param(name, pair_id, id=f"{name}-{pair_id}")


PAIR_BY_ID = dict(zip(PAIR_IDS, PAIRS, strict=True))


# --- the reports we have ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "pair_id"), [marked(path.name, pair_id) for path in GOLDEN for pair_id in PAIR_IDS]
)
def test_golden_reports(name: str, pair_id: str) -> None:
    report = loads((DATA / "golden" / name).read_bytes())
    assert_nothing_lost(through(report, *PAIR_BY_ID[pair_id]), report)


def test_every_golden_file_is_here() -> None:
    assert len(GOLDEN) == 7
    assert {loads(path.read_bytes()).edition for path in GOLDEN} == set(Edition)


@pytest.mark.parametrize(("writer", "reader"), PAIRS, ids=PAIR_IDS)
def test_the_example(writer: Writer, reader: Reader) -> None:
    report = example()
    assert_nothing_lost(through(report, writer, reader), report)


@functools.cache
def read_source(name: str) -> Report:
    return read(DATA / "corpus" / name).report


@pytest.mark.parametrize(
    ("name", "pair_id"), [marked(path.name, pair_id) for path in SOURCES for pair_id in PAIR_IDS]
)
def test_corpus_sources_as_read(name: str, pair_id: str) -> None:
    report = read_source(name)
    assert_nothing_lost(through(report, *PAIR_BY_ID[pair_id]), report)


def test_every_form_of_the_corpus_is_read() -> None:
    suffixes = {path.suffix for path in SOURCES}
    assert suffixes == {".txt", ".html", ".md", ".pdf"}


# --- the known losses, pinned -------------------------------------------------------------


def with_row_three(report: Report, key: str, values: Sequence[Count]) -> Report:
    rows = [list(row) for row in report.applications.rows]
    rows[report.applications.layout.position(key)] = list(values)
    return attrs.evolve(report, applications=ApplicationTable(tuple(map(tuple, rows))))


@pytest.mark.parametrize(("writer", "reader"), PAIRS, ids=PAIR_IDS)
@pytest.mark.parametrize("dash", [Mark.DASH, Mark.EM_DASH], ids=["dash", "em-dash"])
def test_a_number_between_dashes_is_not_a_page_number(
    writer: Writer, reader: Reader, dash: Mark
) -> None:
    report = with_row_three(example(), "R3_3_2", [dash, 8, dash, 0, 0, 0, 12])
    assert_nothing_lost(through(report, writer, reader), report)


def test_a_title_ending_in_a_hash_survives_markdown() -> None:
    report = example()
    general = attrs.evolve(report.general, subsections=(Subsection("开展工作#", "文本。"),))
    report = attrs.evolve(report, general=general)
    assert_nothing_lost(through(report, render_markdown, read_markdown), report)


@pytest.mark.parametrize(("writer", "reader"), PAIRS, ids=PAIR_IDS)
def test_a_negative_change_before_a_dash_is_not_a_page_number(
    writer: Writer, reader: Reader
) -> None:
    table = attrs.evolve(ProactiveDisclosure2019.zeros(), penalty=ItemCounts(17, -12, Mark.EM_DASH))
    report = attrs.evolve(
        example(),
        edition=Edition.FORMAT_2019,
        year=2020,
        proactive=table,
        applications=ApplicationTable.zeros(Layout.SINGLE_OTHER),
    )
    assert_nothing_lost(through(report, writer, reader), report)


# --- generated reports --------------------------------------------------------------------

#: The first character of a paragraph or title: a word, not an ordinal marker (一、（一）
#: 1.) nor a page number, which a document cannot tell from the text.
_WORD = "本机关认真贯彻落实条例进步加强政务公开工作"
#: The rest of a paragraph: Chinese and ASCII punctuation, digits, Latin letters, the
#: characters Markdown and HTML escape, and single spaces.
_REST = _WORD + "一二三、，。；：“”《》（）—%0123456789abcXYZ.,;:()<>&|*_#`[]!-+ "


def _line(rest: str) -> st.SearchStrategy[str]:
    tail = st.text(alphabet=rest, max_size=30).map(lambda text: " ".join(text.split()))
    return st.builds(lambda first, tail: (first + tail).rstrip(), st.sampled_from(_WORD), tail)


#: A paragraph; a sub-section's title stops at its first 。 or ：, so titles have none.
_PARAGRAPHS = st.lists(_line(_REST), min_size=1, max_size=3).map("\n".join)
_TITLES = _line("".join(c for c in _REST if c not in "。：:"))


@st.composite
def written_reports(draw: st.DrawFn) -> Report:
    """Reports of either edition and layout with any cells and a narrative of many characters.

    The frame (organ, year, sections) of :func:`consistent_reports`; tables 二, 三 and 四
    with any values (blanks, marks, huge counts, totals that do not add up).
    """
    edition = draw(st.sampled_from(list(Edition)))
    layout = draw(st.sampled_from(list(Layout)))
    report = draw(consistent_reports(layout=layout, edition=edition))
    subsections = draw(st.lists(st.builds(Subsection, _TITLES, _PARAGRAPHS), max_size=3))
    return attrs.evolve(
        report,
        preamble=draw(_PARAGRAPHS),
        general=attrs.evolve(report.general, intro=draw(_PARAGRAPHS), subsections=subsections),
        problems=draw(_PARAGRAPHS),
        other=draw(_PARAGRAPHS),
        proactive=draw(proactive_of(layout_of(report.proactive))),
        applications=draw(application_tables(layout=layout)),
        appeals=draw(appeal_tables()),
    )


@pytest.mark.parametrize(("writer", "reader"), PAIRS, ids=PAIR_IDS)
def test_generated_reports(writer: Writer, reader: Reader) -> None:
    @settings(
        max_examples=20,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
    )
    @given(written_reports())
    def survives(report: Report) -> None:
        back = through(report, writer, reader)
        assert narrative(back) == narrative(report)
        # The reader finds the period only where the narrative states it.
        assert carried(attrs.evolve(back, period=report.period)) == carried(report)

    survives()
