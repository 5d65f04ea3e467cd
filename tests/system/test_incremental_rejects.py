"""Incremental runs over pipes, links and touched files: planning reads the way the read step reads.

Real FIFOs, real symbolic links, a real sparse 3 GB file, and the real flow on the test
session's Prefect API. Planning runs on a thread of its own where a test must show that
it does not block: the join's timeout only keeps a regression from hanging the suite.
"""

from __future__ import annotations

import os
import resource
import shutil
import threading
from pathlib import Path

import pytest
from support import REPO, rejects
from support import run as run_flow

from flows import planning
from flows.output.store import Store
from flows.settings import Settings
from flows.stages.discover import REJECT_HEAD_BYTES, Source

pytestmark = pytest.mark.slow

HUGE_BYTES = 3 * 1024**3  # a file far over the default size limit (64 MiB); sparse, so it costs no disk
STUCK_SECONDS = 120  # far beyond any planning here: only a blocked open or read gets there


def run(raw: Path, out: Path) -> dict:
    return run_flow(raw, out, runner="thread", word_repair=False)


def plan(raw: Path, out: Path) -> planning.Plan:
    """The next run's plan, made on a thread; fails rather than hangs when planning blocks."""
    made = {}
    thread = threading.Thread(target=lambda: made.update(plan=planning.plan_run(raw, Store(out).state(), False)),
                              daemon=True)
    thread.start()
    thread.join(STUCK_SECONDS)
    assert not thread.is_alive(), "planning blocked (a pipe opened or read?)"
    return made["plan"]


def published(out: Path) -> str:
    return (out / ".snapshots" / "CURRENT").read_text().strip()


def hostile_raw(tmp_path: Path) -> tuple[Path, Path]:
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    shutil.copytree(REPO / "raw", raw)
    outside.mkdir()
    (outside / "a.txt").write_text("Outside\n\nnever read")
    (outside / "b.txt").write_text("Elsewhere outside\n\nnever read either")
    (raw / "pipes").mkdir()
    os.mkfifo(raw / "pipes" / "fifo")  # not a .txt: discovered only through the link below
    os.mkfifo(raw / "pipe.txt")
    (raw / "link-to-pipe.txt").symlink_to(raw / "pipes" / "fifo")
    (raw / "broken.txt").symlink_to(raw / "pipes" / "missing")
    (raw / "outside.txt").symlink_to(outside / "a.txt")
    (raw / "alias").symlink_to(raw / "2024")
    return raw, outside


def test_inputs_rejected_as_found_are_unchanged_while_found_the_same_way(prefect_api_url, tmp_path):
    raw, outside = hostile_raw(tmp_path)
    out = tmp_path / "out"
    first = run(raw, out)
    reasons = {r["source_file"]: r["reason"] for r in rejects(out).to_pylist()}
    assert {k: reasons[k] for k in ("pipe.txt", "link-to-pipe.txt", "broken.txt", "outside.txt", "alias")} == {
        "pipe.txt": "unreadable", "link-to-pipe.txt": "unreadable", "broken.txt": "link_broken",
        "outside.txt": "link_outside", "alias": "link_loop"}
    files = first["files_processed"]

    again = plan(raw, out)  # the link to a pipe is never opened, so nothing blocks
    assert (again.unchanged, len(again.todo)) == (files, 0)
    snapshot = published(out)
    second = run(raw, out)
    assert second["inputs"]["to_process"] == 0 and second["inputs"]["unchanged_skipped"] == files
    assert published(out) == snapshot  # nothing new: no new snapshot

    (raw / "pipes" / "missing").write_text(" date 2024-02-02 Mended\n\nThe link leads to a story now.\n")
    (raw / "outside.txt").unlink()
    (raw / "outside.txt").symlink_to(outside / "b.txt")  # still outside, but another target
    third = run(raw, out)
    assert (third["inputs"]["changed"], third["inputs"]["new"], third["articles"]) == (2, 0, 1)
    detail = {r["source_file"]: r["detail"] for r in rejects(out).to_pylist()}
    assert "b.txt" in detail["outside.txt"] and "broken.txt" not in detail
    assert published(out) != snapshot


def test_a_touched_file_is_hashed_and_a_touched_file_over_the_limit_is_never_read(prefect_api_url, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    with open(raw / "huge.txt", "wb") as handle:
        handle.write(b"Huge headline\n\n")
        handle.truncate(HUGE_BYTES)
    first = run(raw, out)
    assert {r["source_file"]: r["reason"] for r in rejects(out).to_pylist()}["huge.txt"] == "too_large"

    later = os.stat(raw / "huge.txt").st_mtime_ns + 5 * 10**9
    for path in raw.rglob("*.txt"):
        os.utime(path, ns=(later, later))  # touched: same size and bytes, another mtime
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    again = plan(raw, out)
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - peak
    assert [s.source_file for s in again.todo] == ["huge.txt"]  # the others hashed: unchanged
    assert again.unchanged == first["files_processed"] - 1
    assert grown < Settings.max_bytes * 2, f"planning grew the process by {grown:,} bytes"  # not 3 GB

    second = run(raw, out)
    huge = next(r for r in rejects(out).to_pylist() if r["source_file"] == "huge.txt")
    assert second["inputs"]["changed"] == 1 and huge["reason"] == "too_large"
    assert huge["data"] == (b"Huge headline\n\n" + bytes(REJECT_HEAD_BYTES))[:REJECT_HEAD_BYTES]


def test_a_path_that_became_a_link_to_a_pipe_after_discovery_is_changed_not_waited_on(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    os.mkfifo(raw / "fifo")
    (raw / "late.txt").symlink_to(raw / "fifo")
    before = {"source_size": 0, "source_mtime_ns": 1, "content_sha256": "0" * 64, "discovery_reject": None}
    outcome = []
    thread = threading.Thread(target=lambda: outcome.append(
        planning._unchanged(raw, Source("late.txt"), before, Settings.max_bytes)), daemon=True)
    thread.start()
    thread.join(STUCK_SECONDS)
    assert outcome == [False]
