"""Reading the published corpus while runs publish: resolve the snapshot once, then read its folder.

    from flows.output.reading import snapshot
    corpus = snapshot("processed")       # processed/.snapshots/<run>: one published snapshot
    articles = pd.read_parquet(corpus / "articles", dtype_backend="numpy_nullable")

Why not `processed/articles`: that is a link to the published snapshot, swapped when a
run publishes, and a reader follows it again at every file it opens. A query that lists
the files of one snapshot and opens them after the swap finds files missing ("No such
file or directory") or counts files of two snapshots. A snapshot's own folder never
changes once published and stays on disk for a grace period after a newer one replaced
it (flows/output/store.py, GRACE_SECONDS), so a query that resolved it reads one
complete snapshot from start to end. Resolve again for the next query (or when the
grace period may have passed) to see newer runs.

For an object store (`--out s3://bucket/corpus`), the same: `snapshot(url)` reads
`URL/CURRENT` and gives `URL/snapshots/<run>`.
"""

from __future__ import annotations

from pathlib import Path

from flows.locations import is_url
from flows.output.control import read_run_id


class NothingPublished(FileNotFoundError):
    """The output holds no published snapshot yet."""


def snapshot(out: str | Path) -> Path | str:
    """The folder (or URL) of the snapshot published in `out` now: read one query's files from it."""
    if is_url(str(out)):
        return _remote_snapshot(str(out))
    out = Path(out)
    name = read_run_id(out / ".snapshots" / "CURRENT")
    if name is None:
        raise NothingPublished(f"no corpus published in {out} yet")
    return out / ".snapshots" / name


def _remote_snapshot(url: str) -> str:
    from flows.output.mirror import published  # pyarrow and fsspec: only for URLs

    name = published(url)
    if name is None:
        raise NothingPublished(f"no corpus published at {url} yet")
    return f"{url.rstrip('/')}/snapshots/{name}"
