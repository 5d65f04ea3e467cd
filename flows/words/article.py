"""Damage comes by file: an edit's confidence given what the rest of its article shows.

A page that went through a broken tool has several damaged sentences; an undamaged
page has almost none. The calibrated posterior of one sentence's edit (`decide`)
assumes the corpus's average damage rate for every sentence, so it under-promises in
a damaged article and over-promises in a clean one. Here a two-state model of the
article (damaged or not, each with its own rate of stray words per sentence) is
fitted by EM on a sample of the corpus's own articles at fit time, and an edit's
confidence becomes P(right | its sentence, the article's other sentences).

Only stray-word evidence (the best edit of a sentence is a deletion) moves the
article's state: the missing-word posteriors are mostly below the prior, in damaged
and undamaged text alike, so they would say nothing about the article; missing-word
rates follow the stray rates' ratio between the two states.
"""

from __future__ import annotations

import numpy as np

# Prior rates per sentence, under which a sentence's posterior is calibrated.  In damaged
# crawls roughly one sentence in 10-20 has lost a word and one in 25-60 has gained one
# (dev: 0.12 and 0.04 in the 40% of articles that are damaged); the thresholds, not
# these, set precision.
MISSING_RATE = 0.05
STRAY_RATE = 0.02
EM_ROUNDS = 50  # the two rates and the damaged share settle within 20-30 rounds on dev's languages
# Start: a third of articles damaged, with one stray in 20 sentences, against one in 500.
START = (0.3, 0.05, 0.002)
# Rates are kept off 0 and 1: an edit in a state estimated clean is improbable, not impossible.
RATE_FLOOR, RATE_CEILING = 1e-4, 0.9


def _logit(p: np.ndarray | float) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def likelihood_ratios(p: np.ndarray, prior: np.ndarray | float) -> np.ndarray:
    """Odds of each posterior over the odds of the prior it was computed under: the evidence alone."""
    return np.exp(_logit(p) - _logit(prior))


def fit_article_states(articles: list[np.ndarray]) -> dict:
    """EM for (share of damaged articles, stray rate per sentence in damaged and in clean ones).

    `articles`: per article, the stray-word likelihood ratios of its sentences.
    """
    share, damaged, clean = START
    articles = [a for a in articles if len(a)]
    if not articles:
        return {}
    for _ in range(EM_ROUNDS):
        weight_sum = num_d = den_d = num_c = den_c = 0.0
        for lr in articles:
            in_damaged, in_clean = damaged * lr + 1 - damaged, clean * lr + 1 - clean
            w = float(1 / (1 + np.exp(-(_logit(share) + np.log(in_damaged).sum() - np.log(in_clean).sum()))))
            weight_sum += w
            num_d += w * float((damaged * lr / in_damaged).sum())
            den_d += w * len(lr)
            num_c += (1 - w) * float((clean * lr / in_clean).sum())
            den_c += (1 - w) * len(lr)
        share = weight_sum / len(articles)
        damaged = float(np.clip(num_d / max(den_d, 1e-9), RATE_FLOOR, RATE_CEILING))
        clean = float(np.clip(num_c / max(den_c, 1e-9), RATE_FLOOR, RATE_CEILING))
    return {"damaged_share": round(share, 4), "stray_rate_damaged": round(damaged, 5),
            "stray_rate_clean": round(clean, 5), "articles": len(articles)}


def article_confidence(is_insert: np.ndarray, p: np.ndarray, priors: tuple[float, float], states: dict) -> np.ndarray:
    """P(each sentence's best edit is right | that sentence and the article's other sentences).

    `p`: the sentence posteriors, computed under `priors` (missing, stray) per sentence.
    Without fitted `states` (a model fitted before they were), `p` as it is.
    """
    if not states or not len(p):
        return p
    missing_prior, stray_prior = priors
    share, d, c = states["damaged_share"], states["stray_rate_damaged"], states["stray_rate_clean"]
    mean_stray = share * d + (1 - share) * c
    rate_d = np.where(is_insert, missing_prior * d / mean_stray, d)
    rate_c = np.where(is_insert, missing_prior * c / mean_stray, c)
    lr = likelihood_ratios(p, np.where(is_insert, missing_prior, stray_prior))
    says = np.where(is_insert, 0.0, np.log(d * lr + 1 - d) - np.log(c * lr + 1 - c))
    damaged = 1 / (1 + np.exp(-(_logit(share) + says.sum() - says)))  # from the other sentences only
    rate = np.clip(damaged * rate_d + (1 - damaged) * rate_c, 0.0, RATE_CEILING)
    return rate * lr / (rate * lr + 1 - rate)
