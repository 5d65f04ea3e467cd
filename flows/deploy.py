"""Serve the corpus flow as a Prefect deployment on a cron schedule (`news-corpus serve`).

`serve` registers the deployment (schedule, time zone, default parameters) with
the Prefect API in PREFECT_API_URL and runs its scheduled and manually
triggered runs in this process until stopped. Teams with work pools and workers
use `prefect.yaml` (`prefect deploy --all`) instead.
"""

from __future__ import annotations

from prefect.schedules import Cron

from flows.flow import corpus_flow


def serve(name: str, cron: str, timezone: str, parameters: dict) -> None:
    """Register the deployment with its schedule and parameters, then run its runs until stopped."""
    corpus_flow.serve(name=name, schedules=[Cron(cron, timezone=timezone)], parameters=parameters,
                      description="Turn raw/ into the Parquet corpus under processed/ (incremental).",
                      tags=["news-corpus"])
