"""The article model: damage comes by file, and an edit's confidence says so."""

from __future__ import annotations

import numpy as np

from flows.words.article import MISSING_RATE, STRAY_RATE, article_confidence, fit_article_states

SHARE, DAMAGED, CLEAN = 0.3, 0.15, 0.005  # the corpus the tests draw: a third of articles damaged
SEPARATION = 2.5  # how far a damaged sentence's evidence lies from an intact one's


def draw_corpus(rng: np.random.Generator, articles: int, sentences: int = 30) -> tuple[list, list]:
    """Articles of sentences whose evidence is a true likelihood ratio: a score from N(0, 1) when
    the sentence is intact and N(SEPARATION, 1) when it is damaged, LR = N(s; mu)/N(s; 0)."""
    evidence, truth = [], []
    for _ in range(articles):
        rate = DAMAGED if rng.random() < SHARE else CLEAN
        damaged = rng.random(sentences) < rate
        score = rng.normal(np.where(damaged, SEPARATION, 0.0), 1.0)
        evidence.append(np.exp(SEPARATION * score - SEPARATION**2 / 2))
        truth.append(damaged)
    return evidence, truth


def posterior_under(prior: float, lr: np.ndarray) -> np.ndarray:
    return prior * lr / (prior * lr + 1 - prior)


def test_em_recovers_how_damage_clusters() -> None:
    evidence, _ = draw_corpus(np.random.default_rng(1), 2_000)
    states = fit_article_states(evidence)
    assert abs(states["damaged_share"] - SHARE) < 0.05, states
    assert abs(states["stray_rate_damaged"] - DAMAGED) < 0.03, states
    assert states["stray_rate_clean"] < 0.015, states
    assert states["articles"] == 2_000


def test_confidence_given_the_article_is_calibrated() -> None:
    rng = np.random.default_rng(2)
    states = fit_article_states(draw_corpus(rng, 2_000)[0])
    held_out, truth = draw_corpus(rng, 2_000)
    confidence, damaged = [], []
    for lr, is_damaged in zip(held_out, truth):
        p = posterior_under(STRAY_RATE, lr)  # what the sentence's own calibrated posterior would say
        confidence.append(article_confidence(np.zeros(len(p), bool), p, (MISSING_RATE, STRAY_RATE), states))
        damaged.append(is_damaged)
    confidence, damaged = np.concatenate(confidence), np.concatenate(damaged)
    sure = confidence >= 0.5
    assert abs(confidence[sure].mean() - damaged[sure].mean()) < 0.03
    # the sentence's own posterior, blind to its article, under-promises where it matters
    blind = posterior_under(STRAY_RATE, np.concatenate(held_out))
    assert damaged[blind >= 0.5].mean() - blind[blind >= 0.5].mean() > 0.05


def test_an_edit_among_other_damage_is_surer_than_alone() -> None:
    states = {"damaged_share": SHARE, "stray_rate_damaged": DAMAGED, "stray_rate_clean": CLEAN}
    no_edits = np.zeros(21, bool)
    alone = np.array([0.8] + [0.001] * 20)  # twenty sentences with nothing to mend
    among = np.array([0.8, 0.9, 0.85] + [0.001] * 18)
    priors = (MISSING_RATE, STRAY_RATE)
    assert article_confidence(no_edits, among, priors, states)[0] > 0.95
    assert article_confidence(no_edits, alone, priors, states)[0] < 0.8
    # a missing word follows its article's state through the stray evidence of the other sentences
    mixed = np.array([True] + [False] * 20)
    assert article_confidence(mixed, among, priors, states)[0] > article_confidence(mixed, alone, priors, states)[0]


def test_a_model_without_article_states_keeps_its_posteriors() -> None:
    p = np.array([0.3, 0.9])
    assert article_confidence(np.array([True, False]), p, (MISSING_RATE, STRAY_RATE), {}) is p
    assert fit_article_states([np.array([])]) == {}
