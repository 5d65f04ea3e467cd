"""Stage 6: find exact and near duplicates; mark them, drop nothing.

Each article gets two signatures in its batch (`DedupSignatureStep`): a hash of
its folded text (exact copies) and a MinHash of its word 5-shingles (near copies:
a syndicated story with a line added, or with a few words lost on the way).
`find_duplicates` then links them across the whole corpus with datasketch's LSH:
the first copy in corpus order is kept, every later one gets `duplicate_of` = the
kept copy's `doc_id`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from flows.document import Document
from flows.step import Step

# datasketch imports scipy (0.35 s): it is imported where it is used, so that the
# flow's own process, which plans and publishes but never hashes, does not load it.
if TYPE_CHECKING:
    from datasketch import MinHash, MinHashLSH

NUM_PERM = 128  # datasketch's default; estimate error ~ 1/sqrt(128) = 0.09 at worst, less near 1
SHINGLE = 5  # words per shingle: long enough that unrelated articles share few
# Jaccard over 5-shingles of a copy with one line added, or a dozen words lost,
# stays above 0.8 on the dev corpus; unrelated news on the same topic is below 0.3.
DEFAULT_THRESHOLD = 0.8
# A copy is the same story published within this many days of the kept one
# (syndication happens within days); the same text months apart is a re-run that
# analyses by date should still count, so it is not marked. None: any distance.
DEFAULT_WINDOW_DAYS = 7
MIN_WORDS = 20  # shorter texts have too few shingles for a stable estimate: exact match only
SEED = 1
SCHEME = "affine32"  # datasketch 2's default; stored values are only valid with the same scheme
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Signature:
    doc_id: str
    text_hash: str
    minhash: bytes | None  # NUM_PERM uint32 values, or None for short texts
    day: int | None = None  # the article's date as a day number (date.toordinal()), None when unknown


def within(a: int | None, b: int | None, window: int | None) -> bool:
    """Whether two dates are close enough for copies.

    Two undated texts may be copies (nothing tells them apart); a dated and an
    undated one are not linked, since the undated one may be a re-run from any time.
    """
    if window is None or (a is None and b is None):
        return True
    return a is not None and b is not None and abs(a - b) <= window


def fold_words(text: str) -> list[str]:
    """Words compared for duplicates: case, accents' encoding and punctuation do not matter."""
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def signature(doc_id: str, title: str, body: str, day: int | None = None) -> Signature:
    words = fold_words(f"{title}\n{body}")
    text_hash = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
    if len(words) < MIN_WORDS:
        return Signature(doc_id, text_hash, None, day)
    shingles = {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch(shingles)
    return Signature(doc_id, text_hash, minhash.hashvalues.astype(np.uint32).tobytes(), day)


def _minhash(values: bytes) -> MinHash:
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


def find_duplicates(signatures: Iterable[Signature], threshold: float = DEFAULT_THRESHOLD,
                    window_days: int | None = DEFAULT_WINDOW_DAYS) -> Iterator[tuple[str, str, float]]:
    """Yield (doc_id, duplicate_of, similarity) for every copy, in corpus order.

    `signatures` come in corpus order (already-published articles first, then new
    ones by source file): the first of a group is the one kept, and a copy of a
    copy points to the kept one. Memory: per article its date and hash; per
    distinct text its MinHash values (512 bytes) and LSH entry; exact copies add
    no MinHash (the first of their text stands for them).
    """
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    days: dict[str, int | None] = {}
    by_hash: dict[str, list[str]] = {}
    kept_of: dict[str, str] = {}
    values: dict[str, np.ndarray] = {}
    for sig in signatures:
        days[sig.doc_id] = sig.day
        earlier = by_hash.setdefault(sig.text_hash, [])
        match = _exact_match(earlier, days, sig, window_days)
        earlier.append(sig.doc_id)
        if match is None and sig.minhash is not None:
            minhash = _minhash(sig.minhash)
            match = _best_match(lsh, values, days, sig, minhash, threshold, window_days)
            values[sig.doc_id] = minhash.hashvalues
            lsh.insert(sig.doc_id, minhash)
        if match is not None:
            kept_of[sig.doc_id] = kept_of.get(match[0], match[0])
            yield sig.doc_id, kept_of[sig.doc_id], match[1]


def _exact_match(earlier: list[str], days: dict[str, int | None], sig: Signature,
                 window_days: int | None) -> tuple[str, float] | None:
    for key in earlier:
        if within(days[key], sig.day, window_days):
            return key, 1.0
    return None


def _best_match(lsh: MinHashLSH, values: dict[str, np.ndarray], days: dict[str, int | None], sig: Signature,
                minhash: MinHash, threshold: float, window_days: int | None) -> tuple[str, float] | None:
    best: tuple[str, float] | None = None
    for key in sorted(lsh.query(minhash)):  # sorted: ties go the same way every run
        if not within(days[key], sig.day, window_days):
            continue
        score = float(np.mean(values[key] == minhash.hashvalues))  # MinHash's Jaccard estimate
        if score >= threshold and (best is None or score > best[1]):
            best = (key, score)
    return best


class DedupSignatureStep(Step):
    """Compute each article's duplicate signatures (the linking happens corpus-wide)."""

    name = "dedup_signature"

    def apply(self, doc: Document) -> None:
        sig = signature(doc.doc_id, doc.title, doc.body, doc.date.toordinal() if doc.date else None)
        doc.text_hash, doc.minhash = sig.text_hash, sig.minhash
