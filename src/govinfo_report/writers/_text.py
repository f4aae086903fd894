r"""The plain-text form: Word's text export, tables one cell a line behind a tab.

>>> from govinfo_report import example
>>> text = render_text(example())
>>> text.splitlines()[0]
'临淄区齐都镇人民政府2021年政府信息公开工作年度报告'
>>> "\t第二十条第（一）项\n\n\t信息内容\n" in text
True
"""

from __future__ import annotations

from govinfo_report.i18n import LocaleLike
from govinfo_report.model import Report, Section

from ._layout import (
    Grid,
    appeals_grid,
    applications_grid,
    paragraphs,
    proactive_grid,
    section_heading,
    spread,
    subsection_marker,
    validate,
)

__all__ = ["render_text"]


def _table(grid: Grid) -> list[str]:
    # As Word exports a table: each cell on a line of its own behind a tab, a blank line
    # after each row; a cell merged down prints an empty cell in each row below it, a
    # cell merged across prints once.
    lines: list[str] = []
    for row in spread(grid):
        lines.extend(
            "\t" + ("" if from_above else cell.text)
            for cell, offset, from_above in row
            if offset == 0
        )
        lines.append("")
    lines.append("")
    return lines


def render_text(report: Report, *, locale: LocaleLike = "zh_Hans") -> str:
    r"""The report as text in the layout of Word's text export of the official format.

    The title, the preamble, then the six sections under their headings:
    一 with its intro and numbered sub-sections （一）…, the three tables one cell
    a line behind a tab (rows ended by a blank line), 五 and 六.  Labels are
    the catalogue's in *locale*; the narrative is printed as written.

    >>> from govinfo_report import example
    >>> lines = render_text(example()).splitlines()
    >>> lines[lines.index("\t三、本年度办理结果") + 1]
    '\t（一）予以公开'
    >>> render_text(example(), locale="en").count("III. Requests for government information")
    1
    """
    validate(report)
    out = [report.display_title, ""]
    out.extend(paragraphs(report.preamble))
    for section in Section:
        out.append(section_heading(section, locale, report.edition))
        if section is Section.GENERAL:
            out.extend(paragraphs(report.general.intro))
            for number, subsection in enumerate(report.general.subsections, 1):
                out.append(subsection_marker(number, locale) + subsection.title)
                out.extend(paragraphs(subsection.text))
        elif section is Section.PROACTIVE:
            out.extend(_table(proactive_grid(report, locale)))
        elif section is Section.REQUESTS:
            out.extend(_table(applications_grid(report, locale)))
        elif section is Section.REVIEW_LITIGATION:
            out.extend(_table(appeals_grid(report, locale)))
        elif section is Section.PROBLEMS:
            out.extend(paragraphs(report.problems))
        else:
            out.extend(paragraphs(report.other))
    return "\n".join(out) + "\n"
