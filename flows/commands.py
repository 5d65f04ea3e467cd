"""What each `news-corpus` command does, once flows/cli.py has checked what it was asked.

`run` takes the output folder's lock, starts the Prefect API (the user's, or a
temporary one) and the local worker pool before Prefect is even imported, so that
the three overlap, then runs the flow once. A Ctrl-C stops the workers and the API
at once and leaves the published corpus as it was; a second Ctrl-C exits at once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

from flows import locations, progress
from flows.execution import local_pool, prefect_api
from flows.output import mirror
from flows.output.store import Store


class UsageError(Exception):
    """A mistake in what the user asked for: said in one line, exit code 2."""


DASK_CONNECT_SECONDS = 5  # a scheduler that does not accept a connection in this time is taken as unreachable


def output_store(out: str, cache: str | None) -> Store:
    """The local folder a run on `out` writes: `out` itself, or the working copy of an output URL."""
    return Store(mirror.working_copy(out, cache) if mirror.is_remote(out) else Path(out))


def _quiet_prefect() -> None:
    """After Ctrl-C: Prefect would log a crash report and a traceback per task; the command says it in a line."""
    for name in list(logging.root.manager.loggerDict):
        if name.split(".")[0] in ("prefect", "distributed"):
            logging.getLogger(name).setLevel(logging.CRITICAL + 1)


def run_once(params: dict, runner: str, dask: str | None, debug: bool = False) -> dict:
    """Run the flow once on this machine; the manifest of the run."""
    from flows import passes

    store = output_store(params["out"], params.get("cache"))
    workers = params.get("workers") or local_pool.default_workers()
    pool = None
    with store.locked(params.get("wait", False), on_wait=_say_waiting, shared=True), prefect_api.for_command() as api:
        previous = signal.signal(signal.SIGINT, _interrupted)
        try:
            if runner == "local" and not dask and workers > 1:  # the workers start while Prefect loads
                from flows.stages.language import warm_up

                pool = local_pool.WorkerPool(workers, passes.WORKER_MODULES, warm_up)
            return _run_flow(params, runner, dask, workers, pool, api, debug)
        except KeyboardInterrupt:
            if pool is not None:
                pool.close(force=True)
            api.drain(timeout=2)
            raise
        finally:
            signal.signal(signal.SIGINT, previous)


class _WithoutTraceback(logging.Formatter):
    """A console formatter that leaves out the traceback of a record: a failed run's error is
    said in one line at the end; the traceback still reaches Prefect's API log (its own handler)
    and the terminal with --debug."""

    def __init__(self, inner: logging.Formatter | None) -> None:
        super().__init__()
        self.inner = inner or logging.Formatter()

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text
        record.exc_info, record.exc_text = None, None
        try:
            return self.inner.format(record)
        finally:
            record.exc_info, record.exc_text = saved


def tracebacks_off_the_console() -> None:
    """Wrap the formatter of every console handler of Prefect's loggers (called once the run's
    API is up, when Prefect has set its handlers)."""
    from prefect.logging.handlers import PrefectConsoleHandler

    names = [name for name in logging.root.manager.loggerDict if name.split(".")[0] == "prefect"]
    for logger in [logging.getLogger(name) for name in names] + [logging.getLogger()]:
        for handler in logger.handlers:
            if isinstance(handler, PrefectConsoleHandler) and not isinstance(handler.formatter, _WithoutTraceback):
                handler.setFormatter(_WithoutTraceback(handler.formatter))


def _interrupted(signum, frame) -> None:
    """The first Ctrl-C: Prefect is told to say nothing more (else it logs a crash report per task and a
    traceback), and the run is interrupted; a second Ctrl-C exits at once."""
    _quiet_prefect()
    signal.signal(signal.SIGINT, lambda *_: os._exit(130))
    raise KeyboardInterrupt


def _say_waiting(holder: str) -> None:
    print(f"news-corpus: waiting for the run that holds the output folder ({holder})", flush=True)


def _run_flow(params: dict, runner: str, dask: str | None, workers: int, pool, api, debug: bool) -> dict:
    from flows.execution.runners import task_runner
    from flows.flow import corpus_flow

    logging.getLogger("prefect.task_runs").setLevel(logging.WARNING)  # no line per finished batch task
    chosen = corpus_flow.with_options(task_runner=task_runner(runner, workers, dask))
    api.wait_ready()
    if not debug:
        tracebacks_off_the_console()
    with live_progress(), no_heartbeats(), local_pool.using(pool) if pool is not None else contextlib.nullcontext():
        return chosen(**params)


def no_heartbeats() -> contextlib.AbstractContextManager:
    """A run started by hand sends no flow-run heartbeats, unless the user's environment asks for them.

    Prefect joins its heartbeat thread when a flow run ends, and that thread sleeps in 1 s
    steps (Prefect 3.9: heartbeats every 180 s by default): 0.5-1 s at the end of every run,
    for heartbeats that only matter to a server watching for runs that died unattended.
    Served runs (`news-corpus serve`) keep them.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    if any(key in os.environ for key in ("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "PREFECT_RUNNER_HEARTBEAT_FREQUENCY")):
        return contextlib.nullcontext()
    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})


@contextlib.contextmanager
def live_progress() -> Iterator[None]:
    """A live display of every long phase when the command's output is a terminal (rich, which Prefect's own
    console uses too); Prefect's log lines print above it."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description:<22}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[unit]}"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        shown: dict[str, int] = {}

        def show(phase: str, done: int, total: int | None, unit: str) -> None:
            if phase not in shown:
                shown[phase] = bar.add_task(phase, total=total, unit=unit)
            bar.update(shown[phase], completed=done, total=total, unit=unit)

        with progress.listening(show):
            yield


def summary(result: dict, params: dict, seconds: float) -> str:
    from flows.output.report import short_summary

    lines = [short_summary(result, seconds)]
    if "mirror" in result:
        published = result["mirror"]["pushed"] or "unchanged"
        lines.append(f"  published at {params['out']} (snapshot {published}); "
                     f"working copy {result['mirror']['working_copy']}")
    elif result.get("files_processed"):
        out = Path(params["out"])
        lines.append(f"  articles: {out / 'articles'}  rejects: {out / 'rejects'}")
    return "\n".join(lines)


def check_dask(address: str) -> None:
    """Fail fast when a Dask scheduler cannot be reached (a TCP connect, a few seconds at most)."""
    parsed = urlparse(address if "://" in address else f"tcp://{address}")
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 8786), timeout=DASK_CONNECT_SECONDS):
            pass
    except (OSError, ValueError) as error:
        raise UsageError(f"Dask scheduler {address} cannot be reached: {error}") from None


def check_schedule(cron: str, timezone: str) -> None:
    """Fail fast on a schedule Prefect would refuse, with its own validation (a cron string, an IANA zone)."""
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError as error:
        reason = error.errors()[0]["msg"].removeprefix("Value error, ")
        raise UsageError(f"schedule --cron {cron!r} --timezone {timezone!r}: {reason}") from None


def serve(name: str, cron: str, timezone: str, params: dict) -> None:
    """Register the deployment with its schedule and parameters, then run its runs until stopped."""
    api = prefect_api.configured_api()
    if not api or not prefect_api.reachable(api):
        raise UsageError("serve needs a running Prefect server: start one (prefect server start) and set "
                         f"PREFECT_API_URL (now {api or 'unset'})")
    from prefect.schedules import Cron

    from flows.flow import corpus_flow

    corpus_flow.serve(name=name, schedules=[Cron(cron, timezone=timezone)], parameters=params,
                      description="Turn raw/ into the Parquet corpus under processed/ (incremental).",
                      tags=["news-corpus"])


def refit(out: str, cache: str | None, references: list[str], languages: list[str] | None) -> dict[str, str]:
    """Refit every language's model (or only `languages`) from the published corpus and reference folders."""
    from flows import passes, staged
    from flows.corpus import models
    from flows.settings import Settings
    from flows.stages.discover import discover
    from flows.workspace import Workspace

    store = Store(mirror.checkout(out, cache)) if mirror.is_remote(out) else Store(Path(out))
    with store.locked(wait=True), tempfile.TemporaryDirectory(dir=store.out) as scratch:
        store.recover()
        workspace = Workspace(Path(scratch))
        for i, folder in enumerate(references):
            sources = list(discover(locations.resolve(folder)))
            passes.stage_batch(locations.resolve(folder), sources, workspace, i, "reference",
                               Settings(word_repair=False))
        tables = [*store.article_texts(), *staged.article_columns(workspace.files(workspace.staged),
                                                                   ["language", "body"])]
        counts = models.split_languages(iter(tables), workspace.root / "texts", set(languages) if languages else None)
        outcome = {}
        for lang in sorted(languages or counts.articles):
            outcome[lang] = counts.enough(lang) or _fit_saying(workspace.root / "texts", lang, store.models,
                                                               counts.tokens.get(lang, 0))
    if mirror.is_remote(out):
        mirror.checkin(out, cache)
    return outcome


def _fit_saying(texts: Path, language: str, models_folder: Path, tokens: int) -> str:
    """Fit one language in this process, saying each phase as it begins."""
    from flows.corpus import models
    from flows.words.fit import PHASES

    print(f"{language}: fitting from {tokens:,} tokens", flush=True)
    return models.fit_language(texts, language, models_folder,
                               lambda i, detail: print(f"{language}:   {PHASES[i]} {detail}".rstrip(), flush=True))


def show(out: str, cache: str | None, key: str, original: bool) -> str:
    """One input's record in the published corpus (flows/output/audit.py); a usage error when there is none."""
    from flows.output import audit
    from flows.output.reading import NothingPublished, snapshot

    try:
        folder = Path(snapshot(mirror.checkout(out, cache) if mirror.is_remote(out) else Path(out)))
        text = audit.record(folder, key, original)
    except (NothingPublished, LookupError) as error:
        raise UsageError(str(error)) from error
    if text is None:
        raise UsageError(f"no article or reject in {out} is {key!r} (a doc_id, a source_file, or its end)")
    return text


def stats(out: str, cache: str | None) -> str:
    from flows.output.report import corpus_stats

    return corpus_stats(mirror.checkout(out, cache) if mirror.is_remote(out) else Path(out))
