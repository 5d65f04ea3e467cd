"""Stage 5: detect each article's language with langdetect, deterministically.

langdetect samples n-grams at random; a fixed seed makes its answer the same on
every run and machine. It is the costliest stage per article, so it reads a
bounded slice of the text: its estimate settles long before the end of an article.
"""

from __future__ import annotations

from langdetect import DetectorFactory
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

from flows.document import Document
from flows.step import Step

UNDETERMINED = "und"  # ISO 639-2 code for "undetermined"
SEED = 0  # any fixed value: what matters is that it is fixed
# Below this many letters langdetect's guesses are coin flips (a headline-only
# text, a table of figures): say so rather than guess.
MIN_LETTERS = 20
# A top probability under this means the text mixes languages or matches none well.
MIN_PROBABILITY = 0.70
# langdetect's cost grows with the text; 2,000 characters (a few paragraphs) give
# the same answer as the whole article on the dev corpus and bound the cost of
# long ones (see benchmarks/throughput.py for the before and after).
DEFAULT_MAX_CHARS = 2000


def detect_language(text: str, max_chars: int | None = DEFAULT_MAX_CHARS) -> tuple[str, float]:
    """Return (ISO 639-1 code or 'und', probability of the top language)."""
    sample = text[:max_chars] if max_chars else text
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return UNDETERMINED, 0.0
    DetectorFactory.seed = SEED
    init_factory()
    from langdetect.detector_factory import _factory  # set by init_factory

    detector = _factory.create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return UNDETERMINED, 0.0
    if best.prob < MIN_PROBABILITY:
        return UNDETERMINED, float(best.prob)
    return best.lang.split("-")[0], float(best.prob)


class LanguageStep(Step):
    """Detect the language of title and body."""

    name = "language"

    def __init__(self, max_chars: int | None = DEFAULT_MAX_CHARS) -> None:
        super().__init__()
        self.max_chars = max_chars

    def apply(self, doc: Document) -> None:
        doc.language, doc.language_prob = detect_language(f"{doc.title}\n{doc.body}", self.max_chars)
        self.count(doc.language)
