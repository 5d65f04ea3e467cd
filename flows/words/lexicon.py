"""Word counts per language, and how foreign each word of a model is to its language.

What tells a stray English "the" in Portuguese text from the "of" of an English
title quoted there: the word is foreign, and its neighbours are not foreign in the
same way.  The rates come from the corpus's own articles of each language.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from flows.words.model import SPECIALS
from flows.words.tokens import TOKEN, normalize

Lexicon = tuple[dict[str, int], int]  # word counts and token total of one language

# A language needs this much text for its rates to mean anything (a 6k-token part
# would make every rare word of the others look foreign), and a word this many
# occurrences there; English "the" in German text scores ~5.7 (a rate 300x the
# German one), German "in" 0.1.
LEXICON_MIN_TOKENS = 20_000
LEXICON_MIN_COUNT = 3
LEXICON_MAX_TYPES = 2_000_000  # beyond this many word types, once-seen words are dropped: memory stays bounded
FOREIGN_CAP = 10.0


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


def kept(lexicon: Lexicon) -> Lexicon:
    """The words seen often enough to say anything (what a model stores of another language)."""
    counts, total = lexicon
    return {w: c for w, c in counts.items() if c >= LEXICON_MIN_COUNT}, total


def usable_lexicons(others: dict[str, Lexicon]) -> dict[str, Lexicon]:
    """The lexicons with enough text for their rates to mean anything, by language name."""
    return {k: v for k, v in sorted(others.items()) if v[1] >= LEXICON_MIN_TOKENS}


def foreign_scores(vocab: list[str], own: np.ndarray, others: dict[str, Lexicon]) -> np.ndarray:
    """Per other language (rows, sorted by name) and vocab id: ln(rate there / rate here), in [0, FOREIGN_CAP].

    One row per language, so that a Spanish neighbour does not count as English.
    A corpus with one language gets one row of zeros.
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
