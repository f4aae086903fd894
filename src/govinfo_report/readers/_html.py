r"""HTML to the text form the readers share, fast, for well-formed pages.

Most report pages close every tag.  For them, a handful of whole-string regex
passes (in C) turn the page into Word's export form — one cell a line behind
a tab, rows ended by a blank line, paragraphs on lines of their own — which
is all the reader needs.  A page with unclosed cells or rows, or a table
inside a table, returns ``None``, and the caller takes the careful,
tag-by-tag parser of :mod:`._blocks` instead.  Nothing here fetches anything
or expands anything but the character references ``html.unescape`` knows.

>>> to_text("<p>一、总体情况</p><table><tr><td>规章</td><td>0</td><td>&nbsp;</td></tr></table>")
'一、总体情况\n\n\t规章\n\t0\n\t\n'
"""

from __future__ import annotations

import html
import re
from typing import Final

__all__ = ["to_text"]

_DROP: Final = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|title|head|template)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.DOTALL | re.IGNORECASE,
)
_TABLE: Final = re.compile(r"<table\b[^>]*>(.*?)</table\s*>", re.DOTALL | re.IGNORECASE)
_ROW: Final = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.DOTALL | re.IGNORECASE)
_CELL: Final = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]\s*>", re.DOTALL | re.IGNORECASE)
_BREAK: Final = re.compile(
    r"<(?:br|/?p|/?div|/?h[1-6]|/?li|/?tr|/?section|/?article|/?blockquote)\b[^>]*>",
    re.IGNORECASE,
)
_TAG: Final = re.compile(r"<[^>]*>")
_SPACES: Final = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_OPEN: Final = (
    re.compile(r"<td\b", re.IGNORECASE),
    re.compile(r"<th\b", re.IGNORECASE),
    re.compile(r"<tr\b", re.IGNORECASE),
    re.compile(r"<table\b", re.IGNORECASE),
)
_CLOSE: Final = (
    re.compile(r"</td\s*>", re.IGNORECASE),
    re.compile(r"</th\s*>", re.IGNORECASE),
    re.compile(r"</tr\s*>", re.IGNORECASE),
    re.compile(r"</table\s*>", re.IGNORECASE),
)


def _cell(fragment: str) -> str:
    text = html.unescape(_TAG.sub(" ", fragment))
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def _prose(fragment: str) -> str:
    text = html.unescape(_TAG.sub("", _BREAK.sub("\n", fragment)))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _unterminated(page: str) -> bool:
    """Whether a ``<`` follows the last ``>``: a tag left open at the end.

    The passes here match tags as ``<[^>]*>``; each ``<`` with no ``>`` after it
    would scan to the end of the page and fail, in quadratic time over
    ``<<<<…``.  Such a page goes to the careful parser, which is linear.
    """
    return page.find("<", page.rfind(">") + 1) >= 0


def to_text(page: str) -> str | None:
    """*page* in the readers' text form, or ``None`` when it needs the careful parser."""
    if _unterminated(page):
        return None
    page = _DROP.sub("", page)
    if _unterminated(page):
        return None
    for opened, closed in zip(_OPEN, _CLOSE, strict=True):
        if len(opened.findall(page)) != len(closed.findall(page)):
            return None  # an omitted end tag: only a real parser knows where cells end
    out: list[str] = []
    position = 0
    for table in _TABLE.finditer(page):
        if _OPEN[3].search(table.group(1)):
            return None  # a table inside a table
        out.append(_prose(page[position : table.start()]))
        for row in _ROW.finditer(table.group(1)):
            out.append("")
            out.extend("\t" + _cell(cell.group(1)) for cell in _CELL.finditer(row.group(1)))
        out.append("")
        position = table.end()
    out.append(_prose(page[position:]))
    return "\n".join(out).rstrip("\n") + "\n"
