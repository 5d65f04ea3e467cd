"""Worker processes for the batch work when the flow runs on one machine.

The stages are pure Python and CPU-bound, so threads use one core. Prefect's
`ProcessPoolTaskRunner` uses every core but spawns each worker fresh, and each
imports Prefect and the stages again: about 3 CPU s per worker and 10 CPU s a
run, more than the whole job on a corpus of a few thousand files (measured by
`benchmarks/throughput.py`: 0.50 of the floor at 1x).

Here the flow's tasks run on Prefect's thread pool (10-14 ms per task run) and
each hands its batch to a process pool whose workers are forked from a
*forkserver* that imported the stages once, without Prefect: the server is
ready in about 0.6 s, a worker in milliseconds, and the workers share the
server's pages. Forking from the flow's own process instead would copy a
process that runs Prefect's threads (event loop, log and event workers), and a
fork taken while another thread holds a lock can deadlock the child.

A task that runs anywhere else (a Prefect process pool, a Dask worker) finds no
pool in its process and runs the batch itself.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from typing import TypeVar

T = TypeVar("T")

# What the forkserver imports before it forks any worker: every stage and the
# word repair, so that no worker pays for an import. Prefect is left out on
# purpose: workers never talk to the API, the thread that submitted the batch does.
PRELOAD = ["flows.pipeline", "flows.words_stage", "flows.language", "datasketch"]

# How often an idle worker checks that the flow's process is still there.
WATCH_SECONDS = 1.0

_pool: ProcessPoolExecutor | None = None
_workers = 0
_lock = threading.Lock()


def default_workers() -> int:
    """The cores this process may use (the stages are CPU-bound pure Python)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def prestart(workers: int) -> None:
    """Start the pool's workers now, in the background, for a flow this process runs next.

    `news-corpus run` calls it before it imports Prefect (about 1.3 s), so that the
    forkserver's imports and the workers' warm-up happen meanwhile on the other core.
    """
    global _pool, _workers
    with _lock:
        if _pool is None:
            _workers, _pool = workers, _new_pool(workers)


@contextmanager
def started(workers: int) -> Iterator[None]:
    """Give this process a pool of `workers` processes for the duration of the block."""
    global _pool, _workers
    with _lock:
        if _pool is None or _workers != workers:
            if _pool is not None:
                _pool.shutdown(wait=False, cancel_futures=True)
            _workers, _pool = workers, _new_pool(workers)
    try:
        yield
    finally:
        shutdown()


def shutdown() -> None:
    """Stop this process's pool, if it has one (a no-op after a flow stopped it)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def active() -> bool:
    """Whether batch work in this process goes to the pool (else it runs in the caller)."""
    return _pool is not None


def run(function: Callable[..., T], *args) -> T:
    """`function(*args)` in a pool worker if this process has a pool, else here.

    A worker that dies (killed, out of memory) breaks the whole executor: the
    pool is replaced and the error raised, so the task's retry runs on a fresh pool.
    """
    pool = _pool
    if pool is None:
        return function(*args)
    try:
        return pool.submit(function, *args).result()
    except BrokenProcessPool:
        _replace(pool)
        raise


def _replace(broken: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is broken:  # another thread may have replaced it already
            _pool = _new_pool(_workers)
    broken.shutdown(wait=False, cancel_futures=True)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    """A pool whose workers start at once, from a background thread.

    Starting a worker waits for the forkserver's imports (about 0.6 s): the thread
    keeps that wait off the flow, which plans the run meanwhile.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm,
                               initargs=(os.getpid(),))
    threading.Thread(target=_start_workers, args=(pool, workers), name="local-pool-start", daemon=True).start()
    return pool


def _start_workers(pool: ProcessPoolExecutor, workers: int) -> None:
    with suppress(RuntimeError):  # the pool was shut down before its workers started
        for _ in range(workers):  # each submission starts one more worker, up to `workers`
            pool.submit(int)


def _warm(owner: int) -> None:
    """Start a worker: watch the flow's process, and load langdetect's profiles before the first batch."""
    threading.Thread(target=_exit_without, args=(owner,), name="owner-watch", daemon=True).start()
    from flows.language import _factory

    _factory()


def _exit_without(owner: int) -> None:
    """Exit once the process that owns the pool is gone (killed, out of memory).

    Nothing else would end the worker: it waits for work on a pipe whose writing
    end it holds itself, and the forkserver stays up as long as any worker does.
    Checked once a second, which costs nothing.
    """
    while _alive(owner):
        time.sleep(WATCH_SECONDS)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user (a reused pid)
        return True
    return True
