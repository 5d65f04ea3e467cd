"""A fitted cased 4-gram Kneser-Ney model, stored as sorted numpy arrays and queried in bulk.

Why our own model rather than an ARPA file queried through kenlm: repair scores
thousands of candidate edits per article, and doing that in bulk (one vectorised
lookup for all candidates of an article) is what makes the stage fast; a model
stored as sorted numpy arrays loads in well under a second and is shared
read-only by every worker.

Layout.  Token ids are 16-bit (the vocabulary is capped at 65,535 entries, rarer
words become <unk>), so an n-gram of order <= 4 packs exactly into one uint64,
oldest word in the high bits: the context of a key is `key >> 16` and its suffix
is `key & mask`.  Each order keeps a sorted key array with log-probabilities and
backoff weights (ARPA semantics), plus a "skip" index (a, _, b) -> middle words
used to propose which word fills a gap.  Fitting is in `counting`, `estimate`
and `fit`; this module only holds and queries a model.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

ORDER = 4
BITS = 16
MAX_VOCAB = 1 << BITS  # ids must fit 16 bits so that a 4-gram packs into a uint64
UNK, BOS, EOS = 0, 1, 2
SPECIALS = ["<unk>", "<s>", "</s>"]
MASKS = {k: np.uint64((1 << (BITS * k)) - 1) for k in range(1, ORDER + 1)}
SHIFT = np.uint64(BITS)
LOW = np.uint64(MAX_VOCAB - 1)


# Binary searches of queries in sorted order touch the key array's pages in order: 2.8x faster
# for an article's ~10k lookups into 130k keys than the same queries as they come.
SORT_QUERIES_FROM = 64


def sorted_search(keys: np.ndarray, query: np.ndarray) -> np.ndarray:
    """np.searchsorted(keys, query), with the queries looked up in sorted order and each distinct one once: an
    article's candidates ask for the same bigrams and trigrams again and again (29% and 43% of them distinct)."""
    if len(query) < SORT_QUERIES_FROM:
        return np.searchsorted(keys, query)
    order = np.argsort(query)
    ordered = query[order]
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    idx = np.empty(len(query), dtype=np.int64)
    idx[order] = np.searchsorted(keys, ordered[first])[np.cumsum(first) - 1]
    return idx


class WordModel:
    """A fitted model: vocabulary, per-order n-gram tables and the gap-filler index."""

    language: str

    def __init__(self, vocab: list[str], arrays: dict[str, np.ndarray], meta: dict, directory: Path | None = None):
        self.vocab = vocab
        self.index = {w: i for i, w in enumerate(vocab)}
        self.meta = meta
        self.language = meta.get("language", "")
        self.directory = directory
        self.a = arrays
        self.lp1 = arrays["lp1"]
        self.bow1 = arrays["bow1"]
        self.keys = {k: arrays[f"keys{k}"] for k in range(2, ORDER + 1)}
        self.lp = {k: arrays[f"lp{k}"] for k in range(2, ORDER + 1)}
        self.bow = {k: arrays[f"bow{k}"] for k in range(2, ORDER)}
        self.counts = {k: arrays[f"cnt{k}"] for k in range(2, ORDER + 1)}
        self.unigram_count = arrays["cnt1"]
        self.is_word = arrays["is_word"]
        self.skip_keys = arrays["skip_keys"]
        self.skip_words = arrays["skip_words"]
        self.skip_counts = arrays["skip_counts"]
        # the skeleton model (frequent words + shapes of the rest) and vocab id -> skeleton id
        self.skeleton: WordModel | None = None
        self.skel_map = arrays.get("skel_map")
        # per other language and vocab id: ln(rate there / rate here), >= 0 (see lexicon.foreign_scores)
        self.foreign = arrays.get("foreign", np.zeros((1, len(vocab)), dtype=np.float32))
        self.stray: np.ndarray | None = None  # which ids may be stray insertions (candidates.stray_ids)
        self.word_ids: dict | None = None  # space token -> its model-token ids (layout, memoised)
        self.repairs: dict | None = None  # a body's edits, memoised for its exact copies (flows/words/repair.py)

    def ids(self, tokens: list[str]) -> list[int]:
        get = self.index.get
        return [get(t, UNK) for t in tokens]

    def find(self, order: int, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which keys of `order` are stored, and where (for the stored ones)."""
        keys = self.keys[order]
        idx = sorted_search(keys, query)
        np.minimum(idx, len(keys) - 1, out=idx)
        return keys[idx] == query, idx

    def count(self, *ids: np.ndarray) -> np.ndarray:
        """Stored count of the n-gram ids[0] .. ids[-1] (0 if pruned or unseen)."""
        key = np.zeros(len(ids[0]), dtype=np.uint64)
        for i in ids:
            key = (key << SHIFT) | i.astype(np.uint64)
        found, idx = self.find(len(ids), key)
        return np.where(found, self.counts[len(ids)][idx], 0).astype(np.float64)

    def logprob(self, h3: np.ndarray, h2: np.ndarray, h1: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """ln P(w | h3 h2 h1) for arrays of ids (uint64), and the order of the n-gram matched.

        ARPA backoff: the longest stored n-gram ending in w gives the probability,
        plus the backoff weights of every longer context that was not matched. Each
        order is looked up only for the n-grams the order above did not match (91% of
        the 4-grams asked for are unseen, about half the trigrams).
        """
        q2 = (h1 << SHIFT) | w
        q3 = (h2 << np.uint64(2 * BITS)) | q2
        q4 = (h3 << np.uint64(3 * BITS)) | q3
        f4, i4 = self.find(4, q4)
        lp, order = self.lp[4][i4], np.full(len(w), 4, dtype=np.int8)
        r3 = np.flatnonzero(~f4)
        # an n-gram and the context of the next order up are keys of the same table: one search each
        f3, i3 = self.find(3, np.concatenate([q3[r3], q4[r3] >> SHIFT]))
        f3, fc3, i3, ic3 = f3[:len(r3)], f3[len(r3):], i3[:len(r3)], i3[len(r3):]
        b3 = np.where(fc3, self.bow[3][ic3], 0.0)
        lp3, order3 = self.lp[3][i3] + b3, np.full(len(r3), 3, dtype=np.int8)
        k2 = np.flatnonzero(~f3)  # of r3
        r2, b3 = r3[k2], b3[k2]
        f2, i2 = self.find(2, np.concatenate([q2[r2], q3[r2] >> SHIFT]))
        f2, fc2, i2, ic2 = f2[:len(r2)], f2[len(r2):], i2[:len(r2)], i2[len(r2):]
        b2 = np.where(fc2, self.bow[2][ic2], 0.0)
        b1 = self.bow1[h1[r2].astype(np.int64)]
        p1 = self.lp1[w[r2].astype(np.int64)] + b1 + b2 + b3
        lp3[k2], order3[k2] = np.where(f2, self.lp[2][i2] + b3 + b2, p1), np.where(f2, 2, 1)
        lp[r3], order[r3] = lp3, order3
        return lp.astype(np.float32), order

    def fillers(self, left: np.ndarray, right: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Words w seen (at least twice) as `left w right`, up to `limit` per gap, most frequent first.

        Returns (gap index, word id, trigram count) arrays.
        """
        q = (left.astype(np.uint32) << np.uint32(BITS)) | right.astype(np.uint32)
        lo = np.searchsorted(self.skip_keys, q, side="left")
        hi = np.searchsorted(self.skip_keys, q, side="right")
        n = np.minimum(hi - lo, limit)
        total = int(n.sum())
        if total == 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        gap = np.repeat(np.arange(len(q)), n)
        starts = np.repeat(lo - np.cumsum(n) + n, n)
        pos = starts + np.arange(total)
        return gap, self.skip_words[pos].astype(np.int64), self.skip_counts[pos].astype(np.int64)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.savez(directory / "model.npz", **self.a)
        (directory / "vocab.txt").write_text("\n".join(self.vocab) + "\n", encoding="utf-8")
        if self.skeleton is not None:
            self.skeleton.save(directory / "skeleton")
        (directory / "meta.json").write_text(json.dumps(self.meta, indent=1, ensure_ascii=False), encoding="utf-8")
        self.directory = directory

    @classmethod
    def load(cls, directory: Path) -> WordModel:
        directory = Path(directory)
        with np.load(directory / "model.npz") as z:
            arrays = {k: z[k] for k in z.files}
        vocab = (directory / "vocab.txt").read_text(encoding="utf-8").split("\n")[:-1]
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        model = cls(vocab, arrays, meta, directory)
        if (directory / "skeleton" / "meta.json").exists():
            model.skeleton = cls.load(directory / "skeleton")
        return model

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in self.a.values()) + (self.skeleton.nbytes if self.skeleton else 0)


_CACHE: dict[tuple[str, float], WordModel] = {}


def load_cached(directory: Path) -> WordModel:
    """Load once per process; a refit (new mtime of meta.json) is picked up on the next call."""
    directory = Path(directory).resolve()
    key = (str(directory), (directory / "meta.json").stat().st_mtime)
    model = _CACHE.get(key)
    if model is None:
        for old in [k for k in _CACHE if k[0] == key[0]]:
            del _CACHE[old]
        model = _CACHE[key] = WordModel.load(directory)
    return model
