"""Boilerplate: short lines that recur across many stories of different dates, the line-frequency
method of C4, cc_net and dolma, taken out of bodies and recorded.

A site's chrome repeats on every page it serves ("More from the Sport desk", a
newsletter plug, a paywall notice), in whatever language, which a vocabulary
(flows/stages/chrome.py) cannot list. Counting lines across the corpus finds it.
Copies of one story share their sentences, so lines are counted by distinct
stories (a copy counts as the story it copies: flows/corpus/duplicates.py), and a
line must recur across dates too (an undated story counts as a date of its own).

- First pass: `LineHashStep` hashes each article's short lines into `lines/`.
- Corpus-wide: `find` counts them, with the published corpus's lines (kept with each
  snapshot: a run hashes only its own articles), and writes `boilerplate/`.
- Second pass: `BoilerplateStep` takes those lines out of this run's articles.
  Articles published earlier are not rewritten unless the run is a full refresh.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows import spill
from flows.corpus.duplicates import LINKS_FILE
from flows.document import Document, Removal
from flows.output.rows import write_table
from flows.settings import Settings
from flows.step import Step

# Lines of up to this many words are candidates: chrome is short; a recurring longer
# paragraph is syndicated copy, which duplicate linking deals with. A line written as a
# sentence, with its final stop, is prose whatever its frequency: a columnist's signature
# line, "Additional reporting by staff." under wire copy ("never remove content"); chrome
# of that shape is for the vocabulary (flows/stages/chrome.py) or the user's own phrases.
MAX_WORDS = 20
# A line is boilerplate when Settings.boilerplate_min_stories distinct stories, and
# Settings.boilerplate_min_share of all the corpus's stories, carry it (argued in
# flows/settings.py), on at least MIN_DATES dates.
MIN_DATES = 2  # not one month's news: a phrase of the week is not chrome
LINES = pa.schema([("doc_id", pa.string()), ("hash", pa.int64()), ("month", pa.string())])
FOUND = pa.schema([("hash", pa.int64()), ("stories", pa.int64())])
FOUND_FILE = "boilerplate.parquet"


def line_key(line: str) -> int | None:
    """The hash a line is counted under (case and spacing folded), or None when it is no candidate."""
    words = line.casefold().split()
    if not words or len(words) > MAX_WORDS or words[-1].rstrip("\"'”’»)")[-1:] in (".", "!", "?"):
        return None
    digest = hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


class LineHashStep(Step):
    """First pass: hash each article's short body lines; `write` stores them."""

    name = "line_hashes"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict] = []

    def apply(self, doc: Document) -> None:
        month = doc.date.strftime("%Y-%m") if doc.date else None
        keys = {key for line in doc.body.split("\n") if (key := line_key(line)) is not None}
        self.rows += [{"doc_id": doc.doc_id, "hash": key, "month": month} for key in sorted(keys)]
        self.count("lines", len(keys))

    def write(self, path: Path) -> None:
        write_table(pa.Table.from_pylist(self.rows, LINES), path)


FIND_SQL = """
WITH lines AS ({lines}),
     stories AS (SELECT doc_id, coalesce(duplicate_of, doc_id) AS story FROM ({stories})),
     counted AS (
        SELECT l.hash, count(DISTINCT coalesce(s.story, l.doc_id)) AS stories,
               count(DISTINCT coalesce(l.month, l.doc_id)) AS dates
        FROM lines l LEFT JOIN stories s USING (doc_id) GROUP BY l.hash),
     total AS (SELECT count(DISTINCT coalesce(s.story, l.doc_id)) AS n FROM lines l LEFT JOIN stories s USING (doc_id))
SELECT hash, stories FROM counted, total
WHERE stories >= greatest({min_stories}, {min_share} * total.n) AND dates >= {min_dates}
ORDER BY hash
"""


def find(fresh: Path, links: Path, published: Path | None, excluded: set[str], out: Path,
         min_stories: int = Settings.boilerplate_min_stories, min_share: float = Settings.boilerplate_min_share) -> int:
    """The phase: which line hashes are boilerplate, from this run's lines (`fresh`) and the published ones
    (`published`: the snapshot; less the articles this run replaces); written to `out`."""
    lines = f"SELECT doc_id, hash, month FROM read_parquet('{fresh.as_posix()}/*.parquet')"
    stories = f"SELECT doc_id, duplicate_of FROM read_parquet('{(links / LINKS_FILE).as_posix()}')"
    index = published / "lines" if published is not None else None
    if index is not None and any(index.glob("*.parquet")):
        lines += (f" UNION ALL SELECT doc_id, hash, month FROM read_parquet('{index.as_posix()}/*.parquet')"
                  " WHERE doc_id NOT IN (SELECT doc_id FROM excluded)")
        stories += (f" UNION ALL SELECT doc_id, duplicate_of FROM read_parquet("
                    f"'{(published / 'articles').as_posix()}/*/*.parquet')")
    with tempfile.TemporaryDirectory(prefix="boilerplate-") as tmp:
        con = spill.connection(Path(tmp))
        con.register("excluded", pa.table({"doc_id": pa.array(sorted(excluded), pa.string())}))
        found = con.sql(FIND_SQL.format(lines=lines, stories=stories, min_stories=int(min_stories),
                                        min_share=float(min_share), min_dates=MIN_DATES)).to_arrow_table()
    write_table(found.cast(FOUND), out / FOUND_FILE)
    return found.num_rows


def original_index(removed: list[Removal], paragraph: int) -> int:
    """The index a paragraph of the body had before the recorded whole-paragraph removals."""
    for r in sorted(r.paragraph for r in removed if r.place == "body" and r.line < 0):
        if r <= paragraph:
            paragraph += 1
    return paragraph


def original_line(removed: list[Removal], paragraph: int, line: int) -> int:
    """The index a line of an (original) paragraph had before the recorded line removals in it."""
    for r in sorted(r.line for r in removed if r.place == "body" and r.paragraph == paragraph and r.line >= 0):
        if r <= line:
            line += 1
    return line


class BoilerplateStep(Step):
    """Second pass: take the corpus's boilerplate lines out of each body; record every removal."""

    name = "boilerplate"

    def __init__(self, folder: Path) -> None:
        super().__init__()
        path = folder / FOUND_FILE
        self.found = set(pq.read_table(path)["hash"].to_pylist()) if path.exists() else set()

    def apply(self, doc: Document) -> None:
        if not self.found:
            return
        before, kept = list(doc.removed), []
        for pi, paragraph in enumerate(doc.body.split("\n\n")):
            lines = paragraph.split("\n")
            hits = [line_key(line) in self.found for line in lines]
            where = original_index(before, pi)
            if all(hits):
                doc.removed.append(Removal("boilerplate", "body", where, -1, paragraph))
                self.count("boilerplate")
                continue
            for li in [i for i, hit in enumerate(hits) if hit]:
                doc.removed.append(Removal("boilerplate", "body", where, original_line(before, where, li), lines[li]))
                self.count("boilerplate")
            kept.append("\n".join(line for line, hit in zip(lines, hits) if not hit))
        doc.body = "\n\n".join(kept)


def find_for_run(lines: Path, links: Path, this_run: set[str], store_current: Path | None, replaced: set[str],
                 out: Path, settings: Settings) -> int:
    """The phase as a run performs it: this run's lines with the published snapshot's (less the articles this
    run processes again)."""
    return find(lines, links, store_current, this_run | replaced, out, settings.boilerplate_min_stories,
                settings.boilerplate_min_share)
