"""Inputs with more than one hard link are read like any file, and counted in the run's manifest.

A hard link cannot be told from the file it shares bytes with (neither is "the link"),
and one to a file outside raw/ is as much inside raw/ as any: the run reads it, and says
how many of its inputs had another name (`steps.read.counters.hard_linked`), so that
whoever runs it can look.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest
from support import REPO, articles
from support import run as run_flow

pytestmark = pytest.mark.slow


def test_inputs_with_other_hard_links_are_counted_in_the_manifest(prefect_api_url, tmp_path):
    raw, outside, out = tmp_path / "raw", tmp_path / "outside", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    outside.mkdir()
    (outside / "shared.txt").write_text(" date 2024-04-04 Shared\n\nA story that also lives outside raw.\n")
    os.link(outside / "shared.txt", raw / "from-outside.txt")
    os.link(raw / "03_railway_bridge.txt", raw / "2024" / "bridge-again.txt")  # two names inside raw/
    result = run_flow(raw, out, runner="thread", word_repair=False)
    assert result["steps"]["read"]["counters"]["hard_linked"] == 3
    manifest = json.loads((out / "manifests" / f"{result['run_id']}.json").read_text())
    assert manifest["steps"]["read"]["counters"]["hard_linked"] == 3
    assert "from-outside.txt" in articles(out)["source_file"].to_pylist()
