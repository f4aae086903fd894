"""JSON: round trips, canonical text, both backends, and every kind of bad input."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given

import govinfo_report
from govinfo_report import (
    GovInfoReportError,
    JSONLoadError,
    Mark,
    Report,
    _json,
    dumps,
    example,
    from_dict,
    loads,
    to_dict,
)
from govinfo_report.serialise import make_converter

from .strategies import proactive_2021, reports


@pytest.fixture(params=["orjson", "json"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with orjson, and again with the standard library alone."""
    name: str = request.param
    if name == "json":
        monkeypatch.setattr(_json, "orjson", None)
    return name


def test_example_round_trips(backend: str) -> None:
    text = dumps(example())
    assert loads(text) == example()
    assert dumps(loads(text)) == text
    pretty = dumps(example(), indent=True)
    assert dumps(loads(pretty), indent=True) == pretty
    assert loads(pretty.encode()) == example()


def test_text_is_utf8_not_escaped() -> None:
    text = dumps(example())
    assert "临淄区齐都镇人民政府" in text
    assert "\\u" not in text
    assert text.startswith('{"schema_version":1,"edition":"2021",')


@given(reports())
def test_generated_reports_round_trip(report: Report) -> None:
    text = dumps(report)
    loaded = loads(text)
    assert loaded == report
    assert dumps(loaded) == text
    assert from_dict(to_dict(report)) == report
    # The standard library writes exactly the same text as orjson.
    assert _json.encode_stdlib(json.loads(text)) == text


@given(reports())
def test_generated_reports_load_with_stdlib(report: Report) -> None:
    text = dumps(report, indent=True)
    assert _json._decode_stdlib(text) == json.loads(text)
    assert _json.encode_stdlib(json.loads(text), indent=True) == text


def test_marks_blanks_and_amounts_in_json() -> None:
    data = to_dict(example())
    data["applications"]["R1"] = [3, None, "/", "-", "—", "无", 3]
    data["proactive"]["admin_fees"]["amount"] = "12.50"
    report = from_dict(data)
    assert report.applications.row("R1") == (
        3,
        None,
        Mark.SLASH,
        Mark.DASH,
        Mark.EM_DASH,
        Mark.NONE,
        3,
    )
    assert proactive_2021(report).admin_fees.amount == Decimal("12.50")
    again = to_dict(report)
    assert again["applications"]["R1"] == [3, None, "/", "-", "—", "无", 3]
    assert again["proactive"]["admin_fees"]["amount"] == "12.50"  # trailing zero kept
    assert type(again["applications"]["R1"][2]) is str


def test_amount_never_uses_an_exponent() -> None:
    report = govinfo_report.Report(**_fields(example()))
    proactive = proactive_2021(report)
    big = Decimal("1E+3")
    changed = _replace_amount(report, big)
    assert '"amount":"1000"' in dumps(changed)
    assert proactive is not None


def _fields(report: Report) -> dict[str, Any]:
    import attrs

    return {f.name: getattr(report, f.name) for f in attrs.fields(Report)}


def _replace_amount(report: Report, amount: Decimal) -> Report:
    import attrs

    return attrs.evolve(
        report,
        proactive=attrs.evolve(proactive_2021(report), admin_fees=govinfo_report.Fees(amount)),
    )


def test_to_dict_is_plain_data() -> None:
    data = to_dict(example())
    assert json.loads(json.dumps(data)) == data
    assert data["edition"] == "2021"
    assert type(data["edition"]) is str


# --- bad input: every problem, with its path -------------------------------------

Mutation = Callable[[dict[str, Any]], object]


def _set(path: str, value: object) -> Mutation:
    *parents, last = path.split("/")

    def mutate(data: dict[str, Any]) -> None:
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return mutate


def _delete(path: str) -> Mutation:
    *parents, last = path.split("/")

    def mutate(data: dict[str, Any]) -> None:
        node: Any = data
        for part in parents:
            node = node[part]
        del node[last]

    return mutate


BAD_DOCUMENTS: list[tuple[str, Mutation, list[tuple[str, str]]]] = [
    ("wrong type", _set("organ", 3), [("$.organ", "expected text")]),
    ("wrong type (year as text)", _set("year", "2021"), [("$.year", "whole number")]),
    ("negative count", _set("applications/R3_1/2", -1), [("$.applications.R3_1[2]", "negative")]),
    (
        "fractional count",
        _set("applications/R4/6", 1.5),
        [("$.applications.R4[6]", "whole number")],
    ),
    ("integral float count", _set("appeals/RV/0", 2.0), [("$.appeals.RV[0]", "whole number")]),
    ("boolean count", _set("proactive/rules/issued", True), [("$.proactive.rules.issued", "True")]),
    (
        "negative proactive count",
        _set("proactive/penalty/decisions", -3),
        [("$.proactive.penalty.decisions", "negative")],
    ),
    ("unknown mark", _set("applications/R1/0", "x"), [("$.applications.R1[0]", "'x'")]),
    ("unknown key", _set("extra", 1), [("$.extra", "unknown key")]),
    (
        "unknown nested key",
        _set("proactive/rules/total", 1),
        [("$.proactive.rules.total", "unknown key")],
    ),
    ("unknown row", _set("applications/R9", [0] * 7), [("$.applications.R9", "unknown key")]),
    ("missing field", _delete("problems"), [("$.problems", "required field missing")]),
    (
        "missing nested field",
        _delete("proactive/licensing"),
        [("$.proactive.licensing", "required field missing")],
    ),
    ("missing row", _delete("applications/R2"), [("$.applications.R2", "required row missing")]),
    ("short row", _set("applications/R1", [0] * 6), [("$.applications.R1", "expected 7 cells")]),
    ("row not an array", _set("appeals/LD", {}), [("$.appeals.LD", "array of 5 cells")]),
    (
        "amount as number",
        _set("proactive/admin_fees/amount", 1.5),
        [("$.proactive.admin_fees.amount", "decimal string")],
    ),
    (
        "amount with exponent",
        _set("proactive/admin_fees/amount", "1e3"),
        [("$.proactive.admin_fees.amount", "decimal string")],
    ),
    (
        "negative amount",
        _set("proactive/admin_fees/amount", "-1"),
        [("$.proactive.admin_fees.amount", "decimal string")],
    ),
    ("bad date", _set("publication_date", "2022-02-30"), [("$.publication_date", "not a date")]),
    (
        "date not ISO",
        _set("publication_date", "2022/1/20"),
        [("$.publication_date", "expected a date")],
    ),
    (
        "period backwards",
        _set("period", {"start": "2021-12-31", "end": "2021-01-01"}),
        [("$.period", "before it starts")],
    ),
    (
        "subsection not object",
        _set("general/subsections/0", "x"),
        [("$.general.subsections[0]", "expected an object")],
    ),
    (
        "subsections not array",
        _set("general/subsections", "x"),
        [("$.general.subsections", "expected an array")],
    ),
    (
        "edition and table 二 disagree",
        _set("edition", "2019"),
        [("$.proactive", "a report of the 2019 edition cannot hold table 二 of the '2021'")],
    ),
    ("unknown edition", _set("edition", "2030"), [("$.edition", "expected an edition")]),
    (
        "unsupported schema_version",
        _set("schema_version", 2),
        [("$.schema_version", "unsupported")],
    ),
    ("schema_version as text", _set("schema_version", "1"), [("$.schema_version", "unsupported")]),
    (
        "missing schema_version",
        _delete("schema_version"),
        [("$.schema_version", "required field missing")],
    ),
]


@pytest.mark.parametrize(
    ("case", "mutate", "expected"), BAD_DOCUMENTS, ids=[c[0] for c in BAD_DOCUMENTS]
)
def test_bad_documents(
    case: str, mutate: Mutation, expected: list[tuple[str, str]], backend: str
) -> None:
    data = copy.deepcopy(to_dict(example()))
    mutate(data)
    with pytest.raises(JSONLoadError) as info:
        loads(json.dumps(data))
    problems = [(p.path, p.message) for p in info.value.problems]
    assert len(problems) == len(expected), problems
    for (path, message), (want_path, want_text) in zip(problems, expected, strict=True):
        assert path == want_path
        assert want_text in message
    # The same document as data gives the same problems.
    with pytest.raises(JSONLoadError) as again:
        from_dict(data)
    assert again.value.problems == info.value.problems


def test_every_problem_is_listed_at_once() -> None:
    data = copy.deepcopy(to_dict(example()))
    data["applications"]["R3_1"][2] = -1
    data["applications"]["R3_2"][0] = 0.5
    data["appeals"]["LR"][4] = None
    data["organ"] = None
    data["surplus"] = 0
    del data["other"]
    with pytest.raises(JSONLoadError) as info:
        from_dict(data)
    paths = [p.path for p in info.value.problems]
    assert paths == [
        "$.organ",
        "$.applications.R3_1[2]",
        "$.applications.R3_2[0]",
        "$.other",
        "$.surplus",
    ]
    text = str(info.value)
    assert "5 problems" in text
    assert "$.applications.R3_2[0]" in text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "invalid JSON"),
        ("{", "invalid JSON at line 1"),
        ('{"schema_version": 1,}', "invalid JSON"),
        ("[]", "expected an object, got an array"),
        ("null", "expected an object, got null"),
        ('"report"', "expected an object, got text"),
        ('{"a": NaN}', "invalid JSON"),
        ('{"a": Infinity}', "invalid JSON"),
        (b"\xff\xfe", "invalid JSON"),
        ('{"a": "\\ud800"}', "invalid JSON"),
        ("[" * 100_000, "invalid JSON"),
        ('{"schema_version": 1, "year": 1' + "0" * 30 + "}", "$.year"),
    ],
)
def test_malformed_json(text: str | bytes, message: str, backend: str) -> None:
    with pytest.raises(JSONLoadError) as info:
        loads(text)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, GovInfoReportError)
    assert info.value.problems[0].path.startswith("$")


@pytest.mark.parametrize("value", [None, 3, ["{}"]])
def test_loads_refuses_non_text(value: object) -> None:
    with pytest.raises(JSONLoadError, match="expected JSON text"):
        loads(value)  # type: ignore[arg-type]


def test_from_dict_refuses_non_mapping() -> None:
    with pytest.raises(JSONLoadError, match="expected an object"):
        from_dict([])  # type: ignore[arg-type]


def test_from_dict_does_not_change_its_input() -> None:
    data = to_dict(example())
    before = copy.deepcopy(data)
    from_dict(data)
    assert data == before


def test_dumps_refuses_non_reports() -> None:
    with pytest.raises(TypeError):
        dumps({"schema_version": 1})  # type: ignore[arg-type]


def test_converters_are_independent() -> None:
    first, second = make_converter(), make_converter()
    assert first is not second
    first.register_structure_hook(str, lambda value, _: "patched")
    assert loads(dumps(example())).organ == "临淄区齐都镇人民政府"


@pytest.mark.parametrize("count", [10**15, 2**64 - 1])
def test_large_counts_survive(count: int, backend: str) -> None:
    data = to_dict(example())
    data["applications"]["R1"] = [count, 0, 0, 0, 0, 0, count]
    assert from_dict(data).cell("R1[TOT]") == count
    assert loads(json.dumps(data)).cell("R1[NP]") == count


@pytest.mark.parametrize("count", [2**64, 10**30])
def test_counts_beyond_64_bits_are_refused(count: int, backend: str) -> None:
    data = to_dict(example())
    data["applications"]["R1"][0] = count
    loaders: list[Callable[[], Report]] = [lambda: loads(json.dumps(data)), lambda: from_dict(data)]
    for load in loaders:
        with pytest.raises(JSONLoadError) as info:
            load()
        assert info.value.problems[0].path == "$.applications.R1[0]"
        assert "cannot exceed" in info.value.problems[0].message
