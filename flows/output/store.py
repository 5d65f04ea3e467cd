"""The output folder: the run lock, published snapshots, incremental state, atomic publication.

Layout of `processed/`:
  .snapshots/<run_id>/{articles/<year>/, rejects/, state.parquet, manifest.json, sentences/, leads/, lines/}
                                  a snapshot; never changed once CURRENT has named it
  .snapshots/CURRENT              the name of the published snapshot: the commit point
  .snapshots/<run_id>.retired     when that snapshot stopped being the published one (its mtime)
  articles -> .snapshots/<run_id>/articles, rejects -> ...   links to the published snapshot
  .staging/<run_id>/              a run's work in progress, never read by users
  manifests/<run_id>.json         one report per run, kept as history
  models/                         fitted word models
  .lock                           held by the one run writing here

Why snapshots rather than a table format: readers (DuckDB, polars, pandas, Spark, the
scorer) read plain Parquet folders and need no transaction log to know which files count.
A run builds its snapshot aside (unchanged year folders are hard links, so that costs
no copy), writes CURRENT with an atomic rename (the commit point), then swaps each link
and records the manifest.

What readers get (flows/output/reading.py, README "Publication"): a reader that resolves
CURRENT once and reads that snapshot's folder sees one complete snapshot for its whole
query, however many runs publish meanwhile, as long as the query ends within
`grace_seconds` of the snapshot being replaced: replaced snapshots are kept that long
(and the last one replaced, always). The `articles` and `rejects` links are resolved
anew at every file a reader opens, so a query over them that overlaps a publication
can fail or mix two snapshots: they are for a look when nothing is publishing.

After any run, failed or not, CURRENT, the links and `manifests/<CURRENT>.json` agree:
a failure after the commit (a link or the manifest cannot be written) rolls publication
back to the snapshot before; a run killed after the commit is completed by the next
run's `recover`; a publish retried for the same run finishes what is left and never
builds its snapshot again on top of itself. The control files and folders are touched
without following links (flows/output/control.py).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.output import build, control
from flows.output.control import StoreUnsafe
from flows.output.partitions import partition_files
from flows.output.partitions import read as _read  # tests/corpus/test_repeated.py reads old files with it
from flows.output.schema import STATE_SCHEMA
from flows.stages.signature import SIGNATURE_FORMAT

__all__ = ["DATASETS", "GRACE_SECONDS", "INDEXES", "Store", "StoreBusy", "StoreUnsafe", "_read"]

DATASETS = ("articles", "rejects")
INDEXES = build.INDEXES
# How long a replaced snapshot stays for the readers that resolved it before it was replaced: their
# query must end within this time. pandas reads every article of the dev corpus (3,845 articles, 4.9 MB
# of Parquet) in 0.07 s and DuckDB scans it in 0.04 s, so about 1.5 s at 20x the dev corpus
# (benchmarks/throughput.py): a quarter of an hour leaves a wide margin for slow readers and long
# series of queries on one snapshot. Runs published back to back keep a quarter of an hour of replaced
# snapshots, each costing what it does not share by hard link with the next: the year folders a run
# rewrote, state (2.1 MB for the dev corpus) and indexes.
GRACE_SECONDS = 15 * 60


class StoreBusy(RuntimeError):
    """Another run holds the output folder."""


# Output folders whose lock this process holds for all its code (Store.locked, shared=True).
_SHARED: set[str] = set()


class Store:
    """One output folder and the operations a run performs on it."""

    def __init__(self, out: Path, grace_seconds: float = GRACE_SECONDS) -> None:
        self.out = Path(out)
        self.snapshots = self.out / ".snapshots"
        self.staging_root = self.out / ".staging"
        self.manifests = self.out / "manifests"
        self.models = self.out / "models"
        self.grace_seconds = grace_seconds

    # -- locking and recovery -------------------------------------------------
    @contextmanager
    def locked(self, wait: bool = False, poll_seconds: float = 1.0, on_wait: Callable[[str], None] | None = None,
               shared: bool = False) -> Iterator[None]:
        """Hold the folder's lock for a run; a second run waits or fails with a clear message.

        `shared`: the lock is taken for this whole process, and later `locked()` calls
        in it enter too: the command takes the lock before Prefect starts (so that a
        busy folder is said at once), and the flow it runs in the same process enters it.
        """
        key = str(self.out.resolve())
        if key in _SHARED:
            yield
            return
        self.out.mkdir(parents=True, exist_ok=True)
        with control.open_lock(self.out / ".lock") as handle:
            self._acquire(handle, wait, poll_seconds, on_wait)
            if shared:
                _SHARED.add(key)
            try:
                yield
            finally:
                _SHARED.discard(key)
                handle.seek(0)
                handle.truncate()
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _acquire(self, handle, wait: bool, poll_seconds: float, on_wait: Callable[[str], None] | None) -> None:
        said = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                if not wait:
                    raise StoreBusy(f"{self.out} is being written by {holder}; "
                                    "wait for it to finish (or pass --wait)") from None
                if on_wait is not None and not said:
                    on_wait(holder)
                    said = True
                time.sleep(poll_seconds)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        handle.flush()

    def current(self) -> Path | None:
        """The published snapshot: the run-shaped folder directly under .snapshots that CURRENT names."""
        control.folder(self.snapshots)
        name = control.read_run_id(self.snapshots / "CURRENT")
        if name is None:
            return None
        snapshot = self.snapshots / name
        if not control.is_folder(snapshot):
            raise StoreUnsafe(f"{self.snapshots / 'CURRENT'} names {name}, which is not a snapshot folder "
                              f"in {self.snapshots}")
        return snapshot

    def check(self) -> None:
        """Refuse an output folder whose own folders are links or files, or whose datasets are folders."""
        for path in (self.snapshots, self.staging_root, self.manifests, self.models):
            control.folder(path)
        for name in DATASETS:
            path = self.out / name
            if path.exists() and not path.is_symlink():
                raise StoreUnsafe(f"{path} is a folder news-corpus did not write; move it away first")

    def recover(self) -> None:
        """Make the folder consistent after any crash: links and manifest match CURRENT, leftovers go."""
        self.check()
        if control.is_folder(self.snapshots):
            control.remove(self.snapshots / "CURRENT.tmp")
        current = self.current()
        if current is not None:
            self._finish(current)
        self._discard_staging(None)
        self._prune_snapshots()

    def abandon(self, run_id: str | None = None) -> list[str]:
        """Discard what a failed run left, so that a full disk is not kept full until the next run.

        Its staging folder, its unfinished snapshot, and its finished one unless it was
        ever published; CURRENT, the links and the manifest are made to agree again.
        Without `run_id`, every run's leftovers (one run writes here at a time, under the
        lock, so whatever is left was left by a failed one). It never raises: it runs
        while a failure is being reported, which another error must not replace; what it
        could not do is returned, one line each.
        """
        problems: list[str] = []
        for what, action in (("staging", lambda: self._discard_staging(run_id)),
                             ("snapshots", self._prune_snapshots),
                             ("links and manifest", self._agree)):
            try:
                action()
            except Exception as error:  # noqa: BLE001 - said by the caller, after the run's own error
                problems.append(f"{what}: {type(error).__name__}: {error}")
        return problems

    def _agree(self) -> None:
        current = self.current()
        if current is None:
            self._point_links(None)
        else:
            self._finish(current)

    # -- reading what is published --------------------------------------------
    def signatures_stale(self) -> bool:
        """Whether the published state's MinHash values are of another format than this version makes."""
        current = self.current()
        if current is None or not (current / "state.parquet").exists():
            return False
        return build.signature_format(current / "state.parquet") != SIGNATURE_FORMAT

    def state(self) -> pa.Table:
        current = self.current()
        if current is None or not (current / "state.parquet").exists():
            return STATE_SCHEMA.empty_table()
        return _read(current / "state.parquet", STATE_SCHEMA)

    def article_texts(self) -> Iterator[pa.Table]:
        """(doc_id, language, body before word repair) of every published article, file by file."""
        current = self.current()
        files = partition_files(current / "articles") if current else {}
        for path in sorted(p for paths in files.values() for p in paths):
            table = pq.read_table(path, columns=["doc_id", "language", "body", "body_before_words"])
            body = pc.coalesce(table["body_before_words"], table["body"])
            yield pa.table({"doc_id": table["doc_id"], "language": table["language"], "body": body})

    def staging(self, run_id: str) -> Path:
        """The run's own work folder, made as a real folder (never through a link)."""
        self.out.mkdir(parents=True, exist_ok=True)
        control.folder(self.staging_root, create=True)
        return control.folder(self.staging_root / run_id, create=True)

    def discard_staging(self, run_id: str) -> None:
        """A run's work in progress, once published (its files are linked into the snapshot)."""
        self._discard_staging(run_id)

    def _discard_staging(self, run_id: str | None) -> None:
        control.folder(self.staging_root)
        if run_id is None:
            _remove_tree(self.staging_root)
        else:
            _remove_tree(self.staging_root / run_id)

    # -- publication -----------------------------------------------------------
    def publish(self, run_id: str, new_articles: list[Path], new_rejects: list[Path], new_state: list[Path],
                replaced: set[str], manifest: dict, indexes: dict[str, Path] | None = None,
                resigned: list[Path] | None = None) -> Path:
        """Build the next snapshot from the current one plus this run's files, then switch to it.

        `replaced` holds the doc_ids whose earlier rows this run supersedes
        (changed inputs, or everything on a full refresh). `indexes`: this run's
        files of the corpus indexes it made (INDEXES), by name. `resigned`: the
        published articles' signatures made again in this version's format. A retry of the same
        run (Prefect retries the task) builds nothing twice: the snapshot an earlier
        attempt finished is committed as it is, and one already committed only gets
        what is left of its links and manifest.
        """
        self.check()
        current = self.current()
        snapshot = self.snapshots / run_id
        if current == snapshot:
            self._finish(snapshot)
        else:
            if not control.is_folder(snapshot):
                new = {"articles": new_articles, "rejects": new_rejects, "state": new_state, "resigned": resigned or []}
                self._build(run_id, current, new, replaced, manifest, indexes or {})
            self._switch(current, snapshot)
        self._prune_snapshots()
        return snapshot

    def adopt(self, snapshot: Path) -> None:
        """Publish a complete snapshot that arrived from elsewhere (pulled from an object store)."""
        current = self.current()
        if current != snapshot:
            self._switch(current, snapshot)
        self._prune_snapshots()

    def record(self, run_id: str, manifest: dict) -> None:
        """Keep the run's manifest in the history (also for runs that had nothing to do)."""
        control.folder(self.manifests, create=True)
        control.write_atomic(self.manifests / f"{run_id}.json", json.dumps(manifest, indent=1, default=str).encode())

    def _build(self, run_id: str, current: Path | None, new: dict[str, list[Path]], replaced: set[str],
               manifest: dict, indexes: dict[str, Path]) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        control.folder(self.snapshots, create=True)
        building = self.snapshots / f"{run_id}.partial"
        _remove_tree(building)
        building.mkdir()
        build.build(current, building, run_id, new, replaced, self._replaced_years(replaced), indexes, manifest)
        if os.path.islink(self.snapshots / run_id):  # planted: renaming a folder over it would fail
            control.remove(self.snapshots / run_id)
        os.replace(building, self.snapshots / run_id)

    def _replaced_years(self, replaced: set[str]) -> set[int | None]:
        if not replaced:
            return set()
        state = self.state()
        mask = pc.is_in(state["doc_id"], pa.array(sorted(replaced), pa.string()))
        return set(state.filter(mask)["year"].to_pylist())

    def _switch(self, previous: Path | None, snapshot: Path) -> None:
        """Commit `snapshot`, then its links and manifest; on any failure after the commit, roll back."""
        self._commit(snapshot)
        try:
            self._finish(snapshot)
        except BaseException as error:
            self._roll_back(previous, snapshot, error)
            raise
        if previous is not None:
            self._retire(previous)

    def _commit(self, snapshot: Path | None) -> None:
        """Name `snapshot` in CURRENT with one atomic rename (None: nothing published)."""
        marker = self.snapshots / "CURRENT"
        if snapshot is None:
            control.remove(marker)
        else:
            control.write_atomic(marker, (snapshot.name + "\n").encode(), self.snapshots / "CURRENT.tmp")

    def _finish(self, snapshot: Path) -> None:
        """What follows the commit, each part skipped when already done: the links, then the manifest."""
        self._point_links(snapshot)
        source, target = snapshot / "manifest.json", self.manifests / f"{snapshot.name}.json"
        if control.is_file(source) and not control.is_file(target):
            control.folder(self.manifests, create=True)
            control.write_atomic(target, source.read_bytes())

    def _roll_back(self, previous: Path | None, snapshot: Path, error: BaseException) -> None:
        """Publish `previous` again after `snapshot` could not be finished: CURRENT, links, manifest.

        `snapshot` was CURRENT for a moment, so a reader may have resolved it: it is
        retired like any replaced snapshot, and kept as long. What cannot be undone is
        said on the error; the next run's `recover` completes whatever CURRENT names.
        """
        failed = []
        manifest = self.manifests / f"{snapshot.name}.json"
        for what, action in (("manifest", lambda: control.is_file(manifest) and control.remove(manifest)),
                             ("CURRENT", lambda: self._commit(previous)),
                             ("links", lambda: self._point_links(previous)),
                             ("retired marker", lambda: self._retire(snapshot))):
            try:
                action()
            except Exception as undo:  # noqa: BLE001 - the original error is the one raised
                failed.append(f"{what} ({undo})")
        if failed:
            error.add_note(f"news-corpus: rolling back to {previous} failed for {', '.join(failed)}; "
                           "the next run completes the publication CURRENT names")
        else:
            error.add_note(f"news-corpus: publication of {snapshot.name} rolled back; the published corpus "
                           "is as it was")

    def _point_links(self, snapshot: Path | None) -> None:
        for name in DATASETS:
            link = self.out / name
            if snapshot is None:
                if link.is_symlink():
                    control.remove(link)
                continue
            target = os.path.relpath(snapshot / name, self.out)
            if link.is_symlink() and os.readlink(link) == target:
                continue
            temporary = self.out / f".{name}.link"
            control.remove(temporary)
            temporary.symlink_to(target, target_is_directory=True)
            os.replace(temporary, link)  # atomic: readers see the old or the new, never none

    def _retire(self, snapshot: Path) -> None:
        """Mark when `snapshot` stopped being the published one: the grace period runs from then."""
        control.touch(self.snapshots / f"{snapshot.name}.retired")

    def _prune_snapshots(self) -> None:
        """Drop what no reader can be reading any more, and whatever failed runs left in .snapshots.

        Kept (`_kept`): the published snapshot, the last one it replaced, and every one
        replaced less than `grace_seconds` ago, so that a query that resolved it can
        finish. Dropped: older ones, unfinished ones (`.partial`), finished ones never
        published (a run that failed before its commit), links (never ours; the link
        goes, not what it names) and the markers of snapshots gone.
        """
        if not control.is_folder(self.snapshots):
            return
        keep = self._kept(self.current())
        for entry in list(os.scandir(self.snapshots)):
            run = entry.name.removesuffix(".partial").removesuffix(".retired")
            if not control.is_run_id(run) or (run in keep and not entry.name.endswith(".partial")):
                continue
            _remove_tree(Path(entry.path))

    def _kept(self, current: Path | None) -> set[str]:
        retired, finished = {}, []
        for entry in os.scandir(self.snapshots):
            if entry.name.endswith(".retired") and entry.is_file(follow_symlinks=False):
                retired[entry.name.removesuffix(".retired")] = entry.stat(follow_symlinks=False).st_mtime
            elif control.is_run_id(entry.name) and entry.is_dir(follow_symlinks=False):
                finished.append(entry.name)
        keep = {current.name} if current else set()
        if current is not None:  # the one before, by name: snapshots written before retirement markers
            keep |= {max((n for n in finished if n < current.name), default=current.name)}
        if retired:
            keep.add(max(retired, key=lambda run: (retired[run], run)))
        now = time.time()
        return keep | {run for run, at in retired.items() if now - at < self.grace_seconds}


def _remove_tree(path: Path) -> None:
    """Remove a folder of ours, or a file or link (the link, never what it names); errors are left
    for the next prune to retry."""
    if os.path.islink(path) or os.path.isfile(path):
        control.remove(path)
    elif os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)
