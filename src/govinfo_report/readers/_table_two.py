"""Table 二 read by its layout: any edition's, any registered variant's.

Rows are found by their labels, in the layout's order; a label may carry an
inline note (湖北's ``规章（设区的市、自治州人民政府应提供相关数据）``), which is
skipped.  Within a block the n-th value cell is the n-th column, whatever
grid the document draws (2019 tables span their cells irregularly).  Cells
glued together with no separator (``行政处罚2648-18538``) are cut every way the
column types allow; D-4 (上一年项目数量 + 本年增/减 ≥ 0) rules some cuts out, and
a row still cut more than one way is left blank with its candidates listed.

>>> [cells for cells in cuts("2648-18538", _columns("penalty"))][:2]
[(2648, -1, 8538), (2648, -18, 538)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from govinfo_report.model import MAX_COUNT, MIN_SIGNED
from govinfo_report.proactive import Block, CellType, Column, ProactiveLayout

from ._layout import Found
from ._values import MAX_DIGITS, BadValue, read_amount, read_count, read_money, read_signed

if TYPE_CHECKING:
    from govinfo_report.proactive import AnyProactive

    from . import _Reading

__all__ = ["cuts", "read_table_two"]

#: Labels that others contain: 规章 stands in 行政规章 and 规范性文件规章 (a heading).
_SPECIAL: Final = {
    "规章": r"(?<!行政)(?<!范性文件)规章",
    "行政规范性文件": r"(?:行政)?规范性文件",
    "规范性文件": r"(?:行政)?规范性文件",
}
# An inline note after a label or header, such as （指2019年事项数）: its digits are no value.
_NOTE: Final = re.compile(r"[（(][^（）()]*[）)]")
# The run of value characters a glued row prints after its label.
_GLUED_RUN: Final = re.compile(r"[0-9０-９,，.．+＋\-－−/／—元万亿千 \t\n]*")
_WIDTH: Final = str.maketrans("０１２３４５６７８９，．＋－−", "0123456789,.+--")


@functools.cache
def _pattern(label: str) -> re.Pattern[str]:
    text = "".join(label.split())
    return re.compile(_SPECIAL.get(text, re.escape(text)))


def _columns(key: str) -> tuple[Column, ...]:
    # For the doctest: the columns of a 2019 row.
    from govinfo_report.model import PROACTIVE_2019

    return PROACTIVE_2019.row(key)[0].columns


_COUNT: Final = re.compile(r"0|[1-9][0-9]*")
_SIGNED: Final = re.compile(r"[+-]?(?:0|[1-9][0-9]*)")
_AMOUNT: Final = re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_MARK: Final = re.compile(r"/|—+")
_UNIT_TAIL: Final = re.compile(r"(?:亿元|万元|千元|元)")


def cuts(text: str, columns: Sequence[Column]) -> Iterator[tuple[Any, ...]]:
    """Every way to cut glued *text* into one value per column (a unit may end an amount)."""
    text = text.translate(_WIDTH).replace(",", "")
    text = "".join(text.split())
    if len(text) > MAX_DIGITS * len(columns):
        return  # no row prints so many digits, and cutting them all ways would take long

    def go(at: int, i: int) -> Iterator[tuple[Any, ...]]:
        if i == len(columns):
            if at == len(text):
                yield ()
            return
        column = columns[i]
        pattern = {CellType.COUNT: _COUNT, CellType.SIGNED: _SIGNED}.get(column.type, _AMOUNT)
        # A blank cell leaves nothing in glued text, so a bare unit is not taken for a
        # blank amount (it may as well follow a number that belongs to it); a mark is a cell.
        last_with_unit = i == len(columns) - 1 and column.unit_field is not None
        mark = _MARK.match(text, at)
        if mark is not None:
            if last_with_unit and _UNIT_TAIL.fullmatch(text, mark.end()):
                yield ((read_count(mark.group()), text[mark.end() :]),)
            for rest in go(mark.end(), i + 1):
                yield (read_count(mark.group()), *rest)
        for end in range(at + 1, len(text) + 1):
            piece = text[at:end]
            if not pattern.fullmatch(piece):
                continue
            value: Any
            if column.type is CellType.AMOUNT:
                value = Decimal(piece)
                unit = _UNIT_TAIL.fullmatch(text, end) if i == len(columns) - 1 else None
                if unit is not None and column.unit_field is not None:
                    yield ((value, unit.group()),)
                    continue
            else:
                value = int(piece)
                if not MIN_SIGNED <= value <= MAX_COUNT:
                    continue  # more than the model holds: no reading of a printed cell
            for rest in go(end, i + 1):
                yield (value, *rest)

    yield from go(0, 0)


def _fits(columns: Sequence[Column], cells: Sequence[Any]) -> bool:
    """Whether *cells* pass the row's own rule, D-4: 上一年项目数量 + 本年增/减 ≥ 0."""
    keys = [column.key for column in columns]
    if "prev_items" in keys and "change" in keys:
        before, change = cells[keys.index("prev_items")], cells[keys.index("change")]
        if isinstance(before, int) and isinstance(change, int):
            return before + change >= 0
    return True


def _value(column: Column, text: str) -> tuple[Any, str | None]:
    if column.type is CellType.SIGNED:
        return read_signed(text), None
    if column.type is CellType.AMOUNT:
        if column.unit_field is not None:
            return read_money(text)
        return read_amount(text), None
    return read_count(text), None


def detect(text: str, layouts: Sequence[ProactiveLayout]) -> ProactiveLayout:
    """The layout among *layouts* whose row labels the table text shows, the most rows first."""
    compact = _NOTE.sub("", text)

    def score(layout: ProactiveLayout) -> tuple[int, int]:
        position, found = 0, 0
        for block in layout.blocks:
            for entry in block.rows:
                match = _pattern(entry.label).search(compact, position)
                if match is not None:
                    found += 1
                    position = match.end()
        complete = found == len(layout.row_keys)
        return (complete, found if complete else -len(layout.row_keys))

    return max(layouts, key=score)


def read_table_two(
    reading: _Reading, start: int, end: int, layout: ProactiveLayout
) -> AnyProactive:
    """Table 二 between compact *start* and *end*, in *layout*."""
    text = reading.compact.text
    anchors: list[tuple[Block, Found]] = []
    position = start
    for block in layout.blocks:
        for entry in block.rows:
            match = _pattern(entry.label).search(text, position, end)
            if match is None:
                reading.say(
                    "missing", start, f"table 二: row {entry.key} not found", cells=(entry.key,)
                )
                continue
            stop = match.end()
            note = _NOTE.match(text, stop)
            if note is not None:
                stop = note.end()
            anchors.append((block, Found(entry.key, match.start(), stop)))
            position = stop
    rows: dict[str, dict[str, Any]] = {}
    for i, (block, anchor) in enumerate(anchors):
        stop = anchors[i + 1][1].start if i + 1 < len(anchors) else end
        values = _row(reading, block, anchor, stop)
        if values is not None:
            rows[anchor.key] = values
    return layout.build(rows)


def _row(reading: _Reading, block: Block, anchor: Found, stop: int) -> dict[str, Any] | None:
    columns = block.columns
    width = len(columns)
    tokens, tabbed = reading.tokens(anchor.end, stop)
    if not tabbed:
        segment = _NOTE.sub("", reading.compact.original_between(anchor.end, stop))
        run = _GLUED_RUN.match(segment)
        glued = run.group() if run is not None else ""
        tokens = glued.split()
        if len(tokens) != width:
            found = [
                cells
                for cells in cuts(glued, columns)
                if _fits(columns, [c[0] if isinstance(c, tuple) else c for c in cells])
            ]
            if len(found) == 1:
                return _assign(columns, found[0])
            if not found:
                reading.say(
                    "unrecognised",
                    anchor.start,
                    f"{anchor.key}: expected {width} cells, found {glued.strip()!r}",
                    cells=(anchor.key,),
                )
                return None
            reading.say(
                "ambiguous",
                anchor.start,
                f"{anchor.key}: {''.join(glued.split())!r} admits several readings",
                cells=(anchor.key,),
                candidates=tuple(
                    tuple(c[0] if isinstance(c, tuple) else c for c in cells) for cells in found
                ),
            )
            # What every reading agrees on is read (the 2648 of 2648-18538: only 本年增/减
            # takes a sign); the rest stays blank.
            return _agreed(columns, found)
    else:
        # Empty cells beyond a spanning value (a form without spans pads it), then
        # empty cells under a spanning label; values keep their order.
        # (Indices, not a slice a step: a row of thousands of tabs takes linear time.)
        end = len(tokens)
        while end > width and not tokens[end - 1]:
            end -= 1
        start = 0
        while end - start > width and not tokens[start]:
            start += 1
        tokens = tokens[start:end]
    if len(tokens) != width:
        reading.say(
            "unrecognised",
            anchor.start,
            f"{anchor.key}: expected {width} cells, found {tokens!r}",
            cells=(anchor.key,),
        )
        return None
    values: dict[str, Any] = {}
    for column, token in zip(columns, tokens, strict=True):
        try:
            value, unit = _value(column, token)
        except BadValue as error:
            reading.say("unrecognised", anchor.start, f"{anchor.key}: {error}", cells=(anchor.key,))
            return None
        values[column.key] = value
        if column.unit_field is not None:
            values[column.unit_field] = unit
    return values


def _agreed(columns: Sequence[Column], readings: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """The values every one of *readings* gives a column (and its unit); the others blank."""
    values: dict[str, Any] = {}
    for i, column in enumerate(columns):
        cells = {reading[i] for reading in readings}
        numbers = {cell[0] if isinstance(cell, tuple) else cell for cell in cells}
        values[column.key] = numbers.pop() if len(numbers) == 1 else None
        if column.unit_field is not None:
            units = {cell[1] if isinstance(cell, tuple) else None for cell in cells}
            values[column.unit_field] = units.pop() if len(units) == 1 else None
    return values


def _assign(columns: Sequence[Column], cells: Sequence[Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column, cell in zip(columns, cells, strict=True):
        if isinstance(cell, tuple):
            values[column.key], unit = cell
        else:
            values[column.key], unit = cell, None
        if column.unit_field is not None:
            values[column.unit_field] = unit
    return values
