"""The stage base: how a batch goes through the stages, and what a failing stage does to a document."""

from __future__ import annotations

from flows.document import Document, Rejected
from flows.step import Step, run_batch, run_steps


class Recording(Step):
    """Notes which document it saw, in order; rejects the documents named in `refuse`."""

    def __init__(self, name: str, seen: list, refuse: tuple[str, ...] = (), fail: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.name, self.seen, self.refuse, self.fail = name, seen, refuse, fail

    def apply(self, doc: Document) -> None:
        self.seen.append((self.name, doc.doc_id))
        if doc.doc_id in self.refuse:
            raise Rejected("refused", f"by {self.name}")
        if doc.doc_id in self.fail:
            raise ValueError("a bug")


def batch(*ids: str) -> list[Document]:
    return [Document(doc_id, f"{doc_id}.txt") for doc_id in ids]


def test_a_batch_goes_through_one_stage_at_a_time_and_a_rejected_document_goes_no_further():
    seen: list = []
    steps = [Recording("first", seen, refuse=("b",)), Recording("second", seen, fail=("c",)), Recording("third", seen)]
    out = run_batch(batch("a", "b", "c"), steps)
    assert seen == [("first", "a"), ("first", "b"), ("first", "c"), ("second", "a"), ("second", "c"),
                    ("third", "a")]
    assert [d.doc_id for d in out] == ["a", "b", "c"]  # every document comes out, in order
    assert [(d.reject_stage, d.reject_reason) for d in out] == [("", None), ("first", "refused"),
                                                                ("second", "stage_error")]
    assert [(s.stats.docs, s.stats.rejected) for s in steps] == [(3, 1), (2, 1), (1, 0)]


def test_one_document_at_a_time_gives_the_same_documents():
    lazy, whole = [], []
    one = list(run_steps(batch("a", "b"), [Recording("first", lazy, refuse=("a",)), Recording("second", lazy)]))
    two = run_batch(batch("a", "b"), [Recording("first", whole, refuse=("a",)), Recording("second", whole)])
    assert lazy == [("first", "a"), ("first", "b"), ("second", "b")]  # interleaved, document by document
    assert sorted(lazy) == sorted(whole)
    assert [(d.doc_id, d.reject_reason) for d in one] == [(d.doc_id, d.reject_reason) for d in two]
