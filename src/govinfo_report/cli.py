"""The ``govinfo-report`` command line.

Data goes to standard output, diagnostics to standard error.  Exit codes:
0 success, 1 error-level findings, 2 usage error, 3 unreadable input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from . import __version__
from .errors import GovInfoReportError
from .examples import EXAMPLES, example
from .i18n import N_, environment_locale, use_locale
from .i18n import gettext as _
from .labels import iter_labels, label
from .model import Report
from .rules import Finding, Severity, check, rule_catalogue
from .schema import json_schema
from .serialise import dumps, loads

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3

_EPILOG = N_("""\
examples:
  govinfo-report example                 print the bundled example report as JSON
  govinfo-report check report.json       check a report: does it tie out?
  govinfo-report check 2022.json --previous 2021.json --locale en
  govinfo-report json report.json        check a JSON report and print it in canonical form
  govinfo-report schema > report.schema.json
  govinfo-report rules --locale en       the rule catalogue

exit codes: 0 success (no error-level findings), 1 error-level findings,
2 usage error, 3 unreadable input.
""")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govinfo-report",
        description=_("政府信息公开工作年度报告 as data: read, check and write annual reports."),
        epilog=_(_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    show = commands.add_parser("example", help=_("print a bundled example report as JSON"))
    show.add_argument("name", nargs="?", default=EXAMPLES[0], choices=EXAMPLES)
    show.add_argument("--compact", action="store_true", help=_("one line instead of indented"))

    check_ = commands.add_parser("check", help=_("check reports and list what does not tie out"))
    check_.add_argument("files", nargs="+", metavar="FILE", help=_("a JSON report, or - for stdin"))
    check_.add_argument(
        "--previous", metavar="FILE", help=_("the same organ's report on the year before")
    )
    check_.add_argument("--json", action="store_true", help=_("findings as JSON"))
    check_.add_argument("--locale", help=_("language of the messages, such as zh_CN or en"))

    canon = commands.add_parser("json", help=_("validate JSON reports and print them canonically"))
    canon.add_argument("files", nargs="+", metavar="FILE", help=_("a JSON report, or - for stdin"))
    canon.add_argument("--compact", action="store_true", help=_("one line instead of indented"))

    commands.add_parser("schema", help=_("print the JSON Schema of the report document"))

    labels_ = commands.add_parser("labels", help=_("print the label catalogue"))
    labels_.add_argument("--locale", help=_("language of the labels, such as zh_CN or en"))

    rules_ = commands.add_parser("rules", help=_("print the rule catalogue"))
    rules_.add_argument("--locale", help=_("language of the messages, such as zh_CN or en"))
    return parser


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


class _Unreadable(Exception):
    """An input the command could not read; the message says why."""


def _load(name: str) -> Report:
    try:
        return loads(_read(name))
    except OSError as error:
        raise _Unreadable(f"{name}: {error.strerror or error}") from None
    except GovInfoReportError as error:
        raise _Unreadable(f"{name}: {error}") from None


def _finding_data(finding: Finding, locale: str) -> dict[str, object]:
    repair = finding.repair
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "subject": finding.subject,
        "cells": list(finding.cells),
        "coordinates": list(finding.coordinates(locale)),
        "previous_cells": list(finding.previous_cells),
        "expected": _plain(finding.expected),
        "actual": _plain(finding.actual),
        "difference": _plain(finding.difference),
        "message": finding.message(locale),
        "fingerprint": finding.fingerprint,
        "repair": None
        if repair is None
        else [
            [{"address": c.address, "old": c.old, "new": c.new} for c in changes]
            for changes in repair.candidates()
        ],
    }


def _plain(value: object) -> object:
    return str(value) if isinstance(value, Decimal) else value


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
        previous = None if args.previous is None else _load(args.previous)
    except _Unreadable as error:
        print(f"govinfo-report: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    status = EXIT_OK
    for name in args.files:
        try:
            report = _load(name)
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
                        "findings": [_finding_data(f, locale) for f in findings],
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
    if args.command == "labels":
        locale = args.locale or "zh_Hans"
        for item in iter_labels():
            print(f"{item.id}\t{label(item.id, locale)}")
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
