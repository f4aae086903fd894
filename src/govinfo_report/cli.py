"""The ``govinfo-report`` command line.

Sub-commands: ``read``, ``check``, ``render``, ``batch``, ``json``, ``schema``,
``labels``, ``rules`` and ``example``.  Data goes to standard output (or the
file of ``-o``), diagnostics to standard error; ``-`` as a file name is
standard input.  Exit codes: 0 success, 1 error-level findings, 2 usage error,
3 unreadable input.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TextIO

from . import __version__
from .batch import run as run_batch
from .editions import Edition
from .errors import GovInfoReportError, MissingExtraError
from .examples import EXAMPLES, example
from .i18n import N_, InvalidLocaleError, environment_locale, negotiate_locale, use_locale
from .i18n import gettext as _
from .labels import iter_labels
from .model import Report
from .readers import read
from .records import to_csv
from .rules import Finding, Severity, check, rule_catalogue
from .schema import json_schema
from .serialise import dumps, loads
from .writers import render_docx, render_html, render_markdown, render_text

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3

_EPILOG = N_("""\
examples:
  govinfo-report check report.html       read a published report: does it tie out?
  govinfo-report check 2022.txt --previous 2021.txt --locale en
  govinfo-report read report.html        the report as JSON (several files: JSON Lines)
  govinfo-report read *.txt --format csv > cells.csv
  govinfo-report render report.json --format docx -o report.docx
  govinfo-report batch corpus/ --out results.jsonl --summary summary.csv -j 4
  govinfo-report example                 print the bundled example report as JSON
  govinfo-report json report.json        check a JSON report and print it in canonical form
  govinfo-report schema > report.schema.json
  govinfo-report rules --locale en       the rule catalogue

exit codes: 0 success (no error-level findings), 1 error-level findings,
2 usage error, 3 unreadable input.
""")


def _locale(value: str) -> str:
    """An argparse type: a well-formed locale identifier (else a usage error, exit 2)."""
    try:
        negotiate_locale(value, ("zh_Hans", "en"))
    except InvalidLocaleError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


_FORMATS = ("json", "jsonl", "csv", "text", "markdown", "html", "docx")
_LAYOUTS = ("text", "markdown", "html", "docx")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govinfo-report",
        description=_("政府信息公开工作年度报告 as data: read, check and write annual reports."),
        epilog=_(_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    files_help = _("a report: text, HTML, Markdown or JSON; - for stdin")

    read_ = commands.add_parser(
        "read", help=_("read reports into JSON, JSON Lines or CSV, or render them")
    )
    read_.add_argument("files", nargs="+", metavar="FILE", help=files_help)
    read_.add_argument(
        "--format",
        choices=_FORMATS,
        help=_("json (one file, the default), jsonl (several files, the default), csv "
               "(one row per cell), or a layout: text, markdown, html, docx"),
    )  # fmt: skip
    read_.add_argument("-o", "--output", metavar="FILE", help=_("write here instead of stdout"))
    read_.add_argument("--strict", action="store_true", help=_("refuse what is not read for sure"))
    read_.add_argument("--compact", action="store_true", help=_("one line instead of indented"))
    read_.add_argument(
        "--locale", type=_locale, help=_("language of the labels, such as zh_CN or en")
    )

    check_ = commands.add_parser("check", help=_("check reports and list what does not tie out"))
    check_.add_argument("files", nargs="+", metavar="FILE", help=files_help)
    check_.add_argument(
        "--previous", metavar="FILE", help=_("the same organ's report on the year before")
    )
    check_.add_argument("--json", action="store_true", help=_("findings as JSON"))
    check_.add_argument(
        "--locale", type=_locale, help=_("language of the messages, such as zh_CN or en")
    )

    render = commands.add_parser("render", help=_("write a report in the official layout"))
    render.add_argument("file", metavar="FILE", help=files_help)
    render.add_argument("--format", choices=_LAYOUTS, default="text", help=_("default: text"))
    render.add_argument("-o", "--output", metavar="FILE", help=_("write here instead of stdout"))
    render.add_argument(
        "--standalone", action="store_true", help=_("HTML: a whole page, not a fragment")
    )
    render.add_argument(
        "--locale", type=_locale, help=_("language of the labels, such as zh_CN or en")
    )

    batch = commands.add_parser(
        "batch", help=_("read and check every report under folders, one JSON line each")
    )
    batch.add_argument("paths", nargs="+", metavar="PATH", help=_("files and folders"))
    batch.add_argument(
        "--out", required=True, metavar="FILE", help=_("the JSON Lines output; - for stdout")
    )
    batch.add_argument("--summary", metavar="FILE", help=_("also write a summary CSV"))
    batch.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help=_("worker processes (default: 1)")
    )
    batch.add_argument("--restart", action="store_true", help=_("start afresh instead of resuming"))
    batch.add_argument("--strict", action="store_true", help=_("refuse what is not read for sure"))
    batch.add_argument(
        "--locale", type=_locale, help=_("language of the messages, such as zh_CN or en")
    )
    batch.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=_("show progress on stderr (default: when it is a terminal)"),
    )

    show = commands.add_parser("example", help=_("print a bundled example report as JSON"))
    show.add_argument("name", nargs="?", default=EXAMPLES[0], choices=EXAMPLES)
    show.add_argument("--compact", action="store_true", help=_("one line instead of indented"))

    canon = commands.add_parser("json", help=_("validate JSON reports and print them canonically"))
    canon.add_argument("files", nargs="+", metavar="FILE", help=_("a JSON report, or - for stdin"))
    canon.add_argument("--compact", action="store_true", help=_("one line instead of indented"))

    commands.add_parser("schema", help=_("print the JSON Schema of the report document"))

    labels_ = commands.add_parser("labels", help=_("print the label catalogue"))
    labels_.add_argument(
        "--locale", type=_locale, help=_("language of the labels, such as zh_CN or en")
    )
    labels_.add_argument(
        "--edition",
        choices=[edition.value for edition in Edition],
        default=Edition.FORMAT_2021.value,
        help=_("the edition of the format (default: 2021)"),
    )

    rules_ = commands.add_parser("rules", help=_("print the rule catalogue"))
    rules_.add_argument(
        "--locale", type=_locale, help=_("language of the messages, such as zh_CN or en")
    )
    return parser


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


class _Unreadable(Exception):
    """An input the command could not read; the message says why."""


def _load(name: str) -> Report:
    """A JSON report document (the ``json`` command)."""
    try:
        return loads(_read_bytes(name))
    except OSError as error:
        raise _Unreadable(f"{name}: {error.strerror or error}") from None
    except GovInfoReportError as error:
        raise _Unreadable(f"{name}: {error}") from None


def _read_any(name: str, *, strict: bool = False, quiet: bool = False) -> Report:
    """Any supported input; the reader's doubts go to stderr unless *quiet*."""
    try:
        result = read(_read_bytes(name), strict=strict)
    except OSError as error:
        raise _Unreadable(f"{name}: {error.strerror or error}") from None
    except GovInfoReportError as error:
        raise _Unreadable(f"{name}: {error}") from None
    if not quiet:
        for diagnostic in result.uncertain:
            print(f"govinfo-report: {name}: {diagnostic}", file=sys.stderr)
    return result.report


def _open_output(name: str | None, *, binary: bool) -> IO[Any]:
    if not binary:
        return _open_text(name)
    if name is None or name == "-":
        return sys.stdout.buffer
    return open(name, "wb")


def _open_text(name: str | None) -> TextIO:
    if name is None or name == "-":
        return sys.stdout
    return open(name, "w", encoding="utf-8", newline="")


def _render(report: Report, layout: str, locale: str, *, standalone: bool = False) -> str | bytes:
    if layout == "text":
        return render_text(report, locale=locale)
    if layout == "markdown":
        return render_markdown(report, locale=locale)
    if layout == "html":
        return render_html(report, locale=locale, standalone=standalone)
    return render_docx(report, locale=locale)


def _write_rendered(output: str | None, rendered: str | bytes) -> int:
    binary = isinstance(rendered, bytes)
    if binary and (output is None or output == "-") and sys.stdout.isatty():
        print(
            "govinfo-report: a Word document is binary: give -o FILE or redirect stdout",
            file=sys.stderr,
        )
        return EXIT_USAGE
    stream = _open_output(output, binary=binary)
    try:
        stream.write(rendered)
    finally:
        if stream not in (sys.stdout, sys.stdout.buffer):
            stream.close()
    return EXIT_OK


def _read_command(args: argparse.Namespace) -> int:
    layout = args.format or ("json" if len(args.files) == 1 else "jsonl")
    locale = args.locale or "zh_Hans"
    if layout in _LAYOUTS or layout == "json":
        if len(args.files) > 1:
            print(
                f"govinfo-report: --format {layout} writes one report; "
                "for several, use jsonl or csv",
                file=sys.stderr,
            )
            return EXIT_USAGE
        try:
            report = _read_any(args.files[0], strict=args.strict)
        except _Unreadable as error:
            print(f"govinfo-report: {error}", file=sys.stderr)
            return EXIT_UNREADABLE
        if layout == "json":
            return _write_rendered(args.output, dumps(report, indent=not args.compact) + "\n")
        return _write_rendered(args.output, _render(report, layout, locale))
    status = EXIT_OK

    def reports() -> Iterator[Report]:
        nonlocal status
        for name in args.files:
            try:
                yield _read_any(name, strict=args.strict)
            except _Unreadable as error:
                print(f"govinfo-report: {error}", file=sys.stderr)
                status = EXIT_UNREADABLE

    stream = _open_text(args.output)
    try:
        if layout == "csv":
            if stream is sys.stdout and isinstance(stream, io.TextIOWrapper):
                # The CSV writer ends rows itself: no newline translation (Windows).
                stream.reconfigure(newline="")
            to_csv(reports(), stream)
        else:
            for report in reports():
                stream.write(dumps(report) + "\n")
    finally:
        if stream is not sys.stdout:
            stream.close()
    return status


def _render_command(args: argparse.Namespace) -> int:
    try:
        report = _read_any(args.file)
    except _Unreadable as error:
        print(f"govinfo-report: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    locale = args.locale or "zh_Hans"
    try:
        rendered = _render(report, args.format, locale, standalone=args.standalone)
    except MissingExtraError as error:
        print(f"govinfo-report: {error}", file=sys.stderr)
        return EXIT_USAGE
    return _write_rendered(args.output, rendered)


def _batch_command(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        print("govinfo-report: -j must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    locale = args.locale or environment_locale() or "zh_CN"
    out = sys.stdout if args.out == "-" else args.out
    try:
        stats = run_batch(
            args.paths,
            out,
            summary=args.summary,
            workers=args.jobs,
            locale=locale,
            strict=args.strict,
            progress=args.progress,
            resume=not args.restart,
        )
    except OSError as error:
        print(f"govinfo-report: {error.filename}: {error.strerror}", file=sys.stderr)
        return EXIT_UNREADABLE
    counts = ", ".join(f"{status} {n}" for status, n in sorted(stats.statuses.items()))
    resumed = f"; {stats.skipped} done before" if stats.skipped else ""
    print(
        f"govinfo-report: {stats.processed} reports ({counts or 'none'}){resumed}"
        f" in {stats.seconds:.1f} s, {stats.per_second:.0f}/s",
        file=sys.stderr,
    )
    if stats.statuses.get("unreadable") or stats.statuses.get("failed"):
        return EXIT_UNREADABLE
    return EXIT_FINDINGS if stats.statuses.get("errors") else EXIT_OK


_COUNTS = {
    Severity.ERROR: (N_("{n} error"), N_("{n} errors")),
    Severity.WARNING: (N_("{n} warning"), N_("{n} warnings")),
    Severity.NOTICE: (N_("{n} notice"), N_("{n} notices")),
}


def _summary(findings: Sequence[Finding], locale: str) -> str:
    counts = Counter(f.severity for f in findings)
    # Chinese has no plural forms: each form is its own message, chosen here.
    parts = [
        _(_COUNTS[severity][counts[severity] != 1], locale).format(n=counts[severity])
        for severity in Severity
        if counts[severity]
    ]
    return ", ".join(parts) or _("no findings", locale)


def _check(args: argparse.Namespace) -> int:
    locale = args.locale or environment_locale() or "zh_CN"
    try:
        previous = None if args.previous is None else _read_any(args.previous)
    except _Unreadable as error:
        print(f"govinfo-report: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    status = EXIT_OK
    for name in args.files:
        try:
            report = _read_any(name)
        except _Unreadable as error:
            print(f"govinfo-report: {error}", file=sys.stderr)
            status = EXIT_UNREADABLE
            continue
        findings = check(report, previous=previous)
        if any(f.severity is Severity.ERROR for f in findings) and status == EXIT_OK:
            status = EXIT_FINDINGS
        if args.json:
            print(
                json.dumps(
                    {
                        "file": name,
                        "organ": report.organ,
                        "year": report.year,
                        "findings": [f.to_dict(locale) for f in findings],
                    },
                    ensure_ascii=False,
                )
            )
            continue
        summary = _summary(findings, locale)
        print(f"{name}: {report.organ} {report.year}: {summary}")
        for finding in findings:
            print(f"  {finding.severity.value:<8} {finding.code:<28} {finding.message(locale)}")
            if finding.repair is not None and finding.repair.changes:
                changes = "; ".join(
                    f"{c.address} {c.old} → {c.new}" for c in finding.repair.changes
                )
                suggested = _("suggested repair", locale)  # outside the f-string: extracted
                print(f"  {'':<8} {'':<28} {suggested}: {changes}")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    try:
        with use_locale(environment_locale()):
            return _main(argv)
    except BrokenPipeError:
        # The reader of our output went away (| head): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # argparse exits on --help, --version and usage errors
        return int(stop.code or 0)
    if args.command == "check":
        return _check(args)
    if args.command == "read":
        return _read_command(args)
    if args.command == "render":
        return _render_command(args)
    if args.command == "batch":
        return _batch_command(args)
    if args.command == "labels":
        locale = args.locale or "zh_Hans"
        for item in iter_labels(args.edition):
            print(f"{item.id}\t{item.format(locale)}")
        return EXIT_OK
    if args.command == "rules":
        locale = args.locale or environment_locale() or "zh_CN"
        for entry in rule_catalogue(locale):
            print(f"{entry['code']}\t{entry['severity']}\t{entry['description']}")
        return EXIT_OK
    indent = not getattr(args, "compact", False)
    if args.command == "example":
        report = example(args.name)
        print(dumps(report, indent=indent))
        findings = check(report)
        locale = environment_locale() or "zh_CN"
        print(f"{report.organ} {report.year}: {_summary(findings, locale)}", file=sys.stderr)
        for finding in findings:
            print(f"  {finding}", file=sys.stderr)
    elif args.command == "schema":
        print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    else:
        status = EXIT_OK
        for name in args.files:
            try:
                loaded = _load(name)
            except _Unreadable as error:
                print(f"govinfo-report: {error}", file=sys.stderr)
                status = EXIT_UNREADABLE
                continue
            print(dumps(loaded, indent=indent))
        return status
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
