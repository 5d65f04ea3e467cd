"""Stops a server once the process that started it is gone: `python -m flows.execution.watchdog OWNER SERVER`.

A normal exit stops the temporary Prefect API itself; SIGKILL or the out-of-memory
killer would leave it running for good. This tiny process, in its own session (so
that a signal sent to the terminal's group does not stop it first), notices and
stops the server: SIGTERM, then SIGKILL after a grace period. It imports nothing
of the pipeline and nothing of Prefect, so it starts in milliseconds.
"""

from __future__ import annotations

import os
import signal
import sys
import time

from flows.execution.processes import alive

POLL_SECONDS = 1.0
GRACE_SECONDS = 5.0


def watch(owner: int, server: int) -> None:
    while alive(owner) and alive(server):
        time.sleep(POLL_SECONDS)
    for sig, grace in ((signal.SIGTERM, GRACE_SECONDS), (signal.SIGKILL, 0.0)):
        if not alive(server):
            return
        os.kill(server, sig)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and alive(server):
            time.sleep(0.1)


if __name__ == "__main__":
    watch(int(sys.argv[1]), int(sys.argv[2]))
