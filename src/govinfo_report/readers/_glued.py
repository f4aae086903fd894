"""Cut table rows whose cells were glued together with no separator.

Scraped web pages often print a row of table 三 as one digit string:
``170000017`` is 17/0/0/0/0/0/17, but ``270020130`` may be 27/0/0/2/0/1/30 or
2/7/0/0/20/1/30.  :func:`splits` lists every way to cut one string;
:func:`solve` picks one cut per row so that the table's identities (总计 = sum
of parts, T3-A, T3-B, T4) hold jointly, and decides a row only when every joint
solution reads it the same way.  Nothing is ever corrected: a table whose own
numbers disagree is read row by row and reported as inconsistent.

How :func:`solve` works, cheapest step first:

1. Each row is cut on its own, from the right: its 总计 is printed last, so it
   is read first and bounds every part, and the first part is forced.  Most
   rows (``0000000``, ``1000001``) have one cut and are decided here.
2. The identities between rows keep the decided rows as constants.  Bounds
   propagation narrows the other rows' candidates; it usually decides them.
3. What is left is solved exactly by meeting in the middle over partial sums
   (each row's contributions packed into one integer), and if that grows too
   big, by a depth-first search, both within a work budget.  Out of budget,
   the candidates kept are a superset of the exact ones: a row is never
   decided wrongly, only left ambiguous.

>>> splits("1153", 3)
[(1, 1, 53), (1, 15, 3), (11, 5, 3)]
>>> rows = [GluedRow("A", "1153", 3), GluedRow("B", "5", 1)]
>>> same = Identity((("A", 1, 1), ("B", 0, -1)))  # A[1] == B[0]
>>> solve(rows, [same], row_identity_total=False).cells
{'A': (11, 5, 3), 'B': (5,)}
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Final, TypeAlias, cast

import attrs

from govinfo_report.model import SINGLE_OTHER_ROW, Layout, Row

__all__ = [
    "DEFAULT_BUDGET",
    "DEFAULT_LIMIT",
    "GluedRow",
    "Identity",
    "Solution",
    "TooManySplitsError",
    "solve",
    "splits",
    "table_four_identities",
    "table_three_identities",
]

#: The most cuts :func:`splits` lists (and the most cuts of one row :func:`solve` keeps).
DEFAULT_LIMIT: Final = 100_000
#: The most work :func:`solve` does on the identities between rows (candidates scanned,
#: partial sums added) before it stops narrowing candidates.
DEFAULT_BUDGET: Final = 200_000
# Steps one row's enumeration may take in solve(): a row that needs more is not
# read (reported) rather than slowing the whole report down.
_ROW_STEPS: Final = 200_000
_DIGITS: Final = frozenset("0123456789-")
# Rows with this many more digits than cells bound their parts' sums first (_part_sums).
_BOUND_FROM: Final = 9

Cut: TypeAlias = tuple[int, ...]
# One of a row's own identities, checked at its first column (rows are cut from the
# right): the terms over the later columns as (column, coefficient), and that column's
# coefficient.
_Check: TypeAlias = tuple[tuple[tuple[int, int], ...], int]
# A row's own identities in canonical form: sorted ((column, coefficient), ...) each.
_Unary: TypeAlias = tuple[tuple[tuple[int, int], ...], ...]


@attrs.frozen
class GluedRow:
    """One printed row: its key, its digits as printed, and how many cells it holds.

    *signed_columns* are the columns that may hold a negative number (the 2019
    edition's 本年增/减); a ``-`` can only start a cell of such a column.
    """

    key: str
    text: str
    width: int
    signed_columns: frozenset[int] = frozenset()


@attrs.frozen(cache_hash=True)
class Identity:
    """A linear identity ``sum(coefficient * cell) == 0`` over ``(key, column)`` cells.

    >>> Identity((("R1", 6, 1), ("R3_7", 6, -1)))  # R1[TOT] == R3_7[TOT]
    Identity(terms=(('R1', 6, 1), ('R3_7', 6, -1)))
    """

    terms: tuple[tuple[str, int, int], ...]


@attrs.frozen
class Solution:
    """What :func:`solve` could read.

    *cells* holds the rows every joint solution reads the same way; *ambiguous*
    every remaining candidate of the other rows, sorted; *unsolvable* the rows
    that could not be cut at all.  *consistent* is True when a joint solution
    satisfying every identity was found; it is False for a table whose own
    numbers disagree, with an unsolvable row, or when the search ran out of
    budget before finding one (*notes* says which).
    """

    cells: dict[str, Cut]
    ambiguous: dict[str, tuple[Cut, ...]]
    unsolvable: tuple[str, ...]
    consistent: bool
    notes: tuple[str, ...] = ()


class TooManySplitsError(ValueError):
    """A digit string can be cut in more ways than the limit allows."""

    def __init__(self, text: str, width: int, limit: int) -> None:
        super().__init__(f"{text!r} has more than {limit} cuts into {width} cells")
        self.text = text
        self.width = width
        self.limit = limit


class _Overflow(Exception):
    """Internal: an enumeration exceeded its limit."""


class _Exhausted(Exception):
    """Internal: the joint search used up its budget."""


# --- cutting one row -----------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def _layout(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The digits without spaces, where a cell ending at each place may start, and tokens.

    ``first[e]`` is the earliest start of a cell ending at *e* (the start of
    its space-separated token, or a ``-`` sign), or -1 when no cell can end
    there (after a ``-``).  ``tokens[s]`` is how many tokens start before *s*:
    each needs a cell to the left of *s*.

    >>> _layout("12 3-4")
    ('123-4', (0, 0, 0, 2, -1, 3), (0, 1, 1, 2, 2, 2))
    """
    parts = text.split()
    for part in parts:
        if not _DIGITS.issuperset(part):
            raise ValueError(f"only digits, '-' and spaces can be cut, got {text!r}")
    digits = "".join(parts)
    first = [0] * (len(digits) + 1)
    tokens = [0] * (len(digits) + 1)
    start = 0
    for index, part in enumerate(parts):
        earliest = start
        for e in range(start + 1, start + len(part) + 1):
            tokens[e] = index + 1
            if digits[e - 1] == "-":
                first[e] = -1
                earliest = e - 1  # a cell ending later may start at this sign, not before
            else:
                first[e] = earliest
        start += len(part)
    return digits, tuple(first), tuple(tokens)


# The role of a column in a sum identity (total = part + part + …).
_FREE: Final = 0  # in none
_TOTAL: Final = 1  # the 总计: cut first (it is printed last), then it bounds the parts
_PART: Final = 2  # a part: cannot exceed what the total leaves
_FIRST: Final = 3  # the first part: forced to what the total leaves


@functools.lru_cache(maxsize=256)
def _rules(
    width: int, unary: _Unary, signed: frozenset[int]
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[tuple[_Check, ...], ...], int]:
    """How a row's own identities steer its cut.

    Returns, per column, a role and a sum group; the other identities by
    their first column; and the number of sum groups.  Cells are cut from the
    right, so an identity is complete, and the value of its first column
    forced, when the cut reaches that column.  Sum identities (coefficients
    ±1, nothing signed, no column in two of them) also bound each part by
    what its total leaves, which prunes long parts at once.

    >>> _rules(4, (((0, 1), (1, 1), (2, 1), (3, -1)),), frozenset())
    ((3, 2, 2, 1), (0, 0, 0, 0), ((), (), (), ()), 1)
    """
    role = [_FREE] * width
    group = [0] * width
    checks: list[list[_Check]] = [[] for _ in range(width)]
    groups = 0
    for terms in unary:
        *parts, (total, coefficient) = terms
        columns = [column for column, _ in terms]
        if (
            parts
            and abs(coefficient) == 1
            and all(role[column] == _FREE and column not in signed for column in columns)
            and all(c == -coefficient for _, c in parts)
        ):
            for column in columns:
                role[column] = _PART
                group[column] = groups
            role[total] = _TOTAL
            role[parts[0][0]] = _FIRST
            groups += 1
        else:
            (column, coefficient), *later = terms
            checks[column].append((tuple(later), coefficient))
    return tuple(role), tuple(group), tuple(tuple(c) for c in checks), groups


def _enumerate(
    text: str,
    width: int,
    signed: frozenset[int],
    max_value: int | None,
    unary: _Unary,
    limit: int,
    steps: int,
) -> list[Cut]:
    """Every cut of *text* into *width* cells satisfying *unary*; raises _Overflow.

    Cuts from the right: a row's 总计 is printed last, so it is read first and
    then bounds every part before it, and the first part is forced.
    """
    if width < 0:
        raise ValueError(f"width must be >= 0, got {width}")
    digits, first, tokens = _layout(text)
    n = len(digits)
    if width == 0:
        return [] if n else [()]
    if not tokens[n] <= width <= n:
        return []
    if n == width and "-" not in digits:
        # One digit per cell: the only cut.  Most rows ("0000000") end here.
        cut = tuple(map(int, digits))
        if max_value is not None and max(cut) > max_value:
            return []
        return [cut] if all(_holds(terms, cut) for terms in unary) else []
    if tokens[n] == width:
        # One cell per printed group (cells separated by spaces): the only cut, if valid.
        cells = [_cell(token, column in signed) for column, token in enumerate(text.split())]
        if None in cells:
            return []
        cut = cast(Cut, tuple(cells))
        if max_value is not None and max(map(abs, cut)) > max_value:
            return []
        return [cut] if all(_holds(terms, cut) for terms in unary) else []
    if (
        unary == (_total_identity(width),)
        and not signed
        and max_value is None
        and "-" not in digits
    ):
        return _total_cuts(digits, first, tokens, width, steps)
    role, group, checks, groups = _rules(width, unary, signed)
    values = [0] * width
    left = [0] * groups  # per sum group: what its total leaves for the parts not cut yet
    found: list[Cut] = []
    budget = [steps]

    def place(s: int, k: int, value: int) -> None:
        # Cell k holds value and starts at s: check the identities it completes, go on.
        values[k] = value
        for terms, coefficient in checks[k]:
            if coefficient * value + sum(c * values[col] for col, c in terms):
                return
        kind = role[k]
        if kind == _TOTAL:
            left[group[k]] = value
        elif kind == _PART:
            left[group[k]] -= value
        if k:
            go(s, k - 1)
        elif s == 0:
            found.append(tuple(values))
            if len(found) > limit:
                raise _Overflow
        if kind == _PART:
            left[group[k]] += value

    def go(e: int, k: int) -> None:
        # Cut column k, the cell ending at e; the columns after k are cut.
        budget[0] -= 1
        if budget[0] < 0:
            raise _Overflow
        earliest = first[e]
        if earliest < 0:
            return
        kind = role[k]
        forced: int | None = None
        if kind == _FIRST:
            forced = left[group[k]]
        elif checks[k]:
            terms, coefficient = checks[k][0]
            forced, remainder = divmod(-sum(c * values[col] for col, c in terms), coefficient)
            if remainder:
                return
        if forced is not None:
            # The cell completes an identity: its value is forced, so only check
            # that the text prints it here.
            printed = str(forced)
            s = e - len(printed)
            if (
                s < earliest
                or not digits.startswith(printed, s)
                or (forced < 0 and k not in signed)
                or (kind == _PART and not 0 <= forced <= left[group[k]])
                or (max_value is not None and abs(forced) > max_value)
                or not tokens[s] <= k <= s
            ):
                return
            place(s, k, forced)
            return
        if k == 0:
            if earliest:
                return  # the first cell must start the text
            starts: range = range(0, -1, -1)
        else:
            starts = range(e - 1, max(earliest, k) - 1, -1)
        cap = left[group[k]] if kind == _PART else -1
        for s in starts:
            if tokens[s] > k:
                continue  # a token to the left would get no cell
            head = digits[s]
            if head == "0" and e - s > 1:
                continue  # no leading zeros: "0" stands alone
            if head == "-" and (k not in signed or e - s < 2 or digits[s + 1] == "0"):
                break  # no "-", "-0" or "-07"; and nothing starts before a sign
            value = int(digits[s:e])
            if max_value is not None and abs(value) > max_value:
                break
            if 0 <= cap < value:
                break  # a longer part is bigger still
            place(s, k, value)

    go(n, width - 1)
    return found


def _part_sums(
    digits: str, first: tuple[int, ...], cells: int
) -> tuple[list[list[int]], list[list[int]]]:
    """The least and the greatest sum of any cut of ``digits[:e]`` into *k* cells.

    Indexed ``[k][e]``; -1 where there is no such cut.  A long row's 总计 and
    what it leaves for the parts must lie between these, which prunes most of
    the search at once.

    >>> low, high = _part_sums("1234", (0,) * 5, 2)
    >>> low[2][4], high[2][4]
    (46, 235)
    """
    n = len(digits)
    value = [[0] * (n + 1) for _ in range(n + 1)]
    for s in range(n):
        if digits[s] == "0":
            value[s][s + 1] = 0
            continue
        for e in range(s + 1, n + 1):
            value[s][e] = value[s][e - 1] * 10 + ord(digits[e - 1]) - 48
    low = [[-1] * (n + 1) for _ in range(cells + 1)]
    high = [[-1] * (n + 1) for _ in range(cells + 1)]
    low[0][0] = high[0][0] = 0
    for k in range(1, cells + 1):
        previous_low, previous_high, row_low, row_high = low[k - 1], high[k - 1], low[k], high[k]
        for e in range(k, n + 1):
            least, most = -1, -1
            for s in range(max(first[e], k - 1), e):
                if previous_low[s] < 0 or (digits[s] == "0" and e - s > 1):
                    continue
                v = value[s][e]
                if least < 0 or previous_low[s] + v < least:
                    least = previous_low[s] + v
                most = max(most, previous_high[s] + v)
            row_low[e], row_high[e] = least, most
    return low, high


def _total_cuts(
    digits: str, first: tuple[int, ...], tokens: tuple[int, ...], width: int, steps: int
) -> list[Cut]:
    """The cuts whose last cell is the sum of the others: :func:`_enumerate`'s common case.

    The same search, without what only other identities need: the 总计 is
    read first from the right, each part is at most what the 总计 leaves, and
    when as many digits as cells are left each is a cell, so their digit sum
    decides at once (zeros make this the usual end).  Long rows (big numbers)
    also bound what each stretch of digits can add up to (:func:`_part_sums`).

    >>> _total_cuts("270020130", (0,) * 10, (0,) + (1,) * 9, 7, 1000)
    [(27, 0, 0, 2, 0, 1, 30), (2, 7, 0, 0, 20, 1, 30)]
    """
    n = len(digits)
    parts = width - 1
    digit_sums = [0, *itertools.accumulate(map(int, digits))]
    cells = [0] * width
    found: list[Cut] = []
    budget = [steps]
    # Rows of short numbers end in a few hundred steps anyway; long ones need the bounds.
    bounded = n - width >= _BOUND_FROM
    low, high = _part_sums(digits, first, parts) if bounded else ([], [])

    def split(e: int, k: int, rest: int) -> None:
        # Cut cells 0 … k-1 out of digits[:e], adding up to rest.
        budget[0] -= 1
        if budget[0] < 0:
            raise _Overflow
        if e == k:
            if digit_sums[e] == rest:
                cells[:k] = map(int, digits[:e])
                found.append(tuple(cells))
            return
        if k == 1:
            printed = str(rest)
            if first[e] == 0 and len(printed) == e and digits.startswith(printed):
                cells[0] = rest
                found.append(tuple(cells))
            return
        if bounded and not low[k][e] <= rest <= high[k][e]:
            return
        for s in range(e - 1, max(first[e], k - 1) - 1, -1):
            if tokens[s] >= k or (digits[s] == "0" and e - s > 1):
                continue  # a token to the left would get no cell; or a leading zero
            value = int(digits[s:e])
            if value > rest:
                break  # a longer part is bigger still
            cells[k - 1] = value
            split(s, k - 1, rest - value)

    for s in range(n - 1, max(first[n], parts) - 1, -1):
        if tokens[s] > parts or (digits[s] == "0" and n - s > 1):
            continue
        cells[parts] = int(digits[s:n])
        split(s, parts, cells[parts])
    return found


def _cell(token: str, signed: bool) -> int | None:
    """The value of *token* as one whole cell, or None if it cannot be one.

    >>> _cell("120", False), _cell("012", False), _cell("-12", True), _cell("-12", False)
    (120, None, -12, None)
    """
    negative = signed and token.startswith("-")
    body = token[1:] if negative else token
    if not body.isdigit() or (body[0] == "0" and (len(body) > 1 or negative)):
        return None
    return int(token)


def _holds(terms: tuple[tuple[int, int], ...], cut: Cut) -> bool:
    """Whether one of a row's own identities holds for *cut*.

    >>> _holds(((0, 1), (1, 1), (2, -1)), (2, 3, 5))
    True
    """
    return sum(k * cut[column] for column, k in terms) == 0


def splits(
    text: str,
    width: int,
    *,
    max_value: int | None = None,
    signed_columns: frozenset[int] = frozenset(),
    limit: int = DEFAULT_LIMIT,
) -> list[Cut]:
    """Every way to cut *text* into *width* integers, sorted.

    A cell has no leading zero (``0`` alone is fine); a space is a boundary
    between two cells; a ``-`` may only start a cell of *signed_columns* (and
    never ``-0``).  Cells above *max_value* (in absolute value) are not
    allowed.  Raises :class:`TooManySplitsError` beyond *limit* cuts, and
    ``ValueError`` for characters other than digits, ``-`` and whitespace.

    >>> cuts = splits("170000017", 7)
    >>> len(cuts), [cut for cut in cuts if sum(cut[:6]) == cut[6]]
    (4, [(17, 0, 0, 0, 0, 0, 17)])
    >>> splits("500000 5", 7)
    [(5, 0, 0, 0, 0, 0, 5)]
    >>> splits("2648-18538", 3, signed_columns=frozenset({1}))
    [(2648, -1853, 8), (2648, -185, 38), (2648, -18, 538), (2648, -1, 8538)]
    """
    try:
        cuts = _enumerate(text, width, signed_columns, max_value, (), limit, 2**62)
    except _Overflow:
        raise TooManySplitsError(text, width, limit) from None
    return sorted(cuts)


# --- the identities of tables 三 and 四 ------------------------------------------

_R1: Final = Row.NEW_REQUESTS.value
_R2: Final = Row.CARRIED_OVER.value
_R3_7: Final = Row.TOTAL_HANDLED.value
_R4: Final = Row.CARRIED_FORWARD.value
_DEFAULT_ROWS: Final = tuple(row.value for row in Row)
_SUB_ITEMS: Final = frozenset(
    (Row.OTHER_NO_CORRECTION.value, Row.OTHER_FEE_UNPAID.value, Row.OTHER_MISC.value)
)


def table_three_identities(
    rows: Sequence[str] | Layout = _DEFAULT_ROWS, *, columns: int = 7
) -> tuple[Identity, ...]:
    """T3-A and T3-B, column by column, over the row keys *rows* (or a layout's rows).

    The outcome rows are those of the layout the keys name: ``R3_6`` makes it
    the single-other one (（六）其他处理 one row, 19 outcome rows), the
    sub-items ``R3_6_1`` … ``R3_6_3`` the official one (21 outcome rows); keys
    of both raise ``ValueError``, since T3-B would count （六） twice.  T3-C,
    a row's 总计, is each row's own identity: ``solve(..., row_identity_total=True)``
    adds it.  An identity is left out when a row it needs is not in *rows*.

    >>> len(table_three_identities()), len(table_three_identities(Layout.SINGLE_OTHER))
    (14, 14)
    >>> table_three_identities(["R1", "R2", "R3_7", "R4"], columns=1)
    (Identity(terms=(('R1', 0, 1), ('R2', 0, 1), ('R3_7', 0, -1), ('R4', 0, -1))),)
    """
    keys = rows.row_keys if isinstance(rows, Layout) else tuple(rows)
    present = set(keys)
    if SINGLE_OTHER_ROW in present and not present.isdisjoint(_SUB_ITEMS):
        raise ValueError(
            "rows of both layouts: （六）其他处理 as one row (R3_6) and its sub-items (R3_6_…)"
        )
    layout = Layout.for_keys(present)
    outcomes = [key for key in layout.outcome_keys if key in present]
    identities: list[Identity] = []
    if present.issuperset((_R1, _R2, _R3_7, _R4)):
        identities += [
            Identity(((_R1, c, 1), (_R2, c, 1), (_R3_7, c, -1), (_R4, c, -1)))
            for c in range(columns)
        ]
    if _R3_7 in present and outcomes:
        identities += [
            Identity((*((key, c, 1) for key in outcomes), (_R3_7, c, -1))) for c in range(columns)
        ]
    return tuple(identities)


def table_four_identities(rows: Sequence[str] = ("T4",)) -> tuple[Identity, ...]:
    """T4-1..3: each group's 总计 is the sum of its four outcomes.

    One key: a 15-cell row (solve it with ``row_identity_total=False``, since
    its last cell is not the sum of the other 14).  Three keys: three 5-cell
    rows (RV, LD, LR).

    >>> table_four_identities(["RV", "LD", "LR"])[0]
    Identity(terms=(('RV', 0, 1), ('RV', 1, 1), ('RV', 2, 1), ('RV', 3, 1), ('RV', 4, -1)))
    >>> len(table_four_identities())
    3
    """
    if len(rows) == 1:
        places = [(rows[0], 5 * g) for g in range(3)]
    elif len(rows) == 3:
        places = [(key, 0) for key in rows]
    else:
        raise ValueError(f"table 四 is one 15-cell row or three 5-cell rows, got {len(rows)} keys")
    return tuple(
        Identity((*((key, base + i, 1) for i in range(4)), (key, base + 4, -1)))
        for key, base in places
    )


# --- solving a table ------------------------------------------------------------


@functools.lru_cache(maxsize=2048)
def _row_cuts(
    text: str, width: int, signed: frozenset[int], unary: _Unary | None
) -> tuple[Cut, ...]:
    """The cuts of one row that satisfy its own identities (cached: rows repeat).

    *unary* None stands for the row total alone, the usual case: a short
    cache key, since a tuple's hash is not cached.
    """
    if unary is None:
        unary = (_total_identity(width),)
    cuts = _enumerate(text, width, signed, None, unary, DEFAULT_LIMIT, _ROW_STEPS)
    # A cell beyond what the model holds (2**64 - 1) is no reading of a printed row.
    return tuple(cut for cut in cuts if max(map(abs, cut), default=0) <= _MAX_CELL)


_MAX_CELL: Final = 2**64 - 1


@functools.lru_cache(maxsize=64)
def _total_identity(width: int) -> tuple[tuple[int, int], ...]:
    """T3-C for a row of *width* cells: the last cell is the sum of the others."""
    return (*((c, 1) for c in range(width - 1)), (width - 1, -1))


# Picks some cells out of the flat vector of all rows' cells, in C.
_Gather: TypeAlias = Callable[[list[int]], tuple[int, ...]]


def _gather(places: Sequence[int]) -> _Gather:
    """A function taking the cells at *places* from a flat vector (an itemgetter).

    >>> _gather([2, 0])([5, 6, 7]), _gather([1])([5, 6, 7])
    ((7, 5), (6,))
    """
    if len(places) == 1:
        place = places[0]

        def one(flat: list[int]) -> tuple[int, ...]:
            # An itemgetter of one place gives the item itself, not a 1-tuple.
            return (flat[place],)

        return one
    return cast(_Gather, operator.itemgetter(*places))


@attrs.frozen
class _Plan:
    """The identities of one call, compiled against the rows' keys and widths.

    Most identities between rows are *column families* like T3-A and T3-B:
    the same rows, added or subtracted, in one column after another; their
    constants are column sums of whole rows, computed in C.  Any other
    identity gathers its cells from all rows' cells laid end to end.
    """

    own: Mapping[str, _Unary]  # each row's own identities
    notes: tuple[str, ...]  # identities left out, and why
    count: int  # identities between rows
    # (rows added, rows subtracted, (identity, column) for each column of the family)
    families: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[int, int], ...]], ...]
    # (identity, per coefficient: a gatherer of its cells' places)
    others: tuple[tuple[int, tuple[tuple[int, _Gather], ...]], ...]
    by_key: Mapping[str, tuple[tuple[int, int, int], ...]]  # key: (identity, column, coefficient)


@functools.lru_cache(maxsize=64)
def _plan(
    identities: tuple[Identity, ...], shape: tuple[tuple[str, int], ...], skip: frozenset[str]
) -> _Plan:
    """Compile *identities* for rows of *shape* (key, width), leaving out rows *skip*.

    Cached: a reader passes the same identities and rows for every report.
    """
    widths = dict(shape)
    offsets: dict[str, int] = {}
    place = 0
    for key, width in shape:
        offsets[key] = place
        place += width
    own: dict[str, set[tuple[tuple[int, int], ...]]] = {}
    notes: list[str] = []
    families: dict[tuple[tuple[str, ...], tuple[str, ...]], list[tuple[int, int]]] = {}
    others: list[tuple[int, tuple[tuple[int, _Gather], ...]]] = []
    by_key: dict[str, list[tuple[int, int, int]]] = {}
    count = skipped = 0
    for number, identity in enumerate(identities):
        merged: dict[tuple[str, int], int] = {}
        for key, column, coefficient in identity.terms:
            merged[key, column] = merged.get((key, column), 0) + coefficient
        terms = [(key, column, k) for (key, column), k in merged.items() if k]
        names = sorted({key for key, _, _ in terms})
        missing = [key for key in names if key not in widths]
        if missing:
            notes.append(f"identity {number} needs rows not given ({', '.join(missing)}): skipped")
            continue
        for key, column, _ in terms:
            if not 0 <= column < widths[key]:
                raise ValueError(f"identity {number} names column {column} of row {key!r}")
        if len(names) == 1:
            own.setdefault(names[0], set()).add(tuple(sorted((c, k) for _, c, k in terms)))
            continue
        if not skip.isdisjoint(names):
            skipped += 1
            continue
        if not names:
            continue
        q, count = count, count + 1
        for key, column, k in terms:
            by_key.setdefault(key, []).append((q, column, k))
        columns = {column for _, column, _ in terms}
        if len(columns) == 1 and len(terms) == len(names) and all(abs(k) == 1 for *_, k in terms):
            added = tuple(sorted(key for key, _, k in terms if k == 1))
            subtracted = tuple(sorted(key for key, _, k in terms if k == -1))
            families.setdefault((added, subtracted), []).append((q, columns.pop()))
            continue
        places: dict[int, list[int]] = {}
        for key, column, k in terms:
            places.setdefault(k, []).append(offsets[key] + column)
        others.append((q, tuple((k, _gather(p)) for k, p in sorted(places.items()))))
    if skipped:
        notes.append(f"{skipped} identities over rows that could not be read were skipped")
    return _Plan(
        {key: tuple(sorted(found)) for key, found in own.items()},
        tuple(notes),
        count,
        tuple((added, subtracted, tuple(qs)) for (added, subtracted), qs in families.items()),
        tuple(others),
        {key: tuple(found) for key, found in by_key.items()},
    )


def _constants(plan: _Plan, shape: Sequence[tuple[str, int]], rows: Mapping[str, Cut]) -> list[int]:
    """Each identity's value over *rows* (one cut per row, zeros for undecided rows)."""
    constants = [0] * plan.count
    for added, subtracted, places in plan.families:
        # Column sums of whole rows (zip stops at the narrowest row, which holds
        # every column the family uses).
        plus = list(map(sum, zip(*map(rows.__getitem__, added), strict=False))) if added else []
        minus = list(map(sum, zip(*map(rows.__getitem__, subtracted), strict=False)))
        for q, column in places:
            constants[q] = (plus[column] if added else 0) - (minus[column] if subtracted else 0)
    if plan.others:
        flat = list(itertools.chain.from_iterable(rows[key] for key, _ in shape))
        for q, groups in plan.others:
            constants[q] = sum(k * sum(gather(flat)) for k, gather in groups)
    return constants


class _TooBig(Exception):
    """Internal: the dynamic programme would hold too many partial sums."""


class _Joint:
    """The rows with several cuts, the identities between them, and a budgeted search.

    Each identity is kept as a constant (from the rows already decided) plus,
    per undecided row, the contribution of each of its candidate cuts.  Bounds
    propagation narrows the candidates cheaply; then a dynamic programme over
    partial sums finds exactly the candidates some joint solution uses, and if
    it grows too big, a depth-first search (fewest candidates first) does,
    within the budget.  *budget* counts units of work: candidates scanned,
    partial sums added.
    """

    __slots__ = ("budget", "by_var", "identities", "size", "spent")

    def __init__(
        self,
        size: int,
        identities: list[tuple[int, list[tuple[int, tuple[int, ...]]]]],
        budget: int,
    ) -> None:
        self.size = size
        self.identities = identities
        self.by_var: list[list[int]] = [[] for _ in range(size)]
        for q, (_, terms) in enumerate(identities):
            for var, _ in terms:
                self.by_var[var].append(q)
        self.budget = budget
        self.spent = 0

    def propagate(self, domains: list[tuple[int, ...]], queue: Iterable[int]) -> bool:
        """Narrow *domains* in place; False when some identity cannot hold."""
        pending = list(queue)
        waiting = set(pending)
        while pending:
            q = pending.pop()
            waiting.discard(q)
            low = high = self.identities[q][0]
            terms = self.identities[q][1]
            ranges: list[tuple[int, int]] = []
            for var, contribution in terms:
                domain = domains[var]
                if len(domain) == 1:
                    x = contribution[domain[0]]
                    ranges.append((x, x))
                    low += x
                    high += x
                else:
                    self.spent += len(domain)
                    xs = [contribution[c] for c in domain]
                    ranges.append((min(xs), max(xs)))
                    low += ranges[-1][0]
                    high += ranges[-1][1]
            if low > 0 or high < 0:
                return False
            if low == high:
                continue
            for (var, contribution), (least, most) in zip(terms, ranges, strict=True):
                # The others add up to between low - least and high - most.
                floor, ceiling = most - high, least - low
                if floor <= least and most <= ceiling:
                    continue
                narrowed = tuple(c for c in domains[var] if floor <= contribution[c] <= ceiling)
                if not narrowed:
                    return False
                domains[var] = narrowed
                for other in self.by_var[var]:
                    if other not in waiting:
                        waiting.add(other)
                        pending.append(other)
        return True

    def dynamic(self, domains: list[tuple[int, ...]], limit: int) -> list[tuple[int, ...]] | None:
        """Exactly the candidates some joint solution uses; None if there is no solution.

        Each candidate's contributions to all identities are packed into one
        integer (a field of *shift* bits per identity, wide enough that no
        partial sum overflows into the next), so adding vectors is adding
        integers and equal partial sums merge.  Meet in the middle: the sets
        of partial sums of the first rows and of the last rows meet where they
        add up to the target; walking back out from there keeps the candidates
        that lead to it.  Raises _TooBig past *limit* additions.
        """
        widest = [abs(constant) for constant, _ in self.identities]
        for q, (_, terms) in enumerate(self.identities):
            for var, contribution in terms:
                widest[q] += max(abs(contribution[c]) for c in domains[var])
        shift = max(widest, default=0).bit_length() + 2
        packed: list[dict[int, int]] = [dict.fromkeys(domain, 0) for domain in domains]
        for q, (_, terms) in enumerate(self.identities):
            for var, contribution in terms:
                codes = packed[var]
                for c in codes:
                    codes[c] += contribution[c] << (shift * q)
        target = sum(-constant << (shift * q) for q, (constant, _) in enumerate(self.identities))
        steps = [set(codes.values()) for codes in packed]
        order = sorted(range(self.size), key=lambda var: len(steps[var]))
        # Split where the two halves have about as many combinations each.
        weights = [math.log(len(steps[var])) for var in order]
        half, middle_weight = 0, sum(weights) / 2
        while half < len(order) and weights[half] <= middle_weight:
            middle_weight -= weights[half]
            half += 1
        left, right = order[:half], order[half:][::-1]

        def grow(rows: list[int]) -> list[set[int]]:
            nonlocal limit
            layers = [{0}]
            for var in rows:
                limit -= len(layers[-1]) * len(steps[var])
                self.spent += len(layers[-1]) * len(steps[var])
                if limit < 0:
                    raise _TooBig
                layers.append({partial + step for partial in layers[-1] for step in steps[var]})
            return layers

        def narrow(rows: list[int], layers: list[set[int]], reaching: set[int]) -> None:
            # From the meeting point outwards: the partial sums that still lead to it.
            for var, partials in zip(reversed(rows), reversed(layers[:-1]), strict=True):
                useful: set[int] = set()
                before: set[int] = set()
                for partial in partials:
                    for step in steps[var]:
                        if partial + step in reaching:
                            before.add(partial)
                            useful.add(step)
                reaching = before
                found[var] = tuple(c for c in domains[var] if packed[var][c] in useful)

        forward, backward = grow(left), grow(right)
        meeting = {partial for partial in forward[-1] if target - partial in backward[-1]}
        if not meeting:
            return None
        found = list(domains)
        narrow(left, forward, meeting)
        narrow(right, backward, {target - partial for partial in meeting})
        return found

    def find(self, domains: list[tuple[int, ...]]) -> list[int] | None:
        """One joint solution within *domains* (already propagated), or None."""
        self.spent += self.size
        if self.spent > self.budget:
            raise _Exhausted
        best, fewest = -1, 2**62
        for var, domain in enumerate(domains):
            if 1 < len(domain) < fewest:
                best, fewest = var, len(domain)
        if best < 0:
            return [domain[0] for domain in domains]
        for candidate in domains[best]:
            trial = list(domains)
            trial[best] = (candidate,)
            if self.propagate(trial, self.by_var[best]):
                solution = self.find(trial)
                if solution is not None:
                    return solution
        return None

    def supports(self, domains: list[tuple[int, ...]]) -> tuple[list[tuple[int, ...]], bool] | None:
        """The candidates of each row used by some joint solution.

        Returns None when no joint solution exists, else the candidates and
        whether they are exact (False when the budget ran out: the candidates
        left may then include some no solution uses, never miss one).
        Raises _Exhausted if the budget runs out before a first solution.
        """
        if not self.propagate(domains, range(len(self.identities))):
            return None
        if all(len(domain) == 1 for domain in domains):
            return domains, True  # bounds propagation decided every row: a solution
        try:
            exact = self.dynamic(domains, self.budget // 2)
        except _TooBig:
            return self.search(domains)  # too many distinct partial sums: search instead
        return None if exact is None else (exact, True)

    def search(self, domains: list[tuple[int, ...]]) -> tuple[list[tuple[int, ...]], bool] | None:
        """:meth:`supports` by depth-first search, for *domains* already propagated.

        Each candidate not yet seen in a solution is tried: either a solution
        uses it (and all the candidates that solution uses are seen), or none
        does and it is dropped.
        """
        first = self.find(domains)
        if first is None:
            return None
        used = [{c} for c in first]
        try:
            for var in range(self.size):
                for candidate in domains[var]:
                    if candidate in used[var] or candidate not in domains[var]:
                        continue
                    trial = list(domains)
                    trial[var] = (candidate,)
                    solution = self.find(trial) if self.propagate(trial, self.by_var[var]) else None
                    if solution is None:
                        domains[var] = tuple(c for c in domains[var] if c != candidate)
                        self.propagate(domains, self.by_var[var])
                    else:
                        for other, c in enumerate(solution):
                            used[other].add(c)
        except _Exhausted:
            return domains, False
        return domains, True


def _joint(
    plan: _Plan,
    shape: Sequence[tuple[str, int]],
    cuts: Mapping[str, Sequence[Cut]],
    budget: int,
) -> tuple[dict[str, tuple[Cut, ...]], bool] | None:
    """The narrowed candidates of the rows that have several; None if no joint solution.

    The flag says whether the candidates are exact (see _Joint.supports).
    Raises _Exhausted when the budget runs out before any solution is found.
    """
    rows: dict[str, Cut] = {}
    undecided: list[str] = []
    for key, width in shape:
        found = cuts[key]
        if len(found) == 1:
            rows[key] = found[0]
        else:
            rows[key] = (0,) * width  # its cells enter each identity below, cut by cut
            if found:
                undecided.append(key)
    constants = _constants(plan, shape, rows)
    if not undecided:
        return None if any(constants) else ({}, True)
    open_terms: list[list[tuple[str, tuple[int, ...]]]] = [[] for _ in constants]
    for key in undecided:
        found = cuts[key]
        contributions: dict[int, list[int]] = {}
        for q, column, k in plan.by_key.get(key, ()):
            total = contributions.setdefault(q, [0] * len(found))
            for i, cut in enumerate(found):
                total[i] += k * cut[column]
        for q, total in contributions.items():
            if min(total) == max(total):
                constants[q] += total[0]  # the same whatever the cut
            else:
                open_terms[q].append((key, tuple(total)))
    compiled_by_key: list[tuple[int, list[tuple[str, tuple[int, ...]]]]] = []
    for constant, terms in zip(constants, open_terms, strict=True):
        if terms:
            compiled_by_key.append((constant, terms))
        elif constant:
            return None
    # Only rows some identity still constrains are searched; any cut of the others will do.
    variables = list(dict.fromkeys(key for _, terms in compiled_by_key for key, _ in terms))
    index = {key: i for i, key in enumerate(variables)}
    compiled = [
        (constant, [(index[key], c) for key, c in terms]) for constant, terms in compiled_by_key
    ]
    search = _Joint(len(variables), compiled, budget)
    result = search.supports([tuple(range(len(cuts[key]))) for key in variables])
    if result is None:
        return None
    domains, exact = result
    narrowed = {
        key: tuple(cuts[key][c] for c in domain)
        for key, domain in zip(variables, domains, strict=True)
    }
    return narrowed, exact


def _solution(
    keys: Sequence[str],
    cuts: Mapping[str, Sequence[Cut]],
    narrowed: Mapping[str, Sequence[Cut]],
    consistent: bool,
    notes: Sequence[str],
) -> Solution:
    """The solution from each row's cuts, as *narrowed* by the identities between rows."""
    cells: dict[str, Cut] = {}
    ambiguous: dict[str, tuple[Cut, ...]] = {}
    unsolvable: list[str] = []
    for key in keys:
        found = narrowed.get(key) or cuts[key]
        if not found:
            unsolvable.append(key)
        elif len(found) == 1:
            cells[key] = found[0]
        else:
            ambiguous[key] = tuple(sorted(found))
    return Solution(cells, ambiguous, tuple(unsolvable), consistent, tuple(notes))


def solve(
    rows: Sequence[GluedRow],
    identities: Sequence[Identity],
    *,
    row_identity_total: bool = True,
    previous: Mapping[tuple[str, int], int] | None = None,
    budget: int = DEFAULT_BUDGET,
) -> Solution:
    """Cut every row so that all *identities* hold jointly; decide only what is certain.

    A row is decided when every joint solution cuts it the same way;
    otherwise it is ambiguous with every cut some joint solution uses.  With
    *row_identity_total*, each row of 2 or more cells must have its last cell
    equal to the sum of the others (T3-C); identities over a single row are
    the row's own and filter its cuts first.  *previous* fixes known cells
    (such as this year's R2 = last year's R4); it is ignored, with a note, if
    no joint solution agrees with it.  A row no cut of which satisfies its
    own identities is unsolvable, and the identities over it are left out.
    When no joint solution exists, each row is read by its own identities
    alone and ``consistent`` is False.  *budget* bounds the work on the
    identities between rows (see :data:`DEFAULT_BUDGET`): past it, the
    candidates left are kept (a superset of the exact ones: never a wrong
    decision) and a note says so.  Raises ``ValueError`` for repeated keys, a
    column a row lacks, or a character other than digits, ``-`` and spaces.

    >>> rows = [GluedRow("R1", "270020130", 7)]
    >>> solve(rows, []).ambiguous["R1"]
    ((2, 7, 0, 0, 20, 1, 30), (27, 0, 0, 2, 0, 1, 30))
    >>> solve(rows, [], previous={("R1", 0): 27}).cells["R1"]
    (27, 0, 0, 2, 0, 1, 30)
    """
    keys = [row.key for row in rows]
    if len(set(keys)) != len(keys):
        raise ValueError("row keys must be unique")
    shape = tuple((row.key, row.width) for row in rows)
    given = tuple(identities)
    plan = _plan(given, shape, frozenset())
    notes = list(plan.notes)

    # Each row's own cuts first: they are few, and most rows have one.
    cuts: dict[str, tuple[Cut, ...]] = {}
    unsolvable: list[str] = []
    own = plan.own
    for row in rows:
        checks: _Unary | None = own.get(row.key)
        if row_identity_total and row.width >= 2:
            # None: the row total alone, the usual case (see _row_cuts).
            checks = tuple(sorted({*checks, _total_identity(row.width)})) if checks else None
        elif checks is None:
            checks = ()
        try:
            found = _row_cuts(row.text, row.width, row.signed_columns, checks)
        except _Overflow:
            notes.append(f"row {row.key}: too many cuts to try; not read")
            found = ()
        else:
            if not found:
                notes.append(f"row {row.key}: no cut of {row.text!r} satisfies its own identities")
        if not found:
            unsolvable.append(row.key)
        cuts[row.key] = found
    if unsolvable:
        # Identities over a row that could not be read cannot be checked: leave them out.
        known = len(plan.notes)
        plan = _plan(given, shape, frozenset(unsolvable))
        notes += plan.notes[known:]

    if previous:
        narrowed, problem = _apply_previous(cuts, shape, previous, notes)
        if problem is None:
            solution, exhausted = _attempt(plan, shape, narrowed, unsolvable, budget, notes)
            if solution is not None:
                return solution
            problem = (
                "the previous year's values: no joint solution agreeing with them was found "
                "within the search budget; ignored"
                if exhausted
                else "the previous year's values agree with no joint solution: ignored"
            )
        notes.append(problem)
    solution, exhausted = _attempt(plan, shape, cuts, unsolvable, budget, notes)
    if solution is not None:
        return solution
    # Read as published: each row by its own identities, never "corrected" to add up.
    reason = (
        "search budget exhausted before a joint solution was found"
        if exhausted
        else ("no joint solution")
    )
    notes.append(f"{reason}: each row is read by its own identities alone")
    return _solution(keys, cuts, {}, False, notes)


def _attempt(
    plan: _Plan,
    shape: Sequence[tuple[str, int]],
    cuts: Mapping[str, tuple[Cut, ...]],
    unsolvable: Sequence[str],
    budget: int,
    notes: list[str],
) -> tuple[Solution | None, bool]:
    """One joint search: its solution (None if none found), and whether the budget ran out.

    The flag is True only when the budget ran out before a first joint solution.
    """
    try:
        result = _joint(plan, shape, cuts, budget)
    except _Exhausted:
        return None, True
    if result is None:
        return None, False
    narrowed, exact = result
    if not exact:
        notes.append("search budget exhausted: some candidates may be used by no joint solution")
    keys = [key for key, _ in shape]
    return _solution(keys, cuts, narrowed, not unsolvable, notes), False


def _apply_previous(
    cuts: Mapping[str, tuple[Cut, ...]],
    shape: Sequence[tuple[str, int]],
    previous: Mapping[tuple[str, int], int],
    notes: list[str],
) -> tuple[dict[str, tuple[Cut, ...]], str | None]:
    """The cuts that agree with the known cells, or a reason they cannot be used."""
    widths = dict(shape)
    known: dict[str, list[tuple[int, int]]] = {}
    for (key, column), value in sorted(previous.items()):
        if key not in widths or not 0 <= column < widths[key]:
            notes.append(f"previous value for {key}[{column}] names no cell: ignored")
            continue
        known.setdefault(key, []).append((column, value))
    narrowed = dict(cuts)
    for key, cells in known.items():
        if not cuts.get(key):
            continue
        kept = tuple(cut for cut in cuts[key] if all(cut[c] == v for c, v in cells))
        if not kept:
            return (
                narrowed,
                f"the previous year's values contradict every cut of row {key}; ignored",
            )
        narrowed[key] = kept
    return narrowed, None
