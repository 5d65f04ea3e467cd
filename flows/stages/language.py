"""Language: detect each article's language with langdetect, deterministically.

langdetect samples n-grams at random; a fixed seed makes its answer the same on
every run and machine. It is the costliest stage per article, so it reads a
bounded slice of the text (its estimate settles long before the end of an
article), and `FastDetector` replaces langdetect's per-character Python loops
with faster code: the same n-grams in the same order, and its random trials drawn
all at once in numpy. The draws come from numpy's generator, not Python's, so
probabilities differ in the last digits; the languages are the same (all but 2 of
dev's 3,845 articles agree, both texts where langdetect's trials split and it says
`und`; checked by `benchmarks/throughput.py --language-only`).
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
# How much of the text is read: Settings.language_max_chars, argued there
# (benchmarks/throughput.py --language-only measures whole text and slice).
DEFAULT_MAX_CHARS = Settings.language_max_chars

_SPACES = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")
_LATIN_EXTENDED_ADDITIONAL = re.compile("[\u1e00-\u1eff]")


class _Normalized(dict):
    """langdetect's per-character `NGram.normalize`, memoised for `str.translate`."""

    def __missing__(self, code: int) -> str:
        value = self[code] = NGram.normalize(chr(code))
        return value


_NORMALIZE = _Normalized()


class FastDetector(Detector):
    """langdetect's Detector with its hot loops rewritten; the same languages.

    - `append`, `cleaning_text`: regexes instead of per-character loops;
    - `_ngram_ids`: characters are normalised once per distinct character
      (`str.translate` over a memo), and a word's n-grams, which depend on that word
      alone, are worked out once per distinct word, as numbers into one table;
    - `_detect_block`: the seven trials run together in numpy.
    """

    def append(self, text: str) -> None:
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        self.text += _SPACES.sub(" ", text[:self.max_text_length])

    def _extract_ngrams(self) -> list[str]:
        """langdetect's n-grams of the text, in its order (kept for comparison with langdetect)."""
        grams = _numbered().grams
        return [grams[i] for i in self._ngram_ids()]

    def _ngram_ids(self) -> list[int]:
        """The numbers of langdetect's n-grams of the text, in its order: a word's n-grams (with the
        space after it) depend on that word alone, so each distinct word is worked out once."""
        profile = _numbered()
        memo = profile.units()
        parts = self.text.translate(_NORMALIZE).split(" ")
        last = len(parts) - 1
        result: list[int] = []
        for i, part in enumerate(parts):
            if not part:  # a second space in a row: langdetect skips it
                continue
            unit = part + " " if i < last else part
            ids = memo.get(unit)
            if ids is None:
                ids = memo[unit] = _unit_ngrams(unit, profile.ids)
            result += ids
        return result

    def cleaning_text(self) -> None:
        """langdetect's: a text mostly in another script loses its Latin letters; counted by regex."""
        latin = len(_LATIN.findall(self.text))
        non_latin = len(_NON_LATIN.findall(self.text)) - len(_LATIN_EXTENDED_ADDITIONAL.findall(self.text))
        if latin * 2 < non_latin:
            self.text = _LATIN.sub("", self.text)

    def _detect_block(self) -> None:
        """langdetect's trials (n-grams drawn at random, probabilities multiplied in, normalised every
        five draws until one language passes CONV_THRESHOLD), all trials at once in numpy, with numpy's
        generator seeded per text: deterministic, and the same languages as langdetect's own draws give
        (checked on all of dev by benchmarks/throughput.py --language-only).

        The draws of CHECKS_PER_STEP checks are taken at once and multiplied in as sums of logarithms:
        a trial's answer is its probabilities at the first check past the threshold, as in langdetect,
        but numpy is called once per block of draws instead of once per five (13 checks on average on dev).
        """
        self.cleaning_text()
        ids = np.array(self._ngram_ids(), dtype=np.int64)
        if not len(ids):
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        table = _numbered().table  # (n-grams, languages)
        rng = np.random.default_rng(self.seed)
        weights = (self.alpha + rng.standard_normal(self.n_trial) * self.ALPHA_WIDTH) / self.BASE_FREQ
        log_prob = np.zeros((self.n_trial, len(self.langlist)))  # uniform start, up to a constant
        answer = np.zeros_like(log_prob)
        live = np.ones(self.n_trial, dtype=bool)
        drawn, first = 0, 1  # langdetect checks after the 1st draw, then after every 5th
        while live.any():
            count = first + 5 * (CHECKS_PER_STEP - 1) if first else 5 * CHECKS_PER_STEP
            picks = ids[rng.integers(0, len(ids), size=(self.n_trial, count))]
            # the factors drawn between two checks, multiplied (five factors >= 5e-5 stay far from underflow)
            between = np.multiply.reduceat(weights[:, None, None] + table[picks], _BOUNDS[bool(first)], axis=1)
            checks = log_prob[:, None, :] + np.cumsum(np.log(between), axis=1)  # (trials, checks, languages)
            prob = np.exp(checks - checks.max(axis=2, keepdims=True))
            prob /= prob.sum(axis=2, keepdims=True)
            done = (prob.max(axis=2) > self.CONV_THRESHOLD) | (
                drawn + (first or 5) + 5 * np.arange(CHECKS_PER_STEP) > self.ITERATION_LIMIT)
            settled = live & done.any(axis=1)
            answer[settled] = prob[settled, done[settled].argmax(axis=1)]
            live &= ~settled
            log_prob = checks[:, -1, :] - checks[:, -1, :].max(axis=1, keepdims=True)
            drawn, first = drawn + count, 0
        self.langprob = (answer / self.n_trial).sum(axis=0).tolist()


# Checks of a block of draws (five draws each): 16 cover 90% of dev's texts in one block.
CHECKS_PER_STEP = 16
# Where each check's draws start in a block: the first block's first check follows one draw.
_BOUNDS = {False: np.arange(0, 5 * CHECKS_PER_STEP, 5), True: np.r_[0, np.arange(1, 5 * CHECKS_PER_STEP - 4, 5)]}


def _unit_ngrams(unit: str, known: dict[str, int]) -> tuple[int, ...]:
    """langdetect's n-gram loop over one word and the space after it, from the state a space leaves;
    each n-gram the profile knows, as its number."""
    result = []
    append = result.append
    grams, capital = " ", False
    for ch in unit:
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
            append(known[ch])
        size = len(grams)
        if size >= 2:
            w = grams[-2:]
            if w in known:
                append(known[w])
            if size >= 3 and grams in known:
                append(known[grams])
    return tuple(result)


# Distinct words (with their space) worked out per process: news text repeats its words, so a
# few hundred thousand cover a corpus; past MAX_MEMO the memo starts again (memory stays bounded).
MAX_MEMO = 300_000


class _Profile:
    """langdetect's n-gram profile as numbers: each n-gram's number, and one table of every
    n-gram's probabilities per language (88k x 55 floats, about 40 MB), built once per process
    so a text's draws are rows of one array."""

    def __init__(self, profile: dict[str, list[float]]) -> None:
        self.grams = list(profile)
        self.ids = {gram: i for i, gram in enumerate(self.grams)}
        self.table = np.array([profile[gram] for gram in self.grams], dtype=np.float64)
        self._units: dict[str, tuple[int, ...]] = {}

    def units(self) -> dict[str, tuple[int, ...]]:
        """The memo of words worked out, emptied when it passes MAX_MEMO."""
        if len(self._units) > MAX_MEMO:
            self._units = {}
        return self._units


_FACTORY: list = []  # [the factory, its profiles numbered], set together once
_FACTORY_LOCK = threading.Lock()


def warm_up() -> None:
    """Load langdetect's profiles and number them now (about 1 s), before the first article."""
    _factory()


def _numbered() -> _Profile:
    """The loaded profiles as numbers (FastDetector is only made from `_factory()`'s profiles)."""
    _factory()
    return _FACTORY[1]


def _factory() -> DetectorFactory:
    """langdetect's profiles, loaded and numbered once per process (about 1 s), fully before any use.

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
                _FACTORY[:] = [factory, _Profile(factory.word_lang_prob_map)]
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
