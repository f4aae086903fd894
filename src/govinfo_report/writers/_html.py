"""The HTML form: the tables with the official row and column spans.

Every text is escaped with :func:`html.escape`.  A fragment by default; with
``standalone=True`` a whole page with print-friendly CSS (A4, borders, a
仿宋/宋体 font stack).

>>> from govinfo_report import example
>>> page = render_html(example())
>>> page.startswith('<article class="govinfo-report" lang="zh-Hans">')
True
>>> '<th rowspan="3" colspan="3">（本列数据' in page
True
"""

from __future__ import annotations

import html

from govinfo_report.i18n import LocaleLike
from govinfo_report.model import Report, Section

from ._layout import (
    Cell,
    Grid,
    appeals_grid,
    applications_grid,
    html_lang,
    paragraphs,
    proactive_grid,
    section_heading,
    subsection_marker,
    validate,
)

__all__ = ["STYLE", "render_html"]

#: The style sheet of a standalone page: A4 paper, ruled tables, a 仿宋/宋体 font stack.
STYLE = """\
@page { size: A4; margin: 2.54cm 2.8cm; }
body { font-family: "FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong",
  "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif; font-size: 16pt;
  line-height: 1.6; max-width: 210mm; margin: 0 auto; color: #000; }
h1 { font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif;
  font-size: 22pt; text-align: center; }
h2, h3 { font-size: 16pt; }
p { text-indent: 2em; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em;
  font-size: 10.5pt; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 2px 4px; text-align: center;
  vertical-align: middle; }
tr { page-break-inside: avoid; }
@media print { body { max-width: none; } a { color: inherit; text-decoration: none; } }
"""


def _cell(cell: Cell) -> str:
    tag = "th" if cell.header else "td"
    spans = ""
    if cell.rowspan > 1:
        spans += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        spans += f' colspan="{cell.colspan}"'
    return f"<{tag}{spans}>{html.escape(cell.text)}</{tag}>"


def _table(grid: Grid, name: str) -> list[str]:
    lines = [f'<table class="{name}">']
    lines.extend("<tr>" + "".join(_cell(cell) for cell in row) + "</tr>" for row in grid)
    lines.append("</table>")
    return lines


def _paragraphs(text: str) -> list[str]:
    return [f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs(text)]


def render_html(report: Report, *, locale: LocaleLike = "zh_Hans", standalone: bool = False) -> str:
    """The report as HTML: headings, paragraphs and the three tables with their spans.

    A fragment (one ``<article>``) by default; ``standalone=True`` gives a full
    page with ``<!DOCTYPE html>``, ``<meta charset="utf-8">``, the language,
    the title and :data:`STYLE`.

    >>> from govinfo_report import example
    >>> page = render_html(example(), standalone=True)
    >>> page.splitlines()[0], "size: A4" in page
    ('<!DOCTYPE html>', True)
    >>> '<td rowspan="22">三、本年度办理结果</td>' in page
    True
    """
    validate(report)
    lang = html_lang(locale)
    title = html.escape(report.display_title)
    out = [f'<article class="govinfo-report" lang="{lang}">', f"<h1>{title}</h1>"]
    out.extend(_paragraphs(report.preamble))
    for section in Section:
        out.append(f"<h2>{html.escape(section_heading(section, locale, report.edition))}</h2>")
        if section is Section.GENERAL:
            out.extend(_paragraphs(report.general.intro))
            for number, subsection in enumerate(report.general.subsections, 1):
                heading = subsection_marker(number, locale) + subsection.title
                out.append(f"<h3>{html.escape(heading)}</h3>")
                out.extend(_paragraphs(subsection.text))
        elif section is Section.PROACTIVE:
            out.extend(_table(proactive_grid(report, locale), "proactive"))
        elif section is Section.REQUESTS:
            out.extend(_table(applications_grid(report, locale), "requests"))
        elif section is Section.REVIEW_LITIGATION:
            out.extend(_table(appeals_grid(report, locale), "review-litigation"))
        elif section is Section.PROBLEMS:
            out.extend(_paragraphs(report.problems))
        else:
            out.extend(_paragraphs(report.other))
    out.append("</article>")
    body = "\n".join(out) + "\n"
    if not standalone:
        return body
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n"
        f"{body}</body>\n</html>\n"
    )
