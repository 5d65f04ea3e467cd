"""Word models for the corpus's languages: which to fit, their texts and lexicons, and the fit.

A corpus-wide phase in two parts, each reading a folder and writing one:

- `split_languages` reads the articles once (a run's staged batches, or a published
  snapshot and reference folders for `news-corpus fit`), counts every language's
  words (the lexicons each model measures foreignness against) and writes the texts
  of the languages to fit to `texts/<language>.parquet`;
- `fit_language` reads one language's texts and writes its model under
  `models/words/<language>/` (flows/words/fit.py). One language's failure leaves that
  language without a model, says why, and the run goes on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows import staged
from flows.output.schema import COMPRESSION
from flows.words.fit import MIN_TOKENS, available_models, fit_atomically, stored_models, unusable
from flows.words.lexicon import Lexicon, count_words, kept
from flows.words.tokens import TOKEN

# One file must not define a language's model: a 380 KB file of HTML entities was
# detected as Afrikaans and had a model fitted for it. A language needs this many
# articles (and MIN_TOKENS tokens) before it is fitted; dev's smallest fitted
# language has 500.
MIN_ARTICLES = 25
# A language with fewer articles than this in a run may be short of the MIN_TOKENS tokens a model
# needs; news articles run to 300-500 tokens, so one with more almost never is.
FEW_ARTICLES = 500
TEXTS = pa.schema([("body", pa.string())])
FLUSH_ROWS = 2_000  # bodies per row group of a language's texts: a few MB
LEXICONS_FILE = "lexicons.json"


@dataclass
class LanguageCounts:
    """What the split found per language: articles, model tokens, and the word lexicon."""

    articles: dict[str, int] = field(default_factory=dict)
    tokens: dict[str, int] = field(default_factory=dict)
    lexicons: dict[str, Lexicon] = field(default_factory=dict)
    copies: int = 0  # bodies left out because the same body came earlier

    def add(self, language: str, body: str) -> None:
        self.count(language, body)
        self.lexicons[language] = count_words([body], self.lexicons.get(language))

    def count(self, language: str, body: str) -> None:
        """Count an article and its model tokens (not its words)."""
        self.articles[language] = self.articles.get(language, 0) + 1
        self.tokens[language] = self.tokens.get(language, 0) + len(TOKEN.findall(body))

    def enough(self, language: str) -> str | None:
        """Why a language cannot have a model; None when it has enough text."""
        articles, tokens = self.articles.get(language, 0), self.tokens.get(language, 0)
        if articles < MIN_ARTICLES:
            return f"too few articles ({articles} of the {MIN_ARTICLES} needed); left alone"
        if tokens < MIN_TOKENS:
            return f"too little text ({tokens:,} of the {MIN_TOKENS:,} tokens needed); left alone"
        return None


def needing_models(languages: Iterable[str], models: Path, refit: bool = False) -> tuple[list[str], dict[str, str]]:
    """(languages that need a model fitted, {language: "reused", or why its stored model is left alone})."""
    have = stored_models(models)
    wanted = sorted({lang for lang in languages if lang and lang != "und"})
    reused = {lang: unusable(have[lang]) or "reused" for lang in wanted if lang in have and not refit}
    return [lang for lang in wanted if lang not in reused], reused


class _TextWriter:
    """One language's texts, written in row groups of FLUSH_ROWS bodies."""

    def __init__(self, path: Path) -> None:
        self.writer = pq.ParquetWriter(path, TEXTS, compression=COMPRESSION)
        self.pending: list[str] = []

    def add(self, body: str) -> None:
        self.pending.append(body)
        if len(self.pending) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.writer.write_table(pa.table({"body": self.pending}, schema=TEXTS))
            self.pending = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def split_languages(tables: Iterable[pa.Table], folder: Path, to_fit: set[str] | None) -> LanguageCounts:
    """Read (language, body) tables once: count every language, write the texts of `to_fit` (None: all).

    Each distinct body counts once. A crawl holds exact copies (one page under several
    addresses, wire copy syndicated unchanged); counted twice, a damaged n-gram of a
    copied article ("after a their") reaches the count that pruning keeps
    (flows/words/estimate.py, PRUNE_MIN), and the model learns the damage as language.
    """
    counts, writers, seen = LanguageCounts(), {}, set()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        for table in tables:
            for language, body in zip(table["language"].to_pylist(), table["body"].to_pylist()):
                if not language or language == "und" or not body:
                    continue
                digest = hashlib.blake2b(body.encode("utf-8"), digest_size=16).digest()
                if digest in seen:
                    counts.copies += 1
                    continue
                seen.add(digest)
                counts.add(language, body)
                if to_fit is None or language in to_fit:
                    if language not in writers:
                        writers[language] = _TextWriter(folder / f"{language}.parquet")
                    writers[language].add(body)
    finally:
        for writer in writers.values():
            writer.close()
    lexicons = {lang: kept(lexicon) for lang, lexicon in counts.lexicons.items()}
    (folder / LEXICONS_FILE).write_text(json.dumps(lexicons, ensure_ascii=False))
    counts.lexicons = {}  # on disk now; what is returned stays small
    return counts


def worth_counting_first(articles: dict[str, int], languages: list[str]) -> bool:
    """Whether counting `languages` from their own rows (`too_little_text`) may spare the split: only
    when each has few articles in the run. With one that has many, the split runs anyway and decides
    exactly; counting first would read every body twice (a first run's case)."""
    return all(articles.get(language, 0) < FEW_ARTICLES for language in languages)


def too_little_text(tables: Iterable[pa.Table], languages: set[str]) -> dict[str, str]:
    """Those of `languages` that cannot have a model, with why, from their own rows alone.

    Every body is counted, copies too: an upper bound of what `split_languages` counts, so a
    language short even of it is short. A run whose only language without a model has too
    little text (dev's 30 Italian articles, run after run) skips the split's pass over
    every article of every language.
    """
    upper, wanted = LanguageCounts(), pa.array(sorted(languages), pa.string())
    for table in tables:
        rows = table.filter(pc.is_in(table["language"], wanted))
        for language, body in zip(rows["language"].to_pylist(), rows["body"].to_pylist()):
            if body:
                upper.count(language, body)
    return {language: why for language in sorted(languages) if (why := upper.enough(language))}


def too_little_text_of(staged_files: list[Path], languages: set[str]) -> dict[str, str]:
    """`too_little_text` over a run's staged batches."""
    return too_little_text(staged.article_columns(staged_files, ["language", "body"]), languages)


def split_languages_of(staged_files: list[Path], folder: Path, to_fit: set[str]) -> LanguageCounts:
    """`split_languages` over a run's staged batches."""
    return split_languages(staged.article_columns(staged_files, ["language", "body"]), folder, to_fit)


def summary(models: Path) -> dict[str, dict]:
    """Metadata of the fitted models (tokens, order, when), for reports."""
    return {lang: json.loads((path / "meta.json").read_text()) for lang, path in available_models(models).items()}


def _bodies(path: Path) -> Iterator[str]:
    """A language's texts, streamed a row group at a time: the fitter counts in bounded batches."""
    for batch in pq.ParquetFile(path).iter_batches(columns=["body"]):
        yield from batch.column(0).to_pylist()


def progress_file(folder: Path, language: str) -> Path:
    """Where a fit in a worker process says which phase it is in, for the flow to report."""
    return folder / f"{language}.progress"


def read_progress(folder: Path, language: str) -> tuple[int, str] | None:
    """(phase index in flows/words/fit.py PHASES, detail) of a running fit, or None."""
    try:
        index, detail = progress_file(folder, language).read_text().split("\t", 1)
        return int(index), detail
    except (OSError, ValueError):
        return None


def fit_language(folder: Path, language: str, models: Path, say: Callable[[int, str], None] | None = None) -> str:
    """Fit one language's model from `folder/<language>.parquet`; what became of it, in words. Each phase is
    told to `say`, by default written to the language's progress file (for a flow waiting on a worker)."""
    def to_file(index: int, detail: str) -> None:
        progress_file(folder, language).write_text(f"{index}\t{detail}")

    say = say or to_file

    try:
        lexicons = json.loads((folder / LEXICONS_FILE).read_text())
        others = {lang: (words, total) for lang, (words, total) in lexicons.items() if lang != language}
        fitted = fit_atomically(_bodies(folder / f"{language}.parquet"), language, models, others, say)
        return "fitted" if fitted else "too little text; left alone"
    except Exception as error:  # noqa: BLE001 - one language's failure must not end the run
        return f"fit failed: {type(error).__name__}: {error}"
