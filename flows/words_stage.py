"""Word repair over a batch of articles, and fitting the models it needs.

`flows/words.py` repairs one body with one model and `flows/ngram.py` fits and
loads models; this module applies them to Arrow tables of articles: the
repaired body replaces `body`, the body before repair is kept in
`body_before_words`, and every edit and flag lands in `word_edits`.
"""

from __future__ import annotations

import json
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.ngram import LEXICON_MIN_COUNT, Lexicon, WordModel, count_words, fit_word_model, load_cached
from flows.words import WordThresholds, repair_words

if TYPE_CHECKING:
    from flows.pipeline import Settings

MODEL_FOLDER = "words"
# A model from fewer tokens flags but does not edit: on dev-small's 134k English
# tokens 8 of 10 applied edits were right, against 97-99% from 220k tokens up.
MIN_TOKENS_TO_EDIT = 200_000
APPLIED_OPS = ("insert", "delete")


@dataclass
class WordRepairStats:
    articles: int = 0
    edited_articles: int = 0
    seconds: float = 0.0
    ops: Counter = field(default_factory=Counter)
    evidence: Counter = field(default_factory=Counter)  # applied edits by evidence: model, copies
    skipped: Counter = field(default_factory=Counter)  # language -> articles without a model

    def merge(self, other: WordRepairStats) -> None:
        self.articles += other.articles
        self.edited_articles += other.edited_articles
        self.seconds += other.seconds
        self.ops.update(other.ops)
        self.evidence.update(other.evidence)
        self.skipped.update(other.skipped)

    def as_dict(self) -> dict:
        return {"articles": self.articles, "edited_articles": self.edited_articles,
                "seconds": round(self.seconds, 3), "ops": dict(self.ops), "evidence": dict(self.evidence),
                "skipped": dict(self.skipped)}


def model_dir(models: Path, language: str) -> Path:
    return Path(models) / MODEL_FOLDER / language


def available_models(models: Path) -> dict[str, Path]:
    root = Path(models) / MODEL_FOLDER
    if not root.exists():
        return {}
    return {d.name: d for d in sorted(root.iterdir()) if not d.name.startswith(".") and (d / "meta.json").exists()}


def thresholds_for(settings: Settings) -> WordThresholds:
    """The run's thresholds where given, else the defaults (argued in flows/words.py).

    A threshold given for a run is the bar for a lone edit; corroboration never
    lowers an edit below it.
    """
    base = WordThresholds()
    given = {"insert": settings.insert_threshold, "delete": settings.delete_threshold, "flag": settings.flag_threshold}
    given = {name: value for name, value in given.items() if value is not None}
    corroborated = {f"{name}_corroborated": max(getattr(base, f"{name}_corroborated"), value)
                    for name, value in given.items() if name != "flag"}
    return replace(base, **given, **corroborated)


def thresholds_for_model(model: WordModel, thresholds: WordThresholds) -> WordThresholds:
    """Models fitted on little text flag but never edit on their own: measured precision falls
    below 90%. (Edits from repeated sentences still apply: there the model only confirms.)"""
    return thresholds if model.meta.get("tokens", 0) >= MIN_TOKENS_TO_EDIT else thresholds.flags_only()


def repair_table(table: pa.Table, models: Path, settings: Settings,
                 proposals: dict[str, list] | None = None) -> tuple[pa.Table, WordRepairStats]:
    """Repair the bodies of a table of articles with each language's model, and with the
    edits repeated sentences propose (`proposals` by doc_id, flows/consensus.py)."""
    proposals = proposals or {}
    start = time.perf_counter()
    stats = WordRepairStats()
    thresholds = thresholds_for(settings)
    # Each language's model and bars, resolved once per batch rather than per article.
    have = {lang: load_cached(path) for lang, path in available_models(models).items()} if settings.word_repair else {}
    bars = {lang: thresholds_for_model(model, thresholds) for lang, model in have.items()}
    bodies, befores, edits, status = [], [], [], []
    for doc_id, body, language in zip(table["doc_id"].to_pylist(), table["body"].to_pylist(),
                                      table["language"].to_pylist()):
        stats.articles += 1
        if not settings.word_repair:
            bodies.append(body), befores.append(None), edits.append([]), status.append("disabled")
            continue
        if language not in have:
            stats.skipped[language or "none"] += 1
            bodies.append(body), befores.append(None), edits.append([]), status.append("no_model")
            continue
        repaired, found = repair_words(body, have[language], bars[language], proposals.get(doc_id, []))
        applied = [e for e in found if e.op in APPLIED_OPS]
        stats.ops.update(e.op for e in found)
        stats.evidence.update(e.evidence for e in applied)
        stats.edited_articles += bool(applied)
        bodies.append(repaired)
        befores.append(body if repaired != body else None)
        edits.append([_edit_row(e) for e in found])
        status.append("repaired" if applied else ("flagged" if found else "unchanged"))
    table = _set(table, "body", pa.array(bodies, pa.string()))
    table = _set(table, "body_before_words", pa.array(befores, pa.string()))
    table = _set(table, "word_edits", pa.array(edits, table.schema.field("word_edits").type))
    table = _set(table, "word_repair", pa.array(status, pa.string()))
    table = _set(table, "chars", pc.utf8_length(table["body"]).cast(pa.int32()))
    table = _set(table, "words", pa.array([len(b.split()) for b in bodies], pa.int32()))
    stats.seconds = time.perf_counter() - start
    return table, stats


def _edit_row(edit) -> dict:
    return {"op": edit.op, "paragraph": edit.paragraph, "sentence": edit.sentence, "position": edit.position,
            "char_offset": edit.char_offset, "word": edit.word, "confidence": edit.confidence,
            "evidence": edit.evidence}


def _set(table: pa.Table, name: str, values: pa.Array) -> pa.Table:
    return table.set_column(table.schema.get_field_index(name), name, values)


def languages_to_fit(article_files: list[str], models: Path, languages: list[str] | None = None,
                     refit: bool = False) -> tuple[list[str], dict[str, str]]:
    """(languages that need a model fitted, {language: "reused"} for those that have one)."""
    have = available_models(models)
    wanted = languages or sorted(_languages(article_files))
    reused = {lang: "reused" for lang in wanted if lang in have and not refit}
    return [lang for lang in wanted if lang not in reused], reused


def lexicons(article_files: list[str]) -> dict[str, Lexicon]:
    """Word counts per language (words seen at least LEXICON_MIN_COUNT times), in one
    pass over the files: what each model measures the foreignness of its words against."""
    found: dict[str, Lexicon] = {}
    for path in article_files:
        for _, language, body in article_texts(path):
            if language and language != "und":
                found[language] = count_words([body], found.get(language))
    return {lang: ({w: c for w, c in counts.items() if c >= LEXICON_MIN_COUNT}, total)
            for lang, (counts, total) in sorted(found.items())}


def fit_language(article_files: list[str], models: Path, language: str,
                 lexicons: dict[str, Lexicon] | None = None) -> str:
    """Fit one language's model from the articles' bodies; say what became of it.

    Bodies are streamed file by file (the fitter counts in bounded batches), so
    a corpus larger than memory can be fitted.  `lexicons` (see `lexicons`) tell
    the model which words belong to the corpus's other languages.
    """
    others = {k: v for k, v in (lexicons or {}).items() if k != language}
    fitted = _fit_atomically(article_files, language, model_dir(models, language), others)
    return "fitted" if fitted else "too little text; left alone"


def fit_models(article_files: list[str], models: Path, languages: list[str] | None = None,
               refit: bool = False) -> dict[str, str]:
    """Fit one model per language with enough text, one after the other; {language: outcome}."""
    todo, outcome = languages_to_fit(article_files, models, languages, refit)
    known = lexicons(article_files) if todo else {}
    return outcome | {lang: fit_language(article_files, models, lang, known) for lang in todo}


def _fit_atomically(article_files: list[str], language: str, target: Path, others: dict[str, Lexicon]) -> bool:
    """Fit into a side folder and swap it in: a crash mid-fit never leaves half a model in use."""
    building, retired = target.with_name(f".{language}.partial"), target.with_name(f".{language}.old")
    for leftover in (building, retired):
        shutil.rmtree(leftover, ignore_errors=True)
    if fit_word_model(_bodies(article_files, language), language, building, others=others) is None:
        return False
    if target.exists():
        target.rename(retired)
    building.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
    return True


def _languages(files: list[str]) -> set[str]:
    found: set[str] = set()
    for path in files:
        found.update(v for v in pq.read_table(path, columns=["language"])["language"].unique().to_pylist() if v)
    found.discard("und")
    return found


def _bodies(files: list[str], language: str) -> Iterator[str]:
    """The text before word repair of one language's articles: what the corpus itself says."""
    for path in files:
        yield from (body for _, lang, body in article_texts(path) if lang == language)


def article_texts(path: str | Path) -> Iterator[tuple[str, str | None, str]]:
    """(doc_id, language, body before word repair) of every article of one articles file."""
    names = pq.read_schema(path).names
    columns = ["doc_id", "body"] + [c for c in ("language", "body_before_words") if c in names]
    table = pq.read_table(path, columns=columns)
    n = table.num_rows
    languages = table["language"].to_pylist() if "language" in names else [None] * n
    before = table["body_before_words"].to_pylist() if "body_before_words" in names else [None] * n
    for doc, language, body, original in zip(table["doc_id"].to_pylist(), languages, table["body"].to_pylist(),
                                             before):
        yield doc, language, original or body or ""


def model_summary(models: Path) -> dict[str, dict]:
    """Metadata of the fitted models (tokens, order, when), for reports."""
    return {lang: json.loads((path / "meta.json").read_text()) for lang, path in available_models(models).items()}
