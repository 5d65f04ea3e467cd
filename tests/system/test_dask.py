"""Every task runner writes the same corpus: threads only, local worker processes, Prefect's process pool, Dask."""

from __future__ import annotations

import shutil

import pyarrow.dataset as ds
import pytest
from support import DEV_SMALL, REPO

from flows.execution.runners import task_runner
from flows.flow import corpus_flow

pytestmark = pytest.mark.slow

# Everything that describes the input and what the stages made of it; not when or by which run.
RUN_COLUMNS = {"run_id", "ingested_at"}
DEV_SMALL_FILES = 50


def run(raw, out, *, runner: str, dask: str | None = None, **params) -> dict:
    """Call the flow with the task runner `news-corpus run --runner RUNNER [--dask ADDRESS] --workers 2` builds."""
    workers = 1 if runner == "thread" else 2
    return corpus_flow.with_options(task_runner=task_runner(runner, workers, dask))(
        raw=str(raw), out=str(out), workers=workers, **params)


def content(folder, partitioning=None, ignore=frozenset()) -> list[dict]:
    table = ds.dataset(folder, format="parquet", partitioning=partitioning).to_table()
    table = table.select([name for name in table.column_names if name not in RUN_COLUMNS | ignore])
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
def on_threads(prefect_api_url, small_raw, tmp_path_factory):
    """The reference: every task on the flow's own threads, one core."""
    out = tmp_path_factory.mktemp("threads")
    return out, run(small_raw, out, runner="thread")


def assert_same_corpus(ours, theirs, result, reference, ignore=frozenset()) -> None:
    assert result["files_processed"] == reference["files_processed"] > 0
    assert result["articles"] == reference["articles"] and result["rejects"] == reference["rejects"]
    our_articles = content(ours / "articles", "hive", ignore)
    their_articles = content(theirs / "articles", "hive", ignore)
    assert [r["source_file"] for r in our_articles] == [r["source_file"] for r in their_articles]
    for row, expected in zip(our_articles, their_articles, strict=True):
        assert row == expected, row["source_file"]
    assert content(ours / "rejects", None, ignore) == content(theirs / "rejects", None, ignore)


@pytest.mark.parametrize("runner", ["local", "process"])
def test_process_runners_write_what_threads_write(on_threads, small_raw, tmp_path, runner):
    reference_out, reference = on_threads
    result = run(small_raw, tmp_path / runner, runner=runner)
    assert_same_corpus(tmp_path / runner, reference_out, result, reference)


@pytest.fixture(scope="module")
def cluster(prefect_api_url):
    """A local Dask cluster of two worker processes (they inherit PREFECT_API_URL and import `flows`)."""
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("prefect_dask")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local.scheduler_address


def test_dask_cluster_output_equals_thread_runner_output(on_threads, cluster, small_raw, tmp_path):
    reference_out, reference = on_threads
    result = run(small_raw, tmp_path / "dask", runner="process", dask=cluster)  # --dask implies the runner
    assert_same_corpus(tmp_path / "dask", reference_out, result, reference)


def test_raw_folder_at_an_fsspec_url_gives_the_same_corpus(on_threads, small_raw, tmp_path):
    """file:// through fsspec on worker processes; memory:// (this process only) on threads."""
    import fsspec

    reference_out, reference = on_threads
    result = run(f"file://{small_raw}", tmp_path / "file-url", runner="local")
    assert_same_corpus(tmp_path / "file-url", reference_out, result, reference)

    memory, root = fsspec.filesystem("memory"), "/corpus-under-test"
    for path in sorted(small_raw.rglob("*")):
        if path.is_file():
            memory.pipe(f"{root}/{path.relative_to(small_raw).as_posix()}", path.read_bytes())
    try:
        result = run(f"memory://{root}", tmp_path / "memory", runner="thread")
        # the copies are new files there: only their modification times differ
        assert_same_corpus(tmp_path / "memory", reference_out, result, reference, ignore={"source_mtime"})
        again = run(f"memory://{root}", tmp_path / "memory", runner="thread")  # incremental: nothing changed
        assert again["files_processed"] == 0 and again["inputs"]["unchanged_skipped"] == reference["files_processed"]
    finally:
        memory.rm(root, recursive=True)
