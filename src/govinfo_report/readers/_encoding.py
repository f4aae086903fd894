r"""The bytes of a text document to text: UTF-8, GB18030 or UTF-16, never mojibake.

Reports come as UTF-8 or, from Chinese Windows tools, GB18030 (a superset of
GBK).  GB18030 decodes nearly any bytes, though, so a file in another encoding
(Big5, UTF-16 without its byte-order mark) would come out as rare characters
instead of an error; and UTF-8 that was once read as Latin-1 and saved again
decodes as UTF-8 into ``æ\x94¿åº\x9c``.  A report names itself (政府信息公开,
年度报告), so text decoded by a guess must hold those words, or it is refused
with a :class:`~govinfo_report.readers.ReadError` saying what the bytes look like.

>>> decode("政府信息公开工作年度报告".encode("gb18030"))
'政府信息公开工作年度报告'
>>> decode("政府信息公开工作年度报告".encode("utf-16-le"))
'政府信息公开工作年度报告'
>>> decode("政府資訊公開工作年度報告".encode("big5"))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
govinfo_report.readers.ReadError: the document is not UTF-8 or GB18030 text: it reads as Big5 ...
"""

from __future__ import annotations

from typing import Final

__all__ = ["decode"]

# Words every report prints, in its title and its headings (and their traditional forms).
_ANCHORS: Final = ("政府信息公开", "年度报告", "信息公开", "总体情况", "主动公开")
_TRADITIONAL: Final = ("政府資訊公開", "政府信息公開", "年度報告", "資訊公開", "信息公開")
_BOMS: Final = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _error(message: str) -> Exception:
    from . import ReadError  # deferred: the package imports this module

    return ReadError(message)


def _anchored(text: str) -> bool:
    return any(anchor in text for anchor in _ANCHORS)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes) -> str:
    """*data* as text; raises ReadError when its encoding is none we can be sure of."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            if text is None:
                raise _error(
                    f"the document starts with a {encoding.upper()} byte-order mark, "
                    f"but is not {encoding.upper()} text"
                )
            return text
    text = _try(data, "utf-8")
    if text is not None:
        if "\x00" in text[:4096] and text[:4096].count("\x00") * 8 > len(text[:4096]):
            wide = _utf16(data)
            if wide is not None:
                return wide
        if not _anchored(text):
            _refuse_mojibake(text)
        return text
    wide = _utf16(data)
    if wide is not None:
        return wide
    text = _try(data, "gb18030")
    if text is not None and _anchored(text):
        return text
    # Not UTF-8, and GB18030 gives no report's words: say what it looks like instead.
    big5 = _try(data, "big5")
    if big5 is not None and any(anchor in big5 for anchor in _TRADITIONAL):
        raise _error(
            "the document is not UTF-8 or GB18030 text: it reads as Big5 (traditional "
            "Chinese); save it as UTF-8 to read it"
        )
    if text is None:
        raise _error("the document is neither UTF-8 nor GB18030 text")
    raise _error(
        "the document is not UTF-8 text, and read as GB18030 it holds none of the words "
        "a report holds (政府信息公开, 年度报告): it is in another encoding; save it as UTF-8"
    )


def _utf16(data: bytes) -> str | None:
    """*data* as UTF-16 without a byte-order mark, if that gives a report's words."""
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _try(data, encoding)
        if text is not None and _anchored(text):
            return text
    return None


def _refuse_mojibake(text: str) -> None:
    """Raise ReadError if *text* is UTF-8 that was read as Latin-1 (or cp1252) and saved."""
    sample = text[:20000]
    if not any("\u00c0" <= char <= "\u00ef" for char in sample):
        return
    for encoding in ("latin-1", "cp1252"):
        try:
            original = sample.encode(encoding).decode("utf-8", "ignore")
        except UnicodeEncodeError:
            continue
        if _anchored(original):
            raise _error(
                "the document is mojibake: UTF-8 text that was read as "
                f"{'Latin-1' if encoding == 'latin-1' else 'Windows-1252'} and saved again "
                f"({sample.lstrip()[:12]!r} stands for {original.lstrip()[:4]!r}); "
                "the original text is needed"
            )
