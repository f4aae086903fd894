"""The ``govinfo-report`` command line.

Data goes to standard output, diagnostics to standard error.  Exit codes:
0 success, 2 usage error, 3 unreadable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import GovInfoReportError
from .examples import EXAMPLES, example
from .i18n import N_, environment_locale, use_locale
from .i18n import gettext as _
from .schema import json_schema
from .serialise import dumps, loads

__all__ = ["main"]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_UNREADABLE = 3

_EPILOG = N_("""\
examples:
  govinfo-report example                 print the bundled example report as JSON
  govinfo-report json report.json        check a JSON report and print it in canonical form
  govinfo-report schema > report.schema.json
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

    canon = commands.add_parser("json", help=_("validate JSON reports and print them canonically"))
    canon.add_argument("files", nargs="+", metavar="FILE", help=_("a JSON report, or - for stdin"))
    canon.add_argument("--compact", action="store_true", help=_("one line instead of indented"))

    commands.add_parser("schema", help=_("print the JSON Schema of the report document"))
    return parser


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    with use_locale(environment_locale()):
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # argparse exits on --help, --version and usage errors
        return int(stop.code or 0)
    indent = not getattr(args, "compact", False)
    if args.command == "example":
        print(dumps(example(args.name), indent=indent))
    elif args.command == "schema":
        print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    else:
        status = EXIT_OK
        for name in args.files:
            try:
                report = loads(_read(name))
            except OSError as error:
                print(f"govinfo-report: {name}: {error.strerror or error}", file=sys.stderr)
                status = EXIT_UNREADABLE
                continue
            except GovInfoReportError as error:
                print(f"govinfo-report: {name}: {error}", file=sys.stderr)
                status = EXIT_UNREADABLE
                continue
            print(dumps(report, indent=indent))
        return status
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
