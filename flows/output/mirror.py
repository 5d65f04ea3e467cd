"""Publish the corpus to an object store: `--out s3://bucket/corpus` (any fsspec URL).

Object stores have no atomic rename, no symbolic link and no lock, so the output
folder's own protocol (flows/output/store.py) cannot run there. A run works in a local
working copy of the output folder instead, and publication ends with a push:

  URL/snapshots/<run_id>/{articles/, rejects/, state.parquet, manifest.json}
        written file by file; immutable once CURRENT names it
  URL/CURRENT                    one small object naming the published snapshot,
                                 written last: the commit point (a single PUT is atomic)
  URL/manifests/<run_id>.json    one report per run, as in the folder
  URL/models/                    the fitted word models, reused by runs on other machines

Readers read CURRENT, then that snapshot (DuckDB does both in one query: see the
README). A push killed before CURRENT leaves the published corpus as it was; the
next run pushes again. The previous snapshot stays until the next push, for readers
that listed its files just before the switch.

A fresh machine (an empty working copy) pulls the published snapshot and the models
first, so its runs stay incremental; a working copy older than the store is
replaced the same way. Unchanged partitions keep their file names from one snapshot
to the next, so they are copied inside the store, never uploaded again.

One writer per URL: the lock is the working copy's, so two machines must not write
the same URL at the same time.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from flows.locations import filesystem, is_url
from flows.output.control import StoreUnsafe, folder, is_run_id
from flows.output.store import Store


def is_remote(out: str | Path) -> bool:
    """Whether the output is an fsspec URL (s3://, gs://, file://, memory://...) rather than a folder."""
    return is_url(str(out))


def working_copy(url: str, cache: str | Path | None = None) -> Path:
    """The local folder a run on `url` works in: `cache`, else one per URL under the user's cache."""
    if cache:
        return Path(cache).resolve()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "news-corpus" / hashlib.sha256(url.rstrip("/").encode()).hexdigest()[:16]


def published(url: str) -> str | None:
    """The run id of the snapshot published at `url`, or None."""
    fs, root = filesystem(url)
    try:
        name = fs.cat_file(f"{root}/CURRENT").decode("ascii", "replace").strip()
    except FileNotFoundError:
        return None
    if name and not is_run_id(name):  # never a path: it names folders here and in the working copy
        raise StoreUnsafe(f"{url}/CURRENT does not name a snapshot (a run id): {name[:40]!r}")
    return name or None


def pull(store: Store, url: str) -> str | None:
    """Bring the working copy up to the published snapshot (and models) when it is behind; the run id pulled."""
    remote = published(url)
    current = store.current()
    if remote is None or (current is not None and current.name >= remote):
        return None
    fs, root = filesystem(url)
    folder(store.snapshots, create=True)
    partial = store.snapshots / f"{remote}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    fs.get(f"{root}/snapshots/{remote}/", str(partial), recursive=True)
    snapshot = store.snapshots / remote
    os.replace(partial, snapshot)
    if fs.exists(f"{root}/models"):
        shutil.rmtree(store.models, ignore_errors=True)
        store.models.mkdir(parents=True)
        fs.get(f"{root}/models/", str(store.models), recursive=True)
    store.adopt(snapshot)
    return remote


def push(store: Store, url: str) -> str | None:
    """Publish the working copy's snapshot at `url` unless it is there already; the run id pushed."""
    current = store.current()
    if current is None:
        return None
    fs, root = filesystem(url)
    # models and run reports first, and always: a refit or a run with nothing to publish has them too
    _upload_changed(fs, store.models, f"{root}/models")
    _upload_changed(fs, store.manifests, f"{root}/manifests")
    remote = published(url)
    if remote == current.name:
        return None
    if remote is not None and remote > current.name:
        raise RuntimeError(f"{url} holds snapshot {remote}, newer than this working copy's {current.name}: "
                           "another machine published it; run again to pull it first")
    target = f"{root}/snapshots/{current.name}"
    there = set(fs.find(f"{root}/snapshots/{remote}")) if remote else set()
    for path in sorted(p for p in current.rglob("*") if p.is_file()):
        relative = path.relative_to(current).as_posix()
        earlier = f"{root}/snapshots/{remote}/{relative}"
        unchanged = path.name.startswith("part-") and current.name not in path.name  # hard-linked from before
        if unchanged and earlier in there:
            _parent(fs, f"{target}/{relative}")
            fs.copy(earlier, f"{target}/{relative}")  # an unchanged partition: copied store-side
        else:
            _put(fs, path, f"{target}/{relative}")
    fs.pipe_file(f"{root}/CURRENT", (current.name + "\n").encode())  # the commit point
    _prune(fs, root, {current.name, remote})
    return current.name


def checkout(url: str, cache: str | Path | None = None) -> Path:
    """The working copy of `url`, brought up to what is published there (for `fit` and `stats`)."""
    store = Store(working_copy(url, cache))
    with store.locked(wait=True):
        store.recover()
        pull(store, url)
    return store.out


def checkin(url: str, cache: str | Path | None = None) -> str | None:
    """Push what the working copy of `url` holds that the store lacks (refitted models, say)."""
    store = Store(working_copy(url, cache))
    with store.locked(wait=True):
        return push(store, url)


def _upload_changed(fs, folder: Path, target: str) -> None:
    """Upload the files of `folder` that the store lacks or holds with another size."""
    if not folder.exists():
        return
    sizes = {p: info.get("size") for p, info in fs.find(target, detail=True).items()} if fs.exists(target) else {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        remote = f"{target}/{path.relative_to(folder).as_posix()}"
        if sizes.get(remote) != path.stat().st_size:
            _put(fs, path, remote)


def _parent(fs, path: str) -> None:
    """Object stores need no folders; a local or mounted filesystem behind a file:// URL does."""
    fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)


def _put(fs, local: Path, remote: str) -> None:
    _parent(fs, remote)
    fs.put_file(str(local), remote)


def _prune(fs, root: str, keep: set[str | None]) -> None:
    """Drop every snapshot but `keep` (the new one and the one it replaced): older ones, and
    any a killed push left unfinished."""
    for path in fs.ls(f"{root}/snapshots", detail=False):
        if path.rstrip("/").rsplit("/", 1)[-1] not in keep:
            fs.rm(path, recursive=True)
