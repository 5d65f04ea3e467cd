"""Duplicates: link exact and near copies across the whole corpus; mark them, drop nothing.

A corpus-wide phase: it reads the published signatures and this run's signature
files (written by the first pass), and writes `links/`: for each of this run's
articles that copies an earlier one, the kept copy and the similarity. The
second pass's `LinkStep` sets them on the articles. The first copy in corpus
order is kept (published articles first, then this run's by batch and source
file); every later one gets `duplicate_of` = the kept copy's `doc_id`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.document import Document
from flows.output.build import with_minhashes
from flows.output.partitions import partition_files, read
from flows.output.rows import write_table
from flows.output.schema import ARTICLES_SCHEMA
from flows.settings import Settings
from flows.stages.signature import NUM_PERM, Signature, minhash_of, signature
from flows.step import Step

if TYPE_CHECKING:
    from datasketch import MinHash, MinHashLSH

SIGNATURES_SCHEMA = pa.schema([("doc_id", pa.string()), ("batch", pa.int32()), ("text_hash", pa.string()),
                               ("minhash", pa.binary()), ("date", pa.date32()), ("date_precision", pa.string())])
LINKS_FILE = "links.parquet"
RESIGNED_FILE = "resigned.parquet"  # published signatures made again in this version's format
# LSH finds the candidates, their MinHash estimate decides. Tuned for the threshold itself
# (0.8: 9 bands of 13 rows) LSH finds a pair at Jaccard 0.8 40% of the time and at 0.85
# 69%, so copies just above the threshold were mostly missed; tuned 0.2 lower (18 bands of
# 7 rows) it finds them 98.6% and 99.9% of the time, and pairs of unrelated stories
# (Jaccard under 0.3) still almost never (0.4%).
CANDIDATE_GAP = 0.2
LINKS_SCHEMA = pa.schema([("doc_id", pa.string()), ("batch", pa.int32()), ("duplicate_of", pa.string()),
                          ("duplicate_similarity", pa.float32())])


def signature_table(docs: Iterable[Document]) -> pa.Table:
    """The signatures of a batch's articles, as the first pass writes them to `signatures/`."""
    rows = [{"doc_id": d.doc_id, "batch": d.batch, "text_hash": d.text_hash, "minhash": d.minhash, "date": d.date,
             "date_precision": d.date_precision} for d in docs if not d.rejected]
    return pa.Table.from_pylist(rows, SIGNATURES_SCHEMA)


Dated = tuple[int | None, int]  # (first day as a day number, days covered)


def within(a: Dated, b: Dated, window: int | None) -> bool:
    """Whether two dates are close enough for copies: the periods they name (a day, or a whole
    month when only the month is known) are at most `window` days apart.

    Two undated texts may be copies (nothing tells them apart); a dated and an
    undated one are not linked, since the undated one may be a re-run from any time.
    """
    if window is None or (a[0] is None and b[0] is None):
        return True
    if a[0] is None or b[0] is None:
        return False
    gap = max(b[0] - (a[0] + a[1] - 1), a[0] - (b[0] + b[1] - 1), 0)
    return gap <= window


def find_duplicates(signatures: Iterable[Signature], threshold: float = Settings.dedup_threshold,
                    window_days: int | None = Settings.dedup_window_days) -> Iterator[tuple[str, str, float]]:
    """Yield (doc_id, duplicate_of, similarity) for every copy, in corpus order.

    The first of a group is the one kept, and a copy of a copy points to the kept
    one. Memory: per article its date and hash; per distinct text its MinHash values
    (512 bytes) and LSH entry; exact copies add no MinHash (the first of their text
    stands for them).
    """
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=max(threshold - CANDIDATE_GAP, 0.1), num_perm=NUM_PERM)
    days: dict[str, Dated] = {}
    by_hash: dict[str, list[str]] = {}
    kept_of: dict[str, str] = {}
    values: dict[str, np.ndarray] = {}
    for sig in signatures:
        days[sig.doc_id] = (sig.day, sig.span)
        earlier = by_hash.setdefault(sig.text_hash, [])
        match = _exact_match(earlier, days, sig, window_days)
        earlier.append(sig.doc_id)
        if match is None and sig.minhash is not None:
            minhash = minhash_of(sig.minhash)
            match = _best_match(lsh, values, days, sig, minhash, threshold, window_days)
            values[sig.doc_id] = minhash.hashvalues
            lsh.insert(sig.doc_id, minhash)
        if match is not None:
            kept_of[sig.doc_id] = kept_of.get(match[0], match[0])
            yield sig.doc_id, kept_of[sig.doc_id], match[1]


def _exact_match(earlier: list[str], days: dict[str, Dated], sig: Signature,
                 window_days: int | None) -> tuple[str, float] | None:
    for key in earlier:
        if within(days[key], days[sig.doc_id], window_days):
            return key, 1.0
    return None


def _best_match(lsh: MinHashLSH, values: dict[str, np.ndarray], days: dict[str, Dated], sig: Signature,
                minhash: MinHash, threshold: float, window_days: int | None) -> tuple[str, float] | None:
    best: tuple[str, float] | None = None
    for key in sorted(lsh.query(minhash)):  # sorted: ties go the same way every run
        if not within(days[key], days[sig.doc_id], window_days):
            continue
        score = float(np.mean(values[key] == minhash.hashvalues))  # MinHash's Jaccard estimate
        if score >= threshold and (best is None or score > best[1]):
            best = (key, score)
    return best


def _published(state: pa.Table, replaced: set[str]) -> Iterator[Signature]:
    published = state.filter(pc.equal(state["outcome"], "article")).sort_by("source_file")
    columns = ["doc_id", "text_hash", "minhash", "date", "date_precision"]
    for batch in published.select(columns).to_batches(max_chunksize=4096):
        for row in batch.to_pylist():  # a batch at a time: the state can be large
            if row["doc_id"] not in replaced and row["text_hash"]:
                yield Signature(row["doc_id"], row["text_hash"], row["minhash"], *_dated(row))


def _this_run(files: list[Path], batch_of: dict[str, int]) -> Iterator[Signature]:
    for path in files:
        for row in pq.read_table(path, schema=SIGNATURES_SCHEMA).to_pylist():
            batch_of[row["doc_id"]] = row["batch"]
            yield Signature(row["doc_id"], row["text_hash"], row["minhash"], *_dated(row))


def _dated(row: dict) -> Dated:
    """(day number, days covered) of a row's date and date_precision."""
    first = row["date"]
    if first is None:
        return None, 1
    precision = row.get("date_precision") or "day"
    if precision == "day":
        return first.toordinal(), 1
    end = date(first.year + 1, 1, 1) if precision == "year" or first.month == 12 else \
        date(first.year, first.month + 1, 1)
    return first.toordinal(), end.toordinal() - first.toordinal()


def link(state: pa.Table, replaced: set[str], signature_files: list[Path], links: Path,
         settings: Settings, stale: Path | None = None) -> int:
    """The duplicates phase: write `links/links.parquet` for this run's copies; how many were found.

    `stale`: the published snapshot, when its signatures are of another format than this
    version makes (an older version published it): they are made again from its
    articles' texts, used, and written to `links/resigned.parquet` for the next
    snapshot's state, once.
    """
    if stale is not None:
        state = with_minhashes(state, resign(stale, replaced, links / RESIGNED_FILE))
    batch_of: dict[str, int] = {}
    signatures = _published(state, replaced), _this_run(signature_files, batch_of)
    found = [(doc, kept, score) for doc, kept, score in find_duplicates(
        (s for source in signatures for s in source), settings.dedup_threshold, settings.dedup_window_days)
        if doc in batch_of]
    rows = [{"doc_id": doc, "batch": batch_of[doc], "duplicate_of": kept, "duplicate_similarity": score}
            for doc, kept, score in found]
    write_table(pa.Table.from_pylist(rows, LINKS_SCHEMA), links / LINKS_FILE)
    return len(rows)


def resign(snapshot: Path, replaced: set[str], target: Path) -> pa.Table:
    """The signatures of a snapshot's articles (less `replaced`), made again from their published title
    and body before word repair (the first pass signed the text before its second-pass changes: close
    enough for near copies; exact copies keep their stored text hash); (doc_id, minhash), also written."""
    doc_ids, values = [], []
    for path in sorted(p for paths in partition_files(snapshot / "articles").values() for p in paths):
        table = read(path, ARTICLES_SCHEMA)  # whatever version wrote it
        bodies = pc.coalesce(table["body_before_words"], table["body"]).to_pylist()
        for doc_id, title, body in zip(table["doc_id"].to_pylist(), table["title"].to_pylist(), bodies):
            if doc_id not in replaced:
                doc_ids.append(doc_id)
                values.append(signature(doc_id, title or "", body or "").minhash)
    made = pa.table({"doc_id": pa.array(doc_ids, pa.string()), "minhash": pa.array(values, pa.binary())})
    write_table(made, target)
    return made


def links_for(links: Path, batch: int) -> dict[str, tuple[str, float]]:
    """The links of one batch's articles: {doc_id: (duplicate_of, similarity)}."""
    table = pq.read_table(links / LINKS_FILE, filters=[("batch", "=", batch)])
    return {row["doc_id"]: (row["duplicate_of"], row["duplicate_similarity"]) for row in table.to_pylist()}


class LinkStep(Step):
    """Set each article's duplicate link, as the duplicates phase found it."""

    name = "duplicates"

    def __init__(self, links: dict[str, tuple[str, float]]) -> None:
        super().__init__()
        self.links = links

    def apply(self, doc: Document) -> None:
        doc.duplicate_of, doc.duplicate_similarity = self.links.get(doc.doc_id, (None, None))
        if doc.duplicate_of:
            self.count("duplicates")


def batches_of(signature_files: list[Path]) -> dict[str, int]:
    """{doc_id: batch} of this run's articles, from the signature files."""
    out: dict[str, int] = {}
    for path in signature_files:
        table = pq.read_table(path, columns=["doc_id", "batch"])
        out.update(zip(table["doc_id"].to_pylist(), table["batch"].to_pylist()))
    return out
