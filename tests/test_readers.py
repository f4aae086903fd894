"""The readers: every corpus report of the 2021 edition, cell by cell, and junk."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

from govinfo_report import Report, example, loads
from govinfo_report.readers import ReadError, ReadResult, read, read_html, read_text

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus"


def golden(name: str) -> Report:
    if name == "qidu-2021":
        return example()
    return loads((DATA / "golden" / f"{name}.json").read_bytes())


def read_corpus(file: str, *, strict: bool = False) -> ReadResult:
    return read_text((CORPUS / file).read_text(encoding="utf-8"), strict=strict)


def squeeze(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


# (file, golden report, rows left ambiguous because the document admits several readings)
FORMS = [
    ("qidu-2021.txt", "qidu-2021", ()),
    ("huaian-2024.pdf.txt", "huaian-2024", ()),
    ("huaian-2024.tabs.txt", "huaian-2024", ()),
    # 行政规范性文件 is printed 693665 / 8855698 with nothing in the report to tell the cuts apart.
    ("pingtan-2021.txt", "pingtan-2021", ("normative_docs",)),
    ("pingtan-2022.txt", "pingtan-2022", ("normative_docs",)),
]


@pytest.mark.parametrize(("file", "name", "ambiguous"), FORMS, ids=[f[0] for f in FORMS])
def test_every_cell_is_read_right(file: str, name: str, ambiguous: tuple[str, ...]) -> None:
    result = read_corpus(file)
    expected = golden(name)
    report = result.report
    assert (report.organ, report.year) == (expected.organ, expected.year)
    assert report.period == expected.period
    assert report.publication_date == expected.publication_date
    if expected.section_order is not None:  # the example was built in code
        assert report.section_order == expected.section_order
    wrong = {
        address: (report.raw_cell(address), expected.raw_cell(address))
        for address in expected.addresses()
        if address.split(".")[0] not in ambiguous
        and report.raw_cell(address) != expected.raw_cell(address)
    }
    assert wrong == {}
    flagged = {cell for d in result.diagnostics if d.kind == "ambiguous" for cell in d.cells}
    assert flagged == set(ambiguous)
    for key in ambiguous:
        (diagnostic,) = [d for d in result.diagnostics if d.kind == "ambiguous" and key in d.cells]
        truth = tuple(expected.cell(f"{key}.{c}") for c in ("issued", "repealed", "in_force"))
        assert truth in diagnostic.candidates
        # Never guessed: the cells stay blank.
        assert report.raw_cell(f"{key}.issued") is None


# huaian-2024.tabs.txt holds the tables as rows, but its narrative out of reading order.
PROSE = [form for form in FORMS if form[0] != "huaian-2024.tabs.txt"]


@pytest.mark.parametrize(("file", "name", "ambiguous"), PROSE, ids=[f[0] for f in PROSE])
def test_narrative_is_kept(file: str, name: str, ambiguous: tuple[str, ...]) -> None:
    report = read_corpus(file).report
    expected = golden(name)
    # The preamble is the report's own words: a web page's breadcrumb and widgets are left out.
    assert squeeze(report.preamble) == squeeze(expected.preamble)
    assert report.publication_date == expected.publication_date
    assert squeeze(report.problems) == squeeze(expected.problems)
    assert squeeze(report.other) == squeeze(expected.other)  # no page footer
    general = report.general.intro + "".join(s.title + s.text for s in report.general.subsections)
    wanted = expected.general.intro + "".join(
        s.title + s.text for s in expected.general.subsections
    )
    assert squeeze(wanted) in squeeze(general) or squeeze(general) in squeeze(wanted)


def test_strict_mode_raises_on_ambiguity() -> None:
    with pytest.raises(ReadError, match="certainty"):
        read_corpus("pingtan-2021.txt", strict=True)
    assert read_corpus("qidu-2021.txt", strict=True).report == read_corpus("qidu-2021.txt").report


def test_glued_cells_say_how_they_were_decided() -> None:
    result = read_corpus("pingtan-2021.txt")
    decided = [d for d in result.diagnostics if d.kind == "decided"]
    assert any("R3_1" in d.cells for d in decided)


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "hello",
        "一、总体情况",
        "\x00\x01\x02",
        "二、主动公开政府信息情况\n规章 1 2 3\n" * 3,
    ],
)
def test_junk_raises_the_library_error(junk: str) -> None:
    with pytest.raises(ReadError):
        read_text(junk)


def test_truncated_report_comes_back_with_diagnostics() -> None:
    text = (CORPUS / "qidu-2021.txt").read_text(encoding="utf-8")
    cut = text[: text.index("四、政府信息公开行政复议")]
    result = read_text(cut)
    assert "missing" in {d.kind for d in result.diagnostics}
    assert result.report.cell("R1[TOT]") == 0
    assert result.report.cell("RV.total") is None  # not read, so not 0


def test_read_detects_encoding_and_paths(tmp_path: Path) -> None:
    text = (CORPUS / "qidu-2021.txt").read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("gb18030"))
    assert read(path).report == read_text(text).report
    assert read(text.encode()).report.organ == "临淄区齐都镇人民政府"
    with pytest.raises(ReadError):
        read(tmp_path / "missing.txt")


def test_previous_year_decides_what_the_page_cannot() -> None:
    previous = golden("pingtan-2021")
    result = read_text((CORPUS / "pingtan-2022.txt").read_text(encoding="utf-8"), previous=previous)
    expected = golden("pingtan-2022")
    for cell in ("issued", "repealed", "in_force"):
        assert result.report.cell(f"normative_docs.{cell}") == expected.cell(
            f"normative_docs.{cell}"
        )
    assert not [d for d in result.diagnostics if d.kind == "ambiguous"]
    assert any("last year" in d.message for d in result.diagnostics if d.kind == "decided")


def _qidu_blocks(text: str | None = None) -> Any:
    from govinfo_report.readers._blocks import blocks_from_text

    if text is None:
        text = (CORPUS / "qidu-2021.txt").read_text(encoding="utf-8")
    return blocks_from_text(text)


def qidu_as_html(text: str | None = None) -> str:
    """The 齐都镇 report (or *text*, a Word export) as a web page: paragraphs and HTML tables."""
    out = []
    for item in _qidu_blocks(text).items:
        if hasattr(item, "rows"):
            rows = "".join(
                "<tr>"
                + "".join(f"<td>{html.escape(c) or '&nbsp;'}</td>" for c in r.cells)
                + "</tr>"
                for r in item.rows
            )
            out.append(f"<table border=1>{rows}</table>")
        else:
            out.append(f"<p>{html.escape(item.text)}</p>")
    return (
        "<html><head><title>年报</title><script>var x = '<table>';</script></head><body>"
        + "\n".join(out)
        + "</body></html>"
    )


def qidu_as_markdown(text: str | None = None) -> str:
    """The 齐都镇 report (or *text*, a Word export) as Markdown with pipe tables."""
    out = []
    for item in _qidu_blocks(text).items:
        if hasattr(item, "rows"):
            width = max(len(r.cells) for r in item.rows)
            for i, r in enumerate(item.rows):
                # A label spanning columns is followed by empty cells, as real Markdown prints it.
                cells = [c.replace("|", "\\\\|") for c in r.cells]
                cells[1:1] = [""] * (width - len(cells))
                out.append("| " + " | ".join(cells) + " |")
                if i == 0:
                    out.append("|" + "---|" * width)
            out.append("")
        else:
            out += [f"**{item.text}**" if item.text.startswith(("一、", "二、")) else item.text, ""]
    return "\n".join(out)


@pytest.mark.parametrize(("form", "make"), [("html", qidu_as_html), ("markdown", qidu_as_markdown)])
def test_html_and_markdown(form: str, make: Any) -> None:
    result = read(make())
    assert result.form == form
    expected = example()
    assert [
        a for a in expected.addresses() if result.report.raw_cell(a) != expected.raw_cell(a)
    ] == []
    assert result.uncertain == ()
    assert squeeze(result.report.problems) == squeeze(expected.problems)


def test_unclosed_html_takes_the_careful_parser() -> None:
    page = qidu_as_html().replace("</td>", "")  # end tags omitted, as HTML allows
    result = read_html(page)
    expected = example()
    assert [
        a for a in expected.addresses() if result.report.raw_cell(a) != expected.raw_cell(a)
    ] == []


def test_html_scripts_and_comments_are_not_read() -> None:
    page = qidu_as_html().replace(
        "<body>", "<body><!-- 一、总体情况 --><script>一、总体情况</script>"
    )
    assert read_html(page).report == read_html(qidu_as_html()).report


@pytest.mark.parametrize("seed", range(40))
def test_shuffled_table_lines_never_give_a_silently_wrong_value(seed: int) -> None:
    import random

    from govinfo_report import Severity, check

    expected = golden("huaian-2024")
    lines = (CORPUS / "huaian-2024.pdf.txt").read_text(encoding="utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if "二、主动公开政府信息情况" in line)
    last = next(i for i, line in enumerate(lines) if "五、存在的主要问题" in line)
    rng = random.Random(seed)
    for _ in range(3):
        i, j = rng.randrange(first, last), rng.randrange(first, last)
        lines[i], lines[j] = lines[j], lines[i]
    try:
        result = read_text("\n".join(lines))
    except ReadError:
        return
    wrong = [
        a
        for a in expected.addresses()
        if result.report.raw_cell(a) is not None
        and result.report.raw_cell(a) != expected.raw_cell(a)
    ]
    unread = [a for a in expected.addresses() if result.report.raw_cell(a) is None]
    if wrong:
        # Values moved with their lines: the reader or the rule book must say something.
        errors = [f for f in check(result.report) if f.severity is Severity.ERROR]
        assert result.uncertain or errors, wrong
    if unread:
        assert result.uncertain, unread


@pytest.mark.parametrize(
    ("row", "subtotal"),
    [
        ("3001\t118\t53\t0\t0\t61\t4\t3119", "118"),  # after 自然人
        ("3001\t53\t0\t0\t61\t4\t118\t3119", "118"),  # after 其他
    ],
    ids=["after-NP", "after-OTH"],
)
def test_a_subtotal_column_is_tolerated_and_said(row: str, subtotal: str) -> None:
    text = (CORPUS / "huaian-2024.tabs.txt").read_text(encoding="utf-8")
    # A 法人或其他组织 subtotal in the 新收 row: eight filled cells, the extra one their sum.
    result = read_text(text.replace("3001\t53\t0\t0\t61\t4\t3119", row))
    assert result.report.applications.row("R1") == (3001, 53, 0, 0, 61, 4, 3119)
    assert not result.uncertain
    (said,) = [d for d in result.diagnostics if "subtotal column" in d.message]
    assert said.kind == "note"
    assert said.where.startswith("line ")
    assert subtotal in said.message


@pytest.mark.parametrize(
    "row",
    [
        "3001\t117\t53\t0\t0\t61\t4\t3119",  # not the sum of the organisations
        "3001\t118\t53\t0\t0\t61\t4\t3120",  # 总计 is not 自然人 plus it
        "3001\t53\t0\t0\t61\t4\t3119\t3119",  # an eighth cell, no subtotal
    ],
)
def test_an_extra_column_that_is_no_subtotal_is_refused_not_shifted(row: str) -> None:
    text = (CORPUS / "huaian-2024.tabs.txt").read_text(encoding="utf-8")
    result = read_text(text.replace("3001\t53\t0\t0\t61\t4\t3119", row))
    assert result.report.applications.row("R1") == (None,) * 7
    assert any("R1" in d.cells for d in result.uncertain)


def test_a_subtotal_column_in_pdf_text() -> None:
    text = (CORPUS / "huaian-2024.pdf.txt").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("一、本年新收"))
    numbers = line.split()[-7:]
    assert numbers == ["3001", "53", "0", "0", "61", "4", "3119"], line
    changed = line.replace(" 3001 53 ", " 3001 118 53 ")
    result = read_text(text.replace(line, changed))
    assert result.report.applications.row("R1") == (3001, 53, 0, 0, 61, 4, 3119)
    assert not result.uncertain


def test_a_label_on_the_data_row_of_table_four_is_not_a_cell() -> None:
    from govinfo_report.writers import render_html, render_markdown, render_text

    report = golden("huaian-2024")
    # As Word, HTML and Markdown print it: 案件数量 in the first cell of the data row.
    forms = [
        (render_text, "总计\n\n\t", "总计\n\n\t案件数量\n\t"),
        (render_html, "总计</th></tr>\n<tr>", "总计</th></tr>\n<tr><td>案件数量</td>"),
        (render_markdown, "总计 |\n| ", "总计 |\n| 案件数量 | "),
    ]
    for render, before, after in forms:
        text = render(report)
        at = text.rindex(before)
        result = read(text[:at] + after + text[at + len(before) :])
        assert result.report.appeals == report.appeals, render.__name__
        assert not result.uncertain
        assert any("案件数量" in d.message for d in result.diagnostics if d.kind == "note")


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("规章\t\t\t1\t0\t11", (1, 0, 11)),  # empty cells under a spanning label
        ("规章\t1\t0\t11\t\t\t", (1, 0, 11)),  # padding after the values
        ("规章\t\t1\t0\t11\t（五）", (1, 0, 11)),  # the next caption after them
        ("规章\t1\t0\t11\t5", (None, None, None)),  # a fourth value: refused, not cut off
    ],
)
def test_a_three_value_row_of_table_two_is_never_shifted(
    row: str, expected: tuple[int | None, ...]
) -> None:
    text = (CORPUS / "huaian-2024.tabs.txt").read_text(encoding="utf-8")
    assert "规章\t1\t0\t11\n" in text
    result = read_text(text.replace("规章\t1\t0\t11\n", row + "\n"))
    cells = ("rules.issued", "rules.repealed", "rules.in_force")
    assert tuple(result.report.cell(address) for address in cells) == expected
    assert bool(result.uncertain) == (expected[0] is None)


def test_full_width_digits_and_units() -> None:
    text = (CORPUS / "huaian-2024.pdf.txt").read_text(encoding="utf-8")
    text = text.replace("行政强制 88283", "行政强制 ８８２８３")
    assert read_text(text).report.cell("coercion.decisions") == 88283


def test_read_takes_a_one_line_json_document_as_the_document() -> None:
    from govinfo_report import JSONLoadError, dumps

    text = dumps(example())
    assert "\n" not in text
    assert read(text).report == example()
    assert read(text.encode()).form == "json"
    with pytest.raises(JSONLoadError, match=r"\$\.organ"):
        read('{"schema_version": 1}')
