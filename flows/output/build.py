"""Building the next snapshot's files: the published one, less what this run replaces, plus what it made.

Everything here writes inside one new folder (`.snapshots/<run>.partial`) and reads the
published snapshot; flows/output/store.py decides when to build and how the result is
committed. Unchanged year folders are hard links to the published files (no copy; files
are never changed once written, so a link is as good as a copy); touched ones are
rewritten whole, streamed file by file.
"""

from __future__ import annotations

import json
from itertools import chain
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.output.partitions import (
    filtered,
    folder_name,
    is_hive_layout,
    link,
    partition_files,
    read,
    stream,
    write_dataset,
)
from flows.output.schema import ARTICLES_SCHEMA, COMPRESSION, REJECTS_SCHEMA, STATE_SCHEMA
from flows.stages.signature import SIGNATURE_FORMAT

FORMAT_KEY = b"signature_format"  # in the state file's schema metadata

# Per-article rows the corpus-wide phases count, kept with each snapshot so that a run reads
# the published ones instead of the published bodies: sentence hashes (flows/corpus/repeated.py),
# examples of headlines (flows/corpus/layout.py), short-line hashes (flows/corpus/boilerplate.py).
INDEXES = ("sentences", "leads", "lines")


def build(current: Path | None, building: Path, run_id: str, new: dict[str, list[Path]], replaced: set[str],
          replaced_years: set[int | None], indexes: dict[str, Path], manifest: dict) -> None:
    """Fill `building` with the next snapshot: articles, rejects, state, the corpus indexes, the manifest.

    `new` holds this run's files by kind ("articles", "rejects", "state"); `replaced`
    the doc_ids whose published rows this run supersedes, and `replaced_years` the
    year folders those rows are in.
    """
    articles(current, building / "articles", new["articles"], replaced, replaced_years, run_id)
    rejects(current, building / "rejects", new["rejects"], replaced, run_id)
    state(current, building / "state.parquet", new["state"], replaced, new.get("resigned"))
    for name in INDEXES:
        index(current, building / name, indexes.get(name), replaced)
    (building / "manifest.json").write_text(json.dumps(manifest, indent=1, default=str))


def articles(current: Path | None, target: Path, new: list[Path], replaced: set[str],
             replaced_years: set[int | None], run_id: str) -> None:
    """Year folders this run does not touch are linked; the others are rewritten with its rows.

    A snapshot in the older Hive layout (`year=2018/`) is rewritten whole, once: a
    snapshot never mixes the two layouts.
    """
    old_files = partition_files(current / "articles") if current else {}
    touched = _years_of(new) | replaced_years
    if current is not None and is_hive_layout(current / "articles"):
        touched |= set(old_files)
    for year, files in old_files.items():
        if year not in touched:
            for path in files:
                link(path, target / folder_name(year) / path.name)
    kept_old = [p for year, files in old_files.items() if year in touched for p in files]
    # chained generators, not a list: one file's table in memory at a time
    batches = stream(chain((filtered(p, replaced, ARTICLES_SCHEMA) for p in kept_old),
                           (read(p, ARTICLES_SCHEMA) for p in new)), ARTICLES_SCHEMA)
    write_dataset(batches, ARTICLES_SCHEMA, target, run_id, partitioned=True)


def rejects(current: Path | None, target: Path, new: list[Path], replaced: set[str], run_id: str) -> None:
    old = sorted((current / "rejects").glob("*.parquet")) if current else []
    batches = stream(chain((filtered(p, replaced, REJECTS_SCHEMA) for p in old),
                           (read(p, REJECTS_SCHEMA) for p in new)), REJECTS_SCHEMA)
    write_dataset(batches, REJECTS_SCHEMA, target, run_id, partitioned=False)


def state(current: Path | None, target: Path, new: list[Path], replaced: set[str],
          resigned: list[Path] | None = None) -> None:
    """Old rows not replaced, then this run's, streamed file by file into one Parquet file.

    The file says which signature format its MinHash values are in (`signature_format`).
    Old rows of another format get the values the duplicates phase made again for them
    (`resigned`); without those the file keeps the old format's name, so that the next
    run makes them again rather than compare values of two formats.
    """
    old = [current / "state.parquet"] if current and (current / "state.parquet").exists() else []
    made_again = _read_all(resigned or [])
    tables = chain((with_minhashes(filtered(p, replaced, STATE_SCHEMA), made_again) for p in old),
                   (read(p, STATE_SCHEMA) for p in new))
    stale = bool(old) and signature_format(old[0]) != SIGNATURE_FORMAT and made_again is None
    schema = STATE_SCHEMA.with_metadata({FORMAT_KEY: (signature_format(old[0]) if stale else SIGNATURE_FORMAT) or ""})
    with pq.ParquetWriter(target, schema, compression=COMPRESSION) as writer:
        for table in tables:
            writer.write_table(table.select(STATE_SCHEMA.names).cast(schema))


def signature_format(state_file: Path) -> str | None:
    """The signature format a state file's MinHash values are in (None: written before formats were named)."""
    value = (pq.read_schema(state_file).metadata or {}).get(FORMAT_KEY, b"")
    return value.decode() or None


def with_minhashes(table: pa.Table, made_again: pa.Table | None) -> pa.Table:
    """`table` with the MinHash values of `made_again` (doc_id, minhash) where it has a row for the doc_id."""
    if made_again is None or not table.num_rows:
        return table
    where = pc.index_in(table["doc_id"], value_set=made_again["doc_id"])
    values = pc.if_else(pc.is_null(where), table["minhash"], made_again["minhash"].take(where))
    return table.set_column(table.schema.get_field_index("minhash"), "minhash", values)


def _read_all(paths: list[Path]) -> pa.Table | None:
    return pa.concat_tables([pq.read_table(p) for p in paths]) if paths else None


def index(current: Path | None, target: Path, new: Path | None, replaced: set[str]) -> None:
    """One corpus index: the published rows less replaced articles, plus this run's.

    A run that made none (sentence hashes, with word repair off) leaves the snapshot
    without it, rather than with an index that misses its articles; the next run that
    needs it rebuilds it from the published bodies once (flows/corpus/repeated.py),
    and then it holds everything, so nothing is carried over from before. Files of an
    older format (a `doc` column, or other keys than this run's: the `sentence_key`
    format in their metadata) are rebuilt the same way and dropped here.
    """
    if new is None or not new.is_dir():
        return
    earlier = current / target.name if current is not None else None
    this_format = _format(next(iter(sorted(new.glob("*.parquet"))), None))
    if earlier is not None and earlier.is_dir():
        for path in sorted(earlier.glob("*.parquet")):
            if "doc_id" not in pq.read_schema(path).names or _format(path) != this_format:
                continue
            if replaced:
                table = pq.read_table(path)
                keep = pc.invert(pc.is_in(table["doc_id"], pa.array(sorted(replaced), pa.string())))
                target.mkdir(parents=True, exist_ok=True)
                pq.write_table(table.filter(keep), target / path.name, compression=COMPRESSION)
            else:
                link(path, target / path.name)
    for path in sorted(new.glob("*.parquet")):
        link(path, target / path.name)


def _format(path: Path | None) -> dict[bytes, bytes]:
    """The format an index file declares in its schema's metadata (Arrow's and pandas' own keys aside)."""
    metadata = (pq.read_schema(path).metadata or {}) if path is not None else {}
    return {k: v for k, v in metadata.items() if not k.startswith(b"ARROW:") and k != b"pandas"}


def _years_of(files: list[Path]) -> set[int | None]:
    years: set[int | None] = set()
    for path in files:
        years.update(pq.read_table(path, columns=["year"])["year"].unique().to_pylist())
    return years
