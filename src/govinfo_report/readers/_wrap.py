r"""Paragraphs of a text dump that were broken at a fixed width, joined again.

Text taken out of a PDF by other tools (``pdftotext``, a PDF-to-Markdown
converter, a crawler's copy of a PDF viewer) keeps the page's line breaks: a
paragraph comes as lines of the same width, broken inside words and numbers
(``始终将\n政务公开``, ``1\n136 条``).  Word's export and web pages give a
paragraph a line; their lines' widths vary with the paragraphs.

So the breaks are joined only where the document shows a wrap width: many
lines of the same display width (any character but ASCII counts two columns), at most
that of a page's line.  A line of that width is continued by the next unless
it ends a sentence or the next opens a heading or a numbered item.

>>> lines = ["加强区政府门户网站及政务新媒体日常管理，运用第三方检"]
>>> lines.append("测平台实行常态化监测，执行信息审核发布制度。严格执行“分")
>>> lines.append("级审核、先审后发”程序。")
>>> width = wrap_width(lines * 3)
>>> width
56
>>> for line in unwrap(lines + ["（二）依申请公开情况"], width):
...     print(line)
加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，执行信息审核发布制度。严格执行“分级审核、先审后发”程序。
（二）依申请公开情况
>>> wrap_width(["本机关认真贯彻落实条例，进一步加强政务公开工作。"] * 9) is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

__all__ = ["unwrap", "wrap_width"]

# A page's line holds at most some 50 CJK characters; a width past this is a paragraph.
_WIDEST: Final = 110
# A page's line holds at least some 20 CJK characters: narrower lines are headings and
# ends of paragraphs, not evidence.
_NARROWEST: Final = 40
# Wrapped lines differ in width by a few columns: half-width digits and spaces, punctuation
# that may not open a line.  Evidence is the densest band of this many columns.
_BAND: Final = 4
# How many lines, and what share of the lines that could be, must lie in the band.
_MIN_LINES: Final = 5
_MIN_SHARE: Final = 0.3
# Lines that are paragraphs of their own mostly end a sentence; wrapped lines seldom do.
_MAX_SENTENCE_ENDS: Final = 0.4
# A line continues on the next when it is the wrap width to within this many columns
# below (a paragraph's first line is indented two characters, which dumps drop) ...
_SHORT: Final = 8
# ... or this many above.
_LONG: Final = 2
# A line ending a sentence keeps its break: it may end its paragraph at the margin.
_ENDS_SENTENCE: Final = ("。", "！", "？", "；", "：", ":", "!", "?", ";")
# The next line opens a heading or a numbered item: never the continuation of a line.
_OPENS_BLOCK: Final = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}[、．.](?!\d)|第[一二三四五六七八九十]{1,3}[条章节部分])"
)
_LATIN: Final = re.compile(r"[A-Za-z]")


def _width(line: str) -> int:
    # Columns as a Chinese page sets them: ASCII one, every other character two (CJK, and
    # the full-width punctuation and curly quotes a Chinese font draws as wide).
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the *lines* of a document were broken at, or ``None`` if they were not.

    The evidence is lines that run on: each followed, in the same paragraph, by a line that
    is neither blank nor a heading.  A document of a paragraph a line — what the writers
    write — has next to none, however alike its lines' widths.
    """
    stripped = [line.strip() for line in lines]
    evidence: list[tuple[str, int]] = []
    for i, line in enumerate(stripped[:-1]):
        following = stripped[i + 1]
        # A line is at least its length wide and at most twice: most need no measuring.
        if (
            2 * len(line) < _NARROWEST
            or len(line) > _WIDEST
            or not following
            or _OPENS_BLOCK.match(following)
            or lines[i].startswith("\t") != lines[i + 1].startswith("\t")
        ):
            continue
        width = _width(line)
        if _NARROWEST <= width <= _WIDEST:
            evidence.append((line, width))
    if len(evidence) < _MIN_LINES:
        return None
    widths = Counter(width for _, width in evidence)
    best = max(widths, key=lambda w: (sum(widths[w - d] for d in range(_BAND + 1)), w))
    band = [line for line, width in evidence if best - _BAND <= width <= best]
    ends = sum(line.endswith(_ENDS_SENTENCE) for line in band)
    if (
        len(band) < _MIN_LINES
        or len(band) < _MIN_SHARE * len(evidence)
        or ends > _MAX_SENTENCE_ENDS * len(band)
    ):
        return None
    return best


def unwrap(lines: Sequence[str], width: int | None) -> list[str]:
    """*lines*, stripped and without blank ones, each broken at *width* joined to the next.

    A table's cells (a tab ahead, in Word's export form) are joined only to cells:
    converters put a PDF's lines in a table's rows as often as not.
    """
    if width is None:
        return [line for line in map(str.strip, lines) if line]
    out: list[str] = []
    joining = was_cell = False
    for raw in lines:
        line = raw.strip()
        cell = raw.startswith("\t")
        if not line:
            # A blank line ends a paragraph; an empty cell, or the blank line that ends a
            # table's row, does not.
            joining = joining and (cell or was_cell)
            continue
        if joining and cell == was_cell and not _OPENS_BLOCK.match(line):
            # Latin words broken at the margin were two words; CJK and digits were one.
            words = _LATIN.match(out[-1][-1]) and _LATIN.match(line[0])
            out[-1] += (" " if words else "") + line
        else:
            out.append(line)
        was_cell = cell
        joining = width - _SHORT <= _width(line) <= width + _LONG and not line.endswith(
            _ENDS_SENTENCE
        )
    return out
