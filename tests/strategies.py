"""Hypothesis strategies for reports, shared by the test modules.

They are the package's own, :mod:`govinfo_report.testing`, re-exported here so
that the test modules test with what users get.
"""

from __future__ import annotations

from govinfo_report import Report
from govinfo_report.model import ProactiveDisclosure as _Proactive2021
from govinfo_report.testing import (
    amounts,
    any_layout_consistent_reports,
    any_layout_reports,
    appeal_tables,
    application_tables,
    consistent_appeal_tables,
    consistent_application_tables,
    consistent_proactive_of,
    consistent_reports,
    consistent_reports_2019,
    consistent_single_other_application_tables,
    consistent_single_other_reports,
    counts,
    dates,
    numbers,
    periods,
    proactive,
    proactive_of,
    reports,
    reports_2019,
    signed_counts,
    single_other_application_tables,
    texts,
    units,
)

__all__ = [
    "amounts",
    "any_layout_consistent_reports",
    "any_layout_reports",
    "appeal_tables",
    "application_tables",
    "consistent_appeal_tables",
    "consistent_application_tables",
    "consistent_proactive_of",
    "consistent_reports",
    "consistent_reports_2019",
    "consistent_single_other_application_tables",
    "consistent_single_other_reports",
    "counts",
    "dates",
    "numbers",
    "periods",
    "proactive",
    "proactive_2021",
    "proactive_of",
    "reports",
    "reports_2019",
    "signed_counts",
    "single_other_application_tables",
    "texts",
    "units",
]


def proactive_2021(report: Report) -> _Proactive2021:
    """Table 二 of a 2021-edition report, typed as such."""
    assert isinstance(report.proactive, _Proactive2021), report.proactive
    return report.proactive
