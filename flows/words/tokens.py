"""How word repair cuts text: sentences, space tokens and model tokens, and their normal form.

Every other module of the package sees text through these functions, so that the
sentence indices recorded in `word_edits` line up with how sentences are counted
by the fitter, the repeated-sentence index and the damage generator
(../shared/bench/make_raw.py uses the same sentence rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import numpy as np

from flows.hashing import POLY_BASE, mix64

# Same sentence boundary rule as the damage generator, so that the sentence indices
# of our edits line up with how sentences are counted elsewhere.
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019]))\s+(?=[\"'\u201c\u2018]?[A-Z0-9])")
# A model token: a word (letters, digits, apostrophes, hyphens) or one punctuation mark.
TOKEN = re.compile(r"[\w'\u2019-]+|[^\w\s]")
WORDLIKE = re.compile(r"[\w'\u2019-]+")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                       "\u2013": "-", "\u2014": "-"})
_DIGIT = re.compile(r"\d")


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
    """Model tokens of one sentence: words and punctuation marks, normalised."""
    return [normalize(t) for t in TOKEN.findall(sentence)]


def body_sentences(body: str) -> Iterator[str]:
    """Every sentence of a body (paragraphs split on blank lines, then sentences)."""
    for paragraph in body.split("\n\n"):
        for start, end in split_sentences(paragraph):
            yield paragraph[start:end]


# Sentence keys: a polynomial hash of the sentence's UTF-8 bytes modulo 2**64, finished by
# splitmix64's mixer (flows/hashing.py). Polynomial, because the repeated-sentence index hashes every sentence
# less each of its inner words (~370 variants an article): from one prefix sum per article,
# each variant's hash is two lookups and a multiplication, all in numpy, where a digest of
# every variant's bytes (blake2b, as before) hashed ~25 times the text (0.41 ms an article,
# 8.6 of a 5x benchmark run's CPU seconds). Collisions of two given sentences: about 2**-64
# for natural text (a modulus of 2**64 is weak only against crafted strings, which at worst
# propose an edit that the language model must still accept).
KEY_FORMAT = "poly64-1"  # stored with an index of keys: another format is rebuilt, never mixed
_POWERS: tuple[np.ndarray, np.ndarray] = (np.ones(1, np.uint64), np.ones(1, np.uint64))


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """POLY_BASE**j and POLY_BASE**-j for j <= n at least (grown by doubling, shared by the process)."""
    global _POWERS
    powers = _POWERS
    if len(powers[0]) <= n:
        size = max(n + 1, 2 * len(powers[0]))
        grown = []
        for base in (POLY_BASE, pow(POLY_BASE, -1, 1 << 64)):
            steps = np.full(size, base, dtype=np.uint64)
            steps[0] = 1
            grown.append(np.cumprod(steps, dtype=np.uint64))  # wraps modulo 2**64, as wanted
        powers = _POWERS = (grown[0], grown[1])
    return powers


def char_to_byte(text: str, raw: bytes, offsets: np.ndarray) -> np.ndarray:
    """Character offsets into `text` (an array of any shape) as byte offsets into `raw`, its UTF-8 encoding."""
    if len(raw) == len(text):
        return offsets
    codes = np.frombuffer(raw, dtype=np.uint8)
    return np.append(np.flatnonzero((codes & 0xC0) != 0x80), len(raw))[offsets]


def span_keys(raw: bytes, starts: np.ndarray, ends: np.ndarray, cut_starts: np.ndarray | None = None,
              cut_ends: np.ndarray | None = None) -> np.ndarray:
    """The keys of raw[start:end] for each span, less raw[cut_start:cut_end] where cuts are given
    (byte offsets into UTF-8 text; a key does not depend on where its text stood)."""
    power, inverse = _powers(len(raw))
    prefix = np.zeros(len(raw) + 1, dtype=np.uint64)  # sum of byte_j * BASE**-j over j < k
    np.cumsum(np.frombuffer(raw, dtype=np.uint8) * inverse[:len(raw)], dtype=np.uint64, out=prefix[1:])

    def h(x: np.ndarray, y: np.ndarray) -> np.ndarray:  # sum of byte_j * BASE**(y - j) over x <= j < y
        return power[y] * (prefix[y] - prefix[x])

    if cut_starts is None:
        value, length = h(starts, ends), ends - starts
    else:
        value = h(starts, cut_starts) * power[ends - cut_ends] + h(cut_ends, ends)
        length = (ends - starts) - (cut_ends - cut_starts)
    return mix64(value + length.astype(np.uint64)).view(np.int64)


def sentence_key(words: list[str]) -> int:
    """A stable 64-bit key of a sentence's space tokens (Python's own hash is salted per process):
    how a repeated sentence is found in the corpus, and found again in its body."""
    return sentence_keys([words])[0]


def sentence_keys(sentences: list[list[str]]) -> list[int]:
    """`sentence_key` of many sentences at once (one numpy pass over their text joined)."""
    encoded = [" ".join(words).encode("utf-8") for words in sentences]
    ends = np.cumsum([len(b) + 1 for b in encoded], dtype=np.int64) - 1
    starts = ends - np.array([len(b) for b in encoded], dtype=np.int64)
    return span_keys(b"\n".join(encoded), starts, ends).tolist()
