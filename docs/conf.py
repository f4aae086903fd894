"""Sphinx configuration for govinfo_report."""

from __future__ import annotations

import datetime

import govinfo_report

project = "govinfo_report"
author = "The govinfo_report developers"
copyright = f"{datetime.date.today().year}, {author}"
version = release = govinfo_report.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
language = "en"

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_type_aliases = {
    "Count": "govinfo_report.model.Count",
    "Amount": "govinfo_report.model.Amount",
}
autodoc_default_options = {"members": True, "show-inheritance": True}

nitpicky = False
html_theme = "furo"
html_title = "govinfo_report"
