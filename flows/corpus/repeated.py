"""Repeated sentences: a sentence that appears elsewhere in the corpus with one word more or less.

News repeats itself: wire copy syndicated under several names, updated versions
of a story, boilerplate. When one crawl of a sentence lost a word or gained a
stray one, another article often holds the sentence intact. This phase finds, for
every sentence of this run's articles, the sentences of the corpus (this run's and
the published ones) that equal it with exactly one inner word inserted or removed,
and proposes that one edit. flows/words/copies.py decides which proposals to apply:
the language model must agree where a function word is concerned, and a lone
content-word insertion needs a second such repair in its article, since two
versions of a story may differ by an adverb.

Every sentence becomes hashes: of itself, and of itself without each inner word
(a "deletion neighbourhood", as in SymSpell). A sentence whose hash equals another
article's "without word i" hash lacks that word; a sentence whose "without word i"
hash equals another article's sentence has a stray word i.

- First pass: `SentenceHashStep` hashes each article of a batch and writes the
  batch's `sentences/` files (in parallel, with the other first-pass work).
- Corpus-wide: `propose` joins them with the published corpus's hashes in DuckDB
  (which spills past memory) and writes `proposals/`; the hashes are kept with each
  published snapshot, so a run hashes only its own articles.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from flows import spill
from flows.corpus.duplicates import batches_of
from flows.document import Document
from flows.output.rows import write_table
from flows.output.store import Store
from flows.step import Step
from flows.words.copies import Proposal
from flows.words.tokens import KEY_FORMAT, char_to_byte, span_keys, split_sentences
from flows.workspace import Workspace

# Shorter sentences repeat by chance ("He said it was fine."), and a one-word
# difference between two of them says nothing; 8 words is where dev's repeated
# sentences stop being stock phrases.
MIN_WORDS = 8
# Each inner word of a sentence is a row of the index: a 40,000-word "sentence" of an
# unpunctuated file would add 40,000 rows that no news sentence can match. News
# sentences stay far below 100 words; longer ones are hashed as they stand but get
# no variants, so they are never repaired from copies.
MAX_WORDS = 100

# The key format travels with the files: a published index in another format is rebuilt (`has_index`).
_FORMAT = {b"sentence_key": KEY_FORMAT.encode()}
SENTENCES = pa.schema([("doc_id", pa.string()), ("paragraph", pa.int32()), ("sentence", pa.int32()),
                       ("hash", pa.int64())], metadata=_FORMAT)
VARIANTS = pa.schema([("doc_id", pa.string()), ("paragraph", pa.int32()), ("sentence", pa.int32()),
                      ("hash", pa.int64()), ("position", pa.int32()), ("word", pa.string())], metadata=_FORMAT)
# A proposal names its sentence by hash, not by place: the second pass may move lines of the body
# (a first line restored, boilerplate taken out) before word repair looks for it.
PROPOSALS = pa.schema([("doc_id", pa.string()), ("batch", pa.int32()), ("hash", pa.int64()), ("op", pa.string()),
                       ("position", pa.int32()), ("word", pa.string())])
PROPOSALS_FILE = "proposals.parquet"


def article_hashes(body: str) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray | pa.Array]]:
    """One article's rows, column by column: sentences (paragraph, sentence, hash) of MIN_WORDS - 1
    words or more, and variants (paragraph, sentence, hash, position, word) for each inner word of
    those of MIN_WORDS to MAX_WORDS words.

    A variant is the sentence less one word and the space before it. Only the sentence
    split runs per sentence in Python; words are found from the positions of the body's
    spaces (a sentence's words are its " "-separated parts), and every key is worked
    out at once from spans of the body (`span_keys`: the same keys as `sentence_key`
    gives the words joined).
    """
    places: list[tuple[int, int, int, int]] = []  # (paragraph, sentence, start, end), characters
    offset = 0
    for pi, paragraph in enumerate(body.split("\n\n")):
        spans = split_sentences(paragraph)
        places.extend((pi, si, offset + start, offset + end) for si, (start, end) in enumerate(spans))
        offset += len(paragraph) + 2
    raw = body.encode("utf-8")
    place = np.array(places, dtype=np.int64).reshape(-1, 4)
    start, end = char_to_byte(body, raw, place[:, 2:]).T
    spaces = np.flatnonzero(np.frombuffer(raw, dtype=np.uint8) == 32)
    first = np.searchsorted(spaces, start)  # the sentence's first space, and one past its last
    words = np.searchsorted(spaces, end) - first + 1
    kept = words >= MIN_WORDS - 1
    sentences = {"paragraph": place[kept, 0], "sentence": place[kept, 1],
                 "hash": span_keys(raw, start[kept], end[kept])}
    varied = np.flatnonzero(kept & (words >= MIN_WORDS) & (words <= MAX_WORDS))
    inner = words[varied] - 2  # damage keeps a sentence's first and last word
    row = np.repeat(varied, inner)
    position = np.arange(len(row)) - np.repeat(np.cumsum(inner) - inner, inner) + 1
    cut_start = spaces[first[row] + position - 1]  # the space before the word
    cut_end = spaces[first[row] + position]  # the space after it
    variants = {"paragraph": place[row, 0], "sentence": place[row, 1],
                "hash": span_keys(raw, start[row], end[row], cut_start, cut_end), "position": position,
                "word": _slices(raw, cut_start + 1, cut_end)}
    return sentences, variants


def _slices(raw: bytes, starts: np.ndarray, ends: np.ndarray) -> pa.Array:
    """raw[start:end] for each pair, as strings, without a Python object each: the pairs are in
    order, so one offsets buffer over `raw` holds them with the gaps between, which are dropped."""
    if not len(starts):
        return pa.array([], pa.string())
    offsets = np.empty(2 * len(starts), dtype=np.int32)
    offsets[0::2], offsets[1::2] = starts, ends
    spans = pa.Array.from_buffers(pa.string(), len(offsets) - 1, [None, pa.py_buffer(offsets), pa.py_buffer(raw)])
    return spans.take(pa.array(np.arange(0, len(offsets) - 1, 2)))


class HashRows:
    """A batch's sentence and variant rows (some 400 variants an article), kept as columns."""

    def __init__(self) -> None:
        self.doc_ids: list[str] = []
        self.parts: dict[str, list[tuple[int, dict]]] = {"s": [], "v": []}

    def add(self, doc_id: str, body: str) -> int:
        """Hash one article; how many of its sentences were hashed."""
        sentences, variants = article_hashes(body)
        self.parts["s"].append((len(self.doc_ids), sentences))
        self.parts["v"].append((len(self.doc_ids), variants))
        self.doc_ids.append(doc_id)
        return len(sentences["hash"])

    def write(self, folder: Path, prefix: str) -> None:
        doc_ids = pa.array(self.doc_ids, pa.string())
        for kind, schema in (("s", SENTENCES), ("v", VARIANTS)):
            parts = self.parts[kind]
            numbers = np.concatenate([np.full(len(cols["hash"]), n, dtype=np.int32) for n, cols in parts] or [[]])
            arrays = [doc_ids.take(pa.array(numbers, pa.int32()))]
            for field in list(schema)[1:]:
                values = [cols[field.name] for _, cols in parts]
                if field.type == pa.string():
                    arrays.append(pa.concat_arrays(values) if values else pa.array([], pa.string()))
                else:
                    arrays.append(pa.array(np.concatenate(values) if values else [], field.type))
            write_table(pa.table(arrays, schema=schema), folder / f"{kind}-{prefix}.parquet")


def write_hashes(texts: Iterable[tuple[str, str]], folder: Path, prefix: str) -> None:
    """Hash (doc_id, body) pairs into `s-<prefix>.parquet` and `v-<prefix>.parquet` under `folder`."""
    rows = HashRows()
    for doc_id, body in texts:
        rows.add(doc_id, body)
    rows.write(folder, prefix)


class SentenceHashStep(Step):
    """First pass: hash the sentences of each article of a batch; `write` stores them."""

    name = "sentence_hashes"

    def __init__(self) -> None:
        super().__init__()
        self.rows = HashRows()

    def apply(self, doc: Document) -> None:
        self.count("sentences", self.rows.add(doc.doc_id, doc.body))

    def write(self, folder: Path, prefix: str) -> None:
        self.rows.write(folder, prefix)


PROPOSALS_SQL = """
WITH s AS ({s}),
     v AS ({v}),
     elsewhere AS (SELECT hash, count(DISTINCT doc_id) AS docs FROM s GROUP BY hash),
     proposals AS (
        -- the sentence lacks the word another article's sentence has at `position`
        SELECT s.doc_id, s.paragraph, s.sentence, s.hash, 'insert' AS op, v.position, v.word
        FROM s JOIN v ON s.hash = v.hash AND s.doc_id <> v.doc_id
        UNION
        -- the sentence has a word that another article's sentence lacks
        SELECT v.doc_id, v.paragraph, v.sentence, NULL, 'delete', v.position, v.word
        FROM v JOIN s ON v.hash = s.hash AND s.doc_id <> v.doc_id),
     own AS (SELECT doc_id, paragraph, sentence, any_value(hash) AS hash FROM s GROUP BY ALL)
SELECT p.doc_id, w.batch, own.hash, p.op, p.position, p.word
FROM (SELECT DISTINCT doc_id, paragraph, sentence, op, position, word FROM proposals) p
JOIN own USING (doc_id, paragraph, sentence) JOIN elsewhere ON elsewhere.hash = own.hash
JOIN wanted w ON w.doc_id = p.doc_id
WHERE elsewhere.docs = 1  -- the sentence as it stands is in no other article: nothing vouches for it
QUALIFY count(*) OVER (PARTITION BY p.doc_id, p.paragraph, p.sentence) = 1  -- one reading only
ORDER BY p.doc_id, p.paragraph, p.sentence, p.op, p.position, p.word
"""


def has_index(folder: Path | None) -> bool:
    """Whether a published snapshot's `sentences/` holds hashes in this version's format."""
    files = sorted(folder.glob("s-*.parquet")) if folder is not None and folder.is_dir() else []
    return bool(files) and (pq.read_schema(files[0]).metadata or {}).get(b"sentence_key") == _FORMAT[b"sentence_key"]


def propose(fresh: Path, published: Path | None, wanted: dict[str, int], replaced: set[str], out: Path) -> int:
    """The repeated-sentences phase: one-word edits for the sentences of the articles in `wanted`
    ({doc_id: batch}), from this run's hashes under `fresh` and the published ones under
    `published` (less the articles this run replaces); written to `out/proposals.parquet`."""
    def rows(kind: str) -> str:
        query = f"SELECT * FROM read_parquet('{fresh.as_posix()}/{kind}-*.parquet')"
        if published is not None:
            query += (f" UNION ALL SELECT * FROM read_parquet('{published.as_posix()}/{kind}-*.parquet')"
                      " WHERE doc_id NOT IN (SELECT doc_id FROM excluded)")
        return query

    with tempfile.TemporaryDirectory(prefix="repeated-") as tmp:
        con = spill.connection(Path(tmp))  # the join spills past memory
        con.register("wanted", pa.table({"doc_id": pa.array(list(wanted), pa.string()),
                                         "batch": pa.array(list(wanted.values()), pa.int32())}))
        con.register("excluded", pa.table({"doc_id": pa.array(sorted(set(wanted) | replaced), pa.string())}))
        found = con.sql(PROPOSALS_SQL.format(s=rows("s"), v=rows("v"))).to_arrow_table()
    write_table(found.cast(PROPOSALS), out / PROPOSALS_FILE)
    return found.num_rows


def proposals_for(folder: Path, batch: int) -> dict[str, list[Proposal]]:
    """The proposals for one batch's articles: {doc_id: [(sentence hash, op, position, word)]}."""
    path = folder / PROPOSALS_FILE
    if not path.exists():
        return {}
    out: dict[str, list[Proposal]] = {}
    for row in pq.read_table(path, filters=[("batch", "=", batch)]).to_pylist():
        out.setdefault(row["doc_id"], []).append((row["hash"], row["op"], row["position"], row["word"]))
    return out


def propose_for_run(workspace: Workspace, store: Store, replaced: set[str], run_id: str) -> int:
    """The phase as a run performs it: this run's hashes against the published snapshot's.

    A snapshot without hashes of this format (written by an older version, or by a
    run without word repair) has its bodies hashed once, into this run's folder, so
    that the next snapshot holds them all.
    """
    wanted = batches_of(workspace.files(workspace.signatures))
    current = store.current()
    index = current / "sentences" if current is not None else None
    if current is not None and not has_index(index):
        excluded = set(wanted) | replaced
        texts = ((doc, body) for table in store.article_texts()
                 for doc, body in zip(table["doc_id"].to_pylist(), table["body"].to_pylist()) if doc not in excluded)
        write_hashes(texts, workspace.sentences, f"{run_id}-published")
        index = None
    return propose(workspace.sentences, index, wanted, replaced, workspace.proposals)
