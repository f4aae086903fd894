"""The bundled example: built in code, shipped as JSON, identical everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from examples.qidu_2021 import build

import govinfo_report
from govinfo_report import Applicant, Row, dumps, example, loads

ROOT = Path(__file__).resolve().parent.parent
PACKAGED = ROOT / "src" / "govinfo_report" / "data" / "qidu-2021.json"
EXAMPLE = ROOT / "examples" / "qidu-2021.json"


def test_built_in_code_equals_the_bundled_example() -> None:
    assert build() == example()


@pytest.mark.parametrize("path", [PACKAGED, EXAMPLE])
def test_shipped_files_are_the_canonical_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text == dumps(build(), indent=True) + "\n"
    assert dumps(loads(text), indent=True) + "\n" == text


def test_example_values() -> None:
    report = example()
    assert report.organ == "临淄区齐都镇人民政府"
    assert report.year == 2021
    assert report.period is not None
    assert (report.period.start.isoformat(), report.period.end.isoformat()) == (
        "2021-01-01",
        "2021-12-31",
    )
    # The township reported zeros everywhere: every one of the 200 cells is 0, none blank.
    assert {address: report.cell(address) for address in report.addresses()} == dict.fromkeys(
        report.addresses(), 0
    )
    assert report.applications[Row.TOTAL_HANDLED, Applicant.TOTAL] == 0


def test_example_narrative_is_kept_exactly() -> None:
    report = example()
    assert report.preamble.startswith(
        "根据《中华人民共和国政府信息公开条例》规定和区委区政府相关文件要求"
    )
    assert report.preamble.endswith("电话：0533-7830243)。")
    assert [s.title for s in report.general.subsections] == [
        "主动公开情况",
        "依申请公开情况",
        "政府信息管理情况",
        "政府信息公开平台建设",
        "监督保障情况",
    ]
    assert report.general.subsections[1].text == "2021年度我镇收到依申请公开0件。"
    assert report.general.subsections[4].text.count("\n") == 1  # two paragraphs
    assert report.problems.split("\n")[0] == (
        "我镇按照区政府办的统一要求，逐项进行问题整改，目前已经整改完成。但与上级要求仍存在较大差距："
    )
    assert report.other == (
        "1、2021年，我镇人大代表建议办理0件；政协委员提案办理0件。\n2、2021年，我镇无收取信息处理费情况。"
    )
    # Word's artefacts are not report text.
    for text in (
        report.preamble,
        report.problems,
        report.other,
        *(s.text for s in report.general.subsections),
    ):
        assert "[image" not in text
        assert "[bookmark" not in text


def test_example_is_cached_and_immutable() -> None:
    assert example() is example()


def test_unknown_example() -> None:
    with pytest.raises(govinfo_report.GovInfoReportError, match="no bundled example"):
        example("nowhere-2021")
