import html

import pytest

from flows.stages.encoding import repair_encoding

CLEAN = "The minister’s “plan” costs £5m – and the café’s naïve critics say so…\n\nSmith & Sons said \"no\"."


def kinds(fixes):
    return {f.kind for f in fixes}


@pytest.mark.parametrize("damaged, expected_kind", [
    (CLEAN.encode("utf-8").decode("cp1252", errors="replace"), "ftfy:mojibake"),
    (CLEAN.encode("utf-8").decode("latin-1"), "ftfy:mojibake"),
    (html.escape(CLEAN), "ftfy:unescape_html"),
    ("".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in CLEAN), "ftfy:unescape_html"),
    (CLEAN.replace("\n", "\r\n"), "ftfy:fix_line_breaks"),
    (CLEAN.replace("plan", "plan\u200b\x07"), "zero_width"),
    (CLEAN.replace("critics", "critics\u00ad").replace("\n", "\r\n"), "soft_hyphen"),
    (CLEAN.replace("costs", "costs\ufeff"), "ftfy:remove_control_chars"),
    (CLEAN.replace("costs", "costs\x07"), "ftfy:remove_control_chars"),
])
def test_each_damage_is_repaired_and_recorded(damaged, expected_kind):
    text, fixes = repair_encoding(damaged)
    assert text == CLEAN
    assert expected_kind in kinds(fixes)


def test_entities_beside_markup_are_unescaped_too():
    text, fixes = repair_encoding("<p>Fish &amp; chips &#8211; &pound;5</p>")
    assert text == "<p>Fish & chips – £5</p>"
    assert "html_entities" in kinds(fixes)


def test_lost_byte_of_a_closing_quote_is_restored():
    damaged = "He said “yes” to BRASÍLIA and Brasília.".encode().decode("cp1252", errors="replace")
    assert "\ufffd" in damaged
    text, fixes = repair_encoding(damaged)
    assert text == "He said “yes” to BRASÍLIA and Brasília."
    assert "lossy_mojibake" in kinds(fixes)


def test_clean_text_is_left_alone_and_nothing_recorded():
    text, fixes = repair_encoding(CLEAN)
    assert text == CLEAN and fixes == []


def test_invisible_characters_of_a_clean_text_are_the_authors():
    text = "La Voz del Sur\u200b, dijo. Donau\u00addampf\u00adschiff."
    assert repair_encoding(text) == (text, [])


def test_typographic_quotes_are_kept():
    assert repair_encoding("“Quoted” ‘text’")[0] == "“Quoted” ‘text’"


def test_repair_is_idempotent_on_damaged_input():
    once, _ = repair_encoding(html.escape(CLEAN.encode("utf-8").decode("cp1252", errors="replace")) + "\r\n&amp;amp;")
    twice, fixes = repair_encoding(once)
    assert twice == once and fixes == []
