"""Documents to rows and tables of the output schemas, and Parquet files written atomically."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows.document import Document
from flows.output.schema import ARTICLES_SCHEMA, COMPRESSION, REJECTS_SCHEMA, ROW_GROUP_ROWS, STATE_SCHEMA

DISCOVERY_STAGE = "discover"  # the stage name flows/passes.py gives a reject made by discovery


def safe_name(source_file: str) -> str:
    """A file name as valid UTF-8 text: undecodable bytes become visible escapes."""
    return source_file.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def article_row(doc: Document, run_id: str, ingested_at: datetime) -> dict:
    return {
        "doc_id": doc.doc_id, "source_file": safe_name(doc.source_file), "date": doc.date,
        "date_precision": doc.date_precision, "year": doc.date.year if doc.date else None,
        "title": doc.title or None, "title_source": doc.title_source, "body": doc.body,
        "language": doc.language, "language_prob": doc.language_prob, "duplicate_of": doc.duplicate_of,
        "duplicate_similarity": doc.duplicate_similarity, "header": list(doc.header.items()),
        "encoding": doc.encoding, "fixes": [{"kind": f.kind, "detail": f.detail, "count": f.count} for f in doc.fixes],
        "removed": [vars(r) for r in doc.removed],
        "word_repair": doc.word_repair, "word_edits": [vars(e) for e in doc.word_edits],
        "body_before_words": doc.body_before_words, "chars": len(doc.body), "words": len(doc.body.split()),
        "paragraphs": sum(1 for p in doc.body.split("\n\n") if p.strip()),
        "text_hash": doc.text_hash, "content_sha256": doc.content_sha256, "source_size": doc.source_size,
        "source_mtime": doc.source_mtime_ns // 1000, "run_id": run_id, "ingested_at": ingested_at,
    }


def reject_row(doc: Document, run_id: str, ingested_at: datetime) -> dict:
    return {
        "doc_id": doc.doc_id, "source_file": safe_name(doc.source_file), "reason": doc.reject_reason,
        "detail": doc.reject_detail, "stage": doc.reject_stage, "encoding": doc.encoding,
        "source_size": doc.source_size, "data": doc.data, "content_sha256": doc.content_sha256,
        "run_id": run_id, "ingested_at": ingested_at,
    }


def state_row(doc: Document, run_id: str) -> dict:
    dated = doc.date if not doc.rejected else None
    return {
        "source_file": safe_name(doc.source_file), "doc_id": doc.doc_id, "source_size": doc.source_size,
        "source_mtime_ns": doc.source_mtime_ns, "content_sha256": doc.content_sha256,
        "outcome": "reject" if doc.rejected else "article", "year": dated.year if dated else None, "date": dated,
        "date_precision": doc.date_precision if dated else None,
        "text_hash": (doc.text_hash or None) if not doc.rejected else None,
        "minhash": doc.minhash if not doc.rejected else None, "run_id": run_id,
        "discovery_reject": discovery_key(doc.reject_reason, doc.reject_detail)
        if doc.reject_stage == DISCOVERY_STAGE else None,
    }


def discovery_key(reason: str | None, detail: str) -> str:
    """How a reject made at discovery is remembered, and compared on the next run (flows/planning.py)."""
    return f"{reason}: {detail}"


def output_tables(docs: Iterable[Document], run_id: str, ingested_at: datetime) -> tuple[pa.Table, pa.Table, pa.Table]:
    """(articles, rejects, state) of some documents, each with its explicit schema."""
    articles, rejects, state = [], [], []
    for doc in docs:
        if doc.rejected:
            rejects.append(reject_row(doc, run_id, ingested_at))
        else:
            articles.append(article_row(doc, run_id, ingested_at))
        state.append(state_row(doc, run_id))
    return (pa.Table.from_pylist(articles, ARTICLES_SCHEMA), pa.Table.from_pylist(rejects, REJECTS_SCHEMA),
            pa.Table.from_pylist(state, STATE_SCHEMA))


def write_table(table: pa.Table, path: Path) -> Path:
    """Write one Parquet file, atomically: a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    pq.write_table(table, partial, compression=COMPRESSION, row_group_size=ROW_GROUP_ROWS)
    partial.replace(path)
    return path
