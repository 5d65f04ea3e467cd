"""Publication without Prefect: snapshots, links, the commit point, recovery, pruning."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime

import pyarrow.dataset as ds
import pytest
from support import REPO

from flows import passes, planning
from flows.corpus import duplicates
from flows.output.store import Store, StoreBusy
from flows.settings import Settings
from flows.workspace import Workspace

SETTINGS = Settings(word_repair=False)


def publish_once(raw, out, full_refresh=False):
    """Every unit of a run, called in order in this process, without Prefect."""
    store = Store(out)
    with store.locked():
        store.recover()
        now = datetime.now(UTC)
        run_id, state = planning.new_run_id(now), store.state()
        plan = planning.plan_run(raw, state, full_refresh)
        workspace = Workspace(store.staging(run_id))
        reports = [passes.stage_batch(raw, chunk, workspace, i, run_id, SETTINGS)
                   for i, chunk in enumerate(planning.batches(plan.todo, 1))]
        duplicates.link(state, plan.replaced, workspace.files(workspace.signatures), workspace.links, SETTINGS)
        for report in reports:
            passes.finish_batch(workspace, report.batch, store.models, SETTINGS, run_id, now)
        final = {kind: workspace.files(workspace.final, kind) for kind in ("articles", "rejects", "state")}
        store.publish(run_id, final["articles"], final["rejects"], final["state"], plan.replaced, {"run_id": run_id})
        return run_id


def table(out, name):
    return ds.dataset(out / name, format="parquet", partitioning="hive").to_table()


def test_publication_switches_links_and_keeps_one_previous_snapshot(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    first = publish_once(raw, out)
    assert os.readlink(out / "articles") == f".snapshots/{first}/articles"
    assert table(out, "articles").num_rows == 5 and table(out, "rejects").num_rows == 2
    second = publish_once(raw, out, full_refresh=True)
    third = publish_once(raw, out, full_refresh=True)
    snapshots = sorted(p.name for p in (out / ".snapshots").iterdir() if p.is_dir())
    assert first < second < third and snapshots == [second, third]
    assert table(out, "articles").num_rows == 5


def test_unchanged_partitions_are_hard_links(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    publish_once(raw, out)
    (raw / "2024" / "09_late.txt").write_text(" date 2024-06-01 A late story\n\nWith a body of its own.\n")
    publish_once(raw, out)
    untouched = next((out / "articles" / "year=2023").glob("*.parquet"))
    assert untouched.stat().st_nlink == 2  # shared with the previous snapshot, not copied
    assert table(out, "articles").num_rows == 6


def test_a_crash_between_commit_and_links_is_completed_by_recover(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    first = publish_once(raw, out)
    second = publish_once(raw, out, full_refresh=True)
    for name in ("articles", "rejects"):  # as if killed right after CURRENT moved
        (out / name).unlink()
        (out / name).symlink_to(f".snapshots/{first}/{name}")
    Store(out).recover()
    assert os.readlink(out / "articles") == f".snapshots/{second}/articles"


def test_a_crash_before_commit_leaves_the_published_corpus_alone(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    first = publish_once(raw, out)
    before = table(out, "articles").sort_by("doc_id")
    (out / ".snapshots" / "20991231T000000000000Z.partial" / "articles").mkdir(parents=True)  # half-built
    (out / ".staging" / "x").mkdir(parents=True)
    store = Store(out)
    store.recover()
    assert store.current().name == first and table(out, "articles").sort_by("doc_id").equals(before)
    assert not (out / ".staging").exists()
    assert not (out / ".snapshots" / "20991231T000000000000Z.partial").exists()


def test_lock_refuses_a_second_writer(tmp_path):
    with Store(tmp_path).locked():
        second = Store(tmp_path).locked()
        with pytest.raises(StoreBusy, match="is being written by pid"):
            second.__enter__()


def test_a_foreign_articles_folder_is_not_overwritten(tmp_path):
    (tmp_path / "articles").mkdir()
    with pytest.raises(RuntimeError, match="did not write"):
        Store(tmp_path).recover()
