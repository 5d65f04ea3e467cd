"""Publication without Prefect: snapshots, the year folders, links, the commit point, recovery, pruning."""

from __future__ import annotations

import os
import shutil

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from publishing import assert_agree, publish_once
from support import REPO

from flows.output.report import corpus_stats
from flows.output.store import Store, StoreBusy


def table(out, name):
    return ds.dataset(out / name, format="parquet").to_table()


def snapshots(out):
    return sorted(p.name for p in (out / ".snapshots").iterdir() if p.is_dir())


def test_publication_switches_links_and_keeps_replaced_snapshots_for_the_grace_period(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    first = publish_once(raw, out)
    assert os.readlink(out / "articles") == f".snapshots/{first}/articles" and assert_agree(out) == first
    assert table(out, "articles").num_rows == 5 and table(out, "rejects").num_rows == 2
    second = publish_once(raw, out, full_refresh=True)
    third = publish_once(raw, out, full_refresh=True)
    # replaced minutes ago at most: a reader that resolved any of them may still be reading it
    assert first < second < third and snapshots(out) == [first, second, third]
    fourth = publish_once(raw, out, full_refresh=True, grace_seconds=0)
    # no grace: the published one and the last one it replaced, as before grace periods
    assert snapshots(out) == [third, fourth] and assert_agree(out) == fourth
    assert sorted(p.name for p in (out / ".snapshots").iterdir() if p.is_file()) == [f"{third}.retired", "CURRENT"]
    assert table(out, "articles").num_rows == 5


def test_year_folders_hold_an_int32_year_column_and_unchanged_ones_are_hard_links(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    publish_once(raw, out)
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["2023", "2024", "undated"]
    for path in (out / "articles").glob("*/*.parquet"):
        years = pq.read_table(path)["year"]
        assert years.type == pa.int32()
        assert set(years.to_pylist()) == ({None} if path.parent.name == "undated" else {int(path.parent.name)})
    (raw / "2024" / "09_late.txt").write_text(" date 2024-06-01 A late story\n\nWith a body of its own.\n")
    publish_once(raw, out)
    untouched = next((out / "articles" / "2023").glob("*.parquet"))
    assert untouched.stat().st_nlink == 2  # shared with the previous snapshot, not copied
    assert table(out, "articles").num_rows == 6


def hive_layout(snapshot):
    """Turn a snapshot into what earlier versions wrote: `year=<year>` folders, the year only in the path."""
    articles = snapshot / "articles"
    for folder in list(articles.iterdir()):
        hive = articles / f"year={'__HIVE_DEFAULT_PARTITION__' if folder.name == 'undated' else folder.name}"
        hive.mkdir()
        for path in folder.glob("*.parquet"):
            pq.write_table(pq.read_table(path).drop_columns(["year"]), hive / path.name)
        shutil.rmtree(folder)
    state = pq.read_table(snapshot / "state.parquet")
    state = state.drop_columns([c for c in ("discovery_reject",) if c in state.column_names]).set_column(
        state.schema.get_field_index("year"), "year", state["year"].cast(pa.int16()))
    pq.write_table(state, snapshot / "state.parquet")


def test_a_snapshot_in_the_hive_layout_is_read_and_carried_whole_into_the_year_folders(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    first = publish_once(raw, out)
    before = table(out, "articles").sort_by("doc_id")
    hive_layout(out / ".snapshots" / first)
    assert "2023" in corpus_stats(out) and "unknown" in corpus_stats(out)  # stats read the old layout too
    # one new article in 2024: the untouched 2023 and undated folders are rewritten too, once
    (raw / "2024" / "09_late.txt").write_text(" date 2024-06-01 A late story\n\nWith a body of its own.\n")
    publish_once(raw, out)
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["2023", "2024", "undated"]
    after = table(out, "articles").sort_by("doc_id")
    assert after.schema.field("year").type == pa.int32() and after.num_rows == before.num_rows + 1
    kept = after.filter(pc.is_in(after["doc_id"], before["doc_id"]))
    assert kept.select(["doc_id", "year", "body"]).equals(before.select(["doc_id", "year", "body"]))
    assert pc.all(pc.equal(after["year"], pc.year(after["date"]).cast(pa.int32()))).as_py()


def test_a_crash_between_commit_and_links_is_completed_by_recover(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    first = publish_once(raw, out)
    second = publish_once(raw, out, full_refresh=True)
    for name in ("articles", "rejects"):  # as if killed right after CURRENT moved
        (out / name).unlink()
        (out / name).symlink_to(f".snapshots/{first}/{name}")
    (out / "manifests" / f"{second}.json").unlink()  # and before the manifest was recorded
    Store(out).recover()
    assert os.readlink(out / "articles") == f".snapshots/{second}/articles" and assert_agree(out) == second


def test_a_crash_before_commit_leaves_the_published_corpus_alone(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    first = publish_once(raw, out)
    before = table(out, "articles").sort_by("doc_id")
    (out / ".snapshots" / "20991231T000000000000Z.partial" / "articles").mkdir(parents=True)  # half-built
    (out / ".snapshots" / "20991231T000000000001Z" / "articles").mkdir(parents=True)  # built, never committed
    (out / ".staging" / "x").mkdir(parents=True)
    store = Store(out)
    store.recover()
    assert store.current().name == first and table(out, "articles").sort_by("doc_id").equals(before)
    assert not (out / ".staging").exists() and snapshots(out) == [first] and assert_agree(out) == first


def test_lock_refuses_a_second_writer(tmp_path):
    with Store(tmp_path).locked():
        second = Store(tmp_path).locked()
        with pytest.raises(StoreBusy, match="is being written by pid"):
            second.__enter__()


def test_a_foreign_articles_folder_is_not_overwritten(tmp_path):
    (tmp_path / "articles").mkdir()
    with pytest.raises(RuntimeError, match="did not write"):
        Store(tmp_path).recover()
