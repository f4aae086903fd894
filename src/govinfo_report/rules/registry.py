"""The rule book: rules, their registry, and :func:`check`.

A rule is a function that looks at a report (and, for the rules across years,
at the previous year's) and yields :class:`~.findings.Finding` objects.  The
:func:`rule` decorator registers one in the default :data:`RULES`; users
register their own the same way.

>>> from govinfo_report import example
>>> check(example())
[]
>>> RULES["table.T3-A"].description("en")
'For each column, 一 (new) + 二 (carried over) = （七）总计 (handled) + 四 (carried forward).'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Final

import attrs

from govinfo_report._json import all_counts
from govinfo_report.editions import Edition
from govinfo_report.errors import GovInfoReportError
from govinfo_report.i18n import N_, LocaleLike, gettext
from govinfo_report.model import PROACTIVE_2021, Report
from govinfo_report.proactive import layout_of

from .findings import Finding, Severity, Value

__all__ = [
    "RULES",
    "Context",
    "InconsistentReportError",
    "Rule",
    "RuleBook",
    "RuleCheck",
    "check",
    "raise_for_errors",
    "rule",
]

_ALL_EDITIONS: Final = frozenset(Edition)


class Context:
    """What a rule sees: the report, the previous year's report, and the rule itself.

    Rules build their findings through :meth:`finding` and
    :meth:`unassessed`, which fill in the rule's code, severity and message.
    """

    __slots__ = ("_counts_only", "_layout", "memo", "previous", "report", "rule")

    def __init__(self, report: Report, previous: Report | None) -> None:
        self.report = report
        self.previous = previous
        self.rule: Rule = _NO_RULE
        self._counts_only: bool | None = None
        self._layout: str | None = None
        #: What rules work out once per check and share (keyed by the rule module's name
        #: for it), such as whether every table equation holds.
        self.memo: dict[str, object] = {}

    @property
    def layout(self) -> str:
        """The name of the report's table 二 layout, ``""`` for the 2021 edition's."""
        if self._layout is None:
            found = layout_of(self.report.proactive)
            self._layout = "" if found is PROACTIVE_2021 else found.name
        return self._layout

    @property
    def counts_only(self) -> bool:
        """Whether every cell of tables 三 and 四 is a count (no blank, no mark).

        The common case, in which the table rules take their fast paths;
        worked out once per check.
        """
        if self._counts_only is None:
            report = self.report
            self._counts_only = all_counts(report.applications.rows) and all_counts(
                report.appeals.groups
            )
        return self._counts_only

    def finding(
        self,
        *,
        subject: str = "",
        cells: tuple[str, ...] = (),
        previous_cells: tuple[str, ...] = (),
        expected: Value = None,
        actual: Value = None,
        template: str | None = None,
        **params: object,
    ) -> Finding:
        """A finding of the current rule."""
        rule = self.rule
        return Finding(
            code=rule.code,
            severity=rule.severity,
            template=rule.message if template is None else template,
            subject=subject,
            cells=cells,
            previous_cells=previous_cells,
            expected=expected,
            actual=actual,
            params=tuple(params.items()),
            layout=self.layout,
        )

    def unassessed(
        self, *, subject: str, cells: tuple[str, ...], missing: tuple[str, ...]
    ) -> Finding:
        """A notice that the current rule could not be assessed: *missing* cells are not filled.

        Its code is the rule's code with ``.unassessed`` appended.
        """
        return Finding(
            code=f"{self.rule.code}.unassessed",
            severity=Severity.NOTICE,
            template=_UNASSESSED,
            subject=subject,
            cells=cells,
            params=(("rule", self.rule.code), ("missing", ", ".join(missing))),
            layout=self.layout,
        )


#: The signature of a rule's function.
RuleCheck = Callable[[Context], Iterable[Finding]]

_UNASSESSED: Final = N_("{rule} could not be assessed for {where}: {missing} not filled")


@attrs.frozen
class Rule:
    """One rule of the rule book."""

    #: Stable dotted code, such as ``table.T3-A``; never reused for another meaning.
    code: str
    severity: Severity
    #: What the rule checks, in English (a gettext msgid): see :meth:`description`.
    title: str
    #: The English template of its findings' messages (a gettext msgid).
    message: str
    function: RuleCheck = attrs.field(eq=False, repr=False)
    editions: frozenset[Edition] = _ALL_EDITIONS
    #: Whether the rule compares with the previous year's report (run only when given).
    needs_previous: bool = False

    def description(self, locale: LocaleLike = "zh_CN") -> str:
        """What the rule checks, in *locale*."""
        return gettext(self.title, locale)

    def applies_to(self, report: Report) -> bool:
        """Whether the rule is meant for *report*'s edition."""
        return report.edition in self.editions


def _no_rule(context: Context) -> Iterable[Finding]:
    return ()


_NO_RULE: Final = Rule("none", Severity.NOTICE, "", "", _no_rule)


class RuleBook:
    """An ordered registry of rules, looked up by code.

    >>> book = RuleBook()
    >>> len(book)
    0
    """

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: dict[str, Rule] = {}
        self._plans: dict[tuple[Edition, bool], tuple[Rule, ...]] = {}
        for item in rules:
            self.register(item)

    def register(self, item: Rule, *, replace: bool = False) -> Rule:
        """Add *item*; a code already taken raises unless *replace* is true."""
        if item.code in self._rules and not replace:
            raise ValueError(f"a rule with code {item.code!r} is already registered")
        self._rules[item.code] = item
        self._plans.clear()
        return item

    def unregister(self, code: str) -> Rule:
        """Remove and return the rule with *code*."""
        self._plans.clear()
        return self._rules.pop(code)

    def plan(self, edition: Edition, *, with_previous: bool) -> tuple[Rule, ...]:
        """The rules that run on a report of *edition*, in order (worked out once)."""
        key = (edition, with_previous)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = tuple(
                item
                for item in self._rules.values()
                if edition in item.editions and (with_previous or not item.needs_previous)
            )
        return plan

    def __getitem__(self, code: str) -> Rule:
        return self._rules[code]

    def __contains__(self, code: object) -> bool:
        return code in self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def copy(self) -> RuleBook:
        """A new book with the same rules, to extend without touching this one."""
        return RuleBook(self)


#: The library's rule book, which :func:`check` uses unless told otherwise.
RULES: Final = RuleBook()


def rule(
    code: str,
    *,
    severity: Severity,
    title: str,
    message: str,
    editions: Iterable[Edition] = _ALL_EDITIONS,
    needs_previous: bool = False,
    book: RuleBook | None = None,
) -> Callable[[RuleCheck], RuleCheck]:
    """Register the decorated function as a rule in *book* (default :data:`RULES`).

    >>> book = RuleBook()
    >>> @rule("local.organ-named", severity=Severity.WARNING, book=book,
    ...       title="The organ is named.", message="the organ is not named")
    ... def organ_named(context):
    ...     if not context.report.organ.strip():
    ...         yield context.finding()
    >>> [r.code for r in book]
    ['local.organ-named']
    """

    def register(function: RuleCheck) -> RuleCheck:
        (RULES if book is None else book).register(
            Rule(
                code=code,
                severity=severity,
                title=title,
                message=message,
                function=function,
                editions=frozenset(editions),
                needs_previous=needs_previous,
            )
        )
        return function

    return register


def check(
    report: Report, *, previous: Report | None = None, rules: RuleBook | None = None
) -> list[Finding]:
    """Every finding of every rule on *report*, gravest first, in rule order.

    With *previous* (the same organ's report on the year before), the rules
    across years run too.  Nothing is raised for what is found; see
    :func:`raise_for_errors`.
    """
    if not isinstance(report, Report):
        raise TypeError(f"expected a Report, got {type(report).__name__}")
    if previous is not None and not isinstance(previous, Report):
        raise TypeError(f"expected a Report as previous, got {type(previous).__name__}")
    context = Context(report, previous)
    findings: list[Finding] = []
    book = RULES if rules is None else rules
    for item in book.plan(report.edition, with_previous=previous is not None):
        context.rule = item
        findings += item.function(context)
    if not findings:
        return findings
    findings.sort(key=_gravity)
    return _attach_repairs(report, findings)


def _attach_repairs(report: Report, findings: list[Finding]) -> list[Finding]:
    from .repair import attach_repairs  # repair needs the table rules, which need this module

    return attach_repairs(report, findings)


def _gravity(finding: Finding) -> int:
    return finding.severity.rank


class InconsistentReportError(GovInfoReportError, ValueError):
    """A report with error-level findings, raised by :func:`raise_for_errors`."""

    code = "report.inconsistent"

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.findings: tuple[Finding, ...] = tuple(findings)
        lines = "\n".join(f"  {finding}" for finding in self.findings)
        super().__init__(f"the report does not tie out ({len(self.findings)} errors):\n{lines}")

    def __reduce__(self) -> tuple[type[InconsistentReportError], tuple[tuple[Finding, ...]]]:
        return (type(self), (self.findings,))


def raise_for_errors(findings: Iterable[Finding]) -> None:
    """Raise :class:`InconsistentReportError` carrying every error-level finding, if any.

    >>> from govinfo_report import example
    >>> raise_for_errors(check(example()))  # nothing to raise
    """
    errors = [finding for finding in findings if finding.severity is Severity.ERROR]
    if errors:
        raise InconsistentReportError(errors)
