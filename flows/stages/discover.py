"""Discovery and reading: find the inputs, and read each one's bytes.

`discover` walks the raw folder for `.txt` files (any case), also compressed
(`.txt.gz`, `.txt.bz2`, `.txt.xz`: crawls are often kept so), in sorted order so
runs are reproducible. Every other file is counted by its suffix, so that a run
can say what it left alone (`--raw` pointed at HTML, or at `.json` exports) rather
than report nothing. Links are followed only while they stay inside the raw
folder, and a folder is entered once: a link out of the tree or a loop becomes a
reject (never silence), not a path the pipeline wanders off on.

`ReadStep` reads the bytes with a size limit checked before the file is read
whole, decompresses a compressed input under the same limit (a small archive can
hold gigabytes), and turns every way reading can fail into a reject with its reason.

The raw folder may also be a URL of any fsspec filesystem (`s3://bucket/raw`,
`gs://...`, `file:///...`; S3 needs `s3fs` installed): the same walk, reading and
rejects, through fsspec. Object stores have no links, so there is nothing to follow.
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import lzma
import os
import stat
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from flows.document import Document, Fix, Rejected
from flows.locations import filesystem, is_url, mtime_ns
from flows.settings import Settings
from flows.step import Step

# What a too-large reject keeps of its bytes: enough to see what the file is.
REJECT_HEAD_BYTES = 64 * 1024


@dataclass(frozen=True)
class Source:
    """One input found by discovery; `problem` is set when it must be rejected as found."""

    source_file: str  # relative to the raw folder, POSIX separators
    problem: str | None = None
    detail: str = ""
    # what a filesystem listing already told (fsspec URLs): spares a request per file when planning
    listed: tuple[int, int] | None = field(default=None, compare=False)  # (size, mtime_ns)

    @property
    def doc_id(self) -> str:
        return doc_id_for(self.source_file)


def doc_id_for(source_file: str) -> str:
    """Stable, unique id of an input: a hash of its path relative to the raw folder.

    Stable across runs (a changed file keeps its id, so its row is replaced) and
    independent of where the raw folder is mounted.
    """
    return hashlib.sha256(source_file.encode("utf-8", "surrogateescape")).hexdigest()[:20]


def relative_name(path: Path, root: Path) -> str:
    """The POSIX relative name; undecodable bytes in names survive as escapes."""
    return path.relative_to(root).as_posix()


# Compressed inputs by suffix, each read by the standard library's own module.
COMPRESSED = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
# What discovery takes for an input, as the run's messages name it.
INPUT_NAMES = ".txt (or " + ", ".join(".txt" + suffix for suffix in COMPRESSED) + ")"
# The first bytes of each format: a crawler that saved a gzip-encoded response as it came names it
# ".txt" all the same. bzip2's header is "BZh", the block size and a block's own magic.
MAGIC = {".gz": b"\x1f\x8b", ".bz2": b"BZh", ".xz": b"\xfd7zXZ\x00"}
BZIP2_BLOCK = b"1AY&SY"
# Errors by which a compressed stream says it is corrupt or cut short.
CORRUPT = (OSError, EOFError, zlib.error, lzma.LZMAError)


def compression_of(name: str) -> str | None:
    """The compression suffix of an input's name (".gz", ".bz2", ".xz"), or None for plain text."""
    lower = name.lower()
    return next((suffix for suffix in COMPRESSED if lower.endswith(".txt" + suffix)), None)


def compression_by_bytes(data: bytes) -> str | None:
    """The compression a file's first bytes show, whatever its name says."""
    for suffix, magic in MAGIC.items():
        if data.startswith(magic) and (suffix != ".bz2" or data[4:10] == BZIP2_BLOCK):
            return suffix
    return None


def is_text_name(name: str) -> bool:
    return name.lower().endswith(".txt") or compression_of(name) is not None


def kind_of(name: str) -> str:
    """How an ignored file is counted: its suffix (".html"), "hidden" (".DS_Store") or "no suffix"."""
    if name.startswith("."):
        return "hidden"
    return Path(name).suffix.lower() or "no suffix"


def discover(raw: Path | str, ignored: Counter | None = None) -> Iterator[Source]:
    """Yield every input under `raw`: real paths first (sorted), then what links add.

    Links are followed after the whole real tree is known, so a file reachable
    both directly and through a link is read under its real path, once. Files
    that are not inputs are counted into `ignored` by `kind_of` (when given).
    """
    ignored = Counter() if ignored is None else ignored
    if is_url(raw):
        yield from _discover_url(raw, ignored)
        return
    root = Path(os.path.abspath(raw))
    real_root = os.path.realpath(root)
    visited, links = {real_root}, []
    yield from _walk(root, root, visited, links, ignored)
    while links:
        yield from _follow_link(links.pop(0), root, real_root, visited, links, ignored)


def _inside(real_path: str, real_root: str) -> bool:
    return real_path == real_root or real_path.startswith(real_root + os.sep)


def _walk(folder: Path, root: Path, visited: set[str], links: list[Path], ignored: Counter) -> Iterator[Source]:
    """Yield the regular files under `folder` without following links; collect the links."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        yield Source(relative_name(folder, root) or ".", "unreadable", f"cannot list folder: {error}")
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_symlink():
            links.append(path)
        elif entry.is_dir(follow_symlinks=False):
            visited.add(os.path.realpath(path))
            yield from _walk(path, root, visited, links, ignored)
        elif is_text_name(entry.name):
            name = relative_name(path, root)
            if entry.is_file(follow_symlinks=False):
                yield Source(name)
            else:
                yield Source(name, "unreadable", "not a regular file (a pipe, socket or device)")
        else:
            ignored[kind_of(entry.name)] += 1


def _follow_link(path: Path, root: Path, real_root: str, visited: set[str], links: list[Path],
                 ignored: Counter) -> Iterator[Source]:
    name = relative_name(path, root)
    target = os.path.realpath(path)
    if not is_text_name(name) and not os.path.isdir(target):
        ignored[kind_of(path.name)] += 1
        return
    if not os.path.exists(target):
        yield Source(name, "link_broken", f"link target {os.readlink(path)!r} does not exist")
        return
    # Each detail names where the link leads: a run that finds the same reject with the same
    # detail counts the input unchanged (flows/planning.py), one whose link now leads elsewhere, changed.
    if not _inside(target, real_root):
        yield Source(name, "link_outside", f"link to {os.readlink(path)!r} points outside the raw folder; "
                                           "not followed")
        return
    if os.path.isdir(target):
        if target in visited:
            yield Source(name, "link_loop", f"link to {os.readlink(path)!r} leads to a folder already read; "
                                            "not followed again")
            return
        visited.add(target)
        yield from _walk(path, root, visited, links, ignored)
    elif os.path.isfile(target):
        yield Source(name)
    else:  # found now, not when reading: it is then remembered as found (flows/planning.py)
        yield Source(name, "unreadable", f"link to {os.readlink(path)!r} leads to a pipe, socket or device, "
                                         "not a regular file")


def _discover_url(raw: str, ignored: Counter) -> Iterator[Source]:
    fs, root = filesystem(raw)
    for path, info in sorted(fs.find(root, detail=True).items()):
        name = path[len(root):].lstrip("/")
        if is_text_name(name):
            yield Source(name, listed=(int(info["size"]), mtime_ns(fs, info)))
        else:
            ignored[kind_of(name.rsplit("/", 1)[-1])] += 1


def read_url_bounded(fs, path: str, max_bytes: int) -> tuple[bytes, int, int]:
    """`read_bounded` on an fsspec filesystem: the size is asked first, the read is cut at the limit."""
    info = fs.info(path)
    if info.get("type") == "directory":
        raise IsADirectoryError(f"{path} is not a regular file")
    size, mtime = int(info["size"]), mtime_ns(fs, info)
    if size > max_bytes:
        raise TooLarge(size, max_bytes, fs.cat_file(path, start=0, end=REJECT_HEAD_BYTES), mtime)
    data = fs.cat_file(path, start=0, end=max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(len(data), max_bytes, data[:REJECT_HEAD_BYTES], mtime)
    return data, len(data), mtime


class ReadStep(Step):
    """Read an input's bytes, bounded in size; every failure is a reject."""

    name = "read"

    def __init__(self, raw: Path | str, max_bytes: int = Settings.max_bytes) -> None:
        super().__init__()
        self.root = raw if is_url(raw) else Path(raw)
        self.max_bytes = max_bytes
        self.remote = filesystem(raw) if is_url(raw) else None  # (fs, root), resolved once per batch

    def _read(self, source_file: str) -> tuple[bytes, int, int, int]:
        """(bytes, size, mtime_ns, number of hard links: 1 on an object store, which has none)."""
        if self.remote is not None:
            fs, root = self.remote
            return (*read_url_bounded(fs, f"{root}/{source_file}", self.max_bytes), 1)
        data, info = _read_regular(self.root / source_file, self.max_bytes, self.root)
        return data, len(data), info.st_mtime_ns, info.st_nlink

    def apply(self, doc: Document) -> None:
        try:
            doc.data, doc.source_size, doc.source_mtime_ns, links = self._read(doc.source_file)
        except Escaped as error:
            raise Rejected(error.reason, str(error)) from error
        except FileNotFoundError as error:
            raise Rejected("vanished", f"file disappeared before it was read: {error}") from error
        except PermissionError as error:
            raise Rejected("unreadable", f"permission denied: {error}") from error
        except IsADirectoryError as error:
            raise Rejected("unreadable", f"not a regular file: {error}") from error
        except TooLarge as error:
            doc.data, doc.source_size, doc.source_mtime_ns = error.head, error.size, error.mtime_ns
            raise Rejected("too_large", str(error)) from error
        except OSError as error:
            raise Rejected("unreadable", f"{type(error).__name__}: {error}") from error
        doc.content_sha256 = hashlib.sha256(doc.data).hexdigest()  # of the file as stored: the planner's check
        self.count("bytes", doc.source_size)
        if links > 1:  # another name shares these bytes, maybe outside raw/: said in the manifest, read as any file
            self.count("hard_linked")
        self._decompress(doc)

    def _decompress(self, doc: Document) -> None:
        """A compressed input's text: by its name (an archive that will not open is a reject), or by its
        first bytes (one that will not open is left as it is: decoding rejects it as binary)."""
        named = compression_of(doc.source_file)
        suffix = named or compression_by_bytes(doc.data)
        if suffix is None:
            return
        try:
            doc.data = decompressed(doc.data, suffix, self.max_bytes)
        except Rejected as error:
            if named or error.reason == "too_large":
                raise
            return
        doc.fixes.append(Fix("decompressed", f"{suffix[1:]}, by its {'name' if named else 'first bytes'}"))
        self.count("decompressed")


def decompressed(data: bytes, suffix: str, max_bytes: int) -> bytes:
    """The text inside a compressed input (every member of a concatenated gzip), at most `max_bytes` of it.

    Only as much is decompressed as the limit allows, so that an archive of
    gigabytes of zeros costs a limit's worth of work, not the machine's memory.
    A corrupt or cut stream is a reject that keeps the file's bytes as they are.
    """
    try:
        with COMPRESSED[suffix](io.BytesIO(data), "rb") as stream:
            text = stream.read(max_bytes + 1)
    except CORRUPT as error:
        raise Rejected("unreadable", f"not a readable {suffix} file: {error}") from error
    if len(text) > max_bytes:
        raise Rejected("too_large", f"decompresses to more than the limit of {max_bytes:,} bytes; "
                                    "the compressed file is kept")
    return text


class TooLarge(Exception):
    """Over the size limit; the mtime is kept so that the next run skips the file while it is unchanged."""

    def __init__(self, size: int, limit: int, head: bytes, mtime_ns: int) -> None:
        super().__init__(f"{size:,} bytes is over the limit of {limit:,} bytes; only the first "
                         f"{len(head):,} bytes are kept")
        self.size, self.head, self.mtime_ns = size, head, mtime_ns


class Escaped(Exception):
    """The path discovery found now leads out of the raw folder, or to another file."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def read_bounded(path: Path, max_bytes: int, root: Path | None = None) -> tuple[bytes, int, int]:
    """Read a regular file whole unless it is over `max_bytes`; return (bytes, size, mtime_ns).

    The size is checked on the open descriptor, before reading, and again after:
    a file that grows while being read is cut at the limit rather than read on.
    With `root`, the file opened must lie inside it (see `_check_inside`). The open
    does not block: a path that became a pipe after discovery is refused, not waited on.
    """
    data, info = _read_regular(path, max_bytes, root)
    return data, len(data), info.st_mtime_ns


def _read_regular(path: Path, max_bytes: int, root: Path | None) -> tuple[bytes, os.stat_result]:
    """`read_bounded`'s bytes, and the file's status as opened."""
    with _open_regular(path, max_bytes, root) as (handle, info):
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(len(data), max_bytes, data[:REJECT_HEAD_BYTES], info.st_mtime_ns)
    return data, info


# What hashing reads at a time: memory stays at this however large the file.
HASH_CHUNK_BYTES = 1024 * 1024


def hash_bounded(path: Path, max_bytes: int, root: Path | None = None) -> str:
    """The SHA-256 of a regular file, with `read_bounded`'s guards, in chunks (the planner's touch check).

    Over `max_bytes` it raises `TooLarge` (with no head: nothing is kept) before reading.
    """
    digest, read = hashlib.sha256(), 0
    with _open_regular(path, max_bytes, root, head=False) as (handle, info):
        while chunk := handle.read(HASH_CHUNK_BYTES):
            read += len(chunk)
            if read > max_bytes:
                raise TooLarge(read, max_bytes, b"", info.st_mtime_ns)
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def _open_regular(path: Path, max_bytes: int, root: Path | None, head: bool = True):
    """A regular file opened for reading without blocking, inside `root`, not over `max_bytes` as opened."""
    with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
        info = os.fstat(handle.fileno())
        if root is not None:
            _check_inside(path, info, root)
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(f"{path} is not a regular file")
        if info.st_size > max_bytes:
            raise TooLarge(info.st_size, max_bytes, handle.read(REJECT_HEAD_BYTES) if head else b"",
                           info.st_mtime_ns)
        yield handle, info


def _check_inside(path: Path, opened: os.stat_result, root: Path) -> None:
    """Refuse a file swapped, after discovery, for a link out of the raw folder.

    Discovery checked where each path leads, but the path is opened later: by then
    it (or a folder on the way) may be a link to /etc. The path must still resolve
    inside the root, to the very file that was opened.
    """
    real = os.path.realpath(path)
    if not _inside(real, os.path.realpath(root)):
        raise Escaped("link_outside", f"{path} became a link out of the raw folder after discovery; not read")
    try:
        now = os.stat(real)
    except OSError as error:
        raise Escaped("vanished", f"{path} was replaced while it was opened: {error}") from error
    if (now.st_dev, now.st_ino) != (opened.st_dev, opened.st_ino):
        raise Escaped("vanished", f"{path} was replaced while it was opened")
