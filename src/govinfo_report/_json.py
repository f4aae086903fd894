"""The JSON text backend: orjson when installed, the standard library otherwise.

Both backends produce the same text for the same data, byte for byte, so
that canonical JSON does not depend on what is installed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Final

from .errors import JSONLoadError, Problem

__all__ = ["BACKEND", "all_counts", "decode", "encode"]

try:
    import orjson
except ImportError:  # pragma: no cover - exercised by the stdlib test run
    orjson = None  # type: ignore[assignment]

BACKEND: Final = "orjson" if orjson is not None else "json"


def _reject_constant(name: str) -> Any:
    # The standard library accepts NaN and Infinity, which are not JSON.
    raise ValueError(f"{name} is not valid JSON")


def _decode_stdlib(text: str | bytes) -> Any:
    try:
        data = json.loads(text, parse_constant=_reject_constant)
        # An escaped lone surrogate ("\\ud800") parses, but is not text; orjson refuses it.
        encode_stdlib(data).encode("utf-8")
        return data
    except json.JSONDecodeError as error:
        raise JSONLoadError(
            [Problem("$", f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}")]
        ) from None
    except RecursionError:
        raise JSONLoadError([Problem("$", "invalid JSON: nested too deeply")]) from None
    except ValueError as error:  # NaN, Infinity, undecodable bytes, lone surrogates
        raise JSONLoadError([Problem("$", f"invalid JSON: {error}")]) from None


def _decode_orjson(text: str | bytes) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise JSONLoadError(
            [Problem("$", f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}")]
        ) from None


def decode(text: str | bytes) -> Any:
    """Parse JSON text, raising :class:`JSONLoadError` on malformed input."""
    if not isinstance(text, str | bytes | bytearray | memoryview):
        raise JSONLoadError([Problem("$", f"expected JSON text, got {type(text).__name__}")])
    if orjson is not None:
        return _decode_orjson(text)
    return _decode_stdlib(text)


def encode(data: Any, *, indent: bool = False) -> str:
    """Serialise plain data to JSON text: UTF-8 kept as is, keys in insertion order."""
    if orjson is not None:
        option = orjson.OPT_INDENT_2 if indent else 0
        return orjson.dumps(data, option=option).decode()
    return encode_stdlib(data, indent=indent)


def encode_bytes(data: Any) -> bytes:
    """Serialise plain data to compact JSON as UTF-8 bytes (what a JSON Lines file holds)."""
    if orjson is not None:
        return orjson.dumps(data)
    return encode_stdlib(data).encode()


def encode_stdlib(data: Any, *, indent: bool = False) -> str:
    """The standard library's encoding, set to agree with orjson's output."""
    if indent:
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


_COUNT_BYTES: Final = b"[],0123456789"
_INTS: Final = {int}


def all_counts(rows: Sequence[Sequence[Any]]) -> bool:
    """Whether every cell of *rows* (lists of equal length) is a plain int ≥ 0.

    ``False`` means "not only such cells", not "invalid": blanks and marks
    are valid and are then checked one by one.  This is the hot path of
    loading, so with orjson the check runs in C: serialised, the rows may
    hold nothing but digits, commas and one level of brackets.  (A bool
    prints as ``true``, a negative number with ``-``, a float with ``.``;
    an int subclass is refused by ``OPT_PASSTHROUGH_SUBCLASS``.)
    """
    if orjson is None:
        cells = [cell for row in rows for cell in row]
        return (
            set(map(type, cells)) == _INTS
            and min(cells, default=0) >= 0
            and max(cells, default=0) < 2**64
        )
    try:
        text = orjson.dumps(rows, option=orjson.OPT_PASSTHROUGH_SUBCLASS)
    except TypeError:  # an object orjson does not write, or an int over 64 bits
        return False
    return not text.translate(None, _COUNT_BYTES) and text.count(b"[") == len(rows) + 1
