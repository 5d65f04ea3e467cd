"""Estimating a model from merged counts: interpolated modified Kneser-Ney (Chen & Goodman),
singleton pruning, ARPA backoff weights, the gap-filler index and the skeleton vocabulary."""

from __future__ import annotations

import numpy as np

from flows.words.counting import Counts
from flows.words.model import BITS, BOS, EOS, LOW, MASKS, ORDER, SHIFT, SPECIALS, WordModel
from flows.words.tokens import WORDLIKE

# Singleton trigrams/4-grams are dropped: they are half of all n-grams, add little
# on held-out text, and -- because the model is fitted on the very text it repairs
# -- they are exactly where the damaged n-grams ("after a their") would hide.
PRUNE_MIN = {1: 1, 2: 2, 3: 2, 4: 2}
# The skeleton keeps the 300 most frequent tokens (function words, punctuation, the
# commonest verbs) and replaces every other word by its shape: capitalised or not and
# its last two letters (plural -s, -ed, -ly, -ng ... in all four languages).
SKELETON_KEEP = 300


def discounts(a: np.ndarray) -> np.ndarray:
    """Modified KN discounts D1, D2, D3+ from counts-of-counts (Chen & Goodman)."""
    n = [max(int((a == i).sum()), 1) for i in range(1, 5)]
    y = n[0] / (n[0] + 2 * n[1])
    d = np.array([0.0, 1 - 2 * y * n[1] / n[0], 2 - 3 * y * n[2] / n[1], 3 - 4 * y * n[3] / n[2]])
    return np.clip(d, [0, 0.05, 0.1, 0.15], [0, 0.95, 1.9, 2.9])  # guard degenerate small-corpus counts


def _with_padding_contexts(counts: Counts) -> tuple[dict[int, np.ndarray], dict[int, np.ndarray]]:
    """Keys and counts per order, plus context-only entries for the <s> padding so that
    their backoff weights have a home."""
    keys = {k: counts[k][0] for k in counts}
    raw = {k: counts[k][1] for k in counts}
    for k in range(1, ORDER):
        pad = np.uint64(sum(BOS << (BITS * j) for j in range(k)))
        pos = int(np.searchsorted(keys[k], pad))  # the keys are sorted (np.isin would sort them again)
        if pos == len(keys[k]) or keys[k][pos] != pad:
            n_sent = raw[1][np.searchsorted(keys[1], np.uint64(EOS))]
            keys[k], raw[k] = np.insert(keys[k], pos, pad), np.insert(raw[k], pos, n_sent)
    return keys, raw


def _adjusted_counts(keys: dict[int, np.ndarray], raw: dict[int, np.ndarray], k: int) -> np.ndarray:
    """KN's counts of order k: continuation counts below the top order, except for n-grams
    that start with <s>; zero where the n-gram predicts <s>."""
    key, c = keys[k], raw[k]
    if k < ORDER:
        suffix, n_left = np.unique(keys[k + 1] & MASKS[k], return_counts=True)
        a = np.zeros(len(key), dtype=np.int64)
        a[np.searchsorted(key, suffix)] = n_left
        starts_bos = (key >> np.uint64(BITS * (k - 1))) == np.uint64(BOS)
        a = np.where(starts_bos | (a == 0), c, a)
    else:
        a = c.copy()
    return np.where((key & LOW) != np.uint64(BOS), a, 0)


def _probabilities(keys: dict[int, np.ndarray], raw: dict[int, np.ndarray], vocab_size: int) -> dict[int, np.ndarray]:
    """Interpolated modified Kneser-Ney probability of every stored n-gram, order by order."""
    prob: dict[int, np.ndarray] = {}
    for k in range(1, ORDER + 1):
        key = keys[k]
        predictable = (key & LOW) != np.uint64(BOS)
        a = _adjusted_counts(keys, raw, k)
        disc = discounts(a[predictable])[np.minimum(a, 3)]
        if k == 1:
            total = a.sum()
            p = (a - disc) / total + (disc.sum() / total) / vocab_size
        else:
            ctx = key >> SHIFT
            first = np.flatnonzero(np.concatenate([[True], ctx[1:] != ctx[:-1]]))
            group = np.repeat(np.arange(len(first)), np.diff(np.append(first, len(key))))
            s = np.add.reduceat(a, first)[group].astype(np.float64)
            gam = np.add.reduceat(disc, first)[group] / np.maximum(s, 1)
            lower = prob[k - 1][np.searchsorted(keys[k - 1], key & MASKS[k - 1])]
            p = (a - disc) / np.maximum(s, 1) + gam * lower
        prob[k] = np.where(predictable, p, 0.0)
    return prob


def _pruned(keys: dict, raw: dict, prob: dict) -> tuple[dict, dict, dict]:
    """Prune top-down; keep every context that a kept longer n-gram needs."""
    keep = {ORDER: raw[ORDER] >= PRUNE_MIN[ORDER]}
    for k in range(ORDER - 1, 0, -1):
        needed = np.zeros(len(keys[k]), dtype=bool)
        needed[np.searchsorted(keys[k], np.unique(keys[k + 1][keep[k + 1]] >> SHIFT))] = True
        keep[k] = (raw[k] >= PRUNE_MIN[k]) | needed | ((keys[k] & LOW) == np.uint64(BOS))
    return ({k: keys[k][keep[k]] for k in keys}, {k: raw[k][keep[k]] for k in raw},
            {k: prob[k][keep[k]] for k in prob})


def _backoff_weights(keys: dict, prob: dict) -> dict[int, np.ndarray]:
    """Backoff weight of context h: what its kept continuations leave, over what the lower order leaves."""
    bows = {}
    for k in range(2, ORDER + 1):
        key = keys[k]
        ctx_idx = np.searchsorted(keys[k - 1], key >> SHIFT)
        lower = prob[k - 1][np.searchsorted(keys[k - 1], key & MASKS[k - 1])]
        num = 1 - np.bincount(ctx_idx, weights=prob[k], minlength=len(keys[k - 1]))
        den = 1 - np.bincount(ctx_idx, weights=lower, minlength=len(keys[k - 1]))
        bows[k - 1] = np.log(np.maximum(num, 1e-12) / np.maximum(den, 1e-12))
    return bows


def _model_arrays(keys: dict, raw: dict, prob: dict, bows: dict, vocab_size: int) -> dict[str, np.ndarray]:
    """The arrays a WordModel is made of (unigrams dense by id, higher orders sorted by key)."""
    lp1 = np.full(vocab_size, np.log(1e-12))
    ok = prob[1] > 0
    lp1[keys[1][ok].astype(np.int64)] = np.log(prob[1][ok])
    bow1 = np.zeros(vocab_size)
    bow1[keys[1].astype(np.int64)] = bows[1]
    cnt1 = np.zeros(vocab_size, dtype=np.int64)
    cnt1[keys[1].astype(np.int64)] = raw[1]
    arrays = {"lp1": lp1.astype(np.float32), "bow1": bow1.astype(np.float32), "cnt1": cnt1.astype(np.uint32)}
    for k in range(2, ORDER + 1):
        arrays[f"keys{k}"] = keys[k]
        arrays[f"lp{k}"] = np.log(np.maximum(prob[k], 1e-30)).astype(np.float32)
        arrays[f"cnt{k}"] = np.minimum(raw[k], 2**32 - 1).astype(np.uint32)
        if k < ORDER:
            arrays[f"bow{k}"] = bows[k].astype(np.float32)
    return arrays


def estimate(counts: Counts, vocab_size: int) -> dict[str, np.ndarray]:
    """Interpolated modified Kneser-Ney, pruning, ARPA backoff weights. Returns the model arrays."""
    keys, raw = _with_padding_contexts(counts)
    keys, raw, prob = _pruned(keys, raw, _probabilities(keys, raw, vocab_size))
    return _model_arrays(keys, raw, prob, _backoff_weights(keys, prob), vocab_size)


def skip_index(arrays: dict[str, np.ndarray], is_word: np.ndarray) -> None:
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


def word_flags(vocab: list[str]) -> np.ndarray:
    """Which vocabulary entries may be inserted: words with a letter and no digit."""
    is_word = np.array([bool(WORDLIKE.fullmatch(w)) and any(ch.isalpha() for ch in w)
                        and not any(ch.isdigit() for ch in w) for w in vocab])
    is_word[:len(SPECIALS)] = False
    return is_word


def build_model(counts: Counts, vocab: list[str], meta: dict, is_word: np.ndarray | None = None) -> WordModel:
    """Estimate a model from merged counts."""
    arrays = estimate(counts, len(vocab))
    is_word = word_flags(vocab) if is_word is None else is_word
    arrays["is_word"] = is_word
    skip_index(arrays, is_word)
    sizes = {k: int(len(arrays[f"keys{k}"])) for k in range(2, ORDER + 1)}
    meta = dict(meta, order=ORDER, vocab_size=len(vocab), ngrams=sizes)
    return WordModel(vocab, arrays, meta)


def _shape(word: str) -> str:
    if "0" in word:
        return "<num>"
    if not word[:1].isalpha():
        return "<sym>"
    cap = "C" if word[0].isupper() else "l"
    return f"<{cap}>" if len(word) <= 3 else f"<{cap}:{word[-2:].lower()}>"


def skeleton_map(vocab: list[str], unigrams: tuple[np.ndarray, np.ndarray]) -> tuple[list[str], np.ndarray]:
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
