"""The exception tree: every error the library raises descends from one root.

Each error is data as well as a message: it carries a stable ``code`` and,
where it applies, the ``problems`` found, each with the ``$.path`` (or line)
where it lies.  Errors pickle, so they cross process boundaries in batch work.

>>> issubclass(JSONLoadError, ValueError) and issubclass(JSONLoadError, GovInfoReportError)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import attrs

__all__ = [
    "GovInfoReportError",
    "InvalidAddressError",
    "InvalidReportError",
    "JSONLoadError",
    "MissingExtraError",
    "NumeralError",
    "Problem",
    "UnknownExampleError",
    "ValueOutOfRangeError",
]


def N_(message: str) -> str:
    """Mark *message* for translation; it is translated when an error is made."""
    return message


def _(message: str) -> str:
    """*message* in the locale of govinfo_report.i18n.use_locale (English by default)."""
    from .i18n import gettext  # deferred: i18n imports this module

    return gettext(message)


@attrs.frozen
class Problem:
    """One problem found in an input, at a location.

    ``path`` is a JSON-path-like location (``$.applications.R1[3]``) for
    structured input, or ``line 12`` for documents.

    >>> str(Problem("$.year", "expected an integer"))
    '$.year: expected an integer'
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class GovInfoReportError(Exception):
    """Root of every exception raised by govinfo_report."""

    #: A stable, dotted identifier of the kind of error.
    code: str = "error"


class _ProblemsError(GovInfoReportError, ValueError):
    """An error that lists every problem found, not only the first."""

    summary: str = N_("invalid input")

    def __init__(self, problems: Iterable[Problem]) -> None:
        from .i18n import ngettext  # deferred: i18n imports this module

        self.problems: tuple[Problem, ...] = tuple(problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        count = len(self.problems)
        head = ngettext("{summary} ({count} problem):", "{summary} ({count} problems):", count)
        super().__init__(head.format(summary=_(self.summary), count=count) + "\n" + lines)

    def __reduce__(self) -> tuple[type[_ProblemsError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))


class JSONLoadError(_ProblemsError):
    """JSON text or data that is not a valid report document."""

    code = "json.invalid"
    summary = N_("not a valid report document")


class InvalidReportError(_ProblemsError):
    """A report object whose values break the model's own invariants."""

    code = "report.invalid"
    summary = N_("invalid report")


class InvalidAddressError(GovInfoReportError, KeyError):
    """A cell address that names no cell of the report.

    >>> str(InvalidAddressError("R9[NP]"))
    "'R9[NP]' is not a cell address of this report"
    """

    code = "address.unknown"

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__(address)

    def __str__(self) -> str:
        return _("{address} is not a cell address of this report").format(
            address=repr(self.address)
        )

    def __reduce__(self) -> tuple[type[InvalidAddressError], tuple[str]]:
        return (type(self), (self.address,))


class NumeralError(GovInfoReportError, ValueError):
    """Text that is not a number, numeral or ordinal marker we can read exactly."""

    code = "numeral.invalid"


class UnknownExampleError(GovInfoReportError, LookupError):
    """A bundled example asked for by a name that no example has."""

    code = "example.unknown"


class MissingExtraError(GovInfoReportError, ImportError):
    """A feature whose optional dependency is not installed.

    >>> print(MissingExtraError("render_docx", "docx", "python-docx"))
    render_docx needs python-docx: pip install 'govinfo_report[docx]'
    """

    code = "extra.missing"

    def __init__(self, feature: str, extra: str, package: str) -> None:
        self.feature, self.extra, self.package = feature, extra, package
        super().__init__(feature, extra, package)

    def __str__(self) -> str:
        return _("{feature} needs {package}: pip install 'govinfo_report[{extra}]'").format(
            feature=self.feature, package=self.package, extra=self.extra
        )

    def __reduce__(self) -> tuple[type[MissingExtraError], tuple[str, str, str]]:
        return (type(self), (self.feature, self.extra, self.package))


class ValueOutOfRangeError(GovInfoReportError, ValueError):
    """A cell value that a data-frame column cannot hold exactly.

    >>> print(ValueOutOfRangeError("某某县人民政府", 2024, "R1[NP]", 2**63, "Int64"))
    某某县人民政府 2024 R1[NP]: 9223372036854775808 does not fit an Int64 column exactly
    """

    code = "records.out_of_range"

    def __init__(
        self, organ: str, year: int, address: str, value: int | Decimal, dtype: str
    ) -> None:
        self.organ, self.year, self.address = organ, year, address
        self.value, self.dtype = value, dtype
        super().__init__(organ, year, address, value, dtype)

    def __str__(self) -> str:
        return (
            f"{self.organ} {self.year} {self.address}: "
            f"{self.value} does not fit an {self.dtype} column exactly"
        )

    def __reduce__(
        self,
    ) -> tuple[type[ValueOutOfRangeError], tuple[str, int, str, int | Decimal, str]]:
        return (type(self), (self.organ, self.year, self.address, self.value, self.dtype))
