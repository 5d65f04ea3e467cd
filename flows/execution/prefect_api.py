"""A Prefect API for one command: the user's server when one is configured, else a temporary one.

Without a server configured, Prefect starts a temporary API in every process that
runs a flow or task. Here one is started per command and its URL exported, so the
flow and every worker report to the same one. It is started as early as possible
(before the command imports Prefect, pyarrow and the stages, which then load
while the server boots), in its own session, so that a Ctrl-C from the terminal
reaches the command (which then stops it cleanly) and not the server, and with a
watchdog (flows/execution/watchdog.py) that stops it if the command is killed.

It runs the same program Prefect's own temporary server runs (uvicorn over
`prefect.server.api.server:create_app`, UI off), on a free port of 127.0.0.1.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

# Each default is one a user may override in the environment; these only fill gaps.
PREFECT_DEFAULTS = {
    "DO_NOT_TRACK": "1",  # no telemetry: there may be no network to send it to
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # Creating the database of a fresh PREFECT_HOME alone can take over 20 s on 2 cores.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    # The temporary API needs no block types: registering them costs ~0.6 s per run.
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
    # A served deployment picks up a manual trigger within this many seconds (default 15).
    "PREFECT_RUNNER_POLL_FREQUENCY": "5",
}
# What Prefect's own temporary server sets for its process: no UI, and it knows it is temporary.
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
PORT_IN_USE = 3  # uvicorn's exit code when the port was taken between our check and its bind
DRAIN_SECONDS = 10  # time given to Prefect's queued logs and events before the API stops


def prepare_environment() -> None:
    """Fill the environment's gaps before Prefect is imported (it reads its settings then)."""
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)


def configured_api() -> str | None:
    """The API the user configured (environment or active Prefect profile), if any."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH") or
                    Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect") / "profiles.toml")
    if not profiles.exists():
        return None
    import tomllib

    with suppress(OSError, tomllib.TOMLDecodeError):
        data = tomllib.loads(profiles.read_text())
        active = os.environ.get("PREFECT_PROFILE") or data.get("active", "ephemeral")
        return data.get("profiles", {}).get(active, {}).get("PREFECT_API_URL") or None
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class TemporaryAPI:
    """Prefect's API server on 127.0.0.1 for the length of one command."""

    def __init__(self) -> None:
        self.port = _free_port()
        # the server's error output goes to a file: a pipe nobody reads could fill and stall it
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the server
        self.process = self._launch()
        self.started = time.monotonic()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def _launch(self) -> subprocess.Popen:
        command = [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
                   "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "error", "--lifespan", "on"]
        process = subprocess.Popen(command, env={**os.environ, **SERVER_ENV}, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=self.errors, start_new_session=True)
        subprocess.Popen([sys.executable, "-m", "flows.execution.watchdog", str(os.getpid()), str(process.pid)],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
        return process

    def wait_ready(self, timeout: float) -> float:
        """Block until the API answers; the seconds it took to start. Raises RuntimeError if it does not."""
        deadline = self.started + timeout
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code == PORT_IN_USE:
                self.port, self.process = _free_port(), None
                self.process = self._launch()
            elif code is not None:
                raise RuntimeError(f"the temporary Prefect API exited with code {code}: {self._last_error()}")
            if self._healthy():
                return time.monotonic() - self.started
            time.sleep(0.1)
        raise RuntimeError(f"the temporary Prefect API did not start within {timeout:.0f} s "
                           "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)")

    def _last_error(self) -> str:
        self.errors.seek(0)
        lines = self.errors.read().decode(errors="replace").strip().splitlines()
        return lines[-1] if lines else "no message"

    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=1) as response:  # noqa: S310 - loopback
                return response.status == 200
        except OSError:
            return False

    def stop(self) -> None:
        """Stop the server: SIGTERM, then SIGKILL after 5 s."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def reachable(url: str, timeout: float = 3.0) -> bool:
    """Whether a Prefect API answers its health check."""
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=timeout) as response:  # noqa: S310
            return response.status == 200
    except (OSError, ValueError):
        return False


def drain(timeout: float) -> None:
    """Send the logs and events Prefect still queues (else they retry for a minute once the API is gone)."""
    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=timeout)


class _Configured:
    """The user's own API: nothing to start, wait for or stop."""

    def __init__(self, url: str) -> None:
        self.url = url

    def wait_ready(self) -> None:
        return None

    def drain(self, timeout: float = DRAIN_SECONDS) -> None:
        drain(timeout)


class _Temporary:
    """A temporary API launched now; `wait_ready` blocks until it answers."""

    def __init__(self) -> None:
        self.api = TemporaryAPI()
        self.url = self.api.url
        self.startup_seconds: float | None = None

    def wait_ready(self) -> None:
        if self.startup_seconds is None:
            timeout = float(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"])
            self.startup_seconds = self.api.wait_ready(timeout)
            os.environ["PREFECT_API_URL"] = self.url = self.api.url  # the port may have changed

    def drain(self, timeout: float = DRAIN_SECONDS) -> None:
        drain(timeout)


@contextmanager
def for_command() -> Iterator[_Configured | _Temporary]:
    """The configured Prefect API, else a temporary one launched now and stopped at the end.

    Launching returns at once: the caller loads what it needs meanwhile and calls
    `wait_ready()` just before the first flow run.
    """
    configured = configured_api()
    if configured:
        yield _Configured(configured)
        return
    handle = _Temporary()
    os.environ["PREFECT_API_URL"] = handle.url
    os.environ["PREFECT_UI_URL"] = ""  # the temporary API serves no UI: no dead "View at" links
    try:
        yield handle
    finally:
        if handle.startup_seconds is not None:
            handle.drain()
        handle.api.stop()
        os.environ.pop("PREFECT_API_URL", None)
        os.environ.pop("PREFECT_UI_URL", None)
