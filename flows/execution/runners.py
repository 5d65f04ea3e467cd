"""Where a flow's tasks run: the choice of Prefect task runner, and local worker processes.

- `local` (the default): tasks on Prefect's thread pool, each handing its batch to
  a worker process of a local pool (flows/execution/local_pool.py): every core,
  no Prefect in the workers;
- `thread`: everything on this process's threads (one core; for debugging);
- `process`: Prefect's ProcessPoolTaskRunner (each worker imports Prefect);
- `dask`: prefect-dask's DaskTaskRunner, on a local cluster or at an address.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from prefect.context import FlowRunContext
from prefect.task_runners import ThreadPoolTaskRunner

from flows.execution import local_pool

RUNNERS = ("local", "thread", "process", "dask")
# How long to wait for a Dask scheduler before saying it cannot be reached.
DASK_CONNECT_SECONDS = 10


class ThreadsOnly(ThreadPoolTaskRunner):
    """Prefect's thread pool, with every task's work kept on this process's threads."""


def task_runner(runner: str, workers: int, dask_address: str | None = None):
    """The Prefect task runner for `runner` (one of RUNNERS) and `workers` processes."""
    if dask_address or runner == "dask":
        from prefect_dask import DaskTaskRunner

        # distributed logs every worker and client connection at INFO: a dozen lines per run.
        logging.getLogger("distributed").setLevel(logging.WARNING)
        if dask_address:
            return DaskTaskRunner(address=dask_address, client_kwargs={"timeout": DASK_CONNECT_SECONDS})
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    if runner == "process":
        from prefect.task_runners import ProcessPoolTaskRunner

        return ProcessPoolTaskRunner(max_workers=workers)
    if runner == "thread":
        return ThreadsOnly(max_workers=workers)
    return ThreadPoolTaskRunner(max_workers=workers)


@contextmanager
def local_workers(workers: int, preload: list[str], warm: Callable[[], None] | None) -> Iterator[None]:
    """Inside a flow run: a local pool of `workers` processes when its tasks run on Prefect's
    thread pool (the default runner); nothing for the other runners or a single worker."""
    runner = FlowRunContext.get().task_runner
    if type(runner) is not ThreadPoolTaskRunner or workers <= 1:
        yield
        return
    pool = local_pool.current()
    if pool is not None and pool.workers != workers:
        pool.close()
        pool = None
    if pool is None:  # else a pool the command started early, while Prefect loaded, is adopted
        pool = local_pool.WorkerPool(workers, preload, warm)
    with local_pool.using(pool):
        yield
