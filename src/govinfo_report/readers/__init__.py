"""Read published reports — Word text, glued web text, PDF text, HTML, Markdown — into the model.

Reading is deterministic and says what it is unsure of: every read returns
the report together with :class:`Diagnostic` objects for what was not
recognised, which cells were printed blank or with a mark, and every cell
whose value was uncertain and how it was decided (or left ambiguous, with
its candidates).  ``strict=True`` raises :class:`ReadError` instead when
anything is uncertain.  A cell that cannot be decided is never guessed: it is
left blank (``None``) and its candidates are listed.

>>> from govinfo_report.readers import read
>>> result = read("tests/data/corpus/qidu-2021.txt")
>>> result.report.organ, result.report.year, result.report.cell("R3_7[TOT]")
('临淄区齐都镇人民政府', 2021, 0)
>>> result.form, result.uncertain
('text', ())
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Final, Literal

import attrs

from govinfo_report._json import all_counts
from govinfo_report.editions import Edition
from govinfo_report.errors import GovInfoReportError
from govinfo_report.limits import MAX_DOCUMENT_BYTES, PDF_TIMEOUT, too_large
from govinfo_report.model import (
    PROACTIVE_2021,
    SINGLE_OTHER_ROW,
    Amount,
    AppealTable,
    Applicant,
    ApplicationTable,
    Count,
    Decisions,
    DocumentCounts,
    Fees,
    GeneralSection,
    Layout,
    Mark,
    Period,
    ProactiveDisclosure,
    Report,
    Row,
    Section,
    Subsection,
)
from govinfo_report.proactive import ProactiveLayout, layout_of, registered
from govinfo_report.serialise import loads

from ._glued import GluedRow, solve, table_four_identities, table_three_identities
from ._html import to_text
from ._layout import (
    SUB_ITEMS,
    Compact,
    Found,
    chrome_date,
    find_headings,
    find_period,
    find_publication_date,
    find_row_labels,
    find_title,
    leading_title,
    page_chrome,
    page_footer,
    table_layout,
)
from ._table_two import detect, read_table_two
from ._values import MAX_DIGITS, BadValue, read_amount, read_count
from ._wrap import unwrap, wrap_width

__all__ = [
    "Diagnostic",
    "ReadError",
    "ReadResult",
    "read",
    "read_docx",
    "read_html",
    "read_markdown",
    "read_pdf",
    "read_text",
]

Kind = Literal["unrecognised", "blank", "mark", "decided", "ambiguous", "missing", "note"]


@attrs.frozen
class Diagnostic:
    """Something a reader says about what it read, and where."""

    kind: Kind
    where: str
    message: str
    cells: tuple[str, ...] = ()
    #: The readings of a row that admits several, each its values in column order
    #: (an amount is a Decimal).
    candidates: tuple[tuple[int | Decimal, ...], ...] = ()

    def __str__(self) -> str:
        return f"{self.where}: {self.kind}: {self.message}"


@attrs.frozen
class ReadResult:
    """A report as read, with everything the reader has to say about it."""

    report: Report
    diagnostics: tuple[Diagnostic, ...]
    form: str

    @property
    def uncertain(self) -> tuple[Diagnostic, ...]:
        """The diagnostics that leave a doubt: ambiguous cells, unread rows, missing parts."""
        return tuple(d for d in self.diagnostics if d.kind in _UNCERTAIN)


_UNCERTAIN: Final = frozenset(("unrecognised", "ambiguous", "missing"))


class ReadError(GovInfoReportError, ValueError):
    """A document that cannot be read as a report (or, in strict mode, not with certainty)."""

    code = "read.failed"

    def __init__(self, message: str, diagnostics: Sequence[Diagnostic] = ()) -> None:
        self.diagnostics = tuple(diagnostics)
        lines = "".join(f"\n  {d}" for d in self.diagnostics)
        super().__init__(message + lines)

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, tuple[Diagnostic, ...]]]:
        return (type(self), (str(self).split("\n", 1)[0], self.diagnostics))


# --- helpers ------------------------------------------------------------------------

_PAGE_NUMBER: Final = re.compile(
    # On a line of its own, with spaces only inside: three cells "-", "8", "-" of a row
    # printed one to a line are no page number.
    r"(?m)^[ \t]*(?:[-—–][ \u3000]*\d{1,3}[ \u3000]*[-—–]"
    r"|第[ \u3000]*\d{1,3}[ \u3000]*页(?:[ \u3000]*共[ \u3000]*\d+[ \u3000]*页)?)[ \t]*$"
)
_PAGE_NUMBER_LINE: Final = re.compile(_PAGE_NUMBER.pattern + r"\n?")
#: How an HTML page or fragment begins: a tag, a comment, a doctype or an XML declaration.
_TAG_START: Final = re.compile(r"<(?:!--|!doctype|\?xml|[a-z][a-z0-9]{0,15}(?=[\s/>]))")
_CLOSING_TAG: Final = re.compile(
    r"</(?:p|div|td|th|tr|table|tbody|span|li|ul|ol|h[1-6]|article|section|body|html|font"
    r"|strong|center)\s*>",
    re.IGNORECASE,
)
_TOKEN: Final = re.compile(r"[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|[/／]|—+|[-－]")
_ARTEFACT: Final = re.compile(r"\[(?:image|bookmark):[^\]\n]{0,200}\]")
_COLUMNS: Final = tuple(Applicant)


class _Reading:
    """The state of one read: the compact text and the diagnostics so far."""

    def __init__(self, text: str, form: str) -> None:
        self.form = form
        self.text = text
        self.compact = Compact.of(text)
        self.diagnostics: list[Diagnostic] = []

    def say(self, kind: Kind, position: int | None, message: str, **extra: object) -> None:
        where = "document" if position is None else f"line {self.compact.line_of(position)}"
        self.diagnostics.append(Diagnostic(kind, where, message, **extra))  # type: ignore[arg-type]

    def tokens(self, start: int, end: int) -> tuple[list[str], bool]:
        """The value texts between compact *start* and *end*, and whether they are tab cells."""
        segment = self.compact.original_between(start, end)
        segment = _PAGE_NUMBER.sub("", segment)
        first_line = segment.split("\n", 1)[0]
        if "\t" in first_line and first_line.strip():
            # A tab-separated row on one line: the cells after the label's.
            return [cell.strip() for cell in first_line.split("\t")[1:]], True
        if "\t" in segment:
            # Word's export: one cell a line, rows end at a blank line.
            row = re.split(r"\n *\n", segment.lstrip("\n"), maxsplit=1)[0]
            cells: list[str] = []
            for line in row.split("\n"):
                if line.startswith("\t"):
                    cells += line[1:].split("\t")
            return [cell.strip() for cell in cells], True
        return _TOKEN.findall(segment), False

    def cells(
        self, key: str, tokens: list[str], tabbed: bool, width: int, position: int
    ) -> tuple[Count, ...] | GluedRow | None:
        """*width* cells from *tokens*, a row to cut jointly, or None (said why)."""
        if tabbed:
            # Leading empty cells stand under a spanning label; more filled cells than the
            # row has columns mean a column the format does not have (a subtotal): refuse,
            # rather than shift every value by one.
            filled = sum(1 for token in tokens if token)
            values = tokens[-width:] if len(tokens) >= width and filled <= width else tokens
            if len(values) != width:
                self.say(
                    "unrecognised",
                    position,
                    f"{key}: expected {width} cells, found {len(values)}",
                    cells=(key,),
                )
                return None
        else:
            values = tokens
        if len(values) == width:
            joined = "".join(values)
            if (
                joined.isascii()
                and joined.isdigit()
                and all(values)
                and max(map(len, values)) < 20  # below 2**64: a count the model holds
            ):
                return tuple(map(int, values))  # every cell a plain number: the usual row
            try:
                return tuple(read_count(value) for value in values)
            except BadValue as error:
                self.say("unrecognised", position, f"{key}: {error}", cells=(key,))
                return None
        if (
            values
            and all(v.isascii() and v.isdigit() for v in values)  # what the cutter cuts
            and len(values) < width
            and sum(map(len, values)) <= width * MAX_DIGITS
        ):
            return GluedRow(key, " ".join(values), width)
        self.say(
            "unrecognised",
            position,
            f"{key}: expected {width} cells, found {values!r}",
            cells=(key,),
        )
        return None


def _blank_cells(reading: _Reading, report: Report) -> None:
    addresses = report.addresses()
    if all_counts(report.applications.rows) and all_counts(report.appeals.groups):
        # Tables 三 and 四 hold numbers only: skip them.
        addresses = addresses[: len(layout_of(report.proactive).addresses)]
    # A cell left blank because it could not be read is said so already, not "printed blank".
    unread = {
        cell
        for diagnostic in reading.diagnostics
        if diagnostic.kind in ("ambiguous", "unrecognised", "missing")
        for cell in diagnostic.cells
    }
    for address in addresses:
        value = report.raw_cell(address)
        if address in unread or re.split(r"[.\[]", address, maxsplit=1)[0] in unread:
            continue
        if value is None:
            reading.diagnostics.append(
                Diagnostic("blank", address, "printed blank", cells=(address,))
            )
        elif isinstance(value, Mark):
            reading.diagnostics.append(
                Diagnostic("mark", address, f"printed as {value.value!r}", cells=(address,))
            )


# --- the tables ------------------------------------------------------------------------


def _row_label(key: str) -> str:
    return _SIXTH_LABEL if key == SINGLE_OTHER_ROW else Row(key).label


_SIXTH_LABEL: Final = "（六）其他处理"


def _table_three(
    reading: _Reading, start: int, end: int, previous: Report | None
) -> ApplicationTable:
    shape = table_layout(reading.compact, list(find_row_labels(reading.compact, start, end)), end)
    layout, labels = shape.layout, shape.labels
    found = {f.key for f in labels}
    for key in layout.row_keys:
        if key not in found:
            reading.say(
                "missing", start, f"table 三: row {_row_label(key)} not found", cells=(key,)
            )
    if shape.problem is not None:
        reading.say("unrecognised", start, f"table 三: {shape.problem}", cells=SUB_ITEMS)
    elif layout is Layout.SINGLE_OTHER:
        reading.say(
            "note",
            start,
            f"table 三 prints {_SIXTH_LABEL} as one row, without sub-items: "
            "read in the single-other layout (23 rows)",
        )
    rows: dict[str, tuple[Count, ...]] = {}
    glued: list[GluedRow] = []
    head: tuple[Found, list[str]] | None = None
    for i, label in enumerate(labels):
        stop = labels[i + 1].start if i + 1 < len(labels) else end
        tokens, tabbed = reading.tokens(label.end, stop)
        if label.key == SINGLE_OTHER_ROW and layout is Layout.OFFICIAL:
            # The head of the sub-items: it holds no value of its own.
            if any(tokens) and shape.problem is None:
                head = (label, tokens)
            continue
        tokens = _without_subtotal(reading, label.key, tokens, tabbed, label.start) or tokens
        cells = reading.cells(label.key, tokens, tabbed, len(_COLUMNS), label.start)
        if isinstance(cells, GluedRow):
            glued.append(cells)
        elif cells is not None:
            rows[label.key] = cells
    if glued:
        _solve(reading, rows, glued, start, previous, layout)
    if head is not None:
        _head_with_values(reading, rows, *head)
    grid = tuple(rows.get(key, (None,) * len(_COLUMNS)) for key in layout.row_keys)
    return ApplicationTable(grid)


def _without_subtotal(
    reading: _Reading, key: str, tokens: list[str], tabbed: bool, position: int
) -> list[str] | None:
    """A row of table 三 without the 法人或其他组织 subtotal column some reports add.

    Eight filled cells where the format has seven: the extra one is a subtotal if it is
    the sum of the five kinds of organisation (after 自然人, or after 其他) and
    总计 is 自然人 plus it.  Only a single such reading is taken; else ``None``,
    and the row is refused as having too many cells, never shifted.
    """
    width = len(_COLUMNS)
    values = [token for token in tokens if token]
    if len(values) != width + 1 or (tabbed and values != tokens[-(width + 1) :]):
        # Eight cells, every one printed: a blank among them could be under the label.
        return None
    try:
        counts = [read_count(value) for value in values]
    except BadValue:
        return None

    def number(count: Count) -> int:
        return count if isinstance(count, int) else 0  # blank and marks count as 0

    readings: dict[tuple[str, ...], int] = {}
    for at, parts in ((1, counts[2:7]), (6, counts[1:6])):
        subtotal, total = counts[at], counts[width]
        if not isinstance(subtotal, int) or subtotal != sum(map(number, parts)):
            continue
        if isinstance(total, int) and total != number(counts[0]) + subtotal:
            continue
        readings.setdefault((*values[:at], *values[at + 1 :]), subtotal)
    if len(readings) != 1:
        return None
    ((kept, subtotal),) = readings.items()
    reading.say("note", position, f"{key}: a 法人或其他组织 subtotal column ({subtotal}), not kept")
    return list(kept)


def _head_with_values(
    reading: _Reading, rows: dict[str, tuple[Count, ...]], head: Found, tokens: list[str]
) -> None:
    """Say what to make of （六）其他处理 printed with values and with sub-items under it.

    The sub-items are read by their labels, never shifted; the values of the
    head are not kept (the official layout has no row for them).  When they
    are the sum of the sub-items, a subtotal was printed: a note.  Otherwise
    the layout of （六） is in doubt, and the sub-items are said to be so.
    """
    width = len(_COLUMNS)
    if len(tokens) > width and sum(1 for token in tokens if token) <= width:
        tokens = tokens[-width:]  # empty cells under a spanning label, as in a row
    values: tuple[Count, ...] | None = None
    if len(tokens) == width:
        try:
            values = tuple(read_count(token) for token in tokens)
        except BadValue:
            values = None
    sums: list[int] | None = [0] * width
    for key in SUB_ITEMS:
        numbers = [cell for cell in rows.get(key, ()) if isinstance(cell, int)]
        if sums is None or len(numbers) != width:
            sums = None
            break
        sums = [total + cell for total, cell in zip(sums, numbers, strict=True)]
    if values is not None and sums is not None and values == tuple(sums):
        reading.say(
            "note",
            head.start,
            f"{_SIXTH_LABEL} is printed with the sum of its sub-items {values!r}: "
            "a subtotal, not kept",
        )
        return
    reading.say(
        "unrecognised",
        head.start,
        f"{_SIXTH_LABEL} is printed with values of its own {tokens!r} and with sub-items "
        "1./2./3.: the sub-items are read by their labels, those values are not kept",
        cells=SUB_ITEMS,
    )


def _solve(
    reading: _Reading,
    rows: dict[str, tuple[Count, ...]],
    glued: list[GluedRow],
    position: int,
    previous: Report | None,
    layout: Layout,
) -> None:
    known = [
        GluedRow(key, " ".join(str(v) for v in values), len(values))
        for key, values in rows.items()
        if all(isinstance(v, int) for v in values)
    ]
    given = {}
    if previous is not None:
        for column in _COLUMNS:
            value = previous.applications[Row.CARRIED_FORWARD, column]
            if isinstance(value, int):
                given[(Row.CARRIED_OVER.value, column.position)] = value
    identities = table_three_identities(layout)
    solution = solve([*known, *glued], identities, previous=given or None)
    for row in glued:
        if row.key in solution.cells:
            rows[row.key] = solution.cells[row.key]
            reading.say(
                "decided",
                position,
                f"{row.key}: {row.text!r} cut by the table's identities",
                cells=(row.key,),
            )
        elif row.key in solution.ambiguous:
            reading.say(
                "ambiguous",
                position,
                f"{row.key}: {row.text!r} admits several readings",
                cells=(row.key,),
                candidates=solution.ambiguous[row.key],
            )
        else:
            reading.say(
                "unrecognised", position, f"{row.key}: {row.text!r} cannot be cut into 7 cells"
            )
    if not solution.consistent:
        reading.say(
            "note", position, "table 三's numbers do not tie out as printed; read as printed"
        )


_PROACTIVE_ANCHORS: Final = (
    ("rules", re.compile(r"(?<!行政)(?<!范性文件)规章")),
    ("normative_docs", re.compile(r"(?:行政)?规范性文件")),
    ("licensing", re.compile(r"行政许可")),
    ("penalty", re.compile(r"行政处罚")),
    ("coercion", re.compile(r"行政强制")),
    ("admin_fees", re.compile(r"行政事业性收费")),
)


_ONE_CELL: Final = frozenset(("licensing", "penalty", "coercion"))


def _in_force_before(previous: Report | None, key: str) -> int | None:
    if previous is None or key not in ("rules", "normative_docs"):
        return None
    value = previous.cell(f"{key}.in_force")
    return value if isinstance(value, int) else None


def _proactive(
    reading: _Reading, start: int, end: int, previous: Report | None
) -> ProactiveDisclosure:
    text = reading.compact.text
    anchors: list[Found] = []
    position = start
    for key, pattern in _PROACTIVE_ANCHORS:
        match = pattern.search(text, position, end)
        if match is None:
            reading.say("missing", start, f"table 二: row {key} not found", cells=(key,))
            continue
        anchors.append(Found(key, match.start(), match.end()))
        position = match.end()
    values: dict[str, tuple[Count, ...]] = {}
    amount: Amount = None
    for i, anchor in enumerate(anchors):
        stop = anchors[i + 1].start if i + 1 < len(anchors) else end
        tokens, tabbed = reading.tokens(anchor.end, stop)
        if tabbed and (anchor.key == "admin_fees" or anchor.key in _ONE_CELL):
            # A one-value row spans the three value columns: its one filled cell may stand
            # in any of them.  Two filled cells would be a guess: left as they are, refused.
            tokens = [token for token in tokens if token] or [""]
        if anchor.key == "admin_fees":
            if len(tokens) > 1:
                reading.say("unrecognised", anchor.start, f"admin_fees: several values {tokens!r}")
                continue
            try:
                amount = read_amount(tokens[0]) if tokens else None
            except BadValue as error:
                reading.say("unrecognised", anchor.start, f"admin_fees: {error}")
            continue
        width = 3 if anchor.key in ("rules", "normative_docs") else 1
        if tabbed and width == 3:
            tokens = _three_cells(tokens)
        elif not tabbed:
            # Table 二's rows print their cells first: what follows is the next block's
            # caption.
            tokens = tokens[:width]
        cells = reading.cells(anchor.key, tokens, tabbed, width, anchor.start)
        if isinstance(cells, GluedRow):
            solution = solve([cells], [], row_identity_total=False)
            candidates = solution.ambiguous.get(anchor.key, ())
            carried = _in_force_before(previous, anchor.key)
            if candidates and carried is not None:
                # X-2 across years: in force = last year's + issued - repealed.
                fitting = [c for c in candidates if c[2] == carried + c[0] - c[1]]
                if len(fitting) == 1:
                    values[anchor.key] = fitting[0]
                    reading.say(
                        "decided",
                        anchor.start,
                        f"{anchor.key}: {cells.text!r} cut by last year's 现行有效件数 ({carried})",
                        cells=(anchor.key,),
                    )
                    continue
            if anchor.key in solution.cells:
                values[anchor.key] = solution.cells[anchor.key]
            else:
                reading.say(
                    "ambiguous",
                    anchor.start,
                    f"{anchor.key}: {cells.text!r} admits several readings",
                    cells=(anchor.key,),
                    candidates=solution.ambiguous.get(anchor.key, ()),
                )
        elif cells is not None:
            values[anchor.key] = cells

    def three(key: str) -> DocumentCounts:
        cells = values.get(key, (None, None, None))
        return DocumentCounts(*cells)

    def one(key: str) -> Decisions:
        return Decisions(values.get(key, (None,))[0])

    return ProactiveDisclosure(
        rules=three("rules"),
        normative_docs=three("normative_docs"),
        licensing=one("licensing"),
        penalty=one("penalty"),
        coercion=one("coercion"),
        admin_fees=Fees(amount),
    )


def _three_cells(tokens: list[str]) -> list[str]:
    r"""The cells of a three-value row of table 二, printed with tabs.

    Empty cells after the values are padding, and before them stand under a label
    spanning columns: both go, as far as three cells remain.  Text after the values (the
    next block's caption) goes too; more values than three are left for the caller to
    refuse, never cut off (``规章\t\t\t1\t0\t11`` is 1, 0, 11, not blank, blank, 1).
    """
    end = len(tokens)
    while end > 3 and not tokens[end - 1]:
        end -= 1
    start = 0
    while end - start > 3 and not tokens[start]:
        start += 1
    kept = tokens[start:end]
    if len(kept) > 3 and not any(_is_value(token) for token in kept[3:] if token):
        kept = kept[:3]
    return kept


def _is_value(token: str) -> bool:
    """Whether *token* reads as a cell's value: a number or a mark."""
    try:
        read_count(token)
    except BadValue:
        return False
    return True


def _appeal_tokens(reading: _Reading, begin: int, end: int) -> tuple[list[str], bool]:
    """The data row of table 四: after its last header, in whichever form it is printed."""
    segment = _PAGE_NUMBER.sub("", reading.compact.original_between(begin, end))
    for line in segment.split("\n"):
        fields = line.split("\t")
        filled = [f.strip() for f in fields]
        if len(fields) >= 15 and any(filled):
            # One row on one line, tab-separated (a label cell may come first).
            return filled[-15:], True
    return reading.tokens(begin, end)


def _appeals(reading: _Reading, start: int, end: int) -> AppealTable:
    text = reading.compact.text
    last = text.rfind("总计", start, end)
    begin = last + 2 if last >= 0 else start
    tokens, tabbed = _appeal_tokens(reading, begin, end)
    if tabbed and len(tokens) > 15 and tokens[0] and not _is_value(tokens[0]):
        # A label on the data row (案件数量), which the format does not print: not a cell.
        reading.say("note", begin, f"table 四: row label {tokens[0]!r} not kept")
        tokens = tokens[1:]
    cells = reading.cells("T4", tokens, tabbed, 15, begin)
    if isinstance(cells, GluedRow):
        solution = solve([cells], table_four_identities(), row_identity_total=False)
        if "T4" in solution.cells:
            cells = solution.cells["T4"]
            reading.say("decided", begin, "table 四: cut by its identities", cells=("T4",))
        else:
            reading.say(
                "ambiguous" if "T4" in solution.ambiguous else "unrecognised",
                begin,
                "table 四: the digits admit several readings"
                if "T4" in solution.ambiguous
                else "table 四: cannot be cut into 15 cells",
                candidates=solution.ambiguous.get("T4", ()),
            )
            cells = None
    if cells is None:
        return AppealTable(((None,) * 5,) * 3)
    return AppealTable((cells[0:5], cells[5:10], cells[10:15]))


# --- narrative -------------------------------------------------------------------------


def _paragraphs(text: str, width: int | None = None) -> str:
    # *width*: the one the document's lines were broken at, if they were (see _wrap).  A
    # page number goes with its line break: a paragraph runs on over the page's end.
    text = _ARTEFACT.sub("", _PAGE_NUMBER_LINE.sub("", text))
    lines = unwrap(text.split("\n"), width)
    return "\n".join(line for line in lines if line and not line.startswith("\t"))


_SUBSECTION: Final = re.compile(
    r"(?:^|(?<=[。：:；\n]))[ \t]*[（(]([一二三四五六七八九十]{1,3})[)）]"
)


def _general(text: str, width: int | None = None) -> GeneralSection:
    body = _paragraphs(text, width)
    markers = list(_SUBSECTION.finditer(body))
    if not markers:
        return GeneralSection(body, ())
    intro = body[: markers[0].start()].strip()
    subsections = []
    for i, marker in enumerate(markers):
        chunk = body[marker.end() : markers[i + 1].start() if i + 1 < len(markers) else len(body)]
        first, _, rest = chunk.partition("\n")
        head = re.match(r"([^。：:\n]{1,30}?)(?:[。：:]|$)", first)
        if head is not None and head.end() < len(first):
            title, text_ = (
                head.group(1),
                first[head.end() :].strip() + ("\n" + rest if rest else ""),
            )
        elif head is not None and first.rstrip().endswith(("。", "：", ":")):
            # 「（三）政府信息管理情况。」 on a line of its own: the 。 ends the title, not kept.
            title, text_ = head.group(1), rest
        else:
            title, text_ = first.strip(), rest
        subsections.append(Subsection(title.strip(), text_.strip()))
    return GeneralSection(intro, tuple(subsections))


# --- the document -------------------------------------------------------------------------


#: The lines of a scraped page's header, before its body.
_PAGE_CHROME: Final = re.compile(
    r"\s*(?:标题|发布时间|发布日期|文号|发布机构|栏目|原文链接|本地目录|页面链接|=+)"
)


#: The sections of prose only, after 一 (whose sub-sections are read apart).
_PROSE_SECTIONS: Final = (Section.PROBLEMS, Section.OTHER)


def _proactive_layout(text: str, year: int) -> ProactiveLayout:
    """The layout of table 二 that *text* shows.

    Its edition is the one whose column labels the text shows (else the year's);
    the layout, the registered one of that edition whose row labels it shows.
    """
    layouts = registered()
    evidence = {
        edition: sum(
            "".join(column.label.split()) in text
            for column in {
                c.label: c
                for layout in layouts
                if layout.edition is edition
                for block in layout.blocks
                for c in block.columns
            }.values()
        )
        for edition in Edition
    }
    best = max(evidence.values())
    ranked = [edition for edition, score in evidence.items() if score == best]
    edition = Edition.for_year(year) if best == 0 or len(ranked) > 1 else ranked[0]
    return detect(text, [layout for layout in layouts if layout.edition is edition])


def _read(text: str, form: str, previous: Report | None, strict: bool) -> ReadResult:
    reading = _Reading(text, form)
    compact = reading.compact
    headings = {Section(found.key): found for found in find_headings(compact)}
    if len(headings) < 3:
        raise ReadError(
            "the document is not an annual report on government information disclosure: "
            "its section headings were not found"
        )
    for section in Section:
        if section not in headings:
            reading.say("missing", None, f"section {section.label} not found")
    title = find_title(text)
    if title is None:
        raise ReadError("the document's title naming the organ and the year was not found")
    if not 1 <= title.year <= 9999:
        raise ReadError(f"the document's title gives the year {title.year:04d}, which is no year")
    order = sorted(headings.values(), key=lambda f: f.start)
    bounds = {
        Section(f.key): (f.end, order[i + 1].start if i + 1 < len(order) else len(compact.text))
        for i, f in enumerate(order)
    }
    footer = page_footer(compact, order[-1].end)
    if footer is not None:
        # A web page's footer is no part of the last section; said, not dropped silently.
        bounds[Section(order[-1].key)] = (order[-1].end, footer[0])
        line = compact.line_of(footer[0])
        left = " ".join(compact.original[footer[1] :].split())
        shown = left if len(left) <= 300 else f"{left[:300]}… ({len(left):,} characters)"
        reading.diagnostics.append(
            Diagnostic("note", f"line {line}", f"page footer left out: {shown!r}")
        )

    def narrative(section: Section) -> str:
        if section not in bounds:
            return ""
        begin, stop = bounds[section]
        return compact.original_between(begin, stop)

    first_heading = order[0].start
    head = compact.original_between(0, first_heading)
    preamble_lines = head.split("\n")[title.line :] if title.line <= len(head.split("\n")) else []
    numbered = enumerate(preamble_lines, start=title.line + 1)
    kept = [(number, line) for number, line in numbered if not _PAGE_CHROME.match(line)]
    published = find_publication_date(text)
    first = 0  # the first line kept (an index, not del kept[0]: linear in the lines)
    while True:
        while first < len(kept) and not kept[first][1].strip():
            first += 1
        if first == len(kept) or (chrome := page_chrome(kept[first][1], title.title)) is None:
            break
        # Said, not dropped silently: the chrome is no part of the report, but it is text.
        where = f"line {kept[first][0]}"
        message = f"page chrome left out of the preamble: {chrome[0]!r}"
        reading.diagnostics.append(Diagnostic("note", where, message))
        published = published or chrome_date(chrome[0])
        if chrome[1]:
            kept[first] = (kept[first][0], chrome[1])
            break
        first += 1
    lines = [line for _, line in kept[first:]]
    printed = leading_title(lines[0]) if lines else None
    if printed is not None and (printed[0].organ, printed[0].year) == (title.organ, title.year):
        # The page's own title heads the body: it is the title as printed (the header's
        # 标题 may word it otherwise), and no part of the preamble.
        title = attrs.evolve(title, title=printed[0].title)
        lines[0] = lines[0][printed[1] :]
    texts = ["\n".join(lines), *(narrative(s) for s in (Section.GENERAL, *_PROSE_SECTIONS))]
    # A blank line between the texts: a paragraph does not run on from one to the next.
    width = wrap_width([line for text in texts for line in (*text.split("\n"), "")])
    if width is not None:
        reading.say("note", None, f"lines broken at a width of {width} columns joined again")
    preamble = _paragraphs(texts[0], width)
    period_years = find_period(head + narrative(Section.GENERAL)[:500])
    period = None
    if period_years is not None and period_years[0] == period_years[1] and period_years[0] >= 1:
        period = Period.calendar_year(period_years[0])
    proactive_bounds = bounds.get(Section.PROACTIVE)
    layout = _proactive_layout(
        compact.text[slice(*proactive_bounds)] if proactive_bounds else "", title.year
    )
    if proactive_bounds is None:
        proactive = layout.build({})
    elif layout is PROACTIVE_2021:
        proactive = _proactive(reading, *proactive_bounds, previous)
    else:
        proactive = read_table_two(reading, *proactive_bounds, layout)
    applications = (
        _table_three(reading, *bounds[Section.REQUESTS], previous)
        if Section.REQUESTS in bounds
        else ApplicationTable(((None,) * 7,) * 25)
    )
    appeals = (
        _appeals(reading, *bounds[Section.REVIEW_LITIGATION])
        if Section.REVIEW_LITIGATION in bounds
        else AppealTable(((None,) * 5,) * 3)
    )
    report = Report(
        edition=layout.edition,
        organ=title.organ,
        year=title.year,
        title=None
        if title.title == Report.standard_title(title.organ, title.year)
        else title.title,
        publication_date=published,
        period=period,
        section_order=tuple(Section(f.key) for f in order),
        preamble=preamble,
        general=_general(texts[1], width),
        proactive=proactive,
        applications=applications,
        appeals=appeals,
        problems=_paragraphs(texts[2], width),
        other=_paragraphs(texts[3], width),
    )
    _blank_cells(reading, report)
    result = ReadResult(report, tuple(reading.diagnostics), form)
    if strict and result.uncertain:
        raise ReadError("the document could not be read with certainty", result.uncertain)
    return result


def _check_text(text: object, max_bytes: int | None, function: str) -> str:
    """*text* if it is text within the size limit and valid Unicode; else ReadError."""
    if not isinstance(text, str):
        raise ReadError(f"expected text, got {type(text).__name__}")
    limit = MAX_DOCUMENT_BYTES if max_bytes is None else max_bytes
    refused = too_large("the document", len(text), limit, function, "characters")
    if refused is not None:
        raise ReadError(refused)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            # A lone surrogate (from bytes decoded with surrogateescape, or a broken
            # \ud800 escape) is no character: no report holds one, and it cannot be kept.
            line = text.count("\n", 0, error.start) + 1
            raise ReadError(
                f"line {line}: the document holds a lone surrogate "
                f"{text[error.start]!r}, which is not Unicode text"
            ) from None
    return text


def read_text(
    text: str,
    *,
    previous: Report | None = None,
    strict: bool = False,
    max_bytes: int | None = None,
) -> ReadResult:
    """Read a report from text: Word's export, scraped web text, or text extracted from a PDF.

    Text longer than *max_bytes* characters (default
    :data:`~govinfo_report.limits.MAX_DOCUMENT_BYTES`) raises :class:`ReadError`.
    """
    text = _check_text(text, max_bytes, "read_text")
    return _read(text.replace("\r\n", "\n").replace("\r", "\n"), "text", previous, strict)


def read_html(
    html: str,
    *,
    previous: Report | None = None,
    strict: bool = False,
    max_bytes: int | None = None,
) -> ReadResult:
    """Read a report from an HTML page or fragment (rowspan/colspan tables, ``&nbsp;`` blanks).

    Nothing is fetched and no entity but HTML's character references is expanded.
    """
    html = _check_text(html, max_bytes, "read_html")
    text = to_text(html)
    if text is None:
        # Unclosed cells or nested tables: the careful, tag-by-tag parser.
        from govinfo_report.readers._blocks import blocks_from_html

        text = _as_text(blocks_from_html(html))
    return _read(text, "html", previous, strict)


def read_markdown(
    text: str,
    *,
    previous: Report | None = None,
    strict: bool = False,
    max_bytes: int | None = None,
) -> ReadResult:
    """Read a report from Markdown with pipe tables."""
    from ._blocks import blocks_from_markdown

    text = _check_text(text, max_bytes, "read_markdown")
    return _read(_as_text(blocks_from_markdown(text)), "markdown", previous, strict)


def read_docx(
    source: bytes | str | os.PathLike[str],
    *,
    previous: Report | None = None,
    strict: bool = False,
    max_bytes: int | None = None,
) -> ReadResult:
    """Read a report from a Word document (.docx): a path, or its bytes.

    Paragraphs and tables in document order; each merged cell (``gridSpan``,
    ``vMerge``) taken once and rows read by their labels, however the tables
    are split or merged.  Needs python-docx (``pip install
    'govinfo_report[docx]'``); without it raises
    :class:`~govinfo_report.errors.MissingExtraError`.

    >>> from govinfo_report import example, render_docx
    >>> result = read_docx(render_docx(example()))
    >>> result.form, result.report.applications == example().applications
    ('docx', True)

    .. versionadded:: 0.1.0
    """
    from ._binary import read_binary

    return read_binary("docx", source, previous=previous, strict=strict, max_bytes=max_bytes)


def read_pdf(
    source: bytes | str | os.PathLike[str],
    *,
    previous: Report | None = None,
    strict: bool = False,
    max_bytes: int | None = None,
    timeout: float | None = PDF_TIMEOUT,
) -> ReadResult:
    """Read a report from a born-digital PDF: a path, or its bytes.

    Text and ruled tables (labels wrapped over lines, tables split across
    pages); page numbers, headers and footers left out.  A scan without a text
    layer raises :class:`ReadError` saying OCR is needed.  Needs pdfplumber
    (``pip install 'govinfo_report[pdf]'``); without it raises
    :class:`~govinfo_report.errors.MissingExtraError`.

    Parsing that takes more than *timeout* seconds (default
    :data:`~govinfo_report.limits.PDF_TIMEOUT`, 120; ``None``: no limit; not a
    number above 0: :class:`ValueError`) is
    stopped with a :class:`ReadError`, as is a PDF whose streams would unpack to
    more than :data:`~govinfo_report.limits.MAX_PDF_UNPACKED_BYTES` (or four
    times *max_bytes*, if that is more): pdfminer, the parser beneath, can be
    sent round a loop without end by a broken or hostile file.

    >>> result = read_pdf("tests/data/corpus/hongze-2024.pdf")
    >>> result.form, result.report.organ, result.report.cell("R1[TOT]")
    ('pdf', '淮安市洪泽区人民政府', 95)

    .. versionadded:: 0.1.0
    """
    from ._binary import read_binary

    return read_binary(
        "pdf", source, previous=previous, strict=strict, max_bytes=max_bytes, timeout=timeout
    )


def _as_text(blocks: object) -> str:
    # Tables become Word's export form — one cell a line behind a tab, rows ended by a
    # blank line — so that one reading serves every form.
    from ._blocks import Line, Table

    out: list[str] = []
    for item in blocks.items:  # type: ignore[attr-defined]
        if isinstance(item, Line):
            out.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                out.extend("\t" + cell for cell in row.cells)
                out.append("")
    return "\n".join(out)


def _decode(data: bytes) -> str:
    # UTF-8, or GB18030 (a superset of GBK), what Chinese Windows tools still write; never
    # a guess that gives mojibake.
    from ._encoding import decode

    return decode(data)


def _name(source: object) -> str:
    return f"{source}: " if isinstance(source, Path) else ""


def read(
    source: str | bytes | Path,
    *,
    previous: Report | None = None,
    strict: bool = False,
    max_bytes: int | None = None,
) -> ReadResult:
    """Read a report from a path, bytes or text, detecting its form by its content.

    A ``str`` of one line is taken as a path (unless it is a JSON object, as
    :func:`~govinfo_report.dumps` writes one); longer text as the document itself.
    Bytes are decoded as UTF-8, or else GB18030.  The forms: a report document
    in our JSON format (read by :func:`~govinfo_report.loads`, form ``"json"``;
    its errors raise :class:`~govinfo_report.errors.JSONLoadError`), HTML,
    Markdown, text, and Word (.docx) and PDF files (read by :func:`read_docx` and
    :func:`read_pdf`, forms ``"docx"`` and ``"pdf"``).

    A document larger than *max_bytes* (default
    :data:`~govinfo_report.limits.MAX_DOCUMENT_BYTES`, 50 MiB) raises
    :class:`ReadError` before it is read; so does a file in an encoding that
    cannot be told for sure (Big5, mojibake).  A PDF is parsed under
    :func:`read_pdf`'s default deadline (call it to set another).

    >>> from govinfo_report import dumps, example
    >>> result = read(dumps(example()))  # compact JSON: one line, and not a path
    >>> result.form, result.report == example()
    ('json', True)
    """
    if (
        isinstance(source, str)
        and "\n" not in source
        and len(source) < 4096
        and not source.lstrip().startswith("{")
    ):
        # One line of text is a path: no printed report fits on one line (compact JSON does,
        # and starts with "{", which no path does in practice).
        source = Path(source)
    if not isinstance(source, Path):
        return _read_source(source, previous, strict, max_bytes)
    try:
        return _read_source(source, previous, strict, max_bytes)
    except ReadError as error:
        # Every error about a file names it.
        first = str(error).split("\n", 1)[0]
        if first.startswith(f"{source}: "):
            raise
        raise ReadError(f"{source}: {first}", error.diagnostics) from None


def _read_source(
    source: str | bytes | Path,
    previous: Report | None,
    strict: bool,
    max_bytes: int | None,
) -> ReadResult:
    raw: str | bytes
    limit = MAX_DOCUMENT_BYTES if max_bytes is None else max_bytes
    if isinstance(source, Path):
        try:
            size = source.stat().st_size
            refused = too_large(f"{source}: the file", size, limit, "read")
            if refused is not None:
                raise ReadError(refused)  # before reading it into memory
            raw = source.read_bytes()
        except OSError as error:
            raise ReadError(f"{source}: {error.strerror or error}") from None
    else:
        raw = source
    if isinstance(raw, bytes | str):
        refused = too_large(
            "the document",
            len(raw),
            limit,
            "read",
            "bytes" if isinstance(raw, bytes) else "characters",
        )
        if refused is not None:
            raise ReadError(refused)
    if isinstance(raw, bytes) and (raw.startswith(b"PK\x03\x04") or b"%PDF-" in raw[:1024]):
        # By content, not by name: a PDF's header may follow some junk (up to 1 KiB); a .docx
        # is a ZIP archive, and read_docx says so if it holds no word/document.xml.
        from ._binary import read_binary

        kind: Literal["pdf", "docx"] = "docx" if raw.startswith(b"PK") else "pdf"
        name = str(source) if isinstance(source, Path) else None
        return read_binary(
            kind, raw, name=name, previous=previous, strict=strict, max_bytes=max_bytes
        )
    if isinstance(raw, bytes) and raw.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise ReadError(
            f"{_name(source)}a Word 97-2003 document (.doc) or another OLE file: "
            "save it as .docx to read it"
        )
    data = _decode(raw) if isinstance(raw, bytes) else raw
    if not isinstance(data, str):
        raise ReadError(f"expected a path, bytes or text, got {type(source).__name__}")
    head = data[:2000].lstrip().lower()
    if head.startswith("{"):
        return ReadResult(loads(data, max_bytes=max_bytes), (), "json")
    if _TAG_START.match(head) or "<table" in head:
        # A page, or a fragment of one (<ul> of links, <h1>, <article> …): no report's text
        # begins with a tag.
        return read_html(data, previous=previous, strict=strict, max_bytes=max_bytes)
    # (Whitespace within the line only, and possessive: "\s*" over a long run of blank lines
    # would be tried from every line start, in quadratic time.)
    if re.search(r"(?m)^[^\S\n]*+\|.*\|[^\S\n]*$", data) and re.search(
        r"(?m)^[^\S\n]*+\|?[^\S\n]*+:?-{3,}", data
    ):
        return read_markdown(data, previous=previous, strict=strict, max_bytes=max_bytes)
    if len(_CLOSING_TAG.findall(data, 0, 20_000)) >= 3:
        # Text before the markup (a crawler's header): still a page, whose tags read as
        # text would give "/" marks from every </td>.
        return read_html(data, previous=previous, strict=strict, max_bytes=max_bytes)
    return read_text(data, previous=previous, strict=strict, max_bytes=max_bytes)
