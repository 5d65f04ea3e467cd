"""The corpus's headline model (flows/corpus/layout.py): it decides line by line only where it has learned enough."""

from __future__ import annotations

import numpy as np

from flows.corpus.layout import LEARNED, MIN_LINE_EXAMPLES, _by_rate, fit_language


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


def test_the_corpus_rate_decides_a_languages_open_lines_only_where_it_can_hold():
    """The real pages' case: English sites give a rate of 0.28; German pages, mostly ledes, would need every open
    line and more to reach it, so their own lines decide. The generator's Portuguese pages, whose headlines are
    whole sentences, reach it with their open lines and take the rate."""
    model = {"per_line": False, "share": 0.05}
    german = {"pages": 167, "headline": 19, "undecided": 11, "likely_body": 27}
    assert _by_rate(model, german, 0.28) == model | {"share_from": "own_lines"}
    portuguese = {"pages": 175, "headline": 7, "undecided": 121, "likely_body": 14}
    taken = _by_rate(model | {"share": 0.52}, portuguese, 0.65)  # its own model puts half its open lines there
    assert taken["share_from"] == "corpus_rate" and 0.85 < taken["share"] < 0.9
    # a handful of pages a little short of the rate is sampling, not another habit: four pages, none settled
    assert _by_rate(model, {"pages": 4, "headline": 0, "undecided": 2, "likely_body": 0}, 0.64)["share"] == 1.0
    # where every page has a headline, likely body lines are open too: no language fails the rate for them
    every = {"pages": 507, "headline": 478, "undecided": 22, "likely_body": 7}
    assert _by_rate(model, every, 0.9996)["share_from"] == "corpus_rate"


def test_the_corpus_rate_makes_most_open_lines_headlines_only_where_most_pages_have_one():
    """Real crawls: a rate of 0.16, which Spanish pages could reach only by taking 89% of their open lines for
    headlines (their readers found 1 of 54): where most pages have no headline, the language's own lines decide. The
    generator's crawls, most of whose pages have one (0.64), give their German sentence-headlines the rate."""
    spanish = {"pages": 670, "headline": 61, "undecided": 54, "likely_body": 249}
    model = {"per_line": False, "share": 0.11}
    assert _by_rate(model, spanish, 0.16) == model | {"share_from": "own_lines"}
    assert _by_rate(model, spanish, 0.16)["share"] < 0.5  # so its open lines stay in the body
    german = {"pages": 30, "headline": 8, "undecided": 12, "likely_body": 3}
    taken = _by_rate(model, german, 0.64)
    assert taken["share_from"] == "corpus_rate" and taken["share"] > 0.9
    few = {"pages": 40, "headline": 4, "undecided": 6, "likely_body": 0}  # under half: the rate needs few of them
    assert _by_rate(model, few, 0.16)["share_from"] == "corpus_rate"
