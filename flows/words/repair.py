"""Repairing one body: the edits repeated sentences show, then the model's own."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from flows.document import WordEdit
from flows.words.copies import Proposal, copy_edits
from flows.words.decide import DEFAULT_THRESHOLDS, WordThresholds, apply_edits, find_edits
from flows.words.model import WordModel

# Bodies whose edits are remembered per model and process: a crawl repeats whole pages (one
# page under several addresses, wire copy syndicated unchanged), and an exact copy with the
# same proposals gets the same edits, so it is repaired once. ~150 bytes an entry (a digest
# and the edits, never the text); past this many the memo starts again.
MAX_REMEMBERED = 200_000
SHARED_FILES = "repairs-*.pkl"


def repair_words(body: str, model: WordModel, thresholds: WordThresholds = DEFAULT_THRESHOLDS,
                 proposals: list[Proposal] | tuple = (), fresh: dict | None = None) -> tuple[str, list[WordEdit]]:
    """Return the repaired body and every applied edit and flag.

    `proposals` come from repeated sentences (flows/corpus/repeated.py); where one is
    applied, the model's own edit or flag for that sentence gives way. Edits depend on
    nothing but the body, the model, the bars and the proposals, so an exact copy of a
    body seen before gets the edits found then (`MAX_REMEMBERED`); `fresh`, when given,
    is told the edits worked out anew, to share with other processes (`share`).
    """
    key = memo_key(body, model, thresholds, proposals)
    memo = _memo(model)
    edits = memo.get(key)
    if edits is None:
        edits = memo[key] = _edits(body, model, thresholds, list(proposals))
        if fresh is not None:
            fresh[key] = edits
    return apply_edits(body, edits), list(edits)


def memo_key(body: str, model: WordModel, thresholds: WordThresholds, proposals: list[Proposal] | tuple) -> bytes:
    """What a body's edits depend on, digested: its text, the model (which fit), the bars, the proposals."""
    digest = hashlib.blake2b(body.encode("utf-8"), digest_size=16)
    fit = (model.language, model.meta.get("fitted_at"), model.meta.get("tokens"))
    digest.update(repr((fit, thresholds, tuple(proposals))).encode("utf-8"))
    return digest.digest()


def share(fresh: dict[str, dict[bytes, list[WordEdit]]], path: Path) -> None:
    """Write a batch's newly worked-out edits ({language: {key: edits}}) for the batches after it,
    whichever process runs them; written whole or not at all."""
    if not any(fresh.values()):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(pickle.dumps(fresh, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(partial, path)


def adopt_shared(folder: Path, models: dict[str, WordModel]) -> int:
    """Remember the edits other batches of this run shared (`share`) and this process has not read yet;
    how many entries were added. Files of another model's fit never match (`memo_key`)."""
    added = 0
    for path in sorted(Path(folder).glob(SHARED_FILES)) if Path(folder).is_dir() else []:
        marker = str(path.resolve())
        if marker in _ADOPTED:
            continue
        _ADOPTED.add(marker)
        for language, entries in pickle.loads(path.read_bytes()).items():
            if language in models:
                memo = _memo(models[language])
                memo.update(entries)
                added += len(entries)
    return added


_ADOPTED: set[str] = set()  # shared files this process has read


def _edits(body: str, model: WordModel, thresholds: WordThresholds, proposals: list[Proposal]) -> list[WordEdit]:
    copied = copy_edits(body, model, proposals) if proposals else []
    taken = {(e.paragraph, e.sentence) for e in copied}
    return sorted(copied + [e for e in find_edits(body, model, thresholds) if (e.paragraph, e.sentence) not in taken],
                  key=lambda e: (e.paragraph, e.sentence))


def _memo(model: WordModel) -> dict:
    """The model's memo of repaired bodies, made on first use and started again when full."""
    if model.repairs is None or len(model.repairs) >= MAX_REMEMBERED:
        model.repairs = {}
    return model.repairs
