"""Chinese numerals and heading markers: known answers, round trips, bad input."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report import numerals
from govinfo_report.errors import GovInfoReportError, NumeralError
from govinfo_report.numerals import (
    NumeralStyle,
    format_chinese,
    format_marker,
    parse_chinese,
    parse_marker,
)

STYLES: tuple[NumeralStyle, ...] = ("ordinary", "financial", "traditional", "digits")
LIMIT = 10**16

# ---------------------------------------------------------------------------
# Known answers, checked by hand against the CLDR zh rules and usage.

FORMATS: list[tuple[int, NumeralStyle, str]] = [
    (0, "ordinary", "零"),
    (1, "ordinary", "一"),
    (10, "ordinary", "十"),
    (11, "ordinary", "十一"),
    (15, "ordinary", "十五"),
    (20, "ordinary", "二十"),
    (100, "ordinary", "一百"),
    (101, "ordinary", "一百零一"),
    (110, "ordinary", "一百一十"),
    (115, "ordinary", "一百一十五"),
    (1000, "ordinary", "一千"),
    (1001, "ordinary", "一千零一"),
    (1010, "ordinary", "一千零一十"),
    (1011, "ordinary", "一千零一十一"),
    (1100, "ordinary", "一千一百"),
    (2021, "ordinary", "二千零二十一"),
    (10000, "ordinary", "一万"),
    (10001, "ordinary", "一万零一"),
    (10010, "ordinary", "一万零一十"),
    (11000, "ordinary", "一万一千"),
    (20500, "ordinary", "二万零五百"),
    (100000, "ordinary", "十万"),
    (100010, "ordinary", "十万零一十"),
    (100100, "ordinary", "十万零一百"),
    (110000, "ordinary", "十一万"),
    (1100000, "ordinary", "一百一十万"),
    (10001000, "ordinary", "一千万一千"),
    (100000000, "ordinary", "一亿"),
    (100001000, "ordinary", "一亿零一千"),
    (100010000, "ordinary", "一亿零一万"),
    (100100000, "ordinary", "一亿零一十万"),
    (110000000, "ordinary", "一亿一千万"),
    (700008164, "ordinary", "七亿零八千一百六十四"),
    (10_0000_0000, "ordinary", "十亿"),
    (12_0000_0000, "ordinary", "十二亿"),
    (10**12, "ordinary", "一万亿"),
    (10**12 + 1, "ordinary", "一万亿零一"),
    (10**12 + 10**8, "ordinary", "一万零一亿"),
    (10**12 + 10**7, "ordinary", "一万亿零一千万"),
    (10**12 + 10**11, "ordinary", "一万一千亿"),
    (2 * 10**12 + 5 * 10**7 + 1, "ordinary", "二万亿零五千万零一"),
    (10**13 + 10**4, "ordinary", "十万亿零一万"),
    (10**15, "ordinary", "一千万亿"),
    (LIMIT - 1, "ordinary", "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九"),
    (0, "financial", "零"),
    (10, "financial", "壹拾"),
    (11, "financial", "壹拾壹"),
    (110, "financial", "壹佰壹拾"),
    (1011, "financial", "壹仟零壹拾壹"),
    (20000, "financial", "贰万"),
    (100000, "financial", "壹拾万"),
    (100010, "financial", "壹拾万零壹拾"),
    (123456789, "financial", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖"),
    (10, "traditional", "十"),
    (110, "traditional", "一百一十"),
    (20500, "traditional", "二萬零五百"),
    (100001000, "traditional", "一億零一千"),
    (10**12, "traditional", "一萬億"),
    (0, "digits", "〇"),
    (10, "digits", "一〇"),
    (1998, "digits", "一九九八"),
    (2000, "digits", "二〇〇〇"),
    (2021, "digits", "二〇二一"),
]

PARSES: list[tuple[str, int]] = [
    # 零 and 〇, and the ○ that years are often typed with
    ("零", 0),
    ("〇", 0),
    ("一千零十一", 1011),
    ("十万零十", 100010),
    ("二○二一", 2021),
    # 两 before a unit, or alone
    ("两", 2),
    ("兩", 2),
    ("两百", 200),
    ("两千", 2000),
    ("两万", 20000),
    ("兩萬", 20000),
    ("两亿", 200000000),
    ("一万两千", 12000),
    # a leading 一十, and 十 without 一 inside
    ("一十", 10),
    ("一十五", 15),
    ("一十万", 100000),
    ("一百十五", 115),
    # financial capitals, with traditional variants
    ("壹佰贰拾叁", 123),
    ("貳", 2),
    ("參", 3),
    ("陸", 6),
    ("貳拾參", 23),
    ("玖拾", 90),
    ("叁仟肆佰", 3400),
    ("壹萬", 10000),
    ("壹億", 100000000),
    ("一萬二千", 12000),
    ("十二億", 1200000000),
    # digit by digit
    ("二〇二一", 2021),
    ("一九九八", 1998),
    ("二零二一", 2021),
    ("贰零贰壹", 2021),
    # Arabic digits, full-width, separated
    ("0", 0),
    ("2021", 2021),
    ("１２３", 123),
    ("1,234", 1234),
    ("1，234", 1234),
    ("12,345,678", 12345678),
    (" 42 ", 42),
    ("\u3000一百\u3000", 100),
    ("\uf9b2", 0),  # CJK compatibility ideograph 零, folded by NFKC
    # mixed Arabic and units
    ("1.2万", 12000),
    ("2.5万", 25000),
    ("0.5万", 5000),
    ("3千", 3000),
    ("5亿", 500000000),
    ("3.5亿", 350000000),
    ("1.5万亿", 1_500_000_000_000),
    ("3万5千", 35000),
    ("12万3千", 123000),
    ("3亿2000万", 320000000),
    ("1,234万", 12340000),
    ("12345万", 123450000),
    ("1,234.5万", 12345000),
    ("12345亿", 1234500000000),
    ("1万2345", 12345),
    ("1万05", 10005),
    ("1万234", 10234),  # two or more Arabic digits read as written
    ("3万零200", 30200),
    # colloquial abbreviations: a bare digit after a unit is the next unit down
    ("一万五", 15000),
    ("三千二", 3200),
    ("两百五", 250),
    ("一千一", 1100),
    ("一亿五", 150000000),
    ("十二亿五", 1250000000),
    ("二十万五", 205000),
    ("一万五千三", 15300),
    ("1万5", 15000),
    # a missing 零 is forgiven: the units are explicit
    ("一亿一千", 100001000),
    ("一亿五万", 100050000),
    # 万亿
    ("一万亿", 10**12),
    ("一万零五亿", 1_0005_0000_0000),
    ("一万亿零一千万", 10**12 + 10**7),
    ("一万亿一千万", 10**12 + 10**7),
]

BAD: list[str] = [
    "",
    " ",
    "\u3000",
    # repeated or misordered units
    "十十",
    "万万",
    "一百千",
    "一千万百",
    "一亿万",
    "一亿亿",
    "一万一万",
    "一万亿亿",
    "五十五十",
    # digits where units belong
    "一二百",
    "一〇〇万",
    "零一百",
    "〇五",
    "零零",
    # units without digits
    "百",
    "千",
    "万",
    "亿",
    "百五",
    # 零 that skips nothing, dangles, or doubles
    "一千零一百",
    "一万零一千",
    "一亿零一千万",
    "一万零一亿零一千万",
    "一千零",
    "零万",
    "一万零零一",
    # ambiguous abbreviations
    "一万五亿",
    "一百五万",
    "1万5亿",
    # 两 where it is not a numeral
    "两十",
    "一百两",
    "十两",
    "两两",
    # fractions and decimals
    "1.2",
    "2.5",
    "1.23456万",
    "1.5千3百",
    "1万1.5千",
    "1.",
    "1.万",
    "0.0万",
    "12.5千",
    # coefficients too big for their unit
    "12千",
    "0千",
    "123456789亿",
    "12345万亿",
    "1亿12345万",
    "一万万",
    "3万12000",
    # malformed Arabic
    "12,34",
    "1,2345",
    "1,,234",
    "1,234,",
    "1234,567",
    "10000000000000000",
    "九九九九九九九九九九九九九九九九九",
    # anything else
    "-5",
    "+5",
    "1e5",
    "一 千",
    "abc",
    "一点五",
    "二〇二一年",
    "第一",
    "٣",
    "Ⅻ",
    "一" * 65,
]


@pytest.mark.parametrize(("n", "style", "text"), FORMATS)
def test_format_known(n: int, style: NumeralStyle, text: str) -> None:
    assert format_chinese(n, style=style) == text


@pytest.mark.parametrize(("n", "style", "text"), FORMATS)
def test_parse_formatted_known(n: int, style: NumeralStyle, text: str) -> None:
    assert parse_chinese(text) == n
    assert numerals._parse_strict(text) == n


@pytest.mark.parametrize(("text", "n"), PARSES)
def test_parse_known(text: str, n: int) -> None:
    assert parse_chinese(text) == n


@pytest.mark.parametrize("text", BAD)
def test_parse_rejects(text: str) -> None:
    with pytest.raises(NumeralError):
        parse_chinese(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("一百千", "千 at position 2 is out of order"),
        ("一二百", "二 at position 1 may not follow 一"),
        ("一千零一百", "零 at position 2 skips no place"),
        ("一万五亿", "五 at position 2 is ambiguous"),
        ("一万一万", "万 at position 3 repeats"),
        ("1.23456万", "12345.6, not a whole number"),
        ("一 千", "at position 1 is not part of a number"),
        ("", "empty"),
        ("１２,34", "normalised to '12,34'"),
    ],
)
def test_parse_error_says_where_and_why(text: str, message: str) -> None:
    with pytest.raises(NumeralError, match=re.escape(message)) as info:
        parse_chinese(text)
    assert repr(text) in str(info.value)


@pytest.mark.parametrize("value", [123, None, b"123", 1.5])
def test_parse_rejects_non_str(value: object) -> None:
    with pytest.raises(NumeralError):
        parse_chinese(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "style"),
    [
        (-1, "ordinary"),
        (LIMIT, "ordinary"),
        (LIMIT, "digits"),
        (True, "ordinary"),
        (1.0, "ordinary"),
        ("1", "ordinary"),
        (None, "ordinary"),
        (1, "roman"),
    ],
)
def test_format_rejects(value: object, style: str) -> None:
    with pytest.raises(NumeralError):
        format_chinese(value, style=style)  # type: ignore[arg-type]


def test_numeral_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="out of order") as info:
        parse_chinese("十十")
    assert isinstance(info.value, GovInfoReportError)
    assert info.value.code == "numeral.invalid"
    copy = pickle.loads(pickle.dumps(info.value))
    assert isinstance(copy, NumeralError)
    assert str(copy) == str(info.value)


def test_all_is_sorted() -> None:
    assert numerals.__all__ == sorted(numerals.__all__)


# ---------------------------------------------------------------------------
# Round trips


def test_round_trip_ordinary_exhaustive() -> None:
    wrong = [n for n in range(10**6) if parse_chinese(format_chinese(n)) != n]
    assert wrong == []


def test_strict_reader_agrees_with_fast_path() -> None:
    # parse_chinese answers canonical text by re-formatting; the strict reader
    # must give the same answers, or the fast path would hide its mistakes.
    numbers = [*range(100_000), *range(100_000, 10**6, 97), *range(10**6, LIMIT, 10**12 + 7)]
    wrong = [n for n in numbers if numerals._parse_strict(format_chinese(n)) != n]
    assert wrong == []


@pytest.mark.parametrize("style", ["financial", "traditional"])
def test_round_trip_sampled(style: NumeralStyle) -> None:
    numbers = [*range(20_000), *range(20_000, 10**6, 97), *range(10**6, LIMIT, 10**12 + 9)]
    wrong = [n for n in numbers if parse_chinese(format_chinese(n, style=style)) != n]
    assert wrong == []


ANY_NUMBER = st.integers(min_value=0, max_value=LIMIT - 1)


@pytest.mark.parametrize("style", STYLES)
@settings(max_examples=300, deadline=None)
@given(n=ANY_NUMBER)
def test_round_trip_any_style(style: NumeralStyle, n: int) -> None:
    text = format_chinese(n, style=style)
    assert parse_chinese(text) == n
    assert numerals._parse_strict(text) == n


@settings(max_examples=300, deadline=None)
@given(n=ANY_NUMBER)
def test_other_spellings_read_the_same(n: int) -> None:
    assert parse_chinese(f"{n:,}") == n
    assert parse_chinese(f"{n:,}".replace(",", "，")) == n
    assert parse_chinese(str(n).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})) == n
    # 两 for 二 before 百, 千, 万 and 亿, as people say it
    assert parse_chinese(re.sub("二(?=[百千万亿])", "两", format_chinese(n))) == n


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=1, max_value=10**8 - 1), digit=st.integers(1, 9))
def test_abbreviation_means_next_unit_down(n: int, digit: int) -> None:
    # 一万五 is 一万五千: a bare digit after the last unit counts that unit / 10.
    text = format_chinese(n * 10**8) + format_chinese(digit)
    assert parse_chinese(text) == n * 10**8 + digit * 10**7


# ---------------------------------------------------------------------------
# Independent check against CLDR: babel does not spell numbers out, so this is
# CLDR's zh %spellout-cardinal transcribed rule by rule (ICU data/rbnf/zh.txt).

_CLDR_DIGITS = "零一二三四五六七八九"


def _cldr_numbering(n: int) -> str:
    """%spellout-numbering for 1 ≤ n ≤ 99 (only its 十 rules are used here)."""
    if n < 10:
        return _CLDR_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else _CLDR_DIGITS[tens] + "十"
    return head + (_CLDR_DIGITS[ones] if ones else "")


def _cldr_tail(r: int, plain_from: int) -> str:
    """%%cardinal2..5: the remainder after a unit, with its 零 rules."""
    if r == 0:
        return ""
    if plain_from == 20:  # %%cardinal2, after 百
        return (
            ("零" + _cldr_numbering(r)) if r < 10 else ("一" if r < 20 else "") + _cldr_cardinal(r)
        )
    if r >= plain_from:
        return _cldr_cardinal(r)
    return ("零一" if 10 <= r < 20 else "零") + _cldr_cardinal(r)


def _cldr_cardinal(n: int) -> str:
    """%spellout-cardinal for 0 ≤ n < 10**12."""
    if n < 10:
        return _CLDR_DIGITS[n]
    if n < 100:
        return _cldr_numbering(n)
    for unit, place, plain_from in (
        ("亿", 10**8, 10**4),
        ("万", 10**4, 1000),
        ("千", 1000, 100),
        ("百", 100, 20),
    ):
        if n >= place:
            q, r = divmod(n, place)
            return _cldr_cardinal(q) + unit + _cldr_tail(r, plain_from)
    raise AssertionError(n)


def _expected_deviation(n: int) -> str:
    """CLDR with the one change we make: 零 after 亿 when 1-999万 follow."""
    high, low = divmod(n, 10**8)
    if high and 10**4 <= low < 10**7:
        # Written as CLDR writes 零 after 万 (%%cardinal4): 零, and 零一 before 十.
        one = "一" if 10 <= low // 10**4 < 20 else ""
        return _cldr_cardinal(high) + "亿零" + one + _cldr_cardinal(low)
    return _cldr_cardinal(n)


@pytest.mark.parametrize(
    ("n", "cldr"),
    [
        (110, "一百一十"),
        (1011, "一千零一十一"),
        (100010, "十万零一十"),
        (100001000, "一亿零一千"),
        (100010000, "一亿一万"),
        (700008164, "七亿零八千一百六十四"),
    ],
)
def test_cldr_transcription(n: int, cldr: str) -> None:
    assert _cldr_cardinal(n) == cldr


def test_matches_cldr_below_10_to_8() -> None:
    numbers = [*range(20_000), *range(20_000, 10**8, 1009)]
    wrong = [n for n in numbers if format_chinese(n) != _cldr_cardinal(n)]
    assert wrong == []


@settings(max_examples=500, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**12 - 1))
def test_matches_cldr_up_to_10_to_12(n: int) -> None:
    assert format_chinese(n) == _expected_deviation(n)


@pytest.mark.parametrize("n", [100010000, 100100000, 109990000, 2_0001_0000, 9999_0999_9999])
def test_deviation_from_cldr_keeps_zero_after_yi(n: int) -> None:
    assert format_chinese(n) == _expected_deviation(n) != _cldr_cardinal(n)
    assert parse_chinese(_cldr_cardinal(n)) == n  # CLDR's own form still reads


# ---------------------------------------------------------------------------
# Heading markers

MARKERS: list[tuple[str, tuple[int, int, str]]] = [
    ("一、总体情况", (1, 1, "总体情况")),
    ("十一、结语", (1, 11, "结语")),
    ("二十一、", (1, 21, "")),
    ("  二、 其他 ", (1, 2, "其他 ")),
    ("（三）不予公开", (2, 3, "不予公开")),
    ("（十二）", (2, 12, "")),
    ("(一)其他", (2, 1, "其他")),
    ("(一）混排", (2, 1, "混排")),
    ("㈠其他", (2, 1, "其他")),
    ("1．属于国家秘密", (3, 1, "属于国家秘密")),
    ("1.属于", (3, 1, "属于")),
    ("1. 属于", (3, 1, "属于")),
    ("1、其他", (3, 1, "其他")),
    ("12．x", (3, 12, "x")),
    ("１．全角", (3, 1, "全角")),
    ("1．2021年", (3, 1, "2021年")),
]


@pytest.mark.parametrize(("text", "expected"), MARKERS)
def test_parse_marker_known(text: str, expected: tuple[int, int, str]) -> None:
    assert parse_marker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "总体情况",
        "一总体",
        "一。总体",
        "（一",
        "（）",
        "(1)其他",
        "1.5万元",
        "1.2021年",
        "0.",
        "01.",
        "12345678901234567.",
        "零、",
        "一二、",
        "1",
        "一",
        "1）",
        "第一、",
    ],
)
def test_parse_marker_rejects(text: str) -> None:
    with pytest.raises(NumeralError, match="no heading marker"):
        parse_marker(text)


@pytest.mark.parametrize(
    ("level", "number", "fullwidth", "text"),
    [
        (1, 1, True, "一、"),
        (1, 11, False, "十一、"),
        (2, 3, True, "（三）"),
        (2, 3, False, "(三)"),
        (2, 10, True, "（十）"),
        (3, 1, True, "1．"),
        (3, 1, False, "1."),
        (3, 12, True, "12．"),
    ],
)
def test_format_marker_known(level: int, number: int, fullwidth: bool, text: str) -> None:
    assert format_marker(level, number, fullwidth=fullwidth) == text


@pytest.mark.parametrize("level", [1, 2, 3])
@pytest.mark.parametrize("fullwidth", [True, False])
def test_marker_round_trip(level: int, fullwidth: bool) -> None:
    for number in range(1, 100):
        marker = format_marker(level, number, fullwidth=fullwidth)
        assert parse_marker(marker + "正文") == (level, number, "正文")


@pytest.mark.parametrize(
    ("level", "number"), [(0, 1), (4, 1), (1, 0), (3, -1), (True, 1), (1, True), ("1", 1)]
)
def test_format_marker_rejects(level: object, number: object) -> None:
    with pytest.raises(NumeralError):
        format_marker(level, number)  # type: ignore[arg-type]
