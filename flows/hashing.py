"""The two pieces of the hashes that the corpus-wide phases compare across runs, in numpy.

Repeated sentences (flows/words/tokens.py: a sentence's key, and its key less a word)
and duplicate signatures (flows/stages/signature.py: a shingle's hash) are both
polynomial hashes modulo 2**64 over one odd base, finished by one mixer. Polynomial,
because a hash of a text with a part cut out, or of a run of words, then comes from
sums worked out once per article instead of a digest per variant. Stored values are
only valid with these constants: each user names its format where it stores them.
"""

from __future__ import annotations

import numpy as np

# Odd, so invertible modulo 2**64 (the golden-ratio constant 2**64 / phi, rounded to odd).
POLY_BASE = 0x9E3779B97F4A7C15


def mix64(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser on uint64 values: neighbouring polynomial values end far apart."""
    h = (h ^ (h >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    h = (h ^ (h >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))
