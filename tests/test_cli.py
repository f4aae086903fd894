"""The command line, end to end through the console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from govinfo_report import dumps, example
from govinfo_report.cli import main
from govinfo_report.schema import json_schema


def console(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    script = shutil.which("govinfo-report", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "govinfo_report"]
    return subprocess.run(
        [*command, *args], input=stdin, capture_output=True, text=True, check=False
    )


def test_example_prints_the_example() -> None:
    result = console("example")
    assert result.returncode == 0, result.stderr
    assert result.stdout == dumps(example(), indent=True) + "\n"


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "govinfo_report", "example", "--compact"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout == dumps(example()) + "\n"


def test_schema() -> None:
    result = console("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == json_schema()


def test_json_canonicalises(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text(json.dumps(json.loads(dumps(example())), indent=4), encoding="utf-8")
    result = console("json", str(path), "--compact")
    assert result.returncode == 0
    assert result.stdout == dumps(example()) + "\n"


def test_json_from_stdin() -> None:
    result = console("json", "-", stdin=dumps(example()))
    assert result.returncode == 0
    assert result.stdout == dumps(example(), indent=True) + "\n"


def test_json_bad_input_exit_code_3(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1}', encoding="utf-8")
    result = console("json", str(bad), str(tmp_path / "missing.json"))
    assert result.returncode == 3
    assert result.stdout == ""
    assert "$.organ: required field missing" in result.stderr
    assert "missing.json" in result.stderr


@pytest.mark.parametrize("args", [[], ["nonsense"], ["example", "--bogus"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = console(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_help_shows_examples() -> None:
    result = console("--help")
    assert result.returncode == 0
    assert "govinfo-report example" in result.stdout


def test_main_returns_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example", "--compact"]) == 0
    assert capsys.readouterr().out == dumps(example()) + "\n"
    assert main(["--version"]) == 0


def _broken_example(tmp_path: Path) -> Path:
    data = json.loads(dumps(example()))
    data["applications"]["R1"][1] = 4  # 一、本年新收 × 商业企业: a typo
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_check_clean_report_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "qidu.json"
    path.write_text(dumps(example()), encoding="utf-8")
    result = console("check", str(path), "--locale", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{path}: 临淄区齐都镇人民政府 2021: no findings\n"


def test_check_errors_exit_1_with_repairs(tmp_path: Path) -> None:
    path = _broken_example(tmp_path)
    result = console("check", str(path), "--locale", "en")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].endswith("2 errors")
    assert "table.T3-A" in lines[1]
    assert "Commercial enterprises: new plus carried over is 4" in lines[1]
    assert "suggested repair: R1[BIZ] 4 → 0" in result.stdout


def test_check_in_chinese(tmp_path: Path) -> None:
    result = console("check", str(_broken_example(tmp_path)), "--locale", "zh_CN")
    assert "2 个错误" in result.stdout
    assert "建议修改: R1[BIZ] 4 → 0" in result.stdout


def test_check_json(tmp_path: Path) -> None:
    result = console("check", str(_broken_example(tmp_path)), "--json", "--locale", "en")
    assert result.returncode == 1
    record = json.loads(result.stdout)
    assert record["organ"] == "临淄区齐都镇人民政府"
    first = record["findings"][0]
    assert first["code"] == "table.T3-A"
    assert first["cells"] == ["R1[BIZ]", "R2[BIZ]", "R3_7[BIZ]", "R4[BIZ]"]
    assert (first["expected"], first["actual"], first["difference"]) == (4, 0, -4)
    assert first["repair"] == [[{"address": "R1[BIZ]", "old": 4, "new": 0}]]
    assert len(first["fingerprint"]) == 16


def test_check_with_previous(tmp_path: Path) -> None:
    current = tmp_path / "2021.json"
    current.write_text(dumps(example()), encoding="utf-8")
    previous = tmp_path / "2019.json"
    data = json.loads(dumps(example()))
    data["year"] = 2019
    previous.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = console("check", str(current), "--previous", str(previous), "--locale", "en")
    assert result.returncode == 0  # a warning, not an error
    assert "cross-year.not-comparable" in result.stdout


def test_check_unreadable_exit_3(tmp_path: Path) -> None:
    result = console("check", str(tmp_path / "missing.json"))
    assert result.returncode == 3
    assert "missing.json" in result.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    result = console("check", str(bad), "--previous", str(tmp_path / "missing.json"))
    assert result.returncode == 3


def test_example_reports_its_findings_on_stderr() -> None:
    result = console("example")
    assert result.returncode == 0
    assert "临淄区齐都镇人民政府 2021" in result.stderr


def test_rules_and_labels() -> None:
    rules = console("rules", "--locale", "en")
    assert rules.returncode == 0
    assert rules.stdout.splitlines()[0].startswith("table.T3-A\terror\t")
    labels = console("labels", "--locale", "en")
    assert "t3.row.R1\tI. New requests received this year" in labels.stdout
    chinese = console("labels")
    assert "t3.row.R1\t一、本年新收政府信息公开申请数量" in chinese.stdout
