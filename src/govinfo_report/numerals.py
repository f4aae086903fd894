"""Chinese numerals, and the ordinal markers that number a report's headings.

Reports write the same count many ways: ``一千零一十一``, ``1,011``, ``１０１１``,
``壹仟零壹拾壹``; years digit by digit (``二〇二一``); amounts as ``1.2万``.
:func:`parse_chinese` reads all of these exactly and refuses, with
:class:`~govinfo_report.errors.NumeralError`, anything it could only guess at.
:func:`format_chinese` writes the standard form: CLDR ``zh`` spellout-cardinal
below 10**8 (its ``零`` and ``一十`` rules), and above it ``零`` for every skipped
place (CLDR omits it in 一亿一万) and ``万亿`` where CLDR writes ``兆``.

>>> parse_chinese("一千零十一"), format_chinese(1011)
(1011, '一千零一十一')
>>> parse_marker("（三）不予公开")
(2, 3, '不予公开')
"""

from __future__ import annotations

import functools
import unicodedata
from fractions import Fraction
from typing import Final, Literal, TypeAlias

from govinfo_report.errors import NumeralError

__all__ = [
    "NumeralStyle",
    "format_chinese",
    "format_marker",
    "parse_chinese",
    "parse_marker",
]

NumeralStyle: TypeAlias = Literal["ordinary", "financial", "traditional", "digits"]

#: Every function here works on 0 ≤ n < 10**16: four 4-digit sections (万/亿/万亿).
_LIMIT: Final = 10**16
_WAN: Final = 10**4
_YI: Final = 10**8
# Longer input cannot be a numeral below _LIMIT; refusing it early bounds the work.
_MAX_TEXT: Final = 64

# ---------------------------------------------------------------------------
# Formatting

# style -> (digits 0-9, units 十百千, units 万亿, whether 10-19 drop the leading 一)
_STYLES: Final[dict[str, tuple[str, str, str, bool]]] = {
    "ordinary": ("零一二三四五六七八九", "十百千", "万亿", True),
    # Cheques and contracts always write 壹拾, so that nothing can be prefixed.
    "financial": ("零壹贰叁肆伍陆柒捌玖", "拾佰仟", "万亿", False),
    "traditional": ("零一二三四五六七八九", "十百千", "萬億", True),
}
_YEAR_DIGITS: Final = str.maketrans("0123456789", "〇一二三四五六七八九")


@functools.cache
def _sections(style: str) -> tuple[str, ...]:
    """All 10 000 sections of ``style`` as written inside a number (``一十``, not ``十``)."""
    digits, units, _, _ = _STYLES[style]
    table = [""]
    for value in range(1, _WAN):
        parts: list[str] = []
        gap = False
        for power, place in ((3, 1000), (2, 100), (1, 10), (0, 1)):
            digit = value // place % 10
            if digit == 0:
                gap = bool(parts)
                continue
            if gap:
                parts.append(digits[0])
                gap = False
            parts.append(digits[digit])
            if power:
                parts.append(units[power - 1])
        table.append("".join(parts))
    return tuple(table)


def format_chinese(n: int, *, style: NumeralStyle = "ordinary") -> str:
    """Write ``n`` (0 ≤ n < 10**16) as a Chinese numeral.

    ``ordinary`` and ``traditional`` (萬/億) write one ``零`` for each run of
    skipped places, ``十`` only at the very start and ``一十`` inside, as CLDR
    ``zh`` spellout-cardinal does.
    ``financial`` uses the capitals and always writes ``壹拾``; ``digits`` writes
    digit by digit, as years are.

    >>> format_chinese(100001000), format_chinese(100010), format_chinese(110)
    ('一亿零一千', '十万零一十', '一百一十')
    >>> format_chinese(10**12 + 10**8)
    '一万零一亿'
    >>> format_chinese(10, style="financial"), format_chinese(20500, style="traditional")
    ('壹拾', '二萬零五百')
    >>> format_chinese(2021, style="digits")
    '二〇二一'
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise NumeralError(f"format_chinese needs an int, not {type(n).__name__} {n!r}")
    if not 0 <= n < _LIMIT:
        raise NumeralError(f"cannot write {n} as a Chinese numeral: only 0 ≤ n < 10**16 is exact")
    if style == "digits":
        return str(n).translate(_YEAR_DIGITS)
    if style not in _STYLES:
        raise NumeralError(
            f"unknown numeral style {style!r}: use ordinary, financial, traditional or digits"
        )
    return _spell(n, style)


def _spell(n: int, style: str) -> str:
    """Format 0 ≤ n < 10**16 in a style of _STYLES."""
    digits, _, bigs, drop_one = _STYLES[style]
    if n == 0:
        return digits[0]
    table = _sections(style)
    zero, wan, yi = digits[0], bigs[0], bigs[1]
    high, low = divmod(n, _YI)
    if not high:
        return _group(low, table, zero, wan, drop_one)
    text = _group(high, table, zero, wan, drop_one) + yi
    if low:
        # 零 marks skipped places: 千万 (一亿零一千), or the whole 亿 section
        # when the 万亿 part stands alone (一万亿零一千万).
        skipped = low < _YI // 10 or high % _WAN == 0
        text += (zero if skipped else "") + _group(low, table, zero, wan, False)
    return text


def _group(value: int, table: tuple[str, ...], zero: str, wan: str, leading: bool) -> str:
    """Spell 0 < value < 10**8; ``leading`` when it starts the whole number."""
    high, low = divmod(value, _WAN)
    first = high or low
    head = table[first]
    if leading and 10 <= first < 20:
        head = head[1:]  # 十二, not 一十二, at the very start only
    if not high:
        return head
    if not low:
        return head + wan
    return head + wan + (zero if low < 1000 else "") + table[low]


# ---------------------------------------------------------------------------
# Parsing

# Token kinds.  _ZERO < _DIGIT lets one comparison spot digit-by-digit strings.
_ZERO, _DIGIT, _LIANG, _ARABIC, _DECIMAL, _UNIT, _BIG = range(7)

# A token is (kind, value, position, Arabic digit count or 0).
_Token: TypeAlias = tuple[int, int, int, int]


def _char_table() -> dict[str, tuple[int, int]]:
    table: dict[str, tuple[int, int]] = {}
    for zero in "零〇○":  # ○ (U+25CB) is the common typo for 〇 in years
        table[zero] = (_ZERO, 0)
    for digits in ("一二三四五六七八九", "壹贰叁肆伍陆柒捌玖", "壹貳參肆伍陸柒捌玖"):
        for value, char in enumerate(digits, 1):
            table[char] = (_DIGIT, value)
    table["两"] = table["兩"] = (_LIANG, 2)
    for chars, place in (("十拾", 10), ("百佰", 100), ("千仟", 1000)):
        for char in chars:
            table[char] = (_UNIT, place)
    for chars, place in (("万萬", _WAN), ("亿億", _YI)):
        for char in chars:
            table[char] = (_BIG, place)
    return table


_CHARS: Final = _char_table()
_ORDINARY: Final = {char: _CHARS[char] for char in "零一二三四五六七八九十百千万亿"}
# What lex() gives a character that is no numeral (or an Arabic digit).
_OTHER: Final = (-1, 0)


def parse_chinese(s: str) -> int:
    """Read a whole number written in any of the ways reports write one.

    Accepted: Chinese numerals (``零``/``〇``, ``两``, a leading ``一十``, the
    financial capitals, 萬/億, ``万亿`` for 10**12), digit-by-digit numerals
    (``二〇二一``), Arabic digits, full-width or with ``,`` separators, and mixed
    forms such as ``1.2万`` or ``3万5千``.  A bare digit right after a unit
    abbreviates the next lower unit (``一万五`` is 15000); after ``零`` it is a
    units digit (``一万零五`` is 10005); Arabic numbers of two or more digits
    read as written (``3万2000``).  A missing ``零`` is forgiven (``一亿一千``).
    Input is NFKC-normalised and stripped.

    Anything ambiguous or malformed raises :class:`NumeralError`: misordered
    or repeated units, a ``零`` that skips no place, fractions, values ≥ 10**16.

    >>> parse_chinese("一千零十一"), parse_chinese("两百五"), parse_chinese("壹拾")
    (1011, 250, 10)
    >>> parse_chinese("二〇二一"), parse_chinese("１，２３４"), parse_chinese("1.2万")
    (2021, 1234, 12000)
    >>> parse_chinese("一百千")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    govinfo_report.errors.NumeralError: cannot read '一百千' as a number: 千 at position 2 is out...
    """
    if not isinstance(s, str):
        raise NumeralError(f"parse_chinese needs a str, not {type(s).__name__} {s!r}")
    text = unicodedata.normalize("NFKC", s).strip()
    if not text:
        raise NumeralError(f"cannot read {s!r} as a number: it is empty")
    if len(text) > _MAX_TEXT:
        raise NumeralError(
            f"cannot read {s[:20]!r}… as a number: {len(text)} characters is too long for one"
        )
    if text.isascii() and text.isdigit() and len(text) <= 16:
        return int(text)
    value = _canonical(text)
    if value is not None:
        return value
    return _Reader(s, text).read(digit_strings=True)


def _parse_strict(text: str) -> int:
    """Parse normalised ``text`` without the fast paths (the tests check they agree)."""
    return _Reader(text, text).read(digit_strings=True)


def _canonical(text: str) -> int | None:
    """Read ``text`` fast if it is exactly what ``format_chinese`` writes, else None.

    The loose sum below would accept nonsense, so its answer counts only if
    formatting it gives ``text`` back; every other form goes to :class:`_Reader`.
    """
    high = middle = section = digit = 0
    for char in text:
        entry = _ORDINARY.get(char)
        if entry is None:
            return None
        kind, value = entry
        if kind == _DIGIT:
            digit = value
        elif kind == _UNIT:
            section += (digit or 1) * value
            digit = 0
        elif value == _WAN:
            middle = (section + digit) * _WAN
            section = digit = 0
        elif kind == _BIG:
            high = (middle + section + digit) * _YI
            middle = section = digit = 0
    value = high + middle + section + digit
    if value < _LIMIT and _spell(value, "ordinary") == text:
        return value
    return None


class _Reader:
    """One left-to-right pass over the tokens of one numeral.

    The grammar, largest part first::

        number  := group [亿 [零] group]
        group   := section [万 [零] section]
        section := term {[零] term}      (term places strictly decreasing)
        term    := digit unit | 十 | digit
    """

    __slots__ = ("decimal", "n", "source", "text", "toks")

    def __init__(self, source: str, text: str) -> None:
        self.source = source
        self.text = text
        self.decimal: Fraction | None = None
        self.toks = self.lex()
        self.n = len(self.toks)

    def fail(self, why: str) -> NumeralError:
        where = "" if self.text == self.source else f" (normalised to {self.text!r})"
        return NumeralError(f"cannot read {self.source!r}{where} as a number: {why}")

    def at(self, pos: int, what: str) -> str:
        return f"{self.text[pos]} at position {pos} {what}"

    def lex(self) -> list[_Token]:
        text = self.text
        entries = [_CHARS.get(char, _OTHER) for char in text]
        if _OTHER not in entries:  # the usual case: no Arabic digits, nothing stray
            return [(kind, value, i, 0) for i, (kind, value) in enumerate(entries)]
        toks: list[_Token] = []
        i, n = 0, len(text)
        while i < n:
            entry = _CHARS.get(text[i])
            if entry is not None:
                toks.append((entry[0], entry[1], i, 0))
                i += 1
            elif "0" <= text[i] <= "9":
                i = self.lex_arabic(i, toks)
            else:
                raise self.fail(self.at(i, "is not part of a number"))
        return toks

    def lex_arabic(self, start: int, toks: list[_Token]) -> int:
        """Read Arabic digits with optional 1,234 grouping and decimals; return the end."""
        text, n = self.text, len(self.text)
        i, group, grouped = start, 0, False
        while i < n and ("0" <= text[i] <= "9" or text[i] == ","):
            if text[i] == ",":
                # Groups after the first are exactly three digits; the first is 1-3.
                if group == 0 or group > 3 or (grouped and group != 3):
                    raise self.fail(self.at(i, "is not a thousands separator here"))
                grouped, group = True, 0
            else:
                group += 1
            i += 1
        if grouped and group != 3:
            raise self.fail(f"the digit group ending at position {i - 1} is not 3 digits")
        whole = text[start:i].replace(",", "")
        if len(whole) > 16:
            raise self.fail(f"{whole} has more than 16 digits")
        if i < n and text[i] == ".":
            j = i + 1
            while j < n and "0" <= text[j] <= "9":
                j += 1
            if j == i + 1:
                raise self.fail(self.at(i, "is not followed by a digit"))
            if toks:
                # Only a leading decimal (1.2万, 3.5亿) reads unambiguously.
                raise self.fail(f"the decimal at position {start} must begin the number")
            fraction = text[i + 1 : j]
            self.decimal = Fraction(int(whole + fraction), 10 ** len(fraction))
            toks.append((_DECIMAL, 0, start, len(whole)))
            return j
        toks.append((_ARABIC, int(whole), start, len(whole)))
        return i

    def read(self, *, digit_strings: bool) -> int:
        toks = self.toks
        first = toks[0]
        if first[0] == _DECIMAL:
            if self.n == 1 or toks[1][0] < _UNIT:
                raise self.fail("a decimal needs a unit after it (1.2万), or it is no whole number")
            if min(toks[1:])[0] <= _DECIMAL:
                raise self.fail("nothing but units may follow a decimal (1.5万亿)")
        elif self.n == 1 and first[0] in (_ARABIC, _LIANG):
            return first[1]
        if max(toks)[0] <= _DIGIT:
            if self.n > 1 and not digit_strings:
                raise self.fail("a digit-by-digit numeral is not allowed here")
            if self.n > 1 and first[0] == _ZERO:
                # 〇五 is more likely the year 2005 shortened than the number 5.
                raise self.fail(f"a digit-by-digit numeral cannot start with {self.text[0]}")
            value = 0
            for tok in toks:
                value = value * 10 + tok[1]
            if value >= _LIMIT:
                raise self.fail("it is 10**16 or more")
            return value
        return self.number()

    def number(self) -> int:
        toks, n = self.toks, self.n
        value, _, i = self.group(0, 0, -1)
        if i < n and toks[i][0] == _BIG and toks[i][1] == _YI:
            if i == 0:
                raise self.fail(self.at(0, "needs a number before it"))
            if value >= _YI:
                raise self.fail(f"the number before {self.at(toks[i][2], 'is too big')}")
            # In 一万亿零一千万 the 零 skips the 亿 section itself, not 千万.
            whole_section_skipped = value >= _WAN and value % _WAN == 0
            value *= _YI
            i += 1
            zero = -1
            if i < n and toks[i][0] == _ZERO:
                zero = toks[i][2]
                i += 1
            if zero >= 0 or i < n:
                low, lead, i = self.group(i, _YI, zero)
                if zero >= 0 and lead * 10 >= _YI and not whole_section_skipped:
                    raise self.fail(self.at(zero, "skips no place"))
                value += low
        if i < n:
            pos = toks[i][2]
            raise self.fail(self.at(pos, "is out of order (万 and 亿 must get smaller)"))
        if isinstance(value, Fraction):
            if value.denominator != 1:
                raise self.fail(f"it is {float(value):g}, not a whole number")
            return int(value)
        return value

    def group(self, i: int, last: int, zero: int) -> tuple[int | Fraction, int, int]:
        """Read up to the next 亿: (value, place of the first term, next index)."""
        toks, n = self.toks, self.n
        value, lead, j = self.section(i, last, zero)
        if j < n and toks[j][0] == _BIG and toks[j][1] == _WAN:
            pos = toks[j][2]
            if j == i:
                raise self.fail(self.at(pos, "needs a number before it"))
            # 12345万 is plain in Arabic, but 一万万 and 1亿12345万 are malformed.
            arabic_lead = i == 0 and j == 1 and toks[0][0] in (_ARABIC, _DECIMAL)
            if value >= _WAN and not arabic_lead:
                raise self.fail(f"the number before {self.at(pos, 'is 10000 or more')}")
            value *= _WAN
            lead *= _WAN
            j += 1
            zero = -1
            if j < n and toks[j][0] == _ZERO:
                zero = toks[j][2]
                j += 1
            if zero >= 0 or (j < n and toks[j][0] != _BIG):
                low, _, j = self.section(j, _WAN, zero)
                value += low
        return value, lead, j

    def section(self, i: int, last: int, zero: int) -> tuple[int | Fraction, int, int]:
        """Read terms up to the next 万 or 亿: (value, place of the first term, next index).

        ``last`` is the place of the unit just before (0 at the start); ``zero``
        the position of a 零 that follows it, or -1.
        """
        toks, n = self.toks, self.n
        value: int | Fraction = 0
        lead = 0
        while i < n:
            kind, val, pos, _ = toks[i]
            if kind == _BIG:
                break
            if kind == _ZERO:
                if zero >= 0:
                    raise self.fail(self.at(pos, "follows another 零"))
                if last == 0:
                    raise self.fail(self.at(pos, "must stand between two parts of a number"))
                zero = pos
                i += 1
                continue
            nxt = toks[i + 1] if i + 1 < n else None
            term: int | Fraction
            if kind == _UNIT:
                place = val
                if last and place >= last:
                    raise self.fail(self.at(pos, "is out of order (units must get smaller)"))
                if place != 10:
                    raise self.fail(self.at(pos, "needs a digit before it"))
                term = 10
                i += 1
            elif nxt is not None and nxt[0] == _UNIT:
                place = nxt[1]
                if last and place >= last:
                    raise self.fail(self.at(nxt[2], "is out of order (units must get smaller)"))
                term = (val if kind == _DIGIT else self.coefficient(toks[i], nxt)) * place
                i += 2
            else:
                term, place = self.bare(toks[i], nxt, last, adjacent=zero < 0)
                i += 1
            if zero >= 0:
                if place * 10 >= last:
                    raise self.fail(self.at(zero, "skips no place"))
                zero = -1
            lead = lead or place
            value += term
            last = place
        if zero >= 0:
            raise self.fail(self.at(zero, "must be followed by a digit"))
        return value, lead, i

    def coefficient(self, tok: _Token, unit: _Token) -> int | Fraction:
        """Check and return the digit before 十, 百 or 千."""
        kind, val, pos, width = tok
        if kind == _LIANG:
            if unit[1] == 10:
                raise self.fail(self.at(pos, "is not used before 十 (write 二十)"))
            return val
        if kind == _DECIMAL and self.decimal is not None:
            if not 0 < self.decimal < 10:
                raise self.fail(f"{self.decimal} before {self.at(unit[2], 'is not below 10')}")
            return self.decimal
        if width != 1 or val == 0:
            raise self.fail(f"{val} before {self.at(unit[2], 'must be one digit 1-9')}")
        return val

    def bare(
        self, tok: _Token, nxt: _Token | None, last: int, *, adjacent: bool
    ) -> tuple[int | Fraction, int]:
        """Read a number with no unit after it: (value, place of its leading digit)."""
        kind, val, pos, width = tok
        if nxt is not None and nxt[0] != _BIG:
            raise self.fail(f"{self.at(nxt[2], 'may not follow')} {self.text[pos]}")
        if kind == _DECIMAL and self.decimal is not None:
            if self.decimal <= 0:
                raise self.fail(f"{self.decimal} cannot count 万 or 亿")
            return self.decimal, 1
        if kind == _LIANG and nxt is None:
            raise self.fail(self.at(pos, "must be followed by a unit (两 alone is a weight)"))
        if kind == _ARABIC and val == 0:
            raise self.fail(self.at(pos, "cannot be part of a number with units"))
        single = kind != _ARABIC or width == 1
        if single and adjacent and last > 10:
            if nxt is None:
                # Colloquial abbreviation: 一万五 = 一万五千, 三千二 = 三千二百.
                place = last // 10
                return val * place, place
            if nxt[1] == last:
                raise self.fail(self.at(nxt[2], "repeats the unit before it"))
            if nxt[1] > last:
                raise self.fail(
                    self.at(
                        pos, "is ambiguous right after a unit (write 零 before it, or its unit)"
                    )
                )
        place = 1 if single else 10 ** (len(str(val)) - 1)
        if last and place >= last:
            raise self.fail(self.at(pos, "is too big for the place it stands in"))
        return val, place


# ---------------------------------------------------------------------------
# Heading markers

_MARKER_SPAN: Final = 24  # 10 characters cover （九千九百九十九）; look no further


def format_marker(level: int, number: int, *, fullwidth: bool = True) -> str:
    """Write the heading marker of item ``number`` at ``level`` 1, 2 or 3.

    ``fullwidth=False`` gives ASCII ``(一)`` and ``1.`` for levels 2 and 3.

    >>> format_marker(1, 11), format_marker(2, 3), format_marker(3, 1)
    ('十一、', '（三）', '1．')
    >>> format_marker(2, 3, fullwidth=False), format_marker(3, 1, fullwidth=False)
    ('(三)', '1.')
    """
    for name, value in (("level", level), ("number", number)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise NumeralError(f"the marker {name} must be an int, not {type(value).__name__}")
    if not 1 <= number < _LIMIT:
        raise NumeralError(f"cannot number a heading {number}: markers count from 1")
    if level == 1:
        return format_chinese(number) + "、"
    if level == 2:
        return ("（{}）" if fullwidth else "({})").format(format_chinese(number))
    if level == 3:
        return f"{number}{'．' if fullwidth else '.'}"
    raise NumeralError(f"heading level must be 1, 2 or 3, not {level}")


def parse_marker(s: str) -> tuple[int, int, str]:
    """Split the heading marker off ``s``: (level, number, rest of the text).

    Level 1 is ``一、``; level 2 ``（一）`` or ``(一)``; level 3 ``1．``, ``1.`` or
    ``1、``.  Whitespace around the marker is dropped.

    >>> parse_marker("一、总体情况"), parse_marker("(十一) 其他")
    ((1, 1, '总体情况'), (2, 11, '其他'))
    >>> parse_marker("1．属于国家秘密")
    (3, 1, '属于国家秘密')
    >>> parse_marker("1.5万元")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    govinfo_report.errors.NumeralError: no heading marker at the start of '1.5万元': 1.5 is a ...
    """
    if not isinstance(s, str):
        raise NumeralError(f"parse_marker needs a str, not {type(s).__name__}")
    text = s.lstrip()
    # Normalise character by character, so that positions still index ``text``:
    # （ → (, １ → 1, ． → ., and even ㈠ → (一).
    chars: list[str] = []
    ends: list[int] = []
    for i, char in enumerate(text[:_MARKER_SPAN]):
        for norm in unicodedata.normalize("NFKC", char):
            chars.append(norm)
            ends.append(i + 1)
    chars.append("")  # sentinel: no lookahead runs off the end

    def fail(why: str) -> NumeralError:
        return NumeralError(f"no heading marker at the start of {s!r}: {why}")

    first = chars[0]
    if first == "(":
        level, start = 2, 1
    elif "0" <= first <= "9":
        level, start = 3, 0
    elif first in _CHARS:
        level, start = 1, 0
    else:
        raise fail("it starts with neither a numeral nor a parenthesis")
    end = start
    if level == 3:
        while "0" <= chars[end] <= "9":
            end += 1
    else:
        while chars[end] in _CHARS:
            end += 1
    numeral, close = "".join(chars[start:end]), chars[end]
    if not numeral:
        raise fail("a Chinese numeral must follow the parenthesis")
    if level == 1 and close != "、":
        raise fail(f"{numeral} is not followed by 、")
    if level == 2 and close != ")":
        raise fail(f"{numeral} is not followed by a closing parenthesis")
    if level == 3:
        if close not in ("、", "."):
            raise fail(f"{numeral} is not followed by ．, . or 、")
        # An ASCII point before a digit is a decimal point, not a marker.
        if close == "." and text[ends[end] - 1] == "." and "0" <= chars[end + 1] <= "9":
            raise fail(f"{numeral}.{chars[end + 1]} is a decimal")
        if numeral[0] == "0" or len(numeral) > 16:
            raise fail(f"{numeral} is not a number from 1 to 10**16")
        number = int(numeral)
    else:
        try:
            number = _Reader(numeral, numeral).read(digit_strings=False)
        except NumeralError as exc:
            raise fail(str(exc)) from None
        if number == 0:
            raise fail("markers count from 1")
    if chars[end + 1] and ends[end + 1] == ends[end]:
        raise fail(f"{text[ends[end] - 1]} is more than a marker's punctuation")
    return level, number, text[ends[end] :].lstrip()
