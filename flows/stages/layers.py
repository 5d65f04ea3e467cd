"""Layered mojibake: text that went through UTF-8-read-as-cp1252 more than once, bytes lost and all.

A part of the encoding stage (flows/stages/encoding.py): it undoes every layer but the
last, which ftfy undoes, and records what it did. Text mis-decoded twice or more keeps
its shape: each run of non-ASCII characters peels on its own, a byte lost to U+FFFD
at an inner layer leaves the UTF-8 shape known and only the character in doubt, and
the innermost text's own evidence (quote pairing, the language's letters, ftfy's
tables) decides.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import math
import os
import re
import unicodedata
from collections import defaultdict
from typing import NamedTuple

import ftfy.bad_codecs  # noqa: F401  (registers ftfy's sloppy-windows-1252 codec)
from ftfy.badness import is_bad
from langdetect.detector_factory import PROFILES_DIRECTORY

from flows.document import Fix

# Layered mojibake: UTF-8 read as cp1252 (or latin-1) again and again. A layer maps
# each character to the readings of its UTF-8 bytes, so ASCII is the same in every
# layer and each run of other characters peels on its own: read every character
# back as its byte, decode UTF-8. A byte cp1252 leaves undefined became U+FFFD; it
# is always a continuation byte, so the shape of the UTF-8 is known and only the
# character is in doubt. Every candidate is kept, as a slot, until the innermost
# text's own evidence decides.
Slots = tuple[tuple[str, ...], ...]  # a run of characters: the candidates for each
# More layers than this is no text a tool chain made (three is already rare).
MAX_LAYERS = 4
NON_ASCII = re.compile(r"[^\x00-\x7f]+")
UNDECIDED = "\x00"  # a slot still in doubt, in the innermost text being decided


def _layer_bytes() -> dict[str, int]:
    """The byte each character of a cp1252 or latin-1 reading stands for.

    ftfy's sloppy-windows-1252 is cp1252 with the bytes it leaves undefined read
    as C1 controls; latin-1's other C1 readings are added, so a layer read as
    latin-1 peels the same way. U+FFFD stands for no byte: it is a lost one.
    """
    table = {bytes([b]).decode("sloppy-windows-1252"): b for b in range(256)}
    table.update({chr(b): b for b in range(0x80, 0xA0)})
    del table["\ufffd"]  # ftfy's reading of 0x1A
    table["\x1a"] = 0x1A
    return table


LAYER_BYTE = _layer_bytes()
# The bytes cp1252 leaves undefined, which errors="replace" turned into U+FFFD.
LOST = tuple(b for b in range(256) if bytes([b]).decode("cp1252", errors="replace") == "\ufffd")
# Length of the UTF-8 sequence a byte starts: 0 for a continuation byte, -1 for one never seen.
UTF8_LENGTH = [1] * 0x80 + [0] * 0x40 + [2] * 0x20 + [3] * 0x10 + [4] * 0x08 + [-1] * 0x08
# A UTF-8 lead byte's reading followed by a continuation byte's (or a lost one):
# text without one has no mojibake to peel, and costs a single search.
MARKER = re.compile("[{}][{}\ufffd]".format(
    "".join(re.escape(c) for c, b in LAYER_BYTE.items() if 0xC2 <= b <= 0xF4),
    "".join(re.escape(c) for c, b in LAYER_BYTE.items() if 0x80 <= b <= 0xBF),
))

# A word is at most this long either side of a slot in doubt: longer runs are no word.
MAX_WORD_CHARS = 40


def restore_layers(text: str, fixes: list[Fix]) -> str:
    """Undo all but one layer of mojibake, with the bytes each layer lost put back; ftfy undoes the last.

    What is handed on is the original text read once as sloppy-windows-1252:
    nothing in it is lost, so ftfy decodes it exactly (and records that as its
    own mojibake fix). One layer that lost nothing is ftfy's alone.
    """
    if text.isascii() or not MARKER.search(text):
        return text
    segments = _segments(text)
    layers, lost = max(s.layers for s in segments), sum(s.lost for s in segments)
    if layers < 2 and not lost:
        return text
    if layers > 1:
        fixes.append(Fix("layered_mojibake", f"{layers} layers of UTF-8 read as cp1252; lost bytes restored: {lost}"))
    else:
        fixes.append(Fix("lossy_mojibake", "U+FFFD from a lost byte restored by context", lost))
    return "".join(original.encode("utf-8").decode("sloppy-windows-1252") if segment.layers else segment.text
                   for segment, original in zip(segments, _decide(segments)))


class Peeled(NamedTuple):
    """A stretch of text, how many layers of mojibake it peeled through, its innermost runs, the bytes lost."""

    text: str
    layers: int
    runs: list[Slots]
    lost: int


def _segments(text: str) -> list[Peeled]:
    """The whole text, if it peels; else each line, or where a line does not, each run of it on its own.

    A damaged paragraph beside clean ones peels as a line; a damaged word beside
    clean ones (ftfy mends such mixtures piecewise) as a run.
    """
    whole = Peeled(text, *_peel_layers(text))
    if whole.layers:
        return [whole]
    segments = []
    for line in text.splitlines(keepends=True):
        peeled = Peeled(line, *_peel_layers(line)) if MARKER.search(line) else Peeled(line, 0, [], 0)
        segments.extend([peeled] if peeled.layers or not MARKER.search(line) else _run_segments(line))
    return segments


def _run_segments(line: str) -> list[Peeled]:
    """The line cut into its non-ASCII runs, each peeled on its own, and the ASCII between them."""
    segments, last = [], 0
    for match in NON_ASCII.finditer(line):
        segments += [Peeled(line[last:match.start()], 0, [], 0), Peeled(match.group(), *_peel_layers(match.group()))]
        last = match.end()
    return segments + [Peeled(line[last:], 0, [], 0)]


def _peel_layers(text: str) -> tuple[int, list[Slots], int]:
    """How many layers the whole text peels through, the runs of the innermost text, and the bytes lost.

    A layer is peeled only while ftfy finds the text bad and every run decodes:
    clean text stays as it is (its runs seldom decode, and ftfy finds it good).
    """
    runs = [tuple((c,) for c in run) for run in NON_ASCII.findall(text)]
    layers = lost = 0
    outer = []
    while layers < MAX_LAYERS:
        peeled = [_peel(run) for run in runs]  # cached, so cheaper than ftfy's verdict: asked first
        if None in peeled or not is_bad(_first_reading(text, runs)):
            break
        outer.append((runs, lost))
        lost += sum(slot == ("\ufffd",) for run in runs for slot in run)
        runs, layers = peeled, layers + 1
    if layers and any(all(unicodedata.category(c) == "Cc" for c in slot) for run in runs for slot in run):
        (runs, lost), layers = outer[-1], layers - 1  # a reading that is control characters was no layer
    return layers, runs, lost


@functools.lru_cache(maxsize=1 << 12)
def _peel(run: Slots) -> Slots | None:
    """The run one layer down: its characters read back as bytes, decoded as UTF-8.

    None when the run is no UTF-8 read as cp1252 or latin-1. The same runs recur
    (each accented letter is one), hence the cache.
    """
    options = [_byte_options(slot) for slot in run]
    if None in options:
        return None
    peeled, i = [], 0
    while i < len(options):
        size = UTF8_LENGTH[options[i][0]]
        sequence = options[i:i + size]
        if size < 1 or len(sequence) < size or any(UTF8_LENGTH[o[0]] for o in sequence[1:]):
            return None
        chars = _decodings(sequence)
        if not chars:
            return None
        peeled.append(chars)
        i += size
    return tuple(peeled)


def _byte_options(slot: tuple[str, ...]) -> tuple[int, ...] | None:
    """The bytes a slot may stand for; None if none, or if they would not agree on the UTF-8's shape."""
    options: list[int] = []
    for c in slot:
        if c == "\ufffd":
            options.extend(LOST)
        elif c in LAYER_BYTE:
            options.append(LAYER_BYTE[c])
    if not options or len({UTF8_LENGTH[b] for b in options}) > 1:
        return None
    return tuple(dict.fromkeys(options))


def _decodings(sequence: list[tuple[int, ...]]) -> tuple[str, ...]:
    """Every character these byte options make as strict UTF-8 (which rejects overlongs and surrogates)."""
    chars = []
    for combination in itertools.product(*sequence):
        with contextlib.suppress(UnicodeDecodeError):
            chars.append(bytes(combination).decode("utf-8"))
    return tuple(dict.fromkeys(chars))


def _first_reading(text: str, runs: list[Slots]) -> str:
    """The text with each non-ASCII run replaced by the first candidate of each slot (for ftfy's verdict)."""
    replaced = iter(runs)
    return NON_ASCII.sub(lambda match: "".join(slot[0] for slot in next(replaced)), text)


def _decide(segments: list[Peeled]) -> list[str]:
    """The innermost text of each segment, every slot in doubt decided left to right by the evidence around it.

    The evidence is the whole text's: a word intact in a clean paragraph decides
    the same word in a damaged one.
    """
    chars: list[str] = []
    doubts: list[tuple[int, tuple[str, ...]]] = []
    bounds = []
    for segment in segments:
        start = len(chars)
        if segment.layers:
            _innermost(segment, chars, doubts)
        else:
            chars.extend(segment.text)
        bounds.append((start, len(chars)))
    vocabulary = _vocabulary("".join(chars)) if doubts else set()
    for position, slot in doubts:
        chars[position] = max(slot, key=lambda c: _evidence(chars, position, c, slot, vocabulary))
    return ["".join(chars[start:end]) for start, end in bounds]


def _innermost(segment: Peeled, chars: list[str], doubts: list[tuple[int, tuple[str, ...]]]) -> None:
    """Append the segment's innermost characters to `chars`, UNDECIDED where a slot is in doubt (noted in `doubts`)."""
    last = 0
    for match, run in zip(NON_ASCII.finditer(segment.text), segment.runs):
        chars.extend(segment.text[last:match.start()])
        for slot in run:
            if len(slot) > 1:
                doubts.append((len(chars), slot))
            chars.append(slot[0] if len(slot) == 1 else UNDECIDED)
        last = match.end()
    chars.extend(segment.text[last:])


def _vocabulary(text: str) -> set[str]:
    """The text's own words, lowercased; words with a character in doubt are no evidence."""
    return {w.lower() for w in re.findall(r"[\w\x00]+", text) if UNDECIDED not in w}


def _evidence(chars: list[str], position: int, c: str, slot: tuple[str, ...],
              vocabulary: set[str]) -> tuple[bool, int, int, bool, float, int]:
    """What speaks for candidate `c`, strongest first (compared as a tuple).

    The word it makes occurs elsewhere in the text; it closes a quote that is
    open; it is a character of its own (not one NFKC would replace, nor a
    mark); cp1252 has it, as Western text through cp1252 tools mostly does; its
    letters are frequent together in the world's languages; codec order.
    """
    start, end = _letters_around(chars, position)
    word = "".join(chars[start:position]) + c + "".join(chars[position + 1:end])
    return (
        len(word) > 1 and word.lower() in vocabulary,
        _quote_fit(chars, position, c),
        _well_formed(c),
        c in LAYER_BYTE,
        _letter_score(word, position - start),
        -slot.index(c),
    )


def _letters_around(chars: list[str], position: int) -> tuple[int, int]:
    """Bounds of the word through `position`, at most MAX_WORD_CHARS either side."""
    start, end = position, position + 1
    low, high = max(0, position - MAX_WORD_CHARS), min(len(chars), end + MAX_WORD_CHARS)
    while start > low and (chars[start - 1].isalpha() or chars[start - 1] == UNDECIDED):
        start -= 1
    while end < high and (chars[end].isalpha() or chars[end] == UNDECIDED):
        end += 1
    return start, end


def _quote_fit(chars: list[str], position: int, c: str) -> int:
    """1 for a closing quote whose opening one (by name: RIGHT ... -> LEFT ...) is open, -1 for one inside a word."""
    if unicodedata.category(c) != "Pf":
        return 0
    before = "".join(chars[:position])
    with contextlib.suppress(KeyError):
        if before.count(unicodedata.lookup(unicodedata.name(c).replace("RIGHT", "LEFT"))) > before.count(c):
            return 1
    inside = 0 < position < len(chars) - 1 and chars[position - 1].isalnum() and chars[position + 1].isalnum()
    return -1 if inside else 0


def _well_formed(c: str) -> int:
    """2 for a visible character, 1 for a mark, format or space character, 0 for one NFKC replaces or unassigned."""
    category = unicodedata.category(c)
    if category in ("Cn", "Co", "Cs") or unicodedata.normalize("NFKC", c) != c:
        return 0
    return 2 if category[0] in "LNPS" else 1


def _letter_score(word: str, index: int) -> float:
    """How usual the character at `index` is beside its neighbours: log frequencies of the 1-3-grams through it.

    An n-gram counts in its own case or lowercased (langdetect's profiles skip
    words in capitals: PAÍS is scored as país). The profiles hold letters only,
    so a symbol among letters scores as badly as it should.
    """
    frequencies = _letter_frequencies()
    padded, index = f" {word} ", index + 1
    score = 0.0
    for size in (1, 2, 3):
        for start in range(max(0, index - size + 1), min(index, len(padded) - size) + 1):
            gram = padded[start:start + size]
            if UNDECIDED not in gram:
                score += math.log(max(frequencies.get(gram, 0.0), frequencies.get(gram.lower(), 0.0)) + 1e-7)
    return score


@functools.cache
def _letter_frequencies() -> dict[str, float]:
    """The frequency of each 1-3-letter n-gram, averaged over langdetect's 55 language profiles.

    Averaged rather than one detected language: a headline is too short to
    detect, and which of Á or Í a word holds depends more on its neighbours than
    on the language. Loaded on first need (0.1 s): only text with a letter in doubt needs it.
    """
    names = sorted(os.listdir(PROFILES_DIRECTORY))
    totals: dict[str, float] = defaultdict(float)
    for name in names:
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as f:
            profile = json.load(f)
        for gram, count in profile["freq"].items():
            totals[gram] += count / profile["n_words"][len(gram) - 1] / len(names)
    return dict(totals)
