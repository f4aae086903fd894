"""govinfo_report: China's government-information-disclosure annual reports as data.

>>> import govinfo_report
>>> report = govinfo_report.example()
>>> report.organ, report.year, report.cell("R1[TOT]")
('临淄区齐都镇人民政府', 2021, 0)
"""

from .compare import Comparison, compare
from .editions import Edition
from .errors import (
    GovInfoReportError,
    InvalidAddressError,
    InvalidReportError,
    JSONLoadError,
    MissingExtraError,
)
from .examples import example
from .model import (
    AppealGroup,
    AppealOutcome,
    AppealTable,
    Applicant,
    ApplicationTable,
    Decisions,
    DocumentCounts,
    Fees,
    GeneralSection,
    Layout,
    Mark,
    OrganKind,
    Period,
    ProactiveDisclosure,
    Report,
    Row,
    RowGroup,
    Section,
    Subsection,
)
from .readers import ReadError, ReadResult, read
from .records import to_pandas, to_polars, to_records
from .rules import Finding, Severity, check
from .serialise import SCHEMA_VERSION, dumps, from_dict, loads, to_dict
from .writers import render_docx, render_html, render_markdown, render_text

__version__ = "0.1.0.dev0"

__all__ = [
    "SCHEMA_VERSION",
    "AppealGroup",
    "AppealOutcome",
    "AppealTable",
    "Applicant",
    "ApplicationTable",
    "Comparison",
    "Decisions",
    "DocumentCounts",
    "Edition",
    "Fees",
    "Finding",
    "GeneralSection",
    "GovInfoReportError",
    "InvalidAddressError",
    "InvalidReportError",
    "JSONLoadError",
    "Layout",
    "Mark",
    "MissingExtraError",
    "OrganKind",
    "Period",
    "ProactiveDisclosure",
    "ReadError",
    "ReadResult",
    "Report",
    "Row",
    "RowGroup",
    "Section",
    "Severity",
    "Subsection",
    "check",
    "compare",
    "dumps",
    "example",
    "from_dict",
    "loads",
    "read",
    "render_docx",
    "render_html",
    "render_markdown",
    "render_text",
    "to_dict",
    "to_pandas",
    "to_polars",
    "to_records",
]
