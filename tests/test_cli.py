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
