"""Shared fixtures: where the reference data lives, and a real Prefect API for flow tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The reference corpora live beside the repository (../shared); NEWS_CORPUS_SHARED overrides.
SHARED = Path(os.environ.get("NEWS_CORPUS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DEV_SMALL = SHARED / "data" / "dev-small"
SEED = SHARED / "data" / "seed"
BENCH = SHARED / "bench"
REPO = Path(__file__).resolve().parents[1]


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"reference data {path} is not here")
    return path


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory):
    """Prefect's temporary local API on a fresh PREFECT_HOME, started once for the session."""
    home = tmp_path_factory.mktemp("prefect-home")
    os.environ["PREFECT_HOME"] = str(home)
    from flows.cli import local_api, prepare_prefect_env

    prepare_prefect_env()
    with local_api():
        yield os.environ["PREFECT_API_URL"]
