"""Fuzzing every public entry point with generated and mutated inputs.

Each entry point — :func:`loads`, the readers (``read``, ``read_text``,
``read_html``, ``read_markdown``, ``read_docx``, ``read_pdf``),
:func:`parse_chinese` and the command line — is fed inputs made from real
seeds (the corpus, the golden JSON, a rendered Word document, the PDFs) by
byte flips, truncation, shuffled lines, swapped cells, random Unicode, BOMs,
NUL bytes, huge numbers and deep nesting.  Every input must get an answer: a
result, or one of the library's own errors (a
:class:`~govinfo_report.errors.GovInfoReportError`) whose message names where
the problem lies.  Anything else that escapes is a bug.

The short run (a few hundred inputs an entry point, fixed seeds) is part of the
default suite.  The long campaign is opt-in::

    GOVINFO_FUZZ_COUNT=100000 python -m pytest -m fuzz tests/test_fuzz.py

``GOVINFO_FUZZ_COUNT`` is the number of inputs per entry point (default
100,000), ``GOVINFO_FUZZ_ONLY`` a comma-separated list of entry points to run,
and ``GOVINFO_FUZZ_LOG`` a file to which each entry point's figures are
appended as a JSON line.
"""

from __future__ import annotations

import contextlib
import faulthandler
import io
import json
import os
import random
import re
import sys
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from govinfo_report import dumps, example, loads
from govinfo_report.cli import main as cli_main
from govinfo_report.errors import GovInfoReportError, JSONLoadError, NumeralError
from govinfo_report.numerals import parse_chinese
from govinfo_report.readers import (
    ReadError,
    read,
    read_docx,
    read_html,
    read_markdown,
    read_pdf,
    read_text,
)
from govinfo_report.writers import render_docx

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"

# --- seeds --------------------------------------------------------------------------------


@cache
def text_seeds() -> tuple[str, ...]:
    """The corpus in text form: Word's export, scraped and PDF text."""
    return tuple(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))


@cache
def html_seeds() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.html")))


@cache
def markdown_seeds() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.md")))


@cache
def json_seeds() -> tuple[str, ...]:
    golden = (p.read_text(encoding="utf-8") for p in sorted((DATA / "golden").glob("*.json")))
    return (dumps(example()), dumps(example(), indent=True), *golden)


@cache
def docx_seeds() -> tuple[bytes, ...]:
    return (render_docx(example()),)


@cache
def pdf_seeds() -> tuple[bytes, ...]:
    # The small PDFs first: most mutants of the big ones fail to parse, but those that do
    # parse take pdfplumber a second each.
    small = sorted((DATA / "pdf").glob("*.pdf"))
    return tuple(p.read_bytes() for p in [*small, *sorted(CORPUS.glob("*.pdf"))])


NUMERAL_SEEDS = (
    "一亿零一千",
    "两百",
    "1.2万",
    "1,234",
    "九千九百九十九万九千九百九十九亿",
    "壹佰贰拾叁",
    "二〇二一",
    "０１２３",
    "十",
    "零",
    "三千零五",
    "1.5万亿",
    "12",
)

# --- mutations ----------------------------------------------------------------------------

_SPECIALS = (
    "\ufeff",
    "\x00",
    "\u3000",
    "\xa0",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\u2028",
    "（",
    "）",
    "、",
    "|",
    "/",
    "—",
    "-",
    "第",
    "页",
    "一、",
    "（一）",
    "总计",
    "年",
    "9" * 40,
    "1" * 5000,
    "（" * 2000,
    " " * 3000,
    "\t" * 3000,
    "\n" * 3000,
    "<table>",
    "<td>",
    "</td>",
    "<tr>",
    "<!--",
    "<script>",
    "&nbsp;",
    "&#x110000;",
    "&#99999999999;",
    "[image:",
    "```",
    "|---|",
    "\ud800",
    "\U0010ffff",
    "NaN",
    "Infinity",
    "1e999",
    "-0",
)


def _random_char(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.3:
        return chr(rng.randrange(0x20, 0x7F))
    if pick < 0.6:
        return chr(rng.randrange(0x4E00, 0x9FFF))  # CJK
    if pick < 0.7:
        return chr(rng.randrange(0x00, 0x20))
    if pick < 0.8:
        return rng.choice("０１２３４５６７８９零一二三四五六七八九十百千万亿两〇")
    return chr(rng.randrange(0x110000))  # anything, surrogates included


def _span(rng: random.Random, size: int) -> tuple[int, int]:
    start = rng.randrange(size + 1)
    return start, min(size, start + rng.choice((1, 2, 8, 64, 1000)))


def mutate_text(text: str, rng: random.Random, others: tuple[str, ...] = ()) -> str:
    """*text* changed by one to four random mutations."""
    for _ in range(rng.choice((1, 1, 2, 4))):
        size = len(text)
        kind = rng.randrange(14)
        if kind == 0 and size:  # flip characters
            for _ in range(rng.randrange(1, 8)):
                i = rng.randrange(len(text))
                text = text[:i] + _random_char(rng) + text[i + 1 :]
        elif kind == 1:  # insert random characters
            i = rng.randrange(size + 1)
            insert = "".join(_random_char(rng) for _ in range(rng.randrange(1, 30)))
            text = text[:i] + insert + text[i:]
        elif kind == 2:  # delete a span
            a, b = _span(rng, size)
            text = text[:a] + text[b:]
        elif kind == 3:  # truncate
            text = text[: rng.randrange(size + 1)]
        elif kind == 4:  # duplicate a span
            a, b = _span(rng, size)
            text = text[:b] + text[a:b] * rng.choice((1, 2, 50)) + text[b:]
        elif kind == 5:  # shuffle some lines
            lines = text.split("\n")
            if len(lines) > 2:
                a = rng.randrange(len(lines) - 1)
                b = min(len(lines), a + rng.choice((2, 5, 20, len(lines))))
                chunk = lines[a:b]
                rng.shuffle(chunk)
                lines[a:b] = chunk
            text = "\n".join(lines)
        elif kind == 6:  # swap two cells (numbers, tab cells or pipe cells)
            cells = list(re.finditer(r"[0-9０-９]+|(?<=\t)[^\t\n]*|(?<=\|)[^|\n]*", text))
            if len(cells) >= 2:
                x, y = sorted(rng.sample(cells, 2), key=lambda m: m.start())
                if x.end() <= y.start():
                    text = (
                        text[: x.start()]
                        + y.group()
                        + text[x.end() : y.start()]
                        + x.group()
                        + text[y.end() :]
                    )
        elif kind == 7:  # a special string
            i = rng.randrange(size + 1)
            text = text[:i] + rng.choice(_SPECIALS) * rng.choice((1, 1, 3, 100)) + text[i:]
        elif kind == 8:  # a number made huge, negative or odd
            numbers = list(re.finditer(r"\d+", text))
            if numbers:
                m = rng.choice(numbers)
                new = rng.choice(
                    ("9" * rng.choice((20, 400, 5000)), "-" + m.group(), "0" + m.group(), "1e9")
                )
                text = text[: m.start()] + new + text[m.end() :]
        elif kind == 9 and others:  # splice in part of another seed
            other = rng.choice(others)
            a, b = _span(rng, len(other))
            i = rng.randrange(size + 1)
            text = text[:i] + other[a : b + rng.randrange(2000)] + text[i:]
        elif kind == 10:  # a BOM or NUL at the start
            text = rng.choice(("\ufeff", "\x00", "\ufeff\ufeff")) + text
        elif kind == 11:  # line endings changed
            text = text.replace("\n", rng.choice(("\r\n", "\r", "\n\n", "\u2028", "")))
        elif kind == 12:  # whitespace folded or removed
            text = re.sub(r"[ \t]+", rng.choice(("", " ", "\t", "\u3000")), text)
        else:  # drop a run of lines
            lines = text.split("\n")
            a = rng.randrange(len(lines))
            del lines[a : a + rng.choice((1, 3, 30))]
            text = "\n".join(lines)
    return text


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """*data* changed by one to four random byte-level mutations."""
    buffer = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 4))):
        size = len(buffer)
        kind = rng.randrange(8)
        if kind == 0 and size:  # flip bits
            for _ in range(rng.randrange(1, 8)):
                buffer[rng.randrange(size)] ^= 1 << rng.randrange(8)
        elif kind == 1 and size:  # random bytes
            for _ in range(rng.randrange(1, 8)):
                buffer[rng.randrange(size)] = rng.randrange(256)
        elif kind == 2:  # truncate
            del buffer[rng.randrange(size + 1) :]
        elif kind == 3:  # delete a span
            a, b = _span(rng, size)
            del buffer[a:b]
        elif kind == 4:  # insert random bytes
            i = rng.randrange(size + 1)
            buffer[i:i] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 30)))
        elif kind == 5:  # duplicate a span
            a, b = _span(rng, size)
            buffer[b:b] = buffer[a:b]
        elif kind == 6:  # a BOM or NUL bytes
            i = rng.choice((0, rng.randrange(size + 1)))
            buffer[i:i] = rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00" * 8))
        else:  # interesting bytes
            i = rng.randrange(size + 1)
            buffer[i:i] = rng.choice(
                (
                    b"\xff",
                    b"\x80",
                    b"\xc0\x80",
                    b"\xed\xa0\x80",
                    b"0" * 100,
                    b"%PDF-",
                    b"PK\x03\x04",
                )
            )
    return bytes(buffer)


_JSON_VALUES: tuple[Callable[[random.Random], Any], ...] = (
    lambda rng: None,
    lambda rng: True,
    lambda rng: rng.randrange(-(2**70), 2**70),
    lambda rng: -1,
    lambda rng: 2**64,
    lambda rng: 0.5,
    lambda rng: "",
    lambda rng: "/",
    lambda rng: "—",
    lambda rng: "".join(_random_char(rng) for _ in range(rng.randrange(10))),
    lambda rng: [],
    lambda rng: {},
    lambda rng: [[[]]],
    lambda rng: {"x": 1},
    lambda rng: "1e3",
    lambda rng: "2021-13-45",
    lambda rng: "Infinity",
)


def _nodes(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _nodes(value, (*path, i))


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return data


def mutate_json(text: str, rng: random.Random) -> str | bytes:
    """*text* (a JSON report) changed in its structure or its text."""
    pick = rng.randrange(10)
    if pick < 5:  # structural: a value replaced, a key dropped or added
        data = json.loads(text)
        for _ in range(rng.choice((1, 1, 2, 5))):
            path = rng.choice(list(_nodes(data)))
            if path and isinstance(path[-1], str) and rng.random() < 0.3:
                parent = data
                for key in path[:-1]:
                    parent = parent[key]
                del parent[path[-1]]
            else:
                data = _replace(data, path, rng.choice(_JSON_VALUES)(rng))
        return json.dumps(data, ensure_ascii=rng.random() < 0.5)
    if pick == 5:  # a huge or odd number literal spliced over a value
        numbers = list(re.finditer(r"-?\d+", text))
        if numbers:
            m = rng.choice(numbers)
            new = rng.choice(
                ("1" + "0" * 5000, "NaN", "Infinity", "-Infinity", "1e400", "-0", "1.0", "0x10")
            )
            return text[: m.start()] + new + text[m.end() :]
    if pick == 6:  # deep nesting spliced over a value
        depth = rng.choice((100, 1000, 1025, 100_000))
        nested = "[" * depth + "]" * depth
        numbers = list(re.finditer(r"\d+", text))
        if numbers and rng.random() < 0.7:
            m = rng.choice(numbers)
            return text[: m.start()] + nested + text[m.end() :]
        return nested if rng.random() < 0.5 else '{"a":' * depth + "1" + "}" * depth
    if pick == 7:  # as bytes, possibly mangled
        return mutate_bytes(text.encode(rng.choice(("utf-8", "utf-16", "gb18030"))), rng)
    return mutate_text(text, rng)


def mutate_docx(data: bytes, rng: random.Random) -> bytes:
    """A Word document changed in its XML (rezipped) or in its bytes."""
    if rng.random() < 0.4:
        return mutate_bytes(data, rng)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = (
        "word/document.xml"
        if rng.random() < 0.7
        else rng.choice(sorted(n for n in members if n.endswith((".xml", ".rels"))))
    )
    xml = members[name].decode("utf-8")
    if rng.random() < 0.1:
        # Entities and external references, which must never be expanded or fetched.
        xml = re.sub(
            r"^(<\?xml[^>]*\?>)?",
            lambda m: (
                (m.group(0) or "")
                + '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">'
                '<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            ),
            xml,
            count=1,
        )
        xml = xml.replace("<w:t>", "<w:t>&b;&x;", 1)
    else:
        xml = mutate_text(xml, rng)
    members[name] = xml.encode("utf-8", "surrogatepass")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return out.getvalue()


# --- the oracle ---------------------------------------------------------------------------

_LOCATION = re.compile(r"\$|\bline \d+|\bdocument\b|\bfile\b|\bat position \d+|\bposition")


def names_a_location(error: GovInfoReportError, name: str | None = None) -> bool:
    """Whether *error*'s message says where the problem lies."""
    message = str(error)
    if isinstance(error, JSONLoadError):
        return bool(error.problems) and all(p.path.startswith("$") for p in error.problems)
    if isinstance(error, NumeralError):
        return bool(re.match(r"cannot read ['\"]", message))  # the numeral is the location
    if name is not None and name in message:
        return True
    return bool(_LOCATION.search(message))


class Escape(Exception):
    """An input that got neither an answer nor one of the library's own errors."""


def check_one(call: Callable[[], object], name: str | None = None) -> None:
    """Call *call*; raise :class:`Escape` if anything but a located library error escapes."""
    try:
        call()
    except GovInfoReportError as error:
        if not names_a_location(error, name):
            raise Escape(f"{type(error).__name__} without a location: {error}") from error
    except Exception as error:  # RecursionError, MemoryError and the like included
        raise Escape(f"{type(error).__name__}: {error}") from error


# --- entry points -------------------------------------------------------------------------

Target = Callable[[random.Random, int], tuple[Callable[[], object], object, str | None]]


def _text_input(rng: random.Random) -> str:
    return mutate_text(rng.choice(text_seeds()), rng, markdown_seeds())


def _read_input(rng: random.Random) -> str | bytes:
    """An input for read(): any form, as text or as encoded bytes."""
    pick = rng.randrange(10)
    if pick == 0:
        return mutate_json(rng.choice(json_seeds()), rng)
    if pick == 1:
        return mutate_bytes(rng.choice(docx_seeds()), rng)
    seed = rng.choice((*text_seeds(), *html_seeds(), *markdown_seeds()))
    if pick < 5:
        return mutate_bytes(seed.encode(rng.choice(("utf-8", "gb18030", "utf-8-sig"))), rng)
    return mutate_text(seed, rng, text_seeds())


def target_loads(rng: random.Random, _: int) -> tuple[Callable[[], object], object, str | None]:
    data = mutate_json(rng.choice(json_seeds()), rng)
    return (lambda: loads(data)), data, None


def target_read(rng: random.Random, _: int) -> tuple[Callable[[], object], object, str | None]:
    data = _read_input(rng)
    if isinstance(data, str) and "\n" not in data and len(data) < 4096:
        data += "\n"  # one line would be taken as a path
    return (lambda: read(data)), data, None


def target_read_text(rng: random.Random, _: int) -> tuple[Callable[[], object], object, str | None]:
    data = _text_input(rng)
    strict = rng.random() < 0.2
    return (lambda: read_text(data, strict=strict)), data, None


def target_read_html(rng: random.Random, _: int) -> tuple[Callable[[], object], object, str | None]:
    data = mutate_text(rng.choice(html_seeds()), rng, html_seeds())
    return (lambda: read_html(data)), data, None


def target_read_markdown(
    rng: random.Random, _: int
) -> tuple[Callable[[], object], object, str | None]:
    data = mutate_text(rng.choice(markdown_seeds()), rng, text_seeds())
    return (lambda: read_markdown(data)), data, None


def target_read_docx(rng: random.Random, _: int) -> tuple[Callable[[], object], object, str | None]:
    data = mutate_docx(rng.choice(docx_seeds()), rng)
    return (lambda: read_docx(data)), data, "Word document"


def target_read_pdf(rng: random.Random, _: int) -> tuple[Callable[[], object], object, str | None]:
    seeds = pdf_seeds()
    # Mostly the small PDFs: a big one that survives its mutation takes a second to read.
    seed = seeds[rng.randrange(3)] if rng.random() < 0.9 else rng.choice(seeds)
    data = mutate_bytes(seed, rng)
    return (lambda: read_pdf(data)), data, "PDF document"


def target_parse_chinese(
    rng: random.Random, _: int
) -> tuple[Callable[[], object], object, str | None]:
    if rng.random() < 0.2:
        data = "".join(
            rng.choice("零一二三四五六七八九十百千万亿两〇壹贰拾佰仟0123456789.,，万")
            for _ in range(40)
        )[: rng.randrange(1, 40)]
    else:
        data = mutate_text(rng.choice(NUMERAL_SEEDS), rng)
    return (lambda: parse_chinese(data)), data, None


_COMMANDS = (
    ("check",),
    ("read",),
    ("read", "--format", "csv"),
    ("read", "--strict"),
    ("json",),
    ("render",),
    ("render", "--format", "html"),
)


def cli_call(command: tuple[str, ...], raw: bytes) -> Callable[[], int]:
    """The command line on *raw* as standard input, checked as the fuzzer checks it."""

    def call() -> int:
        stdin = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
        stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        stderr = io.StringIO()
        real = sys.stdin
        sys.stdin = stdin
        try:
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                code = cli_main([*command, "-"])
        finally:
            sys.stdin = real
        if code not in (0, 1, 3):
            raise AssertionError(f"exit code {code}: {stderr.getvalue()[-500:]}")
        if "Traceback" in stderr.getvalue():
            raise AssertionError(f"a traceback: {stderr.getvalue()[-2000:]}")
        if code == 3 and not stderr.getvalue().startswith("govinfo-report: -"):
            raise AssertionError(f"exit 3 without naming the input: {stderr.getvalue()[:500]}")
        return code

    return call


def target_cli(rng: random.Random, i: int) -> tuple[Callable[[], object], object, str | None]:
    data = _read_input(rng)
    command = rng.choice(_COMMANDS)
    if command == ("json",) and rng.random() < 0.7:
        data = mutate_json(rng.choice(json_seeds()), rng)
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    return cli_call(command, raw), (command, raw), None


TARGETS: dict[str, Target] = {
    "loads": target_loads,
    "read": target_read,
    "read_text": target_read_text,
    "read_html": target_read_html,
    "read_markdown": target_read_markdown,
    "read_docx": target_read_docx,
    "read_pdf": target_read_pdf,
    "parse_chinese": target_parse_chinese,
    "cli": target_cli,
}


def campaign(
    name: str, count: int, seed: int = 20261127, log: Path | None = None, limit: float = 5.0
) -> list[str]:
    """Feed *count* inputs to the entry point *name*; the escapes found, with their inputs."""
    rng = random.Random(f"{name}-{seed}")
    escapes: list[str] = []
    slow = 0
    started = time.perf_counter()
    for i in range(count):
        call, data, located = TARGETS[name](rng, i)
        before = time.perf_counter()
        if log is not None:
            # A hang would stop the campaign without a word: say where it hangs.
            faulthandler.dump_traceback_later(60)
        try:
            check_one(call, located)
        except Escape as found:
            cause = found.__cause__
            where = traceback.format_exception(cause)[-3:] if cause else []
            escapes.append(f"#{i} {found}\n{''.join(where)}input: {repr(data)[:300]}")
        if log is not None:
            faulthandler.cancel_dump_traceback_later()
        if time.perf_counter() - before > limit:
            slow += 1
            escapes.append(f"#{i} took {time.perf_counter() - before:.1f} s: {repr(data)[:300]}")
    if log is not None:
        figures = {
            "entry_point": name,
            "inputs": count,
            "escapes": len(escapes),
            "slow": slow,
            "seconds": round(time.perf_counter() - started, 1),
        }
        with log.open("a", encoding="utf-8") as out:
            out.write(json.dumps(figures) + "\n")
            for text in escapes[:50]:
                out.write(json.dumps({"entry_point": name, "escape": text}) + "\n")
    return escapes


# --- the short run ------------------------------------------------------------------------

SHORT: dict[str, int] = {
    "loads": 400,
    "read": 300,
    "read_text": 300,
    "read_html": 200,
    "read_markdown": 300,
    "read_docx": 150,
    "read_pdf": 60,
    "parse_chinese": 1000,
    "cli": 150,
}


@pytest.mark.parametrize("name", sorted(SHORT))
def test_fuzz_short(name: str) -> None:
    escapes = campaign(name, SHORT[name], seed=1)
    assert not escapes, "\n\n".join(escapes[:5])


# --- the long campaign --------------------------------------------------------------------


@pytest.mark.fuzz
@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz_campaign(name: str) -> None:
    # Deselected by pyproject's ``-m "not fuzz"`` unless the command line says ``-m fuzz``.
    only = os.environ.get("GOVINFO_FUZZ_ONLY")
    if only and name not in only.split(","):
        pytest.skip(f"GOVINFO_FUZZ_ONLY={only}")
    count = int(os.environ.get("GOVINFO_FUZZ_COUNT", "100000"))
    log = os.environ.get("GOVINFO_FUZZ_LOG")
    escapes = campaign(name, count, log=Path(log) if log else None)
    assert not escapes, "\n\n".join(escapes[:5])


# --- regressions: what the fuzzers found ------------------------------------------------------


def test_markdown_text_line_over_a_delimiter_row_does_not_loop() -> None:
    # "text |" over "|---|" started a table whose first line was then left unread: the
    # reader looped for ever.
    from govinfo_report.readers._blocks import blocks_from_markdown

    started = time.perf_counter()
    blocks = blocks_from_markdown("根据条例 |\n|---|\n| 编制本报告 |\n")
    assert time.perf_counter() - started < 1
    texts = [getattr(item, "text", "") for item in blocks.items]
    assert texts == ["根据条例", "编制本报告"]  # nothing lost


def test_a_cell_of_thousands_of_digits_is_unrecognised() -> None:
    # int() refuses more than 4300 digits with a ValueError, which escaped.
    from govinfo_report.readers import _Reading
    from govinfo_report.readers._table_two import cuts
    from govinfo_report.readers._values import BadValue, read_count

    reading = _Reading("x", "text")
    assert reading.cells("R1", ["9" * 5000, *["0"] * 6], True, 7, 0) is None
    assert reading.cells("R1", ["9" * 5000, "1"], False, 7, 0) is None  # not cut either
    assert [d.kind for d in reading.diagnostics] == ["unrecognised", "unrecognised"]
    with pytest.raises(BadValue, match="5000 digits"):
        read_count("９" * 5000)
    from govinfo_report.model import PROACTIVE_2019

    assert list(cuts("1" * 5000, PROACTIVE_2019.row("penalty")[0].columns)) == []
    text = text_seeds()[0]
    report = read_text(re.sub(r"(?<=\t)0(?=\n)", "9" * 5000, text, count=1)).report
    assert report.organ


def test_glued_full_width_digits_are_unrecognised() -> None:
    # "６ 1 ５" passed isdigit() and reached the cutter, which takes ASCII digits only.
    from govinfo_report.readers import _Reading

    reading = _Reading("x", "text")
    assert reading.cells("R1", ["6000006", "1", "５", "0000000"], False, 7, 0) is None
    assert reading.diagnostics[0].kind == "unrecognised"


def test_whole_document_errors_name_the_document() -> None:
    with pytest.raises(ReadError, match=r"^the document is not an annual report") as raised:
        read_text("这不是一份年度报告。\n" * 3)
    assert names_a_location(raised.value)
    with pytest.raises(ReadError, match=r"^the document's title") as raised:
        read_text("一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n")


def test_errors_about_a_text_file_name_it(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_text("这不是一份年度报告。\n", encoding="utf-8")
    with pytest.raises(ReadError, match=f"^{re.escape(str(path))}: the document is not"):
        read(path)


def test_a_damaged_deflate_stream_in_a_word_document_is_a_read_error() -> None:
    # zlib.error is neither an OSError nor a BadZipFile.
    data = bytearray(docx_seeds()[0])
    start = data.index(b"word/document.xml") + len(b"word/document.xml")
    for i in range(start + 40, start + 60):
        data[i] ^= 0x55
    with pytest.raises(ReadError, match=r"^Word document: "):
        read_docx(bytes(data))


def test_a_count_beyond_64_bits_is_unrecognised_and_the_cli_prints_json() -> None:
    # The cell was read as an int the JSON writer cannot write: `read` printed a traceback.
    text = text_seeds()[0]
    huge = re.sub(r"(?<=\t)0(?=\n)", "99999999999999999999", text, count=1)
    assert read_text(huge).report.organ
    from govinfo_report.readers._glued import _row_cuts

    cuts = _row_cuts("1" * 24 + " " + "1" * 25, 3, frozenset(), None)
    assert all(abs(cell) < 2**64 for cut in cuts for cell in cut)
    assert cli_call(("read",), huge.encode())() == 0


def test_a_zip_of_an_unknown_version_is_a_read_error() -> None:
    # zipfile raises NotImplementedError("zip file version 8.8") on such a central directory.
    data = bytearray(docx_seeds()[0])
    at = data.index(b"PK\x01\x02")
    data[at + 6] = 88
    with pytest.raises(ReadError, match=r"^Word document: "):
        read(bytes(data))


def test_a_span_of_thousands_of_digits_is_capped() -> None:
    from govinfo_report.readers._blocks import blocks_from_html

    blocks = blocks_from_html('<table><tr><td rowspan="' + "9" * 5000 + '">甲</td><td>1</td></tr>')
    assert any("rowspan 9999" in note for note in blocks.notes)


def test_a_title_of_the_year_0000_is_a_read_error() -> None:
    text = text_seeds()[0]
    title = re.search(r"\d{4}(?=\s*年)", text)
    assert title is not None
    broken = text[: title.start()] + "0000" + text[title.end() :]
    with pytest.raises(ReadError, match=r"^the document's title gives the year 0000"):
        read_text(broken)


def test_a_line_of_quote_markers_takes_linear_time() -> None:
    # read_markdown removed ">" one at a time, copying the line each time: the long campaign
    # hung on a mutated line of thousands of them.
    started = time.perf_counter()
    with pytest.raises(ReadError):
        read_markdown(">" * 1_000_000)
    with pytest.raises(ReadError):
        read_markdown("> " * 500_000 + "x")
    assert time.perf_counter() - started < 5


def test_long_runs_of_cells_and_lines_take_linear_time() -> None:
    text = text_seeds()[0]
    started = time.perf_counter()
    # A preamble of many blank lines and chrome lines, dropped one by one before.
    title_end = text.index("\n", text.index("报告")) + 1
    read_text(text[:title_end] + "\n" * 500_000 + "来源：本站\n" * 100_000 + text[title_end:])
    assert time.perf_counter() - started < 5


def test_a_heading_with_a_long_run_of_spaces_takes_linear_time() -> None:
    # The closing-# pattern of ATX headings tried the run from each of its spaces.
    started = time.perf_counter()
    with pytest.raises(ReadError):
        read_markdown("# 甲" + " " * 1_000_000 + "乙\n")
    assert time.perf_counter() - started < 5
