"""Where word repair's time goes, phase by phase: fitting, repeated sentences, repair.

    .venv/bin/python benchmarks/word_phases.py [--source ../shared/data/dev/raw] [--code DIR]

The corpus is staged once, in this process, without Prefect (the first-pass steps,
`throughput.stage_steps`, with sentence hashing off: it is timed below). Then, in
CPU seconds of this one process (`time.process_time`, so a busy machine changes the
figures little):

- **lexicons**: the language split the flow does before fitting (every language's
  word counts, each distinct body once: `flows.corpus.models.split_languages`);
- **fitting** the largest language's model, by phase: tokenising, vocabulary and
  n-gram counting, merging the per-batch counts, estimating (Kneser-Ney
  probabilities, pruning, backoff weights, gap index), the skeleton model, the
  foreign-word table, calibration (its throw-away trial models and the scoring of
  the planted sample apart), saving;
- **repeated sentences** of every article: hashing, and the DuckDB join;
- **repair** of every article of that language with that model and the proposals:
  layout (sentences to token ids), candidate scoring (every insertion and deletion
  scored with both models, the features), decisions (posteriors, bars, one edit per
  sentence), the proposals of repeated sentences, applying the edits, and writing
  the repaired bodies and their edits to Parquet.

Each phase is timed by wrapping the function that does it (the code under test is
run as it is, not copied here). `--code DIR` imports `flows` from another checkout
(a git worktree of an earlier commit) to time the same phases before a change;
phases that checkout lacks are left out. Results go to `benchmarks/out/word-phases-*.json`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from throughput import DEV, REPO, documents, stage_steps

TIMES: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)


def timed(module: object, name: str, label: str) -> None:
    """Wrap `module.name` so its CPU time adds to TIMES[label] (nested wraps count in both)."""
    function: Callable = getattr(module, name, None)
    if function is None:
        return

    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            TIMES[label] += time.process_time() - start
            CALLS[label] += 1

    setattr(module, name, wrapper)


# (module, function, label): each phase is the time spent in that function (labels nest where calls do).
PHASES = [
    ("flows.corpus.models", "split_languages", "lexicons"),
    ("flows.words.fit", "tokenize_batches", "fit: tokenising"),
    ("flows.words.fit", "final_vocab", "fit: vocabulary"),
    ("flows.words.fit", "fit_counts", "fit: n-gram counting and merging (model and skeleton)"),
    ("flows.words.counting", "merge_batches", "fit: n-gram counting and merging: DuckDB merge"),
    ("flows.words.fit", "build_model", "fit: estimating (model and skeleton)"),
    ("flows.words.fit", "skeleton_map", "fit: skeleton vocabulary"),
    ("flows.words.fit", "foreign_scores", "fit: foreign-word table"),
    ("flows.words.fit", "calibrate", "fit: calibration"),
    ("flows.words.model", "WordModel.save", "fit: saving"),
    ("flows.words.estimate", "_with_padding_contexts", "estimating: padding contexts"),
    ("flows.words.estimate", "_probabilities", "estimating: Kneser-Ney probabilities"),
    ("flows.words.estimate", "_pruned", "estimating: pruning"),
    ("flows.words.estimate", "_backoff_weights", "estimating: backoff weights"),
    ("flows.words.estimate", "skip_index", "estimating: gap index"),
    ("flows.words.calibrate", "_trial_model", "calibration: trial models"),
    ("flows.words.calibrate", "labelled_units", "calibration: scoring the planted sample"),
    ("flows.corpus.repeated", "write_hashes", "repeated sentences: hashing"),
    ("flows.corpus.repeated", "propose", "repeated sentences: joining"),
    ("flows.words.decide", "lay_out", "repair: layout"),
    ("flows.words.decide", "units", "repair: candidate scoring"),
    ("flows.words.decide", "probability", "repair: posteriors"),
    ("flows.words.repair", "find_edits", "repair: the model's edits (layout, scoring, decisions)"),
    ("flows.words.repair", "copy_edits", "repair: proposals of repeated sentences"),
    ("flows.words.repair", "apply_edits", "repair: applying edits"),
]


def instrument() -> None:
    """Wrap every function of PHASES where the code under test calls it from."""
    for module_name, attribute, label in PHASES:
        owner = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        timed(owner, name, label)


def staged_articles(raw: Path) -> list:
    from flows.stages.discover import discover
    from flows.step import run_batch

    return [d for d in run_batch(documents(list(discover(raw))), stage_steps(raw)) if not d.rejected]


def measure(raw: Path) -> dict:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from flows.corpus import models, repeated
    from flows.words.fit import fit_word_model
    from flows.words.repair import repair_words

    docs = staged_articles(raw)
    by_language: dict[str, list] = defaultdict(list)
    for doc in docs:
        by_language[doc.language].append(doc)
    language = max((lang for lang in by_language if lang != "und"), key=lambda lang: len(by_language[lang]))
    own = by_language[language]
    instrument()
    with tempfile.TemporaryDirectory(prefix="word-phases-") as tmp:
        root = Path(tmp)
        table = pa.table({"language": [d.language for d in docs], "body": [d.body for d in docs]})
        models.split_languages([table], root / "texts", {language})
        lexicons = json.loads((root / "texts" / models.LEXICONS_FILE).read_text())
        others = {lang: tuple(v) for lang, v in lexicons.items() if lang != language}
        start = time.process_time()
        model = fit_word_model([d.body for d in own], language, root / "model", others=others)
        TIMES["fit: total"] = time.process_time() - start
        tokens = model.meta["tokens"]
        repeated.write_hashes(((d.doc_id, d.body) for d in docs), root / "sentences", "run")
        repeated.propose(root / "sentences", None, {d.doc_id: 0 for d in own}, set(), root / "proposals")
        proposals = repeated.proposals_for(root / "proposals", 0)
        start = time.process_time()
        repaired = [repair_words(d.body, model, proposals=proposals.get(d.doc_id, ())) for d in own]
        TIMES["repair: total"] = time.process_time() - start
        start = time.process_time()
        pq.write_table(pa.table({"body": [body for body, _ in repaired],
                                 "word_edits": [json.dumps([e.__dict__ for e in edits]) for _, edits in repaired]}),
                       root / "repaired.parquet", compression="zstd")
        TIMES["repair: writing"] = time.process_time() - start
        sentences = sum(len(kept_sentences(d.body)) for d in own)
    return {"language": language, "articles": len(own), "tokens": tokens, "sentences": sentences,
            "seconds": dict(TIMES), "calls": dict(CALLS)}


def kept_sentences(body: str) -> list:
    from flows.words.tokens import body_sentences

    return list(body_sentences(body))


def report(result: dict) -> str:
    s = result["seconds"]
    lines = [f"{result['language']}: {result['articles']} articles, {result['tokens']:,} tokens, "
             f"{result['sentences']:,} sentences (CPU s of one process)", ""]
    width = max(len(k) for k in s)
    for name in sorted(s, key=_order):
        calls = result["calls"].get(name)
        lines.append(f"  {name.ljust(width)}  {s[name]:7.2f}" + (f"  ({calls} calls)" if calls and calls > 1 else ""))
    fit, repair = s.get("fit: total", 0), s.get("repair: total", 0) + s.get("repair: writing", 0)
    lines.append("")
    lines.append(f"  fitting: {fit / result['tokens'] * 1e6:.1f} s per 1M tokens; repair incl. writing: "
                 f"{result['sentences'] / max(repair, 1e-9):,.0f} sentences/s")
    return "\n".join(lines)


def _order(name: str) -> tuple:
    groups = ["lexicons", "fit", "estimating", "calibration", "repeated", "repair"]
    return next((i for i, g in enumerate(groups) if name.startswith(g)), len(groups)), name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=DEV / "raw", help="raw folder (default: the dev corpus)")
    ap.add_argument("--code", type=Path, default=REPO, help="checkout whose flows/ to time (default: this one)")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    result = measure(args.source) | {"code": str(args.code)}
    print(report(result))
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    (args.out / f"word-phases-{stamp}.json").write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
