"""Calibration: plant damage in the corpus's own sentences and learn when to trust an edit.

The model repairs the very text it was fitted on, so the planted sentences replace
their clean versions in the counts (a damaged n-gram is then as "seen" as real
damage is), and a throw-away model is estimated from those, fold by fold.  A
weighted logistic model per kind of edit then maps a unit's features to
P(edit right); the corpus's real damage, unlabelled, is handled by EM with the
known damage rate (PU learning), and the intercept is moved to the real rate.
"""

from __future__ import annotations

import random

import numpy as np

from flows.words.article import MISSING_RATE, STRAY_RATE, fit_article_states, likelihood_ratios
from flows.words.candidates import CAP, STRAY_WORDS
from flows.words.counting import Counts, count_sentences, merge_counts
from flows.words.decide import best_edits, model_priors, sigmoid
from flows.words.estimate import build_model
from flows.words.features import DELETE_FEATURES, INSERT_FEATURES, units
from flows.words.layout import lay_out
from flows.words.model import WordModel
from flows.words.tokens import WORDLIKE, normalize

PLANT_DELETE = 0.35  # shares of sampled sentences given a planted deletion / insertion: enough positives
PLANT_INSERT = 0.20  # to learn from; reweighted to MISSING_RATE / STRAY_RATE before fitting
# The throw-away models are fitted with the planted sentences in; too many at once
# would make them noisier than the real one.  Nine folds of a 1-in-2 sample disturb
# ~3% of the sentences each, about the rate of the damage itself.
FOLDS = 9
EM_ROUNDS = 4  # soft labels settle in two or three rounds
CHUNK_SENTENCES = 64  # sentences laid out together: one vectorised scoring call each


def plant(sentence: str, rng: random.Random) -> tuple[str, tuple | None]:
    """Damage one sentence the way crawls do: drop an inner word or add a frequent one."""
    words = sentence.split(" ")
    roll = rng.random()
    if roll < PLANT_DELETE and len(words) >= 6:
        i = rng.randrange(1, len(words) - 1)
        if WORDLIKE.fullmatch(words[i]):
            return " ".join(words[:i] + words[i + 1:]), ("delete", i, words[i], words)
    elif PLANT_DELETE <= roll < PLANT_DELETE + PLANT_INSERT and len(words) >= 4:
        i = rng.randrange(1, len(words))
        w = rng.choice(STRAY_WORDS)
        return " ".join(words[:i] + [w] + words[i:]), ("insert", i, w, words)
    return sentence, None


def logistic(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = 1.0) -> dict:
    """Weighted, L2-regularised logistic regression by Newton steps (a few dozen features: exact and instant)."""
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = np.column_stack([(x - mean) / scale, np.ones(len(x))])
    beta = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(25):
        p = sigmoid(z @ beta)
        grad = z.T @ (weight * (p - y)) + reg * beta
        hess = (z * (weight * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return {"mean": mean.tolist(), "scale": scale.tolist(), "weights": beta[:-1].tolist(), "bias": float(beta[-1])}


def _is_the_repair(model: WordModel, words: list[str], inserting: bool, word_id: int, i: int, info: tuple) -> bool:
    """Is the unit's edit exactly the undoing of the damage planted in its sentence?"""
    if inserting and info[0] == "delete":
        return i == info[1] and model.vocab[word_id] == normalize(info[2])
    if not inserting and info[0] == "insert":
        return words[:i] + words[i + 1:] == info[3]
    return False


def labelled_units(model: WordModel, sentences: list[str], plants: list) -> tuple[np.ndarray, ...]:
    """Units of the sample with their label (is the proposed edit exactly the repair?) and planted kind."""
    xs, kinds, labels, planted = [], [], [], []
    for start in range(0, len(sentences), CHUNK_SENTENCES):
        lay = lay_out("\n\n".join(sentences[start:start + CHUNK_SENTENCES]), model)
        u = units(model, lay)
        for k in range(len(u.idx)):
            s = int(u.sent[k])
            pi = lay.places[s][0]
            info = plants[start + pi] if lay.places[s][1] == 0 else None
            j = int(u.idx[k])
            inserting = bool(u.is_insert[k])
            xs.append(u.x[k])
            kinds.append(inserting)
            labels.append(bool(info) and _is_the_repair(model, lay.words[s], inserting, int(u.c.word_id[j]),
                                                        int(u.c.word_pos[j]), info))
            planted.append(info[0] if info else "")
    return np.array(xs), np.array(kinds), np.array(labels, dtype=float), np.array(planted)


def _trial_model(model: WordModel, counts: Counts, skel_counts: Counts, orig: list[str], dam: list[str]) -> WordModel:
    """A throw-away model whose counts hold the damaged versions of `orig` instead of them."""
    swapped = merge_counts(counts, count_sentences(orig, model.index), -1)
    swapped = merge_counts(swapped, count_sentences(dam, model.index), +1)
    trial = build_model(swapped, model.vocab, dict(model.meta), model.is_word)
    skel = model.skel_map.astype(np.int64)
    swapped = merge_counts(skel_counts, count_sentences(orig, model.index, skel), -1)
    swapped = merge_counts(swapped, count_sentences(dam, model.index, skel), +1)
    trial.skeleton = build_model(swapped, model.skeleton.vocab, dict(model.skeleton.meta), model.skeleton.is_word)
    trial.skel_map = model.skel_map
    trial.foreign = model.foreign
    return trial


def _fit_kind(x: np.ndarray, y: np.ndarray, planted_here: np.ndarray, rate: float) -> dict:
    """The logistic model of one kind of edit, with EM over the unlabelled real damage and the
    intercept moved from the sample's damage rate to the real one (prior correction)."""
    share = float(planted_here.mean())
    mixed = share + rate * (1 - share)  # damaged share of the sample as fitted
    shift = float(np.log(rate / (1 - rate)) - np.log(mixed / (1 - mixed)))
    soft = y.copy()
    for _ in range(EM_ROUNDS):
        lr = logistic(x, soft, np.ones(len(y)))
        soft = np.where(planted_here, y, predict(lr, x, shift))
    lr["bias"] += shift
    p = predict(lr, x)
    weight = np.where(planted_here, rate / share, (1 - rate) / (1 - share))
    lr["precision_at"] = {str(t): _precision(p, soft, weight, t) for t in (0.5, 0.7, 0.8, 0.9, 0.95)}
    lr["positives"] = int(y.sum())
    return lr


def calibrate(model: WordModel, sample: list[str], counts: Counts, skel_counts: Counts, seed: int = 0) -> dict:
    """Learn P(edit right | features) on damage planted in `sample`, a share of the corpus's sentences."""
    rng = random.Random(seed)
    damaged, plants = zip(*(plant(s, rng) for s in sample)) if sample else ((), ())
    parts = []
    for fold in range(FOLDS):  # each fold disturbs ~3% of the sentences, as real damage would
        orig, dam, info = sample[fold::FOLDS], list(damaged[fold::FOLDS]), list(plants[fold::FOLDS])
        parts.append(labelled_units(_trial_model(model, counts, skel_counts, orig, dam), dam, info))
    parts = [p for p in parts if len(p[0])]
    out: dict = {"sample_sentences": len(sample), "missing_rate": MISSING_RATE, "stray_rate": STRAY_RATE}
    if not parts:
        return out
    x, is_insert, y, planted = (np.concatenate([p[i] for p in parts]) for i in range(4))
    for kind, mask, planted_kind, rate in (("insert", is_insert, "delete", MISSING_RATE),
                                           ("delete", ~is_insert, "insert", STRAY_RATE)):
        names = INSERT_FEATURES if kind == "insert" else DELETE_FEATURES
        xx, yy = np.clip(x[mask][:, : len(names)], -CAP * 2, CAP * 2), y[mask]
        if yy.sum() >= 5 and (1 - yy).sum() >= 5:
            out[kind] = _fit_kind(xx, yy, planted[mask] == planted_kind, rate)
    return out


def predict(lr: dict, x: np.ndarray, shift: float = 0.0) -> np.ndarray:
    z = ((x - np.array(lr["mean"])) / np.array(lr["scale"])) @ np.array(lr["weights"]) + lr["bias"] + shift
    return sigmoid(z)


def _precision(p: np.ndarray, y: np.ndarray, w: np.ndarray, t: float) -> list:
    """(precision, share of positives kept) at threshold t, with the calibration weights."""
    sel = p >= t
    kept = float((w * sel).sum())
    return [round(float((w * sel * y).sum()) / kept, 4) if kept else None,
            round(float((w * sel * y).sum()) / max(float((w * y).sum()), 1e-9), 4)]


def article_states(model: WordModel, articles: list[str]) -> dict:
    """Fit the damaged / undamaged article model (flows/words/article.py) on whole articles of the
    corpus, from the stray-word evidence of each sentence's best edit under the calibrated model."""
    stray_prior = model_priors(model)[1]
    evidence = []
    for body in articles:
        b = best_edits(body, model)
        if b is not None:
            evidence.append(likelihood_ratios(b.p[~b.is_insert], stray_prior))
    return fit_article_states(evidence)
