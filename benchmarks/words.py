"""Benchmark the word-repair stage on a dev corpus with planted word damage.

Fits one model per language on the corpus's own damaged bodies (exactly what the
pipeline sees after its encoding repair), repairs every body, and reports, at
several thresholds, the figures of ../shared/bench/score.py computed the same
way (Levenshtein over folded word lists): word_residual on word-damaged
articles and false_edits_per_1k on the others; plus applied-edit precision,
share of planted deletions restored / insertions removed, speed, fit and load
times.  Prints a table and writes JSON.

    .venv/bin/python benchmarks/words.py [--corpus ../shared/data/dev] [--out benchmarks/out/words.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flows.corpus import repeated  # noqa: E402
from flows.words.copies import copy_edits  # noqa: E402
from flows.words.decide import WordThresholds, apply_edits, bars_for_article, scored_edits  # noqa: E402
from flows.words.fit import fit_word_model  # noqa: E402
from flows.words.lexicon import count_words  # noqa: E402
from flows.words.model import WordModel  # noqa: E402
from flows.words.repair import repair_words  # noqa: E402
from flows.words.step import thresholds_for_model  # noqa: E402
from flows.words.tokens import body_sentences  # noqa: E402

SHARED = Path(os.environ.get("NEWS_CORPUS_SHARED", ROOT.parent / "shared"))  # reference data, read by path
BENCH = SHARED / "bench"
# (insert, delete) bars alone, then with corroborated bars (insert, delete) for articles
# holding at least two edits at that level, as the flow decides (flows.words.bars_for_article)
GRID = [WordThresholds(i, d).lone() for i, d in [(0.5, 0.5), (0.7, 0.6), (0.8, 0.7), (0.9, 0.8), (0.95, 0.9),
                                                 (0.9, 0.7), (0.95, 0.825), (0.95, 0.85)]]
GRID += [replace(WordThresholds(0.95, d, ci, cd), confident=0.95) for d, ci, cd in
         [(0.85, 0.9, 0.6), (0.825, 0.7, 0.5), (0.825, 0.6, 0.45), (0.8, 0.7, 0.45)]]
# the article-confidence route over the lone bars, at bars around the default's
GRID += [replace(WordThresholds(), confident=c) for c in (0.95, 0.98, 0.99)]
GRID.append(WordThresholds().corroborated())  # --corroborated-edits: the default bars of earlier versions
GRID.append(WordThresholds().lone())  # --lone-edits-only: the lone bars, no article route
GRID.append(WordThresholds())  # the default


def load(corpus: Path) -> list[dict]:
    sys.path.insert(0, str(BENCH))
    from score import damaged_body

    with open(corpus / "truth.jsonl", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    records = [r for r in records if r["expect"] == "accept"]
    for r in records:
        r["damaged"] = damaged_body(r)
    return records


def fold_words(text: str, vocab: dict) -> list[int]:
    sys.path.insert(0, str(BENCH))
    from score import words

    return words(text, vocab)


def fit_all(records: list[dict], root: Path) -> tuple[dict[str, WordModel], dict]:
    by_lang = defaultdict(dict)  # each distinct body once, as the flow fits (flows/corpus/models.py)
    for r in records:
        by_lang[r["lang"]][r["damaged"]] = None
    by_lang = {lang: list(bodies) for lang, bodies in by_lang.items()}
    models, info = {}, {}
    t0, c0 = time.perf_counter(), time.process_time()
    known = {lang: count_words(bodies) for lang, bodies in by_lang.items()}  # as flows/corpus/models.py counts them
    info["lexicons_s"] = round(time.perf_counter() - t0, 2)
    for lang, bodies in sorted(by_lang.items()):
        t, c = time.perf_counter(), time.process_time()
        m = fit_word_model(bodies, lang, root / lang, others={k: v for k, v in known.items() if k != lang})
        info[lang] = {"fit_s": round(time.perf_counter() - t, 2), "fit_cpu_s": round(time.process_time() - c, 2),
                      "status": "model" if m else "too little text"}
        if m:
            models[lang] = m
            info[lang].update(tokens=m.meta["tokens"], vocab=m.meta["vocab_size"], mbytes=round(m.nbytes / 1e6, 1))
    info["fit_total_s"] = round(time.perf_counter() - t0, 2)
    info["fit_total_cpu_s"] = round(time.process_time() - c0, 2)
    load_times = []
    for lang in models:
        t = time.perf_counter()
        models[lang] = WordModel.load(root / lang)
        load_times.append(time.perf_counter() - t)
    info["load_max_s"] = round(max(load_times, default=0.0), 3)
    return models, info


def proposals_for(records: list[dict]) -> tuple[dict[str, list], float]:
    """Repeated-sentence proposals for every article (as the flow's find-repeated-sentences task) and seconds."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hashes-") as folder:
        repeated.write_hashes(((r["source_file"], r["damaged"]) for r in records), Path(folder) / "s", "bench")
        wanted = dict.fromkeys((r["source_file"] for r in records), 0)
        repeated.propose(Path(folder) / "s", None, wanted, set(), Path(folder) / "p")
        found = repeated.proposals_for(Path(folder) / "p", 0)
    return found, round(time.perf_counter() - started, 2)


def evaluate(records: list[dict], models: dict[str, WordModel], proposals: dict[str, list]) -> tuple[list[dict], dict]:
    from rapidfuzz.distance import Levenshtein

    loose = WordThresholds(insert=0.0, delete=0.0, flag=0.0)
    vocab: dict = {}
    prepared = []
    for r in records:
        m = models.get(r["lang"])
        floor = min(min(t.insert, t.delete, t.insert_corroborated, t.delete_corroborated) for t in GRID)
        confident = min(t.confident for t in GRID)
        # each edit with the sentence posterior the bars apply to (e.confidence is the article-aware one)
        scored = [(e, p) for e, p in scored_edits(r["damaged"], m, loose)
                  if p >= floor or e.confidence >= confident] if m else []
        edits, posteriors = [e for e, _ in scored], [p for _, p in scored]
        copies = copy_edits(r["damaged"], m, proposals.get(r["source_file"], [])) if m else []
        t, d = fold_words(r["body"], vocab), fold_words(r["damaged"], vocab)
        base = Levenshtein.distance(t, d)

        # effect of each edit alone: -1 right, 0 neutral (wrong word, right gap), +1 wrong
        effect = [Levenshtein.distance(t, fold_words(apply_edits(r["damaged"], [e]), vocab)) - base
                  for e in edits + copies]
        prepared.append((r, t, d, base, edits, posteriors, effect[:len(edits)], copies, effect[len(edits):]))
    planted_del = sum(e["op"] == "delete" for r in records for e in r["edits"])
    planted_ins = sum(e["op"] == "insert" for r in records for e in r["edits"])
    rows = []
    langs = sorted({r["lang"] for r in records})
    for th, with_copies in [(th, True) for th in GRID] + [(WordThresholds(), False)]:
        per = {lang: {"applied": 0, "right": 0, "ins": 0, "del": 0, "restored": 0, "removed": 0} for lang in langs}
        applied = right = restored = removed = n_ins = 0
        res_num = res_den = false_num = false_den = 0
        undamaged = unchanged = 0  # articles without word damage, and those left exactly as they were
        n_copies = right_copies = 0
        for r, t, _, base, edits, posteriors, effect, copies, copy_effect in prepared:
            if not with_copies:
                copies, copy_effect = [], []
            model = models.get(r["lang"])  # a small model's bars are closed, as in the flow
            keep = _kept(edits, posteriors, effect, copies, copy_effect,
                         thresholds_for_model(model, th) if model else th)
            n_copies += len(copies)
            right_copies += sum(x < 0 for x in copy_effect)
            applied += len(keep)
            n_ins += sum(e.op == "insert" for e, _ in keep)
            pl = per[r["lang"]]
            pl["applied"] += len(keep)
            pl["right"] += sum(x < 0 for _, x in keep)
            pl["restored"] += sum(x < 0 and e.op == "insert" for e, x in keep)
            pl["removed"] += sum(x < 0 and e.op == "delete" for e, x in keep)
            pl["ins"] += sum(e["op"] == "delete" for e in r["edits"])
            pl["del"] += sum(e["op"] == "insert" for e in r["edits"])
            right += sum(x < 0 for _, x in keep)
            restored += sum(x < 0 and e.op == "insert" for e, x in keep)
            removed += sum(x < 0 and e.op == "delete" for e, x in keep)
            if r["edits"]:
                out = fold_words(apply_edits(r["damaged"], [e for e, _ in keep]), vocab)
                res_num += Levenshtein.distance(t, out)
                res_den += base
            else:
                out = fold_words(apply_edits(r["damaged"], [e for e, _ in keep]), vocab)
                false_num += Levenshtein.distance(t, out)
                false_den += len(t)
                undamaged += 1
                unchanged += not keep
        rows.append({**bars_of(th), "default": th == WordThresholds() and with_copies,
                     "copies": with_copies,
                     "copy_edits": n_copies,
                     "copy_precision": round(right_copies / n_copies, 4) if n_copies else None, "applied": applied,
                     "right": right,
                     "precision": round(right / applied, 4) if applied else None,
                     "insert_precision": round(restored / n_ins, 4) if n_ins else None,
                     "delete_precision": round(removed / (applied - n_ins), 4) if applied > n_ins else None,
                     "restored": round(restored / planted_del, 4), "removed": round(removed / planted_ins, 4),
                     "false_edits_per_1k": round(1000 * false_num / false_den, 3),
                     "word_residual": round(res_num / res_den, 4),
                     "undamaged_unchanged": round(unchanged / max(undamaged, 1), 4),
                     "by_language": {lang: {"applied": v["applied"],
                                            "precision": round(v["right"] / v["applied"], 4) if v["applied"] else None,
                                            "restored": round(v["restored"] / max(v["ins"], 1), 4),
                                            "removed": round(v["removed"] / max(v["del"], 1), 4)}
                                     for lang, v in per.items()}})
    return rows, {"default": language_report(prepared, models, WordThresholds()),
                  "lone_edits_only": language_report(prepared, models, WordThresholds().lone()),
                  "corroborated_edits": language_report(prepared, models, WordThresholds().corroborated())}


def bars_of(th: WordThresholds) -> dict:
    """The bars as a row of the report names them."""
    return {"insert": th.insert, "delete": th.delete, "confident": th.confident,
            "corroborated": [th.insert_corroborated, th.delete_corroborated] if th.corroborating else None}


def route_gains(rows: list[dict]) -> list[dict]:
    """What each route to an applied edit adds over the ones before it (all with repeated sentences): the
    sentence bars alone, then the article's confidence (the default), then the corroborated bars
    (--corroborated-edits). The defaults keep a route only if what it adds is right 97% of the time on dev."""
    def row(th: WordThresholds) -> dict:
        return next(r for r in rows if r["copies"] and all(r[k] == v for k, v in bars_of(th).items()))

    steps = [("sentence bars alone (--lone-edits-only)", WordThresholds().lone()),
             ("+ article's confidence (default)", WordThresholds()),
             ("+ corroborated bars (--corroborated-edits)", WordThresholds().corroborated())]
    out, before = [], {"applied": 0, "right": 0}
    for name, th in steps:
        now = row(th)
        added, right = now["applied"] - before["applied"], now["right"] - before["right"]
        out.append({"route": name, "edits_added": added,
                    "precision_of_added": round(right / added, 4) if added > 0 else None})
        before = now
    return out


def _kept(edits, posteriors, effect, copies, copy_effect, th: WordThresholds) -> list[tuple]:
    """The (edit, effect) pairs the flow applies at these bars (as flows.words.repair_words): the bars
    apply to each edit's sentence posterior (or, for a deletion, its article-aware confidence reaches
    `confident`), the copies' edits take their sentences first."""
    bars = bars_for_article([(e.op == "insert", p) for e, p in zip(edits, posteriors)], th)
    bar = {"insert": min(bars.insert, bars.insert_corroborated), "delete": min(bars.delete, bars.delete_corroborated)}
    taken = {(e.paragraph, e.sentence) for e in copies}
    return list(zip(copies, copy_effect)) + [
        (e, x) for e, p, x in zip(edits, posteriors, effect)
        if (p >= bar[e.op] or (e.op == "delete" and e.confidence >= th.confident))
        and (e.paragraph, e.sentence) not in taken]


def language_report(prepared: list, models: dict[str, WordModel], th: WordThresholds) -> dict[str, dict]:
    """Per language at the default bars: strays removed, missing words restored (function and content
    words apart), applied-edit precision, mean confidence and the calibration gap (mean confidence -
    precision), and false edits per 1k words of undamaged articles."""
    from rapidfuzz.distance import Levenshtein

    from flows.words.candidates import LISTED, is_function_word

    out: dict[str, dict] = {}
    for r, t, _, _base, edits, posteriors, effect, copies, copy_effect in prepared:
        model = models.get(r["lang"])
        function = (lambda w, m=model: is_function_word(m, w)) if model else (lambda w: w in LISTED)
        v = out.setdefault(r["lang"], defaultdict(float))
        for e in r["edits"]:
            v["planted_stray" if e["op"] == "insert" else
              "planted_missing_function" if function(e["word"]) else "planted_missing_content"] += 1
        kept = _kept(edits, posteriors, effect, copies, copy_effect, thresholds_for_model(model, th) if model else th)
        for e, x in kept:
            v["applied"] += 1
            v["confidence"] += e.confidence
            v["right"] += x < 0
            if x < 0:
                restored = "restored_function" if function(e.word) else "restored_content"
                v["removed" if e.op == "delete" else restored] += 1
        if not r["edits"]:
            vocab: dict = {}
            out_words = fold_words(apply_edits(r["damaged"], [e for e, _ in kept]), vocab)
            v["false_words"] += Levenshtein.distance(fold_words(r["body"], vocab), out_words)
            v["clean_words"] += len(t)
    report = {}
    for lang, v in sorted(out.items()):
        def share(a: str, b: str, v: dict = v) -> float | None:
            return round(v[a] / v[b], 4) if v[b] else None

        precision = v["right"] / v["applied"] if v["applied"] else None
        mean_conf = v["confidence"] / v["applied"] if v["applied"] else None
        report[lang] = {"strays_removed": share("removed", "planted_stray"),
                        "missing_restored_function": share("restored_function", "planted_missing_function"),
                        "missing_restored_content": share("restored_content", "planted_missing_content"),
                        "applied": int(v["applied"]),
                        "precision": round(precision, 4) if precision is not None else None,
                        "mean_confidence": round(mean_conf, 4) if mean_conf is not None else None,
                        "calibration_gap": round(mean_conf - precision, 4) if precision is not None else None,
                        "false_edits_per_1k": round(1000 * v["false_words"] / v["clean_words"], 3)
                        if v["clean_words"] else None}
    return report


def speed(records: list[dict], models: dict[str, WordModel]) -> dict:
    sentences = 0
    t = time.process_time()
    for r in records:
        m = models.get(r["lang"])
        if m:
            repair_words(r["damaged"], m)
            sentences += sum(1 for _ in body_sentences(r["damaged"]))
    cpu = time.process_time() - t
    return {"sentences": sentences, "cpu_s": round(cpu, 2), "sentences_per_s_core": round(sentences / cpu)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "data" / "dev")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "words.json")
    ap.add_argument("--langs", default="", help="comma-separated languages to keep (default: all)")
    args = ap.parse_args()
    records = load(args.corpus)
    if args.langs:
        records = [r for r in records if r["lang"] in args.langs.split(",")]
    with tempfile.TemporaryDirectory(prefix="words-bench-") as tmp:
        models, fit = fit_all(records, Path(tmp))
        proposals, fit["repeated_sentences_s"] = proposals_for(records)
        rows, languages = evaluate(records, models, proposals)
        sp = speed(records, models)
    print(f"corpus {args.corpus}: {len(records)} articles; fit {fit['fit_total_s']} s "
          f"({fit['fit_total_cpu_s']} s CPU), "
          f"load {fit['load_max_s']} s, {sp['sentences_per_s_core']} sentences/s per core")
    for lang, v in fit.items():
        if isinstance(v, dict):
            print(f"  {lang}: {v}")
    cols = ["insert", "delete", "corroborated", "confident", "copies", "copy_edits", "copy_precision", "applied",
            "precision", "insert_precision", "delete_precision", "restored", "removed", "false_edits_per_1k",
            "word_residual", "undamaged_unchanged", "default"]
    print(" ".join(f"{c[:12]:>12}" for c in cols))
    for row in rows:
        print(" ".join(f"{row[c]!s:>12}" for c in cols))
    for row in rows:
        print(f"  by language at insert>={row['insert']}, delete>={row['delete']}, corroborated "
              f"{row['corroborated']}: {row['by_language']}")
    routes = route_gains(rows)
    print("routes to an applied edit, each over the ones above it:")
    for route in routes:
        print(f"  {route['route']:<44} {route['edits_added']:>5} edits, precision {route['precision_of_added']}")
    names = ["strays_removed", "missing_restored_function", "missing_restored_content", "applied", "precision",
             "mean_confidence", "calibration_gap", "false_edits_per_1k"]
    for bars, report in languages.items():
        print(f"per language, {bars} (content and function words apart; gap = mean confidence - precision):")
        print(f"{'language':>8} " + " ".join(f"{n[:16]:>16}" for n in names))
        for lang, v in report.items():
            print(f"{lang:>8} " + " ".join(f"{v[n]!s:>16}" for n in names))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"corpus": str(args.corpus), "fit": fit, "speed": sp, "thresholds": rows,
                                    "routes": routes, "languages": languages}, indent=1))


if __name__ == "__main__":
    main()
