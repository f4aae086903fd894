"""Tests of the tidy export: records, pandas and polars frames, CSV."""

from __future__ import annotations

import csv
import io
import pickle
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import attrs
import pandas as pd
import polars as pl
import pytest
from hypothesis import given, settings

from govinfo_report import (
    Applicant,
    ApplicationTable,
    Edition,
    Fees,
    GovInfoReportError,
    Mark,
    Report,
    example,
    loads,
)
from govinfo_report._coordinates import coordinates, describe
from govinfo_report.errors import MissingExtraError
from govinfo_report.labels import label
from govinfo_report.model import Amount, Count
from govinfo_report.proactive import layout_of
from govinfo_report.records import (
    FIELDS,
    FRAME_COLUMNS,
    TABLES,
    Record,
    ValueOutOfRangeError,
    _cells,
    _static_rows,
    to_csv,
    to_pandas,
    to_polars,
    to_records,
)

from .strategies import any_layout_reports, proactive_2021

GOLDEN = sorted((Path(__file__).parent / "data" / "golden").glob("*.json"))


def golden(path: Path) -> Report:
    return loads(path.read_text(encoding="utf-8"))


def known_reports() -> Iterator[Report]:
    yield example()
    for path in GOLDEN:
        yield golden(path)


def with_cells(report: Report, cells: dict[str, Count]) -> Report:
    """*report* with some cells of table 三 replaced (in the layout of its table 三)."""
    rows = [list(row) for row in report.applications.rows]
    layout = report.applications.layout
    for address, value in cells.items():
        row, _, column = address[:-1].partition("[")
        rows[layout.position(row)][Applicant(column).position] = value
    return attrs.evolve(report, applications=ApplicationTable(tuple(tuple(r) for r in rows)))


def with_fee(report: Report, amount: Amount) -> Report:
    return attrs.evolve(
        report, proactive=attrs.evolve(proactive_2021(report), admin_fees=Fees(amount))
    )


def check_records(report: Report) -> None:
    records = to_records(report)
    table_two = len(layout_of(report.proactive).addresses)  # 10, or 22 in the 2019 edition
    assert (
        len(records)
        == len(report.addresses())
        == table_two + 7 * report.applications.layout.size + 15
    )
    assert tuple(r.address for r in records) == report.addresses()
    for record in records:
        assert (record.organ, record.year) == (report.organ, report.year)
        assert record.edition == report.edition.value
        assert record.edition.__class__ is str
        raw = report.raw_cell(record.address)
        if isinstance(raw, Mark):
            assert record.value is None
            assert record.mark == raw.value
            assert record.mark.__class__ is str
        else:
            assert record.value is raw
            assert record.mark is None


def check_frames(report: Report) -> None:
    """The pandas and polars frames say what the records say, cell by cell."""
    records = to_records(report)
    frame = to_pandas(report)
    polars_rows = to_polars(report).rows(named=True)
    for i, record in enumerate(records):
        value, amount = record.value, None
        if isinstance(value, Decimal):
            value, amount = None, value
        row = frame.iloc[i]
        assert row["address"] == record.address
        assert (None if pd.isna(row["value"]) else row["value"]) == value
        assert row["amount"] == amount
        assert (None if pd.isna(row["mark"]) else row["mark"]) == record.mark
        got = polars_rows[i]
        assert got["address"] == record.address
        assert (got["value"], got["amount"], got["mark"]) == (value, amount, record.mark)


# --- records ------------------------------------------------------------------


@pytest.mark.parametrize("report", list(known_reports()), ids=lambda r: f"{r.organ}-{r.year}")
def test_records_of_known_reports(report: Report) -> None:
    check_records(report)
    check_frames(report)


@settings(max_examples=25, deadline=None)
@given(any_layout_reports())
def test_records_of_any_report(report: Report) -> None:
    assert _cells(report) == tuple(value for _, value in report.iter_cells())
    check_records(report)


@settings(max_examples=10, deadline=None)
@given(any_layout_reports())
def test_frames_of_any_report(report: Report) -> None:
    check_frames(report)


def test_record_is_frozen_and_slotted() -> None:
    record = to_records(example())[0]
    assert attrs.has(Record)
    assert not hasattr(record, "__dict__")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        record.value = 1  # type: ignore[misc]
    assert FIELDS == (
        "organ",
        "year",
        "edition",
        "table",
        "row",
        "column",
        "address",
        "value",
        "mark",
        "row_label_zh",
        "column_label_zh",
        "row_label_en",
        "column_label_en",
    )
    assert (*FIELDS[:8], "amount", *FIELDS[8:]) == FRAME_COLUMNS


def test_static_parts_are_computed_once() -> None:
    assert _static_rows() is _static_rows()
    first, second = to_records(example()), to_records(example())
    assert first == second
    assert first[100].row_label_en is second[100].row_label_en


def test_tables_rows_and_columns() -> None:
    records = to_records(example())
    assert [r.table for r in records] == ["proactive"] * 10 + ["applications"] * 175 + [
        "appeals"
    ] * 15
    by_address = {r.address: r for r in records}
    assert (by_address["rules.issued"].row, by_address["rules.issued"].column) == (
        "rules",
        "issued",
    )
    assert (by_address["R3_7[BIZ]"].row, by_address["R3_7[BIZ]"].column) == ("R3_7", "BIZ")
    assert (by_address["RV.total"].row, by_address["RV.total"].column) == ("RV", "total")
    assert (by_address["LD.maintain"].table, by_address["admin_fees.amount"].table) == (
        "appeals",
        "proactive",
    )


# --- labels -------------------------------------------------------------------


def test_labels_of_r3_7_biz() -> None:
    record = next(r for r in to_records(example()) if r.address == "R3_7[BIZ]")
    assert record.column_label_zh == label("t3.column.BIZ", "zh_Hans") == "商业企业"
    assert record.column_label_en == label("t3.column.BIZ", "en") == "Commercial enterprises"
    assert record.row_label_zh == f"{label('t3.group.G3')} {label('t3.row.R3_7')}"
    assert record.row_label_zh == "三、本年度办理结果 （七）总计" == describe("R3_7")
    assert record.row_label_en == describe("R3_7", "en")


def test_labels_read_as_coordinates() -> None:
    for record in to_records(example()):
        zh = f"{record.row_label_zh} × {record.column_label_zh}"
        en = f"{record.row_label_en} × {record.column_label_en}"
        assert zh == coordinates(record.address, "zh_CN")
        assert en == coordinates(record.address, "en")


# --- blank, mark and zero ---------------------------------------------------------


@pytest.fixture
def three_kinds() -> Report:
    """R1[NP] blank, R1[BIZ] "/", R1[RES] 0, R1[NGO] "无"; the fee "-"."""
    report = with_cells(
        example(), {"R1[NP]": None, "R1[BIZ]": Mark.SLASH, "R1[RES]": 0, "R1[NGO]": Mark.NONE}
    )
    return with_fee(report, Mark.DASH)


KINDS = ("R1[NP]", "R1[BIZ]", "R1[RES]", "R1[NGO]", "admin_fees.amount")


def test_blank_mark_and_zero_in_records(three_kinds: Report) -> None:
    by_address = {r.address: r for r in to_records(three_kinds)}
    assert [(by_address[a].value, by_address[a].mark) for a in KINDS] == [
        (None, None),
        (None, "/"),
        (0, None),
        (None, "无"),
        (None, "-"),
    ]


def test_blank_mark_and_zero_in_pandas(three_kinds: Report) -> None:
    frame = to_pandas(three_kinds).set_index("address")
    cells = frame.loc[list(KINDS)]
    assert cells["value"].isna().tolist() == [True, True, False, True, True]
    assert cells["value"].tolist()[2] == 0
    assert cells["mark"].isna().tolist() == [True, False, True, False, False]
    assert cells["mark"].dropna().tolist() == ["/", "无", "-"]
    assert cells["amount"].isna().all()


def test_blank_mark_and_zero_in_polars(three_kinds: Report) -> None:
    frame = to_polars(three_kinds)
    cells = {row["address"]: row for row in frame.rows(named=True)}
    assert [(cells[a]["value"], cells[a]["amount"], cells[a]["mark"]) for a in KINDS] == [
        (None, None, None),
        (None, None, "/"),
        (0, None, None),
        (None, None, "无"),
        (None, None, "-"),
    ]


def test_blank_mark_and_zero_in_csv(three_kinds: Report) -> None:
    out = io.StringIO()
    to_csv(three_kinds, out)
    rows = {row["address"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    assert [(rows[a]["value"], rows[a]["mark"]) for a in KINDS] == [
        ("", ""),
        ("", "/"),
        ("0", ""),
        ("", "无"),
        ("", "-"),
    ]


# --- dtypes and concatenation -------------------------------------------------------


PANDAS_DTYPES = {
    "organ": pd.StringDtype(),
    "year": pd.Int64Dtype(),
    "edition": "category",
    "table": "category",
    "row": "category",
    "column": "category",
    "address": pd.StringDtype(),
    "value": pd.Int64Dtype(),
    "amount": object,
    "mark": pd.StringDtype(),
    "row_label_zh": pd.StringDtype(),
    "column_label_zh": pd.StringDtype(),
    "row_label_en": pd.StringDtype(),
    "column_label_en": pd.StringDtype(),
}

POLARS_SCHEMA = pl.Schema(
    {
        "organ": pl.String(),
        "year": pl.Int64(),
        "edition": pl.Categorical(),
        "table": pl.Categorical(),
        "row": pl.Categorical(),
        "column": pl.Categorical(),
        "address": pl.String(),
        "value": pl.Int64(),
        "amount": pl.Decimal(38, 8),
        "mark": pl.String(),
        "row_label_zh": pl.String(),
        "column_label_zh": pl.String(),
        "row_label_en": pl.String(),
        "column_label_en": pl.String(),
    }
)


def check_pandas_dtypes(frame: pd.DataFrame) -> None:
    assert tuple(frame.columns) == FRAME_COLUMNS
    for column, dtype in PANDAS_DTYPES.items():
        assert frame[column].dtype == dtype, column
    organ_dtype = frame["organ"].dtype
    assert isinstance(organ_dtype, pd.StringDtype)
    assert organ_dtype.na_value is pd.NA
    categories = {name: frame[name].cat.categories.tolist() for name in ("table", "row", "column")}
    assert categories["table"] == list(TABLES)
    # The rows of both layouts of table 三: the single （六） row before its three sub-items;
    # the rows only the 2019 table 二 has where that table prints them.
    official = list(dict.fromkeys(r.row for r in to_records(example())))
    at = official.index("R3_6_1")
    official = [*official[:at], "R3_6", *official[at:]]
    official.insert(official.index("licensing") + 1, "other_services")
    official.insert(official.index("admin_fees") + 1, "central_procurement")
    assert categories["row"] == official
    start = ["issued", "repealed", "in_force", "decisions", "amount", "NP"]
    assert categories["column"][:6] == start
    assert categories["column"][17:] == [
        "new_made",
        "new_published",
        "published_total",
        "prev_items",
        "change",
        "items",
    ]
    assert frame["edition"].cat.categories.tolist() == [e.value for e in Edition]
    assert not any(frame[name].cat.ordered for name in ("edition", "table", "row", "column"))
    assert isinstance(frame.index, pd.RangeIndex)


def test_pandas_dtypes() -> None:
    check_pandas_dtypes(to_pandas(example()))


def test_polars_schema() -> None:
    assert to_polars(example()).schema == POLARS_SCHEMA


def test_empty_input_keeps_the_columns() -> None:
    frame = to_pandas([])
    assert len(frame) == 0
    check_pandas_dtypes(frame)
    assert to_polars([]).schema == POLARS_SCHEMA
    assert to_polars([]).height == 0
    out = io.StringIO()
    to_csv([], out)
    assert out.getvalue() == ",".join(FIELDS) + "\n"


@pytest.mark.parametrize("path", GOLDEN, ids=lambda path: path.stem)
def test_many_reports(path: Path) -> None:
    # The golden reports print table 三 in either layout (hongze: a single （六） row).
    first, second = example(), golden(path)
    sizes = len(first.addresses()), len(second.addresses())
    assert sizes[1] in (186, 198, 200)
    addresses = [*first.addresses(), *second.addresses()]
    frame = to_pandas([first, second])
    assert frame.shape == (sum(sizes), len(FRAME_COLUMNS))
    check_pandas_dtypes(frame)
    assert frame["organ"].tolist() == [first.organ] * sizes[0] + [second.organ] * sizes[1]
    assert frame["year"].tolist() == [first.year] * sizes[0] + [second.year] * sizes[1]
    assert frame["address"].tolist() == addresses
    # Frames of single reports concatenate without losing their dtypes.
    check_pandas_dtypes(pd.concat([to_pandas(first), to_pandas(second)], ignore_index=True))
    polars_frame = to_polars(iter([first, second]))  # any iterable, read once
    assert polars_frame.shape == (sum(sizes), len(FRAME_COLUMNS))
    assert polars_frame.schema == POLARS_SCHEMA
    assert pl.concat([to_polars(first), to_polars(second)]).equals(polars_frame)
    assert polars_frame["address"].to_list() == addresses


def test_not_a_report() -> None:
    with pytest.raises(TypeError, match="expected a Report"):
        to_pandas(["report"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="expected a Report"):
        to_records("report")  # type: ignore[arg-type]


# --- money --------------------------------------------------------------------


def test_money_is_exact() -> None:
    report = with_fee(example(), Decimal("0.50"))
    record = to_records(report)[9]
    assert record.value == Decimal("0.50")
    assert str(record.value) == "0.50"
    amount = to_pandas(report).loc[9, "amount"]
    assert isinstance(amount, Decimal)
    assert str(amount) == "0.50"
    polars_amount = to_polars(report)["amount"][9]
    assert isinstance(polars_amount, Decimal)
    assert polars_amount == Decimal("0.50")
    out = io.StringIO()
    to_csv(report, out)
    assert out.getvalue().splitlines()[10].split(",")[7] == "0.50"


def test_real_six_place_amount_survives() -> None:
    report = golden(next(p for p in GOLDEN if p.name == "pingtan-2021.json"))
    assert report.cell("admin_fees.amount") == Decimal("24252.311082")
    assert to_polars(report)["amount"][9] == Decimal("24252.311082")
    assert to_pandas(report).loc[9, "amount"] == Decimal("24252.311082")


def test_csv_amount_never_uses_an_exponent() -> None:
    out = io.StringIO()
    to_csv(with_fee(example(), Decimal("1E+3")), out)
    assert out.getvalue().splitlines()[10].split(",")[7] == "1000"


@pytest.mark.parametrize("amount", [Decimal("0.123456789"), Decimal("1E+30")])
def test_polars_refuses_to_round_an_amount(amount: Decimal) -> None:
    report = with_fee(example(), amount)
    with pytest.raises(ValueOutOfRangeError, match=r"admin_fees\.amount.*Decimal\(38, 8\)"):
        to_polars(report)
    assert to_pandas(report).loc[9, "amount"] == amount  # pandas keeps any Decimal


def test_polars_takes_the_largest_amount() -> None:
    amount = Decimal("9" * 30 + ".99999999")
    assert to_polars(with_fee(example(), amount))["amount"][9] == amount


# --- overflow -----------------------------------------------------------------


def test_a_count_of_2_63_is_refused() -> None:
    report = with_cells(example(), {"R3_7[BIZ]": 2**63})
    for convert in (to_pandas, to_polars):
        with pytest.raises(ValueOutOfRangeError) as caught:
            convert(report)
        error = caught.value
        assert isinstance(error, GovInfoReportError)
        assert isinstance(error, ValueError)
        assert (error.organ, error.year, error.address, error.value) == (
            "临淄区齐都镇人民政府",
            2021,
            "R3_7[BIZ]",
            2**63,
        )
        assert str(error) == (
            "临淄区齐都镇人民政府 2021 R3_7[BIZ]: 9223372036854775808 does not fit an Int64 "
            "column exactly"
        )
        assert error.code == "records.out_of_range"
        copy = pickle.loads(pickle.dumps(error))
        assert (type(copy), str(copy)) == (ValueOutOfRangeError, str(error))


def test_the_largest_counts() -> None:
    fits = with_cells(example(), {"R3_7[BIZ]": 2**63 - 1})
    assert to_pandas(fits)["value"][10 + 23 * 7 + 1] == 2**63 - 1
    assert to_polars(fits)["value"][10 + 23 * 7 + 1] == 2**63 - 1
    largest = with_cells(example(), {"R3_7[BIZ]": 2**64 - 1})
    assert to_records(largest)[10 + 23 * 7 + 1].value == 2**64 - 1
    out = io.StringIO()
    to_csv(largest, out)
    assert str(2**64 - 1) in out.getvalue()


# --- optional dependencies -----------------------------------------------------------


def test_to_pandas_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError) as caught:
        to_pandas(example())
    assert (caught.value.feature, caught.value.extra, caught.value.package) == (
        "to_pandas",
        "pandas",
        "pandas",
    )


def test_to_polars_without_polars(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(MissingExtraError) as caught:
        to_polars(example())
    assert (caught.value.feature, caught.value.extra, caught.value.package) == (
        "to_polars",
        "polars",
        "polars",
    )


# --- CSV ----------------------------------------------------------------------


def expected_csv_row(record: Record) -> dict[str, str]:
    row = {name: getattr(record, name) for name in FIELDS}
    if isinstance(record.value, Decimal):
        row["value"] = format(record.value, "f")
    return {name: "" if value is None else str(value) for name, value in row.items()}


def test_csv_round_trip(tmp_path: Path) -> None:
    reports_ = [example(), with_cells(golden(GOLDEN[0]), {"R2[NP]": None, "R4[LAW]": Mark.SLASH})]
    path = tmp_path / "records.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        to_csv(reports_, file)
    with path.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        assert tuple(reader.fieldnames or ()) == FIELDS
        rows = list(reader)
    expected = [expected_csv_row(r) for report in reports_ for r in to_records(report)]
    assert rows == expected
    assert len(rows) == sum(len(report.addresses()) for report in reports_)
    assert "\r" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("organ", ["\r", "\n", "a\r\nb", '"', "a,b", " ", ""])
def test_csv_keeps_any_organ_whole(organ: str) -> None:
    report = attrs.evolve(example(), organ=organ)
    out = io.StringIO()
    to_csv([report, report], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [row["organ"] for row in rows] == [organ] * 400
    assert rows[:200] == [expected_csv_row(r) for r in to_records(report)]


@settings(max_examples=10, deadline=None)
@given(any_layout_reports())
def test_csv_of_any_report(report: Report) -> None:
    out = io.StringIO()
    to_csv(report, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert rows == [expected_csv_row(r) for r in to_records(report)]
