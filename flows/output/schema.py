"""The output contract: explicit Arrow schemas of the datasets a run publishes.

`articles` (one row per input that became an article), `rejects` (reason and
original bytes of every input that did not) and `state` (what incremental runs
compare against). README.md describes the article and reject columns one by one.
"""

from __future__ import annotations

import pyarrow as pa

FIX = pa.struct([("kind", pa.string()), ("detail", pa.string()), ("count", pa.int32())])
# A line or paragraph taken out of the page (flows/document.py, Removal): put it back to undo.
REMOVAL = pa.struct([("reason", pa.string()), ("place", pa.string()), ("paragraph", pa.int32()), ("line", pa.int32()),
                     ("text", pa.string())])
WORD_EDIT = pa.struct([
    ("op", pa.string()), ("paragraph", pa.int32()), ("sentence", pa.int32()), ("position", pa.int32()),
    ("char_offset", pa.int32()), ("word", pa.string()), ("confidence", pa.float32()),
    ("evidence", pa.string()),  # "model" or "copies" (added later: older files lack it, see flows/output/store.py)
])

ARTICLE_FIELDS = [
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("source_file", pa.string(), nullable=False),
    pa.field("date", pa.date32()),
    pa.field("date_precision", pa.string()),  # "day", "month" or "year": `date` is the first day of that period
    # year of `date`, null when unknown; also the name of the file's folder (flows/output/partitions.py).
    # int32: what every reader makes of a year (pyarrow, DuckDB, polars), so none has to cast it
    pa.field("year", pa.int32()),
    pa.field("title", pa.string()),  # the headline; null when the page has none
    pa.field("title_source", pa.string()),  # "header", "field", "after_chrome", "none"
    pa.field("body", pa.string()),
    pa.field("language", pa.string()),
    pa.field("language_prob", pa.float32()),
    pa.field("duplicate_of", pa.string()),
    pa.field("duplicate_similarity", pa.float32()),
    pa.field("header", pa.map_(pa.string(), pa.string())),
    pa.field("encoding", pa.string()),
    pa.field("fixes", pa.list_(FIX)),
    pa.field("removed", pa.list_(REMOVAL)),  # site chrome, date lines, doubled paragraphs, boilerplate
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
    pa.field("source_size", pa.int64()),
    pa.field("source_mtime_ns", pa.int64()),
    pa.field("content_sha256", pa.string()),
    pa.field("outcome", pa.string()),  # "article" | "reject"
    pa.field("year", pa.int16()),
    pa.field("date", pa.date32()),
    pa.field("date_precision", pa.string()),  # added later: older states lack it, read as null ("day")
    pa.field("text_hash", pa.string()),
    pa.field("minhash", pa.binary()),
    pa.field("run_id", pa.string()),
    # "reason: detail" of a reject made by discovery (a broken link, a link out of raw/, a pipe), whose
    # detail names what the path leads to; null otherwise. A run that finds the same counts it unchanged
    # (flows/planning.py). Added later: older states lack it, read as null (looked at once more).
    pa.field("discovery_reject", pa.string()),
])

# Parquet settings: zstd compresses news text ~4x at speeds close to snappy;
# row groups of up to 8k articles (~20-40 MB of text) let readers skip by
# statistics on date and language without many tiny groups, while a writer holds
# no more than that per partition.
COMPRESSION = "zstd"
ROW_GROUP_ROWS = 8 * 1024
