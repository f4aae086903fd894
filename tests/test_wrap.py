"""Hard-wrapped text dumps: paragraphs broken at a page's width are joined again.

The PDF text dumps of the corpus (pdftotext's output, a converter's Markdown) break
every paragraph at the page's width; read, their narrative is the golden file's,
character for character but for the spaces extraction puts around digits.  Word's
export and web pages, a paragraph a line, are read as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govinfo_report import Report, loads
from govinfo_report.readers import read, read_html, read_markdown, read_text
from govinfo_report.readers._wrap import unwrap, wrap_width
from govinfo_report.writers import render_text

DATA = Path(__file__).parent / "data"
WRAPPED = [
    ("hongze-2023.pdf.txt", "hongze-2023", 56),
    ("hongze-2024.pdf.txt", "hongze-2024", 56),
    ("huaian-2024.pdf.txt", "huaian-2024", 59),
]
UNWRAPPED = [
    "qidu-2021.txt",
    "pingtan-2020.txt",
    "pingtan-2021.txt",
    "pingtan-2022.txt",
    "shanghai-bgt-2019.html",
]


def prose(report: Report) -> list[str]:
    texts = [report.general.intro, report.problems, report.other]
    texts += [part for s in report.general.subsections for part in (s.title, s.text)]
    return [text.replace(" ", "") for text in texts]


@pytest.mark.parametrize(("name", "golden", "width"), WRAPPED)
def test_a_pdf_text_dump_reads_as_its_paragraphs(name: str, golden: str, width: int) -> None:
    result = read(DATA / "corpus" / name)
    expected = loads((DATA / "golden" / f"{golden}.json").read_bytes())
    assert prose(result.report) == prose(expected)
    notes = [d for d in result.diagnostics if "joined again" in d.message]
    assert [d.message for d in notes] == [
        f"lines broken at a width of {width} columns joined again"
    ]


@pytest.mark.parametrize("name", UNWRAPPED)
def test_a_paragraph_a_line_is_left_as_it_is(name: str) -> None:
    result = read(DATA / "corpus" / name)
    assert not [d for d in result.diagnostics if "joined again" in d.message]


LINES = [
    "加强区政府门户网站及政务新媒体日常管理，运用第三方检",
    "测平台实行常态化监测，执行信息审核发布制度。严格执行“分",
    "级审核、先审后发”程序，落实“三审三校”制度，从严从实把",
    "好政治关、法律关、政策关、保密关、文字关，未经审核的信息",
    "一律不准发布。",
]
JOINED = "".join(LINES)


def test_the_wrap_width_is_found_from_the_lines() -> None:
    assert wrap_width(LINES * 2) == 56
    assert wrap_width(LINES) is None  # four lines of the width: not enough to tell
    # Lines that end their sentences are paragraphs of their own, however alike.
    assert wrap_width(["本机关认真贯彻落实条例，进一步加强政务公开工作。"] * 9) is None
    # A width wider than a page's line is no wrap width.
    assert wrap_width([LINES[0] * 3] * 9) is None


def test_wrapped_lines_are_joined_but_headings_and_sentence_ends_are_kept() -> None:
    assert unwrap(LINES, 56) == [JOINED]
    assert unwrap(LINES, None) == LINES
    # A heading or a numbered item opens a line of its own.
    for opening in (
        "（二）依申请公开情况",
        "二、主动公开政府信息情况",
        "1. 加强组织领导",
        "第三条",
    ):
        assert unwrap([LINES[0], opening], 56) == [LINES[0], opening]
    # A line that ends a sentence at the margin keeps its break.
    ends = "测平台实行常态化监测，执行信息审核发布制度。严格执行到底。"
    assert unwrap([ends, LINES[2]], 56) == [ends, LINES[2]]
    # A blank line ends a paragraph; a page number does not (see the reader below).
    assert unwrap([LINES[0], "", LINES[1]], 56) == [LINES[0], LINES[1]]
    # Latin words broken at the margin were two words.
    latin = "Government information disclosure annual report of"
    assert unwrap([latin, "the district"], len(latin)) == [latin + " the district"]


def test_cells_are_joined_to_cells_only() -> None:
    # A converter put the PDF's lines in a table's rows: each row ends in a blank line, and
    # the empty cells of the row are no break either.
    rows = [f"\t{line}\n\t\n\t\n" for line in LINES]
    assert unwrap("\n".join(rows).split("\n"), 56) == [JOINED]
    # A paragraph's last line is not joined to the cell of a table after it, nor a cell to
    # the paragraph after the table.
    assert unwrap([LINES[0], "\t12", LINES[1]], 56) == [LINES[0], "12", LINES[1]]
    assert unwrap([f"\t{LINES[0]}", LINES[1]], 56) == [LINES[0], LINES[1]]


def test_a_paragraph_runs_on_over_a_page_number() -> None:
    text = (DATA / "corpus" / "hongze-2023.pdf.txt").read_text(encoding="utf-8")
    assert "严格执行“分\n- 2 -\n级审核" in text
    report = read_text(text).report
    assert "严格执行“分级审核" in report.general.subsections[2].text


def test_joined_text_reads_back_the_same() -> None:
    # What was joined is written a paragraph a line, and read back as it was: the writers
    # leave no wrap width behind them.
    for name, _, _ in WRAPPED:
        report = read(DATA / "corpus" / name).report
        again = read_text(render_text(report))
        assert again.report == report
        assert not [d for d in again.diagnostics if "joined again" in d.message]


def test_a_written_report_of_lines_alike_is_read_back_unjoined() -> None:
    # Found by Hypothesis: a report whose paragraphs were lines of one width, none ending a
    # sentence, was taken for wrapped text once written, and a heading joined to its text.
    # What the writers write is a paragraph a line: no line runs on into the next.
    import attrs

    from govinfo_report import example
    from govinfo_report.model import GeneralSection, Subsection
    from govinfo_report.writers import render_html, render_markdown

    line = LINES[1][:-1]  # 54 columns, no sentence end
    report = attrs.evolve(
        example(),
        preamble=line,
        general=GeneralSection(line, (Subsection("一一一", line), Subsection("二二二", line))),
        problems=f"{line}\n{line}",
        other=f"{line}\n{line}",
    )
    for render, reader in [
        (render_text, read_text),
        (render_html, read_html),
        (render_markdown, read_markdown),
    ]:
        again = reader(render(report))
        assert not [d for d in again.diagnostics if "joined again" in d.message]
        assert (again.report.preamble, again.report.general) == (report.preamble, report.general)
        assert (again.report.problems, again.report.other) == (report.problems, report.other)
