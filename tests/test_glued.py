"""The glued-cell solver: cutting digit strings into cells so that the tables add up."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_report import Report, Row, loads
from govinfo_report.model import OUTCOME_ROWS, Layout
from govinfo_report.readers._glued import (
    DEFAULT_BUDGET,
    GluedRow,
    Identity,
    Solution,
    TooManySplitsError,
    _Joint,
    solve,
    splits,
    table_four_identities,
    table_three_identities,
)

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
KEYS_2021 = tuple(row.value for row in Row)
KEYS_2019 = (
    "R1",
    "R2",
    "R3_1",
    "R3_2",
    *(f"R3_3_{i}" for i in range(1, 9)),
    *(f"R3_4_{i}" for i in range(1, 4)),
    *(f"R3_5_{i}" for i in range(1, 6)),
    "R3_6",
    "R3_7",
    "R4",
)
Z = "0000000"

# Table 三 as printed in tests/data/corpus/pingtan-2021.txt, row by row (labels removed).
PINGTAN_2021_THREE = {
    "R1": "640020470",
    "R2": Z,
    "R3_1": "270020130",
    "R3_2": "500000 5",
    "R3_3_1": Z,
    "R3_3_2": Z,
    "R3_3_3": Z,
    "R3_3_4": Z,
    "R3_3_5": "1000001",
    "R3_3_6": Z,
    "R3_3_7": "6000006",
    "R3_3_8": "1000001",
    "R3_4_1": "220000325",
    "R3_4_2": Z,
    "R3_4_3": Z,
    "R3_5_1": Z,
    "R3_5_2": Z,
    "R3_5_3": Z,
    "R3_5_4": Z,
    "R3_5_5": Z,
    "R3_6_1": Z,
    "R3_6_2": Z,
    "R3_6_3": "1000001",
    "R3_7": "630020469",
    "R4": "1000001",
}
PINGTAN_2021_FOUR = "10203120001200000"

# tests/data/corpus/pingtan-2022.txt: spaces between some labels and digits are not digits.
PINGTAN_2022_THREE = {
    "R1": "713000074",
    "R2": "1000001",
    "R3_1": "210000021",
    "R3_2": "8100009",
    "R3_3_1": Z,
    "R3_3_2": Z,
    "R3_3_3": Z,
    "R3_3_4": Z,
    "R3_3_5": "1000001",
    "R3_3_6": "2000002",
    "R3_3_7": "1000001",
    "R3_3_8": Z,
    "R3_4_1": "370000037",
    "R3_4_2": Z,
    "R3_4_3": Z,
    "R3_5_1": Z,
    "R3_5_2": Z,
    "R3_5_3": Z,
    "R3_5_4": Z,
    "R3_5_5": Z,
    "R3_6_1": "2000002",
    "R3_6_2": Z,
    "R3_6_3": "0200002",
    "R3_7": "723000075",
    "R4": Z,
}
PINGTAN_2022_FOUR = "0 1 1 0 2 1 0 0 0 1 0 0 0 0 0"

# tests/data/corpus/pingtan-2020.txt (2019 edition: （六）其他处理 is one row, R3_6).
PINGTAN_2020_THREE = {
    "R1": "200 000121",
    "R2": Z,
    "R3_1": "6000017",
    "R3_2": "6000006",
    **{f"R3_3_{i}": Z for i in range(1, 9)},
    "R3_4_1": "4000004",
    "R3_4_2": Z,
    "R3_4_3": "3000003",
    "R3_5_1": Z,
    "R3_5_2": "3000003",
    "R3_5_3": Z,
    "R3_5_4": Z,
    "R3_5_5": Z,
    "R3_6": "4 0 0 0 0 0 4",
    "R3_7": "20 0 00 0 121",
    "R4": " 0 0 00 00 0",
}
# What the page prints, cell by cell: the outcome rows add up to 26 (自然人) and 27 (总计),
# （七）总计 says 20 and 21.
PINGTAN_2020_PRINTED = {
    "R1": (20, 0, 0, 0, 0, 1, 21),
    "R2": (0,) * 7,
    "R3_1": (6, 0, 0, 0, 0, 1, 7),
    "R3_2": (6, 0, 0, 0, 0, 0, 6),
    **{f"R3_3_{i}": (0,) * 7 for i in range(1, 9)},
    "R3_4_1": (4, 0, 0, 0, 0, 0, 4),
    "R3_4_2": (0,) * 7,
    "R3_4_3": (3, 0, 0, 0, 0, 0, 3),
    "R3_5_1": (0,) * 7,
    "R3_5_2": (3, 0, 0, 0, 0, 0, 3),
    "R3_5_3": (0,) * 7,
    "R3_5_4": (0,) * 7,
    "R3_5_5": (0,) * 7,
    "R3_6": (4, 0, 0, 0, 0, 0, 4),
    "R3_7": (20, 0, 0, 0, 0, 1, 21),
    "R4": (0,) * 7,
}


def golden(name: str) -> Report:
    return loads((GOLDEN / f"{name}.json").read_bytes())


def table_three(texts: dict[str, str]) -> list[GluedRow]:
    return [GluedRow(key, text, 7) for key, text in texts.items()]


def solve_three(
    texts: dict[str, str],
    *,
    previous: Mapping[tuple[str, int], int] | None = None,
    budget: int = DEFAULT_BUDGET,
) -> Solution:
    identities = table_three_identities(list(texts))
    return solve(table_three(texts), identities, previous=previous, budget=budget)


def solve_four(text: str) -> Solution:
    return solve([GluedRow("T4", text, 15)], table_four_identities(), row_identity_total=False)


# --- splits ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("0000000", 7, [(0,) * 7]),
        ("1005", 3, [(10, 0, 5)]),  # 1/0/05 and 1/00/5 have leading zeros
        ("00", 2, [(0, 0)]),
        ("00", 1, []),
        ("05", 1, []),
        ("0", 1, [(0,)]),
        ("1153", 3, [(1, 1, 53), (1, 15, 3), (11, 5, 3)]),
        ("1153", 1, [(1153,)]),
        ("1153", 4, [(1, 1, 5, 3)]),
        ("1153", 5, []),
        ("", 0, [()]),
        ("1", 0, []),
        ("", 1, []),
        ("12 3", 3, [(1, 2, 3)]),
        ("12 3", 2, [(12, 3)]),
        ("1 2 3", 2, []),  # three printed groups need three cells at least
        ("  12 \t 3\u3000", 2, [(12, 3)]),  # any whitespace is one boundary
        ("500000 5", 7, [(5, 0, 0, 0, 0, 0, 5)]),
        (
            "20 0 00 0 121",
            7,
            [(2, 0, 0, 0, 0, 0, 121), (20, 0, 0, 0, 0, 1, 21), (20, 0, 0, 0, 0, 12, 1)],
        ),
        ("1-2", 2, []),  # no signed column: a '-' cannot be cut
    ],
)
def test_splits_known_answers(text: str, width: int, expected: list[tuple[int, ...]]) -> None:
    assert splits(text, width) == expected


def test_splits_seven_cells() -> None:
    assert splits("170000017", 7) == [
        (1, 70, 0, 0, 0, 0, 17),
        (1, 700, 0, 0, 0, 1, 7),
        (17, 0, 0, 0, 0, 0, 17),
        (170, 0, 0, 0, 0, 1, 7),
    ]
    assert splits("170000017", 7, max_value=99) == [
        (1, 70, 0, 0, 0, 0, 17),
        (17, 0, 0, 0, 0, 0, 17),
    ]


@pytest.mark.parametrize(
    ("text", "width", "signed", "expected"),
    [
        # 2019 table 二, 行政处罚: 上一年项目数量, 本年增/减, 处理决定数量.
        (
            "2648-18538",
            3,
            {1},
            [(2648, -1853, 8), (2648, -185, 38), (2648, -18, 538), (2648, -1, 8538)],
        ),
        ("2648-18538", 3, {2}, [(2, 648, -18538), (26, 48, -18538), (264, 8, -18538)]),
        ("2648-18538", 3, set(), []),
        ("35-15", 2, {1}, [(35, -15)]),  # 行政事业性收费: 上一年项目数量, 本年增/减
        ("3515", 2, {1}, [(3, 515), (35, 15), (351, 5)]),  # a signed cell may be positive
        ("5-0", 2, {1}, []),  # no "-0"
        ("5-07", 2, {1}, []),  # no leading zero after the sign
        ("5-", 2, {1}, []),
        ("-5", 1, {0}, [(-5,)]),
        ("5--5", 3, {1, 2}, []),
        ("1 -2", 2, {1}, [(1, -2)]),
    ],
)
def test_splits_signed(
    text: str, width: int, signed: set[int], expected: list[tuple[int, ...]]
) -> None:
    assert splits(text, width, signed_columns=frozenset(signed)) == expected


def test_splits_cap() -> None:
    # 30 ones into 7 cells: C(29, 6) = 475 020 cuts.
    with pytest.raises(TooManySplitsError) as raised:
        splits("1" * 30, 7)
    assert raised.value.limit == 100_000
    assert isinstance(raised.value, ValueError)
    assert len(splits("11111", 2, limit=4)) == 4
    with pytest.raises(TooManySplitsError):
        splits("11111", 2, limit=3)


@pytest.mark.parametrize("text", ["12a", "１２", "1.5", "1,000", "²"])
def test_splits_refuses_other_characters(text: str) -> None:
    with pytest.raises(ValueError, match="only digits"):
        splits(text, 1)


def test_splits_refuses_negative_width() -> None:
    with pytest.raises(ValueError, match="width"):
        splits("1", -1)


def brute_force(text: str, width: int, signed: frozenset[int]) -> list[tuple[int, ...]]:
    """Every cut, by trying every set of cut points: the definition, slowly."""
    tokens = text.split()
    digits = "".join(tokens)
    boundaries = set(itertools.accumulate(len(t) for t in tokens))
    found = []
    for points in itertools.combinations(range(1, len(digits)), width - 1):
        if not boundaries - {len(digits)} <= set(points):
            continue
        edges = (0, *points, len(digits))
        cells = [digits[a:b] for a, b in itertools.pairwise(edges)]
        ok = True
        for column, cell in enumerate(cells):
            if cell.startswith("-") and column in signed:
                ok = ok and cell[1:].isdigit() and not cell.startswith("-0")
            else:
                ok = ok and cell.isdigit() and not (cell.startswith("0") and len(cell) > 1)
        if ok:
            found.append(tuple(int(cell) for cell in cells))
    return sorted(found)


glued_texts = st.lists(st.sampled_from("0000111223456789 -"), min_size=1, max_size=11).map("".join)


@given(glued_texts, st.integers(1, 6), st.frozensets(st.integers(0, 5), max_size=2))
@settings(max_examples=300, deadline=None)
def test_splits_match_brute_force(text: str, width: int, signed: frozenset[int]) -> None:
    assert splits(text, width, signed_columns=signed) == brute_force(text, width, signed)


@given(st.lists(st.sampled_from("00001112239 "), min_size=2, max_size=13).map("".join))
@settings(max_examples=300, deadline=None)
def test_row_total_cuts_match_brute_force(text: str) -> None:
    # The fast path for the row total against the definition.
    expected = [cut for cut in brute_force(text, 7, frozenset()) if sum(cut[:6]) == cut[6]]
    solution = solve([GluedRow("R", text, 7)], [])
    assert solution.consistent == bool(expected)
    if not expected:
        assert solution.unsolvable == ("R",)
    elif len(expected) == 1:
        assert solution.cells == {"R": expected[0]}
    else:
        assert solution.ambiguous == {"R": tuple(expected)}


# --- the identities ----------------------------------------------------------------


def test_table_three_identities() -> None:
    identities = table_three_identities()
    assert identities == table_three_identities(KEYS_2021)
    assert len(identities) == 14
    t3a, t3b = identities[0], identities[7]
    assert t3a.terms == (("R1", 0, 1), ("R2", 0, 1), ("R3_7", 0, -1), ("R4", 0, -1))
    assert {key for key, _, _ in t3b.terms} == {row.value for row in OUTCOME_ROWS} | {"R3_7"}
    assert all(column == 0 for _, column, _ in t3b.terms)
    # The 2019 row list: （六） is one row.
    outcomes_2019 = {key for key, _, k in table_three_identities(KEYS_2019)[7].terms if k == 1}
    assert len(outcomes_2019) == 19
    assert "R3_6" in outcomes_2019
    # Rows that are missing leave their identities out.
    assert len(table_three_identities(["R1", "R2", "R3_7"])) == 0
    assert len(table_three_identities(["R3_1", "R3_7"])) == 7


def test_table_three_identities_of_a_layout() -> None:
    assert table_three_identities(Layout.OFFICIAL) == table_three_identities(KEYS_2021)
    assert Layout.SINGLE_OTHER.row_keys == KEYS_2019
    single = table_three_identities(Layout.SINGLE_OTHER)
    assert single == table_three_identities(KEYS_2019)
    assert len(single) == 14
    outcomes = {key for key, _, k in single[7].terms if k == 1}
    assert outcomes == set(Layout.SINGLE_OTHER.outcome_keys)
    assert len(outcomes) == 19
    assert not outcomes & {"R3_6_1", "R3_6_2", "R3_6_3"}
    # （六） both as one row and as sub-items: T3-B would count it twice.
    with pytest.raises(ValueError, match="both layouts"):
        table_three_identities([*KEYS_2021, "R3_6"])
    with pytest.raises(ValueError, match="both layouts"):
        table_three_identities(["R3_6", "R3_6_3", "R3_7"])


def test_a_single_other_row_takes_part_in_t3b() -> None:
    # pingtan-2021 with its three （六） rows printed as one (1000001): the two rows that cut
    # two ways on their own are decided by T3-B over the 19 outcome rows, （六） included.
    texts = {key: PINGTAN_2021_THREE.get(key, "1000001") for key in KEYS_2019}
    assert [key for key in KEYS_2019 if key not in PINGTAN_2021_THREE] == ["R3_6"]
    solution = solve_three(texts)
    assert solution.consistent
    assert solution.ambiguous == {}
    assert solution.cells["R3_1"] == (27, 0, 0, 2, 0, 1, 30)
    assert solution.cells["R3_4_1"] == (22, 0, 0, 0, 0, 3, 25)
    # Without the （六） row, T3-B no longer holds in 自然人 and 总计: no joint solution.
    texts["R3_6"] = Z
    assert not solve_three(texts).consistent


def test_table_four_identities() -> None:
    rv, ld, lr = table_four_identities()
    assert ld.terms[0] == ("T4", 5, 1)
    assert rv.terms == (("T4", 0, 1), ("T4", 1, 1), ("T4", 2, 1), ("T4", 3, 1), ("T4", 4, -1))
    assert lr.terms[-1] == ("T4", 14, -1)
    assert table_four_identities(["RV", "LD", "LR"])[1].terms[0] == ("LD", 0, 1)
    with pytest.raises(ValueError, match="15-cell"):
        table_four_identities(["RV", "LD"])


# --- the real tables -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "three", "four"),
    [
        ("pingtan-2021", PINGTAN_2021_THREE, PINGTAN_2021_FOUR),
        ("pingtan-2022", PINGTAN_2022_THREE, PINGTAN_2022_FOUR),
    ],
)
def test_real_tables_give_the_golden_values(name: str, three: dict[str, str], four: str) -> None:
    report = golden(name)
    solution = solve_three(three)
    assert solution.consistent
    assert solution.ambiguous == {}
    assert solution.unsolvable == ()
    assert solution.notes == ()
    assert solution.cells == {row.value: report.applications.row(row) for row in Row}
    appeals = solve_four(four)
    assert appeals.consistent
    assert appeals.cells == {"T4": tuple(itertools.chain.from_iterable(report.appeals.groups))}


def test_table_four_as_three_rows() -> None:
    rows = [GluedRow("RV", "10203", 5), GluedRow("LD", "1200012", 5), GluedRow("LR", Z[:5], 5)]
    solution = solve(rows, table_four_identities(["RV", "LD", "LR"]))
    assert solution.cells == {
        "RV": (1, 0, 2, 0, 3),
        "LD": (12, 0, 0, 0, 12),
        "LR": (0, 0, 0, 0, 0),
    }


def test_pingtan_2021_self_ambiguous_rows_are_decided_by_the_table() -> None:
    # On its own, each of the two rows has two cuts whose parts add up to its 总计 ...
    for key, cuts in {
        "R3_1": ((2, 7, 0, 0, 20, 1, 30), (27, 0, 0, 2, 0, 1, 30)),
        "R3_4_1": ((2, 20, 0, 0, 0, 3, 25), (22, 0, 0, 0, 0, 3, 25)),
    }.items():
        alone = solve([GluedRow(key, PINGTAN_2021_THREE[key], 7)], [])
        assert alone.ambiguous == {key: cuts}
        assert alone.consistent
    # ... and T3-B decides both: （七）总计 has 0 in 商业企业 and 法律服务机构.
    solution = solve_three(PINGTAN_2021_THREE)
    assert solution.cells["R3_1"] == (27, 0, 0, 2, 0, 1, 30)
    assert solution.cells["R3_4_1"] == (22, 0, 0, 0, 0, 3, 25)


def test_table_four_glued_is_decided_by_its_group_totals() -> None:
    # 17 digits for 15 cells: without T4-1..3 there are many cuts.
    assert len(splits(PINGTAN_2021_FOUR, 15)) > 1
    assert solve_four(PINGTAN_2021_FOUR).cells["T4"] == (1, 0, 2, 0, 3, 12, 0, 0, 0, 12) + (0,) * 5


def test_pingtan_2020_is_read_as_published() -> None:
    solution = solve_three(PINGTAN_2020_THREE)
    assert not solution.consistent
    assert solution.cells == PINGTAN_2020_PRINTED  # not "corrected" to add up
    assert solution.ambiguous == {}
    assert solution.unsolvable == ()
    assert any("no joint solution" in note for note in solution.notes)
    outcome_np = sum(
        cells[0] for key, cells in solution.cells.items() if key.startswith("R3_") and key != "R3_7"
    )
    assert (outcome_np, solution.cells["R3_7"][0]) == (26, 20)


def test_inconsistent_table_keeps_rows_ambiguous_on_their_own() -> None:
    # R3_1 alone has two cuts; the table has no joint solution, so it stays ambiguous.
    texts = dict(PINGTAN_2020_THREE, R3_1="270020130")
    solution = solve_three(texts)
    assert not solution.consistent
    assert solution.ambiguous == {"R3_1": ((2, 7, 0, 0, 20, 1, 30), (27, 0, 0, 2, 0, 1, 30))}
    assert "R3_1" not in solution.cells


def test_2019_signed_change_cells() -> None:
    # 行政处罚 2648 | -185? | 38?: no identity decides it, so every cut is kept.
    row = GluedRow("penalty", "2648-18538", 3, frozenset({1}))
    solution = solve([row], [], row_identity_total=False)
    assert solution.ambiguous == {
        "penalty": ((2648, -1853, 8), (2648, -185, 38), (2648, -18, 538), (2648, -1, 8538))
    }
    fees = GluedRow("admin_fees", "35-15", 2, frozenset({1}))
    assert solve([fees], [], row_identity_total=False).cells == {"admin_fees": (35, -15)}


def test_genuinely_ambiguous_row_keeps_every_candidate() -> None:
    solution = solve([GluedRow("X", "1153", 3)], [], row_identity_total=False)
    assert solution.ambiguous == {"X": ((1, 1, 53), (1, 15, 3), (11, 5, 3))}
    assert solution.cells == {}
    assert solution.consistent


def test_ambiguous_candidates_are_those_of_some_joint_solution() -> None:
    # A[1] == B[1]: B is 5/155, 51/55 or 515/5, and A[1] is 1, 15 or 5: only 5 is shared.
    rows = [GluedRow("A", "1153", 3), GluedRow("B", "5155", 2)]
    same = Identity((("A", 1, 1), ("B", 1, -1)))
    solution = solve(rows, [same], row_identity_total=False)
    assert solution.cells == {"A": (11, 5, 3), "B": (515, 5)}
    rows = [GluedRow("A", "1153", 3), GluedRow("B", "1555", 2)]
    solution = solve(rows, [Identity((("A", 1, 1), ("B", 0, -1)))], row_identity_total=False)
    # B: 1/555 (A[1] = 1: 1/1/53), 15/55 (1/15/3), 155/5 (none): two joint solutions.
    assert solution.ambiguous == {"A": ((1, 1, 53), (1, 15, 3)), "B": ((1, 555), (15, 55))}


def test_unsolvable_row_is_reported_not_forced() -> None:
    # hongze-2023's table 四 prints 行政复议 10/1/0/0 with 总计 0.
    rows = [GluedRow("RV", "101000", 5), GluedRow("LD", "00000", 5), GluedRow("LR", "11002", 5)]
    solution = solve(rows, table_four_identities(["RV", "LD", "LR"]))
    assert solution.unsolvable == ("RV",)
    assert not solution.consistent
    assert solution.cells == {"LD": (0, 0, 0, 0, 0), "LR": (1, 1, 0, 0, 2)}
    assert any("RV" in note for note in solution.notes)


def test_unsolvable_row_drops_only_its_identities() -> None:
    # （三）5 printed with a 总计 that is not its parts' sum: T3-B, which needs that row,
    # cannot be checked; T3-A still can, and the other rows are read as before.
    texts = dict(PINGTAN_2021_THREE, R3_3_5="1000002")
    solution = solve_three(texts)
    assert solution.unsolvable == ("R3_3_5",)
    assert not solution.consistent
    report = golden("pingtan-2021")
    for key, cells in solution.cells.items():
        assert cells == report.applications.row(key)
    # Without T3-B, the two self-ambiguous rows stay ambiguous.
    assert set(solution.ambiguous) == {"R3_1", "R3_4_1"}


# --- the previous year --------------------------------------------------------------


def test_previous_year_decides_an_ambiguous_row() -> None:
    rows = [GluedRow("R2", "270020130", 7)]
    last_r4 = (27, 0, 0, 2, 0, 1, 30)
    solution = solve(rows, [], previous={("R2", c): v for c, v in enumerate(last_r4)})
    assert solution.cells == {"R2": last_r4}
    assert solution.notes == ()
    # One known cell is enough here.
    assert solve(rows, [], previous={("R2", 4): 20}).cells == {"R2": (2, 7, 0, 0, 20, 1, 30)}


def test_previous_year_in_a_whole_table() -> None:
    # pingtan-2022's 上年结转 must be pingtan-2021's 结转下年度.
    last = golden("pingtan-2021").applications.row(Row.CARRIED_FORWARD)
    previous = {("R2", c): value for c, value in enumerate(last) if isinstance(value, int)}
    solution = solve_three(PINGTAN_2022_THREE, previous=previous)
    assert solution.consistent
    assert solution.notes == ()
    assert solution.cells == {
        row.value: golden("pingtan-2022").applications.row(row) for row in Row
    }


def test_previous_year_that_contradicts_is_ignored() -> None:
    rows = [GluedRow("R2", "270020130", 7)]
    solution = solve(rows, [], previous={("R2", 0): 99})
    assert solution.ambiguous == {"R2": ((2, 7, 0, 0, 20, 1, 30), (27, 0, 0, 2, 0, 1, 30))}
    assert any("previous" in note for note in solution.notes)
    # Agrees with the row on its own, but with no joint solution: ignored too.
    wrong = (2, 7, 0, 0, 20, 1, 30)
    solution = solve_three(
        PINGTAN_2021_THREE, previous={("R3_1", c): v for c, v in enumerate(wrong)}
    )
    assert solution.consistent
    assert solution.cells["R3_1"] == (27, 0, 0, 2, 0, 1, 30)
    assert any("previous" in note and "ignored" in note for note in solution.notes)


def test_previous_value_naming_no_cell_is_noted() -> None:
    solution = solve([GluedRow("R2", Z, 7)], [], previous={("R9", 0): 1, ("R2", 7): 1})
    assert solution.cells == {"R2": (0,) * 7}
    assert sum("names no cell" in note for note in solution.notes) == 2


# --- arguments ------------------------------------------------------------------------


def test_identity_over_a_missing_row_is_skipped_with_a_note() -> None:
    rows = table_three({key: PINGTAN_2021_THREE[key] for key in ("R1", "R2", "R3_7")})
    solution = solve(rows, table_three_identities())
    assert solution.consistent
    assert len(solution.notes) == 14
    assert "skipped" in solution.notes[0]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="unique"):
        solve([GluedRow("A", "1", 1), GluedRow("A", "2", 1)], [])
    with pytest.raises(ValueError, match="column"):
        solve([GluedRow("A", "12", 2)], [Identity((("A", 2, 1),))])
    with pytest.raises(ValueError, match="column"):
        solve(
            [GluedRow("A", "12", 2), GluedRow("B", "1", 1)], [Identity((("A", 0, 1), ("B", -1, 1)))]
        )
    with pytest.raises(ValueError, match="only digits"):
        solve([GluedRow("A", "1x", 2)], [])


def test_row_identities_given_as_identities() -> None:
    # T3-C passed explicitly is the same as row_identity_total.
    row_totals = [
        Identity((*((key, c, 1) for c in range(6)), (key, 6, -1))) for key in PINGTAN_2021_THREE
    ]
    explicit = solve(
        table_three(PINGTAN_2021_THREE),
        [*table_three_identities(), *row_totals],
        row_identity_total=False,
    )
    assert explicit == solve_three(PINGTAN_2021_THREE)
    # Given twice (explicitly and by the flag), nothing changes either.
    assert (
        solve(table_three(PINGTAN_2021_THREE), [*table_three_identities(), *row_totals]) == explicit
    )


def test_repeated_terms_are_added() -> None:
    # 2·A[0] == A[1], written as A[0] + A[0] - A[1]: 612 is 6/12 (61/2 is not).
    identity = Identity((("A", 0, 1), ("A", 0, 1), ("A", 1, -1)))
    solution = solve([GluedRow("A", "612", 2)], [identity], row_identity_total=False)
    assert solution.cells == {"A": (6, 12)}
    solution = solve([GluedRow("A", "3612", 2)], [identity], row_identity_total=False)
    assert solution.unsolvable == ("A",)


# --- never a wrong decision ---------------------------------------------------------

# Values that glue ambiguously: 1 and 11, 2 and 20, 10 and 0 …
small = st.sampled_from([0, 0, 0, 0, 1, 1, 2, 3, 10, 11, 12, 20, 21, 101, 110])


@st.composite
def consistent_tables(draw: st.DrawFn) -> dict[str, tuple[int, ...]]:
    outcomes = {row.value: draw(st.tuples(*[small] * 6)) for row in OUTCOME_ROWS}
    handled = tuple(sum(cells[c] for cells in outcomes.values()) for c in range(6))
    carried_forward = draw(st.tuples(*[small] * 6))
    # R1 + R2 = R3_7 + R4 (T3-A), all non-negative.
    carried_over = tuple(
        draw(st.integers(0, h + f)) for h, f in zip(handled, carried_forward, strict=True)
    )
    new = tuple(h + f - o for h, f, o in zip(handled, carried_forward, carried_over, strict=True))
    parts = {"R1": new, "R2": carried_over, **outcomes, "R3_7": handled, "R4": carried_forward}
    return {key: (*cells, sum(cells)) for key, cells in parts.items()}


def glue(cells: Sequence[int], spaces: Sequence[bool]) -> str:
    return "".join(
        str(cell) + (" " if space else "") for cell, space in zip(cells, spaces, strict=False)
    )


# Mostly glued, sometimes a space (pingtan-2020 prints some).
spacings = st.lists(st.sampled_from([False] * 6 + [True]), min_size=7, max_size=7)


@given(consistent_tables(), st.lists(spacings, min_size=25, max_size=25))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_never_a_wrong_decided_value(
    table: dict[str, tuple[int, ...]], spaces: list[list[bool]]
) -> None:
    texts = {key: glue(cells, s) for (key, cells), s in zip(table.items(), spaces, strict=True)}
    solution = solve_three(texts)
    assert solution.unsolvable == ()
    exhausted = any("budget" in note for note in solution.notes)
    assert solution.consistent or exhausted
    for key, truth in table.items():
        if key in solution.cells:
            assert solution.cells[key] == truth, key
        else:
            assert truth in solution.ambiguous[key], key


def test_worst_case_degrades_gracefully() -> None:
    # Every outcome row is 11/1/… or 1/11/…: C(21, 10) joint solutions, and every row
    # ambiguous.  A tiny budget still never decides a row wrongly.
    outcomes = {row.value: (11, 1, 0, 0, 0, 0, 12) for row in OUTCOME_ROWS[:10]}
    outcomes |= {row.value: (1, 11, 0, 0, 0, 0, 12) for row in OUTCOME_ROWS[10:]}
    handled = tuple(sum(cells[c] for cells in outcomes.values()) for c in range(7))
    table = {"R1": handled, "R2": (0,) * 7, **outcomes, "R3_7": handled, "R4": (0,) * 7}
    texts = {key: glue(cells, [False] * 7) for key, cells in table.items()}
    full = solve_three(texts)
    assert full.consistent
    assert set(full.ambiguous) == {row.value for row in OUTCOME_ROWS}
    assert all(len(cuts) == 2 for cuts in full.ambiguous.values())
    for budget in (1, 5, 50):
        limited = solve_three(texts, budget=budget)
        assert any("budget" in note for note in limited.notes)
        for key, truth in table.items():
            assert limited.cells.get(key, truth) == truth
            assert key in limited.cells or truth in limited.ambiguous[key]


def test_deterministic() -> None:
    first = solve_three(PINGTAN_2020_THREE)
    assert solve_three(PINGTAN_2020_THREE) == first
    assert solve_three(dict(reversed(PINGTAN_2020_THREE.items()))).cells == first.cells


# --- the joint search against brute force ------------------------------------------


# Rows (their candidate counts), and identities: a constant plus, for some rows, the
# contribution of each of their candidates.
Problem = tuple[list[int], list[tuple[int, list[tuple[int, tuple[int, ...]]]]]]


@st.composite
def small_problems(draw: st.DrawFn) -> Problem:
    counts = draw(st.lists(st.integers(1, 4), min_size=1, max_size=5))
    identities = []
    for _ in range(draw(st.integers(1, 3))):
        rows = draw(st.lists(st.integers(0, len(counts) - 1), min_size=1, unique=True))
        terms = [
            (v, tuple(draw(st.lists(st.integers(-3, 3), min_size=counts[v], max_size=counts[v]))))
            for v in rows
        ]
        identities.append((draw(st.integers(-4, 4)), terms))
    return counts, identities


@given(small_problems())
@settings(max_examples=300, deadline=None)
def test_joint_search_finds_exactly_the_supported_candidates(problem: Problem) -> None:
    counts, identities = problem
    solutions = [
        choice
        for choice in itertools.product(*(range(c) for c in counts))
        if all(
            constant + sum(contribution[choice[v]] for v, contribution in terms) == 0
            for constant, terms in identities
        )
    ]
    expected = [tuple(sorted({s[v] for s in solutions})) for v in range(len(counts))]
    everything = [tuple(range(c)) for c in counts]

    def joint() -> _Joint:
        return _Joint(len(counts), identities, 10**6)

    dynamic = joint().dynamic(list(everything), 10**6)
    assert (dynamic is None) == (not solutions)
    assert dynamic is None or dynamic == expected
    search = joint()
    domains = list(everything)
    found = search.search(domains) if search.propagate(domains, range(len(identities))) else None
    assert (found is None) == (not solutions)
    assert found is None or found == (expected, True)
    supports = joint().supports(list(everything))
    assert supports == (None if not solutions else (expected, True))


def test_search_out_of_budget_keeps_every_supported_candidate() -> None:
    # Twelve rows add 0 or 2 each (the first 0, 1 or 2) up to 12: the first can never add
    # 1 (parity), which bounds cannot see.  The dynamic programme knows at once; a search
    # out of budget keeps 1 as a candidate, but never drops a supported one.
    size = 12
    identities = [(-12, [(0, (0, 1, 2)), *((v, (0, 2)) for v in range(1, size))])]
    start = [(0, 1, 2), *[(0, 1)] * (size - 1)]
    exact = [(0, 2), *[(0, 1)] * (size - 1)]
    assert _Joint(size, identities, 10**6).supports(list(start)) == (exact, True)
    limited = _Joint(size, identities, 2000)
    domains = list(start)
    assert limited.propagate(domains, [0])
    found = limited.search(domains)
    assert found is not None
    candidates, is_exact = found
    assert not is_exact
    assert candidates[0] == (0, 1, 2)
    assert all(set(want) <= set(got) for want, got in zip(exact, candidates, strict=True))
