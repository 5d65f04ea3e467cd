"""How word repair cuts text: sentences, space tokens and model tokens, and their normal form.

Every other module of the package sees text through these functions, so that the
sentence indices recorded in `word_edits` line up with how sentences are counted
by the fitter, the repeated-sentence index and the damage generator
(../shared/bench/make_raw.py uses the same sentence rule).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache

import numpy as np

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


def sentence_key(words: list[str]) -> int:
    """A stable 64-bit hash of a sentence's space tokens (Python's own hash is salted per process):
    how a repeated sentence is found in the corpus, and found again in its body."""
    digest = hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def sentence_keys(encoded: list[bytes]) -> list[int]:
    """`sentence_key` of many sentences at once, each given as its " "-joined words, encoded (the digests
    are read as little-endian signed 64-bit numbers by numpy, in one call)."""
    digests = b"".join([hashlib.blake2b(raw, digest_size=8).digest() for raw in encoded])
    return np.frombuffer(digests, "<i8").tolist()
