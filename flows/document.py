"""The record every step reads and fills in, the records of what changed, and the rejection.

One `Document` per input file travels through both passes (flows/stages, then the
corpus-wide second pass in flows/corpus). A step either fills in its fields or
raises `Rejected`; a rejected document keeps flowing (the remaining steps skip it)
so that it ends in `rejects` with its reason and original bytes: nothing is ever
dropped silently. Every change a step makes to the text is recorded on the
document (`fixes`, `word_edits`), so that a user can audit or undo it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class Rejected(Exception):
    """Raised by a step when an input cannot become an article.

    `reason` is a short, stable machine value (`empty`, `binary`, ...), used to
    group rejects; `detail` is the human explanation.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Fix:
    """One kind of change made to the text, and how often (cf. ftfy's explain)."""

    kind: str  # e.g. "ftfy:unescape_html", "zero_width"
    detail: str = ""  # what exactly, e.g. "encode sloppy-windows-1252, decode utf-8"
    count: int = 1


@dataclass(frozen=True)
class WordEdit:
    """One word inserted or deleted by word repair, or one place flagged."""

    op: str  # "insert" | "delete" | "flag_missing" | "flag_stray"
    paragraph: int  # index of the paragraph in body.split("\n\n")
    sentence: int  # index of the sentence within the paragraph (flows.words.tokens.split_sentences)
    # word index (split(" ")) in the original sentence; for insert/flag_missing the index the word now has
    position: int
    char_offset: int  # character offset in the original body where the edit applies
    word: str  # inserted/deleted word, or best candidate for flags
    confidence: float  # posterior probability of the edit, 0..1
    # what the edit rests on: "model" (the language model alone) or "copies" (the sentence
    # appears elsewhere in the corpus with this word added or removed; flows/corpus/repeated.py)
    evidence: str = "model"


@dataclass(frozen=True)
class Removal:
    """A line or paragraph taken out of the page's text, and why: put it back to undo.

    `place` "head": one of the page's first lines, before the title and the body were
    told apart (`paragraph` is its line among them), or a stamp cut from the front of
    the body's first line. `place` "body": a whole paragraph
    (`line` -1) or one line of a paragraph, by its indices in the body as it was before
    anything was removed from it: putting the removed pieces back at their indices,
    lowest first, gives that body again (flows/stages/chrome.py, `restore`). `place` "tail": the end of a line
    that stays (a picture's credit glued to its caption), by the same indices; put back after the lines are, the
    last cut first (a line may lose a link and then the sign-off before it).
    """

    reason: str  # "chrome", "date_line", "label", "repeated_lead", "repeated_title", "repeated_paragraph", ...
    place: str  # "head" | "body" | "tail"
    paragraph: int
    line: int  # -1: the whole paragraph
    text: str


@dataclass
class Document:
    """An input file on its way to becoming an article (or a reject)."""

    doc_id: str
    source_file: str  # path relative to the raw folder, POSIX separators
    batch: int = 0  # the batch of the run it is processed in
    data: bytes = b""
    source_size: int = 0
    source_mtime_ns: int = 0
    content_sha256: str = ""
    # decode
    text: str = ""
    encoding: str | None = None
    # encoding repair
    fixes: list[Fix] = field(default_factory=list)
    # metadata and layout
    date: date | None = None
    date_precision: str | None = None  # "day", "month", "year"
    title: str = ""
    title_source: str | None = None  # "header", "field", "after_chrome", "none"
    header: dict[str, str] = field(default_factory=dict)
    body: str = ""
    removed: list[Removal] = field(default_factory=list)
    # what the page's first line was: "headline", "first_sentence", "first_paragraph", or
    # "undecided" until the corpus's own headline model decides (flows/corpus/layout.py)
    lead: str | None = None
    lead_separator: str = "\n\n"  # what separated an undecided first line from the rest
    lead_line: int = 0  # that line's index in the page
    # language
    language: str | None = None
    language_prob: float | None = None
    # dedup: signatures in the first pass, the link in the second
    text_hash: str = ""
    minhash: bytes | None = None
    duplicate_of: str | None = None
    duplicate_similarity: float | None = None
    # word repair (second pass)
    word_repair: str | None = None
    word_edits: list[WordEdit] = field(default_factory=list)
    body_before_words: str | None = None
    # rejection
    reject_reason: str | None = None
    reject_detail: str = ""
    reject_stage: str = ""

    @property
    def rejected(self) -> bool:
        return self.reject_reason is not None

    def reject(self, stage: str, error: Rejected) -> None:
        self.reject_reason, self.reject_detail, self.reject_stage = error.reason, error.detail, stage
