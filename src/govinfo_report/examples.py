"""Bundled example reports.

>>> example().organ
'临淄区齐都镇人民政府'
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .errors import UnknownExampleError
from .model import Report
from .serialise import loads

__all__ = ["EXAMPLES", "example"]

#: The names of the bundled examples.
EXAMPLES = ("qidu-2021",)


@cache
def example(name: str = "qidu-2021") -> Report:
    """A bundled real report: by default 临淄区齐都镇人民政府's report on 2021.

    The report is immutable, so the same object is returned on every call.
    """
    if name not in EXAMPLES:
        raise UnknownExampleError(
            f"no bundled example {name!r}; choose one of {', '.join(EXAMPLES)}"
        )
    text = resources.files(__package__).joinpath("data", f"{name}.json").read_bytes()
    return loads(text)
