"""Staged batches: the documents between the first pass and the second, on disk.

The one module that writes and reads staged files. A staged file holds every
document of one batch, articles and rejects alike, with everything the first pass
found (original bytes included, so that a failure in the second pass can still
reject an article with its bytes). The second pass reads a batch back as
`Document`s (`documents`); a corpus-wide phase that needs only some columns of the
articles reads just those (`article_columns`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import fields
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.document import Document, Fix, Removal
from flows.output.rows import write_table
from flows.output.schema import FIX, REMOVAL

STAGED_SCHEMA = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("source_file", pa.string(), nullable=False),  # as found: undecodable bytes as surrogates
    pa.field("batch", pa.int32()),
    pa.field("data", pa.binary()),
    pa.field("source_size", pa.int64()),
    pa.field("source_mtime_ns", pa.int64()),
    pa.field("content_sha256", pa.string()),
    pa.field("encoding", pa.string()),
    pa.field("fixes", pa.list_(FIX)),
    pa.field("date", pa.date32()),
    pa.field("date_precision", pa.string()),
    pa.field("title", pa.string()),
    pa.field("title_source", pa.string()),
    pa.field("header", pa.map_(pa.string(), pa.string())),
    pa.field("body", pa.string()),
    pa.field("removed", pa.list_(REMOVAL)),
    pa.field("lead", pa.string()),
    pa.field("lead_separator", pa.string()),
    pa.field("lead_line", pa.int32()),
    pa.field("language", pa.string()),
    pa.field("language_prob", pa.float32()),
    pa.field("text_hash", pa.string()),
    pa.field("minhash", pa.binary()),
    pa.field("reject_reason", pa.string()),
    pa.field("reject_detail", pa.string()),
    pa.field("reject_stage", pa.string()),
])
_SIMPLE = [f.name for f in STAGED_SCHEMA if f.name not in ("source_file", "fixes", "header", "removed")]
# what a null read back stands for: the document's own empty default ("" or b""), else None
_EMPTY = {f.name: f.default for f in fields(Document) if f.default in ("", b"")}


def _row(doc: Document) -> dict:
    row = {name: getattr(doc, name) for name in _SIMPLE}
    # surrogates (undecodable bytes of a name) cannot be stored as UTF-8: kept as escapes of themselves
    row["source_file"] = doc.source_file.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    row["raw_name"] = doc.source_file.encode("utf-8", "surrogateescape")
    row["fixes"] = [{"kind": f.kind, "detail": f.detail, "count": f.count} for f in doc.fixes]
    row["header"] = list(doc.header.items())
    row["removed"] = [vars(r) for r in doc.removed]
    return row


_FILE_SCHEMA = STAGED_SCHEMA.append(pa.field("raw_name", pa.binary()))


def write_documents(docs: Iterable[Document], path: Path) -> Path:
    """Stage one batch's documents (articles and rejects) in one Parquet file."""
    return write_table(pa.Table.from_pylist([_row(d) for d in docs], _FILE_SCHEMA), path)


def documents(path: Path) -> Iterator[Document]:
    """The documents of one staged batch, in the order they were staged."""
    table = pq.read_table(path, schema=_FILE_SCHEMA)
    for row in table.to_pylist():
        values = {name: _EMPTY.get(name) if row[name] is None else row[name] for name in _SIMPLE}
        doc = Document(**values, source_file=row["raw_name"].decode("utf-8", "surrogateescape"))
        doc.fixes = [Fix(**f) for f in row["fixes"] or []]
        doc.header = dict(row["header"] or [])
        doc.removed = [Removal(**r) for r in row["removed"] or []]
        yield doc


def article_columns(paths: Iterable[Path | str], columns: list[str]) -> Iterator[pa.Table]:
    """The given columns of the articles (not the rejects) of each staged file, file by file."""
    for path in paths:
        table = pq.read_table(path, columns=sorted(set(columns) | {"reject_reason"}))
        yield table.filter(pc.is_null(table["reject_reason"])).select(columns)
