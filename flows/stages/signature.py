"""Duplicate signatures: what lets the corpus-wide pass find exact and near copies.

Each article gets two signatures in its batch (`DedupSignatureStep`): a hash of
its folded text (exact copies) and a MinHash of its word 5-shingles (near copies:
a syndicated story with a line added, or with a few words lost on the way).
flows/corpus/duplicates.py then links them across the whole corpus.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from flows.document import Document
from flows.hashing import POLY_BASE, mix64
from flows.step import Step

# datasketch imports scipy (0.35 s): it is imported where it is used, so that the
# flow's own process, which plans and publishes but never hashes, does not load it.
if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128  # datasketch's default; estimate error ~ 1/sqrt(128) = 0.09 at worst, less near 1
SHINGLE = 5  # words per shingle: long enough that unrelated articles share few
MIN_WORDS = 20  # shorter texts have too few shingles for a stable estimate: exact match only
# Shingles of the first this many words only: a MinHash of 20k words (a long report) is as
# good as of all of it for telling copies, and a runaway text cannot blow a worker's memory.
MAX_SHINGLED_WORDS = 20_000
SEED = 1
SCHEME = "affine32"  # datasketch 2's default; stored values are only valid with the same scheme
# How a stored signature was made (shingle hashing and MinHash scheme): the published state
# records it, and signatures of another format are made again from the published texts.
SIGNATURE_FORMAT = "words64-poly5-affine32"
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Signature:
    doc_id: str
    text_hash: str
    minhash: bytes | None  # NUM_PERM uint32 values, or None for short texts
    day: int | None = None  # the article's date as a day number (date.toordinal()), None when unknown
    span: int = 1  # days the date covers: 1 for a day, the month's days for a month-only date, ...


def fold_words(text: str) -> list[str]:
    """Words compared for duplicates: case, accents' encoding and punctuation do not matter."""
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def signature(doc_id: str, title: str, body: str, day: int | None = None) -> Signature:
    words = fold_words(f"{title}\n{body}")
    text_hash = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
    if len(words) < MIN_WORDS:
        return Signature(doc_id, text_hash, None, day)
    return Signature(doc_id, text_hash, minhash_values(shingle_hashes(words[:MAX_SHINGLED_WORDS])).tobytes(), day)


def minhash_values(hashed: np.ndarray) -> np.ndarray:
    """datasketch's MinHash (NUM_PERM, SEED, SCHEME) of values hashed already, in one numpy expression.

    What `MinHash.update_batch` computes for the "affine32" scheme (its MurmurHash3 pre-mix,
    then `a * h + b` modulo 2**32 per permutation, the least per permutation), without
    its Python call per value (a third of the stage); tests/corpus/test_duplicates.py
    checks the values against datasketch's own.
    """
    a, b = _permutations()
    mixed = hashed.astype(np.uint32)
    for shift, factor in ((16, 0x85EBCA6B), (13, 0xC2B2AE35)):
        mixed = (mixed ^ (mixed >> np.uint32(shift))) * np.uint32(factor)
    mixed ^= mixed >> np.uint32(16)
    return (mixed[:, None] * a[None, :] + b[None, :]).min(axis=0)


class _WordHashes(dict):
    """Each distinct word's 64-bit hash (blake2b), worked out once per process: news repeats its words."""

    def __missing__(self, word: str) -> int:
        value = self[word] = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")
        return value


_WORD_HASHES = _WordHashes()
MAX_MEMO = 500_000  # distinct words remembered (~100 bytes each); past it the memo starts again


def shingle_hashes(words: list[str]) -> np.ndarray:
    """A 32-bit hash of every run of SHINGLE words (MinHash's input), in numpy from the words' own hashes.

    A polynomial over the words' 64-bit hashes, mixed (flows/hashing.py) and cut to its
    high 32 bits: order-sensitive, and as good as a digest of each shingle's text for a MinHash,
    without a digest per shingle (those were two thirds of the stage, which went from 0.32 to 0.18 ms
    an article).
    """
    if len(_WORD_HASHES) > MAX_MEMO:
        _WORD_HASHES.clear()
    hashes = np.fromiter(map(_WORD_HASHES.__getitem__, words), dtype=np.uint64, count=len(words))
    count = len(words) - SHINGLE + 1
    value = hashes[:count].copy()
    for k in range(1, SHINGLE):
        value = value * np.uint64(POLY_BASE) + hashes[k:k + count]  # wraps modulo 2**64, as wanted
    return (mix64(value) >> np.uint64(32)).astype(np.uint32)


def minhash_of(values: bytes) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=np.frombuffer(values, dtype=np.uint32),
                   permutations=_permutations())


@cache
def _permutations():
    """The hash permutations of (NUM_PERM, SEED, SCHEME), drawn once per process.

    datasketch draws them for every MinHash it builds unless given: that was 0.1 ms
    per article, two thirds of duplicate linking's time.
    """
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


class DedupSignatureStep(Step):
    """Compute each article's duplicate signatures (the linking happens corpus-wide)."""

    name = "dedup_signature"

    def apply(self, doc: Document) -> None:
        sig = signature(doc.doc_id, doc.title, doc.body, doc.date.toordinal() if doc.date else None)
        doc.text_hash, doc.minhash = sig.text_hash, sig.minhash
