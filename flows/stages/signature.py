"""Duplicate signatures: what lets the corpus-wide pass find exact and near copies.

Each article gets two signatures in its batch (`DedupSignatureStep`): a hash of
its folded text (exact copies) and a MinHash of its word 5-shingles (near copies:
a syndicated story with a line added, or with a few words lost on the way).
flows/corpus/duplicates.py then links them across the whole corpus.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from flows.document import Document
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
    from datasketch import MinHash

    shingles = _shingles(words[:MAX_SHINGLED_WORDS])

    # datasketch's own hash of a shingle (sha1_hash32: the first 4 bytes of its SHA-1, little-endian),
    # worked out for all shingles at once and handed over as numbers: the same values, without
    # a Python call and a struct.unpack per shingle (with the slices above: 0.35 -> 0.28 ms an article)
    digests = b"".join([hashlib.sha1(shingle).digest() for shingle in shingles])
    hashed = np.frombuffer(digests, dtype="<u4")[::5].tolist()  # a digest is 5 such words
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations(), hashfunc=_as_is)
    minhash.update_batch(hashed)
    return Signature(doc_id, text_hash, minhash.hashvalues.astype(np.uint32).tobytes(), day)


def _shingles(words: list[str]) -> set[bytes]:
    """Every run of SHINGLE words, " "-joined and encoded: slices of the encoded text, not a join each."""
    joined = " ".join(words)
    text = joined.encode("utf-8")
    sizes = map(len, words) if len(text) == len(joined) else (len(w.encode("utf-8")) for w in words)
    ends = [0, *itertools.accumulate(size + 1 for size in sizes)]  # where each word starts
    return {text[ends[i]:ends[i + SHINGLE] - 1] for i in range(len(words) - SHINGLE + 1)}


def _as_is(value: int) -> int:
    """The hash function of a MinHash fed values hashed already."""
    return value


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
