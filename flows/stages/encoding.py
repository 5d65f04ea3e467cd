"""Encoding repair: mend the text's encoding damage, recording every fix.

ftfy does the heavy lifting (mojibake, C1 controls, line breaks, NFC) and its
`fix_and_explain` says which of its steps changed the text. What ftfy leaves
is mended here, each kind counted: mojibake applied more than once, mojibake
whose lost bytes became U+FFFD, HTML entities ftfy declined to unescape,
zero-width characters, soft hyphens, stray byte-order marks and control
characters.
"""

from __future__ import annotations

import contextlib
import functools
import html
import itertools
import json
import math
import os
import re
import unicodedata
from collections import defaultdict
from typing import NamedTuple

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers ftfy's sloppy-windows-1252 codec)
from ftfy.badness import is_bad
from langdetect.detector_factory import PROFILES_DIRECTORY

from flows.document import Document, Fix
from flows.step import Step

# Typographic quotes are kept as the source wrote them: they are the author's
# text, not damage, and NFKC plus a quote fold at query time makes them
# comparable (uncurling would lose the open/close distinction for good).
FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, explain=True)
# Three of ftfy's steps pass every character of the text through a table (Latin ligatures,
# full- and half-width forms, control characters): 0.2 ms an article, for texts that almost
# never hold any of those characters. A text without them is fixed without those steps, and
# when what comes back holds none of them either, the steps had nothing to do (no other step
# takes such a character out again); otherwise ftfy runs whole (see `_ftfy`).
FTFY_WITHOUT_TABLES = FTFY_CONFIG._replace(fix_latin_ligatures=False, fix_character_width=False,
                                           remove_control_chars=False)
TABLED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(
    {*ftfy.chardata.LIGATURES, *ftfy.chardata.WIDTH_MAP, *ftfy.chardata.CONTROL_CHARS})) + "]")

# Zero-width spaces and soft hyphens can be the author's (a break or hyphenation
# hint), so a clean text keeps them. They are stripped when the text also carries
# the marks of a tool that sprinkles them: control characters, stray byte-order
# marks, CR line ends.
INVISIBLE = {"zero_width": "\u200b\u2060\u180e", "soft_hyphen": "\u00ad"}
TOOL_MARKS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\r]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")

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
# Repair passes until the text is stable; a second pass is rare, a third rarer still.
MAX_PASSES = 4


def repair_encoding(text: str) -> tuple[str, list[Fix]]:
    """Return the repaired text and the fixes made, in the order made.

    Idempotent: repairing repaired text changes nothing. One pass is not always
    enough for that: a later step can uncover damage an earlier one would fix
    (ftfy turns a C1 control into the cp1252 character it stood for, which may
    complete a mojibake sequence), so passes repeat until the text is stable.
    """
    fixes: list[Fix] = []
    for _ in range(MAX_PASSES):
        repaired, found = _repair_pass(text)
        if repaired == text:
            break
        text = repaired
        fixes.extend(found)
    return text, fixes


def _repair_pass(text: str) -> tuple[str, list[Fix]]:
    fixes: list[Fix] = []
    strip_invisible = bool(TOOL_MARKS.search(text))
    text = _restore_layers(text, fixes)
    fixed, explanation = _ftfy(text)
    if fixed != text:
        fixes.extend(_ftfy_fixes(explanation))
        text = fixed
    text = _unescape_entities(text, fixes)
    text = _remove_invisible(text, fixes, strip_invisible)
    text = _normalise(text, fixes)
    return text, fixes


def _ftfy(text: str) -> tuple[str, list | None]:
    """ftfy's fix and its explanation, without its three table steps where they would change nothing."""
    if not TABLED.search(text):
        fixed, explanation = ftfy.fix_and_explain(text, FTFY_WITHOUT_TABLES)
        if not TABLED.search(fixed):
            return fixed, explanation
    return ftfy.fix_and_explain(text, FTFY_CONFIG)


def _ftfy_fixes(explanation: list[tuple[str, str]] | None) -> list[Fix]:
    """Turn ftfy's step list into fixes: an encode/decode pair is one mojibake repair."""
    fixes, pending = [], []
    for action, parameter in explanation or []:
        if action == "apply":
            fixes.append(Fix(f"ftfy:{parameter}"))
        elif action == "encode":
            pending.append(parameter)
        elif action in ("decode", "transcode"):
            fixes.append(Fix("ftfy:mojibake", f"{'+'.join(pending) or '?'} -> {parameter}"))
            pending = []
        else:
            fixes.append(Fix(f"ftfy:{action}", str(parameter)))
    return fixes


def _restore_layers(text: str, fixes: list[Fix]) -> str:
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


def _unescape_entities(text: str, fixes: list[Fix]) -> str:
    """Unescape what ftfy leaves (it skips texts with '<'), to a fixed point: '&amp;amp;' is '&'."""
    count = 0
    for _ in range(3):
        found = len(ENTITY.findall(text))
        if not found:
            break
        unescaped = ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        if unescaped == text:
            break
        count += found
        text = unescaped
    if count:
        fixes.append(Fix("html_entities", "entities ftfy left", count))
    return text


def _remove_invisible(text: str, fixes: list[Fix], strip_invisible: bool) -> str:
    kinds = dict(INVISIBLE, stray_bom="\ufeff") if strip_invisible else {"stray_bom": "\ufeff"}
    for kind, chars in kinds.items():
        count = sum(text.count(c) for c in chars)
        if count:
            text = text.translate({ord(c): None for c in chars})
            fixes.append(Fix(kind, "removed", count))
    if NEWLINES.search(text):
        text, count = NEWLINES.subn("\n", text)
        fixes.append(Fix("line_ends", "normalised to \\n", count))
    text, count = CONTROL.subn("", text)
    if count:
        fixes.append(Fix("control_chars", "removed", count))
    return text


def _normalise(text: str, fixes: list[Fix]) -> str:
    """NFC, so that the same word is the same string (ftfy already does; this catches our own edits)."""
    normal = unicodedata.normalize("NFC", text)
    if normal != text:
        fixes.append(Fix("unicode_nfc"))
    return normal


class EncodingStep(Step):
    """Repair encoding damage; count each kind of fix."""

    name = "encoding"

    def apply(self, doc: Document) -> None:
        doc.text, fixes = repair_encoding(doc.text)
        doc.fixes.extend(fixes)
        for fix in fixes:
            self.count(fix.kind, fix.count)
