"""Word and PDF files: their bytes to text, read by the shared reading, errors named.

Every failure becomes a :class:`~govinfo_report.readers.ReadError` whose
message starts with the document's name (its path, or what it is when read
from bytes), never an exception of python-docx, pdfminer or zipfile.  A
missing optional dependency stays a
:class:`~govinfo_report.errors.MissingExtraError`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final, Literal

from govinfo_report.limits import (
    MAX_DOCUMENT_BYTES,
    MAX_DOCX_UNPACKED_BYTES,
    MAX_PDF_UNPACKED_BYTES,
    PDF_TIMEOUT,
    too_large,
)
from govinfo_report.model import Report

from . import ReadError, ReadResult, _read

__all__ = ["Kind", "read_binary"]

Kind = Literal["pdf", "docx"]

_WHAT: Final[dict[str, str]] = {"pdf": "PDF document", "docx": "Word document"}


def _load(source: bytes | str | os.PathLike[str], kind: Kind, limit: int) -> tuple[bytes, str]:
    """The bytes of *source* (a path or the bytes themselves) and a name for messages."""
    function = f"read_{kind}"
    if isinstance(source, bytes | bytearray | memoryview):
        refused = too_large(_WHAT[kind], len(source), limit, function)
        if refused is not None:
            raise ReadError(refused)
        return bytes(source), _WHAT[kind]
    if not isinstance(source, str | os.PathLike):
        raise ReadError(f"expected a path or bytes, got {type(source).__name__}")
    path = Path(source)
    try:
        refused = too_large(str(path), path.stat().st_size, limit, function)
        if refused is not None:
            raise ReadError(refused)  # before reading it into memory
        return path.read_bytes(), str(path)
    except OSError as error:
        raise ReadError(f"{path}: {error.strerror or error}") from None


def read_binary(
    kind: Kind,
    source: bytes | str | os.PathLike[str],
    *,
    name: str | None = None,
    previous: Report | None,
    strict: bool,
    max_bytes: int | None = None,
    timeout: float | None = PDF_TIMEOUT,
) -> ReadResult:
    """Read the Word or PDF document *source*; *name* overrides the name in messages.

    *timeout* bounds the seconds a PDF's parsing may take (``None``: no bound).
    """
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0
    ):
        raise ValueError(f"timeout= must be a number of seconds above 0, or None: {timeout!r}")
    limit = MAX_DOCUMENT_BYTES if max_bytes is None else max_bytes
    data, default = _load(source, kind, limit)
    name = name or default
    if kind == "pdf":
        from ._pdf import PDFError, pdf_text

        if b"%PDF-" not in data[:1024]:
            raise ReadError(f"{name}: not a PDF file")
        try:
            unpacked = max(MAX_PDF_UNPACKED_BYTES, 4 * limit)
            text = pdf_text(data, timeout=timeout, unpacked_limit=unpacked).text
        except PDFError as error:
            raise ReadError(f"{name}: {error}") from None
    else:
        from ._docx import DocxError, docx_text

        try:
            text = docx_text(data, unpacked_limit=max(MAX_DOCX_UNPACKED_BYTES, 4 * limit))
        except DocxError as error:
            raise ReadError(f"{name}: {error}") from None
    try:
        return _read(text, kind, previous, strict)
    except ReadError as error:
        # The shared reading does not know the document's name: put it first.
        first = str(error).split("\n", 1)[0]
        raise ReadError(f"{name}: {first}", error.diagnostics) from None
