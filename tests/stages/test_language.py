import pytest

from flows.stages.language import UNDETERMINED, detect_language

SAMPLES = {
    "en": "The government announced on Tuesday that it would raise taxes on fuel to pay for new railways.",
    "de": "Die Regierung kündigte am Dienstag an, die Steuern auf Kraftstoff zu erhöhen, um neue Bahnen zu bezahlen.",
    "es": "El gobierno anunció el martes que subirá los impuestos sobre el combustible para pagar nuevos trenes.",
    "pt": "O governo anunciou na terça-feira que vai aumentar os impostos sobre combustíveis para pagar ferrovias.",
    "it": "Il governo ha annunciato martedì che aumenterà le tasse sul carburante per pagare nuove ferrovie.",
}


@pytest.mark.parametrize("language, text", SAMPLES.items())
def test_languages_are_detected_with_a_probability(language, text):
    code, probability = detect_language(text)
    assert code == language and 0.7 <= probability <= 1.0


def test_detection_is_deterministic():
    text = "Ciao, this text mixes idiomas and Sprachen a little bit, pero no mucho, ok?"
    assert len({detect_language(text) for _ in range(5)}) == 1


@pytest.mark.parametrize("text", ["", "12 345 678", "OK."])
def test_too_short_is_undetermined(text):
    assert detect_language(text) == (UNDETERMINED, 0.0)
