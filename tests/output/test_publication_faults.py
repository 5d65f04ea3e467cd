"""Publication that fails, is retried, or is abandoned: CURRENT, the links and the manifest always agree.

Each fault is real: a folder where the manifest file must go, a file where the manifests
folder must go, a staged file that is not Parquet. The retry is what Prefect does when
the publish task fails: the same call again, with the same run id and files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from publishing import assert_agree, publish_once, stage_run
from support import REPO

from flows.output.store import Store, StoreUnsafe

NEW_STORY = " date 2024-06-01 A late story\n\nWith a body of its own.\n"
CHANGED_STORY = " date 2023-09-09 Vendimia\n\nThe harvest began a week early this year.\n"


def articles(out: Path):
    return ds.dataset(out / "articles", format="parquet").to_table()


def inodes(snapshot: Path) -> dict[str, int]:
    return {str(p.relative_to(snapshot)): p.stat().st_ino for p in snapshot.rglob("*") if p.is_file()}


@pytest.fixture
def published(tmp_path):
    """A published corpus, and raw/ with one new and one changed input since: (raw, out, first run id)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    first = publish_once(raw, out)
    (raw / "2024" / "09_late.txt").write_text(NEW_STORY)
    (raw / "04_vendimia_rioja.txt").write_text(CHANGED_STORY)
    return raw, out, first


def assert_one_row_per_input(out: Path, raw: Path) -> None:
    ids = articles(out)["doc_id"].to_pylist() + ds.dataset(out / "rejects").to_table()["doc_id"].to_pylist()
    assert len(ids) == len(set(ids)) == sum(1 for p in raw.rglob("*.txt"))


def test_a_publish_that_fails_after_its_commit_rolls_back_and_its_retry_builds_nothing_again(published):
    raw, out, first = published
    store = Store(out)
    with store.locked():
        store.recover()
        staged = stage_run(raw, store)
        blocker = out / "manifests" / f"{staged.run_id}.json"
        blocker.mkdir()  # the manifest cannot be written: the last step after the commit fails
        with pytest.raises(OSError) as failure:
            staged.publish(store)
        assert any("rolled back" in note for note in failure.value.__notes__)
        assert assert_agree(out) == first  # CURRENT, links and manifest as before the run
        built = out / ".snapshots" / staged.run_id
        before = inodes(built)
        blocker.rmdir()
        staged.publish(store)  # Prefect's retry
    assert assert_agree(out) == staged.run_id
    assert inodes(built) == before  # the snapshot built once is the one published: nothing rebuilt
    assert_one_row_per_input(out, raw)


def test_a_publish_retried_after_its_own_commit_only_finishes_the_links_and_manifest(published):
    raw, out, first = published
    store = Store(out)
    with store.locked():
        store.recover()
        staged = stage_run(raw, store)
        snapshot = staged.publish(store)
        # what a failure right after the commit leaves (links and manifest not done yet)
        for name in ("articles", "rejects"):
            (out / name).unlink()
            (out / name).symlink_to(f".snapshots/{first}/{name}")
        (out / "manifests" / f"{staged.run_id}.json").unlink()
        before = inodes(snapshot)
        assert staged.publish(store) == snapshot  # the retry: no SameFileError, no second build
    assert inodes(snapshot) == before and assert_agree(out) == staged.run_id
    assert_one_row_per_input(out, raw)  # not every row twice over


def test_a_file_where_the_manifests_folder_belongs_is_refused_before_anything_is_built(published):
    raw, out, first = published
    store = Store(out)
    with store.locked():
        store.recover()
        staged = stage_run(raw, store)
        shutil.rmtree(out / "manifests")
        (out / "manifests").write_text("not a folder")
        with pytest.raises(StoreUnsafe, match="manifests is not a folder"):
            staged.publish(store)
        assert (out / ".snapshots" / "CURRENT").read_text().strip() == first
        assert not (out / ".snapshots" / staged.run_id).exists()
        (out / "manifests").unlink()
        staged.publish(store)
    assert assert_agree(out) == staged.run_id
    assert_one_row_per_input(out, raw)


def test_abandon_frees_what_a_failed_run_staged_and_built(published):
    raw, out, first = published
    store = Store(out, grace_seconds=0)
    with store.locked():
        store.recover()
        staged = stage_run(raw, store)
        staged.articles[0].write_bytes(b"not parquet")  # the build fails half-way
        with pytest.raises(Exception, match="Parquet"):
            staged.publish(store)
        assert (out / ".staging" / staged.run_id).is_dir()
        assert (out / ".snapshots" / f"{staged.run_id}.partial").is_dir()
        assert store.abandon(staged.run_id) == []
    assert not (out / ".staging" / staged.run_id).exists()
    assert sorted(p.name for p in (out / ".snapshots").iterdir()) == [first, "CURRENT"]
    assert assert_agree(out) == first


def test_abandon_drops_a_snapshot_built_but_never_published_and_keeps_one_rolled_back(published):
    raw, out, first = published
    store = Store(out)
    with store.locked():
        store.recover()
        staged = stage_run(raw, store)
        (out / "manifests" / f"{staged.run_id}.json").mkdir()
        with pytest.raises(OSError):
            staged.publish(store)
        # CURRENT named it for a moment, so a reader may have resolved it: kept for the grace period
        assert store.abandon() == [] and (out / ".snapshots" / staged.run_id).is_dir()
        assert not (out / ".staging").exists() and assert_agree(out) == first
        shutil.copytree(out / ".snapshots" / first, out / ".snapshots" / "20990101T000000000000Z")
        assert store.abandon() == []  # built, never named by CURRENT: nobody can be reading it
    assert not (out / ".snapshots" / "20990101T000000000000Z").exists()


def test_abandon_never_raises_but_says_what_it_could_not_do(published):
    raw, out, first = published
    store = Store(out)
    shutil.rmtree(out / ".staging")
    (out / ".staging").symlink_to(raw)
    problems = store.abandon("20990101T000000000000Z")
    assert len(problems) == 1 and "is a link" in problems[0]
    assert (raw / "2024").is_dir() and assert_agree(out) == first


def test_a_first_publication_that_fails_after_its_commit_leaves_nothing_published(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    store = Store(out)
    with store.locked():
        store.recover()
        staged = stage_run(raw, store)
        (out / "manifests" / f"{staged.run_id}.json").mkdir(parents=True)
        with pytest.raises(OSError):
            staged.publish(store)
        assert assert_agree(out) is None  # no CURRENT, no links: as before the run
        assert store.abandon(staged.run_id) == [] and not (out / ".staging" / staged.run_id).exists()
