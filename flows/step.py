"""The small base every stage builds on (after datatrove's PipelineStep).

A stage implements one method, `apply(doc)`; the base streams documents through
a generator, skips those already rejected, turns `Rejected` (and, so that one bad
file can never crash a run, any other exception) into a reject, and counts and
times every stage the same way.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from flows.document import Document, Rejected


@dataclass
class StepStats:
    """What one stage did in one batch; summed across batches by the flow."""

    docs: int = 0
    rejected: int = 0
    seconds: float = 0.0
    counters: Counter = field(default_factory=Counter)

    def merge(self, other: StepStats) -> None:
        self.docs += other.docs
        self.rejected += other.rejected
        self.seconds += other.seconds
        self.counters.update(other.counters)

    def as_dict(self) -> dict:
        return {"docs": self.docs, "rejected": self.rejected, "seconds": round(self.seconds, 4),
                "counters": dict(self.counters)}


class Step:
    """One stage of the pipeline. Subclasses set `name` and implement `apply`."""

    name = "step"

    def __init__(self) -> None:
        self.stats = StepStats()

    def apply(self, doc: Document) -> None:
        """Fill in this stage's fields of `doc`, or raise `Rejected`."""
        raise NotImplementedError

    def count(self, key: str, n: int = 1) -> None:
        self.stats.counters[key] += n

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if not doc.rejected:
                self._apply_timed(doc)
            yield doc

    def _apply_timed(self, doc: Document) -> None:
        start = time.perf_counter()
        try:
            self.apply(doc)
        except Rejected as error:
            doc.reject(self.name, error)
        except Exception as error:  # noqa: BLE001 - one bad file must not end the run
            doc.reject(self.name, Rejected("stage_error", f"{type(error).__name__}: {error}"))
        self.stats.docs += 1
        self.stats.rejected += doc.rejected
        self.stats.seconds += time.perf_counter() - start


def run_steps(docs: Iterable[Document], steps: list[Step]) -> Iterator[Document]:
    """Chain the stages lazily: one document at a time goes through all of them."""
    for step in steps:
        docs = step.run(docs)
    return iter(docs)


def run_batch(docs: Iterable[Document], steps: list[Step]) -> list[Document]:
    """Run a batch through the stages one stage at a time: every document through the first, then
    every one through the second, and so on.

    A batch is held whole anyway (it is written as one file), and a stage's working set
    (langdetect's 40 MB profile table, ftfy's, the chrome patterns, the word model) then
    stays in the CPU caches instead of being pushed out by the other stages after every
    document: the first pass over dev took 17% less CPU (10.1 -> 8.3 s) than with one
    document at a time through every stage.
    """
    batch = list(docs)
    for step in steps:
        batch = list(step.run(batch))
    return batch
