"""One bad file never blocks, stalls or exhausts a run: junk that looks like a language, millions of short
lines, a page without punctuation; each ends as an article or a reject, and the run completes."""

from __future__ import annotations

import random
import shutil

import pytest
from support import REPO, articles, rejects, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def junk_corpus(prefect_api_url, tmp_path_factory):
    raw = tmp_path_factory.mktemp("budgets") / "raw"
    shutil.copytree(REPO / "raw", raw)
    rng = random.Random(5)
    entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;", "&eacute;", "&#x27;", "&hellip;"]
    (raw / "entities.txt").write_text(" date 2020-01-01 " + "".join(rng.choice(entities) for _ in range(60_000)))
    (raw / "short-lines.txt").write_text("".join(f"{i % 97}\n" for i in range(2_000_000)))
    words = ["council", "bridge", "river", "walkers", "spring", "vote", "town", "road", "budget", "plan"]
    (raw / "unpunctuated.txt").write_text(" ".join(rng.choice(words) for _ in range(120_000)))
    out = raw.parent / "out"
    return raw, out, run(raw, out)


def test_every_file_ends_once_and_the_run_completes(junk_corpus):
    raw, out, result = junk_corpus
    names = sorted(p.relative_to(raw).as_posix() for p in raw.rglob("*.txt"))
    found = sorted(articles(out)["source_file"].to_pylist() + rejects(out)["source_file"].to_pylist())
    assert found == names and result["files_processed"] == len(names)


def test_a_text_over_the_character_budget_is_a_reject_with_its_bytes(junk_corpus):
    raw, out, _ = junk_corpus
    rows = {r["source_file"]: r for r in rejects(out).to_pylist()}
    assert rows["short-lines.txt"]["reason"] == "too_long" and "budget" in rows["short-lines.txt"]["detail"]
    assert rows["short-lines.txt"]["data"] == (raw / "short-lines.txt").read_bytes()


def test_junk_that_looks_like_a_language_gets_no_model_of_its_own(junk_corpus):
    _, out, result = junk_corpus
    tried = result["word_models"].get("this_run", {})
    for language, outcome in tried.items():
        assert not outcome.startswith("fit failed"), (language, outcome)
    assert not [lang for lang, outcome in tried.items() if outcome == "fitted"]  # one file defines no model
    unpunctuated = {r["source_file"]: r for r in articles(out).to_pylist()}["unpunctuated.txt"]
    assert unpunctuated["title"] is None and len(unpunctuated["body"].split()) == 120_000
