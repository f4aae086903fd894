"""The Markdown form: GitHub-flavoured Markdown with pipe tables.

Merged cells are written in the grid of the official format, every row the
table's full width so that the columns line up: a merged cell's text is
written once, in the top-left position of the area it covers, and every
other position of that area is left empty (a label is never repeated).  One
exception: in table 三 a row label merged across columns (``一、``, ``二、``,
``四、`` over three columns; ``（一）``, ``（二）``, ``（七）`` over two, and
``（六）`` where it is printed as a single row) is written in the rightmost
column it covers, next to its numbers, with the empty positions before it.
The first row of a table is the pipe table's header row.

>>> from govinfo_report import example
>>> md = render_markdown(example())
>>> md.splitlines()[0]
'# 临淄区齐都镇人民政府2021年政府信息公开工作年度报告'
>>> "| 规章 | 0 | 0 | 0 |" in md
True
"""

from __future__ import annotations

import functools
import re
from typing import Final

from govinfo_report.i18n import LocaleLike
from govinfo_report.model import Report, Section

from ._layout import (
    Cell,
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

__all__ = ["render_markdown"]


#: Characters with a meaning anywhere in a line, escaped with a backslash.
_SPECIAL: Final = re.compile(r"([\\`*_\[\]<>|&#~!])")
#: What makes a line a heading, list item, quote, rule or setext underline.
_LINE_START: Final = re.compile(r"^(\s*)([-+=]|\d{1,9}(?=[.)]))")


@functools.lru_cache(maxsize=1024)
def _escape(text: str) -> str:
    r"""*text* as Markdown inline text (a cell, a heading) that shows it as it is.

    Every character that could start markup is escaped with a backslash: ``|``
    becomes ``\|``, ``*`` ``\*``, ``<`` ``\<``.

    >>> print(_escape("a|b <script> *x* 1.属于"))
    a\|b \<script\> \*x\* 1.属于
    """
    return _SPECIAL.sub(r"\\\1", text)


def _escape_line(text: str) -> str:
    r"""*text* as a Markdown paragraph, shown as it is.

    As :func:`_escape`; and a line that would read as a list item, quote or
    rule gets its first sign escaped.

    >>> print(_escape_line("1. 第一"), _escape_line("- 第二"))
    1\. 第一 \- 第二
    """
    text = _escape(text)
    match = _LINE_START.match(text)
    if match is None:
        return text
    sign = match.group(2)
    if sign[0].isdigit():
        return text[: match.end()] + "\\" + text[match.end() :]
    return text[: match.start(2)] + "\\" + text[match.start(2) :]


def _table(grid: Grid, *, labels_right: bool = False) -> list[str]:
    lines: list[str] = []
    for i, row in enumerate(spread(grid)):
        cells = [
            _escape(cell.text) if offset == _anchor(cell, labels_right) and not from_above else ""
            for cell, offset, from_above in row
        ]
        lines.append("| " + " | ".join(cells) + " |")
        if i == 0:
            lines.append("|" + "---|" * len(cells))
    lines.append("")
    return lines


def _anchor(cell: Cell, labels_right: bool) -> int:
    """The column, within its span, where a merged cell's text is written."""
    if labels_right and not cell.header:
        return cell.colspan - 1
    return 0


def _paragraphs(text: str) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs(text):
        out.extend((_escape_line(paragraph), ""))
    return out


def render_markdown(report: Report, *, locale: LocaleLike = "zh_Hans") -> str:
    r"""The report as GitHub-flavoured Markdown.

    The title as ``#``, the six section headings as ``##``, the sub-sections of
    一 as ``###``, each narrative paragraph a paragraph, the three tables as
    pipe tables with the official grid (a merged cell's text once, the rest of
    its area empty; see the module's documentation).  ``|`` and ``\`` in any text are
    escaped.

    >>> from govinfo_report import example
    >>> md = render_markdown(example())
    >>> "## 三、收到和处理政府信息公开申请情况" in md
    True
    >>> "| 三、本年度办理结果 |  | （一）予以公开 | 0 |" in md
    True
    >>> "|  |  | 四、结转下年度继续办理 | 0 |" in md
    True
    """
    validate(report)
    out = [f"# {_escape(report.display_title)}", ""]
    out.extend(_paragraphs(report.preamble))
    for section in Section:
        out.extend((f"## {section_heading(section, locale, report.edition)}", ""))
        if section is Section.GENERAL:
            out.extend(_paragraphs(report.general.intro))
            for number, subsection in enumerate(report.general.subsections, 1):
                title = subsection_marker(number, locale) + subsection.title
                out.extend((f"### {_escape(title)}", ""))
                out.extend(_paragraphs(subsection.text))
        elif section is Section.PROACTIVE:
            out.extend(_table(proactive_grid(report, locale)))
        elif section is Section.REQUESTS:
            out.extend(_table(applications_grid(report, locale), labels_right=True))
        elif section is Section.REVIEW_LITIGATION:
            out.extend(_table(appeals_grid(report, locale)))
        elif section is Section.PROBLEMS:
            out.extend(_paragraphs(report.problems))
        else:
            out.extend(_paragraphs(report.other))
    return "\n".join(out).rstrip("\n") + "\n"
