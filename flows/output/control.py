"""The output folder's control files and folders, touched without ever following a link.

The control files (`.lock`, `.snapshots/CURRENT`, `.snapshots/CURRENT.tmp`, the run
manifests, the markers of retired snapshots) and folders (`.snapshots`, `.staging`,
`manifests`, `models`) are what a run writes outside the snapshot it builds. Whoever
can write in the output folder could plant a link there; a run that followed it would
write, rename or delete outside the folder with the run's rights. So files are opened
with O_NOFOLLOW (a link fails the open), a temporary file is created with O_EXCL after
whatever was at its name is unlinked (unlinking a link removes the link, never its
target), and folders are checked with lstat and refused when they are links or not
folders: the run stops with a one-line `StoreUnsafe` and touches nothing outside.

`CURRENT` is trusted only when it names a run-shaped folder (`RUN_ID`) directly under
`.snapshots`: a planted `../../etc` never becomes a path the store reads or deletes.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path

# The run id: the run's start in UTC to the microsecond (flows/planning.py new_run_id), so that
# run ids sort by time and two runs never share one; snapshots, staging folders and manifests are named by it.
RUN_ID_FORMAT = "%Y%m%dT%H%M%S%fZ"
RUN_ID = re.compile(r"\d{8}T\d{12}Z")
# CURRENT holds a run id and a newline; anything longer is not ours, and is not read further.
MARKER_BYTES = 64
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


class StoreUnsafe(RuntimeError):
    """A control file or folder of the output folder is not what news-corpus wrote (a link, say)."""


def is_run_id(name: str) -> bool:
    return RUN_ID.fullmatch(name) is not None


def open_lock(path: Path):
    """The lock file, opened without following a link: a link planted there must not lead our
    writes to a file outside the folder."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o644)
    except OSError as error:
        raise StoreUnsafe(f"{path} cannot be opened safely (is it a link?): {error.strerror}") from None
    return os.fdopen(fd, "r+")


def folder(path: Path, create: bool = False) -> Path:
    """`path` as a real folder (made when `create`); a link or a file there is refused.

    A missing folder is fine when not asked to create it: nothing is written there yet.
    """
    if create:
        with contextlib.suppress(FileExistsError):
            os.mkdir(path, 0o755)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    if stat.S_ISLNK(info.st_mode):
        raise StoreUnsafe(f"{path} is a link; news-corpus never follows links for its own folders "
                          "(remove the link, or put a folder there)")
    if not stat.S_ISDIR(info.st_mode):
        raise StoreUnsafe(f"{path} is not a folder; move it away first")
    return path


def is_folder(path: Path) -> bool:
    """A real folder, not a link to one."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def is_file(path: Path) -> bool:
    """A regular file, not a link to one."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def read_run_id(marker: Path) -> str | None:
    """The run id a marker file (CURRENT) names, or None when there is no marker.

    Opened without following a link and without blocking (a pipe planted there is refused,
    not waited on); anything but a run id in a regular file is refused.
    """
    try:
        fd = os.open(marker, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StoreUnsafe(f"{marker} cannot be opened safely (is it a link?): {error.strerror}") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise StoreUnsafe(f"{marker} is not a regular file")
        text = handle.read(MARKER_BYTES).decode("ascii", "replace").strip()
    if not is_run_id(text):
        raise StoreUnsafe(f"{marker} does not name a snapshot (a run id such as 20240101T000000000000Z): "
                          f"{text[:40]!r}")
    return text


def write_atomic(target: Path, data: bytes, temporary: Path | None = None) -> None:
    """Replace `target` with `data` in one rename, never writing through a link.

    The temporary file (`target` + ".partial" unless named) is unlinked first and then
    created exclusively without following links, so that neither a planted link nor a
    leftover redirects the write; it is flushed to disk before the rename, so that a
    crash leaves the old content or the new, never an empty file. The rename replaces
    a link at `target` itself, never its target.
    """
    temporary = temporary or target.with_name(target.name + ".partial")
    remove(temporary)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        remove(temporary)
        raise
    sync_folder(target.parent)


def sync_folder(path: Path) -> None:
    """Make a rename in `path` durable; a filesystem that cannot sync folders is left as it is."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NOFOLLOW)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def touch(path: Path) -> None:
    """Create an empty marker file, or move its mtime to now; never through a link."""
    if os.path.islink(path):
        remove(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | _NOFOLLOW, 0o644)
    try:
        os.utime(fd)
    finally:
        os.close(fd)


def remove(path: Path) -> None:
    """Unlink a file or a link (the link, not its target); nothing there is fine."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
