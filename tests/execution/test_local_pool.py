"""The local worker processes: real forkserver workers, no Prefect in them, and a dead worker is survivable."""

from __future__ import annotations

import os
import sys
from concurrent.futures.process import BrokenProcessPool

import pytest

from flows import passes
from flows.execution import local_pool
from flows.stages.language import warm_up


def loaded_modules() -> set[str]:
    return set(sys.modules)


def worker_pid() -> int:
    return os.getpid()


def die() -> None:
    os._exit(3)  # what the kernel's out-of-memory killer does to a worker, as far as the pool can tell


def pool(workers: int = 2) -> local_pool.WorkerPool:
    return local_pool.WorkerPool(workers, passes.WORKER_MODULES, warm_up)


def test_without_a_pool_the_work_runs_in_the_caller():
    assert local_pool.current() is None
    assert local_pool.run(worker_pid) == os.getpid()


def test_workers_are_other_processes_with_the_passes_loaded_and_no_prefect():
    with local_pool.using(pool()) as used:
        assert local_pool.current() is used
        pids = {local_pool.run(worker_pid) for _ in range(6)}
        modules = local_pool.run(loaded_modules)
    assert local_pool.current() is None
    assert os.getpid() not in pids and 1 <= len(pids) <= 2
    assert {"flows.passes", "flows.corpus.models", "datasketch", "langdetect"} <= modules
    assert not any(name == "prefect" or name.startswith("prefect.") for name in modules)


def test_a_dead_worker_fails_its_batch_and_the_next_batch_gets_a_fresh_pool():
    with local_pool.using(pool()):
        before = local_pool.run(worker_pid)
        with pytest.raises(BrokenProcessPool):
            local_pool.run(die)
        after = local_pool.run(worker_pid)  # what the task's retry does
    assert after not in (before, os.getpid())


def test_a_closed_pool_refuses_work_and_a_forced_close_returns_at_once():
    used = pool()
    assert used.run(worker_pid) != os.getpid()
    used.close(force=True)
    with pytest.raises(RuntimeError, match="shut down"):
        used.run(worker_pid)


def grab(gigabytes: int) -> int:
    return len(bytearray(gigabytes << 30))


def test_the_memory_guard_turns_a_runaway_allocation_into_an_error_the_worker_survives():
    guarded = local_pool.WorkerPool(1, passes.WORKER_MODULES, warm_up, memory_limit=2 << 30)
    try:
        with pytest.raises(MemoryError):
            guarded.run(grab, 3)
        assert guarded.run(grab, 0) == 0 and guarded.run(worker_pid) != os.getpid()  # the same worker goes on
    finally:
        guarded.close()
