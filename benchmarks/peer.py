"""Our pipeline side by side with a real peer, datatrove, on the same files in the same invocation.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/peer.py [--scales 1 5] [--out benchmarks/out]

For each scale (1x and 5x the dev corpus by default) it builds a raw folder in a
temporary directory with `throughput.build_corpus` (hard links to one private
copy of the dev files, under new names), reads every file once so that every
run finds them in the page cache, and times, each as its own subprocess:

- datatrove: one Document per raw file -> FTFYFormatter -> langdetect on the
  first 1,000 characters -> ParquetWriter (zstd), on LocalPipelineExecutor with
  2 tasks on 2 workers (`benchmarks/peer_datatrove.py` says why a reader class);
- ours, as a user runs it, `news-corpus run --raw DIR --out OUT` on a fresh OUT:
  `--no-word-repair`; word repair with fitted models (OUT/models copied from
  the run below before the run starts); word repair on a first run, which fits
  its models. Also, for information, `--full-refresh` over that first run's
  folder (see `REFRESH` for why the copied models, not this, are "fitted models"),
  and above 1x, repair with the 1x run's models (see `FITTED_1X` for why).

Each figure is wall time from process start to exit (for ours this includes the
temporary Prefect API's start-up and shutdown, which a user waits for), files/s
= files in the raw folder / that time, peak memory = the largest sum of the RSS
of the process and all its descendants, sampled every 0.2 s (workers, the
forkserver and the Prefect API included; pages shared between forked workers are
counted once per process, so this overstates what the machine used), and CPU
seconds of the whole tree (`throughput._measured`). ratio = our files/s /
datatrove's files/s at the same scale; CPU ratio = datatrove's CPU seconds / ours:
what the ratio would be on an idle machine if both kept both cores busy, and
less sensitive than wall time to another process competing for the cores.
Our stage and word-repair seconds (from the manifest) are wall time inside the
workers, summed over them: on a busy machine they grow with the competition.

Untimed warm-up runs of both on 40 files come first: Prefect's database is
created then (its PREFECT_HOME is new for each invocation; a user's first ever
run pays for it once, not every run), and both find their modules in the page cache.

The two jobs are not the same work: ours also detects each file's encoding,
splits metadata, rejects binary/empty/truncated files, signs and links near
duplicates, repairs words, and publishes an atomic snapshot with incremental
state; the peer does read -> ftfy -> langdetect -> Parquet. The ratio is the
price of all that plus the orchestration, not a like-for-like speed.

The machine may be shared: the load average before each run is recorded, and
the figures from a busy machine are marked preliminary.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from throughput import DEV, REPO, VENV_BIN, _measured, build_corpus, corpus_size, table

BENCH = Path(__file__).resolve().parent
QUIET = {"DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
DATATROVE = "datatrove"
# Our modes. "first run" runs before "fitted models", which copies the models it fitted.
NO_WORDS, FITTED, FIRST = "ours --no-word-repair", "ours, fitted models", "ours, first run (fits models)"
# `--full-refresh` over the first run's folder also reuses its models, but it is not
# what a user's run with fitted models costs: duplicates are linked against the
# published state and repeated sentences read the previous snapshot's index too.
# A fresh folder holding only the models does exactly the first run's work, less the fit.
REFRESH = "ours --full-refresh (info)"
# A k-times corpus is k copies of the dev files: models fitted on it count every damaged
# n-gram k times, so pruning keeps what it would drop, the models grow (4x at 5x) and
# learn the damage as normal text. Repair with the 1x models shows the cost of repair
# with models of the size a real corpus gives.
FITTED_1X = "ours, fitted models from 1x (info)"
ORDER = [DATATROVE, NO_WORDS, FITTED, FITTED_1X, FIRST, REFRESH]  # as the tables show them
LOAD_BUSY = 0.5  # load average above which another process was competing for the cores


# -- the peer --------------------------------------------------------------------------------------
def run_datatrove(raw: Path, out: Path, tasks: int, workers: int) -> dict:
    """datatrove's pipeline as one subprocess; its own per-step seconds and what it wrote."""
    shutil.rmtree(out, ignore_errors=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    code = (f"import sys; sys.path.insert(0, {str(BENCH)!r}); import peer_datatrove; "
            "sys.exit(peer_datatrove.main())")
    command = [sys.executable, "-c", code, str(raw), str(out), "--tasks", str(tasks), "--workers", str(workers)]
    result = _measured(command, os.environ | QUIET, log=out.parent / f"{out.name}.log")
    if result["returncode"] != 0:
        raise RuntimeError(f"datatrove failed ({result['returncode']}): see {out.parent / f'{out.name}.log'}")
    return result | datatrove_output(out)


def datatrove_output(out: Path) -> dict:
    """Per-step seconds summed over tasks (its stats.json), documents and languages written."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    stats = json.loads((out / "logs" / "stats.json").read_text())
    steps = {step["name"].split(": ", 1)[-1]: round(step["time_stats"]["total"], 2) for step in stats}
    languages = pc.struct_field(pq.read_table(out / "data", columns=["metadata"])["metadata"], "language")
    counts = {row["values"]: row["counts"] for row in pc.value_counts(languages).to_pylist()}
    return {"documents": sum(counts.values()), "languages": dict(sorted(counts.items(), key=lambda kv: -kv[1])),
            "steps": steps}


# -- ours ------------------------------------------------------------------------------------------
def ours_env(home: Path) -> dict:
    """The user's environment, a PREFECT_HOME of our own and no API server: each run starts its temporary one."""
    env = os.environ | QUIET | {"PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    return env


def warm_up(source: Path, work: Path, env: dict, args: argparse.Namespace, files: int = 40) -> float:
    """Untimed runs of both on a few files: Prefect's database then exists and both have their
    modules in the page cache before the timed runs. Returns our warm-up's seconds (the database's cost)."""
    raw = work / "warm-up" / "raw"
    raw.mkdir(parents=True)
    for path in sorted(p for p in source.rglob("*") if p.is_file())[:files]:
        shutil.copy2(path, raw / path.name)
    run_datatrove(raw, work / "warm-up" / "datatrove", args.tasks, args.workers)
    return run_ours(raw, work / "warm-up" / "ours", env, ["--no-word-repair"])["wall_seconds"]


def run_ours(raw: Path, out: Path, env: dict, extra: list[str], models_from: Path | None = None,
             fresh: bool = True) -> dict:
    """`news-corpus run` as a subprocess; its manifest's figures and the phases its log shows."""
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    if models_from is not None:
        shutil.copytree(models_from / "models", out / "models")
    command = [str(VENV_BIN / "news-corpus"), "run", "--raw", str(raw), "--out", str(out), *extra]
    log = out.parent / f"{out.name}{'-refresh' if not fresh else ''}.log"
    started = datetime.now()
    result = _measured(command, env, log=log)
    manifests = sorted((out / "manifests").glob("*.json"))
    if result["returncode"] != 0 or not manifests:
        raise RuntimeError(f"news-corpus run failed ({result['returncode']}): see {log}")
    manifest = json.loads(manifests[-1].read_text())
    return result | {
        "documents": manifest["articles"], "files_processed": manifest["files_processed"],
        "languages": manifest["languages"], "flow_seconds": manifest["seconds"],
        "steps": {name: round(s["seconds"], 2) for name, s in manifest["steps"].items()},
        "word_repair_seconds": manifest["word_repair"].get("seconds"),
        "word_edits": manifest["word_repair"].get("ops", {}), "duplicates_marked": manifest["duplicates_marked"],
        "models_this_run": manifest["word_models"].get("this_run", {}),
        "fit_seconds": {lang: meta.get("fit_seconds") for lang, meta in manifest["word_models"].get(
            "available", {}).items()},
        "phases": phases(log.read_text(errors="replace"), started, result["wall_seconds"])}


# What the flow logs at the end of each phase (flows/flow.py), in order.
MARKS = [("start-up (imports, temporary API)", re.compile(r"Beginning flow run")),
         ("stage batches", re.compile(r"staged (\d+) of \1 files")),
         ("fit, link duplicates, repeated sentences, 1st batch repair", re.compile(r"finished 1 batches of")),
         ("rest of repair", re.compile(r"finished (\d+) batches of \1 ")),
         ("publish", re.compile(r"run \S+: \d+ files -> ")),
         ("API shutdown, exit", None)]
STAMP = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) \|")


def phases(log: str, started: datetime, wall: float) -> dict[str, float]:
    """Seconds between the log lines that end each phase (wall clock, from the log's time stamps)."""
    ends, day, last = {}, started.date(), started
    for line in log.splitlines():
        stamp = STAMP.match(line)
        if not stamp:
            continue
        h, m, s, ms = map(int, stamp.groups())
        when = datetime.combine(day, datetime.min.time()) + timedelta(hours=h, minutes=m, seconds=s, milliseconds=ms)
        if when < last - timedelta(hours=1):  # the clock passed midnight
            day, when = day + timedelta(days=1), when + timedelta(days=1)
        last = when
        for name, pattern in MARKS:
            if pattern is not None and name not in ends and pattern.search(line):
                ends[name] = when
    ends["API shutdown, exit"] = started + timedelta(seconds=wall)
    out, previous = {}, started
    for name, _ in MARKS:
        if name in ends:
            out[name], previous = round((ends[name] - previous).total_seconds(), 2), ends[name]
    return out


# -- one scale -------------------------------------------------------------------------------------
def warm_cache(raw: Path) -> None:
    """Read every file once: all runs then find the same bytes in the page cache (hard links share it)."""
    for path in raw.rglob("*"):
        if path.is_file():
            path.read_bytes()


def run_scale(source: Path, work: Path, scale: int, env: dict, args: argparse.Namespace) -> dict:
    """datatrove, then our modes, on one corpus; each run's figures plus files/s."""
    raw = build_corpus(source, work, scale)
    files, size = corpus_size(raw)
    warm_cache(raw)
    print(f"{scale}x: {files} files, {size / 1e6:.1f} MB", flush=True)
    out = work / f"out-{scale}x"
    runs = {DATATROVE: lambda: run_datatrove(raw, out / "datatrove", args.tasks, args.workers),
            NO_WORDS: lambda: run_ours(raw, out / "no-words", env, ["--no-word-repair"]),
            FIRST: lambda: run_ours(raw, out / "first", env, []),
            FITTED: lambda: run_ours(raw, out / "fitted", env, [], models_from=out / "first")}
    one = work / "out-1x" / "first"
    if scale != 1 and (one / "models").is_dir() and not args.no_1x_models:
        runs[FITTED_1X] = lambda: run_ours(raw, out / "fitted-1x", env, [], models_from=one)
    if not args.no_refresh:
        runs[REFRESH] = lambda: run_ours(raw, out / "first", env, ["--full-refresh"], fresh=False)
    results = {}
    for name, run in runs.items():
        result = run()
        result["files_per_s"] = files / result["wall_seconds"]
        results[name] = result
        print(f"  {name}: {result['wall_seconds']:.1f} s, {result['files_per_s']:.0f} files/s, "
              f"peak {result['peak_rss_mb']:.0f} MB (load {result['load_before']:.1f})", flush=True)
    for result in results.values():
        result["ratio"] = result["files_per_s"] / results[DATATROVE]["files_per_s"]
    return {"files": files, "mb": size / 1e6, "runs": results}


# -- report ----------------------------------------------------------------------------------------
def report(results: dict) -> str:
    """One table per scale, then where our time went (log phases, manifest stages)."""
    parts = []
    for scale, run in results["scales"].items():
        rows = [["mode", "files", "docs out", "seconds", "files/s", "peak MB", "CPU s", "ours/datatrove",
                 "CPU ratio", "load"]]
        peer_cpu = run["runs"][DATATROVE]["cpu_seconds"]
        for name, r in sorted(run["runs"].items(), key=lambda kv: ORDER.index(kv[0])):
            mine = name != DATATROVE
            rows.append([name, str(run["files"]), str(r["documents"]), f"{r['wall_seconds']:.1f}",
                         f"{r['files_per_s']:.0f}", f"{r['peak_rss_mb']:.0f}", f"{r['cpu_seconds']:.1f}",
                         f"{r['ratio']:.2f}" if mine else "-", f"{peer_cpu / r['cpu_seconds']:.2f}" if mine else "-",
                         f"{r['load_before']:.1f}"])
        busy = max(r["load_before"] for r in run["runs"].values()) > LOAD_BUSY
        parts.append(f"{scale}x ({run['mb']:.1f} MB){' - PRELIMINARY: shared machine' if busy else ''}\n"
                     + table(rows))
        parts.append(breakdown(run["runs"]))
    return "\n\n".join(parts)


def breakdown(runs: dict) -> str:
    """Wall seconds per phase of our runs (from the log), and stage seconds (summed over workers)."""
    ours = [name for name in ORDER if name in runs and name != DATATROVE]
    names = list(dict.fromkeys(p for name in ours for p in runs[name]["phases"]))
    rows = [["phase (wall s)", *ours]]
    rows += [[p, *[f"{runs[n]['phases'].get(p, 0):.1f}" for n in ours]] for p in names]
    stages = list(runs[ours[0]]["steps"])
    rows += [[f"stage {s} (s, all workers)", *[f"{runs[n]['steps'].get(s, 0):.1f}" for n in ours]] for s in stages]
    rows.append(["word repair (s, all workers)", *[f"{runs[n]['word_repair_seconds'] or 0:.1f}" for n in ours]])
    rows.append(["word edits made", *[str(sum(runs[n].get("word_edits", {}).values())) for n in ours]])
    rows.append(["duplicates marked", *[str(runs[n].get("duplicates_marked", "-")) for n in ours]])
    lines = [table(rows), "datatrove steps (s, all tasks): "
             + ", ".join(f"{k} {v:.1f}" for k, v in runs[DATATROVE]["steps"].items()), "memory at the peak (MB):"]
    lines += [f"  {n}: " + ", ".join(f"{k} {v}" for k, v in runs[n]["rss_at_peak_mb"].items())
              for n in ORDER if n in runs]
    lines += [f"  models, {n}: " + ", ".join(f"{k} {v}" for k, v in sorted(runs[n]["models_this_run"].items()))
              for n in ours if runs[n]["models_this_run"]]
    return "\n".join(lines)


def save(results: dict, out: Path) -> None:
    """peer.json (the latest) and peer-<when>.json (kept: runs on a shared machine are compared)."""
    out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(results, indent=1, default=str)
    (out / f"peer-{results['when']}.json").write_text(text)
    (out / "peer.json").write_text(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 5])
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out")
    ap.add_argument("--source", type=Path, default=DEV / "raw", help="raw folder to replicate (default: dev)")
    ap.add_argument("--tasks", type=int, default=2, help="datatrove tasks (default 2)")
    ap.add_argument("--workers", type=int, default=2, help="datatrove workers (default 2)")
    ap.add_argument("--no-refresh", action="store_true", help="skip the --full-refresh run (information only)")
    ap.add_argument("--no-1x-models", action="store_true",
                    help="above 1x, skip the run with the 1x models (information only)")
    ap.add_argument("--tmp", type=Path, default=None, help="where to build the corpora (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the corpora, outputs and logs")
    ap.add_argument("--report", type=Path, default=None, help="only print the tables of a saved JSON result")
    args = ap.parse_args(argv)
    if args.report:
        print(report(json.loads(args.report.read_text())))
        return 0
    if not args.source.is_dir() or not any(p.is_file() for p in args.source.rglob("*")):
        ap.error(f"no files under {args.source}: pass --source, or set NEWS_CORPUS_SHARED to the shared/ folder")
    work = Path(tempfile.mkdtemp(prefix="news-corpus-peer-", dir=args.tmp))
    results = {"when": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"), "cores": os.cpu_count(),
               "source": str(args.source), "datatrove_version": _version("datatrove"), "scales": {}}
    try:
        env = ours_env(work / "prefect-home")
        results["warm_up_seconds"] = warm_up(args.source, work, env, args)
        print(f"work in {work}; Prefect warm-up run {results['warm_up_seconds']:.1f} s", flush=True)
        for scale in args.scales:
            results["scales"][str(scale)] = run_scale(args.source, work, scale, env, args)
            save(results, args.out)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(report(results))
    return 0


def _version(package: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


if __name__ == "__main__":
    sys.exit(main())
