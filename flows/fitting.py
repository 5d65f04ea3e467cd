"""Refit the word-repair models on demand (`news-corpus fit`), from the published corpus
and, optionally, from reference folders of clean text the user names.

Reference files go through the same read/decode/repair/metadata/language stages
as raw inputs, so their bodies are comparable to the corpus's own.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from flows.discover import discover
from flows.pipeline import Settings, stage_batch
from flows.store import Store
from flows.words_stage import fit_models


def fit_from_corpus(out: Path, references: list[Path], languages: list[str] | None = None) -> dict[str, str]:
    """Refit every language's model (or only `languages`) under `out/models`."""
    store = Store(out)
    with store.locked(wait=True), tempfile.TemporaryDirectory(dir=out) as scratch:
        store.recover()
        current = store.current()
        files = [str(p) for p in sorted((current / "articles").glob("year=*/*.parquet"))] if current else []
        for i, folder in enumerate(references):
            sources = list(discover(folder))
            report = stage_batch(folder, sources, Path(scratch), i, "reference", datetime.now(UTC),
                                 Settings(word_repair=False))
            files.append(report.articles_file)
        return fit_models(files, store.models, languages, refit=True)
