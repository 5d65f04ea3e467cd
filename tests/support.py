"""What several test modules share: where the reference data lives, and running the real flow."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest

REPO = Path(__file__).resolve().parents[1]
# The reference corpora live beside the repository (../shared); NEWS_CORPUS_SHARED overrides.
SHARED = Path(os.environ.get("NEWS_CORPUS_SHARED", REPO.parent / "shared"))
DEV = SHARED / "data" / "dev"
DEV_SMALL = SHARED / "data" / "dev-small"
DEV_SMALL_CRAWL = SHARED / "data" / "dev-small-crawl"
SEED = SHARED / "data" / "seed"
BENCH = SHARED / "bench"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"reference data {path} is not here")
    return path


def run(raw, out, runner: str = "local", **params) -> dict:
    """One real flow run on the test session's Prefect API, as `news-corpus run` would make it."""
    from flows.execution.runners import task_runner
    from flows.flow import corpus_flow

    workers = 1 if runner == "thread" else 2
    chosen = corpus_flow.with_options(task_runner=task_runner(runner, workers))
    return chosen(raw=str(raw), out=str(out), **({"workers": workers} | params))


def articles(out):
    return ds.dataset(Path(out) / "articles", format="parquet", partitioning="hive").to_table()


def rejects(out):
    return ds.dataset(Path(out) / "rejects", format="parquet").to_table()


def score(out, truth) -> dict:
    result = subprocess.run([sys.executable, str(BENCH / "score.py"), str(out), str(truth)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def command(*args: str) -> list[str]:
    """The `news-corpus` command line, run with this interpreter."""
    return [sys.executable, "-m", "flows.cli", *args]


# A small synthetic English corpus for word models: a few templates over small vocabularies,
# so that a model fitted on a few hundred bodies knows every context the tests use.
NOUNS = ["minister", "council", "report", "company", "board", "union", "court", "police", "team", "bank",
         "committee", "government", "school", "hospital", "agency", "museum", "club", "army", "city", "party"]
CITIES = ["Paris", "London", "Berlin", "Madrid", "Rome", "Lisbon", "Vienna", "Dublin", "Oslo", "Prague"]
ADJS = ["clear", "late", "wrong", "public", "final", "costly", "urgent", "fair", "new", "strong"]
MEETINGS = ["meeting", "summit", "visit", "match", "debate", "review", "hearing", "session"]
TEMPLATES = [
    "The {n1} of the {n2} said that the {n3} was {a}.",
    "Speaking to reporters after their first {m} in {c}, the {n1} said it had been {a}.",
    "The {n1} and the {n2} met after their first {m} in {c} on Monday.",
    "A spokesman for the {n1} said the {m} in {c} was {a}.",
    "It is the first time that the {n1} has been asked to pay for the {m}.",
    "Officials from the {n1} will travel to {c} for a {m} with the {n2}.",
]


def sentence(rng: random.Random) -> str:
    n1, n2, n3 = rng.sample(NOUNS, 3)
    return rng.choice(TEMPLATES).format(n1=n1, n2=n2, n3=n3, a=rng.choice(ADJS), m=rng.choice(MEETINGS),
                                        c=rng.choice(CITIES))


def corpus(n_bodies: int = 400, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return ["\n\n".join(" ".join(sentence(rng) for _ in range(4)) for _ in range(3)) for _ in range(n_bodies)]
