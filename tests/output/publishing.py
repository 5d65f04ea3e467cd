"""What the publication tests share: every unit of a run called in this process, without Prefect.

Real Parquet files, real hard and symbolic links, the real Store; only the Prefect
tasks around them are left out, so that a test can step in between (a fault planted
after the run staged its files, a publish retried as Prefect would retry it).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from flows import passes, planning
from flows.corpus import duplicates
from flows.output.store import Store
from flows.settings import Settings
from flows.workspace import Workspace

SETTINGS = Settings(word_repair=False)


@dataclass
class Staged:
    """A run staged and finished up to its publication: what `Store.publish` is called with."""

    run_id: str
    articles: list[Path]
    rejects: list[Path]
    state: list[Path]
    replaced: set[str]
    manifest: dict

    def publish(self, store: Store) -> Path:
        return store.publish(self.run_id, self.articles, self.rejects, self.state, self.replaced, self.manifest)


def stage_run(raw: Path, store: Store, full_refresh: bool = False) -> Staged:
    """Plan, both passes and the duplicate links of one run, in the store's staging folder (lock held)."""
    now = datetime.now(UTC)
    run_id, state = planning.new_run_id(now), store.state()
    plan = planning.plan_run(raw, state, full_refresh)
    workspace = Workspace(store.staging(run_id))
    reports = [passes.stage_batch(raw, chunk, workspace, i, run_id, SETTINGS)
               for i, chunk in enumerate(planning.batches(plan.todo, 1))]
    duplicates.link(state, plan.replaced, workspace.files(workspace.signatures), workspace.links, SETTINGS)
    for report in reports:
        passes.finish_batch(workspace, report.batch, store.models, SETTINGS, run_id, now)
    final = {kind: workspace.files(workspace.final, kind) for kind in ("articles", "rejects", "state")}
    return Staged(run_id, final["articles"], final["rejects"], final["state"], plan.replaced,
                  {"run_id": run_id, "files_processed": len(plan.todo)})


def publish_once(raw: Path, out: Path, full_refresh: bool = False, grace_seconds: float | None = None) -> str:
    """One whole run, recovered, staged and published; its run id."""
    store = Store(out) if grace_seconds is None else Store(out, grace_seconds=grace_seconds)
    with store.locked():
        store.recover()
        staged = stage_run(raw, store, full_refresh)
        staged.publish(store)
        store.discard_staging(staged.run_id)
        return staged.run_id


def assert_agree(out: Path) -> str | None:
    """CURRENT, both links and the manifest history name one snapshot (or nothing is published); its name."""
    marker = out / ".snapshots" / "CURRENT"
    if not marker.exists():
        assert not os.path.lexists(out / "articles") and not os.path.lexists(out / "rejects")
        return None
    name = marker.read_text().strip()
    for dataset in ("articles", "rejects"):
        assert os.readlink(out / dataset) == f".snapshots/{name}/{dataset}", dataset
    manifest = out / "manifests" / f"{name}.json"
    assert manifest.is_file(), f"no manifest for the published snapshot {name}"
    assert json.loads(manifest.read_text()) == json.loads((out / ".snapshots" / name / "manifest.json").read_text())
    return name


def tree(folder: Path) -> dict[str, tuple]:
    """Everything under `folder` (links not followed): kind, size, mtime and content of each entry."""
    found = {}
    for top, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(top, name)
            info = os.lstat(path)
            content = os.readlink(path) if os.path.islink(path) else (
                Path(path).read_bytes() if os.path.isfile(path) else None)
            found[os.path.relpath(path, folder)] = (info.st_mode, info.st_size, info.st_mtime_ns, content)
    return found
