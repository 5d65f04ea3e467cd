"""The corpus's headline model (flows/corpus/layout.py): it decides line by line only where it has learned enough."""

from __future__ import annotations

import numpy as np

from flows.corpus.layout import LEARNED, MIN_LINE_EXAMPLES, fit_language


def _lines(rng: np.random.Generator, n: int, centre: float) -> np.ndarray:
    return rng.normal(centre, 1.0, size=(n, len(LEARNED)))


def test_a_language_decides_line_by_line_only_from_enough_headlines_and_sentences():
    rng = np.random.default_rng(7)
    undecided = _lines(rng, 20, 0.0)
    few = fit_language(_lines(rng, 14, 2.0), _lines(rng, 90, -2.0), undecided)  # told apart, but from 14 headlines
    assert few["accuracy"] >= 0.95 and not few["per_line"]
    enough = fit_language(_lines(rng, MIN_LINE_EXAMPLES, 2.0), _lines(rng, 90, -2.0), undecided)
    assert enough["accuracy"] >= 0.95 and enough["per_line"]
    blurred = fit_language(_lines(rng, 80, 0.1), _lines(rng, 90, -0.1), undecided)  # enough, but not told apart
    assert blurred["accuracy"] < 0.85 and not blurred["per_line"]
