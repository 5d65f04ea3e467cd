"""Serve the corpus flow as a Prefect deployment on a cron schedule (`news-corpus serve`)."""

from __future__ import annotations

from prefect.schedules import Cron

from flows.flow import corpus_flow


def serve(name: str, cron: str, timezone: str, parameters: dict) -> None:
    """Register the deployment with its schedule and parameters, then run its runs until stopped."""
    corpus_flow.serve(name=name, schedule=Cron(cron, timezone=timezone), parameters=parameters)
