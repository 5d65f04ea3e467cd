"""Repeated sentences: proposals from the corpus's other copies of a sentence, and the decisions on them."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from support import corpus

from flows.corpus import repeated
from flows.words.copies import copy_edits
from flows.words.decide import WordThresholds
from flows.words.fit import fit_word_model
from flows.words.model import WordModel
from flows.words.repair import repair_words
from flows.words.tokens import sentence_key

SENTENCE = "The regional council said on Monday that the new bridge would open in the spring."
LOST = SENTENCE.replace("new bridge", "bridge")


def key(sentence: str) -> int:
    """How a proposal names its sentence: by the hash of its words."""
    return sentence_key(sentence.split(" "))


@pytest.fixture
def proposals(tmp_path):
    """The repeated-sentences phase over (doc_id, body) pairs, hashed the way a run hashes its articles."""
    def find(wanted, bodies):
        folder = tmp_path / f"phase-{len(list(tmp_path.iterdir()))}"
        repeated.write_hashes(bodies, folder / "sentences", "run")
        repeated.propose(folder / "sentences", None, dict.fromkeys(wanted, 0), set(), folder / "proposals")
        return repeated.proposals_for(folder / "proposals", 0)
    return find


def test_a_sentence_missing_a_word_or_holding_a_stray_gets_the_one_edit_its_copy_shows(proposals):
    bodies = [
        ("full", f"Opening words of one story here.\n\n{SENTENCE}"),
        ("lost", "A different start to the piece.\n\n" + SENTENCE.replace("new bridge", "bridge")),
        ("stray", SENTENCE.replace("would open", "would the open") + " And more."),
        ("other", "Nothing in common with the rest of these articles at all, really nothing."),
    ]
    found = proposals({"lost", "stray", "full", "other"}, bodies)
    assert found["lost"] == [(key(LOST), "insert", 8, "new")]  # before word 8 of that sentence
    assert found["stray"] == [(key(SENTENCE.replace("would open", "would the open")), "delete", 11, "the")]
    # the intact copy: "lost" and "stray" lack or add a word, but "full" as it stands is found once
    # only, and each of the two proposes a different edit to it: no single reading, no proposal
    assert "full" not in found and "other" not in found


def test_no_proposal_when_the_sentence_itself_is_repeated_or_short(proposals):
    twice = [("a", SENTENCE), ("b", SENTENCE), ("c", SENTENCE.replace("new bridge", "bridge"))]
    found = proposals({"a", "b", "c"}, twice)
    assert "a" not in found and "b" not in found  # two articles vouch for the sentence as it is
    assert found["c"] == [(key(LOST), "insert", 8, "new")]
    short = [("a", "He said it was fine."), ("b", "He said it was fine today.")]
    assert proposals({"a", "b"}, short) == {}


def test_only_wanted_articles_get_proposals(proposals):
    bodies = [("new", SENTENCE.replace("new bridge", "bridge")), ("published", SENTENCE)]
    assert proposals({"new"}, bodies) == {"new": [(key(LOST), "insert", 8, "new")]}
    # the mechanism is symmetric: for the published copy it proposes the deletion, which
    # flows/words/copies.py never applies to a content word
    assert proposals({"published"}, bodies) == {"published": [(key(SENTENCE), "delete", 8, "new")]}


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> WordModel:
    directory = tmp_path_factory.mktemp("consensus") / "en"
    assert fit_word_model(corpus(), "en", directory, min_tokens=10_000) is not None
    return WordModel.load(directory)


def test_the_model_must_agree_before_a_function_word_goes(model):
    body = "Officials from the union will travel to the Paris for a summit with the court."
    stray = [(key(body), "delete", 7, "the")]  # "to the Paris": the copy lacks it, the model agrees
    (edit,) = copy_edits(body, model, stray)
    assert (edit.op, edit.word, edit.position, edit.evidence) == ("delete", "the", 7, "copies")
    clean = "Officials from the union will travel to Paris for a summit with the court."
    assert copy_edits(clean, model, [(key(clean), "delete", 2, "the")]) == []  # "from the union" stays


def test_an_editors_bracketed_note_another_telling_has_is_never_put_in(model):
    one = "It is the first time that the council has been asked to pay for the hearing."
    second = "The team and the court met after their first visit in Rome on Monday."
    notes = [(key(one), "insert", 8, "(again)"), (key(second), "insert", 9, "formal")]
    assert [e.word for e in copy_edits(one + " " + second, model, notes)] == []  # no second repair is left


def test_a_lone_content_word_needs_a_second_repair_in_its_article(model):
    one = "It is the first time that the council has been asked to pay for the hearing."
    lone = [(key(one), "insert", 8, "already")]
    assert copy_edits(one, model, lone) == []  # two versions of a story may differ by an adverb
    second = "The team and the court met after their first visit in Rome on Monday."
    two = one + " " + second
    both = lone + [(key(second), "insert", 9, "formal")]
    assert [e.word for e in copy_edits(two, model, both)] == ["already", "formal"]


def test_copy_edits_replace_the_models_own_in_their_sentence_and_are_applied(model):
    body = "Officials from the union will travel to the Paris for a summit with the court."
    fixed, edits = repair_words(body, model, WordThresholds(), [(key(body), "delete", 7, "the")])
    assert fixed == body.replace("to the Paris", "to Paris")
    assert [(e.op, e.evidence) for e in edits] == [("delete", "copies")]


def test_every_variant_of_a_non_ascii_article_is_keyed_as_its_words_without_that_word():
    body = ("Der Stadtrat in Zürich hat am Montag „überraschend“ die neue Brücke freigegeben, sagte er.\n\n"
            "Kurz. Die Straße über den Fluss bleibt für Lastwagen bis zum Frühjahr gesperrt, heißt es.")
    sentences, variants = repeated.article_hashes(body)
    # (paragraph, sentence): "Kurz." is too short to be hashed
    assert list(zip(sentences["paragraph"].tolist(), sentences["sentence"].tolist())) == [(0, 0), (1, 1)]
    words = {(0, 0): body.split("\n\n")[0].split(" "), (1, 1): body.split("\n\n")[1].removeprefix("Kurz. ").split(" ")}
    assert sentences["hash"].tolist() == [sentence_key(words[0, 0]), sentence_key(words[1, 1])]
    places = list(zip(variants["paragraph"].tolist(), variants["sentence"].tolist()))
    assert places == [(0, 0)] * (len(words[0, 0]) - 2) + [(1, 1)] * (len(words[1, 1]) - 2)  # inner words only
    for place, h, pos, word in zip(places, variants["hash"].tolist(), variants["position"].tolist(),
                                   variants["word"].to_pylist()):
        w = words[place]
        assert w[pos] == word and h == sentence_key(w[:pos] + w[pos + 1:])


def test_an_index_of_another_key_format_is_neither_used_nor_carried(tmp_path):
    from flows.output import build

    old, new, snapshot = tmp_path / "old" / "sentences", tmp_path / "new", tmp_path / "next" / "sentences"
    old.mkdir(parents=True)
    unmarked = pa.schema([f for f in repeated.SENTENCES])  # the same columns, keys of an earlier format
    pq.write_table(pa.table({"doc_id": ["a"], "paragraph": [0], "sentence": [0], "hash": [1]}, schema=unmarked),
                   old / "s-earlier.parquet")
    assert not repeated.has_index(old)
    repeated.write_hashes([("b", SENTENCE)], new, "run")
    assert repeated.has_index(new)
    build.index(tmp_path / "old", snapshot, new, set())
    assert sorted(p.name for p in snapshot.iterdir()) == ["s-run.parquet", "v-run.parquet"]


def test_old_published_files_without_the_evidence_field_are_carried_on(tmp_path):
    from flows.output.schema import ARTICLES_SCHEMA
    from flows.output.store import _read

    old_edit = pa.struct([("op", pa.string()), ("paragraph", pa.int32()), ("sentence", pa.int32()),
                          ("position", pa.int32()), ("char_offset", pa.int32()), ("word", pa.string()),
                          ("confidence", pa.float32())])
    fields = [pa.field(f.name, pa.list_(old_edit)) if f.name == "word_edits" else f
              for f in ARTICLES_SCHEMA if f.name != "year"]
    row = {f.name: None for f in fields} | {"doc_id": "d1", "source_file": "a.txt", "word_edits": [
        {"op": "delete", "paragraph": 0, "sentence": 0, "position": 3, "char_offset": 10, "word": "a",
         "confidence": 0.9}]}
    pq.write_table(pa.Table.from_pylist([row], schema=pa.schema(fields)), tmp_path / "old.parquet")
    table = _read(tmp_path / "old.parquet", ARTICLES_SCHEMA)
    (edit,) = table["word_edits"].to_pylist()[0]
    assert edit["word"] == "a" and edit["evidence"] is None
    assert table.schema == pa.schema([f for f in ARTICLES_SCHEMA if f.name != "year"])


def test_a_batch_gets_the_edits_its_repeated_sentences_show_even_from_a_small_model(tmp_path):
    from datetime import UTC, datetime

    from flows import passes, staged
    from flows.corpus.duplicates import LINKS_FILE, LINKS_SCHEMA, signature_table
    from flows.document import Document
    from flows.output.rows import write_table
    from flows.output.store import Store
    from flows.settings import Settings
    from flows.step import run_steps
    from flows.words.fit import model_dir
    from flows.workspace import Workspace

    models = tmp_path / "models"
    assert fit_word_model(corpus(), "en", model_dir(models, "en"), min_tokens=10_000) is not None  # flags only
    lost = "Officials say so.\n\n" + SENTENCE.replace("new bridge", "bridge")
    stray = "A second text.\n\n" + SENTENCE.replace("on Monday", "on the Monday")
    docs = [Document(doc_id, f"{doc_id}.txt", body=body, language="en")
            for doc_id, body in (("lost", lost), ("stray", stray))]
    workspace = Workspace(tmp_path / "staging")
    hashing = repeated.SentenceHashStep()
    docs = list(run_steps(docs, [hashing]))
    hashing.write(workspace.sentences, "run1-00000")
    staged.write_documents(docs, Workspace.batch_file(workspace.staged, 0))
    write_table(signature_table(docs), Workspace.batch_file(workspace.signatures, 0))
    write_table(LINKS_SCHEMA.empty_table(), workspace.links / LINKS_FILE)
    store = Store(tmp_path / "out")  # a published snapshot written before sentence hashes were kept
    snapshot = store.snapshots / "20240101T000000000000Z"
    (snapshot / "articles" / "year=2024").mkdir(parents=True)
    pq.write_table(pa.table({"doc_id": ["old"], "language": ["en"], "body": [SENTENCE],
                             "body_before_words": pa.array([None], pa.string())}),
                   snapshot / "articles" / "year=2024" / "a.parquet")
    (store.snapshots / "CURRENT").write_text(snapshot.name + "\n")

    assert repeated.propose_for_run(workspace, store, set(), "run1") == 2
    found = repeated.proposals_for(workspace.proposals, 0)
    stray_sentence = SENTENCE.replace("on Monday", "on the Monday")
    assert found["lost"] == [(key(LOST), "insert", 8, "new")]
    assert found["stray"] == [(key(stray_sentence), "delete", 5, "the")]
    # the published snapshot kept no hashes: its bodies were hashed with this run's, for the next snapshot
    hashed = {d for f in workspace.sentences.glob("s-*.parquet") for d in pq.read_table(f)["doc_id"].to_pylist()}
    assert hashed == {"lost", "stray", "old"}
    passes.finish_batch(workspace, 0, models, Settings(), "run1", datetime.now(UTC))
    rows = {r["doc_id"]: r for r in pq.read_table(workspace.final / "articles-00000.parquet").to_pylist()}
    # the content word alone is not enough (one repair in its article); the stray "the" the model confirms
    assert rows["lost"]["body"] == lost and rows["stray"]["body"] == stray.replace("on the Monday", "on Monday")
    (edit,) = [e for e in rows["stray"]["word_edits"] if e["op"] == "delete"]
    assert edit["evidence"] == "copies" and rows["stray"]["body_before_words"] == stray


def _hashed_docs(folder):
    return {(d, f.name.split("-")[1]) for f in folder.glob("s-*.parquet")
            for d in pq.read_table(f)["doc_id"].to_pylist()}


@pytest.mark.slow
def test_each_snapshot_keeps_the_sentence_hashes_so_a_run_hashes_only_its_own(prefect_api_url, tmp_path):
    import shutil

    from support import REPO, run

    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "raw", raw)
    first = run(raw, out, runner="thread")
    kept = _hashed_docs(out / ".snapshots" / first["run_id"] / "sentences")
    assert kept and {run_id for _, run_id in kept} == {first["run_id"]}

    story = raw / "2024" / "09_ferry.txt"
    story.write_text(" date 2024-05-02 Ferry timetable\n\nThe summer timetable adds two evening crossings "
                     "between the island and the mainland from June.\n")
    second = run(raw, out, runner="thread")
    carried = _hashed_docs(out / ".snapshots" / second["run_id"] / "sentences")
    new = {doc for doc, run_id in carried if run_id == second["run_id"]}
    assert len(new) == 1 and carried - {(d, r) for d, r in carried if d in new} == kept

    story.write_text(" date 2024-05-02 Ferry timetable\n\nThe summer timetable adds three evening crossings "
                     "between the island and the mainland from June.\n")
    third = run(raw, out, runner="thread")
    latest = _hashed_docs(out / ".snapshots" / third["run_id"] / "sentences")
    (doc,) = new
    assert {r for d, r in latest if d == doc} == {third["run_id"]}  # the replaced version's hashes are gone
    assert latest - {(doc, third["run_id"])} == kept
