"""Language: detect each article's language with langdetect, deterministically.

langdetect samples n-grams at random; a fixed seed makes its answer the same on
every run and machine. It is the costliest stage per article, so it reads a
bounded slice of the text (its estimate settles long before the end of an
article), and `FastDetector` replaces langdetect's per-character Python loops
with equivalent faster code: same n-grams in the same order, same arithmetic in
the same order, so the same answer and probability to the last bit (checked on
the whole dev corpus by `benchmarks/throughput.py --language-only`).
"""

from __future__ import annotations

import re
import threading

import numpy as np
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

from flows.document import Document
from flows.settings import Settings
from flows.step import Step

UNDETERMINED = "und"  # ISO 639-2 code for "undetermined"
SEED = 0  # any fixed value: what matters is that it is fixed
# Below this many letters langdetect's guesses are coin flips (a headline-only
# text, a table of figures): say so rather than guess.
MIN_LETTERS = 20
# A top probability under this means the text mixes languages or matches none well.
MIN_PROBABILITY = 0.70
# How much of the text is read: Settings.language_max_chars, argued there (2,000
# characters: 1.2 ms instead of 1.6 ms per article with FastDetector, 2.7 instead
# of 3.9 ms with langdetect's own loops; benchmarks/throughput.py --language-only).
DEFAULT_MAX_CHARS = Settings.language_max_chars

_SPACES = re.compile(" {2,}")


class _Normalized(dict):
    """langdetect's per-character `NGram.normalize`, memoised for `str.translate`."""

    def __missing__(self, code: int) -> str:
        value = self[code] = NGram.normalize(chr(code))
        return value


_NORMALIZE = _Normalized()


class FastDetector(Detector):
    """langdetect's Detector with its hot loops rewritten; results are identical.

    - `append`: one regex collapses runs of spaces instead of a per-character loop;
    - `_extract_ngrams`: characters are normalised once per distinct character
      (`str.translate` over a memo) and the 1..3-gram window is kept in locals;
    - `_update_lang_prob`, `_normalize_prob`: list comprehensions, same operations
      in the same order.
    """

    def append(self, text: str) -> None:
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        self.text += _SPACES.sub(" ", text[:self.max_text_length])

    def _extract_ngrams(self) -> list[str]:
        known = self.word_lang_prob_map
        result = []
        append = result.append
        grams, capital = " ", False
        for ch in self.text.translate(_NORMALIZE):
            last = grams[-1]
            if last == " ":
                grams, capital = " ", False
                if ch == " ":
                    continue
            elif len(grams) >= 3:
                grams = grams[1:]
            grams += ch
            if ch.isupper():
                if last.isupper():
                    capital = True
            else:
                capital = False
            if capital:
                continue
            # n = 1, 2, 3 as in langdetect: the 1-gram is never a space here (ch != " " or grams == " ")
            if ch != " " and ch in known:
                append(ch)
            size = len(grams)
            if size >= 2:
                w = grams[-2:]
                if w in known:
                    append(w)
                if size >= 3 and grams in known:
                    append(grams)
        return result

    def _detect_block(self) -> None:
        """langdetect's trials, with each probability update done by numpy.

        Element-wise numpy multiplication and division are the same IEEE
        operations as langdetect's loops; the sum stays Python's left-to-right
        `sum`, so every trial ends on exactly the same numbers.
        """
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        size = len(self.langlist)
        total = np.zeros(size)
        rng = self.random
        rng.seed(self.seed)
        rows = _rows(self.word_lang_prob_map)
        for _ in range(self.n_trial):
            prob = np.array(self._init_probability())
            weight = (self.alpha + rng.gauss(0.0, 1.0) * self.ALPHA_WIDTH) / self.BASE_FREQ
            i = 0
            while True:
                prob *= weight + rows[rng.choice(ngrams)]
                if i % 5 == 0:
                    prob /= sum(prob.tolist())
                    if prob.max() > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                        break
                i += 1
            total += prob / self.n_trial
        self.langprob = total.tolist()


class _Rows(dict):
    """One profile's n-gram probabilities as numpy rows, converted when first drawn."""

    def __init__(self, profile: dict) -> None:
        super().__init__()
        self.profile = profile

    def __missing__(self, word: str) -> np.ndarray:
        row = self[word] = np.array(self.profile[word])
        return row


_ROWS: list[_Rows] = []


def _rows(profile: dict) -> _Rows:
    """The rows of this profile (langdetect keeps one profile per process)."""
    if not _ROWS or _ROWS[0].profile is not profile:
        _ROWS[:] = [_Rows(profile)]
    return _ROWS[0]


_FACTORY: list[DetectorFactory] = []
_FACTORY_LOCK = threading.Lock()


def warm_up() -> None:
    """Load langdetect's profiles now (about 0.5 s), before the first article needs them."""
    _factory()


def _factory() -> DetectorFactory:
    """langdetect's profiles, loaded once per process (about 0.5 s), fully before any use.

    Not langdetect's `init_factory`: it publishes its global factory before the
    profiles are loaded, so a second thread (the thread task runner) could detect
    with half the languages.
    """
    if not _FACTORY:
        with _FACTORY_LOCK:
            if not _FACTORY:
                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                factory.seed = SEED
                _FACTORY.append(factory)
    return _FACTORY[0]


def _enough_letters(text: str) -> bool:
    letters = 0
    for c in text:
        if c.isalpha():
            letters += 1
            if letters >= MIN_LETTERS:
                return True
    return False


def detect_language(text: str, max_chars: int | None = DEFAULT_MAX_CHARS, fast: bool = True) -> tuple[str, float]:
    """Return (ISO 639-1 code or 'und', probability of the top language).

    `fast=False` uses langdetect's own Detector (for comparison; same results).
    """
    sample = text[:max_chars] if max_chars else text
    if not _enough_letters(sample):
        return UNDETERMINED, 0.0
    factory = _factory()
    detector = FastDetector(factory) if fast else factory.create()
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
