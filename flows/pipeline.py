"""The run's units of work, as plain functions of paths and settings (no Prefect here).

A run is: plan (which inputs need work) -> stage batches (read .. language, in
parallel) -> fit word models if missing -> link duplicates (corpus-wide) ->
finish batches (word repair, links; in parallel) -> publish a snapshot.
`flows/flow.py` makes each of these a Prefect task; tests and benchmarks can
call them directly.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows import consensus
from flows.decode import DecodeStep
from flows.dedup import DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, DedupSignatureStep, Signature, find_duplicates
from flows.discover import DEFAULT_MAX_BYTES, ReadStep, Source, discover, is_url
from flows.document import Document, Rejected
from flows.encoding import EncodingStep
from flows.language import DEFAULT_MAX_CHARS, LanguageStep
from flows.metadata import MetadataStep
from flows.step import StepStats, run_steps
from flows.words_stage import WordRepairStats, article_texts, languages_to_fit, repair_table
from flows.write import ARTICLES_SCHEMA, STAGED_SCHEMA, batch_tables, write_table

# Files per batch (one Prefect task): large enough that per-task overhead (10-250 ms
# depending on the runner) is noise next to ~5-15 ms of work per file, small enough
# that every core gets several batches and a batch's bytes stay a few MB.
MAX_BATCH = 500
MIN_BATCH = 20
BATCHES_PER_WORKER = 4


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told; each default is argued where it is defined."""

    max_bytes: int = DEFAULT_MAX_BYTES
    language_max_chars: int | None = DEFAULT_MAX_CHARS
    dedup_threshold: float = DEFAULT_THRESHOLD
    dedup_window_days: int | None = DEFAULT_WINDOW_DAYS
    word_repair: bool = True
    insert_threshold: float | None = None  # None: the model's measured default
    delete_threshold: float | None = None
    flag_threshold: float | None = None


@dataclass
class BatchReport:
    """What a batch task returns to the flow: counts and file names, never the documents."""

    batch: int
    files: int = 0
    articles: int = 0
    rejects: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    steps: dict[str, StepStats] = field(default_factory=dict)
    seconds: float = 0.0
    articles_file: str | None = None
    rejects_file: str | None = None
    state_file: str | None = None


@dataclass
class Plan:
    """Which inputs a run works on, and why the others are left alone."""

    todo: list[Source]
    unchanged: int = 0
    new: int = 0
    changed: int = 0
    missing: int = 0  # published earlier, gone from raw/ now: their rows are kept
    replaced: set[str] = field(default_factory=set)


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return now.strftime("%Y%m%dT%H%M%S%fZ")


def plan_run(raw: Path | str, state: pa.Table, full_refresh: bool) -> Plan:
    """Compare what is in raw/ with what was published: only new or changed inputs need work.

    An input is unchanged when its size and mtime match the state (no read
    needed), or when they moved but its content hash did not.
    """
    # Keyed by doc_id: it is built from the name's exact bytes, whereas the stored
    # source_file shows undecodable bytes as escapes (two names can show alike).
    columns = ["doc_id", "source_file", "size", "mtime_ns", "content_sha256"]  # not the MinHashes: memory
    known = {} if full_refresh else {row["doc_id"]: row for row in state.select(columns).to_pylist()}
    plan = Plan(todo=[])
    seen = set()
    for source in discover(raw):
        seen.add(source.doc_id)
        before = known.get(source.doc_id)
        if before is None:
            plan.new += 1
        elif source.problem is None and _unchanged(raw, source, before):
            plan.unchanged += 1
            continue
        else:
            plan.changed += 1
            plan.replaced.add(before["doc_id"])
        plan.todo.append(source)
    plan.missing = len(set(known) - seen)
    if full_refresh:
        plan.replaced = set(state["doc_id"].to_pylist())
    return plan


def _unchanged(raw: Path | str, source: Source, before: dict) -> bool:
    """Same size and mtime as published, or same size and same bytes (a touched file)."""
    try:
        if is_url(raw):  # the listing gave size and time (no request per file); no touch check
            return source.listed == (before["size"], before["mtime_ns"])
        path = raw / source.source_file
        info = path.stat()
        if info.st_size == before["size"] and info.st_mtime_ns == before["mtime_ns"]:
            return True
        return info.st_size == before["size"] and hashlib.sha256(path.read_bytes()).hexdigest() == before[
            "content_sha256"]
    except OSError:
        return False


def batches(sources: list[Source], workers: int) -> list[list[Source]]:
    """Cut the work into batches: a few per worker, each MIN_BATCH..MAX_BATCH files."""
    if not sources:
        return []
    size = min(MAX_BATCH, max(MIN_BATCH, math.ceil(len(sources) / (workers * BATCHES_PER_WORKER))))
    return [sources[i:i + size] for i in range(0, len(sources), size)]


def stage_batch(raw: Path | str, sources: list[Source], staging: Path, batch: int, run_id: str,
                ingested_at: datetime, settings: Settings) -> BatchReport:
    """Read, decode, repair encoding, split metadata, detect language, sign for dedup; write staged files."""
    start = time.perf_counter()
    steps = [ReadStep(raw, settings.max_bytes), DecodeStep(), EncodingStep(), MetadataStep(),
             LanguageStep(settings.language_max_chars), DedupSignatureStep()]
    docs = list(run_steps(_documents(sources), steps))
    articles, rejects, state = batch_tables(docs, run_id, ingested_at)
    name = f"{batch:05d}"
    report = BatchReport(batch=batch, files=len(docs), articles=articles.num_rows,
                         rejects=Counter(d.reject_reason for d in docs if d.rejected),
                         languages=Counter(d.language for d in docs if not d.rejected),
                         steps={s.name: s.stats for s in steps})
    report.articles_file = str(write_table(articles, staging / "staged" / f"articles-{name}.parquet"))
    report.rejects_file = str(write_table(rejects, staging / "rejects" / f"rejects-{name}.parquet"))
    report.state_file = str(write_table(state, staging / "state" / f"state-{name}.parquet"))
    report.seconds = time.perf_counter() - start
    return report


def _documents(sources: list[Source]) -> Iterator[Document]:
    for source in sources:
        doc = Document(doc_id=source.doc_id, source_file=source.source_file)
        if source.problem:
            doc.reject("discover", Rejected(source.problem, source.detail))
        yield doc


def models_to_fit(staged_files: list[str], models: Path, settings: Settings) -> tuple[list[str], dict[str, str]]:
    """Languages of this run that have no word model yet (fitted before repair), and those reused."""
    if not settings.word_repair or not staged_files:
        return [], {}
    return languages_to_fit(staged_files, models)


def link_duplicates(state: pa.Table, replaced: set[str], staged_files: list[str], threshold: float,
                    window_days: int | None = DEFAULT_WINDOW_DAYS) -> dict[str, tuple[str, float]]:
    """Map each copy's doc_id to (kept doc_id, similarity), published articles first."""
    return {doc: (kept, score) for doc, kept, score in find_duplicates(
        _signatures(state, replaced, staged_files), threshold, window_days)}


def _signatures(state: pa.Table, replaced: set[str], staged_files: list[str]) -> Iterator[Signature]:
    published = state.filter(pc.equal(state["outcome"], "article")).sort_by("source_file")
    for batch in published.select(["doc_id", "text_hash", "minhash", "date"]).to_batches(max_chunksize=4096):
        for row in batch.to_pylist():  # a batch at a time: the state can be large
            if row["doc_id"] not in replaced and row["text_hash"]:
                yield Signature(row["doc_id"], row["text_hash"], row["minhash"], _day(row["date"]))
    for path in staged_files:
        table = pq.read_table(path, columns=["doc_id", "text_hash", "minhash", "date"])
        for row in table.to_pylist():
            yield Signature(row["doc_id"], row["text_hash"], row["minhash"], _day(row["date"]))


def _day(value) -> int | None:
    return value.toordinal() if value is not None else None


def repeated_sentences(staged_files: list[str], published: Path | None, folder: Path, run_id: str) -> dict[str, list]:
    """One-word edits that repeated sentences propose for this run's articles (flows/consensus.py).

    This run's sentence hashes go to `folder` (publication keeps them with the new
    snapshot); the published ones are read from the snapshot's `sentences/`. A snapshot
    without them (written before they were kept, or by a run without word repair) has
    its bodies hashed once, into `folder` too, so the next snapshot has them all.
    """
    wanted: set[str] = set()  # this run's articles, complete once their texts have been streamed

    def staged_texts() -> Iterator[tuple[str, str]]:
        for path in staged_files:
            for doc, _, body in article_texts(path):
                wanted.add(doc)
                yield doc, body

    texts = staged_texts()
    index = published / "sentences" if published else None
    if published is not None and not index.is_dir():
        old = sorted((published / "articles").glob("year=*/*.parquet"))
        texts = chain(texts, ((doc, body) for path in old for doc, _, body in article_texts(path) if doc not in wanted))
        index = None
    consensus.write_hashes(texts, folder, run_id)
    return consensus.proposals(wanted, folder, index)


def for_batch(staged_file: str, *by_doc: dict) -> list[dict]:
    """The entries of each doc_id-keyed mapping (duplicate links, repeated-sentence proposals)
    that concern one staged batch's articles: a process pool pickles every submission."""
    ids = pq.read_table(staged_file, columns=["doc_id"])["doc_id"].to_pylist()
    return [{doc_id: mapping[doc_id] for doc_id in ids if doc_id in mapping} for mapping in by_doc]


def finish_batch(staged_file: str, duplicates: dict[str, tuple[str, float]], models: Path,
                 settings: Settings, proposals: dict[str, list] | None = None) -> tuple[str, WordRepairStats]:
    """Repair words and set duplicate links in one staged batch; write it with the article schema."""
    table = pq.read_table(staged_file, schema=STAGED_SCHEMA)
    ids = table["doc_id"].to_pylist()
    links = [duplicates.get(doc_id, (None, None)) for doc_id in ids]
    table = table.set_column(table.schema.get_field_index("duplicate_of"), "duplicate_of",
                             pa.array([kept for kept, _ in links], pa.string()))
    table = table.set_column(table.schema.get_field_index("duplicate_similarity"), "duplicate_similarity",
                             pa.array([score for _, score in links], pa.float32()))
    table, stats = repair_table(table, models, settings, proposals)
    target = Path(staged_file).parent.parent / "final" / Path(staged_file).name
    write_table(table.select(ARTICLES_SCHEMA.names).cast(ARTICLES_SCHEMA), target)
    return str(target), stats


def state_files_of(reports: list[BatchReport]) -> list[Path]:
    return [Path(r.state_file) for r in reports if r.state_file]


def summarise(reports: list[BatchReport]) -> dict:
    """Counts and timings across batches, for the manifest and the artifact."""
    steps: dict[str, StepStats] = {}
    rejects, languages = Counter(), Counter()
    for report in reports:
        rejects.update(report.rejects)
        languages.update(report.languages)
        for name, stats in report.steps.items():
            steps.setdefault(name, StepStats()).merge(stats)
    fixes = Counter()
    for name in ("encoding", "metadata"):
        if name in steps:
            fixes.update({k: v for k, v in steps[name].counters.items() if k not in ("with_date", "without_date")})
    return {
        "files": sum(r.files for r in reports), "articles": sum(r.articles for r in reports),
        "rejects": dict(rejects), "languages": dict(languages), "fixes": dict(fixes),
        "encodings": dict(steps["decode"].counters) if "decode" in steps else {},
        "steps": {name: stats.as_dict() for name, stats in steps.items()},
    }


def settings_dict(settings: Settings) -> dict:
    return asdict(settings)

