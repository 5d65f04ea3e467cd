"""Encoding repair: mend the text's encoding damage, recording every fix.

ftfy does the heavy lifting (mojibake, C1 controls, line breaks, NFC) and its
`fix_and_explain` says which of its steps changed the text. What ftfy leaves
is mended here, each kind counted: mojibake applied more than once, mojibake
whose lost bytes became U+FFFD, HTML entities ftfy declined to unescape,
zero-width characters, soft hyphens, stray byte-order marks and control
characters.
"""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy
from ftfy.badness import BADNESS_RE

from flows.document import Document, Fix
from flows.stages.layers import restore_layers
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
# ftfy looks for mojibake by running its badness expression over the whole text, 0.3 ms an
# article. Every one of that expression's matches holds a non-ASCII character and is at most
# 7 characters long, so it lies within 8 characters of a run of non-ASCII characters: the same
# expression run over those windows alone finds the same answer, about 6 times faster (dev, second).
MOJIBAKE_REACH = 8
NON_ASCII_RUNS = re.compile(rf"[^\x00-\x7f](?:[\x00-\x7f]{{0,{2 * MOJIBAKE_REACH}}}[^\x00-\x7f])*")
FTFY_WITHOUT_TABLES_OR_ENCODING = FTFY_WITHOUT_TABLES._replace(fix_encoding=False)

# Zero-width spaces and soft hyphens can be the author's (a break or hyphenation
# hint), so a clean text keeps them. They are stripped when the text also carries
# the marks of a tool that sprinkles them: control characters, stray byte-order
# marks, CR line ends.
INVISIBLE = {"zero_width": "\u200b\u2060\u180e", "soft_hyphen": "\u00ad"}
TOOL_MARKS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\r]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
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
    text = restore_layers(text, fixes)
    fixed, explanation = _ftfy(text)
    if fixed != text:
        fixes.extend(_ftfy_fixes(explanation))
        text = fixed
    text = _unescape_entities(text, fixes)
    text = _remove_invisible(text, fixes, strip_invisible)
    text = _normalise(text, fixes)
    return text, fixes


def _ftfy(text: str) -> tuple[str, list | None]:
    """ftfy's fix and its explanation, without the steps that would change nothing: its three table
    steps, and, when ftfy's own badness test (`looks_like_mojibake`) finds nothing and no other step
    changes anything either, its mojibake search (a text ftfy returns as it came in one round)."""
    if not TABLED.search(text):
        if not looks_like_mojibake(text):
            fixed, explanation = ftfy.fix_and_explain(text, FTFY_WITHOUT_TABLES_OR_ENCODING)
            if fixed == text:
                return fixed, explanation
        fixed, explanation = ftfy.fix_and_explain(text, FTFY_WITHOUT_TABLES)
        if not TABLED.search(fixed):
            return fixed, explanation
    return ftfy.fix_and_explain(text, FTFY_CONFIG)


def looks_like_mojibake(text: str) -> bool:
    """`ftfy.badness.is_bad`, run only within reach of the text's non-ASCII characters."""
    for run in NON_ASCII_RUNS.finditer(text):
        start, end = max(run.start() - MOJIBAKE_REACH, 0), min(run.end() + MOJIBAKE_REACH, len(text))
        if BADNESS_RE.search(text, start, end):  # from `start`, "^" matches only at the text's real start
            return True
    return False


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
