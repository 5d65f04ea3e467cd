"""A run killed with SIGKILL at any point leaves a readable corpus, and a re-run finishes the job.

`news-corpus run` runs as a subprocess (as in production) and is killed at a
seeded random moment after its flow starts (the uninterrupted runs and re-runs
call the same flow in this process, which spares an interpreter start-up each). Right after the kill the published
datasets must be readable by pyarrow and DuckDB and be either the state before
the run or the finished one (never a mix, never a half-written file); a normal
re-run must then give exactly what an uninterrupted run gives.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pyarrow as pa
import pyarrow.dataset as ds
import pytest
from support import DEV_SMALL, REPO, need, run

pytestmark = pytest.mark.slow

FILES, FIRST = 300, 200  # the corpus, and the part published before the run that is killed
SEEDS = [0, 1, 2]
ARTICLE_COLUMNS = ["doc_id", "source_file", "date", "title", "body", "language", "duplicate_of"]
REJECT_COLUMNS = ["source_file", "reason"]
YEAR = ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive")  # as the scorer reads
STARTED = "inputs to process"  # logged once the flow has planned its work
# Where each seed's kill is aimed: after the flow planned its work (staging), after
# its first batch is staged (staging, linking duplicates), after its first batch is
# finished (finishing, publishing); then a seeded random delay of up to a second.
AIM = {0: STARTED, 1: "first pass: ", 2: "second pass: "}


def command(raw: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--out", str(out),
            "--no-word-repair", "--workers", "2"]  # the default runner: local worker processes


def start(raw: Path, out: Path, log: Path) -> subprocess.Popen:
    with open(log, "wb") as handle:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(command(raw, out), cwd=REPO, stdout=handle, stderr=subprocess.STDOUT,
                                start_new_session=True)


def run_to_end(raw: Path, out: Path) -> None:
    """Run uninterrupted, in this process (same code, no interpreter start-up)."""
    run(raw, out, word_repair=False)


def wait_for(process: subprocess.Popen, log: Path, marker: str = STARTED, timeout: float = 120) -> bool:
    """Wait until the run logs `marker`; False if it ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        if marker in text:
            return True
        if process.poll() is not None:
            assert process.returncode == 0, text
            return False
        time.sleep(0.01)
    pytest.fail(f"the run did not log {marker!r} in time")


def descendants(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def assert_gone(processes: list[psutil.Process], timeout: float = 20) -> None:
    """The killed command's worker processes exit on their own (none is left orphaned)."""
    deadline = time.monotonic() + timeout
    while (alive := [p for p in processes if running(p)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    for process in alive:
        process.kill()
    assert not alive, [p.pid for p in alive]


def running(process: psutil.Process) -> bool:
    """Exited processes whose new parent has not reaped them yet (zombies) count as gone."""
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def published(out: Path) -> tuple[list, list] | None:
    """The content of the published datasets, sorted; None when nothing is published."""
    if not (out / "articles").exists() and not (out / "rejects").exists():
        return None
    articles = ds.dataset(out / "articles", format="parquet", partitioning=YEAR).to_table(columns=ARTICLE_COLUMNS)
    rejects = ds.dataset(out / "rejects", format="parquet").to_table(columns=REJECT_COLUMNS)
    return (sorted(articles.to_pylist(), key=lambda r: r["doc_id"]),
            sorted(rejects.to_pylist(), key=lambda r: r["source_file"]))


def duckdb_view(out: Path) -> tuple[list, list]:
    articles = duckdb.sql(f"SELECT doc_id, title FROM read_parquet('{out}/articles/*/*.parquet') "
                          "ORDER BY doc_id").fetchall()
    rejects = duckdb.sql(f"SELECT source_file, reason FROM read_parquet('{out}/rejects/*.parquet') "
                         "ORDER BY source_file").fetchall()
    return articles, rejects


def assert_readable(out: Path, allowed: list) -> None:
    """What readers see now is one of the allowed states, and DuckDB sees the same as pyarrow."""
    state = published(out)
    assert state in allowed, "the published corpus is neither the state before nor the state after the run"
    if state is not None:
        articles, rejects = duckdb_view(out)
        assert articles == [(r["doc_id"], r["title"]) for r in state[0]]
        assert sorted(rejects) == sorted((r["source_file"], r["reason"]) for r in state[1])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, prefect_api_url):
    """Two raw folders (the first FIRST files, all FILES) and the corpora uninterrupted runs make of them."""
    assert os.environ.get("PREFECT_API_URL") == prefect_api_url  # inherited: no server per subprocess
    names = sorted(p.name for p in need(DEV_SMALL / "raw").glob("*.txt"))[:FILES]
    base = tmp_path_factory.mktemp("faults")
    for folder, count in [("raw-first", FIRST), ("raw-all", FILES)]:
        (base / folder).mkdir()
        for name in names[:count]:
            shutil.copy2(DEV_SMALL / "raw" / name, base / folder / name)
    run_to_end(base / "raw-first", base / "first")
    shutil.copytree(base / "first", base / "all", symlinks=True)
    run_to_end(base / "raw-all", base / "all")
    states = {name: published(base / name) for name in ("first", "all")}
    assert states["first"] and len(states["all"][0]) + len(states["all"][1]) == FILES
    return base, states


@pytest.mark.parametrize("seed", SEEDS)
def test_sigkill_at_a_random_point_then_rerun_gives_the_uninterrupted_result(corpus, seed, tmp_path):
    base, states = corpus
    out = tmp_path / "out"
    if seed == 0:  # nothing published yet: the kill must leave nothing, or the finished corpus
        raw, before, after = base / "raw-first", None, states["first"]
    else:  # an incremental run over a published corpus
        raw, before, after = base / "raw-all", states["first"], states["all"]
        shutil.copytree(base / "first", out, symlinks=True)
    log = tmp_path / "killed.log"
    process = start(raw, out, log)
    assert wait_for(process, log), "the run ended before its flow started"
    if wait_for(process, log, AIM[seed]):
        time.sleep(random.Random(seed).uniform(0, 1))
    helpers = descendants(process.pid)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)  # the command only: its worker processes must notice
    process.wait(timeout=60)
    assert_gone(helpers)

    assert_readable(out, [before, after])
    run_to_end(raw, out)
    assert published(out) == after
    assert_readable(out, [after])


def test_a_killed_command_leaves_no_temporary_api_or_workers_behind(tmp_path, prefect_api_url):
    """Without PREFECT_API_URL the command starts its own API; SIGKILL must not strand it."""
    raw = tmp_path / "raw"
    shutil.copytree(REPO / "raw", raw)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    log = tmp_path / "killed.log"
    with open(log, "wb") as handle:
        process = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--out",
                                    str(tmp_path / "out"), "--no-word-repair", "--workers", "2"],
                                   cwd=REPO, env=env, stdout=handle, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while STARTED not in log.read_text(errors="replace") and process.poll() is None:
        assert time.monotonic() < deadline, "the run did not start in time"
        time.sleep(0.05)
    helpers = descendants(process.pid)  # the API server, its watchdog, the forkserver and workers
    assert any("uvicorn" in " ".join(p.cmdline()) for p in helpers), "the command started no API of its own"
    assert any("flows.execution.watchdog" in " ".join(p.cmdline()) for p in helpers)
    process.kill()
    process.wait(timeout=60)
    assert_gone(helpers, timeout=30)


def test_a_run_that_fails_after_staging_leaves_no_staging_and_the_corpus_as_it_was(tmp_path, monkeypatch):
    """A failure between staging and publication (here injected into our own second pass, as a
    full disk would cause) must not keep the staged batches: they can be as large as the corpus."""
    import flows.flow

    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    run(raw, out, runner="thread", word_repair=False)
    before = ds.dataset(out / ".snapshots" / (out / ".snapshots" / "CURRENT").read_text().strip() / "articles")
    count = before.count_rows()
    (raw / "late.txt").write_text(" date 2024-06-01 A late story\n\nWith a body of its own.\n")
    staged_then: list[Path] = []

    def failing_second_pass(*args, **kwargs):
        staged_then.extend((out / ".staging").iterdir())
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(flows.flow, "_second_pass", failing_second_pass)
    with pytest.raises(OSError, match="No space left"):
        run(raw, out, runner="thread", word_repair=False)
    assert staged_then, "the fault must strike after the first pass staged its batches"
    assert not (out / ".staging").exists() or not any((out / ".staging").iterdir())
    current = out / ".snapshots" / (out / ".snapshots" / "CURRENT").read_text().strip()
    assert ds.dataset(current / "articles").count_rows() == count
