"""`news-corpus`: run the flow once, fit word models, serve on a schedule, print corpus stats.

Prefect's settings are read when it is imported, so the environment is
prepared first (`prepare_prefect_env`): no telemetry (there is no network to
send it to) and a start-up timeout long enough for the temporary local API on
a fresh PREFECT_HOME, where creating its database alone can take over 20 s.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Each default is one a user may override in the environment; these only fill gaps.
PREFECT_DEFAULTS = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    # The temporary API needs no block types: registering them costs ~0.6 s per run.
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
    # A served deployment picks up a manual trigger within this many seconds (default 15).
    "PREFECT_RUNNER_POLL_FREQUENCY": "5",
}


def prepare_prefect_env() -> None:
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)


def quiet_task_logs() -> None:
    """One "Finished in state Completed()" line per batch task drowns the progress lines.

    Called after Prefect is imported: its logging set-up would reset the level.
    """
    logging.getLogger("prefect.task_runs").setLevel(logging.WARNING)


@contextmanager
def local_api() -> Iterator[None]:
    """Prefect's temporary local API, started once and shared with worker processes.

    Without a server configured, Prefect starts a temporary API in every process
    that runs a flow or task: each worker of a process pool would start its own
    (4+ s each) and report its task runs there, not to the flow's API. Starting it
    here and exporting its URL lets every process report to the same one.
    """
    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, temporary_settings

    server = SubprocessASGIServer()
    server.start(timeout=int(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"]))
    if server.server_process is not None:
        _stop_with_us(server.server_process.pid)
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield
    finally:
        _drain_prefect_workers()
        os.environ.pop("PREFECT_API_URL", None)
        server.stop()


# Run by a tiny separate process: once the command's process is gone, stop the
# server if it is still up (SIGTERM, then SIGKILL after 5 s).
_WATCHDOG = """
import os, signal, sys, time
owner, server = int(sys.argv[1]), int(sys.argv[2])
def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
while alive(owner) and alive(server):
    time.sleep(1)
for sig, grace in ((signal.SIGTERM, 5), (signal.SIGKILL, 0)):
    if not alive(server):
        break
    os.kill(server, sig)
    time.sleep(grace)
"""


def _stop_with_us(server_pid: int) -> None:
    """Make sure the temporary API ends with this process, even if it is killed.

    A normal exit stops the server itself; SIGKILL or the out-of-memory killer
    would leave it running for good. A watchdog in its own session (so that a
    signal sent to our group does not stop it first) notices and stops it.
    """
    import subprocess

    subprocess.Popen([sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(server_pid)],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True)


def _drain_prefect_workers(timeout: float = 10) -> None:
    """Send the logs and events still queued before the API goes away (else they retry for a minute)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=timeout)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    prepare_prefect_env()
    return args.handler(args)


def console() -> None:
    """The `news-corpus` command: `main`, then a quick exit.

    Tearing down an interpreter that has loaded Prefect, pyarrow and the language
    profiles takes 0.5-0.7 s, a tenth of a run on a few thousand files. Once the
    outputs are published, stdout is flushed and Prefect's queued logs and events
    are sent, nothing is left for that teardown to do.
    """
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    if "prefect" in sys.modules:
        _drain_prefect_workers()
    logging.shutdown()
    os._exit(code if isinstance(code, int) else 0)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="news-corpus", description="Turn raw news text dumps into a Parquet corpus.")
    commands = top.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="process raw/ once and publish processed/")
    _common(run)
    run.add_argument("--full-refresh", action="store_true", help="reprocess every input, not only new or changed")
    run.add_argument("--workers", type=int, default=None, help="parallel processes (default: the machine's cores)")
    run.add_argument("--runner", choices=["local", "process", "thread", "dask"], default="local",
                     help="where batches run: local worker processes forked from a warm server (default), "
                          "Prefect's process pool, threads only (one core), or Dask")
    run.add_argument("--dask", metavar="ADDRESS", default=None,
                     help="run the batches on an existing Dask cluster (scheduler address); implies --runner dask")
    run.add_argument("--wait", action="store_true", help="if another run holds the output folder, wait for it")
    run.set_defaults(handler=_run)

    fit = commands.add_parser("fit", help="(re)fit the word-repair models from the published corpus")
    fit.add_argument("--out", default="processed",
                     help="output folder or URL holding the corpus (default: processed)")
    fit.add_argument("--cache", default=None, help="with --out URL: the local working copy")
    fit.add_argument("--language", action="append", help="only these languages (repeatable)")
    fit.add_argument("--reference", action="append", default=[], metavar="DIR",
                     help="also learn from the clean .txt files under DIR (repeatable)")
    fit.set_defaults(handler=_fit)

    serve = commands.add_parser("serve", help="serve the flow as a deployment with a cron schedule")
    _common(serve)
    serve.add_argument("--name", default="nightly", help="deployment name (default: nightly)")
    serve.add_argument("--cron", default="0 2 * * *", help="cron schedule (default: daily at 02:00)")
    serve.add_argument("--timezone", default="UTC", help="time zone of the cron schedule (default: UTC)")
    serve.set_defaults(handler=_serve)

    stats = commands.add_parser("stats", help="summary of the published corpus (DuckDB over the Parquet)")
    stats.add_argument("--out", default="processed", help="output folder or URL (default: processed)")
    stats.add_argument("--cache", default=None, help="with --out URL: the local working copy")
    stats.set_defaults(handler=_stats)
    return top


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--raw", default="raw", help="folder of raw .txt files (default: raw)")
    command.add_argument("--out", default="processed",
                         help="output folder, or an fsspec URL such as s3://bucket/corpus (default: processed)")
    command.add_argument("--cache", default=None,
                         help="with --out URL: the local working copy (default: one per URL under ~/.cache)")
    command.add_argument("--no-word-repair", action="store_true", help="leave words as they are")
    command.add_argument("--insert-threshold", type=float, default=None, help="posterior needed to insert a word")
    command.add_argument("--delete-threshold", type=float, default=None, help="posterior needed to delete a word")
    command.add_argument("--max-bytes", type=int, default=None, help="reject inputs larger than this")


def flow_parameters(args: argparse.Namespace) -> dict:
    from flows.discover import raw_location
    from flows.mirror import is_remote

    out = args.out if is_remote(args.out) else str(Path(args.out).resolve())
    params = {"raw": str(raw_location(args.raw)), "out": out, "cache": args.cache,
              "word_repair": not args.no_word_repair, "insert_threshold": args.insert_threshold,
              "delete_threshold": args.delete_threshold}
    if args.max_bytes:
        params["max_bytes"] = args.max_bytes
    return params


def task_runner(args: argparse.Namespace):
    """The task runner for the batches: processes use every core; Dask spans machines."""
    from flows.local_pool import default_workers

    workers = args.workers or default_workers()
    if args.dask or args.runner == "dask":
        from prefect_dask import DaskTaskRunner

        # distributed logs every worker and client connection at INFO: a dozen lines per run.
        logging.getLogger("distributed").setLevel(logging.WARNING)
        if args.dask:
            return DaskTaskRunner(address=args.dask)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    if args.runner == "process":
        from prefect.task_runners import ProcessPoolTaskRunner

        return ProcessPoolTaskRunner(max_workers=workers)
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=workers)  # "local" adds worker processes, see flows/local_pool.py


def _run(args: argparse.Namespace) -> int:
    params = flow_parameters(args) | {"full_refresh": args.full_refresh, "workers": args.workers,
                                      "wait_for_lock": args.wait,
                                      "local_processes": args.runner != "thread"}
    problem = raw_problem(params["raw"])
    if problem:
        print(f"news-corpus: raw folder {params['raw']} {problem}", file=sys.stderr)
        return 2
    problem = out_problem(params["out"])
    if problem:
        print(f"news-corpus: output {params['out']} {problem}", file=sys.stderr)
        return 2
    from flows import local_pool  # imports no Prefect: the workers start while Prefect loads

    if args.runner == "local" and not args.dask:
        local_pool.prestart(args.workers or local_pool.default_workers())
    try:
        return _run_flow(args, params)
    finally:
        local_pool.shutdown()  # when the flow never got to use (and stop) the workers


def _run_flow(args: argparse.Namespace, params: dict) -> int:
    from flows.flow import corpus_flow
    from flows.report import short_summary
    from flows.store import StoreBusy

    quiet_task_logs()
    try:
        with local_api(), no_heartbeats():
            result = corpus_flow.with_options(task_runner=task_runner(args))(**params)
    except StoreBusy as error:
        print(f"news-corpus: {error}", file=sys.stderr)
        return 3
    print(short_summary(result))
    if "mirror" in result:
        published = result["mirror"]["pushed"] or "unchanged"
        print(f"  published at {params['out']} (snapshot {published}); working copy {result['mirror']['working_copy']}")
    else:
        print(f"  articles: {Path(params['out']) / 'articles'}  rejects: {Path(params['out']) / 'rejects'}")
    return 0


def raw_problem(raw: str) -> str | None:
    """Why the raw folder (a local folder, or a folder at an fsspec URL) cannot be read; None if it can."""
    from flows.discover import is_url

    if not is_url(raw):
        return None if Path(raw).is_dir() else "does not exist"
    return _fsspec_problem(raw, lambda fs, path: None if fs.isdir(path) else "does not exist", "cannot be listed")


def out_problem(out: str) -> str | None:
    """Why an output URL cannot be written through fsspec (a missing package, say); None if it can."""
    from flows.discover import is_url

    return _fsspec_problem(out, lambda fs, path: None, "cannot be used") if is_url(out) else None


def _fsspec_problem(url: str, check, failing: str) -> str | None:
    """Resolve an fsspec URL and run `check(fs, path)`; what went wrong, in words, or None."""
    from fsspec.core import url_to_fs

    try:
        return check(*url_to_fs(url))
    except ImportError as error:  # e.g. s3:// without s3fs installed
        return f"needs a filesystem package that is not installed: {error}"
    except (ValueError, OSError) as error:  # unknown protocol, unreachable, denied
        return f"{failing}: {type(error).__name__}: {error}"


def no_heartbeats():
    """Settings for a run started by hand: no flow-run heartbeats, unless asked for.

    Prefect joins its heartbeat thread at the end of each flow run, and that thread
    sleeps in 1 s steps: 0.5 s per run on average, for heartbeats that only matter
    when nobody watches the run. Served runs (`news-corpus serve`) keep them.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    if any(key in os.environ for key in ("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "PREFECT_RUNNER_HEARTBEAT_FREQUENCY")):
        return contextlib.nullcontext()
    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})


def _fit(args: argparse.Namespace) -> int:
    from flows import mirror
    from flows.fitting import fit_from_corpus

    remote = mirror.is_remote(args.out)
    out = mirror.checkout(args.out, args.cache) if remote else Path(args.out)
    outcome = fit_from_corpus(out, [Path(p) for p in args.reference], args.language)
    for language, result in sorted(outcome.items()):
        print(f"{language}: {result}")
    if remote:
        mirror.checkin(args.out, args.cache)
        print(f"models published at {args.out}/models")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from flows.deploy import serve

    serve(args.name, args.cron, args.timezone, flow_parameters(args))
    return 0


def _stats(args: argparse.Namespace) -> int:
    from flows import mirror
    from flows.report import corpus_stats

    out = mirror.checkout(args.out, args.cache) if mirror.is_remote(args.out) else Path(args.out)
    print(corpus_stats(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
