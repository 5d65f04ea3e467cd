"""The output folder's own files and folders are never followed when they are links.

Each control file or folder in turn is replaced by a link to a folder (or file) outside
the output folder, which holds look-alike contents: a run-shaped snapshot, a CURRENT
naming it, a manifest. The run must refuse with a one-line message or not follow the
link; in every case nothing outside the output folder changes.
"""

from __future__ import annotations

import os
import shutil

import pytest
from publishing import assert_agree, publish_once, stage_run, tree
from support import REPO

from flows.output import mirror
from flows.output.reading import snapshot
from flows.output.store import Store, StoreUnsafe

FAKE_RUN = "20200101T000000000000Z"


@pytest.fixture
def setup(tmp_path):
    """(raw, out, outside): a published corpus, raw/ with a new input, and a look-alike folder outside."""
    raw, out, outside = tmp_path / "raw", tmp_path / "out", tmp_path / "outside"
    shutil.copytree(REPO / "raw", raw)
    publish_once(raw, out)
    (raw / "2024" / "09_late.txt").write_text(" date 2024-06-01 A late story\n\nWith a body of its own.\n")
    (outside / FAKE_RUN / "articles").mkdir(parents=True)
    (outside / FAKE_RUN / "articles" / "keep.parquet").write_bytes(b"precious")
    (outside / "CURRENT").write_text(FAKE_RUN + "\n")
    (outside / "precious.txt").write_text("not news-corpus's to touch")
    return raw, out, outside


def replace_with_link(path, target):
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif os.path.lexists(path):
        path.unlink()
    path.symlink_to(target)


def run(raw, out):
    """One whole run on `out`, as the flow makes it: lock, recover, stage, publish."""
    store = Store(out)
    with store.locked():
        store.recover()
        staged = stage_run(raw, store)
        staged.publish(store)
        store.discard_staging(staged.run_id)


@pytest.mark.parametrize("name", [".snapshots", ".staging", "manifests", "models"])
def test_a_control_folder_that_is_a_link_stops_the_run(setup, name):
    raw, out, outside = setup
    replace_with_link(out / name, outside)
    before = tree(outside)
    with pytest.raises(StoreUnsafe, match=f"{name} is a link") as refused:
        run(raw, out)
    assert "\n" not in str(refused.value)
    assert tree(outside) == before


def test_a_current_that_is_a_link_is_refused(setup):
    raw, out, outside = setup
    shutil.copytree(out / ".snapshots" / assert_agree(out), outside / "20200101T000000000001Z")
    (outside / "CURRENT").write_text("20200101T000000000001Z\n")
    replace_with_link(out / ".snapshots" / "CURRENT", outside / "CURRENT")
    before = tree(outside)
    with pytest.raises(StoreUnsafe, match="CURRENT cannot be opened safely"):
        run(raw, out)
    assert tree(outside) == before


@pytest.mark.parametrize("content", ["../../outside/" + FAKE_RUN, "/etc", FAKE_RUN, "", "x" * 200])
def test_current_must_name_a_run_shaped_folder_directly_under_snapshots(setup, content):
    raw, out, outside = setup
    if content == FAKE_RUN:  # run-shaped, but a link to a folder outside
        (out / ".snapshots" / FAKE_RUN).symlink_to(outside / FAKE_RUN)
    (out / ".snapshots" / "CURRENT").write_text(content + "\n")
    before = tree(outside)
    with pytest.raises(StoreUnsafe, match="does not name a snapshot|not a snapshot folder"):
        run(raw, out)
    assert tree(outside) == before


def test_a_lock_that_is_a_link_is_refused(setup):
    raw, out, outside = setup
    replace_with_link(out / ".lock", outside / "precious.txt")
    before = tree(outside)
    with pytest.raises(StoreUnsafe, match="cannot be opened safely"):
        run(raw, out)
    assert tree(outside) == before


def test_links_planted_for_the_next_commit_are_replaced_not_followed(setup):
    """CURRENT.tmp and the manifest's temporary file planted as links after the run checked the folder."""
    raw, out, outside = setup
    store = Store(out)
    with store.locked():
        store.recover()
        staged = stage_run(raw, store)
        (out / ".snapshots" / "CURRENT.tmp").symlink_to(outside / "CURRENT")
        (out / ".snapshots" / f"{FAKE_RUN}.retired").symlink_to(outside / "precious.txt")
        (out / "manifests" / f"{staged.run_id}.json.partial").symlink_to(outside / "precious.txt")
        before = tree(outside)
        staged.publish(store)
    assert tree(outside) == before and assert_agree(out) == staged.run_id
    assert not os.path.lexists(out / ".snapshots" / f"{FAKE_RUN}.retired")


def test_a_snapshot_folder_that_is_a_link_is_unlinked_never_emptied(setup):
    raw, out, outside = setup
    (out / ".snapshots" / FAKE_RUN).symlink_to(outside / FAKE_RUN)  # looks like an old snapshot to prune
    before = tree(outside)
    run(raw, out)
    assert tree(outside) == before and not os.path.lexists(out / ".snapshots" / FAKE_RUN)


def test_a_published_current_naming_a_path_is_refused_before_the_working_copy_is_touched(setup):
    """An object store's CURRENT is read by every machine that pulls: it must name a run, never a path."""
    raw, out, outside = setup
    bucket = outside.parent / "bucket"
    bucket.mkdir()
    (bucket / "CURRENT").write_text("../../outside/" + FAKE_RUN + "\n")
    before = tree(outside)
    with pytest.raises(StoreUnsafe, match="does not name a snapshot"):
        mirror.pull(Store(out), f"file://{bucket}")
    with pytest.raises(StoreUnsafe, match="does not name a snapshot"):
        snapshot(f"file://{bucket}")
    assert tree(outside) == before


@pytest.mark.slow
def test_the_real_flow_stops_with_one_line_when_staging_is_a_link(setup, prefect_api_url):
    from support import run as run_flow

    raw, out, outside = setup
    published = (out / ".snapshots" / "CURRENT").read_text()
    replace_with_link(out / ".staging", outside)
    before = tree(outside)
    with pytest.raises(StoreUnsafe, match=r"\.staging is a link") as refused:
        run_flow(raw, out, runner="thread", word_repair=False)
    assert "\n" not in str(refused.value) and tree(outside) == before
    assert (out / ".snapshots" / "CURRENT").read_text() == published
