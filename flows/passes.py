"""The two passes over one batch of inputs: plain functions of folders and settings, no Prefect.

First pass (`stage_batch`): read, decode, repair encoding, read the header, tell the
headline from the article and take site chrome out, detect the language, sign for
duplicates, and collect what the corpus-wide phases count, one step at a time over
the whole batch (flows/stages, and the first-pass steps of flows/corpus); the batch is written to
the workspace's `staged/`, `signatures/`, `leads/`, `lines/` and, with word repair,
`sentences/` folders.

Between the passes, corpus-wide phases read those folders and write their own
(flows/corpus: word models, duplicates, headline models, boilerplate, repeated
sentences); all but boilerplate, which needs the duplicates, run side by side.

Second pass (`finish_batch`): the batch's documents are read back and go through
the second-pass steps (the duplicate link, the undecided first lines, boilerplate,
word repair with the proposals of repeated sentences); the result is written to
`final/`, ready to publish.

Both passes run their steps through the same base (flows/step.py), so an
exception on one document becomes that document's `stage_error` reject, with its
original bytes, and the run goes on.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from flows import staged
from flows.corpus import boilerplate, duplicates, layout, models, repeated
from flows.corpus.boilerplate import BoilerplateStep, LineHashStep
from flows.corpus.duplicates import LinkStep, links_for, signature_table
from flows.corpus.layout import LeadDecisionStep, LeadExampleStep
from flows.corpus.repeated import SentenceHashStep, proposals_for
from flows.document import Document, Rejected
from flows.output.rows import output_tables, write_table
from flows.settings import Settings
from flows.stages.chrome import ChromeStep
from flows.stages.decode import DecodeStep
from flows.stages.discover import ReadStep, Source
from flows.stages.encoding import EncodingStep
from flows.stages.language import LanguageStep
from flows.stages.lead import LeadStep
from flows.stages.metadata import MetadataStep
from flows.stages.signature import DedupSignatureStep
from flows.stages.vocabulary import extra_phrases
from flows.step import Step, StepStats, run_batch
from flows.words.step import WordRepairStep
from flows.workspace import Workspace

# What a local worker process imports before its first task: this module (both passes)
# and every corpus-wide phase, plus datasketch, which the signatures need (imported only
# where used, so that the flow's own process never loads it and scipy).
WORKER_MODULES = [__name__, models.__name__, duplicates.__name__, repeated.__name__, layout.__name__,
                  boilerplate.__name__, "datasketch"]


@dataclass
class BatchReport:
    """What a pass over a batch returns to the flow: counts and timings, never the documents."""

    batch: int
    files: int = 0
    articles: int = 0
    rejects: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    titles: Counter = field(default_factory=Counter)  # title_source of the articles
    steps: dict[str, StepStats] = field(default_factory=dict)
    seconds: float = 0.0

    @classmethod
    def of(cls, batch: int, docs: list[Document], steps: list[Step], started: float) -> BatchReport:
        return cls(batch=batch, files=len(docs), articles=sum(not d.rejected for d in docs),
                   rejects=Counter(d.reject_reason for d in docs if d.rejected),
                   languages=Counter(d.language for d in docs if not d.rejected),
                   titles=Counter(d.title_source or "none" for d in docs if not d.rejected),
                   steps={s.name: s.stats for s in steps}, seconds=time.perf_counter() - started)


def first_pass(raw: Path | str, settings: Settings) -> list[Step]:
    """The per-document steps from raw bytes to a staged article, in order."""
    extra = extra_phrases(settings.chrome_phrases)
    steps = [ReadStep(raw, settings.max_bytes), DecodeStep(settings.max_chars), EncodingStep(), MetadataStep(),
             LeadStep(extra), ChromeStep(extra, settings.cut_caption_credits),
             LanguageStep(settings.language_max_chars), DedupSignatureStep(), LeadExampleStep(), LineHashStep()]
    return steps + ([SentenceHashStep()] if settings.word_repair else [])


def _documents(sources: list[Source], batch: int) -> Iterator[Document]:
    for source in sources:
        doc = Document(doc_id=source.doc_id, source_file=source.source_file, batch=batch)
        if source.problem:
            doc.reject("discover", Rejected(source.problem, source.detail))
        yield doc


def stage_batch(raw: Path | str, sources: list[Source], workspace: Workspace, batch: int, run_id: str,
                settings: Settings) -> BatchReport:
    """The first pass over one batch; writes its staged, signature and sentence files."""
    started = time.perf_counter()
    steps = first_pass(raw, settings)
    docs = run_batch(_documents(sources, batch), steps)
    staged.write_documents(docs, Workspace.batch_file(workspace.staged, batch))
    write_table(signature_table(docs), Workspace.batch_file(workspace.signatures, batch))
    name = f"{run_id}-{batch:05d}"  # kept with the published snapshot: names must not collide across runs
    for step in steps:
        if isinstance(step, SentenceHashStep):
            step.write(workspace.sentences, name)
        elif isinstance(step, LeadExampleStep):
            step.write(workspace.leads / f"leads-{name}.parquet")
        elif isinstance(step, LineHashStep):
            step.write(workspace.lines / f"lines-{name}.parquet")
    return BatchReport.of(batch, docs, steps, started)


def second_pass(workspace: Workspace, batch: int, models: Path, settings: Settings) -> list[Step]:
    """The per-document steps that apply what the corpus-wide phases found, in order."""
    return [LinkStep(links_for(workspace.links, batch)), LeadDecisionStep(workspace.layout),
            BoilerplateStep(workspace.boilerplate),
            WordRepairStep(models, settings, proposals_for(workspace.proposals, batch), workspace.repairs)]


def finish_batch(workspace: Workspace, batch: int, models: Path, settings: Settings, run_id: str,
                 ingested_at: datetime) -> BatchReport:
    """The second pass over one staged batch; writes its articles, rejects and state to `final/`."""
    started = time.perf_counter()
    steps = second_pass(workspace, batch, models, settings)
    docs = run_batch(staged.documents(Workspace.batch_file(workspace.staged, batch)), steps)
    for step in steps:
        if isinstance(step, WordRepairStep):
            step.write(workspace.repairs / f"repairs-{batch:05d}.pkl")
    articles, rejects, state = output_tables(docs, run_id, ingested_at)
    for kind, table in (("articles", articles), ("rejects", rejects), ("state", state)):
        write_table(table, Workspace.batch_file(workspace.final, batch, kind))
    return BatchReport.of(batch, docs, steps, started)


def summarise(staged: list[BatchReport], finished: list[BatchReport]) -> dict:
    """Counts and timings of both passes across batches, for the manifest and the artifact."""
    steps: dict[str, StepStats] = {}
    for report in staged + finished:
        for name, stats in report.steps.items():
            steps.setdefault(name, StepStats()).merge(stats)
    rejects, languages = Counter(), Counter()
    for report in finished or staged:
        rejects.update(report.rejects)
        languages.update(report.languages)
    fixes = Counter()
    for name in ("encoding", "metadata"):
        if name in steps:
            fixes.update({k: v for k, v in steps[name].counters.items() if k not in ("with_date", "without_date")})
    source = finished or staged
    removed = Counter()
    for name in ("lead", "chrome", "boilerplate"):
        if name in steps:
            removed.update({k.removeprefix("head:"): v for k, v in steps[name].counters.items()
                            if not k.startswith("lead:")})
    return {
        "files": sum(r.files for r in source), "articles": sum(r.articles for r in source),
        "rejects": dict(rejects), "languages": dict(languages), "fixes": dict(fixes), "removed": dict(removed),
        "titles": dict(sum((r.titles for r in source), Counter())),
        "encodings": dict(steps["decode"].counters) if "decode" in steps else {},
        "word_repair": _word_summary(steps.get("words")),
        "steps": {name: stats.as_dict() for name, stats in steps.items()},
    }


def _word_summary(stats: StepStats | None) -> dict:
    """The word step's counters, grouped as the manifest reports them."""
    if stats is None:
        return {}
    counters = stats.counters

    def group(prefix: str) -> dict:
        return {k[len(prefix):]: v for k, v in sorted(counters.items()) if k.startswith(prefix)}

    return {"articles": stats.docs, "edited_articles": counters.get("edited_articles", 0),
            "seconds": round(stats.seconds, 3), "ops": group("op:"), "evidence": group("evidence:"),
            "skipped": group("skipped:"), "remembered": counters.get("remembered", 0)}
