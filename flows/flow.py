"""The Prefect flow: wires planning, the two passes and the corpus-wide phases into tasks, nothing more.

    plan -> first pass (a task per batch) -> word models (split, then a task per language)
         -> duplicates -> repeated sentences -> second pass (a task per batch) -> publish

Batches of files, never one task per file. Every task hands its work to
flows/execution/local_pool.py, which runs it in a local worker process when the
flow runs on the default runner and in place otherwise (a Prefect process pool, a
Dask worker). The flow's parameters are the settings of flows/settings.py, derived
from its fields: `raw`, `out`, then one parameter per setting.
"""

from __future__ import annotations

import inspect
import time
import typing
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from flows import locations, passes, planning, progress, settings
from flows.corpus import boilerplate, duplicates, layout, models, repeated
from flows.execution import local_pool, runners
from flows.output import mirror, report
from flows.output.store import Store
from flows.stages import language
from flows.stages.discover import INPUT_NAMES
from flows.words.fit import NEWER_MODEL
from flows.words.fit import PHASES as FIT_PHASES
from flows.words.step import edit_limits
from flows.workspace import Workspace

# Results are files on disk and small reports; Prefect need not persist or hash them.
TASK_OPTIONS = {"cache_policy": NO_CACHE, "persist_result": False}
# Batch and publish tasks read and write files: retry what a flaky disk or network
# filesystem can make fail; every task rewrites its outputs whole, so a retry is safe.
IO_RETRIES = {"retries": 2, "retry_delay_seconds": 2}


class RawFolderError(RuntimeError):
    """The raw folder is missing or cannot be read: the run fails with that message."""


@task(name="first-pass", **TASK_OPTIONS, **IO_RETRIES)
def stage_task(raw, sources, workspace, batch, run_id, options) -> passes.BatchReport:
    return local_pool.run(passes.stage_batch, raw, sources, workspace, batch, run_id, options)


@task(name="count-languages-without-model", **TASK_OPTIONS)
def shortfall_task(files, languages) -> dict[str, str]:
    return local_pool.run(models.too_little_text_of, files, languages)


@task(name="split-languages", **TASK_OPTIONS)
def split_task(files, folder, to_fit) -> models.LanguageCounts:
    return local_pool.run(models.split_languages_of, files, folder, to_fit)


@task(name="fit-word-model", **TASK_OPTIONS)
def fit_task(folder, language, models_folder) -> str:
    return local_pool.run(models.fit_language, folder, language, models_folder)


@task(name="link-duplicates", **TASK_OPTIONS)
def link_task(state, replaced, files, links, options, stale) -> int:
    # In a worker: it is the one phase that needs datasketch, which the flow's process never loads.
    return local_pool.run(duplicates.link, state, replaced, files, links, options, stale)


@task(name="fit-headline-models", **TASK_OPTIONS)
def layout_task(leads, current, replaced, out) -> dict:
    return local_pool.run(layout.fit_for_run, leads, current, replaced, out)


@task(name="find-boilerplate", **TASK_OPTIONS)
def boilerplate_task(lines, links, this_run, current, replaced, out, options) -> int:
    return local_pool.run(boilerplate.find_for_run, lines, links, this_run, current, replaced, out, options)


@task(name="find-repeated-sentences", **TASK_OPTIONS)
def propose_task(workspace, store, replaced, run_id) -> int:
    return local_pool.run(repeated.propose_for_run, workspace, store, replaced, run_id)


@task(name="second-pass", **TASK_OPTIONS, **IO_RETRIES)
def finish_task(workspace, batch, models_folder, options, run_id, ingested_at) -> passes.BatchReport:
    return local_pool.run(passes.finish_batch, workspace, batch, models_folder, options, run_id, ingested_at)


@task(name="pull-published", **TASK_OPTIONS, **IO_RETRIES)
def pull_task(store, url) -> str | None:
    return mirror.pull(store, url)


@task(name="push-published", **TASK_OPTIONS, **IO_RETRIES)
def push_task(store, url) -> str | None:
    return mirror.push(store, url)


@task(name="publish", **TASK_OPTIONS, **IO_RETRIES)
def publish_task(store, run_id, final, replaced, manifest, indexes, links) -> str:
    files = {kind: sorted(final.glob(f"{kind}-*.parquet")) for kind in ("articles", "rejects", "state")}
    resigned = sorted(links.glob(duplicates.RESIGNED_FILE))
    return str(store.publish(run_id, files["articles"], files["rejects"], files["state"], replaced, manifest,
                             indexes, resigned))


def _corpus_flow(raw: str = "raw", out: str = "processed", **options) -> dict:
    """Turn the raw text files under `raw` into the article and reject datasets under `out`.

    `raw` is a folder, or the URL of a folder on any fsspec filesystem (s3://...).
    `out` is a folder, or such a URL: the run then works in a local copy (`cache`)
    and pushes the published snapshot there (flows/output/mirror.py). Every other
    parameter is a setting of flows/settings.py.
    """
    run = settings.settings_from(options)
    problem = locations.problem(raw)
    if problem:
        raise RawFolderError(f"raw folder {raw} {problem}")
    if locations.output_inside_raw(raw, out):
        raise RawFolderError(f"output {out} is inside the raw folder {raw}: choose a folder outside it")
    if run.chrome_phrases and not Path(run.chrome_phrases).is_file():
        raise settings.SettingsError(f"chrome_phrases {run.chrome_phrases} is not a file")
    remote = mirror.is_remote(out)
    raw_path = locations.resolve(raw)
    store = Store(mirror.working_copy(out, run.cache) if remote else Path(out).resolve())
    workers = run.workers or local_pool.default_workers()
    with store.locked(wait=run.wait):
        try:
            with runners.local_workers(workers, passes.WORKER_MODULES, language.warm_up):
                store.recover()
                pulled = pull_task(store, out) if remote else None
                result = _run(raw_path, store, run, workers)
                if remote:  # also after a run with nothing to do: a push an earlier run lost is made now
                    result["mirror"] = {"url": out, "working_copy": str(store.out), "pulled": pulled,
                                        "pushed": push_task(store, out)}
                return result
        except BaseException:
            # a failed run's staging and unpublished snapshot would keep a full disk full until the
            # next run; what cannot be removed is said, after which the run's own error is raised
            for problem in store.abandon():
                get_run_logger().warning("cleanup after the failed run: %s", problem)
            raise


def _flow_signature() -> inspect.Signature:
    """raw, out, then one keyword parameter per setting, typed and defaulted as declared."""
    keyword = inspect.Parameter.KEYWORD_ONLY
    hints = typing.get_type_hints(settings.Settings)
    params = [inspect.Parameter("raw", keyword, default="raw", annotation=str),
              inspect.Parameter("out", keyword, default="processed", annotation=str)]
    params += [inspect.Parameter(name, keyword, default=default, annotation=hints[name])
               for name, _, default, _ in settings.setting_fields()]
    return inspect.Signature(params, return_annotation=dict)


_corpus_flow.__signature__ = _flow_signature()
_corpus_flow.__annotations__ = {p.name: p.annotation for p in _corpus_flow.__signature__.parameters.values()}
# Served and deployed runs use every core: tasks on threads hand their batches to
# local worker processes; `news-corpus run --runner` may pick another runner.
corpus_flow = flow(name="news-corpus", log_prints=False,
                   task_runner=ThreadPoolTaskRunner(max_workers=local_pool.default_workers()))(_corpus_flow)


def _flow_run_id() -> str | None:
    context = FlowRunContext.get()
    return str(context.flow_run.id) if context and context.flow_run else None


def _run(raw: Path | str, store: Store, run: settings.Settings, workers: int) -> dict:
    logger = get_run_logger()
    started, now = time.time(), datetime.now(UTC)
    run_id = planning.new_run_id(now)
    state = store.state()
    plan = planning.plan_run(raw, state, run.full_refresh, run.max_bytes)
    inputs = {"to_process": len(plan.todo), "new": plan.new, "changed": plan.changed,
              "unchanged_skipped": plan.unchanged, "missing_from_raw": plan.missing, "ignored": plan.ignored}
    facts = report.RunReport(run_id, str(raw), str(store.out), run.as_dict(), inputs, started, _flow_run_id())
    logger.info("run %s: %d inputs to process (%d new, %d changed), %d unchanged", run_id, len(plan.todo),
                plan.new, plan.changed, plan.unchanged)
    if plan.ignored:
        logger.warning("raw/ also holds %s", report.ignored_files(plan.ignored))
    if not plan.todo:  # nothing new or changed: publish nothing, change nothing
        return _nothing_to_do(store, facts, logger)
    workspace = Workspace(store.staging(run_id))
    staged = _first_pass(raw, plan, workspace, run_id, run, workers, logger)
    fits = _start_word_models(staged, workspace, store.models, run, logger)
    corpus = _start_corpus_phases(workspace, store, state, plan, run, run_id)  # beside the fits, on free workers
    facts.word_models = _finish_word_models(*fits, workspace, store.models, logger)
    _finish_corpus_phases(facts, corpus, workspace, store, plan, run, logger)
    finished = _second_pass(staged, workspace, store.models, run, run_id, now, logger)
    facts.summary = passes.summarise(staged, finished)
    result = facts.manifest(time.time())
    indexes = {"leads": workspace.leads, "lines": workspace.lines} | (
        {"sentences": workspace.sentences} if run.word_repair else {})
    logger.info("publishing run %s", run_id)
    progress.report("publishing", 0, 1, "snapshot")
    publish_task(store, run_id, workspace.final, plan.replaced, result, indexes, workspace.links)
    progress.report("publishing", 1, 1, "snapshot")
    store.discard_staging(run_id)
    create_markdown_artifact(report.markdown(result), key="news-corpus-run", description=f"news-corpus run {run_id}")
    logger.info("published run %s: %d articles, %d rejects", run_id, result["articles"],
                sum(result["rejects"].values()))
    return result


def _start_corpus_phases(workspace, store, state, plan, run, run_id) -> dict:
    """Submit the corpus-wide phases that need only the first pass: duplicates, the headline models
    and repeated sentences (each reads folders, writes one); they run side by side."""
    progress.report("corpus-wide phases", 0, 4, "duplicates, headline models, repeated sentences")
    current = store.current()
    stale = current if store.signatures_stale() else None  # published by a version that signed otherwise
    futures = {"repeated": propose_task.submit(workspace, store, plan.replaced, run_id)} if run.word_repair else {}
    futures["duplicates"] = link_task.submit(state, plan.replaced, workspace.files(workspace.signatures),
                                             workspace.links, run, stale)
    futures["layout"] = layout_task.submit(workspace.leads, current, plan.replaced, workspace.layout)
    return futures


def _finish_corpus_phases(facts, futures, workspace, store, plan, run, logger) -> None:
    """Boilerplate, which counts copies of one story once, once the duplicates are linked; then the rest."""
    facts.duplicates = futures["duplicates"].result()
    progress.report("corpus-wide phases", 1, 4, "boilerplate")
    this_run = set(duplicates.batches_of(workspace.files(workspace.signatures)))
    facts.boilerplate = boilerplate_task(workspace.lines, workspace.links, this_run, store.current(), plan.replaced,
                                         workspace.boilerplate, run)
    progress.report("corpus-wide phases", 2, 4, "headline models")
    facts.layout = futures["layout"].result()
    logger.info("corpus: %d copies linked, %d boilerplate lines, headline models for %s", facts.duplicates,
                facts.boilerplate, ", ".join(sorted(facts.layout)) or "no language")
    if "repeated" in futures:
        progress.report("corpus-wide phases", 3, 4, "repeated sentences")
        futures["repeated"].result()
        logger.info("corpus: repeated sentences found")
    progress.report("corpus-wide phases", 4, 4, "done")


def _nothing_to_do(store: Store, facts: report.RunReport, logger) -> dict:
    result = facts.manifest(time.time())
    store.record(facts.run_id, result)
    if not facts.inputs["unchanged_skipped"]:
        logger.warning("the raw folder %s holds no %s files: nothing to process", facts.raw, INPUT_NAMES)
    create_markdown_artifact(report.markdown(result), key="news-corpus-run",
                             description=f"news-corpus run {facts.run_id}: nothing to do")
    logger.info("run %s: nothing new or changed; nothing published", facts.run_id)
    return result


def _first_pass(raw, plan, workspace, run_id, run, workers, logger) -> list[passes.BatchReport]:
    chunks = planning.batches(plan.todo, workers)
    futures = [stage_task.submit(raw, chunk, workspace, i, run_id, run) for i, chunk in enumerate(chunks)]
    reports, done, start = [], 0, time.perf_counter()
    for future in as_completed(futures):
        batch = future.result()
        reports.append(batch)
        done += batch.files
        rate = done / max(1e-9, time.perf_counter() - start)
        logger.info("first pass: %d of %d files (%.0f files/s)", done, len(plan.todo), rate)
        progress.report("first pass", done, len(plan.todo), "files")
    return sorted(reports, key=lambda r: r.batch)


def _start_word_models(staged, workspace, models_folder, run, logger) -> tuple[dict | None, dict]:
    """Submit the fit of a word model for each language of this run that has none yet (in parallel);
    (what became of the others, the fits), or (None, {}) without word repair."""
    if not run.word_repair:
        return None, {}
    articles = sum((r.languages for r in staged), Counter())
    todo, outcome = models.needing_models(articles, models_folder)
    if todo and models.worth_counting_first(articles, todo):  # a small language short of text, run after run
        outcome |= shortfall_task(workspace.files(workspace.staged), set(todo))
        todo = [lang for lang in todo if lang not in outcome]
    if not todo:
        return outcome, {}
    counts = split_task(workspace.files(workspace.staged), workspace.root / "texts", set(todo))
    fit = [lang for lang in todo if counts.enough(lang) is None]
    outcome |= {lang: counts.enough(lang) for lang in todo if lang not in fit}
    if fit:
        logger.info("fitting word models for %s (%s tokens; %s exact copies counted once)", ", ".join(fit),
                    ", ".join(f"{counts.tokens[lang]:,}" for lang in fit), f"{counts.copies:,}")
    return outcome, {lang: fit_task.submit(workspace.root / "texts", lang, models_folder) for lang in fit}


def _finish_word_models(outcome: dict | None, fits: dict, workspace, models_folder, logger) -> dict:
    """Wait for the fits, before any repair: the run's word models, as the manifest says them."""
    if outcome is None:
        return {}
    outcome |= _wait_for_fits(fits, workspace.root / "texts", logger)
    return _said_models(outcome, models_folder, logger)


def _said_models(outcome: dict[str, str], models_folder: Path, logger) -> dict:
    """The run's word models: what became of each this run, and what is available; a model too
    small to edit at its bars is said as such."""
    available = models.summary(models_folder)
    for lang, why in outcome.items():
        if why.startswith(NEWER_MODEL):
            logger.warning("word model %s: %s", lang, why)
    for lang, limit in edit_limits(available).items():
        logger.info("word model %s: %s", lang, limit)
    return {"this_run": outcome, "available": available}


def _wait_for_fits(futures: dict, texts: Path, logger) -> dict[str, str]:
    """Each fit's outcome, saying each phase of each fit as it begins (the fits run in worker
    processes, which write their phase to a file beside their texts)."""
    outcome, said = {}, {}
    while len(outcome) < len(futures):
        for lang, future in futures.items():
            if lang in outcome:
                continue
            future.wait(timeout=0.5)
            phase = models.read_progress(texts, lang)
            if phase and phase != said.get(lang):
                said[lang] = phase
                logger.info("word model %s: %s %s", lang, FIT_PHASES[phase[0]], f"({phase[1]})" if phase[1] else "")
                progress.report(f"word model {lang}", phase[0], len(FIT_PHASES), FIT_PHASES[phase[0]])
            if future.state.is_final():
                outcome[lang] = future.result()
                logger.info("word model %s: %s", lang, outcome[lang])
                progress.report(f"word model {lang}", len(FIT_PHASES), len(FIT_PHASES), outcome[lang])
    return outcome


def _second_pass(staged, workspace, models_folder, run, run_id, now, logger) -> list[passes.BatchReport]:
    futures = [finish_task.submit(workspace, r.batch, models_folder, run, run_id, now) for r in staged]
    reports, start = [], time.perf_counter()
    for future in as_completed(futures):
        reports.append(future.result())
        articles = sum(r.articles for r in reports)
        rate = articles / max(1e-9, time.perf_counter() - start)
        logger.info("second pass: %d of %d batches (%d articles, %.0f articles/s)", len(reports), len(staged),
                    articles, rate)
        progress.report("second pass", len(reports), len(staged), "batches")
    return sorted(reports, key=lambda r: r.batch)
