"""Fitting one language's model from its bodies, and where fitted models live.

Count n-grams in batches (streaming, bounded memory), merge, prune, estimate, add
the foreign-word table and the skeleton model, calibrate the decisions on damage
planted in the corpus itself, and save, all into a side folder that is swapped in
whole: a crash mid-fit never leaves half a model in use.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from flows.words.calibrate import article_states, calibrate
from flows.words.counting import final_vocab, fit_counts, tokenize_batches
from flows.words.estimate import PRUNE_MIN, build_model, skeleton_map
from flows.words.features import DELETE_FEATURES, INSERT_FEATURES
from flows.words.lexicon import Lexicon, foreign_scores, usable_lexicons
from flows.words.model import EOS, WordModel

# Fewer tokens than this and a 4-gram model is mostly backoff: its repairs would
# be guesses (the dev corpus's 6k-token Italian part is the case in point).
MIN_TOKENS = 50_000
MODEL_FOLDER = "words"
NEWER_MODEL = "fitted by a newer version"  # how `unusable` starts its answer for such a model


def model_dir(models: Path, language: str) -> Path:
    return Path(models) / MODEL_FOLDER / language


def stored_models(models: Path) -> dict[str, Path]:
    """Each language's fitted model folder under `models`, usable or not."""
    root = Path(models) / MODEL_FOLDER
    if not root.exists():
        return {}
    return {d.name: d for d in sorted(root.iterdir()) if not d.name.startswith(".") and (d / "meta.json").exists()}


def available_models(models: Path) -> dict[str, Path]:
    """Each language's fitted model folder under `models` that this version can use."""
    return {lang: path for lang, path in stored_models(models).items() if unusable(path) is None}


def unusable(directory: Path) -> str | None:
    """Why this version cannot use a stored model, or None. A model fitted by a newer version may be
    calibrated on features this one does not compute: used anyway, every article's repair would fail."""
    calibration = json.loads((directory / "meta.json").read_text()).get("calibration") or {}
    for kind, names in (("insert", INSERT_FEATURES), ("delete", DELETE_FEATURES)):
        width = len((calibration.get(kind) or {}).get("weights", []))
        if width > len(names):
            return (f"{NEWER_MODEL} ({width} {kind} features, this version computes {len(names)}); "
                    f"left alone: refit it with `news-corpus fit --language {directory.name}`")
    return None


PHASES = ["reading and tokenising", "counting n-grams", "estimating the models", "calibrating on planted damage",
          "saving"]


def fit_word_model(bodies: Iterable[str], language: str, directory: Path, *, min_tokens: int = MIN_TOKENS,
                   calibrated: bool = True, others: dict[str, Lexicon] | None = None,
                   progress: Callable[[int, str], None] | None = None) -> WordModel | None:
    """Fit and save a model under `directory`; None when there is too little text (< `min_tokens`).

    `others`: the lexicons of the corpus's other languages, from which each word's
    foreignness is measured. With `calibrated`, the decision model is learned from
    damage planted in the corpus itself and stored in meta.json. `progress(i, detail)`
    is told when phase PHASES[i] begins.
    """
    started, say = time.perf_counter(), progress or (lambda i, detail: None)
    with tempfile.TemporaryDirectory(prefix="ngram-") as tmp:
        spill = Path(tmp)
        say(0, "")
        tokens = tokenize_batches(bodies, spill)
        if tokens.tokens < min_tokens:
            return None
        say(1, f"{tokens.tokens:,} tokens")
        vocab, remap = final_vocab(tokens.raw, tokens.counts)
        counts = fit_counts(tokens.files, remap, spill)
        say(2, f"{tokens.tokens:,} tokens")
        meta = {"language": language, "tokens": tokens.tokens, "prune_min": PRUNE_MIN,
                "sentences": int(counts[1][1][np.searchsorted(counts[1][0], np.uint64(EOS))])}
        model = build_model(counts, vocab, meta)
        model.a["foreign"] = model.foreign = foreign_scores(vocab, model.unigram_count, others or {})
        model.meta["foreign_from"] = list(usable_lexicons(others or {}))
        skel_vocab, skel = skeleton_map(vocab, counts[1])
        skel_counts = fit_counts(tokens.files, skel[remap], spill)
        model.skeleton = build_model(skel_counts, skel_vocab, {"language": language, "skeleton_of": language})
        model.a["skel_map"] = model.skel_map = skel.astype(np.int32)
        if calibrated:
            say(3, f"{len(tokens.sample):,} sentences")
            model.meta["calibration"] = cal = calibrate(model, tokens.sample, counts, skel_counts)
            cal["article"] = article_states(model, tokens.articles)
            # (precision, recall) of each op at each threshold, measured on the planted damage
            model.meta["thresholds_measured"] = {k: cal[k]["precision_at"] for k in ("insert", "delete") if k in cal}
    say(4, "")
    model.meta["fitted_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    model.meta["fit_seconds"] = round(time.perf_counter() - started, 2)
    model.save(Path(directory))
    return model


def fit_atomically(bodies: Iterable[str], language: str, models: Path, others: dict[str, Lexicon],
                   progress: Callable[[int, str], None] | None = None) -> bool:
    """Fit into a side folder and swap it in; False when the language has too little text."""
    target = model_dir(models, language)
    building, retired = target.with_name(f".{language}.partial"), target.with_name(f".{language}.old")
    for leftover in (building, retired):
        shutil.rmtree(leftover, ignore_errors=True)
    if fit_word_model(bodies, language, building, others=others, progress=progress) is None:
        return False
    if target.exists():
        target.rename(retired)
    building.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
    return True
