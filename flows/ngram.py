"""A small, fast, cased 4-gram Kneser-Ney language model for the word-repair stage.

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
used to propose which word fills a gap.

Fitting streams the bodies in batches: tokens are spilled per batch, counted per
batch with numpy, and the per-batch count tables are merged by DuckDB (which
spills to disk), so counting scales past memory; only the merged, pruned model
has to fit in memory.  Estimation is interpolated modified Kneser-Ney (Chen &
Goodman) with singleton pruning of trigrams and 4-grams.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
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

# Same sentence boundary rule as the damage generator (make_raw.py), so that the
# sentence indices of our edits line up with how sentences are counted elsewhere.
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019]))\s+(?=[\"'\u201c\u2018]?[A-Z0-9])")
TOKEN = re.compile(r"[\w'\u2019-]+|[^\w\s]")
WORDLIKE = re.compile(r"[\w'\u2019-]+")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                       "\u2013": "-", "\u2014": "-"})
_DIGIT = re.compile(r"\d")

# Fewer tokens than this and a 4-gram model is mostly backoff: its repairs would
# be guesses (the dev corpus's 6k-token Italian part is the case in point).
MIN_TOKENS = 50_000
Counts = dict[int, tuple[np.ndarray, np.ndarray]]  # order -> (sorted n-gram keys, counts)
# Singleton trigrams/4-grams are dropped: they are half of all n-grams, add little
# on held-out text, and -- because the model is fitted on the very text it repairs
# -- they are exactly where the damaged n-grams ("after a their") would hide.
PRUNE_MIN = {1: 1, 2: 2, 3: 2, 4: 2}
# Calibration plants damage in every 3rd sentence, up to 15k: ~5k planted edits,
# enough for a dozen-feature logistic model, and a few seconds of work.
SAMPLE_EVERY = 2
SAMPLE_MAX = 25_000
BATCH_SENTENCES = 50_000  # sentences per counting batch: ~1M tokens, a few hundred MB peak
# Foreignness of a word in language L: how much more often the corpus's other
# languages use it.  A language needs this much text for its rates to mean anything
# (a 6k-token part would make every rare word of the others look foreign), and a
# word this many occurrences there; English "the" in German text scores ~5.7 (a
# rate 300x the German one), German "in" 0.1.
LEXICON_MIN_TOKENS = 20_000
LEXICON_MIN_COUNT = 3
LEXICON_MAX_TYPES = 2_000_000  # beyond this many word types, once-seen words are dropped: memory stays bounded
FOREIGN_CAP = 10.0


@lru_cache(maxsize=1 << 18)
def normalize(token: str) -> str:
    """Fold quotes/dashes and digits so that "2004"/"1999" and ’/' share statistics (memoised:
    a few thousand word types make up most tokens)."""
    return _DIGIT.sub("0", token.translate(_FOLD))


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of a paragraph (make_raw.py's rule)."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(paragraph):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if len(paragraph) > start:
        spans.append((start, len(paragraph)))
    return spans


def sentence_tokens(sentence: str) -> list[str]:
    """LM tokens of one sentence: words and punctuation marks, normalised."""
    return [normalize(t) for t in TOKEN.findall(sentence)]


def body_sentences(body: str) -> Iterator[str]:
    """Every sentence of a body (paragraphs split on blank lines, then sentences)."""
    for paragraph in body.split("\n\n"):
        for start, end in split_sentences(paragraph):
            yield paragraph[start:end]


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
        # per other language and vocab id: ln(rate there / rate here), >= 0 (see foreign_scores)
        self.foreign = arrays.get("foreign", np.zeros((1, len(vocab)), dtype=np.float32))

    # ---- ids -------------------------------------------------------------
    def ids(self, tokens: list[str]) -> list[int]:
        get = self.index.get
        return [get(t, UNK) for t in tokens]

    # ---- scoring ---------------------------------------------------------
    def _find(self, order: int, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        keys = self.keys[order]
        idx = np.searchsorted(keys, query)
        np.minimum(idx, len(keys) - 1, out=idx)
        return keys[idx] == query, idx

    def logprob(self, h3: np.ndarray, h2: np.ndarray, h1: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """ln P(w | h3 h2 h1) for arrays of ids (uint64), and the order of the n-gram matched.

        ARPA backoff: the longest stored n-gram ending in w gives the probability,
        plus the backoff weights of every longer context that was not matched.
        """
        q2 = (h1 << SHIFT) | w
        q3 = (h2 << np.uint64(2 * BITS)) | q2
        q4 = (h3 << np.uint64(3 * BITS)) | q3
        f4, i4 = self._find(4, q4)
        f3, i3 = self._find(3, q3)
        f2, i2 = self._find(2, q2)
        fc3, ic3 = self._find(3, q4 >> SHIFT)
        fc2, ic2 = self._find(2, q3 >> SHIFT)
        b3 = np.where(fc3, self.bow[3][ic3], 0.0)
        b2 = np.where(fc2, self.bow[2][ic2], 0.0)
        b1 = self.bow1[h1.astype(np.int64)]
        p1 = self.lp1[w.astype(np.int64)] + b1 + b2 + b3
        lp = np.where(f4, self.lp[4][i4], np.where(f3, self.lp[3][i3] + b3, np.where(f2, self.lp[2][i2] + b3 + b2, p1)))
        order = np.where(f4, 4, np.where(f3, 3, np.where(f2, 2, 1))).astype(np.int8)
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

    # ---- persistence -------------------------------------------------------
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


# ---------------------------------------------------------------------------
# Fitting
# ---------------------------------------------------------------------------

def _tokenize_batches(bodies: Iterable[str], spill: Path) -> tuple[list[Path], dict[str, int], np.ndarray, list[str]]:
    """Pass 1: tokens -> provisional int32 ids, spilled per batch.

    Returns the batch files, the raw vocabulary, raw counts, and a sample of
    sentences (every SAMPLE_EVERY-th, at most SAMPLE_MAX) for calibration.
    """
    raw: dict[str, int] = {}
    files, batch, sample = [], [], []
    counts = np.zeros(1024, dtype=np.int64)

    def flush() -> None:
        nonlocal counts
        if not batch:
            return
        arr = np.concatenate(batch).astype(np.int32)
        if len(raw) > len(counts):
            counts = np.concatenate([counts, np.zeros(len(raw) * 2 - len(counts), dtype=np.int64)])
        counts += np.bincount(arr[arr >= 0], minlength=len(counts))[: len(counts)]
        path = spill / f"tokens{len(files):05d}.npy"
        np.save(path, arr)
        files.append(path)
        batch.clear()

    n = 0
    for body in bodies:
        for sentence in body_sentences(body):
            toks = sentence_tokens(sentence)
            if not toks:
                continue
            ids = [raw.setdefault(t, len(raw)) for t in toks]
            batch.append(np.array(ids + [-1], dtype=np.int32))  # -1 ends a sentence
            n += 1
            if n % SAMPLE_EVERY == 0 and len(sample) < SAMPLE_MAX:
                sample.append(sentence)
            if n % BATCH_SENTENCES == 0:
                flush()
    flush()
    return files, raw, counts[: len(raw)], sample


def _final_vocab(raw: dict[str, int], counts: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Cap the vocabulary at the most frequent words; returns words and a raw-id -> id map."""
    order = np.argsort(-counts, kind="stable")[: MAX_VOCAB - len(SPECIALS)]
    words = list(raw)
    vocab = SPECIALS + [words[i] for i in order]
    remap = np.full(len(raw) + 1, UNK, dtype=np.int64)  # last slot: the -1 sentence end
    remap[order] = np.arange(len(SPECIALS), len(SPECIALS) + len(order))
    remap[-1] = EOS
    return vocab, remap


def _padded(raw_ids: np.ndarray, remap: np.ndarray) -> np.ndarray:
    """Map ids and lay sentences out as <s> <s> <s> w1 .. wn </s> (uint64)."""
    ids = remap[raw_ids]  # -1 indexes the last slot -> EOS
    ends = np.flatnonzero(raw_ids < 0)
    starts = np.concatenate([[0], ends[:-1] + 1])
    out = np.insert(ids, np.repeat(starts, ORDER - 1), BOS)
    return out.astype(np.uint64)


def _count_batch(seq: np.ndarray) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """Counts of every n-gram (orders 1..4) ending at a token other than <s>."""
    ends = np.flatnonzero(seq != BOS)
    out = {}
    key = np.zeros(len(ends), dtype=np.uint64)
    for k in range(1, ORDER + 1):
        key |= seq[ends - (k - 1)] << np.uint64(BITS * (k - 1))
        keys, counts = np.unique(key, return_counts=True)
        out[k] = (keys, counts.astype(np.int64))
    return out


def _merge(tables: list[Counts], spill: Path) -> Counts:
    """Sum per-batch count tables; with several batches DuckDB does it (spilling to disk as needed)."""
    if len(tables) == 1:
        return tables[0]
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    merged = {}
    con = duckdb.connect()
    con.execute(f"SET temp_directory='{spill}'")
    for k in range(1, ORDER + 1):
        for b, t in enumerate(tables):
            pq.write_table(pa.table({"key": t[k][0], "c": t[k][1]}), spill / f"o{k}_b{b:05d}.parquet")
        res = con.execute(f"SELECT key, sum(c)::BIGINT AS c FROM read_parquet('{spill}/o{k}_b*.parquet') "
                          "GROUP BY key ORDER BY key").fetchnumpy()
        merged[k] = (np.asarray(res["key"], dtype=np.uint64), np.asarray(res["c"], dtype=np.int64))
    con.close()
    return merged


def _discounts(a: np.ndarray) -> np.ndarray:
    """Modified KN discounts D1, D2, D3+ from counts-of-counts (Chen & Goodman)."""
    n = [max(int((a == i).sum()), 1) for i in range(1, 5)]
    y = n[0] / (n[0] + 2 * n[1])
    d = np.array([0.0, 1 - 2 * y * n[1] / n[0], 2 - 3 * y * n[2] / n[1], 3 - 4 * y * n[3] / n[2]])
    return np.clip(d, [0, 0.05, 0.1, 0.15], [0, 0.95, 1.9, 2.9])  # guard degenerate small-corpus counts


def _estimate(counts: dict[int, tuple[np.ndarray, np.ndarray]], vocab_size: int) -> dict[str, np.ndarray]:
    """Interpolated modified Kneser-Ney, pruning, ARPA backoff weights. Returns the model arrays."""
    keys = {k: counts[k][0] for k in counts}
    raw = {k: counts[k][1] for k in counts}
    # Context-only entries for the <s> padding so that their backoff weights have a home.
    for k in range(1, ORDER):
        pad = np.uint64(sum(BOS << (BITS * j) for j in range(k)))
        if not np.isin(pad, keys[k]):
            n_sent = raw[1][np.searchsorted(keys[1], np.uint64(EOS))]
            pos = np.searchsorted(keys[k], pad)
            keys[k], raw[k] = np.insert(keys[k], pos, pad), np.insert(raw[k], pos, n_sent)
    prob: dict[int, np.ndarray] = {}
    for k in range(1, ORDER + 1):
        key, c = keys[k], raw[k]
        predictable = (key & LOW) != np.uint64(BOS)
        if k < ORDER:  # continuation counts, except for n-grams that start with <s>
            suffix, n_left = np.unique(keys[k + 1] & MASKS[k], return_counts=True)
            a = np.zeros(len(key), dtype=np.int64)
            a[np.searchsorted(key, suffix)] = n_left
            starts_bos = (key >> np.uint64(BITS * (k - 1))) == np.uint64(BOS)
            a = np.where(starts_bos | (a == 0), c, a)
        else:
            a = c.copy()
        a = np.where(predictable, a, 0)
        d = _discounts(a[predictable])
        disc = d[np.minimum(a, 3)]
        if k == 1:
            total = a.sum()
            gamma = disc.sum() / total
            p = (a - disc) / total + gamma / vocab_size
        else:
            ctx = key >> SHIFT
            first = np.flatnonzero(np.concatenate([[True], ctx[1:] != ctx[:-1]]))
            group = np.repeat(np.arange(len(first)), np.diff(np.append(first, len(key))))
            s = np.add.reduceat(a, first)[group].astype(np.float64)
            gam = np.add.reduceat(disc, first)[group] / np.maximum(s, 1)
            lower = prob[k - 1][np.searchsorted(keys[k - 1], key & MASKS[k - 1])]
            p = (a - disc) / np.maximum(s, 1) + gam * lower
        prob[k] = np.where(predictable, p, 0.0)
    # Prune top-down; keep every context that a kept longer n-gram needs.
    keep = {ORDER: raw[ORDER] >= PRUNE_MIN[ORDER]}
    for k in range(ORDER - 1, 0, -1):
        needed = np.zeros(len(keys[k]), dtype=bool)
        needed[np.searchsorted(keys[k], np.unique(keys[k + 1][keep[k + 1]] >> SHIFT))] = True
        keep[k] = (raw[k] >= PRUNE_MIN[k]) | needed | ((keys[k] & LOW) == np.uint64(BOS))
    keys = {k: keys[k][keep[k]] for k in keys}
    raw = {k: raw[k][keep[k]] for k in raw}
    prob = {k: prob[k][keep[k]] for k in prob}
    # Backoff weight of context h: what its kept continuations leave, over what the lower order leaves.
    bows = {}
    for k in range(2, ORDER + 1):
        key = keys[k]
        ctx_idx = np.searchsorted(keys[k - 1], key >> SHIFT)
        lower = prob[k - 1][np.searchsorted(keys[k - 1], key & MASKS[k - 1])]
        num = 1 - np.bincount(ctx_idx, weights=prob[k], minlength=len(keys[k - 1]))
        den = 1 - np.bincount(ctx_idx, weights=lower, minlength=len(keys[k - 1]))
        bows[k - 1] = np.log(np.maximum(num, 1e-12) / np.maximum(den, 1e-12))
    arrays: dict[str, np.ndarray] = {}
    lp1 = np.full(vocab_size, np.log(1e-12))
    ok = prob[1] > 0
    lp1[keys[1][ok].astype(np.int64)] = np.log(prob[1][ok])
    bow1 = np.zeros(vocab_size)
    bow1[keys[1].astype(np.int64)] = bows[1]
    cnt1 = np.zeros(vocab_size, dtype=np.int64)
    cnt1[keys[1].astype(np.int64)] = raw[1]
    arrays.update(lp1=lp1.astype(np.float32), bow1=bow1.astype(np.float32), cnt1=cnt1.astype(np.uint32))
    for k in range(2, ORDER + 1):
        arrays[f"keys{k}"] = keys[k]
        arrays[f"lp{k}"] = np.log(np.maximum(prob[k], 1e-30)).astype(np.float32)
        arrays[f"cnt{k}"] = np.minimum(raw[k], 2**32 - 1).astype(np.uint32)
        if k < ORDER:
            arrays[f"bow{k}"] = bows[k].astype(np.float32)
    return arrays


def _skip_index(arrays: dict[str, np.ndarray], is_word: np.ndarray) -> None:
    """(left, right) -> middle words of stored trigrams, most frequent first: the gap fillers."""
    key, cnt = arrays["keys3"], arrays["cnt3"]
    mid = ((key >> SHIFT) & LOW).astype(np.int64)
    left, right = (key >> np.uint64(2 * BITS)) & LOW, key & LOW
    ok = is_word[mid] & (left != np.uint64(BOS)) & (right != np.uint64(BOS))
    skip = ((left[ok] << SHIFT) | right[ok]).astype(np.uint32)
    mid, cnt = mid[ok], cnt[ok]
    order = np.lexsort((-cnt.astype(np.int64), skip))
    arrays["skip_keys"] = skip[order]
    arrays["skip_words"] = mid[order].astype(np.uint16)
    arrays["skip_counts"] = cnt[order]


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
    return _count_batch(arr.astype(np.uint64))


# The skeleton keeps the 300 most frequent tokens (function words, punctuation, the
# commonest verbs) and replaces every other word by its shape: capitalised or not and
# its last two letters (plural -s, -ed, -ly, -ng ... in all four languages).
SKELETON_KEEP = 300


def _shape(word: str) -> str:
    if "0" in word:
        return "<num>"
    if not word[:1].isalpha():
        return "<sym>"
    cap = "C" if word[0].isupper() else "l"
    return f"<{cap}>" if len(word) <= 3 else f"<{cap}:{word[-2:].lower()}>"


def skeleton_map(vocab: list[str], unigrams: Counts) -> tuple[list[str], np.ndarray]:
    """Skeleton vocabulary and the map vocabulary id -> skeleton id."""
    counts = np.zeros(len(vocab), dtype=np.int64)
    counts[unigrams[0].astype(np.int64)] = unigrams[1]
    counts[: len(SPECIALS)] = np.iinfo(np.int64).max  # specials stay themselves, first
    keep = set(np.argsort(-counts, kind="stable")[: SKELETON_KEEP + len(SPECIALS)].tolist())
    skel_vocab: list[str] = []
    index: dict[str, int] = {}
    mapping = np.zeros(len(vocab), dtype=np.int64)
    for i, word in enumerate(vocab):
        token = word if i in keep else _shape(word)
        mapping[i] = index.setdefault(token, len(index))
        if mapping[i] == len(skel_vocab):
            skel_vocab.append(token)
    return skel_vocab, mapping



Lexicon = tuple[dict[str, int], int]  # word counts and token total of one language


def count_words(bodies: Iterable[str], start: Lexicon | None = None) -> Lexicon:
    """Word counts of one language's bodies (the lexicon other languages compare with),
    added to `start` when given (its dict is updated in place)."""
    counts, total = start if start is not None else ({}, 0)
    for body in bodies:
        for token in TOKEN.findall(body):
            if token[0].isalpha():
                token = normalize(token)
                counts[token] = counts.get(token, 0) + 1
                total += 1
        if len(counts) > LEXICON_MAX_TYPES:
            counts = {w: c for w, c in counts.items() if c > 1}
    return counts, total


def usable_lexicons(others: dict[str, Lexicon]) -> dict[str, Lexicon]:
    """The lexicons with enough text for their rates to mean anything, by language name."""
    return {k: v for k, v in sorted(others.items()) if v[1] >= LEXICON_MIN_TOKENS}


def foreign_scores(vocab: list[str], own: np.ndarray, others: dict[str, Lexicon]) -> np.ndarray:
    """Per other language (rows, sorted by name) and vocab id: ln(rate there / rate here), in [0, FOREIGN_CAP].

    What tells a stray English "the" in Portuguese text from the "of" of an English
    title quoted there: the word is foreign, and its neighbours are not foreign in
    the same way.  One row per language, so that a Spanish neighbour does not
    count as English.  A corpus with one language gets one row of zeros.
    """
    total = max(float(own.sum()), 1.0)
    here = np.log((own.astype(np.float64) + 1.0) / total)
    rows = []
    for counts, n in usable_lexicons(others).values():
        there = np.array([counts.get(w, 0) for w in vocab], dtype=np.float64)
        rows.append(np.where(there >= LEXICON_MIN_COUNT, np.log(np.maximum(there, 1.0) / n) - here, 0.0))
    table = np.array(rows) if rows else np.zeros((1, len(vocab)))
    table[:, : len(SPECIALS)] = 0.0
    return np.clip(table, 0.0, FOREIGN_CAP).astype(np.float32)


def merge_counts(a: dict, b: dict, sign: int) -> dict:
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


def fit_counts(files: list[Path], remap: np.ndarray, spill: Path) -> tuple[dict, int]:
    """Count every spilled batch and merge; returns the merged tables and the token count."""
    tables, tokens = [], 0
    for path in files:
        raw_ids = np.load(path)
        tokens += int((raw_ids >= 0).sum())
        tables.append(_count_batch(_padded(raw_ids, remap)))
    return _merge(tables, spill), tokens


def word_flags(vocab: list[str]) -> np.ndarray:
    """Which vocabulary entries may be inserted: words with a letter and no digit."""
    is_word = np.array([bool(WORDLIKE.fullmatch(w)) and any(ch.isalpha() for ch in w)
                        and not any(ch.isdigit() for ch in w) for w in vocab])
    is_word[:len(SPECIALS)] = False
    return is_word


def build_model(counts: dict, vocab: list[str], meta: dict, is_word: np.ndarray | None = None) -> WordModel:
    """Estimate a model from merged counts."""
    arrays = _estimate(counts, len(vocab))
    is_word = word_flags(vocab) if is_word is None else is_word
    arrays["is_word"] = is_word
    _skip_index(arrays, is_word)
    sizes = {k: int(len(arrays[f"keys{k}"])) for k in range(2, ORDER + 1)}
    meta = dict(meta, order=ORDER, vocab_size=len(vocab), ngrams=sizes)
    return WordModel(vocab, arrays, meta)


def fit_word_model(bodies: Iterable[str], language: str, directory: Path, *, min_tokens: int = MIN_TOKENS,
                   calibrate: bool = True, others: dict[str, Lexicon] | None = None) -> WordModel | None:
    """Count n-grams in batches (streaming, bounded memory), merge, prune, estimate, save under `directory`.

    None when there is too little text (fewer than `min_tokens` tokens): such a
    language is left alone by the repair stage.  With `calibrate`, the decision
    thresholds are measured on damage planted in the corpus itself (see
    flows.words.calibrate) and stored in meta.json.  `others`: the lexicons of the
    corpus's other languages, from which each word's foreignness is measured.
    """
    started = time.perf_counter()
    directory = Path(directory)
    with tempfile.TemporaryDirectory(prefix="ngram-") as tmp:
        spill = Path(tmp)
        files, raw, raw_counts, sample = _tokenize_batches(bodies, spill)
        n_tokens = int(raw_counts.sum())
        if n_tokens < min_tokens:
            return None
        vocab, remap = _final_vocab(raw, raw_counts)
        counts, _ = fit_counts(files, remap, spill)
        meta = {"language": language, "tokens": n_tokens, "sentences": int(counts[1][1][
            np.searchsorted(counts[1][0], np.uint64(EOS))]), "prune_min": PRUNE_MIN}
        model = build_model(counts, vocab, meta)
        model.a["foreign"] = model.foreign = foreign_scores(vocab, model.unigram_count, others or {})
        model.meta["foreign_from"] = list(usable_lexicons(others or {}))
        skel_vocab, skel = skeleton_map(vocab, counts[1])
        skel_counts, _ = fit_counts(files, skel[remap], spill)
        model.skeleton = build_model(skel_counts, skel_vocab, {"language": language, "skeleton_of": language})
        model.a["skel_map"] = model.skel_map = skel.astype(np.int32)
        if calibrate:
            from flows.words import calibrate as _calibrate  # words depends on ngram, not the reverse
            model.meta["calibration"] = cal = _calibrate(model, sample, counts, skel_counts)
            # (precision, recall) of each op at each threshold, measured on the planted damage
            model.meta["thresholds_measured"] = {k: cal[k]["precision_at"] for k in ("insert", "delete") if k in cal}
    model.meta["fitted_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    model.meta["fit_seconds"] = round(time.perf_counter() - started, 2)
    model.save(directory)
    return model
