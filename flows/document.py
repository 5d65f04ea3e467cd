"""The record every stage reads and fills in, and the rejection a stage raises.

One `Document` per input file travels through the stages. A stage either fills
in its fields or raises `Rejected`; a rejected document keeps flowing (the
remaining stages skip it) so that the write stage can put it in `rejects` with
its reason and original bytes: nothing is ever dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class Rejected(Exception):
    """Raised by a stage when an input cannot become an article.

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

    kind: str  # e.g. "ftfy:unescape_html", "remove:zero_width"
    detail: str = ""  # what exactly, e.g. "encode sloppy-windows-1252, decode utf-8"
    count: int = 1


@dataclass
class Document:
    """An input file on its way to becoming an article (or a reject)."""

    doc_id: str
    source_file: str  # path relative to the raw folder, POSIX separators
    data: bytes = b""
    size: int = 0
    mtime_ns: int = 0
    content_sha256: str = ""
    # decode
    text: str = ""
    encoding: str | None = None
    # encoding repair
    fixes: list[Fix] = field(default_factory=list)
    # metadata
    date: date | None = None
    title: str = ""
    header: dict[str, str] = field(default_factory=dict)
    body: str = ""
    # language
    language: str | None = None
    language_prob: float | None = None
    # dedup (signature only: links are decided across batches)
    text_hash: str = ""
    minhash: bytes | None = None
    # rejection
    reject_reason: str | None = None
    reject_detail: str = ""
    reject_stage: str = ""

    @property
    def rejected(self) -> bool:
        return self.reject_reason is not None

    def reject(self, stage: str, error: Rejected) -> None:
        self.reject_reason, self.reject_detail, self.reject_stage = error.reason, error.detail, stage
