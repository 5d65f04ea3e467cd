"""The word-repair step of the second pass: each article's body repaired with its language's model.

The repaired body replaces `body`, the body before repair is kept in
`body_before_words`, and every edit and flag lands in `word_edits`, so any edit
can be audited and undone.
"""

from __future__ import annotations

from pathlib import Path

from flows.document import Document
from flows.settings import Settings
from flows.step import Step
from flows.words.copies import Proposal
from flows.words.decide import WordThresholds
from flows.words.fit import available_models
from flows.words.model import WordModel, load_cached
from flows.words.repair import adopt_shared, repair_words, share

# A model from fewer tokens edits only where its whole article makes it sure (the
# `confident` route) and flags the rest: on dev-small's 134k English tokens 8 of 10
# edits at the sentence bars were right, against 97-99% from 220k tokens up, while on
# four corpora of 110-185k tokens (English, German) 108 of 109 stray removals at an
# article-aware confidence of 0.95 were (the bar is 0.97 since; dev-small's repairs stayed).
# Edits from repeated sentences still apply: there the model only confirms.
MIN_TOKENS_TO_EDIT = 200_000
APPLIED_OPS = ("insert", "delete")


def thresholds_for(settings: Settings) -> WordThresholds:
    """The run's bars where given, else the measured defaults (flows/words/decide.py), for the
    routes the run asks for: with `lone_edits_only` the sentence's own bars alone
    (`WordThresholds.lone`), with `corroborated_edits` weaker bars in damaged articles too."""
    routes = WordThresholds()
    if settings.lone_edits_only:
        routes = routes.lone()
    elif settings.corroborated_edits:
        routes = routes.corroborated()
    return routes.given(settings.insert_threshold, settings.delete_threshold, settings.flag_threshold)


def thresholds_for_model(model: WordModel, thresholds: WordThresholds) -> WordThresholds:
    """Models fitted on little text edit only where the article makes them sure, and flag the rest."""
    return thresholds if model.meta.get("tokens", 0) >= MIN_TOKENS_TO_EDIT else thresholds.confident_only()


def edit_limits(available: dict[str, dict]) -> dict[str, str]:
    """What each model too small to edit at its bars does instead, in words (`available`: each
    language's model metadata), for the run's log."""
    return {lang: f"{meta.get('tokens', 0):,} tokens, under {MIN_TOKENS_TO_EDIT:,}: it removes only the stray "
                  "words their whole article makes it sure of, and flags the rest"
            for lang, meta in sorted(available.items()) if meta.get("tokens", 0) < MIN_TOKENS_TO_EDIT}


class WordRepairStep(Step):
    """Repair missing and stray words; count edits by operation and by evidence."""

    name = "words"

    def __init__(self, models: Path, settings: Settings, proposals: dict[str, list[Proposal]] | None = None,
                 shared: Path | None = None) -> None:
        """`shared`: the run's folder where batches share the edits they worked out, so that an exact
        copy of a body is repaired once in the run, whichever process meets it (flows/words/repair.py)."""
        super().__init__()
        self.enabled = settings.word_repair
        thresholds = thresholds_for(settings)
        # each language's model and bars, resolved once per batch rather than per article
        self.models = {lang: load_cached(path) for lang, path in available_models(models).items()} \
            if self.enabled else {}
        self.bars = {lang: thresholds_for_model(model, thresholds) for lang, model in self.models.items()}
        self.proposals = proposals or {}
        self.fresh: dict[str, dict] = {lang: {} for lang in self.models}
        if shared is not None and self.models:
            adopt_shared(shared, self.models)

    def apply(self, doc: Document) -> None:
        model = self.models.get(doc.language or "")
        if not self.enabled or model is None:
            doc.word_repair = "no_model" if self.enabled else "disabled"
            if self.enabled:
                self.count(f"skipped:{doc.language or 'none'}")
            return
        fresh = self.fresh[doc.language]
        worked_out = len(fresh)
        repaired, edits = repair_words(doc.body, model, self.bars[doc.language], self.proposals.get(doc.doc_id, ()),
                                       fresh)
        if len(fresh) == worked_out:
            self.count("remembered")  # an exact copy of a body repaired before, here or in another batch
        applied = [e for e in edits if e.op in APPLIED_OPS]
        for edit in edits:
            self.count(f"op:{edit.op}")
        for edit in applied:
            self.count(f"evidence:{edit.evidence}")
        if applied:
            self.count("edited_articles")
        if repaired != doc.body:
            doc.body_before_words, doc.body = doc.body, repaired
        doc.word_edits = edits
        doc.word_repair = "repaired" if applied else "flagged" if edits else "unchanged"

    def write(self, path: Path) -> None:
        """Share the edits this batch worked out anew with the batches after it."""
        share(self.fresh, path)
