"""A body laid out for scoring: one padded id sequence for all its sentences, and where
every space-separated word sits in it and in the body, so that all hypotheses of an
article are scored with a handful of vectorised model lookups."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from flows.words.model import BOS, EOS, ORDER, WordModel
from flows.words.tokens import TOKEN, normalize, split_sentences


@dataclass
class Layout:
    """A body laid out for scoring: padded id sequence plus where every word sits."""

    seq: np.ndarray  # uint64 ids, each sentence as <s> <s> <s> w.. </s>
    sent_of: np.ndarray  # sentence number of every position
    eos: np.ndarray  # position of </s> per sentence
    places: list[tuple[int, int, int]]  # (paragraph, sentence-in-paragraph, body offset of sentence)
    words: list[list[str]]  # space tokens per sentence
    starts: list[list[int]]  # body offset of every space token
    first: list[list[int]]  # position in seq of each space token's first model token (-1: none)
    count: list[list[int]]  # model tokens per space token


# Distinct space tokens worked out per model: news repeats its words, so a few hundred
# thousand cover a corpus; past MAX_WORDS the memo starts again (memory stays bounded).
MAX_WORDS = 300_000


class _WordIds(dict):
    """A space token's model-token ids ("Putin's," -> ids of "Putin's" and ","), once per distinct token."""

    def __init__(self, index: dict[str, int]) -> None:
        super().__init__()
        self.index = index

    def __missing__(self, word: str) -> tuple[int, ...]:
        if len(self) > MAX_WORDS:
            self.clear()
        get = self.index.get
        ids = self[word] = tuple(get(normalize(t), 0) for t in TOKEN.findall(word))
        return ids


def _word_ids(model: WordModel) -> _WordIds:
    """The model's memo, made on first use (a model loaded anew starts a new one)."""
    if model.word_ids is None:
        model.word_ids = _WordIds(model.index)
    return model.word_ids


class _Builder:
    """Accumulates the sentences of a body into a Layout."""

    def __init__(self, model: WordModel) -> None:
        self.ids_of = _word_ids(model)
        self.seq: list[int] = []
        self.sent_of: list[int] = []
        self.eos: list[int] = []
        self.places: list[tuple[int, int, int]] = []
        self.words: list[list[str]] = []
        self.starts: list[list[int]] = []
        self.first: list[list[int]] = []
        self.count: list[list[int]] = []

    def add(self, place: tuple[int, int, int], words: list[str]) -> None:
        n = len(self.places)
        self.places.append(place)
        self.seq.extend((BOS,) * (ORDER - 1))
        starts, first, count = [], [], []
        pos = place[2]
        ids_of = self.ids_of
        for w in words:
            ids = ids_of[w]
            starts.append(pos)
            first.append(len(self.seq) if ids else -1)
            count.append(len(ids))
            self.seq.extend(ids)
            pos += len(w) + 1
        self.eos.append(len(self.seq))
        self.seq.append(EOS)
        self.sent_of.extend([n] * (len(self.seq) - len(self.sent_of)))
        self.words.append(words)
        self.starts.append(starts)
        self.first.append(first)
        self.count.append(count)

    def build(self) -> Layout:
        return Layout(np.array(self.seq, dtype=np.uint64), np.array(self.sent_of, dtype=np.int64),
                      np.array(self.eos, dtype=np.int64), self.places, self.words, self.starts, self.first,
                      self.count)


# Sentences longer than this are not weighed (nor repaired): news sentences stay far below,
# and an unpunctuated page's one "sentence" of 40,000 words would cost as much as a corpus.
MAX_SENTENCE_WORDS = 150


def lay_out(body: str, model: WordModel) -> Layout:
    """Every sentence of every paragraph (blank-line separated) of a body, in order; none over
    MAX_SENTENCE_WORDS words."""
    builder, offset = _Builder(model), 0
    for pi, paragraph in enumerate(body.split("\n\n")):
        for si, (a, b) in enumerate(split_sentences(paragraph)):
            words = paragraph[a:b].split(" ")
            if len(words) <= MAX_SENTENCE_WORDS:
                builder.add((pi, si, offset + a), words)
        offset += len(paragraph) + 2
    return builder.build()


def base_scores(model: WordModel, seq: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """ln P of every token of a padded sequence in its context, and the n-gram order that matched."""
    lp = np.zeros(len(seq), dtype=np.float32)
    order = np.zeros(len(seq), dtype=np.int8)
    pos = np.flatnonzero(seq != BOS)
    lp[pos], order[pos] = model.logprob(seq[pos - 3], seq[pos - 2], seq[pos - 1], seq[pos])
    return lp, order


def sentence_logprob(model: WordModel, text: str) -> float:
    """ln P of a text as one or more sentences."""
    lay = lay_out(text, model)
    base, _ = base_scores(model, lay.seq)
    return float(base[lay.seq != BOS].sum())
