"""Batch work: read and check whole corpora, one JSON line per report.

:func:`process` is the work done for one document — read it, check it, and
describe the outcome as JSON-ready data — and is what any scheduler runs:
:func:`run` maps it over files and folders with worker processes, and the
same function runs on Dask or any other pool (see ``docs/batch.md``).  One bad
document never stops a run: its line says what stopped it.

>>> from govinfo_report import dumps, example
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "qidu.json").write_text(dumps(example()), encoding="utf-8")
>>> outcome = process(folder / "qidu.json")
>>> outcome["status"], outcome["organ"], outcome["year"], outcome["errors"]
('ok', '临淄区齐都镇人民政府', 2021, 0)
>>> stats = run([folder], folder / "results.jsonl", summary=folder / "summary.csv")
>>> stats.processed, stats.skipped, stats.statuses
(1, 0, {'ok': 1})
>>> run([folder], folder / "results.jsonl").skipped  # resumed: done already
1
"""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Final, Literal, Protocol, TextIO

import attrs

from . import _json
from .errors import GovInfoReportError
from .i18n import LocaleLike
from .readers import ReadError, read
from .rules import Severity, check
from .serialise import to_dict

__all__ = [
    "SUFFIXES",
    "SUMMARY_FIELDS",
    "BatchStats",
    "Status",
    "iter_sources",
    "process",
    "read_outcomes",
    "run",
]

#: What a report's line says of it: ``ok`` (read, no error-level finding),
#: ``errors`` (read, with error-level findings), ``unreadable`` (not a report we
#: can read: the error says why), ``failed`` (an unexpected error: a bug to report).
Status = Literal["ok", "errors", "unreadable", "failed"]

#: The file name endings :func:`iter_sources` picks up in a folder.  Word 97-2003
#: files (``.doc``) are listed so that their lines say to save them as ``.docx``.
SUFFIXES: Final = frozenset(
    {".txt", ".text", ".htm", ".html", ".md", ".markdown", ".json", ".docx", ".doc", ".pdf"}
)

#: The columns of the summary CSV.
SUMMARY_FIELDS: Final = (
    "source",
    "organ",
    "year",
    "edition",
    "form",
    "errors",
    "warnings",
    "notices",
    "status",
)


def iter_sources(paths: Iterable[str | Path]) -> Iterator[str]:
    """Every document under *paths*: files as given, folders walked in name order.

    In folders, files whose names end in one of :data:`SUFFIXES` are taken;
    hidden files and folders (a name starting with ``.``) are skipped.  A path
    that does not exist is yielded as it is, so that its line says so.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.txt", "a.html", "notes.xlsx", ".hidden.txt"):
    ...     _ = (folder / name).write_text("")
    >>> [pathlib.Path(s).name for s in iter_sources([folder])]
    ['a.html', 'b.txt']
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield str(path)


def _walk(folder: Path) -> Iterator[str]:
    # One folder's entries at a time, sorted: memory follows the widest folder,
    # not the size of the corpus.
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(Path(entry.path))
        elif os.path.splitext(entry.name)[1].lower() in SUFFIXES:
            yield entry.path


def process(
    source: str | Path, *, locale: LocaleLike = "zh_CN", strict: bool = False
) -> dict[str, Any]:
    """Read and check one document; its outcome as JSON-ready data.

    The keys: ``source``, ``status`` (see :data:`Status`), ``organ``,
    ``year``, ``edition``, ``form`` (``json``, ``html``, ``markdown``, ``text``),
    ``errors``, ``warnings`` and ``notices`` (counts of findings), ``report``
    (the report document, as :func:`~govinfo_report.to_dict` gives it),
    ``diagnostics`` (what the reader said), ``findings``
    (:meth:`~govinfo_report.rules.Finding.to_dict` in *locale*) and ``error``
    (``{"code", "message"}`` when the document could not be read, else null).

    It never raises for a bad document, so that a batch goes on.
    """
    name = str(source)
    outcome: dict[str, Any] = {
        "source": name,
        "status": "ok",
        "organ": None,
        "year": None,
        "edition": None,
        "form": None,
        "errors": 0,
        "warnings": 0,
        "notices": 0,
        "report": None,
        "diagnostics": [],
        "findings": [],
        "error": None,
    }
    try:
        result = read(Path(source), strict=strict)
        report = result.report
        findings = check(report)
        counts = Counter(finding.severity for finding in findings)
        outcome.update(
            status="errors" if counts[Severity.ERROR] else "ok",
            organ=report.organ,
            year=report.year,
            edition=report.edition.value,
            form=result.form,
            errors=counts[Severity.ERROR],
            warnings=counts[Severity.WARNING],
            notices=counts[Severity.NOTICE],
            report=to_dict(report),
            diagnostics=[
                {"kind": d.kind, "where": d.where, "message": d.message, "cells": list(d.cells)}
                for d in result.diagnostics
            ],
            findings=[finding.to_dict(locale) for finding in findings],
        )
    except (GovInfoReportError, OSError) as error:
        diagnostics = error.diagnostics if isinstance(error, ReadError) else ()
        outcome.update(
            status="unreadable",
            diagnostics=[
                {"kind": d.kind, "where": d.where, "message": d.message, "cells": list(d.cells)}
                for d in diagnostics
            ],
            error={"code": getattr(error, "code", "os.error"), "message": _first_line(error)},
        )
    except Exception as error:  # a bug of ours: say so on its line, and go on
        outcome.update(
            status="failed",
            error={
                "code": "internal",
                "message": f"{type(error).__name__}: {error}",
                "traceback": traceback.format_exc(limit=8),
            },
        )
    return outcome


def _first_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename or ''}: {error.strerror}".lstrip(": ")
    return str(error).split("\n", 1)[0]


@attrs.frozen
class BatchStats:
    """What a :func:`run` did."""

    #: Documents processed in this run.
    processed: int
    #: Documents skipped because the output already had their line (resumed).
    skipped: int
    #: How many documents of this run ended in each status.
    statuses: dict[str, int]
    seconds: float

    @property
    def per_second(self) -> float:
        """Documents processed per second."""
        return self.processed / self.seconds if self.seconds else 0.0


def _work(job: tuple[str, str, bool]) -> tuple[bytes, tuple[str, ...]]:
    """Process one document in a worker: its JSON line (UTF-8) and its summary row."""
    source, locale, strict = job
    outcome = process(source, locale=locale, strict=strict)
    # Bytes cross the process boundary and go to the file as they are: no
    # decoding and encoding again of every line on the way.
    return _json.encode_bytes(outcome) + b"\n", _summary_row(outcome)


def _summary_row(outcome: dict[str, Any]) -> tuple[str, ...]:
    return tuple("" if outcome[field] is None else str(outcome[field]) for field in SUMMARY_FIELDS)


class _CSVWriter(Protocol):
    def writerow(self, row: Iterable[str], /) -> object: ...


def _done_sources(out: Path, summary: _CSVWriter | None) -> set[str]:
    """The sources with a complete line in *out*, after cutting a torn last line.

    Their summary rows are written to *summary*, so that it covers the whole output.
    """
    done: set[str] = set()
    if not out.exists():
        return done
    with out.open("rb+") as file:
        good = 0  # the end of the last complete line
        for line in file:
            if not line.endswith(b"\n"):
                break  # a line torn by a run that was stopped
            try:
                outcome = json.loads(line)
                source = outcome["source"]
            except (ValueError, KeyError, TypeError):
                break
            done.add(source)
            if summary is not None:
                summary.writerow(_summary_row(outcome))
            good += len(line)
        file.truncate(good)
    return done


def run(
    paths: Iterable[str | Path],
    out: str | Path | TextIO,
    *,
    summary: str | Path | None = None,
    workers: int = 1,
    locale: LocaleLike = "zh_CN",
    strict: bool = False,
    progress: bool | None = None,
    resume: bool = True,
) -> BatchStats:
    """Process every document under *paths*, one JSON line each to *out*.

    *out* is a path (``.jsonl``) or an open text stream.  With a path, a run is
    resumable: documents that already have a line are skipped, and a line torn
    by a stopped run is cut off and done again (``resume=False`` starts afresh).
    *summary* writes a CSV with one row per document (:data:`SUMMARY_FIELDS`),
    covering the lines of earlier runs too.  *workers* processes share the work
    (1: in this process).  *progress* shows a count on standard error (default:
    when it is a terminal).  Lines come in the order of :func:`iter_sources`.
    """
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, got {workers}")
    started = time.perf_counter()
    statuses: Counter[str] = Counter()
    summary_file = (
        None if summary is None else open(summary, "w", encoding="utf-8", newline="")  # noqa: SIM115
    )
    try:
        writer = None if summary_file is None else csv.writer(summary_file)
        if writer is not None:
            writer.writerow(SUMMARY_FIELDS)
        if isinstance(out, str | Path):
            out_path = Path(out)
            if not resume and out_path.exists():
                out_path.unlink()
            done = _done_sources(out_path, writer)
            stream: _Sink = out_path.open("ab")
        else:
            done = set()
            stream = _binary(out)
        skipped = 0

        def pending() -> Iterator[tuple[str, str, bool]]:
            nonlocal skipped
            for source in iter_sources(paths):
                if source in done:
                    skipped += 1
                else:
                    yield source, str(locale), strict

        if progress is None:
            progress = sys.stderr.isatty()
        show = None
        if progress:
            # Counting first walks the folders once more, reading no file: cheap next
            # to reading the reports, and it gives the bar its end.
            show = _Progress(sys.stderr, sum(1 for _ in iter_sources(paths)))
        try:
            for line, row in _map(_work, pending(), workers):
                stream.write(line)
                if writer is not None:
                    writer.writerow(row)
                statuses[row[-1]] += 1
                if show is not None:
                    show.update(sum(statuses.values()), skipped)
            stream.flush()
        finally:
            if show is not None:
                show.close(sum(statuses.values()), skipped)
            if isinstance(out, str | Path):
                stream.close()
    finally:
        if summary_file is not None:
            summary_file.close()
    return BatchStats(
        processed=sum(statuses.values()),
        skipped=skipped,
        statuses=dict(statuses),
        seconds=time.perf_counter() - started,
    )


class _Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...
    def flush(self) -> object: ...
    def close(self) -> object: ...


def _binary(out: TextIO) -> _Sink:
    """The bytes under a text stream (sys.stdout.buffer), or a writer that decodes."""
    buffer: BinaryIO | None = getattr(out, "buffer", None)
    if buffer is not None:
        out.flush()
        return buffer
    return _TextSink(out)


class _TextSink:
    """Bytes written to a text stream without a buffer (io.StringIO)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, data: bytes) -> int:
        return self.out.write(data.decode())

    def flush(self) -> None:
        self.out.flush()

    def close(self) -> None:  # the caller's stream stays open
        pass


def _map(
    function: Callable[[tuple[str, str, bool]], tuple[bytes, tuple[str, ...]]],
    jobs: Iterator[tuple[str, str, bool]],
    workers: int,
) -> Iterator[tuple[bytes, tuple[str, ...]]]:
    if workers == 1:
        yield from map(function, jobs)
        return
    # imap keeps the order of the sources and pulls jobs lazily, so neither the
    # list of sources nor the results pile up; chunks keep the messages few.
    with multiprocessing.get_context(_START_METHOD).Pool(workers) as pool:
        yield from pool.imap(function, jobs, chunksize=16)


# fork starts workers fastest and is safe here (workers only read files and
# compute); where it is not available, the platform's default is used.
_START_METHOD: Final = (
    "fork"
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
    else None
)


class _Progress:
    """A progress bar on a terminal, redrawn at most ten times a second.

    ``[##########----------]  512/1000  51%  540/s  1 s left``; the total is
    counted before the run (a walk of the folders, without reading a file).
    """

    WIDTH: Final = 24

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = total
        self.started = self.shown = time.perf_counter()

    def update(self, processed: int, skipped: int) -> None:
        now = time.perf_counter()
        if now - self.shown >= 0.1:
            self.shown = now
            self._draw(processed, skipped, now)

    def close(self, processed: int, skipped: int) -> None:
        self._draw(processed, skipped, time.perf_counter())
        self.stream.write("\n")
        self.stream.flush()

    def _draw(self, processed: int, skipped: int, now: float) -> None:
        elapsed = now - self.started
        rate = processed / elapsed if elapsed > 0 else 0.0
        todo = max(self.total - skipped, 0)
        share = processed / todo if todo else 1.0
        filled = round(share * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        left = f"  {(todo - processed) / rate:.0f} s left" if rate and processed < todo else ""
        resumed = f"  ({skipped} done before)" if skipped else ""
        self.stream.write(
            f"\r[{bar}] {processed:>{len(str(todo))}}/{todo} reports {share:4.0%}"
            f"  {rate:.0f}/s{left}{resumed}  "
        )
        self.stream.flush()


def read_outcomes(lines: Iterable[str] | TextIO) -> Iterator[dict[str, Any]]:
    """The outcomes in the JSON lines of a batch output, one dict each.

    >>> next(read_outcomes(['{"source": "a.txt", "status": "ok"}']))["status"]
    'ok'
    """
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield json.loads(line)
            except ValueError as error:
                raise ValueError(f"line {number}: not a JSON line: {error}") from None
