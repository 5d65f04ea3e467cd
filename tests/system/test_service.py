"""The flow as a service: a served deployment with its schedule, triggered by hand with parameters."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import time

import pyarrow.dataset as ds
import pytest
from support import REPO

pytestmark = pytest.mark.slow


async def wait_for_deployment(name: str, seconds: float = 90):
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + seconds
    async with get_client() as client:
        while True:
            try:
                return await client.read_deployment_by_name(name)
            except ObjectNotFound:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.5)


def test_served_deployment_has_its_schedule_and_runs_with_parameters(prefect_api_url, tmp_path):
    from prefect.deployments import run_deployment

    raw, out = tmp_path / "raw", tmp_path / "processed"
    shutil.copytree(REPO / "raw", raw)
    env = dict(os.environ, PREFECT_RUNNER_POLL_FREQUENCY="1")
    serve = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "serve", "--raw", str(raw), "--out", str(out), "--name", "test-nightly",
         "--cron", "30 3 * * *", "--timezone", "Europe/Berlin", "--no-word-repair"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deployment = asyncio.run(wait_for_deployment("news-corpus/test-nightly"))
        schedule = deployment.schedules[0].schedule
        assert (schedule.cron, schedule.timezone) == ("30 3 * * *", "Europe/Berlin")
        assert deployment.parameters["raw"] == str(raw) and deployment.parameters["word_repair"] is False

        run = run_deployment("news-corpus/test-nightly", parameters={"full_refresh": True, "max_bytes": 600},
                             timeout=180)
        assert run.state.is_completed(), run.state
        assert run.parameters["max_bytes"] == 600
        rejects = ds.dataset(out / "rejects", format="parquet").to_table().to_pylist()
        too_large = {r["source_file"] for r in rejects if r["reason"] == "too_large"}
        assert too_large == {p.relative_to(raw).as_posix() for p in raw.rglob("*.txt") if p.stat().st_size > 600}
    finally:
        serve.send_signal(signal.SIGINT)
        try:
            serve.wait(timeout=20)
        except subprocess.TimeoutExpired:
            serve.kill()


def test_a_second_run_on_the_same_folder_is_refused_while_one_holds_it(prefect_api_url, tmp_path):
    from flows.output.store import Store, StoreBusy

    out = tmp_path / "processed"
    with Store(out).locked():
        result = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--raw", str(REPO / "raw"), "--out",
                                 str(out), "--runner", "thread"], capture_output=True, text=True, timeout=120)
        assert result.returncode == 3
        assert "is being written by pid" in result.stderr
        with pytest.raises(StoreBusy), Store(out).locked():
            pass


def test_stats_summarises_the_published_corpus(prefect_api_url, tmp_path):
    out = tmp_path / "processed"
    subprocess.run([sys.executable, "-m", "flows.cli", "run", "--raw", str(REPO / "raw"), "--out", str(out),
                    "--runner", "thread", "--no-word-repair"], check=True, capture_output=True, timeout=120)
    stats = subprocess.run([sys.executable, "-m", "flows.cli", "stats", "--out", str(out)], check=True,
                           capture_output=True, text=True).stdout
    assert "2024     en        3" in stats and "binary  1" in stats and "ftfy:mojibake" in stats
