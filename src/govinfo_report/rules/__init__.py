"""The rule book: every consistency check of the format, with evidence.

>>> from govinfo_report import example
>>> from govinfo_report.rules import check
>>> check(example())
[]

The rules live in one module per kind — :mod:`.table`, :mod:`.document`,
:mod:`.narrative`, :mod:`.cross_year` — and register themselves in
:data:`RULES` on import.
"""

# Registration order is the catalogue's order: tables, document, narrative, across years.
from . import table  # noqa: I001
from . import document
from . import narrative
from . import cross_year
from .catalogue import rule_catalogue
from .findings import CellChange, Finding, Repair, Severity
from .registry import (
    RULES,
    Context,
    InconsistentReportError,
    Rule,
    RuleBook,
    check,
    raise_for_errors,
    rule,
)
from .repair import suggest_repair

__all__ = [
    "RULES",
    "CellChange",
    "Context",
    "Finding",
    "InconsistentReportError",
    "Repair",
    "Rule",
    "RuleBook",
    "Severity",
    "check",
    "cross_year",
    "document",
    "narrative",
    "raise_for_errors",
    "rule",
    "rule_catalogue",
    "suggest_repair",
    "table",
]
