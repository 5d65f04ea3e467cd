"""Worker processes for the batch work when the flow runs on one machine.

The stages are pure Python and CPU-bound, so threads use one core. Prefect's
`ProcessPoolTaskRunner` uses every core but spawns each worker fresh, and each
imports Prefect and the stages again: about 3 CPU s per worker and 10 CPU s a
run, more than the whole job on a corpus of a few thousand files (measured by
`benchmarks/throughput.py`: 0.50 of the floor at 1x).

Here the flow's tasks run on Prefect's thread pool (10-14 ms per task run) and
each hands its batch to a process pool whose workers are forked from a
*forkserver* that imported the stages once, without Prefect: the server is ready
in about 0.6 s, a worker in milliseconds, and the workers share the server's
pages. Forking from the flow's own process instead would copy a process that runs
Prefect's threads (event loop, log and event workers), and a fork taken while
another thread holds a lock can deadlock the child.

The pool in use is a context variable: the thread task runner copies the flow's
context into each task's thread, so a task finds the pool its flow started. A
task that runs anywhere else (a Prefect process pool, a Dask worker) finds none
and runs the batch itself. This module knows nothing of the pipeline: what the
forkserver preloads and how a worker warms up are given by the caller.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from typing import TypeVar

from flows.execution.processes import alive

T = TypeVar("T")

# How often an idle worker checks that the flow's process is still there.
WATCH_SECONDS = 1.0
# The memory guard: each worker may map at most this share of the machine's memory, split
# among the workers, and never less than MIN_GUARD_BYTES (a worker idles at ~0.6 GB of address
# space; fitting a 1M-token model peaks near 1.5 GB). Past it an allocation fails with
# MemoryError, which the step base turns into that article's stage_error reject, rather than
# the kernel's out-of-memory killer taking the worker, or the machine, down.
GUARD_SHARE = 0.75
MIN_GUARD_BYTES = 4 << 30


def memory_guard(workers: int) -> int:
    """Bytes of address space each of `workers` workers may use."""
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return MIN_GUARD_BYTES * 4
    return max(MIN_GUARD_BYTES, int(physical * GUARD_SHARE / max(workers, 1)))


def default_workers() -> int:
    """The cores this process may use (the stages are CPU-bound pure Python)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class WorkerPool:
    """`workers` processes forked from a forkserver that imported `preload`; each runs `warm` first.

    A worker that dies (killed, out of memory) breaks the whole executor: the pool
    replaces it and raises, so the task's retry runs on a fresh executor.
    """

    def __init__(self, workers: int, preload: list[str], warm: Callable[[], None] | None = None,
                 memory_limit: int | None = None) -> None:
        self.workers, self.preload, self.warm = workers, preload, warm
        self.memory_limit = memory_limit if memory_limit is not None else memory_guard(workers)
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(preload)
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = self._new_executor()

    def run(self, function: Callable[..., T], *args) -> T:
        executor = self._executor
        if executor is None:
            raise RuntimeError("the worker pool is shut down")
        try:
            return executor.submit(function, *args).result()
        except BrokenProcessPool:
            self._replace(executor)
            raise

    def close(self, force: bool = False) -> None:
        """Stop the workers after their current work; with `force` (an interrupted run) return at
        once: the command exits next, and its workers within WATCH_SECONDS of that."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=not force, cancel_futures=True)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is broken:  # another thread may have replaced it already
                self._executor = self._new_executor()
        broken.shutdown(wait=False, cancel_futures=True)

    def _new_executor(self) -> ProcessPoolExecutor:
        """An executor whose workers start at once, from a background thread: starting one waits
        for the forkserver's imports (about 0.6 s), which happen while the flow plans the run."""
        executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=self._context,
                                       initializer=_start_worker, initargs=(os.getpid(), self.warm, self.memory_limit))
        threading.Thread(target=_start_workers, args=(executor, self.workers), name="worker-pool-start",
                         daemon=True).start()
        return executor


def _start_workers(executor: ProcessPoolExecutor, workers: int) -> None:
    with suppress(RuntimeError):  # the pool was shut down before its workers started
        for _ in range(workers):  # each submission starts one more worker, up to `workers`
            executor.submit(int)


def _start_worker(owner: int, warm: Callable[[], None] | None, memory_limit: int) -> None:
    """In each worker: leave Ctrl-C to the owner (which stops the pool), guard memory, watch the owner, warm up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (memory_limit if hard < 0 else min(memory_limit, hard), hard))
    threading.Thread(target=_exit_without, args=(owner,), name="owner-watch", daemon=True).start()
    if warm is not None:
        warm()


def _exit_without(owner: int) -> None:
    """Exit once the process that owns the pool is gone (killed, out of memory, interrupted).

    Nothing else would end the worker: it waits for work on a pipe whose writing
    end it holds itself, and the forkserver stays up as long as any worker does.
    Checked once a second, which costs nothing.
    """
    while alive(owner):
        time.sleep(WATCH_SECONDS)
    os._exit(1)


_CURRENT: ContextVar[WorkerPool | None] = ContextVar("news_corpus_worker_pool", default=None)


def current() -> WorkerPool | None:
    return _CURRENT.get()


@contextmanager
def using(pool: WorkerPool) -> Iterator[WorkerPool]:
    """Make `pool` the one this context's tasks hand their work to; close it at the end."""
    token = _CURRENT.set(pool)
    try:
        yield pool
    finally:
        _CURRENT.reset(token)
        pool.close()


def run(function: Callable[..., T], *args) -> T:
    """`function(*args)` in a worker of the current pool if there is one, else here."""
    pool = _CURRENT.get()
    return function(*args) if pool is None else pool.run(function, *args)
