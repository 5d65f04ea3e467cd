"""The second pass keeps the first pass's contract: one article's failure is that article's reject."""

from __future__ import annotations

from datetime import UTC, datetime

import pyarrow as pa
import pyarrow.parquet as pq
from support import corpus

from flows import passes, staged
from flows.corpus.duplicates import LINKS_FILE, LINKS_SCHEMA, signature_table
from flows.corpus.repeated import PROPOSALS, PROPOSALS_FILE
from flows.document import Document
from flows.output.rows import write_table
from flows.settings import Settings
from flows.words.fit import fit_word_model, model_dir
from flows.words.tokens import sentence_key
from flows.workspace import Workspace


def test_a_poisoned_article_ends_as_a_stage_error_reject_with_its_bytes_and_the_batch_completes(tmp_path):
    models = tmp_path / "models"
    assert fit_word_model(corpus(), "en", model_dir(models, "en"), min_tokens=10_000) is not None
    bodies = {"good": "The council said on Monday that the new bridge would open in the spring.",
              "poisoned": "The union said on Monday that the old tunnel would close in the autumn."}
    docs = [Document(doc_id, f"{doc_id}.txt", data=f" date 2024-01-02 T\n\n{body}".encode(), body=body,
                     title="T", language="en", source_size=10) for doc_id, body in bodies.items()]
    workspace = Workspace(tmp_path / "staging")
    staged.write_documents(docs, Workspace.batch_file(workspace.staged, 0))
    write_table(signature_table(docs), Workspace.batch_file(workspace.signatures, 0))
    write_table(LINKS_SCHEMA.empty_table(), workspace.links / LINKS_FILE)
    # a proposal the phase could never make (no word to insert): repairing that article raises
    poison = {"doc_id": "poisoned", "batch": 0, "hash": sentence_key(bodies["poisoned"].split(" ")), "op": "insert",
              "position": 3, "word": None}
    write_table(pa.Table.from_pylist([poison], PROPOSALS), workspace.proposals / PROPOSALS_FILE)

    report = passes.finish_batch(workspace, 0, models, Settings(), "run1", datetime.now(UTC))

    articles = pq.read_table(workspace.final / "articles-00000.parquet").to_pylist()
    (reject,) = pq.read_table(workspace.final / "rejects-00000.parquet").to_pylist()
    assert [a["doc_id"] for a in articles] == ["good"] and articles[0]["body"] == bodies["good"]
    assert (reject["doc_id"], reject["reason"], reject["stage"]) == ("poisoned", "stage_error", "words")
    assert "TypeError" in reject["detail"] and reject["data"] == docs[1].data
    state = {r["doc_id"]: r["outcome"] for r in pq.read_table(workspace.final / "state-00000.parquet").to_pylist()}
    assert state == {"good": "article", "poisoned": "reject"}
    assert report.rejects == {"stage_error": 1} and report.steps["words"].rejected == 1
