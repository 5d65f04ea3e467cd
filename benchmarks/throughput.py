"""Throughput of the real flow at 1x, 5x and 20x the dev corpus, against a plain-loop floor.

    .venv/bin/python benchmarks/throughput.py [--scales 1 5 20] [--out benchmarks/out]

For each scale it builds a raw/ folder in a temporary directory (the dev files
copied once, then hard-linked k times under k/ subfolders: k times the files,
new names; nothing is copied into the repository), and

- runs the floor: the same stages (read .. dedup signature, via
  `flows.step.run_batch`, as the flow runs a batch) in a plain loop, one process per core
  (`multiprocessing.Pool`), no Prefect, no Parquet;
- runs the flow: `news-corpus run --no-word-repair` as a subprocess, against ONE
  `prefect server start` that this script starts (fresh PREFECT_HOME) and stops,
  so that server start-up is not counted per run.

For both it reports files/s and MB/s (wall clock, from process start to exit),
CPU seconds, and peak memory: the sum of the RSS of the process and all its
children, sampled every 0.2 s. For the flow it adds the time per stage (from
the run manifest) and the flow's own time. ratio = flow files/s / floor files/s.
CPU ratio = floor CPU seconds / flow CPU seconds: what the ratio would be on
an otherwise idle machine, as long as both keep every core busy. One more flow
run at 1x with word repair on is reported as information, and
`--language` (on by default) measures the language stage before and after its
speed-ups on the 1x corpus, counting the articles where both give the same language.

The machine may be shared: the load average before each run is recorded, and
CPU seconds are less sensitive to it than wall clock.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWS_CORPUS_SHARED", REPO.parent / "shared"))
DEV = SHARED / "data" / "dev"
VENV_BIN = Path(sys.executable).parent


# -- corpora ---------------------------------------------------------------------------------------
def build_corpus(source: Path, root: Path, scale: int) -> Path:
    """root/raw-<scale>x/<k>/<file> for k < scale: hard links to one private copy of `source`."""
    master = root / "master"
    if not master.exists():
        shutil.copytree(source, master)
    raw = root / f"raw-{scale}x"
    if raw.exists():
        return raw
    for k in range(scale):
        target = raw / f"{k:02d}"
        target.mkdir(parents=True)
        for path in master.rglob("*"):
            if path.is_file():
                dest = target / path.relative_to(master)
                dest.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(path, dest)
                except OSError:
                    shutil.copy2(path, dest)
    return raw


def corpus_size(raw: Path) -> tuple[int, int]:
    files = [p for p in raw.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


# -- measuring a process tree ----------------------------------------------------------------------
class PeakRSS:
    """Sample the summed RSS of a process and all its descendants every `interval` seconds."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        self.pid, self.interval, self.peak, self.samples = pid, interval, 0, 0
        self.cpu: dict[int, tuple[str, float]] = {}  # pid -> (role, user+system seconds last seen)
        self.at_peak: dict[str, float] = {}  # role -> MB at the moment of the peak (which process holds it)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            total, by_role = 0, {}
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            for proc in procs:
                with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                    rss = proc.memory_info().rss
                    total += rss
                    times = proc.cpu_times()
                    role = "main" if proc.pid == self.pid else "children"
                    self.cpu[proc.pid] = (role, times.user + times.system)
                    label = "main" if proc.pid == self.pid else _role(proc)
                    by_role[label] = by_role.get(label, 0) + rss / 2**20
            if total > self.peak:
                self.at_peak = {k: round(v) for k, v in sorted(by_role.items())}
            self.peak, self.samples = max(self.peak, total), self.samples + 1
            self._stop.wait(self.interval)


def _role(proc: psutil.Process) -> str:
    """What a descendant is, for the memory breakdown (pool workers summed together)."""
    line = " ".join(proc.cmdline())
    for marker, name in (("forkserver", "pool (forkserver + workers)"), ("resource_tracker", "resource tracker"),
                         ("spawn_main", "spawned workers"), ("distributed", "dask")):
        if marker in line:
            return name
    return "other"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# -- the floor -------------------------------------------------------------------------------------
def stage_steps(raw: Path) -> list:
    """The flow's first-pass steps with its default settings, as a run without word repair has them."""
    from flows.passes import first_pass
    from flows.settings import Settings

    return first_pass(raw, Settings(word_repair=False))


def documents(sources: list) -> Iterator:
    from flows.document import Document, Rejected

    for source in sources:
        doc = Document(doc_id=source.doc_id, source_file=source.source_file)
        if source.problem:
            doc.reject("discover", Rejected(source.problem, source.detail))
        yield doc


def _floor_chunk(args) -> tuple[int, int, dict]:
    raw, sources = args
    from flows.step import run_batch

    steps = stage_steps(Path(raw))
    files = articles = 0
    for doc in run_batch(documents(sources), steps):
        files += 1
        articles += not doc.rejected
    return files, articles, {s.name: s.stats.seconds for s in steps}


def floor_worker(raw: str, workers: int, chunk: int, result_path: str) -> None:
    """One measured floor run (in its own process, so its RSS tree is its own)."""
    from flows.stages.discover import discover

    start = time.perf_counter()
    sources = list(discover(Path(raw)))
    chunks = [(raw, sources[i:i + chunk]) for i in range(0, len(sources), chunk)]
    ctx = multiprocessing.get_context("fork")
    files = articles = 0
    stages: dict[str, float] = {}
    with ctx.Pool(workers) as pool:
        for f, a, s in pool.imap_unordered(_floor_chunk, chunks):
            files, articles = files + f, articles + a
            for name, seconds in s.items():
                stages[name] = stages.get(name, 0.0) + seconds
    Path(result_path).write_text(json.dumps({"files": files, "articles": articles, "inner_seconds":
                                             time.perf_counter() - start, "steps": stages}))


def run_floor(raw: Path, workers: int, work: Path) -> dict:
    result = work / f"floor-{raw.name}.json"
    code = (f"import sys; sys.path.insert(0, {str(REPO / 'benchmarks')!r}); import throughput; "
            f"throughput.floor_worker({str(raw)!r}, {workers}, 50, {str(result)!r})")
    return _measured([sys.executable, "-c", code], os.environ.copy()) | json.loads(result.read_text())


# -- the flow --------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrefectServer:
    """One `prefect server start` on a fresh PREFECT_HOME for all runs."""

    def __init__(self, home: Path) -> None:
        self.home, self.port = home, free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        self.env = os.environ.copy() | {
            "PREFECT_HOME": str(home), "PREFECT_API_URL": self.url, "DO_NOT_TRACK": "1",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false"}
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> PrefectServer:
        env = {k: v for k, v in self.env.items() if k != "PREFECT_API_URL"}
        self.log = open(self.home / "server.log", "w")  # noqa: SIM115 - closed in __exit__
        self.proc = subprocess.Popen([str(VENV_BIN / "prefect"), "server", "start", "--host", "127.0.0.1",
                                      "--port", str(self.port)], env=env, stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        deadline, started = time.time() + 180, time.perf_counter()
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"prefect server exited: see {self.home / 'server.log'}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as response:
                    if response.read().strip() == b"true":
                        self.startup_seconds = time.perf_counter() - started
                        return self
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError("prefect server did not start within 180 s")

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)  # its own session: the server and its children
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()


def run_flow(raw: Path, out: Path, server: PrefectServer, workers: int, word_repair: bool,
             extra: list[str] | None = None) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    command = [str(VENV_BIN / "news-corpus"), "run", "--raw", str(raw), "--out", str(out),
               "--workers", str(workers), *(extra or [])]
    if not word_repair:
        command.append("--no-word-repair")
    result = _measured(command, server.env, log=out.parent / f"{out.name}.log")
    manifests = sorted((out / "manifests").glob("*.json"))
    if result["returncode"] != 0 or not manifests:
        raise RuntimeError(f"flow failed ({result['returncode']}): see {out.parent / f'{out.name}.log'}")
    manifest = json.loads(manifests[-1].read_text())
    result |= {"files": manifest["files_processed"], "articles": manifest["articles"],
               "flow_seconds": manifest["seconds"], "duplicates_marked": manifest.get("duplicates_marked"),
               "steps": {name: s["seconds"] for name, s in manifest["steps"].items()},
               "word_repair_seconds": manifest.get("word_repair", {}).get("seconds"),
               "languages": manifest.get("languages")}
    return result


def _measured(command: list[str], env: dict, log: Path | None = None) -> dict:
    load = os.getloadavg()[0]
    cpu_before = children_cpu()
    start = time.perf_counter()
    with open(log or os.devnull, "w") as sink:
        proc = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT, cwd=REPO)
        with PeakRSS(proc.pid) as rss:
            proc.wait()
    # getrusage counts only descendants that were waited for: the local pool's
    # workers are children of a forkserver that nobody waits for, so the sampled
    # CPU of every process in the tree is the better figure when it is larger.
    sampled = sum(c for _, c in rss.cpu.values())
    return {"wall_seconds": time.perf_counter() - start,
            "cpu_seconds": max(children_cpu() - cpu_before, sampled),
            "peak_rss_mb": rss.peak / 2**20, "rss_at_peak_mb": rss.at_peak, "rss_samples": rss.samples,
            "load_before": load,
            "load_after": os.getloadavg()[0],
            "cpu_seen_main": sum(c for role, c in rss.cpu.values() if role == "main"),
            "cpu_seen_children": sum(c for role, c in rss.cpu.values() if role == "children"),
            "returncode": proc.returncode}


# -- the language stage, before and after ---------------------------------------------------------
def language_benchmark(raw: Path, limit: int | None = None) -> dict:
    """CPU ms per article of langdetect's own Detector vs FastDetector, whole text vs the default slice."""
    from flows.stages.discover import discover
    from flows.stages.language import DEFAULT_MAX_CHARS, detect_language
    from flows.step import run_batch

    steps = stage_steps(raw)
    steps = steps[:[step.name for step in steps].index("language")]  # every stage before it
    docs = [d for d in run_batch(documents(list(discover(raw))[:limit]), steps) if not d.rejected]
    texts = [(d.source_file, f"{d.title}\n{d.body}") for d in docs]
    truth = {}
    truth_file = raw.parent / "truth.jsonl" if (raw.parent / "truth.jsonl").exists() else DEV / "truth.jsonl"
    if truth_file.exists():
        for line in truth_file.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            truth[record["source_file"]] = record.get("lang")
    detect_language("warm up: load the language profiles once", None)
    results, answers = {}, {}
    for max_chars in (None, DEFAULT_MAX_CHARS):
        for fast in (False, True):
            start = time.process_time()
            found = [detect_language(text, max_chars, fast=fast) for _, text in texts]
            seconds = time.process_time() - start
            key = f"{'fast' if fast else 'langdetect'}-{max_chars or 'whole'}"
            answers[key] = found
            base = [Path(name).name for name, _ in texts]
            judged = [(f[0], truth[b]) for f, b in zip(found, base, strict=True) if b in truth]
            results[key] = {"ms_per_article": 1000 * seconds / len(texts),
                            "accuracy": sum(a == b for a, b in judged) / len(judged) if judged else None}
    for max_chars in ("whole", DEFAULT_MAX_CHARS):
        pairs = zip(answers[f"langdetect-{max_chars}"], answers[f"fast-{max_chars}"], strict=True)
        results[f"same-language-{max_chars}"] = sum(a[0] == b[0] for a, b in pairs)
    results["articles"] = len(texts)
    return results


# -- report ----------------------------------------------------------------------------------------
def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [" | ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def report(results: dict) -> str:
    out = []
    rows = [["scale", "files", "MB", "floor f/s", "flow f/s", "ratio", "CPU ratio", "flow MB/s", "flow wall s",
             "flow own s", "floor peak MB", "flow peak MB", "flow CPU s", "floor CPU s", "load"]]
    for scale in [s for s in results["scales"] if str(s) in results["runs"]]:
        r = results["runs"][str(scale)]
        fl, fw = r["floor"], r["flow"]
        rows.append([f"{scale}x", str(r["files"]), f"{r['mb']:.1f}", f"{fl['files_per_s']:.0f}",
                     f"{fw['files_per_s']:.0f}", f"{r['ratio']:.2f}", f"{fl['cpu_seconds'] / fw['cpu_seconds']:.2f}",
                     f"{fw['mb_per_s']:.2f}",
                     f"{fw['wall_seconds']:.1f}", f"{fw['flow_seconds']:.1f}", f"{fl['peak_rss_mb']:.0f}",
                     f"{fw['peak_rss_mb']:.0f}", f"{fw['cpu_seconds']:.1f}", f"{fl['cpu_seconds']:.1f}",
                     f"{fw['load_before']:.1f}/{fl['load_before']:.1f}"])
    scales = [str(s) for s in results["scales"] if str(s) in results["runs"]]
    if scales:
        out.append(table(rows))
    if "1" in scales and len(scales) > 1:
        top = scales[-1]
        growth = results["runs"][top]["flow"]["peak_rss_mb"] / results["runs"]["1"]["flow"]["peak_rss_mb"]
        out.append(f"flow peak memory {top}x / 1x: {growth:.2f} (target < 1.5)")
    for scale in scales:
        held = results["runs"][scale]["flow"].get("rss_at_peak_mb")
        if held:
            out.append(f"  at the {scale}x peak: " + ", ".join(f"{k} {v} MB" for k, v in held.items()))
    rows = [["stage (s, summed over workers)", *[f"{s}x flow" for s in scales], *[f"{s}x floor" for s in scales]]]
    names = list(results["runs"][scales[0]]["flow"]["steps"]) if scales else []
    for name in names:
        rows.append([name, *[f"{results['runs'][s]['flow']['steps'].get(name, 0):.1f}" for s in scales],
                     *[f"{results['runs'][s]['floor']['steps'].get(name, 0):.1f}" for s in scales]])
    if names:
        out.append(table(rows))
    if results.get("word_repair_1x"):
        w = results["word_repair_1x"]
        out.append(f"1x with word repair: {w['files_per_s']:.0f} files/s, wall {w['wall_seconds']:.1f} s, "
                   f"word repair {w['word_repair_seconds']} s, peak {w['peak_rss_mb']:.0f} MB")
    if results.get("language"):
        lang = results["language"]
        rows = [["language stage", "CPU ms/article", "accuracy"]]
        for key, value in lang.items():
            if isinstance(value, dict):
                acc = value["accuracy"]
                rows.append([key, f"{value['ms_per_article']:.2f}", f"{acc:.4f}" if acc is not None else "-"])
        out.append(table(rows))
        sliced = next(v for k, v in lang.items() if k.startswith("same-language-") and k != "same-language-whole")
        out.append(f"same language, fast vs langdetect, of {lang['articles']} articles: "
                   f"whole text {lang['same-language-whole']}, default slice {sliced}")
    return "\n\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 5, 20])
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out")
    ap.add_argument("--source", type=Path, default=DEV / "raw", help="raw folder to replicate (default: dev)")
    ap.add_argument("--workers", type=int, default=None, help="processes for floor and flow (default: cores)")
    ap.add_argument("--tmp", type=Path, default=None, help="where to build the corpora (default: a temp dir)")
    ap.add_argument("--no-word-repair-run", action="store_true", help="skip the 1x run with word repair on")
    ap.add_argument("--no-language", action="store_true", help="skip the language stage before/after")
    ap.add_argument("--language-only", action="store_true", help="only the language stage before/after")
    ap.add_argument("--keep", action="store_true", help="keep the corpora and outputs")
    ap.add_argument("--report", type=Path, default=None, help="only print the tables of a saved JSON result")
    ap.add_argument("--flow-args", nargs=argparse.REMAINDER, default=[],
                    help="passed on to news-corpus run (e.g. --runner dask)")
    args = ap.parse_args(argv)
    if args.report:
        print(report(json.loads(args.report.read_text())))
        return 0
    sys.path.insert(0, str(REPO))
    from flows.execution.local_pool import default_workers

    workers = args.workers or default_workers()
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    results: dict = {"when": stamp, "cores": os.cpu_count(), "workers": workers, "source": str(args.source),
                     "scales": args.scales, "runs": {}, "flow_args": args.flow_args}
    if args.language_only:
        results["language"] = language_benchmark(args.source)
        print(report_language_only(results["language"]))
        _save(results, args.out, stamp)
        return 0
    work = Path(tempfile.mkdtemp(prefix="news-corpus-bench-", dir=args.tmp))
    try:
        home = work / "prefect-home"
        home.mkdir()
        with PrefectServer(home) as server:
            results["server_startup_seconds"] = server.startup_seconds
            print(f"prefect server on {server.url} (up in {server.startup_seconds:.1f} s); corpora in {work}",
                  flush=True)
            for scale in args.scales:
                raw = build_corpus(args.source, work, scale)
                files, size = corpus_size(raw)
                print(f"{scale}x: {files} files, {size / 1e6:.1f} MB", flush=True)
                floor = run_floor(raw, workers, work)
                flow = run_flow(raw, work / f"out-{scale}x", server, workers, word_repair=False,
                                extra=args.flow_args)
                for r in (floor, flow):
                    r["files_per_s"] = files / r["wall_seconds"]
                    r["mb_per_s"] = size / 1e6 / r["wall_seconds"]
                run = {"files": files, "mb": size / 1e6, "floor": floor, "flow": flow,
                       "ratio": flow["files_per_s"] / floor["files_per_s"],
                       "ratio_flow_own_time": floor["wall_seconds"] / flow["flow_seconds"]}
                results["runs"][str(scale)] = run
                print(f"  floor {floor['files_per_s']:.0f} files/s ({floor['wall_seconds']:.1f} s, peak "
                      f"{floor['peak_rss_mb']:.0f} MB); flow {flow['files_per_s']:.0f} files/s "
                      f"({flow['wall_seconds']:.1f} s, peak {flow['peak_rss_mb']:.0f} MB); ratio {run['ratio']:.2f}",
                      flush=True)
                if not args.keep:
                    shutil.rmtree(work / f"out-{scale}x", ignore_errors=True)
                _save(results, args.out, stamp)
            if not args.no_word_repair_run:
                raw = build_corpus(args.source, work, 1)
                files, size = corpus_size(raw)
                try:
                    w = run_flow(raw, work / "out-1x-words", server, workers, word_repair=True,
                                 extra=args.flow_args)
                    w["files_per_s"], w["mb_per_s"] = files / w["wall_seconds"], size / 1e6 / w["wall_seconds"]
                    results["word_repair_1x"] = w
                except RuntimeError as error:
                    results["word_repair_1x"] = None
                    results["word_repair_1x_error"] = str(error)
                    print(f"1x with word repair failed: {error}", flush=True)
        if not args.no_language:
            results["language"] = language_benchmark(build_corpus(args.source, work, 1))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    _save(results, args.out, stamp)
    print()
    print(report(results))
    return 0


def report_language_only(lang: dict) -> str:
    return report({"scales": [], "runs": {}, "language": lang})


def _save(results: dict, out: Path, stamp: str) -> None:
    text = json.dumps(results, indent=1, default=str)
    (out / f"throughput-{stamp}.json").write_text(text)
    (out / "throughput.json").write_text(text)


if __name__ == "__main__":
    sys.exit(main())
