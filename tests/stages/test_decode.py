import codecs

import pytest

from flows.document import Document, Rejected
from flows.stages.decode import DecodeStep, decode_bytes, implausibility
from flows.step import run_steps

TEXT = " date 2018-07-16 Café owners “protest” – again\n\nThe naïve plan cost £5m and €3m."


@pytest.mark.parametrize("encoding, data", [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8-bom", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("utf-16-le-bom", TEXT.encode("utf-16")),
    ("utf-16-be-bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ("utf-32-le-bom", TEXT.encode("utf-32")),
    ("utf-16-le", TEXT.encode("utf-16-le")),
    ("utf-16-be", TEXT.encode("utf-16-be")),
    ("utf-32-le", TEXT.encode("utf-32-le")),
    ("cp1252", TEXT.encode("cp1252")),
])
def test_each_encoding_decodes_to_the_same_text(encoding, data):
    text, found = decode_bytes(data)
    assert text == TEXT
    assert found == encoding


def test_mixed_utf8_with_stray_cp1252_bytes_keeps_both():
    data = "Ünïcödé text is fine here. ".encode() * 3 + "It’s".encode("cp1252") + b" over."
    text, found = decode_bytes(data)
    assert found == "utf-8+cp1252"
    assert text.endswith("It’s over.") and text.startswith("Ünïcödé")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\r\n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
    (b"PK\x03\x04" + b"\x00" * 100, "binary"),
    (bytes(range(32)) * 40, "binary"),
    ("Tout est « bien » là".encode()[:-1], "truncated"),
    ("Tout “bien”".encode() + "“".encode()[:2], "truncated"),
    (codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00\xd8", "truncated"),
])
def test_bad_inputs_are_rejected_with_their_reason(data, reason):
    with pytest.raises(Rejected) as error:
        decode_bytes(data)
    assert error.value.reason == reason


def test_nul_bytes_in_text_do_not_make_it_binary():
    text, _ = decode_bytes(b"A headline\n\nSome body text that has one stray\x00 NUL byte in it, nothing more.")
    assert "stray\x00 NUL" in text  # the encoding stage removes it, and counts it


def test_cyrillic_cp1251_is_not_mistaken_for_cp1252():
    russian = "Президент заявил, что переговоры прошли успешно и продолжатся в следующем месяце."
    text, found = decode_bytes(russian.encode("cp1251"))
    assert text == russian, found


def test_plausibility_prefers_western_text():
    assert implausibility("café naïve") < implausibility("cafĂ© naĂŻve")


@pytest.mark.parametrize("text, rejected", [
    ("<!DOCTYPE html>\n<html><head><title>Bridge</title></head><body><p>The bridge.</p></body></html>", True),
    (" date 2024-05-02 <html lang=\"en\"><body>The bridge reopens.</body></html>", True),
    ("Bridge\n\n<div class=\"a\"><span>The</span> <span>bridge</span></div><div><a href=\"/x\">more</a></div>", True),
    ("Bridge reopens\n\nThe council said <b>yes</b> on Monday.<br>Work starts in May, the mayor said at noon.", False),
    ("Maths corner\n\nIf a < b and b > c, nothing follows about a and c, the teacher said.", False),
])
def test_a_saved_web_page_is_markup_not_an_article(text, rejected):
    doc = Document("d", "d.txt", data=text.encode())
    (doc,) = run_steps([doc], [DecodeStep()])
    assert (doc.reject_reason == "markup") is rejected
    if rejected:
        assert "extract the text first" in doc.reject_detail and doc.data == text.encode()  # nothing lost
