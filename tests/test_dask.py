"""The same flow on a Dask cluster (two worker processes) writes what the thread runner writes."""

from __future__ import annotations

import shutil

import pyarrow.dataset as ds
import pytest
from conftest import DEV_SMALL, REPO

from flows.flow import corpus_flow

pytestmark = pytest.mark.slow

# Everything that describes the input and what the stages made of it; not when or by which run.
RUN_COLUMNS = {"run_id", "ingested_at"}
DEV_SMALL_FILES = 50


def run(raw, out, *, runner: str, dask: str | None = None, **params) -> dict:
    """Call the flow with the task runner the CLI would build for these options."""
    from flows.cli import task_runner

    class Args:  # what `news-corpus run --runner RUNNER [--dask ADDRESS] --workers 2` passes
        workers = 2

    Args.runner, Args.dask = runner, dask
    return corpus_flow.with_options(task_runner=task_runner(Args))(raw=str(raw), out=str(out), **params)


def content(folder, partitioning=None) -> list[dict]:
    table = ds.dataset(folder, format="parquet", partitioning=partitioning).to_table()
    table = table.select([name for name in table.column_names if name not in RUN_COLUMNS])
    return sorted(table.to_pylist(), key=lambda row: row["source_file"])


@pytest.fixture(scope="module")
def small_raw(tmp_path_factory):
    """The repository's samples, plus the first files of dev-small when it is here."""
    raw = tmp_path_factory.mktemp("dask") / "raw"
    shutil.copytree(REPO / "raw", raw)
    if (DEV_SMALL / "raw").is_dir():
        (raw / "dev-small").mkdir()
        for path in sorted((DEV_SMALL / "raw").glob("*.txt"))[:DEV_SMALL_FILES]:
            shutil.copy2(path, raw / "dev-small" / path.name)
    return raw


@pytest.fixture(scope="module")
def cluster(prefect_api):
    """A local Dask cluster of two worker processes (they inherit PREFECT_API_URL and import `flows`)."""
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("prefect_dask")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local.scheduler_address


def test_dask_cluster_output_equals_thread_runner_output(prefect_api, cluster, small_raw, tmp_path):
    on_threads = run(small_raw, tmp_path / "threads", runner="thread")
    on_dask = run(small_raw, tmp_path / "dask", runner="process", dask=cluster)  # --dask implies the runner

    assert on_dask["files_processed"] == on_threads["files_processed"] > 0
    assert on_dask["articles"] == on_threads["articles"] and on_dask["rejects"] == on_threads["rejects"]
    threads_articles = content(tmp_path / "threads" / "articles", "hive")
    dask_articles = content(tmp_path / "dask" / "articles", "hive")
    assert [r["source_file"] for r in dask_articles] == [r["source_file"] for r in threads_articles]
    for ours, theirs in zip(dask_articles, threads_articles, strict=True):
        assert ours == theirs, ours["source_file"]
    assert content(tmp_path / "dask" / "rejects") == content(tmp_path / "threads" / "rejects")
