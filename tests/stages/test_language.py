import json

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


def test_fast_detector_finds_langdetects_ngrams_in_its_order():
    """The rewritten n-gram loop must see exactly what langdetect sees, capitals, accents and
    Vietnamese normalisation included, or the two would weigh different evidence."""
    from langdetect.detector import Detector

    from flows.stages.language import FastDetector, _factory

    texts = [*SAMPLES.values(), "NATO  and the EU's   ÉLITE met in Hà Nội, São Paulo; URL http://x.org ok",
             "Москва и Kyiv: ТАСС reports 12 000 dead?", "ÀÁÂ àáâ ÄÖÜ äöü ß ÇÑ"]
    for text in texts:
        theirs, ours = Detector(_factory()), FastDetector(_factory())
        theirs.append(text)
        ours.append(text)
        assert ours.text == theirs.text
        assert ours._extract_ngrams() == theirs._extract_ngrams()


def test_fast_detector_agrees_with_langdetect_on_the_dev_sample():
    """Numpy draws replace langdetect's random module, so probabilities differ in the last digits;
    the languages must not (all of dev agrees: benchmarks/throughput.py --language-only)."""
    from support import DEV_SMALL, need

    lines = need(DEV_SMALL / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [f"{r['title'] or ''}\n{r['body']}" for r in map(json.loads, lines[:150])]
    ours = [detect_language(text)[0] for text in texts]
    theirs = [detect_language(text, fast=False)[0] for text in texts]
    assert ours == theirs
