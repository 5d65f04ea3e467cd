"""The articles' year folders, and rows streamed into them.

Layout of a snapshot's `articles/`:

  articles/2018/part-<run>-0.parquet      articles dated in 2018
  articles/undated/part-<run>-0.parquet   articles without a (trusted) date

and every file holds the `year` column itself (int32, null when undated). Why folders
without a Hive key (`year=2018`), which the first versions wrote: with the key, each
reader made the year from the path, each of another type (pyarrow int32 with
`partitioning="hive"` and no year at all without it, DuckDB BIGINT, polars Int64), and
pandas could not read the folder at all once an undated partition was there
(`ArrowInvalid: Cannot yet unify dictionaries with nulls`). A plain folder name is no
partition key to any of them, so they all read the one column the file holds: pyarrow
(with or without a Hive partitioning that declares `year` int32, as the scorer does),
DuckDB and polars read `year` as int32, nulls included, and pandas as Int32 with its
nullable types (float64 with NaN without them: pandas' own way with integer nulls);
tests/output/test_reading.py runs each reader.

Snapshots written in the Hive layout are still read (`partition_files`), their year
taken from `date`, and the first publication over one rewrites every partition into
this layout (flows/output/build.py), so that no snapshot mixes the two.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.output.schema import COMPRESSION, ROW_GROUP_ROWS

UNDATED = "undated"
HIVE_UNDATED = "__HIVE_DEFAULT_PARTITION__"  # the undated folder's name in the Hive layout (`year=...`)
# A partition's rows are flushed as a row group once this many are buffered:
# memory stays bounded (a few MB of text per open partition) however large the
# corpus, and groups stay large enough for readers.
MIN_ROWS_PER_GROUP = ROW_GROUP_ROWS // 4
# Columns renamed since earlier versions wrote them: old snapshots are read under the new names.
RENAMED = {"size": "source_size", "mtime_ns": "source_mtime_ns"}


def folder_name(year: int | None) -> str:
    return UNDATED if year is None else str(year)


def partition_files(folder: Path) -> dict[int | None, list[Path]]:
    """Files of an articles folder by year (None: undated), in this layout or the Hive one."""
    files: dict[int | None, list[Path]] = {}
    for path in sorted(folder.glob("*/*.parquet")):
        name = path.parent.name.removeprefix("year=")
        if name in (UNDATED, HIVE_UNDATED):
            files.setdefault(None, []).append(path)
        elif name.isdigit():
            files.setdefault(int(name), []).append(path)
    return files


def is_hive_layout(folder: Path) -> bool:
    """Whether an articles folder was written in the older `year=<year>` layout."""
    return folder.is_dir() and any(p.name.startswith("year=") for p in folder.iterdir())


def link(source: Path, target: Path) -> None:
    """Hard-link an unchanged file into the new snapshot: no copy, and immutable."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:  # a filesystem without hard links
        shutil.copy2(source, target)


def read(path: Path, schema: pa.Schema) -> pa.Table:
    """A published file under today's schema, whatever version wrote it."""
    stored = _file_schema(path, schema)
    own = pq.read_schema(path)
    if any(name in own.names for name in RENAMED):
        table = pq.read_table(path)
        return _conform(table.rename_columns([RENAMED.get(n, n) for n in table.column_names]), stored)
    if all(f.name in own.names and own.field(f.name).type == f.type for f in stored):
        return pq.read_table(path, schema=stored).select(stored.names)
    return _conform(pq.read_table(path), stored)


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """A file written before a column was added (date_precision, removed), a struct gained a field
    (word_edits.evidence) or a type widened (year): missing columns come back null and the others
    are cast, so that a new snapshot can carry old rows on."""
    columns = []
    for f in schema:
        if f.name not in table.column_names:
            columns.append(pa.nulls(table.num_rows, f.type))
            continue
        column = table[f.name]
        if column.type == f.type:
            columns.append(column)
        elif pa.types.is_integer(column.type) and pa.types.is_integer(f.type):
            columns.append(column.cast(f.type))
        else:
            columns.append(pa.array(column.to_pylist(), type=f.type))
    return pa.table(columns, schema=schema)


def filtered(path: Path, replaced: set[str], schema: pa.Schema) -> pa.Table:
    """A published file's rows, less those of `replaced` doc_ids."""
    table = read(path, schema)
    if not replaced:
        return table
    return table.filter(pc.invert(pc.is_in(table["doc_id"], pa.array(sorted(replaced), pa.string()))))


def _file_schema(path: Path, schema: pa.Schema) -> pa.Schema:
    """The schema as stored in a file: in the Hive layout the year was in the path, not the file."""
    names = set(pq.read_schema(path).names)
    if "year" in schema.names and "year" not in names:
        return pa.schema([f for f in schema if f.name != "year"])
    return schema


def stream(tables: Iterable[pa.Table], schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    """One table in memory at a time; a year the file did not hold (the Hive layout) comes from `date`."""
    for table in tables:
        if "year" in schema.names and "year" not in table.column_names:
            table = table.append_column("year", pc.year(table["date"]).cast(schema.field("year").type))
        yield from table.select(schema.names).cast(schema).to_batches()


def write_dataset(batches: Iterator[pa.RecordBatch], schema: pa.Schema, target: Path, run_id: str,
                  partitioned: bool) -> None:
    """Stream batches into one file per year folder (or one file), flushing row groups as they fill.

    Written by hand rather than with `pyarrow.dataset.write_dataset`, whose queue
    read far ahead of its writes: at 20x the dev corpus it held most of the corpus.
    """
    writer = _PartitionWriter(target, schema, run_id, partitioned)
    for batch in batches:
        writer.add(pa.Table.from_batches([batch], schema))
    writer.close()


class _PartitionWriter:
    """One Parquet writer per year folder; each buffers at most MIN_ROWS_PER_GROUP rows before a row group."""

    def __init__(self, target: Path, schema: pa.Schema, run_id: str, partitioned: bool) -> None:
        self.target, self.schema, self.run_id, self.partitioned = target, schema, run_id, partitioned
        self.buffers: dict[int | None, list[pa.Table]] = {}
        self.writers: dict[int | None, pq.ParquetWriter] = {}

    def add(self, table: pa.Table) -> None:
        if not self.partitioned:
            self._buffer(None, table)
            return
        for year in table["year"].unique().to_pylist():
            mask = pc.is_null(table["year"]) if year is None else pc.equal(table["year"], year)
            self._buffer(year, table.filter(mask))

    def _buffer(self, key: int | None, table: pa.Table) -> None:
        pending = self.buffers.setdefault(key, [])
        pending.append(table)
        if sum(t.num_rows for t in pending) >= MIN_ROWS_PER_GROUP:
            self._flush(key)

    def _flush(self, key: int | None) -> None:
        table = pa.concat_tables(self.buffers.pop(key, []) or [self.schema.empty_table()])
        if key not in self.writers:
            folder = self.target / folder_name(key) if self.partitioned else self.target
            folder.mkdir(parents=True, exist_ok=True)
            self.writers[key] = pq.ParquetWriter(folder / f"part-{self.run_id}-0.parquet", self.schema,
                                                 compression=COMPRESSION)
        if table.num_rows:
            self.writers[key].write_table(table.cast(self.schema), row_group_size=ROW_GROUP_ROWS)

    def close(self) -> None:
        for key in list(self.buffers):
            self._flush(key)
        if not self.writers:  # an empty dataset still has a file, so every reader knows its columns
            self._flush(None)
        for writer in self.writers.values():
            writer.close()
