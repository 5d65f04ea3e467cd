"""Repeated sentences: proposals from the corpus's other copies of a sentence, and the decisions on them."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from test_words import corpus

from flows import consensus
from flows.ngram import WordModel, fit_word_model
from flows.words import WordThresholds, copy_edits, repair_words

SENTENCE = "The regional council said on Monday that the new bridge would open in the spring."


@pytest.fixture
def proposals(tmp_path):
    """flows.consensus.proposals over (doc_id, body) pairs, hashed the way a run hashes its articles."""
    def find(wanted, bodies):
        folder = tmp_path / f"hashes-{len(list(tmp_path.iterdir()))}"
        consensus.write_hashes(bodies, folder, "run")
        return consensus.proposals(wanted, folder)
    return find


def test_a_sentence_missing_a_word_or_holding_a_stray_gets_the_one_edit_its_copy_shows(proposals):
    bodies = [
        ("full", f"Opening words of one story here.\n\n{SENTENCE}"),
        ("lost", "A different start to the piece.\n\n" + SENTENCE.replace("new bridge", "bridge")),
        ("stray", SENTENCE.replace("would open", "would the open") + " And more."),
        ("other", "Nothing in common with the rest of these articles at all, really nothing."),
    ]
    found = proposals({"lost", "stray", "full", "other"}, bodies)
    assert found["lost"] == [(1, 0, "insert", 8, "new")]  # paragraph 1, sentence 0, before word 8
    assert found["stray"] == [(0, 0, "delete", 11, "the")]
    # the intact copy: "lost" and "stray" lack or add a word, but "full" as it stands is found once
    # only, and each of the two proposes a different edit to it: no single reading, no proposal
    assert "full" not in found and "other" not in found


def test_no_proposal_when_the_sentence_itself_is_repeated_or_short(proposals):
    twice = [("a", SENTENCE), ("b", SENTENCE), ("c", SENTENCE.replace("new bridge", "bridge"))]
    found = proposals({"a", "b", "c"}, twice)
    assert "a" not in found and "b" not in found  # two articles vouch for the sentence as it is
    assert found["c"] == [(0, 0, "insert", 8, "new")]
    short = [("a", "He said it was fine."), ("b", "He said it was fine today.")]
    assert proposals({"a", "b"}, short) == {}


def test_only_wanted_articles_get_proposals(proposals):
    bodies = [("new", SENTENCE.replace("new bridge", "bridge")), ("published", SENTENCE)]
    assert proposals({"new"}, bodies) == {"new": [(0, 0, "insert", 8, "new")]}
    # the mechanism is symmetric: for the published copy it proposes the deletion, which
    # flows.words.copy_edits never applies to a content word
    assert proposals({"published"}, bodies) == {"published": [(0, 0, "delete", 8, "new")]}


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> WordModel:
    directory = tmp_path_factory.mktemp("consensus") / "en"
    assert fit_word_model(corpus(), "en", directory, min_tokens=10_000) is not None
    return WordModel.load(directory)


def test_the_model_must_agree_before_a_function_word_goes(model):
    body = "Officials from the union will travel to the Paris for a summit with the court."
    stray = [(0, 0, "delete", 7, "the")]  # "to the Paris": the copy lacks it, the model agrees
    (edit,) = copy_edits(body, model, stray)
    assert (edit.op, edit.word, edit.position, edit.evidence) == ("delete", "the", 7, "copies")
    clean = "Officials from the union will travel to Paris for a summit with the court."
    assert copy_edits(clean, model, [(0, 0, "delete", 2, "the")]) == []  # "from the union" stays


def test_a_lone_content_word_needs_a_second_repair_in_its_article(model):
    one = "It is the first time that the council has been asked to pay for the hearing."
    lone = [(0, 0, "insert", 8, "already")]
    assert copy_edits(one, model, lone) == []  # two versions of a story may differ by an adverb
    two = one + " The team and the court met after their first visit in Rome on Monday."
    both = lone + [(0, 1, "insert", 9, "formal")]
    assert [e.word for e in copy_edits(two, model, both)] == ["already", "formal"]


def test_copy_edits_replace_the_models_own_in_their_sentence_and_are_applied(model):
    body = "Officials from the union will travel to the Paris for a summit with the court."
    fixed, edits = repair_words(body, model, WordThresholds(), [(0, 0, "delete", 7, "the")])
    assert fixed == body.replace("to the Paris", "to Paris")
    assert [(e.op, e.evidence) for e in edits] == [("delete", "copies")]


def test_old_published_files_without_the_evidence_field_are_carried_on(tmp_path):
    from flows.store import _read
    from flows.write import ARTICLES_SCHEMA

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
    from flows.pipeline import Settings, for_batch, repeated_sentences
    from flows.words_stage import model_dir, repair_table
    from flows.write import WORD_EDIT

    models = tmp_path / "models"
    assert fit_word_model(corpus(), "en", model_dir(models, "en"), min_tokens=10_000) is not None  # flags only
    lost = "Officials say so.\n\n" + SENTENCE.replace("new bridge", "bridge")
    stray = "A second text.\n\n" + SENTENCE.replace("on Monday", "on the Monday")
    table = pa.table({"doc_id": ["lost", "stray"], "body": [lost, stray], "language": ["en", "en"],
                      "body_before_words": pa.array([None, None], pa.string()),
                      "word_edits": pa.array([[], []], pa.list_(WORD_EDIT)),
                      "word_repair": pa.array([None, None], pa.string()),
                      "chars": pa.array([0, 0], pa.int32()), "words": pa.array([0, 0], pa.int32())})
    staged = tmp_path / "staged.parquet"
    pq.write_table(table, staged)
    published = tmp_path / "snapshot"
    (published / "articles" / "year=2024").mkdir(parents=True)
    pq.write_table(pa.table({"doc_id": ["old"], "body": [SENTENCE]}),
                   published / "articles" / "year=2024" / "a.parquet")

    found = repeated_sentences([str(staged)], published, tmp_path / "hashes", "run1")
    assert found["lost"] == [(1, 0, "insert", 8, "new")] and found["stray"] == [(1, 0, "delete", 5, "the")]
    # the published snapshot kept no hashes: its bodies were hashed with this run's, for the next snapshot
    docs = {d for f in (tmp_path / "hashes").glob("s-*.parquet") for d in pq.read_table(f)["doc"].to_pylist()}
    assert docs == {"lost", "stray", "old"}
    repaired, stats = repair_table(table, models, Settings(), for_batch(str(staged), found)[0])
    bodies = repaired["body"].to_pylist()
    # the content word alone is not enough (one repair in its article); the stray "the" the model confirms
    assert bodies[0] == lost and bodies[1] == stray.replace("on the Monday", "on Monday")
    (edit,) = [e for e in repaired["word_edits"].to_pylist()[1] if e["op"] == "delete"]
    assert edit["evidence"] == "copies" and repaired["body_before_words"].to_pylist()[1] == stray


def _hashed_docs(folder):
    return {(d, f.name.split("-")[1]) for f in folder.glob("s-*.parquet") for d in pq.read_table(f)["doc"].to_pylist()}


@pytest.mark.slow
def test_each_snapshot_keeps_the_sentence_hashes_so_a_run_hashes_only_its_own(prefect_api, tmp_path):
    import shutil

    from conftest import REPO
    from test_flow import run

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
