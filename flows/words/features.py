"""The units a decision is made on (the best insertion and the best deletion of each sentence)
and the features the calibrated logistic models read from them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from flows.words.candidates import CAP, LISTED, Candidates, candidates, group_max, skeleton_gains
from flows.words.layout import Layout, base_scores
from flows.words.model import WordModel

INSERT_FEATURES = ["gain", "word_doubt", "gap_margin", "log_filler_count", "lp_word", "log_word_count",
                   "lp_next", "order_next", "log_pair_count", "other_gain", "log_gaps",
                   "gain_over_5", "gain_over_10", "gain_over_15",
                   "log_left_4gram", "log_right_4gram", "log_left_3gram", "log_right_3gram", "skeleton_gain"]
DELETE_FEATURES = ["gain", "gap_margin", "lp_word", "order_word", "log_word_count", "listed_stray",
                   "log_left_pair", "log_right_pair", "log_bridge_pair", "other_gain", "log_positions", "doubled",
                   "gain_over_5", "gain_over_10", "gain_over_15",
                   "log_left_count", "log_right_count", "left_capital", "right_capital", "listed_nearby",
                   "log_left_3gram", "log_right_3gram", "log_left_bridge", "log_right_bridge", "skeleton_gain",
                   "foreign_word", "foreign_near", "foreign_sentence", "foreign_alone"]

# Mean foreignness of the two words either side below which a foreign word stands among native ones
# (an English title's "of" has English neighbours: "Master of None" scores 1 and more, a stray 0-0.3).
FOREIGN_NEIGHBOURS = 0.5


@dataclass
class Units:
    """The decision units of a body: per unit its candidate, kind, features and sentence."""

    idx: np.ndarray  # candidate index
    is_insert: np.ndarray
    x: np.ndarray  # features, one row per unit (insertion rows padded to the deletion width)
    sent: np.ndarray
    c: Candidates


@dataclass
class _Scored:
    """What the features of a body's units are computed from."""

    model: WordModel
    lay: Layout
    c: Candidates
    base: np.ndarray  # ln P of every token as it is
    border: np.ndarray  # n-gram order that matched it
    skel: np.ndarray  # skeleton gain of every candidate
    best_other: np.ndarray  # [0]: best insertion gain per sentence, [1]: best deletion gain


def _hinges(gain: np.ndarray) -> list[np.ndarray]:
    """Piecewise-linear pieces of the gain: lets a linear model bend where evidence saturates."""
    return [np.maximum(gain - k, 0.0) for k in (5.0, 10.0, 15.0)]


def _capital(lay: Layout, sents: np.ndarray, pos: np.ndarray, step: int) -> np.ndarray:
    """Does the neighbouring word start with a capital?"""
    return np.array([lay.words[si][wi + step][:1].isupper() for si, wi in zip(sents, pos)], dtype=np.float64)


def _best_insertions(c: Candidates, ins: np.ndarray, best_other: np.ndarray) -> tuple:
    """The best insertion per sentence. A gap's weight sums its fillers; the best gap against the
    runner-up says "where", the best word against its gap's total says "which word"."""
    gkey = c.sent[ins] * 100_000 + c.word_pos[ins]
    uniq, inv = np.unique(gkey, return_inverse=True)
    gmax = np.full(len(uniq), -np.inf)
    np.maximum.at(gmax, inv, c.gain[ins])
    lse = gmax + np.log(np.bincount(inv, weights=np.exp(c.gain[ins] - gmax[inv])))
    gbest, _, g2 = group_max(uniq // 100_000, lse)
    bi, _, _ = group_max(gkey, c.gain[ins])  # best word per gap, in gap-key order
    pick = ins[bi[gbest]]
    best_other[0, c.sent[pick]] = c.gain[pick]
    return True, pick, lse[gbest], g2


def _pick_units(c: Candidates, n_sent: int) -> tuple[list[tuple], np.ndarray]:
    """Best insertion and best deletion per sentence: (is_insert, candidates, top score, runner-up)."""
    best_other = np.full((2, n_sent), -CAP)
    units = []
    ins, dele = np.flatnonzero(c.is_insert), np.flatnonzero(~c.is_insert)
    if len(ins):
        units.append(_best_insertions(c, ins, best_other))
    if len(dele):
        bd, _, d2 = group_max(c.sent[dele], c.gain[dele])
        pick = dele[bd]
        best_other[1, c.sent[pick]] = c.gain[pick]
        units.append((False, pick, c.gain[pick], d2))
    return units, best_other


def _insert_features(sc: _Scored, pick: np.ndarray, top: np.ndarray, second: np.ndarray) -> list:
    """INSERT_FEATURES of the chosen insertion candidates."""
    model, c, seq = sc.model, sc.c, sc.lay.seq
    s, g, w = c.sent[pick], c.seq_pos[pick], c.word_id[pick]
    gain, wu = c.gain[pick], w.astype(np.uint64)
    a, b, a2, b2 = seq[g - 1], seq[g], seq[g - 2], seq[g + 1]
    lp_w, _ = model.logprob(seq[g - 3], a2, a, wu)
    n_gaps = np.array([max(len(ws) - 1, 1) for ws in sc.lay.words], dtype=np.float64)
    x = [gain, top - gain, np.minimum(top - second, CAP), np.log1p(c.aux[pick]), lp_w,
         np.log1p(model.unigram_count[w].astype(np.float64)), sc.base[g], sc.border[g],
         np.log1p(model.count(a, b)), sc.best_other[1, s], np.log(n_gaps[s])] + _hinges(gain)
    # two-sided evidence: has "x a w b" / "a w b y" been seen, i.e. is this a common context?
    return x + [np.log1p(model.count(a2, a, wu, b)), np.log1p(model.count(a, wu, b, b2)),
                np.log1p(model.count(a2, a, wu)), np.log1p(model.count(wu, b, b2)), sc.skel[pick]]


def _delete_features(sc: _Scored, pick: np.ndarray, top: np.ndarray, second: np.ndarray) -> list:
    """DELETE_FEATURES of the chosen deletion candidates."""
    model, c, lay, seq = sc.model, sc.c, sc.lay, sc.lay.seq
    s, g, w, pos = c.sent[pick], c.seq_pos[pick], c.word_id[pick], c.word_pos[pick]
    gain, uc = c.gain[pick], model.unigram_count.astype(np.float64)
    a, t, b, a2, b2 = seq[g - 1], seq[g], seq[g + 1], seq[g - 2], seq[g + 2]
    n_gaps = np.array([max(len(ws) - 1, 1) for ws in lay.words], dtype=np.float64)
    listed = np.array([lay.words[si][wi] in LISTED for si, wi in zip(s, pos)])
    # a listed word inside a foreign-language fragment ("Master of None", "Center for
    # Health") has rare, capitalised or listed neighbours; a stray one does not
    nearby = [sum(t in LISTED for t in lay.words[si][max(wi - 3, 0):wi] + lay.words[si][wi + 1:wi + 4])
              for si, wi in zip(s, pos)]
    x = [gain, np.minimum(top - second, CAP), sc.base[g], sc.border[g], np.log1p(uc[w]), listed,
         np.log1p(model.count(a, t)), np.log1p(model.count(t, b)),
         np.log1p(model.count(a, b)), sc.best_other[0, s], np.log(n_gaps[s]), (a == t) | (b == t)]
    x += _hinges(gain) + [np.log1p(uc[a]), np.log1p(uc[b]), _capital(lay, s, pos, -1), _capital(lay, s, pos, 1),
                          np.array(nearby, dtype=np.float64)]
    x += [np.log1p(model.count(a2, a, t)), np.log1p(model.count(t, b, b2)),
          np.log1p(model.count(a2, a, b)), np.log1p(model.count(a, b, b2)), sc.skel[pick]]
    return x + foreignness(model, lay, g, s, pos)


def foreignness(model: WordModel, lay: Layout, g: np.ndarray, s: np.ndarray, pos: np.ndarray) -> list[np.ndarray]:
    """How foreign the word is, how foreign its neighbours and the rest of its sentence are in the same
    language, and the word's foreignness again when it stands alone among native words.

    An English "the" between two Portuguese words is a stray; inside an English
    title or quote ("Master of None", "It's true about the lawsuit") it is not.
    """
    f = model.foreign[:, lay.seq.astype(np.int64)].astype(np.float64)  # (languages, positions); 0 for <s>
    lang = np.argmax(f[:, g], axis=0)  # the language the word is most at home in
    last = f.shape[1] - 1
    word = f[lang, g]
    near = sum(f[lang, np.clip(g + k, 0, last)] for k in (-2, -1, 1, 2)) / 4
    # the sentence's other words: in a short sentence ("No in hay más excusas.") the word under test
    # would make its own sentence look foreign, the mark of a quote, and so speak against its removal
    totals = np.array([np.bincount(lay.sent_of, weights=row) for row in f])
    rest = (totals[lang, s] - word) / np.maximum(np.bincount(lay.sent_of)[s] - 1, 1)
    # The decision model is linear, so it cannot say "foreign, and nothing around it is" on its own: a word
    # foreign among native neighbours that are not a name's capitals ("ein Stück on narzisstische", not "Doctors
    # for Refugees") gets its score again. On dev this took the edits German, Spanish and Portuguese make at the
    # default bars from 364 to 374, right 99.2% of the time before and after (benchmarks/words.py).
    named = _capital(lay, s, pos, -1) * _capital(lay, s, pos, 1)
    alone = word * (near < FOREIGN_NEIGHBOURS) * (1.0 - named)
    return [word, near, rest, alone]


def units(model: WordModel, lay: Layout) -> Units:
    """The best insertion and the best deletion of each sentence, with their features."""
    base, border = base_scores(model, lay.seq)
    c = candidates(model, lay, base)
    picked, best_other = _pick_units(c, len(lay.words))
    sc = _Scored(model, lay, c, base, border, skeleton_gains(model, lay, c), best_other)
    idx, feats, kinds = [], [], []
    for inserting, pick, top, second in picked:
        x = (_insert_features if inserting else _delete_features)(sc, pick, top, second)
        idx.append(pick)
        kinds.append(np.full(len(pick), inserting))
        feats.append(np.column_stack([np.asarray(v, dtype=np.float64) for v in x]))
    if not idx:
        return Units(np.zeros(0, np.int64), np.zeros(0, bool), np.zeros((0, 0)), np.zeros(0, np.int64), c)
    # insertion and deletion units have different features: pad into one matrix, split again later
    width = max(f.shape[1] for f in feats)
    feats = [np.pad(f, ((0, 0), (0, width - f.shape[1]))) for f in feats]
    idx_all = np.concatenate(idx)
    return Units(idx_all, np.concatenate(kinds), np.vstack(feats), c.sent[idx_all], c)
