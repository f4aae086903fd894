"""Findings: what the rule book reports, as data.

A :class:`Finding` names the rule that found it by a stable dotted ``code``,
its :class:`Severity`, the cells involved by their spec addresses, the
expected and actual values, and a message in Chinese (the default) or English.

>>> finding = Finding(
...     code="table.T3-C",
...     severity=Severity.ERROR,
...     template="{where}: the parts add up to {expected}, but {actual} is printed",
...     subject="R1",
...     cells=("R1[TOT]",),
...     expected=17,
...     actual=18,
... )
>>> finding.difference
1
>>> finding.message("en")
'I. New requests received this year: the parts add up to 17, but 18 is printed'
>>> len(finding.fingerprint)
16
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from govinfo_report._coordinates import coordinates, describe
from govinfo_report.i18n import LocaleLike, gettext

__all__ = ["CellChange", "Finding", "Repair", "Severity", "Value"]

#: A value a finding compares: a count, an amount, a year or a text.
Value = int | Decimal | str | None


class Severity(enum.StrEnum):
    """How much a finding matters."""

    #: The report breaks a rule of the format (a table that does not add up).
    ERROR = "error"
    #: Probably wrong, but the format does not settle it (a year-on-year mismatch).
    WARNING = "warning"
    #: Worth knowing: a rule could not be assessed, a cell was left blank.
    NOTICE = "notice"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for notices: sorts the gravest first."""
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTICE: 2}


@attrs.frozen
class CellChange:
    """One cell changed from ``old`` to ``new``, as a repair proposes."""

    address: str
    old: int
    new: int

    @property
    def delta(self) -> int:
        """``new - old``."""
        return self.new - self.old


@attrs.frozen
class Repair:
    """The smallest set of cell changes that makes every table rule hold.

    ``changes`` is the preferred set; ``alternatives`` are other sets of the
    same size that would do as well.  A repair is a suggestion: nothing is
    ever applied to a report.
    """

    changes: tuple[CellChange, ...]
    alternatives: tuple[tuple[CellChange, ...], ...] = ()

    @property
    def cells(self) -> tuple[str, ...]:
        """The addresses the preferred set changes."""
        return tuple(change.address for change in self.changes)

    def candidates(self) -> tuple[tuple[CellChange, ...], ...]:
        """Every set of changes that would do, the preferred one first."""
        return (self.changes, *self.alternatives)


def _freeze(params: Mapping[str, Any] | tuple[tuple[str, Any], ...]) -> tuple[tuple[str, Any], ...]:
    if isinstance(params, tuple):
        return params
    return tuple(params.items())


@attrs.frozen(kw_only=True)
class Finding:
    """One thing a rule found in a report."""

    #: The stable dotted code of the rule, such as ``table.T3-A``; never reused.
    code: str
    severity: Severity
    #: The English message template (a gettext msgid), formatted with the fields below.
    template: str
    #: What the finding is about within its rule: a column, a row, a group, a topic.
    subject: str = ""
    #: The cells involved, by their spec addresses (``R3_7[BIZ]``).
    cells: tuple[str, ...] = ()
    #: Cells of the previous year's report, for the rules across years.
    previous_cells: tuple[str, ...] = ()
    expected: Value = None
    actual: Value = None
    #: Further values the message names, as (name, value) pairs.
    params: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_freeze)
    #: A suggested repair, for error-level findings of the table rules.
    repair: Repair | None = None
    #: The layout of the report's table 二 when it is not the 2021 edition's (``"2019"``,
    #: a variant's name), so that its cells are named with their own labels.
    layout: str = ""

    @property
    def difference(self) -> int | Decimal | None:
        """``actual - expected`` when both are numbers."""
        expected, actual = self.expected, self.actual
        if isinstance(expected, int | Decimal) and isinstance(actual, int | Decimal):
            return actual - expected
        return None

    @property
    def fingerprint(self) -> str:
        """A stable identifier: the same finding on the same report in any run.

        It depends on the code, the subject and the cells, not on the values,
        so a finding keeps its fingerprint while a typo is being fixed.
        """
        key = "\x1f".join((self.code, self.subject, *self.cells, "|", *self.previous_cells))
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def coordinates(self, locale: LocaleLike = "zh_CN") -> tuple[str, ...]:
        """The cells as a person finds them: row label × column label."""
        return tuple(coordinates(address, locale, layout=self.layout) for address in self.cells)

    def message(self, locale: LocaleLike = "zh_CN") -> str:
        """The message in *locale* (Chinese by default)."""
        values: dict[str, Any] = {
            "expected": self.expected,
            "actual": self.actual,
            "difference": self.difference,
            "subject": self.subject,
            "where": describe(self.subject, locale, layout=self.layout),
            "coordinates": "; ".join(self.coordinates(locale)),
        }
        values.update(self.params)
        return gettext(self.template, locale).format(**values)

    def to_dict(self, locale: LocaleLike = "zh_CN") -> dict[str, Any]:
        """The finding as JSON-ready data, its message and coordinates in *locale*.

        Amounts are decimal strings, as in the report document; a repair lists
        its candidate sets of cell changes, the suggested one first.

        >>> from govinfo_report import example, check, loads, dumps
        >>> broken = loads(dumps(example()).replace('"R1":[0,0', '"R1":[0,4', 1))
        >>> data = check(broken)[0].to_dict("en")
        >>> data["code"], data["cells"][:2], data["repair"][0]
        ('table.T3-A', ['R1[BIZ]', 'R2[BIZ]'], [{'address': 'R1[BIZ]', 'old': 4, 'new': 0}])
        """
        repair = self.repair
        return {
            "code": self.code,
            "severity": self.severity.value,
            "subject": self.subject,
            "cells": list(self.cells),
            "coordinates": list(self.coordinates(locale)),
            "previous_cells": list(self.previous_cells),
            "expected": _plain(self.expected),
            "actual": _plain(self.actual),
            "difference": _plain(self.difference),
            "message": self.message(locale),
            "fingerprint": self.fingerprint,
            "repair": None
            if repair is None
            else [
                [{"address": c.address, "old": c.old, "new": c.new} for c in changes]
                for changes in repair.candidates()
            ],
        }

    def __str__(self) -> str:
        return f"{self.severity.value} {self.code}: {self.message()}"


def _plain(value: object) -> object:
    return str(value) if isinstance(value, Decimal) else value
