"""Progress of a run's long phases, for whoever watches.

The flow reports each step of a long phase here as well as in Prefect's log (which
every run has, served and deployed ones included); `news-corpus run` in a terminal
listens and draws a live display (flows/commands.py, with rich). Nothing listens by
default, so reporting costs nothing elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

# (phase, done, total or None when unknown, unit)
Listener = Callable[[str, int, int | None, str], None]
_LISTENERS: list[Listener] = []


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    _LISTENERS.append(listener)
    try:
        yield
    finally:
        _LISTENERS.remove(listener)


def report(phase: str, done: int, total: int | None = None, unit: str = "") -> None:
    for listener in list(_LISTENERS):
        listener(phase, done, total, unit)
