"""The Dask recipe of docs/batch.md: the per-report function on a distributed cluster."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from govinfo_report import dumps, example
from govinfo_report.batch import iter_sources, process

distributed = pytest.importorskip("distributed")  # the [dask] extra; installed by [test]

CORPUS = Path(__file__).parent / "data" / "corpus"


def test_process_runs_on_a_local_cluster(tmp_path: Path) -> None:
    for name in ("qidu-2021.txt", "pingtan-2021.txt", "huaian-2024.tabs.txt"):
        shutil.copy(CORPUS / name, tmp_path / name)
    (tmp_path / "qidu.json").write_text(dumps(example()), encoding="utf-8")
    (tmp_path / "junk.txt").write_text("不是报告\n", encoding="utf-8")
    sources = list(iter_sources([tmp_path]))

    # The recipe: map the same per-report function over the sources, gather the outcomes.
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        futures = client.map(process, sources)
        outcomes = client.gather(futures)

    assert [o["source"] for o in outcomes] == sources
    assert outcomes == [process(source) for source in sources]  # same as in this process
    by_name = {Path(o["source"]).name: o for o in outcomes}
    assert by_name["junk.txt"]["status"] == "unreadable"
    assert by_name["qidu.json"]["status"] == by_name["qidu-2021.txt"]["status"] == "ok"
    assert by_name["huaian-2024.tabs.txt"]["year"] == 2024
    json.dumps(outcomes, ensure_ascii=False)  # JSON-ready, as the batch lines are
