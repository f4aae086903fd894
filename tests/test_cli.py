"""The command line, end to end through the console script."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from govinfo_report import dumps, example, loads, read, render_html
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


# --- read, render, batch ---------------------------------------------------------

DATA = Path(__file__).parent / "data"
QIDU = DATA / "corpus" / "qidu-2021.txt"


def test_readme_first_command_checks_the_bundled_example() -> None:
    example_text = Path(__file__).parent.parent / "examples" / "qidu-2021.txt"
    assert example_text.read_bytes() == QIDU.read_bytes()
    result = console("check", str(example_text), "--locale", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{example_text}: 临淄区齐都镇人民政府 2021: no findings\n"


def test_read_a_published_report_to_json() -> None:
    result = console("read", str(QIDU), "--compact")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["applications"] == json.loads(dumps(example()))["applications"]


def test_read_several_gives_json_lines(tmp_path: Path) -> None:
    html = tmp_path / "qidu.html"
    html.write_text(render_html(example(), standalone=True), encoding="utf-8")
    result = console("read", str(QIDU), str(html))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["organ"] == "临淄区齐都镇人民政府" for line in lines)


def test_read_from_stdin_and_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = console("read", "-", "-o", str(out), stdin=QIDU.read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert loads(out.read_text(encoding="utf-8")).applications == example().applications


def test_read_to_csv() -> None:
    result = console("read", str(QIDU), str(QIDU), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 2 * 200
    assert rows[0]["address"] == "rules.issued"


@pytest.mark.parametrize("layout", ["text", "markdown", "html"])
def test_read_and_render_in_a_layout(layout: str) -> None:
    for command in (
        ["read", str(QIDU), "--format", layout],
        ["render", str(QIDU), "--format", layout],
    ):
        result = console(*command)
        assert result.returncode == 0, result.stderr
        assert read(result.stdout).report.applications == example().applications


def test_render_docx_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "qidu.docx"
    result = console("render", str(QIDU), "--format", "docx", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"PK\x03\x04")


def test_render_standalone_html_in_english() -> None:
    result = console("render", str(QIDU), "--format", "html", "--standalone", "--locale", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "III. Requests for government information" in result.stdout


def test_read_bad_input(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_text("这不是一份年度报告。\n" * 3, encoding="utf-8")
    word = tmp_path / "report.docx"
    word.write_bytes(b"PK\x03\x04" + b"\0" * 64)
    for name in (junk, word, tmp_path / "missing.txt"):
        result = console("read", str(name))
        assert result.returncode == 3, name
        assert str(name) in result.stderr
        assert "Traceback" not in result.stderr
    several = console("read", str(QIDU), str(QIDU), "--format", "json")
    assert several.returncode == 2
    assert "jsonl" in several.stderr
    assert console("render", str(QIDU), "--format", "pdf").returncode == 2


def _corpus_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(QIDU, folder / "qidu-2021.txt")
    (folder / "sub" / "qidu.json").write_text(dumps(example()), encoding="utf-8")
    broken = json.loads(dumps(example()))
    broken["applications"]["R1"][1] = 4
    (folder / "sub" / "broken.json").write_text(json.dumps(broken), encoding="utf-8")
    (folder / "junk.txt").write_text("不是报告\n", encoding="utf-8")
    (folder / "notes.xlsx").write_bytes(b"ignored: not a report suffix")
    return folder


def test_batch_streams_lines_and_a_summary(tmp_path: Path) -> None:
    folder = _corpus_folder(tmp_path)
    out, summary = tmp_path / "results.jsonl", tmp_path / "summary.csv"
    result = console("batch", str(folder), "--out", str(out), "--summary", str(summary), "-j", "2")
    assert result.returncode == 3, result.stderr  # junk.txt is unreadable
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_name = {Path(line["source"]).name: line for line in lines}
    assert list(by_name) == ["junk.txt", "qidu-2021.txt", "broken.json", "qidu.json"]
    assert by_name["qidu-2021.txt"]["status"] == "ok"
    assert by_name["qidu-2021.txt"]["form"] == "text"
    assert by_name["broken.json"]["status"] == "errors"
    assert by_name["broken.json"]["findings"][0]["code"] == "table.T3-A"
    assert by_name["junk.txt"]["status"] == "unreadable"
    assert by_name["junk.txt"]["error"]["code"] == "read.failed"
    assert loads(json.dumps(by_name["qidu.json"]["report"])) == example()
    rows = list(csv.DictReader(io.StringIO(summary.read_text(encoding="utf-8"))))
    assert [row["status"] for row in rows] == ["unreadable", "ok", "errors", "ok"]
    assert rows[2]["errors"] == "2"
    assert rows[1]["organ"] == "临淄区齐都镇人民政府"
    assert "4 reports" in result.stderr


def test_batch_resumes_and_cuts_a_torn_line(tmp_path: Path) -> None:
    folder = _corpus_folder(tmp_path)
    out, summary = tmp_path / "results.jsonl", tmp_path / "summary.csv"
    console("batch", str(folder), "--out", str(out))
    complete = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # A run stopped after two lines and in the middle of the third.
    out.write_text("".join(complete[:2]) + complete[2][:40], encoding="utf-8")
    result = console("batch", str(folder), "--out", str(out), "--summary", str(summary))
    assert "2 done before" in result.stderr
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == complete
    assert len(list(csv.DictReader(io.StringIO(summary.read_text(encoding="utf-8"))))) == 4
    again = console("batch", str(folder), "--out", str(out))
    assert "0 reports" in again.stderr
    assert "4 done before" in again.stderr
    fresh = console("batch", str(folder), "--out", str(out), "--restart")
    assert "4 reports" in fresh.stderr
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == complete


def test_batch_to_stdout_and_bad_usage(tmp_path: Path) -> None:
    result = console("batch", str(QIDU), "--out", "-")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "ok"
    assert console("batch", str(QIDU)).returncode == 2  # --out is required
    assert console("batch", str(QIDU), "--out", "-", "-j", "0").returncode == 2
    missing = console("batch", str(tmp_path / "missing"), "--out", "-")
    assert missing.returncode == 3
    assert json.loads(missing.stdout)["status"] == "unreadable"


def test_batch_progress_on_request(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "govinfo_report", "batch", str(QIDU)]
    result = subprocess.run(
        [*command, "--out", str(tmp_path / "r.jsonl"), "--progress"],
        capture_output=True,
        check=False,
    )
    assert b"\r[########################] 1/1 reports 100%" in result.stderr  # redrawn in place
    quiet = subprocess.run(  # not a terminal: no progress unless asked
        [*command, "--out", str(tmp_path / "q.jsonl")], capture_output=True, check=False
    )
    assert b"\r" not in quiet.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["labels", "--locale", "@@"],
        ["rules", "--locale", "zh_CN_"],
        ["check", str(QIDU), "--locale", "@@"],
        ["read", str(QIDU), "--locale", "@@"],
        ["render", str(QIDU), "--locale", "@@"],
        ["batch", str(QIDU), "--out", "-", "--locale", "@@"],
        ["schema", "extra"],
        ["render"],
        ["read", str(QIDU), "--format", "xlsx"],
    ],
)
def test_bad_options_exit_2_without_a_traceback(args: list[str]) -> None:
    result = console(*args)
    assert result.returncode == 2, result.stderr
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_render_unreadable_exit_3(tmp_path: Path) -> None:
    result = console("render", str(tmp_path / "missing.txt"))
    assert result.returncode == 3
    assert "missing.txt" in result.stderr
    junk = tmp_path / "junk.html"
    junk.write_text("<html><body><p>404</p></body></html>", encoding="utf-8")
    result = console("render", str(junk), "--format", "html")
    assert result.returncode == 3
    assert "junk.html" in result.stderr
    assert result.stdout == ""


def test_a_failure_of_ours_is_recorded_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govinfo_report import batch

    calls = []

    def flaky(report: object, **options: object) -> list[object]:
        calls.append(report)
        if len(calls) == 1:
            raise RuntimeError("a bug")
        return []

    monkeypatch.setattr(batch, "check", flaky)
    shutil.copy(QIDU, tmp_path / "a.txt")
    shutil.copy(QIDU, tmp_path / "b.txt")
    out = io.StringIO()
    stats = batch.run([tmp_path], out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["status"] for line in lines] == ["failed", "ok"]
    assert lines[0]["error"]["message"] == "RuntimeError: a bug"
    assert "Traceback" in lines[0]["error"]["traceback"]
    assert stats.statuses == {"failed": 1, "ok": 1}


def test_labels_of_the_2019_edition() -> None:
    result = console("labels", "--edition", "2019")
    assert result.returncode == 0, result.stderr
    assert "t3.row.R3_6\t（六）其他处理" in result.stdout
    assert "t2.column.change\t本年增/减" in result.stdout
    assert "t3.row.R3_6_1" not in result.stdout
    assert console("labels", "--edition", "2030").returncode == 2
