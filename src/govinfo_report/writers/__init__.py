"""Writers: a report in the official layout of the 2021 edition: text, Markdown, HTML, Word.

Each writer prints the title, the preamble and the six sections with their
official headings in the official order, and the three tables with the
official structure and labels, character for character (in English with
``locale="en"``; the narrative is printed as written).  Cells print as the
format prints them: a count plain, the fee amount as its decimal text, a
blank cell blank, a mark (``/`` ``-`` ``—`` ``无``) as it is.

Table 三 is written in its report's layout: a report whose table prints
（六）其他处理 as one row (:attr:`~govinfo_report.model.Layout.SINGLE_OTHER`,
row ``R3_6``) gets that single row, its label over two columns, as the 2019
format prints it, under a 三、本年度办理结果 spanning 20 rows instead of 22.

A report is checked whole before anything is written: a cell that breaks
the model's invariants raises :class:`~govinfo_report.errors.InvalidReportError`
naming it, and nothing is returned.

What a writer writes, the matching reader reads back:

>>> from govinfo_report import example
>>> from govinfo_report.readers import read_text
>>> report = example()
>>> read_text(render_text(report)).report.applications == report.applications
True
>>> render_markdown(report).count("| 行政事业性收费 | 0 |  |  |")
1
>>> render_html(report, standalone=True).startswith("<!DOCTYPE html>")
True

:func:`render_docx` (``pip install 'govinfo_report[docx]'``) gives a Word
document's bytes, with the official merged cells, on A4.
"""

from ._docx import render_docx
from ._html import STYLE, render_html
from ._markdown import render_markdown
from ._text import render_text

__all__ = ["STYLE", "render_docx", "render_html", "render_markdown", "render_text"]
