"""The hypotheses weighed for every sentence, and how much each changes log P(sentence).

* a word w is missing at gap g: only words seen (>= 2 times) between the two
  neighbours of the gap are proposed (the skip index), which both bounds the work
  and keeps us to "common contexts", where a repair can be trusted;
* the token t at i is stray: only frequent words are considered (without that prior
  a language model happily deletes every rare word).

Gains are computed for all candidates of a body at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from flows.words.layout import Layout, base_scores
from flows.words.model import WordModel
from flows.words.tokens import WORDLIKE, normalize

# Words whose insertion into news text is the common damage (and the benchmark's:
# make_raw.py inserts exactly these, into every language).  The model's own most
# frequent words are added to them, so each language gets its function words.
STRAY_WORDS = ("the", "a", "to", "of", "and", "in", "that", "is", "for", "on", "with", "as", "was", "he", "it")
LISTED = frozenset(STRAY_WORDS)
OWN_FREQUENT = 20  # the language's 20 most frequent words: articles, prepositions, conjunctions
# English puts the subject after the auxiliary in a question (also one asked inside a sentence:
# "..., how can he say that"), after a negative opener and
# in a conditional without "if" ("Who could he take votes from?", "Nor was he a fan",
# "Never has that been truer", "had he been free"): a pronoun right after an auxiliary
# there is the subject, never a stray. The model deleted twelve such subjects on `second`
# (CNN's opinion pages), all wrongly; on dev it proposed none.
INVERSION = {"en": (
    frozenset("is are was were am be been do does did have has had can could will would shall should may might "
              "must".split()),
    frozenset("he she it they we i you that this there".split()),
    frozenset("nor never neither rarely seldom such".split()),  # openers, also after "but", "and", "or", "yet"
    frozenset("had should were".split()),  # conditional: "had he known", "should they agree", "were it not"
    frozenset("how what why where when who whom which".split()))}  # a question inside a sentence: "how can he say"
_CONJUNCTIONS = frozenset(("but", "and", "or", "yet"))
# "[sic]" says the words before it are quoted as they stand, errors and all ("you have a BlackBerry and it it
# [sic] government"): nothing is removed from, or put into, the SIC_REACH words before it.
SIC = frozenset(("[sic]", "(sic)", "[sic!]", "(sic!)"))
SIC_REACH = 2
_QUOTES = "\"'\u201c\u201d\u2018\u2019()"
FILLERS_PER_GAP = 12  # candidates per gap, most frequent first; more adds time, not repairs
CAP = 20.0  # margins and gains beyond this say nothing more


@dataclass
class Candidates:
    """Every scored hypothesis of a body: insertions (a word w before token i) then deletions (token i)."""

    sent: np.ndarray  # sentence number
    word_pos: np.ndarray  # space-token index: inserted before / deleted
    word_id: np.ndarray  # vocab id inserted / deleted
    seq_pos: np.ndarray  # position in the padded sequence of the token after the gap / deleted
    is_insert: np.ndarray
    gain: np.ndarray  # log P(sentence edited) - log P(sentence as is)
    aux: np.ndarray  # insert: count of "left w right"; delete: 0


def stray_ids(model: WordModel) -> np.ndarray:
    """Boolean per vocabulary id: may this word be a stray insertion? (computed once per model)"""
    if model.stray is None:
        stray = np.zeros(len(model.vocab), dtype=bool)
        for w in STRAY_WORDS:
            if w in model.index:
                stray[model.index[w]] = True
        lower = np.array([w.islower() for w in model.vocab])
        frequent = np.argsort(-model.unigram_count.astype(np.int64) * (model.is_word & lower), kind="stable")
        stray[frequent[:OWN_FREQUENT]] = True
        model.stray = stray
    return model.stray


def is_function_word(model: WordModel, word: str) -> bool:
    """A listed stray word or one of the language's most frequent words: what damage adds."""
    i = model.index.get(normalize(word))
    return word in LISTED or (i is not None and bool(stray_ids(model)[i]))


def delete_gain(model: WordModel, seq: np.ndarray, base: np.ndarray, g: np.ndarray, eos: np.ndarray) -> np.ndarray:
    """log P(sequence without the token at g) - log P(sequence), for every g at once."""
    ctx = {1: (2, 3, 4), 2: (1, 3, 4), 3: (1, 2, 4)}  # predecessors of g+k once g is gone
    queries, kept = [], []
    for k, (c1, c2, c3) in ctx.items():
        j = g + k
        ok = j <= eos
        j = np.where(ok, j, g)
        queries.append((seq[j - c3], seq[j - c2], seq[j - c1], seq[j]))
        kept.append((ok, j))
    return -base[g].astype(np.float64) + _changes(model, base, queries, kept)


def insert_gain(model: WordModel, seq: np.ndarray, base: np.ndarray, g: np.ndarray, w: np.ndarray,
                eos: np.ndarray) -> np.ndarray:
    """log P(sequence with w inserted before g) - log P(sequence), for every (g, w) at once."""
    queries, kept = [(seq[g - 3], seq[g - 2], seq[g - 1], w)], [(None, None)]
    for k in range(3):  # the k-th token after the gap now has w in its context
        j = g + k
        ok = j <= eos
        j = np.where(ok, j, g)
        h = [seq[j - 2], seq[j - 1]]
        h.insert(2 - k, w)
        queries.append((h[-3], h[-2], h[-1], seq[j]))
        kept.append((ok, j))
    return _changes(model, base, queries, kept)


def _changes(model: WordModel, base: np.ndarray, queries: list[tuple], kept: list[tuple]) -> np.ndarray:
    """The summed change of log P that the rescored tokens bring: all queries in one model lookup
    (one search per n-gram order instead of one per token rescored). A query without `kept`
    places (the inserted word itself) counts whole."""
    n = len(queries[0][0])
    new, _ = model.logprob(*(np.concatenate([q[i] for q in queries]) for i in range(4)))
    total = np.zeros(n)
    for part, (ok, j) in enumerate(kept):
        lp = new[part * n:(part + 1) * n]
        total += lp if ok is None else np.where(ok, lp - base[j], 0.0)
    return total


def inverted_subject(words: list[str], i: int, language: str) -> bool:
    """Whether words[i] is the subject of an inverted clause (INVERSION): a pronoun after an
    auxiliary, in a question (also one asked inside a sentence, after its question word) or a sentence
    that opens with a negative, or after a conditional one."""
    auxiliaries, pronouns, openers, conditional, asking = INVERSION.get(language, ((), (), (), (), ()))
    before = words[i - 1].lower()
    if words[i].lower() not in pronouns or before not in auxiliaries:
        return False
    opening = [w.strip(_QUOTES).lower() for w in words[:2]]
    opener = opening[0] in openers or (opening[0] in _CONJUNCTIONS and opening[1:] and opening[1] in openers)
    asked = i >= 2 and words[i - 2].strip(_QUOTES + ",").lower() in asking
    return before in conditional or opener or asked or words[-1].rstrip(_QUOTES).endswith("?")


def sic_marked(words: list[str]) -> frozenset[int]:
    """The positions i that "[sic]" follows within SIC_REACH words, worked out once per sentence: the candidate
    loops ask for every word, and most sentences hold no "[sic]" at all."""
    if "sic" not in " ".join(words).lower():
        return frozenset()
    marks = [k for k, w in enumerate(words) if w.strip(".,;:").lower() in SIC]
    return frozenset(i for k in marks for i in range(max(0, k - SIC_REACH), k))


def _deletions(model: WordModel, lay: Layout, base: np.ndarray) -> tuple[np.ndarray, ...]:
    """Gain of removing each frequent word (never a sentence's first or last token, an inverted subject or a word
    marked "[sic]")."""
    stray = stray_ids(model)
    sents, wpos, gpos = [], [], []
    for s, (words, first, count) in enumerate(zip(lay.words, lay.first, lay.count)):
        marked = sic_marked(words)
        for i in range(1, len(words) - 1):
            if count[i] == 1 and (stray[lay.seq[first[i]]] or words[i] in LISTED) and WORDLIKE.fullmatch(words[i]) \
                    and not inverted_subject(words, i, model.language) and i not in marked:
                sents.append(s)
                wpos.append(i)
                gpos.append(first[i])
    g = np.array(gpos, dtype=np.int64)
    sents_a = np.array(sents, dtype=np.int64)
    gain = delete_gain(model, lay.seq, base, g, lay.eos[sents_a])
    return sents_a, np.array(wpos, dtype=np.int64), lay.seq[g].astype(np.int64), g, gain


def _gaps(lay: Layout) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Places a word may be missing: between two non-empty tokens, never inside a number or a "[sic]" quote."""
    sents, wpos, gpos = [], [], []
    for s, (words, first) in enumerate(zip(lay.words, lay.first)):
        marked = sic_marked(words)
        for i in range(1, len(words)):
            prev, cur = words[i - 1], words[i]
            if first[i] < 0 or not prev or (prev[-1].isdigit() and cur[0].isdigit()) or i - 1 in marked:
                continue
            sents.append(s)
            wpos.append(i)
            gpos.append(first[i])
    return np.array(sents, dtype=np.int64), np.array(wpos, dtype=np.int64), np.array(gpos, dtype=np.int64)


def _insertions(model: WordModel, lay: Layout, base: np.ndarray) -> tuple[np.ndarray, ...]:
    """Gain of inserting each proposed filler at each gap."""
    sents, wpos, gpos = _gaps(lay)
    seq = lay.seq
    which, w, cnt = model.fillers(seq[gpos - 1], seq[gpos], FILLERS_PER_GAP)
    g, s = gpos[which], sents[which]
    gain = insert_gain(model, seq, base, g, w.astype(np.uint64), lay.eos[s])
    return s, wpos[which], w, g, gain, cnt


def candidates(model: WordModel, lay: Layout, base: np.ndarray) -> Candidates:
    """Every insertion and deletion hypothesis of a laid-out body, with its gain."""
    si, wi, idi, gi, ai, ci = _insertions(model, lay, base)
    sd, wd, idd, gd, ad = _deletions(model, lay, base)
    return Candidates(np.concatenate([si, sd]), np.concatenate([wi, wd]), np.concatenate([idi, idd]),
                      np.concatenate([gi, gd]), np.concatenate([np.ones(len(si), bool), np.zeros(len(sd), bool)]),
                      np.clip(np.concatenate([ai, ad]), -50, 50), np.concatenate([ci, np.zeros(len(sd), np.int64)]))


def skeleton_gains(model: WordModel, lay: Layout, c: Candidates) -> np.ndarray:
    """The same gains under the skeleton model (rare words replaced by their shape).

    A 4-gram model over ~1M tokens mostly backs off to unigrams around rare words, so
    "Applicants is paid" looks fine; over frequent words plus shapes ("<C:ts> is
    paid") the syntax of function words is well estimated from the same text.
    """
    skeleton = model.skeleton
    if skeleton is None or not len(c.sent):
        return np.zeros(len(c.sent))
    sseq = model.skel_map[lay.seq.astype(np.int64)].astype(np.uint64)
    sbase, _ = base_scores(skeleton, sseq)
    eos = lay.eos[c.sent]
    gain = np.zeros(len(c.sent))
    ins = c.is_insert
    if ins.any():
        w = model.skel_map[c.word_id[ins]].astype(np.uint64)
        gain[ins] = insert_gain(skeleton, sseq, sbase, c.seq_pos[ins], w, eos[ins])
    if (~ins).any():
        gain[~ins] = delete_gain(skeleton, sseq, sbase, c.seq_pos[~ins], eos[~ins])
    return np.clip(gain, -50, 50)


def group_max(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per key: index of the largest value, the largest and the second largest value (-inf if none)."""
    order = np.lexsort((-values, keys))
    k = keys[order]
    first = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    best = order[first]
    nxt = first + 1
    has2 = (nxt < len(k)) & (np.r_[k, -1][np.minimum(nxt, len(k))] == k[first])
    second = np.where(has2, values[order[np.minimum(nxt, len(k) - 1)]], -np.inf)
    return best, values[best], second
