"""Facts about processes that every execution helper needs, with no imports of its own."""

from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """Whether a process exists (signal 0 only asks)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user (a reused pid)
        return True
    return True
