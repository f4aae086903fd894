"""govinfo_report.batch in this process: sources, outcomes, resuming, summaries."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from govinfo_report import dumps, example, loads
from govinfo_report.batch import SUMMARY_FIELDS, iter_sources, process, read_outcomes, run

QIDU = Path(__file__).parent / "data" / "corpus" / "qidu-2021.txt"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "b" / ".git").mkdir(parents=True)
    shutil.copy(QIDU, folder / "b" / "qidu.txt")
    (folder / "a.json").write_text(dumps(example()), encoding="utf-8")
    (folder / "b" / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    (folder / "c.PDF").write_bytes(b"%PDF-1.7 ...")
    (folder / "d.csv").write_text("not a report suffix", encoding="utf-8")
    return folder


def test_sources_in_name_order_files_as_given(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    names = [Path(s).relative_to(folder).as_posix() for s in iter_sources([folder])]
    assert names == ["a.json", "b/qidu.txt", "c.PDF"]
    missing = tmp_path / "missing.txt"
    assert list(iter_sources([missing, folder / "d.csv"])) == [
        str(missing),
        str(folder / "d.csv"),
    ]


def test_outcomes_say_what_stopped_a_document(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    pdf = process(folder / "c.PDF")
    assert pdf["status"] == "unreadable"
    assert pdf["error"]["code"] == "read.failed"
    assert "PDF" in pdf["error"]["message"]
    assert process(folder)["status"] == "unreadable"  # a folder is no document
    missing = process(tmp_path / "missing.txt")
    assert missing["status"] == "unreadable"
    assert "missing.txt" in missing["error"]["message"]
    ok = process(folder / "b" / "qidu.txt", locale="en")
    assert ok["status"] == "ok"
    assert ok["form"] == "text"
    assert loads(json.dumps(ok["report"])).applications == example().applications
    assert set(ok) >= {"diagnostics", "findings", "notices", "warnings", "edition"}


def test_a_complete_but_broken_line_is_cut_with_what_follows(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "results.jsonl"
    run([folder], out)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) == 3
    out.write_text(lines[0] + "{not json}\n" + lines[2], encoding="utf-8")
    summary = tmp_path / "summary.csv"
    stats = run([folder], out, summary=summary)
    assert (stats.skipped, stats.processed) == (1, 2)
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == lines
    rows = list(csv.reader(io.StringIO(summary.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == SUMMARY_FIELDS
    assert len(rows) == 4


def test_starting_afresh_and_streams(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "results.jsonl"
    run([folder], out)
    again = run([folder], out, resume=False)
    assert (again.skipped, again.processed) == (0, 3)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    stream = io.StringIO()
    stats = run([folder / "a.json"], stream)
    assert stats.statuses == {"ok": 1}
    assert stats.per_second > 0
    (outcome,) = read_outcomes(io.StringIO(stream.getvalue()))
    assert outcome["organ"] == "临淄区齐都镇人民政府"


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        run([tmp_path], io.StringIO(), workers=0)
    with pytest.raises(ValueError, match="line 2: not a JSON line"):
        list(read_outcomes(['{"a": 1}', "{", ""]))
