"""Where inputs and outputs live: local folders, or folders at fsspec URLs (s3://, gs://, file://...).

Discovery and reading (flows/stages/discover.py) and publication to an object
store (flows/output/mirror.py) resolve locations and filesystems here, the same way.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def is_url(location: Path | str) -> bool:
    """Whether a location is a URL for fsspec rather than a local path."""
    return isinstance(location, str) and "://" in location


def resolve(location: str) -> Path | str:
    """What the pipeline carries around: an absolute local path, or the URL as given (no trailing slash)."""
    return location.rstrip("/") if is_url(location) else Path(location).resolve()


def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of a URL and the path inside it (no trailing slash).

    Listings are never taken from a filesystem's cache (s3fs and others keep one):
    another process or machine may have written since.
    """
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(url.rstrip("/"))
    fs.invalidate_cache()
    return fs, root.rstrip("/")


def mtime_ns(fs: Any, info: dict) -> int:
    """Modification time in ns from whatever the filesystem reports (0 when it reports none)."""
    protocols = (fs.protocol,) if isinstance(fs.protocol, str) else fs.protocol
    if "file" in protocols:  # local files: the exact time, as when the folder is a plain path
        return os.stat(info["name"]).st_mtime_ns
    value = info.get("mtime") or info.get("LastModified") or info.get("last_modified") or info.get("created")
    if hasattr(value, "timestamp"):
        value = value.timestamp()
    # float seconds: whole microseconds (what the datasets store) are all it resolves
    return int(float(value) * 1e6) * 1000 if value else 0


def problem(location: str, kind: str = "folder") -> str | None:
    """Why a location cannot serve as a raw folder (`kind` "folder") or an output (`kind` "output");
    None if it can. Local outputs are checked by the output store itself."""
    if not is_url(location):
        if kind == "output":
            return None
        path = Path(location)
        if not path.exists():
            return "does not exist"
        return None if path.is_dir() else "is not a folder"
    try:
        fs, path = filesystem(location)
        if kind == "folder" and not fs.isdir(path):
            return "does not exist" if not fs.exists(path) else "is not a folder"
        return None
    except ImportError as error:  # e.g. s3:// without s3fs installed
        return f"needs a filesystem package that is not installed: {error}"
    except (ValueError, OSError) as error:  # unknown protocol, unreachable, denied
        return f"cannot be {'listed' if kind == 'folder' else 'used'}: {type(error).__name__}: {error}"


def output_inside_raw(raw: str, out: str) -> bool:
    """Whether the output is the raw folder or lies inside it: its own files would be read as inputs."""
    if is_url(raw) != is_url(out):
        return False
    if is_url(raw):
        raw_path, out_path = raw.rstrip("/") + "/", out.rstrip("/") + "/"
        return out_path.startswith(raw_path)
    raw_real, out_real = Path(raw).resolve(), Path(out).resolve()
    return out_real == raw_real or raw_real in out_real.parents
