"""The limits on what the library reads, and the check that enforces them.

A report is some tens of kilobytes as text and a few megabytes as a PDF.  Input
far beyond that is a mistake or an attack, and reading it would take memory and
time without end, so it is refused with a clear error before any parsing:

- a document (text, HTML, Markdown, Word, PDF) over :data:`MAX_DOCUMENT_BYTES`;
- JSON text over :data:`MAX_JSON_BYTES`;
- a Word document whose ZIP archive would unpack to more than
  :data:`MAX_DOCX_UNPACKED_BYTES`, or one of whose members is compressed more
  than :data:`MAX_COMPRESSION_RATIO` to one (a "zip bomb").  Both are read from
  the archive's central directory, before anything is unpacked;
- a PDF whose compressed streams would unpack to more than
  :data:`MAX_PDF_UNPACKED_BYTES` (counted a chunk at a time, before pdfminer
  unpacks anything), or whose parsing takes longer than :data:`PDF_TIMEOUT`
  seconds.

Each reader and :func:`~govinfo_report.loads` takes ``max_bytes=`` to raise
(or lower) its limit for one call, and :func:`~govinfo_report.read_pdf` takes
``timeout=``; the error says how.

>>> from govinfo_report import loads
>>> loads(b"{}" + b" " * 100, max_bytes=10)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
govinfo_report.errors.JSONLoadError: not a valid report document (1 problem):
  $: the JSON text is 102 bytes, more than the limit of 10 bytes: pass max_bytes= to loads() ...

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "MAX_COMPRESSION_RATIO",
    "MAX_DOCUMENT_BYTES",
    "MAX_DOCX_UNPACKED_BYTES",
    "MAX_JSON_BYTES",
    "MAX_PDF_UNPACKED_BYTES",
    "PDF_TIMEOUT",
    "too_large",
]

#: The largest document the readers read by default: 50 MiB (bytes; characters for text).
MAX_DOCUMENT_BYTES: Final = 50 * 1024 * 1024
#: The largest JSON text :func:`~govinfo_report.loads` reads by default: 20 MiB.
MAX_JSON_BYTES: Final = 20 * 1024 * 1024
#: The most a Word document's archive may unpack to: 200 MiB.
MAX_DOCX_UNPACKED_BYTES: Final = 200 * 1024 * 1024
#: The highest compression ratio of one member of a Word document's archive.  Word's XML
#: compresses some ten to one; a ratio of hundreds is a zip bomb.
MAX_COMPRESSION_RATIO: Final = 200
#: The most a PDF's compressed streams (but its images) may unpack to: 200 MiB, or four
#: times the document's size limit if that is more.  A report's text is kilobytes.
MAX_PDF_UNPACKED_BYTES: Final = 200 * 1024 * 1024
#: The seconds pdfminer may take to parse a PDF, at some 0.3 s a page: a broken or hostile
#: file can send it round a loop that never ends.
PDF_TIMEOUT: Final = 120.0


def _size(n: int) -> str:
    return f"{n:,} bytes" if n < 1024 * 1024 else f"{n:,} bytes ({n / 1024 / 1024:.1f} MiB)"


def too_large(what: str, size: int, limit: int, function: str, unit: str = "bytes") -> str | None:
    """The message refusing *what* of *size*, or ``None`` when it is within *limit*.

    >>> print(too_large("the document", 2_000_000, 1_000_000, "read"))  # doctest: +ELLIPSIS
    the document is 2,000,000 bytes (1.9 MiB), more than the limit of 1,000,000 bytes: ...
    >>> too_large("the document", 10, 1_000_000, "read") is None
    True
    """
    if size <= limit:
        return None
    shown = _size(size) if unit == "bytes" else f"{size:,} {unit}"
    return (
        f"{what} is {shown}, more than the limit of {limit:,} {unit}: "
        f"pass max_bytes= to {function}() to raise it"
    )
