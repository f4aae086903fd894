r"""The lenient first layer of the readers: any published form to a flat list of blocks.

A report reaches us as Word-exported text, scraped web text, PDF text,
Markdown or an HTML fragment.  Each reader here turns one form into the same
thing: :class:`Line` (one line or paragraph) and :class:`Table` (rows of cells,
as printed) in document order.  Nothing is interpreted: labels, sections,
numbers and glued cells are the next layer's business.  Nothing is lost either:
whatever is dropped (image markers, page numbers, scripts, comments) is told in
:attr:`Blocks.notes` with its location.

>>> word = "一、总体情况\n\t规章\n\t0\n\n\t行政许可\n\t5\n- 2 -\n"
>>> [type(b).__name__ for b in blocks_from_text(word).items]
['Line', 'Table']
>>> page = "<p>甲<br>乙</p><table><tr><td colspan=2>a</td></tr><tr><td>1</td><td>&nbsp;</td></tr>"
>>> [(r.cells, r.spans) for r in blocks_from_html(page).items[2].rows]
[(('a',), ((1, 2),)), (('1', ''), ((1, 1), (1, 1)))]
>>> md = "**二、主动公开**\n\n| 规章 | 0 |\n|---|---|\n| 行政许可 | 5 |"
>>> [getattr(b, "text", None) or [r.cells for r in b.rows] for b in blocks_from_markdown(md).items]
['二、主动公开', [('规章', '0'), ('行政许可', '5')]]
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any, Final, TypeAlias

import attrs

__all__ = [
    "Block",
    "Blocks",
    "Line",
    "Table",
    "TableRow",
    "blocks_from_html",
    "blocks_from_markdown",
    "blocks_from_text",
]


@attrs.frozen
class Line:
    """One line or paragraph of text, as written.

    *text* has its outer whitespace stripped and its inner whitespace kept
    (NBSP and U+3000 included: the next layer normalises).
    """

    text: str
    line: int
    where: str


@attrs.frozen
class TableRow:
    """One table row: its cells in reading order, not expanded over the grid.

    A rowspan'd cell appears only in its first row.  Each cell's inner
    whitespace is collapsed to single spaces (``"商业 企业"`` stays so); an
    empty or blank cell is ``""``.  *spans* holds ``(rowspan, colspan)`` per
    cell, ``(1, 1)`` when not given.
    """

    cells: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    line: int
    where: str


@attrs.frozen
class Table:
    """A table: its rows as printed."""

    rows: tuple[TableRow, ...]
    line: int
    where: str


Block: TypeAlias = Line | Table


@attrs.frozen
class Blocks:
    """The blocks of one document, and what was dropped or could not be read."""

    items: tuple[Block, ...]
    notes: tuple[str, ...]


# ---------------------------------------------------------------------------
# Shared helpers

# A junk document could otherwise yield a note per character; past this many the
# rest are counted in one closing note.
_MAX_NOTES: Final = 200
# Frequent, harmless removals (comments, scripts, images) are told once per kind.
_MAX_GROUP_WHERES: Final = 5
_SHOW: Final = 40  # characters of removed text quoted in a note


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOW else text[: _SHOW - 1] + "…"


class _Notes:
    """Notes in document order, capped; frequent kinds grouped into one note each."""

    __slots__ = ("_groups", "_items", "_omitted")

    def __init__(self) -> None:
        self._items: list[str] = []
        self._omitted = 0
        self._groups: dict[str, list[str]] = {}

    @property
    def full(self) -> bool:
        """Whether further notes are only counted (callers then skip formatting them)."""
        return len(self._items) >= _MAX_NOTES

    def skip(self) -> None:
        self._omitted += 1

    def add(self, message: str) -> None:
        if len(self._items) < _MAX_NOTES:
            self._items.append(message)
        else:
            self._omitted += 1

    def group(self, what: str, where: str) -> None:
        self._groups.setdefault(what, []).append(where)

    def result(self) -> tuple[str, ...]:
        out = list(self._items)
        for what, wheres in self._groups.items():
            shown = "; ".join(wheres[:_MAX_GROUP_WHERES])
            more = len(wheres) - _MAX_GROUP_WHERES
            tail = f"; and {more} more" if more > 0 else ""
            out.append(f"{what} removed ({len(wheres)}): {shown}{tail}")
        if self._omitted:
            out.append(f"{self._omitted} further notes omitted")
        return tuple(out)


def _cell(text: str) -> str:
    return " ".join(text.split())


def _split_lines(text: str) -> list[str]:
    # Only CR/LF break lines, so that line numbers match what an editor shows;
    # a PDF's form feed stays inside its line (and is stripped as whitespace).
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


_DASH: Final = "-‐‑‒–—―－─━~～"
_PAGE_NUMBER: Final = re.compile(
    rf"[{_DASH}]{{1,3}} *[0-9０-９]{{1,4}} *[{_DASH}]{{1,3}}"
    r"|第 *[0-9０-９]{1,4} *页(?: *[,，/／]? *共 *[0-9０-９]{1,4} *页)?"
    r"|共 *[0-9０-９]{1,4} *页 *[,，/／]? *第 *[0-9０-９]{1,4} *页"
    r"|[Pp]age *[0-9]{1,4}(?: *(?:of|/) *[0-9]{1,4})?"
)


_PAGE_FIRST: Final = frozenset(_DASH + "第共Pp")


def _is_page_number(stripped: str) -> bool:
    """Whether a whole (stripped) line is a page number such as ``- 4 -`` or ``第 4 页``.

    A bare number is not: in PDF text a table cell may stand alone on a line.

    >>> [_is_page_number(s) for s in ("- 4 -", "—12—", "第 3 页 共 9 页", "17", "4/12")]
    [True, True, True, False, False]
    """
    return (
        len(stripped) <= 40
        and stripped[0] in _PAGE_FIRST
        and _PAGE_NUMBER.fullmatch(stripped.replace("\u3000", " ")) is not None
    )


# ---------------------------------------------------------------------------
# Plain text

# Word-to-text exporters (e.g. Apache Tika) leave these in the text; only known
# kinds are removed so that a bracketed remark such as "[注: …]" stays.
_MARKER: Final = re.compile(
    r"\[(image|bookmark|picture|img|figure|graphic|chart|drawing|object|图片)"
    r" *[:：][^\[\]\n]*\]",
    re.IGNORECASE,
)

_TEXT, _BLANK, _GONE, _TABBED = range(4)
# A Word cell of several paragraphs continues on untabbed lines; more than this
# many such lines in a row are taken for narrative after the table instead.
_MAX_CONTINUATION: Final = 5


def _prepare(lines: list[str], notes: _Notes) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for number, raw in enumerate(lines, 1):
        text = raw
        if "[" in text and _MARKER.search(text) is not None:
            for m in _MARKER.finditer(text):
                notes.add(
                    f"line {number}: {m.group(1).lower()} marker {_short(m.group())!r} removed"
                )
            text = _MARKER.sub("", text)
            if not text.strip() and "\t" not in text:
                out.append((_GONE, text))
                continue
        if "\t" in text:
            out.append((_TABBED, text))
            continue
        stripped = text.strip()
        if not stripped:
            out.append((_BLANK, text))
        elif _is_page_number(stripped):
            notes.add(f"line {number}: page number {stripped!r} removed")
            out.append((_GONE, text))
        else:
            out.append((_TEXT, text))
    return out


def _scan_run(prep: list[tuple[int, str]], start: int) -> tuple[int, bool]:
    """The last line of the tab run starting at *start*, and whether it is Word's form.

    Word's form (every tabbed line begins with a tab) may hold untabbed lines
    that continue a cell; the tab-separated form (some row begins with text)
    ends at the first untabbed line.  The form is settled while scanning, so
    that no line is scanned twice.
    """
    n = len(prep)
    last = last_tabbed = start
    word = prep[start][1].startswith("\t")
    continued = False
    blank_since_last = False
    j = start + 1
    while j < n:
        kind, text = prep[j]
        if kind == _TABBED:
            if not text.startswith("\t"):
                if continued:  # a Word table with continued cells ends here
                    return last_tabbed, True
                word = False
            last = last_tabbed = j
            blank_since_last = False
            j += 1
            continue
        if kind != _TEXT:
            blank_since_last = blank_since_last or kind == _BLANK
            j += 1
            continue
        if blank_since_last or not word:
            break
        # Untabbed text right after a cell continues it only if the table goes on.
        k = j
        texts = 0
        while k < n and prep[k][0] in (_TEXT, _GONE) and texts <= _MAX_CONTINUATION:
            texts += prep[k][0] == _TEXT
            k += 1
        m = k
        while m < n and prep[m][0] in (_BLANK, _GONE):
            m += 1
        if texts > _MAX_CONTINUATION or m >= n or prep[m][0] != _TABBED:
            break
        continued = True
        last = k - 1
        j = k
    return last, word


def _text_table(prep: list[tuple[int, str]], start: int, stop: int, word: bool) -> Table | None:
    rows: list[TableRow] = []
    cells: list[str] = []
    first = 0

    def end_row() -> None:
        if cells:
            rows.append(TableRow(tuple(cells), ((1, 1),) * len(cells), first, f"line {first}"))
            cells.clear()

    for index in range(start, stop):
        kind, text = prep[index]
        if kind == _TABBED:
            if word:
                if not cells:
                    first = index + 1
                if "\t" in text[1:]:
                    cells.extend(_cell(c) for c in text[1:].split("\t"))
                else:  # the usual Word line: one cell
                    cells.append(_cell(text[1:]))
            else:
                first = index + 1
                cells.extend(_cell(c) for c in text.split("\t"))
                end_row()
        elif kind == _TEXT:  # a continuation line (Word form only), always after a cell
            if cells:
                cells[-1] = _cell(cells[-1] + " " + text)
            else:
                cells.append(_cell(text))
        elif kind == _BLANK and word:
            end_row()
    end_row()
    # A table needs two rows; a Word "table" whose rows hold one cell each is
    # tab-indented paragraphs.
    if len(rows) < 2 or (word and all(len(r.cells) < 2 for r in rows)):
        return None
    return Table(tuple(rows), start + 1, f"line {start + 1}")


def blocks_from_text(text: str) -> Blocks:
    r"""Read plain text: Word exports, scraped web text, PDF text.

    Tables are found only where tabs mark them.  A Word export prints each cell
    on a line of its own after a tab, and ends each row with a blank line; a
    tab-separated export prints each row on one line.  Space-separated (PDF)
    and glued (web) tables stay :class:`Line` s for the next layer.  Markers
    such as ``[image: …]`` and lone page numbers (``- 4 -``, ``第 4 页``) are
    removed and noted.

    >>> b = blocks_from_text("标题\n[image: x1]\n\t信息内容\t本年制发件数\n\n\t规章\n\t0\n")
    >>> [type(i).__name__ for i in b.items], b.items[1].rows[1].cells
    (['Line', 'Table'], ('规章', '0'))
    >>> b.notes
    ("line 2: image marker '[image: x1]' removed",)
    >>> blocks_from_text("规章 0 0 0\n- 4 -\n17").items
    (Line(text='规章 0 0 0', line=1, where='line 1'), Line(text='17', line=3, where='line 3'))
    """
    notes = _Notes()
    prep = _prepare(_split_lines(text), notes)
    items: list[Block] = []
    i, n = 0, len(prep)
    while i < n:
        kind, line = prep[i]
        if kind == _TEXT:
            items.append(Line(line.strip(), i + 1, f"line {i + 1}"))
            i += 1
            continue
        if kind != _TABBED:
            i += 1
            continue
        last, word = _scan_run(prep, i)
        stop = last + 1
        table = _text_table(prep, i, stop, word)
        if table is not None:
            items.append(table)
        else:
            items.extend(
                Line(t.strip(), x + 1, f"line {x + 1}")
                for x, (k, t) in enumerate(prep[i:stop], i)
                if k in (_TEXT, _TABBED) and t.strip()
            )
        i = stop
    return Blocks(tuple(items), notes.result())


# ---------------------------------------------------------------------------
# HTML

# Elements that begin and end a line of text (the rest, e.g. span, font, b, a, are inline).
_BLOCK_TAGS: Final = frozenset(
    (
        *("address", "article", "aside", "blockquote", "body", "br", "caption", "center"),
        *("dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption"),
        *("figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup"),
        *("hr", "html", "iframe", "legend", "li", "main", "menu", "nav", "ol", "optgroup"),
        *("option", "p", "pre", "section", "select", "summary", "table", "tbody", "td"),
        *("textarea", "tfoot", "th", "thead", "tr", "ul"),
    )
)
# Elements allowed in <head>: any other start tag ends it, as in browsers.
_HEAD_TAGS: Final = frozenset(
    (
        *("base", "basefont", "bgsound", "head", "html", "link", "meta", "noscript"),
        *("script", "style", "template", "title"),
    )
)
_DROPPED: Final = frozenset(("script", "style", "template", "title"))
_END_OF: Final = {name: re.compile(rf"</{name}", re.IGNORECASE) for name in (*_DROPPED, "textarea")}


def _names(names: list[str]) -> str:
    """A case-insensitive pattern for tag *names*, as a trie.

    Python's ``re`` tries the branches of an alternation one by one; a trie of
    ``[Xx]`` classes is 2–3 times faster here than ``(?i:a|abbr|…)``.

    >>> _names(["b", "br", "p"])
    '(?:[Bb](?:[Rr])?|[Pp])'
    """
    tree: dict[str, dict[str, Any]] = {}
    for name in names:
        node = tree
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (f"[{ch.upper()}{ch}]" if ch.isalpha() else re.escape(ch)) + emit(node[ch])
            for ch in sorted(k for k in node if k)
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


# Inline elements carry no structure: a text token swallows them (they are then
# removed in one C-level pass), which keeps Word-made HTML full of <span>s fast.
_INLINE: Final = [
    *("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em"),
    *("font", "i", "ins", "kbd", "label", "mark", "nobr", "o:p", "q", "rp", "rt", "ruby"),
    *("s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u"),
    *("var", "wbr"),
]
# Block elements that only break lines are swallowed too, and cut out again by
# _FLOW_TAG; tables, <pre>, <textarea>, <body> and <html> keep their own handlers.
_FLOW: Final = sorted(
    _BLOCK_TAGS
    - {"table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption"}
    - {"pre", "textarea", "body", "html"}
)
# The attributes of a swallowed tag: quoted values hold no "<" or ">" (a tag
# whose values do take the slow way).  The alternatives differ in their first character.
_ATTRS: Final = r"(?![^\t\n\f\r />])(?:[^<>\"']++|\"[^\"<>]*+\"|'[^'<>]*+')*+>"
_INLINE_TAG: Final = re.compile(rf"</?{_names(_INLINE)}{_ATTRS}")
_FLOW_TAG: Final = re.compile(rf"<(/?)({_names(_FLOW)}){_ATTRS}")
# Text (with swallowed tags, and any "<" that cannot open markup), or another
# plain tag with no "<" inside; anything else goes the slow way.  Possessive
# quantifiers: a failed match never backtracks, so junk such as "<a<a<a…" stays
# linear.
_TOKEN: Final = re.compile(
    rf"(?:[^<]++|<+(?![A-Za-z/!?])|</?{_names(_INLINE + _FLOW)}{_ATTRS})++"
    r"|<(/?)([A-Za-z][^\t\n\f\r /<>]*+)([^<>]*+)>"
)
_NAME: Final = re.compile(r"[A-Za-z][^\t\n\f\r /<>]*+")
_QUOTED: Final = re.compile(r"=[\t\n\f\r ]*(?:\"[^\"]*\"|'[^']*')")
_OPEN_QUOTE: Final = re.compile(r"=[\t\n\f\r ]*([\"'])")
_SPAN_ATTR: Final = re.compile(
    r"(?<![\w-])(rowspan|colspan)[\t\n\f\r ]*=[\t\n\f\r ]*"
    r"(?:\"([^\"]*)\"|'([^']*)'|([^\t\n\f\r \"'>]*))",
    re.IGNORECASE,
)
_DIGITS: Final = re.compile(r"[0-9]+")
_HTML_SPACE: Final = re.compile(r"[ \t\n\r\f]+")
_SPAN_MAX: Final = {"colspan": 1000, "rowspan": 65534}  # the HTML standard's clamps
# A table is layout, not data, when a cell holds this much narrative.
_LAYOUT_CELL_LINES: Final = 3
_LAYOUT_CELL_CHARS: Final = 500
# Tables nested deeper than this are read as line breaks: unwrapping layout tables
# copies their content once per level, which must stay bounded.
_MAX_TABLE_DEPTH: Final = 32


# A Line not yet built: (text, line, column, tag).  Cells need only the text, and
# building Lines (and their locations) for every cell paragraph would double the cost.
_RawLine: TypeAlias = tuple[str, int, int, str]
_Item: TypeAlias = Block | _RawLine


def _built(items: list[_Item]) -> list[Block]:
    return [
        Line(
            x[0],
            x[1],
            f"line {x[1]}, col {x[2]} (<{x[3]}>)" if x[3] else f"line {x[1]}, col {x[2]}",
        )
        if isinstance(x, tuple)
        else x
        for x in items
    ]


class _Sink:
    """Collects lines (from text pieces) and tables: the document, or one table cell."""

    __slots__ = ("has_table", "items", "parts", "pre", "start")

    def __init__(self) -> None:
        self.items: list[_Item] = []
        self.parts: list[str] = []
        self.start: tuple[int, int, str] | None = None
        self.pre = False
        self.has_table = False

    def flush(self) -> None:
        start = self.start
        if start is not None:
            joined = "".join(self.parts)
            text = (joined if self.pre else _HTML_SPACE.sub(" ", joined)).strip()
            if text:
                self.items.append((text, *start))
            self.parts = []
            self.start = None

    def extend(self, items: list[_Item]) -> None:
        self.flush()
        self.items.extend(items)
        self.has_table = self.has_table or any(isinstance(b, Table) for b in items)


class _Cell(_Sink):
    """A table cell: a sink with its spans."""

    __slots__ = ("spans",)

    def __init__(self, spans: tuple[int, int]) -> None:
        super().__init__()
        self.spans = spans


class _TableState:
    __slots__ = ("caption", "cell", "foster", "line", "parent", "row", "rows", "where")

    def __init__(self, parent: _Sink, line: int, where: str) -> None:
        self.parent = parent
        self.line = line
        self.where = where
        self.rows: list[tuple[list[_Cell], int, str]] = []
        self.row: list[_Cell] | None = None
        self.cell: _Cell | None = None
        self.foster = _Sink()  # text inside the table but outside cells
        self.caption = 0


class _HtmlReader:
    """A linear, never-raising HTML tokenizer and block builder.

    The standard library's ``html.parser`` is quadratic on unclosed tags, can
    raise on ``<![`` (CPython 3.11) and costs ~15 ms on a 36 KB report; this
    reads only what the blocks need.  Entities are decoded by
    :func:`html.unescape`; nothing is fetched and no external entity is expanded.
    """

    def __init__(self, source: str, notes: _Notes, first_line: int = 1) -> None:
        self.h = source
        self.notes = notes
        self.doc = _Sink()
        self.cur = self.doc  # where text goes now: the document, a cell, or beside a table
        self.outside = False  # whether that is inside a table but outside its cells
        self.tables: list[_TableState] = []
        self.block_tag = ""
        self.in_head = False
        self.pre = 0
        self.deep = 0  # <table>s open beyond _MAX_TABLE_DEPTH
        # Position to (line, column), advanced incrementally (positions only grow).
        self._at = 0
        self._line = first_line
        self._nl = -1
        # Memoised str.find results, so that junk such as "<a<a<a…" stays linear.
        self._memo: dict[str, tuple[int, int]] = {}

    # -- positions and helpers

    def pos(self, at: int) -> tuple[int, int]:
        if at > self._at:
            h = self.h
            k = h.count("\n", self._at, at)
            if k:
                self._line += k
                self._nl = h.rfind("\n", self._at, at)
            self._at = at
        return self._line, max(at - self._nl, 1)

    def where(self, at: int, tag: str = "") -> str:
        line, col = self.pos(at)
        return f"line {line}, col {col} (<{tag}>)" if tag else f"line {line}, col {col}"

    def note(self, at: int, message: str) -> None:
        """Note *message* at *at*; past the cap, without formatting the location."""
        if self.notes.full:
            self.notes.skip()
        else:
            self.notes.add(f"{self.where(at)}: {message}")

    def find(self, ch: str, start: int) -> int:
        memo = self._memo.get(ch)
        if memo is not None and memo[0] <= start and (memo[1] < 0 or memo[1] >= start):
            return memo[1]
        found = self.h.find(ch, start)
        self._memo[ch] = (start, found)
        return found

    def retarget(self) -> None:
        if self.tables:
            t = self.tables[-1]
            if t.cell is not None:
                self.cur, self.outside = t.cell, False
            else:
                self.cur, self.outside = t.foster, not t.caption
        else:
            self.cur, self.outside = self.doc, False

    def data(self, text: str, at: int) -> None:
        """Text, the slow way: in <head>, beside table cells, or in <pre>."""
        if "<" in text:
            text = _INLINE_TAG.sub("", text)
        if "&" in text:
            text = html.unescape(text)
        if self.in_head:
            if text.isspace() or not text:
                return
            self.in_head = False  # text in <head> begins the body, as in browsers
        if self.outside and text.strip():
            self.note(at, f"text outside table cells: {_short(text)!r}")
        pieces = text.split("\n") if self.pre else [text]
        for k, piece in enumerate(pieces):
            sink = self.cur
            if k:
                sink.flush()
            if sink.start is None:
                if not piece.strip():
                    continue
                sink.start = (*self.pos(at), self.block_tag)
                sink.pre = self.pre > 0
            sink.parts.append(piece)

    def flow(self, text: str, at: int) -> None:
        """Text with swallowed tags: cut it into lines at its line-breaking tags."""
        start = 0
        for m in _FLOW_TAG.finditer(text):
            if m.start() > start:
                self.data(text[start : m.start()], at + start)
            if self.cur.start is not None:
                self.cur.flush()
            self.in_head = False
            name = m.group(2).lower()
            if name not in ("br", "hr"):
                self.block_tag = "" if m.group(1) else name
            start = m.end()
        if start < len(text):
            self.data(text[start:], at + start)

    # -- tables

    def close_cell(self, t: _TableState) -> None:
        if t.cell is not None:
            t.cell.flush()
            t.cell = None
            self.cur, self.outside = t.foster, not t.caption

    def close_row(self, t: _TableState) -> None:
        self.close_cell(t)
        t.row = None

    def new_row(self, t: _TableState, at: int) -> None:
        t.row = []
        t.rows.append((t.row, self.pos(at)[0], self.where(at, "tr")))

    def close_table(self) -> None:
        t = self.tables.pop()
        self.close_row(t)
        self.retarget()
        t.foster.flush()
        rows = [r for r in t.rows if r[0]]
        parent = t.parent
        parent.extend(t.foster.items)
        if not rows:
            return
        texts = [
            [" ".join(_cell(x[0]) for x in c.items if isinstance(x, tuple)) for c in r[0]]
            for r in rows
        ]
        reason = ""
        if any(c.has_table for r in rows for c in r[0]):
            reason = "it holds tables"
        elif all(len(r[0]) == 1 for r in rows):
            reason = "one column"
        elif any(
            len(c.items) >= _LAYOUT_CELL_LINES and len(text) >= _LAYOUT_CELL_CHARS
            for r, row_texts in zip(rows, texts, strict=True)
            for c, text in zip(r[0], row_texts, strict=True)
        ):
            reason = "a cell holds narrative"
        if reason:
            self.notes.add(f"{t.where}: table read as text ({reason})")
            items: list[_Item] = []
            for r in rows:
                for c in r[0]:
                    items.extend(c.items)
            parent.extend(items)
            return
        table_rows = tuple(
            TableRow(tuple(row_texts), tuple(c.spans for c in r[0]), r[1], r[2])
            for r, row_texts in zip(rows, texts, strict=True)
        )
        parent.extend([Table(table_rows, t.line, t.where)])

    def spans(self, attrs_text: str, at: int) -> tuple[int, int]:
        found: dict[str, int] = {}
        for m in _SPAN_ATTR.finditer(attrs_text):
            name = m.group(1).lower()
            if name in found:
                continue
            value = next(g for g in m.groups()[1:] if g is not None).strip()
            digits = _DIGITS.match(value)
            printed = digits.group() if digits else "0"
            # (No span is a billion cells; int() would refuse thousands of digits.)
            number = int(printed) if len(printed) < 10 else _SPAN_MAX[name] + 1
            if number < 1:
                self.note(at, f"invalid {name} {value!r} read as 1")
                number = 1
            elif digits is not None and digits.end() < len(value):
                self.note(at, f"{name} {value!r} read as {number}")
            if number > _SPAN_MAX[name]:
                self.note(at, f"{name} {_short(printed)} read as {_SPAN_MAX[name]}")
                number = _SPAN_MAX[name]
            found[name] = number
        return (found.get("rowspan", 1), found.get("colspan", 1))

    # -- start tags: each handler returns where reading resumes

    def s_block(self, name: str, rest: str, at: int, end: int) -> int:
        if self.cur.start is not None:
            self.cur.flush()
        self.block_tag = name
        return end

    def s_break(self, name: str, rest: str, at: int, end: int) -> int:
        self.cur.flush()
        return end

    def s_pre(self, name: str, rest: str, at: int, end: int) -> int:
        self.pre += 1
        return self.s_block(name, rest, at, end)

    def s_head(self, name: str, rest: str, at: int, end: int) -> int:
        self.in_head = True
        return end

    def s_img(self, name: str, rest: str, at: int, end: int) -> int:
        self.notes.group("images", self.where(at))
        return end

    def s_table(self, name: str, rest: str, at: int, end: int) -> int:
        self.cur.flush()
        if self.deep or len(self.tables) >= _MAX_TABLE_DEPTH:
            if not self.deep:
                limit = _MAX_TABLE_DEPTH
                self.note(at, f"tables nested over {limit} deep read as text")
            self.deep += 1
            return end
        if self.tables and self.tables[-1].cell is None:
            # The standard closes the open table here rather than nesting.
            self.notes.add(
                f"{self.where(at)}: <table> inside a table but not in a cell: the first table ends"
            )
            self.close_table()
        line = self.pos(at)[0]
        self.tables.append(_TableState(self.cur, line, self.where(at, "table")))
        self.retarget()
        return end

    def s_row(self, name: str, rest: str, at: int, end: int) -> int:
        self.cur.flush()
        if self.deep:
            return end
        if not self.tables:
            if name == "tr":
                self.note(at, "<tr> outside a table read as text")
            return end
        t = self.tables[-1]
        self.close_row(t)
        if name == "tr":
            self.new_row(t, at)
        return end

    def s_cell(self, name: str, rest: str, at: int, end: int) -> int:
        if self.cur.start is not None:
            self.cur.flush()
        if self.deep:
            return end
        if not self.tables:
            self.note(at, f"<{name}> outside a table read as text")
            self.block_tag = name
            return end
        t = self.tables[-1]
        self.close_cell(t)
        if t.row is None:
            self.note(at, f"<{name}> outside a row: a row begins")
            self.new_row(t, at)
        cell = t.cell = _Cell(self.spans(rest, at) if "span" in rest.lower() else (1, 1))
        t.row.append(cell)  # type: ignore[union-attr]  # new_row ran above if needed
        self.cur, self.outside = cell, False
        self.block_tag = name
        return end

    def s_caption(self, name: str, rest: str, at: int, end: int) -> int:
        self.cur.flush()
        if self.tables and not self.deep:
            t = self.tables[-1]
            self.close_row(t)
            t.caption += 1
            self.retarget()
        self.block_tag = name
        return end

    def s_dropped(self, name: str, rest: str, at: int, end: int) -> int:
        """Skip a script, style, template or title element."""
        h = self.h
        m = _END_OF[name].search(h, end)
        if m is None:
            self.notes.add(
                f"{self.where(at)}: unclosed <{name}>: the rest ({len(h) - end} characters) removed"
            )
            return len(h)
        if name == "title":
            title = _short(html.unescape(h[end : m.start()]))
            self.note(at, f"<title> removed: {title!r}")
        else:
            self.notes.group(f"<{name}> elements", self.where(at))
        gt = self.find(">", m.end())
        return len(h) if gt < 0 else gt + 1

    def s_textarea(self, name: str, rest: str, at: int, end: int) -> int:
        self.s_block(name, rest, at, end)
        m = _END_OF[name].search(self.h, end)
        stop = len(self.h) if m is None else m.start()
        self.data(self.h[end:stop], end)
        return stop

    # -- end tags

    def e_block(self, name: str, at: int) -> None:
        if self.cur.start is not None:
            self.cur.flush()
        self.block_tag = ""

    def e_pre(self, name: str, at: int) -> None:
        self.pre = max(self.pre - 1, 0)
        self.e_block(name, at)

    def e_head(self, name: str, at: int) -> None:
        self.in_head = False

    def e_table(self, name: str, at: int) -> None:
        self.e_block(name, at)
        if self.deep:
            self.deep -= 1
        elif self.tables:
            self.close_table()
        else:
            self.note(at, "stray </table> ignored")

    def e_cell(self, name: str, at: int) -> None:
        if self.cur.start is not None:
            self.cur.flush()
        self.block_tag = ""
        if self.deep:
            return
        t = self.tables[-1] if self.tables else None
        if t is None or (t.cell is None and (name != "tr" or t.row is None)):
            self.note(at, f"stray </{name}> ignored")
        elif name == "tr":
            self.close_row(t)
        else:
            self.close_cell(t)

    def e_section(self, name: str, at: int) -> None:
        self.e_block(name, at)
        if self.tables and not self.deep:
            self.close_row(self.tables[-1])

    def e_caption(self, name: str, at: int) -> None:
        self.e_block(name, at)
        if self.tables and not self.deep and self.tables[-1].caption:
            self.tables[-1].caption -= 1
            self.retarget()

    # -- the tokenizer

    def run(self) -> list[Block]:
        h, n, pos = self.h, len(self.h), 0
        match = _TOKEN.match
        starts, ends = _START, _END
        while pos < n:
            m = match(h, pos)
            if m is None:  # "<" that does not open a plain tag
                pos = self.markup(pos)
                continue
            closing, name, rest = m.groups()
            if name is None:  # text: the common case is inlined
                text = m.group()
                if "<" in text:
                    self.flow(text, pos)
                elif self.in_head or self.outside or self.pre:
                    self.data(text, pos)
                else:
                    if "&" in text:
                        text = html.unescape(text)
                    sink = self.cur
                    if sink.start is not None:
                        sink.parts.append(text)
                    elif not text.isspace():
                        sink.start = (*self.pos(pos), self.block_tag)
                        sink.pre = False
                        sink.parts.append(text)
                pos = m.end()
                continue
            end = m.end()
            if rest and (rest.count('"') & 1 or rest.count("'") & 1):
                end, rest = self.requote(m)
            name = name.lower()
            if closing:
                end_handler = ends.get(name)
                if end_handler is not None:
                    end_handler(self, name, pos)
                pos = end
                continue
            if self.in_head and name not in _HEAD_TAGS:
                self.in_head = False
            handler = starts.get(name)
            pos = end if handler is None else handler(self, name, rest, pos, end)
        while self.tables:
            self.notes.add(f"{self.tables[-1].where}: unclosed <table> closed at the end")
            self.close_table()
        self.doc.flush()
        return _built(self.doc.items)

    def tag(self, closing: bool, name: str, rest: str, at: int, end: int) -> int:
        """Handle one tag found the slow way; return where reading resumes."""
        if closing:
            end_handler = _END.get(name)
            if end_handler is not None:
                end_handler(self, name, at)
            return end
        if self.in_head and name not in _HEAD_TAGS:
            self.in_head = False
        handler = _START.get(name)
        return end if handler is None else handler(self, name, rest, at, end)

    def requote(self, m: re.Match[str]) -> tuple[int, str]:
        """Where a tag ends whose quoted attribute value holds ">", and its attributes."""
        rest = m.group(3)
        q = _OPEN_QUOTE.search(_QUOTED.sub("", rest))
        if q is None:
            return m.end(), rest
        close = self.find(q.group(1), m.end())
        gt = self.find(">", close + 1) if close >= 0 else -1
        if gt < 0:
            return m.end(), rest
        return gt + 1, self.h[m.start(3) : gt]

    def markup(self, lt: int) -> int:
        """Read the unusual markup at ``h[lt] == "<"``; return where reading resumes."""
        h = self.h
        nxt = h[lt + 1 : lt + 2]
        if h.startswith("<!--", lt):
            if h.startswith("<!-->", lt) or h.startswith("<!--->", lt):
                close = lt + 2
            else:
                close = h.find("-->", lt + 4)
            if close < 0:
                rest = len(h) - lt
                self.notes.add(
                    f"{self.where(lt)}: unclosed comment: the rest ({rest} characters) removed"
                )
                return len(h)
            self.notes.group("comments", self.where(lt))
            return close + 3
        closing = nxt == "/"
        first = h[lt + 2 : lt + 3] if closing else nxt
        if first.isascii() and first.isalpha():
            # A tag with "<" inside (the plain pattern refused it), or with no ">" at all.
            gt = self.find(">", lt)
            if gt < 0:  # no tag can close: the rest is text
                self.data(h[lt:], lt)
                return len(h)
            name = _NAME.match(h, lt + 1 + closing)
            assert name is not None  # first is a letter
            return self.tag(closing, name.group().lower(), h[name.end() : gt], lt, gt + 1)
        if h.startswith("</>", lt):
            return lt + 3
        if nxt in ("!", "?", "/"):
            gt = self.find(">", lt)
            if gt < 0:  # no tag can close: the rest is text
                self.data(h[lt:], lt)
                return len(h)
            if not h[lt + 2 : lt + 9].lower().startswith("doctype"):
                self.notes.group("markup declarations", self.where(lt))
            return gt + 1
        self.data("<", lt)
        return lt + 1


_StartHandler: TypeAlias = Callable[[_HtmlReader, str, str, int, int], int]
_EndHandler: TypeAlias = Callable[[_HtmlReader, str, int], None]
_START: Final[dict[str, _StartHandler]] = {
    **dict.fromkeys(_BLOCK_TAGS, _HtmlReader.s_block),
    **dict.fromkeys(("br", "hr"), _HtmlReader.s_break),
    **dict.fromkeys(("tr", "tbody", "thead", "tfoot"), _HtmlReader.s_row),
    **dict.fromkeys(("td", "th"), _HtmlReader.s_cell),
    **dict.fromkeys(_DROPPED, _HtmlReader.s_dropped),
    "pre": _HtmlReader.s_pre,
    "head": _HtmlReader.s_head,
    "img": _HtmlReader.s_img,
    "table": _HtmlReader.s_table,
    "caption": _HtmlReader.s_caption,
    "textarea": _HtmlReader.s_textarea,
}
_END: Final[dict[str, _EndHandler]] = {
    **dict.fromkeys(_BLOCK_TAGS, _HtmlReader.e_block),
    **dict.fromkeys(("td", "th", "tr"), _HtmlReader.e_cell),
    **dict.fromkeys(("tbody", "thead", "tfoot"), _HtmlReader.e_section),
    "pre": _HtmlReader.e_pre,
    "head": _HtmlReader.e_head,
    "table": _HtmlReader.e_table,
    "caption": _HtmlReader.e_caption,
}


def _html_blocks(source: str, notes: _Notes, first_line: int = 1) -> list[Block]:
    return _HtmlReader(source, notes, first_line).run()


def blocks_from_html(html_text: str) -> Blocks:
    """Read an HTML page or fragment.

    Text of block elements (``p``, ``div``, ``h1``–``h6``, ``li``…) becomes
    :class:`Line` s, ``<br>`` splitting a paragraph; ``<table>`` becomes a
    :class:`Table` whose cells join their paragraphs with single spaces.  A
    table that holds tables, has a single column, or holds narrative is layout:
    its cells are read as text (noted).  ``<head>``, ``<script>``, ``<style>``,
    comments and images are removed (noted).  Broken HTML is read as a browser
    would, roughly; nothing raises.

    >>> b = blocks_from_html('<p>表三</p><table><tr><td rowspan="2">甲</td><td>1</td></tr>'
    ...                      '<tr><td colspan="x">&nbsp;</td></tr></table><!-- c -->')
    >>> [(r.cells, r.spans) for r in b.items[1].rows]
    [(('甲', '1'), ((2, 1), (1, 1))), (('',), ((1, 1),))]
    >>> b.notes
    ("line 1, col 62: invalid colspan 'x' read as 1", 'comments removed (1): line 1, col 102')
    """
    notes = _Notes()
    if html_text.startswith("\ufeff"):  # a byte-order mark is not text
        html_text = html_text[1:]
    return Blocks(tuple(_html_blocks(html_text, notes)), notes.result())


# ---------------------------------------------------------------------------
# Markdown

_MD_IMAGE: Final = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)")
_MD_LINK: Final = re.compile(r"\[([^\[\]\n]*)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")
_MD_AUTOLINK: Final = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]*)>", re.IGNORECASE)
_MD_BR: Final = re.compile(r"<br[\t\n\f\r ]*/?>", re.IGNORECASE)
_MD_TAG: Final = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:[\t\n\f\r ][^<>\n]*)?/?>")
_MD_CODE: Final = re.compile(r"`([^`\n]+)`")
_MD_ESCAPE: Final = re.compile(r"\\([!-/:-@\[-`{-~])")
_MD_HEADING: Final = re.compile(r"#{1,6}(?:[ \t]+|$)")
_MD_BULLET: Final = re.compile(r"[-*+][ \t]+")
_MD_QUOTE: Final = re.compile(r">[>\s]*")
_MD_DELIMITER: Final = re.compile(r" *:?-+:? *")
_MD_SPECIAL: Final = frozenset("\\`*_~[]<>&")
_PUA: Final = 0xE000  # escaped punctuation is parked here while emphasis is removed


def _unpair(text: str, delimiter: str) -> str:
    """Remove paired *delimiter*s (``**x**`` → ``x``); an odd last one stays."""
    parts = text.split(delimiter)
    count = len(parts) - 1
    if count < 2:
        return text
    if count % 2:
        return "".join(parts[:count]) + delimiter + parts[count]
    return "".join(parts)


def _unpair_single(text: str, mark: str) -> str:
    """Remove single-character emphasis: an opener followed, a closer preceded, by non-space."""
    if text.count(mark) < 2:
        return text
    out: list[str] = []
    opener = -1
    for k, ch in enumerate(text):
        if ch != mark:
            out.append(ch)
            continue
        before = text[k - 1] if k else " "
        after = text[k + 1] if k + 1 < len(text) else " "
        intraword = mark == "_" and (
            (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())
        )
        if opener >= 0 and not before.isspace() and not intraword:
            out[opener] = ""
            opener = -1
            continue
        if not after.isspace() and not intraword:
            opener = len(out)
        out.append(ch)
    return "".join(out)


def _md_inline(text: str, notes: _Notes, line: int) -> str:
    """Markdown inline markup to its text; ``<br>`` becomes a newline."""
    if _MD_SPECIAL.isdisjoint(text):
        return text
    park = not any(_PUA <= ord(c) < _PUA + 128 for c in text)
    if park and "\\" in text:
        text = _MD_ESCAPE.sub(lambda m: chr(_PUA + ord(m.group(1))), text)
    if "`" in text:
        text = _MD_CODE.sub(r"\1", text)
    if "[" in text:
        for m in _MD_IMAGE.finditer(text):
            notes.add(f"line {line}: image {_short(m.group())!r} removed")
        text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
    if "<" in text:
        text = _MD_TAG.sub("", _MD_BR.sub("\n", _MD_AUTOLINK.sub(r"\1", text)))
    if "&" in text:
        text = html.unescape(text)
    for delimiter in ("**", "__", "~~"):
        if delimiter in text:
            text = _unpair(text, delimiter)
    for mark in "*_":
        if mark in text:
            text = _unpair_single(text, mark)
    if park:
        text = "".join(chr(ord(c) - _PUA) if _PUA <= ord(c) < _PUA + 128 else c for c in text)
    elif "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    return text


def _pipe_cells(stripped: str) -> list[str]:
    r"""Split a (stripped) pipe-table row on unescaped pipes; ``\|`` stays in its cell as ``|``."""
    cells = stripped.split("|")
    if "\\|" in stripped:
        merged = [cells[0]]
        for part in cells[1:]:
            buf = merged[-1]
            if (len(buf) - len(buf.rstrip("\\"))) % 2:
                merged[-1] = buf[:-1] + "|" + part
            else:
                merged.append(part)
        cells = merged
    if len(cells) > 1 and stripped.startswith("|"):
        cells.pop(0)
    if len(cells) > 1 and stripped.endswith("|") and not stripped.endswith("\\|"):
        cells.pop()
    return cells


def _without_closing_hashes(text: str) -> str:
    r"""An ATX heading's text without its closing run of ``#`` (CommonMark).

    The run counts only after a space or a tab, or as the whole text: ``工作\#`` and
    ``C#`` keep theirs.  (String operations, not ``(?:^|[ \t]+)#+[ \t]*$``, which a
    long run of spaces inside a heading made quadratic: the long fuzzing campaign hung on
    one.)

    >>> _without_closing_hashes("标题 ##"), _without_closing_hashes("工作\\#")
    ('标题', '工作\\#')
    """
    body = text.rstrip(" \t")
    before = body.rstrip("#")
    if len(before) == len(body):
        return text  # no closing run
    if not before:
        return ""
    return before.rstrip(" \t") if before[-1] in " \t" else text


def _is_delimiter_row(cells: list[str]) -> bool:
    return all(_MD_DELIMITER.fullmatch(c) for c in cells)


def _is_grid_border(stripped: str) -> bool:
    return (
        len(stripped) >= 3
        and stripped[0] == "+"
        and stripped[-1] == "+"
        and not stripped.strip("+-=: ")
        and ("-" in stripped or "=" in stripped)
    )


def _is_break(stripped: str) -> bool:
    """A thematic break or setext underline: ``---``, ``***``, ``===``."""
    squeezed = stripped.replace(" ", "")
    return len(squeezed) >= 3 and len(set(squeezed)) == 1 and squeezed[0] in "-*_="


class _Markdown:
    def __init__(self, text: str) -> None:
        self.notes = _Notes()
        self.lines = self._uncomment("\n".join(_split_lines(text))).split("\n")
        self.items: list[Block] = []

    def _uncomment(self, text: str) -> str:
        # Comments may span lines: they are blanked out with their newlines kept.
        if "<!--" not in text:
            return text
        out: list[str] = []
        pos, line = 0, 1
        while (start := text.find("<!--", pos)) >= 0:
            line += text.count("\n", pos, start)
            close = text.find("-->", start + 4)
            if close < 0:
                self.notes.add(f"line {line}: unclosed '<!--' read as text")
                break
            out.append(text[pos:start])
            newlines = text.count("\n", start, close)
            out.append("\n" * newlines)
            self.notes.group("comments", f"line {line}")
            line += newlines
            pos = close + 3
        out.append(text[pos:])
        return "".join(out)

    def cells(self, raw: list[str], line: int, plain: bool = False) -> list[str]:
        if plain:  # no markup in the row
            return [_cell(c) for c in raw]
        return [_cell(_md_inline(c, self.notes, line)) for c in raw]

    def table(self, rows: list[TableRow], first: int) -> None:
        if not rows:
            return
        if all(len(r.cells) < 2 for r in rows):
            self.notes.add(f"line {first}: one-column table read as lines")
            self.items.extend(
                Line(r.cells[0], r.line, r.where) for r in rows if r.cells and r.cells[0]
            )
            return
        self.items.append(Table(tuple(rows), first, f"line {first}"))

    def row(self, cells: list[str], line: int) -> TableRow:
        return TableRow(tuple(cells), ((1, 1),) * len(cells), line, f"line {line}")

    def pipe_table(self, i: int) -> int:
        rows: list[TableRow] = []
        j = i
        while j < len(self.lines):
            stripped = self.lines[j].strip()
            if "|" not in stripped:
                break
            raw = _pipe_cells(stripped)
            if len(raw) < 2 and not stripped.startswith("|") and j > i:
                # (The first line is always taken: "text |" over a delimiter row starts a
                # table of one column, and leaving it unread would loop for ever.)
                break
            # Only a table's second line (or a header-less first) is its delimiter row:
            # elsewhere "| - | - |" is data ("-" = not filled).
            if j - i > 1 or "-" not in stripped or not _is_delimiter_row(raw):
                plain = _MD_SPECIAL.isdisjoint(stripped)
                rows.append(self.row(self.cells(raw, j + 1, plain), j + 1))
            j += 1
        self.table(rows, i + 1)
        return j

    def grid_table(self, i: int) -> int:
        rows: list[TableRow] = []
        group: list[tuple[int, list[str]]] = []

        def end_group() -> None:
            if not group:
                return
            widths = {len(cells) for _, cells in group}
            if len(widths) == 1:
                merged = [_cell(" ".join(col)) for col in zip(*(c for _, c in group), strict=True)]
                rows.append(self.row(merged, group[0][0]))
            else:
                self.notes.add(
                    f"line {group[0][0]}: grid-table row with uneven cells read line by line"
                )
                rows.extend(self.row(cells, line) for line, cells in group)
            group.clear()

        j = i
        while j < len(self.lines):
            stripped = self.lines[j].strip()
            if _is_grid_border(stripped):
                end_group()
            elif stripped.startswith("|"):
                group.append((j + 1, self.cells(_pipe_cells(stripped), j + 1)))
            else:
                break
            j += 1
        end_group()
        self.table(rows, i + 1)
        return j

    def html_table(self, i: int) -> int:
        # The block ends with its last </table>, or (unclosed) at a blank line that is
        # not followed by more HTML, so that the Markdown after it stays Markdown.
        depth, j, n = 0, i, len(self.lines)
        while j < n:
            lower = self.lines[j].lower()
            depth += lower.count("<table") - lower.count("</table")
            j += 1
            if depth <= 0:
                break
            if j < n and not self.lines[j].strip():
                k = j
                while k < n and not self.lines[k].strip():
                    k += 1
                if k >= n or not self.lines[k].lstrip().startswith("<"):
                    break
        self.items.extend(_html_blocks("\n".join(self.lines[i:j]), self.notes, i + 1))
        return j

    def delimiter_follows(self, i: int) -> bool:
        following = self.lines[i + 1].strip() if i + 1 < len(self.lines) else ""
        return "-" in following and "|" in following and _is_delimiter_row(_pipe_cells(following))

    def text_line(self, i: int, stripped: str) -> None:
        if (quote := _MD_QUOTE.match(stripped)) is not None:
            # Block-quote markers, nested or not, in one pass: ">" and the whitespace after
            # each.  (Removing one at a time copied the line each time: a line of 100,000
            # ">" took hours; the long fuzzing campaign found it.)
            stripped = stripped[quote.end() :]
        if (m := _MD_HEADING.match(stripped)) is not None:
            # A closing run of # counts only after a space (CommonMark): 工作\# keeps its #.
            stripped = _without_closing_hashes(stripped[m.end() :]).rstrip()
        elif (m := _MD_BULLET.match(stripped)) is not None:
            # Ordered markers ("1. ") are kept: in these reports they are labels.
            stripped = stripped[m.end() :]
        for piece in _md_inline(stripped, self.notes, i + 1).split("\n"):
            if piece.strip():
                self.items.append(Line(piece.strip(), i + 1, f"line {i + 1}"))

    def run(self) -> Blocks:
        lines, i, fence = self.lines, 0, ""
        while i < len(lines):
            stripped = lines[i].strip()
            if fence:
                if stripped.startswith(fence):
                    fence = ""
                elif stripped:
                    self.items.append(Line(stripped, i + 1, f"line {i + 1}"))
                i += 1
            elif stripped.startswith(("```", "~~~")):
                fence = stripped[:3]
                i += 1
            elif not stripped:
                i += 1
            elif stripped[:6].lower() == "<table":
                i = self.html_table(i)
            elif _is_grid_border(stripped):
                i = self.grid_table(i)
            elif stripped.startswith("|") or ("|" in stripped and self.delimiter_follows(i)):
                i = self.pipe_table(i)
            elif _is_page_number(stripped):
                self.notes.add(f"line {i + 1}: page number {stripped!r} removed")
                i += 1
            elif _is_break(stripped):
                i += 1
            else:
                self.text_line(i, stripped)
                i += 1
        return Blocks(tuple(self.items), self.notes.result())


def blocks_from_markdown(text: str) -> Blocks:
    r"""Read Markdown: pipe tables, grid tables and raw HTML tables; other lines as text.

    Headings, emphasis, inline code, links, bullets and block quotes are reduced
    to their text; ``<br>`` splits a line (a space inside a cell).  Pipe-table
    delimiter rows are dropped and ``\|`` stays in its cell as ``|``.  A page
    number between two parts of a table is removed (noted) and leaves two
    tables, which the next layer joins.

    >>> md = "# 三、办理情况\n| 一、新收 | 3 |\n|---|---|\n- 3 -\n| a \\| b | [4](x) |"
    >>> b = blocks_from_markdown(md)
    >>> [getattr(i, "text", None) or [r.cells for r in i.rows] for i in b.items]
    ['三、办理情况', [('一、新收', '3')], [('a | b', '4')]]
    >>> b.notes
    ("line 4: page number '- 3 -' removed",)
    """
    return _Markdown(text).run()
