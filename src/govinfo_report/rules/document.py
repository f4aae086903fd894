"""The document rules: sections, the report year, the edition, and lateness.

They return their findings rather than yield them: most reports have none, and
an empty tuple returned costs less than a generator made and run.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Final

from govinfo_report.editions import Edition
from govinfo_report.errors import NumeralError
from govinfo_report.i18n import N_
from govinfo_report.model import OrganKind, Report, Section
from govinfo_report.numerals import parse_chinese
from govinfo_report.proactive import layout_of

from .findings import Finding, Severity
from .registry import Context, rule

__all__: list[str] = []

_ORDER: Final = {section: i for i, section in enumerate(Section)}


def _is_present(report: Report, section: Section) -> bool:
    if section is Section.GENERAL:
        general = report.general
        return bool(general.intro.strip() or general.subsections)
    if section is Section.PROBLEMS:
        return bool(report.problems.strip())
    if section is Section.OTHER:
        return bool(report.other.strip())
    if section is Section.PROACTIVE:
        proactive = report.proactive
        if getattr(proactive.rules, "issued", None) is not None:
            return True  # the first cell of a 2021 table, filled in nearly every report
        return any(value is not None for _, _, value in layout_of(proactive).values(proactive))
    rows = report.applications.rows if section is Section.REQUESTS else report.appeals.groups
    if rows[0][0] is not None:
        return True
    return any(cell is not None for row in rows for cell in row)


@rule(
    "document.section-missing",
    severity=Severity.ERROR,
    title=N_("All six sections are present: 一 to 六, each with its heading and content."),
    message=N_("{where} is missing or empty"),
)
def section_missing(context: Context) -> Sequence[Finding]:
    """Each of the six sections has a heading (when known) and content."""
    report = context.report
    order = report.section_order
    if (order is None or _ALL_SECTIONS.issubset(order)) and _all_present(report):
        return ()
    return [
        context.finding(subject=section.value)
        for section in _SECTIONS
        if (order is not None and section not in order) or not _is_present(report, section)
    ]


_SECTIONS: Final = tuple(Section)  # iterating an Enum class is slow; a tuple is not
_ALL_SECTIONS: Final = frozenset(Section)


def _all_present(report: Report) -> bool:
    """Whether :func:`_is_present` holds for every section by its first, quick test.

    The common case, decided in one go; ``False`` means only "look section by
    section".  ``text.strip()`` is not empty exactly when ``text`` has a
    character that is not whitespace, which ``isspace`` tells without a copy.
    """
    general, problems, other = report.general, report.problems, report.other
    return bool(
        (general.subsections or (general.intro and not general.intro.isspace()))
        and (problems and not problems.isspace())
        and (other and not other.isspace())
        and getattr(report.proactive.rules, "issued", None) is not None
        and report.applications.rows[0][0] is not None
        and report.appeals.groups[0][0] is not None
    )


@rule(
    "document.section-order",
    severity=Severity.WARNING,
    title=N_("The sections appear in the order of the format, each once."),
    message=N_("the sections appear in the order {found}"),
)
def section_order(context: Context) -> Sequence[Finding]:
    """The headings found in the source come in the format's order, none twice."""
    order = context.report.section_order
    if order is None or order == _SECTIONS:
        return ()
    ranks = [_ORDER[section] for section in order]
    if ranks == sorted(set(ranks)):
        return ()
    return (context.finding(found=" ".join(section.marker for section in order)),)


_YEAR_IN_TITLE: Final = re.compile(r"([0-9]{4}|[〇零○一二三四五六七八九]{4})\s*年")


def _years(text: str) -> list[int]:
    years = []
    for match in _YEAR_IN_TITLE.finditer(unicodedata.normalize("NFKC", text)):
        digits = match.group(1)
        if digits.isascii():
            years.append(int(digits))  # what parse_chinese gives, faster
            continue
        try:
            years.append(parse_chinese(digits))
        except NumeralError:
            continue
    return years


@rule(
    "document.year-title",
    severity=Severity.ERROR,
    title=N_("The title names the report year."),
    message=N_("the title names the year {actual}, but the report is on {expected}"),
)
def year_title(context: Context) -> Sequence[Finding]:
    """A title that names a year names the report's year."""
    report = context.report
    if report.title is None:
        return ()
    years = _years(report.title)
    if not years or report.year in years:
        return ()
    return (context.finding(subject="title", expected=report.year, actual=years[0]),)


@rule(
    "document.year-period",
    severity=Severity.ERROR,
    title=N_("The statistical period lies within the report year."),
    message=N_("the statistical period {period} is not within the report year {expected}"),
)
def year_period(context: Context) -> Sequence[Finding]:
    """The statistical period starts and ends in the report year."""
    report = context.report
    period = report.period
    if period is None or (period.start.year == report.year and period.end.year == report.year):
        return ()
    return (
        context.finding(
            subject="period",
            expected=report.year,
            actual=period.start.year if period.start.year != report.year else period.end.year,
            period=f"{period.start.isoformat()}/{period.end.isoformat()}",
        ),
    )


# Phrases in which a report names its own year: "2021年政府信息公开工作年度报告",
# "现将我镇2021年政府信息公开工作报告如下", "数据从2021年1月1日截止到2021年12月31日".
# Each is found from an anchor (str.find is cheap) and read in a short window before it;
# digits may be full-width, which int() reads.
_OWN_YEAR: Final = (
    (
        "信息公开工作",
        re.compile(r"([0-9０-９]{4})年度?[^，。；,;0-9０-９]{0,20}$"),
        re.compile(r"(?:年度)?报告"),
    ),
    (
        "12月31日",
        re.compile(
            r"([0-9０-９]{4})年1月1日[^，。；0-9０-９]{0,6}?(?:至|到|—|-)(?:([0-9０-９]{4})年)?$"
        ),
        None,
    ),
)
_WINDOW: Final = 32


def _own_years(text: str) -> Iterator[tuple[int, str]]:
    """(year, phrase) for each phrase in *text* that names the report's own year."""
    for anchor, before, after in _OWN_YEAR:
        start = text.find(anchor)
        while start >= 0:
            end = start + len(anchor)
            tail = after.match(text, end) if after is not None else None
            if after is None or tail is not None:
                window_start = max(0, start - _WINDOW)
                match = before.search(text, window_start, start)
                if match is not None:
                    phrase_end = tail.end() if tail is not None else end
                    phrase = text[match.start() : phrase_end]
                    for group in match.groups():
                        if group is not None:
                            yield int(group), phrase
            start = text.find(anchor, end)


#: Four digits right before 年, matched on the reversed text (a pattern that begins with a
#: literal is searched for quickly; one that begins with a class is tried at every position).
_YEAR_DIGITS_REVERSED: Final = re.compile("年([0-9０-９]{4})")


def _only_year(text: str, year: int) -> bool:
    """Whether every four digits right before 年 in *text* are *year* in ASCII digits.

    Every year :func:`_own_years` reads is such a group, so then none differs
    from the report year: the common case, told without reading the phrases.
    (A year in full-width digits is left to :func:`_own_years`.)
    """
    found = _YEAR_DIGITS_REVERSED.findall(text[::-1])
    return not found or set(found) == {str(year)[::-1]}


@rule(
    "document.year-narrative",
    severity=Severity.WARNING,
    title=N_("Where the text names the year the report is on, it names the report year."),
    message=N_(
        "the text names {actual} as the report's year ({phrase}), but the report is on {expected}"
    ),
)
def year_narrative(context: Context) -> Sequence[Finding]:
    """The years the preamble and 一 name as the report's own are the report year."""
    report = context.report
    text = "\n".join((report.preamble, report.general.intro))
    if _only_year(text, report.year):
        return ()
    return [
        context.finding(subject="narrative", expected=report.year, actual=year, phrase=phrase)
        for year, phrase in _own_years(text)
        if year != report.year
    ]


@rule(
    "document.edition-year",
    severity=Severity.ERROR,
    title=N_(
        "The edition fits the year: reports on 2019 and 2020 use the 2019 edition, "
        "reports on 2021 onwards the 2021 edition."
    ),
    message=N_(
        "a report on {year} in the layout of the {actual} edition; it should use {expected}"
    ),
)
def edition_year(context: Context) -> Sequence[Finding]:
    """The layout is the one prescribed for the report year."""
    report = context.report
    if report.year < 2019:
        return ()  # before the 2019 format, neither edition was prescribed
    prescribed = Edition.for_year(report.year)
    if report.edition is prescribed:
        return ()
    return (
        context.finding(
            subject="edition",
            expected=prescribed.value,
            actual=report.edition.value,
            year=report.year,
        ),
    )


@rule(
    "document.late",
    severity=Severity.WARNING,
    title=N_(
        "The report was published on time (条例第四十九条): departments by 31 January, "
        "governments by 31 March."
    ),
    message=N_("published on {actual}, {days} days after the deadline of {expected}"),
)
def late(context: Context) -> Sequence[Finding]:
    """Published by the deadline of 条例第四十九条, when the date is known."""
    report = context.report
    published = report.publication_date
    if published is None:
        return ()
    kind = report.organ_kind or OrganKind.infer(report.organ)
    deadline = kind.deadline(report.year)
    if published <= deadline:
        return ()
    return (
        context.finding(
            subject="publication_date",
            expected=deadline.isoformat(),
            actual=published.isoformat(),
            days=(published - deadline).days,
            kind=kind.value,  # not in the message: the fingerprint and tools may use it
        ),
    )
