"""Babel-based formatting: counts, 万元 amounts (rounded half up), long dates, lists."""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable, Iterable
from decimal import Decimal

import babel
import pytest

from govinfo_report.errors import GovInfoReportError
from govinfo_report.formatting import (
    ROUNDING,
    FormattingError,
    format_amount,
    format_count,
    format_date,
    format_list,
)
from govinfo_report.i18n import InvalidLocaleError

# ---------------------------------------------------------------------------
# Counts

COUNTS: list[tuple[int, str, str]] = [
    (0, "zh_Hans", "0"),
    (7, "zh_CN", "7"),
    (999, "zh", "999"),
    (1000, "zh", "1,000"),
    (1234, "zh_CN", "1,234"),
    (1234, "zh_TW", "1,234"),
    (1234, "en", "1,234"),
    (1234567, "en_US", "1,234,567"),
    (1234567, "en_GB", "1,234,567"),
    (-1234, "zh", "-1,234"),
    (2**64 - 1, "zh", "18,446,744,073,709,551,615"),
    (1234567, "fr", "1,234,567"),  # no texts in French: the official zh_Hans
]


@pytest.mark.parametrize(("n", "locale", "expected"), COUNTS)
def test_format_count(n: int, locale: str, expected: str) -> None:
    assert format_count(n, locale) == expected


@pytest.mark.parametrize("value", [True, 1.0, Decimal(1), "1", None, 10**20])
def test_format_count_refuses(value: object) -> None:
    with pytest.raises(FormattingError) as info:
        format_count(value)  # type: ignore[arg-type]
    assert isinstance(info.value, GovInfoReportError)
    assert isinstance(info.value, ValueError)


# ---------------------------------------------------------------------------
# Amounts

AMOUNTS: list[tuple[Decimal | int, int, str]] = [
    (Decimal("0"), 2, "0.00"),
    (Decimal("0.04"), 2, "0.04"),
    (Decimal("1234.5"), 2, "1,234.50"),
    # Half up (四舍五入), never half to even.
    (Decimal("0.125"), 2, "0.13"),
    (Decimal("0.135"), 2, "0.14"),
    (Decimal("0.005"), 2, "0.01"),
    (Decimal("2.675"), 2, "2.68"),  # 2.67 via float(2.675)
    (Decimal("0.1249999"), 2, "0.12"),
    (Decimal("2.5"), 0, "3"),
    (Decimal("3.5"), 0, "4"),
    (Decimal("-0.125"), 2, "-0.13"),
    (Decimal("-0.001"), 2, "0.00"),  # no negative zero
    (Decimal("-0"), 2, "0.00"),
    (Decimal("0.00005"), 4, "0.0001"),
    (Decimal("12345.6789"), 4, "12,345.6789"),
    (Decimal("1E+3"), 2, "1,000.00"),
    (Decimal("12345678901234567890.125"), 2, "12,345,678,901,234,567,890.13"),
    (Decimal("99999999999999999999.995"), 2, "100,000,000,000,000,000,000.00"),
    (7, 2, "7.00"),
    (1234, 0, "1,234"),
]


@pytest.mark.parametrize(("amount", "places", "expected"), AMOUNTS)
def test_format_amount(amount: Decimal | int, places: int, expected: str) -> None:
    assert format_amount(amount, places=places) == expected
    assert format_amount(amount, "en_GB", places=places) == expected
    assert format_amount(amount, "zh_Hant", places=places) == expected


def test_default_places_is_two() -> None:
    assert format_amount(Decimal("400")) == "400.00"


def test_rounding_ignores_the_ambient_decimal_context() -> None:
    assert ROUNDING == decimal.ROUND_HALF_UP
    with decimal.localcontext() as context:
        context.rounding = decimal.ROUND_DOWN
        context.prec = 3
        context.traps[decimal.Inexact] = True
        assert format_amount(Decimal("12345.125")) == "12,345.13"
        assert format_count(1234567) == "1,234,567"


@pytest.mark.parametrize(
    ("value", "places", "message"),
    [
        (0.1, 2, "not float"),
        ("0.1", 2, "not str"),
        (True, 2, "not bool"),
        (None, 2, "not NoneType"),
        (Decimal("NaN"), 2, "finite"),
        (Decimal("Infinity"), 2, "finite"),
        (Decimal("-Infinity"), 2, "finite"),
        (Decimal("1E+20"), 2, "at most 20 digits"),
        (Decimal("1E+999999"), 2, "at most 20 digits"),
        (Decimal(1), -1, "places"),
        (Decimal(1), 11, "places"),
        (Decimal(1), True, "places"),
        (Decimal(1), 2.0, "places"),
    ],
)
def test_format_amount_refuses(value: object, places: object, message: str) -> None:
    with pytest.raises(FormattingError, match=message):
        format_amount(value, places=places)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Dates

DAY = datetime.date(2022, 1, 20)

DATES: list[tuple[str | babel.Locale, str]] = [
    ("zh_Hans", "2022年1月20日"),
    ("zh_CN", "2022年1月20日"),
    ("zh", "2022年1月20日"),
    ("zh_TW", "2022年1月20日"),
    ("zh_HK", "2022年1月20日"),
    ("en", "January 20, 2022"),
    ("en_US", "January 20, 2022"),
    ("en-US", "January 20, 2022"),
    ("en_GB", "20 January 2022"),
    (babel.Locale("en", "GB"), "20 January 2022"),
    ("fr_FR", "2022年1月20日"),
    ("xx", "2022年1月20日"),
]


@pytest.mark.parametrize(("locale", "expected"), DATES)
def test_format_date(locale: str | babel.Locale, expected: str) -> None:
    assert format_date(DAY, locale) == expected


def test_format_date_of_a_datetime_is_its_date() -> None:
    moment = datetime.datetime(2022, 1, 31, 23, 59, tzinfo=datetime.UTC)
    assert format_date(moment) == "2022年1月31日"
    assert format_date(moment, "en") == "January 31, 2022"


@pytest.mark.parametrize("value", ["2022-01-20", 20220120, None])
def test_format_date_refuses(value: object) -> None:
    with pytest.raises(FormattingError):
        format_date(value)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Lists

OUTCOMES = ["予以公开", "部分公开", "不予公开"]

LISTS: list[tuple[Iterable[str], str, str]] = [
    (OUTCOMES, "zh_Hans", "予以公开、部分公开和不予公开"),
    (OUTCOMES, "zh_CN", "予以公开、部分公开和不予公开"),
    (["予以公開", "部分公開", "不予公開"], "zh_TW", "予以公開、部分公開和不予公開"),
    (["予以公開", "部分公開", "不予公開"], "zh_HK", "予以公開、部分公開及不予公開"),
    (["行政许可", "行政处罚"], "zh", "行政许可和行政处罚"),
    (["规章"], "zh", "规章"),
    ([], "zh", ""),
    (iter(OUTCOMES), "zh", "予以公开、部分公开和不予公开"),
    (["granted", "partly granted", "withheld"], "en", "granted, partly granted, and withheld"),
    (["granted", "partly granted", "withheld"], "en_GB", "granted, partly granted and withheld"),
    (["granted", "withheld"], "en", "granted and withheld"),
    (OUTCOMES, "de", "予以公开、部分公开和不予公开"),
]


@pytest.mark.parametrize(("items", "locale", "expected"), LISTS)
def test_format_list(items: Iterable[str], locale: str, expected: str) -> None:
    assert format_list(items, locale) == expected


@pytest.mark.parametrize("items", ["予以公开", [1, 2], ["a", None]])
def test_format_list_refuses(items: object) -> None:
    with pytest.raises(FormattingError):
        format_list(items)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Every function negotiates locales the same way


@pytest.mark.parametrize("locale", ["", "zh-", "zh_CN_", "中文", 1, None])
def test_bad_locales_raise(locale: object) -> None:
    calls: list[Callable[[], str]] = [
        lambda: format_count(1, locale),  # type: ignore[arg-type]
        lambda: format_amount(Decimal(1), locale),  # type: ignore[arg-type]
        lambda: format_date(DAY, locale),  # type: ignore[arg-type]
        lambda: format_list(["a"], locale),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises(InvalidLocaleError):
            call()
