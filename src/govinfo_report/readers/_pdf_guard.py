r"""What a PDF is checked for before pdfminer parses it for pdfplumber.

pdfminer trusts a file's structure.  Three defects of a hostile or broken PDF
make it fill memory or run for ever where no deadline can help, so they are
looked for first; each check returns what it found, which the reader raises:

- **a decompression bomb**: pdfminer unpacks a compressed stream whole, in one
  call into zlib, so a stream of a few megabytes that unpacks to gigabytes fills
  memory.  Each stream's Flate data is unpacked here a chunk at a time, and the
  total is held to a limit (images are not counted: text extraction never
  unpacks them);
- **a reference cycle**: an object that is nothing but a reference to another
  (``2 0 obj 3 0 R endobj``), in a chain that comes back on itself, sends
  pdfminer round the chain for ever when it resolves the document's catalog;
- **an exponential document information dictionary**: pdfplumber expands the
  ``/Info`` dictionary in full when it opens a file, so arrays that refer twice
  to the next array, forty deep, would expand to 2⁴⁰ values.

Everything else pdfminer may loop on is stopped by the deadline
(:mod:`._deadline`).

>>> data = b"%PDF-1.4\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n"
>>> data += zlib.compress(bytes(3_000_000)) + b"\nendstream\nendobj\n"
>>> len(data) < 4_000
True
>>> print(bomb(data, 1_000_000))
a decompression bomb: the compressed stream at byte 44 unpacks to more than 1,000,000 bytes...
>>> bomb(data, 10_000_000) is None
True
"""

from __future__ import annotations

import io
import itertools
import re
import zlib
from collections.abc import Iterable, Iterator
from typing import Any, Final

__all__ = ["bomb", "structure_defect"]

# "stream" at the end of a dictionary: the keyword, then CRLF or LF (PDF 32000 §7.3.8).
_STREAM: Final = re.compile(rb"(?<![A-Za-z])stream\r?\n")
# How far back from "stream" its dictionary is looked for.
_DICTIONARY_WINDOW: Final = 4096
_IMAGE: Final = re.compile(rb"/Subtype\s*/Image\b")
_CHUNK: Final = 1 << 16
# How many layers of Flate inside Flate are unpacked.
_MAX_DEPTH: Final = 4
# The most values the /Info dictionary may expand to.
_MAX_INFO_VALUES: Final = 100_000


def _inflate(pieces: Iterable[bytes | memoryview]) -> Iterator[bytes]:
    """The Flate data in *pieces* unpacked a chunk at a time, to its end or first error."""
    inflater = zlib.decompressobj()
    try:
        for piece in pieces:
            while piece:
                out = inflater.decompress(piece, _CHUNK)
                if out:
                    yield out
                if inflater.eof:  # (zlib may leave the rest in unconsumed_tail)
                    return
                piece = inflater.unconsumed_tail
        while out := inflater.decompress(b"", _CHUNK):  # what zlib still holds
            yield out
    except zlib.error:
        return  # damaged: pdfminer unpacks what it can, no more than this


def _unpacked_size(data: memoryview, budget: int) -> int:
    """How many bytes Flate *data* unpacks to, every layer counted (stops past *budget*)."""
    size = 0

    def counted(chunks: Iterator[bytes]) -> Iterator[bytes]:
        nonlocal size
        for chunk in chunks:
            size += len(chunk)
            yield chunk
            if size > budget:
                return

    layers = [counted(_inflate(data[i : i + _CHUNK] for i in range(0, len(data), _CHUNK)))]
    chunks: Iterator[bytes] = layers[0]
    # Flate inside Flate (/Filter [/FlateDecode /FlateDecode]) multiplies the ratios.  Each
    # layer counts, and each is read to its end: output that only begins like Flate
    # hides nothing behind the layer that fails.
    for _ in range(_MAX_DEPTH - 1):
        first = next(chunks, b"")
        chunks = itertools.chain([first], chunks)
        if not _looks_like_zlib(first):
            break
        layers.append(counted(_inflate(chunks)))
        chunks = layers[-1]
    for layer in reversed(layers):  # one chunk of each layer in memory at a time
        for _ in layer:
            pass
    return size


def _looks_like_zlib(data: bytes | memoryview) -> bool:
    # RFC 1950: compression method 8, and the first two bytes a multiple of 31.
    return len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0


def bomb(data: bytes, limit: int) -> str | None:
    """What is wrong if the streams of *data* (but images) unpack to over *limit* bytes in all."""
    total = 0
    view = memoryview(data)
    for match in _STREAM.finditer(data):
        if data[max(0, match.start() - 3) : match.start()] == b"end":
            continue
        # Read to the end of the Flate data, not to the next "endstream": those bytes may
        # stand inside the compressed data, and pdfminer goes by /Length.
        body = view[match.end() :]
        if not _looks_like_zlib(body[:2]):
            continue
        dictionary = data[max(0, match.start() - _DICTIONARY_WINDOW) : match.start()]
        if _IMAGE.search(dictionary, max(0, dictionary.rfind(b"obj"))):
            continue
        total += _unpacked_size(body, limit - total)
        if total > limit:
            return (
                f"a decompression bomb: the compressed stream at byte {match.start()} "
                f"unpacks to more than {limit:,} bytes, the limit of what a PDF's streams "
                "may unpack to: pass max_bytes= to read_pdf() to raise it"
            )
    return None


class _Refused(BaseException):
    """A defect found while pdfminer opens the file; a BaseException so none swallows it."""


def _expanded(value: object, memo: dict[int, int], path: set[int]) -> int:
    """How many values *value* expands to when every reference in it is followed."""
    from pdfminer.pdftypes import PDFObjRef

    if isinstance(value, PDFObjRef):
        if value.objid in memo:
            return memo[value.objid]
        if value.objid in path:
            return 1  # a cycle: pdfplumber's expansion hits Python's recursion limit
        path.add(value.objid)
        try:
            target = value.resolve()
        except Exception:
            target = None
        size = memo[value.objid] = _expanded(target, memo, path)
        path.discard(value.objid)
        return size
    if isinstance(value, list | tuple):
        items: Any = value
    elif isinstance(value, dict):
        items = value.values()
    else:
        return 1
    size = 1
    for item in items:
        size += _expanded(item, memo, path)
        if size > _MAX_INFO_VALUES:
            break
    return size


def structure_defect(data: bytes) -> str | None:
    """What is wrong if pdfminer would loop for ever, or expand without end, opening *data*."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFObjRef

    class Guarded(PDFDocument):
        def getobj(self, objid: int) -> object:
            chain = [objid]
            found = super().getobj(objid)
            while isinstance(found, PDFObjRef):
                if found.objid in chain:
                    cycle = " → ".join(f"{n} 0 R" for n in [*chain, found.objid])
                    raise _Refused(f"its objects refer to each other in a cycle ({cycle})")
                chain.append(found.objid)
                found = super().getobj(found.objid)
            return found

    try:
        document = Guarded(PDFParser(io.BytesIO(data)))
        memo: dict[int, int] = {}
        for info in document.info:
            if _expanded(info, memo, set()) > _MAX_INFO_VALUES:
                raise _Refused(
                    f"its document information dictionary (/Info) expands to more than "
                    f"{_MAX_INFO_VALUES:,} values"
                )
    except _Refused as refused:
        return str(refused)
    except Exception:
        return None  # broken some other way: pdfplumber says how
    return None
