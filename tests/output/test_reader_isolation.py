"""Readers that resolve CURRENT once read one complete snapshot, while runs publish back to back.

A real DuckDB reader (the documented SQL) and a real pyarrow reader (the documented
helper) query in a loop on their own thread while this thread publishes one run after
another: full refreshes, which rewrite every file under new names, and incremental
runs, each adding one article. The publisher waits for a query to finish after each
publication before the next (so that queries and publications interleave however the
scheduler runs them, without a timer); every query must succeed and return the count
of the snapshot it resolved.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
from publishing import publish_once
from support import REPO

from flows.output.reading import snapshot

PUBLICATIONS = 8
RESOLVE = ("SET VARIABLE corpus = '{out}/.snapshots/' "
           "|| trim((SELECT content FROM read_text('{out}/.snapshots/CURRENT')), chr(10))")
COUNT = "SELECT getvariable('corpus'), count(*) FROM read_parquet(getvariable('corpus') || '/articles/*/*.parquet')"


def story(n: int) -> str:
    return f" date 2024-03-{n % 28 + 1:02d} Story number {n}\n\nThe body of story number {n}, told once.\n"


class Reader(threading.Thread):
    """Counts the articles of the published snapshot again and again, each query on the snapshot it resolved."""

    def __init__(self, out: Path) -> None:
        super().__init__(daemon=True)
        self.out, self.stop = out, threading.Event()
        self.seen: list[tuple[str, str, int]] = []  # (reader, snapshot, count)
        self.errors: list[str] = []
        self.done = threading.Condition()

    def run(self) -> None:
        con = duckdb.connect()
        while not self.stop.is_set():
            try:
                con.execute(RESOLVE.format(out=self.out))
                folder, count = con.execute(COUNT).fetchone()
                self._saw("duckdb", Path(folder).name, count)
                corpus = snapshot(self.out)
                self._saw("pyarrow", corpus.name, ds.dataset(corpus / "articles", format="parquet").count_rows())
            except Exception as error:  # noqa: BLE001 - every failure is a finding
                self.errors.append(f"{type(error).__name__}: {error}")
                self._saw(None, None, None)

    def _saw(self, reader, name, count) -> None:
        with self.done:
            if reader is not None:
                self.seen.append((reader, name, count))
            self.done.notify_all()

    def wait_for_queries(self, after: int) -> None:
        with self.done:
            self.done.wait_for(lambda: len(self.seen) + len(self.errors) > after or not self.is_alive())


def test_a_reader_that_resolves_current_never_fails_nor_mixes_snapshots(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    published = {}
    first = publish_once(raw, out)
    published[first] = ds.dataset(out / ".snapshots" / first / "articles", format="parquet").count_rows()
    reader = Reader(out)
    reader.start()
    try:
        for n in range(PUBLICATIONS):
            reader.wait_for_queries(len(reader.seen) + len(reader.errors))
            if n % 2:
                (raw / "2024" / f"story-{n}.txt").write_text(story(n))
            run_id = publish_once(raw, out, full_refresh=n % 2 == 0)
            published[run_id] = ds.dataset(out / ".snapshots" / run_id / "articles", format="parquet").count_rows()
        reader.wait_for_queries(len(reader.seen) + len(reader.errors))
    finally:
        reader.stop.set()
        reader.join()
    assert reader.errors == []
    assert len(reader.seen) >= 2 * PUBLICATIONS and {name for _, name, _ in reader.seen} - set(published) == set()
    assert all(count == published[name] for _, name, count in reader.seen), reader.seen
    assert len(set(published.values())) == 1 + PUBLICATIONS // 2  # counts tell the snapshots apart


def test_a_snapshot_resolved_before_several_publications_is_still_there_to_read(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    publish_once(raw, out)
    resolved = snapshot(out)
    count = ds.dataset(resolved / "articles", format="parquet").count_rows()
    for n in range(3):  # three newer snapshots, each rewriting every file
        (raw / "2024" / f"story-{n}.txt").write_text(story(n))
        publish_once(raw, out, full_refresh=True)
    assert ds.dataset(resolved / "articles", format="parquet").count_rows() == count
    # what the grace period protects: without it, the snapshot goes once two newer ones are published
    publish_once(raw, out, full_refresh=True, grace_seconds=0)
    assert not resolved.exists()
