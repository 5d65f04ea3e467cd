"""Decoding: bytes to text, recording which encoding was found and how.

Order of evidence, strongest first:
1. a byte-order mark (UTF-32 before UTF-16: the UTF-32-LE BOM starts with UTF-16-LE's);
2. the pattern of NUL bytes that BOM-less UTF-16/32 text leaves;
3. strict UTF-8, which almost never decodes text that is not UTF-8;
4. UTF-8 with a few stray legacy bytes (a file pasted together from two sources):
   the valid UTF-8 is kept and only the invalid bytes are read as cp1252;
5. a legacy single-byte encoding: charset-normalizer's candidates plus cp1252,
   weighed by how plausible the decoded text looks (charset-normalizer alone
   guessed cp1250 or cp932 for most cp1252 news files we measured).
Inputs that are empty, binary, truncated or undecodable are rejected with that reason,
and so is a web page saved whole (`markup`): its text is still to be extracted from
the HTML, which is a different tool's job (trafilatura, for one); read as text, its
tags would become an article.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from functools import cache

from charset_normalizer import from_bytes

from flows.document import Document, Rejected
from flows.settings import Settings
from flows.step import Step

BOMS = [  # longest first: b"\xff\xfe\x00\x00" also starts with the UTF-16-LE BOM
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Signatures of common binary formats that can land in a text dump.
BINARY_MAGIC = [b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
                b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"MZ", b"\x00\x00\x01\x00", b"OggS",
                b"ID3", b"RIFF", b"\xd0\xcf\x11\xe0"]

# A text file has almost no control bytes; binary data has ~12% (32 of 256 values).
# 2% leaves room for a damaged text with stray controls, far below random bytes.
MAX_CONTROL_SHARE = 0.02
# A share is noise on a short file: 2% of a 60-byte text is one byte, so two stray
# NULs made a short article "binary". A handful of control bytes is always tolerated.
MIN_CONTROL_BYTES = 4
# Stray legacy bytes tolerated inside a UTF-8 file before we call it legacy-encoded:
# a handful of pasted cp1252 quotes, not a whole cp1252 text (where every
# non-ASCII byte is invalid UTF-8).
MAX_STRAY_SHARE = 0.25

LEGACY_FALLBACK = "cp1252"  # the web's de-facto legacy encoding (WHATWG maps latin-1 to it)
WESTERN = set(
    "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßŒœŠšŽžŸƒ"
    "€£¥¢°«»‘’‚“”„–—…•·©®™¡¿ªº§¶½¼¾±×÷µ\u00a0"
)
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
WORDS = re.compile(r"[^\W\d_]+")
# A saved web page: it opens with a doctype or a document tag (after the date header, if any), or
# its tags make up a large share of it. News text quotes a tag now and then ("<br>" left by a
# CMS); 30% of the characters is far beyond that, and far below a page (60-90% markup).
MARKUP_START = re.compile(r"^\s*(?:date \S+\s+)?<(?:!doctype\s+html|html|\?xml|head|body)\b", re.I)
TAG = re.compile(r"<[!/?]?[a-zA-Z][^<>]{0,500}>")
MAX_MARKUP_SHARE = 0.3
# Control characters (Unicode category Cc) other than tab and line ends, and U+FFFD.
CONTROL_OR_LOST = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def _decode_stray_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("news_corpus_cp1252", _decode_stray_as_cp1252)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding label) or raise `Rejected` with why not."""
    if not data.strip():
        raise Rejected("empty", "the file has no content" if not data else "the file holds only whitespace")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode_strict(data[len(bom):], encoding, with_bom=True), f"{encoding}-bom"
    _reject_known_binary(data)
    wide = _wide_encoding(data)
    if wide:
        return _decode_strict(data, wide, with_bom=False), wide
    _reject_control_bytes(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        return _decode_not_utf8(data, error)


def _decode_strict(data: bytes, encoding: str, with_bom: bool) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        how = "after its byte-order mark" if with_bom else "by its NUL-byte pattern"
        if error.end >= len(data) - 3:
            raise Rejected("truncated", f"{encoding} {how}, but it ends inside a character") from error
        raise Rejected("undecodable", f"{encoding} {how}, but invalid at byte {error.start}") from error


def _wide_encoding(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16/32 by where the NUL bytes of ASCII characters fall."""
    sample = data[:4096]
    if sample.count(0) < len(sample) // 4:
        return None
    quarters = [sample[i::4].count(0) for i in range(4)]
    n = max(1, len(sample) // 4)
    if quarters[1] > 0.9 * n and quarters[2] > 0.9 * n and quarters[3] > 0.9 * n:
        return "utf-32-le"
    if quarters[0] > 0.9 * n and quarters[1] > 0.9 * n and quarters[2] > 0.9 * n:
        return "utf-32-be"
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    half = max(1, len(sample) // 2)
    if odd > 0.6 * half and even < 0.1 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


def _reject_known_binary(data: bytes) -> None:
    """Reject a file that starts with a binary signature, unless its bytes are clean text.

    Several signatures are plain ASCII ("MZ", "ID3", "RIFF", "%PDF"): a headline
    may start with them. The real formats follow them with NUL or other control
    bytes, or bytes that are not UTF-8; a clean UTF-8 text is never one of them.
    """
    for magic in BINARY_MAGIC:
        if data.startswith(magic) and not _is_clean_utf8(data):
            raise Rejected("binary", f"starts with the signature of a binary format ({magic!r})")


def _is_clean_utf8(data: bytes) -> bool:
    """Whether the first 64 KiB are UTF-8 without control bytes (a cut character at the end is allowed)."""
    sample = data[:65536]
    if CONTROL_BYTES.search(sample):
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _reject_control_bytes(data: bytes) -> None:
    sample = data[:65536]
    controls = len(CONTROL_BYTES.findall(sample))
    if controls > max(MAX_CONTROL_SHARE * len(sample), MIN_CONTROL_BYTES):
        raise Rejected("binary", f"{controls} of the first {len(sample)} bytes are control bytes")


def _decode_not_utf8(data: bytes, error: UnicodeDecodeError) -> tuple[str, str]:
    """Tell truncated UTF-8, UTF-8 with stray bytes, and legacy encodings apart."""
    if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
        raise Rejected("truncated", f"valid UTF-8 up to byte {error.start} of {len(data)}, "
                       "then it ends inside a character")
    high = sum(1 for b in data if b >= 0x80)
    stray = _count_invalid_utf8(data)
    if stray <= MAX_STRAY_SHARE * high and high - stray >= 2 * stray:
        return data.decode("utf-8", errors="news_corpus_cp1252"), "utf-8+cp1252"
    return _decode_legacy(data)


def _count_invalid_utf8(data: bytes) -> int:
    """Number of bytes that fail UTF-8 decoding (each replaced by one U+FFFD)."""
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())


def _decode_legacy(data: bytes) -> tuple[str, str]:
    candidates = [LEGACY_FALLBACK] + [m.encoding for m in from_bytes(data[:65536], explain=False)][:4]
    best: tuple[float, int, str, str] | None = None
    for rank, encoding in enumerate(dict.fromkeys(candidates)):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        score = (implausibility(text), rank, text, encoding)
        best = min(best, score) if best else score
    if best is None:
        raise Rejected("undecodable", "neither UTF-8 nor any legacy encoding decodes these bytes")
    return best[2], best[3]


def implausibility(text: str) -> float:
    """How unlike real text a decoding looks: lower is more plausible.

    A wrong legacy decoding shows as control characters, letters of two scripts
    inside one word ("cafй": cp1252 read as cp1251), Latin letters outside the
    Western repertoire ("cafĂ©": cp1252 read as cp1250), or words made almost
    only of accented letters ("Ïðèâåò": Cyrillic read as cp1252).
    """
    odd = latin = accented = 0
    for word in WORDS.findall(text):
        if word.isascii():  # plain Latin letters (most words of any Western text): nothing odd
            latin += len(word)
            continue
        scripts = Counter(_script(c) for c in word if c.isalpha())
        if len(scripts) > 1:
            odd += 2 * (sum(scripts.values()) - max(scripts.values()))
        for char in word:
            if char.isascii():
                latin += char.isalpha()
            elif _script(char) == "LATIN":
                latin += 1
                accented += 1
                odd += char not in WESTERN
    odd += 5 * len(CONTROL_OR_LOST.findall(text))
    if latin and accented > 0.4 * latin:
        odd += accented
    return odd / max(1, len(text))


@cache
def _script(char: str) -> str:
    if char.isascii():
        return "LATIN"
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def _reject_markup(text: str) -> None:
    sample = text[:65536]
    if MARKUP_START.match(sample):
        raise Rejected("markup", "a web page's HTML (or XML), not its text: extract the text first (trafilatura, "
                                 "for one), then run on that")
    tagged = sum(len(tag) for tag in TAG.findall(sample))
    if tagged > MAX_MARKUP_SHARE * max(1, len(sample)):
        raise Rejected("markup", f"{tagged / len(sample):.0%} of the text is HTML tags: a page's markup, not its "
                                 "text; extract the text first (trafilatura, for one)")


class DecodeStep(Step):
    """Decode each document's bytes; record the encoding found. A text over the character budget
    (Settings.max_chars) is rejected here, before any stage spends time or memory on it."""

    name = "decode"

    def __init__(self, max_chars: int = Settings.max_chars) -> None:
        super().__init__()
        self.max_chars = max_chars

    def apply(self, doc: Document) -> None:
        doc.text, doc.encoding = decode_bytes(doc.data)
        _reject_markup(doc.text)
        if len(doc.text) > self.max_chars:
            size = len(doc.text)
            doc.text = ""
            raise Rejected("too_long", f"{size:,} characters is over the budget of {self.max_chars:,} (--max-chars): "
                           "no news article is that long; a dump or a runaway page")
        self.count(doc.encoding)
