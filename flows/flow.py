"""The Prefect flow: wires the stages of `flows/pipeline.py` into tasks, nothing more.

Batches of files (never one task per file) are staged in parallel, duplicates
are linked across the corpus, batches are finished (word repair) in parallel,
and the run is published as one atomic snapshot. Which task runner executes the
batches (threads handing them to local worker processes, Prefect's process pool,
or a Dask cluster) is the caller's choice: the flow is the same.
"""

from __future__ import annotations

import time
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from flows import local_pool, mirror, pipeline, report
from flows.discover import raw_location
from flows.store import Store
from flows.words_stage import WordRepairStats, fit_language, lexicons, model_summary

# Results are files on disk and small reports; Prefect need not persist or hash them.
TASK_OPTIONS = {"cache_policy": NO_CACHE, "persist_result": False}
# Batch and publish tasks read and write files: retry what a flaky disk or network
# filesystem can make fail; every task rewrites its outputs whole, so a retry is safe.
IO_RETRIES = {"retries": 2, "retry_delay_seconds": 2}


@task(name="stage-batch", **TASK_OPTIONS, **IO_RETRIES)
def stage_batch_task(raw, sources, staging, batch, run_id, ingested_at, settings) -> pipeline.BatchReport:
    return local_pool.run(pipeline.stage_batch, raw, sources, staging, batch, run_id, ingested_at, settings)


@task(name="count-lexicons", **TASK_OPTIONS)
def lexicons_task(staged_files) -> dict:
    return local_pool.run(lexicons, staged_files)


@task(name="fit-word-model", **TASK_OPTIONS)
def fit_language_task(staged_files, models, language, known) -> str:
    return local_pool.run(fit_language, staged_files, models, language, known)


@task(name="link-duplicates", **TASK_OPTIONS)
def link_duplicates_task(state, replaced, staged_files, settings) -> dict:
    # In a worker: it is the one step that needs datasketch, which the flow's process never loads.
    return local_pool.run(pipeline.link_duplicates, state, replaced, staged_files, settings.dedup_threshold,
                          settings.dedup_window_days)


@task(name="find-repeated-sentences", **TASK_OPTIONS)
def repeated_sentences_task(staged_files, published, folder, run_id) -> dict:
    return local_pool.run(pipeline.repeated_sentences, staged_files, published, folder, run_id)


@task(name="finish-batch", **TASK_OPTIONS, **IO_RETRIES)
def finish_batch_task(staged_file, duplicates, models, settings, proposals) -> tuple[str, WordRepairStats]:
    return local_pool.run(pipeline.finish_batch, staged_file, duplicates, models, settings, proposals)


@task(name="pull-published", **TASK_OPTIONS, **IO_RETRIES)
def pull_task(store, url) -> str | None:
    return mirror.pull(store, url)


@task(name="push-published", **TASK_OPTIONS, **IO_RETRIES)
def push_task(store, url) -> str | None:
    return mirror.push(store, url)


@task(name="publish", **TASK_OPTIONS, **IO_RETRIES)
def publish_task(store, run_id, articles, rejects, states, replaced, manifest, sentences) -> str:
    return str(store.publish(run_id, articles, rejects, states, replaced, manifest, sentences))


# Served and deployed runs use every core: tasks on threads hand their batches to
# local worker processes (flows/local_pool.py); `news-corpus run` may pick another runner.
@flow(name="news-corpus", log_prints=False,
      task_runner=ThreadPoolTaskRunner(max_workers=local_pool.default_workers()))
def corpus_flow(raw: str = "raw", out: str = "processed", full_refresh: bool = False, word_repair: bool = True,
                insert_threshold: float | None = None, delete_threshold: float | None = None,
                flag_threshold: float | None = None, dedup_threshold: float = pipeline.DEFAULT_THRESHOLD,
                dedup_window_days: int | None = pipeline.DEFAULT_WINDOW_DAYS,
                language_max_chars: int | None = pipeline.DEFAULT_MAX_CHARS,
                max_bytes: int = pipeline.DEFAULT_MAX_BYTES, workers: int | None = None,
                wait_for_lock: bool = False, local_processes: bool = True, cache: str | None = None) -> dict:
    """Turn the raw text files under `raw` into the article and reject datasets under `out`.

    `raw` is a folder, or the URL of a folder on any fsspec filesystem (s3://...).
    `out` is a folder, or such a URL: the run then works in a local copy (`cache`)
    and pushes the published snapshot there (flows/mirror.py).

    `local_processes`: when the tasks run on threads, hand their batches to local
    worker processes (the default: every core); False keeps all work on threads.
    """
    logger = get_run_logger()
    settings = pipeline.Settings(max_bytes=max_bytes, language_max_chars=language_max_chars,
                                 dedup_threshold=dedup_threshold, dedup_window_days=dedup_window_days,
                                 word_repair=word_repair,
                                 insert_threshold=insert_threshold, delete_threshold=delete_threshold,
                                 flag_threshold=flag_threshold)
    remote = mirror.is_remote(out)
    raw_path, store = raw_location(raw), Store(mirror.working_copy(out, cache) if remote else Path(out).resolve())
    workers = workers or local_pool.default_workers()
    with store.locked(wait=wait_for_lock), _local_processes(workers if local_processes else 1):
        store.recover()
        pulled = pull_task(store, out) if remote else None
        result = _run(raw_path, store, settings, full_refresh, workers, logger)
        if remote:  # also after a run with nothing to do: a push an earlier run lost is made now
            result["mirror"] = {"url": out, "working_copy": str(store.out), "pulled": pulled,
                                "pushed": push_task(store, out)}
        return result


def _local_processes(workers: int):
    """Worker processes for the batches when the tasks run on this process's threads."""
    threads = isinstance(FlowRunContext.get().task_runner, ThreadPoolTaskRunner)
    return local_pool.started(workers) if threads and workers > 1 else nullcontext()


def _run(raw: Path | str, store: Store, settings: pipeline.Settings, full_refresh: bool, workers: int, logger) -> dict:
    started, now = time.time(), datetime.now(UTC)
    run_id = pipeline.new_run_id(now)
    state = store.state()
    plan = pipeline.plan_run(raw, state, full_refresh)
    logger.info("run %s: %d inputs to process (%d new, %d changed), %d unchanged", run_id, len(plan.todo),
                plan.new, plan.changed, plan.unchanged)
    if not plan.todo:  # nothing new or changed: publish nothing, change nothing
        result = report.manifest(run_id, raw, store.out, plan, {}, {}, 0, {}, pipeline.settings_dict(settings),
                                 started, time.time())
        store.record(run_id, result)
        logger.info(report.short_summary(result))
        return result
    staging = store.staging(run_id)
    reports = _stage(raw, plan, staging, run_id, now, settings, workers, logger)
    staged = [r.articles_file for r in reports if r.articles_file]
    models = _fit_models(staged, store.models, settings, logger)
    duplicates = link_duplicates_task(state, plan.replaced, staged, settings)
    sentences = staging / "sentences" if settings.word_repair else None  # kept with the snapshot
    proposals = repeated_sentences_task(staged, store.current(), sentences, run_id) if sentences else {}
    finished, words = _finish(staged, duplicates, proposals, store.models, settings, logger)
    summary = pipeline.summarise(reports)
    result = report.manifest(run_id, raw, store.out, plan, summary, words.as_dict(), len(duplicates),
                             {"this_run": models, "available": model_summary(store.models)},
                             pipeline.settings_dict(settings), started, time.time())
    publish_task(store, run_id, finished, [r.rejects_file for r in reports], pipeline.state_files_of(reports),
                 plan.replaced, result, sentences)
    create_markdown_artifact(report.markdown(result), key="news-corpus-run",
                             description=f"news-corpus run {run_id}")
    logger.info(report.short_summary(result))
    return result


def _stage(raw, plan, staging, run_id, now, settings, workers, logger) -> list[pipeline.BatchReport]:
    chunks = pipeline.batches(plan.todo, workers)
    futures = [stage_batch_task.submit(raw, chunk, staging, i, run_id, now, settings)
               for i, chunk in enumerate(chunks)]
    reports, done, start = [], 0, time.perf_counter()
    for future in as_completed(futures):
        batch = future.result()
        reports.append(batch)
        done += batch.files
        rate = done / max(1e-9, time.perf_counter() - start)
        logger.info("staged %d of %d files (%.0f files/s)", done, len(plan.todo), rate)
    return sorted(reports, key=lambda r: r.batch)


def _fit_models(staged, models, settings, logger) -> dict[str, str]:
    """A word model for each language that has none yet, fitted in parallel, before any repair."""
    todo, outcome = pipeline.models_to_fit(staged, models, settings)
    if todo:
        logger.info("fitting word models for %s", ", ".join(todo))
    known = lexicons_task(staged) if todo else {}
    futures = {lang: fit_language_task.submit(staged, models, lang, known) for lang in todo}
    return outcome | {lang: future.result() for lang, future in futures.items()}


def _finish(staged, duplicates, proposals, models, settings, logger) -> tuple[list[str], WordRepairStats]:
    # Each batch gets only its own links and proposals.
    futures = []
    for path in staged:
        links, proposed = pipeline.for_batch(path, duplicates, proposals)
        futures.append(finish_batch_task.submit(path, links, models, settings, proposed))
    stats, files, start = WordRepairStats(), [], time.perf_counter()
    for future in as_completed(futures):
        path, batch_stats = future.result()
        files.append(path)
        stats.merge(batch_stats)
        rate = stats.articles / max(1e-9, time.perf_counter() - start)
        logger.info("finished %d batches of %d (%d articles, %.0f articles/s)", len(files), len(staged),
                    stats.articles, rate)
    return sorted(files), stats
