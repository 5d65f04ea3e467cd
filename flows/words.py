"""Word repair: put back a missing word, take out a stray one, or flag, per sentence.

Crawled news loses words and gains stray ones ("after a their first formal
summit, the Russian said had been").  For every sentence we weigh, with the
n-gram model of flows.ngram, three kinds of hypotheses against "the sentence is
fine":

* a word w is missing at gap g: only words seen (>= 2 times) between the two
  neighbours of the gap are proposed (the skip index), which both bounds the
  work and keeps us to "common contexts", where a repair can be trusted;
* the token t at i is stray: only frequent words are considered (without that
  prior a language model happily deletes every rare word);
* nothing is wrong.

Each hypothesis gets log P(sentence as it would be) - log P(sentence as it is)
plus a log prior (the rate of the damage, spread over the places it could be),
and the hypotheses are normalised into a posterior.  An edit is applied only
when its posterior clears a threshold (the Billion-Word-Imputation lesson:
insert only when the top candidate is near certain); a lower threshold turns it
into a flag.  At most one edit per sentence.

All scoring of an article is done in a handful of vectorised model lookups, so
the cost per sentence is a few microseconds of numpy plus the Python that
tokenises it.  Every character outside an edit stays byte-identical.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from flows.ngram import BOS, EOS, ORDER, TOKEN, WORDLIKE, WordModel, normalize, split_sentences

# Words whose insertion into news text is the common damage (and the benchmark's:
# make_raw.py inserts exactly these, into every language).  The model's own most
# frequent words are added to them, so each language gets its function words.
STRAY_WORDS = ("the", "a", "to", "of", "and", "in", "that", "is", "for", "on", "with", "as", "was", "he", "it")
_LISTED = frozenset(STRAY_WORDS)
OWN_FREQUENT = 20  # the language's 20 most frequent words: articles, prepositions, conjunctions
# Prior rates per sentence.  In damaged crawls roughly one sentence in 10-20 has
# lost a word and one in 25-60 has gained one (dev: 0.12 and 0.04 in the 40% of
# articles that are damaged); the thresholds, not these, set precision.
MISSING_RATE = 0.05
STRAY_RATE = 0.02
FILLERS_PER_GAP = 12  # candidates per gap, most frequent first; more adds time, not repairs


@dataclass(frozen=True)
class WordEdit:
    op: str  # "insert" | "delete" | "flag_missing" | "flag_stray"
    paragraph: int  # index of the paragraph in body.split("\n\n")
    sentence: int  # index of the sentence within the paragraph (flows.ngram.split_sentences)
    # word index (split(" ")) in the original sentence; for insert/flag_missing the index the word now has
    position: int
    char_offset: int  # character offset in the original body where the edit applies
    word: str  # inserted/deleted word, or best candidate for flags
    confidence: float  # posterior probability of the edit, 0..1
    # what the edit rests on: "model" (the language model alone) or "copies" (the sentence
    # appears elsewhere in the corpus with this word added or removed; flows/consensus.py)
    evidence: str = "model"


@dataclass(frozen=True)
class WordThresholds:
    """Calibrated probabilities (that the edit is exactly the repair) needed to act.

    Chosen on dev (benchmarks/words.py, models fitted on dev's own damaged text)
    as the most repair that leaves at least 99.8% of clean articles unchanged
    (the corpus flow's bar) at 95%+ applied-edit precision.
    """

    # Insert only when near certain: on 0.2-1M-token models barely a few restorations
    # are exactly right even at the top of the ranking (many "missing words" the model
    # is surest of are typos of the source itself), and a wrong gap costs one.
    insert: float = 0.95
    # Stray frequent words ("a their", an English "the" in German text) are where the
    # model is reliable; alone, 0.825 edits one of ~1,800 clean dev articles.
    delete: float = 0.825
    # Damage comes by file (a file that went through a broken tool has several
    # damaged sentences), so a weaker edit is applied when its article holds at
    # least `corroboration` edits at the weaker level; alone it needs the bar above.
    insert_corroborated: float = 0.7
    delete_corroborated: float = 0.45
    corroboration: int = 2
    # Between this and the edit bar the edit is only reported, as flag_missing/flag_stray:
    # at 0.5 most stray flags and a fair share of missing-word flags point at real damage.
    flag: float = 0.5

    def strict(self) -> WordThresholds:
        """The same bars, without corroboration: what a lone edit needs."""
        return replace(self, insert_corroborated=self.insert, delete_corroborated=self.delete)

    def flags_only(self) -> WordThresholds:
        """Report, never edit."""
        never = float("inf")
        return replace(self, insert=never, delete=never, insert_corroborated=never, delete_corroborated=never)


@dataclass
class _Body:
    """A body laid out for scoring: padded id sequence plus where every word sits."""

    seq: np.ndarray  # uint64 ids, each sentence as <s> <s> <s> w.. </s>
    sent_of: np.ndarray  # sentence number of every position
    eos: np.ndarray  # position of </s> per sentence
    places: list[tuple[int, int, int]]  # (paragraph, sentence-in-paragraph, body offset of sentence)
    words: list[list[str]]  # space tokens per sentence
    starts: list[list[int]]  # body offset of every space token
    first: list[list[int]]  # position in seq of each space token's first LM token (-1: none)
    count: list[list[int]]  # LM tokens per space token


def _layout(body: str, model: WordModel) -> _Body:
    index = model.index
    seq: list[int] = []
    sent_of: list[int] = []
    eos, places, words_all, starts_all, first_all, count_all = [], [], [], [], [], []
    offset = 0
    for pi, paragraph in enumerate(body.split("\n\n")):
        for si, (a, b) in enumerate(split_sentences(paragraph)):
            n = len(places)
            places.append((pi, si, offset + a))
            words = paragraph[a:b].split(" ")
            seq.extend((BOS,) * (ORDER - 1))
            starts, first, count = [], [], []
            pos = offset + a
            for w in words:
                toks = TOKEN.findall(w)
                starts.append(pos)
                first.append(len(seq) if toks else -1)
                count.append(len(toks))
                seq.extend(index.get(normalize(t), 0) for t in toks)
                pos += len(w) + 1
            eos.append(len(seq))
            seq.append(EOS)
            sent_of.extend([n] * (len(seq) - len(sent_of)))
            words_all.append(words)
            starts_all.append(starts)
            first_all.append(first)
            count_all.append(count)
        offset += len(paragraph) + 2
    return _Body(np.array(seq, dtype=np.uint64), np.array(sent_of, dtype=np.int64), np.array(eos, dtype=np.int64),
                 places, words_all, starts_all, first_all, count_all)


def _stray_ids(model: WordModel) -> np.ndarray:
    """Boolean per vocabulary id: may this word be a stray insertion?"""
    cached = getattr(model, "_stray", None)
    if cached is None:
        cached = np.zeros(len(model.vocab), dtype=bool)
        for w in STRAY_WORDS:
            if w in model.index:
                cached[model.index[w]] = True
        lower = np.array([w.islower() for w in model.vocab])
        frequent = np.argsort(-model.unigram_count.astype(np.int64) * (model.is_word & lower), kind="stable")
        cached[frequent[:OWN_FREQUENT]] = True
        model._stray = cached
    return cached


@dataclass
class _Candidates:
    """Every scored hypothesis of a body: insertions (a word w before token i) then deletions (token i)."""

    sent: np.ndarray  # sentence number
    word_pos: np.ndarray  # space-token index: inserted before / deleted
    word_id: np.ndarray  # vocab id inserted / deleted
    seq_pos: np.ndarray  # position in the padded sequence of the token after the gap / deleted
    is_insert: np.ndarray
    gain: np.ndarray  # log P(sentence edited) - log P(sentence as is)
    aux: np.ndarray  # insert: count of "left w right"; delete: 0


def _base_scores(model: WordModel, seq: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """ln P of every token of a padded sequence in its context, and the n-gram order that matched."""
    lp = np.zeros(len(seq), dtype=np.float32)
    order = np.zeros(len(seq), dtype=np.int8)
    pos = np.flatnonzero(seq != BOS)
    lp[pos], order[pos] = model.logprob(seq[pos - 3], seq[pos - 2], seq[pos - 1], seq[pos])
    return lp, order


def _deletions(model: WordModel, lay: _Body, base: np.ndarray) -> tuple[np.ndarray, ...]:
    """Gain of removing each frequent word (never a sentence's first or last token)."""
    stray = _stray_ids(model)
    sents, wpos, gpos = [], [], []
    for s, (words, first, count) in enumerate(zip(lay.words, lay.first, lay.count)):
        for i in range(1, len(words) - 1):
            if count[i] == 1 and (stray[lay.seq[first[i]]] or words[i] in _LISTED) and WORDLIKE.fullmatch(words[i]):
                sents.append(s)
                wpos.append(i)
                gpos.append(first[i])
    g = np.array(gpos, dtype=np.int64)
    sents_a = np.array(sents, dtype=np.int64)
    gain = _delete_gain(model, lay.seq, base, g, lay.eos[sents_a])
    return sents_a, np.array(wpos, dtype=np.int64), lay.seq[g].astype(np.int64), g, gain


def _delete_gain(model: WordModel, seq: np.ndarray, base: np.ndarray, g: np.ndarray, eos: np.ndarray) -> np.ndarray:
    """log P(sequence without the token at g) - log P(sequence), for every g at once."""
    gain = -base[g].astype(np.float64)
    ctx = {1: (2, 3, 4), 2: (1, 3, 4), 3: (1, 2, 4)}  # predecessors of g+k once g is gone
    for k, (c1, c2, c3) in ctx.items():
        j = g + k
        ok = j <= eos
        j = np.where(ok, j, g)
        new, _ = model.logprob(seq[j - c3], seq[j - c2], seq[j - c1], seq[j])
        gain += np.where(ok, new - base[j], 0.0)
    return gain


def _gaps(lay: _Body) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Places a word may be missing: between two non-empty tokens, never inside a number."""
    sents, wpos, gpos = [], [], []
    for s, (words, first) in enumerate(zip(lay.words, lay.first)):
        for i in range(1, len(words)):
            prev, cur = words[i - 1], words[i]
            if first[i] < 0 or not prev or (prev[-1].isdigit() and cur[0].isdigit()):
                continue
            sents.append(s)
            wpos.append(i)
            gpos.append(first[i])
    return np.array(sents, dtype=np.int64), np.array(wpos, dtype=np.int64), np.array(gpos, dtype=np.int64)


def _insertions(model: WordModel, lay: _Body, base: np.ndarray) -> tuple[np.ndarray, ...]:
    """Gain of inserting each proposed filler at each gap."""
    sents, wpos, gpos = _gaps(lay)
    seq = lay.seq
    which, w, cnt = model.fillers(seq[gpos - 1], seq[gpos], FILLERS_PER_GAP)
    g, s = gpos[which], sents[which]
    gain = _insert_gain(model, seq, base, g, w.astype(np.uint64), lay.eos[s])
    return s, wpos[which], w, g, gain, cnt


def _insert_gain(model: WordModel, seq: np.ndarray, base: np.ndarray, g: np.ndarray, w: np.ndarray,
                 eos: np.ndarray) -> np.ndarray:
    """log P(sequence with w inserted before g) - log P(sequence), for every (g, w) at once."""
    lp_w, _ = model.logprob(seq[g - 3], seq[g - 2], seq[g - 1], w)
    gain = lp_w.astype(np.float64)
    for k in range(3):  # the k-th token after the gap now has w in its context
        j = g + k
        ok = j <= eos
        j = np.where(ok, j, g)
        h = [seq[j - 2], seq[j - 1]]
        h.insert(2 - k, w)
        new, _ = model.logprob(h[-3], h[-2], h[-1], seq[j])
        gain += np.where(ok, new - base[j], 0.0)
    return gain


def _skeleton_gains(model: WordModel, lay: _Body, c: _Candidates) -> np.ndarray:
    """The same gains under the skeleton model (rare words replaced by their shape).

    A 4-gram model over ~1M tokens mostly backs off to unigrams around rare words, so
    "Applicants is paid" looks fine; over frequent words plus shapes ("<C:ts> is
    paid") the syntax of function words is well estimated from the same text.
    """
    skeleton = model.skeleton
    if skeleton is None or not len(c.sent):
        return np.zeros(len(c.sent))
    sseq = model.skel_map[lay.seq.astype(np.int64)].astype(np.uint64)
    sbase, _ = _base_scores(skeleton, sseq)
    eos = lay.eos[c.sent]
    gain = np.zeros(len(c.sent))
    ins = c.is_insert
    if ins.any():
        w = model.skel_map[c.word_id[ins]].astype(np.uint64)
        gain[ins] = _insert_gain(skeleton, sseq, sbase, c.seq_pos[ins], w, eos[ins])
    if (~ins).any():
        gain[~ins] = _delete_gain(skeleton, sseq, sbase, c.seq_pos[~ins], eos[~ins])
    return np.clip(gain, -50, 50)


def _candidates(model: WordModel, lay: _Body, base: np.ndarray) -> _Candidates:
    si, wi, idi, gi, ai, ci = _insertions(model, lay, base)
    sd, wd, idd, gd, ad = _deletions(model, lay, base)
    return _Candidates(np.concatenate([si, sd]), np.concatenate([wi, wd]), np.concatenate([idi, idd]),
                       np.concatenate([gi, gd]), np.concatenate([np.ones(len(si), bool), np.zeros(len(sd), bool)]),
                       np.clip(np.concatenate([ai, ad]), -50, 50), np.concatenate([ci, np.zeros(len(sd), np.int64)]))


def _group_max(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per key: index of the largest value, the largest and the second largest value (-inf if none)."""
    order = np.lexsort((-values, keys))
    k = keys[order]
    first = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    best = order[first]
    nxt = first + 1
    has2 = (nxt < len(k)) & (np.r_[k, -1][np.minimum(nxt, len(k))] == k[first])
    second = np.where(has2, values[order[np.minimum(nxt, len(k) - 1)]], -np.inf)
    return best, values[best], second


INSERT_FEATURES = ["gain", "word_doubt", "gap_margin", "log_filler_count", "lp_word", "log_word_count",
                   "lp_next", "order_next", "log_pair_count", "other_gain", "log_gaps",
                   "gain_over_5", "gain_over_10", "gain_over_15",
                   "log_left_4gram", "log_right_4gram", "log_left_3gram", "log_right_3gram", "skeleton_gain"]
DELETE_FEATURES = ["gain", "gap_margin", "lp_word", "order_word", "log_word_count", "listed_stray",
                   "log_left_pair", "log_right_pair", "log_bridge_pair", "other_gain", "log_positions", "doubled",
                   "gain_over_5", "gain_over_10", "gain_over_15",
                   "log_left_count", "log_right_count", "left_capital", "right_capital", "listed_nearby",
                   "log_left_3gram", "log_right_3gram", "log_left_bridge", "log_right_bridge", "skeleton_gain",
                   "foreign_word", "foreign_near", "foreign_sentence"]
CAP = 20.0  # margins and gains beyond this say nothing more


def _hinges(gain: np.ndarray) -> list[np.ndarray]:
    """Piecewise-linear pieces of the gain: lets a linear model bend where evidence saturates."""
    return [np.maximum(gain - k, 0.0) for k in (5.0, 10.0, 15.0)]


def _capital(lay: _Body, sents: np.ndarray, pos: np.ndarray, step: int) -> np.ndarray:
    """Does the neighbouring word start with a capital?"""
    return np.array([lay.words[si][wi + step][:1].isupper() for si, wi in zip(sents, pos)], dtype=np.float64)


def _pair_count(model: WordModel, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return _count(model, a, b)


def _count(model: WordModel, *ids: np.ndarray) -> np.ndarray:
    """Stored count of the n-gram ids[0] .. ids[-1] (0 if pruned or unseen)."""
    key = np.zeros(len(ids[0]), dtype=np.uint64)
    for i in ids:
        key = (key << np.uint64(16)) | i.astype(np.uint64)
    found, idx = model._find(len(ids), key)
    return np.where(found, model.counts[len(ids)][idx], 0).astype(np.float64)


@dataclass
class _Scored:
    """What the features of a body's units are computed from."""

    model: WordModel
    lay: _Body
    c: _Candidates
    base: np.ndarray  # ln P of every token as it is
    border: np.ndarray  # n-gram order that matched it
    skel: np.ndarray  # skeleton gain of every candidate
    best_other: np.ndarray  # [0]: best insertion gain per sentence, [1]: best deletion gain


def _pick_units(c: _Candidates, n_sent: int) -> tuple[list[tuple], np.ndarray]:
    """Best insertion and best deletion per sentence: (is_insert, candidates, top score, runner-up)."""
    best_other = np.full((2, n_sent), -CAP)
    units = []
    ins, dele = np.flatnonzero(c.is_insert), np.flatnonzero(~c.is_insert)
    if len(ins):
        # a gap's weight sums its fillers; the best gap against the runner-up says "where", the best
        # word against its gap's total says "which word"
        gkey = c.sent[ins] * 100_000 + c.word_pos[ins]
        uniq, inv = np.unique(gkey, return_inverse=True)
        gmax = np.full(len(uniq), -np.inf)
        np.maximum.at(gmax, inv, c.gain[ins])
        lse = gmax + np.log(np.bincount(inv, weights=np.exp(c.gain[ins] - gmax[inv])))
        gbest, _, g2 = _group_max(uniq // 100_000, lse)
        bi, _, _ = _group_max(gkey, c.gain[ins])  # best word per gap, in gap-key order
        pick = ins[bi[gbest]]
        best_other[0, c.sent[pick]] = c.gain[pick]
        units.append((True, pick, lse[gbest], g2))
    if len(dele):
        bd, _, d2 = _group_max(c.sent[dele], c.gain[dele])
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
         np.log1p(_pair_count(model, a, b)), sc.best_other[1, s], np.log(n_gaps[s])] + _hinges(gain)
    # two-sided evidence: has "x a w b" / "a w b y" been seen, i.e. is this a common context?
    return x + [np.log1p(_count(model, a2, a, wu, b)), np.log1p(_count(model, a, wu, b, b2)),
                np.log1p(_count(model, a2, a, wu)), np.log1p(_count(model, wu, b, b2)), sc.skel[pick]]


def _delete_features(sc: _Scored, pick: np.ndarray, top: np.ndarray, second: np.ndarray) -> list:
    """DELETE_FEATURES of the chosen deletion candidates."""
    model, c, lay, seq = sc.model, sc.c, sc.lay, sc.lay.seq
    s, g, w, pos = c.sent[pick], c.seq_pos[pick], c.word_id[pick], c.word_pos[pick]
    gain, uc = c.gain[pick], model.unigram_count.astype(np.float64)
    a, t, b, a2, b2 = seq[g - 1], seq[g], seq[g + 1], seq[g - 2], seq[g + 2]
    n_gaps = np.array([max(len(ws) - 1, 1) for ws in lay.words], dtype=np.float64)
    listed = np.array([lay.words[si][wi] in _LISTED for si, wi in zip(s, pos)])
    # a listed word inside a foreign-language fragment ("Master of None", "Center for
    # Health") has rare, capitalised or listed neighbours; a stray one does not
    nearby = [sum(t in _LISTED for t in lay.words[si][max(wi - 3, 0):wi] + lay.words[si][wi + 1:wi + 4])
              for si, wi in zip(s, pos)]
    x = [gain, np.minimum(top - second, CAP), sc.base[g], sc.border[g], np.log1p(uc[w]), listed,
         np.log1p(_pair_count(model, a, t)), np.log1p(_pair_count(model, t, b)),
         np.log1p(_pair_count(model, a, b)), sc.best_other[0, s], np.log(n_gaps[s]), (a == t) | (b == t)]
    x += _hinges(gain) + [np.log1p(uc[a]), np.log1p(uc[b]), _capital(lay, s, pos, -1), _capital(lay, s, pos, 1),
                          np.array(nearby, dtype=np.float64)]
    x += [np.log1p(_count(model, a2, a, t)), np.log1p(_count(model, t, b, b2)),
          np.log1p(_count(model, a2, a, b)), np.log1p(_count(model, a, b, b2)), sc.skel[pick]]
    return x + _foreignness(model, lay, g, s)


def _foreignness(model: WordModel, lay: _Body, g: np.ndarray, s: np.ndarray) -> list[np.ndarray]:
    """How foreign the word is, and how foreign its neighbours and sentence are in the same language.

    An English "the" between two Portuguese words is a stray; inside an English
    title or quote ("Master of None", "It's true about the lawsuit") it is not.
    """
    f = model.foreign[:, lay.seq.astype(np.int64)].astype(np.float64)  # (languages, positions); 0 for <s>
    lang = np.argmax(f[:, g], axis=0)  # the language the word is most at home in
    last = f.shape[1] - 1
    near = sum(f[lang, np.clip(g + k, 0, last)] for k in (-2, -1, 1, 2)) / 4
    per_sentence = np.array([np.bincount(lay.sent_of, weights=row) for row in f])
    per_sentence /= np.maximum(np.bincount(lay.sent_of), 1)
    return [f[lang, g], near, per_sentence[lang, s]]


def _units(model: WordModel, lay: _Body) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, _Candidates]:
    """The best insertion and the best deletion of each sentence, with their features.

    Returns (candidate index, is_insert, features, sentence) per unit and the candidates.
    """
    base, border = _base_scores(model, lay.seq)
    c = _candidates(model, lay, base)
    units, best_other = _pick_units(c, len(lay.words))
    sc = _Scored(model, lay, c, base, border, _skeleton_gains(model, lay, c), best_other)
    idx, feats, kinds = [], [], []
    for inserting, pick, top, second in units:
        x = (_insert_features if inserting else _delete_features)(sc, pick, top, second)
        idx.append(pick)
        kinds.append(np.full(len(pick), inserting))
        feats.append(np.column_stack([np.asarray(v, dtype=np.float64) for v in x]))
    if not idx:
        return np.zeros(0, np.int64), np.zeros(0, bool), np.zeros((0, 0)), np.zeros(0, np.int64), c
    # insertion and deletion units have different features: pad into one matrix, split again later
    width = max(f.shape[1] for f in feats)
    feats = [np.pad(f, ((0, 0), (0, width - f.shape[1]))) for f in feats]
    idx_all = np.concatenate(idx)
    return idx_all, np.concatenate(kinds), np.vstack(feats), c.sent[idx_all], c


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def _probability(model: WordModel, is_insert: np.ndarray, x: np.ndarray) -> np.ndarray:
    """P(the edit is right) from the calibrated logistic models stored with the fitted model."""
    cal = model.meta.get("calibration") or {}
    p = np.zeros(len(is_insert))
    for kind, mask in (("insert", is_insert), ("delete", ~is_insert)):
        if not mask.any():
            continue
        lr = cal.get(kind)
        # a model fitted before a feature was added was calibrated on the features it knew
        width = len(lr["weights"]) if lr else len(INSERT_FEATURES if kind == "insert" else DELETE_FEATURES)
        xx = np.clip(x[mask][:, :width], -CAP * 2, CAP * 2)
        if lr is None:  # uncalibrated model: a plain logistic on the gain
            p[mask] = _sigmoid(xx[:, 0] - 8.0)
            continue
        z = (xx - np.array(lr["mean"])) / np.array(lr["scale"])
        p[mask] = _sigmoid(z @ np.array(lr["weights"]) + lr["bias"])
    return p


def bars_for_article(candidates: list[tuple[bool, float]], thresholds: WordThresholds) -> WordThresholds:
    """The bars an article's edits must pass: the corroborated ones when at least
    `corroboration` of its candidates (is_insert, probability) pass them, else the strict ones."""
    weak = sum(p >= (thresholds.insert_corroborated if inserting else thresholds.delete_corroborated)
               for inserting, p in candidates)
    return thresholds if weak >= thresholds.corroboration else thresholds.strict()


def find_edits(body: str, model: WordModel, thresholds: WordThresholds = WordThresholds()) -> list[WordEdit]:
    """Every edit and flag for a body, without applying them (at most one per sentence)."""
    lay = _layout(body, model)
    if not lay.words:
        return []
    idx, is_insert, x, sents, c = _units(model, lay)
    if not len(idx):
        return []
    p = _probability(model, is_insert, x)
    best = {}
    for k in np.argsort(-p, kind="stable"):
        best.setdefault(int(sents[k]), int(k))
    thresholds = bars_for_article([(bool(is_insert[k]), float(p[k])) for k in best.values()], thresholds)
    edits = []
    for s, k in sorted(best.items()):
        j, prob = int(idx[k]), float(p[k])
        i = int(c.word_pos[j])
        pi, si, _ = lay.places[s]
        if is_insert[k]:
            bar = min(thresholds.insert, thresholds.insert_corroborated)
            op = "insert" if prob >= bar else "flag_missing" if prob >= thresholds.flag else None
            word = model.vocab[int(c.word_id[j])]
        else:
            bar = min(thresholds.delete, thresholds.delete_corroborated)
            op = "delete" if prob >= bar else "flag_stray" if prob >= thresholds.flag else None
            word = lay.words[s][i]
        if op:
            edits.append(WordEdit(op, pi, si, i, lay.starts[s][i], word, round(prob, 4)))
    return edits


# ---------------------------------------------------------------------------
# Calibration: plant damage in the corpus's own sentences and learn when to trust an edit
# ---------------------------------------------------------------------------

PLANT_DELETE = 0.35  # shares of sampled sentences given a planted deletion / insertion: enough positives
PLANT_INSERT = 0.20  # to learn from; reweighted to MISSING_RATE / STRAY_RATE before fitting
# The throw-away models are fitted with the planted sentences in; too many at once
# would make them noisier than the real one.  Six folds of a 1-in-3 sample disturb
# ~3% of the sentences each, about the rate of the damage itself.
FOLDS = 9
EM_ROUNDS = 4  # soft labels settle in two or three rounds


def plant(sentence: str, rng) -> tuple[str, tuple | None]:
    """Damage one sentence the way crawls do: drop an inner word or add a frequent one."""
    words = sentence.split(" ")
    roll = rng.random()
    if roll < PLANT_DELETE and len(words) >= 6:
        i = rng.randrange(1, len(words) - 1)
        if WORDLIKE.fullmatch(words[i]):
            return " ".join(words[:i] + words[i + 1:]), ("delete", i, words[i], words)
    elif PLANT_DELETE <= roll < PLANT_DELETE + PLANT_INSERT and len(words) >= 4:
        i = rng.randrange(1, len(words))
        w = rng.choice(STRAY_WORDS)
        return " ".join(words[:i] + [w] + words[i:]), ("insert", i, w, words)
    return sentence, None


def _logistic(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = 1.0) -> dict:
    """Weighted, L2-regularised logistic regression by Newton steps (a dozen features: exact and instant)."""
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = np.column_stack([(x - mean) / scale, np.ones(len(x))])
    beta = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(25):
        p = _sigmoid(z @ beta)
        grad = z.T @ (weight * (p - y)) + reg * beta
        hess = (z * (weight * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return {"mean": mean.tolist(), "scale": scale.tolist(), "weights": beta[:-1].tolist(), "bias": float(beta[-1])}


def _labelled_units(model: WordModel, sentences: list[str], plants: list) -> tuple[np.ndarray, ...]:
    """Units of the sample with their label (is the proposed edit exactly the repair?) and planted kind."""
    xs, kinds, labels, planted = [], [], [], []
    chunk = 64
    for start in range(0, len(sentences), chunk):
        body = "\n\n".join(sentences[start:start + chunk])
        lay = _layout(body, model)
        idx, is_insert, x, sents, c = _units(model, lay)
        for k in range(len(idx)):
            s = int(sents[k])
            pi = lay.places[s][0]
            info = plants[start + pi] if lay.places[s][1] == 0 else None
            j, i = int(idx[k]), int(c.word_pos[idx[k]])
            ok = False
            if info and is_insert[k] and info[0] == "delete":
                ok = i == info[1] and model.vocab[int(c.word_id[j])] == normalize(info[2])
            elif info and not is_insert[k] and info[0] == "insert":
                ok = lay.words[s][:i] + lay.words[s][i + 1:] == info[3]
            xs.append(x[k])
            kinds.append(bool(is_insert[k]))
            labels.append(ok)
            planted.append(info[0] if info else "")
    return np.array(xs), np.array(kinds), np.array(labels, dtype=float), np.array(planted)


def calibrate(model: WordModel, sample: list[str], counts: dict, skel_counts: dict, seed: int = 0) -> dict:
    """Learn P(edit right | features) on damage planted in `sample`, a share of the corpus's sentences.

    The model repairs the very text it was fitted on, so the planted sentences
    replace their clean versions in the counts (a damaged n-gram is then as
    "seen" as real damage is), and a throw-away model is estimated from those.
    """
    import random

    from flows.ngram import build_model, count_sentences, merge_counts

    rng = random.Random(seed)
    damaged, plants = [], []
    for s in sample:
        d, info = plant(s, rng)
        damaged.append(d)
        plants.append(info)
    parts = []
    for fold in range(FOLDS):  # each fold disturbs ~3% of the sentences, as real damage would
        orig, dam, info = sample[fold::FOLDS], damaged[fold::FOLDS], plants[fold::FOLDS]
        swapped = merge_counts(counts, count_sentences(orig, model.index), -1)
        swapped = merge_counts(swapped, count_sentences(dam, model.index), +1)
        trial = build_model(swapped, model.vocab, dict(model.meta), model.is_word)
        skel = model.skel_map.astype(np.int64)
        swapped = merge_counts(skel_counts, count_sentences(orig, model.index, skel), -1)
        swapped = merge_counts(swapped, count_sentences(dam, model.index, skel), +1)
        trial.skeleton = build_model(swapped, model.skeleton.vocab, dict(model.skeleton.meta), model.skeleton.is_word)
        trial.skel_map = model.skel_map
        trial.foreign = model.foreign
        parts.append(_labelled_units(trial, dam, info))
    x, is_insert, y, planted = (np.concatenate([p[i] for p in parts if len(p[0])]) for i in range(4))
    out: dict = {"sample_sentences": len(sample)}
    for kind, mask, planted_kind, rate in (("insert", is_insert, "delete", MISSING_RATE),
                                           ("delete", ~is_insert, "insert", STRAY_RATE)):
        names = INSERT_FEATURES if kind == "insert" else DELETE_FEATURES
        xx, yy = np.clip(x[mask][:, : len(names)], -CAP * 2, CAP * 2), y[mask]
        if yy.sum() < 5 or (1 - yy).sum() < 5:
            continue
        # The sample's unplanted sentences hold the corpus's real damage, labelled "wrong".
        # EM with the known damage rate: each such unit's label becomes the probability
        # that it is real damage repaired right, and the model is refitted (PU learning).
        planted_here = planted[mask] == planted_kind
        share = float(planted_here.mean())
        mixed = share + rate * (1 - share)  # damaged share of the sample as fitted
        shift = float(np.log(rate / (1 - rate)) - np.log(mixed / (1 - mixed)))
        soft = yy.copy()
        for _ in range(EM_ROUNDS):
            lr = _logistic(xx, soft, np.ones(len(yy)))
            p_real = _predict(lr, xx, shift)
            soft = np.where(planted_here, yy, p_real)
        # move the intercept from the sample's damage rate to the real one (prior correction)
        lr["bias"] += shift
        p = _predict(lr, xx)
        weight = np.where(planted_here, rate / share, (1 - rate) / (1 - share))
        lr["precision_at"] = {str(t): _precision(p, soft, weight, t) for t in (0.5, 0.7, 0.8, 0.9, 0.95)}
        lr["positives"] = int(yy.sum())
        out[kind] = lr
    return out


def _predict(lr: dict, x: np.ndarray, shift: float = 0.0) -> np.ndarray:
    z = ((x - np.array(lr["mean"])) / np.array(lr["scale"])) @ np.array(lr["weights"]) + lr["bias"] + shift
    return _sigmoid(z)


def _precision(p: np.ndarray, y: np.ndarray, w: np.ndarray, t: float) -> list:
    """(precision, share of positives kept) at threshold t, with the calibration weights."""
    sel = p >= t
    kept = float((w * sel).sum())
    return [round(float((w * sel * y).sum()) / kept, 4) if kept else None,
            round(float((w * sel * y).sum()) / max(float((w * y).sum()), 1e-9), 4)]


# Edits from repeated sentences (flows/consensus.py).  A stray function word that another
# article's copy of the sentence lacks is removed when the model prefers the shorter
# sentence by this many nats (e^4.5 ~ 90): damage drops function words about as often
# as it adds them, so the copy alone does not say which side is damaged.  On dev no
# right removal scored below 4.7 and no wrong one above 4.1.
COPY_DELETE_MARGIN = 4.5
# A content word another copy has is restored when the article holds a second such
# repair: two versions of one story may differ by an adverb ("still", "also"), a crawl
# that loses words loses several.  Share of such edits right on dev: 0.98.
COPY_CORROBORATION = 2
COPY_CONFIDENCE = 0.98


def copy_edits(body: str, model: WordModel, proposals: list[tuple[int, int, str, int, str]]) -> list[WordEdit]:
    """Decide the one-word edits that repeated sentences propose: (paragraph, sentence, op, position, word)."""
    lay = _layout(body, model)
    sentence_of = {(pi, si): s for s, (pi, si, _) in enumerate(lay.places)}
    strong, weak = [], []
    for pi, si, op, position, word in proposals:
        s = sentence_of.get((pi, si))
        words = lay.words[s] if s is not None else []
        if not 0 < position < len(words) or (op == "delete" and words[position] != word):
            continue  # the body is not the one the proposal was made for
        edited = words[:position] + ([word] + words[position:] if op == "insert" else words[position + 1:])
        gain = _sentence_logprob(model, " ".join(edited)) - _sentence_logprob(model, " ".join(words))
        function_word = _is_function_word(model, word)
        edit = WordEdit(op, pi, si, position, lay.starts[s][position], word, COPY_CONFIDENCE, "copies")
        if function_word and gain > (COPY_DELETE_MARGIN if op == "delete" else 0.0):
            strong.append(edit)  # the model agrees with the copy, and function words are what damage adds
        elif op == "insert" and not function_word:
            weak.append(edit)
    return strong + weak if len(strong) + len(weak) >= COPY_CORROBORATION else strong


def _sentence_logprob(model: WordModel, text: str) -> float:
    lay = _layout(text, model)
    base, _ = _base_scores(model, lay.seq)
    return float(base[lay.seq != BOS].sum())


def _is_function_word(model: WordModel, word: str) -> bool:
    """A listed stray word or one of the language's most frequent words: what damage adds."""
    i = model.index.get(normalize(word))
    return word in _LISTED or (i is not None and bool(_stray_ids(model)[i]))


def apply_edits(body: str, edits: list[WordEdit]) -> str:
    """Splice inserts and deletes into the body, right to left; flags change nothing."""
    out = body
    for e in sorted(edits, key=lambda e: e.char_offset, reverse=True):
        if e.op == "insert":
            out = out[: e.char_offset] + e.word + " " + out[e.char_offset:]
        elif e.op == "delete":
            out = out[: e.char_offset - 1] + out[e.char_offset + len(e.word):]
    return out


def repair_words(body: str, model: WordModel, thresholds: WordThresholds = WordThresholds(),
                 proposals: list[tuple[int, int, str, int, str]] = ()) -> tuple[str, list[WordEdit]]:
    """Return the repaired body and every applied edit and flag.

    `proposals` come from repeated sentences (flows/consensus.py); where one is
    applied, the model's own edit or flag for that sentence gives way.
    """
    copied = copy_edits(body, model, list(proposals)) if proposals else []
    taken = {(e.paragraph, e.sentence) for e in copied}
    edits = sorted(copied + [e for e in find_edits(body, model, thresholds) if (e.paragraph, e.sentence) not in taken],
                   key=lambda e: (e.paragraph, e.sentence))
    return apply_edits(body, edits), edits
