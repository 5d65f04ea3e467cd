"""The test session's own Prefect: a temporary PREFECT_HOME and API, whatever the environment says.

Set before any test module imports Prefect (conftest is imported first), so that no
test run lands in the user's PREFECT_HOME database or on the server PREFECT_API_URL
names; subprocesses the tests start inherit the same environment.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tests/support.py for every test module

_HOME = tempfile.mkdtemp(prefix="news-corpus-tests-prefect-")
for _key in [k for k in os.environ if k.startswith("PREFECT_")]:
    del os.environ[_key]
os.environ["PREFECT_HOME"] = _HOME
os.environ["PREFECT_PROFILES_PATH"] = str(Path(_HOME) / "profiles.toml")

from flows.execution import prefect_api  # noqa: E402

prefect_api.prepare_environment()


@pytest.fixture(scope="session")
def prefect_api_url():
    """A temporary Prefect API on a fresh PREFECT_HOME, started once for the session."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with prefect_api.for_command() as api:
        api.wait_ready()
        with temporary_settings(updates={PREFECT_API_URL: api.url}):
            yield api.url


def pytest_sessionfinish(session, exitstatus):
    """Prefect stops the temporary APIs it started when the interpreter exits, and says so at INFO on a
    stream pytest has closed by then (a "Logging error" traceback under the summary). After the
    session only its warnings are wanted."""
    import logging

    logging.getLogger("prefect").setLevel(logging.WARNING)
