"""Repeated sentences: a sentence that appears elsewhere in the corpus with one word more or less.

News repeats itself: wire copy syndicated under several names, updated versions
of a story, boilerplate. When one crawl of a sentence lost a word or gained a
stray one, another article often holds the sentence intact. This stage finds,
for every sentence of this run's articles, the sentences of the corpus (this
run's and the published ones) that equal it with exactly one inner word inserted
or removed, and proposes that one edit. flows/words.py decides which proposals
to apply: the language model must agree where a function word is concerned, and
a lone content-word insertion needs a second such repair in its article, since
two versions of a story may differ by an adverb.

Every sentence becomes hashes: of itself, and of itself without each inner word
(a "deletion neighbourhood", as in SymSpell). A sentence whose hash equals another
article's "without word i" hash lacks that word; a sentence whose "without word
i" hash equals another article's sentence has a stray word i. The hashes are
written to Parquet batch by batch and joined by DuckDB, so the index may be larger
than memory, and they are kept with each published snapshot (`sentences/`), so a
run hashes only its own articles.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows.ngram import split_sentences

# Shorter sentences repeat by chance ("He said it was fine."), and a one-word
# difference between two of them says nothing; 8 words is where dev's repeated
# sentences stop being stock phrases.
MIN_WORDS = 8
ROWS_PER_SPILL = 200_000

SENTENCES = pa.schema([("doc", pa.string()), ("paragraph", pa.int32()), ("sentence", pa.int32()),
                       ("hash", pa.int64())])
VARIANTS = pa.schema([("doc", pa.string()), ("paragraph", pa.int32()), ("sentence", pa.int32()),
                      ("hash", pa.int64()), ("position", pa.int32()), ("word", pa.string())])
# one proposal per sentence: (paragraph, sentence, op, position, word)
Proposal = tuple[int, int, str, int, str]


def _hash(text: str) -> int:
    """A stable 64-bit hash (Python's own is salted per process)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little", signed=True)


def sentence_hashes(doc: str, body: str) -> Iterator[tuple[str, tuple]]:
    """("s", sentence row) for each sentence of MIN_WORDS - 1 words or more, and
    ("v", variant row) for each inner word of those of MIN_WORDS or more."""
    for pi, paragraph in enumerate(body.split("\n\n")):
        for si, (start, end) in enumerate(split_sentences(paragraph)):
            words = paragraph[start:end].split(" ")
            if len(words) < MIN_WORDS - 1:
                continue
            yield "s", (doc, pi, si, _hash(" ".join(words)))
            if len(words) < MIN_WORDS:
                continue
            for i in range(1, len(words) - 1):  # damage keeps a sentence's first and last word
                yield "v", (doc, pi, si, _hash(" ".join(words[:i] + words[i + 1:])), i, words[i])


def write_hashes(docs: Iterable[tuple[str, str]], folder: Path, prefix: str) -> None:
    """Write the sentence and variant hashes of (doc_id, body) pairs as Parquet files
    `s-<prefix>-N.parquet` and `v-<prefix>-N.parquet` under `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[tuple]] = {"s": [], "v": []}
    count = 0

    def flush() -> None:
        nonlocal count
        for kind, schema in (("s", SENTENCES), ("v", VARIANTS)):
            columns = list(zip(*rows[kind])) or [[] for _ in schema]
            table = pa.table([pa.array(c, f.type) for c, f in zip(columns, schema)], schema=schema)
            pq.write_table(table, folder / f"{kind}-{prefix}-{count:05d}.parquet")
            rows[kind].clear()
        count += 1

    for doc, body in docs:
        for kind, row in sentence_hashes(doc, body):
            rows[kind].append(row)
        if len(rows["v"]) >= ROWS_PER_SPILL:
            flush()
    flush()


PROPOSALS_SQL = """
WITH s AS ({s}),
     v AS ({v}),
     elsewhere AS (SELECT hash, count(DISTINCT doc) AS docs FROM s GROUP BY hash),
     proposals AS (
        -- the sentence lacks the word another article's sentence has at `position`
        SELECT s.doc, s.paragraph, s.sentence, s.hash, 'insert' AS op, v.position, v.word
        FROM s JOIN v ON s.hash = v.hash AND s.doc <> v.doc
        UNION
        -- the sentence has a word that another article's sentence lacks
        SELECT v.doc, v.paragraph, v.sentence, NULL, 'delete', v.position, v.word
        FROM v JOIN s ON v.hash = s.hash AND s.doc <> v.doc),
     own AS (SELECT doc, paragraph, sentence, any_value(hash) AS hash FROM s GROUP BY ALL)
SELECT p.doc, p.paragraph, p.sentence, p.op, p.position, p.word
FROM (SELECT DISTINCT doc, paragraph, sentence, op, position, word FROM proposals) p
JOIN own USING (doc, paragraph, sentence) JOIN elsewhere ON elsewhere.hash = own.hash
WHERE p.doc IN (SELECT doc FROM wanted)
  AND elsewhere.docs = 1  -- the sentence as it stands is in no other article: nothing vouches for it
QUALIFY count(*) OVER (PARTITION BY p.doc, p.paragraph, p.sentence) = 1  -- one reading only
ORDER BY ALL
"""


def proposals(wanted: set[str], fresh: Path, published: Path | None = None) -> dict[str, list[Proposal]]:
    """One-word edits for the sentences of the articles in `wanted`, from the hashes under
    `fresh` (this run's articles) and `published` (the published corpus's, less the articles
    this run replaces): {doc_id: [(paragraph, sentence, op, position, word)]}."""
    import duckdb

    def rows(kind: str) -> str:
        query = f"SELECT * FROM read_parquet('{fresh.as_posix()}/{kind}-*.parquet')"
        if published is not None:
            query += (f" UNION ALL SELECT * FROM read_parquet('{published.as_posix()}/{kind}-*.parquet')"
                      " WHERE doc NOT IN (SELECT doc FROM wanted)")
        return query

    with tempfile.TemporaryDirectory(prefix="consensus-") as tmp:
        con = duckdb.connect()
        con.execute(f"SET temp_directory = '{Path(tmp).as_posix()}'")  # the join spills past memory
        con.register("wanted", pa.table({"doc": pa.array(sorted(wanted), pa.string())}))
        found = con.execute(PROPOSALS_SQL.format(s=rows("s"), v=rows("v"))).fetchall()
    out: dict[str, list[Proposal]] = {}
    for doc, paragraph, sentence, op, position, word in found:
        out.setdefault(doc, []).append((paragraph, sentence, op, position, word))
    return out
