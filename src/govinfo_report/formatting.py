"""Counts, 万元 amounts, dates and lists written for a locale, with babel and CLDR.

Every function takes the locales of the label catalogue and negotiates them
the same way (:func:`~govinfo_report.labels.label_locale`): Chinese in
traditional script, English, and otherwise simplified Chinese.  Within Chinese
and English the locale's own conventions are kept, so ``en_GB`` writes
``20 January 2022`` and ``zh_HK`` joins lists with ``及``.

>>> format_count(1234), format_amount(Decimal("1234.5"), "en")
('1,234', '1,234.50')
>>> format_date(datetime.date(2022, 1, 20)), format_date(datetime.date(2022, 1, 20), "en")
('2022年1月20日', 'January 20, 2022')
>>> format_list(["予以公开", "部分公开", "不予公开"])
'予以公开、部分公开和不予公开'
"""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

import babel
import babel.dates
import babel.lists
import babel.numbers

from .errors import GovInfoReportError
from .i18n import LocaleLike, parse_locale
from .labels import label_locale

__all__ = [
    "ROUNDING",
    "FormattingError",
    "format_amount",
    "format_count",
    "format_date",
    "format_list",
]

#: How :func:`format_amount` rounds: 四舍五入, half away from zero, as Chinese
#: accounts and statistical reports round money (GB/T 8170's 四舍六入五成双,
#: half to even, is for measured values, and is babel's default).
ROUNDING: Final = decimal.ROUND_HALF_UP
#: Digits before the decimal point that a count or amount may have: every
#: count the model holds (< 2**64) fits.
_MAX_DIGITS: Final = 20
_MAX_PLACES: Final = 10


class FormattingError(GovInfoReportError, ValueError):
    """A value that cannot be formatted as asked: wrong type, not finite, too large.

    >>> format_amount(0.1)
    Traceback (most recent call last):
    ...
    govinfo_report.formatting.FormattingError: an amount must be a Decimal or int, not float 0.1
    """

    code = "format.invalid"


def _locale(locale: LocaleLike) -> babel.Locale:
    """The babel Locale to format for *locale*: its own if it is served, else the fallback's."""
    key = label_locale(locale)
    try:
        own = parse_locale(locale)
    except babel.UnknownLocaleError:
        own = None
    served = parse_locale(key)
    if own is not None and own.language == served.language and label_locale(own) == key:
        return own
    return served


def _context(digits: int) -> decimal.Context:
    """A context exact for *digits* significant digits, rounding by :data:`ROUNDING`."""
    return decimal.Context(prec=max(28, digits + 2), rounding=ROUNDING)


def format_count(n: int, locale: LocaleLike = "zh_Hans") -> str:
    """Write the count *n* with the locale's digit grouping.

    >>> format_count(1234567), format_count(1234567, "en_US"), format_count(0, "zh_TW")
    ('1,234,567', '1,234,567', '0')
    """
    if n.__class__ is not int:
        raise FormattingError(f"a count must be an int, not {type(n).__name__} {n!r}")
    if len(str(abs(n))) > _MAX_DIGITS:
        raise FormattingError(f"a count has at most {_MAX_DIGITS} digits, not {n}")
    with decimal.localcontext(_context(_MAX_DIGITS)):
        return babel.numbers.format_decimal(n, locale=_locale(locale))


def format_amount(amount: Decimal | int, locale: LocaleLike = "zh_Hans", *, places: int = 2) -> str:
    """Write an amount (of 万元) with *places* decimals, rounded half up (四舍五入).

    The amount must be exact, a :class:`~decimal.Decimal` or an ``int``: a float
    has already lost the amount a report printed.  Rounding is :data:`ROUNDING`
    (half away from zero), never babel's default half-to-even; ``-0.00`` is
    written ``0.00``.  The unit is not appended: it is in the column label.

    >>> format_amount(Decimal("0.125")), format_amount(Decimal("0.135"))
    ('0.13', '0.14')
    >>> format_amount(Decimal("12345.6789"), "zh_Hant", places=4)
    '12,345.6789'
    >>> format_amount(3, places=0), format_amount(Decimal("-0.001"))
    ('3', '0.00')
    """
    if amount.__class__ is int:
        amount = Decimal(amount)
    if not isinstance(amount, Decimal):
        raise FormattingError(
            f"an amount must be a Decimal or int, not {type(amount).__name__} {amount!r}"
        )
    if not amount.is_finite():
        raise FormattingError(f"an amount must be a finite number, not {amount}")
    if places.__class__ is not int or not 0 <= places <= _MAX_PLACES:
        raise FormattingError(f"places must be an int from 0 to {_MAX_PLACES}, not {places!r}")
    if amount.adjusted() >= _MAX_DIGITS:
        raise FormattingError(f"an amount has at most {_MAX_DIGITS} digits before the point")
    context = _context(_MAX_DIGITS + places)
    rounded = amount.quantize(Decimal(1).scaleb(-places), context=context)
    if rounded.is_zero():
        rounded = rounded.copy_abs()
    pattern = "#,##0" + ("." + "0" * places if places else "")
    with decimal.localcontext(context):
        return babel.numbers.format_decimal(rounded, format=pattern, locale=_locale(locale))


def format_date(date: datetime.date, locale: LocaleLike = "zh_Hans") -> str:
    """Write *date* in the locale's long form; a datetime is written as its date.

    >>> deadline = datetime.date(2022, 3, 31)
    >>> format_date(deadline, "zh_HK"), format_date(deadline, "en_GB")
    ('2022年3月31日', '31 March 2022')
    """
    if not isinstance(date, datetime.date):
        raise FormattingError(f"a date must be a datetime.date, not {type(date).__name__} {date!r}")
    if isinstance(date, datetime.datetime):
        date = date.date()
    return babel.dates.format_date(date, format="long", locale=_locale(locale))


def format_list(items: Iterable[str], locale: LocaleLike = "zh_Hans") -> str:
    """Join *items* as the locale writes a list of things ("A, B and C").

    Chinese puts ``、`` between items and ``和`` (``及`` in Hong Kong) before the last.

    >>> format_list(["予以公开", "部分公开"]), format_list(["a", "b", "c"], "en")
    ('予以公开和部分公开', 'a, b, and c')
    >>> format_list(["行政许可"]), format_list([])
    ('行政许可', '')
    """
    if isinstance(items, str):
        raise FormattingError(f"format_list needs an iterable of str, not the str {items!r}")
    values = list(items)
    for value in values:
        if not isinstance(value, str):
            raise FormattingError(f"list items must be str, not {type(value).__name__} {value!r}")
    return babel.lists.format_list(values, style="standard", locale=_locale(locale))
