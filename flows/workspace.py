"""The folders of one run's work in progress, under OUT/.staging/<run_id>/.

Each pass and each corpus-wide phase reads the folders before it and writes its
own, as datatrove's MinHash stages do, so that a phase can run on any machine that
mounts the folder and a newcomer can look at what each one produced:

    staged/       first pass: every document of a batch (articles and rejects), one file per batch
    signatures/   first pass: duplicate signatures of a batch's articles
    sentences/    first pass: sentence hashes of a batch's articles (when word repair is on)
    leads/        first pass: examples of headlines and of articles' sentences, and the undecided first lines
    lines/        first pass: hashes of a batch's short body lines
    links/        duplicates phase: which article is a copy of which
    layout/       layout phase: each language's model of its headlines
    boilerplate/  boilerplate phase: the lines that recur across many stories
    proposals/    repeated-sentences phase: one-word edits their copies show
    repairs/      second pass: the word edits each batch worked out, so exact copies in later batches reuse them
    final/        second pass: articles, rejects and state rows of each batch, ready to publish
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Workspace:
    root: Path

    @property
    def staged(self) -> Path:
        return self.root / "staged"

    @property
    def signatures(self) -> Path:
        return self.root / "signatures"

    @property
    def sentences(self) -> Path:
        return self.root / "sentences"

    @property
    def leads(self) -> Path:
        return self.root / "leads"

    @property
    def lines(self) -> Path:
        return self.root / "lines"

    @property
    def layout(self) -> Path:
        return self.root / "layout"

    @property
    def boilerplate(self) -> Path:
        return self.root / "boilerplate"

    @property
    def links(self) -> Path:
        return self.root / "links"

    @property
    def proposals(self) -> Path:
        return self.root / "proposals"

    @property
    def repairs(self) -> Path:
        return self.root / "repairs"

    @property
    def final(self) -> Path:
        return self.root / "final"

    @staticmethod
    def batch_file(folder: Path, batch: int, kind: str | None = None) -> Path:
        """The file of one batch in one folder: `<folder>/<kind or folder name>-<batch>.parquet`."""
        return folder / f"{kind or folder.name}-{batch:05d}.parquet"

    def files(self, folder: Path, kind: str | None = None) -> list[Path]:
        """Every batch file of a folder, in batch order."""
        return sorted(folder.glob(f"{kind or folder.name}-*.parquet"))
