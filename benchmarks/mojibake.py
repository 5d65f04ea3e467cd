"""Benchmark the encoding stage on mojibake applied more than once.

Takes the clean titles and bodies of a dev corpus (truth.jsonl: "title", "body",
"lang"; read where it lies, never copied), damages each the way a chain of broken
tools does (UTF-8 bytes read as cp1252 with errors="replace", written as UTF-8,
read again), runs `repair_encoding`, and reports per language the share restored
exactly (and after folding curly quotes, where that differs); how many clean
texts repair changes (must be 0); and the cost in ms per article, clean and
damaged. With --baseline REV the same figures are taken for flows/stages/encoding.py as
it was at REV (git show), for a before/after in one run.

    .venv/bin/python benchmarks/mojibake.py [--corpus ../shared/data/dev] [--baseline REV]
        [--out benchmarks/out/mojibake.json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHARED = Path(os.environ.get("NEWS_CORPUS_SHARED", ROOT.parent / "shared"))  # reference data, read by path
FIELDS = ("title", "body")
QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                        "‘": "'", "’": "'", "‚": "'", "‛": "'"})
Repair = Callable[[str], tuple[str, list]]


def cp1252(text: str) -> str:
    """One broken tool: UTF-8 bytes read as cp1252, undefined bytes lost to U+FFFD."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def latin1(text: str) -> str:
    """A broken tool that reads latin-1: nothing lost, C1 controls instead."""
    return text.encode("utf-8").decode("latin-1")


DAMAGE: dict[str, Callable[[str], str]] = {
    "cp1252 x1": cp1252,
    "cp1252 x2": lambda t: cp1252(cp1252(t)),
    "cp1252 x3": lambda t: cp1252(cp1252(cp1252(t))),
    "cp1252 then latin-1": lambda t: latin1(cp1252(t)),
}


def load(corpus: Path) -> list[dict]:
    with open(corpus / "truth.jsonl", encoding="utf-8") as f:
        return [r for r in map(json.loads, f) if r.get("body")]


def git(*args: str) -> str | None:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def encoding_at(rev: str) -> Repair | None:
    """`repair_encoding` as flows/stages/encoding.py was at git revision `rev`, or None if git cannot say."""
    source = git("show", f"{rev}:flows/stages/encoding.py")
    if source is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as f:
        f.write(source)
    spec = importlib.util.spec_from_file_location(f"encoding_at_{rev}", f.name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    os.unlink(f.name)
    return module.repair_encoding


def restoration(records: list[dict], repair: Repair, damage: Callable[[str], str]) -> dict:
    """Per language and field: texts, restored exactly, restored up to curly quotes, damaged at all."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        for field in FIELDS:
            clean = r[field]
            if not clean:
                continue
            damaged = damage(clean)
            repaired, _ = repair(damaged)
            for key in (f"{r['lang']} {field}", f"all {field}"):
                c = counts[key]
                c["texts"] += 1
                c["damaged"] += damaged != clean
                c["exact"] += repaired == clean
                c["folded"] += repaired.translate(QUOTES) == clean.translate(QUOTES)
    return {k: dict(v) for k, v in sorted(counts.items())}


def clean_changed(records: list[dict], repair: Repair) -> int:
    return sum(repair(r[f])[0] != r[f] for r in records for f in FIELDS if r[f])


def speed(records: list[dict], repairs: dict[str, Repair], rounds: int = 5) -> dict[str, dict[str, float]]:
    """ms per article (title and body as one text), clean and damaged twice: best of `rounds`.

    The implementations take turns within each round, so a busy moment of the
    machine weighs on all of them alike.
    """
    texts = {"clean": [f"{r['title'] or ''}\n\n{r['body']}" for r in records]}
    texts["damaged twice"] = [DAMAGE["cp1252 x2"](t) for t in texts["clean"]]
    best: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(lambda: float("inf")))
    for _ in range(rounds):
        for name, repair in repairs.items():
            for kind, batch in texts.items():
                start = time.perf_counter()
                for text in batch:
                    repair(text)
                best[name][kind] = min(best[name][kind], (time.perf_counter() - start) / len(batch) * 1000)
    return {name: dict(kinds) for name, kinds in best.items()}


def measure(records: list[dict], repair: Repair) -> dict:
    return {
        "clean_changed": clean_changed(records, repair),
        "restoration": {name: restoration(records, repair, damage) for name, damage in DAMAGE.items()},
    }


def share(c: dict, key: str) -> str:
    return f"{100 * c[key] / c['texts']:6.2f}%"


def report(name: str, result: dict) -> None:
    ms = ", ".join(f"{kind} {value:.3f}" for kind, value in result["ms_per_article"].items())
    print(f"\n== {name}: clean texts changed {result['clean_changed']}; ms per article: {ms}")
    for damage, table in result["restoration"].items():
        print(f"  {damage}: exact (quotes folded) per language and field")
        for key, c in table.items():
            folded = f" ({share(c, 'folded')})" if c["folded"] != c["exact"] else ""
            print(f"    {key:12} {c['exact']:5}/{c['texts']:<5} {share(c, 'exact')}{folded}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "data" / "dev")
    ap.add_argument("--baseline", default=(git("merge-base", "HEAD", "main") or "").strip(),
                    help="git revision to compare with (default: where this branch left main; '' for none)")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "mojibake.json")
    args = ap.parse_args()

    from flows.stages.encoding import repair_encoding

    records = load(args.corpus)
    print(f"{len(records)} articles from {args.corpus / 'truth.jsonl'}")
    repairs = {"after": repair_encoding}
    before = encoding_at(args.baseline) if args.baseline else None
    if before:
        repairs[f"before ({args.baseline[:12]})"] = before
    results = {name: measure(records, repair) for name, repair in repairs.items()}
    for name, ms in speed(records, repairs).items():
        results[name]["ms_per_article"] = ms
    for name, result in results.items():
        report(name, result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1))
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
