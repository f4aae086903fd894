"""Chinese numerals: govinfo_report.numerals against cn2an.

Run: python benchmarks/bench_numerals.py  (package installed or PYTHONPATH=src;
needs the ``bench`` extra: cn2an).

Times formatting (int -> 中文) and parsing (中文 -> int) over a fixed mixed set
of about 2000 numbers (small counts, years, amounts up to 10**12), then lists
the inputs on which cn2an gives a wrong answer.  Both sides parse the same
strings; strings that cn2an cannot read correctly are left out of the timing.
"""

from __future__ import annotations

import platform
import random
import re
import statistics
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

import cn2an

from govinfo_report.errors import NumeralError
from govinfo_report.numerals import _parse_strict, format_chinese, parse_chinese

T = TypeVar("T")
REPEATS = 7
CN2AN_MODES = ("strict", "normal", "smart")

# Numbers whose spelling has a trap: skipped places, 十 vs 一十, 万亿.
TRICKY_NUMBERS = [
    0,
    10,
    110,
    1011,
    100010,
    100001000,
    700008164,
    100010000,
    10**12 + 1000,
    10**12 + 10**7,
    10**15 + 1,
]

# Hand-checked readings; None means the text is malformed or ambiguous and a
# careful parser must refuse it rather than guess.
PARSE_CASES: list[tuple[str, int | None, str]] = [
    ("一千零十一", 1011, "十 without 一 after 零"),
    ("一亿零一千", 100001000, "零 over the empty 万 section"),
    ("一亿一千", 100001000, "cn2an.an2cn's own spelling of 100001000"),
    ("一万亿一千", 10**12 + 1000, "cn2an.an2cn's own spelling of 10**12 + 1000"),
    ("两", 2, "两 alone"),
    ("两百", 200, "两 before a unit"),
    ("兩萬", 20000, "traditional 兩 and 萬"),
    ("〇", 0, "〇 alone"),
    ("二〇二一", 2021, "a year digit by digit"),
    ("二○二一", 2021, "a year typed with ○ (U+25CB)"),
    ("參", 3, "traditional financial 參"),
    ("一万五", 15000, "colloquial: 一万五千"),
    ("一亿五", 150000000, "colloquial: 一亿五千万"),
    ("1,234", 1234, "thousands separator"),
    ("１２３", 123, "full-width digits"),
    ("1.2万", 12000, "decimal with a unit"),
    ("1.23456万", None, "12345.6 is not a whole number"),
    ("一千零", None, "dangling 零"),
    ("一万零一千", None, "零 that skips no place"),
    ("一亿零一千万", None, "零 that skips no place"),
    ("两十", None, "two-ten is not a numeral (二十)"),
    ("一百两", None, "一百两 is 100 taels, or 120, or 102"),
    ("十两", None, "十两 is ten taels"),
    ("一万五亿", None, "15000亿 or 10005亿?"),
    ("十十", None, "repeated unit"),
]


def sample_numbers(seed: int = 2021) -> list[int]:
    """About 2000 numbers shaped like a report's: counts, years, amounts."""
    rng = random.Random(seed)
    counts = [rng.randrange(0, 1000) for _ in range(800)]
    larger = [rng.randrange(1000, 100_000) for _ in range(400)]
    years = [rng.randrange(1949, 2031) for _ in range(300)]
    amounts = [int(10 ** rng.uniform(5, 12)) for _ in range(500)]
    return [*counts, *larger, *years, *amounts, *TRICKY_NUMBERS]


def written_forms(numbers: Sequence[int]) -> list[tuple[str, int]]:
    """The same numbers as people also write them: 两, 1,234, full width, 1.2万, years."""
    forms: list[tuple[str, int]] = []
    for n in numbers:
        forms.append((re.sub("二(?=[百千万亿])", "两", format_chinese(n)), n))
        forms.append((f"{n:,}", n))
        forms.append((str(n).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)}), n))
        if 1949 <= n <= 2030:
            forms.append((format_chinese(n, style="digits"), n))
        if n >= 10**5 and n % 1000 == 0:
            wan, rest = divmod(n, 10**4)
            forms.append((f"{wan}.{rest:04d}".rstrip("0").rstrip(".") + "万", n))
    return forms


def cn2an_format(n: int) -> str:
    text: str = cn2an.an2cn(n)
    return text


def cn2an_parse(text: str, mode: str = "smart") -> int | float:
    value: int | float = cn2an.cn2an(text, mode)
    return value


def cn2an_try(text: str, mode: str) -> int | float | None:
    """cn2an's reading, or None where it raises."""
    try:
        return cn2an_parse(text, mode)
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def ours_try(text: str) -> int | None:
    try:
        return parse_chinese(text)
    except NumeralError:
        return None


def per_item(fn: Callable[[T], object], items: Sequence[T]) -> tuple[float, float]:
    """Best and median seconds per item over REPEATS passes."""
    runs: list[float] = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for item in items:
            fn(item)
        runs.append((time.perf_counter() - start) / len(items))
    return min(runs), statistics.median(runs)


def report(label: str, ours: tuple[float, float], theirs: tuple[float, float]) -> None:
    print(
        f"  {label:<30} ours {ours[0] * 1e6:7.2f} µs (median {ours[1] * 1e6:7.2f})   "
        f"cn2an {theirs[0] * 1e6:7.2f} µs (median {theirs[1] * 1e6:7.2f})   "
        f"ours/cn2an {ours[0] / theirs[0]:.3f} (median {ours[1] / theirs[1]:.3f})"
    )


def shown(value: int | float | None) -> str:
    return "error" if value is None else repr(value)


def main() -> None:
    numbers = sample_numbers()
    print(f"Python {platform.python_version()} on {platform.machine()}, cn2an {cn2an_version()}")
    print(f"{len(numbers)} numbers; best and median of {REPEATS} passes, per number\n")

    print("Timing (lower ratio is better)")
    report("format int -> 中文", per_item(format_chinese, numbers), per_item(cn2an_format, numbers))

    canonical = [(format_chinese(n), n) for n in numbers]
    for title, cases in (
        ("parse canonical 中文", canonical),
        ("parse written forms", written_forms(numbers)),
    ):
        # Time only what cn2an reads right, so both sides do the same work.
        fair = [
            text for text, n in cases if cn2an_try(text, "smart") == n and parse_chinese(text) == n
        ]
        cn2an_time = per_item(cn2an_parse, fair)
        report(f"{title} ({len(fair)}/{len(cases)})", per_item(parse_chinese, fair), cn2an_time)
        if cases is canonical:
            # parse_chinese answers canonical text by re-formatting; this is without.
            report("  the same, strict reader only", per_item(_parse_strict, fair), cn2an_time)

    print("\nWhere cn2an.an2cn writes a different numeral (ours follows CLDR zh and the 零 rule)")
    seen: set[str] = set()
    for n in numbers:
        ours, theirs = format_chinese(n), cn2an_format(n)
        if ours != theirs and theirs not in seen:
            seen.add(theirs)
            back = cn2an_try(theirs, "smart")
            verdict = "reads back" if back == n else f"reads back as {shown(back)}"
            print(f"  {n:>17,}  ours {ours}  cn2an {theirs}  ({verdict})")
    if not seen:
        print("  none")

    print("\nWhere cn2an.cn2an reads a text wrongly (expected: hand-checked; error = must refuse)")
    print(f"  {'text':<12} {'expected':>15}  cn2an {' / '.join(CN2AN_MODES)}")
    for text, expected, why in PARSE_CASES:
        reading = ours_try(text)
        if reading != expected:
            print(f"  !! ours reads {text} as {shown(reading)}, expected {shown(expected)}")
        results = [cn2an_try(text, mode) for mode in CN2AN_MODES]
        wrong = [
            mode for mode, got in zip(CN2AN_MODES, results, strict=True) if not same(got, expected)
        ]
        if wrong:
            got = " / ".join(shown(value) for value in results)
            print(f"  {text:<12} {shown(expected):>15}  {got}   wrong in {', '.join(wrong)}: {why}")


def same(got: int | float | None, expected: int | None) -> bool:
    """Whether a reading is right: the same int (a float is wrong), or a refusal."""
    if expected is None:
        return got is None
    return type(got) is int and got == expected


def cn2an_version() -> str:
    version: str = getattr(cn2an, "__version__", "")
    if version:
        return version
    from importlib.metadata import version as installed_version

    return installed_version("cn2an")


if __name__ == "__main__":
    main()
