"""Repairing one body: the edits repeated sentences show, then the model's own."""

from __future__ import annotations

import hashlib

from flows.document import WordEdit
from flows.words.copies import Proposal, copy_edits
from flows.words.decide import DEFAULT_THRESHOLDS, WordThresholds, apply_edits, find_edits
from flows.words.model import WordModel

# Bodies whose edits are remembered per model and process: a crawl repeats whole pages (one
# page under several addresses, wire copy syndicated unchanged), and an exact copy with the
# same proposals gets the same edits, so it is repaired once. ~150 bytes an entry (a digest
# and the edits, never the text); past this many the memo starts again.
MAX_REMEMBERED = 200_000


def repair_words(body: str, model: WordModel, thresholds: WordThresholds = DEFAULT_THRESHOLDS,
                 proposals: list[Proposal] | tuple = ()) -> tuple[str, list[WordEdit]]:
    """Return the repaired body and every applied edit and flag.

    `proposals` come from repeated sentences (flows/corpus/repeated.py); where one is
    applied, the model's own edit or flag for that sentence gives way. Edits depend on
    nothing but the body, the model, the bars and the proposals, so an exact copy of a
    body seen before gets the edits found then (`MAX_REMEMBERED`).
    """
    key = (hashlib.blake2b(body.encode("utf-8"), digest_size=16).digest(), thresholds, tuple(proposals))
    memo = _memo(model)
    edits = memo.get(key)
    if edits is None:
        edits = memo[key] = _edits(body, model, thresholds, list(proposals))
    return apply_edits(body, edits), list(edits)


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
