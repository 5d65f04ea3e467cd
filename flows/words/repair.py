"""Repairing one body: the edits repeated sentences show, then the model's own."""

from __future__ import annotations

from flows.document import WordEdit
from flows.words.copies import Proposal, copy_edits
from flows.words.decide import DEFAULT_THRESHOLDS, WordThresholds, apply_edits, find_edits
from flows.words.model import WordModel


def repair_words(body: str, model: WordModel, thresholds: WordThresholds = DEFAULT_THRESHOLDS,
                 proposals: list[Proposal] | tuple = ()) -> tuple[str, list[WordEdit]]:
    """Return the repaired body and every applied edit and flag.

    `proposals` come from repeated sentences (flows/corpus/repeated.py); where one is
    applied, the model's own edit or flag for that sentence gives way.
    """
    copied = copy_edits(body, model, list(proposals)) if proposals else []
    taken = {(e.paragraph, e.sentence) for e in copied}
    edits = sorted(copied + [e for e in find_edits(body, model, thresholds) if (e.paragraph, e.sentence) not in taken],
                   key=lambda e: (e.paragraph, e.sentence))
    return apply_edits(body, edits), edits
