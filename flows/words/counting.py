"""Counting n-grams for a model, in bounded memory.

Fitting streams the bodies in batches: tokens are spilled per batch as provisional
ids, counted per batch with numpy, and the per-batch count tables are merged by
DuckDB (which spills to disk), so counting scales past memory; only the merged,
pruned model has to fit in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from flows.spill import connection
from flows.words.model import BITS, BOS, EOS, MAX_VOCAB, ORDER, SPECIALS, UNK
from flows.words.tokens import body_sentences, sentence_tokens

Counts = dict[int, tuple[np.ndarray, np.ndarray]]  # order -> (sorted n-gram keys, counts)

# Calibration plants damage in every 2nd sentence, up to 25,000: ~8k planted edits,
# enough for a few dozen features of a logistic model, and a few seconds of work.
SAMPLE_EVERY = 2
SAMPLE_MAX = 25_000
# ... and keeps every 2nd body whole, up to 200, for the article model (flows/words/article.py):
# three numbers, which 200 articles pin to within a few points (dev: the same gaps as from all).
ARTICLE_EVERY = 2
ARTICLE_MAX = 200
BATCH_SENTENCES = 50_000  # sentences per counting batch: ~1M tokens, a few hundred MB peak


@dataclass
class Tokenized:
    """Pass 1 of a fit: spilled batches of provisional ids, the raw vocabulary and its counts,
    and samples of sentences and of whole bodies for calibration."""

    files: list[Path] = field(default_factory=list)
    raw: dict[str, int] = field(default_factory=dict)
    counts: np.ndarray = field(default_factory=lambda: np.zeros(1024, dtype=np.int64))
    sample: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        return int(self.counts.sum())

    def spill(self, batch: list[np.ndarray], folder: Path) -> None:
        if not batch:
            return
        arr = np.concatenate(batch).astype(np.int32)
        if len(self.raw) > len(self.counts):
            self.counts = np.concatenate([self.counts, np.zeros(len(self.raw) * 2 - len(self.counts), np.int64)])
        self.counts += np.bincount(arr[arr >= 0], minlength=len(self.counts))[: len(self.counts)]
        path = folder / f"tokens{len(self.files):05d}.npy"
        np.save(path, arr)
        self.files.append(path)
        batch.clear()


def tokenize_batches(bodies: Iterable[str], spill: Path) -> Tokenized:
    """Tokens -> provisional int32 ids, spilled every BATCH_SENTENCES sentences (-1 ends a sentence)."""
    out, batch, n = Tokenized(), [], 0
    for b, body in enumerate(bodies):
        if b % ARTICLE_EVERY == 0 and len(out.articles) < ARTICLE_MAX:
            out.articles.append(body)
        for sentence in body_sentences(body):
            toks = sentence_tokens(sentence)
            if not toks:
                continue
            ids = [out.raw.setdefault(t, len(out.raw)) for t in toks]
            batch.append(np.array(ids + [-1], dtype=np.int32))
            n += 1
            if n % SAMPLE_EVERY == 0 and len(out.sample) < SAMPLE_MAX:
                out.sample.append(sentence)
            if n % BATCH_SENTENCES == 0:
                out.spill(batch, spill)
    out.spill(batch, spill)
    out.counts = out.counts[: len(out.raw)]
    return out


def final_vocab(raw: dict[str, int], counts: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Cap the vocabulary at the most frequent words; returns words and a raw-id -> id map."""
    order = np.argsort(-counts, kind="stable")[: MAX_VOCAB - len(SPECIALS)]
    words = list(raw)
    vocab = SPECIALS + [words[i] for i in order]
    remap = np.full(len(raw) + 1, UNK, dtype=np.int64)  # last slot: the -1 sentence end
    remap[order] = np.arange(len(SPECIALS), len(SPECIALS) + len(order))
    remap[-1] = EOS
    return vocab, remap


def padded(raw_ids: np.ndarray, remap: np.ndarray) -> np.ndarray:
    """Map ids and lay sentences out as <s> <s> <s> w1 .. wn </s> (uint64)."""
    ids = remap[raw_ids]  # -1 indexes the last slot -> EOS
    ends = np.flatnonzero(raw_ids < 0)
    starts = np.concatenate([[0], ends[:-1] + 1])
    out = np.insert(ids, np.repeat(starts, ORDER - 1), BOS)
    return out.astype(np.uint64)


def count_batch(seq: np.ndarray) -> Counts:
    """Counts of every n-gram (orders 1..4) ending at a token other than <s>."""
    ends = np.flatnonzero(seq != BOS)
    out = {}
    key = np.zeros(len(ends), dtype=np.uint64)
    for k in range(1, ORDER + 1):
        key |= seq[ends - (k - 1)] << np.uint64(BITS * (k - 1))
        keys, counts = np.unique(key, return_counts=True)
        out[k] = (keys, counts.astype(np.int64))
    return out


def merge_batches(tables: list[Counts], spill: Path) -> Counts:
    """Sum per-batch count tables; with several batches DuckDB does it (spilling to disk as needed)."""
    if len(tables) == 1:
        return tables[0]
    import pyarrow as pa
    import pyarrow.parquet as pq

    merged = {}
    con = connection(spill)
    for k in range(1, ORDER + 1):
        for b, t in enumerate(tables):
            pq.write_table(pa.table({"key": t[k][0], "c": t[k][1]}), spill / f"o{k}_b{b:05d}.parquet")
        res = con.execute(f"SELECT key, sum(c)::BIGINT AS c FROM read_parquet('{spill}/o{k}_b*.parquet') "
                          "GROUP BY key ORDER BY key").fetchnumpy()
        merged[k] = (np.asarray(res["key"], dtype=np.uint64), np.asarray(res["c"], dtype=np.int64))
    con.close()
    return merged


def fit_counts(files: list[Path], remap: np.ndarray, spill: Path) -> Counts:
    """Count every spilled batch under the final vocabulary and merge."""
    return merge_batches([count_batch(padded(np.load(path), remap)) for path in files], spill)


def count_sentences(sentences: list[str], index: dict[str, int], mapping: np.ndarray | None = None) -> Counts:
    """N-gram counts of a few sentences under a fixed vocabulary (words outside it are <unk>).

    `mapping` (vocabulary id -> id) counts them in another token space, e.g. the skeleton's.
    """
    ids: list[int] = []
    for sentence in sentences:
        toks = sentence_tokens(sentence)
        if toks:
            ids.extend([BOS] * (ORDER - 1) + [index.get(t, UNK) for t in toks] + [EOS])
    arr = np.array(ids, dtype=np.int64)
    if mapping is not None:
        arr = mapping[arr]
    return count_batch(arr.astype(np.uint64))


def merge_counts(a: Counts, b: Counts, sign: int) -> Counts:
    """a + sign * b, order by order; n-grams whose count drops to zero disappear."""
    out = {}
    for k in a:
        keys = np.concatenate([a[k][0], b[k][0]])
        vals = np.concatenate([a[k][1], sign * b[k][1]])
        uniq, inv = np.unique(keys, return_inverse=True)
        total = np.bincount(inv, weights=vals, minlength=len(uniq)).astype(np.int64)
        keep = total > 0
        out[k] = (uniq[keep], total[keep])
    return out
