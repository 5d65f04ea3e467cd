"""Property-based tests of the text stages: decode, encoding repair, header parsing.

Whatever bytes or text arrive, each stage either answers or raises the documented
`Rejected`; repairing its own output changes nothing; and text that was valid to
begin with loses none of its (non-whitespace) characters.
"""

from __future__ import annotations

import contextlib
import unicodedata
from datetime import date

import ftfy
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from flows.document import Rejected
from flows.stages.decode import decode_bytes
from flows.stages.encoding import repair_encoding
from flows.stages.lead import split_lead
from flows.stages.metadata import KNOWN_FIELDS, parse_header

# Deterministic and quick: the same examples on every run and every machine.
settings.register_profile("properties", derandomize=True, max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
PROPERTIES = settings.get_profile("properties")
TODAY = date(2026, 1, 1)

# Text as decoding can produce it: any code point but lone surrogates.
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
# Pieces of the damage real dumps carry, mixed with ordinary words, so that the
# repair code paths (mojibake, lost bytes, entities, invisibles, line ends) run.
DAMAGE = ["â€", "â€™", "Ã©", "Ã", "Ä", "Å", "\ufffd", "&amp;", "&amp;amp;", "&#8211;", "&eacute;", "&lt;p&gt;",
          "&#x27;", "\r\n", "\r", "\u2028", "\u200b", "\u00ad", "\ufeff", "\x07", "\x00", "\x85", "\x9d", "é",
          "e\u0301", "“", "”", "’", "–", "£", "ﬁ", "Ａ", "\u00a0", " ", "\n", "\n\n", "<p>", "café", "BRASÍLIA",
          "word", "The", "news", ".", ",", "1", "ñ", "Привет", "日本"]
damaged_text = st.lists(st.sampled_from(DAMAGE) | st.text(max_size=5), max_size=40).map("".join)


def _clean_char(char: str) -> bool:
    """A printable character that is its own canonical form (no ligature, no full width, no entity start)."""
    return char != "&" and unicodedata.normalize("NFKC", char) == char


clean_text = st.text(
    st.characters(categories=("L", "N", "P", "S", "Zs"), max_codepoint=0x2FFFF).filter(_clean_char)
    | st.sampled_from("\n\n\n  "), min_size=1, max_size=200)


# -- decode -------------------------------------------------------------------

@PROPERTIES
@given(st.binary(max_size=2000))
def test_decode_never_raises_but_rejected(data):
    try:
        text, encoding = decode_bytes(data)
    except Rejected as error:
        assert error.reason in {"empty", "binary", "truncated", "undecodable"}
        return
    assert isinstance(text, str) and encoding


@PROPERTIES
@given(st.lists(st.sampled_from([b"\x00", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\x00\x00\xfe\xff",
                                 b"\xc3", b"\xa9", b"\xe2\x80", b"\x9d", b"a", b"Z", b" ", b"\n", b"MZ", b"\x80"]),
                max_size=60).map(b"".join))
def test_decode_never_raises_on_byte_patterns_near_its_rules(data):
    with contextlib.suppress(Rejected):
        decode_bytes(data)


@PROPERTIES
@given(clean_text | st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=300))
def test_valid_utf8_decodes_to_exactly_its_text(text):
    assume(text.strip(" \t\n\r\x0b\x0c") and not text.startswith("\ufeff"))
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


@PROPERTIES
@given(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=300),
       st.sampled_from(["utf-8-sig", "utf-16", "utf-32"]))
def test_text_after_a_bom_decodes_exactly(text, codec):
    assume(text.strip(" \t\n\r\x0b\x0c"))
    decoded, encoding = decode_bytes(text.encode(codec))
    assert decoded == text and encoding.endswith("-bom")


@PROPERTIES
@given(st.sampled_from(["MZ", "ID3", "RIFF", "GIF8", "%PDF", "BZh", "OggS", "Rar!"]), clean_text)
def test_text_starting_like_a_binary_signature_is_still_text(start, rest):
    text = f"{start} {rest}"
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


# -- encoding repair ----------------------------------------------------------

@PROPERTIES
@given(any_text | damaged_text)
def test_repair_never_raises_and_is_idempotent(text):
    once, _ = repair_encoding(text)
    twice, fixes = repair_encoding(once)
    assert twice == once, fixes
    assert fixes == []


@PROPERTIES
@given(clean_text)
def test_repair_keeps_every_character_of_clean_text(text):
    text = unicodedata.normalize("NFC", text)
    assume(not ftfy.is_bad(text))
    repaired, _ = repair_encoding(text)
    assert "".join(repaired.split()) == "".join(text.split())


# -- header parsing and the lead ---------------------------------------------

@PROPERTIES
@given(any_text | damaged_text)
@example("title: A\n date 2018-01-01 B\n\nbody")
@example("date: 2018-01-01\ntitle: A\n date 2018-02-30 B\n\nbody")
@example("source: x\n\nupdate: foo\nbody")
@example("Just one line of text.")
@example("date: 2999-01-01\nsource: ../../x\n\n\n")
@example("Old bridge to reopen for walkershttps://example.com/bridge\n\nThe council met.")  # glued to a word
@example("Welcome to Example\n\nWatch Live\n\nBridge to reopen in May\n\nBridge to reopen in May\n\nText.")
def test_header_and_lead_never_raise_and_lose_no_word_of_the_page(text):
    header = parse_header(text, today=TODAY)
    lead = split_lead(header.text, header.title or "")
    assert isinstance(lead.title, str) and isinstance(lead.body, str)
    kept = [lead.title if lead.title_source != "field" else "", lead.body]
    removed = [r.text for r in lead.removed]
    # every character of the page is in the title, the body or the removals (a piece glued to a word, an
    # address after a headline, is removed from inside that word, so words are compared as characters)
    assert sorted("".join("".join(kept + removed).split())) == sorted("".join(header.text.split()))


line = st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60).map(str.strip)


@PROPERTIES
@given(st.dates(min_value=date(1800, 1, 1), max_value=TODAY), st.dictionaries(
    st.sampled_from(sorted(KNOWN_FIELDS - {"date", "published", "title", "headline"})), line, max_size=4),
    line, st.lists(line, min_size=1, max_size=5))
def test_header_fields_written_are_the_fields_read(day, fields, title, paragraphs):
    assume(title and all(fields.values()) and all(paragraphs))
    assume(":" not in title)  # a "key: value" headline after field lines is read as a field
    header = {"date": day.isoformat(), **fields}
    body = "\n\n".join(paragraphs)
    text = "\n".join([*(f"{k}: {v}" for k, v in header.items()), title, "", body])
    parsed = parse_header(text, today=TODAY)
    assert (parsed.date, parsed.precision, parsed.fields, parsed.text, parsed.fixes) == (
        day, "day", header, f"{title}\n\n{body}", [])
