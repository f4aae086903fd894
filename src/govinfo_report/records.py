"""Tidy (long-form) tables of reports: one row per table cell, for analysis.

:func:`to_records` turns a report into its 200 cells in document order (10 of
table 二, 175 of table 三, 15 of table 四), each a :class:`Record` that says
whose report it is, where the cell lies and what its row and column are called
(a report whose table 三 prints （六）其他处理 as one row, ``R3_6``, has 186 cells,
161 of them in table 三: see :class:`~govinfo_report.Layout`):

>>> from govinfo_report import example
>>> records = to_records(example())
>>> len(records), records[0].address, records[-1].address
(200, 'rules.issued', 'LR.total')
>>> record = next(r for r in records if r.address == "R3_7[BIZ]")
>>> record.organ, record.year, record.table, record.row, record.column, record.value
('临淄区齐都镇人民政府', 2021, 'applications', 'R3_7', 'BIZ', 0)
>>> record.row_label_zh, record.column_label_zh, record.mark
('三、本年度办理结果 （七）总计', '商业企业', None)
>>> record.row_label_en, record.column_label_en
('III. Outcomes this year (vii) Total', 'Commercial enterprises')

Blank, ``/`` and ``0`` stay three different things: a blank cell has neither
value nor mark, a cell printed ``/`` (or ``-``, ``—``, ``无``) has its mark
and no value, and a cell printed ``0`` has the value 0 and no mark.

:func:`to_pandas` and :func:`to_polars` give the records of one report or of
many as a data frame (one row per record), and :func:`to_csv` writes them as
CSV.  The frames have one column more than the records: ``value`` holds the
counts and ``amount`` the fee amount (``admin_fees.amount``, in 万元), so
that counts are whole numbers and money stays exact.  The columns, in order:

================================  ======================  ================================
column                            pandas dtype            polars dtype
================================  ======================  ================================
``organ``                         ``string``              ``String``
``year``                          ``Int64``               ``Int64``
``edition``                       ``category``            ``Categorical``
``table``, ``row``, ``column``    ``category``            ``Categorical``
``address``                       ``string``              ``String``
``value``                         ``Int64`` (nullable)    ``Int64``
``amount``                        ``object`` (Decimal)    ``Decimal(38, 8)``
``mark``                          ``string``              ``String``
the four ``*_label_*`` columns    ``string``              ``String``
================================  ======================  ================================

The pandas ``string`` columns are ``pandas.StringDtype()`` (missing values are
``pd.NA``); the categories of ``edition``, ``table``, ``row`` and ``column``
are fixed, in document order, so frames of different reports concatenate
without losing their dtype, and sorting by them sorts in document order.  The
``row`` categories are those of both layouts of table 三: the single
（六）其他处理 row ``R3_6`` comes before its three sub-items ``R3_6_1`` … ``R3_6_3``.

Why the amount is an ``object`` column of :class:`~decimal.Decimal` in pandas:
pandas has no exact decimal dtype of its own (only through pyarrow, which is
not a dependency), and a float would turn ``0.1`` 万元 into
``0.1000000000000000055…`` and lose the printed places of ``0.50``.  In polars
the amount is ``Decimal(38, 8)``: 8 decimal places is what the JSON format
allows (``24252.311082`` 万元 is a real report's fee), so every loaded report
fits exactly.  A report built in code whose amount has more places, or 30
integral digits or more, raises :class:`ValueOutOfRangeError` rather than
being rounded.  Counts may be as large as ``2**64 - 1`` in the model; one that
does not fit ``Int64`` raises :class:`ValueOutOfRangeError` too, naming the
organ, year and cell, rather than wrapping around.

pandas and polars are optional (the ``pandas`` and ``polars`` extras); without
them :func:`to_pandas` and :func:`to_polars` raise
:class:`~govinfo_report.errors.MissingExtraError`.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Callable, Iterable
from decimal import Context, Decimal, Inexact, InvalidOperation
from itertools import chain
from typing import TYPE_CHECKING, Final, TextIO, TypeVar

import attrs

from ._coordinates import _group, _proactive_row, _row
from .editions import Edition
from .errors import MissingExtraError, ValueOutOfRangeError
from .labels import label
from .model import (
    PROACTIVE_2021,
    Amount,
    Count,
    Layout,
    Mark,
    ProactiveDisclosure,
    Report,
    _addresses,
)
from .proactive import ProactiveLayout, layout_of, registered

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl

__all__ = [
    "FIELDS",
    "FRAME_COLUMNS",
    "TABLES",
    "Record",
    "ValueOutOfRangeError",
    "to_csv",
    "to_pandas",
    "to_polars",
    "to_records",
]


@attrs.frozen
class Record:
    """One cell of one report: whose it is, where it lies, what it holds and is called.

    *value* is the number in the cell (an ``int``, or a :class:`~decimal.Decimal`
    for ``admin_fees.amount``), ``None`` when the cell is blank or holds a mark;
    *mark* is the mark as printed (``/``, ``-``, ``—`` or ``无``), ``None`` otherwise.
    """

    #: The issuing organ.
    organ: str
    #: The year the report is on.
    year: int
    #: The edition of the format, such as ``"2021"``.
    edition: str
    #: The table: ``"proactive"`` (二), ``"applications"`` (三) or ``"appeals"`` (四).
    table: str
    #: The row key, such as ``"rules"``, ``"R3_7"`` or ``"RV"``.
    row: str
    #: The column key, such as ``"issued"``, ``"BIZ"`` or ``"total"``.
    column: str
    #: The spec's cell address, such as ``"R3_7[BIZ]"``.
    address: str
    #: The number in the cell; ``None`` when it is blank or holds a mark.
    value: int | Decimal | None
    #: The mark printed in the cell, such as ``"/"``; ``None`` when it holds none.
    mark: str | None
    #: The row label in Chinese; for table 三, with the groups the row is under.
    row_label_zh: str
    #: The column label in Chinese.
    column_label_zh: str
    #: The row label in English; for table 三, with the groups the row is under.
    row_label_en: str
    #: The column label in English.
    column_label_en: str


#: The fields of :class:`Record`, in order: the header of :func:`to_csv`.
FIELDS: Final[tuple[str, ...]] = tuple(field.name for field in attrs.fields(Record))
#: The columns of :func:`to_pandas` and :func:`to_polars`: the fields, with
#: ``amount`` after ``value``.
FRAME_COLUMNS: Final[tuple[str, ...]] = (
    *FIELDS[: FIELDS.index("value") + 1],
    "amount",
    *FIELDS[FIELDS.index("value") + 1 :],
)
#: The tables, in document order.
TABLES: Final = ("proactive", "applications", "appeals")


# --- the static part of every record, computed once -----------------------------

#: The fields of a record that depend on the address only, in order.
_STATIC: Final = (
    "table",
    "row",
    "column",
    "address",
    "row_label_zh",
    "column_label_zh",
    "row_label_en",
    "column_label_en",
)
_StaticRow = tuple[str, str, str, str, str, str, str, str]
_T = TypeVar("_T")
#: The shape of a report's cells: the layouts of its tables 二 and 三.
_Shape = tuple[ProactiveLayout, Layout]
_OFFICIAL: Final = (PROACTIVE_2021, Layout.OFFICIAL)


def _shape(report: Report) -> _Shape:
    return layout_of(report.proactive), report.applications.layout


def _labels(shape: _Shape, address: str, locale: str) -> tuple[str, str, str, str, str]:
    """The table, row, column, row label and column label of *address* in *locale*."""
    if address.endswith("]"):
        row, _, column = address[:-1].partition("[")
        return "applications", row, column, _row(row, locale), label(f"t3.column.{column}", locale)
    row, _, column = address.partition(".")
    proactive = shape[0]
    if proactive.cell(address) is not None:
        return (
            "proactive",
            row,
            column,
            _proactive_row(row, locale, proactive),
            proactive.label(f"t2.column.{column}", locale),
        )
    return "appeals", row, column, _group(row, locale), label(f"t4.column.{column}", locale)


@functools.cache
def _static_rows(shape: _Shape = _OFFICIAL) -> tuple[_StaticRow, ...]:
    """The static fields (:data:`_STATIC`) of the record of every address of *shape*, in order."""
    rows: list[_StaticRow] = []
    for address in _addresses(*shape):
        table, row, column, row_zh, column_zh = _labels(shape, address, "zh_Hans")
        *_, row_en, column_en = _labels(shape, address, "en")
        rows.append((table, row, column, address, row_zh, column_zh, row_en, column_en))
    return tuple(rows)


@functools.cache
def _static_columns(shape: _Shape = _OFFICIAL) -> dict[str, tuple[str, ...]]:
    """The static fields as columns of 200 (or 186) values, by field name."""
    return dict(zip(_STATIC, zip(*_static_rows(shape), strict=True), strict=True))


def _merge(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of *first* and *second*, each once, in the order of both.

    Both give their shared keys in the same order; where they part, the keys
    only *second* has come first (``R3_6`` before ``R3_6_1`` … ``R3_6_3``).
    """
    first, second = tuple(dict.fromkeys(first)), tuple(dict.fromkeys(second))
    only_first, only_second = set(first) - set(second), set(second) - set(first)
    merged: list[str] = []
    i = j = 0
    while i < len(first) or j < len(second):
        if j < len(second) and second[j] in only_second:
            merged.append(second[j])
            j += 1
        elif i < len(first) and (first[i] in only_first or j == len(second)):
            merged.append(first[i])
            i += 1
        else:  # a key both have
            merged.append(second[j])
            i, j = i + 1, j + 1
    return tuple(dict.fromkeys(merged))


def _categories() -> dict[str, tuple[str, ...]]:
    """The categories of the categorical columns, in document order, for every layout."""
    return _categories_of(registered())


@functools.cache
def _categories_of(layouts: tuple[ProactiveLayout, ...]) -> dict[str, tuple[str, ...]]:
    official = _static_columns(_OFFICIAL)
    single = _static_columns((PROACTIVE_2021, Layout.SINGLE_OTHER))
    rows, columns = _merge(official["row"], single["row"]), (*official["column"], *single["column"])
    for layout in layouts[1:]:
        other = _static_columns((layout, Layout.OFFICIAL))
        rows, columns = _merge(rows, other["row"]), (*columns, *other["column"])
    return {
        "edition": tuple(edition.value for edition in Edition),
        "table": TABLES,
        "row": rows,
        "column": tuple(dict.fromkeys(columns)),
    }


def _codes(shape: _Shape = _OFFICIAL) -> dict[str, tuple[int, ...]]:
    """The category codes of the static categorical columns of *shape*, 200 (or 186) each."""
    return _codes_of(shape, registered())


@functools.cache
def _codes_of(shape: _Shape, layouts: tuple[ProactiveLayout, ...]) -> dict[str, tuple[int, ...]]:
    columns, categories = _static_columns(shape), _categories_of(layouts)
    codes: dict[str, tuple[int, ...]] = {}
    for name in ("table", "row", "column"):
        index = {category: i for i, category in enumerate(categories[name])}
        codes[name] = tuple(index[value] for value in columns[name])
    return codes


# --- the values -------------------------------------------------------------------


def _cells(report: Report) -> tuple[Count | Amount, ...]:
    """The raw cells of *report* in the order of :meth:`Report.addresses` (of *report*).

    The same as the values of :meth:`Report.iter_cells`, read straight from the
    tables rather than address by address.
    """
    p = report.proactive
    if p.__class__ is not ProactiveDisclosure:
        return (
            *(value for _, _, value in layout_of(p).values(p)),
            *chain.from_iterable(report.applications.rows),
            *chain.from_iterable(report.appeals.groups),
        )
    return (
        p.rules.issued,
        p.rules.repealed,
        p.rules.in_force,
        p.normative_docs.issued,
        p.normative_docs.repealed,
        p.normative_docs.in_force,
        p.licensing.decisions,
        p.penalty.decisions,
        p.coercion.decisions,
        p.admin_fees.amount,
        *chain.from_iterable(report.applications.rows),
        *chain.from_iterable(report.appeals.groups),
    )


def _reports(reports: Report | Iterable[Report]) -> Iterable[Report]:
    if isinstance(reports, Report):
        return (reports,)
    return reports


def _checked(report: object) -> Report:
    if not isinstance(report, Report):
        raise TypeError(f"expected a Report, got {report!r}")
    return report


def to_records(report: Report) -> list[Record]:
    """The 200 cells of *report* as records, in document order (that of :meth:`Report.addresses`).

    A report whose table 三 prints （六）其他处理 as one row has 186 cells.

    >>> import attrs
    >>> from govinfo_report import ApplicationTable, example
    >>> fee = to_records(example())[9]
    >>> fee.address, fee.value, fee.column_label_zh
    ('admin_fees.amount', Decimal('0'), '本年收费金额（单位：万元）')
    >>> single = attrs.evolve(
    ...     example(), applications=ApplicationTable.from_parts({"R1": [2], "R3_6": [2]})
    ... )
    >>> records = to_records(single)
    >>> len(records), records[150].address, records[150].value, records[150].row_label_zh
    (186, 'R3_6[NP]', 2, '三、本年度办理结果 （六）其他处理')
    """
    report = _checked(report)
    organ, year, edition = report.organ, report.year, report.edition.value
    records: list[Record] = []
    append = records.append
    for (table, row, column, address, row_zh, column_zh, row_en, column_en), raw in zip(
        _static_rows(_shape(report)), _cells(report), strict=True
    ):
        if isinstance(raw, Mark):
            value, mark = None, raw.value
        else:
            value, mark = raw, None
        append(
            Record(
                organ,
                year,
                edition,
                table,
                row,
                column,
                address,
                value,
                mark,
                row_zh,
                column_zh,
                row_en,
                column_en,
            )
        )
    return records


# --- data frames ------------------------------------------------------------------

_INT64_MAX: Final = 2**63 - 1
_POLARS_DECIMAL: Final = (38, 8)  # precision, scale
_QUANTUM: Final = Decimal(1).scaleb(-_POLARS_DECIMAL[1])
# Quantizing in this context raises rather than round an amount or let it pass 38 digits.
_EXACT: Final = Context(prec=_POLARS_DECIMAL[0], traps=[Inexact, InvalidOperation])


@attrs.frozen
class _Columns:
    """The columns of a frame that vary from report to report."""

    #: The layouts of tables 二 and 三 of each report, in order.
    layouts: list[_Shape]
    organ: list[str]
    year: list[int]
    edition: list[str]
    value: list[int | None]
    amount: list[Decimal | None]
    mark: list[str | None]


def _gather(
    reports: Report | Iterable[Report], fit: Callable[[Decimal], Decimal] | None, dtype: str
) -> _Columns:
    """The varying columns of *reports*; *fit* makes an amount fit a *dtype* column, or raises."""
    layouts: list[_Shape] = []
    organs: list[str] = []
    years: list[int] = []
    editions: list[str] = []
    values: list[int | None] = []
    amounts: list[Decimal | None] = []
    marks: list[str | None] = []
    for item in _reports(reports):
        report = _checked(item)
        shape = _shape(report)
        layouts.append(shape)
        addresses = _addresses(*shape)
        size = len(addresses)
        organs += [report.organ] * size
        years += [report.year] * size
        editions += [report.edition.value] * size
        for address, raw in zip(addresses, _cells(report), strict=True):
            if isinstance(raw, int):
                if raw > _INT64_MAX:
                    raise ValueOutOfRangeError(report.organ, report.year, address, raw, "Int64")
                values.append(raw)
                amounts.append(None)
                marks.append(None)
            elif isinstance(raw, Decimal):
                if fit is not None:
                    try:
                        raw = fit(raw)
                    except (Inexact, InvalidOperation):
                        raise ValueOutOfRangeError(
                            report.organ, report.year, address, raw, dtype
                        ) from None
                values.append(None)
                amounts.append(raw)
                marks.append(None)
            else:
                values.append(None)
                amounts.append(None)
                marks.append(None if raw is None else raw.value)
    return _Columns(layouts, organs, years, editions, values, amounts, marks)


def _per_report(
    layouts: list[_Shape], by_layout: Callable[[_Shape], tuple[_T, ...]]
) -> tuple[_T, ...]:
    """The static values *by_layout* gives, for each report of *layouts* in turn."""
    if len(set(layouts)) <= 1:
        # One layout (the common case): the same values, repeated.
        return by_layout(layouts[0]) * len(layouts) if layouts else ()
    return tuple(chain.from_iterable(by_layout(layout) for layout in layouts))


def to_pandas(reports: Report | Iterable[Report]) -> pd.DataFrame:
    """The records of one report or of many as a pandas DataFrame, one row per cell.

    The columns and their dtypes are those of :data:`FRAME_COLUMNS` and the
    module's table; the index is a plain range.  Raises
    :class:`ValueOutOfRangeError` for a count of ``2**63`` or more.

    >>> from govinfo_report import example
    >>> frame = to_pandas([example(), example()])
    >>> frame.shape
    (400, 14)
    >>> frame.loc[9, ["address", "value", "amount", "mark"]].tolist()
    ['admin_fees.amount', <NA>, Decimal('0'), <NA>]
    """
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError("to_pandas", "pandas", "pandas") from None

    columns = _gather(reports, None, "object")
    categories, layouts = _categories(), columns.layouts

    def categorical(name: str) -> pd.Categorical:
        dtype = pd.CategoricalDtype(list(categories[name]))
        if name == "edition":
            index = {edition: i for i, edition in enumerate(categories[name])}
            return pd.Categorical.from_codes([index[e] for e in columns.edition], dtype=dtype)
        codes = _per_report(layouts, lambda layout: _codes(layout)[name])
        return pd.Categorical.from_codes(list(codes), dtype=dtype)

    def string(name: str) -> pd.api.extensions.ExtensionArray:
        values = _per_report(layouts, lambda layout: _static_columns(layout)[name])
        return pd.array(list(values), dtype="string")

    data = {
        "organ": pd.array(columns.organ, dtype="string"),
        "year": pd.array(columns.year, dtype="Int64"),
        "edition": categorical("edition"),
        "table": categorical("table"),
        "row": categorical("row"),
        "column": categorical("column"),
        "address": string("address"),
        "value": pd.array(columns.value, dtype="Int64"),
        "amount": pd.Series(columns.amount, dtype=object),
        "mark": pd.array(columns.mark, dtype="string"),
        "row_label_zh": string("row_label_zh"),
        "column_label_zh": string("column_label_zh"),
        "row_label_en": string("row_label_en"),
        "column_label_en": string("column_label_en"),
    }
    return pd.DataFrame(data, columns=list(FRAME_COLUMNS))


def _fit_polars(amount: Decimal) -> Decimal:
    return amount.quantize(_QUANTUM, context=_EXACT)


def to_polars(reports: Report | Iterable[Report]) -> pl.DataFrame:
    """The records of one report or of many as a polars DataFrame, one row per cell.

    The columns and their dtypes are those of :data:`FRAME_COLUMNS` and the
    module's table.  Raises :class:`ValueOutOfRangeError` for a count of
    ``2**63`` or more, and for an amount with more than 8 decimal places or of
    ``10**30`` or more, rather than rounding it.

    >>> from govinfo_report import example
    >>> frame = to_polars(example())
    >>> frame.shape, frame.schema["amount"]
    ((200, 14), Decimal(precision=38, scale=8))
    """
    try:
        import polars as pl
    except ImportError:
        raise MissingExtraError("to_polars", "polars", "polars") from None

    precision, scale = _POLARS_DECIMAL
    columns = _gather(reports, _fit_polars, f"Decimal({precision}, {scale})")
    layouts = columns.layouts

    def repeated(name: str, dtype: pl.DataType | type[pl.DataType]) -> pl.Series:
        values = _per_report(layouts, lambda layout: _static_columns(layout)[name])
        return pl.Series(name, values, dtype=dtype)

    series = [
        pl.Series("organ", columns.organ, dtype=pl.String),
        pl.Series("year", columns.year, dtype=pl.Int64),
        pl.Series("edition", columns.edition, dtype=pl.Categorical),
        repeated("table", pl.Categorical),
        repeated("row", pl.Categorical),
        repeated("column", pl.Categorical),
        repeated("address", pl.String),
        pl.Series("value", columns.value, dtype=pl.Int64),
        pl.Series("amount", columns.amount, dtype=pl.Decimal(precision, scale)),
        pl.Series("mark", columns.mark, dtype=pl.String),
        repeated("row_label_zh", pl.String),
        repeated("column_label_zh", pl.String),
        repeated("row_label_en", pl.String),
        repeated("column_label_en", pl.String),
    ]
    return pl.DataFrame(series)


# --- CSV --------------------------------------------------------------------------


def _csv_fields(fields: Iterable[object]) -> str:
    """*fields* as part of a CSV line, each quoted as the csv module quotes it."""
    out = io.StringIO()
    # The csv module quotes a field holding a character of the line terminator:
    # with "\r\n", a text with either is quoted, so that readers keep it whole.
    csv.writer(out, lineterminator="\r\n").writerow(fields)
    return out.getvalue()[:-2]


@functools.cache
def _csv_static(shape: _Shape = _OFFICIAL) -> tuple[tuple[str, str], ...]:
    """The static fields of every address as CSV text: those before value and those after mark."""
    return tuple((_csv_fields(row[:4]), _csv_fields(row[4:])) for row in _static_rows(shape))


def _csv_value(raw: Count | Amount) -> str:
    """The value and mark fields of the cell *raw* as CSV text (neither ever needs quotes)."""
    if raw is None:
        return ","
    if isinstance(raw, Mark):
        return f",{raw.value}"
    if isinstance(raw, Decimal):
        # Fixed-point notation, as in JSON: trailing zeros kept, never an exponent.
        return f"{raw:f},"
    return f"{raw},"


def to_csv(reports: Report | Iterable[Report], file: TextIO) -> None:
    r"""Write the records of one report or of many to *file* as CSV.

    The header row is :data:`FIELDS`; ``None`` is written as an empty field,
    amounts in fixed-point notation (``0.50``, never ``5E-1``).  Rows end with
    ``\n``; open a file with ``newline=""`` and ``encoding="utf-8"`` (or
    ``"utf-8-sig"`` for spreadsheet programs that need the byte-order mark).

    >>> import io
    >>> from govinfo_report import example
    >>> out = io.StringIO()
    >>> to_csv(example(), out)
    >>> lines = out.getvalue().splitlines()
    >>> len(lines), lines[0][:43]
    (201, 'organ,year,edition,table,row,column,address')
    >>> lines[11].split(",")[:11]
    ['临淄区齐都镇人民政府', '2021', '2021', 'applications', 'R1', 'NP', 'R1[NP]', '0', '',
     '一、本年新收政府信息公开申请数量', '自然人']
    """
    file.write(_csv_fields(FIELDS) + "\n")
    for item in _reports(reports):
        report = _checked(item)
        static = _csv_static(_shape(report))
        head = _csv_fields((report.organ, report.year, report.edition.value))
        file.write(
            "".join(
                f"{head},{before},{_csv_value(raw)},{after}\n"
                for (before, after), raw in zip(static, _cells(report), strict=True)
            )
        )
