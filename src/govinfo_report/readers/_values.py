"""Reading one printed cell: a count, an amount, blank, or a mark.

>>> read_count("1,234"), read_count("１２"), read_count(""), read_count("/")
(1234, 12, None, <Mark.SLASH: '/'>)
>>> read_amount("251000元"), read_amount("24252.311082")
(Decimal('251000'), Decimal('24252.311082'))
>>> read_signed("-8"), read_signed("+1036"), read_money("251000元")
(-8, 1036, (Decimal('251000'), '元'))
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

from govinfo_report.errors import NumeralError
from govinfo_report.model import MAX_COUNT, MIN_SIGNED, Amount, Count, Mark
from govinfo_report.numerals import parse_chinese

__all__ = ["MAX_DIGITS", "BadValue", "read_amount", "read_count", "read_money", "read_signed"]

#: More digits than any count printed in a report: a longer run is no value.  (It would
#: also be slow to cut, and int() refuses more than 4300 digits.)
MAX_DIGITS: Final = 30

_MARKS: Final = {
    "/": Mark.SLASH,
    "／": Mark.SLASH,
    "-": Mark.DASH,
    "－": Mark.DASH,
    "—": Mark.EM_DASH,
    "——": Mark.EM_DASH,
    "–": Mark.DASH,
    "无": Mark.NONE,
}
_BLANK: Final = frozenset(("", "\u00a0", "\u3000"))
_UNIT: Final = re.compile(r"(?:件|个|项|条|元|万元)$")
_WIDTH: Final = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


class BadValue(ValueError):
    """A cell whose text is neither a number, blank nor a mark."""


def _bare(text: str) -> str:
    return text.strip().translate(_WIDTH)


def read_count(text: str) -> Count:
    """The count a cell prints: an int, ``None`` for blank, or a :class:`Mark`."""
    if text.isascii() and text.isdigit() and len(text) < 20:  # below 2**64
        return int(text)  # nearly every cell
    value = _bare(text)
    if value in _BLANK or not value.strip():
        return None
    mark = _MARKS.get(value)
    if mark is not None:
        return mark
    value = _UNIT.sub("", value)
    if value.isdecimal():  # not isdigit(): "²" is a digit that int() refuses
        if len(value) > MAX_DIGITS or int(value) > MAX_COUNT:
            raise BadValue(f"not a count: a number of {len(value)} digits")
        return int(value)
    try:
        return parse_chinese(value)
    except NumeralError:
        raise BadValue(f"not a count: {text!r}") from None


def read_amount(text: str) -> Amount:
    """The amount a cell prints (万元 in the 2021 edition), exactly."""
    value = _bare(text)
    if value in _BLANK or not value.strip():
        return None
    mark = _MARKS.get(value)
    if mark is not None:
        return mark
    value = _UNIT.sub("", value).replace(",", "")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise BadValue(f"not an amount: {text!r}") from None
    if not amount.is_finite() or amount < 0:
        raise BadValue(f"not an amount: {text!r}")
    return amount


_SIGNED: Final = re.compile(r"([+＋]|[-－−])?([0-9]+)")
_MONEY_UNIT: Final = re.compile(r"(亿元|万元|千元|元)$")


def read_signed(text: str) -> Count:
    """A signed count such as 2019's 本年增/减: ``-8``, ``+1036``, ``12``, blank or a mark.

    A lone ``-`` is the dash mark, not a sign.
    """
    value = _bare(text)
    if value in _BLANK or not value.strip():
        return None
    mark = _MARKS.get(value)
    if mark is not None:
        return mark
    match = _SIGNED.fullmatch(_UNIT.sub("", value).replace(",", ""))
    if match is None or len(match.group(2)) > MAX_DIGITS:
        raise BadValue(f"not a signed count: {text!r}")
    number = int(match.group(2))
    signed = -number if match.group(1) and match.group(1) not in "+＋" else number
    if not MIN_SIGNED <= signed <= MAX_COUNT:
        raise BadValue(f"not a signed count: {text[:40]!r} is out of range")
    return signed


def read_money(text: str) -> tuple[Amount, str | None]:
    """An amount and the unit printed with it (``251000元``), the unit ``None`` if none is."""
    value = _bare(text)
    found = _MONEY_UNIT.search(value)
    unit = found.group(1) if found else None
    return read_amount(value[: found.start()] if found else value), unit
