"""Stage 7: documents to Arrow tables with explicit schemas, and Parquet files.

Three tables leave a batch: the staged articles (everything but the links that
need the whole corpus), the rejects (reason and original bytes), and per-input
state rows (what incremental runs compare against). The article schema below is
the output contract; README.md describes it column by column.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows.document import Document

FIX = pa.struct([("kind", pa.string()), ("detail", pa.string()), ("count", pa.int32())])
WORD_EDIT = pa.struct([
    ("op", pa.string()), ("paragraph", pa.int32()), ("sentence", pa.int32()), ("position", pa.int32()),
    ("char_offset", pa.int32()), ("word", pa.string()), ("confidence", pa.float32()),
    ("evidence", pa.string()),  # "model" or "copies" (added later: older files lack it, see flows/store.py)
])

ARTICLE_FIELDS = [
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("source_file", pa.string(), nullable=False),
    pa.field("date", pa.date32()),
    pa.field("year", pa.int16()),  # the Hive partition: year of `date`, null when unknown
    pa.field("title", pa.string()),
    pa.field("body", pa.string()),
    pa.field("language", pa.string()),
    pa.field("language_prob", pa.float32()),
    pa.field("duplicate_of", pa.string()),
    pa.field("duplicate_similarity", pa.float32()),
    pa.field("header", pa.map_(pa.string(), pa.string())),
    pa.field("encoding", pa.string()),
    pa.field("fixes", pa.list_(FIX)),
    pa.field("word_repair", pa.string()),
    pa.field("word_edits", pa.list_(WORD_EDIT)),
    pa.field("body_before_words", pa.string()),
    pa.field("chars", pa.int32()),
    pa.field("words", pa.int32()),
    pa.field("paragraphs", pa.int32()),
    pa.field("text_hash", pa.string()),
    pa.field("content_sha256", pa.string()),
    pa.field("source_size", pa.int64()),
    pa.field("source_mtime", pa.timestamp("us", tz="UTC")),
    pa.field("run_id", pa.string()),
    pa.field("ingested_at", pa.timestamp("us", tz="UTC")),
]
ARTICLES_SCHEMA = pa.schema(ARTICLE_FIELDS)
# Staged between the batch pass and the corpus-wide pass: the article columns plus
# the MinHash that duplicate linking reads (kept in the state table afterwards).
STAGED_SCHEMA = pa.schema(ARTICLE_FIELDS + [pa.field("minhash", pa.binary())])

REJECTS_SCHEMA = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("source_file", pa.string(), nullable=False),
    pa.field("reason", pa.string(), nullable=False),
    pa.field("detail", pa.string()),
    pa.field("stage", pa.string()),
    pa.field("encoding", pa.string()),
    pa.field("source_size", pa.int64()),
    pa.field("data", pa.binary()),  # the original bytes (the head only, for too_large)
    pa.field("content_sha256", pa.string()),
    pa.field("run_id", pa.string()),
    pa.field("ingested_at", pa.timestamp("us", tz="UTC")),
])

# One row per input seen: incremental runs skip inputs whose size and mtime (or,
# when those moved, content hash) are unchanged. Duplicate signatures live here
# so that new articles are linked to published ones without re-reading them.
STATE_SCHEMA = pa.schema([
    pa.field("source_file", pa.string(), nullable=False),
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("size", pa.int64()),
    pa.field("mtime_ns", pa.int64()),
    pa.field("content_sha256", pa.string()),
    pa.field("outcome", pa.string()),  # "article" | "reject"
    pa.field("year", pa.int16()),
    pa.field("date", pa.date32()),
    pa.field("text_hash", pa.string()),
    pa.field("minhash", pa.binary()),
    pa.field("run_id", pa.string()),
])

# Parquet settings: zstd compresses news text ~4x at speeds close to snappy;
# row groups of up to 8k articles (~20-40 MB of text) let readers skip by
# statistics on date and language without many tiny groups, while a writer holds
# no more than that per partition.
COMPRESSION = "zstd"
ROW_GROUP_ROWS = 8 * 1024


def safe_name(source_file: str) -> str:
    """A file name as valid UTF-8 text: undecodable bytes become visible escapes."""
    return source_file.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def staged_row(doc: Document, run_id: str, ingested_at: datetime) -> dict:
    words = doc.body.split()
    return {
        "doc_id": doc.doc_id, "source_file": safe_name(doc.source_file), "date": doc.date,
        "year": doc.date.year if doc.date else None, "title": doc.title, "body": doc.body,
        "language": doc.language, "language_prob": doc.language_prob, "duplicate_of": None,
        "duplicate_similarity": None, "header": list(doc.header.items()), "encoding": doc.encoding,
        "fixes": [{"kind": f.kind, "detail": f.detail, "count": f.count} for f in doc.fixes],
        "word_repair": None, "word_edits": [], "body_before_words": None,
        "chars": len(doc.body), "words": len(words),
        "paragraphs": sum(1 for p in doc.body.split("\n\n") if p.strip()),
        "text_hash": doc.text_hash, "content_sha256": doc.content_sha256, "source_size": doc.size,
        "source_mtime": doc.mtime_ns // 1000, "run_id": run_id, "ingested_at": ingested_at,
        "minhash": doc.minhash,
    }


def reject_row(doc: Document, run_id: str, ingested_at: datetime) -> dict:
    return {
        "doc_id": doc.doc_id, "source_file": safe_name(doc.source_file), "reason": doc.reject_reason,
        "detail": doc.reject_detail, "stage": doc.reject_stage, "encoding": doc.encoding,
        "source_size": doc.size, "data": doc.data, "content_sha256": doc.content_sha256,
        "run_id": run_id, "ingested_at": ingested_at,
    }


def state_row(doc: Document, run_id: str) -> dict:
    return {
        "source_file": safe_name(doc.source_file), "doc_id": doc.doc_id, "size": doc.size,
        "mtime_ns": doc.mtime_ns, "content_sha256": doc.content_sha256,
        "outcome": "reject" if doc.rejected else "article",
        "year": doc.date.year if doc.date and not doc.rejected else None,
        "date": doc.date if not doc.rejected else None,
        "text_hash": doc.text_hash or None, "minhash": doc.minhash, "run_id": run_id,
    }


def batch_tables(docs: Iterable[Document], run_id: str, ingested_at: datetime
                 ) -> tuple[pa.Table, pa.Table, pa.Table]:
    """(staged articles, rejects, state) of one batch, each with its explicit schema."""
    articles, rejects, state = [], [], []
    for doc in docs:
        (rejects if doc.rejected else articles).append(
            reject_row(doc, run_id, ingested_at) if doc.rejected else staged_row(doc, run_id, ingested_at))
        state.append(state_row(doc, run_id))
    return (pa.Table.from_pylist(articles, STAGED_SCHEMA), pa.Table.from_pylist(rejects, REJECTS_SCHEMA),
            pa.Table.from_pylist(state, STATE_SCHEMA))


def write_table(table: pa.Table, path: Path) -> Path:
    """Write one Parquet file, atomically: a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    pq.write_table(table, partial, compression=COMPRESSION, row_group_size=ROW_GROUP_ROWS)
    partial.replace(path)
    return path
