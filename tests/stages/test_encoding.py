import html

import ftfy
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from flows.stages.encoding import FTFY_CONFIG, MOJIBAKE_REACH, _ftfy, looks_like_mojibake, repair_encoding
from flows.stages.layers import restore_layers

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


# Layered mojibake: UTF-8 read as cp1252 by one broken tool, written as UTF-8, read
# as cp1252 again. Bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) are lost
# to U+FFFD on the way, so each damaged text below is built from a real sentence.
SENTENCES = {
    "en_quotes": "“We will not back down,” the minister said. “Not now — not ever.”",
    "en_dashes": "Prices rose 5% – the steepest rise since 2008 – and the Bank of England’s governor said so…",
    "en_closing_quote": "Asked about the deal, he said “it is done,” and he said.”",
    "de_umlauts": "Die Bürger in Düsseldorf und Köln müssen für die Straße mehr zahlen, sagte Herr Weiß.",
    "de_quotes": "„Das ist größer als erwartet“, sagte die Ärztin. Öffentliche Übungen – ab März.",
    "es_accents": "¿Qué pasó en España? ¡Nadie sabe!, dijo Ángel Sánchez; «la economía crecerá» en África.",
    "pt_accents": "O ministro da Educação disse em Brasília que a Ásia “não é prioridade”, afirmou à Câmara.",
    "pt_capitals": "BRASÍLIA - O governo de Brasília aprovou a ação; “é uma questão de coração”.",
    "it_accents": "Il presidente ha detto: “è una città più bella”, e poi è andato via.",
    "homoglyphs": "El gоbernadоr dijo que el рrоnóstico de crecimientо es роsitivо.",  # Cyrillic о and р
}


def cp1252(text):
    return text.encode("utf-8").decode("cp1252", errors="replace")


def latin1(text):
    return text.encode("utf-8").decode("latin-1")


DAMAGE = {
    "cp1252 x2": lambda t: cp1252(cp1252(t)),
    "cp1252 x3": lambda t: cp1252(cp1252(cp1252(t))),
    "cp1252 then latin-1": lambda t: latin1(cp1252(t)),
}
LAYERS = {"cp1252 x2": 2, "cp1252 x3": 3, "cp1252 then latin-1": 2}


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("name", SENTENCES)
def test_layered_mojibake_is_restored_exactly_and_recorded(name, damage):
    clean = SENTENCES[name]
    damaged = DAMAGE[damage](clean)
    text, fixes = repair_encoding(damaged)
    assert text == clean
    layered = [f for f in fixes if f.kind == "layered_mojibake"]
    assert len(layered) == 1 and layered[0].detail.startswith(f"{LAYERS[damage]} layers")
    assert "ftfy:mojibake" in kinds(fixes)  # ftfy undoes the innermost layer, losslessly
    assert repair_encoding(text) == (text, [])


def test_closing_quote_lost_at_the_inner_layer():
    once = cp1252("he said.”")
    assert once == "he said.â€\ufffd"
    twice = cp1252(once)
    assert twice == "he said.Ã¢â‚¬ï¿½"
    text, fixes = repair_encoding(twice)
    assert text == "he said.”"
    assert any(f.kind == "layered_mojibake" and f.detail.endswith("lost bytes restored: 1") for f in fixes)


def test_em_dash_lost_at_the_outer_layer_is_no_quote():
    """— is E2 80 94; read once it is "â€”", whose ” loses its last byte in the second reading.

    Read as a lost byte of the inner layer, the same U+FFFD would give "”".
    """
    twice = cp1252(cp1252("not now — not ever"))
    assert twice == "not now Ã¢â‚¬â€\ufffd not ever"
    assert repair_encoding(twice)[0] == "not now — not ever"


def test_lost_capital_is_decided_by_the_texts_own_words():
    clean = "ÍNDICE: o Índice de preços subiu; o índice caiu em 2019."  # Í and Á lose the same byte:
    assert repair_encoding(cp1252(cp1252(clean)))[0] == clean  # the intact "índice" says which
    assert repair_encoding(cp1252(cp1252("ÁFRICA: a África e a Ásia.")))[0] == "ÁFRICA: a África e a Ásia."


def test_one_layer_with_lost_bytes_is_still_lossy_mojibake():
    text, fixes = repair_encoding(cp1252(SENTENCES["pt_accents"]))
    assert text == SENTENCES["pt_accents"]
    assert "lossy_mojibake" in kinds(fixes) and "layered_mojibake" not in kinds(fixes)


@pytest.mark.parametrize("clean", [
    "SÃO PAULO — A AÇÃO DA MÃE, diz ÃNGELA.",
    "O âmbito da Câmara é “amplo”, e o preço é 10 €.",
    "The letter Ã, and â€.",
    "Preis: 5 € – Größe: Ã. Fuß“ und schön“.",
    "naïve café, façade, über, Ångström, Øresund, Þór, Ýmir, Ðakovo, Ïle, Straße»",
    "A genuine replacement character \ufffd stays.",
])
def test_correctly_encoded_text_with_mojibake_letters_is_left_alone(clean):
    assert repair_encoding(clean) == (clean, [])


# Property checks. Words of real text in several languages, some with the letters
# mojibake is made of (Ã, Â, â, €): clean, they are left alone; damaged in layers,
# they come back exactly. (Capital Á/Í and the like lose the same byte and need the
# text's own words to be told apart, so they are in the sentences above, not here.)
WORDS = ["the", "minister’s", "“plan”", "costs", "£5m", "–", "—", "said.”", "café", "naïve", "…",
         "Bürger", "Straße", "Öl", "größer", "„Zitat“", "Ärztin", "Übung", "Weiß",
         "ação", "coração", "SÃO", "NÃO", "MÃE", "âmbito", "Câmara", "pão", "é", "à",
         "España", "¿Qué?", "¡Sí!", "«hola»", "años", "niño", "10 €", "50%", "BRASIL", "2024"]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_clean_text_is_never_changed(text):
    assert repair_encoding(text) == (text, [])


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(list(DAMAGE)))
def test_layered_damage_of_any_such_text_is_undone(text, damage):
    assert repair_encoding(DAMAGE[damage](text))[0] == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aé ”—ÃÂâ€™œ¢‚¬ï¿½\x81\x9d.“Ð¾", max_size=40))
def test_layers_are_only_peeled_where_ftfy_sees_mojibake_too(text):
    """Without U+FFFD (a lost byte is damage wherever it stands), text ftfy leaves alone is left alone."""
    if ftfy.fix_encoding(text) == text:
        assert restore_layers(text, []) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aé ”—ÃÂâ€™œ¢‚¬ï¿½\ufffd\x81\x9d.“Ð¾", max_size=40))
def test_repair_is_idempotent_on_any_text(text):
    once, _ = repair_encoding(text)
    assert repair_encoding(once) == (once, [])


def test_a_damaged_paragraph_beside_clean_ones_is_restored_by_line():
    title = "Câmara aprova reforma — São Paulo"
    body = SENTENCES["pt_accents"]
    text, fixes = repair_encoding(f"{title}\n\n{cp1252(cp1252(body))}")
    assert text == f"{title}\n\n{body}"
    assert "layered_mojibake" in kinds(fixes)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aé ”—ÃÂâ€™œ¢‚¬ï¿½\x81\x9d.“Ð¾ﬁﬂＡ１　\x00\x07\x0b\ufeff\u206a&#;xFB01amp\r\n", max_size=50)
       | texts.map(lambda t: t.encode("utf-8").decode("cp1252", errors="replace") + " ﬁne ＡＢ"))
def test_ftfy_without_its_table_steps_only_where_they_would_change_nothing(text):
    """`_ftfy` leaves out ftfy's ligature, width and control-character steps on texts that hold none of
    their characters before and after; whatever the text, it must give what ftfy itself gives."""
    fixed, explanation = ftfy.fix_and_explain(text, FTFY_CONFIG)
    assert _ftfy(text) == (fixed, explanation)


MOJIBAKE_CHARS = "".join(sorted(set("".join(ftfy.badness.MOJIBAKE_CATEGORIES.values()))))


def test_ftfy_mojibake_matches_are_short_enough_to_search_by_window():
    """`looks_like_mojibake` relies on every match of ftfy's expression being shorter than its reach."""
    import re

    assert re._parser.parse(ftfy.badness.BADNESS_RE.pattern, re.VERBOSE).getwidth()[1] < MOJIBAKE_REACH


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet=MOJIBAKE_CHARS, max_size=4) | st.text(alphabet="ab Z.,!\n\t", max_size=30),
                max_size=12).map("".join)
       | st.text(alphabet="aZ .ÃÂâ€™œ¢\x81ВГЂ×²ØΒΓ°", max_size=60)
       | texts.map(lambda t: t.encode("utf-8").decode("cp1252", errors="replace")))
@example("Jarosław Kostyńska".encode().decode("cp1252"))  # "yÅ„": the match starts on ASCII
@example("dla Ã chwili")  # "a Ã ": two ASCII characters before the run
def test_the_windowed_mojibake_test_is_ftfys_own(text):
    assert looks_like_mojibake(text) == ftfy.badness.is_bad(text)
