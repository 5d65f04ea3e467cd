"""The local worker processes: real forkserver workers, no Prefect in them, and a dead worker is survivable."""

from __future__ import annotations

import os
import sys
from concurrent.futures.process import BrokenProcessPool

import pytest

from flows import local_pool


def loaded_modules() -> set[str]:
    return set(sys.modules)


def worker_pid() -> int:
    return os.getpid()


def die() -> None:
    os._exit(3)  # what the kernel's out-of-memory killer does to a worker, as far as the pool can tell


def test_without_a_pool_the_work_runs_in_the_caller():
    assert not local_pool.active()
    assert local_pool.run(worker_pid) == os.getpid()


def test_workers_are_other_processes_with_the_stages_loaded_and_no_prefect():
    with local_pool.started(2):
        assert local_pool.active()
        pids = {local_pool.run(worker_pid) for _ in range(6)}
        modules = local_pool.run(loaded_modules)
    assert not local_pool.active()
    assert os.getpid() not in pids and 1 <= len(pids) <= 2
    assert {"flows.pipeline", "flows.words_stage", "datasketch", "langdetect"} <= modules
    assert not any(name == "prefect" or name.startswith("prefect.") for name in modules)


def test_a_dead_worker_fails_its_batch_and_the_next_batch_gets_a_fresh_pool():
    with local_pool.started(2):
        before = local_pool.run(worker_pid)
        with pytest.raises(BrokenProcessPool):
            local_pool.run(die)
        after = local_pool.run(worker_pid)  # what the task's retry does
    assert after not in (before, os.getpid())


def test_a_flow_adopts_the_prestarted_pool_of_its_size_and_shuts_it_down():
    local_pool.prestart(2)  # what `news-corpus run` does before it imports Prefect
    prestarted = local_pool._pool
    assert local_pool.active() and local_pool.run(worker_pid) != os.getpid()
    with local_pool.started(2):
        assert local_pool._pool is prestarted
    assert not local_pool.active()
    local_pool.prestart(2)
    prestarted = local_pool._pool
    with local_pool.started(1):  # another size: a new pool
        assert local_pool._pool is not prestarted
        assert local_pool.run(worker_pid) != os.getpid()
    assert not local_pool.active()
