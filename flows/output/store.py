"""The output folder: published snapshots, the run lock, incremental state, atomic publication.

Layout of `processed/`:
  articles -> .snapshots/<run_id>/articles   what readers read (a symlink)
  rejects  -> .snapshots/<run_id>/rejects
  .snapshots/<run_id>/{articles/, rejects/, state.parquet, manifest.json,
                      sentences/}           (current and previous; sentences: flows/corpus/repeated.py)
  .snapshots/CURRENT                          name of the published snapshot: the commit point
  .staging/<run_id>/                          a run's work in progress, never read by users
  manifests/<run_id>.json                     one report per run, kept as history
  models/                                     fitted word models
  .lock                                       held by the one run writing here

Why snapshots and symlinks rather than a table format: readers (DuckDB, polars,
pandas, Spark, the scorer) read plain Hive-partitioned Parquet folders and need
no transaction log to know which files count. A run builds its snapshot aside
(unchanged partitions are hard links, so that costs no copy), writes CURRENT
with an atomic rename, then swaps each symlink with an atomic rename. A run
killed before CURRENT moves leaves the published snapshot untouched; one killed
between CURRENT and the symlinks is completed by the next run's `recover`.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.output.schema import ARTICLES_SCHEMA, COMPRESSION, REJECTS_SCHEMA, ROW_GROUP_ROWS, STATE_SCHEMA

DATASETS = ("articles", "rejects")
# Per-article rows the corpus-wide phases count, kept with each snapshot so that a run reads
# the published ones instead of the published bodies: sentence hashes (flows/corpus/repeated.py),
# examples of headlines (flows/corpus/layout.py), short-line hashes (flows/corpus/boilerplate.py).
INDEXES = ("sentences", "leads", "lines")
# A partition's rows are flushed as a row group once this many are buffered:
# memory stays bounded (a few MB of text per open partition) however large the
# corpus, and groups stay large enough for readers.
MIN_ROWS_PER_GROUP = ROW_GROUP_ROWS // 4


class StoreBusy(RuntimeError):
    """Another run holds the output folder."""


# Output folders whose lock this process holds for all its code (Store.locked, shared=True).
_SHARED: set[str] = set()


def _open_lock(path: Path):
    """The lock file, opened without following a link: a link planted there must not lead our
    writes to a file outside the folder."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as error:
        raise StoreUnsafe(f"{path} cannot be opened safely (is it a link?): {error.strerror}") from None
    return os.fdopen(fd, "r+")


class StoreUnsafe(RuntimeError):
    """A control file or folder of the output folder is not what news-corpus wrote (a link, say)."""


class Store:
    """One output folder and the operations a run performs on it."""

    def __init__(self, out: Path) -> None:
        self.out = Path(out)
        self.snapshots = self.out / ".snapshots"
        self.staging_root = self.out / ".staging"
        self.manifests = self.out / "manifests"
        self.models = self.out / "models"

    # -- locking and recovery -------------------------------------------------
    @contextmanager
    def locked(self, wait: bool = False, poll_seconds: float = 1.0, on_wait: Callable[[str], None] | None = None,
               shared: bool = False) -> Iterator[None]:
        """Hold the folder's lock for a run; a second run waits or fails with a clear message.

        `shared`: the lock is taken for this whole process, and later `locked()` calls
        in it enter too: the command takes the lock before Prefect starts (so that a
        busy folder is said at once), and the flow it runs in the same process enters it.
        """
        key = str(self.out.resolve())
        if key in _SHARED:
            yield
            return
        self.out.mkdir(parents=True, exist_ok=True)
        with _open_lock(self.out / ".lock") as handle:
            self._acquire(handle, wait, poll_seconds, on_wait)
            if shared:
                _SHARED.add(key)
            try:
                yield
            finally:
                _SHARED.discard(key)
                handle.seek(0)
                handle.truncate()
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _acquire(self, handle, wait: bool, poll_seconds: float, on_wait: Callable[[str], None] | None) -> None:
        said = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                if not wait:
                    raise StoreBusy(f"{self.out} is being written by {holder}; "
                                    "wait for it to finish (or pass --wait)") from None
                if on_wait is not None and not said:
                    on_wait(holder)
                    said = True
                time.sleep(poll_seconds)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        handle.flush()

    def current(self) -> Path | None:
        marker = self.snapshots / "CURRENT"
        if not marker.exists():
            return None
        return self.snapshots / marker.read_text().strip()

    def recover(self) -> None:
        """Make the folder consistent after any crash: links match CURRENT, leftovers go."""
        self._refuse_foreign_datasets()
        current = self.current()
        if current is not None:
            self._point_links(current)
        shutil.rmtree(self.staging_root, ignore_errors=True)
        self._prune_snapshots()

    def _prune_snapshots(self) -> None:
        """Drop unfinished and old snapshots, keeping the current one and the one before it.

        A reader that listed the previous snapshot's files just before the switch
        can still open them: they stay until the next publication.
        """
        if not self.snapshots.exists():
            return
        current = self.current()
        finished = sorted(e for e in self.snapshots.iterdir() if e.is_dir() and not e.name.endswith(".partial"))
        keep = {current} | ({max((e for e in finished if current and e.name < current.name), default=None)})
        for entry in self.snapshots.iterdir():
            if entry.is_dir() and entry not in keep:
                shutil.rmtree(entry, ignore_errors=True)

    def _refuse_foreign_datasets(self) -> None:
        for name in DATASETS:
            path = self.out / name
            if path.exists() and not path.is_symlink():
                raise RuntimeError(f"{path} is a folder news-corpus did not write; move it away first")

    def _point_links(self, snapshot: Path) -> None:
        for name in DATASETS:
            link, target = self.out / name, os.path.relpath(snapshot / name, self.out)
            if link.is_symlink() and os.readlink(link) == target:
                continue
            temporary = self.out / f".{name}.link"
            temporary.unlink(missing_ok=True)
            temporary.symlink_to(target, target_is_directory=True)
            os.replace(temporary, link)  # atomic: readers see the old or the new, never none

    # -- reading what is published --------------------------------------------
    def state(self) -> pa.Table:
        current = self.current()
        if current is None or not (current / "state.parquet").exists():
            return STATE_SCHEMA.empty_table()
        return _read(current / "state.parquet", STATE_SCHEMA)

    def article_texts(self) -> Iterator[pa.Table]:
        """(doc_id, language, body before word repair) of every published article, file by file."""
        current = self.current()
        for path in sorted((current / "articles").glob("year=*/*.parquet")) if current else []:
            table = pq.read_table(path, columns=["doc_id", "language", "body", "body_before_words"])
            body = pc.coalesce(table["body_before_words"], table["body"])
            yield pa.table({"doc_id": table["doc_id"], "language": table["language"], "body": body})

    def staging(self, run_id: str) -> Path:
        path = self.staging_root / run_id
        path.mkdir(parents=True, exist_ok=True)
        return path

    def discard_staging(self, run_id: str) -> None:
        """A run's work in progress, once published (its files are linked into the snapshot)."""
        shutil.rmtree(self.staging_root / run_id, ignore_errors=True)

    # -- publication -----------------------------------------------------------
    def publish(self, run_id: str, new_articles: list[Path], new_rejects: list[Path], new_state: list[Path],
                replaced: set[str], manifest: dict, indexes: dict[str, Path] | None = None) -> Path:
        """Build the next snapshot from the current one plus this run's files, then switch to it.

        `replaced` holds the doc_ids whose earlier rows this run supersedes
        (changed inputs, or everything on a full refresh). `indexes`: this run's
        files of the corpus indexes it made (INDEXES), by name.
        """
        current = self.current()
        building = self.snapshots / f"{run_id}.partial"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        self._write_articles(current, building / "articles", new_articles, replaced, run_id)
        self._write_rejects(current, building / "rejects", new_rejects, replaced, run_id)
        self._write_state(current, building / "state.parquet", new_state, replaced)
        for name in INDEXES:
            self._write_index(current, building / name, (indexes or {}).get(name), replaced)
        (building / "manifest.json").write_text(json.dumps(manifest, indent=1, default=str))
        snapshot = self.snapshots / run_id
        os.replace(building, snapshot)
        self._commit(snapshot)
        self.record(run_id, manifest)
        self._prune_snapshots()
        return snapshot

    def adopt(self, snapshot: Path) -> None:
        """Publish a complete snapshot that arrived from elsewhere (pulled from an object store)."""
        self._commit(snapshot)
        self._prune_snapshots()

    def record(self, run_id: str, manifest: dict) -> None:
        """Keep the run's manifest in the history (also for runs that had nothing to do)."""
        self.manifests.mkdir(parents=True, exist_ok=True)
        partial = self.manifests / f"{run_id}.json.partial"
        partial.write_text(json.dumps(manifest, indent=1, default=str))
        partial.replace(self.manifests / f"{run_id}.json")

    def _commit(self, snapshot: Path) -> None:
        marker = self.snapshots / "CURRENT"
        temporary = self.snapshots / "CURRENT.tmp"
        temporary.write_text(snapshot.name + "\n")
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, marker)  # the commit point
        self._point_links(snapshot)

    def _write_articles(self, current: Path | None, target: Path, new: list[Path], replaced: set[str],
                        run_id: str) -> None:
        touched = _years_of(new) | self._replaced_years(replaced)
        old_files = _partition_files(current / "articles") if current else {}
        for year, files in old_files.items():
            if year not in touched:
                for path in files:
                    _link(path, target / path.relative_to(current / "articles"))
        kept_old = [p for year, files in old_files.items() if year in touched for p in files]
        # chained generators, not a list: one file's table in memory at a time
        batches = _stream(chain((_filtered(p, replaced, ARTICLES_SCHEMA) for p in kept_old),
                                (_read(p, ARTICLES_SCHEMA) for p in new)), ARTICLES_SCHEMA)
        _write_dataset(batches, ARTICLES_SCHEMA, target, run_id, partitioned=True)

    def _write_index(self, current: Path | None, target: Path, new: Path | None, replaced: set[str]) -> None:
        """One corpus index: the published rows less replaced articles, plus this run's.

        A run that made none (sentence hashes, with word repair off) leaves the snapshot
        without it, rather than with an index that misses its articles; the next run that
        needs it rebuilds it from the published bodies once (flows/corpus/repeated.py),
        and then it holds everything, so nothing is carried over from before. Files of an
        older format (a `doc` column) are rebuilt the same way and dropped here.
        """
        if new is None or not new.is_dir():
            return
        earlier = current / target.name if current is not None else None
        if earlier is not None and earlier.is_dir():
            for path in sorted(earlier.glob("*.parquet")):
                if "doc_id" not in pq.read_schema(path).names:
                    continue
                if replaced:
                    table = pq.read_table(path)
                    keep = pc.invert(pc.is_in(table["doc_id"], pa.array(sorted(replaced), pa.string())))
                    target.mkdir(parents=True, exist_ok=True)
                    pq.write_table(table.filter(keep), target / path.name, compression=COMPRESSION)
                else:
                    _link(path, target / path.name)
        for path in sorted(new.glob("*.parquet")):
            _link(path, target / path.name)

    def _replaced_years(self, replaced: set[str]) -> set[int | None]:
        if not replaced:
            return set()
        state = self.state()
        mask = pc.is_in(state["doc_id"], pa.array(sorted(replaced), pa.string()))
        return set(state.filter(mask)["year"].to_pylist())

    def _write_rejects(self, current: Path | None, target: Path, new: list[Path], replaced: set[str],
                       run_id: str) -> None:
        old = sorted((current / "rejects").glob("*.parquet")) if current else []
        batches = _stream(chain((_filtered(p, replaced, REJECTS_SCHEMA) for p in old),
                                (_read(p, REJECTS_SCHEMA) for p in new)), REJECTS_SCHEMA)
        _write_dataset(batches, REJECTS_SCHEMA, target, run_id, partitioned=False)

    def _write_state(self, current: Path | None, target: Path, new: list[Path], replaced: set[str]) -> None:
        """Old rows not replaced, then this run's, streamed file by file into one Parquet file."""
        old = [current / "state.parquet"] if current and (current / "state.parquet").exists() else []
        tables = chain((_filtered(p, replaced, STATE_SCHEMA) for p in old), (_read(p, STATE_SCHEMA) for p in new))
        with pq.ParquetWriter(target, STATE_SCHEMA, compression=COMPRESSION) as writer:
            for table in tables:
                writer.write_table(table.select(STATE_SCHEMA.names).cast(STATE_SCHEMA))


def _years_of(files: list[Path]) -> set[int | None]:
    years: set[int | None] = set()
    for path in files:
        years.update(pq.read_table(path, columns=["year"])["year"].unique().to_pylist())
    return years


def _partition_files(folder: Path) -> dict[int | None, list[Path]]:
    """Files of a Hive-partitioned folder by year (None for the unknown-date partition)."""
    files: dict[int | None, list[Path]] = {}
    for path in sorted(folder.glob("year=*/*.parquet")):
        value = path.parent.name.split("=", 1)[1]
        year = None if value == "__HIVE_DEFAULT_PARTITION__" else int(value)
        files.setdefault(year, []).append(path)
    return files


def _link(source: Path, target: Path) -> None:
    """Hard-link an unchanged file into the new snapshot: no copy, and immutable."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:  # a filesystem without hard links
        shutil.copy2(source, target)


# Columns renamed since earlier versions wrote them: old snapshots are read under the new names.
RENAMED = {"size": "source_size", "mtime_ns": "source_mtime_ns"}


def _read(path: Path, schema: pa.Schema) -> pa.Table:
    stored = _file_schema(path, schema)
    own = pq.read_schema(path)
    if any(name in own.names for name in RENAMED):
        table = pq.read_table(path)
        return _conform(table.rename_columns([RENAMED.get(n, n) for n in table.column_names]), stored)
    if all(f.name in own.names and own.field(f.name).type == f.type for f in stored):
        return pq.read_table(path, schema=stored).select(stored.names)
    return _conform(pq.read_table(path), stored)


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """A file written before a column was added (date_precision, removed) or a struct gained a field
    (word_edits.evidence): those columns come back null, so a new snapshot can carry old rows on."""
    columns = []
    for f in schema:
        if f.name not in table.column_names:
            columns.append(pa.nulls(table.num_rows, f.type))
            continue
        column = table[f.name]
        columns.append(column if column.type == f.type else pa.array(column.to_pylist(), type=f.type))
    return pa.table(columns, schema=schema)


def _filtered(path: Path, replaced: set[str], schema: pa.Schema) -> pa.Table:
    table = _read(path, schema)
    if not replaced:
        return table
    return table.filter(pc.invert(pc.is_in(table["doc_id"], pa.array(sorted(replaced), pa.string()))))


def _file_schema(path: Path, schema: pa.Schema) -> pa.Schema:
    """The schema as stored in a file: partition columns are in the path, not the file."""
    names = set(pq.read_schema(path).names)
    if "year" in schema.names and "year" not in names:
        return pa.schema([f for f in schema if f.name != "year"])
    return schema


def _stream(tables: Iterable[pa.Table], schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    """One table in memory at a time; a partition column read from a path comes back."""
    for table in tables:
        if "year" in schema.names and "year" not in table.column_names:
            table = table.append_column("year", pc.year(table["date"]).cast(pa.int16()))
        yield from table.select(schema.names).cast(schema).to_batches()


def _write_dataset(batches: Iterator[pa.RecordBatch], schema: pa.Schema, target: Path, run_id: str,
                   partitioned: bool) -> None:
    """Stream batches into one file per year partition (or one file), flushing row groups as they fill.

    Written by hand rather than with `pyarrow.dataset.write_dataset`, whose queue
    read far ahead of its writes: at 20x the dev corpus it held most of the corpus.
    """
    writer = _PartitionWriter(target, schema, run_id, partitioned)
    for batch in batches:
        writer.add(pa.Table.from_batches([batch], schema))
    writer.close()


class _PartitionWriter:
    """One Parquet writer per partition; each buffers at most MIN_ROWS_PER_GROUP rows before a row group."""

    def __init__(self, target: Path, schema: pa.Schema, run_id: str, partitioned: bool) -> None:
        self.target, self.run_id, self.partitioned = target, run_id, partitioned
        self.file_schema = pa.schema([f for f in schema if f.name != "year"]) if partitioned else schema
        self.buffers: dict[int | None, list[pa.Table]] = {}
        self.writers: dict[int | None, pq.ParquetWriter] = {}

    def add(self, table: pa.Table) -> None:
        if not self.partitioned:
            self._buffer(None, table)
            return
        for year in table["year"].unique().to_pylist():
            mask = pc.is_null(table["year"]) if year is None else pc.equal(table["year"], year)
            self._buffer(year, table.filter(mask).drop_columns(["year"]))

    def _buffer(self, key: int | None, table: pa.Table) -> None:
        pending = self.buffers.setdefault(key, [])
        pending.append(table)
        if sum(t.num_rows for t in pending) >= MIN_ROWS_PER_GROUP:
            self._flush(key)

    def _flush(self, key: int | None) -> None:
        table = pa.concat_tables(self.buffers.pop(key, []) or [self.file_schema.empty_table()])
        if key not in self.writers:
            folder = self.target
            if self.partitioned:
                folder = self.target / f"year={'__HIVE_DEFAULT_PARTITION__' if key is None else key}"
            folder.mkdir(parents=True, exist_ok=True)
            self.writers[key] = pq.ParquetWriter(folder / f"part-{self.run_id}-0.parquet", self.file_schema,
                                                 compression=COMPRESSION)
        if table.num_rows:
            self.writers[key].write_table(table.cast(self.file_schema), row_group_size=ROW_GROUP_ROWS)

    def close(self) -> None:
        for key in list(self.buffers):
            self._flush(key)
        if not self.writers:  # an empty dataset still has a file, so every reader knows its columns
            self._flush(None)
        for writer in self.writers.values():
            writer.close()
