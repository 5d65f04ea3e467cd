"""Planning a run: which inputs need work, and how they are cut into batches.

An input is skipped when it is unchanged since it was published: same size and
mtime (no read needed), or same size and content hash when only its mtime moved.
The hash is taken the way the read step reads (flows/stages/discover.py): regular
files inside the raw folder only, opened without blocking (a pipe is never waited
on), never over the size limit (a file over it is not unchanged: the read step
rejects it, keeping only its head), in chunks (memory stays at one chunk).

An input that discovery itself rejects (a broken link, a link out of the raw folder,
a pipe) is unchanged while discovery finds it the same way: same reason, and a
detail that names the same target. Otherwise each run would reprocess it and
publish a new snapshot with nothing new in it.
"""

from __future__ import annotations

import math
import os
import stat
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa

from flows.locations import is_url
from flows.output.control import RUN_ID_FORMAT
from flows.output.rows import discovery_key
from flows.settings import Settings
from flows.stages.discover import Escaped, Source, TooLarge, discover, hash_bounded

# Files per batch (one Prefect task): large enough that per-task overhead (10-250 ms
# depending on the runner) is noise next to ~5-15 ms of work per file, small enough
# that every core gets several batches and a batch's bytes stay a few MB.
MAX_BATCH = 500
MIN_BATCH = 20
BATCHES_PER_WORKER = 4


@dataclass
class Plan:
    """Which inputs a run works on, and why the others are left alone."""

    todo: list[Source]
    unchanged: int = 0
    new: int = 0
    changed: int = 0
    missing: int = 0  # published earlier, gone from raw/ now: their rows are kept
    replaced: set[str] = field(default_factory=set)
    ignored: dict[str, int] = field(default_factory=dict)  # files in raw/ that are not inputs, by suffix


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return now.strftime(RUN_ID_FORMAT)


def plan_run(raw: Path | str, state: pa.Table, full_refresh: bool, max_bytes: int = Settings.max_bytes) -> Plan:
    """Compare what is in raw/ with what was published: only new or changed inputs need work.

    `max_bytes`: the run's size limit (the read step's); a touched file over it is not hashed.
    """
    # Keyed by doc_id: it is built from the name's exact bytes, whereas the stored
    # source_file shows undecodable bytes as escapes (two names can show alike).
    columns = ["doc_id", "source_file", "source_size", "source_mtime_ns", "content_sha256",
               "discovery_reject"]  # not the MinHashes
    known = {} if full_refresh else {row["doc_id"]: row for row in state.select(columns).to_pylist()}
    plan, seen, ignored = Plan(todo=[]), set(), Counter()
    for source in discover(raw, ignored):
        seen.add(source.doc_id)
        before = known.get(source.doc_id)
        if before is None:
            plan.new += 1
        elif _unchanged(raw, source, before, max_bytes):
            plan.unchanged += 1
            continue
        else:
            plan.changed += 1
            plan.replaced.add(before["doc_id"])
        plan.todo.append(source)
    plan.missing = len(set(known) - seen)
    plan.ignored = dict(ignored.most_common())
    if full_refresh:
        plan.replaced = set(state["doc_id"].to_pylist())
    return plan


def _unchanged(raw: Path | str, source: Source, before: dict, max_bytes: int) -> bool:
    """Found as published: the same discovery reject, the same size and mtime, or the same size and bytes."""
    if source.problem is not None:
        return before["discovery_reject"] == discovery_key(source.problem, source.detail)
    if is_url(raw):  # the listing gave size and time (no request per file); no touch check
        return source.listed == (before["source_size"], before["source_mtime_ns"])
    path = raw / source.source_file
    try:
        info = os.stat(path)  # follows a link discovery found inside raw/; a stat never blocks
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or info.st_size != before["source_size"]:
        return False
    if info.st_mtime_ns == before["source_mtime_ns"]:
        return True
    if info.st_size > max_bytes or not before["content_sha256"]:  # the read step rejects it, or nothing to match
        return False
    try:
        return hash_bounded(path, max_bytes, raw) == before["content_sha256"]
    except (OSError, TooLarge, Escaped):
        return False


def batches(sources: list[Source], workers: int) -> list[list[Source]]:
    """Cut the work into batches: a few per worker, each MIN_BATCH..MAX_BATCH files."""
    if not sources:
        return []
    size = min(MAX_BATCH, max(MIN_BATCH, math.ceil(len(sources) / (workers * BATCHES_PER_WORKER))))
    return [sources[i:i + size] for i in range(0, len(sources), size)]
