"""The peer's side of `benchmarks/peer.py`: the same job written the way a datatrove user would write it.

    python -c "import sys; sys.path.insert(0, 'benchmarks'); import peer_datatrove; peer_datatrove.main()" RAW OUT

raw .txt files -> one Document per file (`TextFileReader`) -> `FTFYFormatter` ->
langdetect on the first 1,000 characters (`LangdetectTagger`) -> `ParquetWriter`
(zstd), run by `LocalPipelineExecutor` (2 tasks on 2 workers by default).

Why a reader class rather than converting to JSONL first: datatrove has no
plain per-file text reader, and a user would write these fifteen lines (a
`BaseDiskReader` whose `read_file` yields one Document) rather than add a
conversion pass. Converting first would make datatrove read every byte twice
and write a copy, which measures our choice of format, not datatrove; the
reader runs inside datatrove's own tasks, sharded the way its readers are.

Bytes are decoded as UTF-8 with replacement characters, as datatrove's own
readers open text (they assume UTF-8); our pipeline instead detects each
file's encoding. FTFYFormatter then repairs mojibake as in any datatrove job.

This module is imported, never run as `__main__`: the executor's forkserver
workers unpickle the steps by module name, which `__main__` would not give.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from datatrove.data import Document, DocumentsPipeline
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.formatters import FTFYFormatter
from datatrove.pipeline.readers.base import BaseDiskReader
from datatrove.pipeline.writers import ParquetWriter

LANGUAGE_CHARS = 1000  # langdetect reads this many characters of each document
SEED = 0  # langdetect samples at random: a fixed seed gives the same answer every run


class TextFileReader(BaseDiskReader):
    """One Document per raw file: its whole content as text, its path as id."""

    name = "📄 Text files"

    def read_file(self, filepath: str) -> Iterator[Document]:
        with self.track_time(), self.data_folder.open(filepath, "rb") as handle:  # read and decode, timed
            text = handle.read().decode("utf-8", errors="replace")
            document = self.get_document_from_dict({"text": text, "id": filepath}, filepath, 0)
        if document is not None:  # empty files are skipped, as datatrove's readers do
            yield document


class LangdetectTagger(PipelineStep):
    """Tag each document's language with langdetect (seeded), keeping every document.

    datatrove's LanguageFilter needs a fastText model downloaded from the Hub;
    offline, langdetect (which ships its profiles) does the same job.
    """

    type = "🏷 - TAGGER"
    name = "🌐 langdetect"

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException

        DetectorFactory.seed = SEED
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                try:
                    best = detect_langs(doc.text[:LANGUAGE_CHARS])[0]
                    doc.metadata["language"], doc.metadata["language_score"] = best.lang, best.prob
                except LangDetectException:  # no letters to go on
                    doc.metadata["language"], doc.metadata["language_score"] = "und", 0.0
            yield doc


def executor(raw: str, out: str, tasks: int, workers: int) -> LocalPipelineExecutor:
    """The pipeline; logs and stats go beside the Parquet files (under out/logs)."""
    pipeline = [TextFileReader(raw), FTFYFormatter(), LangdetectTagger(),
                ParquetWriter(f"{out}/data", compression="zstd")]
    return LocalPipelineExecutor(pipeline=pipeline, tasks=tasks, workers=workers, logging_dir=f"{out}/logs")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("raw")
    ap.add_argument("out")
    ap.add_argument("--tasks", type=int, default=2)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    executor(args.raw, args.out, args.tasks, args.workers).run()
    return 0
